#include "deliverytablemodel.h"

#include "displaytext.h"
#include "eventbus.h"
#include "orderservice.h"

#include <QBrush>

namespace ShopDesk {

DeliveryTableModel::DeliveryTableModel(OrderService &orders, EventBus &bus, QObject *parent)
    : OrderViewTableModel(orders, bus, parent)
{
    // Delivery events also raise orderChanged, which the base follows; nothing more to do.
    reload();
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderView &view = viewAt(index.row());
    const int column = index.column();
    switch (role) {
    case OrderIdRole:
        return view.orderId;
    case StatusRole:
        return view.deliveryStatus;
    case Qt::DisplayRole:
        switch (column) {
        case DeliveryIdColumn:
            return view.deliveryId;
        case OrderIdColumn:
            return view.orderId;
        case CustomerColumn:
            return view.customerName;
        case AddressColumn:
            return view.customerAddress;
        case StatusColumn:
            return DisplayText::deliveryStatus(view.deliveryStatus);
        case StartedAtColumn:
            return DisplayText::dateTime(view.deliveryStartedAt);
        }
        break;
    case Qt::ForegroundRole:
        // The status in its colour as well as its word, as in every list.
        if (column == StatusColumn) {
            if (const QColor colour = DisplayText::statusColor(view.deliveryStatus);
                colour.isValid())
                return QBrush(colour);
        }
        break;
    case ValueRole:
        if (column == StartedAtColumn)
            return view.deliveryStartedAt;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (column) {
        case CustomerColumn:
            return view.customerPhone.isEmpty() ? QString()
                                                : tr("Phone: %1").arg(view.customerPhone);
        case AddressColumn:
            return view.customerAddress;
        case StatusColumn:
            return tr("Order status: %1").arg(DisplayText::orderStatus(view.status));
        }
        break;
    }
    return {};
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeliveryIdColumn:
        return tr("Delivery");
    case OrderIdColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case StartedAtColumn:
        return tr("Started at");
    }
    return {};
}

Result<QList<OrderView>> DeliveryTableModel::readPage(const ListQuery &query) const
{
    // A whole order id (a scanned slip) is read by its key: the list's search would look
    // through every delivery for customer names that contain it.
    if (!query.search.isEmpty()) {
        const Result<OrderView> exact = orders().orderView(query.search);
        if (exact) {
            if (query.offset > 0 || !listed(exact.value(), query.status))
                return QList<OrderView>();
            return QList<OrderView>{exact.value()};
        }
        if (exact.error().code != ErrorCode::NotFound)
            return exact.error();
    }
    return orders().deliveries(query);
}

bool DeliveryTableModel::listed(const OrderView &view, const QString &status) const
{
    if (view.deliveryStatus.isEmpty())
        return false;
    return status.isEmpty() || view.deliveryStatus == status;
}

bool DeliveryTableModel::before(const OrderView &a, const OrderView &b) const
{
    if (a.deliveryStartedAt != b.deliveryStartedAt)
        return a.deliveryStartedAt > b.deliveryStartedAt;
    return a.orderId > b.orderId;
}

} // namespace ShopDesk
