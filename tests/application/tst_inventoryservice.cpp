#include "testshop.h"

#include <QSignalSpy>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_InventoryService : public QObject
{
    Q_OBJECT

private slots:
    void registerProduct();
    void duplicatesAreRefused();
    void adjustAndCount();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void listsAndSearch();
};

void tst_InventoryService::registerProduct()
{
    TestShop t;
    QSignalSpy products(&t.shop->bus, &EventBus::productChanged);
    QVERIFY(products.isValid());
    auto made = t.shop->inventory.registerProduct(QStringLiteral("P001"),
                                                  QStringLiteral("  유기농 사과 1kg "), 12000,
                                                  QStringLiteral("8801234567890"));
    QVERIFY(made.ok());
    QCOMPARE(made->productName, QStringLiteral("유기농 사과 1kg"));
    QCOMPARE(products.count(), 1);
    QCOMPARE(t.shop->inventory.productByBarcode(QStringLiteral("8801234567890"))->productId,
             QStringLiteral("P001"));
    const StockRow row = t.stock(QStringLiteral("P001"));
    QCOMPARE(row.onHand, 0);
    QCOMPARE(row.reserved, 0);
    const QList<DomainEvent> events = t.shop->orders.events().value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, QStringLiteral("ProductRegistered"));
    QCOMPARE(events.first().productId, QStringLiteral("P001"));
}

void tst_InventoryService::duplicatesAreRefused()
{
    TestShop t;
    QVERIFY(
        t.shop->inventory
            .registerProduct(QStringLiteral("P1"), QStringLiteral("A"), 100, QStringLiteral("111"))
            .ok());
    auto sameId = t.shop->inventory.registerProduct(QStringLiteral("P1"), QStringLiteral("B"), 200);
    QVERIFY(!sameId.ok());
    QCOMPARE(sameId.error().code, ErrorCode::InvalidInput);
    QVERIFY(sameId.error().message.contains(QStringLiteral("already exists")));
    auto sameCode = t.shop->inventory.registerProduct(QStringLiteral("P2"), QStringLiteral("B"),
                                                      200, QStringLiteral("111"));
    QVERIFY(!sameCode.ok());
    QCOMPARE(sameCode.error().code, ErrorCode::InvalidInput);
    QCOMPARE(t.shop->inventory.products().value().size(), 1);
    QCOMPARE(t.shop->inventory.products().value().first().productName, QStringLiteral("A"));
    QCOMPARE(t.eventCount(), 1);
}

void tst_InventoryService::adjustAndCount()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 100, 0);
    QCOMPARE(t.shop->inventory
                 .adjustStock(QStringLiteral("P1"), 20, QStringLiteral("delivery from supplier"))
                 ->onHand,
             20);
    QCOMPARE(
        t.shop->inventory.adjustStock(QStringLiteral("P1"), -3, QStringLiteral("broken"))->onHand,
        17);
    auto counted =
        t.shop->inventory.countStock(QStringLiteral("P1"), 15, QStringLiteral("stock-take"));
    QVERIFY(counted.ok());
    QCOMPARE(counted->onHand, 15);
    EventQuery query;
    query.productId = QStringLiteral("P1");
    const QList<DomainEvent> events = t.shop->orders.events(query).value();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(1).payload.value(QStringLiteral("kind")).toString(),
             QStringLiteral("receive"));
    QCOMPARE(events.at(2).payload.value(QStringLiteral("kind")).toString(), QStringLiteral("loss"));
    QCOMPARE(events.at(3).payload.value(QStringLiteral("kind")).toString(),
             QStringLiteral("count"));
    QCOMPARE(events.at(3).payload.value(QStringLiteral("delta")).toInteger(), -2);
    QVERIFY(t.audit().ok());
}

void tst_InventoryService::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<bool>("count");
    QTest::addColumn<int>("code");

    QTest::newRow("unknown product") << "NOPE" << qint64(5) << false << int(ErrorCode::NotFound);
    QTest::newRow("below zero") << "P1" << qint64(-11) << false
                                << int(ErrorCode::InsufficientStock);
    QTest::newRow("zero delta") << "P1" << qint64(0) << false << int(ErrorCode::InvalidInput);
    QTest::newRow("negative count") << "P1" << qint64(-1) << true << int(ErrorCode::InvalidInput);
    QTest::newRow("count unknown") << "NOPE" << qint64(1) << true << int(ErrorCode::NotFound);
}

void tst_InventoryService::refusalsChangeNothing()
{
    QFETCH(QString, product);
    QFETCH(qint64, delta);
    QFETCH(bool, count);
    QFETCH(int, code);

    TestShop t;
    t.product(QStringLiteral("P1"), 100, 10);
    QSignalSpy committed(&t.shop->bus, &EventBus::eventCommitted);
    const qint64 before = t.eventCount();
    const auto result = count ? t.shop->inventory.countStock(product, delta)
                              : t.shop->inventory.adjustStock(product, delta);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code), code);
    QCOMPARE(t.eventCount(), before);
    QCOMPARE(committed.count(), 0);
    QCOMPARE(t.stock(QStringLiteral("P1")).onHand, 10);
}

void tst_InventoryService::listsAndSearch()
{
    TestShop t;
    t.product(QStringLiteral("A1"), 100, 1, QStringLiteral("Green Tea"));
    t.product(QStringLiteral("A2"), 100, 2, QStringLiteral("녹차 티백"));
    t.product(QStringLiteral("B1"), 100, 3, QStringLiteral("Coffee 100%"));
    QCOMPARE(t.shop->inventory.stock().value().size(), 3);
    ListQuery query;
    query.search = QStringLiteral("A");
    QCOMPARE(t.shop->inventory.products(query).value().size(), 2); // id prefix
    query.search = QStringLiteral("녹차");
    QCOMPARE(t.shop->inventory.stock(query).value().first().productId, QStringLiteral("A2"));
    query.search = QStringLiteral("100%");
    QCOMPARE(t.shop->inventory.products(query).value().size(), 1); // % is literal
    query.search.clear();
    query.limit = 2;
    QCOMPARE(t.shop->inventory.products(query).value().size(), 2);
    query.offset = 2;
    QCOMPARE(t.shop->inventory.products(query).value().size(), 1);
}

QTEST_GUILESS_MAIN(tst_InventoryService)
#include "tst_inventoryservice.moc"
