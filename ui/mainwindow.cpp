#include "mainwindow.h"

#include "backupcontroller.h"
#include "customersdialog.h"

#include "changewatcher.h"
#include "deliveriestab.h"
#include "displaytext.h"
#include "errortext.h"
#include "inventorytab.h"
#include "logindialog.h"
#include "orderstab.h"
#include "reportstab.h"
#include "settingsdialog.h"
#include "shiftdialogs.h"
#include "shopservices.h"
#include "shopstore.h"
#include "syncclient.h"
#include "terminalsettings.h"
#include "usersdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>

namespace ShopDesk {

MainWindow::MainWindow(ShopServices &shop, QWidget *parent)
    : QMainWindow(parent)
    , m_shop(shop)
    , m_settings(std::make_unique<TerminalSettings>())
{
    setWindowTitle(tr("ShopDesk"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Sections"));
    m_ordersTab = new OrdersTab(shop, m_tabs);
    m_inventoryTab = new InventoryTab(shop, m_tabs);
    m_deliveriesTab = new DeliveriesTab(shop, m_tabs);
    m_tabs->addTab(m_ordersTab, QIcon(QStringLiteral(":/icons/orders.svg")), tr("Orders"));
    m_tabs->addTab(m_inventoryTab, QIcon(QStringLiteral(":/icons/inventory.svg")), tr("Inventory"));
    m_tabs->addTab(m_deliveriesTab, QIcon(QStringLiteral(":/icons/deliveries.svg")),
                   tr("Deliveries"));
    m_reportsTab = new ReportsTab(shop, m_tabs);
    m_tabs->addTab(m_reportsTab, QIcon(QStringLiteral(":/icons/reports.svg")), tr("Reports"));
    m_tabs->setIconSize(QSize(20, 20));
    setCentralWidget(m_tabs);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(tr("Database file"));
    // The file's path is the first to give way on a narrow screen (its tooltip keeps it whole).
    m_databaseLabel->setMinimumWidth(1);
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setAccessibleName(tr("User"));
    m_eventsLabel = new QLabel(this);
    m_eventsLabel->setObjectName(QStringLiteral("eventsLabel"));
    m_eventsLabel->setAccessibleName(tr("Number of events"));
    statusBar()->addWidget(m_databaseLabel, 1);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncLabel->setAccessibleName(tr("Sync with the hub"));
    statusBar()->addPermanentWidget(m_syncLabel);
    m_shiftLabel = new QLabel(this);
    m_shiftLabel->setObjectName(QStringLiteral("shiftLabel"));
    m_shiftLabel->setAccessibleName(tr("Shift"));
    statusBar()->addPermanentWidget(m_shiftLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    m_databaseLabel->setText(tr("Database: %1").arg(shop.store().location()));
    m_databaseLabel->setToolTip(shop.store().location());

    connect(&shop.bus, &EventBus::eventCommitted, this, &MainWindow::updateStatusBar);
    connect(&shop.bus, &EventBus::reset, this, &MainWindow::updateStatusBar);
    connect(this, &MainWindow::userChanged, this, &MainWindow::updateStatusBar);

    connect(m_ordersTab, &OrdersTab::shiftNeeded, this, &MainWindow::openShift);
    m_backups = new BackupController(m_shop.backups, this);
    connect(m_backups, &BackupController::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_backups, &BackupController::restored, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Restored"), message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("restoredBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QDialog::finished, this, &QWidget::close);
        box->open();
    });
    createMenus();
    applyShopSettings();
    updateStatusBar();
    resize(1280, 800);
    restoreLayout();

    m_watcher = new ChangeWatcher(shop.store(), shop.bus, this);
    m_watcher->start();

    // The age of the oldest unsent event grows while nothing else happens.
    auto *syncTick = new QTimer(this);
    syncTick->setInterval(5000);
    connect(syncTick, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    syncTick->start();
    startSync();
}

void MainWindow::startSync()
{
    delete m_sync;
    m_sync = nullptr;
    const QString hub = m_settings->hubUrl();
    const QString token = m_settings->hubToken();
    if (hub.isEmpty() || token.isEmpty() || m_shop.store().isReadOnly()) {
        updateSyncStatus();
        return;
    }
    m_sync = new SyncClient(m_shop.sync, this);
    SyncClient::Options options;
    options.hub = QUrl(hub);
    options.token = token;
    m_sync->setOptions(options);
    connect(&m_shop.bus, &EventBus::eventCommitted, m_sync, &SyncClient::localEventsCommitted);
    connect(m_sync, &SyncClient::stateChanged, this, [this] {
        m_catchUpDone = m_catchUpTotal = 0;
        updateSyncStatus();
    });
    connect(m_sync, &SyncClient::outboxChanged, this, &MainWindow::updateSyncStatus);
    connect(m_sync, &SyncClient::catchUpProgress, this, [this](qint64 done, qint64 total) {
        m_catchUpDone = done;
        m_catchUpTotal = total;
        updateSyncStatus();
    });
    connect(m_sync, &SyncClient::errorOccurred, this,
            [this](const QString &code, const QString &message) {
                if (code == QLatin1StringView("unauthorized") ||
                    code == QLatin1StringView("unsupported_version"))
                    statusBar()->showMessage(tr("The hub refused this terminal: %1").arg(message));
                updateSyncStatus();
            });
    m_sync->refreshOutbox();
    m_sync->start();
    updateSyncStatus();
}

void MainWindow::updateSyncStatus()
{
    if (!m_sync) {
        m_syncLabel->setText(tr("Working alone"));
        m_syncLabel->setToolTip(tr("No hub is set (Settings, Ctrl+,)."));
        return;
    }
    QString state;
    switch (m_sync->state()) {
    case SyncClient::State::Online:
        state = tr("Online");
        break;
    case SyncClient::State::CatchingUp:
        state =
            m_catchUpTotal > 0
                ? tr("Catching up %1%").arg(qMin<qint64>(100, m_catchUpDone * 100 / m_catchUpTotal))
                : tr("Catching up");
        break;
    case SyncClient::State::Connecting:
        state = tr("Connecting");
        break;
    case SyncClient::State::Offline:
        state = tr("Offline");
        break;
    }
    const qint64 unsent = m_sync->unsentCount();
    QString text = unsent == 0 ? tr("%1, all sent").arg(state)
                               : tr("%1, %2 unsent").arg(state, DisplayText::count(unsent));
    if (unsent > 0) {
        const qint64 age = m_sync->oldestUnsentAgeSeconds();
        if (age >= 3600)
            text += tr(" (oldest %1 h)").arg(age / 3600);
        else if (age >= 60)
            text += tr(" (oldest %1 min)").arg(age / 60);
        else
            text += tr(" (oldest %1 s)").arg(age);
    }
    QString tip = m_sync->lastErrorMessage();
    if (const qint64 aside = m_sync->keptAsideCount(); aside > 0) {
        text += tr(", %1 not applied").arg(DisplayText::count(aside));
        tip = tr("%1 events of other terminals could not be applied here and are kept aside. "
                 "Run verify (shopdesk-cli verify) to see them and why, and ask for help.")
                  .arg(DisplayText::count(aside)) +
              (tip.isEmpty() ? QString() : QStringLiteral("\n") + tip);
    }
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(tip);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // why Users... is disabled for a clerk
    QAction *switchUser = file->addAction(tr("&Switch user..."), this, &MainWindow::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setIcon(QIcon(QStringLiteral(":/icons/switchuser.svg")));
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_usersAction = file->addAction(tr("&Users..."), this, &MainWindow::openUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_usersAction->setIcon(QIcon(QStringLiteral(":/icons/users.svg")));
    connect(this, &MainWindow::userChanged, this, &MainWindow::updateUsersAction);
    updateUsersAction();
    QAction *customers = file->addAction(tr("&Customers..."), this, [this] {
        auto *dialog = new CustomersDialog(m_shop, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    customers->setObjectName(QStringLiteral("customersAction"));
    QAction *settings = file->addAction(tr("S&ettings..."), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setIcon(QIcon(QStringLiteral(":/icons/settings.svg")));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QAction *drawer = file->addAction(tr("Open cash &drawer..."), this, &MainWindow::openDrawer);
    drawer->setObjectName(QStringLiteral("openDrawerAction"));
    drawer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *backup =
        file->addAction(tr("&Back up now..."), m_backups, &BackupController::chooseBackupFile);
    backup->setObjectName(QStringLiteral("backupAction"));
    QAction *restore = file->addAction(tr("&Restore from backup..."), m_backups,
                                       &BackupController::chooseRestoreFile);
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *shift = menuBar()->addMenu(tr("&Work shift"));
    m_openShiftAction = shift->addAction(tr("&Open shift..."), this, &MainWindow::openShift);
    m_openShiftAction->setObjectName(QStringLiteral("openShiftAction"));
    m_payInAction = shift->addAction(tr("Pay &in..."), this, [this] { moveCash(CashMove::PayIn); });
    m_payInAction->setObjectName(QStringLiteral("payInAction"));
    m_payOutAction =
        shift->addAction(tr("Pay o&ut..."), this, [this] { moveCash(CashMove::PayOut); });
    m_payOutAction->setObjectName(QStringLiteral("payOutAction"));
    m_shiftReportAction =
        shift->addAction(tr("Shift &report (X)..."), this, &MainWindow::showShiftReport);
    m_shiftReportAction->setObjectName(QStringLiteral("shiftReportAction"));
    m_closeShiftAction =
        shift->addAction(tr("&Close shift and count..."), this, &MainWindow::closeShift);
    m_closeShiftAction->setObjectName(QStringLiteral("closeShiftAction"));
    updateShift();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Orders"), tr("&Inventory"), tr("&Deliveries"), tr("&Reports")};
    for (int i = 0; i < 4; ++i) {
        QAction *show =
            view->addAction(names[i], this, [this, i] { showTab(static_cast<Tab>(i)); });
        show->setIcon(m_tabs->tabIcon(i));
        show->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ShopDesk"), this, [this] {
        QMessageBox::about(this, tr("About ShopDesk"),
                           tr("ShopDesk %1: the point of sale that never loses a sale.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::applyShopSettings()
{
    const Result<ShopDetails> details = m_shop.slips.shopDetails();
    if (!details)
        return;
    if (const auto currency = Currency::find(details->currency))
        DisplayText::setCurrency(*currency);
    m_inventoryTab->setDefaultLowStockThreshold(details->lowStockThreshold);
    const QString shopName = details->name.isEmpty() ? QString() : details->name;
    setWindowTitle(shopName.isEmpty() ? tr("ShopDesk") : tr("%1 - ShopDesk").arg(shopName));
}

void MainWindow::openDrawer()
{
    // A manager may open it without a reason; a clerk says why (DrawerService decides).
    const auto &user = m_shop.work.actingUser();
    const bool manager = !user || user->isManager();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("drawerReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open the cash drawer"));
    dialog->setLabelText(manager ? tr("Why is the drawer opened (optional for a manager)?")
                                 : tr("Why is the drawer opened? A clerk gives a reason."));
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        showTab(OrdersPage);
        m_ordersTab->openDrawer(reason.trimmed());
    });
    dialog->open();
}

void MainWindow::updateShift()
{
    if (!m_openShiftAction)
        return;
    const Result<std::optional<ShiftRecord>> current = m_shop.shifts.currentShift();
    const bool known = current.ok();
    const bool open = known && current->has_value();
    m_openShiftAction->setEnabled(known && !open);
    for (QAction *action : {m_payInAction, m_payOutAction, m_shiftReportAction, m_closeShiftAction})
        action->setEnabled(open);
    if (open) {
        const ShiftRecord &shift = current->value();
        m_shiftLabel->setText(
            tr("Shift %1 since %2 (%3)")
                .arg(shift.shiftId, DisplayText::dateTime(shift.openedAt), shift.openedBy));
    } else {
        m_shiftLabel->setText(known ? tr("No shift open") : QString());
    }
}

void MainWindow::openShift()
{
    if (findChild<ShiftOpenDialog *>())
        return; // one at a time
    auto *dialog = new ShiftOpenDialog(m_shop.shifts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        updateShift();
        if (dialog->opened())
            statusBar()->showMessage(tr("Shift %1 is open with a float of %2.")
                                         .arg(dialog->opened()->shiftId,
                                              DisplayText::money(dialog->opened()->openingFloat)),
                                     8000);
    });
    dialog->open();
}

void MainWindow::moveCash(CashMove move)
{
    auto *dialog = new CashMoveDialog(m_shop.shifts, move, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        updateShift();
        if (dialog->report())
            statusBar()->showMessage(
                tr("Recorded. The drawer should hold %1.")
                    .arg(DisplayText::money(dialog->report()->figures.expectedCash())),
                8000);
    });
    dialog->open();
}

void MainWindow::showShiftReport()
{
    const Result<ShiftReport> report = m_shop.shifts.report();
    if (!report) {
        statusBar()->showMessage(ErrorText::text(report.error(), ErrorText::Context::Reading),
                                 8000);
        return;
    }
    const Result<ShopDetails> shop = m_shop.slips.shopDetails();
    auto *dialog = new ShiftReportDialog(*report, shop ? shop->name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeShift()
{
    const Result<ShiftReport> open = m_shop.shifts.report();
    if (!open) {
        statusBar()->showMessage(ErrorText::text(open.error(), ErrorText::Context::CountingCash),
                                 8000);
        return;
    }
    const Result<ShopDetails> shop = m_shop.slips.shopDetails();
    auto *dialog = new ShiftCloseDialog(m_shop.shifts, *open,
                                        shop ? shop->currency : QStringLiteral("KRW"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = shop ? shop->name : QString()] {
        updateShift();
        if (!dialog->report())
            return;
        auto *z = new ShiftReportDialog(*dialog->report(), name, this);
        z->setAttribute(Qt::WA_DeleteOnClose);
        z->open();
    });
    dialog->open();
}

void MainWindow::switchUser()
{
    auto *dialog = new LoginDialog(m_shop.users, m_shop.work, this);
    dialog->setWindowTitle(tr("Switch user"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::userChanged);
    dialog->open();
}

void MainWindow::updateUsersAction()
{
    const auto &user = m_shop.work.actingUser();
    const Result<bool> exist = m_shop.users.hasUsers();
    const bool allowed = user ? user->isManager() : exist && !exist.value();
    m_usersAction->setEnabled(allowed);
    m_usersAction->setToolTip(allowed ? tr("Add users, change roles, reset PINs, disable users.")
                                      : tr("Only a manager manages users. Switch user "
                                           "(Ctrl+Shift+L) to log in as one."));
}

void MainWindow::openUsers()
{
    auto *dialog = new UsersDialog(m_shop, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UsersDialog::actingUserChanged, this, &MainWindow::userChanged);
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_shop, *m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyShopSettings();
        // Money and low-stock marks are drawn anew in every list.
        m_shop.bus.publishReset();
        if (dialog->syncChanged())
            startSync();
        if (dialog->languageChanged())
            statusBar()->showMessage(tr("The new language applies at the next start."), 8000);
    });
    dialog->open();
}

void MainWindow::setExternalCheckInterval(int ms)
{
    m_watcher->setInterval(ms);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::fitToScreen()
{
    // A size remembered on a larger screen, or grown by some long text, never leaves the window
    // wider or taller than the screen it opens on.
    const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!shown || isMaximized() || isFullScreen())
        return;
    const QRect available = shown->availableGeometry();
    const QSize fitted = size().boundedTo(available.size());
    if (fitted != size())
        resize(fitted);
    const QRect frame = frameGeometry();
    const QPoint inside(
        std::clamp(frame.left(), available.left(),
                   std::max(available.left(), available.right() + 1 - frame.width())),
        std::clamp(frame.top(), available.top(),
                   std::max(available.top(), available.bottom() + 1 - frame.height())));
    if (inside != frame.topLeft())
        move(inside);
}

void MainWindow::saveLayout()
{
    fitToScreen();
    m_settings->setWindowState(QStringLiteral("main/geometry"), saveGeometry());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            m_settings->setWindowState(QStringLiteral("splitters/") + splitter->objectName(),
                                       splitter->saveState());
    }
    for (const QTableView *view : findChildren<QTableView *>()) {
        if (!view->objectName().isEmpty())
            m_settings->setWindowState(QStringLiteral("columns/") + view->objectName(),
                                       view->horizontalHeader()->saveState());
    }
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings->windowState(QStringLiteral("main/geometry"));
    if (geometry.isEmpty())
        setWindowState(windowState() | Qt::WindowMaximized); // the first start: the whole screen
    else
        restoreGeometry(geometry);
    fitToScreen();
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QByteArray state =
            m_settings->windowState(QStringLiteral("splitters/") + splitter->objectName());
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    for (QTableView *view : findChildren<QTableView *>()) {
        const QByteArray state =
            m_settings->windowState(QStringLiteral("columns/") + view->objectName());
        if (!view->objectName().isEmpty() && !state.isEmpty())
            view->horizontalHeader()->restoreState(state);
    }
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void MainWindow::updateStatusBar()
{
    const auto &user = m_shop.work.actingUser();
    if (user)
        m_userLabel->setText(
            tr("User: %1 (%2)").arg(user->name, user->isManager() ? tr("manager") : tr("clerk")));
    else
        m_userLabel->setText(
            tr("User: %1").arg(m_shop.work.actor().isEmpty() ? tr("(none)") : m_shop.work.actor()));
    const Result<qint64> events = m_shop.store().eventCount();
    m_eventsLabel->setText(events ? tr("Events: %1").arg(DisplayText::count(events.value()))
                                  : tr("Events: unknown"));
    updateShift();
}

} // namespace ShopDesk
