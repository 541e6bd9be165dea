#include "stockmove.h"

#include <QStringList>

namespace ShopDesk {

std::optional<StockMove> StockMove::fromEvent(const DomainEvent &event)
{
    StockMove move;
    move.seq = event.seq;
    move.occurredAt = event.occurredAt;
    move.actor = event.actor;
    move.orderId = event.orderId;
    const QJsonObject &p = event.payload;
    const qint64 qty = p.value(QStringLiteral("qty")).toInteger();
    const QString &type = event.type;
    if (type == EventType::StockReserved) {
        move.kind = Kind::Reserved;
        move.reservedDelta = qty;
    } else if (type == EventType::StockReleased) {
        move.kind = Kind::Released;
        move.reservedDelta = -qty;
    } else if (type == EventType::StockDecreased) {
        move.kind = Kind::Decreased;
        move.onHandDelta = -qty;
        move.reservedDelta = -qty;
    } else if (type == EventType::StockIncreased) {
        move.kind = Kind::Increased;
        move.onHandDelta = qty;
    } else if (type == EventType::StockAdjusted) {
        move.onHandDelta = p.value(QStringLiteral("delta")).toInteger();
        move.reason = p.value(QStringLiteral("reason")).toString();
        const QString kind = p.value(QStringLiteral("kind")).toString();
        if (kind == kindName(Kind::Counted)) {
            move.kind = Kind::Counted;
            move.counted = p.value(QStringLiteral("counted")).toInteger();
        } else {
            move.kind = move.onHandDelta < 0 ? Kind::Lost : Kind::Received;
        }
    } else {
        return std::nullopt;
    }
    return move;
}

QStringList StockMove::eventTypes()
{
    return {EventType::StockReserved, EventType::StockReleased, EventType::StockDecreased,
            EventType::StockIncreased, EventType::StockAdjusted};
}

QString StockMove::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Reserved:
        return QStringLiteral("reserved");
    case Kind::Released:
        return QStringLiteral("released");
    case Kind::Decreased:
        return QStringLiteral("decreased");
    case Kind::Increased:
        return QStringLiteral("increased");
    case Kind::Received:
        return QStringLiteral("receive");
    case Kind::Lost:
        return QStringLiteral("loss");
    case Kind::Counted:
        return QStringLiteral("count");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace ShopDesk
