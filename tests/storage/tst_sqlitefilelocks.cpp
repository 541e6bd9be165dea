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

QTEST_GUILESS_MAIN(tst_SqliteFileLocks)
#include "tst_sqlitefilelocks.moc"
