#include "orderservice.h"

#include "customerbook.h"
#include "events.h"
#include "policyrunner.h"
#include "shiftservice.h"
#include "unitofwork.h"
#include "userservice.h"
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
    const OrderMoney &money = order.money();
    QJsonArray lines;
    for (qsizetype i = 0; i < order.lines().size(); ++i) {
        const OrderLine &line = order.lines().at(i);
        const LineMoney lineMoney = money.lines.value(i);
        lines.append(QJsonObject{{QStringLiteral("productId"), line.productId},
                                 {QStringLiteral("productName"), line.productName},
                                 {QStringLiteral("qty"), line.qty},
                                 {QStringLiteral("price"), line.price},
                                 {QStringLiteral("tax"), ShopDesk::toText(line.tax)},
                                 {QStringLiteral("discount"), line.discount.toJson()},
                                 {QStringLiteral("returned"), line.returned},
                                 {QStringLiteral("net"), lineMoney.net}});
    }
    QJsonArray parts;
    for (const Payment &payment : payments)
        parts.append(payment.toJson());
    QJsonArray returned;
    for (const OrderReturn &r : returns)
        returned.append(r.toJson());
    QJsonObject json{
        {QStringLiteral("orderId"), order.orderId()},
        {QStringLiteral("status"), toText(order.status())},
        {QStringLiteral("customer"), ShopDesk::toJson(order.customer())},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("total"), order.total()},
        {QStringLiteral("placedAt"), order.placedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("payment"),
         firstPayment() ? QJsonValue(firstPayment()->toJson()) : QJsonValue()},
        {QStringLiteral("delivery"),
         delivery ? QJsonValue(QJsonObject{{QStringLiteral("deliveryId"), delivery->deliveryId()},
                                           {QStringLiteral("status"), toText(delivery->status())}})
                  : QJsonValue()},
        {QStringLiteral("money"), money.toJson()},
        {QStringLiteral("discount"), order.terms().discount.toJson()},
        {QStringLiteral("discountApprovedBy"), order.terms().discountApprovedBy},
        {QStringLiteral("payments"), parts},
        {QStringLiteral("paid"), paid()},
        {QStringLiteral("due"), due()},
        {QStringLiteral("returns"), returned},
        {QStringLiteral("clerk"), clerk},
        {QStringLiteral("terminal"), order.origin()}};
    if (pending) {
        json.insert(QStringLiteral("pending"),
                    QJsonObject{{QStringLiteral("policy"), policyName(pending->policy)},
                                {QStringLiteral("code"), errorCodeName(pending->error.code)},
                                {QStringLiteral("message"), pending->error.message}});
    }
    return json;
}

OrderService::OrderService(UnitOfWork &work, PolicyRunner &policies, UserService &users)
    : m_work(work)
    , m_policies(policies)
    , m_users(users)
{}

Result<OrderDetails> OrderService::placeOrder(const Customer &customer,
                                              const QList<OrderRequestLine> &requested,
                                              const PlaceOptions &options)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("place orders")));
    // Input first: a malformed request is refused before any business rule is asked.
    SD_TRY(const QList<OrderRequestLine> lines, Order::validateRequest(customer, requested));
    Customer cleaned{customer.name.trimmed(), customer.phone.trimmed(), customer.address.trimmed()};
    ShopStore &store = m_work.store();
    SD_TRY(const ShopDetails shop, store.shopDetails());
    OrderTerms terms{options.discount, shop.vatRate, {}};
    terms.discount.reason = terms.discount.reason.trimmed();
    // Discounts beyond the clerk's limit: a manager placing the order may give them; a clerk
    // needs a manager's PIN, checked (and counted, as a login) before anything is written.
    std::optional<QString> approver;
    if (options.approval) {
        SD_TRY(const ActingUser manager,
               m_users.authenticate(options.approval->manager, options.approval->pin));
        if (!manager.isManager()) {
            return Error::forbidden(
                QStringLiteral("%1 is not a manager and cannot approve discounts")
                    .arg(manager.name),
                {{QStringLiteral("reason"), QStringLiteral("notManager")}});
        }
        approver = manager.name;
    }
    const auto needsApproval = [&](const OrderMoney &money) {
        const bool manager = m_work.actingUser() && m_work.actingUser()->isManager();
        return !manager && !withinDiscountLimit(money, shop.clerkDiscountLimit);
    };
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
            OrderLine pricedLine;
            pricedLine.productId = product->productId;
            pricedLine.productName = product->productName;
            pricedLine.qty = line.qty;
            pricedLine.price = product->price;
            pricedLine.tax = product->tax;
            pricedLine.discount = line.discount;
            pricedLine.discount.reason = pricedLine.discount.reason.trimmed();
            priced.append(pricedLine);
            stock.append(*item);
        }
        SD_TRY(const OrderMoney money, orderMoney(priced, terms.discount, terms.vatRate));
        if (needsApproval(money)) {
            if (!approver) {
                return Error::forbidden(
                    QStringLiteral("discounts of %1 on %2 exceed the clerk's limit of %3 %; a "
                                   "manager must approve them with their PIN")
                        .arg(money.discount())
                        .arg(money.gross)
                        .arg(shop.clerkDiscountLimit),
                    {{QStringLiteral("reason"), QStringLiteral("discountApproval")},
                     {QStringLiteral("limit"), shop.clerkDiscountLimit},
                     {QStringLiteral("discount"), money.discount()},
                     {QStringLiteral("gross"), money.gross}});
            }
            terms.discountApprovedBy = *approver;
        }
        // Rule 2, asked once for all lines (a refusal rolls back, so no id is used up).
        SD_TRY(orderId, store.nextOrderId());
        SD_CHECK(reserveOrder(stock, priced, orderId));
        SD_TRY(Order order, Order::place(orderId, cleaned, priced, m_work.now(), terms));
        SD_CHECK(store.insertOrder(order, m_work.actor()));
        QList<DomainEvent> events = order.takeEvents();
        for (StockItem &item : stock) {
            SD_CHECK(store.saveStock(item));
            events.append(item.takeEvents());
        }
        // The customer book, in the same transaction: the first order with a phone registers
        // its customer, an order to a new address adds it. Only here, where the order is
        // placed: other terminals get the customer's own events, not a copy of their own.
        if (const QString digits = phoneDigits(cleaned.phone); !digits.isEmpty()) {
            SD_TRY(const QList<CustomerRecord> known, store.customersWithPhone(digits));
            QString newCustomerId;
            if (known.isEmpty()) {
                SD_TRY(newCustomerId, store.nextCustomerId());
            }
            if (std::optional<DomainEvent> booked =
                    bookEventForOrder(cleaned, known, newCustomerId))
                events.append(*booked);
        }
        return events;
    });
    return afterCommand(orderId, committed);
}

Result<OrderDetails> OrderService::pay(const QString &orderId, const PaymentRequest &request)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("take payments")));
    return changeOrder(orderId, [&](Order &order) -> Result<QList<DomainEvent>> {
        if (request.method == PaymentMethod::Cash)
            SD_CHECK(cashAllowed(m_work.store()));
        SD_TRY(const Payments existing, m_work.store().findPayments(orderId));
        SD_TRY(Payment payment,
               Payment::approve(order, paidBy(existing), request, int(existing.size()) + 1));
        SD_CHECK(m_work.store().savePayment(payment));
        QList<DomainEvent> events = payment.takeEvents();
        SD_CHECK(order.apply(events.first()));
        SD_CHECK(m_work.store().saveOrderStatus(order));
        return events;
    });
}

Result<OrderDetails> OrderService::payOrder(const QString &orderId, PaymentMethod method,
                                            std::optional<Money> tendered)
{
    PaymentRequest request;
    request.method = method;
    request.tendered = tendered;
    if (method == PaymentMethod::Card)
        request.card.approval = cardApprovalCode();
    return pay(orderId, request);
}

Result<OrderDetails> OrderService::returnLines(const QString &orderId,
                                               const QList<OrderRequestLine> &lines,
                                               const ReturnOptions &options)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("take returns")));
    return changeOrder(orderId, [&](Order &order) -> Result<QList<DomainEvent>> {
        ShopStore &store = m_work.store();
        SD_TRY(Payments payments, store.findPayments(orderId));
        SD_TRY(const QList<OrderReturn> earlier, returnsOf(orderId));
        SD_CHECK(order.returnLines(lines, options.writeOff, options.reason.trimmed(),
                                   paidBy(payments), int(earlier.size()) + 1));
        QList<DomainEvent> events = order.takeEvents();
        SD_TRY(const Events::OrderLinesReturned returned,
               decodeAs<Events::OrderLinesReturned>(events.first()));
        SD_CHECK(store.saveOrder(order));
        // The stock of the returned units, line by line (rules 6 and 7).
        for (const Events::OrderLinesReturned::Line &line : returned.lines) {
            if (returned.stock == ReturnStock::WriteOff)
                break;
            SD_TRY(std::optional<StockItem> stock, store.findStock(line.productId));
            if (!stock)
                return Error::notFound(
                    QStringLiteral("stock of %1 is missing").arg(line.productId));
            SD_CHECK(returned.stock == ReturnStock::Release ? stock->release(line.qty, orderId)
                                                            : stock->increase(line.qty, orderId));
            SD_CHECK(store.saveStock(*stock));
            events.append(stock->takeEvents());
        }
        // Every unit gone while the delivery runs: the delivery is cancelled (nothing is left
        // for its stock policy to bring back).
        if (returned.cancels) {
            SD_TRY(std::optional<Delivery> delivery, store.findDelivery(orderId));
            if (delivery && delivery->status() == DeliveryStatus::Started) {
                SD_CHECK(delivery->cancel(options.reason.trimmed()));
                SD_CHECK(store.saveDelivery(*delivery));
                events.append(delivery->takeEvents());
            }
        }
        SD_TRY(const std::optional<DomainEvent> refunded,
               refund(payments, returned.refund, options.refundOrder, options.reason.trimmed(),
                      returned.returnNo));
        if (refunded) {
            for (const Payment &payment : std::as_const(payments))
                SD_CHECK(store.savePayment(payment));
            events.append(*refunded);
        }
        return events;
    });
}

Result<Money> OrderService::refundFor(const QString &orderId,
                                      const QList<OrderRequestLine> &lines) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read orders")));
    SD_TRY(OrderDetails details, load(orderId));
    SD_CHECK(details.order.returnLines(lines, false, {}, details.paid(), 1));
    return qMax<Money>(0, details.paid() - details.order.total());
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
    OrderDetails details;
    SD_TRY(details.payments, store.findPayments(orderId));
    SD_TRY(details.delivery, store.findDelivery(orderId));
    SD_TRY(details.clerk, store.orderClerk(orderId));
    // The log is read only for an order with returns.
    const bool returned = std::any_of(order->lines().begin(), order->lines().end(),
                                      [](const OrderLine &line) { return line.returned > 0; });
    if (returned) {
        SD_TRY(details.returns, returnsOf(orderId));
    }
    details.order = std::move(*order);
    return details;
}

Result<QList<OrderReturn>> OrderService::returnsOf(const QString &orderId) const
{
    EventQuery query;
    query.orderId = orderId;
    query.types = {EventType::OrderLinesReturned, EventType::PaymentRefunded};
    SD_TRY(const QList<DomainEvent> events, m_work.store().events(query));
    return orderReturns(events);
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
