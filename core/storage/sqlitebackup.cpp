#include "sqlitebackup.h"

#include "outputfile.h"
#include "schema.h"
#include "sqlitestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <filesystem>

namespace ShopDesk::SqliteBackup {

namespace {

namespace fs = std::filesystem;

constexpr int BusyTimeoutMs = 5000;

fs::path fsPath(const QString &path)
{
    return fs::path(QFile::encodeName(path).toStdString());
}

// A native connection, closed with its scope.
class Native
{
public:
    Native() = default;
    ~Native() { sqlite3_close_v2(m_db); }
    Native(const Native &) = delete;
    Native &operator=(const Native &) = delete;

    Status open(const QString &path, int flags, const QString &what)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK)
            return failure(rc, QStringLiteral("cannot open %1").arg(what));
        sqlite3_busy_timeout(m_db, BusyTimeoutMs);
        sqlite3_extended_result_codes(m_db, 1);
        return {};
    }
    sqlite3 *db() const { return m_db; }

    Error failure(int rc, const QString &what) const
    {
        const QString text =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        return Error::storage(QStringLiteral("%1: %2").arg(what, text),
                              {{QStringLiteral("sqlite"), rc & 0xff}});
    }
    // The first column of each row of sql, as text.
    Result<QStringList> column(const char *sql, const QString &what) const
    {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        QStringList values;
        while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            values << (text ? QString::fromUtf8(text) : QString());
            rc = SQLITE_OK;
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE && rc != SQLITE_OK)
            return failure(rc, what);
        return values;
    }
    Status exec(const char *sql, const QString &what) const
    {
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return failure(rc, what);
        return {};
    }

private:
    sqlite3 *m_db = nullptr;
};

bool isNotADatabase(const Error &error)
{
    const int code = error.details.value(QStringLiteral("sqlite")).toInt();
    return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
}

// A backup SQLite could not read: not a database at all, or one damaged past reading; other
// errors (a lock, the disk) as they are.
Error unusable(const Error &error, const QString &file)
{
    const int code = error.details.value(QStringLiteral("sqlite")).toInt();
    if (code != SQLITE_NOTADB && code != SQLITE_CORRUPT)
        return error;
    // A file whose schema SQLite reads is a database, damaged further in.
    bool damaged = code == SQLITE_CORRUPT;
    if (!damaged) {
        Native probe;
        damaged = probe.open(file, SQLITE_OPEN_READONLY, file) &&
                  probe.column("PRAGMA schema_version", file);
    }
    return Error::invalidInput(
        QStringLiteral("%1 is not a backup ShopDesk can use: %2")
            .arg(file, damaged ? QStringLiteral("it is damaged (%1)").arg(error.message)
                               : QStringLiteral("it is not an SQLite database")),
        {{QStringLiteral("file"), file},
         {QStringLiteral("reason"),
          damaged ? QStringLiteral("damaged") : QStringLiteral("notADatabase")}});
}

// Every page of from into to, in one step: one read transaction on from, so the copy is the
// database as of one moment while writers go on (WAL). A lock held elsewhere is waited for a
// bounded time.
Status copyPages(const Native &from, const Native &to, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.db(), "main", from.db(), "main");
    if (!backup)
        return to.failure(sqlite3_errcode(to.db()), what);
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT ? from : to).failure(rc, what);
    if (finished != SQLITE_OK)
        return to.failure(finished, what);
    return {};
}

Status copyFile(const QString &source, const QString &target, const QString &what)
{
    Native from;
    SD_CHECK(from.open(source, SQLITE_OPEN_READONLY, what));
    Native to;
    SD_CHECK(to.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, what));
    return copyPages(from, to, what);
}

// A copy of a backup (or a backup just written) checked, and what it holds. named is what
// messages call the file. The copy may be migrated to this schema on the way.
Result<BackupInfo> check(const QString &copy, const QString &named)
{
    const auto refuse = [&named](const QString &why, const QString &reason) {
        return Error::invalidInput(
            QStringLiteral("%1 is not a backup ShopDesk can use: %2").arg(named, why),
            {{QStringLiteral("file"), named}, {QStringLiteral("reason"), reason}});
    };
    {
        Native db;
        SD_CHECK(db.open(copy, SQLITE_OPEN_READWRITE, named));
        auto integrity = db.column("PRAGMA integrity_check", named);
        if (!integrity)
            return unusable(integrity.error(), named);
        if (integrity.value() != QStringList{QStringLiteral("ok")}) {
            return refuse(QStringLiteral("it is damaged (%1)")
                              .arg(integrity->mid(0, 3).join(QStringLiteral("; "))),
                          QStringLiteral("damaged"));
        }
        SD_TRY(const QStringList version, db.column("PRAGMA user_version", named));
        const int schema = version.value(0).toInt();
        const auto terminal = db.column("SELECT value FROM meta WHERE key = 'terminal'", named);
        if (schema < 1 || !terminal || terminal->isEmpty())
            return refuse(QStringLiteral("it is not a ShopDesk database"),
                          QStringLiteral("foreign"));
        if (schema > Schema::CurrentVersion) {
            return refuse(QStringLiteral("it was written by a newer ShopDesk (schema %1; this one "
                                         "knows %2)")
                              .arg(schema)
                              .arg(Schema::CurrentVersion),
                          QStringLiteral("newer"));
        }
    }
    BackupInfo info;
    {
        SqliteOptions options;
        options.path = copy;
        options.createFolder = false;
        SD_TRY(std::unique_ptr<SqliteStore> store, SqliteStore::open(options));
        SD_TRY(const AuditReport audit, store->audit());
        // A copy of a live shop may be taken between a command and its reaction (a payment and
        // the start of its delivery): the reaction runs when the copy is next opened by the
        // window or a command, as after a crash. Anything else verify finds refuses it.
        QStringList wrong = audit.errors;
        for (const QString &pending : audit.pendingReactions)
            wrong.removeOne(pending);
        if (!wrong.isEmpty()) {
            return refuse(QStringLiteral("verify finds it inconsistent: %1")
                              .arg(wrong.mid(0, 3).join(QStringLiteral("; "))),
                          QStringLiteral("inconsistent"));
        }
        info.schemaVersion = store->schemaVersion();
        info.terminal = store->terminal();
        SD_TRY(const ShopDetails shop, store->shopDetails());
        info.shopName = shop.name;
        SD_TRY(info.events, store->eventCount());
    }
    Native db;
    SD_CHECK(db.open(copy, SQLITE_OPEN_READONLY, named));
    SD_TRY(const QStringList orders, db.column("SELECT count(*) FROM orders", named));
    info.orders = orders.value(0).toLongLong();
    SD_TRY(const QStringList last, db.column("SELECT max(occurred_at) FROM events", named));
    if (!last.value(0).isEmpty())
        info.lastEventAt = QDateTime::fromMSecsSinceEpoch(last.value(0).toLongLong(), Qt::UTC);
    return info;
}

// A file to read a backup from: a regular file (through a link too); a folder, a device or a
// FIFO is refused before anything opens it.
Status readable(const QString &file)
{
    if (file.isEmpty())
        return Error::invalidInput(QStringLiteral("give the backup file"));
    std::error_code ec;
    const fs::file_status status = fs::status(fsPath(file), ec);
    if (ec || status.type() == fs::file_type::not_found) {
        return Error::notFound(QStringLiteral("the backup %1 does not exist").arg(file),
                               {{QStringLiteral("file"), file}});
    }
    if (status.type() != fs::file_type::regular) {
        return Error::invalidInput(QStringLiteral("the backup %1 is not a regular file").arg(file),
                                   {{QStringLiteral("file"), file},
                                    {QStringLiteral("reason"), QStringLiteral("notRegular")}});
    }
    return {};
}

// The live database's terminal, when SQLite can read it; empty when it cannot.
QString liveTerminal(const QString &live)
{
    Native db;
    if (!db.open(live, SQLITE_OPEN_READONLY, live))
        return {};
    const auto terminal = db.column("SELECT value FROM meta WHERE key = 'terminal'", live);
    return terminal ? terminal->value(0) : QString();
}

} // namespace

Result<BackupInfo> write(const QString &source, const QString &target)
{
    QElapsedTimer timer;
    timer.start();
    SD_TRY(std::unique_ptr<OutputFile> output,
           OutputFile::create(target, QStringLiteral("the backup")));
    const QString temporary = output->temporaryPath();
    const auto fail = [&output](const Error &error) {
        output->discard();
        return error;
    };
    if (Status copied = copyFile(source, temporary, QStringLiteral("the backup of %1").arg(source));
        !copied)
        return fail(copied.error());
    Result<BackupInfo> info = check(temporary, output->path());
    if (!info)
        return fail(info.error());
    {
        Native db; // one file: no -wal beside the backup
        if (Status opened = db.open(temporary, SQLITE_OPEN_READWRITE, output->path()); !opened)
            return fail(opened.error());
        if (Status single = db.exec("PRAGMA journal_mode=DELETE", output->path()); !single)
            return fail(single.error());
    }
    if (Status committed = output->commit(); !committed)
        return committed.error();
    info->file = output->path();
    info->bytes = QFileInfo(info->file).size();
    info->writtenAt = QDateTime::currentDateTimeUtc();
    info->tookMs = timer.elapsed();
    return info;
}

Result<BackupInfo> inspect(const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    SD_CHECK(readable(file));
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storage(
            QStringLiteral("cannot make a temporary folder to check %1").arg(file));
    const QString copy = dir.filePath(QStringLiteral("check.db"));
    if (Status copied = copyFile(file, copy, file); !copied)
        return unusable(copied.error(), file);
    SD_TRY(BackupInfo info, check(copy, file));
    const QFileInfo about(file);
    info.file = about.absoluteFilePath();
    info.bytes = about.size();
    info.writtenAt = about.lastModified().toUTC();
    info.tookMs = timer.elapsed();
    return info;
}

Result<RestoreOutcome> restore(const QString &live, const QString &backup)
{
    SD_CHECK(readable(backup));
    const QFileInfo liveInfo(live);
    if (liveInfo.absoluteFilePath() == QFileInfo(backup).absoluteFilePath())
        return Error::invalidInput(
            QStringLiteral("the backup %1 is the database itself").arg(backup));
    const QString folder = liveInfo.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error::storage(QStringLiteral("the folder %1 does not exist").arg(folder));
    QTemporaryDir dir(QDir(folder).filePath(QStringLiteral(".restore-XXXXXX")));
    if (!dir.isValid())
        return Error::storage(QStringLiteral("cannot make a temporary folder in %1").arg(folder));
    const QString copy = dir.filePath(QStringLiteral("restore.db"));
    if (Status copied = copyFile(backup, copy, backup); !copied)
        return unusable(copied.error(), backup);
    RestoreOutcome outcome;
    SD_TRY(outcome.restored, check(copy, backup));
    const QFileInfo about(backup);
    outcome.restored.file = about.absoluteFilePath();
    outcome.restored.bytes = about.size();
    outcome.restored.writtenAt = about.lastModified().toUTC();

    std::error_code ec;
    const bool liveExists = fs::exists(fsPath(live), ec);
    if (liveExists) {
        if (fs::status(fsPath(live), ec).type() != fs::file_type::regular)
            return Error::invalidInput(
                QStringLiteral("the database %1 is not a regular file").arg(live));
        const QString terminal = liveTerminal(live);
        if (!terminal.isEmpty() && terminal != outcome.restored.terminal) {
            return Error::invalidInput(
                QStringLiteral("the backup is of terminal %1, and %2 is terminal %3's database: "
                               "restore a backup of %3")
                    .arg(outcome.restored.terminal, live, terminal),
                {{QStringLiteral("reason"), QStringLiteral("otherTerminal")}});
        }
        // The database replaced is kept: by SQLite when it can read it, else moved whole.
        outcome.keptAside = QDir(folder).filePath(
            QStringLiteral("%1.before-restore-%2.db")
                .arg(liveInfo.completeBaseName(),
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        const Status kept = copyFile(live, outcome.keptAside, live);
        if (kept) {
            Native aside;
            SD_CHECK(aside.open(outcome.keptAside, SQLITE_OPEN_READWRITE, outcome.keptAside));
            SD_CHECK(aside.exec("PRAGMA journal_mode=DELETE", outcome.keptAside));
        } else if (isNotADatabase(kept.error())) {
            fs::remove(fsPath(outcome.keptAside), ec);
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (!fs::exists(fsPath(live + suffix), ec))
                    continue;
                fs::rename(fsPath(live + suffix), fsPath(outcome.keptAside + suffix), ec);
                if (ec) {
                    return Error::storage(
                        QStringLiteral("cannot move the damaged %1 aside: %2")
                            .arg(live + suffix, QString::fromStdString(ec.message())));
                }
            }
        } else {
            fs::remove(fsPath(outcome.keptAside), ec);
            return kept.error();
        }
    }
    SD_CHECK(copyFile(copy, live, live));
    // A shop that synced has events on the hub newer than the backup, its own among them: it
    // takes them back before it makes new ones (SyncService), or order numbers would repeat.
    Native db;
    SD_CHECK(db.open(live, SQLITE_OPEN_READWRITE, live));
    SD_TRY(const QStringList synced,
           db.column("SELECT value FROM meta WHERE key = 'last_global_seq'", live));
    SD_TRY(const QStringList sent,
           db.column(
               "SELECT count(*) FROM (SELECT 1 FROM events WHERE global_seq IS NOT NULL LIMIT 1)",
               live));
    outcome.catchingUp = synced.value(0).toLongLong() > 0 || sent.value(0).toLongLong() > 0;
    if (outcome.catchingUp) {
        SD_CHECK(db.exec("INSERT INTO meta (key, value) VALUES ('catch_up_own', '1') ON CONFLICT "
                         "(key) DO UPDATE SET value = '1'",
                         live));
    }
    return outcome;
}

} // namespace ShopDesk::SqliteBackup
