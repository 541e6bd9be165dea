#include "sqlapikeys.h"

#include "apikeys.h"
#include "hubsql.h"
#include "sqlhubstore.h"

namespace ShopDesk::Hub {

namespace {

const QString Columns = QStringLiteral("name, role, hash, salt, created, revoked");

Result<ApiKeyRecord> keyAt(const QSqlQuery &q)
{
    const std::optional<ApiRole> role = apiRoleFromString(q.value(1).toString());
    if (!role) {
        return Error::storage(QStringLiteral("API key %1 has an unknown role \"%2\"")
                                  .arg(q.value(0).toString(), q.value(1).toString()));
    }
    ApiKeyRecord key{q.value(0).toString(),
                     *role,
                     q.value(2).toString().toLatin1(),
                     q.value(3).toString().toLatin1(),
                     HubSql::timeAt(q.value(4)),
                     std::nullopt};
    if (!q.value(5).isNull())
        key.revoked = HubSql::timeAt(q.value(5));
    return key;
}

} // namespace

SqlApiKeys::SqlApiKeys(SqlHubStore &store)
    : m_store(store)
{}

Status SqlApiKeys::addApiKey(const ApiKeyRecord &key)
{
    // One statement, so that two adds of one name cannot both pass a check: a key not revoked
    // stays as it is, and the statement then changes no row.
    SD_TRY(const QSqlQuery q,
           HubSql::run(
               m_store,
               QStringLiteral("INSERT INTO api_keys (name, role, hash, salt, created, revoked) "
                              "VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT (name) DO UPDATE SET "
                              "role = excluded.role, hash = excluded.hash, salt = excluded.salt, "
                              "created = excluded.created, revoked = NULL "
                              "WHERE api_keys.revoked IS NOT NULL"),
               {key.name, toText(key.role), QString::fromLatin1(key.hash),
                QString::fromLatin1(key.salt), key.created.toMSecsSinceEpoch()},
               QStringLiteral("cannot store the API key")));
    if (q.numRowsAffected() < 1) {
        return Error::invalidState(
            QStringLiteral("API key %1 exists and is not revoked; revoke it first").arg(key.name));
    }
    return {};
}

Result<std::optional<ApiKeyRecord>> SqlApiKeys::apiKey(const QString &name)
{
    SD_TRY(QSqlQuery q,
           HubSql::run(m_store,
                       QStringLiteral("SELECT %1 FROM api_keys WHERE name = ?").arg(Columns),
                       {name}, QStringLiteral("cannot read API keys")));
    if (!q.next())
        return std::optional<ApiKeyRecord>();
    SD_TRY(ApiKeyRecord key, keyAt(q));
    return std::optional<ApiKeyRecord>(std::move(key));
}

Result<QList<ApiKeyRecord>> SqlApiKeys::apiKeys()
{
    SD_TRY(QSqlQuery q,
           HubSql::run(m_store,
                       QStringLiteral("SELECT %1 FROM api_keys ORDER BY name").arg(Columns), {},
                       QStringLiteral("cannot read API keys")));
    QList<ApiKeyRecord> keys;
    while (q.next()) {
        SD_TRY(ApiKeyRecord key, keyAt(q));
        keys.append(std::move(key));
    }
    return keys;
}

Status SqlApiKeys::revokeApiKey(const QString &name)
{
    SD_TRY(const QSqlQuery q,
           HubSql::run(
               m_store,
               QStringLiteral("UPDATE api_keys SET revoked = ? WHERE name = ? AND revoked IS NULL"),
               {QDateTime::currentMSecsSinceEpoch(), name},
               QStringLiteral("cannot revoke the API key")));
    if (q.numRowsAffected() > 0)
        return {};
    SD_TRY(const std::optional<ApiKeyRecord> existing, apiKey(name));
    if (!existing)
        return Error::notFound(QStringLiteral("there is no API key %1").arg(name));
    return Error::invalidState(QStringLiteral("API key %1 is already revoked").arg(name));
}

} // namespace ShopDesk::Hub
