#include "events.h"
#include "order.h"

#include <QJsonArray>
#include <QTest>

using namespace ShopDesk;

class tst_Order : public QObject
{
    Q_OBJECT

private slots:
    void validateRequest_data();
    void validateRequest();
    void mergesRepeatedProducts();
    void placeRecordsOrderPlaced();
    void totalBeyondAnySumIsRefused();
    void transitions_data();
    void transitions();
    void cancel_data();
    void cancel();
};

void tst_Order::validateRequest_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("productId");
    QTest::addColumn<qint64>("qty");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ok") << "Kim"
                        << "P1" << qint64(1) << true;
    QTest::newRow("korean name") << QStringLiteral("김민수") << "P1" << qint64(3) << true;
    QTest::newRow("max qty") << "Kim"
                             << "P1" << Limits::MaxQty << true;
    QTest::newRow("qty zero") << "Kim"
                              << "P1" << qint64(0) << false;
    QTest::newRow("qty negative") << "Kim"
                                  << "P1" << qint64(-2) << false;
    QTest::newRow("qty over max") << "Kim"
                                  << "P1" << Limits::MaxQty + 1 << false;
    QTest::newRow("empty customer") << ""
                                    << "P1" << qint64(1) << false;
    QTest::newRow("blank customer") << "   "
                                    << "P1" << qint64(1) << false;
    QTest::newRow("empty product") << "Kim"
                                   << "" << qint64(1) << false;
    QTest::newRow("product with space") << "Kim"
                                        << "P 1" << qint64(1) << false;
    QTest::newRow("product with colon") << "Kim"
                                        << "P:1" << qint64(1) << false;
    QTest::newRow("customer too long")
        << QString(Limits::MaxNameLength + 1, QLatin1Char('x')) << "P1" << qint64(1) << false;
}

void tst_Order::validateRequest()
{
    QFETCH(QString, customer);
    QFETCH(QString, productId);
    QFETCH(qint64, qty);
    QFETCH(bool, valid);

    const auto result = Order::validateRequest({customer, {}, {}}, {{productId, qty}});
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void tst_Order::mergesRepeatedProducts()
{
    const auto merged = Order::validateRequest(
        {QStringLiteral("Kim"), {}, {}},
        {{QStringLiteral("P1"), 2}, {QStringLiteral("P2"), 1}, {QStringLiteral("P1"), 3}});
    QVERIFY(merged.ok());
    QCOMPARE(merged->size(), 2);
    QCOMPARE(merged->at(0).productId, QStringLiteral("P1"));
    QCOMPARE(merged->at(0).qty, 5);

    const auto tooMany =
        Order::validateRequest({QStringLiteral("Kim"), {}, {}},
                               {{QStringLiteral("P1"), Limits::MaxQty}, {QStringLiteral("P1"), 1}});
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().code, ErrorCode::InvalidInput);

    QVERIFY(!Order::validateRequest({QStringLiteral("Kim"), {}, {}}, {}).ok());
}

void tst_Order::placeRecordsOrderPlaced()
{
    Order order = Order::place(QStringLiteral("T1-000001"),
                               {QStringLiteral("Kim"), QStringLiteral("010"), {}},
                               {{QStringLiteral("P1"), QStringLiteral("Apple"), 2, 1500},
                                {QStringLiteral("P2"), QStringLiteral("Pear"), 1, 3000}},
                               QDateTime::currentDateTimeUtc())
                      .value();
    QCOMPARE(order.status(), OrderStatus::Placed);
    QCOMPARE(order.total(), 6000);
    const QList<DomainEvent> events = order.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, QString(EventType::OrderPlaced));
    QCOMPARE(events.first().orderId, QStringLiteral("T1-000001"));
    QCOMPARE(events.first().payload.value(QStringLiteral("total")).toInteger(), 6000);
    QCOMPARE(decodeAs<Events::OrderPlaced>(events.first()).value().lines.size(), 2);
    QVERIFY(order.takeEvents().isEmpty());
}

void tst_Order::totalBeyondAnySumIsRefused()
{
    // 200 lines of the largest quantity at the largest price would wrap a 64-bit total; the
    // largest total a JSON number carries exactly is the limit.
    QList<OrderLine> lines;
    for (int i = 0; i < Limits::MaxLines; ++i)
        lines.append({QStringLiteral("P%1").arg(i), QStringLiteral("Gold"), Limits::MaxQty,
                      Limits::MaxPrice});
    QCOMPARE(orderMoney(lines, {}, 10).error().code, ErrorCode::InvalidInput);
    const Result<Order> refused =
        Order::place(QStringLiteral("T1-000001"), {QStringLiteral("Kim"), {}, {}}, lines, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("9000000000000000")),
             qPrintable(refused.error().message));

    // 9 lines of 10^6 x 10^9 make exactly the limit, and are placed with that total.
    lines.clear();
    for (int i = 0; i < 9; ++i)
        lines.append(
            {QStringLiteral("P%1").arg(i), QStringLiteral("Gold"), Limits::MaxQty, 1'000'000'000});
    QCOMPARE(orderMoney(lines, {}, 10).value().total, Limits::MaxMoney);
    Order placed =
        Order::place(QStringLiteral("T1-000002"), {QStringLiteral("Kim"), {}, {}}, lines, {})
            .value();
    QCOMPARE(placed.takeEvents().first().payload.value(QStringLiteral("total")).toInteger(),
             Limits::MaxMoney);
    lines.last().qty += 1;
    QVERIFY(!orderMoney(lines, {}, 10).ok());
}

void tst_Order::transitions_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<int>("step"); // 0 paid, 1 delivering, 2 delivered
    QTest::addColumn<bool>("allowed");

    QTest::newRow("placed->paid") << OrderStatus::Placed << 0 << true;
    QTest::newRow("paid->paid") << OrderStatus::Paid << 0 << false;
    QTest::newRow("cancelled->paid") << OrderStatus::Cancelled << 0 << false;
    QTest::newRow("paid->delivering") << OrderStatus::Paid << 1 << true;
    QTest::newRow("placed->delivering") << OrderStatus::Placed << 1 << false;
    QTest::newRow("delivering->delivered") << OrderStatus::Delivering << 2 << true;
    QTest::newRow("paid->delivered") << OrderStatus::Paid << 2 << false;
    QTest::newRow("cancelled->delivered") << OrderStatus::Cancelled << 2 << false;
}

void tst_Order::transitions()
{
    QFETCH(OrderStatus, from);
    QFETCH(int, step);
    QFETCH(bool, allowed);

    Order order = Order::restore(QStringLiteral("T1-000001"), from, {QStringLiteral("Kim"), {}, {}},
                                 {{QStringLiteral("P1"), QStringLiteral("Apple"), 1, 100}}, {});
    const Status result = step == 0   ? order.markPaid()
                          : step == 1 ? order.markDelivering()
                                      : order.markDelivered();
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().code, ErrorCode::InvalidState);
        QCOMPARE(order.status(), from);
    }
    QVERIFY(order.recordedEvents().isEmpty());
}

void tst_Order::cancel_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("placed") << OrderStatus::Placed << true;
    QTest::newRow("paid") << OrderStatus::Paid << true;
    QTest::newRow("delivering") << OrderStatus::Delivering << true;
    QTest::newRow("delivered") << OrderStatus::Delivered << false;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << false;
}

void tst_Order::cancel()
{
    QFETCH(OrderStatus, from);
    QFETCH(bool, allowed);

    Order order = Order::restore(QStringLiteral("T1-000007"), from, {QStringLiteral("Kim"), {}, {}},
                                 {{QStringLiteral("P1"), QStringLiteral("Apple"), 1, 100}}, {});
    const Status result = order.cancel(QStringLiteral("changed mind"));
    QCOMPARE(result.ok(), allowed);
    if (allowed) {
        QCOMPARE(order.status(), OrderStatus::Cancelled);
        const QList<DomainEvent> events = order.takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, QString(EventType::OrderCancelled));
        QCOMPARE(events.first().payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("changed mind"));
        QCOMPARE(events.first().payload.value(QStringLiteral("previousStatus")).toString(),
                 toText(from));
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidState);
        QCOMPARE(order.status(), from);
        QVERIFY(order.recordedEvents().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_Order)
#include "tst_order.moc"
