#pragma once

#include "orderview.h"
#include "shopstore.h"

#include <QAbstractTableModel>

namespace ShopDesk {

class EventBus;
class OrderService;

// The lazy list behind the order and delivery tables: rows of the order read model, read a
// page at a time through OrderService, in the store's order (newest first). It follows the
// event bus by itself: a changed order is read back and updated in place, dropped when it
// no longer matches the filter, or inserted where the list order puts it; reset() reloads.
//
// The loaded rows are always the first rowCount() rows the store would return for the
// current filter, so the next page is read at offset rowCount().
class OrderViewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1, // the order id of the row, in any column
        StatusRole,                     // the status code the filter compares (not translated)
        ValueRole,                      // the cell's raw value: Money, counts, QDateTime
    };

    static constexpr int DefaultPageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString statusFilter() const { return m_query.status; }
    // Shows only rows with this status code (empty: every status) and reloads.
    void setStatusFilter(const QString &status);
    QString search() const { return m_query.search; }
    // Order id prefix or part of the customer's name (empty: no search) and reloads.
    void setSearch(const QString &text);
    int pageSize() const { return m_pageSize; }
    // Rows per page from the next page on.
    void setPageSize(int rows);

    // Reads the first page again.
    void reload();
    // The row holding the order, or -1 when it is not loaded.
    int rowOf(const QString &orderId) const;
    const OrderView &viewAt(int row) const { return m_rows.at(row); }

signals:
    // A read through the service failed; the list keeps what it had. message is for the
    // clerk, in the window's language (ErrorText).
    void loadFailed(const QString &message);

protected:
    OrderViewTableModel(OrderService &orders, EventBus &bus, QObject *parent);

    // One page for the query (limit and offset set).
    virtual Result<QList<OrderView>> readPage(const ListQuery &query) const = 0;
    // Whether the row belongs in this list under the status filter (the search is checked here).
    virtual bool listed(const OrderView &view, const QString &status) const = 0;
    // Whether a comes before b in the store's order.
    virtual bool before(const OrderView &a, const OrderView &b) const = 0;

    OrderService &orders() const { return m_orders; }

private:
    void loadFirstPage();
    bool appendPage();
    bool matches(const OrderView &view) const;
    void refresh(const QString &orderId);

    OrderService &m_orders;
    ListQuery m_query;
    int m_pageSize = DefaultPageSize;
    QList<OrderView> m_rows;
    bool m_atEnd = false;
};

} // namespace ShopDesk
