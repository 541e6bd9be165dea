#include "delivery.h"

#include <QTest>

using namespace ShopDesk;

class tst_Delivery : public QObject
{
    Q_OBJECT

private slots:
    void startRecordsEvent();
    void changes_data();
    void changes();
};

void tst_Delivery::startRecordsEvent()
{
    Delivery delivery =
        Delivery::start(QStringLiteral("T1-000009"), QDateTime::currentDateTimeUtc());
    QCOMPARE(delivery.deliveryId(), QStringLiteral("D-T1-000009"));
    QCOMPARE(delivery.status(), DeliveryStatus::Started);
    const QList<DomainEvent> events = delivery.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, QString(EventType::DeliveryStarted));
    QCOMPARE(events.first().payload.value(QStringLiteral("deliveryId")).toString(),
             QStringLiteral("D-T1-000009"));
}

void tst_Delivery::changes_data()
{
    QTest::addColumn<DeliveryStatus>("from");
    QTest::addColumn<bool>("complete"); // else cancel
    QTest::addColumn<bool>("allowed");

    QTest::newRow("complete started") << DeliveryStatus::Started << true << true;
    QTest::newRow("cancel started") << DeliveryStatus::Started << false << true;
    QTest::newRow("complete cancelled") << DeliveryStatus::Cancelled << true << false;
    QTest::newRow("complete completed") << DeliveryStatus::Completed << true << false;
    QTest::newRow("cancel completed") << DeliveryStatus::Completed << false << false;
    QTest::newRow("cancel cancelled") << DeliveryStatus::Cancelled << false << false;
}

void tst_Delivery::changes()
{
    QFETCH(DeliveryStatus, from);
    QFETCH(bool, complete);
    QFETCH(bool, allowed);

    Delivery delivery =
        Delivery::restore(QStringLiteral("D-T1-1"), QStringLiteral("T1-1"), from, {});
    const Status result = complete ? delivery.complete() : delivery.cancel(QStringLiteral("why"));
    QCOMPARE(result.ok(), allowed);
    if (allowed) {
        QCOMPARE(delivery.status(),
                 complete ? DeliveryStatus::Completed : DeliveryStatus::Cancelled);
        QCOMPARE(delivery.takeEvents().first().type,
                 QString(complete ? EventType::DeliveryCompleted : EventType::DeliveryCancelled));
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidState);
        QCOMPARE(delivery.status(), from);
        QVERIFY(delivery.recordedEvents().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_Delivery)
#include "tst_delivery.moc"
