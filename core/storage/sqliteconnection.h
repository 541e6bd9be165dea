#pragma once

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ShopDesk {

class Clock;
class StoreSession;
class WalCheckpointer;
struct NativeArg;

struct SqliteOptions
{
    QString path;
    QString terminal = QStringLiteral("T1"); // names a new database; ignored for an existing one
    int busyTimeoutMs = 5000;                // how long a writer waits for another one
    // Whether a new database's missing folder is made: yes for a default location (the app's
    // data folder), no for a file the user named (a mistyped folder is refused, not made).
    bool createFolder = true;
};

// One SQLite connection through QSQLITE: opening the file (a foreign or newer one is refused
// and left untouched, a read-only one opens for reading only), its PRAGMAs, the migrations
// keyed by PRAGMA user_version, the write transaction with its savepoints, the caches of
// prepared statements, and the mapping of SQLite's errors to ours. The store's parts all
// work through one connection, so that a command's writes commit together.
class SqliteConnection
{
public:
    // session gives the clock the migrations stamp a new database with.
    static Result<std::unique_ptr<SqliteConnection>> open(const SqliteOptions &options,
                                                          const StoreSession &session);
    ~SqliteConnection();

    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // A terminal name: 1-16 letters, digits, '-' or '_', starting with a letter.
    static Status validateTerminalName(const QString &name);

    QString terminal() const { return m_terminal; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The schema version this connection upgraded the file from; 0 when it did not upgrade one.
    int upgradedFrom() const { return m_upgradedFrom; }
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }
    QSqlDatabase database() const;
    // The connection's sqlite3 handle, for the few things Qt Sql does not offer.
    sqlite3 *nativeHandle() const;
    const Clock &clock() const;

    // BEGIN IMMEDIATE, or a savepoint inside an open transaction.
    Status begin();
    Status commit();
    void rollback();
    // The next origin sequence of this terminal's events; valid inside a transaction once
    // set, 0 when it has to be read again (every begin and rollback).
    qint64 &nextOriginSeq() { return m_nextOriginSeq; }

    // A cached prepared statement; binds values in order and executes it.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    Status exec(const QString &sql, const QVariantList &values = {});
    // Runs a read on a statement of its own, so visit may use the cached ones meanwhile.
    Status visitRows(const QString &sql, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &visit);
    // The writes done for every order and event (a catch-up does them millions of times) on
    // the sqlite3 API: a statement prepared once per connection, keyed by the address of its
    // literal SQL, values bound in order. Qt Sql's QVariant binding costs more than the
    // insert itself there. Returns the number of rows changed.
    Result<int> write(const char *sql, std::initializer_list<NativeArg> values);
    // A read on the same path (the small reads of every order: the shop's settings): visit
    // gets each row's columns as text.
    Status read(const char *sql, std::initializer_list<NativeArg> values,
                const std::function<void(const QStringList &)> &visit);
    // The same for reads of many rows (the report tables): visit reads each row's columns off
    // the statement itself (sqlite3_column_*), valid until it returns.
    Status scan(const char *sql, std::initializer_list<NativeArg> values,
                const std::function<void(sqlite3_stmt *)> &visit);
    Error failure(const QSqlQuery &query, const QString &what) const;
    Error failure(const QSqlError &error, const QString &what) const;
    Error failure(int sqliteCode, const QString &text, const QString &what) const;

private:
    SqliteConnection(QString connectionName, QString path, bool readOnly,
                     const StoreSession &session);

    Status configure();
    // write() and read(): the statement of the literal SQL, prepared once, values bound.
    Result<sqlite3_stmt *> bound(const char *sql, std::initializer_list<NativeArg> values);
    // The connection's last error, for the statement of sql.
    Error nativeError(const char *sql) const;
    // The schema version of an existing file; refuses foreign and newer files.
    Result<int> storedVersion();
    Status migrate(int version, const QString &terminal);

    const StoreSession &m_session;
    QString m_connectionName;
    QString m_path;
    QString m_terminal;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_upgradedFrom = 0;
    int m_depth = 0;
    qint64 m_nextOriginSeq = 0;                      // valid inside a transaction once set
    std::unique_ptr<WalCheckpointer> m_checkpointer; // writable stores only
    QHash<QString, QSqlQuery> m_statements;
    sqlite3 *m_db = nullptr; // the QSQLITE connection's handle
    QHash<const char *, sqlite3_stmt *> m_native;
};

} // namespace ShopDesk
