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
    void registerWithThreshold();
    void editProduct();
    void editWithNothingNewRecordsNothing();
    void badEditsChangeNothing_data();
    void badEditsChangeNothing();
    void stockHistoryNewestFirst();
    void stockHistoryPages();
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

void tst_InventoryService::registerWithThreshold()
{
    TestShop t;
    auto made = t.shop->inventory.registerProduct(QStringLiteral("P1"), QStringLiteral("Tea"), 100,
                                                  {}, StockThreshold(4));
    QVERIFY(made.ok());
    QCOMPARE(t.shop->inventory.product(QStringLiteral("P1"))->lowStockThreshold, StockThreshold(4));
    QCOMPARE(
        t.shop->orders.events().value().first().payload.value(QStringLiteral("lowStockThreshold")),
        QJsonValue(4));
    QVERIFY(
        t.shop->inventory.registerProduct(QStringLiteral("P2"), QStringLiteral("Tea"), 100).ok());
    QVERIFY(!t.shop->inventory.product(QStringLiteral("P2"))->lowStockThreshold);
    auto bad = t.shop->inventory.registerProduct(QStringLiteral("P3"), QStringLiteral("Tea"), 100,
                                                 {}, StockThreshold(-1));
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    QCOMPARE(t.shop->inventory.products()->size(), 2);
}

void tst_InventoryService::editProduct()
{
    TestShop t;
    QVERIFY(t.shop->inventory
                .registerProduct(QStringLiteral("P1"), QStringLiteral("Tea"), 100,
                                 QStringLiteral("111"))
                .ok());
    QSignalSpy products(&t.shop->bus, &EventBus::productChanged);
    QVERIFY(products.isValid());
    ProductEdit edit;
    edit.productName = QStringLiteral("Green tea");
    edit.price = 150;
    edit.barcode = QStringLiteral("222");
    edit.lowStockThreshold = StockThreshold(2);
    auto edited = t.shop->inventory.editProduct(QStringLiteral("P1"), edit);
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
    QCOMPARE(edited->productName, QStringLiteral("Green tea"));
    QCOMPARE(products.count(), 1);
    QCOMPARE(products.first().first().toString(), QStringLiteral("P1"));

    const Product stored = t.shop->inventory.product(QStringLiteral("P1")).value();
    QCOMPARE(stored.productName, QStringLiteral("Green tea"));
    QCOMPARE(stored.price, 150);
    QCOMPARE(stored.barcode, QStringLiteral("222"));
    QCOMPARE(stored.lowStockThreshold, StockThreshold(2));
    QCOMPARE(t.shop->inventory.productByBarcode(QStringLiteral("222"))->productId,
             QStringLiteral("P1"));
    QCOMPARE(t.shop->inventory.productByBarcode(QStringLiteral("111")).error().code,
             ErrorCode::NotFound);
    QCOMPARE(t.stock(QStringLiteral("P1")).productName, QStringLiteral("Green tea"));

    const DomainEvent last = t.shop->orders.events().value().last();
    QCOMPARE(last.type, QStringLiteral("ProductChanged"));
    QCOMPARE(last.actor, QStringLiteral("tester"));
    QCOMPARE(last.payload.value(QStringLiteral("price")).toInteger(), 150);
    QCOMPARE(last.payload.value(QStringLiteral("previous")).toObject().value("price").toInteger(),
             100);

    // A second terminal applying the recorded change ends with the same product.
    Product replica =
        Product::validated(QStringLiteral("P1"), QStringLiteral("Tea"), 100, QStringLiteral("111"))
            .value();
    QVERIFY(replica.apply(last).ok());
    QCOMPARE(replica.toJson(), stored.toJson());

    // Removing the barcode and the threshold.
    ProductEdit remove;
    remove.barcode = QString();
    remove.lowStockThreshold = StockThreshold();
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P1"), remove).ok());
    QVERIFY(t.shop->inventory.product(QStringLiteral("P1"))->barcode.isEmpty());
    QVERIFY(!t.shop->inventory.product(QStringLiteral("P1"))->lowStockThreshold);
    // Completion while typing finds it by its new name only.
    QCOMPARE(t.shop->inventory.completeProducts(QStringLiteral("Green"))->size(), 1);
    QCOMPARE(t.shop->inventory.completeProducts(QStringLiteral("Tea"))->first().productName,
             QStringLiteral("Green tea"));
    ProductEdit priceOnly;
    priceOnly.price = 160;
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P1"), priceOnly).ok());
    QCOMPARE(t.shop->inventory.completeProducts(QStringLiteral("Green"))->first().price, 160);
    // The freed barcode can go to another product.
    QVERIFY(
        t.shop->inventory
            .registerProduct(QStringLiteral("P2"), QStringLiteral("Cup"), 10, QStringLiteral("222"))
            .ok());
    QVERIFY(t.audit().ok());
}

void tst_InventoryService::editWithNothingNewRecordsNothing()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 100, 3, QStringLiteral("Tea"));
    QSignalSpy committed(&t.shop->bus, &EventBus::eventCommitted);
    const qint64 before = t.eventCount();
    ProductEdit edit;
    edit.productName = QStringLiteral("Tea");
    edit.price = 100;
    auto edited = t.shop->inventory.editProduct(QStringLiteral("P1"), edit);
    QVERIFY(edited.ok());
    QCOMPARE(edited->price, 100);
    QCOMPARE(t.eventCount(), before);
    QCOMPARE(committed.count(), 0);
}

void tst_InventoryService::badEditsChangeNothing_data()
{
    QTest::addColumn<QString>("productId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown product") << "NOPE"
                                     << "price" << int(ErrorCode::NotFound) << "unknown product";
    QTest::newRow("barcode of another product")
        << "P1"
        << "barcode" << int(ErrorCode::InvalidInput) << "already belongs to product 'P2'";
    QTest::newRow("empty name") << "P1"
                                << "name" << int(ErrorCode::InvalidInput) << "product name";
    QTest::newRow("negative price") << "P1"
                                    << "price" << int(ErrorCode::InvalidInput) << "price";
    QTest::newRow("negative threshold")
        << "P1"
        << "threshold" << int(ErrorCode::InvalidInput) << "low-stock threshold";
}

void tst_InventoryService::badEditsChangeNothing()
{
    QFETCH(QString, productId);
    QFETCH(QString, field);
    QFETCH(int, code);
    QFETCH(QString, message);
    TestShop t;
    QVERIFY(t.shop->inventory
                .registerProduct(QStringLiteral("P1"), QStringLiteral("Tea"), 100,
                                 QStringLiteral("111"))
                .ok());
    QVERIFY(
        t.shop->inventory
            .registerProduct(QStringLiteral("P2"), QStringLiteral("Cup"), 10, QStringLiteral("222"))
            .ok());
    QSignalSpy committed(&t.shop->bus, &EventBus::eventCommitted);
    const qint64 before = t.eventCount();
    ProductEdit edit;
    edit.productName = QStringLiteral("New name");
    if (field == QLatin1StringView("barcode"))
        edit.barcode = QStringLiteral("222");
    else if (field == QLatin1StringView("name"))
        edit.productName = QString();
    else if (field == QLatin1StringView("price"))
        edit.price = -1;
    else
        edit.lowStockThreshold = StockThreshold(-1);
    auto edited = t.shop->inventory.editProduct(productId, edit);
    QVERIFY(!edited.ok());
    QCOMPARE(int(edited.error().code), code);
    QVERIFY2(edited.error().message.contains(message), qPrintable(edited.error().message));
    QCOMPARE(t.eventCount(), before);
    QCOMPARE(committed.count(), 0);
    const Product p1 = t.shop->inventory.product(QStringLiteral("P1")).value();
    QCOMPARE(p1.productName, QStringLiteral("Tea"));
    QCOMPARE(p1.barcode, QStringLiteral("111"));
    QCOMPARE(p1.price, 100);
}

void tst_InventoryService::stockHistoryNewestFirst()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 100, 10);
    t.product(QStringLiteral("P2"), 100, 10);
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), -2, QStringLiteral("broken")).ok());
    auto placed =
        t.shop->orders.placeOrder({QStringLiteral("Lee"), {}, {}}, {{QStringLiteral("P1"), 3}});
    QVERIFY(placed.ok());
    const QString orderId = placed->order.orderId();
    QVERIFY(t.shop->orders.payOrder(orderId, PaymentMethod::Card).ok());
    ProductEdit edit;
    edit.price = 120; // not a stock move: not in the history
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P1"), edit).ok());
    QVERIFY(
        t.shop->inventory.countStock(QStringLiteral("P1"), 4, QStringLiteral("stock-take")).ok());

    const QList<StockMove> moves = t.shop->inventory.stockHistory(QStringLiteral("P1")).value();
    using K = StockMove::Kind;
    QCOMPARE(moves.size(), 5);
    QCOMPARE(moves.at(0).kind, K::Counted);
    QCOMPARE(moves.at(0).onHandDelta, -1); // 10 - 2 - 3 = 5 expected, 4 counted
    QCOMPARE(moves.at(0).counted, std::optional<qint64>(4));
    QCOMPARE(moves.at(0).reason, QStringLiteral("stock-take"));
    QCOMPARE(moves.at(1).kind, K::Decreased);
    QCOMPARE(moves.at(1).orderId, orderId);
    QCOMPARE(moves.at(1).onHandDelta, -3);
    QCOMPARE(moves.at(2).kind, K::Reserved);
    QCOMPARE(moves.at(2).reservedDelta, 3);
    QCOMPARE(moves.at(3).kind, K::Lost);
    QCOMPARE(moves.at(3).reason, QStringLiteral("broken"));
    QCOMPARE(moves.at(4).kind, K::Received);
    QCOMPARE(moves.at(4).onHandDelta, 10);
    QCOMPARE(moves.at(4).actor, QStringLiteral("tester"));
    for (int i = 1; i < moves.size(); ++i)
        QVERIFY(moves.at(i - 1).seq > moves.at(i).seq);
    qint64 sum = 0;
    for (const StockMove &move : moves)
        sum += move.onHandDelta;
    QCOMPARE(sum, t.stock(QStringLiteral("P1")).onHand);

    QCOMPARE(t.shop->inventory.stockHistory(QStringLiteral("NOPE")).error().code,
             ErrorCode::NotFound);
}

void tst_InventoryService::stockHistoryPages()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 100, 0);
    t.product(QStringLiteral("P2"), 100, 0);
    for (int i = 1; i <= 7; ++i) {
        QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), i).ok());
        QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P2"), 100).ok());
    }
    EventQuery page;
    page.limit = 3;
    QList<qint64> deltas;
    for (;;) {
        const QList<StockMove> moves =
            t.shop->inventory.stockHistory(QStringLiteral("P1"), page).value();
        for (const StockMove &move : moves)
            deltas << move.onHandDelta;
        if (moves.size() < page.limit)
            break;
        page.beforeSeq = moves.last().seq;
    }
    QCOMPARE(deltas, (QList<qint64>{7, 6, 5, 4, 3, 2, 1}));

    // Newer than a known move: what a list that shows the history reads to catch up.
    const qint64 newest = t.shop->inventory.stockHistory(QStringLiteral("P1"))->first().seq;
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), 8).ok());
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), 9).ok());
    EventQuery newer;
    newer.afterSeq = newest;
    const QList<StockMove> fresh =
        t.shop->inventory.stockHistory(QStringLiteral("P1"), newer).value();
    QCOMPARE(fresh.size(), 2);
    QCOMPARE(fresh.at(0).onHandDelta, 9);
    QCOMPARE(fresh.at(1).onHandDelta, 8);
}

QTEST_GUILESS_MAIN(tst_InventoryService)
#include "tst_inventoryservice.moc"
