#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace ShopDesk {

class DeliveriesTab;
class InventoryTab;
class OrdersTab;
class ShopServices;

// The shop's main window: the Orders (주문), Inventory (재고) and Deliveries (배송) lists over
// the services, and a status bar with the database file, the acting user and the number of
// events. Everything follows the event bus; there is no refresh button. The services must
// outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { OrdersPage, InventoryPage, DeliveriesPage };

    explicit MainWindow(ShopServices &shop, QWidget *parent = nullptr);

    void showTab(Tab tab);
    // Reads the acting user and the event count again.
    void updateStatusBar();

private:
    ShopServices &m_shop;
    OrdersTab *m_ordersTab = nullptr;
    InventoryTab *m_inventoryTab = nullptr;
    DeliveriesTab *m_deliveriesTab = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_eventsLabel = nullptr;
};

} // namespace ShopDesk
