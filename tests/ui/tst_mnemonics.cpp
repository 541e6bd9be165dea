#include "canceldialog.h"
#include "firstrundialog.h"
#include "inventorytab.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "orderdetailsview.h"
#include "orderstab.h"
#include "paydialog.h"
#include "productdialog.h"
#include "returndialog.h"
#include "settingsdialog.h"
#include "stockadjustdialog.h"
#include "testshop.h"
#include "usersdialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

#include <map>
#include <memory>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

// Issue 10: Alt+H was both Help and the phone field. In every window, in English and in Korean,
// no two widgets shown at the same time may share a mnemonic letter: the menu bar's titles, the
// tab titles, the labels with a buddy, the buttons and the group boxes. The main window is
// checked once per tab page, since only one page is shown at a time; every dialog the window
// and its tabs open is opened the way they open it and checked in each of its states.
class tst_Mnemonics : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mnemonicOf_data();
    void mnemonicOf();
    void mainWindow_data() { languages(); }
    void mainWindow();
    void windowDialogs_data() { languages(); }
    void windowDialogs();
    void tabDialogs_data() { languages(); }
    void tabDialogs();
    void firstRun_data() { languages(); }
    void firstRun();

private:
    static void languages();
    void open(const QString &language);
    // The clashes among the visible widgets of root's window, each named with its letter and
    // both texts, under the window's name.
    static QStringList clashes(QWidget *root, const QString &name);
    template<typename Dialog> Dialog *shown(QWidget *parent, const QString &objectName = {});

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
    QString m_placed;
    QLocale m_locale;
};

namespace {

// The letter of a text's mnemonic, upper case, or a null QChar: the character after the first
// '&' that is not "&&". Korean texts write it as "주문(&O)", which gives O alike.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

struct Entry
{
    QString text;
    QString what;
};

QString describe(const QObject *object, const char *kind)
{
    return object->objectName().isEmpty()
               ? QString::fromLatin1(kind)
               : QStringLiteral("%1 %2").arg(QLatin1StringView(kind), object->objectName());
}

} // namespace

void tst_Mnemonics::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

void tst_Mnemonics::init()
{
    QSettings().clear();
    m_shop = std::make_unique<TestShop>();
    m_shop->product(QStringLiteral("P1"), 1'000, 50, QStringLiteral("사과"));
    m_shop->product(QStringLiteral("P2"), 2'500, 50, QStringLiteral("Pear"));
    auto placed =
        m_shop->shop->orders.placeOrder({QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                                         QStringLiteral("서울시 중구 1")},
                                        {{QStringLiteral("P1"), 2}});
    QVERIFY(placed.ok());
    m_placed = placed->order.orderId();
    auto paid = m_shop->shop->orders.placeOrder(
        {QStringLiteral("Alice Kim"), QStringLiteral("010-2222-3333"), QStringLiteral("부산시 1")},
        {{QStringLiteral("P2"), 1}});
    QVERIFY(paid.ok());
    QVERIFY(m_shop->shop->orders.payOrder(paid->order.orderId(), PaymentMethod::Card).ok());

    // A manager works, so that every action and dialog is open to the test.
    UserService &users = m_shop->shop->users;
    users.setIterations(1000);
    QVERIFY(users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(users.addUser(QStringLiteral("Kim"), Role::Clerk, QStringLiteral("5678")).ok());
    QVERIFY(users.addUser(QStringLiteral("Lee"), Role::Clerk, QStringLiteral("5678")).ok());
    QVERIFY(users.disableUser(QStringLiteral("Lee")).ok());
}

void tst_Mnemonics::cleanup()
{
    m_window.reset();
    m_shop.reset();
    for (auto *translator : {m_own.get(), m_qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_own.reset();
    m_qt.reset();
    QLocale::setDefault(m_locale);
}

// Installs the language's translators as Language::install does (ShopDesk's own embedded one and
// Qt's, for the standard buttons), then builds the window over the shop.
void tst_Mnemonics::open(const QString &language)
{
    const bool korean = language == QLatin1StringView("ko");
    const QLocale locale = korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                  : QLocale(QLocale::English, QLocale::UnitedStates);
    m_locale = QLocale();
    QLocale::setDefault(locale);
    m_own = std::make_unique<QTranslator>();
    QVERIFY(m_own->load(QStringLiteral(":/i18n/shopdesk_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(m_own.get()));
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());

    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The test must see the language it claims to check.
    const QString file = m_window->menuBar()->actions().value(0)->text();
    QCOMPARE(file, korean ? QStringLiteral("파일(&F)") : QStringLiteral("&File"));
}

QStringList tst_Mnemonics::clashes(QWidget *root, const QString &name)
{
    QApplication::processEvents();
    QWidget *window = root->window();
    std::map<QChar, QList<Entry>> byLetter;
    const auto add = [&](const QString &text, const QString &what) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            byLetter[letter].append({text, what});
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        // A dialog the window opened is a window of its own, checked on its own.
        if (widget->window() != window || !widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                add(label->text(), describe(label, "label"));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text(), describe(button, "button"));
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            add(box->title(), describe(box, "group box"));
        } else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i))
                    add(bar->tabText(i), describe(bar, "tab"));
            }
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : menuBar->actions()) {
                if (action->isVisible())
                    add(action->text(), QStringLiteral("menu"));
            }
        }
    }
    QStringList found;
    for (const auto &[letter, entries] : byLetter) {
        for (qsizetype i = 1; i < entries.size(); ++i) {
            found << QStringLiteral("%1: Alt+%2 is both \"%3\" (%4) and \"%5\" (%6)")
                         .arg(name, letter, entries.first().text, entries.first().what,
                              entries.at(i).text, entries.at(i).what);
        }
    }
    return found;
}

template<typename Dialog> Dialog *tst_Mnemonics::shown(QWidget *parent, const QString &objectName)
{
    Dialog *found = nullptr;
    const auto visible = [&] {
        for (Dialog *each : parent->findChildren<Dialog *>(objectName)) {
            if (each->isVisible())
                found = each;
        }
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visible, 5000)) {
        qWarning("no visible %s %s", Dialog::staticMetaObject.className(), qPrintable(objectName));
        return nullptr;
    }
    if (!QTest::qWaitForWindowExposed(found))
        return nullptr;
    return found;
}

void tst_Mnemonics::mnemonicOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("letter");
    QTest::newRow("English") << QStringLiteral("Pho&ne:") << QStringLiteral("N");
    QTest::newRow("first") << QStringLiteral("&help") << QStringLiteral("H");
    QTest::newRow("Korean") << QStringLiteral("도움말(&H)") << QStringLiteral("H");
    QTest::newRow("literal ampersand") << QStringLiteral("A && B &c") << QStringLiteral("C");
    QTest::newRow("none") << QStringLiteral("Total:") << QString();
    QTest::newRow("trailing") << QStringLiteral("Odd&") << QString();
}

void tst_Mnemonics::mnemonicOf()
{
    QFETCH(QString, text);
    QFETCH(QString, letter);
    const QChar found = mnemonic(text);
    QCOMPARE(found.isNull() ? QString() : QString(found), letter);
}

void tst_Mnemonics::mainWindow()
{
    QFETCH(QString, language);
    open(language);
    QVERIFY(!QTest::currentTestFailed());
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4);
    QStringList found;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QTRY_VERIFY(tabs->widget(page)->isVisible());
        found +=
            clashes(m_window.get(), QStringLiteral("main window, %1 tab").arg(tabs->tabText(page)));
    }
    QVERIFY2(found.isEmpty(), qPrintable(u'\n' + found.join(u'\n')));
}

void tst_Mnemonics::windowDialogs()
{
    QFETCH(QString, language);
    open(language);
    QVERIFY(!QTest::currentTestFailed());
    QStringList found;

    m_window->openSettings();
    auto *settings = shown<SettingsDialog>(m_window.get());
    QVERIFY(settings);
    found += clashes(settings, QStringLiteral("Settings"));
    settings->reject();

    m_window->switchUser();
    auto *login = shown<LoginDialog>(m_window.get());
    QVERIFY(login);
    found += clashes(login, QStringLiteral("Log in (switch user)"));
    login->reject();

    m_window->openUsers();
    auto *users = shown<UsersDialog>(m_window.get());
    QVERIFY(users);
    // Disable reads Enable for a disabled user; the acting manager's row disables it.
    for (const QString &user :
         {QStringLiteral("Boss"), QStringLiteral("Kim"), QStringLiteral("Lee")}) {
        users->selectUser(user);
        QCOMPARE(users->selectedName(), user);
        found += clashes(users, QStringLiteral("Users (%1 selected)").arg(user));
    }
    users->selectUser(QStringLiteral("Kim"));
    const QList<std::pair<QString, QString>> forms{
        {QStringLiteral("addUserButton"), QStringLiteral("addUserDialog")},
        {QStringLiteral("changeRoleButton"), QStringLiteral("changeRoleDialog")},
        {QStringLiteral("resetPinButton"), QStringLiteral("resetPinDialog")}};
    for (const auto &[buttonName, formName] : forms) {
        auto *button = users->findChild<QPushButton *>(buttonName);
        QVERIFY2(button && button->isEnabled(), qPrintable(buttonName));
        button->click();
        auto *form = shown<QDialog>(users, formName);
        QVERIFY2(form, qPrintable(formName));
        found += clashes(form, QStringLiteral("Users, %1").arg(form->windowTitle()));
        form->reject();
    }
    users->reject();
    QVERIFY2(found.isEmpty(), qPrintable(u'\n' + found.join(u'\n')));
}

void tst_Mnemonics::tabDialogs()
{
    QFETCH(QString, language);
    open(language);
    QVERIFY(!QTest::currentTestFailed());
    QStringList found;

    m_window->showTab(MainWindow::OrdersPage);
    auto *orders = m_window->findChild<OrdersTab *>();
    QVERIFY(orders);
    QVERIFY(orders->selectOrder(m_placed));
    QVERIFY(orders->paySelected());
    PayDialog *pay = orders->payDialog();
    QVERIFY(pay);
    QVERIFY(QTest::qWaitForWindowExposed(pay));
    found += clashes(pay, QStringLiteral("Pay (cash)"));
    auto *card = pay->findChild<QRadioButton *>(QStringLiteral("payCard"));
    QVERIFY(card);
    card->setChecked(true);
    found += clashes(pay, QStringLiteral("Pay (card)"));
    pay->reject();

    QVERIFY(orders->cancelSelected());
    CancelDialog *cancel = orders->cancelDialog();
    QVERIFY(cancel);
    QVERIFY(QTest::qWaitForWindowExposed(cancel));
    found += clashes(cancel, QStringLiteral("Cancel order"));
    cancel->reject();

    QVERIFY(orders->detailsView()->returnItems());
    ReturnDialog *returns = orders->detailsView()->returnDialog();
    QVERIFY(returns);
    QVERIFY(QTest::qWaitForWindowExposed(returns));
    found += clashes(returns, QStringLiteral("Return items"));
    returns->reject();

    m_window->showTab(MainWindow::InventoryPage);
    auto *inventory = m_window->findChild<InventoryTab *>();
    QVERIFY(inventory);
    inventory->newProduct();
    auto *product = qobject_cast<ProductDialog *>(inventory->openDialog());
    QVERIFY(product);
    QVERIFY(QTest::qWaitForWindowExposed(product));
    found += clashes(product, QStringLiteral("New product"));
    product->reject();

    QVERIFY(inventory->selectProduct(QStringLiteral("P1")));
    inventory->editProduct();
    product = qobject_cast<ProductDialog *>(inventory->openDialog());
    QVERIFY(product);
    QVERIFY(QTest::qWaitForWindowExposed(product));
    found += clashes(product, QStringLiteral("Edit product"));
    product->reject();

    using Kind = StockAdjustDialog::Kind;
    const QList<std::pair<Kind, QString>> kinds{{Kind::Receive, QStringLiteral("receive")},
                                                {Kind::Loss, QStringLiteral("loss")},
                                                {Kind::Count, QStringLiteral("stock-take")}};
    for (const auto &[kind, kindName] : kinds) {
        inventory->adjustStock(kind);
        auto *adjust = qobject_cast<StockAdjustDialog *>(inventory->openDialog());
        QVERIFY(adjust);
        QVERIFY(QTest::qWaitForWindowExposed(adjust));
        QCOMPARE(adjust->kind(), kind);
        found += clashes(adjust, QStringLiteral("Adjust stock (%1)").arg(kindName));
        adjust->reject();
    }
    QVERIFY2(found.isEmpty(), qPrintable(u'\n' + found.join(u'\n')));
}

void tst_Mnemonics::firstRun()
{
    QFETCH(QString, language);
    open(language);
    QVERIFY(!QTest::currentTestFailed());
    m_window.reset();
    QStringList found;
    // A new database names its terminal; one shopdesk-cli made only creates the manager.
    for (const bool editable : {true, false}) {
        FirstRunDialog dialog(QStringLiteral("T1"), editable,
                              [](const FirstRunAnswers &) -> Status { return {}; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        found += clashes(&dialog, editable ? QStringLiteral("First run (new database)")
                                           : QStringLiteral("First run (existing database)"));
    }
    QVERIFY2(found.isEmpty(), qPrintable(u'\n' + found.join(u'\n')));
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
