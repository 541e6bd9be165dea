#pragma once

#include <QMainWindow>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace ShopDesk {

class DeliveryTableModel;
class OrderTableModel;
class ShopServices;
class StockTableModel;

// The shop's main window: the Orders (주문), Inventory (재고) and Deliveries (배송) lists over
// the services, and a status bar with the database file, the acting user and the number of
// events. Everything follows the event bus; there is no refresh button. The services must
// outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { OrdersTab, InventoryTab, DeliveriesTab };

    // How long a search field waits after the last key before it filters.
    static constexpr int SearchDelayMs = 150;

    explicit MainWindow(ShopServices &shop, QWidget *parent = nullptr);

    void showTab(Tab tab);
    // Reads the acting user and the event count again.
    void updateStatusBar();

private:
    QWidget *createOrdersTab();
    QWidget *createInventoryTab();
    QWidget *createDeliveriesTab();
    QTableView *createView(const QString &name, const QString &accessibleName);
    QLineEdit *createSearch(const QString &name, const QString &accessibleName,
                            const std::function<void(const QString &)> &apply);

    ShopServices &m_shop;
    OrderTableModel *m_orders = nullptr;
    StockTableModel *m_stock = nullptr;
    DeliveryTableModel *m_deliveries = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_eventsLabel = nullptr;
};

} // namespace ShopDesk
