#pragma once

#include "shopstore.h"

namespace ShopDesk {

class UnitOfWork;

// An event of another terminal as the hub sends it: the event and the global sequence the
// hub gave it.
struct RemoteEvent
{
    DomainEvent event;
    qint64 globalSeq = 0;
    // The payload as compact JSON, as the log stores it, when the caller has made it already
    // (the sync client does on its decoding thread); empty: made when the event is stored.
    QByteArray payloadJson;
};

// One line of a hub's acknowledgement: the global sequence it gave one of our events.
struct SentEvent
{
    QString eventId;
    qint64 globalSeq = 0;
};

// What applying a batch of remote events did.
struct RemoteApplied
{
    int applied = 0;    // new events, stored and applied
    int duplicates = 0; // already in the log (a batch sent twice): nothing changed
    int ignored = 0;    // events of this terminal or of its users: not applied
    int keptAside = 0;  // could not be applied here: kept in remote_problems, verify says so
                        // (one kept aside before counts as a duplicate)
    qint64 lastGlobalSeq = 0;
};

// The terminal's side of the sync with the hub (ARCHITECTURE.md "Sync"), over the event log:
// the outbox of this terminal's unsent events, their acknowledgement, and the idempotent
// application of other terminals' events. Transport-free: core/sync's SyncClient moves the
// messages; this service only reads and writes the store.
//
// Products registered or edited (ProductChanged) on another terminal are upserted here; a
// barcode another product already holds here is dropped from the later one rather than
// stopping the sync.
//
// Remote events change the state they describe without running any policy: their origin
// decided and ran its policies, and the results arrive as events too. They are checked by the
// rules the hub applies as well (OrderFlow: an order's events only from its owner and possible
// in its state; every number in its range; stock within addStock's range): one that breaks a
// rule is kept aside with the reason, never applied.
// Stock events are deltas applied as they come, so two terminals that each sold the last
// unit offline leave it oversold (available < 0) everywhere, never clamped. Orders of other
// terminals appear in the lists with their origin. Events of users (UserCreated,
// UserPinChanged, UserRoleChanged, UserDisabled, UserEnabled, UserLockedOut, UserUnlocked;
// terminalLocalEventTypes) stay on their terminal: never pushed, and ignored if one arrives.
class SyncService
{
public:
    explicit SyncService(UnitOfWork &work);

    // The terminal's name (its database's), the origin of its events and its hello.
    QString terminal() const;
    // The services' clock (UnitOfWork::now).
    QDateTime now() const;

    // Whether events of this type go to the hub and to other terminals.
    static bool isShared(const QString &eventType);

    // This terminal's events the hub has not acknowledged yet, oldest first, at most limit.
    Result<QList<DomainEvent>> unsentEvents(int limit) const;
    // How many are unsent, and since when the oldest waits.
    Result<OutboxState> outboxState() const;
    // Records the global sequences of an acknowledged batch, in one transaction. Idempotent;
    // returns how many of the ids name events of this terminal.
    Result<int> markSent(const QList<SentEvent> &assigned);

    // The hub holds eventId as another terminal's event: this terminal's unsent event of that
    // id gets a new one (nobody else knows it, since the hub never took it), in one
    // transaction. False when no unsent event of this terminal has that id.
    Result<bool> renameUnsent(const QString &eventId);

    // The highest global sequence applied from the hub (hello's lastGlobalSeq).
    Result<qint64> lastGlobalSeq() const;
    // How the bus hears of applied remote events.
    enum class Announce {
        Now,   // after the commit: each event of a small batch, one reset for a large one
        Later, // not yet: a catch-up's many batches become one announceReset() now and then
    };
    // Applies a batch of other terminals' events in one transaction, in the order given (the
    // hub's), each at most once by event id, and raises the last global sequence; then
    // announces them as asked. An event that cannot be applied here (unknown product,
    // malformed payload, an order id taken) is kept aside with the reason and the batch goes
    // on (keptAside). On a storage error nothing of the batch is kept.
    // The hub sent everything it holds (caughtUp): a terminal restored from a backup has its
    // own later events back and may make new ones again (ShopStore::catchingUp).
    Status caughtUp();
    // Whether this terminal waits for its own events back after a restore (the hello asks the
    // hub for them).
    Result<bool> catchingUp() const;
    Result<RemoteApplied> applyRemote(const QList<RemoteEvent> &events,
                                      Announce announce = Announce::Now);
    // Tells the bus that everything may have changed (after batches applied with Later).
    void announceReset();

    // Batches larger than this are announced to the bus as one reset.
    static constexpr int ResetThreshold = 200;

private:
    Status applyEffect(const DomainEvent &event);
    Status keepBarcodeUnique(Product &product);

    UnitOfWork &m_work;
};

} // namespace ShopDesk
