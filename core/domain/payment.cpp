#include "payment.h"

#include "events.h"
#include "order.h"
#include "validation.h"

#include <algorithm>

namespace ShopDesk {

namespace {

bool allDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Error invalid(const QString &message, const QString &field)
{
    return Error::invalidInput(message, {{QStringLiteral("field"), field}});
}

Status checkCard(const CardDetails &card)
{
    if (card.approval.isEmpty())
        return Error::invalidState(QStringLiteral("the card payment was not approved"));
    if (card.approval.size() > 20 ||
        !std::all_of(card.approval.begin(), card.approval.end(),
                     [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; })) {
        return invalid(QStringLiteral("the approval number '%1' must be 1 to 20 letters or "
                                      "digits, as the card terminal printed it")
                           .arg(card.approval),
                       QStringLiteral("approval"));
    }
    if (allDigits(card.approval) && card.approval.size() >= 13) {
        return invalid(QStringLiteral("the approval number has %1 digits, as a card number has; "
                                      "ShopDesk never keeps a card number, only the approval")
                           .arg(card.approval.size()),
                       QStringLiteral("approval"));
    }
    if (!card.last4.isEmpty() && (card.last4.size() != 4 || !allDigits(card.last4))) {
        return invalid(QStringLiteral("the card's last digits must be exactly 4 digits; ShopDesk "
                                      "never keeps more of a card number"),
                       QStringLiteral("cardLast4"));
    }
    if (card.instalments != 0 && (card.instalments < 2 || card.instalments > 36)) {
        return invalid(QStringLiteral("instalments must be 0 (one payment) or 2 to 36 months, "
                                      "got %1")
                           .arg(card.instalments),
                       QStringLiteral("instalments"));
    }
    return Validate::optionalText(card.company, QStringLiteral("card company"),
                                  Limits::MaxNameLength);
}

} // namespace

QString toText(CashReceipt::Kind kind)
{
    switch (kind) {
    case CashReceipt::Kind::Phone:
        return QStringLiteral("phone");
    case CashReceipt::Kind::Business:
        return QStringLiteral("business");
    case CashReceipt::Kind::Card:
        return QStringLiteral("card");
    case CashReceipt::Kind::SelfIssued:
        return QStringLiteral("selfIssued");
    }
    Q_UNREACHABLE();
    return QString();
}

QString toText(CashReceipt::Purpose purpose)
{
    return purpose == CashReceipt::Purpose::Proof ? QStringLiteral("proof")
                                                  : QStringLiteral("deduction");
}

std::optional<CashReceipt::Kind> cashReceiptKindFromString(QStringView text)
{
    for (const auto kind : {CashReceipt::Kind::Phone, CashReceipt::Kind::Business,
                            CashReceipt::Kind::Card, CashReceipt::Kind::SelfIssued}) {
        if (text == toText(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<CashReceipt::Purpose> cashReceiptPurposeFromString(QStringView text)
{
    for (const auto purpose : {CashReceipt::Purpose::Deduction, CashReceipt::Purpose::Proof}) {
        if (text == toText(purpose))
            return purpose;
    }
    return std::nullopt;
}

Status validateBusinessNumber(const QString &digits)
{
    if (digits.size() != 10 || !allDigits(digits)) {
        return invalid(QStringLiteral("a business registration number has 10 digits, such as "
                                      "123-45-67891; got '%1'")
                           .arg(digits),
                       QStringLiteral("businessNumber"));
    }
    static constexpr int weights[9] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    sum += digits.at(8).digitValue() * 5 / 10;
    if ((10 - sum % 10) % 10 != digits.at(9).digitValue()) {
        return invalid(QStringLiteral("'%1' is not a business registration number: its check "
                                      "digit does not match; check it for a typo")
                           .arg(digits),
                       QStringLiteral("businessNumber"));
    }
    return {};
}

Result<CashReceipt> CashReceipt::parse(const QString &id, Purpose purpose)
{
    QString digits = id.trimmed();
    digits.remove(u'-');
    digits.remove(u' ');
    if (digits.isEmpty())
        return CashReceipt{Kind::SelfIssued, SelfIssueNumber, purpose};
    if (!allDigits(digits)) {
        return invalid(QStringLiteral("the cash receipt id '%1' must be digits: a phone number, a "
                                      "business registration number or a cash receipt card")
                           .arg(id),
                       QStringLiteral("cashReceipt"));
    }
    if (digits.startsWith(QStringLiteral("01")) && (digits.size() == 10 || digits.size() == 11))
        return CashReceipt{Kind::Phone, digits, purpose};
    if (digits.size() == 10) {
        SD_CHECK(validateBusinessNumber(digits));
        if (purpose != Purpose::Proof) {
            return invalid(QStringLiteral("a business registration number is for expense proof "
                                          "(지출증빙), not income deduction"),
                           QStringLiteral("purpose"));
        }
        return CashReceipt{Kind::Business, digits, purpose};
    }
    if (digits.size() >= 13 && digits.size() <= 19)
        return CashReceipt{Kind::Card, digits, purpose};
    return invalid(QStringLiteral("the cash receipt id '%1' has %2 digits: a phone number has "
                                  "10-11 (from 01), a business number 10, a cash receipt card "
                                  "13-19")
                       .arg(id)
                       .arg(digits.size()),
                   QStringLiteral("cashReceipt"));
}

QJsonObject CashReceipt::toJson() const
{
    return {{QStringLiteral("kind"), toText(kind)},
            {QStringLiteral("number"), number},
            {QStringLiteral("purpose"), toText(purpose)}};
}

QString CashReceipt::printed() const
{
    switch (kind) {
    case Kind::Phone:
        return QStringLiteral("%1-****-%2").arg(number.left(3), number.right(4));
    case Kind::Business:
        return QStringLiteral("%1-%2-%3").arg(number.left(3), number.mid(3, 2), number.mid(5));
    case Kind::Card:
        return QString(number.size() - 4, u'*') + number.right(4);
    case Kind::SelfIssued:
        return QStringLiteral("010-000-1234");
    }
    Q_UNREACHABLE();
    return QString();
}

Result<Payment> Payment::approve(const Order &order, Money paid, const PaymentRequest &request,
                                 int part)
{
    SD_CHECK(order.canPay());
    const Money left = order.total() - paid;
    // An order of nothing (every line free) is settled by one payment of 0.
    if (left <= 0 && !(order.total() == 0 && part == 1)) {
        return Error::invalidState(
            QStringLiteral("order %1 is paid in full; nothing is left to pay").arg(order.orderId()),
            {{QStringLiteral("orderId"), order.orderId()}, {QStringLiteral("left"), 0}});
    }
    if (part < 1 || part > Limits::MaxPaymentParts) {
        return Error::invalidState(QStringLiteral("order %1 has %2 payments already; at most %3")
                                       .arg(order.orderId())
                                       .arg(part - 1)
                                       .arg(Limits::MaxPaymentParts));
    }
    const Money amount = request.amount.value_or(qMax<Money>(left, 0));
    const bool cash = request.method == PaymentMethod::Cash;
    if (amount < (left > 0 ? 1 : 0) || amount > qMax<Money>(left, 0)) {
        return Error::invalidInput(
            QStringLiteral("the %1 part is %2, but %3 is left to pay on order %4; a part is 1 to "
                           "what is left")
                .arg(toText(request.method))
                .arg(amount)
                .arg(left)
                .arg(order.orderId()),
            {{QStringLiteral("field"), QStringLiteral("amount")},
             {QStringLiteral("amount"), amount},
             {QStringLiteral("left"), left}});
    }
    Money tendered = amount;
    if (cash) {
        if (request.tendered) {
            if (*request.tendered < amount) {
                return Error::invalidInput(QStringLiteral("cash tendered %1 is below the amount %2")
                                               .arg(*request.tendered)
                                               .arg(amount),
                                           {{QStringLiteral("tendered"), *request.tendered},
                                            {QStringLiteral("total"), amount}});
            }
            if (*request.tendered > Limits::MaxPrice * 1000)
                return Error::invalidInput(
                    QStringLiteral("cash tendered %1 is implausibly large").arg(*request.tendered));
            tendered = *request.tendered;
        }
        if (request.card != CardDetails())
            return invalid(QStringLiteral("card details apply to card payments only"),
                           QStringLiteral("method"));
    } else {
        if (request.tendered)
            return Error::invalidInput(QStringLiteral("--tendered applies to cash only, not card"));
        if (request.cashReceipt)
            return invalid(QStringLiteral("a cash receipt applies to the cash part only"),
                           QStringLiteral("cashReceipt"));
        SD_CHECK(checkCard(request.card));
    }
    Payment payment = restore(order.orderId(), part, request.method, amount, tendered,
                              cash ? CardDetails() : request.card, request.cashReceipt, 0);
    Events::PaymentApproved approved{request.method, amount,
                                     tendered,       payment.m_card.approval,
                                     part,           paid + amount >= order.total(),
                                     payment.m_card, payment.m_cashReceipt};
    payment.record(makeEvent(approved, order.orderId()));
    return payment;
}

Result<Payment> Payment::fromEvent(const DomainEvent &approved)
{
    SD_TRY(const Events::PaymentApproved e, decodeAs<Events::PaymentApproved>(approved));
    return restore(approved.orderId, e.part, e.method, e.amount, e.tendered, e.card, e.cashReceipt,
                   0);
}

Payment Payment::restore(const QString &orderId, int part, PaymentMethod method, Money amount,
                         Money tendered, const CardDetails &card,
                         const std::optional<CashReceipt> &cashReceipt, Money refunded)
{
    Payment payment;
    payment.m_orderId = orderId;
    payment.m_part = part;
    payment.m_method = method;
    payment.m_amount = amount;
    payment.m_tendered = tendered;
    payment.m_card = card;
    payment.m_cashReceipt = cashReceipt;
    payment.m_refunded = refunded;
    return payment;
}

Status Payment::takeBack(Money amount)
{
    if (amount < 0 || amount > held()) {
        return Error::invalidState(
            QStringLiteral("payment %1 of order %2 holds %3; %4 cannot be refunded from it")
                .arg(m_part)
                .arg(m_orderId)
                .arg(held())
                .arg(amount));
    }
    m_refunded += amount;
    return {};
}

QJsonObject Payment::toJson() const
{
    QJsonObject json{{QStringLiteral("part"), m_part},
                     {QStringLiteral("method"), toText(m_method)},
                     {QStringLiteral("amount"), m_amount},
                     {QStringLiteral("tendered"), m_tendered},
                     {QStringLiteral("change"), change()},
                     {QStringLiteral("refunded"), m_refunded},
                     {QStringLiteral("status"), toText(status())}};
    if (!m_card.approval.isEmpty())
        json.insert(QStringLiteral("approvalCode"), m_card.approval);
    if (m_method == PaymentMethod::Card) {
        json.insert(QStringLiteral("cardCompany"), m_card.company);
        json.insert(QStringLiteral("instalments"), m_card.instalments);
        json.insert(QStringLiteral("cardLast4"), m_card.last4);
    }
    if (m_cashReceipt)
        json.insert(QStringLiteral("cashReceipt"), m_cashReceipt->toJson());
    return json;
}

Money paidBy(const Payments &payments)
{
    Money sum = 0;
    for (const Payment &payment : payments)
        sum += payment.held(); // each part at most an order's total, at most 50 parts
    return sum;
}

Result<std::optional<DomainEvent>> refund(Payments &payments, Money amount, RefundOrder order,
                                          const QString &reason, int returnNo)
{
    if (amount == 0)
        return std::optional<DomainEvent>();
    const Money held = paidBy(payments);
    if (amount < 0 || amount > held) {
        return Error::invalidInput(
            QStringLiteral("a refund of %1 is more than the payments hold (%2)")
                .arg(amount)
                .arg(held),
            {{QStringLiteral("amount"), amount}, {QStringLiteral("held"), held}});
    }
    const PaymentMethod first =
        order == RefundOrder::CardFirst ? PaymentMethod::Card : PaymentMethod::Cash;
    QList<qsizetype> sequence;
    for (const PaymentMethod method :
         {first, first == PaymentMethod::Card ? PaymentMethod::Cash : PaymentMethod::Card}) {
        for (qsizetype i = payments.size() - 1; i >= 0; --i) {
            if (payments.at(i).method() == method)
                sequence.append(i);
        }
    }
    Events::PaymentRefunded refunded;
    refunded.amount = amount;
    refunded.reason = reason;
    refunded.returnNo = returnNo;
    Money left = amount;
    for (const qsizetype i : std::as_const(sequence)) {
        Payment &payment = payments[i];
        const Money taken = qMin(left, payment.held());
        if (taken == 0)
            continue;
        SD_CHECK(payment.takeBack(taken));
        refunded.parts.append({payment.part(), payment.method(), taken});
        left -= taken;
        if (left == 0)
            break;
    }
    refunded.method = refunded.parts.first().method;
    refunded.paidAfter = paidBy(payments);
    return std::optional<DomainEvent>(makeEvent(refunded, payments.first().orderId()));
}

} // namespace ShopDesk
