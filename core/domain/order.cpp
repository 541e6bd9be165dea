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
                           const QList<OrderLine> &lines, const QDateTime &at,
                           const OrderTerms &terms)
{
    QList<OrderLine> placed = lines;
    for (OrderLine &line : placed) {
        line.returned = 0;
        SD_CHECK(Validate::optionalText(line.discount.reason, QStringLiteral("discount reason"),
                                        Limits::MaxTextLength));
    }
    SD_CHECK(Validate::optionalText(terms.discount.reason, QStringLiteral("discount reason"),
                                    Limits::MaxTextLength));
    SD_TRY(const OrderMoney money, orderMoney(placed, terms.discount, terms.vatRate));
    Order order = restore(orderId, OrderStatus::Placed, customer, placed, at, {}, terms);
    order.record(
        makeEvent(Events::OrderPlaced{customer, placed, money.total, terms, money}, orderId));
    return order;
}

Result<Order> Order::fromPlaced(const DomainEvent &placed)
{
    SD_TRY(const Events::OrderPlaced e, decodeAs<Events::OrderPlaced>(placed));
    if (placed.orderId.isEmpty())
        return Error::invalidInput(QStringLiteral("event %1 names no order").arg(placed.eventId));
    return restore(placed.orderId, OrderStatus::Placed, e.customer, e.lines, placed.occurredAt,
                   placed.origin, e.terms);
}

Status Order::apply(const DomainEvent &event)
{
    if (event.orderId != m_orderId) {
        return Error::invalidInput(
            QStringLiteral("event %1 of order %2 does not belong to order %3")
                .arg(event.eventId, event.orderId, m_orderId));
    }
    SD_TRY(const EventPayload payload, decodePayload(event));
    if (const auto *returned = std::get_if<Events::OrderLinesReturned>(&payload))
        SD_CHECK(takeBack(*returned));
    if (const std::optional<OrderStatus> status = orderStatusAfter(payload))
        m_status = *status;
    return {};
}

Order Order::restore(const QString &orderId, OrderStatus status, const Customer &customer,
                     const QList<OrderLine> &lines, const QDateTime &placedAt,
                     const QString &origin, const OrderTerms &terms)
{
    Order order;
    order.m_orderId = orderId;
    order.m_status = status;
    order.m_customer = customer;
    order.m_lines = lines;
    order.m_placedAt = placedAt;
    order.m_origin = origin;
    order.m_terms = terms;
    // Orders are placed and received with money that computes (place, the OrderPlaced
    // decoder); a stored one that would not is shown as zero rather than guessed.
    (void)order.computeMoney();
    return order;
}

Status Order::computeMoney()
{
    Result<OrderMoney> money = orderMoney(m_lines, m_terms.discount, m_terms.vatRate);
    if (!money) {
        m_money = OrderMoney();
        return money.error();
    }
    m_money = std::move(money.value());
    return {};
}

bool Order::nothingLeft() const
{
    return std::all_of(m_lines.begin(), m_lines.end(),
                       [](const OrderLine &line) { return line.remaining() == 0; });
}

Status Order::returnLines(const QList<OrderRequestLine> &lines, bool writeOff,
                          const QString &reason, Money paid, int returnNo)
{
    const QJsonObject ids{{QStringLiteral("orderId"), m_orderId},
                          {QStringLiteral("status"), toText(m_status)}};
    if (m_status == OrderStatus::Cancelled) {
        return Error::invalidState(
            QStringLiteral("order %1 is cancelled; nothing is left to return").arg(m_orderId), ids);
    }
    SD_CHECK(Validate::optionalText(reason, QStringLiteral("reason"), Limits::MaxTextLength));
    if (lines.isEmpty())
        return Error::invalidInput(QStringLiteral("a return needs at least one item"));
    if (writeOff && m_status != OrderStatus::Delivered) {
        return Error::invalidInput(
            QStringLiteral("order %1 is %2; only goods that came back after delivery can be "
                           "written off (before that they never left the shop)")
                .arg(m_orderId, toText(m_status)),
            ids);
    }
    Events::OrderLinesReturned returned;
    returned.returnNo = returnNo;
    returned.reason = reason;
    returned.stock =
        m_status == OrderStatus::Delivered
            ? (writeOff ? ReturnStock::WriteOff : ReturnStock::Restock)
            : (m_status == OrderStatus::Delivering ? ReturnStock::Restock : ReturnStock::Release);
    QList<OrderLine> after = m_lines;
    for (const OrderRequestLine &request : lines) {
        SD_CHECK(Validate::quantity(request.qty,
                                    QStringLiteral("quantity of %1").arg(request.productId)));
        auto line = std::find_if(after.begin(), after.end(), [&](const OrderLine &l) {
            return l.productId == request.productId;
        });
        if (line == after.end()) {
            return Error::invalidInput(QStringLiteral("order %1 has no line of product '%2'")
                                           .arg(m_orderId, request.productId),
                                       {{QStringLiteral("orderId"), m_orderId},
                                        {QStringLiteral("productId"), request.productId}});
        }
        if (request.qty > line->remaining()) {
            return Error::invalidInput(
                QStringLiteral("order %1 has %2 of %3 left; %4 cannot be returned")
                    .arg(m_orderId)
                    .arg(line->remaining())
                    .arg(request.productId)
                    .arg(request.qty),
                {{QStringLiteral("orderId"), m_orderId},
                 {QStringLiteral("productId"), request.productId},
                 {QStringLiteral("left"), line->remaining()},
                 {QStringLiteral("requested"), request.qty}});
        }
        line->returned += request.qty;
        auto listed = std::find_if(returned.lines.begin(), returned.lines.end(),
                                   [&](const auto &l) { return l.productId == request.productId; });
        if (listed == returned.lines.end())
            returned.lines.append({request.productId, request.qty});
        else
            listed->qty += request.qty;
    }
    SD_TRY(const OrderMoney money, orderMoney(after, m_terms.discount, m_terms.vatRate));
    returned.total = money.total;
    returned.refund = qMax<Money>(0, paid - money.total);
    returned.cancels = std::all_of(after.begin(), after.end(),
                                   [](const OrderLine &l) { return l.remaining() == 0; });
    returned.settles =
        !returned.cancels && m_status == OrderStatus::Placed && paid > 0 && paid >= money.total;
    SD_CHECK(takeBack(returned));
    if (const std::optional<OrderStatus> status = orderStatusAfter(returned))
        m_status = *status;
    record(makeEvent(returned, m_orderId));
    return {};
}

Status Order::takeBack(const Events::OrderLinesReturned &returned)
{
    QList<OrderLine> before = m_lines;
    for (const Events::OrderLinesReturned::Line &r : returned.lines) {
        auto line = std::find_if(m_lines.begin(), m_lines.end(),
                                 [&](const OrderLine &l) { return l.productId == r.productId; });
        if (line == m_lines.end() || r.qty > line->remaining()) {
            m_lines = before;
            return Error::invalidInput(
                QStringLiteral("return %1 of order %2 takes back more of %3 than the order has")
                    .arg(returned.returnNo)
                    .arg(m_orderId, r.productId));
        }
        line->returned += r.qty;
    }
    if (Status computed = computeMoney(); !computed) {
        m_lines = before;
        (void)computeMoney();
        return computed;
    }
    return {};
}

QString toText(ReturnStock stock)
{
    switch (stock) {
    case ReturnStock::Release:
        return QStringLiteral("release");
    case ReturnStock::Restock:
        return QStringLiteral("restock");
    case ReturnStock::WriteOff:
        return QStringLiteral("writeOff");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<ReturnStock> returnStockFromString(QStringView text)
{
    for (const ReturnStock stock :
         {ReturnStock::Release, ReturnStock::Restock, ReturnStock::WriteOff}) {
        if (text == toText(stock))
            return stock;
    }
    return std::nullopt;
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
                                 {QStringLiteral("price"), line.price},
                                 {QStringLiteral("tax"), toText(line.tax)},
                                 {QStringLiteral("discount"), line.discount.toJson()}});
    }
    return array;
}

} // namespace ShopDesk
