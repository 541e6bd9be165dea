// The Users dialog as a manager drives it with the keyboard: the list (name, role, state,
// created), Add user with the PIN typed twice, Change role, Reset PIN, Disable and Enable;
// every refusal shown as the dialog's own words, the forms kept open to be corrected; the
// File menu's Users... only for a manager.

#include "displaytext.h"
#include "mainwindow.h"
#include "testshop.h"
#include "usersdialog.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_UsersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelShowsTheUsers();
    void tableShowsTheUsers();
    void managerAddsAUserWithKeys();
    void takenNameKeepsTheFormOpen();
    void lastManagerKeepsTheRole();
    void managerChangesARole();
    void disableAndEnable();
    void unlockALockedUser();
    void resetPinTypedTwice();
    void clerkCannotManage();
    void menuActionIsAManagers();
    void demotingOneselfUpdatesTheWindow();
    void changesElsewhereAppear();
    void mnemonicsAreUnique();
    void refusalsAreTheDialogsOwnWords_data();
    void refusalsAreTheDialogsOwnWords();

private:
    // The dialog, shown and active, as the manager Boss opens it.
    UsersDialog *openDialog();
    QPushButton *button(const QString &name) const
    {
        auto *found = m_dialog->findChild<QPushButton *>(name);
        if (!found)
            qFatal("no button %s", qPrintable(name));
        return found;
    }
    QString cell(int row, int column) const
    {
        return m_dialog->model()->index(row, column).data().toString();
    }
    // The form the last key opened, visible.
    QDialog *form(const QString &name) const
    {
        auto *found = m_dialog->findChild<QDialog *>(name);
        return found && found->isVisible() ? found : nullptr;
    }
    QString message(QWidget *parent, const QString &name) const
    {
        auto *label = parent->findChild<QLabel *>(name);
        return label && label->isVisible() ? label->text() : QString();
    }
    QStringList types() const
    {
        QStringList seen;
        for (const DomainEvent &e : m_shop->shop->orders.events().value())
            seen << e.type;
        return seen;
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
    UsersDialog *m_dialog = nullptr;
    QTemporaryDir m_settingsDir;
};

void tst_UsersDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void tst_UsersDialog::init()
{
    QSettings().clear();
    m_shop = std::make_unique<TestShop>();
    m_shop->staff(QStringLiteral("Boss"), QStringLiteral("1234"),
                  {{QStringLiteral("Kim"), QStringLiteral("5678")}});
    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_UsersDialog::cleanup()
{
    m_dialog = nullptr;
    m_window.reset();
    m_shop.reset();
}

UsersDialog *tst_UsersDialog::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("usersAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    m_dialog = m_window->findChild<UsersDialog *>();
    if (!m_dialog || !QTest::qWaitForWindowExposed(m_dialog))
        return nullptr;
    // Mnemonics work in the active window.
    m_dialog->activateWindow();
    if (!QTest::qWaitFor([this] { return m_dialog->isActiveWindow(); }, 5000))
        return nullptr;
    return m_dialog;
}

void tst_UsersDialog::modelShowsTheUsers()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
    QList<User> users = m_shop->shop->users.users().value();
    users[1].disabled = true;
    model.setUsers(users);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, UserTableModel::NameColumn).data().toString(), QStringLiteral("Boss"));
    QCOMPARE(model.index(0, UserTableModel::RoleColumn).data().toString(),
             QStringLiteral("Manager"));
    QCOMPARE(model.index(0, UserTableModel::StateColumn).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(model.index(0, UserTableModel::CreatedColumn).data().toString(),
             DisplayText::dateTime(users[0].createdAt));
    QVERIFY(!model.index(0, UserTableModel::CreatedColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, UserTableModel::RoleColumn).data().toString(), QStringLiteral("Clerk"));
    QCOMPARE(model.index(1, UserTableModel::StateColumn).data().toString(),
             QStringLiteral("Disabled"));
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, UserTableModel::StateColumn).data(UserTableModel::NameRole).toString(),
             QStringLiteral("Kim"));
    QCOMPARE(model.rowOf(QStringLiteral("kim")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("Nobody")), -1);
    QCOMPARE(model.headerData(UserTableModel::StateColumn, Qt::Horizontal).toString(),
             QStringLiteral("State"));
    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_UsersDialog::tableShowsTheUsers()
{
    QVERIFY(openDialog());
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("usersView"));
    QVERIFY(view);
    QCOMPARE(view->model(), m_dialog->model());
    QAbstractItemModelTester tester(m_dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    QCOMPARE(cell(0, UserTableModel::NameColumn), QStringLiteral("Boss"));
    QCOMPARE(cell(0, UserTableModel::RoleColumn), QStringLiteral("Manager"));
    QCOMPARE(cell(1, UserTableModel::NameColumn), QStringLiteral("Kim"));
    QCOMPARE(cell(1, UserTableModel::RoleColumn), QStringLiteral("Clerk"));
    QCOMPARE(cell(1, UserTableModel::StateColumn), QStringLiteral("Active"));
    // The first user is selected, and the list has the focus for the arrow keys.
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Boss"));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Kim"));
}

void tst_UsersDialog::managerAddsAUserWithKeys()
{
    QVERIFY(openDialog());
    QTest::keyClick(m_dialog, Qt::Key_A, Qt::AltModifier);
    QDialog *add = nullptr;
    // A mnemonic clicks its button after a short animation.
    QTRY_VERIFY((add = form(QStringLiteral("addUserDialog"))));
    QVERIFY(QTest::qWaitForWindowActive(add));
    auto *name = add->findChild<QLineEdit *>(QStringLiteral("userFormName"));
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lee"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the role: clerk
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("userFormRole"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("24a68"));
    auto *pin = add->findChild<QLineEdit *>(QStringLiteral("userFormPin"));
    QCOMPARE(pin->text(), QStringLiteral("2468")); // digits only
    QCOMPARE(pin->echoMode(), QLineEdit::Password);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2469"));
    const QStringList before = types();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // Typed differently: nothing added, asked again.
    QVERIFY(form(QStringLiteral("addUserDialog")));
    QVERIFY2(message(add, QStringLiteral("userFormMessage")).contains(QStringLiteral("differ")),
             qPrintable(message(add, QStringLiteral("userFormMessage"))));
    auto *again = add->findChild<QLineEdit *>(QStringLiteral("userFormPinAgain"));
    QCOMPARE(again->text(), QString());
    QCOMPARE(QApplication::focusWidget(), again);
    QCOMPARE(types(), before);
    QTest::keyClicks(again, QStringLiteral("2468"));
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY(!form(QStringLiteral("addUserDialog")));

    QCOMPARE(m_dialog->model()->rowCount(), 3);
    QCOMPARE(cell(2, UserTableModel::NameColumn), QStringLiteral("Lee"));
    QCOMPARE(cell(2, UserTableModel::RoleColumn), QStringLiteral("Clerk"));
    QCOMPARE(cell(2, UserTableModel::StateColumn), QStringLiteral("Active"));
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Lee"));
    QCOMPARE(message(m_dialog, QStringLiteral("usersDone")),
             QStringLiteral("Lee was added as a clerk."));
    QCOMPARE(types().mid(before.size()), QStringList{"UserCreated"});
    QCOMPARE(m_shop->shop->orders.events().value().last().actor, QStringLiteral("Boss"));
    QVERIFY(m_shop->shop->users.authenticate(QStringLiteral("Lee"), QStringLiteral("2468")).ok());
}

void tst_UsersDialog::takenNameKeepsTheFormOpen()
{
    QVERIFY(openDialog());
    QTest::keyClick(m_dialog, Qt::Key_A, Qt::AltModifier);
    QDialog *add = nullptr;
    // A mnemonic clicks its button after a short animation.
    QTRY_VERIFY((add = form(QStringLiteral("addUserDialog"))));
    auto *name = add->findChild<QLineEdit *>(QStringLiteral("userFormName"));
    auto *role = add->findChild<QComboBox *>(QStringLiteral("userFormRole"));
    QTest::keyClicks(name, QStringLiteral("kim"));
    QTest::keyClick(role, Qt::Key_Down);
    QCOMPARE(role->currentText(), QStringLiteral("Manager"));
    for (const char *field : {"userFormPin", "userFormPinAgain"})
        QTest::keyClicks(add->findChild<QLineEdit *>(QLatin1StringView(field)),
                         QStringLiteral("1111"));
    const qint64 events = m_shop->eventCount();
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(form(QStringLiteral("addUserDialog")));
    QCOMPARE(message(add, QStringLiteral("userFormMessage")),
             QStringLiteral("A user named Kim already exists. Choose another name."));
    QCOMPARE(QApplication::focusWidget(), name);
    QCOMPARE(m_shop->eventCount(), events);
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    // An empty name is asked for before anything runs.
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(message(add, QStringLiteral("userFormMessage")),
             QStringLiteral("Type the user's name."));
    QTest::keyClick(add, Qt::Key_Escape);
    QTRY_VERIFY(!form(QStringLiteral("addUserDialog")));
    QCOMPARE(m_shop->eventCount(), events);
}

void tst_UsersDialog::lastManagerKeepsTheRole()
{
    QVERIFY(openDialog());
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Boss"));
    QTest::keyClick(m_dialog, Qt::Key_R, Qt::AltModifier);
    QDialog *change = nullptr;
    // A mnemonic clicks its button after a short animation.
    QTRY_VERIFY((change = form(QStringLiteral("changeRoleDialog"))));
    auto *role = change->findChild<QComboBox *>(QStringLiteral("userFormRole"));
    QCOMPARE(role->currentText(), QStringLiteral("Manager"));
    QCOMPARE(QApplication::focusWidget(), role);
    QTest::keyClick(role, Qt::Key_Up);
    QCOMPARE(role->currentText(), QStringLiteral("Clerk"));
    const qint64 events = m_shop->eventCount();
    QTest::keyClick(role, Qt::Key_Return);
    QVERIFY(form(QStringLiteral("changeRoleDialog")));
    QCOMPARE(message(change, QStringLiteral("userFormMessage")),
             QStringLiteral("Boss is the shop's last enabled manager. Make another user a "
                            "manager first."));
    QCOMPARE(m_shop->eventCount(), events);
    QCOMPARE(cell(0, UserTableModel::RoleColumn), QStringLiteral("Manager"));
    QCOMPARE(m_shop->shop->work.actingUser()->role, Role::Manager);
}

void tst_UsersDialog::managerChangesARole()
{
    QVERIFY(openDialog());
    m_dialog->selectUser(QStringLiteral("Kim"));
    QTest::keyClick(m_dialog, Qt::Key_R, Qt::AltModifier);
    QDialog *change = nullptr;
    // A mnemonic clicks its button after a short animation.
    QTRY_VERIFY((change = form(QStringLiteral("changeRoleDialog"))));
    QVERIFY(change->windowTitle().contains(QStringLiteral("Kim")));
    auto *role = change->findChild<QComboBox *>(QStringLiteral("userFormRole"));
    QCOMPARE(role->currentText(), QStringLiteral("Clerk"));
    QTest::keyClick(role, Qt::Key_Down);
    QTest::keyClick(role, Qt::Key_Return);
    QTRY_VERIFY(!form(QStringLiteral("changeRoleDialog")));
    QCOMPARE(cell(1, UserTableModel::RoleColumn), QStringLiteral("Manager"));
    QCOMPARE(message(m_dialog, QStringLiteral("usersDone")),
             QStringLiteral("Kim is a manager now."));
    const DomainEvent last = m_shop->shop->orders.events().value().last();
    QCOMPARE(last.type, QString(EventType::UserRoleChanged));
    QCOMPARE(last.payload.value(QStringLiteral("name")).toString(), QStringLiteral("Kim"));
    QCOMPARE(last.payload.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(m_shop->store->findUser(QStringLiteral("Kim"))->value().role, Role::Manager);
}

void tst_UsersDialog::disableAndEnable()
{
    QVERIFY(openDialog());
    QPushButton *toggle = button(QStringLiteral("disableUserButton"));
    // Boss is the one logged in: not to be disabled from here.
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Boss"));
    QVERIFY(!toggle->isEnabled());
    QVERIFY(toggle->toolTip().contains(QStringLiteral("yourself")));

    m_dialog->selectUser(QStringLiteral("Kim"));
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
    QTest::keyClick(m_dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(cell(1, UserTableModel::StateColumn), QStringLiteral("Disabled"));
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Kim"));
    QCOMPARE(toggle->text(), QStringLiteral("&Enable"));
    QCOMPARE(message(m_dialog, QStringLiteral("usersDone")),
             QStringLiteral("Kim is disabled: no login until a manager enables the user again."));
    QCOMPARE(types().last(), QStringLiteral("UserDisabled"));
    QCOMPARE(m_shop->shop->users.loginChoices()->size(), 1);
    QVERIFY(!m_shop->shop->users.authenticate(QStringLiteral("Kim"), QStringLiteral("5678")));

    QTest::keyClick(m_dialog, Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(cell(1, UserTableModel::StateColumn), QStringLiteral("Active"));
    QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
    QCOMPARE(types().last(), QStringLiteral("UserEnabled"));
    QCOMPARE(m_shop->shop->users.loginChoices()->size(), 2);
    QVERIFY(m_shop->shop->users.authenticate(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
}

void tst_UsersDialog::unlockALockedUser()
{
    for (int i = 0; i < UserRules::MaxFailedLogins; ++i)
        QVERIFY(!m_shop->shop->users.authenticate(QStringLiteral("Kim"), QStringLiteral("0000")));
    QVERIFY(openDialog());
    QPushButton *unlock = button(QStringLiteral("unlockUserButton"));
    QVERIFY(!unlock->isEnabled()); // Boss has no failed logins
    m_dialog->selectUser(QStringLiteral("Kim"));
    QVERIFY(cell(1, UserTableModel::StateColumn).startsWith(QStringLiteral("Locked until ")));
    QVERIFY(unlock->isEnabled());
    QTest::keyClick(m_dialog, Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(cell(1, UserTableModel::StateColumn), QStringLiteral("Active"));
    QCOMPARE(message(m_dialog, QStringLiteral("usersDone")),
             QStringLiteral("Kim is unlocked and can log in again."));
    QCOMPARE(types().last(), QStringLiteral("UserUnlocked"));
    QVERIFY(!unlock->isEnabled());
    QVERIFY(m_shop->shop->users.authenticate(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
}

void tst_UsersDialog::resetPinTypedTwice()
{
    QVERIFY(openDialog());
    m_dialog->selectUser(QStringLiteral("Kim"));
    QTest::keyClick(m_dialog, Qt::Key_P, Qt::AltModifier);
    QDialog *reset = nullptr;
    // A mnemonic clicks its button after a short animation.
    QTRY_VERIFY((reset = form(QStringLiteral("resetPinDialog"))));
    auto *pin = reset->findChild<QLineEdit *>(QStringLiteral("userFormPin"));
    auto *again = reset->findChild<QLineEdit *>(QStringLiteral("userFormPinAgain"));
    QVERIFY(!reset->findChild<QLineEdit *>(QStringLiteral("userFormName")));
    QCOMPARE(QApplication::focusWidget(), pin);
    QTest::keyClicks(pin, QStringLiteral("12"));
    QTest::keyClicks(again, QStringLiteral("12"));
    const qint64 events = m_shop->eventCount();
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(message(reset, QStringLiteral("userFormMessage")),
             QStringLiteral("A PIN is 4 to 20 digits."));
    QCOMPARE(m_shop->eventCount(), events);
    // The field is selected: typing replaces it.
    QTest::keyClicks(pin, QStringLiteral("1357"));
    QCOMPARE(pin->text(), QStringLiteral("1357"));
    again->clear();
    QTest::keyClicks(again, QStringLiteral("1357"));
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY(!form(QStringLiteral("resetPinDialog")));
    QCOMPARE(message(m_dialog, QStringLiteral("usersDone")),
             QStringLiteral("The PIN of Kim was changed. The old PIN no longer works."));
    QCOMPARE(types().last(), QStringLiteral("UserPinChanged"));
    QVERIFY(!m_shop->shop->users.authenticate(QStringLiteral("Kim"), QStringLiteral("5678")));
    QVERIFY(m_shop->shop->users.authenticate(QStringLiteral("Kim"), QStringLiteral("1357")).ok());
}

void tst_UsersDialog::clerkCannotManage()
{
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    UsersDialog dialog(*m_shop->shop);
    m_dialog = &dialog;
    dialog.show();
    // A clerk reads the list but every button is off, saying why.
    QCOMPARE(dialog.model()->rowCount(), 2);
    dialog.selectUser(QStringLiteral("Boss"));
    for (const char *name :
         {"addUserButton", "changeRoleButton", "resetPinButton", "disableUserButton"}) {
        QPushButton *each = button(QLatin1StringView(name));
        QVERIFY2(!each->isEnabled(), name);
        QVERIFY2(each->toolTip().contains(QStringLiteral("Only a manager")), name);
    }
}

void tst_UsersDialog::menuActionIsAManagers()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("usersAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Users..."));
    QVERIFY(action->isEnabled());
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    emit m_window->userChanged();
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("Only a manager")));
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    emit m_window->userChanged();
    QVERIFY(action->isEnabled());
    QVERIFY(openDialog());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->isModal() || m_dialog->windowModality() != Qt::NonModal);
}

void tst_UsersDialog::demotingOneselfUpdatesTheWindow()
{
    QVERIFY(
        m_shop->shop->users.addUser(QStringLiteral("Park"), Role::Manager, QStringLiteral("1111"))
            .ok());
    QVERIFY(openDialog());
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Boss"));
    QTest::keyClick(m_dialog, Qt::Key_R, Qt::AltModifier);
    QDialog *change = nullptr;
    // A mnemonic clicks its button after a short animation.
    QTRY_VERIFY((change = form(QStringLiteral("changeRoleDialog"))));
    auto *role = change->findChild<QComboBox *>(QStringLiteral("userFormRole"));
    QTest::keyClick(role, Qt::Key_Up);
    QTest::keyClick(role, Qt::Key_Return);
    QTRY_VERIFY(!form(QStringLiteral("changeRoleDialog")));
    QCOMPARE(m_shop->shop->work.actingUser()->role, Role::Clerk);
    QCOMPARE(cell(0, UserTableModel::RoleColumn), QStringLiteral("Clerk"));
    QVERIFY(message(m_dialog, QStringLiteral("usersDone"))
                .startsWith(QStringLiteral("You are a clerk")));
    QVERIFY(!button(QStringLiteral("addUserButton"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
    auto *user = m_window->findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY2(user->text().contains(QStringLiteral("clerk")), qPrintable(user->text()));
}

void tst_UsersDialog::changesElsewhereAppear()
{
    QVERIFY(openDialog());
    // Another window on the same database disables Kim: its bus is not this one's; the
    // change watcher's reset brings it.
    ShopServices other(*m_shop->store);
    other.users.setIterations(1000);
    QVERIFY(other.users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(other.users.disableUser(QStringLiteral("Kim")).ok());
    QCOMPARE(cell(1, UserTableModel::StateColumn), QStringLiteral("Active"));
    m_shop->shop->bus.publishReset();
    QCOMPARE(cell(1, UserTableModel::StateColumn), QStringLiteral("Disabled"));
    m_dialog->selectUser(QStringLiteral("Kim"));
    QCOMPARE(button(QStringLiteral("disableUserButton"))->text(), QStringLiteral("&Enable"));
}

void tst_UsersDialog::mnemonicsAreUnique()
{
    QVERIFY(openDialog());
    QStringList texts;
    for (const QPushButton *each : m_dialog->findChildren<QPushButton *>())
        texts << each->text();
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    texts << QStringLiteral("&Enable") << QStringLiteral("&Disable"); // the toggle's two faces
    texts.removeDuplicates();
    QString letters;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    for (const QString &text : texts) {
        const QRegularExpressionMatch match = mnemonic.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        const QChar letter = match.captured(1).at(0).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(text));
        letters += letter;
    }
    QCOMPARE(letters.size(), 8); // users list, add, role, PIN, disable, enable, unlock, close

    // And within each form.
    m_dialog->selectUser(QStringLiteral("Kim"));
    QTest::keyClick(m_dialog, Qt::Key_A, Qt::AltModifier);
    QDialog *add = nullptr;
    // A mnemonic clicks its button after a short animation.
    QTRY_VERIFY((add = form(QStringLiteral("addUserDialog"))));
    QString formLetters;
    for (const QLabel *label : add->findChildren<QLabel *>()) {
        const QRegularExpressionMatch match = mnemonic.match(label->text());
        if (!label->buddy() || !match.hasMatch())
            continue;
        const QChar letter = match.captured(1).at(0).toLower();
        QVERIFY2(!formLetters.contains(letter), qPrintable(label->text()));
        formLetters += letter;
    }
    QCOMPARE(formLetters.size(), 4);
}

void tst_UsersDialog::refusalsAreTheDialogsOwnWords_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("says");
    QTest::newRow("last manager") << int(ErrorCode::InvalidState) << "lastManager"
                                  << "Kim is the shop's last enabled manager";
    QTest::newRow("self") << int(ErrorCode::InvalidState) << "self"
                          << "You cannot disable yourself";
    QTest::newRow("taken name") << int(ErrorCode::InvalidInput) << "nameTaken"
                                << "A user named Kim already exists";
    QTest::newRow("first manager") << int(ErrorCode::InvalidInput) << "firstManager"
                                   << "first user must be a manager";
    QTest::newRow("bad input") << int(ErrorCode::InvalidInput) << ""
                               << "4 to 20 digits";
    QTest::newRow("clerk") << int(ErrorCode::Forbidden) << ""
                           << "Only a manager manages users";
    QTest::newRow("disabled meanwhile") << int(ErrorCode::Unauthorized) << "disabled"
                                        << "Kim has been disabled meanwhile";
    QTest::newRow("no login") << int(ErrorCode::Unauthorized) << ""
                              << "Log in as a manager";
    QTest::newRow("gone") << int(ErrorCode::NotFound) << ""
                          << "There is no user named Kim";
    QTest::newRow("database") << int(ErrorCode::Storage) << ""
                              << "could not be saved";
}

void tst_UsersDialog::refusalsAreTheDialogsOwnWords()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, says);
    const QString core = QStringLiteral("core sentence in English");
    QJsonObject details{{QStringLiteral("user"), QStringLiteral("Kim")}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    const Error error{ErrorCode(code), core, details};
    const QString text = UsersDialog::refusalText(error, QStringLiteral("Kim"));
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY2(!text.contains(core), qPrintable(text));
}

QTEST_MAIN(tst_UsersDialog)
#include "tst_usersdialog.moc"
