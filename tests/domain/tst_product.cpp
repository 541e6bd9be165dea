#include "product.h"
#include "stockitem.h"
#include "stockmove.h"

#include <QTest>

using namespace ShopDesk;

class tst_Product : public QObject
{
    Q_OBJECT

private slots:
    void validated_data();
    void validated();
    void threshold_data();
    void threshold();
    void changeRecordsOnlyWhatDiffers();
    void changeWithNothingNewRecordsNothing();
    void badChangeChangesNothing_data();
    void badChangeChangesNothing();
    void applyReplaysAChange();
    void applyRefusesOtherEvents();
    void stockMovesFromEvents();
};

namespace {
Product apples()
{
    return Product::validated(QStringLiteral("P1"), QStringLiteral("Apples"), 4500,
                              QStringLiteral("8801"))
        .value();
}
} // namespace

void tst_Product::validated_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << "P001"
                           << "Apples" << qint64(4500) << "" << true;
    QTest::newRow("korean") << "P002" << QStringLiteral("유기농 사과 1kg") << qint64(12000)
                            << "8801234567890" << true;
    QTest::newRow("free") << "P003"
                          << "Sample" << qint64(0) << "" << true;
    QTest::newRow("negative price") << "P004"
                                    << "X" << qint64(-1) << "" << false;
    QTest::newRow("huge price") << "P005"
                                << "X" << Limits::MaxPrice + 1 << "" << false;
    QTest::newRow("empty id") << ""
                              << "X" << qint64(1) << "" << false;
    QTest::newRow("empty name") << "P006"
                                << "  " << qint64(1) << "" << false;
    QTest::newRow("id too long") << QString(65, QLatin1Char('P')) << "X" << qint64(1) << ""
                                 << false;
    QTest::newRow("control char in name")
        << "P007" << QStringLiteral("a\x01") << qint64(1) << "" << false;
    QTest::newRow("barcode with space") << "P008"
                                        << "X" << qint64(1) << "88 01" << false;
}

void tst_Product::validated()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(qint64, price);
    QFETCH(QString, barcode);
    QFETCH(bool, valid);

    const auto product = Product::validated(id, name, price, barcode);
    QCOMPARE(product.ok(), valid);
    if (valid) {
        QCOMPARE(product->productName, name.trimmed());
        const DomainEvent event = product->registeredEvent();
        QCOMPARE(event.type, QString(EventType::ProductRegistered));
        QCOMPARE(event.productId, id);
        QCOMPARE(event.payload.value(QStringLiteral("price")).toInteger(), price);
    } else {
        QCOMPARE(product.error().code, ErrorCode::InvalidInput);
    }
}

void tst_Product::threshold_data()
{
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zero") << qint64(0) << true;
    QTest::newRow("ten") << qint64(10) << true;
    QTest::newRow("negative") << qint64(-1) << false;
    QTest::newRow("huge") << Limits::MaxStockDelta + 1 << false;
}

void tst_Product::threshold()
{
    QFETCH(qint64, threshold);
    QFETCH(bool, valid);
    const auto product =
        Product::validated(QStringLiteral("P1"), QStringLiteral("A"), 1, {}, threshold);
    QCOMPARE(product.ok(), valid);
    if (valid) {
        QCOMPARE(product->lowStockThreshold, StockThreshold(threshold));
        QCOMPARE(product->registeredEvent().payload.value(QStringLiteral("lowStockThreshold")),
                 QJsonValue(threshold));
    } else {
        QCOMPARE(product.error().code, ErrorCode::InvalidInput);
        QVERIFY(product.error().message.contains(QStringLiteral("low-stock threshold")));
    }
    // Without one, the registration says nothing about it (the CLI's JSON stays as it was).
    QVERIFY(!apples().toJson().contains(QStringLiteral("lowStockThreshold")));
}

void tst_Product::changeRecordsOnlyWhatDiffers()
{
    Product p = apples();
    ProductEdit edit;
    edit.productName = QStringLiteral("  Green apples ");
    edit.price = 4500; // the same: not recorded
    edit.barcode = QString();
    edit.lowStockThreshold = StockThreshold(3);
    const auto changed = p.change(edit);
    QVERIFY(changed.ok());
    QVERIFY(changed->has_value());
    const DomainEvent &event = **changed;
    QCOMPARE(event.type, QString(EventType::ProductChanged));
    QCOMPARE(event.productId, QStringLiteral("P1"));
    QVERIFY(event.orderId.isEmpty());
    const QJsonObject expected{{"productId", "P1"},
                               {"productName", "Green apples"},
                               {"barcode", QJsonValue()},
                               {"lowStockThreshold", 3},
                               {"previous", QJsonObject{{"productName", "Apples"},
                                                        {"barcode", "8801"},
                                                        {"lowStockThreshold", QJsonValue()}}}};
    QCOMPARE(event.payload, expected);
    QCOMPARE(p.productName, QStringLiteral("Green apples"));
    QCOMPARE(p.price, 4500);
    QVERIFY(p.barcode.isEmpty());
    QCOMPARE(p.lowStockThreshold, StockThreshold(3));

    ProductEdit removeThreshold;
    removeThreshold.lowStockThreshold = StockThreshold();
    const auto removed = p.change(removeThreshold);
    QVERIFY(removed.ok() && removed->has_value());
    QCOMPARE((*removed)->payload.value(QStringLiteral("lowStockThreshold")), QJsonValue());
    QCOMPARE((*removed)->payload.value(QStringLiteral("previous")).toObject(),
             (QJsonObject{{"lowStockThreshold", 3}}));
    QVERIFY(!p.lowStockThreshold);
}

void tst_Product::changeWithNothingNewRecordsNothing()
{
    Product p = apples();
    ProductEdit edit;
    edit.productName = QStringLiteral("Apples ");
    edit.price = 4500;
    const auto changed = p.change(edit);
    QVERIFY(changed.ok());
    QVERIFY(!changed->has_value());
    QVERIFY(p.change({})->has_value() == false);
}

void tst_Product::badChangeChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << "name"
                                << "product name is empty";
    QTest::newRow("negative price") << "price"
                                    << "price must be";
    QTest::newRow("barcode with space") << "barcode"
                                        << "barcode '88 01'";
    QTest::newRow("negative threshold") << "threshold"
                                        << "low-stock threshold";
}

void tst_Product::badChangeChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    Product p = apples();
    ProductEdit edit;
    edit.price = 5000; // a good change beside the bad one is not applied either
    if (field == QLatin1StringView("name"))
        edit.productName = QStringLiteral("   ");
    else if (field == QLatin1StringView("price"))
        edit.price = -5;
    else if (field == QLatin1StringView("barcode"))
        edit.barcode = QStringLiteral("88 01");
    else
        edit.lowStockThreshold = StockThreshold(-2);
    const auto changed = p.change(edit);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(changed.error().message.contains(message), qPrintable(changed.error().message));
    QCOMPARE(p.toJson(), apples().toJson());
}

void tst_Product::applyReplaysAChange()
{
    // What one terminal records, another one applies to its own copy of the product.
    Product here = apples();
    ProductEdit edit;
    edit.price = 3900;
    edit.barcode = QStringLiteral("8802");
    edit.lowStockThreshold = StockThreshold(7);
    DomainEvent event = **here.change(edit);
    event.eventId = QStringLiteral("e1");
    Product there = apples();
    QVERIFY(there.apply(event).ok());
    QCOMPARE(there.toJson(), here.toJson());
    QCOMPARE(there.productName, QStringLiteral("Apples"));
    QCOMPARE(there.lowStockThreshold, StockThreshold(7));
    // Applying it again changes nothing more.
    QVERIFY(there.apply(event).ok());
    QCOMPARE(there.toJson(), here.toJson());
}

void tst_Product::applyRefusesOtherEvents()
{
    Product p = apples();
    DomainEvent other = DomainEvent::make(EventType::ProductChanged, {}, QStringLiteral("P2"),
                                          {{"productId", "P2"}, {"price", 1}});
    QCOMPARE(p.apply(other).error().code, ErrorCode::InvalidInput);
    DomainEvent wrongType =
        DomainEvent::make(EventType::ProductRegistered, {}, QStringLiteral("P1"), {{"price", 1}});
    QCOMPARE(p.apply(wrongType).error().code, ErrorCode::InvalidInput);
    DomainEvent badPrice = DomainEvent::make(EventType::ProductChanged, {}, QStringLiteral("P1"),
                                             {{"price", "cheap"}});
    QCOMPARE(p.apply(badPrice).error().code, ErrorCode::InvalidInput);
    DomainEvent negative =
        DomainEvent::make(EventType::ProductChanged, {}, QStringLiteral("P1"), {{"price", -3}});
    QCOMPARE(p.apply(negative).error().code, ErrorCode::InvalidInput);
    QCOMPARE(p.toJson(), apples().toJson());
}

void tst_Product::stockMovesFromEvents()
{
    StockItem item(QStringLiteral("P1"), 10, 0);
    QVERIFY(item.reserve(3, QStringLiteral("T1-000001")).ok());
    QVERIFY(item.decrease(3, QStringLiteral("T1-000001")));
    QVERIFY(item.increase(3, QStringLiteral("T1-000001")));
    QVERIFY(item.reserve(2, QStringLiteral("T1-000002")).ok());
    QVERIFY(item.release(2, QStringLiteral("T1-000002")));
    QVERIFY(item.adjust(5, QStringLiteral("supplier")).ok());
    QVERIFY(item.adjust(-1, QStringLiteral("broken")).ok());
    QVERIFY(item.count(12, QStringLiteral("stock-take")).ok());
    QList<StockMove> moves;
    for (const DomainEvent &event : item.takeEvents())
        moves.append(StockMove::fromEvent(event).value());
    using K = StockMove::Kind;
    const QList<K> kinds{K::Reserved, K::Decreased, K::Increased, K::Reserved,
                         K::Released, K::Received,  K::Lost,      K::Counted};
    const QList<qint64> onHand{0, -3, 3, 0, 0, 5, -1, -2};
    const QList<qint64> reserved{3, -3, 0, 2, -2, 0, 0, 0};
    QCOMPARE(moves.size(), kinds.size());
    for (int i = 0; i < moves.size(); ++i) {
        QCOMPARE(moves.at(i).kind, kinds.at(i));
        QCOMPARE(moves.at(i).onHandDelta, onHand.at(i));
        QCOMPARE(moves.at(i).reservedDelta, reserved.at(i));
    }
    QCOMPARE(moves.at(0).orderId, QStringLiteral("T1-000001"));
    QCOMPARE(moves.at(5).reason, QStringLiteral("supplier"));
    QVERIFY(moves.at(5).orderId.isEmpty());
    QCOMPARE(moves.at(7).counted, std::optional<qint64>(12));
    QCOMPARE(moves.at(7).reason, QStringLiteral("stock-take"));
    QCOMPARE(StockMove::kindName(K::Counted), QStringLiteral("count"));
    QVERIFY(!StockMove::fromEvent(apples().registeredEvent()));
}

QTEST_GUILESS_MAIN(tst_Product)
#include "tst_product.moc"
