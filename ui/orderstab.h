#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace ShopDesk {

class OrderTableModel;
class ShopServices;

// The Orders tab (주문): the order list from the read model with a status filter and a search
// by order id or customer. The services must outlive the tab.
class OrdersTab : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersTab(ShopServices &shop, QWidget *parent = nullptr);

private:
    ShopServices &m_shop;
    OrderTableModel *m_orders = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ShopDesk
