#include "mainwindow.h"

#include "changewatcher.h"
#include "deliveriestab.h"
#include "displaytext.h"
#include "inventorytab.h"
#include "logindialog.h"
#include "orderstab.h"
#include "settingsdialog.h"
#include "shopservices.h"
#include "shopstore.h"
#include "terminalsettings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

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
    m_tabs->addTab(m_ordersTab, tr("Orders"));
    m_tabs->addTab(m_inventoryTab, tr("Inventory"));
    m_tabs->addTab(m_deliveriesTab, tr("Deliveries"));
    setCentralWidget(m_tabs);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(tr("Database file"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setAccessibleName(tr("User"));
    m_eventsLabel = new QLabel(this);
    m_eventsLabel->setObjectName(QStringLiteral("eventsLabel"));
    m_eventsLabel->setAccessibleName(tr("Number of events"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    m_databaseLabel->setText(tr("Database: %1").arg(shop.store().location()));

    connect(&shop.bus, &EventBus::eventCommitted, this, &MainWindow::updateStatusBar);
    connect(&shop.bus, &EventBus::reset, this, &MainWindow::updateStatusBar);
    connect(this, &MainWindow::userChanged, this, &MainWindow::updateStatusBar);

    createMenus();
    applyShopSettings();
    updateStatusBar();
    resize(1280, 800);
    restoreLayout();

    m_watcher = new ChangeWatcher(shop.store(), shop.bus, this);
    m_watcher->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *switchUser = file->addAction(tr("&Switch user..."), this, &MainWindow::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *settings = file->addAction(tr("S&ettings..."), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Orders"), tr("&Inventory"), tr("&Deliveries")};
    for (int i = 0; i < 3; ++i) {
        QAction *show =
            view->addAction(names[i], this, [this, i] { showTab(static_cast<Tab>(i)); });
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

void MainWindow::switchUser()
{
    auto *dialog = new LoginDialog(m_shop.users, m_shop.work, this);
    dialog->setWindowTitle(tr("Switch user"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::userChanged);
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

void MainWindow::saveLayout()
{
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
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
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
}

} // namespace ShopDesk
