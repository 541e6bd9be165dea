#pragma once

#include "events.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QTabWidget;

namespace ShopDesk {

class ChangeWatcher;
class DeliveriesTab;
class InventoryTab;
class OrdersTab;
class ReportsTab;
class ShopServices;
class BackupController;
class SyncClient;
class TerminalSettings;

// The shop's main window: the Orders (주문), Inventory (재고) and Deliveries (배송) lists over
// the services, and a status bar with the database file, the acting user and the number of
// events. Everything follows the event bus; there is no refresh button. The services must
// outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { OrdersPage, InventoryPage, DeliveriesPage, ReportsPage };

    explicit MainWindow(ShopServices &shop, QWidget *parent = nullptr);

    ~MainWindow() override;

    void showTab(Tab tab);
    // Reads the acting user and the event count again.
    void updateStatusBar();
    // Reads the shop's settings again (currency, default low-stock threshold) and redraws.
    void applyShopSettings();

    // Opens the login dialog to let another user take over (Ctrl+Shift+L); window-modal, so the
    // call returns at once. A wrong PIN leaves the user who was working logged in.
    void switchUser();
    // File > Open cash drawer: asks why, then opens it through the receipt printer.
    void openDrawer();
    // Opens the settings dialog (Ctrl+,), window-modal.
    void openSettings();
    // Opens the Users dialog (File > Users...), window-modal; a manager's (and, while the shop
    // has no users, anyone's, to add the first manager).
    void openUsers();
    // The Shift menu (근무): open a shift with its float, pay in, pay out, the X report and the
    // closing count with its Z report. Each opens its dialog window-modal and returns at once.
    void openShift();
    void moveCash(CashMove move);
    void showShiftReport();
    void closeShift();
    // Notices commits of other processes within this many ms (the issue asks for 2 s).
    void setExternalCheckInterval(int ms);
    // (Re)starts sync with the hub and token of the terminal's settings; stops it when they
    // are empty. The client works on this window's services, on the main loop.
    void startSync();
    SyncClient *syncClient() const { return m_sync; }
    BackupController *backups() const { return m_backups; }

signals:
    void userChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // Enables Users... for a manager; for a clerk it stays in the menu, disabled, saying why.
    void updateUsersAction();
    void updateSyncStatus();
    // Enables the Shift menu's actions for this terminal's open shift (or none) and says it in
    // the status bar.
    void updateShift();
    // Window geometry, splitters and column widths: saved on close, restored at start.
    void saveLayout();
    void restoreLayout();
    // Shrinks and moves the window so that it fits on its screen.
    void fitToScreen();

    ShopServices &m_shop;
    std::unique_ptr<TerminalSettings> m_settings;
    ChangeWatcher *m_watcher = nullptr;
    SyncClient *m_sync = nullptr;
    BackupController *m_backups = nullptr;
    QLabel *m_syncLabel = nullptr;
    qint64 m_catchUpDone = 0;
    qint64 m_catchUpTotal = 0;
    OrdersTab *m_ordersTab = nullptr;
    InventoryTab *m_inventoryTab = nullptr;
    DeliveriesTab *m_deliveriesTab = nullptr;
    ReportsTab *m_reportsTab = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_eventsLabel = nullptr;
    QAction *m_usersAction = nullptr;
    QLabel *m_shiftLabel = nullptr;
    QAction *m_openShiftAction = nullptr;
    QAction *m_payInAction = nullptr;
    QAction *m_payOutAction = nullptr;
    QAction *m_shiftReportAction = nullptr;
    QAction *m_closeShiftAction = nullptr;
};

} // namespace ShopDesk
