#pragma once

#include "orderviewtablemodel.h"

namespace ShopDesk {

// The Orders tab's list (주문): every order, newest first, from the order read model.
class OrderTableModel : public OrderViewTableModel
{
    Q_OBJECT
public:
    enum Column {
        OrderIdColumn,
        StatusColumn,
        CustomerColumn,
        PhoneColumn,
        TotalColumn,
        ItemsColumn,
        PlacedAtColumn,
        PaymentColumn,
        DeliveryColumn,
        TerminalColumn,
        ColumnCount
    };

    // The Payment column's text: the method, and its status unless approved.
    static QString paymentText(const QString &method, const QString &status);

    // Reads the first page at once.
    OrderTableModel(OrderService &orders, EventBus &bus, QObject *parent = nullptr);

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
