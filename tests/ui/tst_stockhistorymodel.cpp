// The stock history of one product under the Inventory tab's list: newest move first, read a
// page at a time, new moves appearing at the top without a reload.
#include "stockhistorymodel.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;
using Kind = StockMove::Kind;

class tst_StockHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsMovesNewestFirst();
    void followsNewMoves();
    void loadsPageByPage();
    void switchingProducts();
    void unknownProductFailsQuietly();

private:
    static QString cell(const StockHistoryModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }
};

void tst_StockHistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_StockHistoryModel::showsMovesNewestFirst()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 10);
    t.product(QStringLiteral("P2"), 1'000, 10);
    QVERIFY(
        t.shop->inventory.adjustStock(QStringLiteral("P1"), -2, QStringLiteral("dropped")).ok());
    auto placed =
        t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 3}});
    QVERIFY(placed.ok());
    QVERIFY(
        t.shop->inventory.countStock(QStringLiteral("P1"), 1'200, QStringLiteral("recount")).ok());

    StockHistoryModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setProductId(QStringLiteral("P1"));
    QCOMPARE(model.columnCount(), int(StockHistoryModel::ColumnCount));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.canFetchMore({}));

    QCOMPARE(cell(model, 0, StockHistoryModel::KindColumn),
             QStringLiteral("Stock-take (1,200 counted)"));
    QCOMPARE(cell(model, 0, StockHistoryModel::OnHandColumn), QStringLiteral("+1,192"));
    QCOMPARE(cell(model, 0, StockHistoryModel::ReservedColumn), QString());
    QCOMPARE(cell(model, 0, StockHistoryModel::ReasonColumn), QStringLiteral("recount"));
    QCOMPARE(cell(model, 0, StockHistoryModel::UserColumn), QStringLiteral("tester"));
    QCOMPARE(model.index(0, 0).data(StockHistoryModel::KindRole).toString(),
             QStringLiteral("count"));
    QCOMPARE(cell(model, 1, StockHistoryModel::KindColumn), QStringLiteral("Reserved by order"));
    QCOMPARE(cell(model, 1, StockHistoryModel::ReservedColumn), QStringLiteral("+3"));
    QCOMPARE(cell(model, 1, StockHistoryModel::OrderColumn), placed->order.orderId());
    QCOMPARE(cell(model, 2, StockHistoryModel::KindColumn), QStringLiteral("Loss"));
    QCOMPARE(cell(model, 2, StockHistoryModel::OnHandColumn), QStringLiteral("\u22122"));
    QCOMPARE(model.index(2, StockHistoryModel::OnHandColumn)
                 .data(StockHistoryModel::ValueRole)
                 .toLongLong(),
             -2);
    QCOMPARE(cell(model, 3, StockHistoryModel::KindColumn), QStringLiteral("Received"));
    QVERIFY(!cell(model, 3, StockHistoryModel::TimeColumn).isEmpty());
    QVERIFY(model.index(0, 0).data(StockHistoryModel::SeqRole).toLongLong() >
            model.index(1, 0).data(StockHistoryModel::SeqRole).toLongLong());
    QCOMPARE(model.headerData(StockHistoryModel::ReasonColumn, Qt::Horizontal).toString(),
             QStringLiteral("Reason"));
}

void tst_StockHistoryModel::followsNewMoves()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 10);
    t.product(QStringLiteral("P2"), 1'000, 10);
    StockHistoryModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProductId(QStringLiteral("P1"));
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(inserted.isValid() && reset.isValid());

    // An order on P1 and P2, paid: P1 gets a reservation and a decrease on top.
    auto placed = t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}},
                                            {{QStringLiteral("P1"), 2}, {QStringLiteral("P2"), 1}});
    QVERIFY(placed.ok());
    QVERIFY(t.shop->orders.payOrder(placed->order.orderId(), PaymentMethod::Card).ok());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(StockHistoryModel::KindRole).toString(),
             QStringLiteral("decreased"));
    QCOMPARE(cell(model, 0, StockHistoryModel::OnHandColumn), QStringLiteral("\u22122"));
    QCOMPARE(model.index(1, 0).data(StockHistoryModel::KindRole).toString(),
             QStringLiteral("reserved"));
    QCOMPARE(model.index(2, 0).data(StockHistoryModel::KindRole).toString(),
             QStringLiteral("receive"));
    for (const QList<QVariant> &args : inserted)
        QCOMPARE(args.at(1).toInt(), 0); // always at the top

    // Another product's moves and product edits do not touch it.
    const int before = int(inserted.size());
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P2"), 5).ok());
    ProductEdit edit;
    edit.price = 5;
    QVERIFY(t.shop->inventory.editProduct(QStringLiteral("P1"), edit).ok());
    QCOMPARE(inserted.size(), before);
    QCOMPARE(model.rowCount(), 3);
}

void tst_StockHistoryModel::loadsPageByPage()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 0);
    for (int i = 1; i <= 25; ++i)
        QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), i).ok());
    StockHistoryModel model(t.shop->inventory, t.shop->bus);
    model.setPageSize(10);
    model.setProductId(QStringLiteral("P1"));
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(cell(model, 0, StockHistoryModel::OnHandColumn), QStringLiteral("+25"));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(cell(model, 19, StockHistoryModel::OnHandColumn), QStringLiteral("+6"));
    // A new move while only part is loaded goes on top; the pages below stay in order.
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P1"), 26).ok());
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(cell(model, 0, StockHistoryModel::OnHandColumn), QStringLiteral("+26"));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 26);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, StockHistoryModel::OnHandColumn)
                     .data(StockHistoryModel::ValueRole)
                     .toLongLong(),
                 26 - row);
    // (The tester fetches pages itself, so it checks the model once all are read.)
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_StockHistoryModel::switchingProducts()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 10);
    t.product(QStringLiteral("P2"), 1'000, 0);
    StockHistoryModel model(t.shop->inventory, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProductId(QStringLiteral("P1"));
    QCOMPARE(model.rowCount(), 1);
    model.setProductId(QStringLiteral("P2"));
    QCOMPARE(model.productId(), QStringLiteral("P2"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(t.shop->inventory.adjustStock(QStringLiteral("P2"), 3, QStringLiteral("first")).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, StockHistoryModel::ReasonColumn), QStringLiteral("first"));
    model.setProductId({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_StockHistoryModel::unknownProductFailsQuietly()
{
    TestShop t;
    StockHistoryModel model(t.shop->inventory, t.shop->bus);
    QSignalSpy failed(&model, &StockHistoryModel::loadFailed);
    QVERIFY(failed.isValid());
    model.setProductId(QStringLiteral("NOPE"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(tst_StockHistoryModel)
#include "tst_stockhistorymodel.moc"
