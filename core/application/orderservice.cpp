#include "orderservice.h"

#include "events.h"
#include "policyrunner.h"
#include "unitofwork.h"
#include "validation.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace ShopDesk {

namespace {

Error unknownOrder(const QString &orderId)
{
    return Error::notFound(QStringLiteral("unknown order '%1'; see `order list`").arg(orderId),
                           {{QStringLiteral("orderId"), orderId}});
}

// The card terminal is simulated: it approves every amount with a fresh approval number.
QString cardApprovalCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(100000000), 8, 10,
                                    QLatin1Char('0'));
}

} // namespace

QJsonObject OrderDetails::toJson() const
{
    QJsonArray lines;
    for (const OrderLine &line : order.lines()) {
        lines.append(QJsonObject{{QStringLiteral("productId"), line.productId},
                                 {QStringLiteral("productName"), line.productName},
                                 {QStringLiteral("qty"), line.qty},
                                 {QStringLiteral("price"), line.price}});
    }
    QJsonObject json{
        {QStringLiteral("orderId"), order.orderId()},
        {QStringLiteral("status"), toText(order.status())},
        {QStringLiteral("customer"), ShopDesk::toJson(order.customer())},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("total"), order.total()},
        {QStringLiteral("placedAt"), order.placedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("payment"), payment ? QJsonValue(payment->toJson()) : QJsonValue()},
        {QStringLiteral("delivery"),
         delivery ? QJsonValue(QJsonObject{{QStringLiteral("deliveryId"), delivery->deliveryId()},
                                           {QStringLiteral("status"), toText(delivery->status())}})
                  : QJsonValue()}};
    if (pending) {
        json.insert(QStringLiteral("pending"),
                    QJsonObject{{QStringLiteral("policy"), policyName(pending->policy)},
                                {QStringLiteral("code"), errorCodeName(pending->error.code)},
                                {QStringLiteral("message"), pending->error.message}});
    }
    return json;
}

OrderService::OrderService(UnitOfWork &work, PolicyRunner &policies)
    : m_work(work)
    , m_policies(policies)
{}

Result<OrderDetails> OrderService::placeOrder(const Customer &customer,
                                              const QList<OrderRequestLine> &requested)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("place orders")));
    // Input first: a malformed request is refused before any business rule is asked.
    SD_TRY(const QList<OrderRequestLine> lines, Order::validateRequest(customer, requested));
    Customer cleaned{customer.name.trimmed(), customer.phone.trimmed(), customer.address.trimmed()};
    ShopStore &store = m_work.store();
    QString orderId;
    auto committed = m_work.run([&]() -> Result<QList<DomainEvent>> {
        QList<OrderLine> priced;
        QList<StockItem> stock;
        for (const OrderRequestLine &line : lines) {
            SD_TRY(const std::optional<Product> product, store.findProduct(line.productId));
            if (!product) {
                return Error::notFound(
                    QStringLiteral("unknown product '%1'; see `product list`").arg(line.productId),
                    {{QStringLiteral("productId"), line.productId}});
            }
            SD_TRY(std::optional<StockItem> item, store.findStock(line.productId));
            if (!item)
                return Error::storage(
                    QStringLiteral("stock row of %1 is missing").arg(line.productId));
            priced.append({product->productId, product->productName, line.qty, product->price});
            stock.append(*item);
        }
        // Rule 2, asked once for all lines (a refusal rolls back, so no id is used up).
        SD_TRY(orderId, store.nextOrderId());
        SD_CHECK(reserveOrder(stock, priced, orderId));
        SD_TRY(Order order, Order::place(orderId, cleaned, priced, m_work.now()));
        SD_CHECK(store.insertOrder(order));
        QList<DomainEvent> events = order.takeEvents();
        for (StockItem &item : stock) {
            SD_CHECK(store.saveStock(item));
            events.append(item.takeEvents());
        }
        return events;
    });
    return afterCommand(orderId, committed);
}

Result<OrderDetails> OrderService::payOrder(const QString &orderId, PaymentMethod method,
                                            std::optional<Money> tendered)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("take payments")));
    return changeOrder(orderId, [&](Order &order) -> Result<QList<DomainEvent>> {
        SD_TRY(const auto existing, m_work.store().findPayment(orderId));
        if (existing) {
            return Error::invalidState(QStringLiteral("order %1 is already paid (%2)")
                                           .arg(orderId, toText(existing->status())));
        }
        const QString approval = method == PaymentMethod::Card ? cardApprovalCode() : QString();
        SD_TRY(Payment payment, Payment::approve(order, method, tendered, approval));
        SD_CHECK(order.markPaid());
        SD_CHECK(m_work.store().savePayment(payment));
        SD_CHECK(m_work.store().saveOrderStatus(order));
        return payment.takeEvents();
    });
}

Result<OrderDetails> OrderService::cancelOrder(const QString &orderId, const QString &reason)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("cancel orders")));
    SD_CHECK(Validate::optionalText(reason, QStringLiteral("reason"), Limits::MaxTextLength));
    return changeOrder(orderId, [&](Order &order) -> Result<QList<DomainEvent>> {
        SD_CHECK(order.cancel(reason));
        SD_CHECK(m_work.store().saveOrderStatus(order));
        return order.takeEvents();
    });
}

Result<OrderDetails> OrderService::completeDelivery(const QString &orderId)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("complete deliveries")));
    return changeOrder(orderId, [&](Order &order) -> Result<QList<DomainEvent>> {
        SD_TRY(std::optional<Delivery> delivery, m_work.store().findDelivery(orderId));
        if (!delivery) {
            return Error::invalidState(
                QStringLiteral("order %1 is %2 and has no delivery; it must be paid first")
                    .arg(orderId, toText(order.status())),
                {{QStringLiteral("orderId"), orderId},
                 {QStringLiteral("status"), toText(order.status())}});
        }
        SD_CHECK(delivery->complete());
        SD_CHECK(order.markDelivered());
        SD_CHECK(m_work.store().saveDelivery(*delivery));
        SD_CHECK(m_work.store().saveOrderStatus(order));
        return delivery->takeEvents();
    });
}

Result<OrderDetails> OrderService::changeOrder(const QString &orderId, const OrderChange &change)
{
    auto committed = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(std::optional<Order> order, m_work.store().findOrder(orderId));
        if (!order)
            return unknownOrder(orderId);
        // An order is owned by the terminal that placed it: two terminals paying or cancelling
        // the same order while apart would both be right locally and contradict each other.
        const QString here = m_work.store().terminal();
        if (!order->origin().isEmpty() && order->origin() != here) {
            return Error::invalidState(
                QStringLiteral("order %1 was placed at terminal %2; only %2 may pay, cancel or "
                               "complete it, so do it there (this is %3)")
                    .arg(orderId, order->origin(), here),
                {{QStringLiteral("orderId"), orderId},
                 {QStringLiteral("owner"), order->origin()},
                 {QStringLiteral("terminal"), here}});
        }
        return change(*order);
    });
    return afterCommand(orderId, committed);
}

Result<OrderDetails> OrderService::afterCommand(const QString &orderId,
                                                const Result<QList<DomainEvent>> &committed)
{
    if (!committed)
        return committed.error();
    // The command has committed; a policy that fails now stays pending and is healed by
    // PolicyRunner::runPending() at the next start, so the command still succeeded, and its
    // result says what is pending for the adapters to tell.
    const Status reacted = m_policies.react(committed.value());
    SD_TRY(OrderDetails details, load(orderId));
    if (!reacted) {
        const Error &error = reacted.error();
        const std::optional<Policy> policy =
            policyFromName(error.details.value(QStringLiteral("policy")).toString());
        Q_ASSERT_X(policy, "OrderService::afterCommand", "a reaction failed without its policy");
        details.pending = PendingFollowUp{policy.value_or(Policy::StartDelivery), error};
    }
    return details;
}

Result<OrderDetails> OrderService::order(const QString &orderId) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read orders")));
    return load(orderId);
}

Result<OrderDetails> OrderService::load(const QString &orderId) const
{
    ShopStore &store = m_work.store();
    SD_TRY(std::optional<Order> order, store.findOrder(orderId));
    if (!order)
        return unknownOrder(orderId);
    SD_TRY(std::optional<Payment> payment, store.findPayment(orderId));
    SD_TRY(std::optional<Delivery> delivery, store.findDelivery(orderId));
    return OrderDetails{std::move(*order), std::move(payment), std::move(delivery), std::nullopt};
}

Result<QList<OrderView>> OrderService::orders(const ListQuery &query) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read orders")));
    return m_work.store().orderViews(query);
}

namespace {

ListQuery deliveriesOnly(const ListQuery &query)
{
    ListQuery deliveries = query;
    deliveries.deliveriesOnly = true;
    return deliveries;
}

} // namespace

Result<QList<OrderView>> OrderService::deliveries(const ListQuery &query) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read deliveries")));
    return m_work.store().orderViews(deliveriesOnly(query));
}

Status OrderService::forEachOrder(const ListQuery &query,
                                  const std::function<void(const OrderView &)> &visit) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read orders")));
    return m_work.store().visitOrderViews(query, visit);
}

Status OrderService::forEachDelivery(const ListQuery &query,
                                     const std::function<void(const OrderView &)> &visit) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read deliveries")));
    return m_work.store().visitOrderViews(deliveriesOnly(query), visit);
}

Status OrderService::forEachEvent(const EventQuery &query,
                                  const std::function<void(const DomainEvent &)> &visit) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read the event log")));
    return m_work.store().visitEvents(query, visit);
}

Result<QList<DomainEvent>> OrderService::events(const EventQuery &query) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read the event log")));
    return m_work.store().events(query);
}

Result<QString> OrderService::cancellationReason(const QString &orderId) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read orders")));
    EventQuery query;
    query.orderId = orderId;
    query.types = {EventType::OrderCancelled};
    QString reason;
    Status decoded;
    SD_CHECK(m_work.store().visitEvents(query, [&](const DomainEvent &event) {
        const Result<Events::OrderCancelled> cancelled = decodeAs<Events::OrderCancelled>(event);
        if (cancelled)
            reason = cancelled->reason;
        else
            decoded = cancelled.error();
    }));
    SD_CHECK(decoded);
    return reason;
}

Result<OrderView> OrderService::orderView(const QString &orderId) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read orders")));
    SD_TRY(std::optional<OrderView> view, m_work.store().findOrderView(orderId));
    if (!view)
        return unknownOrder(orderId);
    return std::move(*view);
}

} // namespace ShopDesk
