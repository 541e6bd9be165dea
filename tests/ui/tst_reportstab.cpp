// The Reports tab driven as a manager would, on a real shop whose sales were placed and paid on
// chosen days and hours: the periods and the terminal chosen, the headline, the tables, the
// charts' values against the tables, the CSV of a table and the PDF of the whole report read
// back (pdftotext), a backwards range refused with the figures kept, a FIFO refused as a CSV
// target, an empty range's tables saying so, and a clerk who sees no figures at all.
#include "displaytext.h"
#include "language.h"
#include "processrun.h"
#include "reportstab.h"
#include "reporttablemodel.h"
#include "shopfonts.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

#include <sys/stat.h>

using namespace ShopDesk;
using ShopDesk::Testing::ProcessRun;
using ShopDesk::Testing::runProcess;
using ShopDesk::Testing::TestShop;

namespace {

const QDate monday(2026, 3, 2);
const QDate tuesday(2026, 3, 3);
const QDate wednesday(2026, 3, 4);

template<typename T> T value(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return std::move(result.value());
}

QDateTime at(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime);
}

} // namespace

class tst_ReportsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void weekFigures();
    void chartsShowTheTables();
    void periodsCountFromToday();
    void terminalChoice();
    void backwardsRangeIsRefused();
    void emptyRangeSaysSo();
    void shiftsAndTheirDifference();
    void stockThatNeedsAttention();
    void exportCsv();
    void exportCsvRefusesAFifo();
    void exportPdf();
    void clerkSeesNoFigures();
    void koreanPicture();

private:
    // A sale placed and paid at the given local time: qty of the product, in cash or by card.
    QString sale(const QDateTime &when, const QString &productId, qint64 qty,
                 PaymentMethod method = PaymentMethod::Cash)
    {
        m_clock->set(when);
        const OrderDetails placed = value(m_shop->shop->orders.placeOrder(
            {QStringLiteral("Ahn"), QStringLiteral("010-1234-5678"), QStringLiteral("Seoul")},
            {{productId, qty}}));
        value(m_shop->shop->orders.payOrder(placed.order.orderId(), method));
        return placed.order.orderId();
    }
    // Monday to Wednesday of one week; see weekFigures for what they add up to.
    void sellTheWeek()
    {
        sale(at(monday, 9, 15), QStringLiteral("P1"), 1);
        const QString card = sale(at(monday, 18, 40), QStringLiteral("P1"), 2, PaymentMethod::Card);
        m_clock->set(at(tuesday, 11, 20));
        value(m_shop->shop->orders.returnLines(card, {{QStringLiteral("P1"), 1}}, {}));
        sale(at(wednesday, 9, 5), QStringLiteral("P2"), 4);
        const QString cancelled = sale(at(wednesday, 14, 30), QStringLiteral("P1"), 3);
        m_clock->set(at(wednesday, 14, 45));
        value(m_shop->shop->orders.cancelOrder(cancelled));
        m_clock->set(at(wednesday, 17, 0));
    }
    QString label(const char *name) const
    {
        auto *found = m_tab->findChild<QLabel *>(QLatin1StringView(name));
        return found ? found->text() : QStringLiteral("<no label %1>").arg(QLatin1StringView(name));
    }
    ReportTableModel *model(ReportsTab::Table table) const { return m_tab->tableModel(table); }
    // The raw value of a cell, by its column's key.
    static QVariant cell(const ReportTableModel *model, int row, const QString &key)
    {
        const int column = int(model->table().columns.indexOf(key));
        return model->index(row, column).data(ReportTableModel::ValueRole);
    }
    static QString shown(const ReportTableModel *model, int row, const QString &key)
    {
        const int column = int(model->table().columns.indexOf(key));
        return model->index(row, column).data().toString();
    }
    static QList<qreal> barValues(QChart *chart)
    {
        QList<qreal> values;
        const QList<QAbstractSeries *> series = chart->series();
        if (series.size() != 1)
            return values;
        auto *bars = qobject_cast<QBarSeries *>(series.first());
        if (!bars || bars->barSets().size() != 1)
            return values;
        QBarSet *set = bars->barSets().first();
        for (int i = 0; i < set->count(); ++i)
            values << set->at(i);
        return values;
    }
    static QString pdfText(const QString &pdf)
    {
        const ProcessRun tool = runProcess(QStringLiteral("pdftotext"),
                                           {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                            QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                                           {.timeoutMs = 120'000});
        return tool.exitCode == 0 ? QString::fromUtf8(tool.out) : QString();
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ReportsTab> m_tab;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
};

void tst_ReportsTab::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    ShopFonts::apply();
}

void tst_ReportsTab::init()
{
    m_shop = std::make_unique<TestShop>();
    m_clock = std::make_unique<ManualClock>(at(monday, 8, 0));
    m_shop->shop->work.setClock(*m_clock);
    m_shop->staff(QStringLiteral("Boss"), QStringLiteral("1234"),
                  {{QStringLiteral("Kim"), QStringLiteral("5678")}});
    m_shop->product(QStringLiteral("P1"), 1'000, 100, QStringLiteral("사과 Apple"));
    m_shop->product(QStringLiteral("P2"), 2'500, 100, QStringLiteral("배 Pear"));
    sellTheWeek();
    m_tab = std::make_unique<ReportsTab>(*m_shop->shop);
    m_tab->resize(1280, 820);
    for (int i = 0; i < ReportsTab::TableCount; ++i) {
        m_testers << std::make_shared<QAbstractItemModelTester>(
            m_tab->tableModel(ReportsTab::Table(i)),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    m_tab->setToday(wednesday);
    m_tab->setPeriod(ReportsTab::Period::ThisWeek);
}

void tst_ReportsTab::cleanup()
{
    m_testers.clear();
    m_tab.reset();
    m_shop.reset();
    m_clock.reset();
}

void tst_ReportsTab::weekFigures()
{
    // Monday 1,000 cash and 2,000 card; Tuesday 1 of the card sale's 2 units returned (1,000
    // back to the card); Wednesday 10,000 cash, and 3,000 cash paid, then cancelled and
    // refunded. Four orders settled; 16,000 - 1,000 - 3,000 = 12,000 net sales.
    QCOMPARE(m_tab->range().from, monday);
    QCOMPARE(m_tab->range().to, wednesday);
    QVERIFY(m_tab->range().terminal.isEmpty());
    QVERIFY2(m_tab->message().isEmpty(), qPrintable(m_tab->message()));
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩12,000"));
    QCOMPARE(label("ordersValue"), QStringLiteral("4"));
    QCOMPARE(label("averageOrderValue"), QStringLiteral("₩3,000"));
    QCOMPARE(label("refundsValue"), QStringLiteral("₩4,000"));
    QCOMPARE(label("refundsDetail"), QStringLiteral("Cash ₩3,000, card ₩1,000"));
    QCOMPARE(label("returnsValue"), QStringLiteral("1"));
    QCOMPARE(label("returnsDetail"), QStringLiteral("₩1,000"));
    QCOMPARE(label("cancellationsValue"), QStringLiteral("1"));
    QCOMPARE(label("cancellationsDetail"), QStringLiteral("₩3,000"));

    const ReportTableModel *days = model(ReportsTab::Table::ByDay);
    QCOMPARE(days->rowCount(), 3);
    QCOMPARE(cell(days, 0, QStringLiteral("day")).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(shown(days, 0, QStringLiteral("day")), QStringLiteral("2026-03-02 Mon"));
    QCOMPARE(cell(days, 0, QStringLiteral("netSales")).toLongLong(), 3'000);
    QCOMPARE(cell(days, 0, QStringLiteral("orders")).toLongLong(), 2);
    QCOMPARE(cell(days, 1, QStringLiteral("netSales")).toLongLong(), -1'000);
    QCOMPARE(shown(days, 1, QStringLiteral("netSales")), DisplayText::money(-1'000));
    QCOMPARE(cell(days, 2, QStringLiteral("netSales")).toLongLong(), 10'000);
    QCOMPARE(cell(days, 2, QStringLiteral("cancelled")).toLongLong(), 3'000);
    QCOMPARE(days->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Day"));
    QCOMPARE(days->headers().last(), QStringLiteral("Refunds"));

    const ReportTableModel *hours = model(ReportsTab::Table::ByHour);
    QCOMPARE(hours->rowCount(), 24);
    QCOMPARE(shown(hours, 9, QStringLiteral("hour")), QStringLiteral("09:00"));
    QCOMPARE(cell(hours, 9, QStringLiteral("netSales")).toLongLong(), 11'000);
    QCOMPARE(shown(hours, 9, QStringLiteral("netSales")), QStringLiteral("₩11,000"));
    QCOMPARE(cell(hours, 18, QStringLiteral("netSales")).toLongLong(), 2'000);
    QCOMPARE(cell(hours, 11, QStringLiteral("netSales")).toLongLong(), -1'000);
    QCOMPARE(cell(hours, 14, QStringLiteral("netSales")).toLongLong(), 0);
    QCOMPARE(cell(hours, 14, QStringLiteral("cancelled")).toLongLong(), 3'000);

    const ReportTableModel *revenue = model(ReportsTab::Table::TopByRevenue);
    QCOMPARE(revenue->rowCount(), 2);
    QCOMPARE(cell(revenue, 0, QStringLiteral("productId")).toString(), QStringLiteral("P2"));
    QCOMPARE(cell(revenue, 0, QStringLiteral("net")).toLongLong(), 10'000);
    QCOMPARE(shown(revenue, 1, QStringLiteral("productName")), QStringLiteral("사과 Apple"));
    QCOMPARE(cell(revenue, 1, QStringLiteral("qty")).toLongLong(), 2);
    const ReportTableModel *quantity = model(ReportsTab::Table::TopByQuantity);
    QCOMPARE(quantity->rowCount(), 2);
    QCOMPARE(cell(quantity, 0, QStringLiteral("productId")).toString(), QStringLiteral("P2"));
    QCOMPARE(cell(quantity, 0, QStringLiteral("qty")).toLongLong(), 4);

    const ReportTableModel *payments = model(ReportsTab::Table::Payments);
    QCOMPARE(payments->rowCount(), 2);
    QCOMPARE(shown(payments, 0, QStringLiteral("method")), QStringLiteral("Cash"));
    QCOMPARE(cell(payments, 0, QStringLiteral("paid")).toLongLong(), 14'000);
    QCOMPARE(cell(payments, 0, QStringLiteral("refunded")).toLongLong(), 3'000);
    QCOMPARE(cell(payments, 0, QStringLiteral("net")).toLongLong(), 11'000);
    QCOMPARE(shown(payments, 1, QStringLiteral("method")), QStringLiteral("Card"));
    QCOMPARE(cell(payments, 1, QStringLiteral("paid")).toLongLong(), 2'000);
    QCOMPARE(cell(payments, 1, QStringLiteral("refunded")).toLongLong(), 1'000);
    // Figures right-aligned, words left.
    QCOMPARE(payments->index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
                 Qt::AlignRight,
             Qt::AlignRight);
    QCOMPARE(payments->index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
                 Qt::AlignRight,
             Qt::Alignment());
}

void tst_ReportsTab::chartsShowTheTables()
{
    const ReportTableModel *hours = model(ReportsTab::Table::ByHour);
    QList<qreal> hourTable;
    for (int row = 0; row < hours->rowCount(); ++row)
        hourTable << qreal(cell(hours, row, QStringLiteral("netSales")).toLongLong());
    QCOMPARE(barValues(m_tab->chart(ReportsTab::Chart::ByHour)), hourTable);
    QCOMPARE(hourTable.size(), 24);

    const ReportTableModel *days = model(ReportsTab::Table::ByDay);
    QList<qreal> dayTable;
    for (int row = 0; row < days->rowCount(); ++row)
        dayTable << qreal(cell(days, row, QStringLiteral("netSales")).toLongLong());
    QCOMPARE(barValues(m_tab->chart(ReportsTab::Chart::ByDay)), dayTable);
    QCOMPARE(dayTable, (QList<qreal>{3'000, -1'000, 10'000}));

    QChart *mix = m_tab->chart(ReportsTab::Chart::PaymentMix);
    QCOMPARE(mix->series().size(), 1);
    auto *pie = qobject_cast<QPieSeries *>(mix->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 2);
    QCOMPARE(pie->slices().at(0)->value(), 14'000.0);
    QCOMPARE(pie->slices().at(0)->label(), QStringLiteral("Cash ₩14,000 (88%)"));
    QCOMPARE(pie->slices().at(1)->value(), 2'000.0);
    QCOMPARE(pie->slices().at(1)->label(), QStringLiteral("Card ₩2,000 (13%)"));

    // The picture for the PDF is the chart, drawn: not a blank page.
    const QImage picture = m_tab->chartImage(ReportsTab::Chart::ByHour, QSize(800, 400), 1.5);
    QCOMPARE(picture.size(), QSize(1200, 600));
    if (const QString shot = qEnvironmentVariable("SHOPDESK_CHART_PNG"); !shot.isEmpty())
        QVERIFY(picture.save(shot));
    int coloured = 0;
    for (int y = 0; y < picture.height(); y += 4) {
        for (int x = 0; x < picture.width(); x += 4) {
            const QColor c = picture.pixelColor(x, y);
            if (c.blue() > c.red() + 60)
                ++coloured; // the bars' blue
        }
    }
    QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));
}

void tst_ReportsTab::periodsCountFromToday()
{
    m_tab->setPeriod(ReportsTab::Period::Today);
    QCOMPARE(m_tab->range().from, wednesday);
    QCOMPARE(m_tab->range().to, wednesday);
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩10,000"));
    m_tab->setPeriod(ReportsTab::Period::Yesterday);
    QCOMPARE(m_tab->range().from, tuesday);
    QCOMPARE(label("netSalesValue"), DisplayText::money(-1'000));
    QCOMPARE(label("returnsValue"), QStringLiteral("1"));
    m_tab->setPeriod(ReportsTab::Period::ThisMonth);
    QCOMPARE(m_tab->range().from, QDate(2026, 3, 1));
    QCOMPARE(m_tab->range().to, wednesday);
    QCOMPARE(model(ReportsTab::Table::ByDay)->rowCount(), 4);
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩12,000"));
    // A Sunday's week began on the Monday before it.
    m_tab->setToday(QDate(2026, 3, 8));
    m_tab->setPeriod(ReportsTab::Period::ThisWeek);
    QCOMPARE(m_tab->range().from, monday);
    QCOMPARE(m_tab->range().to, QDate(2026, 3, 8));
    QCOMPARE(model(ReportsTab::Table::ByDay)->rowCount(), 7);
    QCOMPARE(barValues(m_tab->chart(ReportsTab::Chart::ByDay)).size(), 7);
    // A preset's days are shown, not edited.
    auto *from = m_tab->findChild<QDateEdit *>(QStringLiteral("reportFrom"));
    QVERIFY(from);
    QCOMPARE(from->date(), monday);
    QVERIFY(!from->isEnabled());
    m_tab->setPeriod(ReportsTab::Period::Custom);
    QVERIFY(from->isEnabled());
}

void tst_ReportsTab::terminalChoice()
{
    auto *terminals = m_tab->findChild<QComboBox *>(QStringLiteral("reportTerminal"));
    QVERIFY(terminals);
    QCOMPARE(terminals->itemText(0), QStringLiteral("Whole shop"));
    QVERIFY(terminals->findData(QStringLiteral("T1")) > 0);
    m_tab->setTerminal(QStringLiteral("T1"));
    QCOMPARE(m_tab->range().terminal, QStringLiteral("T1"));
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩12,000"));
    m_tab->setTerminal(QStringLiteral("T9"));
    QCOMPARE(m_tab->terminal(), QStringLiteral("T9"));
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩0"));
    QCOMPARE(label("ordersValue"), QStringLiteral("0"));
    QCOMPARE(model(ReportsTab::Table::ByDay)->rowCount(), 0);
    m_tab->setTerminal({});
    QVERIFY(m_tab->range().terminal.isEmpty());
    QCOMPARE(label("ordersValue"), QStringLiteral("4"));
}

void tst_ReportsTab::backwardsRangeIsRefused()
{
    QVERIFY(m_tab->setRange(monday, tuesday));
    QCOMPARE(m_tab->period(), ReportsTab::Period::Custom);
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩2,000"));
    QVERIFY(!m_tab->setRange(QDate(2026, 3, 5), QDate(2026, 3, 1)));
    QVERIFY2(m_tab->message().contains(QStringLiteral("comes before")),
             qPrintable(m_tab->message()));
    QVERIFY(m_tab->message().contains(QStringLiteral("2026-03-01")));
    // Nothing read: the figures and the range are those shown before.
    QCOMPARE(m_tab->range().from, monday);
    QCOMPARE(m_tab->range().to, tuesday);
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩2,000"));
    QCOMPARE(model(ReportsTab::Table::ByDay)->rowCount(), 2);
    // Longer than a report covers (ten years): refused, the figures kept.
    QVERIFY(!m_tab->setRange(QDate(2000, 1, 1), wednesday));
    QVERIFY2(m_tab->message().contains(QStringLiteral("at most 3,660 days")),
             qPrintable(m_tab->message()));
    QCOMPARE(m_tab->range().from, monday);
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩2,000"));
    // Put right, it reads again and the message goes.
    QVERIFY(m_tab->setRange(tuesday, wednesday));
    QVERIFY(m_tab->message().isEmpty());
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩9,000"));
}

void tst_ReportsTab::emptyRangeSaysSo()
{
    QVERIFY(m_tab->setRange(QDate(2026, 2, 1), QDate(2026, 2, 7)));
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩0"));
    QCOMPARE(label("ordersValue"), QStringLiteral("0"));
    for (const ReportsTab::Table table :
         {ReportsTab::Table::ByDay, ReportsTab::Table::ByHour, ReportsTab::Table::TopByRevenue,
          ReportsTab::Table::TopByQuantity, ReportsTab::Table::Payments}) {
        QCOMPARE(model(table)->rowCount(), 0);
        QVERIFY(model(table)->columnCount() > 0); // the headers stay
    }
    auto *empty = m_tab->findChild<QLabel *>(QStringLiteral("byDayEmptyText"));
    QVERIFY(empty);
    QCOMPARE(empty->text(), QStringLiteral("No sales from 2026-02-01 to 2026-02-07."));
    QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("shiftsEmptyText"))
                ->text()
                .startsWith(QStringLiteral("No shift")));
    QCOMPARE(m_tab->chart(ReportsTab::Chart::PaymentMix)->title(),
             QStringLiteral("Payments by method: none in this range"));
    QVERIFY(m_tab->setRange(tuesday, tuesday));
    QVERIFY(m_tab->setRange(QDate(2026, 2, 1), QDate(2026, 2, 1)));
    QCOMPARE(empty->text(), QStringLiteral("No sales on 2026-02-01."));
}

void tst_ReportsTab::shiftsAndTheirDifference()
{
    ShiftService &shifts = m_shop->shop->shifts;
    m_clock->set(at(QDate(2026, 3, 5), 9, 0));
    value(shifts.open(50'000));
    sale(at(QDate(2026, 3, 5), 10, 0), QStringLiteral("P1"), 5); // 5,000 cash
    m_clock->set(at(QDate(2026, 3, 5), 18, 0));
    value(shifts.close(54'500)); // 500 short
    m_clock->set(at(QDate(2026, 3, 6), 9, 0));
    value(shifts.open(50'000));
    m_clock->set(at(QDate(2026, 3, 6), 18, 0));
    value(shifts.close(50'200)); // 200 over

    QVERIFY(m_tab->setRange(QDate(2026, 3, 5), QDate(2026, 3, 6)));
    const ReportTableModel *table = model(ReportsTab::Table::Shifts);
    QCOMPARE(table->rowCount(), 2);
    // Newest first.
    QCOMPARE(cell(table, 0, QStringLiteral("shiftId")).toString(), QStringLiteral("T1-S0002"));
    QCOMPARE(cell(table, 0, QStringLiteral("difference")).toLongLong(), 200);
    QCOMPARE(cell(table, 1, QStringLiteral("difference")).toLongLong(), -500);
    QCOMPARE(shown(table, 1, QStringLiteral("difference")), DisplayText::money(-500));
    QCOMPARE(shown(table, 1, QStringLiteral("expected")), QStringLiteral("₩55,000"));
    const int difference = int(table->table().columns.indexOf(QStringLiteral("difference")));
    const QColor red = table->index(1, difference).data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY2(red.red() > 150 && red.green() < 80, qPrintable(red.name()));
    QVERIFY(!table->index(0, difference).data(Qt::ForegroundRole).isValid());
    QCOMPARE(table->headerData(difference, Qt::Horizontal).toString(),
             QStringLiteral("Difference"));
}

void tst_ReportsTab::stockThatNeedsAttention()
{
    m_shop->product(QStringLiteral("P3"), 500, 2, QStringLiteral("자두 Plum")); // low: 5 or less
    m_shop->product(QStringLiteral("P4"), 500, 0, QStringLiteral("Kiwi"));
    m_tab->reload();
    const ReportTableModel *stock = model(ReportsTab::Table::Stock);
    QCOMPARE(stock->rowCount(), 2);
    QStringList levels;
    QStringList ids;
    for (int row = 0; row < stock->rowCount(); ++row) {
        ids << cell(stock, row, QStringLiteral("productId")).toString();
        levels << shown(stock, row, QStringLiteral("level"));
    }
    QCOMPARE(levels.at(ids.indexOf(QStringLiteral("P3"))), QStringLiteral("Low stock"));
    QCOMPARE(levels.at(ids.indexOf(QStringLiteral("P4"))), QStringLiteral("Out of stock"));
    QCOMPARE(
        cell(stock, int(ids.indexOf(QStringLiteral("P3"))), QStringLiteral("level")).toString(),
        QStringLiteral("low"));
    QCOMPARE(shown(stock, int(ids.indexOf(QStringLiteral("P3"))), QStringLiteral("available")),
             QStringLiteral("2"));
}

void tst_ReportsTab::exportCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("days.csv"));
    m_tab->setCurrentTable(ReportsTab::Table::ByDay);
    QVERIFY2(m_tab->exportCsv(path), qPrintable(m_tab->message()));
    QVERIFY(m_tab->message().contains(QStringLiteral("By day")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, three days, the empty piece after the last CRLF
    QCOMPARE(lines[0], QByteArray("Day,Orders,Gross,Discounts,VAT,Returned,Cancelled,Net sales,"
                                  "Refunds\r"));
    QVERIFY2(lines[1].startsWith("2026-03-02,2,3000,0,"), lines[1].constData());
    QVERIFY2(lines[1].endsWith(",0,0,3000,0\r"), lines[1].constData());
    QVERIFY2(lines[2].startsWith("2026-03-03,0,0,0,"), lines[2].constData());
    QVERIFY2(lines[2].endsWith(",1000,0,-1000,1000\r"), lines[2].constData());
    QVERIFY(lines[4].isEmpty());

    // Another table, its own columns; an existing file is replaced.
    m_tab->setCurrentTable(ReportsTab::Table::TopByRevenue);
    QVERIFY2(m_tab->exportCsv(path), qPrintable(m_tab->message()));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString products = QString::fromUtf8(file.readAll());
    QCOMPARE(products, QStringLiteral("Product,Name,Quantity,Net\r\n"
                                      "P2,배 Pear,4,10000\r\n"
                                      "P1,사과 Apple,2,2000\r\n"));
}

void tst_ReportsTab::exportCsvRefusesAFifo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!m_tab->exportCsv(fifo));
    QVERIFY2(m_tab->message().contains(QStringLiteral("not a regular file")),
             qPrintable(m_tab->message()));
    QVERIFY(m_tab->message().contains(QDir::toNativeSeparators(fifo)));
    struct stat info
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
    // Nothing was left beside it either.
    QCOMPARE(QDir(dir.path())
                 .entryList(QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("pipe.csv")});
    // A folder that does not exist is not made.
    QVERIFY(!m_tab->exportCsv(dir.filePath(QStringLiteral("missing/days.csv"))));
    QVERIFY(m_tab->message().contains(QStringLiteral("cannot write the report")));
}

void tst_ReportsTab::exportPdf()
{
    ShiftService &shifts = m_shop->shop->shifts;
    m_clock->set(at(wednesday, 18, 0));
    value(shifts.open(50'000));
    value(shifts.close(49'000));
    m_tab->reload();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(m_tab->exportPdf(path), qPrintable(m_tab->message()));
    QVERIFY(m_tab->message().contains(QDir::toNativeSeparators(path)));
    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    for (const QString &expected :
         {QStringLiteral("Sales report"), QStringLiteral("2026-03-02 to 2026-03-04"),
          QStringLiteral("Whole shop"), QStringLiteral("Net sales"), QStringLiteral("₩12,000"),
          QStringLiteral("Average order"), QStringLiteral("₩3,000"),
          QStringLiteral("Net sales by hour of day"), QStringLiteral("Top products by revenue"),
          QStringLiteral("사과 Apple"), QStringLiteral("배 Pear"), QStringLiteral("₩10,000"),
          QStringLiteral("2026-03-03 Tue"), QStringLiteral("T1-S0001"), DisplayText::money(-1'000),
          QStringLiteral("Stock to check"), QStringLiteral("Payments")}) {
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(expected, text)));
    }
    // Each of the hour table's 24 rows is there.
    QVERIFY(text.contains(QStringLiteral("23:00")));
    QCOMPARE(text.count(QStringLiteral("Sales report")) >= 1, true);
}

void tst_ReportsTab::clerkSeesNoFigures()
{
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩12,000"));
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    m_tab->reload();
    auto *pages = m_tab->findChild<QStackedWidget *>(QStringLiteral("reportsPages"));
    auto *notice = m_tab->findChild<QLabel *>(QStringLiteral("reportsNotice"));
    QVERIFY(pages && notice);
    QCOMPARE(pages->currentWidget(), notice);
    QVERIFY2(notice->text().contains(QStringLiteral("for managers")), qPrintable(notice->text()));
    QVERIFY(!m_tab->report().has_value());
    for (const char *name :
         {"netSalesValue", "ordersValue", "averageOrderValue", "refundsValue", "returnsValue",
          "cancellationsValue", "netSalesDetail", "refundsDetail"})
        QVERIFY2(label(name).isEmpty(), name);
    for (int i = 0; i < ReportsTab::TableCount; ++i)
        QCOMPARE(m_tab->tableModel(ReportsTab::Table(i))->rowCount(), 0);
    QVERIFY(m_tab->chart(ReportsTab::Chart::ByHour)->series().isEmpty());
    QVERIFY(m_tab->chart(ReportsTab::Chart::PaymentMix)->series().isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("days.csv"));
    QVERIFY(!m_tab->exportCsv(path));
    QVERIFY(!m_tab->exportPdf(dir.filePath(QStringLiteral("report.pdf"))));
    QVERIFY(!QFile::exists(path));
    // The manager back, the figures come back.
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    m_tab->reload();
    QCOMPARE(pages->currentIndex(), 0);
    QCOMPARE(label("netSalesValue"), QStringLiteral("₩12,000"));
}

void tst_ReportsTab::koreanPicture()
{
    // A week of sales every day, a shift short of cash and stock to check, in Korean.
    m_shop->product(QStringLiteral("P3"), 4'500, 3, QStringLiteral("자두 Plum"));
    m_shop->product(QStringLiteral("P4"), 12'000, 300, QStringLiteral("한우 선물세트"));
    m_shop->product(QStringLiteral("P5"), 3'200, 300, QStringLiteral("우유 Milk 1L"));
    const QStringList products{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P4"),
                               QStringLiteral("P5")};
    const QDate thursday(2026, 3, 5);
    value(m_shop->shop->shifts.open(100'000));
    for (int day = 0; day < 4; ++day) {
        for (int hour = 9; hour < 21; hour += 1 + (day + hour) % 3) {
            const QString product = products[(day + hour) % products.size()];
            sale(at(thursday.addDays(day), hour, 10 + day), product, 1 + (hour % 3),
                 (hour + day) % 3 == 0 ? PaymentMethod::Card : PaymentMethod::Cash);
        }
    }
    m_clock->set(at(QDate(2026, 3, 8), 21, 0));
    value(m_shop->shop->shifts.close(100'000));

    QVERIFY(Language::install(QStringLiteral("ko")));
    const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
    ReportsTab tab(*m_shop->shop);
    tab.setToday(QDate(2026, 3, 8));
    tab.setPeriod(ReportsTab::Period::ThisWeek);
    tab.resize(1366, 860);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setCurrentTable(ReportsTab::Table::TopByRevenue);
    QCOMPARE(tab.range().from, monday);
    QCOMPARE(tab.tableModel(ReportsTab::Table::ByDay)->rowCount(), 7);
    // Korean words where the translation has them (the payment methods, the days' names).
    QCOMPARE(tab.tableModel(ReportsTab::Table::Payments)->text(0, 0), QStringLiteral("현금"));
    const QImage picture = tab.grab().toImage();
    QCOMPARE(picture.size(), QSize(1366, 860));
    if (const QString shot = qEnvironmentVariable("SHOPDESK_REPORTS_PNG"); !shot.isEmpty())
        QVERIFY(picture.save(shot));
    if (const QString pdf = qEnvironmentVariable("SHOPDESK_REPORTS_PDF"); !pdf.isEmpty())
        QVERIFY2(tab.exportPdf(pdf), qPrintable(tab.message()));
}

QTEST_MAIN(tst_ReportsTab)
#include "tst_reportstab.moc"
