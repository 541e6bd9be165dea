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

QString InventoryText::error(const Error &error)
{
    QString text;
    switch (error.code) {
    case ErrorCode::InvalidInput:
        text = tr("The input was refused.");
        break;
    case ErrorCode::NotFound:
        text = tr("The product no longer exists.");
        break;
    case ErrorCode::InsufficientStock:
        text = tr("There is not enough stock for that.");
        break;
    case ErrorCode::InvalidState:
        text = tr("That cannot be done now.");
        break;
    case ErrorCode::Storage:
        text = tr("The database could not be written; nothing was changed.");
        break;
    case ErrorCode::Unauthorized:
        text = tr("Log in first.");
        break;
    case ErrorCode::Forbidden:
        text = tr("Only a manager may do this.");
        break;
    }
    // Refusals the sentence says all about stand alone; for the unforeseen ones the core's
    // detail (English) follows, for the manager to quote.
    switch (error.code) {
    case ErrorCode::NotFound:
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
        return text;
    default:
        return error.message.isEmpty() ? text : tr("%1 (%2)").arg(text, error.message);
    }
}

QString InventoryText::delta(qint64 value)
{
    if (value == 0)
        return QString();
    const QString digits = DisplayText::count(value < 0 ? -value : value);
    return value < 0 ? QStringLiteral("\u2212") + digits : QStringLiteral("+") + digits;
}

} // namespace ShopDesk
