#include "logindialog.h"
#include "mainwindow.h"
#include "orderstab.h"
#include "ordertablemodel.h"
#include "settingsdialog.h"
#include "terminalsettings.h"
#include "testshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>

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
    void anotherProcessesOrderAppearsWithinTwoSeconds();
    void columnWidthsAndGeometryAreRemembered();
    void rememberedSizeNeverExceedsTheScreen();
    void longCustomerNameNeverWidensTheWindow();
    void tabsAndMainActionsHaveIcons();
    void settingsFieldsLineUp();
    void settingsProblemGoesWhenItsFieldChanges();
    void settingsChangeCurrencyEverywhere();
    void settingsForReceipts();
    void clerkSeesShopSettingsReadOnly();
    void switchUserKeepsTheUserOnAWrongPin();

private:
    QString place(const QString &customer, const QString &productId, qint64 qty);
    QTableView *view(const QString &name) const;

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    QSettings().clear();
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

void tst_MainWindow::anotherProcessesOrderAppearsWithinTwoSeconds()
{
    QTableView *orders = view(QStringLiteral("ordersView"));
    const int before = orders->model()->rowCount();
    QElapsedTimer clock;
    clock.start();
    QProcess cli;
    cli.start(QStringLiteral(SHOPDESK_CLI),
              {QStringLiteral("--db"), m_shop->path(), QStringLiteral("order"),
               QStringLiteral("place"), QStringLiteral("--customer"),
               QStringLiteral("다른 창 손님"), QStringLiteral("--phone"),
               QStringLiteral("010-2222-3333"), QStringLiteral("--address"),
               QStringLiteral("부산시 1"), QStringLiteral("--item"), QStringLiteral("P1:1")});
    QVERIFY(cli.waitForFinished(10000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const qint64 committed = clock.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), before + 1, 2000);
    qInfo("another process's order shown %lld ms after its command ended",
          clock.elapsed() - committed);
    QCOMPARE(orders->model()->index(0, OrderTableModel::CustomerColumn).data().toString(),
             QStringLiteral("다른 창 손님"));
    auto *events = m_window->findChild<QLabel *>(QStringLiteral("eventsLabel"));
    QVERIFY(events->text().contains(QString::number(m_shop->eventCount())));
}

void tst_MainWindow::columnWidthsAndGeometryAreRemembered()
{
    // The first start fills the screen; a size the clerk chose (within the screen) is kept.
    QVERIFY(m_window->isMaximized());
    view(QStringLiteral("ordersView"))->setColumnWidth(OrderTableModel::CustomerColumn, 333);
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    const QSize least = m_window->minimumSizeHint();
    const QSize chosen(std::max(least.width(), screen.width() - 60),
                       std::max(least.height(), screen.height() - 60));
    QVERIFY(chosen.width() <= screen.width() && chosen.height() <= screen.height());
    m_window->setWindowState(Qt::WindowNoState);
    m_window->resize(chosen);
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->isMaximized());
    QCOMPARE(view(QStringLiteral("ordersView"))->columnWidth(OrderTableModel::CustomerColumn), 333);
    QCOMPARE(m_window->size(), chosen);
}

void tst_MainWindow::rememberedSizeNeverExceedsTheScreen()
{
    // A size remembered from a larger screen, or from a window a long text had widened.
    QWidget big;
    big.resize(2255, 1400);
    TerminalSettings().setWindowState(QStringLiteral("main/geometry"), big.saveGeometry());
    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(screen.contains(m_window->frameGeometry()) ||
                 m_window->size().boundedTo(screen.size()) == m_window->size(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(m_window->width())
                            .arg(m_window->height())
                            .arg(screen.width())
                            .arg(screen.height())));
    m_window->close();
    // ...and what is saved again fits too.
    QWidget restored;
    QVERIFY(
        restored.restoreGeometry(TerminalSettings().windowState(QStringLiteral("main/geometry"))));
    QVERIFY(restored.width() <= screen.width() && restored.height() <= screen.height());
}

void tst_MainWindow::longCustomerNameNeverWidensTheWindow()
{
    // The longest name a field takes, without a space to break at.
    const QString name = QString(Limits::MaxNameLength, QChar(u'가'));
    auto placed = m_shop->shop->orders.placeOrder(
        {name, QStringLiteral("010-1234-5678"), QString(Limits::MaxTextLength, QChar(u'W'))},
        {{QStringLiteral("P1"), 1}});
    QVERIFY(placed.ok());
    const QString orderId = placed->order.orderId();
    auto *orders = m_window->findChild<OrdersTab *>();
    QVERIFY(orders->selectOrder(orderId));
    auto *customer = m_window->findChild<QLabel *>(QStringLiteral("orderDetailsCustomer"));
    QVERIFY(customer->text().contains(name));
    QCOMPARE(customer->toolTip(), customer->text()); // the whole of it, where it is clipped
    // The same name typed at the counter, then a refusal that repeats it.
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("customerName"));
    field->setText(name + QStringLiteral("more"));
    QCOMPARE(field->text(), name); // the field says where the limit is: it takes no more
    QVERIFY(field->toolTip().contains(QString::number(Limits::MaxNameLength)));
    const int screenWidth = QGuiApplication::primaryScreen()->availableGeometry().width();
    m_window->showNormal();
    m_window->resize(screenWidth - 40, 500);
    QApplication::processEvents();
    QVERIFY2(m_window->minimumSizeHint().width() <= screenWidth,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QVERIFY2(m_window->width() <= screenWidth, qPrintable(QString::number(m_window->width())));
}

void tst_MainWindow::settingsChangeCurrencyEverywhere()
{
    QTableView *orders = view(QStringLiteral("ordersView"));
    const QModelIndex total = orders->model()->index(0, OrderTableModel::TotalColumn);
    QVERIFY(total.data().toString().contains(QStringLiteral("₩")));

    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("shopName"));
    name->clear();
    // Hangul arrives as an input method commits it.
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("행복마트"));
    QApplication::sendEvent(name, &typed);
    auto *currency = dialog->findChild<QComboBox *>(QStringLiteral("shopCurrency"));
    currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
    auto *lowStock = dialog->findChild<QSpinBox *>(QStringLiteral("shopLowStock"));
    lowStock->setValue(60);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

    const ShopDetails saved = m_shop->shop->slips.shopDetails().value();
    QCOMPARE(saved.name, QStringLiteral("행복마트"));
    QCOMPARE(saved.currency, QStringLiteral("USD"));
    QCOMPARE(saved.lowStockThreshold, qint64(60));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("행복마트")));
    // 1,000 in the smallest unit is $10.00 now, in the list as it is drawn again.
    const QString shown = orders->model()->index(0, OrderTableModel::TotalColumn).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("$")) && shown.contains(QStringLiteral(".00")),
             qPrintable(shown));

    // A refused change is shown and keeps the dialog open; nothing is saved.
    m_window->openSettings();
    dialog = m_window->findChild<SettingsDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("shopPhone"));
    phone->setText(QString(100, QLatin1Char('1')));
    QTest::keyClick(dialog, Qt::Key_Return);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("settingsMessage"));
    QVERIFY(dialog->isVisible());
    QVERIFY2(message->isVisible() && message->text().contains(QStringLiteral("phone")),
             qPrintable(message->text()));
    QCOMPARE(m_shop->shop->slips.shopDetails()->phone, QString());
    dialog->reject();
}

void tst_MainWindow::settingsForReceipts()
{
    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("shopBusinessNumber"));
    // A number whose check digit is wrong is refused, and nothing is saved.
    number->setText(QStringLiteral("123-45-67890"));
    dialog->findChild<QSpinBox *>(QStringLiteral("shopVatRate"))->setValue(0);
    QTest::keyClick(dialog, Qt::Key_Return);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("settingsMessage"));
    QVERIFY(dialog->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("business")), qPrintable(message->text()));
    QCOMPARE(m_shop->shop->slips.shopDetails()->businessNumber, QString());
    QCOMPARE(m_shop->shop->slips.shopDetails()->vatRate, 10);

    number->setText(QStringLiteral("123-45-67891"));
    auto *representative = dialog->findChild<QLineEdit *>(QStringLiteral("shopRepresentative"));
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("김행복"));
    QApplication::sendEvent(representative, &typed);
    dialog->findChild<QSpinBox *>(QStringLiteral("shopClerkDiscountLimit"))->setValue(20);
    auto *page = dialog->findChild<QComboBox *>(QStringLiteral("terminalReceiptPage"));
    page->setCurrentIndex(page->findData(QStringLiteral("a5")));
    dialog->findChild<QCheckBox *>(QStringLiteral("terminalAutoPrintReceipts"))->setChecked(true);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    const ShopDetails saved = m_shop->shop->slips.shopDetails().value();
    QCOMPARE(saved.businessNumber, QStringLiteral("1234567891"));
    QCOMPARE(saved.representative, QStringLiteral("김행복"));
    QCOMPARE(saved.vatRate, 0);
    QCOMPARE(saved.clerkDiscountLimit, 20);
    QCOMPARE(TerminalSettings().receiptPage(), QStringLiteral("a5"));
    QVERIFY(TerminalSettings().autoPrintReceipts());
}

void tst_MainWindow::clerkSeesShopSettingsReadOnly()
{
    m_shop->shop->users.setIterations(1000);
    QVERIFY(m_shop->shop->users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("1234"))
                .ok());
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(m_shop->shop->users.addUser(QStringLiteral("Kim"), Role::Clerk, QStringLiteral("5678"))
                .ok());
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *shopBox = dialog->findChild<QLineEdit *>(QStringLiteral("shopName"))->parentWidget();
    QVERIFY(!shopBox->isEnabled());
    // The terminal's own settings stay open to a clerk.
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("terminalLanguage"));
    QVERIFY(language->isEnabled());
    language->setCurrentIndex(language->findData(QStringLiteral("ko")));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
    QCOMPARE(m_shop->shop->slips.shopDetails()->name, QString());
}

void tst_MainWindow::switchUserKeepsTheUserOnAWrongPin()
{
    m_shop->shop->users.setIterations(1000);
    m_shop->shop->users.setFailureDelay(std::chrono::milliseconds(0));
    QVERIFY(m_shop->shop->users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("1234"))
                .ok());
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(m_shop->shop->users.addUser(QStringLiteral("Kim"), Role::Clerk, QStringLiteral("5678"))
                .ok());
    auto *user = m_window->findChild<QLabel *>(QStringLiteral("userLabel"));
    m_window->updateStatusBar();
    QVERIFY(user->text().contains(QStringLiteral("Boss")));

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = m_window->findChild<LoginDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QComboBox *>(QStringLiteral("loginName"));
    name->setCurrentIndex(name->findData(QStringLiteral("Kim")));
    auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("loginPin"));
    QTest::keyClicks(pin, QStringLiteral("0000"));
    QTest::keyClick(pin, Qt::Key_Return);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("loginMessage"));
    QVERIFY(dialog->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("Kim")));
    QCOMPARE(pin->text(), QString());
    QCOMPARE(m_shop->shop->work.actingUser()->name, QStringLiteral("Boss"));
    // Letters are not PIN digits: the field refuses them.
    QTest::keyClicks(pin, QStringLiteral("ab5678"));
    QCOMPARE(pin->text(), QStringLiteral("5678"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<LoginDialog *>());
    QCOMPARE(m_shop->shop->work.actingUser()->name, QStringLiteral("Kim"));
    QVERIFY2(user->text().contains(QStringLiteral("Kim")), qPrintable(user->text()));
    // The clerk's events carry the clerk.
    place(QStringLiteral("Clerk's customer"), QStringLiteral("P1"), 1);
    QCOMPARE(m_shop->shop->orders.events().value().last().actor, QStringLiteral("Kim"));
}

void tst_MainWindow::tabsAndMainActionsHaveIcons()
{
    // Drawn, not merely set: the SVG icon engine (libqt6svg6) must be there to paint them.
    auto drawn = [](const QIcon &icon) {
        const QImage image = icon.pixmap(24, 24).toImage();
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        return inked;
    };
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(drawn(tabs->tabIcon(i)) > 40, qPrintable(tabs->tabText(i)));
    for (const char *name : {"placeOrderButton", "payButton", "cancelOrderButton",
                             "completeDeliveryButton", "printSlipButton", "exportSlipButton"}) {
        auto *button = m_window->findChild<QAbstractButton *>(QLatin1StringView(name));
        QVERIFY2(button, name);
        QVERIFY2(drawn(button->icon()) > 40, name);
    }
}

void tst_MainWindow::settingsFieldsLineUp()
{
    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The shop on the left, this terminal and the hub on the right; in the right column the
    // fields of both groups line up.
    QList<int> lefts;
    for (const char *name : {"shopName", "terminalLanguage", "syncHubUrl"}) {
        auto *field = dialog->findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY2(field, name);
        lefts << field->mapTo(dialog, QPoint(0, 0)).x();
    }
    QVERIFY(lefts.at(1) > lefts.at(0));
    QCOMPARE(lefts.at(2), lefts.at(1));
    // It fits the smallest screen the window is made for (1280x800, less a panel).
    QVERIFY2(dialog->sizeHint().height() <= 740,
             qPrintable(QString::number(dialog->sizeHint().height())));
    QVERIFY2(dialog->sizeHint().width() <= 1280,
             qPrintable(QString::number(dialog->sizeHint().width())));
    dialog->reject();
}

void tst_MainWindow::settingsProblemGoesWhenItsFieldChanges()
{
    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *hub = dialog->findChild<QLineEdit *>(QStringLiteral("syncHubUrl"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("settingsMessage"));
    QVERIFY(hub && message);
    hub->setText(QStringLiteral("http://hub"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("ws://HOST:PORT")),
             qPrintable(message->text()));
    QTest::keyClick(hub, Qt::Key_Backspace);
    QVERIFY(!message->isVisible());
    dialog->reject();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
