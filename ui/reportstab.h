#pragma once

#include "reportservice.h"

#include <QDate>
#include <QImage>
#include <QWidget>

#include <array>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace ShopDesk {

class ReportDocument;
class ReportTableModel;
class ShopServices;

// The Reports tab (보고서), for a manager: the shop's sales over a period (today, yesterday, this
// week from Monday, this month, or two chosen days) for the whole shop or one terminal. At the
// top the headline figures (net sales, orders, average order, refunds, returns, cancellations);
// then charts of the net sales by hour of the day and by day and of the payments in cash and by
// card; below, every figure as a table (by day, by hour, the top products by revenue and by
// quantity, payments, shifts with their difference, and the stock that needs a manager now).
// The table shown exports as CSV, the whole report as a PDF. A clerk sees no figures, only a
// word that reports are for managers. Every figure comes from ReportService (the report
// tables); the tab reads again when its choices change, when it is shown, and shortly after an
// order changes while it is visible. The services must outlive the tab.
class ReportsTab : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Today, Yesterday, ThisWeek, ThisMonth, Custom };
    Q_ENUM(Period)
    // The tables, in the order of their tabs.
    enum class Table { ByDay, ByHour, TopByRevenue, TopByQuantity, Payments, Shifts, Stock };
    Q_ENUM(Table)
    static constexpr int TableCount = 7;
    enum class Chart { ByHour, ByDay, PaymentMix };
    Q_ENUM(Chart)
    // The rows of the top-products tables, and of the stock table.
    static constexpr int TopProducts = 20;
    static constexpr int StockAlertLimit = 200;

    explicit ReportsTab(ShopServices &shop, QWidget *parent = nullptr);
    ~ReportsTab() override;

    // The day the periods count from: the one set, else today by the shop's clock.
    QDate today() const;
    // Sets it (an invalid date: the shop's clock again) and applies the chosen period anew.
    void setToday(const QDate &today);

    Period period() const;
    // Chooses a period and reloads; Custom keeps the two days shown.
    void setPeriod(Period period);
    // Two days, both included (Custom), and reloads. An end before the start is refused: false,
    // a message says why, and the figures shown stay.
    bool setRange(const QDate &from, const QDate &to);
    // The range of the figures shown (the last one read).
    ReportRange range() const { return m_range; }

    // One terminal by name, or the whole shop (empty), and reloads.
    void setTerminal(const QString &terminal);
    QString terminal() const;

    // The report shown; none for a clerk or before a first read worked.
    const std::optional<SalesReport> &report() const { return m_report; }
    ReportTableModel *tableModel(Table table) const;
    Table currentTable() const;
    void setCurrentTable(Table table);
    QChart *chart(Chart chart) const;
    // The text of the message line (empty when none is shown).
    QString message() const;

    // Writes the table shown as CSV (column titles in the window's language, then its rows:
    // ReportTable::toCsv) through OutputFile; false, with the reason in the message line, when
    // there is nothing to write or the file is refused.
    bool exportCsv(const QString &path);
    // Writes the whole report as a PDF: the headline, the three charts and every table.
    bool exportPdf(const QString &path);
    // A chart drawn for a PDF or a picture: laid out at size (device-independent pixels, as
    // on screen) with pixelRatio times as many pixels, for sharp print.
    QImage chartImage(Chart chart, const QSize &size, qreal pixelRatio = 2) const;

public slots:
    // Reads the report of the chosen range and terminal and shows it.
    void reload();
    // Asks for a file, then exportCsv / exportPdf.
    void chooseCsvFile();
    void choosePdfFile();

protected:
    void showEvent(QShowEvent *event) override;
    // A login or switch of user happens in a dialog: back in the window, the figures follow the
    // user acting now (a clerk sees none).
    void changeEvent(QEvent *event) override;

private:
    void periodChosen();
    void datesEdited();
    // Shows the period's days in the two date fields without reading.
    void showPeriodDays();
    void readTerminals();
    void showReport(const SalesReport &report, const QList<StockAlert> &alerts);
    void showForbidden();
    void clearFigures();
    void showMessage(const QString &text, bool problem = true);
    void showFileRefusal(const Error &error);
    void updateCharts();
    // A new chart of the report shown (an empty one without).
    QChart *buildChart(Chart chart) const;
    QString rangeText(const ReportRange &range) const;
    QString terminalText(const QString &terminal) const;
    ReportDocument document() const;

    ShopServices &m_shop;
    QDate m_today;
    ReportRange m_range;
    std::optional<SalesReport> m_report;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_terminal = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_notice = nullptr;
    struct Headline
    {
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    Headline m_netSales, m_orders, m_average, m_refunds, m_returns, m_cancellations;
    QChartView *m_hourChart = nullptr;
    QChartView *m_dayChart = nullptr;
    QChartView *m_paymentChart = nullptr;
    QTabWidget *m_tables = nullptr;
    std::array<ReportTableModel *, TableCount> m_models{};
    std::array<QTableView *, TableCount> m_views{};
    std::array<QLabel *, TableCount> m_emptyTexts{};
    QTimer *m_reloadLater = nullptr;
};

} // namespace ShopDesk
