// The window keeps its database whatever its file dialogs look at. A file dialog opened on the
// database's folder reads the first bytes of shop.db-wal and shop.db-shm to tell their type;
// once that closed a descriptor of the file, the process lost SQLite's locks, the next
// shopdesk-cli believed it was alone and deleted the WAL, and from then on the window and the
// CLI wrote two copies (orders lost, ids used twice, verify failing). See SqliteFileLocks.

#include "deliveriestab.h"
#include "mainwindow.h"
#include "ordertablemodel.h"
#include "processrun.h"
#include "testshop.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QSettings>
#include <QTableView>
#include <QtTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace ShopDesk;
using ShopDesk::Testing::ProcessRun;
using ShopDesk::Testing::runProcess;
using ShopDesk::Testing::TestShop;

class tst_DatabaseLocks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileDialogOnTheDatabaseFolderLosesNoWrite_data();
    void fileDialogOnTheDatabaseFolderLosesNoWrite();

private:
    ProcessRun cli(const QStringList &arguments) const;
    // Shows the dialog on the database's folder in the detail view (names, sizes and types)
    // and waits until it has looked at every file there, as a clerk browsing it would.
    void browseDatabaseFolder(QFileDialog *dialog);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DatabaseLocks::init()
{
    QSettings().clear();
    m_shop = std::make_unique<TestShop>();
    m_shop->product(QStringLiteral("P1"), 1'000, 50, QStringLiteral("사과"));
    auto placed =
        m_shop->shop->orders.placeOrder({QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                                         QStringLiteral("서울시 중구 1")},
                                        {{QStringLiteral("P1"), 1}});
    QVERIFY(placed.ok());
    QVERIFY(m_shop->shop->orders.payOrder(placed->order.orderId(), PaymentMethod::Card).ok());
    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->setExternalCheckInterval(100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DatabaseLocks::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

ProcessRun tst_DatabaseLocks::cli(const QStringList &arguments) const
{
    const ProcessRun run = runProcess(
        QStringLiteral(SHOPDESK_CLI),
        QStringList{QStringLiteral("--db"), m_shop->path()} + arguments, {.timeoutMs = 20'000});
    if (run.timedOut)
        qFatal("shopdesk-cli did not finish");
    return run;
}

void tst_DatabaseLocks::browseDatabaseFolder(QFileDialog *dialog)
{
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *files = dialog->findChild<QFileSystemModel *>();
    QVERIFY(files);
    dialog->setViewMode(QFileDialog::Detail);
    dialog->setDirectory(m_shop->dir.path());
    // The type column is what makes the dialog read a file of unknown type.
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString path = m_shop->path() + QLatin1StringView(suffix);
        QTRY_VERIFY2(files->index(path).isValid(), qPrintable(path));
        const QModelIndex type = files->index(path).siblingAtColumn(2);
        QTRY_VERIFY2(!type.data().toString().isEmpty(), qPrintable(path));
        QVERIFY(!files->fileIcon(files->index(path)).isNull());
    }
    QTest::qWait(300); // the dialog's gatherer thread finishes what it started
}

void tst_DatabaseLocks::fileDialogOnTheDatabaseFolderLosesNoWrite_data()
{
    QTest::addColumn<bool>("exportDialog");
    // The slip's Export PDF dialog, and an open dialog for any file: the shape of a backup,
    // import or settings dialog that shows folders.
    QTest::newRow("export slip as PDF (Ctrl+E)") << true;
    QTest::newRow("open any file") << false;
}

void tst_DatabaseLocks::fileDialogOnTheDatabaseFolderLosesNoWrite()
{
    QFETCH(bool, exportDialog);
    QFileDialog *dialog = nullptr;
    if (exportDialog) {
        m_window->showTab(MainWindow::DeliveriesPage);
        auto *deliveries = m_window->findChild<DeliveriesTab *>();
        QVERIFY(deliveries);
        QVERIFY(deliveries->selectOrder(QStringLiteral("T1-000001")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(deliveries, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(
            (dialog = deliveries->findChild<QFileDialog *>(QStringLiteral("slipPdfDialog"))));
    } else {
        // Owned by the window, as the dialogs of the tabs are.
        dialog = new QFileDialog(m_window.get(), QStringLiteral("Open"), QString(),
                                 QStringLiteral("All files (*)"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->open();
    }
    // Proof that the dialog really opened and closed the database's files behind SQLite's back
    // (else this test would pass without testing anything): inotify reports each close.
    const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(watch >= 0);
    QVERIFY(::inotify_add_watch(watch, QFile::encodeName(m_shop->dir.path()).constData(),
                                IN_CLOSE_NOWRITE) >= 0);
    browseDatabaseFolder(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QSet<QString> closed;
    alignas(struct inotify_event) char buffer[16384];
    for (ssize_t got; (got = ::read(watch, buffer, sizeof buffer)) > 0;) {
        for (char *at = buffer; at < buffer + got;) {
            const auto *event = reinterpret_cast<const struct inotify_event *>(at);
            if (event->len > 0)
                closed.insert(QFile::decodeName(event->name));
            at += sizeof(struct inotify_event) + event->len;
        }
    }
    ::close(watch);
    QVERIFY2(closed.contains(QStringLiteral("shop.db-wal")) ||
                 closed.contains(QStringLiteral("shop.db-shm")),
             qPrintable(QStringList(closed.values()).join(QLatin1Char(' '))));

    // Another process writes, and closes the database as the last one it believes it is.
    const ProcessRun placed =
        cli({QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("--customer"),
             QStringLiteral("CLI 손님"), QStringLiteral("--phone"), QStringLiteral("010-2222-3333"),
             QStringLiteral("--address"), QStringLiteral("부산시 1"), QStringLiteral("--item"),
             QStringLiteral("P1:2")});
    QVERIFY2(placed.exitCode == 0, qPrintable(placed.allText()));
    QVERIFY2(placed.allText().contains(QStringLiteral("T1-000002")), qPrintable(placed.allText()));
    QVERIFY(QFile::exists(m_shop->path() + QStringLiteral("-wal")));

    // The window sees it, and its own next order comes after it.
    auto *orders = m_window->findChild<QTableView *>(QStringLiteral("ordersView"));
    QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), 2, 3000);
    QCOMPARE(orders->model()->index(0, OrderTableModel::CustomerColumn).data().toString(),
             QStringLiteral("CLI 손님"));
    auto mine = m_shop->shop->orders.placeOrder(
        {QStringLiteral("창 손님"), QStringLiteral("010-3333-4444"), QStringLiteral("대구시 2")},
        {{QStringLiteral("P1"), 3}});
    QVERIFY2(mine.ok(), qPrintable(mine.ok() ? QString() : mine.error().message));
    QCOMPARE(mine->order.orderId(), QStringLiteral("T1-000003"));
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).reserved, qint64(5));

    // After the window has gone, every order is in the file and the file is whole.
    m_window.reset();
    m_shop->shop.reset();
    m_shop->store.reset();
    const ProcessRun verify = cli({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.allText()));
    const ProcessRun list =
        cli({QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    for (const char *id : {"T1-000001", "T1-000002", "T1-000003"})
        QVERIFY2(list.allText().contains(QLatin1StringView(id)), qPrintable(list.allText()));
}

QTEST_MAIN(tst_DatabaseLocks)
#include "tst_databaselocks.moc"
