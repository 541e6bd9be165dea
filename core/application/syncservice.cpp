#include "syncservice.h"

#include "policies.h"

#include "eventbus.h"
#include "events.h"
#include "projections.h"
#include "unitofwork.h"

#include <QJsonArray>

namespace ShopDesk {

namespace {

Error malformed(const DomainEvent &event, const QString &why)
{
    return Error::invalidInput(QStringLiteral("remote event %1 (%2 from %3): %4")
                                   .arg(event.eventId, event.type, event.origin, why),
                               {{QStringLiteral("eventId"), event.eventId}});
}

// Whether the error says the event itself cannot be applied here (and never will be), as
// opposed to a database that failed for now (busy, full, read-only).
bool isEventProblem(const Error &error)
{
    if (error.code != ErrorCode::Storage)
        return true;
    // SQLITE_CONSTRAINT: the event contradicts what is stored (an order id placed twice).
    return error.details.value(QStringLiteral("sqlite")).toString() == QLatin1StringView("19");
}

} // namespace

SyncService::SyncService(UnitOfWork &work)
    : m_work(work)
{}

QString SyncService::terminal() const
{
    return m_work.store().terminal();
}

QDateTime SyncService::now() const
{
    return m_work.now();
}

bool SyncService::isShared(const QString &eventType)
{
    for (const QString &local : terminalLocalEventTypes()) {
        if (eventType == local)
            return false;
    }
    return true;
}

Result<QList<DomainEvent>> SyncService::unsentEvents(int limit) const
{
    return m_work.store().unsentEvents(limit);
}

Result<OutboxState> SyncService::outboxState() const
{
    return m_work.store().outboxState();
}

Result<int> SyncService::markSent(const QList<SentEvent> &assigned)
{
    if (assigned.isEmpty())
        return 0;
    ShopStore &store = m_work.store();
    if (store.isReadOnly())
        return Error::storage(QStringLiteral("the database %1 is read-only; nothing was changed")
                                  .arg(store.location()));
    SD_CHECK(store.begin());
    int found = 0;
    for (const SentEvent &sent : assigned) {
        Result<bool> marked = store.markSent(sent.eventId, sent.globalSeq);
        if (!marked) {
            store.rollback();
            return marked.error();
        }
        found += marked.value() ? 1 : 0;
    }
    if (Status committed = store.commit(); !committed) {
        store.rollback();
        return committed.error();
    }
    return found;
}

Result<bool> SyncService::renameUnsent(const QString &eventId)
{
    ShopStore &store = m_work.store();
    SD_CHECK(store.begin());
    const Result<bool> renamed = store.renameUnsent(eventId, newEventId(m_work.now()));
    if (!renamed || !renamed.value()) {
        store.rollback();
        return renamed;
    }
    if (Status committed = store.commit(); !committed) {
        store.rollback();
        return committed.error();
    }
    return true;
}

Result<qint64> SyncService::lastGlobalSeq() const
{
    return m_work.store().lastGlobalSeq();
}

Result<RemoteApplied> SyncService::applyRemote(const QList<RemoteEvent> &events, Announce announce)
{
    ShopStore &store = m_work.store();
    RemoteApplied result;
    SD_TRY(result.lastGlobalSeq, store.lastGlobalSeq());
    if (events.isEmpty())
        return result;
    if (store.isReadOnly())
        return Error::storage(QStringLiteral("the database %1 is read-only; nothing was changed")
                                  .arg(store.location()));
    const QString self = store.terminal();
    SD_TRY(const bool recovering, store.catchingUp());
    const qint64 startSeq = result.lastGlobalSeq;
    QList<DomainEvent> fresh;
    // One event: stored and applied, or (false) already in the log.
    auto applyOne = [&](const RemoteEvent &remote) -> Result<bool> {
        DomainEvent event = remote.event;
        SD_TRY(bool added, store.appendRemoteEvent(event, remote.globalSeq, remote.payloadJson));
        // The id is taken here. The hub's log says whose it is: if one of this terminal's
        // unsent events holds it, ours takes a new id (nobody knows the old one) and theirs
        // is applied; otherwise it is this very event again.
        if (!added) {
            SD_TRY(const bool renamed, store.renameUnsent(event.eventId, newEventId(m_work.now())));
            if (!renamed)
                return false;
            SD_TRY(added, store.appendRemoteEvent(event, remote.globalSeq, remote.payloadJson));
            if (!added)
                return Error::storage(
                    QStringLiteral("event %1 could not be stored").arg(event.eventId));
        }
        if (event.origin == self) {
            // One of this terminal's own, back after a restore: its reactions ran where it was
            // made, and their events come back too.
            const QList<Policy> policies = policiesFor(event.type);
            SD_CHECK(store.queueReactions(event.seq, policies));
            for (const Policy policy : policies) {
                if (Result<bool> marked = store.markProcessed(event.seq, policy); !marked)
                    return marked.error();
            }
        }
        SD_CHECK(applyEffect(event));
        fresh.append(std::move(event));
        return true;
    };
    // The batch in one transaction. With isolate, each event in a savepoint of its own: one
    // that cannot be applied is kept aside (recordRemoteProblem) and the others go on.
    auto apply = [&](bool isolate) -> Status {
        result = RemoteApplied{};
        result.lastGlobalSeq = startSeq;
        fresh.clear();
        SD_CHECK(store.begin());
        qint64 highest = startSeq;
        for (const RemoteEvent &remote : events) {
            if (remote.globalSeq <= 0)
                return malformed(remote.event, QStringLiteral("it has no global sequence"));
            highest = qMax(highest, remote.globalSeq);
            // This terminal's own events come back only after a restore (catchingUp).
            if ((remote.event.origin == self && !recovering) || !isShared(remote.event.type)) {
                ++result.ignored;
                continue;
            }
            if (!isolate) {
                SD_TRY(const bool added, applyOne(remote));
                ++(added ? result.applied : result.duplicates);
                continue;
            }
            SD_CHECK(store.begin());
            const qsizetype freshBefore = fresh.size();
            const Result<bool> added = applyOne(remote);
            if (added) {
                if (Status released = store.commit(); !released) {
                    store.rollback(); // the savepoint, so that the caller's rollback ends it all
                    return released.error();
                }
                ++(added.value() ? result.applied : result.duplicates);
                continue;
            }
            store.rollback();
            fresh.resize(freshBefore);
            if (!isEventProblem(added.error()))
                return added.error();
            SD_TRY(const bool recorded, store.recordRemoteProblem(remote.event, remote.globalSeq,
                                                                  added.error().message));
            ++(recorded ? result.keptAside : result.duplicates);
        }
        if (highest > result.lastGlobalSeq)
            SD_CHECK(store.saveLastGlobalSeq(highest));
        result.lastGlobalSeq = highest;
        return store.commit();
    };
    if (Status done = apply(false); !done) {
        store.rollback();
        // A storage failure (busy, disk full) is retried later as it is; an event that can
        // never be applied must not stop the sync for good: the batch again, event by event.
        if (!isEventProblem(done.error()))
            return done.error();
        if (Status isolated = apply(true); !isolated) {
            store.rollback();
            return isolated.error();
        }
    }
    if (announce == Announce::Later || fresh.isEmpty())
        return result;
    if (fresh.size() > ResetThreshold)
        m_work.bus().publishReset();
    else
        m_work.bus().publish(fresh);
    return result;
}

void SyncService::announceReset()
{
    m_work.bus().publishReset();
}

Result<bool> SyncService::catchingUp() const
{
    return m_work.store().catchingUp();
}

Status SyncService::caughtUp()
{
    ShopStore &store = m_work.store();
    SD_TRY(const bool waiting, store.catchingUp());
    if (!waiting || store.isReadOnly())
        return {};
    return store.endCatchUp();
}

Status SyncService::keepBarcodeUnique(Product &product)
{
    if (product.barcode.isEmpty())
        return {};
    SD_TRY(const std::optional<Product> owner,
           m_work.store().findProductByBarcode(product.barcode));
    // Two terminals gave the same barcode to different products while apart. Refusing the
    // event would stop this terminal's sync for good; the later product goes without it here,
    // and verify's duplicate-free barcodes hold (a manager sorts it out).
    if (owner && owner->productId != product.productId)
        product.barcode.clear();
    return {};
}

Status SyncService::applyEffect(const DomainEvent &event)
{
    ShopStore &store = m_work.store();
    const Result<EventPayload> decoded = decodePayload(event);
    if (!decoded)
        return malformed(event, decoded.error().message);
    const EventPayload &payload = decoded.value();
    // An event about an order must be its owner's and possible now, by the same rules the hub
    // applies (OrderFlow); one that is not is kept aside with the reason.
    if (!event.orderId.isEmpty()) {
        SD_TRY(const OrderFlow flow, store.orderFlow(event.orderId));
        SD_CHECK(flow.admit(event, payload));
    }
    // The read models and report tables first, as for a local event; the payload is decoded
    // once for all.
    SD_CHECK(projectEvent(store, event, payload));

    // Stock: the domain's delta, added as it comes (never clamped, so replicas converge).
    if (const std::optional<StockEffect> effect = stockEffect(payload)) {
        if (event.productId != effect->productId) {
            return malformed(event, QStringLiteral("it names product '%1' but moves the stock of "
                                                   "'%2'")
                                        .arg(event.productId, effect->productId));
        }
        // Never clamped, but bounded: a sum beyond the stock's range is kept aside, not wrapped.
        SD_TRY(const std::optional<StockItem> item, store.findStock(effect->productId));
        if (!item) {
            return Error::notFound(
                QStringLiteral("the stock of product %1 is unknown here").arg(effect->productId));
        }
        SD_CHECK(addStock({item->onHand(), item->reserved()}, effect->delta, effect->productId));
        return store.addToStock(effect->productId, effect->delta.onHand, effect->delta.reserved);
    }
    if (std::holds_alternative<Events::ProductRegistered>(payload)) {
        Result<Product> product = Product::fromRegistered(event);
        if (!product)
            return malformed(event, product.error().message);
        SD_CHECK(keepBarcodeUnique(product.value()));
        return store.upsertProduct(product.value());
    }
    if (std::holds_alternative<Events::ProductChanged>(payload)) {
        SD_TRY(std::optional<Product> product, store.findProduct(event.productId));
        if (!product)
            return Error::notFound(
                QStringLiteral("product %1 of a remote edit is missing").arg(event.productId));
        if (Status applied = product->apply(event); !applied)
            return malformed(event, applied.error().message);
        SD_CHECK(keepBarcodeUnique(*product));
        return store.saveProduct(*product);
    }
    if (event.orderId.isEmpty()) {
        if (eventTypeOf(payload) == EventType::SlipPrinted || orderStatusAfter(payload))
            return malformed(event, QStringLiteral("it names no order"));
        return {};
    }

    const QString &orderId = event.orderId;
    if (std::holds_alternative<Events::OrderPlaced>(payload)) {
        Result<Order> order = Order::fromPlaced(event);
        if (!order)
            return malformed(event, order.error().message);
        return store.insertRemoteOrder(order.value(), event.origin, event.actor);
    }
    if (std::holds_alternative<Events::PaymentApproved>(payload)) {
        SD_TRY(const Payment payment, Payment::fromEvent(event));
        SD_CHECK(store.savePayment(payment));
    } else if (const auto *refunded = std::get_if<Events::PaymentRefunded>(&payload)) {
        // Each part it names gives back its amount (the refund follows the approvals).
        SD_TRY(Payments payments, store.findPayments(orderId));
        for (const Events::PaymentRefunded::Part &part : refunded->parts) {
            auto payment = std::find_if(payments.begin(), payments.end(),
                                        [&](const Payment &p) { return p.part() == part.part; });
            if (payment == payments.end())
                return Error::invalidState(QStringLiteral("payment %1 of order %2 is unknown here")
                                               .arg(part.part)
                                               .arg(orderId));
            SD_CHECK(payment->takeBack(part.amount));
            SD_CHECK(store.savePayment(*payment));
        }
    } else if (std::holds_alternative<Events::OrderLinesReturned>(payload)) {
        SD_TRY(std::optional<Order> order, store.findOrder(orderId));
        if (!order)
            return Error::notFound(QStringLiteral("order %1 is unknown here").arg(orderId));
        if (Status applied = order->apply(event); !applied)
            return malformed(event, applied.error().message);
        return store.saveOrder(*order);
    } else if (const auto *receipt = std::get_if<Events::ReceiptPrinted>(&payload)) {
        SD_CHECK(store.insertReceiptPrint({orderId, receipt->returnNo, receipt->copy, receipt->page,
                                           receipt->language, event.origin, event.occurredAt}));
    } else if (std::holds_alternative<Events::DeliveryStarted>(payload) ||
               std::holds_alternative<Events::DeliveryCompleted>(payload) ||
               std::holds_alternative<Events::DeliveryCancelled>(payload)) {
        SD_TRY(const Delivery delivery, Delivery::fromEvent(event));
        SD_CHECK(store.saveDelivery(delivery));
    } else if (const auto *printed = std::get_if<Events::SlipPrinted>(&payload)) {
        SlipPrint print;
        print.orderId = orderId;
        print.deliveryId = printed->deliveryId;
        print.copy = printed->copy;
        print.page = printed->page;
        print.language = printed->language;
        print.terminal = event.origin;
        print.printedAt = event.occurredAt;
        SD_CHECK(store.insertSlipPrint(print));
    }
    // The order follows: the status the event leads to, as Order::apply sets it.
    if (const std::optional<OrderStatus> status = orderStatusAfter(payload))
        return store.saveOrderStatus(Order::restore(orderId, *status, {}, {}, {}));
    return {};
}

} // namespace ShopDesk
