#include "syncservice.h"

#include "eventbus.h"
#include "unitofwork.h"

#include <QJsonArray>

namespace ShopDesk {

namespace {

qint64 integer(const DomainEvent &event, QLatin1StringView key)
{
    return event.payload.value(key).toInteger();
}

QString string(const DomainEvent &event, QLatin1StringView key)
{
    return event.payload.value(key).toString();
}

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

// The status an order takes when its aggregate records this event.
Status setOrderStatus(ShopStore &store, const QString &orderId, OrderStatus status)
{
    return store.saveOrderStatus(Order::restore(orderId, status, {}, {}, {}));
}

} // namespace

SyncService::SyncService(UnitOfWork &work)
    : m_work(work)
{}

QString SyncService::terminal() const
{
    return m_work.store().terminal();
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
    const qint64 startSeq = result.lastGlobalSeq;
    QList<DomainEvent> fresh;
    // One event: stored and applied, or (false) already in the log.
    auto applyOne = [&](const RemoteEvent &remote) -> Result<bool> {
        DomainEvent event = remote.event;
        SD_TRY(const bool added,
               store.appendRemoteEvent(event, remote.globalSeq, remote.payloadJson));
        if (!added)
            return false;
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
            if (remote.event.origin == self || !isShared(remote.event.type)) {
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
    const QString &type = event.type;
    static constexpr QLatin1StringView qty("qty");

    if (type == EventType::ProductRegistered) {
        Product product{event.productId,
                        string(event, QLatin1StringView("productName")),
                        integer(event, QLatin1StringView("price")),
                        string(event, QLatin1StringView("barcode")),
                        {}};
        const QJsonValue threshold = event.payload.value(QStringLiteral("lowStockThreshold"));
        if (threshold.isDouble())
            product.lowStockThreshold = threshold.toInteger();
        if (product.productId.isEmpty() || product.productName.isEmpty())
            return malformed(event, QStringLiteral("the product has no id or name"));
        SD_CHECK(keepBarcodeUnique(product));
        return store.upsertProduct(product);
    }
    if (type == EventType::ProductChanged) {
        SD_TRY(std::optional<Product> product, store.findProduct(event.productId));
        if (!product)
            return Error::notFound(
                QStringLiteral("product %1 of a remote edit is missing").arg(event.productId));
        if (Status applied = product->apply(event); !applied)
            return malformed(event, applied.error().message);
        SD_CHECK(keepBarcodeUnique(*product));
        return store.saveProduct(*product);
    }
    if (type.startsWith(QLatin1StringView("Stock"))) {
        if (event.productId.isEmpty())
            return malformed(event, QStringLiteral("the stock event names no product"));
        if (type == EventType::StockReserved)
            return store.addToStock(event.productId, 0, integer(event, qty));
        if (type == EventType::StockReleased)
            return store.addToStock(event.productId, 0, -integer(event, qty));
        if (type == EventType::StockDecreased)
            return store.addToStock(event.productId, -integer(event, qty), -integer(event, qty));
        if (type == EventType::StockIncreased)
            return store.addToStock(event.productId, integer(event, qty), 0);
        if (type == EventType::StockAdjusted) // a count too: its delta, never the counted figure
            return store.addToStock(event.productId, integer(event, QLatin1StringView("delta")), 0);
        return {};
    }
    if (event.orderId.isEmpty())
        return {}; // a type this build does not know: kept in the log, nothing to apply

    const QString &orderId = event.orderId;
    if (type == EventType::OrderPlaced) {
        const QJsonObject customer = event.payload.value(QStringLiteral("customer")).toObject();
        const QList<OrderLine> lines =
            orderLinesFromJson(event.payload.value(QStringLiteral("lines")).toArray());
        if (lines.isEmpty())
            return malformed(event, QStringLiteral("the order has no lines"));
        return store.insertRemoteOrder(
            Order::restore(orderId, OrderStatus::Placed,
                           {customer.value(QStringLiteral("name")).toString(),
                            customer.value(QStringLiteral("phone")).toString(),
                            customer.value(QStringLiteral("address")).toString()},
                           lines, event.occurredAt),
            event.origin);
    }
    if (type == EventType::PaymentApproved || type == EventType::PaymentRefunded) {
        const auto method = paymentMethodFromString(string(event, QLatin1StringView("method")));
        if (!method)
            return malformed(event, QStringLiteral("unknown payment method"));
        const Money amount = integer(event, QLatin1StringView("amount"));
        if (type == EventType::PaymentRefunded) {
            // Only the status changes on a payment that exists (the refund follows approval).
            return store.savePayment(
                Payment::restore(orderId, *method, amount, amount, {}, PaymentStatus::Refunded));
        }
        SD_CHECK(store.savePayment(Payment::restore(
            orderId, *method, amount, integer(event, QLatin1StringView("tendered")),
            string(event, QLatin1StringView("approvalCode")), PaymentStatus::Approved)));
        return setOrderStatus(store, orderId, OrderStatus::Paid);
    }
    if (type.startsWith(QLatin1StringView("Delivery"))) {
        const QString deliveryId = string(event, QLatin1StringView("deliveryId"));
        if (deliveryId.isEmpty())
            return malformed(event, QStringLiteral("the delivery has no id"));
        if (type == EventType::DeliveryStarted) {
            SD_CHECK(store.saveDelivery(
                Delivery::restore(deliveryId, orderId, DeliveryStatus::Started, event.occurredAt)));
            return setOrderStatus(store, orderId, OrderStatus::Delivering);
        }
        if (type == EventType::DeliveryCompleted) {
            SD_CHECK(store.saveDelivery(Delivery::restore(
                deliveryId, orderId, DeliveryStatus::Completed, event.occurredAt)));
            return setOrderStatus(store, orderId, OrderStatus::Delivered);
        }
        if (type == EventType::DeliveryCancelled) {
            return store.saveDelivery(Delivery::restore(
                deliveryId, orderId, DeliveryStatus::Cancelled, event.occurredAt));
        }
        return {};
    }
    if (type == EventType::OrderCancelled)
        return setOrderStatus(store, orderId, OrderStatus::Cancelled);
    if (type == EventType::SlipPrinted) {
        SlipPrint print;
        print.orderId = orderId;
        print.deliveryId = string(event, QLatin1StringView("deliveryId"));
        print.copy = int(integer(event, QLatin1StringView("copy")));
        print.page = string(event, QLatin1StringView("page"));
        print.language = string(event, QLatin1StringView("language"));
        print.terminal = event.origin;
        print.printedAt = event.occurredAt;
        if (print.copy <= 0)
            return malformed(event, QStringLiteral("the print has no copy number"));
        return store.insertSlipPrint(print);
    }
    return {};
}

} // namespace ShopDesk
