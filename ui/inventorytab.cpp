#include "inventorytab.h"

#include "listwidgets.h"
#include "shopservices.h"
#include "stocktablemodel.h"

#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ShopDesk {

InventoryTab::InventoryTab(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
{
    m_stock = new StockTableModel(shop.inventory, shop.bus, this);
    m_search = ListWidgets::createSearch(
        QStringLiteral("stockSearch"), tr("Search products"),
        [this](const QString &text) { m_stock->setSearch(text); }, this);
    m_search->setPlaceholderText(tr("Product id, name or barcode"));
    m_view = ListWidgets::createView(QStringLiteral("stockView"), tr("Stock"), this);
    m_view->setModel(m_stock);
    m_view->setColumnWidth(StockTableModel::ProductIdColumn, 160);
    m_view->setColumnWidth(StockTableModel::NameColumn, 320);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
}

} // namespace ShopDesk
