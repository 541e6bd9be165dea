// Backups in the window (issue 16), offscreen on a real shop: File > Back up now writes a
// checked backup on a worker thread and says so in the status bar; a clerk may not; the
// automatic backup into Settings' folder runs once a day and keeps the newest N; a restore
// puts the backup in place after it is confirmed, and the window closes; a file that is no
// backup is refused with its reason; Settings keep the folder, and refuse a missing one.
#include "backupcontroller.h"
#include "errortext.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "terminalsettings.h"
#include "testshop.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_BackupWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backUpNow();
    void clerkMayNotBackUp();
    void automaticBackupsKeepTheNewest();
    void restoreAfterConfirming();
    void restoreRefusesWhatIsNoBackup();
    void settingsKeepTheFolder();
    void settingsFitInKorean();

private:
    // A paid order of qty units of P1.
    void sale(qint64 qty = 1)
    {
        const OrderDetails placed =
            m_shop->shop->orders
                .placeOrder({QStringLiteral("Ahn"), QStringLiteral("010"), {}},
                            {{QStringLiteral("P1"), qty}})
                .value();
        QVERIFY(m_shop->shop->orders.payOrder(placed.order.orderId(), PaymentMethod::Cash).ok());
    }
    static qint64 ordersIn(const QString &file)
    {
        SqliteOptions options;
        options.path = file;
        auto store = SqliteStore::open(options);
        if (!store)
            return -1;
        ListQuery all;
        all.limit = 10'000;
        ShopServices shop(**store);
        shop.work.setActingUser({QStringLiteral("Boss"), Role::Manager});
        auto orders = shop.orders.orders(all);
        return orders ? orders->size() : -1;
    }
    BackupController *controller() const { return m_window->backups(); }

    QTemporaryDir m_dir;
    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void tst_BackupWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void tst_BackupWindow::init()
{
    QSettings().clear();
    TerminalSettings().setLanguage(QStringLiteral("en"));
    m_shop = std::make_unique<TestShop>();
    m_shop->staff(QStringLiteral("Boss"), QStringLiteral("1234"),
                  {{QStringLiteral("Kim"), QStringLiteral("5678")}});
    m_shop->product(QStringLiteral("P1"), 1'000, 500, QStringLiteral("사과"));
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    sale();
    sale(2);
    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_BackupWindow::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

void tst_BackupWindow::backUpNow()
{
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("backupAction")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("now.db"));
    QSignalSpy finished(controller(), &BackupController::finished);
    QVERIFY(controller()->backupTo(file).ok());
    // One at a time.
    QCOMPARE(controller()->backupTo(dir.filePath(QStringLiteral("second.db"))).error().code,
             ErrorCode::InvalidState);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Backed up: ")) && message.contains(file) &&
                 message.contains(QStringLiteral("2 orders")),
             qPrintable(message));
    QCOMPARE(m_window->statusBar()->currentMessage(), message);
    QCOMPARE(ordersIn(file), 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("second.db"))));
}

void tst_BackupWindow::clerkMayNotBackUp()
{
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("clerk.db"));
    const Status refused = controller()->backupTo(file);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(!QFile::exists(file));
    QVERIFY(!controller()->isRunning());
}

void tst_BackupWindow::automaticBackupsKeepTheNewest()
{
    QTemporaryDir folder;
    TerminalSettings settings;
    settings.setBackupFolder(folder.path());
    settings.setBackupKeep(2);
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::LocalTime));
    m_shop->shop->work.setClock(clock);
    QSignalSpy finished(controller(), &BackupController::finished);
    for (int day = 0; day < 3; ++day) {
        QVERIFY(controller()->backupIfDue());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), day + 1, 30'000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(finished.last().at(1).toString().startsWith(QStringLiteral("Automatic backup: ")));
        // Not again the same day.
        clock.advance(20LL * 3600 * 1000);
        QVERIFY(!controller()->backupIfDue());
        clock.advance(5LL * 3600 * 1000);
        sale();
    }
    const QStringList kept = m_shop->shop->backups.automaticBackups(folder.path());
    QCOMPARE(kept.size(), 2);
    QVERIFY2(kept[0].endsWith(QStringLiteral("shopdesk-T1-20261203-110000.db")),
             qPrintable(kept[0]));
    QVERIFY2(kept[1].endsWith(QStringLiteral("shopdesk-T1-20261202-100000.db")),
             qPrintable(kept[1]));
    QCOMPARE(ordersIn(kept[0]), 4);
    QCOMPARE(ordersIn(kept[1]), 3);
    // Another file in the folder is never touched.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2);

    // A folder that went away: said in the status bar, nothing else.
    settings.setBackupFolder(folder.filePath(QStringLiteral("gone")));
    clock.advance(25LL * 3600 * 1000);
    QVERIFY(!controller()->backupIfDue());
    QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("automatic backup failed")),
             qPrintable(finished.last().at(1).toString()));
}

void tst_BackupWindow::restoreAfterConfirming()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("before.db"));
    QVERIFY(m_shop->shop->backups.backup(file).ok());
    sale();
    QCOMPARE(ordersIn(m_shop->path()), 3);
    QSignalSpy restored(controller(), &BackupController::restored);
    const Result<RestoreOutcome> outcome = controller()->restore(file, false);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(restored.size(), 1);
    QVERIFY(restored.first().at(0).toString().contains(QStringLiteral("ShopDesk closes now")));
    QVERIFY(QFile::exists(outcome->keptAside));
    // The window says so and closes: what it holds is of the replaced shop.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("restoredBox"))));
    QVERIFY(box->text().contains(QStringLiteral("Restored the shop from")));
    box->accept();
    QTRY_VERIFY(!m_window->isVisible());
    m_window.reset();
    QCOMPARE(ordersIn(m_shop->path()), 2);
    QCOMPARE(ordersIn(outcome->keptAside), 3);
}

void tst_BackupWindow::restoreRefusesWhatIsNoBackup()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.db"));
    QFile notes(file);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write(QByteArray(4096, 'n'));
    notes.close();
    const Result<RestoreOutcome> refused = controller()->restore(file, false);
    QVERIFY(!refused);
    QCOMPARE(ErrorText::text(refused.error(), ErrorText::Context::BackingUp),
             QStringLiteral("%1 is not a ShopDesk backup. Choose another file.").arg(file));
    QCOMPARE(ordersIn(m_shop->path()), 2);
    QVERIFY(m_window->isVisible());
}

void tst_BackupWindow::settingsKeepTheFolder()
{
    QTemporaryDir folder;
    TerminalSettings terminal;
    SettingsDialog dialog(*m_shop->shop, terminal, m_window.get());
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("backupKeep"));
    QVERIFY(edit && keep && edit->isEnabled());
    edit->setText(folder.filePath(QStringLiteral("missing")));
    keep->setValue(14);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString said = dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"))->text();
    QVERIFY2(said.contains(QStringLiteral("does not exist")), qPrintable(said));
    QVERIFY(TerminalSettings().backupFolder().isEmpty());
    edit->setText(folder.path());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(TerminalSettings().backupFolder(), folder.path());
    QCOMPARE(TerminalSettings().backupKeep(), 14);
}

void tst_BackupWindow::settingsFitInKorean()
{
    // The backups' group under the hub's: the dialog still fits a 1280x800 screen in Korean.
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/shopdesk_ko.qm")));
    QVERIFY(QCoreApplication::installTranslator(&korean));
    TerminalSettings terminal;
    SettingsDialog dialog(*m_shop->shop, terminal, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize size = dialog.sizeHint();
    QVERIFY2(size.width() <= 1280 && size.height() <= 760,
             qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    QVERIFY(dialog.findChild<QSpinBox *>(QStringLiteral("backupKeep"))->suffix() ==
            QStringLiteral("일"));
    QVERIFY(dialog.grab().save(QStringLiteral("/tmp/settings-backup-ko.png")));
    QCoreApplication::removeTranslator(&korean);
}

QTEST_MAIN(tst_BackupWindow)
#include "tst_backupwindow.moc"
