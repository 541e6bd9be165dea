#pragma once

#include "clock.h"
#include "nativearg.h"
#include "sqliteconnection.h"
#include "sqlitehelpers.h"

namespace ShopDesk {

// What every part of the SQLite store shares: its connection, with the connection's
// statements, transaction and error mapping at hand under the names the parts' code uses.
class SqlitePart
{
protected:
    explicit SqlitePart(SqliteConnection &connection)
        : m_connection(connection)
        , m_path(connection.path())
        , m_terminal(connection.terminal())
        , m_readOnly(connection.isReadOnly())
        , m_db(connection.nativeHandle())
    {}
    ~SqlitePart() = default;

    SqlitePart(const SqlitePart &) = delete;
    SqlitePart &operator=(const SqlitePart &) = delete;

    Status begin() { return m_connection.begin(); }
    Status commit() { return m_connection.commit(); }
    void rollback() { m_connection.rollback(); }
    const Clock &clock() const { return m_connection.clock(); }
    QSqlDatabase database() const { return m_connection.database(); }

    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {})
    {
        return m_connection.run(sql, values);
    }
    Status exec(const QString &sql, const QVariantList &values = {})
    {
        return m_connection.exec(sql, values);
    }
    Status visitRows(const QString &sql, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &visit)
    {
        return m_connection.visitRows(sql, values, visit);
    }
    Result<int> write(const char *sql, std::initializer_list<NativeArg> values)
    {
        return m_connection.write(sql, values);
    }
    Status read(const char *sql, std::initializer_list<NativeArg> values,
                const std::function<void(const QStringList &)> &visit)
    {
        return m_connection.read(sql, values, visit);
    }
    Status scan(const char *sql, std::initializer_list<NativeArg> values,
                const std::function<void(sqlite3_stmt *)> &visit)
    {
        return m_connection.scan(sql, values, visit);
    }
    // Runs body in a write transaction of its own, committed when body succeeds and rolled
    // back otherwise (the rebuilds of the read models).
    Status inTransaction(const std::function<Status()> &body)
    {
        if (m_readOnly)
            return Error::storage(QStringLiteral("the database %1 is read-only").arg(m_path));
        SD_CHECK(begin());
        Status done = body();
        if (done)
            done = commit();
        if (!done)
            rollback();
        return done;
    }
    // The logged events of these types in log order, each decoded; the first payload that does
    // not decode, or the first failure of visit, stops it and is returned.
    Status
    visitLoggedEvents(const QStringList &types,
                      const std::function<Status(const DomainEvent &, const EventPayload &)> &visit)
    {
        std::optional<Error> problem;
        SD_CHECK(visitRows(QStringLiteral("SELECT %1 FROM events WHERE type IN ('%2') ORDER BY seq")
                               .arg(eventColumns, types.join(QStringLiteral("', '"))),
                           {}, [&](const QSqlQuery &q) {
                               if (problem)
                                   return;
                               const DomainEvent event = readEvent(q);
                               const Result<EventPayload> payload = decodePayload(event);
                               if (!payload)
                                   problem = payload.error();
                               else if (Status visited = visit(event, *payload); !visited)
                                   problem = visited.error();
                           }));
        if (problem)
            return *problem;
        return {};
    }
    Error failure(const QSqlQuery &query, const QString &what) const
    {
        return m_connection.failure(query, what);
    }

    SqliteConnection &m_connection;
    // Fixed once the connection is open.
    const QString m_path;
    const QString m_terminal;
    const bool m_readOnly;
    sqlite3 *const m_db;
};

} // namespace ShopDesk
