#pragma once

#include "domainevent.h"
#include "policies.h"
#include "result.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace ShopDesk {

struct EventQuery
{
    QString orderId;
    QString productId;
    qint64 afterSeq = 0;
    int limit = -1;
    qint64 beforeSeq = 0;     // when > 0, only events before this position
    QStringList types;        // when not empty, only events of these types
    bool newestFirst = false; // the newest matching events first (a history list)
    // When not empty, only this terminal's events, and of those only the ones after and (when
    // > 0) before these positions in its own sequence (a shift's events).
    QString origin;
    qint64 afterOriginSeq = 0;
    qint64 beforeOriginSeq = 0;
};

struct PendingReaction
{
    DomainEvent event;
    Policy policy;
};

// The event log port: the log (which is also the outbox), the policies' reactions to it, and
// how to tell that another connection wrote.
class EventLog
{
public:
    virtual ~EventLog() = default;

    // Appends to the log inside the open transaction: assigns seq and originSeq. It only
    // stores: which policies an event triggers (queueReactions) and what it changes in the
    // read models are the caller's to say, in the same transaction.
    virtual Status appendEvents(QList<DomainEvent> &events) = 0;
    // Inside the open transaction: queues each policy to react to the logged event once
    // (see markProcessed and pendingReactions).
    virtual Status queueReactions(qint64 eventSeq, const QList<Policy> &policies) = 0;
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
};

} // namespace ShopDesk
