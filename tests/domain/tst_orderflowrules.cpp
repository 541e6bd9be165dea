// OrderFlow: whether another terminal's event about an order may happen, as both the hub and
// every terminal ask it. One row per rule of orderflow.h, each refused and admitted.

#include "orderflow.h"

#include <QTest>

using namespace ShopDesk;

Q_DECLARE_METATYPE(ShopDesk::EventPayload)

namespace {

const QString orderId = QStringLiteral("B-000001");
const QString deliveryId = QStringLiteral("D-B-000001");

enum class State {
    Unknown,
    Placed,
    Paid,
    Delivering,
    Delivered,
    CancelledUnpaid,
    CancelledPaid,
    DeliveryCancelled,
    Refunded
};

OrderFlow flowIn(State state)
{
    OrderFlow flow;
    flow.orderId = orderId;
    if (state == State::Unknown)
        return flow;
    flow.owner = QStringLiteral("B");
    switch (state) {
    case State::Unknown:
    case State::Placed:
        break;
    case State::Paid:
        flow.status = OrderStatus::Paid;
        flow.payment = PaymentStatus::Approved;
        break;
    case State::Delivering:
        flow.status = OrderStatus::Delivering;
        flow.payment = PaymentStatus::Approved;
        flow.delivery = DeliveryStatus::Started;
        break;
    case State::Delivered:
        flow.status = OrderStatus::Delivered;
        flow.payment = PaymentStatus::Approved;
        flow.delivery = DeliveryStatus::Completed;
        break;
    case State::CancelledUnpaid:
        flow.status = OrderStatus::Cancelled;
        break;
    case State::CancelledPaid:
        flow.status = OrderStatus::Cancelled;
        flow.payment = PaymentStatus::Approved;
        break;
    case State::DeliveryCancelled:
        flow.status = OrderStatus::Cancelled;
        flow.payment = PaymentStatus::Approved;
        flow.delivery = DeliveryStatus::Cancelled;
        break;
    case State::Refunded:
        flow.status = OrderStatus::Cancelled;
        flow.payment = PaymentStatus::Refunded;
        break;
    }
    return flow;
}

DomainEvent eventOf(const EventPayload &payload, const QString &origin,
                    const QString &order = orderId)
{
    DomainEvent event = makeEvent(payload, order);
    event.eventId = QStringLiteral("e-1");
    event.origin = origin;
    return event;
}

EventPayload placed()
{
    return Events::OrderPlaced{{QStringLiteral("Kim"), {}, {}},
                               {{QStringLiteral("P1"), QStringLiteral("Apple"), 1, 1000}},
                               1000};
}

} // namespace

class tst_OrderFlowRules : public QObject
{
    Q_OBJECT

private slots:
    void ownerOfAnOrderId_data();
    void ownerOfAnOrderId();
    void admit_data();
    void admit();
    void applyFollowsTheFlow();
};

void tst_OrderFlowRules::ownerOfAnOrderId_data()
{
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("owner");
    QTest::newRow("plain") << "B-000001"
                           << "B";
    QTest::newRow("name with a dash") << "T-2-000010"
                                      << "T-2";
    QTest::newRow("longer number") << "POS_1-1234567"
                                   << "POS_1";
    QTest::newRow("no number") << "B-"
                               << "";
    QTest::newRow("no dash") << "B000001"
                             << "";
    QTest::newRow("letters after") << "B-00001x"
                                   << "";
    QTest::newRow("starts with a digit") << "1B-000001"
                                         << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("hangul") << QStringLiteral("가-000001") << "";
}

void tst_OrderFlowRules::ownerOfAnOrderId()
{
    QFETCH(QString, orderId);
    QFETCH(QString, owner);
    QCOMPARE(orderIdOwner(orderId), owner);
}

void tst_OrderFlowRules::admit_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<EventPayload>("payload");
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<int>("expected"); // -1: admitted, else the ErrorCode

    const int ok = -1;
    const int forbidden = int(ErrorCode::Forbidden);
    const int impossible = int(ErrorCode::InvalidState);
    const auto row = [&](const char *name, State state, const char *origin,
                         const EventPayload &payload, int expected,
                         const QString &order = orderId) {
        QTest::newRow(name) << int(state) << QString::fromLatin1(origin) << payload << order
                            << expected;
    };
    const Events::OrderCancelled cancel{QStringLiteral("changed mind"), OrderStatus::Paid};
    const Events::PaymentApproved pay{PaymentMethod::Cash, 1000, 1000, {}};
    const Events::PaymentRefunded refund{PaymentMethod::Cash, 1000, QStringLiteral("x")};

    // Ownership: the terminal named in the id, and the one that placed it.
    row("placed by its owner", State::Unknown, "B", placed(), ok);
    row("placed under another's id", State::Unknown, "A", placed(), forbidden);
    row("placed under no terminal's id", State::Unknown, "A", placed(), forbidden,
        QStringLiteral("X1"));
    row("placed twice", State::Placed, "B", placed(), impossible);
    row("cancelled by another", State::Paid, "A", cancel, forbidden);
    row("refunded by another", State::CancelledPaid, "A", refund, forbidden);
    row("completed by another", State::Delivering, "A", Events::DeliveryCompleted{deliveryId},
        forbidden);
    row("stock moved by another", State::Placed, "A",
        Events::StockReserved{QStringLiteral("P1"), 1}, forbidden);
    row("slip printed anywhere", State::Delivering, "A",
        Events::SlipPrinted{deliveryId, 1, QStringLiteral("A5"), QStringLiteral("ko")}, ok);
    row("slip of no delivery", State::Paid, "A",
        Events::SlipPrinted{deliveryId, 1, QStringLiteral("A5"), QStringLiteral("ko")}, impossible);
    row("event of an unknown order", State::Unknown, "B", cancel, impossible);

    // Possible in the order's state.
    row("paid while placed", State::Placed, "B", pay, ok);
    row("paid twice", State::Paid, "B", pay, impossible);
    row("paid when cancelled", State::CancelledUnpaid, "B", pay, impossible);
    row("cancelled while placed", State::Placed, "B", cancel, ok);
    row("cancelled while delivering", State::Delivering, "B", cancel, ok);
    row("cancelled when delivered", State::Delivered, "B", cancel, impossible);
    row("cancelled twice", State::CancelledPaid, "B", cancel, impossible);
    row("refund of an approved payment", State::CancelledPaid, "B", refund, ok);
    row("refund without a payment", State::CancelledUnpaid, "B", refund, impossible);
    row("refund twice", State::Refunded, "B", refund, impossible);
    row("delivery of a paid order", State::Paid, "B", Events::DeliveryStarted{deliveryId}, ok);
    row("delivery under another id", State::Paid, "B",
        Events::DeliveryStarted{QStringLiteral("D-A-000001")}, impossible);
    row("delivery of an unpaid order", State::Placed, "B", Events::DeliveryStarted{deliveryId},
        impossible);
    row("delivery started twice", State::Delivering, "B", Events::DeliveryStarted{deliveryId},
        impossible);
    row("completed while started", State::Delivering, "B", Events::DeliveryCompleted{deliveryId},
        ok);
    row("completed when cancelled", State::DeliveryCancelled, "B",
        Events::DeliveryCompleted{deliveryId}, impossible);
    row("completed without delivery", State::Paid, "B", Events::DeliveryCompleted{deliveryId},
        impossible);
    row("delivery cancelled while started", State::Delivering, "B",
        Events::DeliveryCancelled{deliveryId, QStringLiteral("x")}, ok);
    row("delivery cancelled when delivered", State::Delivered, "B",
        Events::DeliveryCancelled{deliveryId, QStringLiteral("x")}, impossible);
    row("reserved for a placed order", State::Placed, "B",
        Events::StockReserved{QStringLiteral("P1"), 1}, ok);
    row("reserved for a paid order", State::Paid, "B",
        Events::StockReserved{QStringLiteral("P1"), 1}, impossible);
    row("released for a cancelled order", State::CancelledUnpaid, "B",
        Events::StockReleased{QStringLiteral("P1"), 1}, ok);
    // Units returned before the delivery starts release their reservation.
    row("released for an open order", State::Placed, "B",
        Events::StockReleased{QStringLiteral("P1"), 1}, ok);
    row("released once the delivery started", State::Delivering, "B",
        Events::StockReleased{QStringLiteral("P1"), 1}, impossible);
    row("decreased for a started delivery", State::Delivering, "B",
        Events::StockDecreased{QStringLiteral("P1"), 1}, ok);
    row("decreased without delivery", State::Paid, "B",
        Events::StockDecreased{QStringLiteral("P1"), 1}, impossible);
    row("increased for a cancelled delivery", State::DeliveryCancelled, "B",
        Events::StockIncreased{QStringLiteral("P1"), 1}, ok);
    // Units returned while the delivery runs come back to stock.
    row("increased for a running delivery", State::Delivering, "B",
        Events::StockIncreased{QStringLiteral("P1"), 1}, ok);
    row("increased before any delivery", State::Paid, "B",
        Events::StockIncreased{QStringLiteral("P1"), 1}, impossible);
    row("lines returned from a delivered order", State::Delivered, "B",
        Events::OrderLinesReturned{1, {{QStringLiteral("P1"), 1}}, ReturnStock::Restock, {}, 0,
                                   0, false, true},
        ok);
    row("lines returned from a cancelled order", State::CancelledPaid, "B",
        Events::OrderLinesReturned{1, {{QStringLiteral("P1"), 1}}, ReturnStock::Release, {}, 0,
                                   0, false, true},
        impossible);
    row("another terminal returns lines", State::Delivered, "A",
        Events::OrderLinesReturned{1, {{QStringLiteral("P1"), 1}}, ReturnStock::Restock, {}, 0,
                                   0, false, true},
        forbidden);
    row("a receipt printed anywhere", State::Paid, "A",
        Events::ReceiptPrinted{0, 2, QStringLiteral("roll80"), QStringLiteral("ko")}, ok);
    row("a product event naming an order", State::Placed, "B",
        Events::StockAdjusted{QStringLiteral("P1"),
                              5,
                              Events::StockAdjusted::Kind::Receive,
                              {},
                              std::nullopt,
                              std::nullopt},
        impossible);
}

void tst_OrderFlowRules::admit()
{
    QFETCH(int, state);
    QFETCH(QString, origin);
    QFETCH(EventPayload, payload);
    QFETCH(QString, orderId);
    QFETCH(int, expected);

    OrderFlow flow = flowIn(State(state));
    flow.orderId = orderId;
    const DomainEvent event = eventOf(payload, origin, orderId);
    const Status admitted = flow.admit(event, payload);
    if (expected < 0) {
        QVERIFY2(admitted.ok(), qPrintable(admitted.error().message));
        return;
    }
    QVERIFY(!admitted.ok());
    QCOMPARE(int(admitted.error().code), expected);
    // The reason names the event and the order, for remote_problems and the hub's log.
    QVERIFY2(admitted.error().message.contains(orderId), qPrintable(admitted.error().message));
    QVERIFY(admitted.error().message.contains(event.type));
}

void tst_OrderFlowRules::applyFollowsTheFlow()
{
    // A whole paid-then-cancelled flow of B, admitted event by event from nothing.
    OrderFlow flow;
    const QList<EventPayload> flowEvents{
        placed(),
        Events::StockReserved{QStringLiteral("P1"), 1},
        Events::PaymentApproved{PaymentMethod::Cash, 1000, 1000, {}},
        Events::DeliveryStarted{deliveryId},
        Events::StockDecreased{QStringLiteral("P1"), 1},
        Events::OrderCancelled{QStringLiteral("x"), OrderStatus::Delivering},
        Events::DeliveryCancelled{deliveryId, QStringLiteral("x")},
        Events::PaymentRefunded{PaymentMethod::Cash, 1000, QStringLiteral("x")},
        Events::StockIncreased{QStringLiteral("P1"), 1},
    };
    for (const EventPayload &payload : flowEvents) {
        const DomainEvent event = eventOf(payload, QStringLiteral("B"));
        const Status admitted = flow.admit(event, payload);
        QVERIFY2(admitted.ok(), qPrintable(event.type + QLatin1Char(' ') +
                                           (admitted.ok() ? QString() : admitted.error().message)));
        flow.apply(event, payload);
    }
    QCOMPARE(flow.owner, QStringLiteral("B"));
    QCOMPARE(flow.status, OrderStatus::Cancelled);
    QCOMPARE(flow.payment, PaymentStatus::Refunded);
    QCOMPARE(flow.delivery, DeliveryStatus::Cancelled);
    // And nothing more may happen to it.
    const EventPayload again = Events::PaymentRefunded{PaymentMethod::Cash, 1000, {}};
    QVERIFY(!flow.admit(eventOf(again, QStringLiteral("B")), again).ok());
}

QTEST_GUILESS_MAIN(tst_OrderFlowRules)
#include "tst_orderflowrules.moc"
