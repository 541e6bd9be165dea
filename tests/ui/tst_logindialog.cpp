// The login dialog offers first whoever last logged in on this terminal (kept in the
// terminal's settings), else the user working now at Switch user; disabled users are not
// offered, and one disabled while the dialog is open is told so.

#include "logindialog.h"
#include "terminalsettings.h"
#include "testshop.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QtTest>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void preselectsTheLastUserOfThisTerminal();
    void aWrongPinIsNotRemembered();
    void switchUserOffersWhoIsWorking();
    void disabledUsersAreNotOffered();
    void userDisabledMeanwhileIsTold();
    void aLockedUserIsToldUntilWhen();
    void theTokenMakesTheSettingsFilePrivate();

private:
    // Picks name, types the PIN and Enter; true when the dialog accepted.
    static bool logIn(LoginDialog &dialog, const QString &name, const QString &pin)
    {
        dialog.show(); // Enter presses the default button of a dialog on screen
        auto *names = dialog.findChild<QComboBox *>(QStringLiteral("loginName"));
        names->setCurrentIndex(names->findData(name));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("loginPin"));
        QTest::keyClicks(field, pin);
        QTest::keyClick(field, Qt::Key_Return);
        return dialog.result() == QDialog::Accepted;
    }
    static QStringList offered(LoginDialog &dialog)
    {
        auto *names = dialog.findChild<QComboBox *>(QStringLiteral("loginName"));
        QStringList all;
        for (int i = 0; i < names->count(); ++i)
            all << names->itemData(i).toString();
        return all;
    }

    std::unique_ptr<TestShop> m_shop;
    QTemporaryDir m_settingsDir;
};

void tst_LoginDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void tst_LoginDialog::init()
{
    QSettings().clear();
    m_shop = std::make_unique<TestShop>();
    m_shop->staff(QStringLiteral("Boss"), QStringLiteral("1234"),
                  {{QStringLiteral("Kim"), QStringLiteral("5678")},
                   {QStringLiteral("Lee"), QStringLiteral("2468")}});
    m_shop->shop->users.logOut();
}

void tst_LoginDialog::cleanup()
{
    m_shop.reset();
}

void tst_LoginDialog::preselectsTheLastUserOfThisTerminal()
{
    {
        LoginDialog first(m_shop->shop->users, m_shop->shop->work);
        QCOMPARE(first.userName(), QStringLiteral("Boss")); // nobody logged in here yet
        QVERIFY(logIn(first, QStringLiteral("Kim"), QStringLiteral("5678")));
    }
    QCOMPARE(TerminalSettings().lastUser(), QStringLiteral("Kim"));
    m_shop->shop->users.logOut();
    {
        LoginDialog next(m_shop->shop->users, m_shop->shop->work);
        next.show();
        QCOMPARE(next.userName(), QStringLiteral("Kim"));
        // Straight to the PIN: Kim types it and Enter.
        auto *pin = next.findChild<QLineEdit *>(QStringLiteral("loginPin"));
        QVERIFY(QTest::qWaitForWindowActive(&next));
        QCOMPARE(QApplication::focusWidget(), pin);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5678"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(next.result(), int(QDialog::Accepted));
        QCOMPARE(m_shop->shop->work.actingUser()->name, QStringLiteral("Kim"));
    }
    m_shop->shop->users.logOut();
    {
        LoginDialog other(m_shop->shop->users, m_shop->shop->work);
        QVERIFY(logIn(other, QStringLiteral("Lee"), QStringLiteral("2468")));
    }
    m_shop->shop->users.logOut();
    LoginDialog last(m_shop->shop->users, m_shop->shop->work);
    QCOMPARE(last.userName(), QStringLiteral("Lee"));
}

void tst_LoginDialog::aWrongPinIsNotRemembered()
{
    TerminalSettings().setLastUser(QStringLiteral("Kim"));
    LoginDialog dialog(m_shop->shop->users, m_shop->shop->work);
    QVERIFY(!logIn(dialog, QStringLiteral("Lee"), QStringLiteral("0000")));
    QCOMPARE(TerminalSettings().lastUser(), QStringLiteral("Kim"));
    QVERIFY(!m_shop->shop->work.actingUser());
}

void tst_LoginDialog::switchUserOffersWhoIsWorking()
{
    TerminalSettings().setLastUser(QStringLiteral("Kim"));
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Lee"), QStringLiteral("2468")).ok());
    LoginDialog dialog(m_shop->shop->users, m_shop->shop->work);
    QCOMPARE(dialog.userName(), QStringLiteral("Lee"));
}

void tst_LoginDialog::disabledUsersAreNotOffered()
{
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(m_shop->shop->users.disableUser(QStringLiteral("Kim")).ok());
    m_shop->shop->users.logOut();
    TerminalSettings().setLastUser(QStringLiteral("Kim"));
    LoginDialog dialog(m_shop->shop->users, m_shop->shop->work);
    QCOMPARE(offered(dialog), (QStringList{"Boss", "Lee"}));
    QCOMPARE(dialog.userName(), QStringLiteral("Boss"));
}

void tst_LoginDialog::userDisabledMeanwhileIsTold()
{
    LoginDialog dialog(m_shop->shop->users, m_shop->shop->work);
    QCOMPARE(offered(dialog), (QStringList{"Boss", "Kim", "Lee"}));
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(m_shop->shop->users.disableUser(QStringLiteral("Kim")).ok());
    m_shop->shop->users.logOut();
    QVERIFY(!logIn(dialog, QStringLiteral("Kim"), QStringLiteral("5678")));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"));
    QCOMPARE(message->text(),
             QStringLiteral("Kim is disabled. A manager can enable the user again (File, Users)."));
    QVERIFY(!m_shop->shop->work.actingUser());
    QCOMPARE(TerminalSettings().lastUser(), QString());
}

void tst_LoginDialog::aLockedUserIsToldUntilWhen()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC));
    m_shop->shop->work.setClock(clock);
    m_shop->shop->users.setFailureDelay(std::chrono::milliseconds(0));
    LoginDialog dialog(m_shop->shop->users, m_shop->shop->work);
    // The PIN field takes the longest PIN there is, and no more.
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("loginPin"));
    QCOMPARE(field->maxLength(), UserRules::MaxPinLength);
    for (int i = 0; i < UserRules::MaxFailedLogins; ++i)
        QVERIFY(!logIn(dialog, QStringLiteral("Kim"), QStringLiteral("0000")));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"));
    const QString until = QDateTime(QDate(2026, 12, 3), QTime(9, 30, 30), Qt::UTC)
                              .toLocalTime()
                              .toString(QStringLiteral("HH:mm:ss"));
    QCOMPARE(message->text(), QStringLiteral("Kim is locked after too many wrong PINs, until %1 "
                                             "(30 more seconds). A manager can unlock the user "
                                             "(File, Users).")
                                  .arg(until));
    // The right PIN too, while it lasts.
    clock.advance(20'000);
    QVERIFY(!logIn(dialog, QStringLiteral("Kim"), QStringLiteral("5678")));
    QVERIFY2(message->text().contains(QStringLiteral("(10 more seconds)")),
             qPrintable(message->text()));
    QVERIFY(!m_shop->shop->work.actingUser());
    clock.advance(10'000);
    QVERIFY(logIn(dialog, QStringLiteral("Kim"), QStringLiteral("5678")));
}

void tst_LoginDialog::theTokenMakesTheSettingsFilePrivate()
{
    TerminalSettings settings;
    settings.setLastUser(QStringLiteral("Kim"));
    QSettings().sync();
    QVERIFY(QFile::setPermissions(settings.fileName(), QFile::ReadOwner | QFile::WriteOwner |
                                                           QFile::ReadGroup | QFile::ReadOther));
    settings.setHubToken(QStringLiteral("secret"));
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFileInfo(settings.fileName()).permissions() & others, QFile::Permissions());
    // Qt writes the file anew on each change, keeping its mode.
    settings.setLastUser(QStringLiteral("Lee"));
    QSettings().sync();
    QCOMPARE(TerminalSettings().hubToken(), QStringLiteral("secret"));
    QCOMPARE(QFileInfo(settings.fileName()).permissions() & others, QFile::Permissions());
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
