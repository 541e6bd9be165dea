#include "ordertablemodel.h"

#include "displaytext.h"
#include "orderservice.h"

namespace ShopDesk {

QString OrderTableModel::paymentText(const QString &method, const QString &status)
{
    if (method.isEmpty())
        return {};
    if (status.isEmpty() || status == QLatin1StringView("approved"))
        return DisplayText::paymentMethod(method);
    return QStringLiteral("%1 (%2)").arg(DisplayText::paymentMethod(method),
                                         DisplayText::paymentStatus(status));
}

OrderTableModel::OrderTableModel(OrderService &orders, EventBus &bus, QObject *parent)
    : OrderViewTableModel(orders, bus, parent)
{
    reload();
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderView &view = viewAt(index.row());
    const int column = index.column();
    switch (role) {
    case OrderIdRole:
        return view.orderId;
    case StatusRole:
        return view.status;
    case Qt::DisplayRole:
        switch (column) {
        case OrderIdColumn:
            return view.orderId;
        case StatusColumn:
            return DisplayText::orderStatus(view.status);
        case CustomerColumn:
            return view.customerName;
        case PhoneColumn:
            return view.customerPhone;
        case TotalColumn:
            return DisplayText::money(view.total);
        case ItemsColumn:
            return DisplayText::count(view.itemCount);
        case PlacedAtColumn:
            return DisplayText::dateTime(view.placedAt);
        case PaymentColumn:
            return paymentText(view.paymentMethod, view.paymentStatus);
        case DeliveryColumn:
            return DisplayText::deliveryStatus(view.deliveryStatus);
        case TerminalColumn:
            return view.origin;
        }
        break;
    case ValueRole:
        switch (column) {
        case TotalColumn:
            return QVariant::fromValue<qint64>(view.total);
        case ItemsColumn:
            return QVariant::fromValue<qint64>(view.itemCount);
        case PlacedAtColumn:
            return view.placedAt;
        }
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole: {
        const QColor colour = column == StatusColumn ? DisplayText::statusColor(view.status)
                              : column == DeliveryColumn
                                  ? DisplayText::statusColor(view.deliveryStatus)
                                  : QColor();
        if (colour.isValid())
            return colour;
        break;
    }
    case Qt::TextAlignmentRole:
        if (column == TotalColumn || column == ItemsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case CustomerColumn:
        case PhoneColumn:
            return view.customerAddress.isEmpty() ? QString()
                                                  : tr("Deliver to: %1").arg(view.customerAddress);
        case ItemsColumn:
            return tr("%n order line(s)", nullptr, view.lineCount);
        case DeliveryColumn:
            return view.deliveryId.isEmpty()
                       ? QString()
                       : tr("Delivery %1, started %2")
                             .arg(view.deliveryId, DisplayText::dateTime(view.deliveryStartedAt));
        }
        break;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == TotalColumn || section == ItemsColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderIdColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case CustomerColumn:
        return tr("Customer");
    case PhoneColumn:
        return tr("Phone");
    case TotalColumn:
        return tr("Total");
    case ItemsColumn:
        return tr("Items");
    case PlacedAtColumn:
        return tr("Placed at");
    case PaymentColumn:
        return tr("Payment");
    case DeliveryColumn:
        return tr("Delivery");
    case TerminalColumn:
        return tr("Terminal");
    }
    return {};
}

Result<QList<OrderView>> OrderTableModel::readPage(const ListQuery &query) const
{
    return orders().orders(query);
}

bool OrderTableModel::listed(const OrderView &view, const QString &status) const
{
    return status.isEmpty() || view.status == status;
}

bool OrderTableModel::before(const OrderView &a, const OrderView &b) const
{
    if (a.placedAt != b.placedAt)
        return a.placedAt > b.placedAt;
    return a.orderId > b.orderId;
}

} // namespace ShopDesk
