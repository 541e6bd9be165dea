#include "deliveriestab.h"

#include "deliverytablemodel.h"
#include "displaytext.h"
#include "listwidgets.h"
#include "shopservices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ShopDesk {

DeliveriesTab::DeliveriesTab(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
{
    m_deliveries = new DeliveryTableModel(shop.orders, shop.bus, this);

    QStringList codes;
    for (DeliveryStatus status :
         {DeliveryStatus::Started, DeliveryStatus::Completed, DeliveryStatus::Cancelled})
        codes << toText(status);
    m_statusFilter = ListWidgets::createStatusFilter(QStringLiteral("deliveryStatusFilter"),
                                                     tr("Delivery status filter"), codes,
                                                     &DisplayText::deliveryStatus, this);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_deliveries->setStatusFilter(m_statusFilter->currentData().toString()); });
    m_search = ListWidgets::createSearch(
        QStringLiteral("deliverySearch"), tr("Search deliveries"),
        [this](const QString &text) { m_deliveries->setSearch(text); }, this);
    m_search->setPlaceholderText(tr("Order id or customer"));

    m_view = ListWidgets::createView(QStringLiteral("deliveriesView"), tr("Deliveries"), this);
    m_view->setModel(m_deliveries);
    m_view->setColumnWidth(DeliveryTableModel::DeliveryIdColumn, 130);
    m_view->setColumnWidth(DeliveryTableModel::OrderIdColumn, 130);
    m_view->setColumnWidth(DeliveryTableModel::AddressColumn, 360);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ListWidgets::filterBar(m_statusFilter, m_search));
    layout->addWidget(m_view, 1);
}

} // namespace ShopDesk
