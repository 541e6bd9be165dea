#include "../common/testshop.h"

#include <QTest>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

// The sale through the services, as a clerk rings it: discounts within and beyond the clerk's
// limit, payments in parts, returns of some lines, and what stock, payments, events and
// verify then hold.
class tst_Sale : public QObject
{
    Q_OBJECT

private slots:
    void discountBeyondTheLimitNeedsAManager();
    void paidInPartsThenReturned();
    void cancellingAnOrderPaidInPartsRefundsEachPart();
    void returnBeforeDeliveryReleases();
};

namespace {

struct Shop
{
    TestShop t;

    Shop()
    {
        t.shop->users.setFailureDelay(std::chrono::milliseconds(0));
        QVERIFY(
            t.shop->users.createFirstManager(QStringLiteral("boss"), QStringLiteral("9876")).ok());
        QVERIFY(t.shop->users.logIn(QStringLiteral("boss"), QStringLiteral("9876")).ok());
        t.product(QStringLiteral("A"), 5500, 10);
        t.product(QStringLiteral("B"), 2000, 10);
        auto rice = t.shop->inventory.registerProduct(QStringLiteral("R"), QStringLiteral("쌀"),
                                                      3000, {}, {}, TaxKind::Exempt);
        QVERIFY(rice.ok());
        QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("R"), 10).ok());
        QVERIFY(t.shop->users.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("1111"))
                    .ok());
        QVERIFY(t.shop->users.logIn(QStringLiteral("clerk"), QStringLiteral("1111")).ok());
    }
    Customer kim() const { return {QStringLiteral("김민수"), QStringLiteral("010"), {}}; }
    OrderDetails place()
    {
        auto placed = t.shop->orders.placeOrder(
            kim(), {{QStringLiteral("A"), 2}, {QStringLiteral("B"), 1}, {QStringLiteral("R"), 1}});
        if (!placed)
            qFatal("%s", qPrintable(placed.error().message));
        return placed.value();
    }
};

PaymentRequest cash(Money amount, Money tendered)
{
    PaymentRequest r;
    r.amount = amount;
    r.tendered = tendered;
    r.cashReceipt =
        CashReceipt::parse(QStringLiteral("010-1234-5678"), CashReceipt::Purpose::Deduction)
            .value();
    return r;
}

PaymentRequest card()
{
    PaymentRequest r;
    r.method = PaymentMethod::Card;
    r.card = {QStringLiteral("30012345"), QStringLiteral("신한"), 3, QStringLiteral("1234")};
    return r;
}

} // namespace

void tst_Sale::discountBeyondTheLimitNeedsAManager()
{
    Shop s;
    const QList<OrderRequestLine> lines{{QStringLiteral("A"), 2}};
    const qint64 eventsBefore = s.t.eventCount();
    // 15 % of 11,000 is beyond the clerk's 10 %: refused, nothing written, no id used.
    PlaceOptions options{Discount{Discount::Kind::Percent, 15, QStringLiteral("단골")}, {}};
    auto refused = s.t.shop->orders.placeOrder(s.kim(), lines, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(refused.error().details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("discountApproval"));
    QCOMPARE(refused.error().details.value(QStringLiteral("limit")).toInt(), 10);
    QCOMPARE(s.t.eventCount(), eventsBefore);
    QCOMPARE(s.t.stock(QStringLiteral("A")).reserved, 0);
    // A wrong PIN is refused and counted against the manager.
    options.approval = DiscountApproval{QStringLiteral("boss"), QStringLiteral("0000")};
    refused = s.t.shop->orders.placeOrder(s.kim(), lines, options);
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    QCOMPARE(s.t.store->findUser(QStringLiteral("boss")).value()->failedLogins, 1);
    // A clerk cannot approve.
    options.approval = DiscountApproval{QStringLiteral("clerk"), QStringLiteral("1111")};
    QCOMPARE(s.t.shop->orders.placeOrder(s.kim(), lines, options).error().code,
             ErrorCode::Forbidden);
    // The manager's PIN: placed, the event names the clerk (actor) and the manager.
    options.approval = DiscountApproval{QStringLiteral("boss"), QStringLiteral("9876")};
    auto placed = s.t.shop->orders.placeOrder(s.kim(), lines, options);
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
    QCOMPARE(placed->order.orderId(), QStringLiteral("T1-000001"));
    QCOMPARE(placed->order.total(), 9350);
    QCOMPARE(placed->order.terms().discountApprovedBy, QStringLiteral("boss"));
    QCOMPARE(placed->clerk, QStringLiteral("clerk"));
    EventQuery query;
    query.orderId = QStringLiteral("T1-000001");
    query.types = {EventType::OrderPlaced};
    const DomainEvent event = s.t.shop->orders.events(query).value().first();
    QCOMPARE(event.actor, QStringLiteral("clerk"));
    QCOMPARE(event.payload.value(QStringLiteral("discountApprovedBy")).toString(),
             QStringLiteral("boss"));
    // Within the limit the clerk needs no one.
    QVERIFY(s.t.shop->orders
                .placeOrder(s.kim(), lines,
                            {Discount{Discount::Kind::Amount, 1100, QStringLiteral("x")}, {}})
                .ok());
    QVERIFY(s.t.audit().errors.isEmpty());
}

void tst_Sale::paidInPartsThenReturned()
{
    Shop s;
    const OrderDetails placed = s.place();
    // 11,000 + 2,000 taxable, 3,000 exempt.
    QCOMPARE(placed.order.total(), 16000);
    QCOMPARE(placed.order.money().taxable, 13000);
    QCOMPARE(placed.order.money().vat, 1182);
    QCOMPARE(placed.order.money().exempt, 3000);
    const QString id = placed.order.orderId();

    auto first = s.t.shop->orders.pay(id, cash(6000, 10000));
    QVERIFY(first.ok());
    QCOMPARE(first->order.status(), OrderStatus::Placed);
    QCOMPARE(first->due(), 10000);
    QCOMPARE(first->payments.first().change(), 4000);
    QVERIFY(!first->delivery);
    // A card part beyond what is left is refused and changes nothing.
    PaymentRequest tooMuch = card();
    tooMuch.amount = 10001;
    QCOMPARE(s.t.shop->orders.pay(id, tooMuch).error().code, ErrorCode::InvalidInput);
    auto second = s.t.shop->orders.pay(id, card());
    QVERIFY(second.ok());
    QCOMPARE(second->payments.size(), 2);
    QCOMPARE(second->payments.at(1).amount(), 10000);
    QCOMPARE(second->order.status(), OrderStatus::Delivering);
    QCOMPARE(s.t.stock(QStringLiteral("A")).onHand, 8);
    // The delivery started once, after the part that settled it.
    QCOMPARE(s.t.eventTypes(id).count(QStringLiteral("DeliveryStarted")), 1);
    QVERIFY(s.t.shop->orders.completeDelivery(id).ok());

    // One of the two A back, restocked: 5,500 refunded to the card first.
    ReturnOptions options;
    options.reason = QStringLiteral("고객 변심");
    QCOMPARE(s.t.shop->orders.refundFor(id, {{QStringLiteral("A"), 1}}).value(), 5500);
    auto returned = s.t.shop->orders.returnLines(id, {{QStringLiteral("A"), 1}}, options);
    QVERIFY2(returned.ok(), qPrintable(returned.ok() ? QString() : returned.error().message));
    QCOMPARE(returned->order.total(), 10500);
    QCOMPARE(returned->order.status(), OrderStatus::Delivered);
    QCOMPARE(returned->returns.size(), 1);
    QCOMPARE(returned->returns.first().refund, 5500);
    QCOMPARE(returned->returns.first().refundParts,
             (QList<Events::PaymentRefunded::Part>{{2, PaymentMethod::Card, 5500}}));
    QCOMPARE(returned->payments.at(1).refunded(), 5500);
    QCOMPARE(returned->paid(), 10500);
    QCOMPARE(s.t.stock(QStringLiteral("A")).onHand, 9);
    // A larger return than what is left is refused.
    QCOMPARE(s.t.shop->orders.returnLines(id, {{QStringLiteral("A"), 2}}, options).error().code,
             ErrorCode::InvalidInput);
    // The rest, the rice written off: the order is cancelled, every won back.
    options.writeOff = true;
    auto rest = s.t.shop->orders.returnLines(
        id, {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}, {QStringLiteral("R"), 1}},
        options);
    QVERIFY(rest.ok());
    QCOMPARE(rest->order.status(), OrderStatus::Cancelled);
    QCOMPARE(rest->paid(), 0);
    QCOMPARE(s.t.stock(QStringLiteral("A")).onHand, 9); // written off: not back
    QCOMPARE(s.t.shop->orders.orderView(id)->total, 0);
    QCOMPARE(s.t.shop->orders.orderView(id)->status, QStringLiteral("cancelled"));
    const AuditReport report = s.t.audit();
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
}

void tst_Sale::cancellingAnOrderPaidInPartsRefundsEachPart()
{
    Shop s;
    const QString id = s.place().order.orderId();
    QVERIFY(s.t.shop->orders.pay(id, cash(6000, 6000)).ok());
    PaymentRequest part = card();
    part.amount = 4000;
    QVERIFY(s.t.shop->orders.pay(id, part).ok());
    auto cancelled = s.t.shop->orders.cancelOrder(id, QStringLiteral("changed mind"));
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->paid(), 0);
    QCOMPARE(cancelled->payments.at(0).refunded(), 6000);
    QCOMPARE(cancelled->payments.at(1).refunded(), 4000);
    QCOMPARE(s.t.eventTypes(id).count(QStringLiteral("PaymentRefunded")), 1);
    QCOMPARE(s.t.stock(QStringLiteral("A")).reserved, 0);
    QVERIFY(s.t.audit().errors.isEmpty());
}

void tst_Sale::returnBeforeDeliveryReleases()
{
    Shop s;
    const QString id = s.place().order.orderId();
    QCOMPARE(s.t.stock(QStringLiteral("A")).reserved, 2);
    QVERIFY(s.t.shop->orders.pay(id, cash(10000, 10000)).ok());
    // 6,000 are left to pay; returning one A (5,500) and B (2,000) leaves 8,500 of which
    // 10,000 is paid: 1,500 back in cash, and the order is paid, so its delivery starts.
    auto returned = s.t.shop->orders.returnLines(
        id, {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}}, ReturnOptions{});
    QVERIFY(returned.ok());
    QCOMPARE(returned->returns.first().stock, ReturnStock::Release);
    QCOMPARE(returned->returns.first().refund, 1500);
    QCOMPARE(returned->order.status(), OrderStatus::Delivering);
    QCOMPARE(s.t.stock(QStringLiteral("A")).reserved, 0);
    QCOMPARE(s.t.stock(QStringLiteral("A")).onHand, 9);
    QCOMPARE(s.t.stock(QStringLiteral("B")).onHand, 10);
    QVERIFY(s.t.audit().errors.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Sale)
#include "tst_sale.moc"
