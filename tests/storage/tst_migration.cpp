// Schema migrations on databases written by earlier versions: data/shop-v1.db was made by
// shopdesk-cli at schema 1 (products, a delivering order, a placed one, a cancelled and
// refunded one). Opening it upgrades it in place (1 -> ... -> 7), keeps every row, and gives
// the same schema a new database gets. A schema-2 file is made from it by migration 2 alone.
// data/shop-v3.db was made by shopdesk-cli at schema 3 (users, a printed slip, a stock count,
// orders in every status); schema 7 adds sync, and all its events but the users' are unsent.
// Schema 11 lets a manager disable a user: every user of an older file stays enabled.
// Schema 15 rolls each product's daily sales up by month and year, from the days it has.
// Schema 16 adds the customer book, empty, and the digits of every order's phone.

#include "customer.h"
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
    void version1To3KeepsEverything();
    void version2To3AddsUsers();
    void upgradedSchemaEqualsANewOne();
    void upgradedDatabaseRecordsPrints();
    void upgradedDatabaseTakesUsers();
    void version5To6AddsSearchIndexes();
    void version7To8KeepsPlacedAtInTheSearchIndex();
    void version3To4AddsThresholds();
    void version4To5IndexesTheDeliveriesList();
    void fixtureIsVersion3();
    void version3To7QueuesEveryEventButUsers();
    void version3UpgradedSchemaEqualsANewOne();
    void version10To11KeepsEveryUserEnabled();
    void version11To12StartsEveryCountAtNone();
    void version13To14BuildsTheReportTables();
    void version14To15RollsUpTheProducts();
    void version15To16FindsSearchRowsByRowid();
    void version16To17StartsTheCustomerBook();
    void everyEarlierSchemaOpens_data();
    void everyEarlierSchemaOpens();

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
    // Statements on a connection of their own; false at the first that fails.
    static bool rawExec(const QString &path, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rawexec"));
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rawexec"));
        return ok;
    }
    // Takes a current file back to schema 15's product search (its triggers, no row map).
    static QStringList downgradeTo15()
    {
        QStringList downgrade{QStringLiteral("DROP TRIGGER product_search_insert"),
                              QStringLiteral("DROP TRIGGER product_search_update"),
                              QStringLiteral("DROP TRIGGER product_search_delete"),
                              QStringLiteral("DROP TABLE product_search_rows")};
        for (const char *trigger :
             {"CREATE TRIGGER product_search_insert AFTER INSERT ON products BEGIN "
              "INSERT INTO product_search (product_id, name) VALUES (new.product_id, new.name); "
              "END",
              "CREATE TRIGGER product_search_update AFTER UPDATE OF product_id, name ON products "
              "BEGIN DELETE FROM product_search WHERE product_id = old.product_id; "
              "INSERT INTO product_search (product_id, name) VALUES (new.product_id, new.name); "
              "END",
              "CREATE TRIGGER product_search_delete AFTER DELETE ON products BEGIN "
              "DELETE FROM product_search WHERE product_id = old.product_id; END"})
            downgrade << QString::fromUtf8(trigger);
        return downgrade;
    }
    static QString copyOfVersion3(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("shop-v3.db"));
        if (!QFile::copy(QStringLiteral(SHOPDESK_TEST_DATA "/shop-v3.db"), path))
            return {};
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }
    // Each table's rows in the columns schema 3 had (products gained low_stock_threshold in
    // schema 4, events global_seq in schema 7, users disabled in schema 11).
    static QString rowsOf(const QString &table)
    {
        if (table == QLatin1StringView("users"))
            return QStringLiteral("SELECT name, role, salt, pin_key, iterations, created_at "
                                  "FROM users ORDER BY 1");
        if (table == QLatin1StringView("products"))
            return QStringLiteral(
                "SELECT product_id, name, price, barcode, created_at FROM products ORDER BY 1");
        if (table == QLatin1StringView("events"))
            return QStringLiteral(
                "SELECT seq, event_id, type, order_id, product_id, origin, origin_seq, actor, "
                "causation_id, occurred_at, payload FROM events ORDER BY seq");
        // The columns of earlier versions (version 13 adds some beside them).
        if (table == QLatin1StringView("orders"))
            return QStringLiteral("SELECT order_id, origin, order_no, status, customer_name, "
                                  "phone, address, total, placed_at FROM orders ORDER BY 1, 2");
        // Schema 16 adds the digits of each order's phone.
        if (table == QLatin1StringView("order_view"))
            return QStringLiteral(
                "SELECT order_id, status, customer_name, customer_phone, customer_address, total, "
                "line_count, item_count, payment_method, payment_status, delivery_id, "
                "delivery_status, origin, placed_at, delivery_started_at, updated_at FROM "
                "order_view ORDER BY 1, 2");
        if (table == QLatin1StringView("order_lines"))
            return QStringLiteral("SELECT order_id, line_no, product_id, product_name, qty, "
                                  "price FROM order_lines ORDER BY 1, 2");
        return QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table);
    }
    // Version 13 keeps the payments as parts: each old payment is part 1 of its order.
    static QString rowsAfter(const QString &table)
    {
        if (table == QLatin1StringView("payments"))
            return QStringLiteral(
                "SELECT order_id, method, amount, tendered, approval_code, CASE WHEN refunded >= "
                "amount AND amount > 0 THEN 'refunded' ELSE 'approved' END FROM payment_parts "
                "WHERE part = 1 ORDER BY 1, 2");
        return rowsOf(table);
    }
    // A writable schema-2 database: the v1 fixture with migration 2 applied, as the build
    // before users left it.
    static QString copyOfVersion2(const QTemporaryDir &dir)
    {
        const QString path = copyOfVersion1(dir);
        if (path.isEmpty() || !rawExec(path, Schema::migration(2) + QStringList{QStringLiteral(
                                                                        "PRAGMA user_version=2")}))
            return {};
        return path;
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
    // What takes a schema-16 file back to 15 (the customer book and the orders' digits).
    static QStringList undoVersion17()
    {
        return {QStringLiteral("DROP INDEX order_view_customer"),
                QStringLiteral("ALTER TABLE order_view DROP COLUMN customer_digits"),
                QStringLiteral("DROP TABLE customer_keys"),
                QStringLiteral("DROP TABLE customer_phones"),
                QStringLiteral("DROP TABLE customers")};
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

void tst_Migration::version1To3KeepsEverything()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    const QStringList tables{"products",   "stock",  "orders",      "order_lines", "payments",
                             "deliveries", "events", "policy_runs", "order_view",  "meta"};
    QHash<QString, QStringList> before;
    for (const QString &table : tables)
        before[table] = rawRows(path, rowsOf(table));

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    QCOMPARE(Schema::CurrentVersion, 17);
    // Orders of before discounts and VAT: every line taxable at 10 %, VAT included, and the
    // clerk who placed each one taken from its OrderPlaced event.
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM orders WHERE gross <> total OR "
                                          "taxable <> total OR supply + vat <> total OR "
                                          "supply <> (total * 10 + 5) / 11 OR exempt <> 0 OR "
                                          "vat_rate <> 10 OR placed_by = ''")),
             QStringList{"0"});
    QCOMPARE(store->terminal(), QStringLiteral("T1"));
    store.reset();

    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Schema::CurrentVersion)});
    for (const QString &table : tables)
        QCOMPARE(rawRows(path, rowsAfter(table)), before.value(table));
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM products WHERE "
                                          "low_stock_threshold IS NOT NULL")),
             QStringList{"0"});
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM slip_prints")), QStringList{"0"});
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM users")), QStringList{"0"});

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
    QVERIFY(shop.slips.changeShopDetails({QStringLiteral("행복마트"), {}, {}, {}, {}}).ok());
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

void tst_Migration::version2To3AddsUsers()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion2(dir);
    QVERIFY(!path.isEmpty());
    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA user_version")), QStringList{"2"});
    QVERIFY(rawRows(path, QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'users'"))
                .isEmpty());
    const QString events = rowsOf(QStringLiteral("events"));
    const QStringList eventsBefore = rawRows(path, events);

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    store.reset();
    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Schema::CurrentVersion)});
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM users")), QStringList{"0"});
    QCOMPARE(rawRows(path, events), eventsBefore);

    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::upgradedDatabaseTakesUsers()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    auto store = open(path);
    QVERIFY(store);
    ShopServices shop(*store);
    shop.users.setIterations(1000);
    shop.work.setActor(QStringLiteral("migration"));
    // Without users, the old data works as before without a login.
    QVERIFY(shop.orders.order(QStringLiteral("T1-000002")).ok());
    QVERIFY(shop.users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("2468")).ok());
    // Now a login is needed, and the manager's cancel names the manager.
    QCOMPARE(shop.orders.order(QStringLiteral("T1-000002")).error().code, ErrorCode::Unauthorized);
    QVERIFY(shop.users.logIn(QStringLiteral("Boss"), QStringLiteral("2468")).ok());
    auto cancelled = shop.orders.cancelOrder(QStringLiteral("T1-000002"));
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->order.status(), OrderStatus::Cancelled);
    EventQuery query;
    query.orderId = QStringLiteral("T1-000002");
    const QList<DomainEvent> events = shop.orders.events(query).value();
    QCOMPARE(events.last().actor, QStringLiteral("Boss"));
    QVERIFY(store->audit()->ok());
}

void tst_Migration::version3To4AddsThresholds()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(rawExec(path, Schema::migration(2) + Schema::migration(3) +
                              QStringList{QStringLiteral("PRAGMA user_version=3")}));
    const QString products =
        QStringLiteral("SELECT product_id, name, price, barcode FROM products ORDER BY 1");
    const QStringList productsBefore = rawRows(path, products);
    QVERIFY(!productsBefore.isEmpty());

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    QCOMPARE(rawRows(path, products), productsBefore);
    ShopServices shop(*store);
    const QString first = productsBefore.first().section(QLatin1Char('|'), 0, 0);
    QVERIFY(!shop.inventory.product(first)->lowStockThreshold);
    ProductEdit edit;
    edit.lowStockThreshold = StockThreshold(6);
    QVERIFY(shop.inventory.editProduct(first, edit).ok());
    QCOMPARE(shop.inventory.product(first)->lowStockThreshold, StockThreshold(6));
    QVERIFY(store->audit()->ok());
    store.reset();

    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::version4To5IndexesTheDeliveriesList()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(rawExec(path, Schema::migration(2) + Schema::migration(3) + Schema::migration(4) +
                              QStringList{QStringLiteral("PRAGMA user_version=4")}));
    // The deliveries list as the store reads it (visitOrderViews with deliveriesOnly).
    const QString plan = QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT order_id FROM order_view WHERE 1 AND delivery_status IS NOT "
        "NULL ORDER BY delivery_started_at DESC, order_id DESC LIMIT 200 OFFSET 0");
    QVERIFY(rawRows(path, plan).join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")));
    const QString deliveries = QStringLiteral(
        "SELECT order_id, delivery_status FROM order_view WHERE delivery_status IS NOT NULL "
        "ORDER BY delivery_started_at DESC, order_id DESC");
    const QStringList before = rawRows(path, deliveries);
    QVERIFY(!before.isEmpty());

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    store.reset();
    const QString after = rawRows(path, plan).join(QLatin1Char('\n'));
    QVERIFY2(after.contains(QStringLiteral("order_view_delivery_started")), qPrintable(after));
    QVERIFY2(!after.contains(QStringLiteral("TEMP B-TREE")), qPrintable(after));
    QCOMPARE(rawRows(path, deliveries), before);

    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::version5To6AddsSearchIndexes()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(rawExec(path, Schema::migration(2) + Schema::migration(3) + Schema::migration(4) +
                              Schema::migration(5) +
                              QStringList{QStringLiteral("PRAGMA user_version=5")}));
    const QStringList products = rawRows(path, QStringLiteral("SELECT count(*) FROM products"));
    const QStringList orders = rawRows(path, QStringLiteral("SELECT count(*) FROM order_view"));
    QVERIFY(products.first().toInt() > 0);

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    store.reset();
    // The indexes hold every existing product and order.
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM product_search")), products);
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM order_search")), orders);

    auto again = open(path);
    QVERIFY(again);
    ShopServices shop(*again);
    const QString firstName =
        rawRows(path, QStringLiteral("SELECT name FROM products ORDER BY product_id")).first();
    const QList<Product> found =
        shop.inventory.completeProducts(firstName.section(QLatin1Char(' '), 0, 0)).value();
    QVERIFY(!found.isEmpty());
    ListQuery byName;
    byName.search = QStringLiteral("김민수");
    const QList<OrderView> kim = shop.orders.orders(byName).value();
    QCOMPARE(kim.size(), 1);
    QCOMPARE(kim.first().orderId, QStringLiteral("T1-000001"));
    QVERIFY(again->audit()->ok());
    again.reset();

    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::fixtureIsVersion3()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion3(dir);
    QVERIFY(!path.isEmpty());
    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA user_version")), QStringList{"3"});
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM users")), QStringList{"2"});
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM events")), QStringList{"28"});
    QVERIFY(rawRows(path, QStringLiteral("SELECT name FROM pragma_table_info('events') "
                                         "WHERE name = 'global_seq'"))
                .isEmpty());
}

void tst_Migration::version3To7QueuesEveryEventButUsers()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion3(dir);
    const QStringList tables{"products",   "stock",      "orders", "order_lines",
                             "payments",   "deliveries", "events", "policy_runs",
                             "order_view", "meta",       "users",  "slip_prints"};
    QHash<QString, QStringList> before;
    for (const QString &table : tables)
        before[table] = rawRows(path, rowsOf(table));

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    store.reset();
    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Schema::CurrentVersion)});
    for (const QString &table : tables)
        QCOMPARE(rawRows(path, rowsAfter(table)), before.value(table));
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM events WHERE global_seq IS NULL")),
             QStringList{"28"});

    auto again = open(path);
    QVERIFY(again);
    ShopServices shop(*again);
    // Everything the terminal did before sync existed is unsent, oldest first, but the
    // users' events, which stay on the terminal.
    const QList<DomainEvent> unsent = shop.sync.unsentEvents(-1).value();
    QCOMPARE(unsent.size(), 26);
    QCOMPARE(unsent.first().type, QString(EventType::ProductRegistered));
    QCOMPARE(unsent.last().type, QString(EventType::StockReserved));
    for (const DomainEvent &event : unsent) {
        QVERIFY(SyncService::isShared(event.type));
        QCOMPARE(event.origin, QStringLiteral("T1"));
    }
    const OutboxState state = shop.sync.outboxState().value();
    QCOMPARE(state.unsent, 26);
    QCOMPARE(state.oldest, unsent.first().occurredAt);
    QCOMPARE(shop.sync.lastGlobalSeq().value(), 0);
    QCOMPARE(shop.sync.markSent({{unsent.first().eventId, 1}}).value(), 1);
    QCOMPARE(shop.sync.outboxState()->unsent, 25);

    // The users log in as before, and every invariant holds.
    shop.users.setIterations(1000);
    QVERIFY(shop.users.logIn(QStringLiteral("Clerk"), QStringLiteral("1357")).ok());
    QCOMPARE(shop.orders.order(QStringLiteral("T1-000003"))->order.status(),
             OrderStatus::Cancelled);
    QCOMPARE(shop.slips.prints(QStringLiteral("T1-000001"))->size(), 1);
    const AuditReport report = again->audit().value();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QCOMPARE(report.counts.value(QStringLiteral("events")).toInteger(), 28);
}

void tst_Migration::version3UpgradedSchemaEqualsANewOne()
{
    QTemporaryDir dir;
    const QString upgraded = copyOfVersion3(dir);
    QVERIFY(open(upgraded));
    TestShop fresh;
    QCOMPARE(schemaOf(upgraded), schemaOf(fresh.path()));
}

void tst_Migration::version7To8KeepsPlacedAtInTheSearchIndex()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QStringList upTo7;
    for (int version = 2; version <= 7; ++version)
        upTo7 += Schema::migration(version);
    QVERIFY(rawExec(path, upTo7 + QStringList{QStringLiteral("PRAGMA user_version=7")}));
    // Version 7 kept only ids and names in the index.
    QVERIFY(rawRows(path, QStringLiteral("SELECT placed_at FROM order_search"))
                .value(0)
                .startsWith(QStringLiteral("error")));

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    store.reset();
    // Every order is in the index with the time it was placed.
    QCOMPARE(rawRows(path, QStringLiteral("SELECT order_id, placed_at FROM order_search "
                                          "ORDER BY order_id")),
             rawRows(path, QStringLiteral("SELECT order_id, placed_at FROM order_view "
                                          "ORDER BY order_id")));

    auto again = open(path);
    QVERIFY(again);
    ShopServices shop(*again);
    ListQuery byName;
    byName.search = QStringLiteral("김민수");
    const QList<OrderView> kim = shop.orders.orders(byName).value();
    QCOMPARE(kim.size(), 1);
    QCOMPARE(kim.first().orderId, QStringLiteral("T1-000001"));
    again.reset();

    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::version10To11KeepsEveryUserEnabled()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion3(dir);
    QVERIFY(!path.isEmpty());
    QStringList upTo10;
    for (int version = 4; version <= 10; ++version)
        upTo10 += Schema::migration(version);
    QVERIFY(rawExec(path, upTo10 + QStringList{QStringLiteral("PRAGMA user_version=10")}));
    const QString disabledColumn =
        QStringLiteral("SELECT name FROM pragma_table_info('users') WHERE name = 'disabled'");
    QVERIFY(rawRows(path, disabledColumn).isEmpty());
    const QString users = rowsOf(QStringLiteral("users"));
    const QStringList usersBefore = rawRows(path, users);
    QCOMPARE(usersBefore.size(), 2);
    const QStringList eventsBefore = rawRows(path, rowsOf(QStringLiteral("events")));

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    store.reset();
    QCOMPARE(rawRows(path, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Schema::CurrentVersion)});
    QCOMPARE(rawRows(path, disabledColumn), QStringList{"disabled"});
    QCOMPARE(rawRows(path, users), usersBefore);
    QCOMPARE(rawRows(path, QStringLiteral("SELECT name, disabled FROM users ORDER BY name")),
             (QStringList{"Boss|0", "Clerk|0"}));
    QCOMPARE(rawRows(path, rowsOf(QStringLiteral("events"))), eventsBefore);
    // Only 0 and 1 are flags.
    QVERIFY(!rawExec(path, {QStringLiteral("UPDATE users SET disabled = 2")}));

    auto again = open(path);
    QVERIFY(again);
    ShopServices shop(*again);
    shop.users.setIterations(1000);
    shop.users.setFailureDelay(std::chrono::milliseconds(10));
    QCOMPARE(shop.users.loginChoices()->size(), 2);
    QVERIFY(shop.users.logIn(QStringLiteral("Boss"), QStringLiteral("2468")).ok());
    QCOMPARE(shop.users.disableUser(QStringLiteral("Clerk"))->disabled, true);
    QCOMPARE(shop.users.loginChoices()->size(), 1);
    QCOMPARE(shop.users.authenticate(QStringLiteral("Clerk"), QStringLiteral("1357")).error().code,
             ErrorCode::Unauthorized);
    const AuditReport report = again->audit().value();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    again.reset();
    QCOMPARE(rawRows(path, QStringLiteral("SELECT name, disabled FROM users ORDER BY name")),
             (QStringList{"Boss|0", "Clerk|1"}));

    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::version11To12StartsEveryCountAtNone()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion3(dir);
    QVERIFY(!path.isEmpty());
    QStringList upTo11;
    for (int version = 4; version <= 11; ++version)
        upTo11 += Schema::migration(version);
    QVERIFY(rawExec(path, upTo11 + QStringList{QStringLiteral("PRAGMA user_version=11")}));
    const QString users = rowsOf(QStringLiteral("users"));
    const QStringList usersBefore = rawRows(path, users);
    QCOMPARE(usersBefore.size(), 2);

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    store.reset();
    QCOMPARE(rawRows(path, users), usersBefore);
    QCOMPARE(rawRows(path, QStringLiteral("SELECT name, failed_logins, locked_until IS NULL FROM "
                                          "users ORDER BY name")),
             (QStringList{"Boss|0|1", "Clerk|0|1"}));
    // A count below zero is no count.
    QVERIFY(!rawExec(path, {QStringLiteral("UPDATE users SET failed_logins = -1")}));

    // Logins count from there: five wrong PINs lock the clerk, in the file.
    auto again = open(path);
    QVERIFY(again);
    ShopServices shop(*again);
    shop.users.setFailureDelay(std::chrono::milliseconds(0));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!shop.users.authenticate(QStringLiteral("Clerk"), QStringLiteral("0000")));
    QCOMPARE(shop.users.minPinLength().value(), UserRules::MinPinLength);
    const AuditReport report = again->audit().value();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    again.reset();
    QCOMPARE(rawRows(path, QStringLiteral("SELECT name, failed_logins, locked_until IS NULL FROM "
                                          "users ORDER BY name")),
             (QStringList{"Boss|0|1", "Clerk|5|0"}));

    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::version13To14BuildsTheReportTables()
{
    // A shop of version 13 has sales but no report tables: the upgrade folds them from the log,
    // so that a report of the days before the upgrade is whole.
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QStringList upgrade;
    for (int next = 2; next <= 13; ++next)
        upgrade += Schema::migration(next);
    QVERIFY(rawExec(path, upgrade + QStringList{QStringLiteral("PRAGMA user_version=13")}));
    const QString settled = QStringLiteral(
        "SELECT count(*), sum(total) FROM orders WHERE status IN ('paid', 'delivering', "
        "'delivered')");
    const QStringList sold = rawRows(path, settled);
    QCOMPARE(sold.size(), 1);
    QVERIFY(!sold.first().startsWith(QLatin1String("0|")));

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    store.reset();
    // Net sales are the totals of the orders settled now (an order paid and then cancelled
    // counts as a sale and as a cancellation).
    const QStringList fromTables = rawRows(
        path, QStringLiteral("SELECT (SELECT sum(value) FROM report_hours WHERE measure = "
                             "'orders'), (SELECT sum(value) FROM report_hours WHERE measure = "
                             "'net') - coalesce((SELECT sum(value) FROM report_hours WHERE "
                             "measure IN ('returned', 'cancelled')), 0)"));
    QCOMPARE(fromTables.size(), 1);
    QCOMPARE(fromTables.first().section(QLatin1Char('|'), 1),
             sold.first().section(QLatin1Char('|'), 1));
    QVERIFY(fromTables.first().section(QLatin1Char('|'), 0, 0).toLongLong() >=
            sold.first().section(QLatin1Char('|'), 0, 0).toLongLong());
    QCOMPARE(rawRows(path, QStringLiteral("SELECT sum(net) FROM report_products")),
             QStringList{sold.first().section(QLatin1Char('|'), 1)});
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM shifts")), QStringList{"0"});
    auto again = open(path);
    QVERIFY(again);
    const AuditReport report = again->audit().value();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
}

void tst_Migration::version14To15RollsUpTheProducts()
{
    // A schema-14 file has its products' sales by day only: the upgrade sums them by month and
    // by year, the same rows a shop kept at schema 15 from the start has.
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(open(path));
    const QString periods = QStringLiteral("SELECT period, terminal, product_id, qty, net FROM "
                                           "report_product_periods ORDER BY 1, 2, 3");
    const QStringList kept = rawRows(path, periods);
    QVERIFY(kept.size() >= 2); // a month and its year at least
    QVERIFY(rawExec(path, undoVersion17() + downgradeTo15() +
                              QStringList{QStringLiteral("DROP TABLE report_product_periods"),
                                          QStringLiteral("PRAGMA user_version=14")}));
    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    const AuditReport report = store->audit().value();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    store.reset();
    QCOMPARE(rawRows(path, periods), kept);
    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::version15To16FindsSearchRowsByRowid()
{
    // A schema-15 file has the search triggers that found a product's words by its unindexed
    // id: the upgrade maps each product to its row, and a rename then replaces its words.
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(open(path));
    const QString search = QStringLiteral("SELECT rowid, product_id, name FROM product_search "
                                          "ORDER BY 1");
    QStringList downgrade = undoVersion17() + downgradeTo15();
    downgrade << QStringLiteral("PRAGMA user_version=15");
    QVERIFY(rawExec(path, downgrade));
    const QStringList before = rawRows(path, search);
    QVERIFY(before.size() >= 2);
    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    QCOMPARE(rawRows(path, search), before);
    QCOMPARE(rawRows(path, QStringLiteral("SELECT count(*) FROM product_search_rows r JOIN "
                                          "product_search s ON s.rowid = r.row AND s.product_id = "
                                          "r.product_id")),
             QStringList{QString::number(before.size())});
    // A rename replaces the product's words: the old name is no longer found, the new one is.
    ShopServices shop(*store);
    const Product first = shop.inventory.products().value().first();
    ProductEdit edit;
    edit.productName = QStringLiteral("Zebra crossing");
    QVERIFY(shop.inventory.editProduct(first.productId, edit).ok());
    const auto found = shop.inventory.completeProducts(QStringLiteral("zebra")).value();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().productId, first.productId);
    QCOMPARE(rawRows(path, search).size(), before.size());
    QVERIFY(store->audit()->ok());
    store.reset();
    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

void tst_Migration::version16To17StartsTheCustomerBook()
{
    // A schema-16 file has orders with phones but no book: the upgrade keeps the orders, fills
    // the digits of their phones, and the book starts empty; the next order with a known
    // order's phone registers its customer, and the customer's orders include the old ones.
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QStringList upgrade;
    for (int next = 2; next <= 16; ++next)
        upgrade += Schema::migration(next);
    QVERIFY(rawExec(path, upgrade + QStringList{QStringLiteral("PRAGMA user_version=16")}));
    const QStringList phones =
        rawRows(path, QStringLiteral("SELECT order_id, customer_phone FROM order_view ORDER BY 1"));
    QCOMPARE(phones.size(), 3);

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), 17);
    // The raw migrations left the report tables empty, as everyEarlierSchemaOpens says.
    QVERIFY(store->rebuildReports().ok());
    QVERIFY2(store->audit()->ok(), qPrintable(store->audit()->errors.join(u'\n')));
    QCOMPARE(store->customerCount().value(), 0);
    store.reset();
    QStringList expected;
    for (const QString &row : phones) {
        const QString digits = phoneDigits(row.section(QLatin1Char('|'), 1));
        expected << row.section(QLatin1Char('|'), 0, 0) + QLatin1Char('|') + digits;
    }
    QCOMPARE(rawRows(path, QStringLiteral("SELECT order_id, coalesce(customer_digits, '') FROM "
                                          "order_view ORDER BY 1")),
             expected);
    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));

    // A phone of an old order: the new order registers the customer, whose orders include it.
    const QString phone = phones.first().section(QLatin1Char('|'), 1);
    QVERIFY(phoneDigits(phone).size() >= 8);
    store = open(path);
    QVERIFY(store);
    ShopServices shop(*store);
    const QString productId = rawRows(path, QStringLiteral("SELECT product_id FROM stock WHERE "
                                                           "on_hand - reserved > 0 LIMIT 1"))
                                  .value(0);
    QVERIFY(!productId.isEmpty());
    QVERIFY(
        shop.orders
            .placeOrder({QStringLiteral("Kim"), phone, QStringLiteral("Seoul")}, {{productId, 1}})
            .ok());
    const PhoneLookup found = shop.customers.lookupByPhone(phone).value();
    QCOMPARE(found.exact.size(), 1);
    const qint64 withPhone = rawRows(path, QStringLiteral("SELECT count(*) FROM order_view WHERE "
                                                          "customer_digits = '%1'")
                                               .arg(phoneDigits(phone)))
                                 .value(0)
                                 .toLongLong();
    QCOMPARE(shop.customers.details(found.exact.first().customerId)->totals.orders, withPhone);
    QVERIFY(withPhone >= 2);
    QVERIFY(store->audit()->ok());
}

void tst_Migration::everyEarlierSchemaOpens_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Schema::CurrentVersion; ++version)
        QTest::addRow("schema %d", version) << version;
}

void tst_Migration::everyEarlierSchemaOpens()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QStringList upgrade;
    for (int next = 2; next <= version; ++next)
        upgrade += Schema::migration(next);
    QVERIFY(rawExec(path,
                    upgrade + QStringList{QStringLiteral("PRAGMA user_version=%1").arg(version)}));
    const QString orders = QStringLiteral("SELECT order_id, status FROM orders ORDER BY 1");
    const QStringList ordersBefore = rawRows(path, orders);
    QCOMPARE(ordersBefore.size(), 3);

    auto store = open(path);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    QCOMPARE(rawRows(path, orders), ordersBefore);
    // A manager can be made, disabled users and all, on every upgraded file.
    ShopServices shop(*store);
    shop.users.setIterations(1000);
    QVERIFY(shop.users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("2468")).ok());
    QVERIFY(shop.users.logIn(QStringLiteral("Boss"), QStringLiteral("2468")).ok());
    QVERIFY(shop.users.addUser(QStringLiteral("Kim"), Role::Clerk, QStringLiteral("1357")).ok());
    QCOMPARE(shop.users.disableUser(QStringLiteral("Kim"))->disabled, true);
    // The raw migrations leave the report tables empty; the store folds them from the log for
    // a file from before 14, while a file really written at 14 or later had them kept by its
    // events (version14To15RollsUpTheProducts): here they are folded as that file had them.
    if (version >= 14)
        QVERIFY(store->rebuildReports().ok());
    QVERIFY(store->audit()->ok());
    store.reset();

    TestShop fresh;
    QCOMPARE(schemaOf(path), schemaOf(fresh.path()));
}

QTEST_GUILESS_MAIN(tst_Migration)
#include "tst_migration.moc"
