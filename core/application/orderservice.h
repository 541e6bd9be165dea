#pragma once

#include "events.h"
#include "shopstore.h"

#include <optional>

namespace ShopDesk {

class PolicyRunner;
class UnitOfWork;
class UserService;

// A reaction a command triggered that could not run (a full disk, a failing one): the command
// itself is committed, the reaction and those after it stay pending, and PolicyRunner::
// runPending() completes them (every shopdesk-cli command, and the window's next start).
struct PendingFollowUp
{
    Policy policy;
    Error error; // why it failed
};

// An order with its payments, delivery and returns, as `order show` prints it.
struct OrderDetails
{
    Order order;
    Payments payments; // oldest part first
    std::optional<Delivery> delivery;
    QList<OrderReturn> returns; // oldest first
    QString clerk;              // who placed the order
    // Set only by a command whose reactions were left pending.
    std::optional<PendingFollowUp> pending;

    // What the payments hold now, and what is left to pay.
    Money paid() const { return paidBy(payments); }
    Money due() const { return qMax<Money>(0, order.total() - paid()); }
    // The first part: what `payment` meant when an order had one.
    const Payment *firstPayment() const { return payments.isEmpty() ? nullptr : &payments.first(); }
    QJsonObject toJson() const;
};

// A manager approving, with their PIN at the counter, discounts above the clerk's limit.
struct DiscountApproval
{
    QString manager;
    QString pin;
};

// What an order is placed with besides its lines: a discount on the whole order, and the
// approval when the discounts exceed the clerk's limit.
struct PlaceOptions
{
    Discount discount;
    std::optional<DiscountApproval> approval;
};

// How a return is done: written off (after delivery, damaged) instead of restocked, and how
// its refund is taken from the payments.
struct ReturnOptions
{
    bool writeOff = false;
    RefundOrder refundOrder = RefundOrder::CardFirst;
    QString reason;
};

// Ordering, payment and delivery commands (주문, 결제, 배송). Each command commits its own
// transaction and returns after the policies it triggered have run, so the returned details
// already show their effects (a paid order is delivering and its stock decreased).
class OrderService
{
public:
    OrderService(UnitOfWork &work, PolicyRunner &policies, UserService &users);

    // Rule 1 and 2: every line is checked and reserved, or the order is refused with the
    // short products (InsufficientStock, details.shortages) and nothing changes. Each product's
    // tax and the shop's VAT rate are frozen in the order. Discounts above the shop's clerk
    // limit need a manager's approval unless a manager places the order: without it Forbidden
    // (details.reason "discountApproval", details.limit); a wrong PIN counts against the
    // manager as a login does.
    Result<OrderDetails> placeOrder(const Customer &customer, const QList<OrderRequestLine> &lines,
                                    const PlaceOptions &options = {});
    // Rule 3 and 4: one payment towards the order (cash or card, at most what is left); the
    // part that covers the total makes the order paid, and delivery starts by policy.
    Result<OrderDetails> pay(const QString &orderId, const PaymentRequest &request);
    // What is left in one payment: cash with tendered (none means exact), or card approved by
    // the (simulated) card terminal.
    Result<OrderDetails> payOrder(const QString &orderId, PaymentMethod method,
                                  std::optional<Money> tendered = std::nullopt);
    // Returns (or cancels before delivery) units of some lines, with the stock, the refund and
    // the order's status as Order::returnLines decides, in one transaction.
    Result<OrderDetails> returnLines(const QString &orderId, const QList<OrderRequestLine> &lines,
                                     const ReturnOptions &options);
    // What returnLines would refund, without doing it (the window shows it before the clerk
    // confirms).
    Result<Money> refundFor(const QString &orderId, const QList<OrderRequestLine> &lines) const;
    // Rule 6: releases the reservation, or cancels the delivery; refunds when paid.
    Result<OrderDetails> cancelOrder(const QString &orderId, const QString &reason = {});
    Result<OrderDetails> completeDelivery(const QString &orderId);

    Result<OrderDetails> order(const QString &orderId) const;
    Result<QList<OrderView>> orders(const ListQuery &query = {}) const;
    Result<QList<OrderView>> deliveries(const ListQuery &query = {}) const;
    Result<QList<DomainEvent>> events(const EventQuery &query = {}) const;
    // The reason the order was cancelled with; empty when it was not cancelled or no reason
    // was given.
    Result<QString> cancellationReason(const QString &orderId) const;

    // The same lists, streamed row by row for output that may hold millions of rows.
    Status forEachOrder(const ListQuery &query,
                        const std::function<void(const OrderView &)> &visit) const;
    Status forEachDelivery(const ListQuery &query,
                           const std::function<void(const OrderView &)> &visit) const;
    Status forEachEvent(const EventQuery &query,
                        const std::function<void(const DomainEvent &)> &visit) const;

    // One row of the order list as orders() returns it; NotFound if the order is unknown.
    Result<OrderView> orderView(const QString &orderId) const;

private:
    using OrderChange = std::function<Result<QList<DomainEvent>>(Order &)>;
    // Loads the order (NotFound if missing; InvalidState, details.owner, if another terminal
    // placed it), applies change in one transaction, runs the policies its events trigger
    // and returns the order as it then is.
    Result<OrderDetails> changeOrder(const QString &orderId, const OrderChange &change);
    Result<OrderDetails> afterCommand(const QString &orderId,
                                      const Result<QList<DomainEvent>> &committed);
    // The order as order() reads it, without the role check the command already made.
    Result<OrderDetails> load(const QString &orderId) const;
    // The order's returns with their refunds, from its events.
    Result<QList<OrderReturn>> returnsOf(const QString &orderId) const;

    UnitOfWork &m_work;
    PolicyRunner &m_policies;
    UserService &m_users;
};

} // namespace ShopDesk
