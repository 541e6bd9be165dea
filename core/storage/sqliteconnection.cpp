#include "sqliteconnection.h"

#include "nativearg.h"
#include "schema.h"
#include "sqlitefilelocks.h"
#include "storesession.h"
#include "walcheckpointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>
#include <sys/stat.h>

namespace ShopDesk {

namespace {

// Reads the file's header through SQLite itself, never through a descriptor of our own: closing
// one would drop the locks of every connection this process holds on the file (see
// SqliteFileLocks). Immutable and read-only, so nothing is written beside it.
bool isSqliteFile(const QString &path, int busyTimeoutMs, QString *why)
{
    // Reads the schema once: immutable (nothing written beside the file, no -wal or -shm made
    // for a file that is no database) or, when that read fails, as an ordinary reader.
    const auto readSchema = [&path, busyTimeoutMs](bool immutable, int *code, QString *message) {
        QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8();
        if (immutable)
            uri += QByteArrayLiteral("?immutable=1");
        sqlite3 *db = nullptr;
        int rc =
            sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        if (rc == SQLITE_OK && !immutable)
            sqlite3_busy_timeout(db, busyTimeoutMs); // a writer's checkpoint or WAL recovery
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
        *code = db ? sqlite3_extended_errcode(db) : rc;
        *message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close(db);
        return rc;
    };
    int code = SQLITE_OK;
    QString message;
    int rc = readSchema(true, &code, &message);
    // Immutable means the WAL is not read: while another process checkpoints it into the file,
    // that read can see some pages new and some old ("malformed"). A database in use is read
    // again with its WAL and locks; a file that is no database fails both ways.
    if (rc != SQLITE_OK && (code & 0xff) != SQLITE_NOTADB)
        rc = readSchema(false, &code, &message);
    if (rc == SQLITE_OK)
        return true; // an empty file is an empty database
    if ((code & 0xff) == SQLITE_NOTADB)
        *why = QStringLiteral("it is not an SQLite database");
    else
        *why = QStringLiteral("cannot read it (%1)").arg(message);
    return false;
}

// While SQLite creates a new database file: no permission for group or others. SQLite makes the
// -wal and -shm files with the database file's own mode, so they are private too. The umask is
// the process's: a file another thread creates meanwhile is only made more private.
class PrivateFileMask
{
public:
    explicit PrivateFileMask(bool active)
        : m_active(active)
    {
        if (m_active)
            m_saved = ::umask(S_IRWXG | S_IRWXO);
    }
    ~PrivateFileMask()
    {
        if (m_active)
            ::umask(m_saved);
    }
    PrivateFileMask(const PrivateFileMask &) = delete;
    PrivateFileMask &operator=(const PrivateFileMask &) = delete;

private:
    bool m_active = false;
    mode_t m_saved = 0;
};

} // namespace

SqliteConnection::SqliteConnection(QString connectionName, QString path, bool readOnly,
                                   const StoreSession &session)
    : m_session(session)
    , m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{}

SqliteConnection::~SqliteConnection()
{
    for (sqlite3_stmt *statement : std::as_const(m_native))
        sqlite3_finalize(statement);
    m_native.clear();
    if (m_checkpointer) {
        m_checkpointer->detach(m_db);
        m_checkpointer.reset();
    }
    m_statements.clear();
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            if (m_depth > 0)
                QSqlQuery(QStringLiteral("ROLLBACK"), db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SqliteConnection::validateTerminalName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,15}$"));
    if (!pattern.match(name).hasMatch()) {
        return Error::invalidInput(
            QStringLiteral("terminal name '%1' is not valid; use 1-16 letters, digits, '-' or '_', "
                           "starting with a letter (for example T1)")
                .arg(name));
    }
    return {};
}

sqlite3 *SqliteConnection::nativeHandle() const
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

const Clock &SqliteConnection::clock() const
{
    return m_session.clock();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const SqliteOptions &options,
                                                                 const StoreSession &session)
{
    if (options.path.isEmpty())
        return Error::invalidInput(QStringLiteral("no database file was given"));
    [[maybe_unused]] static const bool locksKept = [] {
        QString why;
        if (!SqliteFileLocks::install(&why))
            qWarning().noquote() << "SQLite keeps its POSIX locks:" << why;
        return true;
    }();
    const QFileInfo info(options.path);
    const QString path = info.absoluteFilePath();
    bool readOnly = false;
    if (info.exists()) {
        if (!info.isFile())
            return Error::storage(QStringLiteral("%1 is not a file").arg(path));
        QString why;
        if (!isSqliteFile(path, options.busyTimeoutMs, &why)) {
            return Error::storage(
                QStringLiteral("cannot use %1: %2; the file was left untouched").arg(path, why));
        }
        // WAL needs to write beside the file as well as to it.
        readOnly = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    } else {
        SD_CHECK(validateTerminalName(options.terminal));
        if (!options.createFolder && !QFileInfo(info.absolutePath()).isDir())
            return Error::storage(
                QStringLiteral("the folder %1 does not exist; create it first, or give a file "
                               "in an existing folder (only the database file is created)")
                    .arg(info.absolutePath()),
                {{QStringLiteral("folder"), info.absolutePath()},
                 {QStringLiteral("reason"), QStringLiteral("noFolder")}});
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::storage(QStringLiteral("cannot create the folder %1 for the database")
                                      .arg(info.absolutePath()));
        }
    }

    static QAtomicInt counter;
    const QString connectionName = QStringLiteral("shopdesk-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqliteConnection> connection(
        new SqliteConnection(connectionName, path, readOnly, session));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        QString connectOptions =
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (readOnly) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
            // Without a -shm file no writer is at work. Reading it as immutable then creates
            // no -wal/-shm beside it: such files would keep the database read-only later
            // (they get its read-only mode) and cannot be made in a read-only folder at all.
            if (!QFile::exists(path + QStringLiteral("-shm"))) {
                db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                   QStringLiteral("?immutable=1"));
                connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
            }
        }
        db.setConnectOptions(connectOptions);
        const bool creating = !info.exists();
        {
            const PrivateFileMask privately(creating);
            if (!db.open())
                return connection->failure(db.lastError(), QStringLiteral("open %1").arg(path));
        }
        // 0600 whatever the umask (chmod by path: opening and closing a descriptor of our own
        // would drop this process's SQLite locks on the file), before anything is written to
        // it and before WAL mode makes its -wal and -shm files.
        if (creating && QFileInfo::exists(path) &&
            !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
            return Error::storage(
                QStringLiteral("cannot make the new database %1 private to its owner").arg(path));
        }
    }
    connection->m_db = connection->nativeHandle();
    // Whose file this is comes first: nothing is written to a file that is not ours.
    SD_TRY(const int version, connection->storedVersion());
    SD_CHECK(connection->configure());
    SD_CHECK(connection->migrate(version, options.terminal));
    if (!readOnly && connection->m_db) {
        connection->m_checkpointer = std::make_unique<WalCheckpointer>(path);
        connection->m_checkpointer->attach(connection->m_db);
    }
    return connection;
}

Status SqliteConnection::configure()
{
    if (!m_readOnly) {
        SD_TRY(QSqlQuery * mode, run(QStringLiteral("PRAGMA journal_mode=WAL")));
        const QString journal = mode->next() ? mode->value(0).toString() : QString();
        mode->finish();
        if (journal != QLatin1StringView("wal")) {
            return Error::storage(QStringLiteral("cannot switch %1 to WAL journal mode (got '%2')")
                                      .arg(m_path, journal));
        }
    }
    SD_CHECK(exec(QStringLiteral("PRAGMA synchronous=FULL")));
    SD_CHECK(exec(QStringLiteral("PRAGMA foreign_keys=ON")));
    // 64 MiB of page cache (the default is 2 MiB): the order lists and the log's indexes of a
    // large shop stay in memory instead of being read again for every command.
    SD_CHECK(exec(QStringLiteral("PRAGMA cache_size=-65536")));
    // Savepoint journals (batches of demo data) in memory rather than in temporary files.
    SD_CHECK(exec(QStringLiteral("PRAGMA temp_store=MEMORY")));
    return {};
}

Result<int> SqliteConnection::storedVersion()
{
    SD_TRY(QSqlQuery * q, run(QStringLiteral("PRAGMA user_version")));
    const int version = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    if (version > Schema::CurrentVersion) {
        return Error::storage(
            QStringLiteral(
                "%1 was written by a newer ShopDesk (schema %2; this program knows up to "
                "%3); upgrade ShopDesk to open it. Nothing was changed")
                .arg(m_path)
                .arg(version)
                .arg(Schema::CurrentVersion));
    }
    if (version == 0) {
        SD_TRY(q, run(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        const int objects = q->next() ? q->value(0).toInt() : 0;
        q->finish();
        if (objects > 0) {
            return Error::storage(QStringLiteral("%1 is an SQLite database but not a ShopDesk one; "
                                                 "the file was left untouched")
                                      .arg(m_path));
        }
    }
    return version;
}

Status SqliteConnection::migrate(int version, const QString &terminal)
{
    if (version < Schema::CurrentVersion) {
        if (m_readOnly) {
            return Error::storage(
                QStringLiteral("%1 is read-only and needs its schema created or upgraded")
                    .arg(m_path));
        }
        SD_CHECK(begin());
        // Re-read under the write lock: another process may have migrated meanwhile.
        Result<QSqlQuery *> again = run(QStringLiteral("PRAGMA user_version"));
        if (!again) {
            rollback();
            return again.error();
        }
        version = again.value()->next() ? again.value()->value(0).toInt() : 0;
        again.value()->finish();
        const bool creating = version == 0;
        if (!creating && version < Schema::CurrentVersion)
            m_upgradedFrom = version;
        for (int next = version + 1; next <= Schema::CurrentVersion; ++next) {
            for (const QString &sql : Schema::migration(next)) {
                if (Status done = exec(sql); !done) {
                    rollback();
                    return done;
                }
            }
        }
        Status done = exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::CurrentVersion));
        if (done && creating) {
            done = exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('terminal', ?), "
                                       "('created_at', ?), ('database_id', ?)"),
                        {terminal, clock().now().toString(Qt::ISODate),
                         QUuid::createUuid().toString(QUuid::WithoutBraces)});
        }
        if (done)
            done = commit();
        if (!done) {
            rollback();
            return done;
        }
    }
    m_schemaVersion = Schema::CurrentVersion;
    SD_TRY(QSqlQuery * q, run(QStringLiteral("SELECT value FROM meta WHERE key = 'terminal'")));
    m_terminal = q->next() ? q->value(0).toString() : QString();
    q->finish();
    if (m_terminal.isEmpty())
        return Error::storage(QStringLiteral("%1 has no terminal name; it is damaged").arg(m_path));
    return {};
}

Error SqliteConnection::failure(const QSqlError &error, const QString &what) const
{
    return failure(error.nativeErrorCode().toInt(), error.text().trimmed(), what);
}

Error SqliteConnection::failure(int sqliteCode, const QString &text, const QString &what) const
{
    const int primary = sqliteCode & 0xff;
    // SQLITE_BUSY and SQLITE_LOCKED: another connection holds the write lock.
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        return Error::storage(QStringLiteral("the database %1 is busy: another program is writing "
                                             "to it; try again in a moment")
                                  .arg(m_path),
                              {{QStringLiteral("busy"), true}});
    }
    if (primary == SQLITE_READONLY) {
        return Error::storage(
            QStringLiteral("the database %1 is read-only; nothing was changed").arg(m_path));
    }
    return Error::storage(QStringLiteral("database error in %1 (%2): %3").arg(m_path, what, text),
                          {{QStringLiteral("sqlite"), QString::number(primary)}});
}

Error SqliteConnection::failure(const QSqlQuery &query, const QString &what) const
{
    return failure(query.lastError(), what);
}

Result<QSqlQuery *> SqliteConnection::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return failure(query, sql.simplified().left(60));
        it = m_statements.insert(sql, query);
    }
    QSqlQuery *query = &it.value();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        return failure(*query, sql.simplified().left(60));
    return query;
}

Error SqliteConnection::nativeError(const char *sql) const
{
    return failure(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
                   QString::fromUtf8(sql).simplified().left(60));
}

Result<sqlite3_stmt *> SqliteConnection::bound(const char *sql,
                                               std::initializer_list<NativeArg> values)
{
    if (!m_db)
        return Error::storage(QStringLiteral("the database %1 is not open").arg(m_path));
    sqlite3_stmt *statement = m_native.value(sql);
    if (!statement) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(statement);
            return nativeError(sql);
        }
        m_native.insert(sql, statement);
    }
    Q_ASSERT(int(values.size()) == sqlite3_bind_parameter_count(statement));
    int index = 0;
    for (const NativeArg &value : values) {
        if (value.bind(statement, ++index) != SQLITE_OK) {
            const Error error = nativeError(sql);
            sqlite3_clear_bindings(statement);
            return error;
        }
    }
    return statement;
}

Result<int> SqliteConnection::write(const char *sql, std::initializer_list<NativeArg> values)
{
    SD_TRY(sqlite3_stmt *const statement, bound(sql, values));
    const int rc = sqlite3_step(statement);
    const int changes = sqlite3_changes(m_db);
    Error error;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        error = nativeError(sql); // read before a reset could change it
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement); // no pointer into a caller's strings stays behind
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return error;
    return changes;
}

Status SqliteConnection::read(const char *sql, std::initializer_list<NativeArg> values,
                              const std::function<void(const QStringList &)> &visit)
{
    QStringList row;
    return scan(sql, values, [&](sqlite3_stmt *statement) {
        row.clear();
        const int columns = sqlite3_column_count(statement);
        for (int c = 0; c < columns; ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
            row.append(text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, c))
                            : QString());
        }
        visit(row);
    });
}

Status SqliteConnection::scan(const char *sql, std::initializer_list<NativeArg> values,
                              const std::function<void(sqlite3_stmt *)> &visit)
{
    SD_TRY(sqlite3_stmt *const statement, bound(sql, values));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        visit(statement);
    Error error;
    if (rc != SQLITE_DONE)
        error = nativeError(sql);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        return error;
    return {};
}

Status SqliteConnection::exec(const QString &sql, const QVariantList &values)
{
    SD_TRY(QSqlQuery * query, run(sql, values));
    query->finish();
    return {};
}

Status SqliteConnection::visitRows(const QString &sql, const QVariantList &values,
                                   const std::function<void(const QSqlQuery &)> &visit)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failure(q, sql.simplified().left(60));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return failure(q, sql.simplified().left(60));
    while (q.next())
        visit(q);
    if (q.lastError().isValid())
        return failure(q, sql.simplified().left(60));
    return {};
}

Status SqliteConnection::begin()
{
    if (m_depth == 0) {
        SD_CHECK(exec(QStringLiteral("BEGIN IMMEDIATE")));
        m_nextOriginSeq = 0;
    } else {
        SD_CHECK(exec(QStringLiteral("SAVEPOINT sd%1").arg(m_depth)));
    }
    ++m_depth;
    return {};
}

Status SqliteConnection::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1)
        SD_CHECK(exec(QStringLiteral("COMMIT")));
    else
        SD_CHECK(exec(QStringLiteral("RELEASE sd%1").arg(m_depth - 1)));
    --m_depth;
    return {};
}

void SqliteConnection::rollback()
{
    if (m_depth == 0)
        return;
    --m_depth;
    // The rolled-back events gave back their origin sequence numbers: read it again.
    m_nextOriginSeq = 0;
    if (m_depth == 0) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO sd%1").arg(m_depth));
        (void)exec(QStringLiteral("RELEASE sd%1").arg(m_depth));
    }
}

} // namespace ShopDesk
