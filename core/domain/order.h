#pragma once

#include "domainevent.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QList>

namespace ShopDesk {

struct Customer
{
    QString name;
    QString phone;
    QString address;
};

struct OrderLine
{
    QString productId;
    QString productName;
    qint64 qty = 0;
    Money price = 0; // unit price at the time of the order

    Money total() const { return qty * price; }
};

// What a clerk asks for: product ids and quantities, before prices are looked up.
struct OrderRequestLine
{
    QString productId;
    qint64 qty = 0;
};

// The Order aggregate (주문). Payment and delivery are their own aggregates; the order
// follows them: placed -> paid -> delivering -> delivered, or cancelled before delivery.
class Order : public EventRecorder
{
public:
    Order() = default;

    // Checks the customer and request lines: a name, 1..MaxLines lines, each with a valid
    // product id and qty 1..MaxQty; the same product twice is merged into one line.
    static Result<QList<OrderRequestLine>> validateRequest(const Customer &customer,
                                                           const QList<OrderRequestLine> &lines);
    // A new order from priced lines; records OrderPlaced. InvalidInput when the total would
    // exceed Limits::MaxMoney.
    static Result<Order> place(const QString &orderId, const Customer &customer,
                       const QList<OrderLine> &lines, const QDateTime &at);
    // The order an OrderPlaced event of any terminal places, as placed; InvalidInput for
    // another event or a malformed payload.
    static Result<Order> fromPlaced(const DomainEvent &placed);
    // An order as stored, without events; origin is the terminal that placed it.
    static Order restore(const QString &orderId, OrderStatus status, const Customer &customer,
                         const QList<OrderLine> &lines, const QDateTime &placedAt,
                         const QString &origin = {});

    const QString &orderId() const { return m_orderId; }
    OrderStatus status() const { return m_status; }
    const Customer &customer() const { return m_customer; }
    const QList<OrderLine> &lines() const { return m_lines; }
    const QDateTime &placedAt() const { return m_placedAt; }
    // The terminal that placed the order and owns it (empty for one not stored yet).
    const QString &origin() const { return m_origin; }
    Money total() const;

    Status canPay() const;
    Status markPaid();
    Status markDelivering();
    Status markDelivered();
    // Placed, paid or delivering orders can be cancelled; records OrderCancelled.
    Status cancel(const QString &reason);
    // Applies a recorded event of this order (from this terminal or another one): the status
    // it leads to (orderStatusAfter), without checking the status it comes from, since it has
    // happened. InvalidInput for another order's event or a malformed payload.
    Status apply(const DomainEvent &event);

private:
    Status transition(OrderStatus from, OrderStatus to);

    QString m_orderId;
    OrderStatus m_status = OrderStatus::Placed;
    Customer m_customer;
    QList<OrderLine> m_lines;
    QDateTime m_placedAt;
    QString m_origin;
};

// The sum of the lines' totals, or nullopt when it would exceed Limits::MaxMoney (a line alone
// stays below 2^63: MaxQty x MaxPrice).
std::optional<Money> orderTotal(const QList<OrderLine> &lines);

QJsonObject toJson(const Customer &customer);
QJsonArray toJson(const QList<OrderLine> &lines);
QList<OrderLine> orderLinesFromJson(const QJsonArray &array);

} // namespace ShopDesk
