// Fuzz target: the sync protocol codec (Sync::decode for whole frames, Sync::eventFromJson for
// one event), the code every byte a terminal or the hub receives goes through first.
// Properties: no crash, no sanitizer report, and a round trip: whatever decodes encodes to a
// frame that decodes again to the same message.

#include "fuzzcheck.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace ShopDesk;
using namespace ShopDesk::Sync;
using ShopDesk::Fuzz::check;

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// Field by field, not only through the encoder, so that a field the encoder drops shows.
bool sameEvent(const DomainEvent &a, const DomainEvent &b)
{
    return a.seq == b.seq && a.eventId == b.eventId && a.type == b.type && a.orderId == b.orderId &&
           a.productId == b.productId && a.origin == b.origin && a.originSeq == b.originSeq &&
           a.actor == b.actor && a.causationId == b.causationId && a.occurredAt == b.occurredAt &&
           a.payload == b.payload;
}

void checkSameEvents(const QList<DomainEvent> &a, const QList<DomainEvent> &b)
{
    check(a.size() == b.size(), "the number of events changed in the round trip");
    for (qsizetype i = 0; i < a.size(); ++i) {
        check(sameEvent(a.at(i), b.at(i)), "an event changed in the round trip",
              compact(a.at(i).toJson()), compact(b.at(i).toJson()));
    }
}

QList<DomainEvent> eventsOf(const Message &message)
{
    QList<DomainEvent> events;
    if (const auto *e = std::get_if<Events>(&message)) {
        for (const SyncEvent &s : e->events)
            events.append(s.event);
    } else if (const auto *p = std::get_if<Push>(&message)) {
        events = p->events;
    }
    return events;
}

void checkFrame(const QByteArray &frame)
{
    const Decoded first = decode(frame);
    if (!first.ok()) {
        const QString &code = first.error().code;
        check(code == ErrorName::Malformed || code == ErrorName::UnknownType ||
                  code == ErrorName::UnsupportedVersion,
              "decode refused a frame with a code it does not document", code.toUtf8());
        check(!first.error().detail.isEmpty(), "decode refused a frame without saying why");
        return;
    }
    const QByteArray encoded = encode(first.message());
    const Decoded second = decode(encoded);
    check(second.ok(), "a decoded message, encoded again, no longer decodes", encoded,
          second.ok() ? QByteArray() : second.error().detail.toUtf8());
    check(first.message().index() == second.message().index(),
          "the message type changed in the round trip", encoded);
    const QByteArray again = encode(second.message());
    check(encoded == again, "the message changed in the round trip", encoded, again);
    checkSameEvents(eventsOf(first.message()), eventsOf(second.message()));
}

void checkEvent(const QJsonObject &json)
{
    const auto first = eventFromJson(json);
    if (first.index() == 1) {
        check(std::get<1>(first).code == ErrorName::Malformed,
              "eventFromJson refused an event with a code other than malformed");
        return;
    }
    const SyncEvent &a = std::get<0>(first);
    const QJsonObject encoded = eventToJson(a.event, a.globalSeq);
    const auto second = eventFromJson(encoded);
    check(second.index() == 0, "a decoded event, encoded again, no longer decodes",
          compact(encoded),
          second.index() == 1 ? std::get<1>(second).detail.toUtf8() : QByteArray());
    const SyncEvent &b = std::get<0>(second);
    check(a.globalSeq == b.globalSeq, "globalSeq changed in the round trip", compact(encoded));
    check(sameEvent(a.event, b.event), "an event changed in the round trip", compact(encoded),
          compact(eventToJson(b.event, b.globalSeq)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    checkFrame(frame);
    // The same bytes as one event: a frame's events go through eventFromJson too, but only
    // after the envelope passed; this reaches it directly.
    const QJsonDocument document = QJsonDocument::fromJson(frame);
    if (document.isObject())
        checkEvent(document.object());
    return 0;
}
