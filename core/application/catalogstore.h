#pragma once

#include "listquery.h"
#include "product.h"
#include "result.h"
#include "stockitem.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace ShopDesk {

struct StockRow
{
    QString productId;
    QString productName;
    qint64 onHand = 0;
    qint64 reserved = 0;

    qint64 available() const { return onHand - reserved; }
    QJsonObject toJson() const;
};

// A product whose stock needs a manager: low, out of stock or oversold.
struct StockAlert
{
    StockRow stock;
    qint64 threshold = 0; // the one that applies
    StockLevel level = StockLevel::Low;
};

// The catalog port: products, their barcodes and completion, and stock.
class CatalogStore
{
public:
    virtual ~CatalogStore() = default;

    virtual Result<std::optional<Product>> findProduct(const QString &productId) = 0;
    virtual Result<std::optional<Product>> findProductByBarcode(const QString &barcode) = 0;
    // Inserts the product with zero stock; fails with InvalidInput on a duplicate id or barcode.
    virtual Status insertProduct(const Product &product) = 0;
    // Inside the open transaction: stores the product's name, price, barcode and threshold;
    // InvalidInput when the barcode belongs to another product.
    virtual Status saveProduct(const Product &product) = 0;
    // Inside the open transaction: many products at once (a catalog import), the added ones
    // as insertProduct and the changed ones as saveProduct, a store keeping its search index
    // up to date once for all of them. By default one by one.
    virtual Status saveProducts(const QList<Product> &added, const QList<Product> &changed);
    virtual Result<QList<Product>> products(const ListQuery &query) = 0;
    // At most limit products for completion while typing text: the product whose id or
    // barcode is text, then ids starting with text (ASCII case ignored), then names having a
    // word that starts with each word of text. Answers from indexes, whatever the shop's size.
    virtual Result<QList<Product>> completeProducts(const QString &text, int limit) = 0;

    virtual Result<std::optional<StockItem>> findStock(const QString &productId) = 0;
    virtual Status saveStock(const StockItem &item) = 0;
    virtual Result<QList<StockRow>> stockRows(const ListQuery &query) = 0;
    // The products whose available stock is at or below their threshold (their own, else
    // defaultThreshold), oversold first, then by available, at most limit.
    virtual Result<QList<StockAlert>> stockAlerts(qint64 defaultThreshold, int limit) = 0;

    // Sync with the hub; a store without sync support answers with a Storage error.
    //
    // Inside the open transaction: a product registered (or edited) on another terminal;
    // a new one gets a zero stock row.
    virtual Status upsertProduct(const Product &product);
    // Inside the open transaction: adds the deltas as they come, without any availability
    // check (two terminals selling the last unit offline leave it oversold, never clamped).
    virtual Status addToStock(const QString &productId, qint64 onHandDelta, qint64 reservedDelta);
};

} // namespace ShopDesk
