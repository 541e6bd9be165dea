#include "testshop.h"

#include <QSignalSpy>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_PolicyRunner : public QObject
{
    Q_OBJECT

private slots:
    void healsAPaymentInterruptedBeforeItsPolicies();
    void healsACancellationInterruptedBeforeItsPolicies();
    void aReactionRunsExactlyOnce();
    void aFailingReactionRollsBackAndStaysPending();

private:
    // Commits a payment the way OrderService::payOrder does, but "crashes" before the
    // policies run: the state a killed process leaves behind.
    static void payWithoutPolicies(TestShop &t, const QString &orderId)
    {
        auto committed = t.shop->work.run([&]() -> Result<QList<DomainEvent>> {
            std::optional<Order> order = t.store->findOrder(orderId).value();
            PaymentRequest card;
            card.method = PaymentMethod::Card;
            card.card.approval = QStringLiteral("1");
            SD_TRY(Payment payment, Payment::approve(*order, 0, card, 1));
            SD_CHECK(order->markPaid());
            SD_CHECK(t.store->savePayment(payment));
            SD_CHECK(t.store->saveOrderStatus(*order));
            return payment.takeEvents();
        });
        QVERIFY(committed.ok());
    }
};

void tst_PolicyRunner::healsAPaymentInterruptedBeforeItsPolicies()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id =
        t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 2}})
            ->order.orderId();
    payWithoutPolicies(t, id);

    QCOMPARE(t.order(id).order.status(), OrderStatus::Paid);
    QCOMPARE(t.store->pendingReactions(10).value().size(), 1);
    const AuditReport broken = t.audit();
    QVERIFY(!broken.ok());
    QVERIFY(broken.errors.join(QLatin1Char('\n')).contains(QStringLiteral("PaymentApproved")));

    auto healed = t.shop->policies.runPending();
    QVERIFY(healed.ok());
    QCOMPARE(healed.value(), 1);
    QCOMPARE(t.order(id).order.status(), OrderStatus::Delivering);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 3);
    QCOMPARE(t.stock(QStringLiteral("P1")).reserved, 0);
    QVERIFY(t.store->pendingReactions(10).value().isEmpty());
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join(QLatin1Char('\n'))));

    // Healing twice changes nothing.
    const qint64 events = t.eventCount();
    QCOMPARE(t.shop->policies.runPending().value(), 0);
    QCOMPARE(t.eventCount(), events);
}

void tst_PolicyRunner::healsACancellationInterruptedBeforeItsPolicies()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id =
        t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 2}})
            ->order.orderId();
    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Card).ok());
    auto committed = t.shop->work.run([&]() -> Result<QList<DomainEvent>> {
        std::optional<Order> order = t.store->findOrder(id).value();
        SD_CHECK(order->cancel(QStringLiteral("crash test")));
        SD_CHECK(t.store->saveOrderStatus(*order));
        return order->takeEvents();
    });
    QVERIFY(committed.ok());
    QCOMPARE(t.store->pendingReactions(10).value().size(), 2); // cancel delivery, refund

    QCOMPARE(t.shop->policies.runPending().value(), 2);
    const OrderDetails details = t.order(id);
    QCOMPARE(details.delivery->status(), DeliveryStatus::Cancelled);
    QCOMPARE(details.firstPayment()->status(), PaymentStatus::Refunded);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 5);
    QVERIFY(t.audit().ok());
}

void tst_PolicyRunner::aReactionRunsExactlyOnce()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id =
        t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 1}})
            ->order.orderId();
    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Card).ok());
    EventQuery query;
    query.orderId = id;
    const QList<DomainEvent> events = t.shop->orders.events(query).value();
    const DomainEvent approved = events.at(2);
    QCOMPARE(approved.type, QStringLiteral("PaymentApproved"));

    // Reacting again to an event already processed neither runs the body nor adds events.
    bool ran = false;
    auto again = t.shop->work.runReaction(approved, Policy::StartDelivery,
                                          [&]() -> Result<QList<DomainEvent>> {
                                              ran = true;
                                              return QList<DomainEvent>();
                                          });
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    QVERIFY(!ran);
    QVERIFY(t.shop->policies.react({approved}).ok());
    QCOMPARE(t.shop->orders.events(query).value().size(), events.size());
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 4);
}

void tst_PolicyRunner::aFailingReactionRollsBackAndStaysPending()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    const QString id =
        t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 1}})
            ->order.orderId();
    payWithoutPolicies(t, id);
    const DomainEvent approved = t.store->pendingReactions(1).value().first().event;
    QSignalSpy committed(&t.shop->bus, &EventBus::eventCommitted);

    auto failed = t.shop->work.runReaction(
        approved, Policy::StartDelivery, [&]() -> Result<QList<DomainEvent>> {
            Delivery delivery = Delivery::start(id, QDateTime::currentDateTimeUtc());
            SD_CHECK(t.store->saveDelivery(delivery)); // written, then the reaction fails
            return Error::storage(QStringLiteral("simulated failure"));
        });
    QVERIFY(!failed.ok());
    QCOMPARE(committed.count(), 0);
    QVERIFY(!t.store->findDelivery(id).value().has_value());
    QCOMPARE(t.store->pendingReactions(10).value().size(), 1);

    QCOMPARE(t.shop->policies.runPending().value(), 1);
    QVERIFY(t.store->findDelivery(id).value().has_value());
    QVERIFY(t.audit().ok());
}

QTEST_GUILESS_MAIN(tst_PolicyRunner)
#include "tst_policyrunner.moc"
