#include "reportstab.h"

#include "displaytext.h"
#include "errortext.h"
#include "listwidgets.h"
#include "mainwindow.h"
#include "outputfile.h"
#include "reportdocument.h"
#include "reporttablemodel.h"
#include "shopfonts.h"
#include "shopservices.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ShopDesk {

namespace {

const QColor barColour(0x2e, 0x6d, 0xb4);
const QColor cashColour(0x2e, 0x8b, 0x57);
const QColor cardColour(0x2e, 0x6d, 0xb4);

// How long after an order changes the visible tab reads again: a burst of sales reads once.
constexpr int ReloadDelayMs = 400;

// An amount as a chart's value: in the currency's whole units (won, dollars).
qreal chartValue(Money amount)
{
    return qreal(amount) / qreal(DisplayText::currency().unit());
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(title);
    chart->setTitleFont(ShopFonts::font(10, true));
    chart->legend()->hide();
    return chart;
}

// A bar chart of net sales, one bar per category.
QChart *barChart(const QString &title, const QStringList &categories, const QList<Money> &values,
                 const QString &setName, bool labelsAcross)
{
    QChart *chart = newChart(title);
    auto *set = new QBarSet(setName);
    set->setColor(barColour);
    set->setBorderColor(barColour);
    qreal top = 0;
    qreal bottom = 0; // below zero for a day whose returns outweigh its sales
    for (const Money value : values) {
        set->append(chartValue(value));
        top = std::max(top, chartValue(value));
        bottom = std::min(bottom, chartValue(value));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // Small enough for the 24 hours' numbers side by side in a third of the window.
    x->setLabelsFont(ShopFonts::font(categories.size() > 12 ? 6 : 7));
    if (labelsAcross)
        x->setLabelsAngle(-90);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelsFont(ShopFonts::font(7));
    y->setRange(bottom, top > bottom ? top : bottom + 1);
    y->applyNiceNumbers();
    y->setLabelFormat(DisplayText::currency().decimals > 0 ? QStringLiteral("%.2f")
                                                           : QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QFrame *headlineCard(const QString &caption, const QString &name, QLabel **value, QLabel **detail,
                     QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(name + QStringLiteral("Card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    auto *title = new QLabel(caption, card);
    title->setObjectName(name + QStringLiteral("Caption"));
    *value = new QLabel(card);
    (*value)->setObjectName(name + QStringLiteral("Value"));
    (*value)->setAccessibleName(caption);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    (*value)->setFont(big);
    (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    *detail = new QLabel(card);
    (*detail)->setObjectName(name + QStringLiteral("Detail"));
    (*detail)->setStyleSheet(QStringLiteral("color: #555555;"));
    layout->addWidget(title);
    layout->addWidget(*value);
    layout->addWidget(*detail);
    return card;
}

// The product cut of the report with only the given products.
ReportTable productTable(const SalesReport &report, const QList<ProductSalesRow> &products)
{
    SalesReport top;
    top.range = report.range;
    top.products = products;
    return reportTable(top, ReportBy::Product);
}

// The table's columns and no rows: an empty range's tables say why they are empty.
ReportTable withoutRows(ReportTable table)
{
    table.rows.clear();
    return table;
}

// Each column as wide as its widest cell with some room, a product's name taking what is left.
void fitColumns(QTableView *view, const ReportTableModel *model)
{
    QHeaderView *header = view->horizontalHeader();
    view->resizeColumnsToContents();
    const int name = int(model->table().columns.indexOf(QStringLiteral("productName")));
    for (int column = 0; column < model->columnCount(); ++column) {
        header->setSectionResizeMode(column, column == name ? QHeaderView::Stretch
                                                            : QHeaderView::Interactive);
        if (column != name)
            view->setColumnWidth(column, std::max(view->columnWidth(column) + 24, 90));
    }
}

} // namespace

ReportsTab::ReportsTab(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("Today"), QVariant::fromValue(Period::Today));
    m_period->addItem(tr("Yesterday"), QVariant::fromValue(Period::Yesterday));
    m_period->addItem(tr("This week"), QVariant::fromValue(Period::ThisWeek));
    m_period->addItem(tr("This month"), QVariant::fromValue(Period::ThisMonth));
    m_period->addItem(tr("Custom"), QVariant::fromValue(Period::Custom));
    m_period->setAccessibleName(tr("Period"));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto *fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);

    m_terminal = new QComboBox(this);
    m_terminal->setObjectName(QStringLiteral("reportTerminal"));
    m_terminal->setAccessibleName(tr("Terminal"));
    m_terminal->addItem(tr("Whole shop"), QString());
    m_terminal->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *terminalLabel = new QLabel(tr("T&erminal:"), this);
    terminalLabel->setBuddy(m_terminal);

    m_csvButton = new QPushButton(tr("Export &CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_csvButton->setToolTip(tr("Save the table shown as a CSV file for a spreadsheet"));
    m_pdfButton = new QPushButton(tr("Export P&DF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdfButton->setToolTip(tr("Save the whole report, with its charts and tables, as a PDF"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addSpacing(8);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(8);
    bar->addWidget(terminalLabel);
    bar->addWidget(m_terminal);
    bar->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportsMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *content = new QWidget(this);
    auto *headline = new QHBoxLayout;
    headline->setSpacing(8);
    headline->addWidget(headlineCard(tr("Net sales"), QStringLiteral("netSales"), &m_netSales.value,
                                     &m_netSales.detail, content));
    headline->addWidget(headlineCard(tr("Orders"), QStringLiteral("orders"), &m_orders.value,
                                     &m_orders.detail, content));
    headline->addWidget(headlineCard(tr("Average order"), QStringLiteral("averageOrder"),
                                     &m_average.value, &m_average.detail, content));
    headline->addWidget(headlineCard(tr("Refunds"), QStringLiteral("refunds"), &m_refunds.value,
                                     &m_refunds.detail, content));
    headline->addWidget(headlineCard(tr("Returns"), QStringLiteral("returns"), &m_returns.value,
                                     &m_returns.detail, content));
    headline->addWidget(headlineCard(tr("Cancellations"), QStringLiteral("cancellations"),
                                     &m_cancellations.value, &m_cancellations.detail, content));

    auto *charts = new QWidget(content);
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    const auto chartView = [charts](const QString &name, const QString &accessible) {
        auto *view = new QChartView(charts);
        view->setObjectName(name);
        view->setAccessibleName(accessible);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 200);
        return view;
    };
    m_hourChart = chartView(QStringLiteral("hourChart"), tr("Net sales by hour of day"));
    m_dayChart = chartView(QStringLiteral("dayChart"), tr("Net sales by day"));
    m_paymentChart = chartView(QStringLiteral("paymentChart"), tr("Payments by method"));
    chartRow->addWidget(m_hourChart, 4);
    chartRow->addWidget(m_dayChart, 3);
    chartRow->addWidget(m_paymentChart, 2);

    m_tables = new QTabWidget(content);
    m_tables->setObjectName(QStringLiteral("reportTables"));
    const std::array<std::pair<QString, QString>, TableCount> tables{{
        {QStringLiteral("byDay"), tr("By day")},
        {QStringLiteral("byHour"), tr("By hour")},
        {QStringLiteral("topByRevenue"), tr("Top products by revenue")},
        {QStringLiteral("topByQuantity"), tr("Top products by quantity")},
        {QStringLiteral("payments"), tr("Payments")},
        {QStringLiteral("shifts"), tr("Shifts")},
        {QStringLiteral("stockAlerts"), tr("Stock to check")},
    }};
    for (size_t i = 0; i < tables.size(); ++i) {
        const auto &[name, title] = tables[i];
        m_models[i] = new ReportTableModel(this);
        m_models[i]->setObjectName(name + QStringLiteral("Model"));
        m_views[i] = ListWidgets::createView(name + QStringLiteral("View"), title, m_tables);
        m_views[i]->setModel(m_models[i]);
        m_views[i]->setTabKeyNavigation(false);
        m_views[i]->horizontalHeader()->setStretchLastSection(false);
        m_emptyTexts[i] =
            ListWidgets::createEmptyText(m_views[i], name + QStringLiteral("EmptyText"));
        m_tables->addTab(m_views[i], title);
    }

    // The exports beside the tables' tabs, so that the bar above stays narrow.
    auto *exports = new QWidget(m_tables);
    auto *exportsRow = new QHBoxLayout(exports);
    exportsRow->setContentsMargins(0, 0, 0, 2);
    m_csvButton->setParent(exports);
    m_pdfButton->setParent(exports);
    exportsRow->addWidget(m_csvButton);
    exportsRow->addWidget(m_pdfButton);
    m_tables->setCornerWidget(exports, Qt::TopRightCorner);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->addWidget(charts);
    splitter->addWidget(m_tables);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(headline);
    contentLayout->addWidget(splitter, 1);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("reportsNotice"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    QFont noticeFont = m_notice->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.3);
    m_notice->setFont(noticeFont);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("reportsPages"));
    // In a scroll area, so that the figures never make the window wider than a small screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_notice);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    m_reloadLater = new QTimer(this);
    m_reloadLater->setSingleShot(true);
    m_reloadLater->setInterval(ReloadDelayMs);
    connect(m_reloadLater, &QTimer::timeout, this, &ReportsTab::reload);
    const auto reloadIfShown = [this] {
        if (isVisible())
            m_reloadLater->start();
    };
    connect(&shop.bus, &EventBus::orderChanged, this, reloadIfShown);
    connect(&shop.bus, &EventBus::stockChanged, this, reloadIfShown);
    connect(&shop.bus, &EventBus::reset, this, reloadIfShown);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsTab::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsTab::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsTab::datesEdited);
    connect(m_terminal, &QComboBox::currentIndexChanged, this, &ReportsTab::reload);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsTab::chooseCsvFile);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsTab::choosePdfFile);

    updateCharts();
    showPeriodDays();
    reload();
}

ReportsTab::~ReportsTab() = default;

QDate ReportsTab::today() const
{
    return m_today.isValid() ? m_today : m_shop.work.now().toLocalTime().date();
}

void ReportsTab::setToday(const QDate &today)
{
    m_today = today;
    if (period() != Period::Custom) {
        showPeriodDays();
        reload();
    }
}

ReportsTab::Period ReportsTab::period() const
{
    return m_period->currentData().value<Period>();
}

void ReportsTab::setPeriod(Period period)
{
    const int index = m_period->findData(QVariant::fromValue(period));
    if (index == m_period->currentIndex())
        periodChosen();
    else
        m_period->setCurrentIndex(index);
}

bool ReportsTab::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockPeriod(m_period);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(Period::Custom)));
        m_from->setEnabled(true);
        m_to->setEnabled(true);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    datesEdited();
    return from <= to && m_range.from == from && m_range.to == to;
}

void ReportsTab::setTerminal(const QString &terminal)
{
    int index = m_terminal->findData(terminal);
    if (index < 0) {
        // A terminal without sales yet is not listed; choosing it shows its empty report.
        const QSignalBlocker block(m_terminal);
        m_terminal->addItem(terminal, terminal);
        index = m_terminal->count() - 1;
    }
    if (index == m_terminal->currentIndex())
        reload();
    else
        m_terminal->setCurrentIndex(index);
}

QString ReportsTab::terminal() const
{
    return m_terminal->currentData().toString();
}

ReportTableModel *ReportsTab::tableModel(Table table) const
{
    return m_models[size_t(table)];
}

ReportsTab::Table ReportsTab::currentTable() const
{
    return Table(std::max(0, m_tables->currentIndex()));
}

void ReportsTab::setCurrentTable(Table table)
{
    m_tables->setCurrentIndex(int(table));
}

QChart *ReportsTab::chart(Chart chart) const
{
    switch (chart) {
    case Chart::ByHour:
        return m_hourChart->chart();
    case Chart::ByDay:
        return m_dayChart->chart();
    case Chart::PaymentMix:
        return m_paymentChart->chart();
    }
    return nullptr;
}

QString ReportsTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportsTab::periodChosen()
{
    const bool custom = period() == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom) {
        datesEdited();
        return;
    }
    showPeriodDays();
    reload();
}

void ReportsTab::showPeriodDays()
{
    const QDate day = today();
    QDate from = day;
    QDate to = day;
    switch (period()) {
    case Period::Today:
        break;
    case Period::Yesterday:
        from = to = day.addDays(-1);
        break;
    case Period::ThisWeek:
        from = day.addDays(1 - day.dayOfWeek()); // Monday
        break;
    case Period::ThisMonth:
        from = QDate(day.year(), day.month(), 1);
        break;
    case Period::Custom:
        return;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
}

void ReportsTab::datesEdited()
{
    if (period() != Period::Custom)
        return;
    if (m_to->date() < m_from->date()) {
        showMessage(tr("The last day (%1) comes before the first (%2): choose a last day on or "
                       "after the first. The figures shown are still those of %3.")
                        .arg(m_to->date().toString(Qt::ISODate),
                             m_from->date().toString(Qt::ISODate), rangeText(m_range)));
        return;
    }
    if (m_from->date().daysTo(m_to->date()) >= ReportService::MaxDays) {
        showMessage(tr("A report covers at most %1 days: choose a shorter range. The figures "
                       "shown are still those of %2.")
                        .arg(DisplayText::count(ReportService::MaxDays), rangeText(m_range)));
        return;
    }
    reload();
}

void ReportsTab::reload()
{
    m_reloadLater->stop();
    ReportRange range;
    range.from = m_from->date();
    range.to = m_to->date();
    range.terminal = terminal();
    if (range.to < range.from || range.from.daysTo(range.to) >= ReportService::MaxDays)
        return; // datesEdited said why
    const Result<SalesReport> sales = m_shop.reports.sales(range);
    if (!sales) {
        if (sales.error().code == ErrorCode::Forbidden ||
            sales.error().code == ErrorCode::Unauthorized) {
            showForbidden();
            return;
        }
        // Nothing new to show: the figures of the last range stay, and the message says why.
        showMessage(ErrorText::text(sales.error(), ErrorText::Context::Reading));
        return;
    }
    readTerminals();
    const Result<QList<StockAlert>> alerts = m_shop.reports.stockAlerts(StockAlertLimit);
    m_range = range;
    showReport(sales.value(), alerts ? alerts.value() : QList<StockAlert>());
    if (!alerts)
        showMessage(ErrorText::text(alerts.error(), ErrorText::Context::Reading));
    else
        showMessage({});
}

void ReportsTab::readTerminals()
{
    const Result<QStringList> names = m_shop.reports.terminals();
    if (!names)
        return;
    const QString chosen = terminal();
    const QSignalBlocker block(m_terminal);
    while (m_terminal->count() > 1)
        m_terminal->removeItem(m_terminal->count() - 1);
    for (const QString &name : names.value())
        m_terminal->addItem(name, name);
    if (!chosen.isEmpty() && m_terminal->findData(chosen) < 0)
        m_terminal->addItem(chosen, chosen);
    m_terminal->setCurrentIndex(std::max(0, m_terminal->findData(chosen)));
}

void ReportsTab::showReport(const SalesReport &report, const QList<StockAlert> &alerts)
{
    m_report = report;
    m_pages->setCurrentIndex(0);
    m_csvButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
    const SalesFigures &t = report.total;
    m_netSales.value->setText(DisplayText::money(t.netSales()));
    m_netSales.detail->setText(
        tr("Gross %1, discounts %2")
            .arg(DisplayText::money(t.gross), DisplayText::money(t.discounts)));
    m_orders.value->setText(DisplayText::count(t.orders));
    m_orders.detail->setText(tr("VAT %1").arg(DisplayText::money(t.vat)));
    m_average.value->setText(DisplayText::money(report.averageOrder()));
    m_average.detail->setText(rangeText(report.range));
    m_refunds.value->setText(DisplayText::money(t.refunds));
    m_refunds.detail->setText(
        tr("Cash %1, card %2")
            .arg(DisplayText::money(t.refundedCash), DisplayText::money(t.refundedCard)));
    m_returns.value->setText(DisplayText::count(t.returns));
    m_returns.detail->setText(DisplayText::money(t.returned));
    m_cancellations.value->setText(DisplayText::count(t.cancellations));
    m_cancellations.detail->setText(DisplayText::money(t.cancelled));

    // A range without sales lists no rows of zeros: its tables say it had no sales.
    const bool sales = !t.isZero();
    const auto cut = [&](ReportBy by) {
        const ReportTable table = reportTable(report, by);
        return sales ? table : withoutRows(table);
    };
    m_models[size_t(Table::ByDay)]->setTable(cut(ReportBy::Day));
    m_models[size_t(Table::ByHour)]->setTable(cut(ReportBy::Hour));
    m_models[size_t(Table::TopByRevenue)]->setTable(
        productTable(report, report.topByRevenue(TopProducts)));
    m_models[size_t(Table::TopByQuantity)]->setTable(
        productTable(report, report.topByQuantity(TopProducts)));
    m_models[size_t(Table::Payments)]->setTable(cut(ReportBy::Payment));
    m_models[size_t(Table::Shifts)]->setTable(reportTable(report, ReportBy::Shift));
    m_models[size_t(Table::Stock)]->setTable(stockTable(alerts));

    const QString noSales = report.range.from == report.range.to
                                ? tr("No sales on %1.").arg(rangeText(report.range))
                                : tr("No sales from %1.").arg(rangeText(report.range));
    for (const Table table :
         {Table::ByDay, Table::ByHour, Table::TopByRevenue, Table::TopByQuantity, Table::Payments})
        m_emptyTexts[size_t(table)]->setText(noSales);
    m_emptyTexts[size_t(Table::Shifts)]->setText(
        tr("No shift was opened in %1.").arg(rangeText(report.range)));
    m_emptyTexts[size_t(Table::Stock)]->setText(
        tr("No product needs attention: all stock is above its low-stock threshold."));
    for (size_t i = 0; i < m_views.size(); ++i)
        fitColumns(m_views[i], m_models[i]);
    updateCharts();
}

void ReportsTab::updateCharts()
{
    replaceChart(m_hourChart, buildChart(Chart::ByHour));
    replaceChart(m_dayChart, buildChart(Chart::ByDay));
    replaceChart(m_paymentChart, buildChart(Chart::PaymentMix));
}

QChart *ReportsTab::buildChart(Chart which) const
{
    const QString titles[] = {tr("Net sales by hour of day"), tr("Net sales by day"),
                              tr("Payments by method")};
    const QString &title = titles[int(which)];
    if (!m_report)
        return newChart(title);
    const SalesReport &report = *m_report;
    switch (which) {
    case Chart::ByHour: {
        QStringList hours;
        QList<Money> values;
        for (int hour = 0; hour < 24; ++hour) {
            hours << QString::number(hour);
            values << report.hoursOfDay[size_t(hour)].netSales();
        }
        return barChart(title, hours, values, tr("Net sales"), false);
    }
    case Chart::ByDay: {
        QStringList days;
        QList<Money> values;
        for (const auto &[day, figures] : report.days) {
            days << day.toString(QStringLiteral("M/d"));
            values << figures.netSales();
        }
        QChart *chart = barChart(title, days, values, tr("Net sales"), report.days.size() > 10);
        if (report.days.size() > 62) {
            // Too many days for a label each: the bars alone show the trend.
            for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
                axis->setLabelsVisible(false);
        }
        return chart;
    }
    case Chart::PaymentMix:
        break;
    }
    const SalesFigures &t = report.total;
    const Money paid = t.paidCash + t.paidCard;
    QChart *chart = newChart(paid > 0 ? title : tr("Payments by method: none in this range"));
    auto *pie = new QPieSeries;
    pie->setPieSize(0.6);
    const std::tuple<QString, Money, QColor> parts[] = {
        {QStringLiteral("cash"), t.paidCash, cashColour},
        {QStringLiteral("card"), t.paidCard, cardColour}};
    for (const auto &[code, amount, colour] : parts) {
        if (amount <= 0)
            continue;
        const QString method = DisplayText::paymentMethod(code);
        QPieSlice *slice = pie->append(method, chartValue(amount));
        slice->setColor(colour);
        slice->setLabel(tr("%1 %2 (%3%)")
                            .arg(method, DisplayText::money(amount),
                                 QLocale().toString(100.0 * qreal(amount) / qreal(paid), 'f', 0)));
    }
    chart->addSeries(pie);
    // The slices' words in the legend below, where they are never cut as labels beside a
    // narrow pie would be.
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(ShopFonts::font(8));
    chart->legend()->setVisible(!pie->slices().isEmpty());
    return chart;
}

void ReportsTab::showForbidden()
{
    clearFigures();
    m_notice->setText(tr("Reports are for managers: sales figures are not shown to a clerk. Ask "
                         "a manager to log in: Switch user (Ctrl+Shift+L)."));
    m_pages->setCurrentIndex(1);
    showMessage({});
}

void ReportsTab::clearFigures()
{
    m_report.reset();
    for (const Headline *h :
         {&m_netSales, &m_orders, &m_average, &m_refunds, &m_returns, &m_cancellations}) {
        h->value->clear();
        h->detail->clear();
    }
    for (ReportTableModel *model : m_models)
        model->setTable({});
    updateCharts();
    m_csvButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
}

void ReportsTab::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #9c0006;")
                                     : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReportsTab::showFileRefusal(const Error &error)
{
    const QString file = error.details.value(QStringLiteral("file")).toString();
    const QString reason = error.details.value(QStringLiteral("reason")).toString();
    if (file.isEmpty()) {
        showMessage(ErrorText::text(error, ErrorText::Context::Printing));
    } else if (reason == QLatin1StringView("notRegular") ||
               reason == QLatin1StringView("symlink") || reason == QLatin1StringView("isFolder")) {
        showMessage(tr("%1 is not a regular file (it is a folder, a device, a pipe or a link), so "
                       "ShopDesk does not write the report there. Choose another file name.")
                        .arg(file));
    } else {
        showMessage(
            tr("ShopDesk cannot write the report to %1. Choose another folder or file name.")
                .arg(file));
    }
}

QString ReportsTab::rangeText(const ReportRange &range) const
{
    if (!range.from.isValid())
        return {};
    if (range.from == range.to)
        return range.from.toString(Qt::ISODate);
    return tr("%1 to %2").arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));
}

QString ReportsTab::terminalText(const QString &terminal) const
{
    return terminal.isEmpty() ? tr("Whole shop") : terminal;
}

bool ReportsTab::exportCsv(const QString &path)
{
    if (!m_report) {
        showMessage(tr("There are no figures to export."));
        return false;
    }
    const ReportTableModel *model = m_models[size_t(currentTable())];
    const QByteArray csv = model->table().toCsv(model->headers());
    const Result<OutputFile::Saved> saved =
        OutputFile::save(path, QStringLiteral("the report table"), csv);
    if (!saved) {
        showFileRefusal(saved.error());
        return false;
    }
    showMessage(tr("Saved the table \"%1\" to %2.")
                    .arg(m_tables->tabText(int(currentTable())), saved->path),
                false);
    return true;
}

QImage ReportsTab::chartImage(Chart chart, const QSize &size, qreal pixelRatio) const
{
    // A chart of its own at the picture's size, drawn as the one on screen is, so that the
    // tab's views keep their size. Laid out at once: a scene lays out on its next event loop.
    QGraphicsScene scene;
    QChart *drawn = buildChart(chart);
    scene.addItem(drawn);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    drawn->setGeometry(area);
    if (QGraphicsLayout *layout = drawn->layout())
        layout->activate();
    QImage image(size * pixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, area, area);
    return image;
}

ReportDocument ReportsTab::document() const
{
    ReportDocument doc(tr("Sales report"));
    doc.setPageText(tr("%1 / %2"));
    doc.addKeyValues({{tr("Period"), rangeText(m_range)},
                      {tr("Terminal"), terminalText(m_range.terminal)},
                      {tr("Printed"), DisplayText::dateTime(m_shop.work.now())}});
    if (!m_report)
        return doc;
    const SalesReport &report = *m_report;
    const SalesFigures &t = report.total;
    doc.addHeading(tr("Figures"));
    doc.addKeyValues({
        {tr("Net sales"), DisplayText::money(t.netSales())},
        {tr("Orders"), DisplayText::count(t.orders)},
        {tr("Average order"), DisplayText::money(report.averageOrder())},
        {tr("Gross"), DisplayText::money(t.gross)},
        {tr("Discounts"), DisplayText::money(t.discounts)},
        {tr("VAT"), DisplayText::money(t.vat)},
        {tr("Returns"),
         tr("%1 (%2)").arg(DisplayText::count(t.returns), DisplayText::money(t.returned))},
        {tr("Cancellations"),
         tr("%1 (%2)").arg(DisplayText::count(t.cancellations), DisplayText::money(t.cancelled))},
        {tr("Refunds"), DisplayText::money(t.refunds)},
        {tr("Paid in cash"), DisplayText::money(t.paidCash)},
        {tr("Paid by card"), DisplayText::money(t.paidCard)},
    });
    doc.addPicture(tr("Net sales by hour of day"), chartImage(Chart::ByHour, QSize(900, 330)));
    doc.addPicture(tr("Net sales by day"), chartImage(Chart::ByDay, QSize(900, 330)));
    doc.addPicture(tr("Payments by method"), chartImage(Chart::PaymentMix, QSize(700, 330)));
    for (int i = 0; i < TableCount; ++i) {
        const ReportTableModel *model = m_models[size_t(i)];
        ReportDocument::Table table;
        table.title = m_tables->tabText(i);
        table.headers = model->headers();
        table.emptyText = m_emptyTexts[size_t(i)]->text();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->isFigure(column))
                table.rightAligned << column;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells << model->text(row, column);
            table.rows << cells;
        }
        doc.addTable(table);
    }
    return doc;
}

bool ReportsTab::exportPdf(const QString &path)
{
    if (!m_report) {
        showMessage(tr("There are no figures to export."));
        return false;
    }
    Result<std::unique_ptr<OutputFile>> output =
        OutputFile::create(path, QStringLiteral("the report"));
    if (!output) {
        showFileRefusal(output.error());
        return false;
    }
    OutputFile &file = *output.value();
    const Result<int> pages = document().writePdf(file);
    if (!pages) {
        file.discard();
        showFileRefusal(pages.error());
        return false;
    }
    if (const Status committed = file.commit(); !committed) {
        showFileRefusal(committed.error());
        return false;
    }
    showMessage(tr("Saved the report (%n page(s)) to %1.", nullptr, pages.value()).arg(file.path()),
                false);
    return true;
}

void ReportsTab::chooseCsvFile()
{
    const QString name =
        QStringLiteral("report-%1-%2.csv")
            .arg(m_range.from.toString(QStringLiteral("yyyyMMdd")),
                 m_tables->currentWidget()->objectName().remove(QStringLiteral("View")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the table as CSV"),
                                     folder + QLatin1Char('/') + name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportsTab::choosePdfFile()
{
    const QString name = QStringLiteral("report-%1-%2.pdf")
                             .arg(m_range.from.toString(QStringLiteral("yyyyMMdd")),
                                  m_range.to.toString(QStringLiteral("yyyyMMdd")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                     folder + QLatin1Char('/') + name, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (auto *mainWindow = qobject_cast<MainWindow *>(window()))
        connect(mainWindow, &MainWindow::userChanged, this, &ReportsTab::reload,
                Qt::UniqueConnection);
    if (period() != Period::Custom)
        showPeriodDays(); // the day may have turned since
    reload();
}

void ReportsTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && isVisible())
        reload();
}

} // namespace ShopDesk
