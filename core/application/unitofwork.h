#pragma once

#include "domainevent.h"
#include "policies.h"
#include "result.h"

#include <functional>

namespace ShopDesk {

class EventBus;
class ShopStore;

// Runs one command or one policy reaction in one database transaction: the state it writes
// and the events it raises commit together (the event table is the outbox), and the bus
// hears of the events only after the commit.
class UnitOfWork
{
public:
    using Body = std::function<Result<QList<DomainEvent>>()>;

    UnitOfWork(ShopStore &store, EventBus &bus);

    ShopStore &store() const { return m_store; }
    EventBus &bus() const { return m_bus; }

    // The user named on every event from now on.
    void setActor(const QString &actor) { m_actor = actor; }
    const QString &actor() const { return m_actor; }

    // Begins, runs body, stamps and appends its events, commits, publishes. On any error
    // it rolls back and nothing is published. causationId names the event a policy reacts to.
    Result<QList<DomainEvent>> run(const Body &body, const QString &causationId = {});
    // Same, and first marks (event, policy) processed in the same transaction; yields no
    // events and does not run body when the reaction was already processed.
    Result<QList<DomainEvent>> runReaction(const DomainEvent &event, Policy policy,
                                           const Body &body);

    // While batching, commits are deferred to endBatch() and the bus stays quiet until then
    // (it then announces a reset). Used for bulk demo data.
    Status beginBatch();
    Status endBatch();
    bool inBatch() const { return m_batchDepth > 0; }

private:
    Result<QList<DomainEvent>> runInTransaction(const std::function<Result<bool>()> &guard,
                                                const Body &body, const QString &causationId);
    void stamp(QList<DomainEvent> &events, const QString &causationId) const;

    ShopStore &m_store;
    EventBus &m_bus;
    QString m_actor;
    int m_batchDepth = 0;
};

} // namespace ShopDesk
