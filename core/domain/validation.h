#pragma once

#include "result.h"

#include <QString>

namespace ShopDesk::Validate {

// Each returns an InvalidInput error naming `field` and what a valid value looks like.
Status identifier(const QString &value, const QString &field);
Status requiredText(const QString &value, const QString &field, int maxLength);
Status optionalText(const QString &value, const QString &field, int maxLength);
Status quantity(qint64 qty, const QString &field);
Status price(qint64 price, const QString &field);

} // namespace ShopDesk::Validate
