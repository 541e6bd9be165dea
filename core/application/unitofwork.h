#pragma once

#include "clock.h"
#include "domainevent.h"
#include "policies.h"
#include "result.h"
#include "user.h"

#include <functional>
#include <optional>

namespace ShopDesk {

class EventBus;
class ShopStore;

// Runs one command or one policy reaction in one database transaction: the state it writes
// and the events it raises commit together (the event table is the outbox), and the bus
// hears of the events only after the commit.
// A new event id: a version 7 UUID (time first), in its one canonical form (lower case,
// without braces).
QString newEventId(const QDateTime &now);

class UnitOfWork
{
public:
    using Body = std::function<Result<QList<DomainEvent>>()>;

    UnitOfWork(ShopStore &store, EventBus &bus);

    ShopStore &store() const { return m_store; }
    EventBus &bus() const { return m_bus; }
    // The time every command and event of these services is stamped with, and the store's.
    void setClock(const Clock &clock);
    QDateTime now() const { return m_clock->now(); }
    const Clock &clock() const { return *m_clock; }

    // The adapter's default name for events ("cli") while the shop has no users; it logs
    // out whoever was logged in.
    void setActor(const QString &actor)
    {
        m_actor = actor;
        m_user.reset();
    }
    // The user who logged in (UserService::logIn); named on every event from now on.
    void setActingUser(const ActingUser &user) { m_user = user; }
    void clearActingUser() { m_user.reset(); }
    const std::optional<ActingUser> &actingUser() const { return m_user; }
    // The name on events: the acting user's, else the adapter's default.
    const QString &actor() const { return m_user ? m_user->name : m_actor; }

    // The role check of every service command. While the shop has no users everything is
    // allowed (the adapter's default actor acts); once one exists a command needs a logged-in
    // user (Unauthorized) whose role may do it (Forbidden). `what` names the command in the
    // message, e.g. "adjust stock".
    Status authorize(Role needed, const QString &what) const;
    // Whether users exist; cached once true, since users are never removed.
    Result<bool> hasUsers() const;

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
    // Rolls back everything done since beginBatch(); the bus hears nothing.
    void cancelBatch();
    bool inBatch() const { return m_batchDepth > 0; }

private:
    Result<QList<DomainEvent>> runInTransaction(const std::function<Result<bool>()> &guard,
                                                const Body &body, const QString &causationId);
    void stamp(QList<DomainEvent> &events, const QString &causationId) const;

    ShopStore &m_store;
    EventBus &m_bus;
    const Clock *m_clock = &Clock::system();
    QString m_actor;
    std::optional<ActingUser> m_user;
    mutable bool m_usersSeen = false;
    int m_batchDepth = 0;
};

} // namespace ShopDesk
