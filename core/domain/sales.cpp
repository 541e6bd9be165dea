#include "sales.h"

namespace ShopDesk {

namespace {

bool isSettled(OrderStatus status)
{
    return status == OrderStatus::Paid || status == OrderStatus::Delivering ||
           status == OrderStatus::Delivered;
}

Money &paidField(SalesFigures &figures, PaymentMethod method)
{
    return method == PaymentMethod::Cash ? figures.paidCash : figures.paidCard;
}

Money &refundedField(SalesFigures &figures, PaymentMethod method)
{
    return method == PaymentMethod::Cash ? figures.refundedCash : figures.refundedCard;
}

// Adds each line's remaining units and net, times sign.
void addLines(SalesFigures &figures, const Order &order, int sign)
{
    const QList<OrderLine> &lines = order.lines();
    const QList<LineMoney> &money = order.money().lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ProductSales &product = figures.products[lines[i].productId];
        product.qty += sign * lines[i].remaining();
        product.net += sign * (i < money.size() ? money[i].net : 0);
    }
}

void dropZeroProducts(SalesFigures &figures)
{
    for (auto it = figures.products.begin(); it != figures.products.end();) {
        if (it->isZero())
            it = figures.products.erase(it);
        else
            ++it;
    }
}

} // namespace

Money SalesFigures::paid(PaymentMethod method) const
{
    return method == PaymentMethod::Cash ? paidCash : paidCard;
}

Money SalesFigures::refunded(PaymentMethod method) const
{
    return method == PaymentMethod::Cash ? refundedCash : refundedCard;
}

const QList<SalesFigures::Measure> &SalesFigures::measures()
{
    static const QList<Measure> list{
        {QLatin1StringView("orders"), &SalesFigures::orders},
        {QLatin1StringView("gross"), &SalesFigures::gross},
        {QLatin1StringView("discounts"), &SalesFigures::discounts},
        {QLatin1StringView("net"), &SalesFigures::net},
        {QLatin1StringView("vat"), &SalesFigures::vat},
        {QLatin1StringView("returns"), &SalesFigures::returns},
        {QLatin1StringView("returned"), &SalesFigures::returned},
        {QLatin1StringView("cancellations"), &SalesFigures::cancellations},
        {QLatin1StringView("cancelled"), &SalesFigures::cancelled},
        {QLatin1StringView("refunds"), &SalesFigures::refunds},
        {QLatin1StringView("paid.cash"), &SalesFigures::paidCash},
        {QLatin1StringView("paid.card"), &SalesFigures::paidCard},
        {QLatin1StringView("refunded.cash"), &SalesFigures::refundedCash},
        {QLatin1StringView("refunded.card"), &SalesFigures::refundedCard},
    };
    return list;
}

qint64 SalesFigures::*SalesFigures::measure(QStringView name)
{
    for (const Measure &m : measures()) {
        if (m.name == name)
            return m.field;
    }
    return nullptr;
}

bool SalesFigures::isZero() const
{
    for (const Measure &m : measures()) {
        if (this->*m.field != 0)
            return false;
    }
    return products.isEmpty();
}

void SalesFigures::add(const SalesFigures &other)
{
    for (const Measure &m : measures())
        this->*m.field += other.*m.field;
    for (auto it = other.products.cbegin(); it != other.products.cend(); ++it) {
        ProductSales &product = products[it.key()];
        product.qty += it->qty;
        product.net += it->net;
    }
    dropZeroProducts(*this);
}

bool movesSales(QStringView eventType)
{
    return eventType == EventType::OrderPlaced || eventType == EventType::PaymentApproved ||
           eventType == EventType::PaymentRefunded || eventType == EventType::OrderCancelled ||
           eventType == EventType::OrderLinesReturned;
}

bool addsSales(const DomainEvent &event)
{
    return !event.orderId.isEmpty() && movesSales(event.type) &&
           event.type != EventType::OrderPlaced;
}

bool salesNeedHistory(QStringView eventType)
{
    return eventType == EventType::OrderCancelled || eventType == EventType::OrderLinesReturned ||
           eventType == EventType::PaymentApproved;
}

SalesBucket SalesBucket::of(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return {local.date(), local.time().hour()};
}

Result<SalesFigures> OrderSalesFold::apply(const DomainEvent &event)
{
    if (!movesSales(event.type))
        return SalesFigures{};
    SD_TRY(const EventPayload payload, decodePayload(event));
    return apply(event, payload);
}

Result<SalesFigures> OrderSalesFold::apply(const DomainEvent &event, const EventPayload &payload)
{
    SalesFigures figures;
    if (std::holds_alternative<Events::OrderPlaced>(payload)) {
        SD_TRY(Order placed, Order::fromPlaced(event));
        m_order = std::move(placed);
        return figures;
    }
    if (!movesSales(event.type))
        return figures;
    if (const auto *paid = std::get_if<Events::PaymentApproved>(&payload))
        paidField(figures, paid->method) += paid->amount;
    if (const auto *refunded = std::get_if<Events::PaymentRefunded>(&payload)) {
        figures.refunds += refunded->amount;
        if (refunded->parts.isEmpty()) {
            refundedField(figures, refunded->method) += refunded->amount;
        } else {
            for (const Events::PaymentRefunded::Part &part : refunded->parts)
                refundedField(figures, part.method) += part.amount;
        }
        return figures; // a refund follows the return or cancellation that made it
    }
    if (!m_order || m_order->orderId() != event.orderId) {
        return Error::invalidInput(
            QStringLiteral("event %1 (%2) of order %3 comes before the order was placed")
                .arg(event.eventId, event.type, event.orderId));
    }
    const Order before = *m_order;
    SD_CHECK(m_order->apply(event));
    const Order &after = *m_order;
    const bool settledBefore = isSettled(before.status());
    const bool settledAfter = isSettled(after.status());
    const bool cancelling = std::holds_alternative<Events::OrderCancelled>(payload);
    const bool returning = std::holds_alternative<Events::OrderLinesReturned>(payload);
    if (cancelling)
        figures.cancellations += 1;
    if (returning && settledBefore)
        figures.returns += 1;

    if (!settledBefore && settledAfter) {
        const OrderMoney &money = after.money();
        figures.orders += 1;
        figures.gross += money.gross;
        figures.discounts += money.lineDiscounts + money.orderDiscount;
        figures.net += money.total;
        figures.vat += money.vat;
        addLines(figures, after, +1);
    } else if (settledBefore && settledAfter && returning) {
        figures.returned += before.total() - after.total();
        addLines(figures, before, -1);
        addLines(figures, after, +1);
    } else if (settledBefore && !settledAfter) {
        (cancelling ? figures.cancelled : figures.returned) += before.total();
        addLines(figures, before, -1);
    }
    dropZeroProducts(figures);
    return figures;
}

void SalesTally::add(const SalesBucket &bucket, const QString &terminal,
                     const SalesFigures &figures)
{
    const qint64 day = bucket.day.toJulianDay();
    SalesFigures measures = figures;
    measures.products.clear();
    if (!measures.isZero())
        hours[{day, bucket.hour, terminal}].add(measures);
    for (auto it = figures.products.cbegin(); it != figures.products.cend(); ++it) {
        ProductSales &product = products[{day, terminal, it.key()}];
        product.qty += it->qty;
        product.net += it->net;
    }
}

void SalesTally::dropZeros()
{
    std::erase_if(hours, [](const auto &row) { return row.second.isZero(); });
    std::erase_if(products, [](const auto &row) { return row.second.isZero(); });
}

} // namespace ShopDesk
