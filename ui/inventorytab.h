#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace ShopDesk {

class ShopServices;
class StockTableModel;

// The Inventory tab (재고): products with on hand, reserved and available, low stock and
// oversold marked, searchable by id, name or barcode. The services must outlive the tab.
class InventoryTab : public QWidget
{
    Q_OBJECT
public:
    explicit InventoryTab(ShopServices &shop, QWidget *parent = nullptr);

private:
    ShopServices &m_shop;
    StockTableModel *m_stock = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ShopDesk
