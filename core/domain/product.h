#pragma once

#include "domainevent.h"
#include "money.h"
#include "result.h"
#include "types.h"

#include <optional>

namespace ShopDesk {

// A product's own low-stock threshold: available at or below it is low stock. Unset, the
// shop's default applies.
using StockThreshold = std::optional<qint64>;

// How a product's stock stands: oversold below zero available, out of stock at zero, low at
// or below its threshold (its own, else the shop's).
enum class StockLevel { Normal, Low, OutOfStock, Oversold };
StockLevel stockLevelOf(qint64 available, qint64 threshold);

// What an edit of a product changes; an unset field stays as it is. The id never changes.
struct ProductEdit
{
    std::optional<QString> productName;
    std::optional<Money> price;
    std::optional<QString> barcode;                  // an empty one removes the barcode
    std::optional<StockThreshold> lowStockThreshold; // an unset threshold removes its own
    std::optional<TaxKind> tax;
};

struct Product
{
    QString productId;
    QString productName;
    Money price = 0;
    QString barcode; // empty when the product has none
    StockThreshold lowStockThreshold;
    TaxKind tax = TaxKind::Taxable; // VAT included in the price, or exempt (면세)

    // Validates and normalises the fields (the name is trimmed).
    static Result<Product> validated(const QString &productId, const QString &productName,
                                     Money price, const QString &barcode,
                                     StockThreshold lowStockThreshold = {},
                                     TaxKind tax = TaxKind::Taxable);
    DomainEvent registeredEvent() const;
    // The product a ProductRegistered event of any terminal registers, validated.
    static Result<Product> fromRegistered(const DomainEvent &registered);

    // Validates the edit and applies the fields that differ. Returns the ProductChanged event
    // that records them, or no event when nothing differs (nothing to record). The payload is
    // {productId, <each changed field with its new value>, previous: {<the same fields with
    // their old values>}}, fields named as in toJson(); a removed barcode or threshold is null.
    Result<std::optional<DomainEvent>> change(const ProductEdit &edit);
    // Applies a recorded ProductChanged event (from this terminal or another one): the
    // fields the payload names take its values. InvalidInput for another product's event, a
    // wrong type or a value that would not validate.
    Status apply(const DomainEvent &changed);

    // {productId, productName, price, barcode, tax}, plus lowStockThreshold when the product
    // has one.
    QJsonObject toJson() const;
};

} // namespace ShopDesk
