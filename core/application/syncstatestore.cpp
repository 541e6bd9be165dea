#include "syncstatestore.h"

namespace ShopDesk {

const QStringList &terminalLocalEventTypes()
{
    static const QStringList types{EventType::UserCreated,     EventType::UserPinChanged,
                                   EventType::UserRoleChanged, EventType::UserDisabled,
                                   EventType::UserEnabled,     EventType::UserLockedOut,
                                   EventType::UserUnlocked};
    return types;
}

Error noSyncSupport()
{
    return Error::storage(QStringLiteral("this store cannot sync with a hub"));
}

Result<QList<DomainEvent>> SyncStateStore::unsentEvents(int)
{
    return noSyncSupport();
}

Result<OutboxState> SyncStateStore::outboxState()
{
    return noSyncSupport();
}

Result<bool> SyncStateStore::markSent(const QString &, qint64)
{
    return noSyncSupport();
}

Result<bool> SyncStateStore::renameUnsent(const QString &, const QString &)
{
    return noSyncSupport();
}

Result<bool> SyncStateStore::catchingUp()
{
    return false;
}

Status SyncStateStore::endCatchUp()
{
    return {};
}

Result<qint64> SyncStateStore::lastGlobalSeq()
{
    return noSyncSupport();
}

Status SyncStateStore::saveLastGlobalSeq(qint64)
{
    return noSyncSupport();
}

Result<bool> SyncStateStore::appendRemoteEvent(DomainEvent &, qint64, const QByteArray &)
{
    return noSyncSupport();
}

Result<bool> SyncStateStore::recordRemoteProblem(const DomainEvent &, qint64, const QString &)
{
    return noSyncSupport();
}

} // namespace ShopDesk
