#include "mainwindow.h"
#include "testshop.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabsShowTheirRows();
    void statusBarCountsEventsAsTheyHappen();
    void searchFiltersOrdersAfterTyping();
    void ctrlNumberSwitchesTabs();

private:
    QString place(const QString &customer, const QString &productId, qint64 qty);
    QTableView *view(const QString &name) const;

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    m_shop = std::make_unique<TestShop>();
    m_shop->product(QStringLiteral("P1"), 1'000, 50, QStringLiteral("사과"));
    m_shop->product(QStringLiteral("P2"), 2'500, 50, QStringLiteral("Pear"));
    m_shop->product(QStringLiteral("P3"), 700, 0, QStringLiteral("귤"));
    place(QStringLiteral("김민수"), QStringLiteral("P1"), 2);
    const QString paid = place(QStringLiteral("Alice Kim"), QStringLiteral("P2"), 1);
    place(QStringLiteral("Bob Lee"), QStringLiteral("P1"), 3);
    QVERIFY(m_shop->shop->orders.payOrder(paid, PaymentMethod::Card).ok());

    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

QString tst_MainWindow::place(const QString &customer, const QString &productId, qint64 qty)
{
    auto placed = m_shop->shop->orders.placeOrder(
        {customer, QStringLiteral("010-1234-5678"), QStringLiteral("서울시 중구 1")},
        {{productId, qty}});
    if (!placed)
        qFatal("cannot place order: %s", qPrintable(placed.error().message));
    return placed->order.orderId();
}

QTableView *tst_MainWindow::view(const QString &name) const
{
    auto *found = m_window->findChild<QTableView *>(name);
    if (!found)
        qFatal("no view %s", qPrintable(name));
    return found;
}

void tst_MainWindow::tabsShowTheirRows()
{
    QTableView *orders = view(QStringLiteral("ordersView"));
    QTableView *stock = view(QStringLiteral("stockView"));
    QTableView *deliveries = view(QStringLiteral("deliveriesView"));
    QCOMPARE(orders->accessibleName(), QStringLiteral("Orders"));
    QCOMPARE(orders->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(stock->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(deliveries->selectionBehavior(), QAbstractItemView::SelectRows);

    QCOMPARE(orders->model()->rowCount(), 3);
    QStringList customers;
    for (int row = 0; row < 3; ++row)
        customers << orders->model()->index(row, 2).data().toString();
    QCOMPARE(customers, (QStringList{QStringLiteral("Bob Lee"), QStringLiteral("Alice Kim"),
                                     QStringLiteral("김민수")}));

    QCOMPARE(stock->model()->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << stock->model()->index(row, 1).data().toString();
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("Pear"), QStringLiteral("귤"), QStringLiteral("사과")}));

    // Only the paid order has a delivery.
    QCOMPARE(deliveries->model()->rowCount(), 1);
    QCOMPARE(deliveries->model()->index(0, 2).data().toString(), QStringLiteral("Alice Kim"));
}

void tst_MainWindow::statusBarCountsEventsAsTheyHappen()
{
    auto *events = m_window->findChild<QLabel *>(QStringLiteral("eventsLabel"));
    auto *database = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    auto *user = m_window->findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY(events && database && user);
    QVERIFY(database->text().contains(m_shop->path()));
    QVERIFY(user->text().contains(QStringLiteral("tester")));
    const qint64 before = m_shop->eventCount();
    QVERIFY(events->text().endsWith(QLocale().toString(before)));

    place(QStringLiteral("Carol"), QStringLiteral("P2"), 1);
    const qint64 after = m_shop->eventCount();
    QVERIFY(after > before);
    QVERIFY2(events->text().endsWith(QLocale().toString(after)), qPrintable(events->text()));
    QCOMPARE(view(QStringLiteral("ordersView"))->model()->rowCount(), 4);
}

void tst_MainWindow::searchFiltersOrdersAfterTyping()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("orderSearch"));
    QVERIFY(search);
    QCOMPARE(search->accessibleName(), QStringLiteral("Search orders"));
    QAbstractItemModel *orders = view(QStringLiteral("ordersView"))->model();
    QCOMPARE(orders->rowCount(), 3);

    QTest::keyClicks(search, QStringLiteral("Bob"));
    // Not yet: the search waits for a pause in typing.
    QCOMPARE(orders->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(orders->rowCount(), 1, 2000);
    QCOMPARE(orders->index(0, 2).data().toString(), QStringLiteral("Bob Lee"));

    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(orders->rowCount(), 3, 2000);
}

void tst_MainWindow::ctrlNumberSwitchesTabs()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
