#include "product.h"

#include "validation.h"

namespace ShopDesk {

namespace {

const QString nameKey = QStringLiteral("productName");
const QString priceKey = QStringLiteral("price");
const QString barcodeKey = QStringLiteral("barcode");
const QString thresholdKey = QStringLiteral("lowStockThreshold");

Status validThreshold(const StockThreshold &threshold)
{
    if (threshold && (*threshold < 0 || *threshold > Limits::MaxStockDelta)) {
        return Error::invalidInput(
            QStringLiteral("low-stock threshold must be a whole number from 0 to %1, got %2")
                .arg(Limits::MaxStockDelta)
                .arg(*threshold));
    }
    return {};
}

QJsonValue jsonOf(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue jsonOf(const StockThreshold &threshold)
{
    return threshold ? QJsonValue(*threshold) : QJsonValue();
}

} // namespace

Result<Product> Product::validated(const QString &productId, const QString &productName,
                                   Money price, const QString &barcode,
                                   StockThreshold lowStockThreshold)
{
    SD_CHECK(Validate::identifier(productId, QStringLiteral("product id")));
    SD_CHECK(
        Validate::requiredText(productName, QStringLiteral("product name"), Limits::MaxNameLength));
    SD_CHECK(Validate::price(price, QStringLiteral("price")));
    if (!barcode.isEmpty())
        SD_CHECK(Validate::identifier(barcode, QStringLiteral("barcode")));
    SD_CHECK(validThreshold(lowStockThreshold));
    return Product{productId, productName.trimmed(), price, barcode, lowStockThreshold};
}

DomainEvent Product::registeredEvent() const
{
    return DomainEvent::make(EventType::ProductRegistered, {}, productId, toJson());
}

Result<std::optional<DomainEvent>> Product::change(const ProductEdit &edit)
{
    SD_TRY(const Product wanted,
           validated(productId, edit.productName.value_or(productName), edit.price.value_or(price),
                     edit.barcode.value_or(barcode),
                     edit.lowStockThreshold.value_or(lowStockThreshold)));
    QJsonObject payload{{QStringLiteral("productId"), productId}};
    QJsonObject previous;
    if (wanted.productName != productName) {
        payload.insert(nameKey, wanted.productName);
        previous.insert(nameKey, productName);
    }
    if (wanted.price != price) {
        payload.insert(priceKey, wanted.price);
        previous.insert(priceKey, price);
    }
    if (wanted.barcode != barcode) {
        payload.insert(barcodeKey, jsonOf(wanted.barcode));
        previous.insert(barcodeKey, jsonOf(barcode));
    }
    if (wanted.lowStockThreshold != lowStockThreshold) {
        payload.insert(thresholdKey, jsonOf(wanted.lowStockThreshold));
        previous.insert(thresholdKey, jsonOf(lowStockThreshold));
    }
    if (previous.isEmpty())
        return std::optional<DomainEvent>();
    payload.insert(QStringLiteral("previous"), previous);
    *this = wanted;
    return std::optional<DomainEvent>(
        DomainEvent::make(EventType::ProductChanged, {}, productId, payload));
}

Status Product::apply(const DomainEvent &changed)
{
    if (changed.type != EventType::ProductChanged || changed.productId != productId) {
        return Error::invalidInput(
            QStringLiteral("event %1 (%2 of '%3') does not change product "
                           "'%4'")
                .arg(changed.eventId, changed.type, changed.productId, productId));
    }
    const QJsonObject &p = changed.payload;
    ProductEdit edit;
    if (p.contains(nameKey))
        edit.productName = p.value(nameKey).toString();
    if (p.contains(priceKey)) {
        const QJsonValue value = p.value(priceKey);
        if (!value.isDouble())
            return Error::invalidInput(
                QStringLiteral("event %1 has a price that is not a number").arg(changed.eventId));
        edit.price = value.toInteger();
    }
    if (p.contains(barcodeKey))
        edit.barcode = p.value(barcodeKey).toString();
    if (p.contains(thresholdKey)) {
        const QJsonValue value = p.value(thresholdKey);
        edit.lowStockThreshold =
            value.isNull() ? StockThreshold() : StockThreshold(value.toInteger());
    }
    SD_TRY(const std::optional<DomainEvent> ignored, change(edit));
    Q_UNUSED(ignored);
    return {};
}

QJsonObject Product::toJson() const
{
    QJsonObject json{{QStringLiteral("productId"), productId},
                     {nameKey, productName},
                     {priceKey, price},
                     {barcodeKey, jsonOf(barcode)}};
    if (lowStockThreshold)
        json.insert(thresholdKey, *lowStockThreshold);
    return json;
}

} // namespace ShopDesk
