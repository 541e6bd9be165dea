#pragma once

#include "hubstore.h"
#include "pushcheck.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace ShopDesk::Hub {

// HubStore over Qt Sql, on QSQLITE (a file, the embedded default) or QPSQL (a PostgreSQL
// database given as postgres://USER:PASS@HOST:PORT/DB). One set of SQL serves both; what
// differs (the sequence column's type, how a write transaction starts, connection setup) is
// chosen once by the dialect. One hub process per database: global sequences are assigned
// by the process inside the append's transaction.
class SqlHubStore final : public HubStore
{
public:
    enum class Dialect { Sqlite, Postgres };

    // Opens (and on first use creates) the hub database. Storage error for a file that is not
    // a hub database, a newer schema, or a server that cannot be reached; InvalidInput for a
    // malformed postgres:// address.
    static Result<std::unique_ptr<SqlHubStore>> open(const QString &spec);
    // Tests only: opens like open(), but creates or upgrades the schema only up to `version`
    // (1 for a database as the first hub release made it).
    static Result<std::unique_ptr<SqlHubStore>> openAtVersion(const QString &spec, int version);
    ~SqlHubStore() override;

    // The schema version this build creates and upgrades to.
    static int schemaVersion();

    Dialect dialect() const { return m_dialect; }
    // The store's connection, for the adapters that read and write beside it (SqlShopQueries,
    // SqlApiKeys, SqlIdempotency) on the same thread.
    QSqlDatabase database() const;
    // PostgreSQL: when the server was restarted, the connection is dead for good; this opens a
    // new one. True when it did (the caller then tries its statement once more).
    bool reconnect();
    // A statement prepared once on this connection and kept (the REST API's reads run the same
    // few statements again and again): nullptr when it does not prepare. The caller binds,
    // executes and finish()es it before anything else runs it; a reconnect forgets them all.
    QSqlQuery *prepared(const QString &sql);
    // Counts the appends that changed the log (and so the projection) in this process: a
    // reader's cache of the projection is good while it stays the same. One hub process per
    // database, so nobody else changes it.
    quint64 generation() const { return m_generation; }
    // The spec without its password, for logs.
    QString displayName() const { return m_displayName; }

    Result<AppendResult> append(const QList<DomainEvent> &events) override;
    Result<QList<Sync::SyncEvent>> readAfter(qint64 afterSeq, const QString &excludeOrigin,
                                             int limit) override;
    Result<EventPage> readPage(qint64 afterSeq, const QString &excludeOrigin, int limit) override;
    Result<qint64> lastSeq() override;
    Status ping() override;
    Status addToken(const TokenRecord &token) override;
    Result<std::optional<TokenRecord>> token(const QString &name) override;
    Result<QList<TokenRecord>> tokens() override;
    Status revokeToken(const QString &name) override;
    Result<QList<StockRow>> stock() override;
    Result<QList<OrderRow>> orders() override;
    Result<QList<DeliveryRow>> deliveries() override;

private:
    // Per order the batch touches: what the projection holds before the batch (its origin and
    // status, its deliveries' origins and statuses), kept up to date through the batch so that
    // the row counters move once per real change.
    struct HeldDelivery
    {
        QString origin;
        QString status;
    };
    struct HeldOrder
    {
        QString origin;
        QString status;
        QList<HeldDelivery> deliveries;
    };

    SqlHubStore(Dialect dialect, QString connectionName, QString displayName);
    static Result<std::unique_ptr<SqlHubStore>> openUpTo(const QString &spec, int version);
    Status migrate(int version);
    // Runs the steps from `from` up to `to` in the caller's transaction.
    Status upgrade(int from, int to);
    // Version 2: API keys, idempotency, order lines and phone, row counters, list indexes.
    Status upgradeTo2();
    // Runs the catch-up query and hands each row (the event without payload, its payload text).
    Status visitAfter(qint64 afterSeq, const QString &excludeOrigin, int limit,
                      const std::function<void(DomainEvent &, const QString &)> &visit);
    // Fills what the hub holds of the orders and products the new events touch.
    Status loadHeld(PushCheck &rules, QHash<QString, HeldOrder> &held,
                    const QList<Sync::SyncEvent> &added);
    // After an append failed on a taken event id: the refusal naming it, if that was why.
    std::optional<Error> takenEventId(const QList<Sync::SyncEvent> &added);
    Status begin();
    Status commit();
    void rollback();

    QHash<QString, QSqlQuery> m_prepared;
    quint64 m_generation = 0;
    Dialect m_dialect;
    QString m_connectionName;
    QString m_displayName;
};

} // namespace ShopDesk::Hub
