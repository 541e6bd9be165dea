#include "sqliteeventlog.h"

#include "sqlitehelpers.h"

#include <QJsonDocument>

namespace ShopDesk {

SqliteEventLog::SqliteEventLog(SqliteConnection &connection)
    : SqlitePart(connection)
    , m_nextOriginSeq(connection.nextOriginSeq())
{}

Status SqliteEventLog::appendEvents(QList<DomainEvent> &events)
{
    if (events.isEmpty())
        return {};
    if (m_nextOriginSeq == 0) {
        SD_TRY(QSqlQuery * q,
               run(QStringLiteral("SELECT coalesce(max(origin_seq), 0) + 1 FROM events "
                                  "WHERE origin = ?"),
                   {m_terminal}));
        m_nextOriginSeq = q->next() ? q->value(0).toLongLong() : 1;
        q->finish();
    }
    for (DomainEvent &event : events) {
        if (event.origin.isEmpty())
            event.origin = m_terminal;
        event.originSeq = m_nextOriginSeq++;
        SD_CHECK(write("INSERT INTO events (event_id, type, order_id, product_id, origin, "
                       "origin_seq, actor, causation_id, occurred_at, payload) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       {event.eventId, event.type, NativeArg::nullIfEmpty(event.orderId),
                        NativeArg::nullIfEmpty(event.productId), event.origin, event.originSeq,
                        NativeArg::text(event.actor), NativeArg::nullIfEmpty(event.causationId),
                        event.occurredAt.toMSecsSinceEpoch(),
                        QJsonDocument(event.payload).toJson(QJsonDocument::Compact)}));
        event.seq = sqlite3_last_insert_rowid(m_db);
    }
    return {};
}

Status SqliteEventLog::queueReactions(qint64 eventSeq, const QList<Policy> &policies)
{
    for (const Policy policy : policies) {
        SD_CHECK(write("INSERT INTO policy_runs (event_seq, policy) VALUES (?, ?)",
                       {eventSeq, policyName(policy)}));
    }
    return {};
}

Result<bool> SqliteEventLog::markProcessed(qint64 eventSeq, Policy policy)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("UPDATE policy_runs SET processed_at = ? "
                              "WHERE event_seq = ? AND policy = ? AND processed_at IS NULL"),
               {clock().now().toMSecsSinceEpoch(), eventSeq, policyName(policy)}));
    const bool fresh = q->numRowsAffected() == 1;
    q->finish();
    return fresh;
}

Result<QList<PendingReaction>> SqliteEventLog::pendingReactions(int limit)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral(
                   // The unary plus keeps the planner on the small pending index: by origin it
                   // would walk every event of this terminal (seconds on a large shop).
                   "SELECT r.policy, e.seq, e.event_id, e.type, e.order_id, e.product_id, "
                   "e.origin, e.origin_seq, e.actor, e.causation_id, e.occurred_at, e.payload "
                   "FROM policy_runs r JOIN events e ON e.seq = r.event_seq "
                   "WHERE r.processed_at IS NULL AND +e.origin = ? ORDER BY r.event_seq LIMIT ?"),
               {m_terminal, limit}));
    QueryFinisher finish{q};
    QList<PendingReaction> pending;
    while (q->next()) {
        const auto policy = policyFromName(q->value(0).toString());
        if (!policy)
            return Error::storage(
                QStringLiteral("unknown policy '%1' in the log").arg(q->value(0).toString()));
        pending.append({readEvent(*q, 1), *policy});
    }
    return pending;
}

Status SqliteEventLog::visitEvents(const EventQuery &query,
                                   const std::function<void(const DomainEvent &)> &visit)
{
    QString sql = QStringLiteral("SELECT %1 FROM events WHERE seq > ?").arg(eventColumns);
    QVariantList values{query.afterSeq};
    if (query.beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        values << query.beforeSeq;
    }
    if (!query.types.isEmpty()) {
        QStringList marks(query.types.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND type IN (%1)").arg(marks.join(QLatin1Char(',')));
        for (const QString &type : query.types)
            values << type;
    }
    if (!query.orderId.isEmpty()) {
        sql += QStringLiteral(" AND order_id = ?");
        values << query.orderId;
    }
    if (!query.productId.isEmpty()) {
        sql += QStringLiteral(" AND product_id = ?");
        values << query.productId;
    }
    if (!query.origin.isEmpty()) {
        // Through the (origin, origin_seq) index; its order is the log's for one terminal.
        sql += QStringLiteral(" AND origin = ? AND origin_seq > ?");
        values << query.origin << query.afterOriginSeq;
        if (query.beforeOriginSeq > 0) {
            sql += QStringLiteral(" AND origin_seq < ?");
            values << query.beforeOriginSeq;
        }
    }
    sql += query.newestFirst ? QStringLiteral(" ORDER BY seq DESC LIMIT ?")
                             : QStringLiteral(" ORDER BY seq LIMIT ?");
    values << query.limit;
    return visitRows(sql, values, [&](const QSqlQuery &q) { visit(readEvent(q)); });
}

Result<qint64> SqliteEventLog::eventCount()
{
    // seq is dense (events are never deleted), so the largest one is the count.
    SD_TRY(QSqlQuery * q, run(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events")));
    const qint64 count = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return count;
}

Result<qint64> SqliteEventLog::dataVersion()
{
    SD_TRY(QSqlQuery * q, run(QStringLiteral("PRAGMA data_version")));
    const qint64 version = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return version;
}

} // namespace ShopDesk
