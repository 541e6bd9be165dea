#pragma once

#include "domainevent.h"
#include "money.h"
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
    OrderLine() = default;
    OrderLine(QString productId, QString productName, qint64 qty, Money price,
              TaxKind tax = TaxKind::Taxable, Discount discount = {})
        : productId(std::move(productId))
        , productName(std::move(productName))
        , qty(qty)
        , price(price)
        , tax(tax)
        , discount(std::move(discount))
    {}

    QString productId;
    QString productName;
    qint64 qty = 0;
    Money price = 0; // unit price at the time of the order
    TaxKind tax = TaxKind::Taxable;
    Discount discount;   // the line's own discount, on its whole quantity
    qint64 returned = 0; // units returned or cancelled since (OrderLinesReturned)

    qint64 remaining() const { return qty - returned; }
    // The remaining units at the unit price, before discounts (OrderMoney has the net).
    Money total() const { return remaining() * price; }
};

// What a clerk asks for: product ids and quantities (and a line's discount), before prices
// are looked up.
struct OrderRequestLine
{
    OrderRequestLine() = default;
    OrderRequestLine(QString productId, qint64 qty, Discount discount = {})
        : productId(std::move(productId))
        , qty(qty)
        , discount(std::move(discount))
    {}

    QString productId;
    qint64 qty = 0;
    Discount discount;
};

// The terms an order is placed on, besides its lines: frozen in OrderPlaced.
struct OrderTerms
{
    Discount discount; // on the whole order
    int vatRate = Tax::DefaultVatRate;
    // The manager who approved discounts above the clerk's limit; empty when none was needed.
    QString discountApprovedBy;
};

// What happens to the stock of returned units: released from the reservation (the delivery
// has not started), back on hand (the delivery started, or the goods came back whole), or
// written off (they came back damaged; on hand stays as the delivery left it).
enum class ReturnStock { Release, Restock, WriteOff };
QString toText(ReturnStock stock);
std::optional<ReturnStock> returnStockFromString(QStringView text);

namespace Events {
struct OrderLinesReturned;
}

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
    // A new order from priced lines; records OrderPlaced with its money (orderMoney()).
    // InvalidInput when a discount is larger than what it discounts or the total would exceed
    // Limits::MaxMoney.
    static Result<Order> place(const QString &orderId, const Customer &customer,
                               const QList<OrderLine> &lines, const QDateTime &at,
                               const OrderTerms &terms = {});
    // The order an OrderPlaced event of any terminal places, as placed; InvalidInput for
    // another event or a malformed payload.
    static Result<Order> fromPlaced(const DomainEvent &placed);
    // An order as stored, without events; origin is the terminal that placed it.
    static Order restore(const QString &orderId, OrderStatus status, const Customer &customer,
                         const QList<OrderLine> &lines, const QDateTime &placedAt,
                         const QString &origin = {}, const OrderTerms &terms = {});

    const QString &orderId() const { return m_orderId; }
    OrderStatus status() const { return m_status; }
    const Customer &customer() const { return m_customer; }
    const QList<OrderLine> &lines() const { return m_lines; }
    const QDateTime &placedAt() const { return m_placedAt; }
    // The terminal that placed the order and owns it (empty for one not stored yet).
    const QString &origin() const { return m_origin; }
    const OrderTerms &terms() const { return m_terms; }
    // The money of the remaining quantities, by the one rule (orderMoney()).
    const OrderMoney &money() const { return m_money; }
    // What the customer pays for what remains.
    Money total() const { return m_money.total; }
    // Whether every unit was returned or cancelled line by line.
    bool nothingLeft() const;

    Status canPay() const;
    Status markPaid();
    Status markDelivering();
    Status markDelivered();
    // Placed, paid or delivering orders can be cancelled; records OrderCancelled.
    Status cancel(const QString &reason);
    // Returns (or cancels before delivery) units of some lines: each line's product at most
    // the units it has left. `paid` is what the order's payments hold now (approved minus
    // refunded). Records OrderLinesReturned: the refund is what was paid beyond the new total;
    // the stock is released before the delivery starts, comes back while it runs, and after
    // it completed comes back or is written off as the clerk says (writeOff). Returning what
    // is left cancels the order; a placed order whose payments now cover the new total is
    // paid. InvalidState for a cancelled order; InvalidInput for a line the order does not
    // have or more units than it has left.
    Status returnLines(const QList<OrderRequestLine> &lines, bool writeOff, const QString &reason,
                       Money paid, int returnNo);
    // Applies a recorded event of this order (from this terminal or another one): the status
    // it leads to (orderStatusAfter), without checking the status it comes from, since it has
    // happened. InvalidInput for another order's event or a malformed payload.
    Status apply(const DomainEvent &event);

private:
    Status transition(OrderStatus from, OrderStatus to);
    // Sets the lines' returned units from a return and computes the money again.
    Status takeBack(const Events::OrderLinesReturned &returned);
    Status computeMoney();

    QString m_orderId;
    OrderStatus m_status = OrderStatus::Placed;
    Customer m_customer;
    QList<OrderLine> m_lines;
    QDateTime m_placedAt;
    QString m_origin;
    OrderTerms m_terms;
    OrderMoney m_money;
};

QJsonObject toJson(const Customer &customer);
QJsonArray toJson(const QList<OrderLine> &lines);

} // namespace ShopDesk
