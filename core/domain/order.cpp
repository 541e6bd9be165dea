#include "order.h"

#include "events.h"
#include "validation.h"

#include <QJsonArray>

namespace ShopDesk {

Result<QList<OrderRequestLine>> Order::validateRequest(const Customer &customer,
                                                       const QList<OrderRequestLine> &lines)
{
    SD_CHECK(Validate::requiredText(customer.name, QStringLiteral("customer name"),
                                    Limits::MaxNameLength));
    SD_CHECK(
        Validate::optionalText(customer.phone, QStringLiteral("phone"), Limits::MaxPhoneLength));
    SD_CHECK(
        Validate::optionalText(customer.address, QStringLiteral("address"), Limits::MaxTextLength));
    if (lines.isEmpty())
        return Error::invalidInput(QStringLiteral("an order needs at least one item"));
    if (lines.size() > Limits::MaxLines)
        return Error::invalidInput(QStringLiteral("an order has at most %1 lines, got %2")
                                       .arg(Limits::MaxLines)
                                       .arg(lines.size()));

    QList<OrderRequestLine> merged;
    for (const OrderRequestLine &line : lines) {
        SD_CHECK(Validate::identifier(line.productId, QStringLiteral("product id")));
        SD_CHECK(
            Validate::quantity(line.qty, QStringLiteral("quantity of %1").arg(line.productId)));
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&](const auto &m) { return m.productId == line.productId; });
        if (it == merged.end()) {
            merged.append(line);
        } else {
            it->qty += line.qty;
            SD_CHECK(Validate::quantity(
                it->qty, QStringLiteral("total quantity of %1").arg(line.productId)));
        }
    }
    return merged;
}

Result<Order> Order::place(const QString &orderId, const Customer &customer,
                           const QList<OrderLine> &lines, const QDateTime &at)
{
    const std::optional<Money> total = orderTotal(lines);
    if (!total) {
        return Error::invalidInput(
            QStringLiteral("the order's total would exceed %1; split it into smaller orders")
                .arg(Limits::MaxMoney),
            {{QStringLiteral("maximum"), Limits::MaxMoney}});
    }
    Order order = restore(orderId, OrderStatus::Placed, customer, lines, at);
    order.record(makeEvent(Events::OrderPlaced{customer, lines, *total}, orderId));
    return order;
}

Result<Order> Order::fromPlaced(const DomainEvent &placed)
{
    SD_TRY(const Events::OrderPlaced e, decodeAs<Events::OrderPlaced>(placed));
    if (placed.orderId.isEmpty())
        return Error::invalidInput(QStringLiteral("event %1 names no order").arg(placed.eventId));
    return restore(placed.orderId, OrderStatus::Placed, e.customer, e.lines, placed.occurredAt,
                   placed.origin);
}

Status Order::apply(const DomainEvent &event)
{
    if (event.orderId != m_orderId) {
        return Error::invalidInput(
            QStringLiteral("event %1 of order %2 does not belong to order %3")
                .arg(event.eventId, event.orderId, m_orderId));
    }
    SD_TRY(const EventPayload payload, decodePayload(event));
    if (const std::optional<OrderStatus> status = orderStatusAfter(payload))
        m_status = *status;
    return {};
}

Order Order::restore(const QString &orderId, OrderStatus status, const Customer &customer,
                     const QList<OrderLine> &lines, const QDateTime &placedAt,
                     const QString &origin)
{
    Order order;
    order.m_orderId = orderId;
    order.m_status = status;
    order.m_customer = customer;
    order.m_lines = lines;
    order.m_placedAt = placedAt;
    order.m_origin = origin;
    return order;
}

Money Order::total() const
{
    // Orders are placed and received with a total that fits (place, the OrderPlaced decoder).
    return orderTotal(m_lines).value_or(Limits::MaxMoney);
}

std::optional<Money> orderTotal(const QList<OrderLine> &lines)
{
    Money sum = 0;
    for (const OrderLine &line : lines) {
        Money lineTotal = 0;
        if (line.qty < 0 || line.price < 0 || line.qty > Limits::MaxQty ||
            line.price > Limits::MaxPrice ||
            __builtin_mul_overflow(line.qty, line.price, &lineTotal) ||
            __builtin_add_overflow(sum, lineTotal, &sum) || sum > Limits::MaxMoney) {
            return std::nullopt;
        }
    }
    return sum;
}

Status Order::canPay() const
{
    if (m_status != OrderStatus::Placed) {
        return Error::invalidState(
            QStringLiteral("order %1 is %2; only a placed order can be paid")
                .arg(m_orderId, toText(m_status)),
            {{QStringLiteral("orderId"), m_orderId}, {QStringLiteral("status"), toText(m_status)}});
    }
    return {};
}

Status Order::markPaid()
{
    return transition(OrderStatus::Placed, OrderStatus::Paid);
}
Status Order::markDelivering()
{
    return transition(OrderStatus::Paid, OrderStatus::Delivering);
}
Status Order::markDelivered()
{
    return transition(OrderStatus::Delivering, OrderStatus::Delivered);
}

Status Order::cancel(const QString &reason)
{
    if (m_status == OrderStatus::Delivered || m_status == OrderStatus::Cancelled) {
        return Error::invalidState(
            QStringLiteral("order %1 is %2 and cannot be cancelled")
                .arg(m_orderId, toText(m_status)),
            {{QStringLiteral("orderId"), m_orderId}, {QStringLiteral("status"), toText(m_status)}});
    }
    const Events::OrderCancelled cancelled{reason, m_status};
    m_status = *orderStatusAfter(cancelled);
    record(makeEvent(cancelled, m_orderId));
    return {};
}

Status Order::transition(OrderStatus from, OrderStatus to)
{
    if (m_status != from) {
        return Error::invalidState(
            QStringLiteral("order %1 is %2, expected %3")
                .arg(m_orderId, toText(m_status), toText(from)),
            {{QStringLiteral("orderId"), m_orderId}, {QStringLiteral("status"), toText(m_status)}});
    }
    m_status = to;
    return {};
}

QJsonObject toJson(const Customer &customer)
{
    return {{QStringLiteral("name"), customer.name},
            {QStringLiteral("phone"), customer.phone},
            {QStringLiteral("address"), customer.address}};
}

QJsonArray toJson(const QList<OrderLine> &lines)
{
    QJsonArray array;
    for (const OrderLine &line : lines) {
        array.append(QJsonObject{{QStringLiteral("productId"), line.productId},
                                 {QStringLiteral("productName"), line.productName},
                                 {QStringLiteral("qty"), line.qty},
                                 {QStringLiteral("price"), line.price}});
    }
    return array;
}

QList<OrderLine> orderLinesFromJson(const QJsonArray &array)
{
    QList<OrderLine> lines;
    lines.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        lines.append({o.value(QStringLiteral("productId")).toString(),
                      o.value(QStringLiteral("productName")).toString(),
                      o.value(QStringLiteral("qty")).toInteger(),
                      o.value(QStringLiteral("price")).toInteger()});
    }
    return lines;
}

} // namespace ShopDesk
