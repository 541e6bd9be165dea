#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace ShopDesk::Sync {

namespace {

// Integers travel as JSON numbers; beyond 2^53 a double no longer holds every integer.
constexpr double MaxJsonInteger = 9007199254740992.0;
constexpr int MaxTokenLength = 512;
constexpr int MaxBatchIdLength = 128;
constexpr int MaxEventTextLength = 1000;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject envelope(QLatin1StringView type)
{
    return QJsonObject{{QStringLiteral("type"), QString(type)},
                       {QStringLiteral("v"), ProtocolVersion}};
}

DecodeError malformed(const QString &detail)
{
    return {QString(ErrorName::Malformed), detail};
}

// A whole number in [minimum, 2^53]; std::nullopt otherwise (also for a missing field).
std::optional<qint64> integerField(const QJsonObject &object, QLatin1StringView name,
                                   qint64 minimum)
{
    const QJsonValue value = object.value(name);
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(minimum) || d > MaxJsonInteger)
        return std::nullopt;
    return qint64(d);
}

// A string of 1..maxLength characters, or std::nullopt.
std::optional<QString> stringField(const QJsonObject &object, QLatin1StringView name, int maxLength)
{
    const QJsonValue value = object.value(name);
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString();
    if (text.isEmpty() || text.size() > maxLength)
        return std::nullopt;
    return text;
}

// One canonical form, as terminals write them (lower case, no braces): the same id written two
// ways must not be two events.
bool isUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

std::variant<QList<SyncEvent>, DecodeError> eventsField(const QJsonObject &object)
{
    const QJsonValue value = object.value(QLatin1StringView("events"));
    if (!value.isArray())
        return malformed(QStringLiteral("\"events\" must be an array"));
    const QJsonArray array = value.toArray();
    if (array.size() > MaxEventsPerMessage) {
        return malformed(QStringLiteral("at most %1 events per message, got %2")
                             .arg(MaxEventsPerMessage)
                             .arg(array.size()));
    }
    QList<SyncEvent> events;
    events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return malformed(QStringLiteral("events[%1] is not an object").arg(i));
        auto event = eventFromJson(array.at(i).toObject());
        if (event.index() == 1) {
            DecodeError error = std::get<1>(event);
            error.detail = QStringLiteral("events[%1]: %2").arg(i).arg(error.detail);
            return error;
        }
        events.append(std::get<0>(std::move(event)));
    }
    return events;
}

Decoded decodeHello(const QJsonObject &o)
{
    Hello hello;
    const auto terminal = stringField(o, QLatin1StringView("terminal"), 16);
    if (!terminal || !isValidTerminalName(*terminal))
        return malformed(QStringLiteral("hello: \"terminal\" must be a terminal name"));
    // A missing or empty token is a hello the hub refuses as unauthorized, not a malformed one.
    const QJsonValue tokenValue = o.value(QLatin1StringView("token"));
    const std::optional<QString> token =
        tokenValue.isUndefined() || tokenValue.isNull() ? std::optional<QString>(QString())
        : tokenValue.isString() && tokenValue.toString().size() <= MaxTokenLength
            ? std::optional<QString>(tokenValue.toString())
            : std::nullopt;
    if (!token)
        return malformed(QStringLiteral("hello: \"token\" must be a string"));
    const auto last = integerField(o, QLatin1StringView("lastGlobalSeq"), 0);
    if (!last)
        return malformed(QStringLiteral("hello: \"lastGlobalSeq\" must be a whole number >= 0"));
    const QJsonValue withOwn = o.value(QLatin1StringView("withOwn"));
    if (!withOwn.isUndefined() && !withOwn.isBool())
        return malformed(QStringLiteral("hello: \"withOwn\" must be true or false"));
    hello.terminal = *terminal;
    hello.token = *token;
    hello.lastGlobalSeq = *last;
    hello.withOwn = withOwn.toBool();
    return Message(std::move(hello));
}

Decoded decodeWelcome(const QJsonObject &o)
{
    const auto hubSeq = integerField(o, QLatin1StringView("hubSeq"), 0);
    if (!hubSeq)
        return malformed(QStringLiteral("welcome: \"hubSeq\" must be a whole number >= 0"));
    return Message(Welcome{*hubSeq});
}

Decoded decodeError(const QJsonObject &o)
{
    const auto code = stringField(o, QLatin1StringView("code"), 64);
    if (!code)
        return malformed(QStringLiteral("error: \"code\" must be a non-empty string"));
    const QJsonValue message = o.value(QLatin1StringView("message"));
    if (!message.isUndefined() && !message.isString())
        return malformed(QStringLiteral("error: \"message\" must be a string"));
    const QJsonValue eventId = o.value(QLatin1StringView("eventId"));
    if (!eventId.isUndefined() && !isUuid(eventId.toString()))
        return malformed(QStringLiteral("error: \"eventId\" must be an event id"));
    return Message(ErrorMessage{*code, message.toString(), eventId.toString()});
}

Decoded decodeEvents(const QJsonObject &o)
{
    auto events = eventsField(o);
    if (events.index() == 1)
        return std::get<1>(events);
    for (const SyncEvent &e : std::get<0>(events)) {
        if (e.globalSeq < 1) {
            return malformed(
                QStringLiteral("events: event %1 has no \"globalSeq\"").arg(e.event.eventId));
        }
    }
    return Message(Events{std::get<0>(std::move(events))});
}

Decoded decodeCaughtUp(const QJsonObject &o)
{
    const auto hubSeq = integerField(o, QLatin1StringView("hubSeq"), 0);
    if (!hubSeq)
        return malformed(QStringLiteral("caughtUp: \"hubSeq\" must be a whole number >= 0"));
    return Message(CaughtUp{*hubSeq});
}

Decoded decodePush(const QJsonObject &o)
{
    const auto batch = stringField(o, QLatin1StringView("batch"), MaxBatchIdLength);
    if (!batch)
        return malformed(QStringLiteral("push: \"batch\" must be a non-empty string"));
    auto events = eventsField(o);
    if (events.index() == 1)
        return std::get<1>(events);
    Push push;
    push.batch = *batch;
    push.events.reserve(std::get<0>(events).size());
    for (SyncEvent &e : std::get<0>(events))
        push.events.append(std::move(e.event));
    return Message(std::move(push));
}

Decoded decodeAck(const QJsonObject &o)
{
    const auto batch = stringField(o, QLatin1StringView("batch"), MaxBatchIdLength);
    if (!batch)
        return malformed(QStringLiteral("ack: \"batch\" must be a non-empty string"));
    const QJsonValue assignedValue = o.value(QLatin1StringView("assigned"));
    if (!assignedValue.isArray())
        return malformed(QStringLiteral("ack: \"assigned\" must be an array"));
    const QJsonArray array = assignedValue.toArray();
    if (array.size() > MaxEventsPerMessage)
        return malformed(QStringLiteral("ack: too many entries in \"assigned\""));
    Ack ack;
    ack.batch = *batch;
    ack.assigned.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const auto eventId = stringField(entry, QLatin1StringView("eventId"), 64);
        const auto globalSeq = integerField(entry, QLatin1StringView("globalSeq"), 1);
        if (!eventId || !isUuid(*eventId) || !globalSeq) {
            return malformed(
                QStringLiteral("ack: assigned[%1] needs an \"eventId\" UUID and a \"globalSeq\" "
                               ">= 1")
                    .arg(i));
        }
        ack.assigned.append(Assigned{*eventId, *globalSeq});
    }
    return Message(std::move(ack));
}

} // namespace

bool isValidTerminalName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,15}$"));
    return pattern.match(name).hasMatch();
}

QJsonObject eventToJson(const DomainEvent &event, qint64 globalSeq)
{
    QJsonObject json = event.toJson();
    if (globalSeq > 0)
        json.insert(QStringLiteral("globalSeq"), globalSeq);
    return json;
}

std::variant<SyncEvent, DecodeError> eventFromJson(const QJsonObject &json)
{
    SyncEvent out;
    DomainEvent &e = out.event;

    const auto eventId = stringField(json, QLatin1StringView("eventId"), 64);
    if (!eventId || !isUuid(*eventId))
        return malformed(QStringLiteral("\"eventId\" must be a UUID in lower case without "
                                        "braces"));
    e.eventId = *eventId;

    const auto type = stringField(json, QLatin1StringView("type"), 64);
    // Any well-formed type name passes: the hub is a log of what terminals decided, and a
    // newer terminal's event type must not stop an older hub. Receivers skip types they do
    // not know.
    static const QRegularExpression typePattern(QStringLiteral("^[A-Z][A-Za-z0-9]{0,63}$"));
    if (!type || !typePattern.match(*type).hasMatch()) {
        return malformed(
            QStringLiteral("event %1: \"type\" must be an event type name").arg(e.eventId));
    }
    e.type = *type;

    const auto origin = stringField(json, QLatin1StringView("origin"), 16);
    if (!origin || !isValidTerminalName(*origin)) {
        return malformed(
            QStringLiteral("event %1: \"origin\" must be a terminal name").arg(e.eventId));
    }
    e.origin = *origin;

    const auto originSeq = integerField(json, QLatin1StringView("originSeq"), 1);
    if (!originSeq) {
        return malformed(
            QStringLiteral("event %1: \"originSeq\" must be a whole number >= 1").arg(e.eventId));
    }
    e.originSeq = *originSeq;

    const QJsonValue occurred = json.value(QLatin1StringView("occurredAt"));
    e.occurredAt = occurred.isString()
                       ? QDateTime::fromString(occurred.toString(), Qt::ISODateWithMs)
                       : QDateTime();
    if (!e.occurredAt.isValid()) {
        return malformed(QStringLiteral("event %1: \"occurredAt\" must be an ISO 8601 date-time")
                             .arg(e.eventId));
    }
    e.occurredAt = e.occurredAt.toUTC();
    // Qt writes a time outside years 1..9999 as an empty string: such an event would be stored
    // and then make every catch-up frame that holds it unreadable (found by fuzz_syncframe).
    if (e.occurredAt.date().year() < 1 || e.occurredAt.date().year() > 9999) {
        return malformed(
            QStringLiteral("event %1: \"occurredAt\" must lie in the years 1 to 9999 in UTC")
                .arg(e.eventId));
    }

    const QJsonValue payload = json.value(QLatin1StringView("payload"));
    if (!payload.isObject())
        return malformed(QStringLiteral("event %1: \"payload\" must be an object").arg(e.eventId));
    e.payload = payload.toObject();

    // Optional text fields: absent or null mean empty.
    const auto optionalText = [&](QLatin1StringView name, int maxLength, QString &target) -> bool {
        const QJsonValue value = json.value(name);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString() || value.toString().size() > maxLength)
            return false;
        target = value.toString();
        return true;
    };
    if (!optionalText(QLatin1StringView("orderId"), 64, e.orderId) ||
        !optionalText(QLatin1StringView("productId"), 64, e.productId) ||
        !optionalText(QLatin1StringView("actor"), MaxEventTextLength, e.actor) ||
        !optionalText(QLatin1StringView("causationId"), 64, e.causationId)) {
        return malformed(QStringLiteral("event %1: \"orderId\", \"productId\", \"actor\" and "
                                        "\"causationId\" must be strings when present")
                             .arg(e.eventId));
    }
    if (!e.causationId.isEmpty() && !isUuid(e.causationId)) {
        return malformed(QStringLiteral("event %1: \"causationId\" must be a UUID").arg(e.eventId));
    }

    const QJsonValue seq = json.value(QLatin1StringView("seq"));
    if (!seq.isUndefined()) {
        const auto value = integerField(json, QLatin1StringView("seq"), 0);
        if (!value)
            return malformed(
                QStringLiteral("event %1: \"seq\" must be a whole number >= 0").arg(e.eventId));
        e.seq = *value;
    }
    const QJsonValue globalSeq = json.value(QLatin1StringView("globalSeq"));
    if (!globalSeq.isUndefined()) {
        const auto value = integerField(json, QLatin1StringView("globalSeq"), 1);
        if (!value)
            return malformed(QStringLiteral("event %1: \"globalSeq\" must be a whole number >= 1")
                                 .arg(e.eventId));
        out.globalSeq = *value;
    }
    return out;
}

QByteArray encode(const Hello &hello)
{
    QJsonObject o = envelope(MessageType::Hello);
    o.insert(QStringLiteral("terminal"), hello.terminal);
    o.insert(QStringLiteral("token"), hello.token);
    o.insert(QStringLiteral("lastGlobalSeq"), hello.lastGlobalSeq);
    if (hello.withOwn)
        o.insert(QStringLiteral("withOwn"), true);
    return compact(o);
}

QByteArray encode(const Welcome &welcome)
{
    QJsonObject o = envelope(MessageType::Welcome);
    o.insert(QStringLiteral("hubSeq"), welcome.hubSeq);
    return compact(o);
}

QByteArray encode(const ErrorMessage &error)
{
    QJsonObject o = envelope(MessageType::Error);
    o.insert(QStringLiteral("code"), error.code);
    o.insert(QStringLiteral("message"), error.message);
    if (!error.eventId.isEmpty())
        o.insert(QStringLiteral("eventId"), error.eventId);
    return compact(o);
}

QByteArray encode(const Events &events)
{
    QJsonArray array;
    for (const SyncEvent &e : events.events)
        array.append(eventToJson(e.event, e.globalSeq));
    QJsonObject o = envelope(MessageType::Events);
    o.insert(QStringLiteral("events"), array);
    return compact(o);
}

QByteArray encode(const CaughtUp &caughtUp)
{
    QJsonObject o = envelope(MessageType::CaughtUp);
    o.insert(QStringLiteral("hubSeq"), caughtUp.hubSeq);
    return compact(o);
}

QByteArray encode(const Push &push)
{
    QJsonArray array;
    for (const DomainEvent &e : push.events)
        array.append(eventToJson(e));
    QJsonObject o = envelope(MessageType::Push);
    o.insert(QStringLiteral("batch"), push.batch);
    o.insert(QStringLiteral("events"), array);
    return compact(o);
}

QByteArray encode(const Ack &ack)
{
    QJsonArray array;
    for (const Assigned &a : ack.assigned) {
        array.append(QJsonObject{{QStringLiteral("eventId"), a.eventId},
                                 {QStringLiteral("globalSeq"), a.globalSeq}});
    }
    QJsonObject o = envelope(MessageType::Ack);
    o.insert(QStringLiteral("batch"), ack.batch);
    o.insert(QStringLiteral("assigned"), array);
    return compact(o);
}

QByteArray encode(const Message &message)
{
    return std::visit([](const auto &m) { return encode(m); }, message);
}

namespace {

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += char(c);
        }
    }
    out += '"';
}

void appendField(QByteArray &out, const char *key, const QString &text)
{
    out += '"';
    out += key;
    out += "\":";
    appendJsonString(out, text);
    out += ',';
}

void appendField(QByteArray &out, const char *key, qint64 number)
{
    out += '"';
    out += key;
    out += "\":";
    out += QByteArray::number(number);
    out += ',';
}

QByteArray eventsFramePrefix()
{
    QByteArray prefix = compact(envelope(MessageType::Events));
    prefix.chop(1); // the closing brace
    return prefix + ",\"events\":[";
}

} // namespace

EventsFrameWriter::EventsFrameWriter()
    : m_frame(eventsFramePrefix())
{}

void EventsFrameWriter::add(const DomainEvent &e, qint64 globalSeq, QByteArrayView payloadJson)
{
    if (m_count > 0)
        m_frame += ',';
    m_frame += '{';
    appendField(m_frame, "actor", e.actor);
    if (!e.causationId.isEmpty())
        appendField(m_frame, "causationId", e.causationId);
    appendField(m_frame, "eventId", e.eventId);
    if (globalSeq > 0)
        appendField(m_frame, "globalSeq", globalSeq);
    appendField(m_frame, "occurredAt", e.occurredAt.toString(Qt::ISODateWithMs));
    if (e.orderId.isEmpty())
        m_frame += "\"orderId\":null,";
    else
        appendField(m_frame, "orderId", e.orderId);
    appendField(m_frame, "origin", e.origin);
    appendField(m_frame, "originSeq", e.originSeq);
    m_frame += "\"payload\":";
    m_frame += payloadJson.isEmpty() ? QByteArrayView("{}") : payloadJson;
    m_frame += ',';
    if (!e.productId.isEmpty())
        appendField(m_frame, "productId", e.productId);
    appendField(m_frame, "seq", e.seq);
    appendField(m_frame, "type", e.type);
    m_frame.chop(1);
    m_frame += '}';
    ++m_count;
}

QByteArray EventsFrameWriter::take()
{
    QByteArray frame = std::exchange(m_frame, eventsFramePrefix());
    frame += "]}";
    m_count = 0;
    return frame;
}

Decoded decode(const QByteArray &frame)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(QStringLiteral("not JSON: %1 at offset %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject())
        return malformed(QStringLiteral("a message must be a JSON object"));
    const QJsonObject o = document.object();

    const QJsonValue typeValue = o.value(QLatin1StringView("type"));
    if (!typeValue.isString())
        return malformed(QStringLiteral("a message needs a \"type\" string"));
    const QString type = typeValue.toString();
    using Decoder = Decoded (*)(const QJsonObject &);
    Decoder decoder = nullptr;
    if (type == MessageType::Hello)
        decoder = decodeHello;
    else if (type == MessageType::Welcome)
        decoder = decodeWelcome;
    else if (type == MessageType::Error)
        decoder = decodeError;
    else if (type == MessageType::Events)
        decoder = decodeEvents;
    else if (type == MessageType::CaughtUp)
        decoder = decodeCaughtUp;
    else if (type == MessageType::Push)
        decoder = decodePush;
    else if (type == MessageType::Ack)
        decoder = decodeAck;
    if (!decoder) {
        return DecodeError{QString(ErrorName::UnknownType),
                           QStringLiteral("unknown message type \"%1\"").arg(type.left(64))};
    }

    // An error message may come before the version is known (a hub refusing an old client
    // still answers in a form every version reads), so it alone does not need "v".
    const QJsonValue version = o.value(QLatin1StringView("v"));
    if (!(type == MessageType::Error && version.isUndefined())) {
        const auto v = integerField(o, QLatin1StringView("v"), 0);
        if (!v || *v != ProtocolVersion) {
            return DecodeError{QString(ErrorName::UnsupportedVersion),
                               QStringLiteral("protocol version %1 is not supported; this side "
                                              "speaks %2")
                                   .arg(version.isDouble() ? QString::number(version.toDouble())
                                                           : QStringLiteral("(none)"))
                                   .arg(ProtocolVersion)};
        }
    }
    return decoder(o);
}

} // namespace ShopDesk::Sync
