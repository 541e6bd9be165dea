#include "schema.h"
#include "testshop.h"
#include "walcheckpointer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_SqliteStore : public QObject
{
    Q_OBJECT

private slots:
    void newFilesAreTheOwnersAlone();
    void durableSettings();
    void terminalIsNamedOnceAtCreation();
    void invalidTerminalNameCreatesNothing();
    void refusesAFileThatIsNotADatabase();
    void refusesAForeignSqliteDatabase();
    void refusesANewerSchema();
    void secondWriterWaitsThenSaysBusy();
    void rebuildRestoresATamperedReadModel();
    void auditFindsBrokenInvariants();
    void checkpointsRunOffTheCommitPath();

private:
    static Result<std::unique_ptr<SqliteStore>>
    openAt(const QString &path, const QString &terminal = QStringLiteral("T1"))
    {
        SqliteOptions options;
        options.path = path;
        options.terminal = terminal;
        return SqliteStore::open(options);
    }
    // Runs SQL on a separate raw connection, as another program would.
    static void rawSql(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
};

void tst_SqliteStore::newFilesAreTheOwnersAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.db"));
    const auto modeOf = [](const QString &file) {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    };
    // The most open umask there is: the files are still 0600.
    const mode_t saved = ::umask(0);
    auto store = SqliteStore::open({path});
    ::umask(saved);
    QVERIFY(store.ok());
    ShopServices shop(*store.value());
    QVERIFY(shop.inventory.registerProduct(QStringLiteral("P1"), QStringLiteral("Tea"), 100).ok());
    // While the store is open, WAL keeps its two files beside the database.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(path + suffix), qPrintable(path + suffix));
        QCOMPARE(modeOf(path + suffix), 0600);
    }
    // The umask is the process's own again.
    const mode_t now = ::umask(022);
    ::umask(now);
    QCOMPARE(now, saved);
}

void tst_SqliteStore::durableSettings()
{
    TestShop t;
    QSqlQuery q(t.store->database());
    auto pragma = [&](const QString &name) {
        [&] { QVERIFY(q.exec(QStringLiteral("PRAGMA ") + name)); }();
        q.next();
        return q.value(0).toString();
    };
    QCOMPARE(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), Schema::CurrentVersion);
    q.finish();
}

void tst_SqliteStore::terminalIsNamedOnceAtCreation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.db"));
    {
        auto store = openAt(path, QStringLiteral("K7"));
        QVERIFY(store.ok());
        QCOMPARE(store.value()->terminal(), QStringLiteral("K7"));
    }
    auto again = openAt(path, QStringLiteral("OTHER"));
    QVERIFY(again.ok());
    QCOMPARE(again.value()->terminal(), QStringLiteral("K7"));
    QCOMPARE(again.value()->nextOrderId().value(), QStringLiteral("K7-000001"));
}

void tst_SqliteStore::invalidTerminalNameCreatesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db"));
    for (const QString &bad : {QString(), QStringLiteral("1T"), QStringLiteral("T 1"),
                               QStringLiteral("터미널"), QString(17, QLatin1Char('T'))}) {
        auto store = openAt(path, bad);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(path));
    }
}

void tst_SqliteStore::refusesAFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray content("These are my shopping notes, not a database.\n");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto store = openAt(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::Storage);
    QVERIFY(store.error().message.contains(QStringLiteral("not an SQLite database")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

void tst_SqliteStore::refusesAForeignSqliteDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawSql(path, {QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"),
                  QStringLiteral("INSERT INTO accounts (name) VALUES ('x')")});
    auto store = openAt(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::Storage);
    QVERIFY(store.error().message.contains(QStringLiteral("not a ShopDesk one")));
}

void tst_SqliteStore::refusesANewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    QVERIFY(openAt(path).ok());
    rawSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    auto store = openAt(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::Storage);
    QVERIFY(store.error().message.contains(QStringLiteral("newer ShopDesk")));
    QVERIFY(store.error().message.contains(QStringLiteral("99")));
}

void tst_SqliteStore::secondWriterWaitsThenSaysBusy()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 100, 5);
    SqliteOptions options;
    options.path = t.path();
    options.busyTimeoutMs = 300;
    auto second = SqliteStore::open(options);
    QVERIFY(second.ok());

    QVERIFY(t.store->begin().ok()); // the first writer holds the lock
    QElapsedTimer timer;
    timer.start();
    const Status blocked = second.value()->begin();
    QVERIFY(!blocked.ok());
    QVERIFY(timer.elapsed() >= 250); // it waited before giving up
    QCOMPARE(blocked.error().code, ErrorCode::Storage);
    QVERIFY(blocked.error().message.contains(QStringLiteral("busy")));
    t.store->rollback();

    ShopServices services(*second.value());
    auto adjusted = services.inventory.adjustStock(QStringLiteral("P1"), 1);
    QVERIFY(adjusted.ok());
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 6);
}

void tst_SqliteStore::rebuildRestoresATamperedReadModel()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 100, 5);
    const QString id =
        t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 1}})
            ->order.orderId();
    QVERIFY(t.shop->orders.payOrder(id, PaymentMethod::Card).ok());
    const OrderView before = *t.store->findOrderView(id).value();

    rawSql(t.path(), {QStringLiteral("UPDATE order_view SET status = 'placed'")});
    AuditReport report = t.audit();
    QVERIFY(!report.ok());
    QVERIFY(
        report.errors.join(QLatin1Char('\n')).contains(QStringLiteral("differs from its events")));

    QVERIFY(t.store->rebuildReadModel().ok());
    QCOMPARE(*t.store->findOrderView(id).value(), before);
    QVERIFY(t.audit().ok());
}

void tst_SqliteStore::auditFindsBrokenInvariants()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 100, 5);
    t.product(QStringLiteral("P2"), 100, 5);
    QVERIFY(t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P2"), 2}})
                .ok());
    QVERIFY(t.audit().ok());
    rawSql(t.path(),
           {QStringLiteral("UPDATE stock SET on_hand = on_hand + 5 WHERE product_id = 'P1'"),
            QStringLiteral("UPDATE stock SET reserved = 0 WHERE product_id = 'P2'")});
    const QString errors = t.audit().errors.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QStringLiteral("P1: on hand 10, but its stock events add up to 5")),
             qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("P2: reserved 0, but open orders reserve 2")),
             qPrintable(errors));

    // An aggregate that disagrees with the order list is found even though its log agrees.
    rawSql(t.path(), {QStringLiteral("UPDATE orders SET status = 'paid'")});
    const QString disagree = t.audit().errors.join(QLatin1Char('\n'));
    QVERIFY2(disagree.contains(QStringLiteral("order T1-000001: stored as paid")),
             qPrintable(disagree));
    rawSql(t.path(), {QStringLiteral("UPDATE orders SET status = 'placed'")});

    // Oversold stock is a warning, not an error.
    rawSql(t.path(), {QStringLiteral("UPDATE stock SET on_hand = 5 WHERE product_id = 'P1'"),
                      QStringLiteral("UPDATE stock SET reserved = 2 WHERE product_id = 'P2'"),
                      QStringLiteral("UPDATE stock SET reserved = 9 WHERE product_id = 'P1'")});
    const AuditReport oversold = t.audit();
    QVERIFY(oversold.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("P1 is oversold")));
}

void tst_SqliteStore::checkpointsRunOffTheCommitPath()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 100, 1);
    QVERIFY(t.store->checkpointer());
    QSqlQuery q(t.store->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // commits no longer checkpoint by themselves
    q.finish();

    for (int i = 0; i < 1500; ++i)
        QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), 1).ok());
    QTRY_VERIFY(t.store->checkpointer()->checkpoints() > 0);
    // The WAL is copied back and reused: it stays small instead of growing with every commit.
    QVERIFY2(QFileInfo(t.path() + QStringLiteral("-wal")).size() < 20 * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(t.path() + QStringLiteral("-wal")).size())));
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 1501);
    QVERIFY(t.audit().ok());
}

QTEST_GUILESS_MAIN(tst_SqliteStore)
#include "tst_sqlitestore.moc"
