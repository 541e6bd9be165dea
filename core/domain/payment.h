#pragma once

#include "domainevent.h"
#include "result.h"
#include "types.h"

#include <QJsonObject>

#include <optional>

namespace ShopDesk {

class Order;

// What the shop's card terminal printed for a card payment, typed by the clerk. ShopDesk
// never holds a whole card number: at most its last four digits.
struct CardDetails
{
    QString approval;    // the approval number (승인번호), in full
    QString company{};   // the card company (카드사); may be empty
    int instalments = 0; // 0 for a single payment (일시불), else 2-36 months (할부)
    QString last4{};     // the card's last four digits, when given

    bool operator==(const CardDetails &) const = default;
};

// A cash receipt (현금영수증) for the cash part of an order: who it is issued to and for what.
// ShopDesk records it and prints it; sending it to the tax office is the VAN's job.
struct CashReceipt
{
    // A phone number, a business registration number, a cash receipt card, or the tax
    // office's self-issue number (자진발급) when the customer gives none.
    enum class Kind { Phone, Business, Card, SelfIssued };
    enum class Purpose { Deduction, Proof }; // 소득공제, 지출증빙

    Kind kind = Kind::Phone;
    QString number; // digits only
    Purpose purpose = Purpose::Deduction;

    bool operator==(const CashReceipt &) const = default;
    // The tax office's number for a receipt without a customer (010-000-1234).
    static constexpr QLatin1StringView SelfIssueNumber{"0100001234"};

    // The receipt for what the customer gave: digits with or without '-'. 10-11 digits from
    // 01 are a phone, 10 digits a business registration number (its check digit must hold),
    // 13-19 digits a cash receipt card; an empty id is the self-issue number, for proof
    // only when the purpose is proof. InvalidInput naming what is wrong otherwise.
    static Result<CashReceipt> parse(const QString &id, Purpose purpose);
    QJsonObject toJson() const;
    // The number as printed: a phone and a card masked in the middle, a business number
    // as 123-45-67890.
    QString printed() const;
};

QString toText(CashReceipt::Kind kind);
QString toText(CashReceipt::Purpose purpose);
std::optional<CashReceipt::Kind> cashReceiptKindFromString(QStringView text);
std::optional<CashReceipt::Purpose> cashReceiptPurposeFromString(QStringView text);
// InvalidInput unless the 10 digits are a business registration number whose check digit
// holds.
Status validateBusinessNumber(const QString &digits);

// One payment the clerk takes towards an order (결제): cash or card, for an amount.
struct PaymentRequest
{
    PaymentMethod method = PaymentMethod::Cash;
    std::optional<Money> amount;            // none: what is left to pay
    std::optional<Money> tendered;          // cash only; none: exactly the amount
    CardDetails card;                       // card only
    std::optional<CashReceipt> cashReceipt; // cash only
};

// The Payment aggregate (결제): one part of what an order is paid with. An order is paid
// when its parts cover its total; each part is approved by its own PaymentApproved event, and
// refunded in whole or in part by PaymentRefunded events.
class Payment : public EventRecorder
{
public:
    Payment() = default;

    // Approves part `part` (1 for the first) of the order's payment: at most what is left
    // (`paid` is what earlier parts hold now). Cash: tendered >= amount (change only from the
    // cash part), an optional cash receipt. Card: the approval (required) and its details;
    // never more than is left. Records PaymentApproved, which says whether it settles the
    // order. InvalidState when the order cannot be paid or nothing is left to pay.
    static Result<Payment> approve(const Order &order, Money paid, const PaymentRequest &request,
                                   int part);
    // The payment a PaymentApproved event of any terminal records.
    static Result<Payment> fromEvent(const DomainEvent &approved);
    static Payment restore(const QString &orderId, int part, PaymentMethod method, Money amount,
                           Money tendered, const CardDetails &card,
                           const std::optional<CashReceipt> &cashReceipt, Money refunded);

    const QString &orderId() const { return m_orderId; }
    int part() const { return m_part; }
    PaymentMethod method() const { return m_method; }
    Money amount() const { return m_amount; }
    Money tendered() const { return m_tendered; }
    Money change() const { return m_tendered - m_amount; }
    const QString &approvalCode() const { return m_card.approval; }
    const CardDetails &card() const { return m_card; }
    const std::optional<CashReceipt> &cashReceipt() const { return m_cashReceipt; }
    Money refunded() const { return m_refunded; }
    // What the part still holds: its amount less its refunds.
    Money held() const { return m_amount - m_refunded; }
    PaymentStatus status() const
    {
        return m_refunded >= m_amount && m_amount > 0 ? PaymentStatus::Refunded
                                                      : PaymentStatus::Approved;
    }

    // Takes `amount` back from this part (at most what it holds); the event is recorded by
    // refund() over all parts.
    Status takeBack(Money amount);

    QJsonObject toJson() const;

private:
    QString m_orderId;
    int m_part = 1;
    PaymentMethod m_method = PaymentMethod::Cash;
    Money m_amount = 0;
    Money m_tendered = 0;
    CardDetails m_card;
    std::optional<CashReceipt> m_cashReceipt;
    Money m_refunded = 0;
};

// The payments of one order, oldest part first.
using Payments = QList<Payment>;
// What they hold now: approved less refunded.
Money paidBy(const Payments &payments);

// How a refund is taken from the parts: by default card parts first (each back to its card,
// the latest first), then cash; cashFirst turns that round (the clerk's choice).
enum class RefundOrder { CardFirst, CashFirst };

// Refunds `amount` from the parts in that order, changing them, and returns the one
// PaymentRefunded event that records it (nullopt for zero), for the order's return returnNo
// (0: a cancellation). InvalidInput when the amount exceeds what the parts hold.
Result<std::optional<DomainEvent>> refund(Payments &payments, Money amount, RefundOrder order,
                                          const QString &reason, int returnNo = 0);

} // namespace ShopDesk
