// Backup and restore through the real binaries (issue 16): `shopdesk-cli backup` while another
// process floods the shop with orders gives a consistent, checked file; `restore` refuses what
// it cannot use and changes nothing then; it keeps the database it replaces; and on a terminal
// that syncs with a real shopdesk-hub, the events made after the backup (its own among them)
// come back with the next sync, before which the terminal makes no new events.

#include "clidatabase.h"
#include "hubprocess.h"

#include "sqlitebackup.h"
#include "sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif
#ifndef SHOPDESK_HUB
#error "SHOPDESK_HUB must name the shopdesk-hub binary"
#endif

using ShopDesk::Testing::HubProcess;
using ShopDesk::Testing::ProcessRun;
using ShopDesk::Testing::writeTokenFile;

class tst_CliBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupDuringAFloodOfOrders();
    void backupRefusals();
    void restoreRefusals();
    void restoreThenSyncBringsBackLaterEvents();

private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    QString newDb(const QString &name = QStringLiteral("shop"))
    {
        return m_dir.filePath(QStringLiteral("%1%2.db").arg(name).arg(++m_dbCount));
    }
    static QStringList words(const QString &text)
    {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    // As Boss (manager, 1234) or Kim (clerk, 5678); --json.
    static ProcessRun as(const QString &db, const QString &user, const QStringList &args)
    {
        const QString pin =
            user == QLatin1StringView("Kim") ? QStringLiteral("5678") : QStringLiteral("1234");
        return ShopDesk::Testing::runCliOn(
            QStringLiteral(SHOPDESK_CLI), db,
            QStringList{QStringLiteral("--json"), QStringLiteral("--user"), user} + args, pin);
    }
    static ProcessRun boss(const QString &db, const QString &args)
    {
        return as(db, "Boss", words(args));
    }
    // A shop of terminal `terminal` with P1 (1,000 won, stock 10,000), Boss and Kim.
    static bool makeShop(const QString &db, const QString &terminal = QStringLiteral("T1"))
    {
        const auto cli = [&](const QStringList &args, const QString &pin, const QString &newPin) {
            return ShopDesk::Testing::runCliOn(
                       QStringLiteral(SHOPDESK_CLI), db,
                       QStringList{QStringLiteral("--terminal"), terminal} + args, pin, newPin)
                .ok();
        };
        return cli(words("user add --name Boss --role manager"), {}, QStringLiteral("1234")) &&
               cli(words("--user Boss user add --name Kim --role clerk"), QStringLiteral("1234"),
                   QStringLiteral("5678")) &&
               cli(words("--user Boss product add --id P1 --name Tea --price 1000"),
                   QStringLiteral("1234"), {}) &&
               cli(words("--user Boss stock adjust --product P1 --delta 10000"),
                   QStringLiteral("1234"), {});
    }
    // A paid order of one unit; its id, or empty.
    static QString sale(const QString &db)
    {
        const ProcessRun placed =
            as(db, "Kim", words("order place --customer Ahn --phone 010 --item P1:1"));
        const QString id = placed.json().value(QStringLiteral("orderId")).toString();
        if (id.isEmpty() ||
            !as(db, "Kim",
                {QStringLiteral("order"), QStringLiteral("pay"), id, QStringLiteral("--method"),
                 QStringLiteral("card"), QStringLiteral("--approval"), QStringLiteral("12345678")})
                 .ok())
            return {};
        return id;
    }
    static QStringList orderIds(const QString &db)
    {
        QStringList ids;
        for (const QJsonValue &order : boss(db, "order list --limit 1000").array())
            ids << order.toObject().value(QStringLiteral("orderId")).toString();
        ids.sort();
        return ids;
    }
    static QStringList dump(const QString &db)
    {
        return ShopDesk::Testing::dumpTables(db, {QStringLiteral("events"),
                                                  QStringLiteral("orders"), QStringLiteral("meta"),
                                                  QStringLiteral("report_products")});
    }
};

void tst_CliBackup::backupDuringAFloodOfOrders()
{
    const QString db = newDb();
    QVERIFY(makeShop(db));
    // Another process places and pays orders for as long as the backups take.
    QProcess flood;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHOPDESK_PIN"), QStringLiteral("5678"));
    env.remove(QStringLiteral("SHOPDESK_DB"));
    flood.setProcessEnvironment(env);
    const QString stop = m_dir.filePath(QStringLiteral("stop-flood"));
    flood.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("for i in $(seq 1 400); do [ -e '%1' ] && break; id=$('%2' --db "
                                "'%3' --json --user Kim order place --customer Ahn --phone 010 "
                                "--item P1:1 | sed 's/.*\"orderId\":\"\\([^\"]*\\)\".*/\\1/'); "
                                "'%2' --db '%3' --user Kim order pay \"$id\" --method card "
                                "--approval 12345678 >/dev/null || exit 1; done")
                     .arg(stop, QStringLiteral(SHOPDESK_CLI), db)});
    QVERIFY(flood.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(orderIds(db).size() >= 3, 60'000);
    qint64 previous = 0;
    for (int i = 0; i < 3; ++i) {
        const QString file = m_dir.filePath(QStringLiteral("flood-%1.db").arg(i));
        const ProcessRun backup = boss(db, QStringLiteral("backup ") + file);
        QVERIFY2(backup.ok(), qPrintable(backup.describe()));
        // Checked by the command itself (integrity and verify); the file is one file.
        const qint64 orders = backup.json().value(QStringLiteral("orders")).toInteger();
        QVERIFY2(orders >= previous && orders > 0, qPrintable(backup.describe()));
        previous = orders;
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        // And checked again here, as a shop of its own: verify passes, its orders are whole.
        const ProcessRun verified = boss(file, "verify");
        QVERIFY2(verified.ok(), qPrintable(verified.describe()));
        QCOMPARE(qint64(orderIds(file).size()), orders);
        QTest::qWait(300);
    }
    QFile(stop).open(QIODevice::WriteOnly);
    QVERIFY(flood.waitForFinished(120'000));
    QCOMPARE(flood.exitCode(), 0);
    QVERIFY(orderIds(db).size() >= previous);
    QVERIFY(boss(db, "verify").ok());
}

void tst_CliBackup::backupRefusals()
{
    const QString db = newDb();
    QVERIFY(makeShop(db));
    QVERIFY(!sale(db).isEmpty());
    const QStringList before = dump(db);
    QTemporaryDir dir;
    // A clerk may not: a backup holds every customer and PIN hash.
    const ProcessRun clerk = as(db, "Kim", {QStringLiteral("backup"), dir.filePath("b.db")});
    QCOMPARE(clerk.exitCode, 5);
    QVERIFY(!QFile::exists(dir.filePath("b.db")));
    // A FIFO, a folder, a missing folder: refused before anything is written.
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const struct
    {
        QString target;
        QString reason;
    } refused[] = {
        {fifo, QStringLiteral("notRegular")},
        {dir.path(), QStringLiteral("isFolder")},
        {dir.filePath(QStringLiteral("no/such/folder/b.db")), QStringLiteral("noFolder")}};
    for (const auto &[target, reason] : refused) {
        const ProcessRun run = boss(db, QStringLiteral("backup ") + target);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.error().value(QStringLiteral("details")).toObject().value("reason").toString(),
                 reason);
    }
    QFileInfo stillFifo(fifo);
    QVERIFY(!stillFifo.isFile() && stillFifo.exists());
    // A copy taken between a payment and its reaction (the start of the delivery) is a backup
    // ShopDesk can use: the reaction runs when it is next opened. A copy whose stock does not
    // follow from its events is not.
    const QString pendingCopy = dir.filePath(QStringLiteral("pending.db"));
    QVERIFY(boss(db, QStringLiteral("backup ") + pendingCopy).ok());
    auto rawExec = [](const QString &file, const QString &sql) {
        bool done = false;
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            c.setDatabaseName(file);
            done = c.open() && QSqlQuery(c).exec(sql);
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return done;
    };
    QVERIFY(rawExec(pendingCopy, QStringLiteral("UPDATE policy_runs SET processed_at = NULL "
                                                "WHERE event_seq = (SELECT max(seq) FROM events "
                                                "WHERE type = 'PaymentApproved')")));
    {
        ShopDesk::SqliteOptions options;
        options.path = pendingCopy;
        auto store = ShopDesk::SqliteStore::open(options);
        QVERIFY(store.ok());
        const ShopDesk::AuditReport report = (*store)->audit().value();
        QCOMPARE(report.pendingReactions.size(), 1);
        QCOMPARE(report.errors, report.pendingReactions);
    }
    const auto pending = ShopDesk::SqliteBackup::inspect(pendingCopy);
    QVERIFY2(pending.ok(), qPrintable(pending.ok() ? QString() : pending.error().message));
    QVERIFY(rawExec(pendingCopy, QStringLiteral("UPDATE stock SET on_hand = on_hand + 1")));
    const auto wrong = ShopDesk::SqliteBackup::inspect(pendingCopy);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("inconsistent"));
    QVERIFY(QFile::remove(pendingCopy));
    // An existing file is replaced whole.
    const QString file = dir.filePath(QStringLiteral("b.db"));
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("not a backup");
    old.close();
    const ProcessRun replaced = boss(db, QStringLiteral("backup ") + file);
    QVERIFY2(replaced.ok(), qPrintable(replaced.describe()));
    QCOMPARE(replaced.json().value(QStringLiteral("orders")).toInteger(), 1);
    QCOMPARE(orderIds(file), orderIds(db));
    QCOMPARE(dump(db), before);
}

void tst_CliBackup::restoreRefusals()
{
    const QString db = newDb();
    QVERIFY(makeShop(db));
    QVERIFY(!sale(db).isEmpty());
    const QString good = m_dir.filePath(QStringLiteral("good.db"));
    QVERIFY(boss(db, QStringLiteral("backup ") + good).ok());
    QVERIFY(!sale(db).isEmpty());
    const QStringList before = dump(db);
    QTemporaryDir dir;

    // Damaged: a page of the backup overwritten.
    const QString damaged = dir.filePath(QStringLiteral("damaged.db"));
    QVERIFY(QFile::copy(good, damaged));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        file.write(QByteArray(4096 * 2, '\x5a'));
    }
    // Foreign: an SQLite database of something else. Newer: a later schema.
    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    QVERIFY(QFile::copy(good, newer));
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        c.setDatabaseName(foreign);
        QVERIFY(c.open());
        QVERIFY(QSqlQuery(c).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        c.close();
        c.setDatabaseName(newer);
        QVERIFY(c.open());
        QVERIFY(QSqlQuery(c).exec(QStringLiteral("PRAGMA user_version = 99")));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
    const QString text = dir.filePath(QStringLiteral("text.db"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const QString fifo = dir.filePath(QStringLiteral("fifo.db"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString other = newDb(QStringLiteral("t2-"));
    QVERIFY(makeShop(other, QStringLiteral("T2")));
    const QString otherBackup = dir.filePath(QStringLiteral("t2.db"));
    QVERIFY(boss(other, QStringLiteral("backup ") + otherBackup).ok());

    const struct
    {
        QString file;
        int exitCode;
        QString reason;
        QString says;
    } cases[] = {
        {damaged, 2, QStringLiteral("damaged"), QStringLiteral("is damaged")},
        {foreign, 2, QStringLiteral("foreign"), QStringLiteral("not a ShopDesk database")},
        {newer, 2, QStringLiteral("newer"), QStringLiteral("newer ShopDesk (schema 99")},
        {text, 2, QStringLiteral("notADatabase"), QStringLiteral("not an SQLite database")},
        {fifo, 2, QStringLiteral("notRegular"), QStringLiteral("not a regular file")},
        {otherBackup, 2, QStringLiteral("otherTerminal"),
         QStringLiteral("the backup is of terminal T2")},
        {dir.filePath(QStringLiteral("missing.db")), 3, QString(),
         QStringLiteral("does not exist")},
    };
    for (const auto &c : cases) {
        const ProcessRun run = boss(db, QStringLiteral("restore ") + c.file);
        QVERIFY2(run.exitCode == c.exitCode, qPrintable(c.file + u'\n' + run.describe()));
        QVERIFY2(run.errorMessage().contains(c.says), qPrintable(run.describe()));
        if (!c.reason.isEmpty())
            QCOMPARE(run.error().value("details").toObject().value("reason").toString(), c.reason);
        QCOMPARE(dump(db), before);
    }
    // Nothing was put aside by a refusal; a clerk may not restore.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*")}), QStringList());
    QCOMPARE(as(db, "Kim", {QStringLiteral("restore"), good}).exitCode, 5);
    QCOMPARE(dump(db), before);

    // The good one: the shop as it was at the backup, the replaced one kept aside.
    const ProcessRun restored = boss(db, QStringLiteral("restore ") + good);
    QVERIFY2(restored.ok(), qPrintable(restored.describe()));
    QCOMPARE(restored.json().value("restored").toObject().value("orders").toInteger(), 1);
    QCOMPARE(restored.json().value("catchingUp").toBool(), false);
    const QString aside = restored.json().value("keptAside").toString();
    QVERIFY(QFile::exists(aside));
    QCOMPARE(orderIds(db), QStringList{QStringLiteral("T1-000001")});
    QCOMPARE(orderIds(aside).size(), 2);
    QVERIFY(boss(db, "verify").ok());
    // Not a syncing terminal: it sells at once, numbering on from the backup.
    QCOMPARE(sale(db), QStringLiteral("T1-000002"));
}

void tst_CliBackup::restoreThenSyncBringsBackLaterEvents()
{
    HubProcess hub(QStringLiteral(SHOPDESK_HUB), m_dir.filePath(QStringLiteral("hub.db")));
    QTemporaryDir dir;
    const QString t1Token = writeTokenFile(hub, QStringLiteral("T1"), dir.path());
    const QString t2Token = writeTokenFile(hub, QStringLiteral("T2"), dir.path());
    QVERIFY(!t1Token.isEmpty() && !t2Token.isEmpty());
    QVERIFY2(hub.start(), qPrintable(hub.errText()));
    const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(hub.port());
    const auto sync = [&](const QString &db, const QString &token) {
        return boss(db, QStringLiteral("sync --hub %1 --token-file %2").arg(url, token));
    };
    const QString t1 = newDb(QStringLiteral("t1-"));
    const QString t2 = newDb(QStringLiteral("t2-"));
    QVERIFY(makeShop(t1, QStringLiteral("T1")));
    QVERIFY(makeShop(t2, QStringLiteral("T2")));
    QCOMPARE(sale(t1), QStringLiteral("T1-000001"));
    QVERIFY(sync(t1, t1Token).ok());
    QVERIFY(sync(t2, t2Token).ok());
    const QString backup = dir.filePath(QStringLiteral("t1-backup.db"));
    QVERIFY(boss(t1, QStringLiteral("backup ") + backup).ok());

    // After the backup: two more sales on T1 and one on T2, all on the hub.
    QCOMPARE(sale(t1), QStringLiteral("T1-000002"));
    QCOMPARE(sale(t1), QStringLiteral("T1-000003"));
    QCOMPARE(sale(t2), QStringLiteral("T2-000001"));
    QVERIFY(sync(t1, t1Token).ok());
    QVERIFY(sync(t2, t2Token).ok());
    QVERIFY(sync(t1, t1Token).ok());
    const QStringList everything = orderIds(t1);
    QCOMPARE(everything.size(), 4);

    // T1's disk fails; its backup comes back.
    const ProcessRun restored = boss(t1, QStringLiteral("restore ") + backup);
    QVERIFY2(restored.ok(), qPrintable(restored.describe()));
    QCOMPARE(restored.json().value("catchingUp").toBool(), true);
    QCOMPARE(orderIds(t1), QStringList{QStringLiteral("T1-000001")});
    // Before the sync it makes nothing: T1-000002 would be a second order of that number.
    const QStringList waiting = dump(t1);
    const ProcessRun refused =
        as(t1, "Kim", words("order place --customer Lee --phone 011 --item P1:1"));
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.error().value("details").toObject().value("reason").toString(),
             QStringLiteral("catchingUp"));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("sync first")),
             qPrintable(refused.describe()));
    QCOMPARE(dump(t1), waiting);

    // The sync brings back T1's own later sales and T2's; then T1 numbers on after them.
    const ProcessRun caughtUp = sync(t1, t1Token);
    QVERIFY2(caughtUp.ok(), qPrintable(caughtUp.describe()));
    QCOMPARE(orderIds(t1), everything);
    const ProcessRun verified = boss(t1, "verify");
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
    QCOMPARE(sale(t1), QStringLiteral("T1-000004"));
    QVERIFY(sync(t1, t1Token).ok());
    QVERIFY(sync(t2, t2Token).ok());
    QCOMPARE(orderIds(t2), orderIds(t1));
    // The report tables of T1 agree with its log again (verify folds them).
    QVERIFY(boss(t2, "verify").ok());
}

QTEST_GUILESS_MAIN(tst_CliBackup)
#include "tst_clibackup.moc"
