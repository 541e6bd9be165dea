#pragma once

#include "domainevent.h"

#include <optional>

namespace ShopDesk {

// One line of a product's stock history, read from one of its stock events: what moved
// on hand and reserved, why, who did it and for which order.
struct StockMove
{
    enum class Kind {
        Reserved,  // an order reserved (reserved up)
        Released,  // an unpaid order was cancelled (reserved down)
        Decreased, // a delivery started (on hand and reserved down)
        Increased, // a delivery was cancelled (on hand up)
        Received,  // a manager received stock
        Lost,      // a manager wrote stock off
        Counted,   // a stock-take set on hand to the counted figure
    };

    qint64 seq = 0; // position in the event log; newer moves have larger ones
    QDateTime occurredAt;
    Kind kind = Kind::Received;
    qint64 onHandDelta = 0;
    qint64 reservedDelta = 0;
    std::optional<qint64> counted; // a stock-take's counted figure
    QString reason;                // as the manager gave it; empty for order moves
    QString actor;
    QString orderId; // empty for manager adjustments

    // The move a stock event records; nothing for other events.
    static std::optional<StockMove> fromEvent(const DomainEvent &event);
    // The event types that are stock moves.
    static QStringList eventTypes();
    // "reserved", "released", "decreased", "increased", "receive", "loss", "count".
    static QString kindName(Kind kind);
};

} // namespace ShopDesk
