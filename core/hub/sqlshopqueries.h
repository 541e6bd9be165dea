#pragma once

#include "shopqueries.h"

#include <QStringList>

namespace ShopDesk::Hub {

class SqlHubStore;

// ShopQueries over the hub's projection, on the connection of a SqlHubStore (same thread).
// Pages by LIMIT and OFFSET, ordered by the sort key and then the row's id, so that pages are
// stable; prefix searches are ranges over an index, in byte order on both databases.
class SqlShopQueries final : public ShopQueries
{
public:
    // `store` must outlive this.
    explicit SqlShopQueries(SqlHubStore &store);

    quint64 version() const override;
    Result<PageOf<OrderRecord>> orders(const OrderFilter &filter, const PageRequest &page) override;
    Result<std::optional<OrderRecord>> order(const QString &orderId) override;
    Result<PageOf<DeliveryRecord>> deliveries(const DeliveryFilter &filter,
                                              const PageRequest &page) override;
    Result<std::optional<DeliveryRecord>> delivery(const QString &deliveryId) override;
    Result<PageOf<ProductRecord>> products(const ProductFilter &filter,
                                           const PageRequest &page) override;
    Result<std::optional<ProductRecord>> product(const QString &productId) override;

    // The database's plan of orders()'s page query (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
    // PostgreSQL), one line per step: for tests that the lists run from an index.
    Result<QStringList> ordersPlan(const OrderFilter &filter, const PageRequest &page);

private:
    SqlHubStore &m_store;
};

} // namespace ShopDesk::Hub
