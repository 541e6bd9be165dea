// The Inventory tab's list over a real shop: products with their stock, low and oversold
// rows marked, and rows that follow reservations and adjustments without a reload.
#include "stocktablemodel.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;
using Level = StockTableModel::StockLevel;

class tst_StockTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsProducts();
    void reservationChangesRowInPlace();
    void levels_data();
    void levels();
    void oversoldAfterWriteOff();
    void thresholdChange();
    void newProductInsertedInOrder();
    void search();
    void loadsPageByPage();
    void pricesWhenSearchAlsoMatchesBarcode();
    void productThresholdOverridesTheDefault();
    void editedProductChangesRowInPlace();
    void barcodeColumnAndPartOfABarcode();
    void statusWordsAndColours();

private:
    static QString cell(const StockTableModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }
    static Level level(const StockTableModel &model, int row)
    {
        return model.index(row, 0).data(StockTableModel::StockLevelRole).value<Level>();
    }
};

void tst_StockTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
}

void tst_StockTableModel::showsProducts()
{
    TestShop t;
    t.product(QStringLiteral("P2"), 990, 40, QStringLiteral("Milk 1L"));
    t.product(QStringLiteral("P1"), 1'500, 20, QStringLiteral("사과 1kg"));

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(StockTableModel::ColumnCount));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(cell(model, 0, StockTableModel::ProductIdColumn), QStringLiteral("P1"));
    QCOMPARE(cell(model, 0, StockTableModel::NameColumn), QStringLiteral("사과 1kg"));
    QCOMPARE(cell(model, 0, StockTableModel::PriceColumn), QStringLiteral("₩1,500"));
    QCOMPARE(cell(model, 0, StockTableModel::OnHandColumn), QStringLiteral("20"));
    QCOMPARE(cell(model, 0, StockTableModel::ReservedColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 0, StockTableModel::AvailableColumn), QStringLiteral("20"));
    QCOMPARE(cell(model, 1, StockTableModel::PriceColumn), QStringLiteral("₩990"));

    const QModelIndex price = model.index(0, StockTableModel::PriceColumn);
    QCOMPARE(price.data(StockTableModel::ValueRole).toLongLong(), 1'500);
    QCOMPARE(price.data(StockTableModel::ProductIdRole).toString(), QStringLiteral("P1"));
    QVERIFY(price.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(!(model.index(0, StockTableModel::NameColumn)
                  .data(Qt::TextAlignmentRole)
                  .value<Qt::Alignment>() &
              Qt::AlignRight));
    QCOMPARE(level(model, 0), Level::Normal);
    QVERIFY(!price.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.headerData(StockTableModel::AvailableColumn, Qt::Horizontal).toString(),
             QStringLiteral("Available"));
}

void tst_StockTableModel::reservationChangesRowInPlace()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 10);
    t.product(QStringLiteral("P2"), 1'000, 10);

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(changed.isValid() && reset.isValid() && inserted.isValid());

    auto placed =
        t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P2"), 3}});
    QVERIFY(placed.ok());
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : changed)
        QCOMPARE(args.at(0).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(cell(model, 1, StockTableModel::OnHandColumn), QStringLiteral("10"));
    QCOMPARE(cell(model, 1, StockTableModel::ReservedColumn), QStringLiteral("3"));
    QCOMPARE(cell(model, 1, StockTableModel::AvailableColumn), QStringLiteral("7"));

    // Paid: the delivery turns the reservation into a decrease.
    QVERIFY(t.shop->orders.payOrder(placed->order.orderId(), PaymentMethod::Card).ok());
    QCOMPARE(cell(model, 1, StockTableModel::OnHandColumn), QStringLiteral("7"));
    QCOMPARE(cell(model, 1, StockTableModel::ReservedColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 1, StockTableModel::AvailableColumn), QStringLiteral("7"));
    QCOMPARE(cell(model, 0, StockTableModel::OnHandColumn), QStringLiteral("10"));

    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), 1'234, QStringLiteral("delivery"))
                .ok());
    QCOMPARE(cell(model, 0, StockTableModel::OnHandColumn), QStringLiteral("1,244"));
    QCOMPARE(reset.size(), 0);
}

void tst_StockTableModel::levels_data()
{
    QTest::addColumn<qint64>("onHand");
    QTest::addColumn<qint64>("ordered");
    QTest::addColumn<Level>("expected");
    QTest::newRow("plenty") << qint64(20) << qint64(0) << Level::Normal;
    QTest::newRow("one above threshold") << qint64(6) << qint64(0) << Level::Normal;
    QTest::newRow("at threshold") << qint64(5) << qint64(0) << Level::Low;
    QTest::newRow("reserved down to low") << qint64(10) << qint64(7) << Level::Low;
    QTest::newRow("none") << qint64(0) << qint64(0) << Level::OutOfStock;
    QTest::newRow("all reserved") << qint64(4) << qint64(4) << Level::OutOfStock;
}

void tst_StockTableModel::levels()
{
    QFETCH(qint64, onHand);
    QFETCH(qint64, ordered);
    QFETCH(Level, expected);

    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, onHand);
    if (ordered > 0) {
        QVERIFY(t.shop->orders
                    .placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), ordered}})
                    .ok());
    }
    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.lowStockThreshold(), 5);
    QCOMPARE(level(model, 0), expected);
    const QVariant background =
        model.index(0, StockTableModel::AvailableColumn).data(Qt::BackgroundRole);
    QCOMPARE(background.isValid(), expected != Level::Normal);
    QCOMPARE(
        model.index(0, StockTableModel::AvailableColumn).data(Qt::ToolTipRole).toString().isEmpty(),
        expected == Level::Normal);
}

void tst_StockTableModel::oversoldAfterWriteOff()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 5);
    t.product(QStringLiteral("P2"), 1'000, 3);
    QVERIFY(t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 4}})
                .ok());

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(level(model, 0), Level::Low);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());

    // Breakage found on the shelf: on hand drops below what is already promised.
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), -5, QStringLiteral("broken")).ok());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell(model, 0, StockTableModel::AvailableColumn), QStringLiteral("-4"));
    QCOMPARE(level(model, 0), Level::Oversold);
    const QModelIndex oversold = model.index(0, StockTableModel::AvailableColumn);
    const QModelIndex low = model.index(1, StockTableModel::AvailableColumn);
    QCOMPARE(level(model, 1), Level::Low);
    QVERIFY(oversold.data(Qt::BackgroundRole).isValid());
    QVERIFY(low.data(Qt::BackgroundRole).isValid());
    QVERIFY(oversold.data(Qt::BackgroundRole).value<QBrush>() !=
            low.data(Qt::BackgroundRole).value<QBrush>());
    QVERIFY(oversold.data(Qt::ForegroundRole).value<QBrush>() !=
            low.data(Qt::ForegroundRole).value<QBrush>());
    QVERIFY(oversold.data(Qt::ToolTipRole).toString().contains(QStringLiteral("4")));
}

void tst_StockTableModel::thresholdChange()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 8);

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(level(model, 0), Level::Normal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    model.setLowStockThreshold(10);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(level(model, 0), Level::Low);
    model.setLowStockThreshold(10);
    QCOMPARE(changed.size(), 1);
    model.setLowStockThreshold(0);
    QCOMPARE(level(model, 0), Level::Normal);
}

void tst_StockTableModel::newProductInsertedInOrder()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 10);
    t.product(QStringLiteral("P3"), 1'000, 10);

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(inserted.isValid() && reset.isValid());

    t.product(QStringLiteral("P2"), 2'500, 7, QStringLiteral("배 2kg"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 1, StockTableModel::NameColumn), QStringLiteral("배 2kg"));
    QCOMPARE(cell(model, 1, StockTableModel::PriceColumn), QStringLiteral("₩2,500"));
    QCOMPARE(cell(model, 1, StockTableModel::OnHandColumn), QStringLiteral("7"));
}

void tst_StockTableModel::search()
{
    TestShop t;
    t.product(QStringLiteral("A-1"), 1'000, 10, QStringLiteral("사과 1kg"));
    t.product(QStringLiteral("A-2"), 1'000, 10, QStringLiteral("사과 3kg"));
    t.product(QStringLiteral("B-1"), 1'000, 10, QStringLiteral("Bread"));

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("사과"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 1, StockTableModel::NameColumn), QStringLiteral("사과 3kg"));
    // A new product joins only if the search finds it.
    t.product(QStringLiteral("C-1"), 1'000, 1, QStringLiteral("Milk"));
    QCOMPARE(model.rowCount(), 2);
    t.product(QStringLiteral("C-2"), 1'000, 1, QStringLiteral("풋사과"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 2, StockTableModel::ProductIdColumn), QStringLiteral("C-2"));

    model.setSearch(QStringLiteral("b-"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, StockTableModel::NameColumn), QStringLiteral("Bread"));
    model.setSearch(QStringLiteral("nothing"));
    QCOMPARE(model.rowCount(), 0);
    model.setSearch({});
    QCOMPARE(model.rowCount(), 5);
}

void tst_StockTableModel::loadsPageByPage()
{
    TestShop t;
    for (int i = 0; i < 5; ++i)
        t.product(QStringLiteral("P%1").arg(i), 100, 10);

    StockTableModel model(t.shop->inventory, t.shop->bus);
    model.setPageSize(2);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    // A product past the loaded rows waits for its page.
    t.product(QStringLiteral("P9"), 100, 10);
    QCOMPARE(model.rowCount(), 2);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 6);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.canFetchMore({}));
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << cell(model, row, StockTableModel::ProductIdColumn);
    QCOMPARE(ids, (QStringList{QStringLiteral("P0"), QStringLiteral("P1"), QStringLiteral("P2"),
                               QStringLiteral("P3"), QStringLiteral("P4"), QStringLiteral("P9")}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_StockTableModel::pricesWhenSearchAlsoMatchesBarcode()
{
    TestShop t;
    // Both lists find A-0 by its whole barcode, so the pages of stock and prices agree.
    QVERIFY(
        t.shop->inventory
            .registerProduct(QStringLiteral("A-0"), QStringLiteral("Other"), 9, QStringLiteral("X"))
            .ok());
    t.product(QStringLiteral("X1"), 100, 1);
    t.product(QStringLiteral("X2"), 200, 1);
    t.product(QStringLiteral("X3"), 300, 1);

    StockTableModel model(t.shop->inventory, t.shop->bus);
    model.setPageSize(2);
    model.setSearch(QStringLiteral("X"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, 0, StockTableModel::ProductIdColumn), QStringLiteral("A-0"));
    QCOMPARE(model.index(0, StockTableModel::PriceColumn).data(StockTableModel::ValueRole),
             QVariant::fromValue<qint64>(9));
    for (int row = 1; row < 4; ++row) {
        QCOMPARE(cell(model, row, StockTableModel::ProductIdColumn),
                 QStringLiteral("X%1").arg(row));
        QCOMPARE(model.index(row, StockTableModel::PriceColumn)
                     .data(StockTableModel::ValueRole)
                     .toLongLong(),
                 100 * row);
    }
}

void tst_StockTableModel::productThresholdOverridesTheDefault()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 8); // default threshold 5: normal
    QVERIFY(t.shop->inventory
                .registerProduct(QStringLiteral("P2"), QStringLiteral("Rice"), 1'000, {},
                                 StockThreshold(10))
                .ok());
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P2"), 8).ok());

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(level(model, 0), Level::Normal);
    QCOMPARE(level(model, 1), Level::Low);
    QCOMPARE(cell(model, 0, StockTableModel::ThresholdColumn), QStringLiteral("5 (default)"));
    QCOMPARE(cell(model, 1, StockTableModel::ThresholdColumn), QStringLiteral("10"));
    QVERIFY(!model.index(0, 0).data(StockTableModel::OwnThresholdRole).isValid());
    QCOMPARE(model.index(1, 0).data(StockTableModel::OwnThresholdRole).toLongLong(), 10);
    QCOMPARE(model.index(1, StockTableModel::ThresholdColumn)
                 .data(StockTableModel::ValueRole)
                 .toLongLong(),
             10);
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("10")));

    // A new shop default moves only the product without its own threshold.
    model.setLowStockThreshold(8);
    QCOMPARE(level(model, 0), Level::Low);
    QCOMPARE(cell(model, 0, StockTableModel::ThresholdColumn), QStringLiteral("8 (default)"));
    model.setLowStockThreshold(2);
    QCOMPARE(level(model, 0), Level::Normal);
    QCOMPARE(level(model, 1), Level::Low);
}

void tst_StockTableModel::editedProductChangesRowInPlace()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 4, QStringLiteral("Tea"));
    t.product(QStringLiteral("P2"), 1'000, 40, QStringLiteral("Rice"));

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(changed.isValid() && reset.isValid());
    QCOMPARE(level(model, 1), Level::Normal);

    ProductEdit edit;
    edit.productName = QStringLiteral("Brown rice");
    edit.price = 2'500;
    edit.barcode = QStringLiteral("880");
    edit.lowStockThreshold = StockThreshold(50);
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P2"), edit).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(cell(model, 1, StockTableModel::NameColumn), QStringLiteral("Brown rice"));
    QCOMPARE(cell(model, 1, StockTableModel::PriceColumn), QStringLiteral("₩2,500"));
    QCOMPARE(cell(model, 1, StockTableModel::ThresholdColumn), QStringLiteral("50"));
    QCOMPARE(model.index(1, 0).data(StockTableModel::BarcodeRole).toString(),
             QStringLiteral("880"));
    QCOMPARE(level(model, 1), Level::Low);
    QCOMPARE(cell(model, 0, StockTableModel::NameColumn), QStringLiteral("Tea"));
}

void tst_StockTableModel::barcodeColumnAndPartOfABarcode()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 10, QStringLiteral("Apples"));
    t.product(QStringLiteral("P2"), 1'000, 10, QStringLiteral("Pears"));
    t.product(QStringLiteral("P3"), 1'000, 10, QStringLiteral("Plums"));
    ProductEdit code;
    code.barcode = QStringLiteral("8801234567890");
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P1"), code).ok());
    code.barcode = QStringLiteral("8809876543210");
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P2"), code).ok());

    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(StockTableModel::BarcodeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Barcode"));
    QCOMPARE(cell(model, 0, StockTableModel::BarcodeColumn), QStringLiteral("8801234567890"));
    QCOMPARE(cell(model, 2, StockTableModel::BarcodeColumn), QString());
    // The last digits a clerk reads off a label; the middle of one; the whole of it.
    model.setSearch(QStringLiteral("67890"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, StockTableModel::ProductIdColumn), QStringLiteral("P1"));
    QCOMPARE(cell(model, 0, StockTableModel::PriceColumn), QStringLiteral("₩1,000"));
    model.setSearch(QStringLiteral("880"));
    QCOMPARE(model.rowCount(), 2);
    model.setSearch(QStringLiteral("8809876543210"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, StockTableModel::ProductIdColumn), QStringLiteral("P2"));
    // A product given a matching barcode while the search is on joins the list.
    model.setSearch(QStringLiteral("4321"));
    QCOMPARE(model.rowCount(), 1);
    code.barcode = QStringLiteral("4321000");
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P3"), code).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 1, StockTableModel::ProductIdColumn), QStringLiteral("P3"));
    QCOMPARE(cell(model, 1, StockTableModel::BarcodeColumn), QStringLiteral("4321000"));
}

void tst_StockTableModel::statusWordsAndColours()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 20); // normal
    t.product(QStringLiteral("P2"), 1'000, 3);  // low
    t.product(QStringLiteral("P3"), 1'000, 0);  // out of stock
    t.product(QStringLiteral("P4"), 1'000, 5);  // oversold below
    QVERIFY(t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P4"), 5}})
                .ok());
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P4"), -2, QStringLiteral("broken")).ok());
    StockTableModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(StockTableModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    const QList<Level> levels{Level::Normal, Level::Low, Level::OutOfStock, Level::Oversold};
    const QStringList words{QString(), QStringLiteral("Low stock"), QStringLiteral("Out of stock"),
                            QStringLiteral("Oversold")};
    QList<QColor> backgrounds;
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(level(model, row), levels.at(row));
        QCOMPARE(cell(model, row, StockTableModel::StatusColumn), words.at(row));
        backgrounds << model.index(row, StockTableModel::StatusColumn)
                           .data(Qt::BackgroundRole)
                           .value<QBrush>()
                           .color();
    }
    QVERIFY(!model.index(0, StockTableModel::StatusColumn).data(Qt::BackgroundRole).isValid());
    // Low, out of stock and oversold each in a colour of their own; oversold stays red.
    QVERIFY(backgrounds.at(1) != backgrounds.at(2));
    QVERIFY(backgrounds.at(2) != backgrounds.at(3));
    QVERIFY(backgrounds.at(1) != backgrounds.at(3));
    QCOMPARE(backgrounds.at(3), QColor(0xf8, 0xd0, 0xd0));
    QVERIFY(model.index(2, StockTableModel::AvailableColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Out of stock")));
    // Receiving stock takes the word away in place.
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P3"), 50, QStringLiteral("in")).ok());
    QCOMPARE(cell(model, 2, StockTableModel::StatusColumn), QString());
    QCOMPARE(level(model, 2), Level::Normal);
}

QTEST_MAIN(tst_StockTableModel)
#include "tst_stocktablemodel.moc"
