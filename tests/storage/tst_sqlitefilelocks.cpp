// SQLite's locks survive anything else in the process opening and closing the database's files
// (a file dialog sniffing "shop.db-wal", a backup reading the folder). The other process is
// the sqlite3 shell, which keeps plain POSIX locks: the two kinds must still exclude each other.

#include "sqlitefilelocks.h"
#include "testshop.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_SqliteFileLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeLockSurvivesAForeignClose();
    void walSurvivesAnotherProcessClosing();
    void anotherProcessesWritesAreSeenAndKept();
    void closingOneConnectionKeepsTheOthersLock();
    void closedStoreLeavesNoLockBehind();
    void lockTakenByOneConnectionIsReleasedByAnother();
    void shmOwnerLockSurvivesAForeignClose();
    void forkedChildNeitherTakesNorDropsTheLocks();
    void readOnlyConnectionLockingFirstLeavesWritesPossible();

private:
    struct Shell
    {
        int exitCode = -1;
        QString output;
    };
    // Runs SQL in the sqlite3 shell, a process of its own, waiting for no lock.
    Shell shell(const QString &path, const QString &sql) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_sqlite3, {QStringLiteral("-bail"), QStringLiteral("-cmd"),
                                  QStringLiteral(".timeout 0"), path, sql});
        if (!process.waitForFinished(20000))
            qFatal("sqlite3 did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAll()).trimmed()};
    }
    // What a file dialog does to a file of unknown type: opens it, reads its first bytes and
    // closes it.
    static void sniff(const QString &path)
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY(!file.read(64).isEmpty());
        file.close();
    }
    static void sniffAll(const QString &path)
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            sniff(path + QLatin1StringView(suffix));
    }
    static QString meta(SqliteStore &store, const QString &key)
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            qFatal("meta: %s", qPrintable(q.lastError().text()));
        return q.next() ? q.value(0).toString() : QString();
    }
    // Descriptors of this process that point at the given file or its -wal, -shm.
    static int openDescriptors(const QString &path)
    {
        int count = 0;
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QString &fd : fds.entryList(QDir::System | QDir::Files)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (target.startsWith(path))
                ++count;
        }
        return count;
    }

    // The lock another process would meet on one byte of the file: F_UNLCK when it is free.
    // A plain POSIX query sees this process's open-file-description locks as a stranger's.
    static short lockOn(const QString &file, off_t byte)
    {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            qFatal("cannot open %s", qPrintable(file));
        struct flock query = {};
        query.l_type = F_WRLCK;
        query.l_whence = SEEK_SET;
        query.l_start = byte;
        query.l_len = 1;
        const int rc = ::fcntl(fd, F_GETLK, &query);
        // This descriptor is closed at once; the store's locks must not mind (that is the point).
        ::close(fd);
        return rc == 0 ? query.l_type : short(-1);
    }
    static sqlite3 *openRaw(const QString &path, int flags)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(path));
        return db;
    }
    static QString rawValue(sqlite3 *db, const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        else
            value = QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return value;
    }

    QString m_sqlite3;
};

void tst_SqliteFileLocks::initTestCase()
{
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 shell (package sqlite3) is needed");
    QString why;
    QVERIFY2(SqliteFileLocks::install(&why), qPrintable(why));
}

void tst_SqliteFileLocks::writeLockSurvivesAForeignClose()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    QVERIFY(t.store->begin().ok()); // BEGIN IMMEDIATE: this process is the writer
    sniffAll(t.path());
    const Shell other = shell(t.path(), QStringLiteral("BEGIN IMMEDIATE; COMMIT;"));
    QVERIFY2(other.exitCode != 0, qPrintable(other.output));
    QVERIFY2(other.output.contains(QStringLiteral("locked")), qPrintable(other.output));
    t.store->rollback();
    const Shell after = shell(t.path(), QStringLiteral("BEGIN IMMEDIATE; COMMIT;"));
    QVERIFY2(after.exitCode == 0, qPrintable(after.output));
}

void tst_SqliteFileLocks::walSurvivesAnotherProcessClosing()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    QVERIFY(QFile::exists(t.path() + QStringLiteral("-wal")));
    sniffAll(t.path());
    // The last process to close a WAL database checkpoints it and deletes the -wal and -shm;
    // the shell must see that this process still has it open.
    const Shell other = shell(t.path(), QStringLiteral("SELECT count(*) FROM products;"));
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(other.output, QStringLiteral("1"));
    QVERIFY(QFile::exists(t.path() + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(t.path() + QStringLiteral("-shm")));
}

void tst_SqliteFileLocks::anotherProcessesWritesAreSeenAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    {
        SqliteOptions options;
        options.path = path;
        auto opened = SqliteStore::open(options);
        QVERIFY(opened.ok());
        SqliteStore &store = *opened.value();
        QCOMPARE(meta(store, QStringLiteral("probe")), QString());
        for (int round = 1; round <= 3; ++round) {
            sniffAll(path);
            const Shell other = shell(
                path, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('probe', "
                                     "'written by the shell %1');")
                          .arg(round));
            QVERIFY2(other.exitCode == 0, qPrintable(other.output));
            QCOMPARE(meta(store, QStringLiteral("probe")),
                     QStringLiteral("written by the shell %1").arg(round));
            // This process writes after the other one: into the same WAL, not a copy of its own.
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) "
                                          "VALUES ('mine', 'round %1')")
                               .arg(round)));
        }
    }
    const Shell check = shell(path, QStringLiteral("PRAGMA integrity_check; SELECT value FROM meta "
                                                   "WHERE key IN ('probe', 'mine') ORDER BY key;"));
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.output, QStringLiteral("ok\nround 3\nwritten by the shell 3"));
}

void tst_SqliteFileLocks::closingOneConnectionKeepsTheOthersLock()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    SqliteOptions options;
    options.path = t.path();
    auto second = SqliteStore::open(options);
    QVERIFY(second.ok());
    QVERIFY(t.store->begin().ok());
    // The connection that took the lock is not the last to hold the file's descriptors.
    second.value().reset();
    sniffAll(t.path());
    const Shell other = shell(t.path(), QStringLiteral("BEGIN IMMEDIATE; COMMIT;"));
    QVERIFY2(other.exitCode != 0 && other.output.contains(QStringLiteral("locked")),
             qPrintable(other.output));
    t.store->rollback();
}

void tst_SqliteFileLocks::closedStoreLeavesNoLockBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    {
        SqliteOptions options;
        options.path = path;
        auto first = SqliteStore::open(options);
        QVERIFY(first.ok());
        auto second = SqliteStore::open(options);
        QVERIFY(second.ok());
        QVERIFY(openDescriptors(path) > 0);
    }
    QCOMPARE(openDescriptors(path), 0);
    // With no lock left, the shell is the last one out: it checkpoints and removes the WAL.
    const Shell other =
        shell(path, QStringLiteral("PRAGMA journal_mode; BEGIN EXCLUSIVE; COMMIT;"));
    QVERIFY2(other.exitCode == 0, qPrintable(other.output));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_SqliteFileLocks::lockTakenByOneConnectionIsReleasedByAnother()
{
    // SQLite's connections of one process share one lock state: the last one out releases
    // what the first one took. Locks kept per descriptor would leave the file locked here.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    {
        SqliteOptions options;
        options.path = path;
        QVERIFY(SqliteStore::open(options).ok()); // a ShopDesk database in WAL mode
    }
    sqlite3 *a = openRaw(path, SQLITE_OPEN_READWRITE);
    sqlite3 *b = openRaw(path, SQLITE_OPEN_READWRITE);
    QCOMPARE(rawValue(a, "SELECT count(*) FROM meta") != QStringLiteral("0"), true);
    QVERIFY(!rawValue(b, "SELECT count(*) FROM meta").startsWith(QStringLiteral("error")));
    sqlite3_close(a);
    QCOMPARE(rawValue(b, "PRAGMA journal_mode=DELETE"), QStringLiteral("delete"));
    QCOMPARE(rawValue(b, "PRAGMA journal_mode=WAL"), QStringLiteral("wal"));
    sqlite3_close(b);
}

void tst_SqliteFileLocks::shmOwnerLockSurvivesAForeignClose()
{
    // Byte 128 of the -shm ("dead man switch") says a process has the WAL index open; a process
    // that finds it free believes it is first, and rebuilds the index under the others' feet.
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 5);
    sniffAll(t.path());
    QCOMPARE(lockOn(t.path() + QStringLiteral("-shm"), 128), short(F_RDLCK));
}

void tst_SqliteFileLocks::forkedChildNeitherTakesNorDropsTheLocks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    {
        SqliteOptions options;
        options.path = path;
        QVERIFY(SqliteStore::open(options).ok());
    }
    // The parent's only connection to the file, so that the child's copy of it is the last.
    sqlite3 *raw = openRaw(path, SQLITE_OPEN_READWRITE);
    QVERIFY(!rawValue(raw, "INSERT INTO meta (key, value) VALUES ('parent', 'here') RETURNING key")
                 .startsWith(QStringLiteral("error")));
    const pid_t child = ::fork();
    if (child == 0) {
        // A child that closes what it inherited, as exit-time destructors would: with locks
        // shared through the parent's descriptions it would checkpoint and delete the WAL.
        sqlite3_close(raw);
        ::_exit(0);
    }
    QVERIFY(child > 0);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(lockOn(path + QStringLiteral("-shm"), 128), short(F_RDLCK));
    const Shell other =
        shell(path, QStringLiteral("INSERT INTO meta (key, value) VALUES ('forked', 'kept');"));
    QVERIFY2(other.exitCode == 0, qPrintable(other.output));
    QCOMPARE(rawValue(raw, "SELECT value FROM meta WHERE key = 'forked'"), QStringLiteral("kept"));
    sqlite3_close(raw);
    const Shell check = shell(path, QStringLiteral("SELECT count(*) FROM meta WHERE key IN "
                                                   "('parent', 'forked');"));
    QCOMPARE(check.output, QStringLiteral("2"));
}

void tst_SqliteFileLocks::readOnlyConnectionLockingFirstLeavesWritesPossible()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    {
        SqliteOptions options;
        options.path = path;
        QVERIFY(SqliteStore::open(options).ok());
    }
    sqlite3 *reader = openRaw(path, SQLITE_OPEN_READONLY);
    QVERIFY(!rawValue(reader, "SELECT count(*) FROM meta").startsWith(QStringLiteral("error")));
    sqlite3 *writer = openRaw(path, SQLITE_OPEN_READWRITE);
    QVERIFY(!rawValue(writer, "SELECT count(*) FROM meta").startsWith(QStringLiteral("error")));
    sqlite3_close(reader);
    // The writer needs the exclusive lock the reader's descriptor could not have given.
    QCOMPARE(rawValue(writer, "PRAGMA journal_mode=DELETE"), QStringLiteral("delete"));
    QCOMPARE(rawValue(writer, "PRAGMA journal_mode=WAL"), QStringLiteral("wal"));
    sqlite3_close(writer);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(tst_SqliteFileLocks)
#include "tst_sqlitefilelocks.moc"
