#pragma once

#include "sqlitepart.h"
#include "syncstatestore.h"

namespace ShopDesk {

// The sync state in SQLite (schema 7): global_seq on events, last_global_seq in meta, the
// events of other terminals and the ones kept aside (remote_problems).
class SqliteSync final : public SyncStateStore, private SqlitePart
{
public:
    explicit SqliteSync(SqliteConnection &connection);

    Result<QList<DomainEvent>> unsentEvents(int limit) override;
    Result<OutboxState> outboxState() override;
    Result<bool> markSent(const QString &eventId, qint64 globalSeq) override;
    Result<bool> renameUnsent(const QString &eventId, const QString &newId) override;
    Result<qint64> lastGlobalSeq() override;
    Status saveLastGlobalSeq(qint64 globalSeq) override;
    Result<bool> catchingUp() override;
    Status endCatchUp() override;
    Result<bool> appendRemoteEvent(DomainEvent &event, qint64 globalSeq,
                                   const QByteArray &payloadJson) override;
    Result<bool> recordRemoteProblem(const DomainEvent &event, qint64 globalSeq,
                                     const QString &reason) override;
};

} // namespace ShopDesk
