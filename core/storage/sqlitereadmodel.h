#pragma once

#include "readmodelstore.h"
#include "sqlitepart.h"

#include <algorithm>

namespace ShopDesk {

class SqliteCustomers;

// The order read model in SQLite: order_view and its search (order_search), kept up to date
// from the log and rebuilt from it; the customer book says which orders an erasure reached.
class SqliteReadModel final : public ReadModelStore, private SqlitePart
{
public:
    SqliteReadModel(SqliteConnection &connection, SqliteCustomers &customers);

    Status applyChange(const QString &orderId, const OrderViewChange &change) override;
    Result<std::optional<OrderView>> findOrderView(const QString &orderId) override;
    Status visitOrderViews(const ListQuery &query,
                           const std::function<void(const OrderView &)> &visit) override;
    Status rebuildReadModel() override;

    // See SqliteStore::setSparseSearchRows.
    void setSparseSearchRows(int rows) { m_sparseSearchRows = std::max(1, rows); }

    // Folds the log into order rows, one order at a time, in order id order; the customer
    // fields of an order an erasure reached are erased (CustomerFold::erases).
    Status foldReadModel(const std::function<Status(const OrderView &)> &sink);

private:
    // A row of the order list and its entry in the order search, always together.
    Status insertOrderView(const OrderView &view);
    // Whether few enough orders match the search to read them all through the indexes.
    Result<bool> searchIsSparse(const QString &search);
    // visitOrderViews for a sparse search: the matches from the indexes, sorted.
    Status visitSearchedOrderViews(const ListQuery &query,
                                   const std::function<void(const OrderView &)> &visit);

    SqliteCustomers &m_customers;
    int m_sparseSearchRows;
};

} // namespace ShopDesk
