// Shifts and the sales report through the services (issue 15), on real SQLite files: the
// shift rules and their refusals (nothing changes), expected cash equal on every terminal
// after sync, and report tables equal to a recomputation from the orders on a generated shop
// with orders in every status, returns among them.

#include "demodata.h"
#include "reporttables.h"
#include "shiftservice.h"
#include "testshop.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_Shifts : public QObject
{
    Q_OBJECT

private slots:
    void rulesAndRefusals();
    void payOutsAreBoundedByTheDrawer();
    void expectedCashIsEqualAfterSync();
    void reportTablesEqualARecomputation();
    void reportCutsByDayAndHour();
    void productSalesOverMonthsAndYears();
    void stockThatNeedsAManager();
    void csvCellsAreQuotedAndDefused();

private:
    static QString message(const Status &status)
    {
        return status.ok() ? QString() : status.error().message;
    }
};

namespace {

template<typename T> T value(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return std::move(result.value());
}

// A sale of qty units of P1 at 1,000 won, paid in cash.
QString cashSale(TestShop &t, qint64 qty)
{
    const OrderDetails placed = value(t.shop->orders.placeOrder(
        {QStringLiteral("Ahn"), QStringLiteral("010"), {}}, {{QStringLiteral("P1"), qty}}));
    PaymentRequest cash;
    cash.tendered = qty * 1000 + 500;
    value(t.shop->orders.pay(placed.order.orderId(), cash));
    return placed.order.orderId();
}

} // namespace

void tst_Shifts::rulesAndRefusals()
{
    TestShop t;
    t.staff(QStringLiteral("Boss"), QStringLiteral("1234"),
            {{QStringLiteral("Kim"), QStringLiteral("5678")},
             {QStringLiteral("Lee"), QStringLiteral("9999")}});
    t.product(QStringLiteral("P1"), 1000, 100);
    UserService &users = t.shop->users;
    ShiftService &shifts = t.shop->shifts;
    QVERIFY(users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());

    // Nothing to report or close before a shift.
    QCOMPARE(shifts.report().error().code, ErrorCode::InvalidState);
    QCOMPARE(shifts.close(0).error().code, ErrorCode::InvalidState);
    QCOMPARE(shifts.moveCash(CashMove::PayIn, 100, QStringLiteral("x")).error().code,
             ErrorCode::InvalidState);
    QVERIFY(!value(shifts.currentShift()).has_value());

    const ShiftRecord opened = value(shifts.open(50000));
    QCOMPARE(opened.shiftId, QStringLiteral("T1-S0001"));
    QCOMPARE(opened.openedBy, QStringLiteral("Kim"));
    QCOMPARE(opened.terminal, QStringLiteral("T1"));
    QCOMPARE(value(shifts.currentShift())->shiftId, opened.shiftId);

    const qint64 events = t.eventCount();
    // Refusals leave the log as it was.
    QCOMPARE(shifts.open(0).error().code, ErrorCode::InvalidState);
    QCOMPARE(shifts.open(-1).error().code, ErrorCode::InvalidInput);
    QCOMPARE(shifts.open(Limits::MaxMoney + 1).error().code, ErrorCode::InvalidInput);
    QCOMPARE(shifts.moveCash(CashMove::PayIn, 0, QStringLiteral("x")).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(shifts.moveCash(CashMove::PayIn, -5, QStringLiteral("x")).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(shifts.moveCash(CashMove::PayIn, 5, QStringLiteral(" \t")).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(shifts.moveCash(CashMove::PayIn, 5, QString(5000, QLatin1Char('x'))).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(shifts.close(-1).error().code, ErrorCode::InvalidInput);
    QCOMPARE(shifts.close(0, {{1000, -1}}).error().code, ErrorCode::InvalidInput);
    QCOMPARE(shifts.close(0, {{1000, 1}, {1000, 2}}).error().code, ErrorCode::InvalidInput);
    QCOMPARE(shifts.close(0, {{0, 1}}).error().code, ErrorCode::InvalidInput);
    QCOMPARE(t.eventCount(), events);

    // Sales, a refund and cash moves; the X report changes nothing.
    const QString first = cashSale(t, 3);             // 3,000
    const QString second = cashSale(t, 2);            // 2,000
    QVERIFY(t.shop->orders.cancelOrder(second).ok()); // refunded in cash
    QVERIFY(shifts.moveCash(CashMove::PayIn, 10000, QStringLiteral("잔돈 change")).ok());
    QVERIFY(shifts.moveCash(CashMove::PayOut, 4000, QStringLiteral("택배 courier")).ok());
    const qint64 beforeX = t.eventCount();
    const ShiftReport x = value(shifts.report());
    QCOMPARE(t.eventCount(), beforeX);
    QVERIFY(!x.isFinal());
    QCOMPARE(x.figures.sales.orders, 2);
    QCOMPARE(x.figures.sales.cancellations, 1);
    QCOMPARE(x.figures.sales.cancelled, 2000);
    QCOMPARE(x.figures.sales.netSales(), 3000);
    QCOMPARE(x.figures.sales.paidCash, 5000);
    QCOMPARE(x.figures.sales.refundedCash, 2000);
    QCOMPARE(x.figures.expectedCash(), 50000 + 5000 - 2000 + 10000 - 4000);
    Q_UNUSED(first);

    // Lee (a clerk) may not close Kim's shift; the manager may.
    QVERIFY(users.logIn(QStringLiteral("Lee"), QStringLiteral("9999")).ok());
    const auto byLee = shifts.close(59000);
    QCOMPARE(byLee.error().code, ErrorCode::Forbidden);
    QVERIFY(byLee.error().message.contains(QStringLiteral("opened by Kim")));
    QCOMPARE(t.eventCount(), beforeX);
    QVERIFY(users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    const ShiftReport z = value(shifts.close(0, {{50000, 1}, {5000, 1}, {1000, 3}, {500, 1}}));
    QVERIFY(z.isFinal());
    QCOMPARE(z.shift.counted, 58500);
    QCOMPARE(z.shift.expected, 59000);
    QCOMPARE(z.shift.difference(), -500);
    QCOMPARE(z.shift.closedBy, QStringLiteral("Boss"));
    QCOMPARE(z.counts.size(), 4);
    // Closed: closing again finds no open shift; the Z report reads back the same.
    QCOMPARE(shifts.close(58500).error().code, ErrorCode::InvalidState);
    const ShiftReport again = value(shifts.report(z.shift.shiftId));
    QCOMPARE(again.shift, z.shift);
    QCOMPARE(again.figures, z.figures);
    QCOMPARE(again.counts, z.counts);
    // Sales after the close belong to no shift.
    cashSale(t, 1);
    QCOMPARE(value(shifts.report(z.shift.shiftId)).figures, z.figures);
    // The next shift gets the next number.
    QCOMPARE(value(shifts.open(0)).shiftId, QStringLiteral("T1-S0002"));
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join('\n')));
}

void tst_Shifts::payOutsAreBoundedByTheDrawer()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 100);
    ShiftService &shifts = t.shop->shifts;
    QVERIFY(shifts.open(1000).ok());
    cashSale(t, 2);
    const auto tooMuch = shifts.moveCash(CashMove::PayOut, 3001, QStringLiteral("bank"));
    QCOMPARE(tooMuch.error().code, ErrorCode::InvalidState);
    QCOMPARE(tooMuch.error().details.value(QStringLiteral("expectedCash")).toInteger(), 3000);
    const ShiftReport emptied =
        value(shifts.moveCash(CashMove::PayOut, 3000, QStringLiteral("bank")));
    QCOMPARE(emptied.figures.expectedCash(), 0);
    QCOMPARE(shifts.moveCash(CashMove::PayOut, 1, QStringLiteral("bank")).error().code,
             ErrorCode::InvalidState);
}

void tst_Shifts::expectedCashIsEqualAfterSync()
{
    TestShop t1(QStringLiteral("T1"));
    TestShop t2(QStringLiteral("T2"));
    t1.product(QStringLiteral("P1"), 1000, 100);
    t2.receiveFrom(t1);
    QVERIFY(t1.shop->shifts.open(20000).ok());
    QVERIFY(t2.shop->shifts.open(5000).ok());
    const QString sold = cashSale(t1, 4);
    cashSale(t2, 1);
    QVERIFY(t1.shop->shifts.moveCash(CashMove::PayOut, 3000, QStringLiteral("lunch")).ok());
    // Returned at T1 while T2 still sees only the sale.
    ReturnOptions options;
    QVERIFY(t1.shop->orders.returnLines(sold, {{QStringLiteral("P1"), 1}}, options).ok());
    const ShiftReport atT1 = value(t1.shop->shifts.close(20000));

    t2.receiveFrom(t1);
    t1.receiveFrom(t2);
    // Each terminal's shift reads the same on both.
    for (const QString &id : {QStringLiteral("T1-S0001"), QStringLiteral("T2-S0001")}) {
        const ShiftReport here = value(t1.shop->shifts.report(id));
        const ShiftReport there = value(t2.shop->shifts.report(id));
        QCOMPARE(here.shift, there.shift);
        QCOMPARE(here.figures, there.figures);
    }
    const ShiftReport t1AtT2 = value(t2.shop->shifts.report(QStringLiteral("T1-S0001")));
    QCOMPARE(t1AtT2.shift.expected, 20000 + 4000 - 1000 - 3000);
    QCOMPARE(t1AtT2.figures, atT1.figures);
    QCOMPARE(t1AtT2.shift.difference(), 0);
    // T2's shift holds T2's sale only; T2's open shift is still open at T1.
    const ShiftReport t2AtT1 = value(t1.shop->shifts.report(QStringLiteral("T2-S0001")));
    QVERIFY(!t2AtT1.isFinal());
    QCOMPARE(t2AtT1.figures.expectedCash(), 6000);
    // The report tables agree too: the whole shop's sales are the same on both.
    const ReportRange today{QDate::currentDate(), QDate::currentDate(), {}};
    t1.staff(QStringLiteral("Boss"), QStringLiteral("1234"));
    t2.staff(QStringLiteral("Boss2"), QStringLiteral("1234"));
    const SalesReport r1 = value(t1.shop->reports.sales(today));
    const SalesReport r2 = value(t2.shop->reports.sales(today));
    QCOMPARE(r1.total, r2.total);
    QCOMPARE(r1.total.netSales(), 3000 + 1000);
    QVERIFY2(t1.audit().ok(), qPrintable(t1.audit().errors.join('\n')));
    QVERIFY2(t2.audit().ok(), qPrintable(t2.audit().errors.join('\n')));
}

void tst_Shifts::reportTablesEqualARecomputation()
{
    TestShop t;
    t.staff(QStringLiteral("Boss"), QStringLiteral("1234"));
    DemoData demo(t.shop->work, t.shop->inventory, t.shop->orders);
    demo.setSeed(15);
    const QJsonObject made = value(demo.generate(40, 600));
    QCOMPARE(made.value(QStringLiteral("orders")).toInteger(), 600);
    // Returns in part and in whole, refunded card first.
    QRandomGenerator random(15);
    ListQuery paidOnes;
    paidOnes.status = QStringLiteral("delivered");
    int returned = 0;
    for (const OrderView &view : value(t.shop->orders.orders(paidOnes))) {
        if (returned == 40)
            break;
        const OrderDetails details = t.order(view.orderId);
        const OrderLine &line = details.order.lines().first();
        const qint64 qty = random.bounded(2) == 0 ? line.remaining() : 1;
        ReturnOptions options;
        options.writeOff = random.bounded(2) == 0;
        QVERIFY(t.shop->orders.returnLines(view.orderId, {{line.productId, qty}}, options).ok());
        ++returned;
    }
    QCOMPARE(returned, 40);

    // The independent sum: every order that ends settled counts its total now; payments held.
    Money settledTotal = 0;
    qint64 settled = 0;
    Money held = 0;
    for (const OrderView &view : value(t.shop->orders.orders({}))) {
        const OrderDetails details = t.order(view.orderId);
        const OrderStatus status = details.order.status();
        if (status == OrderStatus::Paid || status == OrderStatus::Delivering ||
            status == OrderStatus::Delivered) {
            settledTotal += details.order.total();
            ++settled;
        }
        held += details.paid();
    }
    const SalesReport report = value(t.shop->reports.sales(
        {QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1), {}}));
    QCOMPARE(report.total.netSales(), settledTotal);
    QVERIFY(report.total.orders >= settled);
    QCOMPARE(report.total.paidCash + report.total.paidCard - report.total.refundedCash -
                 report.total.refundedCard,
             held);
    Money byProducts = 0;
    for (const ProductSalesRow &row : report.products)
        byProducts += row.sales.net;
    QCOMPARE(byProducts, settledTotal);
    QVERIFY(report.total.returns >= 40);
    QVERIFY(report.total.cancelled > 0);

    // verify folds the log and finds the same tables; a rebuild gives them back unchanged.
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join('\n')));
    QVERIFY(t.shop->reports.rebuild().ok());
    const SalesReport rebuilt = value(t.shop->reports.sales(report.range));
    QCOMPARE(rebuilt.total, report.total);
    QCOMPARE(rebuilt.products.size(), report.products.size());
    QCOMPARE(reportTable(rebuilt, ReportBy::Hour).rows, reportTable(report, ReportBy::Hour).rows);
    // A table changed behind the log's back is found by verify.
    SalesFigures forged;
    forged.orders = 1;
    QVERIFY(t.store
                ->addSales(SalesBucket::of(QDateTime::currentDateTimeUtc()), QStringLiteral("T1"),
                           forged)
                .ok());
    const AuditReport broken = t.audit();
    QVERIFY(!broken.ok());
    QVERIFY2(broken.errors.join('\n').contains(QStringLiteral("report")),
             qPrintable(broken.errors.join('\n')));
}

void tst_Shifts::reportCutsByDayAndHour()
{
    TestShop t;
    t.staff(QStringLiteral("Boss"), QStringLiteral("1234"));
    t.product(QStringLiteral("P1"), 1000, 100);
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::LocalTime));
    t.shop->work.setClock(clock);
    cashSale(t, 1); // Monday 09:15, 1,000
    clock.set(QDateTime(QDate(2026, 3, 2), QTime(18, 40), Qt::LocalTime));
    cashSale(t, 2); // Monday 18:40, 2,000
    clock.set(QDateTime(QDate(2026, 3, 4), QTime(9, 5), Qt::LocalTime));
    cashSale(t, 4); // Wednesday 09:05, 4,000

    const SalesReport week =
        value(t.shop->reports.sales({QDate(2026, 3, 2), QDate(2026, 3, 8), {}}));
    QCOMPARE(week.days.size(), 7);
    QCOMPARE(week.days[0].second.netSales(), 3000);
    QCOMPARE(week.days[1].second.netSales(), 0);
    QCOMPARE(week.days[2].second.netSales(), 4000);
    QCOMPARE(week.hoursOfDay[9].netSales(), 5000);
    QCOMPARE(week.hoursOfDay[18].netSales(), 2000);
    QCOMPARE(week.hoursOfDay[10].orders, 0);
    QCOMPARE(week.averageOrder(), 7000 / 3);
    // One day only; another terminal has nothing.
    QCOMPARE(
        value(t.shop->reports.sales({QDate(2026, 3, 4), QDate(2026, 3, 4), {}})).total.netSales(),
        4000);
    QCOMPARE(
        value(t.shop->reports.sales({QDate(2026, 3, 2), QDate(2026, 3, 8), QStringLiteral("T9")}))
            .total.orders,
        0);
    const ReportTable days = reportTable(week, ReportBy::Day);
    QCOMPARE(days.rows.size(), 7);
    QCOMPARE(days.rows[0][0].toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(days.toCsv().split('\n').first(),
             QByteArray("day,orders,gross,discounts,vat,returned,cancelled,netSales,refunds\r"));
    // A clerk sees no reports.
    QVERIFY(t.shop->users.addUser(QStringLiteral("Kim"), Role::Clerk, QStringLiteral("5678")).ok());
    QVERIFY(t.shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    QCOMPARE(t.shop->reports.sales(week.range).error().code, ErrorCode::Forbidden);
}

void tst_Shifts::productSalesOverMonthsAndYears()
{
    // Products' sales are read as a range's days plus its whole months and years (the roll-up
    // of schema 15): sales on days spread over two years and more, a return now and then, and
    // the products of many ranges, each equal to the sum of its days kept here.
    TestShop t;
    t.staff(QStringLiteral("Boss"), QStringLiteral("1234"));
    const QStringList ids{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")};
    for (int i = 0; i < ids.size(); ++i)
        t.product(ids[i], 1000 * (i + 1), 100'000);
    const QDate first(2024, 11, 20);
    const QDate last(2027, 1, 12);
    ManualClock clock(first.startOfDay());
    t.shop->work.setClock(clock);
    std::map<std::pair<qint64, QString>, ProductSales> sold; // by day and product
    QRandomGenerator random(1515);
    for (QDate day = first; day <= last; day = day.addDays(1 + int(random.bounded(9)))) {
        clock.set(QDateTime(day, QTime(10 + int(random.bounded(8)), 30), Qt::LocalTime));
        const int which = int(random.bounded(3));
        const qint64 qty = 1 + random.bounded(4);
        const OrderDetails placed = value(t.shop->orders.placeOrder(
            {QStringLiteral("Ahn"), QStringLiteral("010"), {}}, {{ids[which], qty}}));
        PaymentRequest cash;
        cash.tendered = qty * 1000 * (which + 1);
        value(t.shop->orders.pay(placed.order.orderId(), cash));
        ProductSales &sales = sold[{day.toJulianDay(), ids[which]}];
        sales.qty += qty;
        sales.net += qty * 1000 * (which + 1);
        if (random.bounded(6) == 0) { // a unit back, some days later
            const QDate back = day.addDays(random.bounded(40));
            clock.set(QDateTime(back, QTime(12, 0), Qt::LocalTime));
            value(t.shop->orders.returnLines(placed.order.orderId(), {{ids[which], 1}}, {}));
            ProductSales &returned = sold[{back.toJulianDay(), ids[which]}];
            returned.qty -= 1;
            returned.net -= 1000 * (which + 1);
        }
    }
    const auto expected = [&](const QDate &from, const QDate &to) {
        QMap<QString, ProductSales> sums;
        for (const auto &[key, sales] : sold) {
            if (key.first >= from.toJulianDay() && key.first <= to.toJulianDay()) {
                sums[key.second].qty += sales.qty;
                sums[key.second].net += sales.net;
            }
        }
        return sums;
    };
    const auto reported = [&](const QDate &from, const QDate &to, const QString &terminal = {}) {
        QMap<QString, ProductSales> sums;
        for (const ProductSalesRow &row :
             value(t.shop->reports.sales({from, to, terminal})).products)
            sums.insert(row.productId, row.sales);
        return sums;
    };
    const auto drop = [](QMap<QString, ProductSales> sums) {
        sums.removeIf([](const auto &it) { return it.value().isZero(); });
        return sums;
    };
    QList<std::pair<QDate, QDate>> ranges{
        {QDate(2025, 1, 1), QDate(2025, 12, 31)},  // a whole year
        {QDate(2025, 1, 1), QDate(2026, 12, 31)},  // two
        {QDate(2024, 12, 1), QDate(2026, 1, 31)},  // months, a year, months
        {QDate(2024, 11, 25), QDate(2026, 2, 3)},  // days, months, a year, months, days
        {QDate(2025, 3, 1), QDate(2025, 3, 31)},   // one month
        {QDate(2025, 2, 1), QDate(2025, 2, 28)},   // February
        {QDate(2025, 3, 2), QDate(2025, 3, 30)},   // a month but its first and last day
        {QDate(2025, 12, 31), QDate(2026, 1, 1)},  // across new year
        {QDate(2025, 12, 1), QDate(2026, 1, 31)},  // two months across new year
        {QDate(2024, 11, 20), QDate(2027, 1, 12)}, // everything
        {QDate(2026, 6, 15), QDate(2026, 6, 15)},  // a day
    };
    for (int i = 0; i < 40; ++i) {
        const QDate from = first.addDays(random.bounded(first.daysTo(last)));
        ranges.append({from, from.addDays(random.bounded(from.daysTo(last) + 1))});
    }
    for (const auto &[from, to] : ranges) {
        const QString name =
            from.toString(Qt::ISODate) + QLatin1String("..") + to.toString(Qt::ISODate);
        QCOMPARE(drop(reported(from, to)), drop(expected(from, to)));
        QCOMPARE(drop(reported(from, to, QStringLiteral("T1"))), drop(expected(from, to)));
        QVERIFY2(reported(from, to, QStringLiteral("T2")).isEmpty(), qPrintable(name));
    }
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join('\n')));

    // A month changed behind the days' back is found and named by verify; a rebuild mends it.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(t.path());
        QVERIFY(db.open());
        QSqlQuery forge(db);
        QVERIFY(forge.exec(QStringLiteral("UPDATE report_product_periods SET qty = qty + 1 WHERE "
                                          "period = '2025-03' AND product_id = 'P1'")));
        QCOMPARE(forge.numRowsAffected(), 1);
        forge.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    const AuditReport broken = t.audit();
    QVERIFY(!broken.ok());
    QVERIFY2(broken.errors.join('\n').contains(QStringLiteral("product P1 in 2025-03 on T1")),
             qPrintable(broken.errors.join('\n')));
    QVERIFY(t.shop->reports.rebuild().ok());
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join('\n')));
    QCOMPARE(drop(reported(QDate(2025, 3, 1), QDate(2025, 3, 31))),
             drop(expected(QDate(2025, 3, 1), QDate(2025, 3, 31))));
}

void tst_Shifts::stockThatNeedsAManager()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 100);
    t.product(QStringLiteral("P2"), 1000, 2); // low: the shop's threshold is 5
    t.product(QStringLiteral("P3"), 1000, 0); // out of stock
    t.product(QStringLiteral("P4"), 1000, 30);
    ProductEdit own;
    own.lowStockThreshold = StockThreshold(40); // low by its own threshold
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P4"), own).ok());
    // Oversold: another terminal sold what this one had (the deltas come as they are).
    QVERIFY(t.store->begin().ok());
    QVERIFY(t.store->addToStock(QStringLiteral("P1"), -103, 0).ok());
    QVERIFY(t.store->commit().ok());

    const QList<StockAlert> alerts = value(t.shop->reports.stockAlerts());
    QCOMPARE(alerts.size(), 4);
    QCOMPARE(alerts[0].stock.productId, QStringLiteral("P1"));
    QCOMPARE(alerts[0].level, StockLevel::Oversold);
    QCOMPARE(alerts[0].stock.available(), -3);
    QCOMPARE(alerts[1].stock.productId, QStringLiteral("P3"));
    QCOMPARE(alerts[1].level, StockLevel::OutOfStock);
    QCOMPARE(alerts[2].stock.productId, QStringLiteral("P2"));
    QCOMPARE(alerts[2].level, StockLevel::Low);
    QCOMPARE(alerts[2].threshold, 5);
    QCOMPARE(alerts[3].stock.productId, QStringLiteral("P4"));
    QCOMPARE(alerts[3].threshold, 40);
    QCOMPARE(value(t.shop->reports.stockAlerts(2)).size(), 2);
    const ReportTable table = stockTable(alerts);
    QCOMPARE(table.columns.last(), QStringLiteral("level"));
    QCOMPARE(table.rows[0].last().toString(), QStringLiteral("oversold"));
    QCOMPARE(table.rows[1].last().toString(), QStringLiteral("outOfStock"));
    QCOMPARE(table.rows[2].last().toString(), QStringLiteral("low"));
    QCOMPARE(table.rows[0][4].toLongLong(), -3);
}

void tst_Shifts::csvCellsAreQuotedAndDefused()
{
    ReportTable table;
    table.columns = {QStringLiteral("productId"), QStringLiteral("productName"),
                     QStringLiteral("net")};
    table.rows = {{QStringLiteral("P1"), QStringLiteral("=HYPERLINK(\"x\")"),
                   QVariant::fromValue<qint64>(-500)},
                  {QStringLiteral("P2"), QStringLiteral("사과, \"큰\" 것\n2줄"),
                   QVariant::fromValue<qint64>(1200)},
                  {QStringLiteral("P3"), QStringLiteral("@SUM"), QVariant::fromValue<qint64>(0)}};
    QCOMPARE(QString::fromUtf8(table.toCsv(
                 {QStringLiteral("상품"), QStringLiteral("이름"), QStringLiteral("순액")})),
             QStringLiteral("상품,이름,순액\r\n"
                            "P1,\"'=HYPERLINK(\"\"x\"\")\",-500\r\n"
                            "P2,\"사과, \"\"큰\"\" 것\n2줄\",1200\r\n"
                            "P3,'@SUM,0\r\n"));
    // Headers of the wrong count fall back to the keys.
    QVERIFY(table.toCsv({QStringLiteral("one")}).startsWith("productId,productName,net\r\n"));
    QCOMPARE(table.toJson().at(1).toObject().value(QStringLiteral("net")).toInteger(), 1200);
}

QTEST_GUILESS_MAIN(tst_Shifts)
#include "tst_shifts.moc"
