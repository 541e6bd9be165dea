// Schema migrations on databases written by earlier versions: data/shop-v1.db was made by
// shopdesk-cli at schema 1 (products, a delivering order, a placed one, a cancelled and
// refunded one). Opening it upgrades it in place, keeps every row, and gives the same schema
// a new database gets.

#include "schema.h"
#include "testshop.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

#ifndef SHOPDESK_TEST_DATA
#error "SHOPDESK_TEST_DATA must name tests/storage/data"
#endif

class tst_Migration : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsVersion1();
    void version1To2KeepsEverything();
    void upgradedSchemaEqualsANewOne();
    void upgradedDatabaseRecordsPrints();

private:
    // A writable copy of the v1 fixture in dir.
    static QString copyOfVersion1(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("shop-v1.db"));
        if (!QFile::copy(QStringLiteral(SHOPDESK_TEST_DATA "/shop-v1.db"), path))
            return {};
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }
    static std::unique_ptr<SqliteStore> open(const QString &path)
    {
        SqliteOptions options;
        options.path = path;
        auto opened = SqliteStore::open(options);
        if (!opened)
            qWarning("open: %s", qPrintable(opened.error().message));
        return opened ? std::move(opened.value()) : nullptr;
    }
    // Rows of a query on a connection of its own, as another program would read them.
    static QStringList rawRows(const QString &path, const QString &sql)
    {
        QStringList rows;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    rows << QStringLiteral("error: ") + q.lastError().text();
                while (q.next()) {
                    QStringList fields;
                    for (int i = 0; i < q.record().count(); ++i)
                        fields << q.value(i).toString();
                    rows << fields.join(QLatin1Char('|'));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return rows;
    }
    static QStringList schemaOf(const QString &path)
    {
        return rawRows(path, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    }
};

void tst_Migration::fixtureIsVersion1()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA user_version")), QStringList{"1"});
    QVERIFY(rawRows(path, QStringLiteral("SELECT name FROM sqlite_master WHERE name = "
                                         "'slip_prints'"))
                .isEmpty());
}

void tst_Migration::version1To2KeepsEverything()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    const QStringList tables{"products",   "stock",  "orders",      "order_lines", "payments",
                             "deliveries", "events", "policy_runs", "order_view",  "meta"};
    QHash<QString, QStringList> before;
    for (const QString &table : tables)
        before[table] = rawRows(path, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), 2);
    QCOMPARE(store->terminal(), QStringLiteral("T1"));
    store.reset();

    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Schema::CurrentVersion)});
    for (const QString &table : tables) {
        QCOMPARE(rawRows(path, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)),
                 before.value(table));
    }
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM slip_prints")), QStringList{"0"});

    // The services read it as before, and every invariant holds.
    auto again = open(path);
    QVERIFY(again);
    ShopServices shop(*again);
    const OrderDetails delivering = shop.orders.order(QStringLiteral("T1-000001")).value();
    QCOMPARE(delivering.order.status(), OrderStatus::Delivering);
    QCOMPARE(delivering.order.customer().name, QStringLiteral("김민수"));
    QCOMPARE(delivering.order.lines().size(), 2);
    QCOMPARE(shop.orders.orders().value().size(), 3);
    const AuditReport report = again->audit().value();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QCOMPARE(report.counts.value(QStringLiteral("events")).toInteger(), 22);
}

void tst_Migration::upgradedSchemaEqualsANewOne()
{
    QTemporaryDir dir;
    const QString upgraded = copyOfVersion1(dir);
    QVERIFY(open(upgraded));
    TestShop fresh;
    QCOMPARE(schemaOf(upgraded), schemaOf(fresh.path()));
}

void tst_Migration::upgradedDatabaseRecordsPrints()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    auto store = open(path);
    QVERIFY(store);
    ShopServices shop(*store);
    QCOMPARE(shop.slips.shopDetails().value(), ShopDetails());
    QVERIFY(shop.slips.changeShopDetails({QStringLiteral("행복마트"), {}, {}}).ok());
    QCOMPARE(shop.slips.unprintedDeliveries().value(), QStringList{"T1-000001"});
    auto printed = shop.slips.recordPrint(QStringLiteral("T1-000001"), QStringLiteral("a5"),
                                          QStringLiteral("ko"));
    QVERIFY(printed.ok());
    QCOMPARE(printed->copy, 1);
    // The cancelled order's delivery has a slip too (marked cancelled), with its reason.
    const SlipData cancelled = shop.slips.slip(QStringLiteral("T1-000003")).value();
    QVERIFY(cancelled.isCancelled());
    QCOMPARE(cancelled.notes, QStringLiteral("customer changed mind"));
    QVERIFY(shop.slips.unprintedDeliveries()->isEmpty());
    QVERIFY(store->audit()->ok());
}

QTEST_GUILESS_MAIN(tst_Migration)
#include "tst_migration.moc"
