// Fuzz target: every event payload decoder (decodePayload for each type of EventType::all()),
// which reads what other terminals sent and what the log holds. The first byte of the input
// chooses the event type, the rest is the payload's JSON. Properties: no crash, no sanitizer
// report, a refusal is InvalidInput, and a round trip: a payload that decodes is written by
// encodePayload() into JSON that decodes again to the same payload (compared as the JSON
// encodePayload() writes, so that any decoder that is consistent passes, whatever it refuses).

#include "events.h"
#include "fuzzcheck.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace ShopDesk;
using ShopDesk::Fuzz::check;

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QList<QLatin1StringView> &types = EventType::all();
    const QString type = types.at(data[0] % types.size());
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();

    const Result<EventPayload> first = decodePayload(type, json);
    if (!first) {
        check(first.error().code == ErrorCode::InvalidInput,
              "a payload was refused with a code other than invalid_input", compact(json));
        check(!first.error().message.isEmpty(), "a payload was refused without saying why");
        return 0;
    }
    check(eventTypeOf(first.value()) == type, "the payload decoded as another event type",
          type.toUtf8(), QByteArray(eventTypeOf(first.value()).data()));

    const QJsonObject encoded = encodePayload(first.value());
    const Result<EventPayload> second = decodePayload(type, encoded);
    check(second.ok(), "a decoded payload, encoded again, no longer decodes", compact(encoded),
          second ? QByteArray() : second.error().message.toUtf8());
    const QJsonObject again = encodePayload(second.value());
    check(encoded == again, "the payload changed in the round trip", compact(encoded),
          compact(again));

    // What the rest of the program asks of a payload must not trip on any value it accepted.
    const std::optional<StockEffect> effect = stockEffect(first.value());
    const std::optional<StockEffect> effectAgain = stockEffect(second.value());
    check(effect.has_value() == effectAgain.has_value() &&
              (!effect || (effect->productId == effectAgain->productId &&
                           effect->delta == effectAgain->delta)),
          "the stock effect changed in the round trip", compact(encoded));
    check(orderStatusAfter(first.value()) == orderStatusAfter(second.value()),
          "the order status after the event changed in the round trip", compact(encoded));

    // The same payload inside an event, as the log and the sync decode it.
    DomainEvent event = makeEvent(first.value(), QStringLiteral("T1-000001"));
    const Result<EventPayload> fromEvent = decodePayload(event);
    check(fromEvent.ok() && encodePayload(fromEvent.value()) == encoded,
          "the payload decoded differently inside an event", compact(encoded));
    return 0;
}
