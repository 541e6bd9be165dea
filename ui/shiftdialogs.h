#pragma once

#include "shiftservice.h"

#include <QCoreApplication>
#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ShopDesk {

// The words of the shift's reports outside a dialog (their translation context).
class ShiftText
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::ShiftText)
};

// The rows of a shift's X or Z report as the window and its PDF show them: a label and its
// figure, in the order of a closing slip (마감정산): the shift, the sales, the cash.
QList<std::pair<QString, QString>> shiftReportRows(const ShiftReport &report);

// Opening a shift (근무 시작): the float counted into the drawer, 0 or more. Enter opens it
// through ShiftService; a refusal (a shift is open already) stays shown and nothing changes.
class ShiftOpenDialog : public QDialog
{
    Q_OBJECT
public:
    ShiftOpenDialog(ShiftService &shifts, QWidget *parent = nullptr);

    void setFloat(const QString &typed);
    QString problem() const;
    const std::optional<ShiftRecord> &opened() const { return m_opened; }
    void accept() override;

private:
    ShiftService &m_shifts;
    QLineEdit *m_float = nullptr;
    QLabel *m_problem = nullptr;
    std::optional<ShiftRecord> m_opened;
};

// Cash put into the drawer or taken out of it during the open shift (입금, 출금), with the
// reason; a pay-out at most what the drawer should hold, which the dialog shows.
class CashMoveDialog : public QDialog
{
    Q_OBJECT
public:
    CashMoveDialog(ShiftService &shifts, CashMove move, QWidget *parent = nullptr);

    void setAmount(const QString &typed);
    void setReason(const QString &reason);
    QString problem() const;
    // The X report after the move; empty until it is recorded.
    const std::optional<ShiftReport> &report() const { return m_report; }
    void accept() override;

private:
    ShiftService &m_shifts;
    CashMove m_move;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    std::optional<ShiftReport> m_report;
};

// Closing the open shift (마감): the clerk counts the drawer, note by note and coin by coin for
// KRW (50,000 down to 10 won) or as a total for other currencies; the dialog shows what the
// drawer should hold, the count and the difference as they type. Enter closes the shift
// through ShiftService, which records the count; the Z report is then in report().
class ShiftCloseDialog : public QDialog
{
    Q_OBJECT
public:
    ShiftCloseDialog(ShiftService &shifts, const ShiftReport &open, const QString &currency,
                     QWidget *parent = nullptr);

    // The count of one note or coin (KRW); false for a denomination not counted here.
    bool setCount(Money denomination, int count);
    // The total counted, for a currency counted as a total.
    void setTotal(const QString &typed);
    Money counted() const;
    Money expected() const { return m_open.figures.expectedCash(); }
    QString differenceText() const;
    QString problem() const;
    const std::optional<ShiftReport> &report() const { return m_report; }
    void accept() override;

private:
    void update();

    ShiftService &m_shifts;
    ShiftReport m_open;
    QList<std::pair<Money, QSpinBox *>> m_counts;
    QLineEdit *m_total = nullptr;
    QLabel *m_counted = nullptr;
    QLabel *m_difference = nullptr;
    QLabel *m_problem = nullptr;
    std::optional<ShiftReport> m_report;
};

// A shift's report: X while the shift is open (nothing changes by looking), Z once closed,
// with every figure of shiftReportRows and, for a Z report counted note by note, the counts.
class ShiftReportDialog : public QDialog
{
    Q_OBJECT
public:
    // shopName heads the printed report.
    ShiftReportDialog(const ShiftReport &report, const QString &shopName,
                      QWidget *parent = nullptr);

    // The label and figure of each row shown, for tests.
    QList<std::pair<QString, QString>> rows() const { return m_rows; }
    // Saves the report as a PDF (A4, the rows as they are shown) through OutputFile, which
    // refuses a device, a pipe or a link; false with the reason shown in message().
    bool exportPdf(const QString &path);
    // Prints the report on the terminal's receipt printer (Settings: a thermal printer) with
    // escPosReport, the rows as shown, sent on a worker thread; the outcome comes in message().
    // The Print button is there only when Settings name such a printer.
    void printThermal();
    QString message() const;

private:
    void choosePdfFile();

    QString m_title;
    QString m_shopName;
    QList<std::pair<QString, QString>> m_rows;
    QPushButton *m_print = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ShopDesk
