#pragma once

#include "eventlog.h"
#include "sqlitepart.h"

namespace ShopDesk {

// The event log in SQLite: the events, and the policies queued to react to them (policy_runs).
class SqliteEventLog final : public EventLog, private SqlitePart
{
public:
    explicit SqliteEventLog(SqliteConnection &connection);

    Status appendEvents(QList<DomainEvent> &events) override;
    Status queueReactions(qint64 eventSeq, const QList<Policy> &policies) override;
    Result<bool> markProcessed(qint64 eventSeq, Policy policy) override;
    Result<QList<PendingReaction>> pendingReactions(int limit) override;
    Status visitEvents(const EventQuery &query,
                       const std::function<void(const DomainEvent &)> &visit) override;
    Result<qint64> eventCount() override;
    Result<qint64> dataVersion() override;

private:
    qint64 &m_nextOriginSeq; // the connection's: begin and rollback reset it
};

} // namespace ShopDesk
