#include "events.h"
#include "order.h"
#include "sales.h"
#include "shift.h"

#include <QTest>

using namespace ShopDesk;

// The one rule for sales figures (SalesFigures): a sale counts when its order is settled, for
// what it then holds; returns and cancellations of a settled order take back what they remove;
// payments and refunds count by method when they happen.
class tst_Sales : public QObject
{
    Q_OBJECT

private slots:
    void aPlacedOrderIsNoSale();
    void settlingCountsTheSale();
    void paymentsInPartsSettleOnce();
    void aReturnTakesBackItsLines();
    void returningEverythingLeavesNothing();
    void cancellingASettledOrderTakesItBack();
    void cancellingAnUnpaidOrderCountsOnlyTheCancellation();
    void refundsCountByTheirParts();
    void anEventBeforeThePlacingIsAnError();
    void tallyKeepsMeasuresAndProductsApart();
    void shiftExpectsTheDrawer();
    void shiftIds();
    void denominations();
};

namespace {

const QString orderId = QStringLiteral("T1-000001");

DomainEvent placed()
{
    // Apple 2 × 1,000 and pear 3 × 500: 3,500.
    Order order = Order::place(orderId, {QStringLiteral("Kim"), QStringLiteral("010"), {}},
                               {{QStringLiteral("P1"), QStringLiteral("Apple"), 2, 1000},
                                {QStringLiteral("P2"), QStringLiteral("Pear"), 3, 500}},
                               {})
                      .value();
    return order.takeEvents().first();
}

DomainEvent paid(PaymentMethod method, Money amount, bool settles = true, int part = 1)
{
    Events::PaymentApproved e{method, amount, amount, {}};
    e.part = part;
    e.settles = settles;
    return makeEvent(e, orderId);
}

DomainEvent returned(const QList<Events::OrderLinesReturned::Line> &lines, Money total,
                     bool cancels = false, int returnNo = 1)
{
    Events::OrderLinesReturned e;
    e.returnNo = returnNo;
    e.lines = lines;
    e.stock = ReturnStock::Restock;
    e.total = total;
    e.refund = 0;
    e.cancels = cancels;
    return makeEvent(e, orderId);
}

// Folds the events and returns what each added.
QList<SalesFigures> fold(const QList<DomainEvent> &events)
{
    OrderSalesFold folding;
    QList<SalesFigures> added;
    for (const DomainEvent &event : events) {
        Result<SalesFigures> figures = folding.apply(event);
        if (!figures)
            qFatal("%s", qPrintable(figures.error().message));
        added.append(figures.value());
    }
    return added;
}

SalesFigures sum(const QList<SalesFigures> &figures)
{
    SalesFigures total;
    for (const SalesFigures &f : figures)
        total.add(f);
    return total;
}

} // namespace

void tst_Sales::aPlacedOrderIsNoSale()
{
    const QList<SalesFigures> added = fold({placed()});
    QVERIFY(added.first().isZero());
}

void tst_Sales::settlingCountsTheSale()
{
    const QList<SalesFigures> added = fold({placed(), paid(PaymentMethod::Card, 3500)});
    const SalesFigures &sale = added.last();
    QCOMPARE(sale.orders, 1);
    QCOMPARE(sale.gross, 3500);
    QCOMPARE(sale.discounts, 0);
    QCOMPARE(sale.net, 3500);
    QCOMPARE(sale.netSales(), 3500);
    QCOMPARE(sale.paidCard, 3500);
    QCOMPARE(sale.paidCash, 0);
    QCOMPARE(sale.products.value(QStringLiteral("P1")), (ProductSales{2, 2000}));
    QCOMPARE(sale.products.value(QStringLiteral("P2")), (ProductSales{3, 1500}));
    QCOMPARE(sale.products.size(), 2);
}

void tst_Sales::paymentsInPartsSettleOnce()
{
    const QList<SalesFigures> added = fold({placed(), paid(PaymentMethod::Cash, 1000, false, 1),
                                            paid(PaymentMethod::Card, 2500, true, 2)});
    // The first part is money in the drawer, but no sale yet.
    QCOMPARE(added[1].orders, 0);
    QCOMPARE(added[1].net, 0);
    QCOMPARE(added[1].paidCash, 1000);
    QVERIFY(added[1].products.isEmpty());
    QCOMPARE(added[2].orders, 1);
    QCOMPARE(added[2].net, 3500);
    QCOMPARE(added[2].paidCard, 2500);
    const SalesFigures total = sum(added);
    QCOMPARE(total.paidCash + total.paidCard, total.net);
}

void tst_Sales::aReturnTakesBackItsLines()
{
    const QList<SalesFigures> added = fold(
        {placed(), paid(PaymentMethod::Cash, 3500), returned({{QStringLiteral("P2"), 2}}, 2500),
         makeEvent(Events::PaymentRefunded{PaymentMethod::Cash, 1000, {}}, orderId)});
    const SalesFigures &back = added[2];
    QCOMPARE(back.returns, 1);
    QCOMPARE(back.returned, 1000);
    QCOMPARE(back.orders, 0);
    QCOMPARE(back.products.value(QStringLiteral("P2")), (ProductSales{-2, -1000}));
    QVERIFY(!back.products.contains(QStringLiteral("P1")));
    QCOMPARE(added[3].refunds, 1000);
    QCOMPARE(added[3].refundedCash, 1000);
    const SalesFigures total = sum(added);
    QCOMPARE(total.netSales(), 2500);
    QCOMPARE(total.paidCash - total.refundedCash, 2500);
    QCOMPARE(total.products.value(QStringLiteral("P2")), (ProductSales{1, 500}));
}

void tst_Sales::returningEverythingLeavesNothing()
{
    const QList<SalesFigures> added =
        fold({placed(), paid(PaymentMethod::Cash, 3500),
              returned({{QStringLiteral("P1"), 2}, {QStringLiteral("P2"), 3}}, 0, true)});
    QCOMPARE(added[2].returns, 1);
    QCOMPARE(added[2].returned, 3500);
    const SalesFigures total = sum(added);
    QCOMPARE(total.netSales(), 0);
    QVERIFY(total.products.isEmpty());
}

void tst_Sales::cancellingASettledOrderTakesItBack()
{
    const QList<SalesFigures> added =
        fold({placed(), paid(PaymentMethod::Card, 3500),
              makeEvent(Events::OrderCancelled{QStringLiteral("changed mind"), OrderStatus::Paid},
                        orderId)});
    QCOMPARE(added[2].cancellations, 1);
    QCOMPARE(added[2].cancelled, 3500);
    QCOMPARE(added[2].returned, 0);
    const SalesFigures total = sum(added);
    QCOMPARE(total.orders, 1);
    QCOMPARE(total.netSales(), 0);
    QVERIFY(total.products.isEmpty());
}

void tst_Sales::cancellingAnUnpaidOrderCountsOnlyTheCancellation()
{
    const QList<SalesFigures> added =
        fold({placed(), makeEvent(Events::OrderCancelled{{}, OrderStatus::Placed}, orderId)});
    QCOMPARE(added[1].cancellations, 1);
    QCOMPARE(added[1].cancelled, 0);
    QCOMPARE(added[1].orders, 0);
    QVERIFY(added[1].products.isEmpty());
}

void tst_Sales::refundsCountByTheirParts()
{
    Events::PaymentRefunded refund{PaymentMethod::Card, 3500, {}};
    refund.parts = {{1, PaymentMethod::Card, 2000}, {2, PaymentMethod::Cash, 1500}};
    const QList<SalesFigures> added = fold({placed(), makeEvent(refund, orderId)});
    QCOMPARE(added[1].refunds, 3500);
    QCOMPARE(added[1].refundedCard, 2000);
    QCOMPARE(added[1].refundedCash, 1500);
}

void tst_Sales::anEventBeforeThePlacingIsAnError()
{
    OrderSalesFold folding;
    const Result<SalesFigures> figures =
        folding.apply(makeEvent(Events::OrderCancelled{{}, OrderStatus::Placed}, orderId));
    QVERIFY(!figures);
    QCOMPARE(figures.error().code, ErrorCode::InvalidInput);
    QVERIFY(figures.error().message.contains(orderId));
    // A payment needs the order (whether it settles it); a refund is money whatever the order.
    QCOMPARE(folding.apply(paid(PaymentMethod::Cash, 100)).error().code, ErrorCode::InvalidInput);
    QVERIFY(!salesNeedHistory(QString(EventType::PaymentRefunded)));
    QCOMPARE(
        folding.apply(makeEvent(Events::PaymentRefunded{PaymentMethod::Cash, 100, {}}, orderId))
            .value()
            .refundedCash,
        100);
}

void tst_Sales::tallyKeepsMeasuresAndProductsApart()
{
    const QList<SalesFigures> added = fold(
        {placed(), paid(PaymentMethod::Cash, 3500), returned({{QStringLiteral("P1"), 2}}, 1500)});
    SalesTally tally;
    const SalesBucket nine{QDate(2026, 12, 4), 9};
    const SalesBucket ten{QDate(2026, 12, 4), 10};
    tally.add(nine, QStringLiteral("T1"), added[1]);
    tally.add(ten, QStringLiteral("T1"), added[2]);
    tally.dropZeros();
    QCOMPARE(tally.hours.size(), 2);
    const qint64 day = nine.day.toJulianDay();
    QCOMPARE((tally.hours[{day, 9, QStringLiteral("T1")}].net), 3500);
    QVERIFY((tally.hours[{day, 9, QStringLiteral("T1")}].products.isEmpty()));
    QCOMPARE((tally.hours[{day, 10, QStringLiteral("T1")}].returned), 2000);
    // Apple was sold and taken back on the same day: its row drops out.
    QCOMPARE(tally.products.size(), 1);
    QCOMPARE((tally.products[{day, QStringLiteral("T1"), QStringLiteral("P2")}]),
             (ProductSales{3, 1500}));
    // Bucket of an instant: the machine's local hour.
    const QDateTime at(QDate(2026, 12, 4), QTime(23, 30), Qt::LocalTime);
    QCOMPARE(SalesBucket::of(at.toUTC()), (SalesBucket{QDate(2026, 12, 4), 23}));
}

void tst_Sales::shiftExpectsTheDrawer()
{
    DomainEvent opening = makeEvent(Events::ShiftOpened{QStringLiteral("T1-S0001"), 50000}, {});
    opening.origin = QStringLiteral("T1");
    opening.originSeq = 10;
    opening.actor = QStringLiteral("민지");
    ShiftRecord shift = ShiftRecord::opened(opening, {QStringLiteral("T1-S0001"), 50000}).value();
    QCOMPARE(shift.openedBy, QStringLiteral("민지"));
    QCOMPARE(shift.openedOriginSeq, 10);

    ShiftFigures figures;
    figures.openingFloat = shift.openingFloat;
    figures.apply(shift, Events::CashMoved{shift.shiftId, CashMove::PayIn, 20000, "change"});
    figures.apply(shift, Events::CashMoved{shift.shiftId, CashMove::PayOut, 5000, "courier"});
    figures.apply(shift, Events::CashMoved{QStringLiteral("T1-S0002"), CashMove::PayIn, 9, "x"});
    figures.apply(shift, Events::DrawerOpened{DrawerCause::Manual, QStringLiteral("coins"), {}});
    figures.sales.paidCash = 3500;
    figures.sales.refundedCash = 1000;
    QCOMPARE(figures.payIns, 20000);
    QCOMPARE(figures.payOuts, 5000);
    QCOMPARE(figures.payInCount, 1);
    QCOMPARE(figures.drawerOpenings, 1);
    QCOMPARE(figures.manualOpenings, 1);
    QCOMPARE(figures.expectedCash(), 50000 + 3500 - 1000 + 20000 - 5000);

    DomainEvent inside = makeEvent(Events::DrawerOpened{DrawerCause::Manual, {}, {}}, {});
    inside.origin = QStringLiteral("T1");
    inside.originSeq = 11;
    QVERIFY(shift.holds(inside));
    inside.origin = QStringLiteral("T2");
    QVERIFY(!shift.holds(inside));

    DomainEvent closing = makeEvent(Events::ShiftClosed{shift.shiftId, 67000, 67500, {}}, {});
    closing.origin = QStringLiteral("T1");
    closing.originSeq = 20;
    QVERIFY(shift.close(closing, {shift.shiftId, 67000, 67500, {}}).ok());
    QCOMPARE(shift.difference(), -500);
    inside.origin = QStringLiteral("T1");
    inside.originSeq = 21;
    QVERIFY(!shift.holds(inside));
    const Status twice = shift.close(closing, {shift.shiftId, 67000, 67500, {}});
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::InvalidState);
}

void tst_Sales::shiftIds()
{
    QCOMPARE(shiftIdFor(QStringLiteral("T1"), 1), QStringLiteral("T1-S0001"));
    QCOMPARE(shiftIdFor(QStringLiteral("카운터"), 12345), QStringLiteral("카운터-S12345"));
    QCOMPARE(shiftNumberOf(QStringLiteral("T1-S0042"), QStringLiteral("T1")), 42);
    QCOMPARE(shiftNumberOf(QStringLiteral("T2-S0042"), QStringLiteral("T1")), 0);
    QCOMPARE(shiftNumberOf(QStringLiteral("T1-Sxx"), QStringLiteral("T1")), 0);
}

void tst_Sales::denominations()
{
    const QList<Money> krw = cashDenominations(QStringLiteral("KRW"));
    QCOMPARE(krw, (QList<Money>{50000, 10000, 5000, 1000, 500, 100, 50, 10}));
    QVERIFY(cashDenominations(QStringLiteral("EUR")).isEmpty());
    QCOMPARE(countedTotal({{50000, 2}, {10, 3}}), 100030);
}

QTEST_GUILESS_MAIN(tst_Sales)
#include "tst_sales.moc"
