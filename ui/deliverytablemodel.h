#pragma once

#include "orderviewtablemodel.h"

namespace ShopDesk {

// The Deliveries tab's list (배송): orders whose delivery has started, latest started first.
// The status filter compares the delivery's status (started, completed, cancelled), which the
// list writes in words and in its colour (DisplayText::statusColor). A search
// for a whole order id (what a slip's QR code holds) shows that order's delivery alone.
class DeliveryTableModel : public OrderViewTableModel
{
    Q_OBJECT
public:
    enum Column {
        DeliveryIdColumn,
        OrderIdColumn,
        CustomerColumn,
        AddressColumn,
        StatusColumn,
        StartedAtColumn,
        ColumnCount
    };

    // Reads the first page at once.
    DeliveryTableModel(OrderService &orders, EventBus &bus, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QList<OrderView>> readPage(const ListQuery &query) const override;
    bool listed(const OrderView &view, const QString &status) const override;
    bool before(const OrderView &a, const OrderView &b) const override;
};

} // namespace ShopDesk
