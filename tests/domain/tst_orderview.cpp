#include "events.h"
#include "order.h"
#include "orderview.h"
#include "policies.h"

#include <QTest>

using namespace ShopDesk;

class tst_OrderView : public QObject
{
    Q_OBJECT

private slots:
    void projectsTheFlow();
    void ignoresStockEvents();
    void policyTable_data();
    void policyTable();
};

namespace {

DomainEvent at(DomainEvent event, qint64 ms)
{
    event.occurredAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    event.origin = QStringLiteral("T1");
    return event;
}

} // namespace

void tst_OrderView::projectsTheFlow()
{
    Order order =
        Order::place(QStringLiteral("T1-000001"),
                     {QStringLiteral("Kim"), QStringLiteral("010"), QStringLiteral("Seoul")},
                     {{QStringLiteral("P1"), QStringLiteral("Apple"), 2, 1000},
                      {QStringLiteral("P2"), QStringLiteral("Pear"), 3, 500}},
                     {})
            .value();
    const QList<DomainEvent> events{
        at(order.takeEvents().first(), 1000),
        at(makeEvent(Events::PaymentApproved{PaymentMethod::Card, 3500, 3500, "12345678"},
                     order.orderId()),
           2000),
        at(makeEvent(Events::DeliveryStarted{QStringLiteral("D-T1-000001")}, order.orderId()),
           3000),
        at(makeEvent(Events::OrderCancelled{{}, OrderStatus::Delivering}, order.orderId()), 4000),
        at(makeEvent(Events::DeliveryCancelled{QStringLiteral("D-T1-000001"), {}}, order.orderId()),
           5000),
        at(makeEvent(Events::PaymentRefunded{PaymentMethod::Card, 3500, {}}, order.orderId()),
           6000),
    };
    OrderView view;
    for (const DomainEvent &event : events) {
        const auto change = orderViewChange(event);
        QVERIFY(change.has_value());
        applyChange(view, *change);
    }
    QCOMPARE(view.orderId, QStringLiteral("T1-000001"));
    QCOMPARE(view.status, QStringLiteral("cancelled"));
    QCOMPARE(view.customerName, QStringLiteral("Kim"));
    QCOMPARE(view.customerAddress, QStringLiteral("Seoul"));
    QCOMPARE(view.total, 3500);
    QCOMPARE(view.lineCount, 2);
    QCOMPARE(view.itemCount, 5);
    QCOMPARE(view.paymentMethod, QStringLiteral("card"));
    QCOMPARE(view.paymentStatus, QStringLiteral("refunded"));
    QCOMPARE(view.deliveryId, QStringLiteral("D-T1-000001"));
    QCOMPARE(view.deliveryStatus, QStringLiteral("cancelled"));
    QCOMPARE(view.placedAt.toMSecsSinceEpoch(), 1000);
    QCOMPARE(view.deliveryStartedAt.toMSecsSinceEpoch(), 3000);
    QCOMPARE(view.updatedAt.toMSecsSinceEpoch(), 6000);
}

void tst_OrderView::ignoresStockEvents()
{
    QVERIFY(!orderViewChange(makeEvent(Events::StockDecreased{QStringLiteral("P1"), 2},
                                       QStringLiteral("T1-1"), QStringLiteral("P1"))));
    QVERIFY(!orderViewChange(makeEvent(
        Events::ProductRegistered{{QStringLiteral("P1"), QStringLiteral("Apple"), 1000, {}, {}}},
        {}, QStringLiteral("P1"))));
}

void tst_OrderView::policyTable_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("policies");

    QTest::newRow("PaymentApproved")
        << "PaymentApproved" << QStringList{QStringLiteral("StartDelivery")};
    QTest::newRow("DeliveryStarted")
        << "DeliveryStarted" << QStringList{QStringLiteral("DecreaseStock")};
    QTest::newRow("OrderCancelled")
        << "OrderCancelled"
        << QStringList{QStringLiteral("CancelDeliveryOrRelease"), QStringLiteral("RefundPayment")};
    QTest::newRow("DeliveryCancelled")
        << "DeliveryCancelled" << QStringList{QStringLiteral("IncreaseStock")};
    QTest::newRow("OrderPlaced") << "OrderPlaced" << QStringList{};
    QTest::newRow("DeliveryCompleted") << "DeliveryCompleted" << QStringList{};
}

void tst_OrderView::policyTable()
{
    QFETCH(QString, type);
    QFETCH(QStringList, policies);

    QStringList names;
    for (const Policy policy : policiesFor(type)) {
        names << policyName(policy);
        QCOMPARE(policyFromName(policyName(policy)), policy);
    }
    QCOMPARE(names, policies);
}

QTEST_GUILESS_MAIN(tst_OrderView)
#include "tst_orderview.moc"
