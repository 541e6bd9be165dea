#include "catalogstore.h"

#include "syncstatestore.h"

namespace ShopDesk {

QJsonObject StockRow::toJson() const
{
    return {{QStringLiteral("productId"), productId},
            {QStringLiteral("productName"), productName},
            {QStringLiteral("onHand"), onHand},
            {QStringLiteral("reserved"), reserved},
            {QStringLiteral("available"), available()}};
}

Status CatalogStore::saveProducts(const QList<Product> &added, const QList<Product> &changed)
{
    for (const Product &product : added)
        SD_CHECK(insertProduct(product));
    for (const Product &product : changed)
        SD_CHECK(saveProduct(product));
    return {};
}

Status CatalogStore::upsertProduct(const Product &)
{
    return noSyncSupport();
}

Status CatalogStore::addToStock(const QString &, qint64, qint64)
{
    return noSyncSupport();
}

} // namespace ShopDesk
