#pragma once

#include "shopstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ShopDesk {

class EventBus;
class InventoryService;

// The Inventory tab's list (재고): products with their barcode, on hand, reserved and available
// and a stock status word (low, out of stock, oversold), by product id, read a page at a time
// through InventoryService. It follows stockChanged and productChanged by itself: a loaded product
// is read back and updated in place, a new one is inserted where the id order puts it; reset()
// reloads. As with the order list, the loaded rows are always the first rowCount() rows of the
// store's list, so the next page is read at offset rowCount().
class StockTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProductIdColumn,
        NameColumn,
        BarcodeColumn,
        PriceColumn,
        OnHandColumn,
        ReservedColumn,
        AvailableColumn,
        ThresholdColumn, // the low-stock threshold that applies: the product's own or the default
        StatusColumn,    // the stock level in words; empty while stock is normal
        ColumnCount
    };
    enum Role {
        ProductIdRole = Qt::UserRole + 1, // the product id of the row, in any column
        StockLevelRole,                   // a StockLevel, in any column
        ValueRole,                        // the cell's raw value: Money or a count
        OwnThresholdRole,                 // the product's own threshold, or null when it has none
        BarcodeRole,                      // the product's barcode (empty when it has none)
    };
    // Out of stock: nothing available (0); oversold: orders hold more than is on hand.
    enum class StockLevel { Normal, Low, OutOfStock, Oversold };
    Q_ENUM(StockLevel)

    static constexpr int DefaultPageSize = 200;
    static constexpr qint64 DefaultLowStockThreshold = ShopDetails::DefaultLowStockThreshold;

    // Reads the first page at once.
    StockTableModel(InventoryService &inventory, EventBus &bus, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString search() const { return m_query.search; }
    // Product id prefix, part of the name or part of the barcode (empty: every product), and
    // reloads.
    void setSearch(const QString &text);
    // The shop's default: available at or below it is low stock for a product without a
    // threshold of its own.
    qint64 lowStockThreshold() const { return m_lowStockThreshold; }
    void setLowStockThreshold(qint64 threshold);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    // The level by the shop's default threshold, or by the product's own when given; below 0
    // available is oversold, 0 out of stock, whatever the threshold.
    StockLevel levelOf(qint64 available, StockThreshold own = {}) const;
    void reload();
    // The row holding the product, or -1 when it is not loaded.
    int rowOf(const QString &productId) const;

signals:
    // A read through the service failed; the list keeps what it had. message is for the
    // clerk, in the window's language (ErrorText).
    void loadFailed(const QString &message);

private:
    struct Row
    {
        StockRow stock;
        Money price = 0;
        StockThreshold threshold; // the product's own
        QString barcode;
    };

    Result<QList<Row>> readPage(int offset) const;
    Result<Row> readRow(const QString &productId) const;
    bool appendPage();
    bool matches(const Row &row) const;
    void reindex();
    void refresh(const QString &productId);

    InventoryService &m_inventory;
    ListQuery m_query;
    qint64 m_lowStockThreshold = DefaultLowStockThreshold;
    int m_pageSize = DefaultPageSize;
    QList<Row> m_rows;
    QHash<QString, int> m_index; // row of each loaded product
    bool m_atEnd = false;
};

} // namespace ShopDesk
