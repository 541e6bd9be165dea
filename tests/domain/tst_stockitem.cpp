#include "stockitem.h"
#include "types.h"

#include <QTest>

using namespace ShopDesk;

class tst_StockItem : public QObject
{
    Q_OBJECT

private slots:
    void reserve_data();
    void reserve();
    void reservationLifecycle();
    void adjust_data();
    void adjust();
    void countRecordsDelta();
    void countRejectsNegative();
};

void tst_StockItem::reserve_data()
{
    QTest::addColumn<qint64>("onHand");
    QTest::addColumn<qint64>("reserved");
    QTest::addColumn<qint64>("qty");
    QTest::addColumn<bool>("ok");

    QTest::newRow("plenty") << qint64(10) << qint64(0) << qint64(3) << true;
    QTest::newRow("exactly the last unit") << qint64(5) << qint64(4) << qint64(1) << true;
    QTest::newRow("all reserved") << qint64(5) << qint64(5) << qint64(1) << false;
    QTest::newRow("one short") << qint64(3) << qint64(0) << qint64(4) << false;
    QTest::newRow("none on hand") << qint64(0) << qint64(0) << qint64(1) << false;
}

void tst_StockItem::reserve()
{
    QFETCH(qint64, onHand);
    QFETCH(qint64, reserved);
    QFETCH(qint64, qty);
    QFETCH(bool, ok);

    StockItem item(QStringLiteral("P1"), onHand, reserved);
    const Status result = item.reserve(qty, QStringLiteral("T1-000001"));
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(item.reserved(), reserved + qty);
        QCOMPARE(item.onHand(), onHand);
        const QList<DomainEvent> events = item.takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, QString(EventType::StockReserved));
        QCOMPARE(events.first().orderId, QStringLiteral("T1-000001"));
        QCOMPARE(events.first().payload.value(QStringLiteral("qty")).toInteger(), qty);
    } else {
        QCOMPARE(result.error().code, ErrorCode::InsufficientStock);
        QCOMPARE(result.error().details.value(QStringLiteral("available")).toInteger(),
                 onHand - reserved);
        QCOMPARE(item.reserved(), reserved);
        QVERIFY(item.recordedEvents().isEmpty());
    }
}

void tst_StockItem::reservationLifecycle()
{
    StockItem item(QStringLiteral("P1"), 10, 0);
    QVERIFY(item.reserve(4, QStringLiteral("O1")).ok());
    QCOMPARE(item.available(), 6);
    QVERIFY(item.decrease(
        4, QStringLiteral("O1"))); // delivery started: the reservation becomes a decrease
    QCOMPARE(item.onHand(), 6);
    QCOMPARE(item.reserved(), 0);
    QVERIFY(item.increase(4, QStringLiteral("O1"))); // delivery cancelled
    QCOMPARE(item.onHand(), 10);
    QVERIFY(item.reserve(2, QStringLiteral("O2")).ok());
    QVERIFY(item.release(2, QStringLiteral("O2"))); // unpaid order cancelled
    QCOMPARE(item.reserved(), 0);
    QCOMPARE(item.available(), 10);

    QStringList types;
    for (const DomainEvent &e : item.takeEvents())
        types << e.type;
    QCOMPARE(types, (QStringList{QStringLiteral("StockReserved"), QStringLiteral("StockDecreased"),
                                 QStringLiteral("StockIncreased"), QStringLiteral("StockReserved"),
                                 QStringLiteral("StockReleased")}));
}

void tst_StockItem::adjust_data()
{
    QTest::addColumn<qint64>("onHand");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<int>("error"); // -1 none, else ErrorCode
    QTest::addColumn<QString>("kind");

    QTest::newRow("receive") << qint64(0) << qint64(12) << -1 << "receive";
    QTest::newRow("loss") << qint64(5) << qint64(-2) << -1 << "loss";
    QTest::newRow("loss of all") << qint64(5) << qint64(-5) << -1 << "loss";
    QTest::newRow("loss below zero")
        << qint64(5) << qint64(-6) << int(ErrorCode::InsufficientStock) << "";
    QTest::newRow("zero delta") << qint64(5) << qint64(0) << int(ErrorCode::InvalidInput) << "";
    QTest::newRow("huge delta") << qint64(5) << Limits::MaxStockDelta + 1
                                << int(ErrorCode::InvalidInput) << "";
}

void tst_StockItem::adjust()
{
    QFETCH(qint64, onHand);
    QFETCH(qint64, delta);
    QFETCH(int, error);
    QFETCH(QString, kind);

    StockItem item(QStringLiteral("P1"), onHand, 0);
    const Status result = item.adjust(delta, QStringLiteral("why"));
    if (error < 0) {
        QVERIFY(result.ok());
        QCOMPARE(item.onHand(), onHand + delta);
        const QList<DomainEvent> events = item.takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, QString(EventType::StockAdjusted));
        QCOMPARE(events.first().payload.value(QStringLiteral("delta")).toInteger(), delta);
        QCOMPARE(events.first().payload.value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(events.first().orderId.isEmpty());
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), error);
        QCOMPARE(item.onHand(), onHand);
        QVERIFY(item.recordedEvents().isEmpty());
    }
}

void tst_StockItem::countRecordsDelta()
{
    StockItem item(QStringLiteral("P1"), 10, 3);
    QVERIFY(item.count(7, QStringLiteral("stock-take")).ok());
    QCOMPARE(item.onHand(), 7);
    QCOMPARE(item.reserved(), 3);
    const DomainEvent event = item.takeEvents().first();
    QCOMPARE(event.payload.value(QStringLiteral("delta")).toInteger(), -3);
    QCOMPARE(event.payload.value(QStringLiteral("expected")).toInteger(), 10);
    QCOMPARE(event.payload.value(QStringLiteral("counted")).toInteger(), 7);
    QCOMPARE(event.payload.value(QStringLiteral("kind")).toString(), QStringLiteral("count"));

    // A count below what is reserved is the truth all the same: available goes negative.
    QVERIFY(item.count(1, {}).ok());
    QCOMPARE(item.available(), -2);
}

void tst_StockItem::countRejectsNegative()
{
    StockItem item(QStringLiteral("P1"), 10, 0);
    const Status result = item.count(-1, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(item.onHand(), 10);
}

QTEST_GUILESS_MAIN(tst_StockItem)
#include "tst_stockitem.moc"
