#include "backupstore.h"

namespace ShopDesk {

namespace {

QString utc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject BackupInfo::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("schemaVersion"), schemaVersion},
            {QStringLiteral("terminal"), terminal},
            {QStringLiteral("shopName"), shopName},
            {QStringLiteral("events"), events},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("lastEventAt"), utc(lastEventAt)},
            {QStringLiteral("writtenAt"), utc(writtenAt)},
            {QStringLiteral("tookMs"), tookMs}};
}

QJsonObject RestoreOutcome::toJson() const
{
    return {{QStringLiteral("restored"), restored.toJson()},
            {QStringLiteral("keptAside"), keptAside},
            {QStringLiteral("catchingUp"), catchingUp}};
}

} // namespace ShopDesk
