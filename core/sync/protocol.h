#pragma once

#include "domainevent.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

// The sync protocol between terminals and the hub (docs/sync-protocol.md): one JSON object per
// WebSocket text frame. This codec is the only place that knows the wire format; it validates
// everything it decodes, so a malformed frame is an error value, never a crash.
namespace ShopDesk::Sync {

inline constexpr int ProtocolVersion = 1;

namespace MessageType {
inline constexpr QLatin1StringView Hello{"hello"};
inline constexpr QLatin1StringView Welcome{"welcome"};
inline constexpr QLatin1StringView Error{"error"};
inline constexpr QLatin1StringView Events{"events"};
inline constexpr QLatin1StringView CaughtUp{"caughtUp"};
inline constexpr QLatin1StringView Push{"push"};
inline constexpr QLatin1StringView Ack{"ack"};
} // namespace MessageType

// The codes of an error message; the hub closes the connection after sending one.
namespace ErrorName {
inline constexpr QLatin1StringView Unauthorized{"unauthorized"};
inline constexpr QLatin1StringView UnsupportedVersion{"unsupported_version"};
inline constexpr QLatin1StringView Malformed{"malformed"};
inline constexpr QLatin1StringView UnknownType{"unknown_type"};
inline constexpr QLatin1StringView TooLarge{"too_large"};
inline constexpr QLatin1StringView RateLimited{"rate_limited"};
inline constexpr QLatin1StringView ForbiddenOrigin{"forbidden_origin"};
// A pushed event about an order that is not the pusher's (OrderFlow: only the terminal named in
// an order id places and changes it).
inline constexpr QLatin1StringView ForbiddenEvent{"forbidden_event"};
// A pushed event that cannot happen in its order's state (a refund without a payment), or that
// would take a product's stock out of its range.
inline constexpr QLatin1StringView InvalidEvent{"invalid_event"};
// A pushed event whose eventId the hub holds as another event (another origin or sequence);
// the error's message names the id, and the terminal gives its unsent event a new one.
inline constexpr QLatin1StringView EventIdTaken{"event_id_taken"};
inline constexpr QLatin1StringView AuthTimeout{"auth_timeout"};
inline constexpr QLatin1StringView ServerBusy{"server_busy"};
inline constexpr QLatin1StringView AddressBusy{"address_busy"};
inline constexpr QLatin1StringView CrowdedOut{"crowded_out"};
inline constexpr QLatin1StringView IdleTimeout{"idle_timeout"};
inline constexpr QLatin1StringView ShuttingDown{"shutting_down"};
inline constexpr QLatin1StringView Internal{"internal"};
} // namespace ErrorName

// Largest number of events the hub puts into one events frame, and a terminal into one push.
inline constexpr int MaxEventsPerMessage = 5000;

// An event as it travels: the DomainEvent and, once the hub has appended it, its position in
// the hub's log (0 = not assigned yet, as in a push). event.seq is the sender's local
// position; it is informational only and a receiver assigns its own.
struct SyncEvent
{
    DomainEvent event;
    qint64 globalSeq = 0;
};

struct Hello
{
    QString terminal;
    QString token;
    qint64 lastGlobalSeq = 0;
    // The terminal was restored from a backup: its catch-up includes its own events, which it
    // lost with what came after the backup ("withOwn": true; absent is false).
    bool withOwn = false;
};

struct Welcome
{
    qint64 hubSeq = 0;
};

struct ErrorMessage
{
    QString code; // one of ErrorName
    QString message;
    QString eventId; // the event refused, for event_id_taken; else empty
};

struct Events
{
    QList<SyncEvent> events;
};

struct CaughtUp
{
    qint64 hubSeq = 0;
};

struct Push
{
    QString batch;
    QList<DomainEvent> events;
};

struct Assigned
{
    QString eventId;
    qint64 globalSeq = 0;
};

struct Ack
{
    QString batch;
    QList<Assigned> assigned;
};

using Message = std::variant<Hello, Welcome, ErrorMessage, Events, CaughtUp, Push, Ack>;

// Why a frame was refused: code is one of ErrorName (malformed, unknown_type,
// unsupported_version), detail a sentence for the error message and logs.
struct DecodeError
{
    QString code;
    QString detail;
};

// Either the message or why it is not one.
class Decoded
{
public:
    Decoded(Message message)
        : m_data(std::move(message))
    {}
    Decoded(DecodeError error)
        : m_data(std::move(error))
    {}
    bool ok() const { return m_data.index() == 0; }
    const Message &message() const { return std::get<0>(m_data); }
    Message &message() { return std::get<0>(m_data); }
    const DecodeError &error() const { return std::get<1>(m_data); }

private:
    std::variant<Message, DecodeError> m_data;
};

// Encoders: compact UTF-8 JSON, ready for QWebSocket::sendTextMessage.
QByteArray encode(const Hello &hello);
QByteArray encode(const Welcome &welcome);
QByteArray encode(const ErrorMessage &error);
QByteArray encode(const Events &events);
QByteArray encode(const CaughtUp &caughtUp);
QByteArray encode(const Push &push);
QByteArray encode(const Ack &ack);
QByteArray encode(const Message &message);

// Builds an events frame straight from stored columns, for the hub's catch-up: the payload is
// copied as the JSON text it was stored as instead of being parsed and written again, which
// makes a catch-up several times faster. The frame is the same JSON as encode(Events{...}).
class EventsFrameWriter
{
public:
    EventsFrameWriter();
    // event.payload is ignored: payloadJson (a JSON object's text) is written instead.
    void add(const DomainEvent &event, qint64 globalSeq, QByteArrayView payloadJson);
    int count() const { return m_count; }
    // The complete message; the writer is empty again afterwards.
    QByteArray take();

private:
    QByteArray m_frame;
    int m_count = 0;
};

// Decodes one frame. Checks, in this order: valid JSON object (malformed), "type" a known
// message type (unknown_type), "v" equal to ProtocolVersion (unsupported_version), then every
// field of the message and of each event (malformed).
Decoded decode(const QByteArray &frame);

// The event as JSON: DomainEvent::toJson() plus "globalSeq" when globalSeq > 0.
QJsonObject eventToJson(const DomainEvent &event, qint64 globalSeq = 0);
// The inverse, with validation: eventId a UUID, type an event type name (CamelCase; types this
// build does not know pass, receivers skip them), origin a terminal
// name, originSeq >= 1, occurredAt an ISO date-time, payload an object, optional ids strings.
// On failure returns a DecodeError with code malformed.
std::variant<SyncEvent, DecodeError> eventFromJson(const QJsonObject &json);

// True for a valid terminal name, the rule the terminal database uses: 1-16 letters, digits,
// '-' or '_', starting with a letter.
bool isValidTerminalName(const QString &name);

} // namespace ShopDesk::Sync
