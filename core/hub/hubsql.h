#pragma once

#include "result.h"
#include "sqlhubstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace ShopDesk::Hub::HubSql {

// What the adapters beside SqlHubStore share: one statement on the store's connection, tried
// once more after PostgreSQL lost the connection (a restarted server), as the store's own reads
// do. For statements that stand alone: a statement that failed on a dead connection did not run.
inline Result<QSqlQuery> run(SqlHubStore &store, const QString &sql, const QVariantList &values,
                             const QString &what)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        if (q.prepare(sql)) {
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            if (q.exec())
                return q;
        }
        const QSqlError error = q.lastError();
        if (attempt > 0 || !store.reconnect())
            return Error::storage(QStringLiteral("%1: %2").arg(what, error.text()));
    }
}

// The same through the store's kept statements (SqlHubStore::prepared), for reads run often;
// the caller finish()es the query once it has read what it needs.
inline Result<QSqlQuery *> runKept(SqlHubStore &store, const QString &sql,
                                   const QVariantList &values, const QString &what)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery *q = store.prepared(sql);
        if (q) {
            for (int i = 0; i < values.size(); ++i)
                q->bindValue(i, values.at(i));
            if (q->exec())
                return q;
        }
        const QSqlError error = q ? q->lastError() : store.database().lastError();
        if (attempt > 0 || !store.reconnect())
            return Error::storage(QStringLiteral("%1: %2").arg(what, error.text()));
    }
}

inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QDateTime timeAt(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace ShopDesk::Hub::HubSql
