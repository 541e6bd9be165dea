#include "sqlitesync.h"

#include "sqlitehelpers.h"

#include <QJsonDocument>

namespace ShopDesk {

namespace {

QString localTypesList()
{
    return QStringLiteral("'%1'").arg(terminalLocalEventTypes().join(QStringLiteral("', '")));
}

} // namespace

SqliteSync::SqliteSync(SqliteConnection &connection)
    : SqlitePart(connection)
{}

Result<QList<DomainEvent>> SqliteSync::unsentEvents(int limit)
{
    QList<DomainEvent> events;
    SD_CHECK(visitRows(QStringLiteral("SELECT %1 FROM events WHERE global_seq IS NULL AND "
                                      "origin = ? AND type NOT IN (%2) ORDER BY seq LIMIT ?")
                           .arg(eventColumns, localTypesList()),
                       {m_terminal, limit},
                       [&](const QSqlQuery &q) { events.append(readEvent(q)); }));
    return events;
}

Result<OutboxState> SqliteSync::outboxState()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT count(*), min(occurred_at), "
                              "(SELECT count(*) FROM remote_problems) FROM events "
                              "WHERE global_seq IS NULL AND origin = ? AND type NOT IN (%1)")
                   .arg(localTypesList()),
               {m_terminal}));
    QueryFinisher finish{q};
    OutboxState state;
    if (q->next()) {
        state.unsent = q->value(0).toLongLong();
        state.oldest = timeAt(q->value(1));
        state.keptAside = q->value(2).toLongLong();
    }
    return state;
}

Result<bool> SqliteSync::markSent(const QString &eventId, qint64 globalSeq)
{
    // An ack that comes twice finds the global sequence already set and changes nothing.
    SD_TRY(const int changed, write("UPDATE events SET global_seq = coalesce(global_seq, ?) "
                                    "WHERE event_id = ? AND origin = ?",
                                    {globalSeq, eventId, m_terminal}));
    return changed == 1;
}

Result<bool> SqliteSync::renameUnsent(const QString &eventId, const QString &newId)
{
    SD_TRY(const int changed, write("UPDATE events SET event_id = ? WHERE event_id = ? AND "
                                    "origin = ? AND global_seq IS NULL",
                                    {newId, eventId, m_terminal}));
    if (changed != 1)
        return false;
    SD_CHECK(write("UPDATE events SET causation_id = ? WHERE causation_id = ?", {newId, eventId}));
    return true;
}

Result<qint64> SqliteSync::lastGlobalSeq()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT value FROM meta WHERE key = 'last_global_seq'")));
    QueryFinisher finish{q};
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status SqliteSync::saveLastGlobalSeq(qint64 globalSeq)
{
    return write("INSERT INTO meta (key, value) VALUES ('last_global_seq', ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = "
                 "max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
                 {QString::number(globalSeq)})
        .status();
}

Result<bool> SqliteSync::catchingUp()
{
    bool waiting = false;
    SD_CHECK(read("SELECT value FROM meta WHERE key = 'catch_up_own'", {},
                  [&waiting](const QStringList &row) { waiting = row.value(0) == u'1'; }));
    return waiting;
}

Status SqliteSync::endCatchUp()
{
    return write("DELETE FROM meta WHERE key = 'catch_up_own'", {}).status();
}

Result<bool> SqliteSync::appendRemoteEvent(DomainEvent &event, qint64 globalSeq,
                                           const QByteArray &payloadJson)
{
    SD_TRY(
        const int added,
        write("INSERT INTO events (event_id, type, order_id, product_id, origin, origin_seq, "
              "actor, causation_id, occurred_at, payload, global_seq) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
              {NativeArg::text(event.eventId), NativeArg::text(event.type),
               NativeArg::nullIfEmpty(event.orderId), NativeArg::nullIfEmpty(event.productId),
               NativeArg::text(event.origin), event.originSeq, NativeArg::text(event.actor),
               NativeArg::nullIfEmpty(event.causationId), event.occurredAt.toMSecsSinceEpoch(),
               payloadJson.isEmpty() ? QJsonDocument(event.payload).toJson(QJsonDocument::Compact)
                                     : payloadJson,
               globalSeq}));
    if (added == 0)
        return false;
    event.seq = sqlite3_last_insert_rowid(m_db);
    return true;
}

Result<bool> SqliteSync::recordRemoteProblem(const DomainEvent &event, qint64 globalSeq,
                                             const QString &reason)
{
    SD_TRY(const int added,
           write("INSERT INTO remote_problems (event_id, global_seq, origin, type, reason, "
                 "event, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (event_id) DO NOTHING",
                 {NativeArg::text(event.eventId), globalSeq, NativeArg::text(event.origin),
                  NativeArg::text(event.type), reason,
                  QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact),
                  clock().now().toMSecsSinceEpoch()}));
    return added == 1;
}

} // namespace ShopDesk
