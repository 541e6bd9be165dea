#pragma once

#include "domainevent.h"
#include "result.h"
#include "types.h"

#include <optional>

namespace ShopDesk {

class Order;

// The Payment aggregate (결제): cash with tendered and change, or card with an approval.
class Payment : public EventRecorder
{
public:
    Payment() = default;

    // Approves payment of the order's total; records PaymentApproved. Cash needs tendered
    // >= total (none means exact); card needs the terminal's approval code and no tendered.
    static Result<Payment> approve(const Order &order, PaymentMethod method,
                                   std::optional<Money> tendered, const QString &approvalCode);
    // The payment a PaymentApproved event of any terminal records.
    static Result<Payment> fromEvent(const DomainEvent &approved);
    // The refunded payment a PaymentRefunded event records, as far as it tells (method and
    // amount; the tendered figure and approval stay with the approval).
    static Result<Payment> refundedBy(const DomainEvent &refunded);
    static Payment restore(const QString &orderId, PaymentMethod method, Money amount,
                           Money tendered, const QString &approvalCode, PaymentStatus status);

    const QString &orderId() const { return m_orderId; }
    PaymentMethod method() const { return m_method; }
    Money amount() const { return m_amount; }
    Money tendered() const { return m_tendered; }
    Money change() const { return m_tendered - m_amount; }
    const QString &approvalCode() const { return m_approvalCode; }
    PaymentStatus status() const { return m_status; }

    // Records PaymentRefunded; a refunded payment cannot be refunded again.
    Status refund(const QString &reason);

    QJsonObject toJson() const;

private:
    QString m_orderId;
    PaymentMethod m_method = PaymentMethod::Cash;
    Money m_amount = 0;
    Money m_tendered = 0;
    QString m_approvalCode;
    PaymentStatus m_status = PaymentStatus::Approved;
};

} // namespace ShopDesk
