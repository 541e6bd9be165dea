#include "sqlidempotency.h"

#include "hubsql.h"
#include "sqlhubstore.h"

namespace ShopDesk::Hub {

namespace {

QVariant bytes(const QByteArray &data)
{
    return data.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(data);
}

} // namespace

SqlIdempotency::SqlIdempotency(SqlHubStore &store)
    : m_store(store)
{}

Result<std::optional<IdempotencyRecord>> SqlIdempotency::idempotency(const QString &apiKey,
                                                                     const QString &key)
{
    SD_TRY(QSqlQuery q,
           HubSql::run(m_store,
                       QStringLiteral("SELECT request, status, location, body, created FROM "
                                      "idempotency WHERE api_key = ? AND idem_key = ?"),
                       {apiKey, key}, QStringLiteral("cannot read the idempotency keys")));
    if (!q.next())
        return std::optional<IdempotencyRecord>();
    return std::optional<IdempotencyRecord>(IdempotencyRecord{
        apiKey, key, q.value(0).toString().toLatin1(), q.value(1).toInt(),
        q.value(2).toString().toUtf8(), q.value(3).toByteArray(), HubSql::timeAt(q.value(4))});
}

Status SqlIdempotency::beginIdempotent(const IdempotencyRecord &pending)
{
    SD_TRY(
        const QSqlQuery q,
        HubSql::run(m_store,
                    QStringLiteral("INSERT INTO idempotency (api_key, idem_key, request, status, "
                                   "location, body, created) VALUES (?, ?, ?, 0, NULL, NULL, ?) "
                                   "ON CONFLICT (api_key, idem_key) DO NOTHING"),
                    {pending.apiKey, pending.key, QString::fromLatin1(pending.request),
                     pending.created.toMSecsSinceEpoch()},
                    QStringLiteral("cannot store the idempotency key")));
    if (q.numRowsAffected() < 1) {
        return Error::invalidState(
            QStringLiteral("idempotency key %1 of %2 is taken").arg(pending.key, pending.apiKey));
    }
    return {};
}

Status SqlIdempotency::finishIdempotent(const IdempotencyRecord &finished)
{
    SD_TRY(const QSqlQuery q,
           HubSql::run(m_store,
                       QStringLiteral("UPDATE idempotency SET status = ?, location = ?, body = ? "
                                      "WHERE api_key = ? AND idem_key = ?"),
                       {finished.status, HubSql::nullableText(QString::fromUtf8(finished.location)),
                        bytes(finished.body), finished.apiKey, finished.key},
                       QStringLiteral("cannot store the answer of an idempotency key")));
    if (q.numRowsAffected() < 1) {
        return Error::notFound(QStringLiteral("idempotency key %1 of %2 has no record")
                                   .arg(finished.key, finished.apiKey));
    }
    return {};
}

Status SqlIdempotency::dropIdempotent(const QString &apiKey, const QString &key)
{
    return HubSql::run(m_store,
                       QStringLiteral("DELETE FROM idempotency WHERE api_key = ? AND idem_key = ? "
                                      "AND status = 0"),
                       {apiKey, key}, QStringLiteral("cannot drop an idempotency key"))
        .status();
}

Result<qint64> SqlIdempotency::purgeIdempotency(const QDateTime &before)
{
    SD_TRY(const QSqlQuery q,
           HubSql::run(m_store, QStringLiteral("DELETE FROM idempotency WHERE created < ?"),
                       {before.toMSecsSinceEpoch()},
                       QStringLiteral("cannot purge the idempotency keys")));
    return qint64(q.numRowsAffected());
}

} // namespace ShopDesk::Hub
