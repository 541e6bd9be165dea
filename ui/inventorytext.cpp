#include "inventorytext.h"

#include "displaytext.h"

namespace ShopDesk {

QString InventoryText::moveKind(StockMove::Kind kind)
{
    switch (kind) {
    case StockMove::Kind::Reserved:
        return tr("Reserved by order");
    case StockMove::Kind::Released:
        return tr("Released (order cancelled)");
    case StockMove::Kind::Decreased:
        return tr("Sent (delivery started)");
    case StockMove::Kind::Increased:
        return tr("Returned (delivery cancelled)");
    case StockMove::Kind::Received:
        return tr("Received");
    case StockMove::Kind::Lost:
        return tr("Loss");
    case StockMove::Kind::Counted:
        return tr("Stock-take");
    }
    return StockMove::kindName(kind);
}

QString InventoryText::delta(qint64 value)
{
    if (value == 0)
        return QString();
    const QString digits = DisplayText::count(value < 0 ? -value : value);
    return value < 0 ? QStringLiteral("\u2212") + digits : QStringLiteral("+") + digits;
}

} // namespace ShopDesk
