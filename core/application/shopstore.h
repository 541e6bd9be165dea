#pragma once

#include "clock.h"
#include "delivery.h"
#include "domainevent.h"
#include "order.h"
#include "orderview.h"
#include "payment.h"
#include "policies.h"
#include "product.h"
#include "result.h"
#include "slipprint.h"
#include "stockitem.h"
#include "stockmove.h"
#include "user.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace ShopDesk {

struct StockRow
{
    QString productId;
    QString productName;
    qint64 onHand = 0;
    qint64 reserved = 0;

    qint64 available() const { return onHand - reserved; }
    QJsonObject toJson() const;
};

// Filters for list reads. An empty field does not filter; limit < 0 means every row.
struct ListQuery
{
    QString status; // order status, or delivery status for delivery lists
    QString search; // order id prefix or customer name part; product id or name part
    bool deliveriesOnly = false;
    int limit = -1;
    int offset = 0;
};

struct EventQuery
{
    QString orderId;
    QString productId;
    qint64 afterSeq = 0;
    int limit = -1;
    qint64 beforeSeq = 0;     // when > 0, only events before this position
    QStringList types;        // when not empty, only events of these types
    bool newestFirst = false; // the newest matching events first (a history list)
};

struct PendingReaction
{
    DomainEvent event;
    Policy policy;
};

// What `verify` found: errors break an invariant; warnings need a manager (oversold stock).
struct AuditReport
{
    QStringList errors;
    QStringList warnings;
    QJsonObject counts;

    bool ok() const { return errors.isEmpty(); }
};

// Event types that stay on the terminal that made them (users are per terminal): never
// pushed to the hub, never applied from it.
const QStringList &terminalLocalEventTypes();

// The outbox: this terminal's events the hub has not acknowledged yet.
struct OutboxState
{
    qint64 unsent = 0;
    QDateTime oldest;     // when the oldest unsent event happened; invalid when none is unsent
    qint64 keptAside = 0; // other terminals' events that could not be applied here

    bool operator==(const OutboxState &) const = default;
};

// The storage port the application services work through. One instance is one connection,
// used from one thread. Writes happen only inside begin()/commit(); begin() takes the write
// lock at once (a second writer waits, then fails with a Storage error saying busy).
class ShopStore
{
public:
    virtual ~ShopStore() = default;

    // The clock the store stamps its own rows with (a processed policy, a product's edit
    // time); UnitOfWork::setClock sets it to the services' clock.
    void setClock(const Clock &clock) { m_clock = &clock; }
    const Clock &clock() const { return *m_clock; }

    virtual QString terminal() const = 0;
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;

    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    virtual Result<std::optional<Product>> findProduct(const QString &productId) = 0;
    virtual Result<std::optional<Product>> findProductByBarcode(const QString &barcode) = 0;
    // Inserts the product with zero stock; fails with InvalidInput on a duplicate id or barcode.
    virtual Status insertProduct(const Product &product) = 0;
    // Inside the open transaction: stores the product's name, price, barcode and threshold;
    // InvalidInput when the barcode belongs to another product.
    virtual Status saveProduct(const Product &product) = 0;
    virtual Result<QList<Product>> products(const ListQuery &query) = 0;
    // At most limit products for completion while typing text: the product whose id or
    // barcode is text, then ids starting with text (ASCII case ignored), then names having a
    // word that starts with each word of text. Answers from indexes, whatever the shop's size.
    virtual Result<QList<Product>> completeProducts(const QString &text, int limit) = 0;

    virtual Result<std::optional<StockItem>> findStock(const QString &productId) = 0;
    virtual Status saveStock(const StockItem &item) = 0;
    virtual Result<QList<StockRow>> stockRows(const ListQuery &query) = 0;

    virtual Result<QString> nextOrderId() = 0;
    virtual Result<std::optional<Order>> findOrder(const QString &orderId) = 0;
    virtual Status insertOrder(const Order &order) = 0;
    virtual Status saveOrderStatus(const Order &order) = 0;

    virtual Result<std::optional<Payment>> findPayment(const QString &orderId) = 0;
    virtual Status savePayment(const Payment &payment) = 0;
    virtual Result<std::optional<Delivery>> findDelivery(const QString &orderId) = 0;
    virtual Status saveDelivery(const Delivery &delivery) = 0;

    // Appends to the log inside the open transaction: assigns seq and originSeq, queues the
    // policies each event triggers, and applies the event to the order read model.
    virtual Status appendEvents(QList<DomainEvent> &events) = 0;
    // Marks (event, policy) processed inside the open transaction; false if it already was.
    virtual Result<bool> markProcessed(qint64 eventSeq, Policy policy) = 0;
    virtual Result<QList<PendingReaction>> pendingReactions(int limit) = 0;
    // Streams the matching events, oldest first (unless query.newestFirst), without holding
    // them all in memory.
    virtual Status visitEvents(const EventQuery &query,
                               const std::function<void(const DomainEvent &)> &visit) = 0;
    Result<QList<DomainEvent>> events(const EventQuery &query);
    virtual Result<qint64> eventCount() = 0;
    // A number that changes whenever another connection (another process, or a sync thread)
    // has committed to the same database since the last call; this connection's own commits
    // do not change it. Cheap enough to poll a few times a second.
    virtual Result<qint64> dataVersion() = 0;

    virtual Result<std::optional<OrderView>> findOrderView(const QString &orderId) = 0;
    // Streams the matching rows, newest first (deliveries: latest started first).
    virtual Status visitOrderViews(const ListQuery &query,
                                   const std::function<void(const OrderView &)> &visit) = 0;
    Result<QList<OrderView>> orderViews(const ListQuery &query);
    // Replaces the read model with one projected from the whole log.
    virtual Status rebuildReadModel() = 0;

    // Checks the stored invariants (see AuditReport); read only.
    virtual Result<AuditReport> audit() = 0;

    // The shop's details for its slips; empty fields when never set.
    virtual Result<ShopDetails> shopDetails() = 0;
    // Inside the open transaction.
    virtual Status saveShopDetails(const ShopDetails &details) = 0;
    // The recorded prints of the order's slip, oldest first.
    virtual Result<QList<SlipPrint>> slipPrints(const QString &orderId) = 0;
    // Inside the open transaction, with the SlipPrinted event that records the same print.
    virtual Status insertSlipPrint(const SlipPrint &print) = 0;
    // Orders whose delivery is started and whose slip was never printed, oldest delivery
    // first; limit < 0 means all of them.
    virtual Result<QStringList> unprintedDeliveries(int limit) = 0;

    // Whether any user exists: until one does, the shop needs no login.
    virtual Result<bool> hasUsers() = 0;
    // By name, without regard to ASCII case.
    virtual Result<std::optional<User>> findUser(const QString &name) = 0;
    // Every user, by name.
    virtual Result<QList<User>> users() = 0;
    // Inside the open transaction; InvalidInput when the name is taken.
    virtual Status insertUser(const User &user) = 0;
    // Inside the open transaction: replaces the user's salt, key and iterations.
    virtual Status saveUserPin(const User &user) = 0;
    // Inside the open transaction: replaces the user's role and disabled flag (schema 11).
    virtual Status saveUserAccess(const User &user) = 0;

    // Sync with the hub (schema 7). A store without sync support answers with a Storage
    // error. Events of users stay on their terminal: they are never unsent.
    //
    // This terminal's events the hub has not acknowledged, oldest first; limit < 0: all.
    virtual Result<QList<DomainEvent>> unsentEvents(int limit);
    virtual Result<OutboxState> outboxState();
    // Inside the open transaction: the hub stored this terminal's event under globalSeq.
    // False when the log holds no such event of this terminal.
    virtual Result<bool> markSent(const QString &eventId, qint64 globalSeq);
    // The highest global sequence applied from the hub; 0 before the first sync.
    virtual Result<qint64> lastGlobalSeq();
    // Inside the open transaction; never lowers the stored value.
    virtual Status saveLastGlobalSeq(qint64 globalSeq);
    // Inside the open transaction: appends an event of another terminal as it is (id, origin
    // and its sequence, actor, time) with its global sequence, assigns seq and applies it to
    // the order read model. It queues no policy: its origin ran them, and their effects
    // arrive as events too. False, changing nothing, when the log already holds the id.
    // payloadJson is the event's payload as compact JSON, or empty to have it made here.
    virtual Result<bool> appendRemoteEvent(DomainEvent &event, qint64 globalSeq,
                                           const QByteArray &payloadJson);
    // Inside the open transaction: keeps an event of another terminal that could not be
    // applied here, whole, with the reason (once per event id; a second time changes nothing
    // and returns false).
    virtual Result<bool> recordRemoteProblem(const DomainEvent &event, qint64 globalSeq,
                                             const QString &reason);
    // Inside the open transaction: a product registered (or edited) on another terminal;
    // a new one gets a zero stock row.
    virtual Status upsertProduct(const Product &product);
    // Inside the open transaction: adds the deltas as they come, without any availability
    // check (two terminals selling the last unit offline leave it oversold, never clamped).
    virtual Status addToStock(const QString &productId, qint64 onHandDelta, qint64 reservedDelta);
    // Inside the open transaction: an order placed on another terminal, marked with it.
    virtual Status insertRemoteOrder(const Order &order, const QString &origin);

private:
    const Clock *m_clock = &Clock::system();
};

} // namespace ShopDesk
