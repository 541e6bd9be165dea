// The Deliveries tab's list over a real shop: started deliveries, latest first, following
// payments, completions and cancellations as they happen.
#include "deliverytablemodel.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_DeliveryTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsStartedDeliveries();
    void completionChangesRowInPlace();
    void paymentInsertsAtTop();
    void cancellation();
    void statusFilterAndSearch();
    void loadsPageByPage();
    void wholeOrderIdShowsThatDelivery();
    void statusInColourAsWellAsWords();

private:
    static QString place(TestShop &t, const QString &name,
                         const QString &address = QStringLiteral("부산시 해운대구 2"))
    {
        auto placed = t.shop->orders.placeOrder({name, QStringLiteral("010-9876-5432"), address},
                                                {{QStringLiteral("P1"), 1}});
        if (!placed)
            qFatal("cannot place an order: %s", qPrintable(placed.error().message));
        return placed->order.orderId();
    }
    static void pay(TestShop &t, const QString &orderId)
    {
        auto paid = t.shop->orders.payOrder(orderId, PaymentMethod::Card);
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message));
    }
    static QString cell(const DeliveryTableModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }
};

void tst_DeliveryTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
}

void tst_DeliveryTableModel::showsStartedDeliveries()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 3'000, 100);
    const QString first = place(t, QStringLiteral("김민수"), QStringLiteral("서울시 종로구 1"));
    place(t, QStringLiteral("Unpaid"));
    const QString second = place(t, QStringLiteral("Lee"));
    pay(t, first);
    pay(t, second);

    DeliveryTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(DeliveryTableModel::ColumnCount));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, DeliveryTableModel::OrderIdColumn), second);
    QCOMPARE(cell(model, 1, DeliveryTableModel::OrderIdColumn), first);

    const OrderDetails details = t.order(first);
    QVERIFY(details.delivery.has_value());
    QVERIFY(!details.delivery->deliveryId().isEmpty());
    QCOMPARE(cell(model, 1, DeliveryTableModel::DeliveryIdColumn), details.delivery->deliveryId());
    QCOMPARE(cell(model, 1, DeliveryTableModel::CustomerColumn), QStringLiteral("김민수"));
    QCOMPARE(cell(model, 1, DeliveryTableModel::AddressColumn), QStringLiteral("서울시 종로구 1"));
    QCOMPARE(cell(model, 1, DeliveryTableModel::StatusColumn), QStringLiteral("Started"));
    const QDateTime started = model.index(1, DeliveryTableModel::StartedAtColumn)
                                  .data(DeliveryTableModel::ValueRole)
                                  .toDateTime();
    QVERIFY(started.isValid());
    QCOMPARE(cell(model, 1, DeliveryTableModel::StartedAtColumn),
             started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(model.index(1, 0).data(DeliveryTableModel::StatusRole).toString(),
             QStringLiteral("started"));
    QCOMPARE(model.index(1, 0).data(DeliveryTableModel::OrderIdRole).toString(), first);
    QCOMPARE(model.headerData(DeliveryTableModel::AddressColumn, Qt::Horizontal).toString(),
             QStringLiteral("Address"));
}

void tst_DeliveryTableModel::completionChangesRowInPlace()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 3'000, 100);
    const QString a = place(t, QStringLiteral("A"));
    const QString b = place(t, QStringLiteral("B"));
    pay(t, a);
    pay(t, b);

    DeliveryTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(a);
    QCOMPARE(row, 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(changed.isValid() && reset.isValid() && inserted.isValid());

    QVERIFY(t.shop->orders.completeDelivery(a).ok());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex().row(), row);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(cell(model, row, DeliveryTableModel::StatusColumn), QStringLiteral("Completed"));
    QCOMPARE(cell(model, 0, DeliveryTableModel::StatusColumn), QStringLiteral("Started"));
}

void tst_DeliveryTableModel::paymentInsertsAtTop()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 3'000, 100);
    const QString a = place(t, QStringLiteral("A"));
    const QString b = place(t, QStringLiteral("B"));
    pay(t, b);

    DeliveryTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.isValid());

    // Placing an order starts no delivery.
    place(t, QStringLiteral("C"));
    QCOMPARE(inserted.size(), 0);

    // The older order's delivery starts later, so it comes first (a later millisecond: equal
    // times would fall back to the order id).
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    while (QDateTime::currentMSecsSinceEpoch() <= before + 1)
        QTest::qSleep(1);
    pay(t, a);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, DeliveryTableModel::OrderIdColumn), a);
}

void tst_DeliveryTableModel::cancellation()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 3'000, 100);
    const QString a = place(t, QStringLiteral("A"));
    pay(t, a);

    DeliveryTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(t.shop->orders.cancelOrder(a, QStringLiteral("wrong address")).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, DeliveryTableModel::StatusColumn), QStringLiteral("Cancelled"));
    QVERIFY(model.index(0, DeliveryTableModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Cancelled")));
}

void tst_DeliveryTableModel::statusFilterAndSearch()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 3'000, 100);
    const QString a = place(t, QStringLiteral("김민수"));
    const QString b = place(t, QStringLiteral("Park"));
    const QString c = place(t, QStringLiteral("이민수"));
    pay(t, a);
    pay(t, b);
    pay(t, c);
    QVERIFY(t.shop->orders.completeDelivery(b).ok());

    DeliveryTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatusFilter(QStringLiteral("completed"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, DeliveryTableModel::OrderIdColumn), b);

    // Completing another brings it into the filtered list, in the list's order.
    QVERIFY(t.shop->orders.completeDelivery(c).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, DeliveryTableModel::OrderIdColumn), c);

    model.setStatusFilter(QStringLiteral("started"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, DeliveryTableModel::OrderIdColumn), a);
    // Completing it takes it out of the started list.
    QVERIFY(t.shop->orders.completeDelivery(a).ok());
    QCOMPARE(model.rowCount(), 0);

    model.setStatusFilter({});
    model.setSearch(QStringLiteral("민수"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, DeliveryTableModel::CustomerColumn), QStringLiteral("이민수"));
    QCOMPARE(cell(model, 1, DeliveryTableModel::CustomerColumn), QStringLiteral("김민수"));
    model.setSearch(b);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, DeliveryTableModel::OrderIdColumn), b);
    model.setSearch({});
    QCOMPARE(model.rowCount(), 3);
}

void tst_DeliveryTableModel::loadsPageByPage()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 3'000, 100);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << place(t, QStringLiteral("C%1").arg(i));
        pay(t, ids.last());
    }

    DeliveryTableModel model(t.shop->orders, t.shop->bus);
    QCOMPARE(model.rowCount(), 5);
    model.setPageSize(2);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < 5; ++row)
        QCOMPARE(cell(model, row, DeliveryTableModel::OrderIdColumn), ids.at(4 - row));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_DeliveryTableModel::wholeOrderIdShowsThatDelivery()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 3'000, 100);
    const QString first = place(t, QStringLiteral("김민수"));
    // A name that holds the first order's id: a plain search would find both.
    const QString other = place(t, QStringLiteral("Ref %1").arg(first));
    const QString unpaid = place(t, QStringLiteral("Unpaid"));
    pay(t, first);
    pay(t, other);

    DeliveryTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(first);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, DeliveryTableModel::OrderIdColumn), first);
    QVERIFY(!model.canFetchMore({}));
    // It follows the bus like any row.
    QVERIFY(t.shop->orders.completeDelivery(first).ok());
    QCOMPARE(cell(model, 0, DeliveryTableModel::StatusColumn), QStringLiteral("Completed"));
    // The status filter still applies.
    model.setStatusFilter(QStringLiteral("started"));
    QCOMPARE(model.rowCount(), 0);
    model.setStatusFilter({});
    // An order without a delivery is not in this list, found by its id or not.
    model.setSearch(unpaid);
    QCOMPARE(model.rowCount(), 0);
    // Part of an id is an ordinary search.
    model.setSearch(first.left(first.size() - 1));
    QCOMPARE(model.rowCount(), 2);
}

void tst_DeliveryTableModel::statusInColourAsWellAsWords()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1'000, 100);
    auto paid = [&t] {
        auto placed =
            t.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 1}});
        if (!placed || !t.shop->orders.payOrder(placed->order.orderId(), PaymentMethod::Card))
            qFatal("cannot place and pay");
        return placed->order.orderId();
    };
    const QString started = paid();
    const QString completed = paid();
    const QString cancelled = paid();
    QVERIFY(t.shop->orders.completeDelivery(completed).ok());
    QVERIFY(t.shop->orders.cancelOrder(cancelled, QStringLiteral("changed mind")).ok());

    DeliveryTableModel model(t.shop->orders, t.shop->bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QHash<QString, QColor> colours;
    QHash<QString, QString> words;
    for (const QString &orderId : {started, completed, cancelled}) {
        const QModelIndex status =
            model.index(model.rowOf(orderId), DeliveryTableModel::StatusColumn);
        const QVariant foreground = status.data(Qt::ForegroundRole);
        QVERIFY2(foreground.isValid(), qPrintable(orderId));
        colours.insert(orderId, foreground.value<QBrush>().color());
        words.insert(orderId, status.data().toString());
        // Only the status is coloured.
        QVERIFY(!model.index(model.rowOf(orderId), DeliveryTableModel::CustomerColumn)
                     .data(Qt::ForegroundRole)
                     .isValid());
    }
    QCOMPARE(words.value(started), QStringLiteral("Started"));
    QCOMPARE(words.value(completed), QStringLiteral("Completed"));
    QCOMPARE(words.value(cancelled), QStringLiteral("Cancelled"));
    QVERIFY(colours.value(started) != colours.value(completed));
    QVERIFY(colours.value(completed) != colours.value(cancelled));
    QVERIFY(colours.value(started) != colours.value(cancelled));
    // The colour follows the status when it changes.
    QVERIFY(t.shop->orders.completeDelivery(started).ok());
    QCOMPARE(model.index(model.rowOf(started), DeliveryTableModel::StatusColumn)
                 .data(Qt::ForegroundRole)
                 .value<QBrush>()
                 .color(),
             colours.value(completed));
}

QTEST_MAIN(tst_DeliveryTableModel)
#include "tst_deliverytablemodel.moc"
