#include "order.h"
#include "payment.h"

#include <QTest>

using namespace ShopDesk;

class tst_Payment : public QObject
{
    Q_OBJECT

private slots:
    void approve_data();
    void approve();
    void refundOnce();

private:
    static Order orderOf(Money total, OrderStatus status = OrderStatus::Placed)
    {
        return Order::restore(QStringLiteral("T1-000003"), status, {QStringLiteral("Kim"), {}, {}},
                              {{QStringLiteral("P1"), QStringLiteral("Apple"), 1, total}}, {});
    }
};

void tst_Payment::approve_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("method");
    QTest::addColumn<qint64>("tendered"); // -1: none given
    QTest::addColumn<int>("error");       // -1: approved
    QTest::addColumn<qint64>("change");

    QTest::newRow("cash exact, no tendered")
        << OrderStatus::Placed << "cash" << qint64(-1) << -1 << qint64(0);
    QTest::newRow("cash with change")
        << OrderStatus::Placed << "cash" << qint64(50000) << -1 << qint64(11000);
    QTest::newRow("cash tendered equals total")
        << OrderStatus::Placed << "cash" << qint64(39000) << -1 << qint64(0);
    QTest::newRow("cash below total") << OrderStatus::Placed << "cash" << qint64(38999)
                                      << int(ErrorCode::InvalidInput) << qint64(0);
    QTest::newRow("card") << OrderStatus::Placed << "card" << qint64(-1) << -1 << qint64(0);
    QTest::newRow("card with tendered") << OrderStatus::Placed << "card" << qint64(40000)
                                        << int(ErrorCode::InvalidInput) << qint64(0);
    QTest::newRow("already paid") << OrderStatus::Paid << "cash" << qint64(-1)
                                  << int(ErrorCode::InvalidState) << qint64(0);
    QTest::newRow("delivering") << OrderStatus::Delivering << "card" << qint64(-1)
                                << int(ErrorCode::InvalidState) << qint64(0);
    QTest::newRow("cancelled") << OrderStatus::Cancelled << "cash" << qint64(-1)
                               << int(ErrorCode::InvalidState) << qint64(0);
}

void tst_Payment::approve()
{
    QFETCH(OrderStatus, status);
    QFETCH(QString, method);
    QFETCH(qint64, tendered);
    QFETCH(int, error);
    QFETCH(qint64, change);

    const Order order = orderOf(39000, status);
    PaymentRequest request;
    request.method = *paymentMethodFromString(method);
    request.tendered = tendered < 0 ? std::nullopt : std::optional<Money>(tendered);
    if (request.method == PaymentMethod::Card)
        request.card.approval = QStringLiteral("12345678");
    const auto result = Payment::approve(order, 0, request, 1);
    if (error >= 0) {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), error);
        return;
    }
    QVERIFY(result.ok());
    Payment payment = result.value();
    QCOMPARE(payment.amount(), 39000);
    QCOMPARE(payment.change(), change);
    QCOMPARE(payment.status(), PaymentStatus::Approved);
    QCOMPARE(payment.approvalCode().isEmpty(), method == QLatin1StringView("cash"));
    const QList<DomainEvent> events = payment.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, QString(EventType::PaymentApproved));
    QCOMPARE(events.first().payload.value(QStringLiteral("change")).toInteger(), change);
}

void tst_Payment::refundOnce()
{
    Payments payments{Payment::restore(QStringLiteral("T1-000003"), 1, PaymentMethod::Card, 5000,
                                       5000, {QStringLiteral("1")}, std::nullopt, 0)};
    const auto refunded =
        refund(payments, paidBy(payments), RefundOrder::CardFirst, QStringLiteral("cancelled"));
    QVERIFY(refunded.ok());
    QCOMPARE(payments.first().status(), PaymentStatus::Refunded);
    QCOMPARE(refunded.value()->type, QString(EventType::PaymentRefunded));
    // Nothing is left to refund: a second refund of anything is refused, none of nothing.
    const auto again = refund(payments, 1, RefundOrder::CardFirst, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidInput);
    QVERIFY(!refund(payments, 0, RefundOrder::CardFirst, {}).value());
}

QTEST_GUILESS_MAIN(tst_Payment)
#include "tst_payment.moc"
