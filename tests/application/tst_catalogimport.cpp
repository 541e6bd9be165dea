// The catalog import (issue 16): files as spreadsheets write them, in each encoding and
// delimiter, the preview's counts, each kind of bad line, all or nothing, and the events.
#include "catalogcsv.h"
#include "catalogimport.h"
#include "events.h"
#include "testshop.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QThread>

#include <QStringEncoder>
#include <atomic>
#include <thread>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QStringList typesOf(const QList<DomainEvent> &events)
{
    QStringList types;
    for (const DomainEvent &e : events)
        types << e.type;
    return types;
}

QList<DomainEvent> allEvents(TestShop &shop)
{
    QList<DomainEvent> events;
    const Status read =
        shop.store->visitEvents({}, [&](const DomainEvent &e) { events.append(e); });
    if (!read)
        qFatal("cannot read the events: %s", qPrintable(read.error().message));
    return events;
}

} // namespace

class tst_CatalogImport : public QObject
{
    Q_OBJECT

private slots:
    void exportReadsBackIntoAnotherShop();
    void encodingsAndDelimiters_data();
    void encodingsAndDelimiters();
    void previewCountsAndBadLines();
    void badLinesRefuseEverythingUnlessSkipped();
    void wholeFileRefusals_data();
    void wholeFileRefusals();
    void numbersAsSpreadsheetsShowThem();
    void quotedCellsAcrossLinesKeepLineNumbers();
    void onlyAManagerImports();
    void progressAndOneReset();
    void searchFindsWhatWasImported();
    void cancelledWritesNothing();
    void aJobOnAnotherThreadAndConnection();
};

void tst_CatalogImport::exportReadsBackIntoAnotherShop()
{
    TestShop from;
    from.product(QStringLiteral("A1"), 1500, 12, QStringLiteral("사과 (국산)"));
    from.product(QStringLiteral("F1"), 300, 0, QStringLiteral("=SUM(A1:A9)"));
    ProductEdit edit;
    edit.barcode = QStringLiteral("8801234567890");
    edit.lowStockThreshold = StockThreshold(5);
    edit.tax = TaxKind::Exempt;
    QVERIFY(from.shop->inventory.editProduct(QStringLiteral("A1"), edit).ok());
    from.product(QStringLiteral("Q1"), 2000, 3, QStringLiteral("Quote \"this\", please"));
    const QByteArray csv =
        catalogCsv(from.shop->inventory.products().value(), from.shop->inventory.stock().value());
    QVERIFY(csv.contains("'=SUM(A1:A9)")); // the export defuses it

    TestShop to;
    const auto preview = to.shop->inventory.previewImport(csv, TextEncoding::Auto);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->encoding, TextEncoding::Utf8);
    QCOMPARE(preview->delimiter, QChar(u','));
    QCOMPARE(preview->added, 3);
    QCOMPARE(preview->bad.size(), 0);
    QCOMPARE(preview->ignoredColumns, QStringList{QStringLiteral("reserved")});
    QCOMPARE(preview->startingStock, 15);
    QCOMPARE(to.eventCount(), 0); // a preview writes nothing

    const auto imported = to.shop->inventory.importCatalog(csv, TextEncoding::Auto, false);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QList<Product> want = from.shop->inventory.products().value();
    const QList<Product> got = to.shop->inventory.products().value();
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        QCOMPARE(got[i].productId, want[i].productId);
        QCOMPARE(got[i].productName, want[i].productName);
        QCOMPARE(got[i].price, want[i].price);
        QCOMPARE(got[i].barcode, want[i].barcode);
        QCOMPARE(got[i].lowStockThreshold, want[i].lowStockThreshold);
        QCOMPARE(got[i].tax, want[i].tax);
        QCOMPARE(to.stock(want[i].productId).onHand, from.stock(want[i].productId).onHand);
    }
    // As if registered one by one: a ProductRegistered each, a StockAdjusted for stock.
    QCOMPARE(typesOf(allEvents(to)),
             (QStringList{"ProductRegistered", "StockAdjusted", "ProductRegistered",
                          "ProductRegistered", "StockAdjusted"}));
    QCOMPARE(decodeAs<Events::StockAdjusted>(allEvents(to).at(1))->reason,
             QStringLiteral("catalog import"));
    QVERIFY(to.audit().ok());
    // The events sync: a third terminal that receives them has the same catalog.
    TestShop other(QStringLiteral("T2"));
    other.receiveFrom(to);
    QCOMPARE(other.shop->inventory.products().value().size(), 3);
    QCOMPARE(other.stock(QStringLiteral("A1")).onHand, 12);
    QCOMPARE(other.shop->inventory.product(QStringLiteral("F1"))->productName,
             QStringLiteral("=SUM(A1:A9)"));

    // Importing the same file again changes nothing and records nothing.
    const qint64 events = to.eventCount();
    const auto again = to.shop->inventory.importCatalog(csv, TextEncoding::Auto, false);
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(again->added + again->changed, 0);
    QCOMPARE(to.eventCount(), events);
}

void tst_CatalogImport::encodingsAndDelimiters_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("detected");
    QTest::addColumn<QString>("delimiter");

    const QString korean = QStringLiteral("상품코드,상품명,판매가,바코드,안전재고,과세구분,재고\r\n"
                                          "K1,신라면 멀티팩,\"4,500\",8801043014809,3,과세,20\r\n"
                                          "K2,햇반 210g,1500,,,면세,0\r\n");
    QString tabs = korean;
    tabs.replace(QStringLiteral("\"4,500\""), QStringLiteral("4500")).replace(u',', u'\t');
    const int autoEnc = int(TextEncoding::Auto);
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + korean.toUtf8() << autoEnc
                                    << int(TextEncoding::Utf8) << ",";
    QTest::newRow("UTF-8") << korean.toUtf8() << autoEnc << int(TextEncoding::Utf8) << ",";
    QTest::newRow("CP949 (Korean Excel)")
        << encoded(korean, "CP949") << autoEnc << int(TextEncoding::Cp949) << ",";
    QTest::newRow("EUC-KR named") << encoded(korean, "EUC-KR") << int(TextEncoding::Cp949)
                                  << int(TextEncoding::Cp949) << ",";
    QTest::newRow("CP949 tabs") << encoded(tabs, "CP949") << autoEnc << int(TextEncoding::Cp949)
                                << "\t";
    QTest::newRow("UTF-16 Unicode text (Excel)")
        << QByteArray("\xFF\xFE") + encoded(tabs, "UTF-16LE") << autoEnc << int(TextEncoding::Utf16)
        << "\t";
    QString semicolons = korean;
    semicolons.replace(QStringLiteral("\"4,500\""), QStringLiteral("4500")).replace(u',', u';');
    QTest::newRow("semicolons") << semicolons.toUtf8() << autoEnc << int(TextEncoding::Utf8) << ";";
}

void tst_CatalogImport::encodingsAndDelimiters()
{
    QFETCH(QByteArray, file);
    QFETCH(int, encoding);
    QFETCH(int, detected);
    QFETCH(QString, delimiter);
    TestShop shop;
    const auto imported = shop.shop->inventory.importCatalog(file, TextEncoding(encoding), false);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(int(imported->encoding), detected);
    QCOMPARE(QString(imported->delimiter), delimiter);
    QCOMPARE(imported->added, 2);
    const Product k1 = shop.shop->inventory.product(QStringLiteral("K1")).value();
    QCOMPARE(k1.productName, QStringLiteral("신라면 멀티팩"));
    QCOMPARE(k1.price, 4500);
    QCOMPARE(k1.barcode, QStringLiteral("8801043014809"));
    QCOMPARE(k1.lowStockThreshold, StockThreshold(3));
    QCOMPARE(k1.tax, TaxKind::Taxable);
    QCOMPARE(shop.stock(QStringLiteral("K1")).onHand, 20);
    const Product k2 = shop.shop->inventory.product(QStringLiteral("K2")).value();
    QCOMPARE(k2.productName, QStringLiteral("햇반 210g"));
    QCOMPARE(k2.tax, TaxKind::Exempt);
    QCOMPARE(k2.barcode, QString());
    QCOMPARE(k2.lowStockThreshold, StockThreshold());
}

void tst_CatalogImport::previewCountsAndBadLines()
{
    TestShop shop;
    shop.product(QStringLiteral("A1"), 1000, 10, QStringLiteral("Apple"));
    shop.product(QStringLiteral("B1"), 2000, 5, QStringLiteral("Banana"));
    ProductEdit code;
    code.barcode = QStringLiteral("111");
    QVERIFY(shop.shop->inventory.editProduct(QStringLiteral("B1"), code).ok());
    const QByteArray file = utf8("productId,productName,price,barcode,stock,tax\n"
                                 "A1,Apple,1000,,99,\n"         // 2 unchanged
                                 "B1,Banana,2500,,5,\n"         // 3 changed
                                 "C1,Cherry,300,222,7,exempt\n" // 4 new
                                 "D1,Date,abc,,,\n"             // 5 price
                                 "C1,Cherry again,1,,,\n"       // 6 duplicate id
                                 "E1,Elder,100,111,,\n"         // 7 barcode of B1
                                 "F1,Fig,100,222,,\n"           // 8 barcode on line 4
                                 "G1,Grape\n"                   // 9 missing cells
                                 "H1,,100,,,\n"                 // 10 no name
                                 "I1,Ice,100,,-3,\n"            // 11 negative stock
                                 "J1,Jam,100,,,zero-rated\n"    // 12 tax
                                 "K1,Kiwi,100,,,,surplus\n"     // 13 extra cell
                                 ",Nameless,100,,,\n"           // 14 no id
                                 "L1,Lime,100,,,\n");           // 15 new
    const qint64 events = shop.eventCount();
    const auto preview = shop.shop->inventory.previewImport(file, TextEncoding::Auto);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->lines, 15);
    QCOMPARE(preview->added, 2);
    QCOMPARE(preview->changed, 1);
    QCOMPARE(preview->unchanged, 1);
    QCOMPARE(preview->stockIgnored, 1); // A1: 99 in the file, 10 in the shop
    QCOMPARE(preview->startingStock, 7);
    QList<int> lines;
    QStringList reasons;
    for (const BadImportLine &bad : preview->bad) {
        lines << bad.line;
        reasons << bad.reason;
    }
    QCOMPARE(lines, (QList<int>{5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
    QStringList kinds;
    for (const BadImportLine &bad : preview->bad)
        kinds << bad.kind;
    QCOMPARE(kinds, (QStringList{"notANumber", "duplicateId", "barcodeTaken", "duplicateBarcode",
                                 "missingCells", "needsName", "negative", "badTax", "extraCells",
                                 "emptyId"}));
    QCOMPARE(preview->bad[0].args, (QStringList{"price", "abc"}));
    QCOMPARE(preview->bad[2].args, (QStringList{"111", "B1"}));
    QCOMPARE(preview->bad[4].args, (QStringList{"2", "6", "price, barcode, stock, tax"}));
    QCOMPARE(reasons[0], QStringLiteral("price 'abc' is not a whole number"));
    QCOMPARE(reasons[1], QStringLiteral("product id 'C1' is on line 4 already"));
    QCOMPARE(reasons[2], QStringLiteral("barcode '111' already belongs to product 'B1'"));
    QCOMPARE(reasons[3], QStringLiteral("barcode '222' is on line 4 already"));
    QVERIFY2(reasons[4].contains(QStringLiteral("price, barcode, stock, tax missing")),
             qPrintable(reasons[4]));
    QVERIFY2(reasons[5].contains(QStringLiteral("needs a name")), qPrintable(reasons[5]));
    QCOMPARE(reasons[6], QStringLiteral("stock -3 is negative"));
    QVERIFY2(reasons[7].contains(QStringLiteral("'zero-rated'")), qPrintable(reasons[7]));
    QVERIFY2(reasons[8].contains(QStringLiteral("7 cells where the header has 6")),
             qPrintable(reasons[8]));
    QCOMPARE(reasons[9], QStringLiteral("the product id is empty"));
    QCOMPARE(preview->bad[0].productId, QStringLiteral("D1"));
    QCOMPARE(shop.eventCount(), events);
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("B1"))->price, 2000);
}

void tst_CatalogImport::badLinesRefuseEverythingUnlessSkipped()
{
    TestShop shop;
    shop.product(QStringLiteral("A1"), 1000, 10, QStringLiteral("Apple"));
    const QByteArray file = utf8("productId,productName,price,stock\n"
                                 "A1,Apple,1200,99\n"
                                 "N1,New,500,4\n"
                                 "X1,Broken,12.5,\n");
    const qint64 events = shop.eventCount();
    const auto refused = shop.shop->inventory.importCatalog(file, TextEncoding::Auto, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("line 4: price '12.5' is not a whole number")),
             qPrintable(refused.error().message));
    QCOMPARE(refused.error().details.value(QStringLiteral("badLines")).toArray().size(), 1);
    // Nothing at all: not the good lines either.
    QCOMPARE(shop.eventCount(), events);
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("A1"))->price, 1000);
    QVERIFY(!shop.shop->inventory.product(QStringLiteral("N1")).ok());
    QVERIFY(shop.shop->work.store().isReadOnly() == false);
    // The store is usable after the refusal (its transaction was rolled back).
    QVERIFY(shop.shop->inventory.adjustStock(QStringLiteral("A1"), 1).ok());

    const auto skipped = shop.shop->inventory.importCatalog(file, TextEncoding::Auto, true);
    QVERIFY(skipped.ok());
    QCOMPARE(skipped->bad.size(), 1);
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("A1"))->price, 1200);
    QCOMPARE(shop.stock(QStringLiteral("A1")).onHand, 11); // the file's 99 is not a count
    QCOMPARE(shop.stock(QStringLiteral("N1")).onHand, 4);
    QVERIFY(!shop.shop->inventory.product(QStringLiteral("X1")).ok());
    EventQuery newest;
    newest.newestFirst = true;
    newest.limit = 3;
    QList<DomainEvent> last;
    QVERIFY(shop.store->visitEvents(newest, [&](const DomainEvent &e) { last.prepend(e); }).ok());
    QCOMPARE(typesOf(last), (QStringList{"ProductRegistered", "StockAdjusted", "ProductChanged"}));
    const auto changed = decodeAs<Events::ProductChanged>(last.last());
    QVERIFY(changed.ok());
    QCOMPARE(changed->changed.price, std::optional<Money>(1200));
    QCOMPARE(changed->previous.price, std::optional<Money>(1000));
    QVERIFY(shop.audit().ok());
}

void tst_CatalogImport::wholeFileRefusals_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("says");
    const int autoEnc = int(TextEncoding::Auto);
    QTest::newRow("empty") << QByteArray() << autoEnc << "the file is empty";
    QTest::newRow("blank lines") << QByteArray("\r\n \r\n,,\r\n") << autoEnc << "the file is empty";
    QTest::newRow("no id column") << utf8("name,price\nApple,1\n") << autoEnc
                                  << "has no product id column";
    QTest::newRow("a column twice") << utf8("productId,price,판매가\nA,1,2\n") << autoEnc
                                    << "the columns 'price' and '판매가' both name the price";
    QTest::newRow("not text") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\xfd", 13) << autoEnc
                              << "neither UTF-8 nor CP949";
    QTest::newRow("CP949 read as UTF-8")
        << encoded(QStringLiteral("상품코드,상품명\nA,사과\n"), "CP949") << int(TextEncoding::Utf8)
        << "the file is not utf-8 text";
}

void tst_CatalogImport::wholeFileRefusals()
{
    QFETCH(QByteArray, file);
    QFETCH(int, encoding);
    QFETCH(QString, says);
    TestShop shop;
    shop.product(QStringLiteral("A"), 1, 1);
    const qint64 events = shop.eventCount();
    const auto preview = shop.shop->inventory.previewImport(file, TextEncoding(encoding));
    QVERIFY(!preview.ok());
    QCOMPARE(preview.error().code, ErrorCode::InvalidInput);
    QVERIFY2(preview.error().message.contains(says), qPrintable(preview.error().message));
    const auto imported = shop.shop->inventory.importCatalog(file, TextEncoding(encoding), true);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().message, preview.error().message);
    QCOMPARE(shop.eventCount(), events);
}

void tst_CatalogImport::numbersAsSpreadsheetsShowThem()
{
    TestShop shop;
    const QByteArray file = QStringLiteral("id,name,price,threshold,stock\n"
                                           "N1,A,\"1,500\",\"1,000\",\"2,000\"\n"
                                           "N2,B,₩2500,,\n"
                                           "N3,C,3000원,,\n"
                                           "N4,D,1500.00,0,0\n"
                                           "N5,E,\" 700 \",,\n")
                                .toUtf8();
    const auto imported = shop.shop->inventory.importCatalog(file, TextEncoding::Auto, false);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("N1"))->price, 1500);
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("N1"))->lowStockThreshold,
             StockThreshold(1000));
    QCOMPARE(shop.stock(QStringLiteral("N1")).onHand, 2000);
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("N2"))->price, 2500);
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("N3"))->price, 3000);
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("N4"))->price, 1500);
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("N4"))->lowStockThreshold,
             StockThreshold(0));
    QCOMPARE(shop.shop->inventory.product(QStringLiteral("N5"))->price, 700);
    QCOMPARE(shop.stock(QStringLiteral("N4")).onHand, 0);
}

void tst_CatalogImport::quotedCellsAcrossLinesKeepLineNumbers()
{
    TestShop shop;
    const QByteArray file = utf8("productId,productName,price\r\n"
                                 "M1,\"Two\r\nlines\",100\r\n"   // lines 2-3: a control character
                                 "M2,\"Say \"\"hi\"\"\",200\r\n" // line 4
                                 "M3,Bad,x\r\n"                  // line 5
                                 "M4,\"never closed,300\r\n"     // line 6
                                 "M5,Lost,400\r\n");
    const auto preview = shop.shop->inventory.previewImport(file, TextEncoding::Auto);
    QVERIFY(preview.ok());
    QCOMPARE(preview->added, 1);
    QCOMPARE(preview->items.first().product.productName, QStringLiteral("Say \"hi\""));
    QCOMPARE(preview->items.first().line, 4);
    QCOMPARE(preview->bad.size(), 3);
    QCOMPARE(preview->bad[0].line, 2);
    QVERIFY2(preview->bad[0].reason.contains(QStringLiteral("control characters")),
             qPrintable(preview->bad[0].reason));
    QCOMPARE(preview->bad[1].line, 5);
    QCOMPARE(preview->bad[2].line, 6);
    QVERIFY(preview->bad[2].reason.contains(QStringLiteral("never closed")));
    QCOMPARE(preview->lines, 7);
}

void tst_CatalogImport::onlyAManagerImports()
{
    TestShop shop;
    shop.staff(QStringLiteral("Boss"), QStringLiteral("2468"),
               {{QStringLiteral("Kim"), QStringLiteral("1357")}});
    QVERIFY(shop.shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("1357")).ok());
    const QByteArray file = utf8("productId,productName,price\nA,Apple,1\n");
    const qint64 events = shop.eventCount();
    const auto preview = shop.shop->inventory.previewImport(file, TextEncoding::Auto);
    QVERIFY(!preview.ok());
    QCOMPARE(preview.error().code, ErrorCode::Forbidden);
    const auto imported = shop.shop->inventory.importCatalog(file, TextEncoding::Auto, false);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::Forbidden);
    QCOMPARE(shop.eventCount(), events);
    QVERIFY(shop.shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("2468")).ok());
    QVERIFY(shop.shop->inventory.importCatalog(file, TextEncoding::Auto, false).ok());
    QCOMPARE(allEvents(shop).last().actor, QStringLiteral("Boss"));
}

void tst_CatalogImport::progressAndOneReset()
{
    TestShop shop;
    QByteArray file("productId,productName,price,stock\n");
    const int products = 2500;
    for (int i = 0; i < products; ++i)
        file += QStringLiteral("P%1,Product %1,%2,1\n").arg(i).arg(100 + i).toUtf8();
    QSignalSpy resets(&shop.shop->bus, &EventBus::reset);
    QSignalSpy each(&shop.shop->bus, &EventBus::eventCommitted);
    QList<std::tuple<ImportStage, qint64, qint64>> seen;
    const auto imported = shop.shop->inventory.importCatalog(
        file, TextEncoding::Auto, false, [&](ImportStage stage, qint64 done, qint64 total) {
            seen.append({stage, done, total});
            return true;
        });
    QVERIFY(imported.ok());
    QCOMPARE(shop.shop->inventory.products().value().size(), products);
    QCOMPARE(shop.eventCount(), 2 * products);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(each.size(), 0);
    QVERIFY(seen.size() >= 6);
    QCOMPARE(seen.first(), std::make_tuple(ImportStage::Checking, qint64(0), qint64(products)));
    QCOMPARE(seen.last(),
             std::make_tuple(ImportStage::Writing, qint64(products), qint64(products)));
    for (int i = 1; i < seen.size(); ++i) {
        const bool forward = std::get<0>(seen[i]) > std::get<0>(seen[i - 1]) ||
                             std::get<1>(seen[i]) >= std::get<1>(seen[i - 1]);
        QVERIFY(forward);
    }
}

void tst_CatalogImport::searchFindsWhatWasImported()
{
    // The import keeps the completion index once for all its products: the new names are
    // found, a renamed product by its new name and no longer by its old one, and a product
    // added afterwards one by one is indexed by the triggers as before.
    TestShop shop;
    shop.product(QStringLiteral("OLD"), 100, 0, QStringLiteral("Walnut bread"));
    const QByteArray first = utf8("productId,productName,price\n"
                                  "OLD,Rye bread,100\n"
                                  "K1,신라면 멀티팩,4500\n"
                                  "K2,Sparkling water,900\n");
    QVERIFY(shop.shop->inventory.importCatalog(first, TextEncoding::Auto, false).ok());
    auto ids = [&](const QString &text) {
        QStringList found;
        for (const Product &p : shop.shop->inventory.completeProducts(text).value())
            found << p.productId;
        return found;
    };
    QCOMPARE(ids(QStringLiteral("rye")), QStringList{QStringLiteral("OLD")});
    QCOMPARE(ids(QStringLiteral("walnut")), QStringList());
    QCOMPARE(ids(QStringLiteral("멀티")), QStringList{QStringLiteral("K1")});
    QCOMPARE(ids(QStringLiteral("spark")), QStringList{QStringLiteral("K2")});
    shop.product(QStringLiteral("N1"), 100, 0, QStringLiteral("Sparkling juice"));
    QCOMPARE(ids(QStringLiteral("sparkling")),
             (QStringList{QStringLiteral("K2"), QStringLiteral("N1")}));
    ProductEdit edit;
    edit.productName = QStringLiteral("Still water");
    QVERIFY(shop.shop->inventory.editProduct(QStringLiteral("K2"), edit).ok());
    QCOMPARE(ids(QStringLiteral("sparkling")), QStringList{QStringLiteral("N1")});
    QCOMPARE(ids(QStringLiteral("still")), QStringList{QStringLiteral("K2")});
    QVERIFY(shop.audit().ok());
}

void tst_CatalogImport::cancelledWritesNothing()
{
    TestShop shop;
    QByteArray file("productId,productName,price,stock\n");
    for (int i = 0; i < 3000; ++i)
        file += QStringLiteral("P%1,Product %1,100,1\n").arg(i).toUtf8();
    for (const ImportStage stopAt : {ImportStage::Checking, ImportStage::Writing}) {
        const auto stopped = shop.shop->inventory.importCatalog(
            file, TextEncoding::Auto, false, [&](ImportStage stage, qint64 done, qint64) {
                return !(stage == stopAt && done >= 2000);
            });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::InvalidState);
        QCOMPARE(stopped.error().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(shop.eventCount(), 0);
        QCOMPARE(shop.shop->inventory.products().value().size(), 0);
    }
    QVERIFY(shop.shop->inventory.importCatalog(file, TextEncoding::Auto, false).ok());
    QCOMPARE(shop.shop->inventory.products().value().size(), 3000);
}

void tst_CatalogImport::aJobOnAnotherThreadAndConnection()
{
    // The window's import: a job run on a worker thread, on its own connection, as the user
    // acting when it was made; the window's connection then sees every product.
    TestShop shop;
    shop.staff(QStringLiteral("Boss"), QStringLiteral("2468"));
    QByteArray file("productId,productName,price,stock\n");
    for (int i = 0; i < 1500; ++i)
        file += QStringLiteral("P%1,Product %1,100,2\n").arg(i).toUtf8();
    const auto job = shop.shop->inventory.importJob(file, TextEncoding::Auto, false);
    QVERIFY(job.ok());
    std::atomic<int> calls = 0;
    Qt::HANDLE jobThread = nullptr;
    QString failure;
    int added = 0;
    std::thread worker([&] {
        jobThread = QThread::currentThreadId();
        const auto done = (*job)([&](ImportStage, qint64, qint64) {
            ++calls;
            return true;
        });
        if (done)
            added = done->added;
        else
            failure = done.error().message;
    });
    worker.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(added, 1500);
    QVERIFY(jobThread != QThread::currentThreadId());
    QVERIFY(calls > 2);
    QCOMPARE(shop.shop->inventory.products().value().size(), 1500);
    QCOMPARE(shop.stock(QStringLiteral("P1499")).onHand, 2);
    QCOMPARE(allEvents(shop).last().actor, QStringLiteral("Boss"));
    QVERIFY(shop.audit().ok());
    // A clerk gets no job at all.
    QVERIFY(
        shop.shop->users.addUser(QStringLiteral("Kim"), Role::Clerk, QStringLiteral("1357")).ok());
    QVERIFY(shop.shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("1357")).ok());
    const auto refused = shop.shop->inventory.importJob(file, TextEncoding::Auto, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
}

QTEST_GUILESS_MAIN(tst_CatalogImport)
#include "tst_catalogimport.moc"
