#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace ShopDesk {

class DeliveryTableModel;
class ShopServices;

// The Deliveries tab (배송): deliveries with order id, customer, address, status and start
// time, filtered by status and searchable. The services must outlive the tab.
class DeliveriesTab : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveriesTab(ShopServices &shop, QWidget *parent = nullptr);

private:
    ShopServices &m_shop;
    DeliveryTableModel *m_deliveries = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ShopDesk
