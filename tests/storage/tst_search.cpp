// The indexed searches of a large shop: product completion (exact id or barcode, id prefix,
// word prefixes of names) and the order list's search by order id or customer, which reads
// few matches through the trigram and id indexes and many by the ordered scan; both paths
// must give the same rows in the same order, also for the deliveries list and with a filter.
#include "testshop.h"

#include <QSqlQuery>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_Search : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void completeProducts_data();
    void completeProducts();
    void completionLimitAndOrder();
    void completionFollowsRenames();
    void orderSearchPathsAgree_data();
    void orderSearchPathsAgree();
    void searchIndexFollowsRebuild();
    void auditFindsABrokenSearchIndex();

private:
    TestShop m_shop;
    QStringList ids(const ListQuery &query, int sparseRows)
    {
        m_shop.store->setSparseSearchRows(sparseRows);
        const QList<OrderView> rows = m_shop.shop->orders.orders(query).value();
        m_shop.store->setSparseSearchRows(SqliteStore::DefaultSparseSearchRows);
        QStringList found;
        for (const OrderView &v : rows)
            found << v.orderId;
        return found;
    }
};

void tst_Search::initTestCase()
{
    InventoryService &inventory = m_shop.shop->inventory;
    QVERIFY(inventory.registerProduct("P001", "유기농 사과 1kg", 12000, "8801234567890").ok());
    QVERIFY(inventory.registerProduct("P002", "사과 주스 1L", 3000, "8801234567891").ok());
    QVERIFY(inventory.registerProduct("P010", "Green Apple 2kg", 9000).ok());
    QVERIFY(inventory.registerProduct("X-1", "Apple \"Fuji\" box", 20000).ok());
    QVERIFY(inventory.registerProduct("Q9", "배 5kg", 30000).ok());
    for (const char *id : {"P001", "P002", "P010", "X-1", "Q9"})
        QVERIFY(inventory.adjustStock(QString::fromLatin1(id), 1000).ok());
    const QStringList customers{"김민수", "김민준",   "Liam Smith", "Ava Smith",
                                "박지영", "최김민수", "O'Brien",    "50% Off"};
    for (int i = 0; i < 40; ++i) {
        auto placed = m_shop.shop->orders.placeOrder({customers.at(i % customers.size()), {}, {}},
                                                     {{QStringLiteral("Q9"), 1}});
        QVERIFY(placed.ok());
        if (i % 3 == 0)
            QVERIFY(
                m_shop.shop->orders.payOrder(placed->order.orderId(), PaymentMethod::Card).ok());
    }
}

void tst_Search::completeProducts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("exact id") << "P010" << QStringList{"P010"};
    QTest::newRow("barcode") << "8801234567891" << QStringList{"P002"};
    QTest::newRow("id prefix") << "P0" << QStringList{"P001", "P002", "P010"};
    QTest::newRow("id prefix, lower case") << "p00" << QStringList{"P001", "P002"};
    QTest::newRow("word prefix") << "사" << QStringList{"P001", "P002"};
    QTest::newRow("a later word") << "주스" << QStringList{"P002"};
    QTest::newRow("two words") << "사과 1k" << QStringList{"P001"};
    QTest::newRow("ascii case") << "apple" << QStringList{"P010", "X-1"};
    QTest::newRow("quotes") << "\"fuji" << QStringList{"X-1"};
    QTest::newRow("id and name") << "Q9" << QStringList{"Q9"};
    QTest::newRow("middle of a word") << "pple" << QStringList{};
    QTest::newRow("punctuation only") << "\"*" << QStringList{};
    QTest::newRow("nothing") << "   " << QStringList{};
}

void tst_Search::completeProducts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    auto found = m_shop.shop->inventory.completeProducts(text);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    QStringList ids;
    for (const Product &p : found.value())
        ids << p.productId;
    ids.sort();
    QCOMPARE(ids, expected);
}

void tst_Search::completionLimitAndOrder()
{
    // The exact id comes first, before the other ids it prefixes; the limit holds.
    const QList<Product> found = m_shop.shop->inventory.completeProducts("P01", 2).value();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().productId, QStringLiteral("P010"));
    QCOMPARE(found.first().productName, QStringLiteral("Green Apple 2kg"));
    QCOMPARE(found.first().price, 9000);
    QCOMPARE(m_shop.shop->inventory.completeProducts("P0", 2).value().size(), 2);
    QCOMPARE(m_shop.shop->inventory.completeProducts("P0", 0).value().size(), 0);
}

void tst_Search::completionFollowsRenames()
{
    TestShop t;
    t.product("P1", 100, 0, "Old Name");
    ProductEdit edit;
    edit.productName = QStringLiteral("New Label");
    QVERIFY(t.shop->inventory.editProduct("P1", edit).ok());
    QVERIFY(t.shop->inventory.completeProducts("Old").value().isEmpty());
    QCOMPARE(t.shop->inventory.completeProducts("lab").value().size(), 1);
}

void tst_Search::orderSearchPathsAgree_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("deliveries");
    QTest::addColumn<int>("expected");
    QTest::newRow("whole name") << "김민수"
                                << "" << false << 10;
    QTest::newRow("part of a name") << "Smith"
                                    << "" << false << 10;
    QTest::newRow("ascii case") << "smITH"
                                << "" << false << 10;
    QTest::newRow("short part") << "민"
                                << "" << false << 15;
    QTest::newRow("order id") << "T1-000007"
                              << "" << false << 1;
    QTest::newRow("order id prefix") << "T1-00001"
                                     << "" << false << 10;
    QTest::newRow("lower-case id") << "t1-000002"
                                   << "" << false << 1;
    QTest::newRow("quote") << "O'Br"
                           << "" << false << 5;
    QTest::newRow("percent") << "50%"
                             << "" << false << 5;
    QTest::newRow("no match") << "없는손님"
                              << "" << false << 0;
    QTest::newRow("with status") << "Smith"
                                 << "delivering" << false << 3;
    QTest::newRow("deliveries") << "김민"
                                << "" << true << 5;
    QTest::newRow("deliveries, status") << "김민"
                                        << "started" << true << 5;
}

void tst_Search::orderSearchPathsAgree()
{
    QFETCH(QString, search);
    QFETCH(QString, status);
    QFETCH(bool, deliveries);
    QFETCH(int, expected);
    ListQuery query;
    query.search = search;
    query.status = status;
    query.deliveriesOnly = deliveries;
    const QStringList indexed = ids(query, 1'000'000); // every match counts as few
    const QStringList scanned = ids(query, 1);         // every match counts as many
    QCOMPARE(indexed, scanned);
    QCOMPARE(indexed.size(), expected);
    query.limit = 3;
    query.offset = 2;
    QCOMPARE(ids(query, 1'000'000), ids(query, 1));
}

void tst_Search::searchIndexFollowsRebuild()
{
    QVERIFY(m_shop.store->rebuildReadModel().ok());
    ListQuery query;
    query.search = QStringLiteral("김민수");
    QCOMPARE(ids(query, 1'000'000).size(), 10); // not doubled by the rebuild
    QCOMPARE(ids(query, 1'000'000), ids(query, 1));
    QVERIFY(m_shop.audit().ok());
}

void tst_Search::auditFindsABrokenSearchIndex()
{
    // The store writes an order's search entry beside its row in the list (no trigger does);
    // verify notices when the two part, whichever way.
    QSqlDatabase db = m_shop.store->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT order_id, placed_at, customer_name FROM order_search "
                                  "WHERE customer_name = '김민수' LIMIT 2")));
    QVERIFY(q.next());
    const QString gone = q.value(0).toString();
    QVERIFY(q.next());
    const QString twice = q.value(0).toString();
    const QVariantList twiceRow{q.value(0), q.value(1), q.value(2)};
    q.finish();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM order_search WHERE order_id = '%1'").arg(gone)));
    QVERIFY(
        q.prepare(QStringLiteral("INSERT INTO order_search (order_id, placed_at, customer_name) "
                                 "VALUES (?, ?, ?)")));
    for (const QVariantList &row :
         {twiceRow, QVariantList{QStringLiteral("X-1"), 0, QStringLiteral("nobody")}}) {
        for (int i = 0; i < row.size(); ++i)
            q.bindValue(i, row.at(i));
        QVERIFY(q.exec());
    }
    const QStringList errors = m_shop.audit().errors;
    QVERIFY2(
        errors.contains(QStringLiteral("order search: %1 is missing from the index").arg(gone)),
        qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(errors.contains(QStringLiteral("order search: X-1 is stray in the index")));
    QVERIFY(errors.contains(
        QStringLiteral("order search: %1 is more than once in the index").arg(twice)));

    QVERIFY(m_shop.store->rebuildReadModel().ok()); // mends it
    QVERIFY(m_shop.audit().ok());
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
