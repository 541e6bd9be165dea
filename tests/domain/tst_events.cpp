#include "events.h"
#include "order.h"
#include "orderview.h"
#include "stockitem.h"

#include <QJsonArray>
#include <QTest>

using namespace ShopDesk;

class tst_Events : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeHasASample();
    void roundTrip_data();
    void roundTrip();
    void malformedPayloadsAreErrors_data();
    void malformedPayloadsAreErrors();
    void versionsDecode();
    void stockEffects_data();
    void stockEffects();
    void orderStatusAfterEvents();
    void stockItemAppliesRemoteEvents();
    void orderAppliesItsEvents();
    void reserveOrderNamesEveryShortLine();
    void reserveOrderReservesAllLines();
};

namespace {

const QString orderId = QStringLiteral("T1-000001");
const QString productId = QStringLiteral("P1");

// One event of each type, as the aggregates write them.
QList<DomainEvent> samples()
{
    using Kind = Events::StockAdjusted::Kind;
    const Product product{productId, QStringLiteral("사과 Apple"), 1200, QStringLiteral("8801"), 3};
    ProductEdit changed;
    changed.price = 1500;
    changed.barcode = QString();
    ProductEdit previous;
    previous.price = 1200;
    previous.barcode = QStringLiteral("8801");
    CustomerRecord customer;
    customer.customerId = QStringLiteral("T1-C000001");
    customer.name = QStringLiteral("김민수");
    customer.phones = {QStringLiteral("010-1234-5678"), QStringLiteral("02 555 0101")};
    customer.addresses = {QStringLiteral("서울 강남구 테헤란로 1")};
    customer.note = QStringLiteral("문 앞에 두세요");
    CustomerEdit customerChanged;
    customerChanged.addresses =
        QStringList{QStringLiteral("서울 강남구 테헤란로 1"), QStringLiteral("부산 해운대구 1")};
    customerChanged.note = QString();
    CustomerEdit customerPrevious;
    customerPrevious.addresses = customer.addresses;
    customerPrevious.note = customer.note;
    return {
        makeEvent(Events::OrderPlaced{{QStringLiteral("김민수"), QStringLiteral("010"), {}},
                                      {{productId, QStringLiteral("Apple"), 2, 1200}},
                                      2400},
                  orderId),
        makeEvent(Events::OrderCancelled{QStringLiteral("changed mind"), OrderStatus::Paid},
                  orderId),
        makeEvent(Events::PaymentApproved{PaymentMethod::Cash, 2400, 3000, {}}, orderId),
        makeEvent(Events::PaymentRefunded{PaymentMethod::Card, 2400, QStringLiteral("r")}, orderId),
        makeEvent(Events::DeliveryStarted{QStringLiteral("D-T1-000001")}, orderId),
        makeEvent(Events::DeliveryCompleted{QStringLiteral("D-T1-000001")}, orderId),
        makeEvent(Events::DeliveryCancelled{QStringLiteral("D-T1-000001"), QStringLiteral("r")},
                  orderId),
        makeEvent(Events::SlipPrinted{QStringLiteral("D-T1-000001"), 2, QStringLiteral("A5"),
                                      QStringLiteral("ko")},
                  orderId),
        makeEvent(Events::OrderLinesReturned{2,
                                             {{productId, 1}},
                                             ReturnStock::Restock,
                                             QStringLiteral("broken"),
                                             1200,
                                             1200,
                                             false,
                                             false},
                  orderId),
        makeEvent(Events::ReceiptPrinted{1, 2, QStringLiteral("roll80"), QStringLiteral("en")},
                  orderId),
        makeEvent(Events::DrawerOpened{DrawerCause::Refund, {}, QStringLiteral("tcp://10.0.0.9")},
                  orderId),
        makeEvent(Events::ShiftOpened{QStringLiteral("T1-S0001"), 100000}, {}),
        makeEvent(Events::CashMoved{QStringLiteral("T1-S0001"), CashMove::PayOut, 30000,
                                    QStringLiteral("택배비 courier")},
                  {}),
        makeEvent(
            Events::ShiftClosed{
                QStringLiteral("T1-S0001"), 70010, 70000, {{50000, 1}, {10000, 2}, {10, 1}}},
            {}),
        makeEvent(Events::ProductRegistered{product}, {}, productId),
        makeEvent(Events::ProductChanged{productId, changed, previous}, {}, productId),
        makeEvent(Events::StockReserved{productId, 2}, orderId, productId),
        makeEvent(Events::StockReleased{productId, 2}, orderId, productId),
        makeEvent(Events::StockDecreased{productId, 2}, orderId, productId),
        makeEvent(Events::StockIncreased{productId, 2}, orderId, productId),
        makeEvent(Events::StockAdjusted{productId, -3, Kind::Count, QStringLiteral("count"), 7, 10},
                  {}, productId),
        makeEvent(Events::UserCreated{QStringLiteral("민지"), Role::Manager}, {}),
        makeEvent(Events::UserPinChanged{QStringLiteral("민지"), Role::Manager}, {}),
        makeEvent(Events::UserRoleChanged{QStringLiteral("민지"), Role::Clerk}, {}),
        makeEvent(Events::UserDisabled{QStringLiteral("민지")}, {}),
        makeEvent(Events::UserEnabled{QStringLiteral("민지")}, {}),
        makeEvent(Events::UserLockedOut{QStringLiteral("민지"), 10,
                                        QDateTime(QDate(2026, 12, 3), QTime(9, 30, 30), Qt::UTC)},
                  {}),
        makeEvent(Events::UserUnlocked{QStringLiteral("민지")}, {}),
        makeEvent(Events::CustomerRegistered{customer}, {}),
        makeEvent(Events::CustomerChanged{customer.customerId, customerChanged, customerPrevious},
                  {}),
        makeEvent(Events::CustomerErased{customer.customerId}, {}),
    };
}

DomainEvent withPayload(QLatin1StringView type, const QJsonObject &payload)
{
    DomainEvent event = DomainEvent::make(type, orderId, productId, payload);
    event.eventId = QStringLiteral("e-1");
    return event;
}

} // namespace

void tst_Events::everyTypeHasASample()
{
    QStringList sampled;
    for (const DomainEvent &event : samples())
        sampled << event.type;
    QStringList all;
    for (const QLatin1StringView type : EventType::all())
        all << type;
    QCOMPARE(sampled, all);
}

void tst_Events::roundTrip_data()
{
    QTest::addColumn<DomainEvent>("event");
    for (const DomainEvent &event : samples())
        QTest::newRow(qPrintable(event.type)) << event;
}

void tst_Events::roundTrip()
{
    QFETCH(DomainEvent, event);
    const Result<EventPayload> decoded = decodePayload(event);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
    QCOMPARE(QString(eventTypeOf(decoded.value())), event.type);
    QCOMPARE(encodePayload(decoded.value()), event.payload);
}

void tst_Events::malformedPayloadsAreErrors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("named"); // what the message must name

    const QJsonObject move{{"productId", productId}, {"qty", 2}};
    QTest::newRow("unknown type") << "StockTeleported" << move << "StockTeleported";
    QTest::newRow("missing qty") << "StockReserved" << QJsonObject{{"productId", productId}}
                                 << "\"qty\"";
    QTest::newRow("qty as text") << "StockReleased"
                                 << QJsonObject{{"productId", productId}, {"qty", "2"}}
                                 << "\"qty\"";
    QTest::newRow("fractional qty")
        << "StockDecreased" << QJsonObject{{"productId", productId}, {"qty", 1.5}} << "\"qty\"";
    QTest::newRow("product id a number")
        << "StockIncreased" << QJsonObject{{"productId", 7}, {"qty", 1}} << "\"productId\"";
    QTest::newRow("unknown payment method")
        << "PaymentApproved" << QJsonObject{{"method", "barter"}, {"amount", 1}, {"tendered", 1}}
        << "barter";
    QTest::newRow("order without lines") << "OrderPlaced"
                                         << QJsonObject{{"customer", QJsonObject{{"name", "Kim"}}},
                                                        {"lines", QJsonArray()},
                                                        {"total", 0}}
                                         << "no lines";
    QTest::newRow("line not an object") << "OrderPlaced"
                                        << QJsonObject{{"customer", QJsonObject{{"name", "Kim"}}},
                                                       {"lines", QJsonArray{1}},
                                                       {"total", 0}}
                                        << "line";
    QTest::newRow("count without its figures")
        << "StockAdjusted"
        << QJsonObject{{"productId", productId}, {"delta", 1}, {"kind", "count"}, {"reason", ""}}
        << "\"counted\"";
    QTest::newRow("print copy 0") << "SlipPrinted"
                                  << QJsonObject{{"deliveryId", "D"},
                                                 {"copy", 0},
                                                 {"page", "A5"},
                                                 {"language", "ko"}}
                                  << "\"copy\"";
    QTest::newRow("disabled contradicts type")
        << "UserEnabled" << QJsonObject{{"name", "Kim"}, {"disabled", true}} << "disabled";
    QTest::newRow("lockout without failures")
        << "UserLockedOut"
        << QJsonObject{{"name", "Kim"},
                       {"failedLogins", 0},
                       {"lockedUntil", "2026-12-03T09:30:30Z"}}
        << "\"failedLogins\"";
    QTest::newRow("lockout until no time")
        << "UserLockedOut"
        << QJsonObject{{"name", "Kim"}, {"failedLogins", 5}, {"lockedUntil", "soon"}}
        << "\"lockedUntil\"";
    QTest::newRow("unlock without a name") << "UserUnlocked" << QJsonObject{} << "\"name\"";
    QTest::newRow("customer without phones") << "CustomerRegistered"
                                             << QJsonObject{{"customerId", "T1-C000001"},
                                                            {"name", "Kim"},
                                                            {"addresses", QJsonArray()},
                                                            {"note", ""}}
                                             << "\"phones\"";
    QTest::newRow("customer phone not a string") << "CustomerRegistered"
                                                 << QJsonObject{{"customerId", "T1-C000001"},
                                                                {"name", "Kim"},
                                                                {"phones", QJsonArray{1012345678}},
                                                                {"addresses", QJsonArray()},
                                                                {"note", ""}}
                                                 << "\"phones\"";
    QTest::newRow("customer change without previous")
        << "CustomerChanged" << QJsonObject{{"customerId", "T1-C000001"}, {"name", "Lee"}}
        << "\"previous\"";
    QTest::newRow("erasure without an id") << "CustomerErased" << QJsonObject{} << "\"customerId\"";
    QTest::newRow("drawer opened without its printer")
        << "DrawerOpened" << QJsonObject{{"cause", "manual"}} << "\"printer\"";
    QTest::newRow("drawer opened for no known cause")
        << "DrawerOpened" << QJsonObject{{"cause", "party"}, {"printer", "tcp://10.0.0.9"}}
        << "\"cause\"";
    QTest::newRow("float below zero")
        << "ShiftOpened" << QJsonObject{{"shiftId", "T1-S0001"}, {"openingFloat", -1}}
        << "\"openingFloat\"";
    QTest::newRow("cash moved sideways") << "CashMoved"
                                         << QJsonObject{{"shiftId", "T1-S0001"},
                                                        {"move", "sideways"},
                                                        {"amount", 5},
                                                        {"reason", "r"}}
                                         << "\"move\"";
    QTest::newRow("cash moved of nothing")
        << "CashMoved"
        << QJsonObject{{"shiftId", "T1-S0001"}, {"move", "payIn"}, {"amount", 0}, {"reason", "r"}}
        << "\"amount\"";
    QTest::newRow("cash moved without a reason")
        << "CashMoved" << QJsonObject{{"shiftId", "T1-S0001"}, {"move", "payIn"}, {"amount", 5}}
        << "\"reason\"";
    QTest::newRow("counts that do not add up")
        << "ShiftClosed"
        << QJsonObject{{"shiftId", "T1-S0001"},
                       {"counted", 100},
                       {"expected", 90},
                       {"counts", QJsonArray{QJsonObject{{"denomination", 50}, {"count", 1}}}}}
        << "\"counts\"";
    QTest::newRow("a denomination counted twice")
        << "ShiftClosed"
        << QJsonObject{{"shiftId", "T1-S0001"},
                       {"counted", 100},
                       {"expected", 90},
                       {"counts", QJsonArray{QJsonObject{{"denomination", 50}, {"count", 1}},
                                             QJsonObject{{"denomination", 50}, {"count", 1}}}}}
        << "twice";
    QTest::newRow("a negative count")
        << "ShiftClosed"
        << QJsonObject{{"shiftId", "T1-S0001"},
                       {"counted", 0},
                       {"expected", 90},
                       {"counts", QJsonArray{QJsonObject{{"denomination", 50}, {"count", -2}}}}}
        << "count";
    QTest::newRow("counted below zero")
        << "ShiftClosed" << QJsonObject{{"shiftId", "T1-S0001"}, {"counted", -1}, {"expected", 0}}
        << "\"counted\"";
    QTest::newRow("huge number") << "StockReserved"
                                 << QJsonObject{{"productId", productId}, {"qty", 1e300}}
                                 << "\"qty\"";

    // Every number has the range its command gives it (issue 12: a delta of 2^53 wrapped the
    // hub's stock), and every text its length.
    const auto line = [](qint64 qty, qint64 price) {
        return QJsonObject{
            {"productId", productId}, {"productName", "Apple"}, {"qty", qty}, {"price", price}};
    };
    const auto order = [](const QJsonArray &lines, qint64 total) {
        return QJsonObject{
            {"customer", QJsonObject{{"name", "Kim"}}}, {"lines", lines}, {"total", total}};
    };
    const auto adjust = [](qint64 delta) {
        return QJsonObject{
            {"productId", productId}, {"delta", delta}, {"kind", "receive"}, {"reason", ""}};
    };
    QTest::newRow("delta 2^53") << "StockAdjusted" << adjust(9007199254740992LL)
                                << "from -1000000000 to 1000000000";
    QTest::newRow("delta above the range")
        << "StockAdjusted" << adjust(1'000'000'001) << "\"delta\"";
    QTest::newRow("delta below the range")
        << "StockAdjusted" << adjust(-1'000'000'001) << "\"delta\"";
    QTest::newRow("delta 0") << "StockAdjusted" << adjust(0) << "\"delta\"";
    QTest::newRow("count whose delta is not counted - expected")
        << "StockAdjusted"
        << QJsonObject{{"productId", productId}, {"delta", 5},    {"kind", "count"},
                       {"reason", ""},           {"counted", 10}, {"expected", 3}}
        << "counted - expected";
    QTest::newRow("negative count")
        << "StockAdjusted"
        << QJsonObject{{"productId", productId}, {"delta", -4},   {"kind", "count"},
                       {"reason", ""},           {"counted", -1}, {"expected", 3}}
        << "\"counted\"";
    QTest::newRow("qty 0") << "StockReserved" << QJsonObject{{"productId", productId}, {"qty", 0}}
                           << "\"qty\"";
    QTest::newRow("qty above a line's")
        << "StockDecreased" << QJsonObject{{"productId", productId}, {"qty", 1'000'001}}
        << "\"qty\"";
    QTest::newRow("negative price") << "OrderPlaced" << order({line(1, -5)}, -5) << "\"price\"";
    QTest::newRow("price above the maximum")
        << "OrderPlaced" << order({line(1, 1'000'000'000'001LL)}, 1'000'000'000'001LL)
        << "\"price\"";
    QTest::newRow("total not the lines' sum")
        << "OrderPlaced" << order({line(2, 1000)}, 1000) << "what the lines come to";
    QTest::newRow("product on two lines")
        << "OrderPlaced" << order({line(1, 1000), line(1, 1000)}, 2000) << "two lines";
    QTest::newRow("total above any sum of money")
        << "OrderPlaced" << order({line(1, 1000)}, 9'000'000'000'000'001LL) << "\"total\"";
    QTest::newRow("negative payment")
        << "PaymentApproved" << QJsonObject{{"method", "cash"}, {"amount", -1}, {"tendered", 0}}
        << "\"amount\"";
    QTest::newRow("tendered below the amount")
        << "PaymentApproved" << QJsonObject{{"method", "cash"}, {"amount", 100}, {"tendered", 99}}
        << "\"tendered\"";
    QTest::newRow("refund above any sum")
        << "PaymentRefunded" << QJsonObject{{"method", "cash"}, {"amount", 9.1e15}, {"reason", ""}}
        << "\"amount\"";
    QTest::newRow("negative threshold") << "ProductRegistered"
                                        << QJsonObject{{"productId", productId},
                                                       {"productName", "Apple"},
                                                       {"price", 1},
                                                       {"lowStockThreshold", -1}}
                                        << "\"lowStockThreshold\"";
    QTest::newRow("product id too long")
        << "StockIncreased" << QJsonObject{{"productId", QString(65, QLatin1Char('P'))}, {"qty", 1}}
        << "at most 64";
    QTest::newRow("reason too long")
        << "OrderCancelled"
        << QJsonObject{{"reason", QString(1001, QChar(0xAC00))}, {"previousStatus", "placed"}}
        << "\"reason\"";
}

void tst_Events::malformedPayloadsAreErrors()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, named);
    DomainEvent event = withPayload(QLatin1StringView(type.toLatin1()), payload);
    event.type = type;
    const Result<EventPayload> decoded = decodePayload(event);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
    QVERIFY2(decoded.error().message.contains(named), qPrintable(decoded.error().message));
    QVERIFY2(decoded.error().message.contains(QStringLiteral("e-1")),
             qPrintable(decoded.error().message));
    QCOMPARE(decoded.error().details.value(QStringLiteral("eventId")).toString(), "e-1");
    // The projections take nothing from it.
    QVERIFY(!orderViewChange(event));
}

void tst_Events::versionsDecode()
{
    // Version 1 (no "v"), as every build so far wrote it: a card approval with its code.
    const QJsonObject v1{{"method", "card"}, {"amount", 2400},       {"tendered", 2400},
                         {"change", 0},      {"status", "approved"}, {"approvalCode", "42"}};
    const Result<EventPayload> old = decodePayload(EventType::PaymentApproved, v1);
    QVERIFY(old.ok());
    QCOMPARE(std::get<Events::PaymentApproved>(old.value()).approvalCode, QStringLiteral("42"));
    // A newer terminal's version with a field this build does not know still decodes, and
    // what this build needs is read.
    QJsonObject v3 = v1;
    v3.insert(QStringLiteral("v"), 3);
    v3.insert(QStringLiteral("part"), 1);
    v3.insert(QStringLiteral("settles"), true);
    v3.insert(QStringLiteral("splitInto"), 2);
    const Result<EventPayload> newer = decodePayload(EventType::PaymentApproved, v3);
    QVERIFY(newer.ok());
    QCOMPARE(std::get<Events::PaymentApproved>(newer.value()).amount, 2400);
    // Cash has no approval code: it is optional, not defaulted from something else.
    const Result<EventPayload> cash =
        decodePayload(EventType::PaymentApproved,
                      QJsonObject{{"method", "cash"}, {"amount", 1}, {"tendered", 5}});
    QVERIFY(cash.ok());
    QVERIFY(std::get<Events::PaymentApproved>(cash.value()).approvalCode.isEmpty());
}

void tst_Events::stockEffects_data()
{
    using Kind = Events::StockAdjusted::Kind;
    QTest::addColumn<DomainEvent>("event");
    QTest::addColumn<qint64>("onHand");
    QTest::addColumn<qint64>("reserved");
    QTest::newRow("reserved") << makeEvent(Events::StockReserved{productId, 4}, orderId, productId)
                              << qint64(0) << qint64(4);
    QTest::newRow("released") << makeEvent(Events::StockReleased{productId, 4}, orderId, productId)
                              << qint64(0) << qint64(-4);
    QTest::newRow("decreased") << makeEvent(Events::StockDecreased{productId, 4}, orderId,
                                            productId)
                               << qint64(-4) << qint64(-4);
    QTest::newRow("increased") << makeEvent(Events::StockIncreased{productId, 4}, orderId,
                                            productId)
                               << qint64(4) << qint64(0);
    QTest::newRow("loss") << makeEvent(Events::StockAdjusted{productId, -2, Kind::Loss, {}, {}, {}},
                                       {}, productId)
                          << qint64(-2) << qint64(0);
    // A count moves by its delta, never to its counted figure.
    QTest::newRow("count") << makeEvent(
                                  Events::StockAdjusted{productId, 5, Kind::Count, {}, 15, 10}, {},
                                  productId)
                           << qint64(5) << qint64(0);
}

void tst_Events::stockEffects()
{
    QFETCH(DomainEvent, event);
    QFETCH(qint64, onHand);
    QFETCH(qint64, reserved);
    const std::optional<StockEffect> effect = stockEffect(decodePayload(event).value());
    QVERIFY(effect);
    QCOMPARE(effect->productId, productId);
    QCOMPARE(effect->delta.onHand, onHand);
    QCOMPARE(effect->delta.reserved, reserved);
    // The rule table the SQL audit uses says the same.
    bool found = false;
    for (const StockEffectRule &rule : stockEffectRules()) {
        if (rule.type != event.type)
            continue;
        found = true;
        const qint64 amount = event.payload.value(rule.amountField).toInteger();
        QCOMPARE(rule.onHandSign * amount, onHand);
        QCOMPARE(rule.reservedSign * amount, reserved);
    }
    QVERIFY(found);
}

void tst_Events::orderStatusAfterEvents()
{
    QList<std::pair<QString, std::optional<OrderStatus>>> seen;
    for (const DomainEvent &event : samples())
        seen.append({event.type, orderStatusAfter(decodePayload(event).value())});
    for (const auto &[type, status] : seen) {
        if (type == EventType::OrderPlaced)
            QCOMPARE(status, OrderStatus::Placed);
        else if (type == EventType::PaymentApproved)
            QCOMPARE(status, OrderStatus::Paid);
        else if (type == EventType::DeliveryStarted)
            QCOMPARE(status, OrderStatus::Delivering);
        else if (type == EventType::DeliveryCompleted)
            QCOMPARE(status, OrderStatus::Delivered);
        else if (type == EventType::OrderCancelled)
            QCOMPARE(status, OrderStatus::Cancelled);
        else
            QVERIFY2(!status, qPrintable(type));
    }
}

void tst_Events::stockItemAppliesRemoteEvents()
{
    StockItem item(productId, 1, 1);
    // Another terminal sold what this one also reserved: applied, never clamped.
    QVERIFY(item.apply(makeEvent(Events::StockDecreased{productId, 1}, orderId, productId)).ok());
    QVERIFY(item.apply(makeEvent(Events::StockReserved{productId, 3}, orderId, productId)).ok());
    QCOMPARE(item.onHand(), 0);
    QCOMPARE(item.reserved(), 3);
    QCOMPARE(item.available(), -3);
    QVERIFY(item.recordedEvents().isEmpty());
    // Another product's event, or one that moves no stock, changes nothing.
    const Status other = item.apply(
        makeEvent(Events::StockIncreased{QStringLiteral("P2"), 5}, orderId, QStringLiteral("P2")));
    QCOMPARE(other.error().code, ErrorCode::InvalidInput);
    const Status notStock =
        item.apply(makeEvent(Events::DeliveryStarted{QStringLiteral("D-1")}, orderId));
    QCOMPARE(notStock.error().code, ErrorCode::InvalidInput);
    QCOMPARE(item.onHand(), 0);
    QCOMPARE(item.reserved(), 3);
}

void tst_Events::orderAppliesItsEvents()
{
    Order placed = Order::place(orderId, {QStringLiteral("Kim"), {}, {}},
                                {{productId, QStringLiteral("Apple"), 2, 1000}}, {})
                       .value();
    DomainEvent placedEvent = placed.takeEvents().first();
    placedEvent.origin = QStringLiteral("T1");
    Order order = Order::fromPlaced(placedEvent).value();
    QCOMPARE(order.total(), 2000);
    QCOMPARE(order.origin(), QStringLiteral("T1"));
    QVERIFY(
        order
            .apply(makeEvent(Events::PaymentApproved{PaymentMethod::Cash, 2000, 2000, {}}, orderId))
            .ok());
    QCOMPARE(order.status(), OrderStatus::Paid);
    QVERIFY(order.apply(makeEvent(Events::SlipPrinted{"D", 1, "A5", "ko"}, orderId)).ok());
    QCOMPARE(order.status(), OrderStatus::Paid);
    QVERIFY(order.apply(makeEvent(Events::DeliveryStarted{"D"}, orderId)).ok());
    QCOMPARE(order.status(), OrderStatus::Delivering);
    const Status other = order.apply(makeEvent(Events::DeliveryCompleted{"D"}, "T1-000002"));
    QCOMPARE(other.error().code, ErrorCode::InvalidInput);
    QCOMPARE(order.status(), OrderStatus::Delivering);
    QVERIFY(!Order::fromPlaced(makeEvent(Events::DeliveryStarted{"D"}, orderId)).ok());
}

void tst_Events::reserveOrderNamesEveryShortLine()
{
    QList<StockItem> items{StockItem(QStringLiteral("P1"), 5, 4),
                           StockItem(QStringLiteral("P2"), 9, 0),
                           StockItem(QStringLiteral("P3"), 0, 0)};
    const QList<OrderLine> lines{{QStringLiteral("P1"), QStringLiteral("Apple"), 3, 100},
                                 {QStringLiteral("P2"), QStringLiteral("Pear"), 9, 100},
                                 {QStringLiteral("P3"), QStringLiteral("배"), 2, 100}};
    const Status refused = reserveOrder(items, lines, orderId);
    QCOMPARE(refused.error().code, ErrorCode::InsufficientStock);
    const QJsonArray shortages = refused.error().details.value("shortages").toArray();
    QCOMPARE(shortages.size(), 2);
    QCOMPARE(shortages.at(0)["productId"].toString(), QStringLiteral("P1"));
    QCOMPARE(shortages.at(0)["available"].toInteger(), 1);
    QCOMPARE(shortages.at(0)["short"].toInteger(), 2);
    QCOMPARE(shortages.at(1)["productId"].toString(), QStringLiteral("P3"));
    QCOMPARE(shortages.at(1)["productName"].toString(), QStringLiteral("배"));
    QCOMPARE(shortages.at(1)["requested"].toInteger(), 2);
    // Nothing reserved, not even the line that was available.
    for (const StockItem &item : items)
        QVERIFY(item.recordedEvents().isEmpty());
    QCOMPARE(items.at(0).reserved(), 4);
    QCOMPARE(items.at(1).reserved(), 0);
}

void tst_Events::reserveOrderReservesAllLines()
{
    QList<StockItem> items{StockItem(QStringLiteral("P1"), 5, 2),
                           StockItem(QStringLiteral("P2"), 1, 0)};
    const QList<OrderLine> lines{{QStringLiteral("P1"), QStringLiteral("Apple"), 3, 100},
                                 {QStringLiteral("P2"), QStringLiteral("Pear"), 1, 100}};
    QVERIFY(reserveOrder(items, lines, orderId).ok());
    QCOMPARE(items.at(0).reserved(), 5);
    QCOMPARE(items.at(1).reserved(), 1);
    const DomainEvent event = items.at(0).recordedEvents().value(0);
    QCOMPARE(event.type, QString(EventType::StockReserved));
    QCOMPARE(event.orderId, orderId);
    QCOMPARE(std::get<Events::StockReserved>(decodePayload(event).value()).qty, 3);
}

QTEST_GUILESS_MAIN(tst_Events)
#include "tst_events.moc"
