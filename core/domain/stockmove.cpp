#include "stockmove.h"

#include "events.h"

#include <QStringList>

namespace ShopDesk {

std::optional<StockMove> StockMove::fromEvent(const DomainEvent &event)
{
    const Result<EventPayload> payload = decodePayload(event);
    if (!payload)
        return std::nullopt;
    const std::optional<StockEffect> effect = stockEffect(payload.value());
    if (!effect)
        return std::nullopt;
    StockMove move;
    move.seq = event.seq;
    move.occurredAt = event.occurredAt;
    move.actor = event.actor;
    move.orderId = event.orderId;
    move.onHandDelta = effect->delta.onHand;
    move.reservedDelta = effect->delta.reserved;
    std::visit(
        [&move](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Events::StockReserved>) {
                move.kind = Kind::Reserved;
            } else if constexpr (std::is_same_v<T, Events::StockReleased>) {
                move.kind = Kind::Released;
            } else if constexpr (std::is_same_v<T, Events::StockDecreased>) {
                move.kind = Kind::Decreased;
            } else if constexpr (std::is_same_v<T, Events::StockIncreased>) {
                move.kind = Kind::Increased;
            } else if constexpr (std::is_same_v<T, Events::StockAdjusted>) {
                move.reason = e.reason;
                if (e.kind == Events::StockAdjusted::Kind::Count) {
                    move.kind = Kind::Counted;
                    move.counted = e.counted;
                } else {
                    move.kind = e.delta < 0 ? Kind::Lost : Kind::Received;
                }
            }
        },
        payload.value());
    return move;
}

QStringList StockMove::eventTypes()
{
    QStringList types;
    for (const StockEffectRule &rule : stockEffectRules())
        types.append(rule.type);
    return types;
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
