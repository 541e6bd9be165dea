#include "payment.h"

#include "events.h"
#include "order.h"

namespace ShopDesk {

Result<Payment> Payment::approve(const Order &order, PaymentMethod method,
                                 std::optional<Money> tendered, const QString &approvalCode)
{
    SD_CHECK(order.canPay());
    const Money total = order.total();
    Money paid = total;
    if (method == PaymentMethod::Cash) {
        if (tendered) {
            if (*tendered < total) {
                return Error::invalidInput(
                    QStringLiteral("cash tendered %1 is below the order total %2")
                        .arg(*tendered)
                        .arg(total),
                    {{QStringLiteral("tendered"), *tendered}, {QStringLiteral("total"), total}});
            }
            if (*tendered > Limits::MaxPrice * 1000)
                return Error::invalidInput(
                    QStringLiteral("cash tendered %1 is implausibly large").arg(*tendered));
            paid = *tendered;
        }
    } else {
        if (tendered)
            return Error::invalidInput(QStringLiteral("--tendered applies to cash only, not card"));
        if (approvalCode.isEmpty())
            return Error::invalidState(QStringLiteral("the card payment was not approved"));
    }
    Payment payment =
        restore(order.orderId(), method, total, paid,
                method == PaymentMethod::Card ? approvalCode : QString(), PaymentStatus::Approved);
    payment.record(makeEvent(Events::PaymentApproved{method, total, paid, payment.m_approvalCode},
                             order.orderId()));
    return payment;
}

Result<Payment> Payment::fromEvent(const DomainEvent &approved)
{
    SD_TRY(const Events::PaymentApproved e, decodeAs<Events::PaymentApproved>(approved));
    return restore(approved.orderId, e.method, e.amount, e.tendered, e.approvalCode,
                   PaymentStatus::Approved);
}

Payment Payment::restore(const QString &orderId, PaymentMethod method, Money amount, Money tendered,
                         const QString &approvalCode, PaymentStatus status)
{
    Payment payment;
    payment.m_orderId = orderId;
    payment.m_method = method;
    payment.m_amount = amount;
    payment.m_tendered = tendered;
    payment.m_approvalCode = approvalCode;
    payment.m_status = status;
    return payment;
}

Status Payment::refund(const QString &reason)
{
    if (m_status == PaymentStatus::Refunded)
        return Error::invalidState(
            QStringLiteral("payment of order %1 is already refunded").arg(m_orderId));
    m_status = PaymentStatus::Refunded;
    record(makeEvent(Events::PaymentRefunded{m_method, m_amount, reason}, m_orderId));
    return {};
}

Result<Payment> Payment::refundedBy(const DomainEvent &refunded)
{
    SD_TRY(const Events::PaymentRefunded e, decodeAs<Events::PaymentRefunded>(refunded));
    return restore(refunded.orderId, e.method, e.amount, e.amount, {}, PaymentStatus::Refunded);
}

QJsonObject Payment::toJson() const
{
    QJsonObject json{{QStringLiteral("method"), toText(m_method)},
                     {QStringLiteral("amount"), m_amount},
                     {QStringLiteral("tendered"), m_tendered},
                     {QStringLiteral("change"), change()},
                     {QStringLiteral("status"), toText(m_status)}};
    if (!m_approvalCode.isEmpty())
        json.insert(QStringLiteral("approvalCode"), m_approvalCode);
    return json;
}

} // namespace ShopDesk
