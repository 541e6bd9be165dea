#include "pushcheck.h"

#include "protocol.h"

namespace ShopDesk::Hub {

Error pushRefusal(QLatin1StringView code, const QString &message, const QString &eventId)
{
    return Error::invalidInput(
        message, {{QStringLiteral("code"), QString(code)}, {QStringLiteral("eventId"), eventId}});
}

QLatin1StringView refusalCode(const Error &error)
{
    using namespace Sync::ErrorName;
    const QString code = error.details.value(QStringLiteral("code")).toString();
    for (QLatin1StringView known : {ForbiddenEvent, InvalidEvent, EventIdTaken}) {
        if (code == known)
            return known;
    }
    return Malformed;
}

Result<QList<std::optional<EventPayload>>> PushCheck::check(const QList<DomainEvent> &events)
{
    using namespace Sync::ErrorName;
    QList<std::optional<EventPayload>> payloads;
    payloads.reserve(events.size());
    for (const DomainEvent &event : events) {
        // A type of a newer build passes through the log untouched; a known one must decode.
        const QList<QLatin1StringView> &known = EventType::all();
        if (std::none_of(known.cbegin(), known.cend(),
                         [&](QLatin1StringView type) { return event.type == type; })) {
            payloads.append(std::nullopt);
            continue;
        }
        Result<EventPayload> decoded = decodePayload(event);
        if (!decoded)
            return pushRefusal(Malformed, decoded.error().message, event.eventId);
        const EventPayload &payload = decoded.value();

        if (!event.orderId.isEmpty()) {
            OrderFlow &flow = flows[event.orderId];
            flow.orderId = event.orderId;
            if (Status admitted = flow.admit(event, payload); !admitted) {
                const Error &why = admitted.error();
                return pushRefusal(why.code == ErrorCode::Forbidden ? ForbiddenEvent : InvalidEvent,
                                   why.message, event.eventId);
            }
            flow.apply(event, payload);
        }
        if (const std::optional<StockEffect> effect = stockEffect(payload)) {
            if (effect->productId != event.productId) {
                return pushRefusal(Malformed,
                                   QStringLiteral("event %1 names product '%2' but moves the "
                                                  "stock of '%3'")
                                       .arg(event.eventId, event.productId, effect->productId),
                                   event.eventId);
            }
            StockDelta &held = stock[effect->productId];
            const Result<StockDelta> sum = addStock(held, effect->delta, effect->productId);
            if (!sum) {
                return pushRefusal(
                    InvalidEvent,
                    QStringLiteral("event %1: %2").arg(event.eventId, sum.error().message),
                    event.eventId);
            }
            held = sum.value();
        }
        payloads.append(std::move(decoded).value());
    }
    return payloads;
}

} // namespace ShopDesk::Hub
