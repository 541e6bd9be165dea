#include "product.h"

#include "validation.h"

namespace ShopDesk {

Result<Product> Product::validated(const QString &productId, const QString &productName,
                                   Money price, const QString &barcode)
{
    SD_CHECK(Validate::identifier(productId, QStringLiteral("product id")));
    SD_CHECK(
        Validate::requiredText(productName, QStringLiteral("product name"), Limits::MaxNameLength));
    SD_CHECK(Validate::price(price, QStringLiteral("price")));
    if (!barcode.isEmpty())
        SD_CHECK(Validate::identifier(barcode, QStringLiteral("barcode")));
    return Product{productId, productName.trimmed(), price, barcode};
}

DomainEvent Product::registeredEvent() const
{
    return DomainEvent::make(EventType::ProductRegistered, {}, productId, toJson());
}

QJsonObject Product::toJson() const
{
    return {{QStringLiteral("productId"), productId},
            {QStringLiteral("productName"), productName},
            {QStringLiteral("price"), price},
            {QStringLiteral("barcode"), barcode.isEmpty() ? QJsonValue() : barcode}};
}

} // namespace ShopDesk
