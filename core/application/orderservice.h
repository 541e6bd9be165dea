#pragma once

#include "shopstore.h"

#include <optional>

namespace ShopDesk {

class PolicyRunner;
class UnitOfWork;

// A reaction a command triggered that could not run (a full disk, a failing one): the command
// itself is committed, the reaction and those after it stay pending, and PolicyRunner::
// runPending() completes them (every shopdesk-cli command, and the window's next start).
struct PendingFollowUp
{
    Policy policy;
    Error error; // why it failed
};

// An order with its payment and delivery, as `order show` prints it.
struct OrderDetails
{
    Order order;
    std::optional<Payment> payment;
    std::optional<Delivery> delivery;
    // Set only by a command whose reactions were left pending.
    std::optional<PendingFollowUp> pending;

    QJsonObject toJson() const;
};

// Ordering, payment and delivery commands (주문, 결제, 배송). Each command commits its own
// transaction and returns after the policies it triggered have run, so the returned details
// already show their effects (a paid order is delivering and its stock decreased).
class OrderService
{
public:
    OrderService(UnitOfWork &work, PolicyRunner &policies);

    // Rule 1 and 2: every line is checked and reserved, or the order is refused with the
    // short products (InsufficientStock, details.shortages) and nothing changes.
    Result<OrderDetails> placeOrder(const Customer &customer, const QList<OrderRequestLine> &lines);
    // Rule 3 and 4: cash with tendered (none means exact) or card; delivery starts by policy.
    Result<OrderDetails> payOrder(const QString &orderId, PaymentMethod method,
                                  std::optional<Money> tendered = std::nullopt);
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

    UnitOfWork &m_work;
    PolicyRunner &m_policies;
};

} // namespace ShopDesk
