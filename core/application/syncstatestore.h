#pragma once

#include "domainevent.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace ShopDesk {

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

// What a store without sync support answers to the sync functions of every port.
Error noSyncSupport();

// The sync-state port: the outbox, the hub's global sequence, and the events of other
// terminals (schema 7). A store without sync support answers with a Storage error. Events of
// users stay on their terminal: they are never unsent.
class SyncStateStore
{
public:
    virtual ~SyncStateStore() = default;

    // This terminal's events the hub has not acknowledged, oldest first; limit < 0: all.
    virtual Result<QList<DomainEvent>> unsentEvents(int limit);
    virtual Result<OutboxState> outboxState();
    // Inside the open transaction: the hub stored this terminal's event under globalSeq.
    // False when the log holds no such event of this terminal.
    virtual Result<bool> markSent(const QString &eventId, qint64 globalSeq);
    // Inside the open transaction: gives this terminal's unsent event a new id, and the events
    // it caused their new causation. False when no unsent event of this terminal has eventId.
    virtual Result<bool> renameUnsent(const QString &eventId, const QString &newId);
    // The highest global sequence applied from the hub; 0 before the first sync.
    virtual Result<qint64> lastGlobalSeq();
    // Inside the open transaction; never lowers the stored value.
    virtual Status saveLastGlobalSeq(qint64 globalSeq);
    // Inside the open transaction: appends an event of another terminal as it is (id, origin
    // and its sequence, actor, time) with its global sequence and assigns seq; the caller
    // applies it to the read models. No policy is queued for it: its origin ran them, and
    // their effects arrive as events too. False, changing nothing, when the log already
    // holds the id.
    // payloadJson is the event's payload as compact JSON, or empty to have it made here.
    virtual Result<bool> appendRemoteEvent(DomainEvent &event, qint64 globalSeq,
                                           const QByteArray &payloadJson);
    // Inside the open transaction: keeps an event of another terminal that could not be
    // applied here, whole, with the reason (once per event id; a second time changes nothing
    // and returns false).
    virtual Result<bool> recordRemoteProblem(const DomainEvent &event, qint64 globalSeq,
                                             const QString &reason);
    // Whether this terminal was restored from a backup and waits for its own events made
    // after it, which the hub holds: until then it makes no new events (their order numbers
    // and sequences would repeat the lost ones). False for a store without sync support.
    virtual Result<bool> catchingUp();
    // The hub said this terminal has every event it holds: the wait is over.
    virtual Status endCatchUp();
};

} // namespace ShopDesk
