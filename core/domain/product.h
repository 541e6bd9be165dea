#pragma once

#include "domainevent.h"
#include "result.h"
#include "types.h"

namespace ShopDesk {

struct Product
{
    QString productId;
    QString productName;
    Money price = 0;
    QString barcode; // empty when the product has none

    // Validates and normalises the fields (the name is trimmed).
    static Result<Product> validated(const QString &productId, const QString &productName,
                                     Money price, const QString &barcode);
    DomainEvent registeredEvent() const;
    QJsonObject toJson() const;
};

} // namespace ShopDesk
