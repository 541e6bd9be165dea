#pragma once

#include "stockmove.h"

#include <QCoreApplication>

namespace ShopDesk {

// The Inventory tab's words for the core's codes: stock move kinds and changes.
class InventoryText
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::InventoryText)

public:
    static QString moveKind(StockMove::Kind kind);
    // A signed change for a history line: "+5", "−3"; empty for zero.
    static QString delta(qint64 value);
};

} // namespace ShopDesk
