#pragma once

#include "result.h"
#include "stockmove.h"

#include <QCoreApplication>

namespace ShopDesk {

// The Inventory tab's words for the core's codes: stock move kinds and refusals.
class InventoryText
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::InventoryText)

public:
    static QString moveKind(StockMove::Kind kind);
    // A sentence for a refusal the dialogs did not foresee, by its code; for invalid input,
    // short stock, a wrong state or storage trouble the core's English detail follows in
    // brackets for the manager to quote.
    static QString error(const Error &error);
    // A signed change for a history line: "+5", "−3"; empty for zero.
    static QString delta(qint64 value);
};

} // namespace ShopDesk
