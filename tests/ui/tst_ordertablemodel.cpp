// The Orders tab's list over a real shop: what each cell shows, lazy pages, and rows that
// follow the services' events without a reload.
#include "displaytext.h"
#include "ordertablemodel.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_OrderTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsPlacedOrders();
    void loadsPageByPage();
    void paymentChangesRowInPlace();
    void newOrderInsertedAtTop();
    void statusFilter();
    void search_data();
    void search();
    void resetReloads();

private:
    static QString place(TestShop &t, const QString &name, qint64 qty = 1)
    {
        auto placed = t.shop->orders.placeOrder(
            {name, QStringLiteral("010-1234-5678"), QStringLiteral("서울시 종로구 1")},
            {{QStringLiteral("P1"), qty}});
        if (!placed)
            qFatal("cannot place an order: %s", qPrintable(placed.error().message));
        return placed->order.orderId();
    }
    static QString cell(const OrderTableModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }
};

void tst_OrderTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
}

void tst_OrderTableModel::showsPlacedOrders()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 12'000, 100, QStringLiteral("사과 1kg"));
    const QString first = place(t, QStringLiteral("김민수"), 2);
    const QString second = place(t, QStringLiteral("Lee"), 1);

    OrderTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.columnCount(), int(OrderTableModel::ColumnCount));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.canFetchMore({}));
    // Newest first.
    QCOMPARE(cell(model, 0, OrderTableModel::OrderIdColumn), second);
    QCOMPARE(cell(model, 1, OrderTableModel::OrderIdColumn), first);

    QCOMPARE(cell(model, 1, OrderTableModel::StatusColumn), QStringLiteral("Placed"));
    QCOMPARE(cell(model, 1, OrderTableModel::CustomerColumn), QStringLiteral("김민수"));
    QCOMPARE(cell(model, 1, OrderTableModel::PhoneColumn), QStringLiteral("010-1234-5678"));
    QCOMPARE(cell(model, 1, OrderTableModel::TotalColumn), QStringLiteral("₩24,000"));
    QCOMPARE(cell(model, 1, OrderTableModel::ItemsColumn), QStringLiteral("2"));
    QCOMPARE(cell(model, 1, OrderTableModel::PaymentColumn), QString());
    QCOMPARE(cell(model, 1, OrderTableModel::DeliveryColumn), QString());
    QCOMPARE(cell(model, 1, OrderTableModel::TerminalColumn), QStringLiteral("T1"));
    const QDateTime placedAt = t.order(first).order.placedAt();
    QVERIFY(placedAt.isValid());
    QCOMPARE(cell(model, 1, OrderTableModel::PlacedAtColumn),
             placedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    const QModelIndex total = model.index(1, OrderTableModel::TotalColumn);
    QCOMPARE(total.data(OrderTableModel::ValueRole).toLongLong(), 24'000);
    QCOMPARE(total.data(OrderTableModel::OrderIdRole).toString(), first);
    QCOMPARE(total.data(OrderTableModel::StatusRole).toString(), QStringLiteral("placed"));
    QVERIFY(total.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(!(model.index(1, OrderTableModel::CustomerColumn)
                  .data(Qt::TextAlignmentRole)
                  .value<Qt::Alignment>() &
              Qt::AlignRight));
    QVERIFY(model.index(1, OrderTableModel::CustomerColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("서울시 종로구 1")));

    QCOMPARE(model.headerData(OrderTableModel::TotalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Total"));
    QCOMPARE(model.headerData(OrderTableModel::OrderIdColumn, Qt::Horizontal).toString(),
             QStringLiteral("Order"));
}

void tst_OrderTableModel::loadsPageByPage()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 1'000);
    QStringList ids;
    for (int i = 0; i < 450; ++i)
        ids << place(t, QStringLiteral("Customer %1").arg(i));

    OrderTableModel model(t.shop->orders, t.shop->bus);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.isValid());
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(cell(model, 0, OrderTableModel::OrderIdColumn), ids.last());
    QCOMPARE(cell(model, 199, OrderTableModel::OrderIdColumn), ids.at(450 - 200));

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);
    QCOMPARE(inserted.at(0).at(2).toInt(), 399);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);

    QSet<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(cell(model, row, OrderTableModel::OrderIdColumn));
    QCOMPARE(shown.size(), 450);
    QCOMPARE(cell(model, 449, OrderTableModel::OrderIdColumn), ids.first());

    // A new order while pages are still unread neither duplicates nor skips a row.
    OrderTableModel partial(t.shop->orders, t.shop->bus);
    QCOMPARE(partial.rowCount(), 200);
    const QString newest = place(t, QStringLiteral("Late"));
    QCOMPARE(partial.rowCount(), 201);
    QCOMPARE(cell(partial, 0, OrderTableModel::OrderIdColumn), newest);
    while (partial.canFetchMore({}))
        partial.fetchMore({});
    QCOMPARE(partial.rowCount(), 451);
    shown.clear();
    for (int row = 0; row < partial.rowCount(); ++row)
        shown.insert(cell(partial, row, OrderTableModel::OrderIdColumn));
    QCOMPARE(shown.size(), 451);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_OrderTableModel::paymentChangesRowInPlace()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 5'000, 100);
    place(t, QStringLiteral("A"));
    const QString paid = place(t, QStringLiteral("B"), 3);
    place(t, QStringLiteral("C"));

    OrderTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(paid);
    QCOMPARE(row, 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(changed.isValid() && reset.isValid() && inserted.isValid() && removed.isValid());

    auto payment = t.shop->orders.payOrder(paid, PaymentMethod::Cash, 20'000);
    QVERIFY(payment.ok());

    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : changed) {
        QCOMPARE(args.at(0).toModelIndex().row(), row);
        QCOMPARE(args.at(1).toModelIndex().row(), row);
    }
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    // Paid, then delivery starts by policy.
    QCOMPARE(cell(model, row, OrderTableModel::StatusColumn), QStringLiteral("Delivering"));
    QCOMPARE(model.index(row, 0).data(OrderTableModel::StatusRole).toString(),
             QStringLiteral("delivering"));
    QCOMPARE(cell(model, row, OrderTableModel::PaymentColumn), QStringLiteral("Cash"));
    QCOMPARE(cell(model, row, OrderTableModel::DeliveryColumn), QStringLiteral("Started"));
    QCOMPARE(cell(model, 0, OrderTableModel::StatusColumn), QStringLiteral("Placed"));

    changed.clear();
    QVERIFY(t.shop->orders.cancelOrder(paid, QStringLiteral("changed mind")).ok());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(cell(model, row, OrderTableModel::StatusColumn), QStringLiteral("Cancelled"));
    QCOMPARE(cell(model, row, OrderTableModel::PaymentColumn), QStringLiteral("Cash (Refunded)"));
}

void tst_OrderTableModel::newOrderInsertedAtTop()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 5'000, 100);
    place(t, QStringLiteral("A"));
    place(t, QStringLiteral("B"));

    OrderTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(inserted.isValid() && reset.isValid());

    const QString added = place(t, QStringLiteral("박지영"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, OrderTableModel::OrderIdColumn), added);
    QCOMPARE(cell(model, 0, OrderTableModel::CustomerColumn), QStringLiteral("박지영"));

    // A refused order shows nothing.
    auto refused =
        t.shop->orders.placeOrder({QStringLiteral("X"), {}, {}}, {{QStringLiteral("P1"), 1'000}});
    QVERIFY(!refused.ok());
    QCOMPARE(model.rowCount(), 3);
}

void tst_OrderTableModel::statusFilter()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 5'000, 100);
    const QString a = place(t, QStringLiteral("A"));
    const QString b = place(t, QStringLiteral("B"));
    const QString c = place(t, QStringLiteral("C"));
    QVERIFY(t.shop->orders.payOrder(b, PaymentMethod::Card).ok());

    OrderTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());

    model.setStatusFilter(QStringLiteral("placed"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, OrderTableModel::OrderIdColumn), c);
    QCOMPARE(cell(model, 1, OrderTableModel::OrderIdColumn), a);

    // An order that leaves the filter leaves the list; one placed into it joins at the top.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(removed.isValid());
    QVERIFY(t.shop->orders.payOrder(c, PaymentMethod::Cash).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, OrderTableModel::OrderIdColumn), a);
    const QString d = place(t, QStringLiteral("D"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, OrderTableModel::OrderIdColumn), d);

    model.setStatusFilter(QStringLiteral("delivering"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, OrderTableModel::OrderIdColumn), c);
    QCOMPARE(cell(model, 1, OrderTableModel::OrderIdColumn), b);
    // An older order entering the filter goes where the list order puts it.
    QVERIFY(t.shop->orders.payOrder(a, PaymentMethod::Card).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 2, OrderTableModel::OrderIdColumn), a);
    // A new placed order is not delivering.
    place(t, QStringLiteral("E"));
    QCOMPARE(model.rowCount(), 3);

    model.setStatusFilter({});
    QCOMPARE(model.rowCount(), 5);
}

void tst_OrderTableModel::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("customers");
    QTest::newRow("name part, korean")
        << QStringLiteral("민수")
        << QStringList{QStringLiteral("이민수"), QStringLiteral("김민수")};
    QTest::newRow("whole name") << QStringLiteral("김민수")
                                << QStringList{QStringLiteral("김민수")};
    QTest::newRow("latin, case ignored")
        << QStringLiteral("PARK") << QStringList{QStringLiteral("Park")};
    QTest::newRow("order id prefix")
        << QStringLiteral("T1-000002") << QStringList{QStringLiteral("Park")};
    QTest::newRow("no match") << QStringLiteral("nobody") << QStringList{};
    QTest::newRow("empty shows all")
        << QString()
        << QStringList{QStringLiteral("이민수"), QStringLiteral("Park"), QStringLiteral("김민수")};
}

void tst_OrderTableModel::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, customers);

    TestShop t;
    t.product(QStringLiteral("P1"), 5'000, 100);
    QCOMPARE(place(t, QStringLiteral("김민수")), QStringLiteral("T1-000001"));
    place(t, QStringLiteral("Park"));
    place(t, QStringLiteral("이민수"));

    OrderTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("ignored first"));
    model.setSearch(search);
    QCOMPARE(model.search(), search);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << cell(model, row, OrderTableModel::CustomerColumn);
    QCOMPARE(shown, customers);

    // A new order joins a searched list only if the search finds it.
    const QString added = place(t, QStringLiteral("최민수"));
    const bool found = search.isEmpty() || search == QStringLiteral("민수");
    QCOMPARE(model.rowOf(added) == 0, found);
    QCOMPARE(model.rowCount(), int(customers.size()) + (found ? 1 : 0));
}

void tst_OrderTableModel::resetReloads()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 5'000, 100);
    place(t, QStringLiteral("A"));

    OrderTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    // Work committed without per-order signals (another connection, demo data, catch-up).
    t.shop->bus.blockSignals(true);
    place(t, QStringLiteral("B"));
    t.shop->bus.blockSignals(false);
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());
    t.shop->bus.publishReset();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, OrderTableModel::CustomerColumn), QStringLiteral("B"));
}

QTEST_MAIN(tst_OrderTableModel)
#include "tst_ordertablemodel.moc"
