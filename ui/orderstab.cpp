#include "orderstab.h"

#include "displaytext.h"
#include "listwidgets.h"
#include "ordertablemodel.h"
#include "shopservices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace ShopDesk {

OrdersTab::OrdersTab(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
{
    m_orders = new OrderTableModel(shop.orders, shop.bus, this);

    QStringList codes;
    for (OrderStatus status : {OrderStatus::Placed, OrderStatus::Paid, OrderStatus::Delivering,
                               OrderStatus::Delivered, OrderStatus::Cancelled})
        codes << toText(status);
    m_statusFilter = ListWidgets::createStatusFilter(QStringLiteral("orderStatusFilter"),
                                                     tr("Order status filter"), codes,
                                                     &DisplayText::orderStatus, this);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_orders->setStatusFilter(m_statusFilter->currentData().toString()); });
    m_search = ListWidgets::createSearch(
        QStringLiteral("orderSearch"), tr("Search orders"),
        [this](const QString &text) { m_orders->setSearch(text); }, this);
    m_search->setPlaceholderText(tr("Order id or customer"));

    m_view = ListWidgets::createView(QStringLiteral("ordersView"), tr("Orders"), this);
    m_view->setModel(m_orders);
    const int widths[] = {110, 100, 120, 120, 100, 60, 150, 120, 100};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_view->setColumnWidth(column, widths[column]);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ListWidgets::filterBar(m_statusFilter, m_search));
    layout->addWidget(m_view, 1);
}

} // namespace ShopDesk
