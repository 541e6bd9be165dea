#pragma once

#include "catalogstore.h"
#include "sqlitepart.h"

namespace ShopDesk {

// The catalog in SQLite: products (with their barcodes and the completion index) and stock.
class SqliteCatalog final : public CatalogStore, private SqlitePart
{
public:
    explicit SqliteCatalog(SqliteConnection &connection);

    Result<std::optional<Product>> findProduct(const QString &productId) override;
    Result<std::optional<Product>> findProductByBarcode(const QString &barcode) override;
    Status insertProduct(const Product &product) override;
    Status saveProduct(const Product &product) override;
    Status saveProducts(const QList<Product> &added, const QList<Product> &changed) override;
    Result<QList<Product>> products(const ListQuery &query) override;
    Result<QList<Product>> completeProducts(const QString &text, int limit) override;
    Result<std::optional<StockItem>> findStock(const QString &productId) override;
    Status saveStock(const StockItem &item) override;
    Result<QList<StockRow>> stockRows(const ListQuery &query) override;
    Result<QList<StockAlert>> stockAlerts(qint64 defaultThreshold, int limit) override;
    Status upsertProduct(const Product &product) override;
    Status addToStock(const QString &productId, qint64 onHandDelta, qint64 reservedDelta) override;
};

} // namespace ShopDesk
