#pragma once

#include "result.h"
#include "stockmove.h"

#include <QAbstractTableModel>

namespace ShopDesk {

class EventBus;
class InventoryService;

// The stock history of one product (the Inventory tab's lower list): its stock moves, newest
// first, read a page at a time through InventoryService::stockHistory. New moves of the product
// appear at the top by themselves (stockChanged); reset() reloads. The loaded rows are always
// the newest rowCount() moves, so the next page is the one before the oldest loaded move.
class StockHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        OnHandColumn,   // the change of on hand, signed
        ReservedColumn, // the change of reserved, signed
        ReasonColumn,
        UserColumn,
        OrderColumn,
        ColumnCount
    };
    enum Role {
        SeqRole = Qt::UserRole + 1, // the move's position in the event log, in any column
        KindRole,                   // the StockMove::Kind code (StockMove::kindName), in any column
        ValueRole,                  // the cell's raw value: a signed change, a time, a text
    };

    static constexpr int DefaultPageSize = 100;

    StockHistoryModel(InventoryService &inventory, EventBus &bus, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString productId() const { return m_productId; }
    // Shows the history of this product (empty: none) from its newest move.
    void setProductId(const QString &productId);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    void reload();
    const StockMove &move(int row) const { return m_moves.at(row); }

signals:
    // A read through the service failed; the list keeps what it had. message is for the
    // clerk, in the window's language (ErrorText).
    void loadFailed(const QString &message);

private:
    void refresh(const QString &productId);
    // The page before the oldest loaded move; sets whether it was the last.
    Result<QList<StockMove>> readPage();

    InventoryService &m_inventory;
    QString m_productId;
    int m_pageSize = DefaultPageSize;
    QList<StockMove> m_moves;
    bool m_atEnd = true;
};

} // namespace ShopDesk
