// The seven rules of ARCHITECTURE.md and each cancellation path, driven through the real
// services on a real SQLite file, the way a clerk's actions would drive them.
#include "testshop.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUuid>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_OrderFlow : public QObject
{
    Q_OBJECT

private slots:
    void rule1_orderWithSeveralLines();
    void rule2_shortStockRefusesAndChangesNothing();
    void rule2_reservationsNeverPromiseTheLastUnitTwice();
    void rule3_payCashWithChange();
    void rule3_payCard();
    void rule4and5_paymentStartsDeliveryWhichDecreasesStock();
    void rule6and7_cancelPaidOrderCancelsDeliveryAndRestocks();
    void cancelUnpaidReleasesReservation();
    void cancelDeliveredIsRefused();
    void cancelTwiceIsRefused();
    void completeDelivery();
    void completeCancelledDeliveryIsRefused();
    void everyEventCarriesTheFlowKeyOriginAndActor();
    void signalsOnlyAfterCommit();
    void readModelFollowsEventsAndRebuilds();

private:
    QString placeOne(TestShop &t, const QList<OrderRequestLine> &lines)
    {
        auto placed =
            t.shop->orders.placeOrder({QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                                       QStringLiteral("서울특별시 강남구 테헤란로 1")},
                                      lines);
        if (!placed)
            qFatal("place failed: %s", qPrintable(placed.error().message));
        return placed->order.orderId();
    }
};

void tst_OrderFlow::rule1_orderWithSeveralLines()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1200, 10);
    t.product(QStringLiteral("P2"), 3000, 5);
    auto placed = t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}},
                                            {{QStringLiteral("P1"), 2}, {QStringLiteral("P2"), 1}});
    QVERIFY(placed.ok());
    QCOMPARE(placed->order.orderId(), QStringLiteral("T1-000001"));
    QCOMPARE(placed->order.status(), OrderStatus::Placed);
    QCOMPARE(placed->order.lines().size(), 2);
    QCOMPARE(placed->order.lines().at(0).price, 1200); // unit price at the time of the order
    QCOMPARE(placed->order.total(), 2 * 1200 + 3000);
    QVERIFY(!placed->firstPayment());
    QVERIFY(!placed->delivery);
    QCOMPARE(t.eventTypes(QStringLiteral("T1-000001")),
             (QStringList{QStringLiteral("OrderPlaced"), QStringLiteral("StockReserved"),
                          QStringLiteral("StockReserved")}));
    QCOMPARE(placeOne(t, {{QStringLiteral("P1"), 1}}), QStringLiteral("T1-000002"));
}

void tst_OrderFlow::rule2_shortStockRefusesAndChangesNothing()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 3);
    t.product(QStringLiteral("P2"), 1000, 1);
    t.product(QStringLiteral("P3"), 1000, 9);
    const qint64 eventsBefore = t.eventCount();

    auto refused = t.shop->orders.placeOrder(
        {QStringLiteral("Kim"), {}, {}},
        {{QStringLiteral("P1"), 5}, {QStringLiteral("P2"), 2}, {QStringLiteral("P3"), 1}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InsufficientStock);
    const QJsonArray shortages =
        refused.error().details.value(QStringLiteral("shortages")).toArray();
    QCOMPARE(shortages.size(), 2); // both short products are named, the available one is not
    QCOMPARE(shortages.at(0).toObject().value(QStringLiteral("productId")).toString(),
             QStringLiteral("P1"));
    QCOMPARE(shortages.at(0).toObject().value(QStringLiteral("short")).toInteger(), 2);
    QCOMPARE(shortages.at(1).toObject().value(QStringLiteral("productId")).toString(),
             QStringLiteral("P2"));

    QCOMPARE(t.eventCount(), eventsBefore);
    QCOMPARE(t.stock(QStringLiteral("P1")).reserved, 0);
    QCOMPARE(t.stock(QStringLiteral("P3")).reserved, 0);
    QVERIFY(t.shop->orders.orders().value().isEmpty());
    // The refused order used no order number.
    QCOMPARE(placeOne(t, {{QStringLiteral("P3"), 1}}), QStringLiteral("T1-000001"));
}

void tst_OrderFlow::rule2_reservationsNeverPromiseTheLastUnitTwice()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 1);
    placeOne(t, {{QStringLiteral("P1"), 1}});
    QCOMPARE(t.stock(QStringLiteral("P1")).available(), 0);
    auto second =
        t.shop->orders.placeOrder({QStringLiteral("Lee"), {}, {}}, {{QStringLiteral("P1"), 1}});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::InsufficientStock);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 1);
    QCOMPARE(t.stock(QStringLiteral("P1")).reserved, 1);
}

void tst_OrderFlow::rule3_payCashWithChange()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 12000, 5);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 2}});
    auto paid = t.shop->orders.payOrder(id, PaymentMethod::Cash, 30000);
    QVERIFY(paid.ok());
    QCOMPARE(paid->firstPayment()->method(), PaymentMethod::Cash);
    QCOMPARE(paid->firstPayment()->amount(), 24000);
    QCOMPARE(paid->firstPayment()->tendered(), 30000);
    QCOMPARE(paid->firstPayment()->change(), 6000);
    QCOMPARE(paid->firstPayment()->status(), PaymentStatus::Approved);

    auto twice = t.shop->orders.payOrder(id, PaymentMethod::Cash, 30000);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::InvalidState);
}

void tst_OrderFlow::rule3_payCard()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 5000, 5);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 1}});
    const qint64 eventsBefore = t.eventCount();
    auto low = t.shop->orders.payOrder(id, PaymentMethod::Cash, 4999);
    QVERIFY(!low.ok());
    QCOMPARE(low.error().code, ErrorCode::InvalidInput);
    QCOMPARE(t.eventCount(), eventsBefore);
    QCOMPARE(t.order(id).order.status(), OrderStatus::Placed);

    auto paid = t.shop->orders.payOrder(id, PaymentMethod::Card);
    QVERIFY(paid.ok());
    QCOMPARE(paid->firstPayment()->method(), PaymentMethod::Card);
    QCOMPARE(paid->firstPayment()->approvalCode().size(), 8);
}

void tst_OrderFlow::rule4and5_paymentStartsDeliveryWhichDecreasesStock()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 10);
    t.product(QStringLiteral("P2"), 2000, 4);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 3}, {QStringLiteral("P2"), 4}});
    auto paid = t.shop->orders.payOrder(id, PaymentMethod::Card);
    QVERIFY(paid.ok());
    // The command returns after its policies ran.
    QCOMPARE(paid->order.status(), OrderStatus::Delivering);
    QVERIFY(paid->delivery.has_value());
    QCOMPARE(paid->delivery->status(), DeliveryStatus::Started);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 7);
    QCOMPARE(t.stock(QStringLiteral("P1")).reserved, 0);
    QCOMPARE(t.stock(QStringLiteral("P2")).onHand, 0);
    QCOMPARE(t.eventTypes(id),
             (QStringList{QStringLiteral("OrderPlaced"), QStringLiteral("StockReserved"),
                          QStringLiteral("StockReserved"), QStringLiteral("PaymentApproved"),
                          QStringLiteral("DeliveryStarted"), QStringLiteral("StockDecreased"),
                          QStringLiteral("StockDecreased")}));

    // Each policy effect names the event it reacted to.
    EventQuery query;
    query.orderId = id;
    const QList<DomainEvent> events = t.shop->orders.events(query).value();
    QCOMPARE(events.at(4).causationId, events.at(3).eventId);
    QCOMPARE(events.at(5).causationId, events.at(4).eventId);
    QVERIFY(t.audit().ok());
}

void tst_OrderFlow::rule6and7_cancelPaidOrderCancelsDeliveryAndRestocks()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 10);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 4}});
    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Cash, 5000).ok());
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 6);

    auto cancelled = t.shop->orders.cancelOrder(id, QStringLiteral("customer called"));
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->order.status(), OrderStatus::Cancelled);
    QCOMPARE(cancelled->delivery->status(), DeliveryStatus::Cancelled);
    QCOMPARE(cancelled->firstPayment()->status(), PaymentStatus::Refunded);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 10);
    QCOMPARE(t.stock(QStringLiteral("P1")).reserved, 0);
    const QStringList types = t.eventTypes(id);
    QCOMPARE(types.mid(5),
             (QStringList{QStringLiteral("OrderCancelled"), QStringLiteral("DeliveryCancelled"),
                          QStringLiteral("PaymentRefunded"), QStringLiteral("StockIncreased")}));
    QVERIFY(t.audit().ok());
}

void tst_OrderFlow::cancelUnpaidReleasesReservation()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 5}});
    QCOMPARE(t.stock(QStringLiteral("P1")).available(), 0);
    auto cancelled = t.shop->orders.cancelOrder(id);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->order.status(), OrderStatus::Cancelled);
    QVERIFY(!cancelled->firstPayment());
    QVERIFY(!cancelled->delivery);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 5);
    QCOMPARE(t.stock(QStringLiteral("P1")).available(), 5);
    QCOMPARE(t.eventTypes(id).mid(2),
             (QStringList{QStringLiteral("OrderCancelled"), QStringLiteral("StockReleased")}));
    auto pay = t.shop->orders.payOrder(id, PaymentMethod::Card);
    QVERIFY(!pay.ok());
    QCOMPARE(pay.error().code, ErrorCode::InvalidState);
    QVERIFY(t.audit().ok());
}

void tst_OrderFlow::cancelDeliveredIsRefused()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 1}});
    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Card).ok());
    QVERIFY(t.shop->orders.completeDelivery(id).ok());
    const qint64 before = t.eventCount();
    auto refused = t.shop->orders.cancelOrder(id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidState);
    QCOMPARE(t.eventCount(), before);
    QCOMPARE(t.order(id).order.status(), OrderStatus::Delivered);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 4);
}

void tst_OrderFlow::cancelTwiceIsRefused()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 2}});
    QVERIFY(t.shop->orders.cancelOrder(id).ok());
    const qint64 before = t.eventCount();
    auto again = t.shop->orders.cancelOrder(id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidState);
    QCOMPARE(t.eventCount(), before);
    QCOMPARE(t.stock(QStringLiteral("P1")).available(), 5); // released once, not twice
}

void tst_OrderFlow::completeDelivery()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 2}});
    auto early = t.shop->orders.completeDelivery(id);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::InvalidState);

    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Cash).ok());
    auto done = t.shop->orders.completeDelivery(id);
    QVERIFY(done.ok());
    QCOMPARE(done->order.status(), OrderStatus::Delivered);
    QCOMPARE(done->delivery->status(), DeliveryStatus::Completed);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 3);
    QCOMPARE(t.eventTypes(id).last(), QStringLiteral("DeliveryCompleted"));

    auto unknown = t.shop->orders.completeDelivery(QStringLiteral("T1-999999"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void tst_OrderFlow::completeCancelledDeliveryIsRefused()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 2}});
    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Cash).ok());
    QVERIFY(t.shop->orders.cancelOrder(id).ok());
    const qint64 before = t.eventCount();
    auto refused = t.shop->orders.completeDelivery(id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidState);
    QCOMPARE(t.eventCount(), before);
    QCOMPARE(t.order(id).delivery->status(), DeliveryStatus::Cancelled);
}

void tst_OrderFlow::everyEventCarriesTheFlowKeyOriginAndActor()
{
    TestShop t(QStringLiteral("K2"));
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id = placeOne(t, {{QStringLiteral("P1"), 2}});
    QCOMPARE(id, QStringLiteral("K2-000001"));
    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Card).ok());
    QVERIFY(t.shop->orders.cancelOrder(id).ok());
    EventQuery query;
    query.orderId = id;
    const QList<DomainEvent> events = t.shop->orders.events(query).value();
    QCOMPARE(events.size(), 9);
    QSet<QString> ids;
    qint64 lastOriginSeq = 0;
    for (const DomainEvent &e : events) {
        QCOMPARE(e.orderId, id);
        QCOMPARE(e.origin, QStringLiteral("K2"));
        QCOMPARE(e.actor, QStringLiteral("tester"));
        QVERIFY(!QUuid::fromString(e.eventId).isNull());
        QCOMPARE(e.eventId.at(14), QLatin1Char('7')); // version 7: time-ordered
        QVERIFY(e.originSeq > lastOriginSeq);
        lastOriginSeq = e.originSeq;
        ids.insert(e.eventId);
    }
    QCOMPARE(ids.size(), events.size());
}

void tst_OrderFlow::signalsOnlyAfterCommit()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 2);
    QSignalSpy committed(&t.shop->bus, &EventBus::eventCommitted);
    QSignalSpy orderChanged(&t.shop->bus, &EventBus::orderChanged);
    QSignalSpy stockChanged(&t.shop->bus, &EventBus::stockChanged);
    QVERIFY(committed.isValid());
    QVERIFY(orderChanged.isValid());
    QVERIFY(stockChanged.isValid());

    // A refused command signals nothing.
    QVERIFY(!t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 3}})
                 .ok());
    QCOMPARE(committed.count(), 0);

    // When a signal arrives, a second connection already sees its event: it was committed.
    SqliteOptions options;
    options.path = t.path();
    auto observer = SqliteStore::open(options);
    QVERIFY(observer.ok());
    QStringList seenCommitted;
    connect(&t.shop->bus, &EventBus::eventCommitted, this, [&](const DomainEvent &event) {
        EventQuery query;
        query.afterSeq = event.seq - 1;
        query.limit = 1;
        const QList<DomainEvent> stored = observer.value()->events(query).value();
        if (!stored.isEmpty() && stored.first().eventId == event.eventId)
            seenCommitted << stored.first().type;
    });
    const QString id = placeOne(t, {{QStringLiteral("P1"), 2}});
    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Card).ok());
    // The order's phone is new to the book: its customer is saved in the order's transaction.
    QCOMPARE(seenCommitted,
             (QStringList{QStringLiteral("OrderPlaced"), QStringLiteral("StockReserved"),
                          QStringLiteral("CustomerRegistered"), QStringLiteral("PaymentApproved"),
                          QStringLiteral("DeliveryStarted"), QStringLiteral("StockDecreased")}));
    QCOMPARE(committed.count(), 6);
    QVERIFY(orderChanged.count() >= 3);
    QVERIFY(stockChanged.count() >= 2);
    QCOMPARE(stockChanged.last().first().toString(), QStringLiteral("P1"));
}

void tst_OrderFlow::readModelFollowsEventsAndRebuilds()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 50);
    const QString placed = placeOne(t, {{QStringLiteral("P1"), 1}});
    const QString paid = placeOne(t, {{QStringLiteral("P1"), 2}});
    const QString delivered = placeOne(t, {{QStringLiteral("P1"), 3}});
    const QString cancelled = placeOne(t, {{QStringLiteral("P1"), 4}});
    QVERIFY(t.shop->orders.payOrder(paid, PaymentMethod::Cash).ok());
    QVERIFY(t.shop->orders.payOrder(delivered, PaymentMethod::Card).ok());
    QVERIFY(t.shop->orders.completeDelivery(delivered).ok());
    QVERIFY(t.shop->orders.cancelOrder(cancelled).ok());

    auto statusOf = [&](const QString &id) { return t.store->findOrderView(id).value()->status; };
    QCOMPARE(statusOf(placed), QStringLiteral("placed"));
    QCOMPARE(statusOf(paid), QStringLiteral("delivering"));
    QCOMPARE(statusOf(delivered), QStringLiteral("delivered"));
    QCOMPARE(statusOf(cancelled), QStringLiteral("cancelled"));

    ListQuery delivering;
    delivering.status = QStringLiteral("delivering");
    QCOMPARE(t.shop->orders.orders(delivering).value().size(), 1);
    ListQuery deliveries;
    QCOMPARE(t.shop->orders.deliveries(deliveries).value().size(), 2);
    ListQuery search;
    search.search = QStringLiteral("민수");
    QCOMPARE(t.shop->orders.orders(search).value().size(), 4);

    QList<OrderView> before = t.shop->orders.orders().value();
    QVERIFY(t.store->rebuildReadModel().ok());
    QCOMPARE(t.shop->orders.orders().value(), before);
    QVERIFY(t.audit().ok());
}

QTEST_GUILESS_MAIN(tst_OrderFlow)
#include "tst_orderflow.moc"
