#include "policyrunner.h"

#include "events.h"
#include "shopstore.h"
#include "unitofwork.h"

#include <QDebug>

namespace ShopDesk {

PolicyRunner::PolicyRunner(UnitOfWork &work)
    : m_work(work)
{}

Status PolicyRunner::react(const QList<DomainEvent> &events)
{
    QList<DomainEvent> queue = events;
    const QString self = m_work.store().terminal();
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const DomainEvent event = queue.at(i);
        // Another terminal's event: its origin ran the policies, whose effects arrive as
        // events of their own.
        if (!event.origin.isEmpty() && event.origin != self)
            continue;
        for (const Policy policy : policiesFor(event.type)) {
            Result<QList<DomainEvent>> raised = runOne(event, policy);
            if (!raised) {
                // Which reaction is left pending, for the command's caller to say so.
                Error error = raised.error();
                error.details.insert(QStringLiteral("policy"), policyName(policy));
                error.details.insert(QStringLiteral("orderId"), event.orderId);
                return error;
            }
            queue.append(raised.value());
        }
    }
    return {};
}

Result<int> PolicyRunner::runPending()
{
    int ran = 0;
    for (;;) {
        SD_TRY(const QList<PendingReaction> pending, m_work.store().pendingReactions(256));
        if (pending.isEmpty())
            return ran;
        for (const PendingReaction &reaction : pending) {
            Result<QList<DomainEvent>> raised = runOne(reaction.event, reaction.policy);
            if (!raised)
                return raised.error();
            ++ran;
            // What a healed reaction raises triggers further policies at once.
            SD_CHECK(react(raised.value()));
        }
    }
}

Result<QList<DomainEvent>> PolicyRunner::runOne(const DomainEvent &event, Policy policy)
{
    return m_work.runReaction(event, policy,
                              [this, &event, policy]() -> Result<QList<DomainEvent>> {
                                  switch (policy) {
                                  case Policy::StartDelivery:
                                      return startDelivery(event);
                                  case Policy::DecreaseStock:
                                      return decreaseStock(event);
                                  case Policy::CancelDeliveryOrRelease:
                                      return cancelDeliveryOrRelease(event);
                                  case Policy::RefundPayment:
                                      return refundPayment(event);
                                  case Policy::IncreaseStock:
                                      return increaseStock(event);
                                  }
                                  Q_UNREACHABLE();
                                  return QList<DomainEvent>();
                              });
}

Result<QList<DomainEvent>> PolicyRunner::startDelivery(const DomainEvent &event)
{
    OrderStore &store = m_work.store();
    SD_TRY(std::optional<Order> order, store.findOrder(event.orderId));
    // A cancellation that came first wins: the order is no longer waiting for delivery.
    if (!order || order->status() != OrderStatus::Paid)
        return QList<DomainEvent>();
    SD_TRY(const std::optional<Delivery> existing, store.findDelivery(event.orderId));
    if (existing)
        return QList<DomainEvent>();
    Delivery delivery = Delivery::start(event.orderId, m_work.now());
    SD_CHECK(order->markDelivering());
    SD_CHECK(store.saveDelivery(delivery));
    SD_CHECK(store.saveOrderStatus(*order));
    return delivery.takeEvents();
}

Result<QList<DomainEvent>> PolicyRunner::decreaseStock(const DomainEvent &event)
{
    return moveStock(event.orderId, StockMove::Decrease);
}

Result<QList<DomainEvent>> PolicyRunner::cancelDeliveryOrRelease(const DomainEvent &event)
{
    OrderStore &store = m_work.store();
    SD_TRY(std::optional<Delivery> delivery, store.findDelivery(event.orderId));
    if (!delivery)
        return moveStock(event.orderId, StockMove::Release);
    if (delivery->status() != DeliveryStatus::Started)
        return QList<DomainEvent>();
    SD_TRY(const Events::OrderCancelled cancelled, decodeAs<Events::OrderCancelled>(event));
    SD_CHECK(delivery->cancel(cancelled.reason));
    SD_CHECK(store.saveDelivery(*delivery));
    return delivery->takeEvents();
}

Result<QList<DomainEvent>> PolicyRunner::refundPayment(const DomainEvent &event)
{
    OrderStore &store = m_work.store();
    SD_TRY(Payments payments, store.findPayments(event.orderId));
    SD_TRY(const Events::OrderCancelled cancelled, decodeAs<Events::OrderCancelled>(event));
    // Whatever the parts still hold, each back the way it was paid (card first).
    SD_TRY(const std::optional<DomainEvent> refunded,
           refund(payments, paidBy(payments), RefundOrder::CardFirst, cancelled.reason));
    if (!refunded)
        return QList<DomainEvent>();
    for (const Payment &payment : std::as_const(payments))
        SD_CHECK(store.savePayment(payment));
    return QList<DomainEvent>{*refunded};
}

Result<QList<DomainEvent>> PolicyRunner::increaseStock(const DomainEvent &event)
{
    return moveStock(event.orderId, StockMove::Increase);
}

Result<QList<DomainEvent>> PolicyRunner::moveStock(const QString &orderId, StockMove move)
{
    ShopStore &store = m_work.store();
    SD_TRY(const std::optional<Order> order, store.findOrder(orderId));
    if (!order)
        return Error::notFound(
            QStringLiteral("order %1 of a pending reaction is missing").arg(orderId));
    QList<DomainEvent> events;
    // The units still on the order: returned ones moved their stock with their return.
    for (const OrderLine &line : order->lines()) {
        if (line.remaining() == 0)
            continue;
        SD_TRY(std::optional<StockItem> stock, store.findStock(line.productId));
        if (!stock)
            return Error::notFound(QStringLiteral("stock of %1 is missing").arg(line.productId));
        switch (move) {
        case StockMove::Release:
            SD_CHECK(stock->release(line.remaining(), orderId));
            break;
        case StockMove::Decrease:
            SD_CHECK(stock->decrease(line.remaining(), orderId));
            break;
        case StockMove::Increase:
            SD_CHECK(stock->increase(line.remaining(), orderId));
            break;
        }
        SD_CHECK(store.saveStock(*stock));
        events.append(stock->takeEvents());
    }
    return events;
}

} // namespace ShopDesk
