#include "product.h"

#include "editdiff.h"
#include "events.h"
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

} // namespace

Result<Product> Product::validated(const QString &productId, const QString &productName,
                                   Money price, const QString &barcode,
                                   StockThreshold lowStockThreshold, TaxKind tax)
{
    SD_CHECK(Validate::identifier(productId, QStringLiteral("product id")));
    SD_CHECK(
        Validate::requiredText(productName, QStringLiteral("product name"), Limits::MaxNameLength));
    SD_CHECK(Validate::price(price, QStringLiteral("price")));
    if (!barcode.isEmpty())
        SD_CHECK(Validate::identifier(barcode, QStringLiteral("barcode")));
    SD_CHECK(validThreshold(lowStockThreshold));
    return Product{productId, productName.trimmed(), price, barcode, lowStockThreshold, tax};
}

DomainEvent Product::registeredEvent() const
{
    return makeEvent(Events::ProductRegistered{*this}, {}, productId);
}

Result<Product> Product::fromRegistered(const DomainEvent &registered)
{
    SD_TRY(const Events::ProductRegistered e, decodeAs<Events::ProductRegistered>(registered));
    return validated(e.product.productId, e.product.productName, e.product.price, e.product.barcode,
                     e.product.lowStockThreshold, e.product.tax);
}

Result<std::optional<DomainEvent>> Product::change(const ProductEdit &edit)
{
    SD_TRY(const Product wanted,
           validated(productId, edit.productName.value_or(productName), edit.price.value_or(price),
                     edit.barcode.value_or(barcode),
                     edit.lowStockThreshold.value_or(lowStockThreshold), edit.tax.value_or(tax)));
    EditDiff<Product, ProductEdit> diff{*this, wanted};
    diff.compare(&Product::productName, &ProductEdit::productName);
    diff.compare(&Product::price, &ProductEdit::price);
    diff.compare(&Product::barcode, &ProductEdit::barcode);
    diff.compare(&Product::lowStockThreshold, &ProductEdit::lowStockThreshold);
    diff.compare(&Product::tax, &ProductEdit::tax);
    if (!diff.any)
        return std::optional<DomainEvent>();
    const Events::ProductChanged e{productId, diff.changed, diff.previous};
    *this = wanted;
    return std::optional<DomainEvent>(makeEvent(e, {}, productId));
}

Status Product::apply(const DomainEvent &changed)
{
    if (changed.type != EventType::ProductChanged || changed.productId != productId) {
        return Error::invalidInput(
            QStringLiteral("event %1 (%2 of '%3') does not change product "
                           "'%4'")
                .arg(changed.eventId, changed.type, changed.productId, productId));
    }
    SD_TRY(const Events::ProductChanged e, decodeAs<Events::ProductChanged>(changed));
    SD_TRY(const std::optional<DomainEvent> ignored, change(e.changed));
    Q_UNUSED(ignored);
    return {};
}

QJsonObject Product::toJson() const
{
    QJsonObject json{{QStringLiteral("productId"), productId},
                     {nameKey, productName},
                     {priceKey, price},
                     {barcodeKey, jsonOf(barcode)},
                     {QStringLiteral("tax"), toText(tax)}};
    if (lowStockThreshold)
        json.insert(thresholdKey, *lowStockThreshold);
    return json;
}

StockLevel stockLevelOf(qint64 available, qint64 threshold)
{
    if (available < 0)
        return StockLevel::Oversold;
    if (available == 0)
        return StockLevel::OutOfStock;
    return available <= threshold ? StockLevel::Low : StockLevel::Normal;
}

} // namespace ShopDesk
