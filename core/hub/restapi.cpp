#include "restapi.h"

#include "crowding.h"
#include "jsonwriter.h"
#include "webterminal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <cmath>

namespace ShopDesk::Hub {

Q_LOGGING_CATEGORY(lcRest, "shopdesk.hub.rest", QtInfoMsg)

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

constexpr QLatin1StringView HalJson{"application/hal+json"};
constexpr QLatin1StringView ProblemJson{"application/problem+json"};
constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;
constexpr qsizetype MaxIdLength = 64;
constexpr qsizetype MaxTextLength = 500;

QByteArray latin1(QLatin1StringView text)
{
    return QByteArray(text.data(), text.size());
}

// An answer of JSON with its media type.
QHttpServerResponse jsonAnswer(QLatin1StringView mediaType, const QJsonObject &body, int status)
{
    return QHttpServerResponse(latin1(mediaType),
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               static_cast<StatusCode>(status));
}

// RFC 9457 problem details, with the error code the CLI prints and the facts of the error.
QHttpServerResponse problem(int status, const QString &code, const QString &title,
                            const QString &detail, const QJsonObject &details = {})
{
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("urn:shopdesk:problem:") + code},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("detail"), detail},
                     {QStringLiteral("code"), code}};
    if (!details.isEmpty())
        body.insert(QStringLiteral("details"), details);
    return jsonAnswer(ProblemJson, body, status);
}

QHttpServerResponse notFound(const QString &detail)
{
    return problem(404, errorCodeName(ErrorCode::NotFound), QStringLiteral("Not found"), detail);
}

QHttpServerResponse badRequest(const QString &detail, const QJsonObject &details = {})
{
    return problem(400, errorCodeName(ErrorCode::InvalidInput), QStringLiteral("Bad request"),
                   detail, details);
}

// A service's error as its HTTP answer.
QHttpServerResponse fromError(const Error &error)
{
    const QString code = errorCodeName(error.code);
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return problem(422, code, QStringLiteral("Invalid input"), error.message, error.details);
    case ErrorCode::NotFound:
        return problem(404, code, QStringLiteral("Not found"), error.message, error.details);
    case ErrorCode::InsufficientStock:
        return problem(409, code, QStringLiteral("Insufficient stock"), error.message,
                       error.details);
    case ErrorCode::InvalidState:
        return problem(409, code, QStringLiteral("Conflict"), error.message, error.details);
    case ErrorCode::Unauthorized:
        return problem(401, code, QStringLiteral("Unauthorized"), error.message, error.details);
    case ErrorCode::Forbidden:
        return problem(403, code, QStringLiteral("Forbidden"), error.message, error.details);
    case ErrorCode::Storage:
        break;
    }
    qCWarning(lcRest).noquote() << "storage:" << error.message;
    if (const QJsonValue wait = error.details.value(QStringLiteral("retryAfter"));
        wait.isDouble()) {
        QHttpServerResponse r =
            problem(503, code, QStringLiteral("Service unavailable"), error.message);
        r.addHeader("Retry-After", QByteArray::number(wait.toInteger()));
        return r;
    }
    return problem(503, code, QStringLiteral("Service unavailable"),
                   QStringLiteral("the shop's database failed or is busy; nothing was changed by "
                                  "this request's failed step, try again"));
}

// Whether an If-None-Match header names this ETag (or is "*").
bool holdsVersion(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (const QByteArray &tag : ifNoneMatch.split(',')) {
        const QByteArray t = tag.trimmed();
        if (t == "*" || t == etag || t == "W/" + etag)
            return true;
    }
    return false;
}

QJsonObject link(const QString &href)
{
    return {{QStringLiteral("href"), href}};
}

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void writeOrder(JsonWriter &w, const OrderRecord &o)
{
    const QString self = QStringLiteral("/orders/") + pathSegment(o.orderId);
    w.beginObject();
    w.key("orderId").string(o.orderId);
    w.key("terminal").string(o.origin);
    w.key("status").string(o.status);
    w.key("customerName").string(o.customerName);
    w.key("customerPhone").stringOrNull(o.customerPhone);
    w.key("total").number(o.total);
    w.key("paymentMethod").stringOrNull(o.paymentMethod);
    w.key("paymentStatus").stringOrNull(o.paymentStatus);
    w.key("deliveryId").stringOrNull(o.deliveryId);
    w.key("deliveryStatus").stringOrNull(o.deliveryStatus);
    w.key("lines").beginArray();
    for (const OrderLineRecord &l : o.lines) {
        w.beginObject();
        w.key("productId").string(l.productId);
        w.key("productName").string(l.productName);
        w.key("qty").number(l.qty);
        w.key("price").number(l.price);
        w.endObject();
    }
    w.endArray();
    w.key("placedAt").time(o.placedAt);
    w.key("updatedAt").time(o.updatedAt);
    w.key("_links").beginObject();
    w.link("self", self);
    if (!o.deliveryId.isEmpty())
        w.link("delivery", QStringLiteral("/deliveries/") + pathSegment(o.deliveryId));
    w.endObject();
    w.endObject();
}

void writeDelivery(JsonWriter &w, const DeliveryRecord &d)
{
    w.beginObject();
    w.key("deliveryId").string(d.deliveryId);
    w.key("orderId").string(d.orderId);
    w.key("terminal").string(d.origin);
    w.key("status").string(d.status);
    w.key("startedAt").time(d.startedAt);
    w.key("updatedAt").time(d.updatedAt);
    w.key("_links").beginObject();
    w.link("self", QStringLiteral("/deliveries/") + pathSegment(d.deliveryId));
    w.link("order", QStringLiteral("/orders/") + pathSegment(d.orderId));
    w.endObject();
    w.endObject();
}

void writeProduct(JsonWriter &w, const ProductRecord &p, bool asStock)
{
    const QString product = QStringLiteral("/products/") + pathSegment(p.productId);
    const QString stock = QStringLiteral("/stocks/") + pathSegment(p.productId);
    w.beginObject();
    w.key("productId").string(p.productId);
    w.key("productName").string(p.productName);
    if (asStock) {
        w.key("stockId").string(p.productId);
        w.key("stockCount").number(p.onHand);
        w.key("reserved").number(p.reserved);
        w.key("available").number(p.available());
    } else {
        w.key("price").number(p.price);
        w.key("barcode").stringOrNull(p.barcode);
        w.key("available").number(p.available());
    }
    w.key("terminal").string(p.origin);
    w.key("updatedAt").time(p.updatedAt);
    w.key("_links").beginObject();
    w.link("self", asStock ? stock : product);
    w.link(asStock ? "product" : "stock", asStock ? product : stock);
    w.endObject();
    w.endObject();
}

template<typename Row, typename Write> QByteArray representation(const Row &row, Write write)
{
    JsonWriter w;
    write(w, row);
    return w.take();
}

// One resource as found by id, written as HAL with the given status (and Location, after a
// write). Missing: 404 for a read; for the read-back of a write, 500 (a write answers 202
// then, see RestApi::written).
template<typename Row, typename Write>
QHttpServerResponse oneResource(const Result<std::optional<Row>> &found, const QString &what,
                                Write write, int status = 200, const QString &location = {})
{
    if (!found.ok())
        return fromError(found.error());
    if (!found.value()) {
        return location.isEmpty() ? notFound(QStringLiteral("no %1").arg(what))
                                  : problem(500, errorCodeName(ErrorCode::Storage),
                                            QStringLiteral("Internal error"),
                                            QStringLiteral("%1 is not in the hub's log").arg(what));
    }
    QHttpServerResponse r(latin1(HalJson), representation(*found.value(), write),
                          static_cast<StatusCode>(status));
    if (!location.isEmpty())
        r.addHeader("Location", location.toUtf8());
    return r;
}

// A product as a stock (/stocks) or as a product (/products).
auto productWriter(bool asStock)
{
    return [asStock](JsonWriter &w, const ProductRecord &r) { writeProduct(w, r, asStock); };
}

// Reads a request body's fields by their types, and names every field it did not read.
class Fields
{
public:
    explicit Fields(const QJsonObject &object)
        : m_object(object)
    {}

    bool has(const QString &name) const { return m_object.contains(name); }

    std::optional<QString> text(const QString &name, bool required,
                                qsizetype maxLength = MaxTextLength)
    {
        m_read.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                m_problems.append(QStringLiteral("%1: required").arg(name));
            return std::nullopt;
        }
        if (!v.isString()) {
            m_problems.append(QStringLiteral("%1: expected a string").arg(name));
            return std::nullopt;
        }
        if (!QStringView(v.toString()).isValidUtf16()) {
            // A lone surrogate ("\ud800") is no character: it would reach the log as something
            // else on every machine that reads it back.
            m_problems.append(QStringLiteral("%1: not valid Unicode (a lone surrogate)").arg(name));
            return std::nullopt;
        }
        if (v.toString().size() > maxLength) {
            m_problems.append(
                QStringLiteral("%1: longer than %2 characters").arg(name).arg(maxLength));
            return std::nullopt;
        }
        return v.toString();
    }

    // An id: a string, or a whole number written as one (the seed's numeric ids).
    std::optional<QString> id(const QString &name, bool required)
    {
        m_read.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d != std::floor(d) || std::fabs(d) > double(MaxSafeInteger)) {
                m_problems.append(
                    QStringLiteral("%1: expected a string or a whole number").arg(name));
                return std::nullopt;
            }
            return QString::number(qint64(d));
        }
        std::optional<QString> s = text(name, required, MaxIdLength);
        if (s && s->trimmed().isEmpty()) {
            m_problems.append(QStringLiteral("%1: empty").arg(name));
            return std::nullopt;
        }
        return s;
    }

    std::optional<qint64> integer(const QString &name, bool required, qint64 minimum,
                                  qint64 maximum)
    {
        m_read.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                m_problems.append(QStringLiteral("%1: required").arg(name));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d)) {
            m_problems.append(QStringLiteral("%1: expected a whole number").arg(name));
            return std::nullopt;
        }
        if (d < double(minimum) || d > double(maximum)) {
            m_problems.append(QStringLiteral("%1: expected %2 to %3, got %4")
                                  .arg(name)
                                  .arg(minimum)
                                  .arg(maximum)
                                  .arg(d, 0, 'f', 0));
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<QJsonArray> array(const QString &name)
    {
        m_read.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isArray()) {
            m_problems.append(QStringLiteral("%1: expected an array").arg(name));
            return std::nullopt;
        }
        return v.toArray();
    }

    void problem(const QString &text) { m_problems.append(text); }
    void adopt(const QString &prefix, const QStringList &problems)
    {
        for (const QString &p : problems)
            m_problems.append(prefix + p);
    }

    // Every problem found, unknown fields included; empty when the body is fine.
    QStringList problems() const
    {
        QStringList all = m_problems;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_read.contains(it.key()))
                all.append(QStringLiteral("%1: unknown field").arg(it.key()));
        }
        return all;
    }

private:
    QJsonObject m_object;
    QSet<QString> m_read;
    QStringList m_problems;
};

QHttpServerResponse bodyProblems(const QStringList &problems)
{
    return badRequest(problems.join(QStringLiteral("; ")),
                      {{QStringLiteral("fields"), QJsonArray::fromStringList(problems)}});
}

std::optional<QDateTime> parseSince(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        t = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset given: UTC, as every time the API writes
    return t.toUTC();
}

} // namespace

struct RestApi::Call
{
    Call(const QHttpServerRequest &r, QString m)
        : request(r)
        , method(std::move(m))
    {}

    const QHttpServerRequest &request;
    QString method;
    QString path;
    QString target; // path and query as they came (encoded): the key of the cache of answers
    QStringList segments;
    QUrlQuery query;
    QString address;
    QString keyName;
    ApiRole role = ApiRole::Reader;
    QJsonObject body;
    // Set by a write once its command committed on the web terminal: where its result is.
    bool committed = false;
    QString location;

    // Who the web terminal's command acts for: the key's name, with its role's rights.
    ActingUser actingUser() const
    {
        return {keyName, role == ApiRole::Manager ? Role::Manager : Role::Clerk};
    }

    // A header's value, nullopt when the request has none of that name.
    std::optional<QByteArray> header(const char *name) const
    {
        for (const auto &[key, value] : request.headers()) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return std::nullopt;
    }
};

RestApi::RestApi(ShopQueries &queries, ApiKeyStore &keys, IdempotencyStore &idempotency,
                 WebTerminal *web, RestLimits limits)
    : m_queries(queries)
    , m_keys(keys)
    , m_idempotency(idempotency)
    , m_web(web)
    , m_limits(limits)
{
    purgeIdempotency();
}

RestApi::~RestApi() = default;

QByteArray RestApi::openApiDocument()
{
    QFile file(QStringLiteral(":/shopdesk/hub/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void RestApi::purgeIdempotency()
{
    m_purged.start();
    const QDateTime before =
        QDateTime::currentDateTimeUtc().addSecs(-2 * 3600 * m_limits.idempotencyHours);
    if (const auto purged = m_idempotency.purgeIdempotency(before); !purged.ok())
        qCWarning(lcRest).noquote() << "purging idempotency keys failed:" << purged.error().message;
}

bool RestApi::takeToken(QHash<QString, Bucket> &buckets, const QString &who, double rate,
                        double burst, double *retryAfter)
{
    // Bounded: a table of addresses or keys grows only until it is swept.
    if (buckets.size() > 10'000) {
        for (auto it = buckets.begin(); it != buckets.end();) {
            if (it->refilled.elapsed() > qint64(1000 * burst / rate))
                it = buckets.erase(it);
            else
                ++it;
        }
    }
    auto it = buckets.find(who);
    if (it == buckets.end()) {
        it = buckets.insert(who, Bucket{burst, {}});
        it->refilled.start();
    }
    Bucket &b = *it;
    b.tokens = std::min(burst, b.tokens + rate * double(b.refilled.restart()) / 1000.0);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    *retryAfter = (1.0 - b.tokens) / rate;
    return false;
}

QHttpServerResponse RestApi::handle(const QHttpServerRequest &request)
{
    static const QHash<QHttpServerRequest::Method, QString> methods{
        {QHttpServerRequest::Method::Get, QStringLiteral("GET")},
        {QHttpServerRequest::Method::Post, QStringLiteral("POST")},
        {QHttpServerRequest::Method::Put, QStringLiteral("PUT")},
        {QHttpServerRequest::Method::Delete, QStringLiteral("DELETE")},
        {QHttpServerRequest::Method::Patch, QStringLiteral("PATCH")},
        {QHttpServerRequest::Method::Head, QStringLiteral("HEAD")},
        {QHttpServerRequest::Method::Options, QStringLiteral("OPTIONS")},
        {QHttpServerRequest::Method::Trace, QStringLiteral("TRACE")},
        {QHttpServerRequest::Method::Connect, QStringLiteral("CONNECT")}};
    Call call(request, methods.value(request.method(), QStringLiteral("UNKNOWN")));
    const QUrl url = request.url();
    // Split while still encoded, so that an id holding '/' (%2F) stays one segment.
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    call.path = url.path();
    call.target = encodedPath +
                  (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString());
    call.query = QUrlQuery(url);
    call.address = plainAddress(request.remoteAddress()).toString();
    // Segments of the decoded path; an empty one (a double or trailing slash) is kept, so
    // that such a path is not found rather than read as another.
    for (const QString &segment : encodedPath.mid(1).split(QLatin1Char('/')))
        call.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    if (m_purged.elapsed() > 3600 * 1000)
        purgeIdempotency();

    double retryAfter = 0;
    if (!takeToken(m_addressBuckets, call.address, m_limits.addressRate, m_limits.addressBurst,
                   &retryAfter)) {
        QHttpServerResponse r =
            problem(429, QStringLiteral("rate_limited"), QStringLiteral("Too many requests"),
                    QStringLiteral("too many requests from %1; wait and retry").arg(call.address));
        r.addHeader("Retry-After", QByteArray::number(qint64(std::ceil(retryAfter))));
        return r;
    }
    return route(call);
}

QHttpServerResponse RestApi::authenticate(Call &call)
{
    const QByteArray header = call.header("authorization").value_or(QByteArray());
    static const QByteArray scheme("bearer ");
    if (header.isEmpty() || header.size() <= scheme.size() ||
        header.left(scheme.size()).toLower() != scheme) {
        QHttpServerResponse r =
            problem(401, errorCodeName(ErrorCode::Unauthorized), QStringLiteral("Unauthorized"),
                    QStringLiteral("an API key is needed: Authorization: Bearer KEY (shopdesk-hub "
                                   "apikey add NAME --role reader|clerk|manager makes one)"));
        r.addHeader("WWW-Authenticate", "Bearer realm=\"shopdesk\"");
        return r;
    }
    const QString bearer = QString::fromLatin1(header.mid(scheme.size()).trimmed());
    if (const auto known = m_verified.constFind(bearer);
        known != m_verified.cend() && known->verified.elapsed() <= m_limits.keyCacheMs) {
        call.keyName = known->name;
        call.role = known->role;
        return takeKeyToken(call);
    }
    const auto split = splitApiKey(bearer);
    std::optional<ApiKeyRecord> record;
    if (split) {
        auto cached = m_keyCache.find(split->first);
        if (cached == m_keyCache.end() || cached->fetched.elapsed() > m_limits.keyCacheMs) {
            const auto fetched = m_keys.apiKey(split->first);
            if (!fetched.ok())
                return fromError(fetched.error());
            if (m_keyCache.size() > 10'000)
                m_keyCache.clear();
            cached = m_keyCache.insert(split->first, CachedKey{fetched.value(), {}});
            cached->fetched.start();
        }
        record = cached->record;
    }
    if (!split || !record || record->revoked || !apiKeyMatches(*record, split->second)) {
        // The key itself is never logged: only the name it claims.
        qCInfo(lcRest).noquote() << call.address << "key refused"
                                 << (split ? split->first : QStringLiteral("(malformed)"));
        QHttpServerResponse r =
            problem(401, errorCodeName(ErrorCode::Unauthorized), QStringLiteral("Unauthorized"),
                    QStringLiteral("the API key is not valid (unknown, revoked or mistyped)"));
        r.addHeader("WWW-Authenticate", "Bearer realm=\"shopdesk\", error=\"invalid_token\"");
        return r;
    }
    call.keyName = record->name;
    call.role = record->role;
    if (m_verified.size() > 10'000)
        m_verified.clear();
    VerifiedBearer &verified = m_verified[bearer];
    verified.name = record->name;
    verified.role = record->role;
    verified.verified.start();
    return takeKeyToken(call);
}

QHttpServerResponse RestApi::takeKeyToken(Call &call)
{
    double retryAfter = 0;
    if (!takeToken(m_keyBuckets, call.keyName, m_limits.keyRate, m_limits.keyBurst, &retryAfter)) {
        QHttpServerResponse r = problem(
            429, QStringLiteral("rate_limited"), QStringLiteral("Too many requests"),
            QStringLiteral("too many requests with the key %1; wait and retry").arg(call.keyName));
        r.addHeader("Retry-After", QByteArray::number(qint64(std::ceil(retryAfter))));
        return r;
    }
    return QHttpServerResponse(StatusCode::Ok);
}

QHttpServerResponse RestApi::route(Call &call)
{
    const QStringList &s = call.segments;
    const QString &m = call.method;
    // The resources: which methods each path takes. {id} is any one non-empty segment.
    struct Resource
    {
        QString allow;
        std::function<QHttpServerResponse()> get;
        std::function<QHttpServerResponse()> post;
    };
    const QString id = s.value(1);
    const bool idOk = !id.isEmpty() && id.size() <= MaxIdLength;
    std::optional<Resource> resource;
    const QString first = s.value(0);
    if (s.size() == 1 && first == QLatin1StringView("openapi.json")) {
        if (m == QLatin1StringView("OPTIONS")) {
            QHttpServerResponse r(StatusCode::NoContent);
            r.addHeader("Allow", "GET, OPTIONS");
            return r;
        }
        if (m != QLatin1StringView("GET")) {
            QHttpServerResponse r = problem(405, QStringLiteral("method_not_allowed"),
                                            QStringLiteral("Method not allowed"),
                                            QStringLiteral("%1 /openapi.json: only GET").arg(m));
            r.addHeader("Allow", "GET, OPTIONS");
            return r;
        }
        return QHttpServerResponse("application/vnd.oai.openapi+json;version=3.1",
                                   openApiDocument());
    }
    if (s.size() == 1 &&
        (first == QLatin1StringView("healthz") || first == QLatin1StringView("readyz") ||
         first == QLatin1StringView("metrics"))) {
        QHttpServerResponse r =
            problem(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed"),
                    QStringLiteral("%1 %2: only GET").arg(m, call.path));
        r.addHeader("Allow", "GET");
        return r;
    }
    if (s.size() == 1 && first.isEmpty()) {
        resource = Resource{
            QStringLiteral("GET"),
            [] {
                QJsonObject links{{QStringLiteral("self"), link(QStringLiteral("/"))}};
                for (const char *r : {"orders", "deliveries", "stocks", "products"})
                    links.insert(QLatin1StringView(r),
                                 link(QLatin1StringView("/") + QLatin1StringView(r)));
                links.insert(QStringLiteral("openapi"), link(QStringLiteral("/openapi.json")));
                return jsonAnswer(HalJson, {{QStringLiteral("_links"), links}}, 200);
            },
            {}};
    } else if (first == QLatin1StringView("orders")) {
        if (s.size() == 1)
            resource =
                Resource{QStringLiteral("GET, POST"), [&] { return listOrders(call); },
                         [&] { return post(call, [this](Call &c) { return placeOrder(c); }); }};
        else if (s.size() == 2 && idOk)
            resource = Resource{QStringLiteral("GET"),
                                [&] {
                                    return oneResource(m_queries.order(id),
                                                       QStringLiteral("order ") + id, writeOrder);
                                },
                                {}};
        else if (s.size() == 3 && idOk && s.at(2) == QLatin1StringView("payments"))
            resource =
                Resource{QStringLiteral("POST"), {}, [&] {
                             return post(call, [this, id](Call &c) { return payOrder(c, id); });
                         }};
        else if (s.size() == 3 && idOk && s.at(2) == QLatin1StringView("cancellation"))
            resource =
                Resource{QStringLiteral("POST"), {}, [&] {
                             return post(call, [this, id](Call &c) { return cancelOrder(c, id); });
                         }};
    } else if (first == QLatin1StringView("deliveries")) {
        if (s.size() == 1)
            resource =
                Resource{QStringLiteral("GET, POST"), [&] { return listDeliveries(call); },
                         [&] { return post(call, [this](Call &c) { return startDelivery(c); }); }};
        else if (s.size() == 2 && idOk)
            resource =
                Resource{QStringLiteral("GET"),
                         [&] {
                             return oneResource(m_queries.delivery(id),
                                                QStringLiteral("delivery ") + id, writeDelivery);
                         },
                         {}};
        else if (s.size() == 3 && idOk && s.at(2) == QLatin1StringView("completion"))
            resource = Resource{
                QStringLiteral("POST"), {}, [&] {
                    return post(call, [this, id](Call &c) { return completeDelivery(c, id); });
                }};
    } else if (first == QLatin1StringView("stocks")) {
        if (s.size() == 1)
            resource =
                Resource{QStringLiteral("GET, POST"), [&] { return listProducts(call, true); },
                         [&] { return post(call, [this](Call &c) { return registerStock(c); }); }};
        else if (s.size() == 2 && idOk)
            resource = Resource{QStringLiteral("GET"),
                                [&] {
                                    return oneResource(m_queries.product(id),
                                                       QStringLiteral("product ") + id,
                                                       productWriter(true));
                                },
                                {}};
        else if (s.size() == 3 && idOk &&
                 (s.at(2) == QLatin1StringView("receipts") ||
                  s.at(2) == QLatin1StringView("write-offs"))) {
            const bool receive = s.at(2) == QLatin1StringView("receipts");
            resource = Resource{QStringLiteral("POST"), {}, [&, receive] {
                                    return post(call, [this, id, receive](Call &c) {
                                        return changeStock(c, id, receive);
                                    });
                                }};
        }
    } else if (first == QLatin1StringView("products")) {
        if (s.size() == 1)
            resource =
                Resource{QStringLiteral("GET"), [&] { return listProducts(call, false); }, {}};
        else if (s.size() == 2 && idOk)
            resource = Resource{QStringLiteral("GET"),
                                [&] {
                                    return oneResource(m_queries.product(id),
                                                       QStringLiteral("product ") + id,
                                                       productWriter(false));
                                },
                                {}};
    }
    if (!resource) {
        return notFound(QStringLiteral("no resource at %1 (see GET /openapi.json)").arg(call.path));
    }
    if (m == QLatin1StringView("OPTIONS")) {
        QHttpServerResponse r(StatusCode::NoContent);
        r.addHeader("Allow", resource->allow.toLatin1() + ", OPTIONS");
        return r;
    }
    const auto &handler = m == QLatin1StringView("GET")    ? resource->get
                          : m == QLatin1StringView("POST") ? resource->post
                                                           : std::function<QHttpServerResponse()>();
    if (!handler) {
        QHttpServerResponse r =
            problem(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed"),
                    QStringLiteral("%1 %2: allowed are %3").arg(m, call.path, resource->allow));
        r.addHeader("Allow", resource->allow.toLatin1() + ", OPTIONS");
        return r;
    }
    QHttpServerResponse auth = authenticate(call);
    if (auth.statusCode() != StatusCode::Ok)
        return auth;
    if (m == QLatin1StringView("GET"))
        return cachedGet(call, handler);
    return handler();
}

QHttpServerResponse RestApi::cachedGet(Call &call, const std::function<QHttpServerResponse()> &read)
{
    const quint64 version = m_queries.version();
    if (version != m_answersVersion) {
        m_answers.clear();
        m_answerBytes = 0;
        m_answersVersion = version;
    }
    // The same path and query as they came is the same request.
    CachedAnswer answer;
    if (const auto kept = m_answers.constFind(call.target); kept != m_answers.cend()) {
        answer = *kept;
    } else {
        QHttpServerResponse fresh = read();
        if (fresh.statusCode() != StatusCode::Ok)
            return fresh;
        answer = {fresh.mimeType(), fresh.data(), {}};
        // A 64-bit hash of the bytes names the version: two answers of one URL that differ
        // get different tags (a collision is as likely as 2^-64).
        answer.etag =
            '"' +
            QByteArray::number(
                quint64(qHashBits(answer.body.constData(), size_t(answer.body.size()), 0x5d)), 16)
                .rightJustified(16, '0') +
            '"';
        if (m_limits.answerCacheBytes > 0) {
            if (m_answerBytes + answer.body.size() > m_limits.answerCacheBytes) {
                m_answers.clear();
                m_answerBytes = 0;
            }
            m_answerBytes += answer.body.size();
            m_answers.insert(call.target, answer);
        }
    }
    const std::optional<QByteArray> held = call.header("if-none-match");
    QHttpServerResponse r = held && holdsVersion(*held, answer.etag)
                                ? QHttpServerResponse(StatusCode::NotModified)
                                : QHttpServerResponse(answer.mediaType, answer.body);
    r.addHeader("ETag", answer.etag);
    return r;
}

// ---- reads ----

namespace {

// The paging, sorting and filter parameters of a list; anything else is refused.
struct ListParameters
{
    PageRequest page;
    QString status;
    QString terminal;
    QString search;
    std::optional<QDateTime> since;
    QStringList problems;
};

ListParameters listParameters(const QUrlQuery &query, const QStringList &filters, int maxSize)
{
    ListParameters p;
    for (const auto &[rawName, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &name = rawName;
        const QString &value = rawValue;
        bool ok = false;
        if (name == QLatin1StringView("page")) {
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || n > 10'000'000)
                p.problems.append(
                    QStringLiteral("page: expected a whole number from 0, got '%1'").arg(value));
            else
                p.page.page = n;
        } else if (name == QLatin1StringView("size")) {
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > maxSize)
                p.problems.append(
                    QStringLiteral("size: expected 1 to %1, got '%2'").arg(maxSize).arg(value));
            else
                p.page.size = n;
        } else if (name == QLatin1StringView("sort")) {
            const QStringList parts = value.split(QLatin1Char(','));
            p.page.sort = parts.value(0);
            const QString direction = parts.value(1).toLower();
            if (parts.size() > 2 || (parts.size() == 2 && direction != QLatin1StringView("asc") &&
                                     direction != QLatin1StringView("desc")))
                p.problems.append(
                    QStringLiteral("sort: expected KEY, KEY,asc or KEY,desc, got '%1'").arg(value));
            p.page.descending = direction == QLatin1StringView("desc");
        } else if (!filters.contains(name)) {
            p.problems.append(QStringLiteral("%1: unknown parameter (known: page, size, sort, %2)")
                                  .arg(name, filters.join(QStringLiteral(", "))));
        } else if (value.size() > MaxTextLength) {
            p.problems.append(
                QStringLiteral("%1: longer than %2 characters").arg(name).arg(MaxTextLength));
        } else if (name == QLatin1StringView("since")) {
            p.since = parseSince(value);
            if (!p.since)
                p.problems.append(
                    QStringLiteral("since: expected an ISO 8601 date or time, got '%1'")
                        .arg(value));
        } else if (name == QLatin1StringView("status")) {
            p.status = value;
        } else if (name == QLatin1StringView("terminal")) {
            p.terminal = value;
        } else if (name == QLatin1StringView("search")) {
            p.search = value;
        }
    }
    return p;
}

// A HAL page: the rows under _embedded, links to this, the first, previous, next and last
// pages (with the same filters), and the page's figures.
template<typename Row>
QHttpServerResponse halPage(const QString &path, const char *relation, const QUrlQuery &query,
                            const PageRequest &page, const PageOf<Row> &rows,
                            const std::function<void(JsonWriter &, const Row &)> &write)
{
    const qint64 totalPages = (rows.total + page.size - 1) / page.size;
    const auto href = [&](qint64 number) {
        QUrlQuery q(query);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.removeAllQueryItems(QStringLiteral("size"));
        q.addQueryItem(QStringLiteral("page"), QString::number(number));
        q.addQueryItem(QStringLiteral("size"), QString::number(page.size));
        return path + QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
    };
    JsonWriter w;
    w.beginObject();
    w.key("_embedded").beginObject();
    w.key(relation).beginArray();
    for (const Row &row : rows.rows)
        write(w, row);
    w.endArray();
    w.endObject();
    w.key("_links").beginObject();
    w.link("self", href(page.page));
    w.link("first", href(0));
    if (page.page > 0)
        w.link("prev", href(std::min<qint64>(page.page - 1, std::max<qint64>(totalPages - 1, 0))));
    if (page.page + 1 < totalPages)
        w.link("next", href(page.page + 1));
    w.link("last", href(std::max<qint64>(totalPages - 1, 0)));
    w.endObject();
    w.key("page").beginObject();
    w.key("size").number(page.size);
    w.key("totalElements").number(rows.total);
    w.key("totalPages").number(totalPages);
    w.key("number").number(page.page);
    w.endObject();
    w.endObject();
    return QHttpServerResponse(latin1(HalJson), w.take());
}

// A list's answer: its parameters checked, the page read, written as HAL. A refused parameter
// (also one the store refuses, such as a sort key) is 400.
template<typename Row>
QHttpServerResponse
listAnswer(const QUrlQuery &query, int maxPageSize, const QStringList &filters, const QString &path,
           const char *relation,
           const std::function<Result<PageOf<Row>>(const ListParameters &)> &read,
           const std::function<void(JsonWriter &, const Row &)> &write)
{
    const ListParameters p = listParameters(query, filters, maxPageSize);
    if (!p.problems.isEmpty())
        return bodyProblems(p.problems);
    const Result<PageOf<Row>> rows = read(p);
    if (!rows.ok())
        return rows.error().code == ErrorCode::InvalidInput ? badRequest(rows.error().message)
                                                            : fromError(rows.error());
    return halPage<Row>(path, relation, query, p.page, rows.value(), write);
}

} // namespace

QHttpServerResponse RestApi::listOrders(Call &call)
{
    return listAnswer<OrderRecord>(
        call.query, m_limits.maxPageSize,
        {QStringLiteral("status"), QStringLiteral("search"), QStringLiteral("terminal"),
         QStringLiteral("since")},
        QStringLiteral("/orders"), "orders",
        [this](const ListParameters &p) {
            return m_queries.orders({p.status, p.terminal, p.search, p.since}, p.page);
        },
        writeOrder);
}

QHttpServerResponse RestApi::listDeliveries(Call &call)
{
    return listAnswer<DeliveryRecord>(
        call.query, m_limits.maxPageSize,
        {QStringLiteral("status"), QStringLiteral("search"), QStringLiteral("terminal"),
         QStringLiteral("since")},
        QStringLiteral("/deliveries"), "deliveries",
        [this](const ListParameters &p) {
            return m_queries.deliveries({p.status, p.terminal, p.search, p.since}, p.page);
        },
        writeDelivery);
}

QHttpServerResponse RestApi::listProducts(Call &call, bool asStocks)
{
    QStringList filters{QStringLiteral("search"), QStringLiteral("since")};
    if (asStocks)
        filters.append(QStringLiteral("status"));
    return listAnswer<ProductRecord>(
        call.query, m_limits.maxPageSize, filters,
        asStocks ? QStringLiteral("/stocks") : QStringLiteral("/products"),
        asStocks ? "stocks" : "products",
        [this](const ListParameters &p) -> Result<PageOf<ProductRecord>> {
            if (!p.status.isEmpty() && p.status != QLatin1StringView("short"))
                return Error::invalidInput(
                    QStringLiteral("status: the stock list knows only status=short"));
            return m_queries.products({p.search, p.status, p.since}, p.page);
        },
        [asStocks](JsonWriter &w, const ProductRecord &r) { writeProduct(w, r, asStocks); });
}

// ---- writes ----

QHttpServerResponse RestApi::post(Call &call, const std::function<QHttpServerResponse(Call &)> &run)
{
    if (call.role == ApiRole::Reader) {
        return problem(
            403, errorCodeName(ErrorCode::Forbidden), QStringLiteral("Forbidden"),
            QStringLiteral("the key %1 is a reader's: it may only read (GET)").arg(call.keyName),
            {{QStringLiteral("role"), toText(call.role)}});
    }
    if (!m_web) {
        return problem(503, errorCodeName(ErrorCode::Storage),
                       QStringLiteral("Service unavailable"),
                       QStringLiteral("this hub runs no web terminal, so it takes no writes"));
    }
    const QByteArray type = call.header("content-type").value_or(QByteArray()).toLower();
    const QByteArray mediaType = type.split(';').value(0).trimmed();
    const QByteArray body = call.request.body();
    if (!body.isEmpty()) {
        if (mediaType != "application/json" && !mediaType.endsWith("+json")) {
            return problem(415, errorCodeName(ErrorCode::InvalidInput),
                           QStringLiteral("Unsupported media type"),
                           QStringLiteral("the body must be JSON (Content-Type: application/json), "
                                          "not '%1'")
                               .arg(QString::fromLatin1(mediaType)));
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return badRequest(QStringLiteral("the body is not JSON: %1 at byte %2")
                                  .arg(error.errorString())
                                  .arg(error.offset));
        if (!document.isObject())
            return badRequest(QStringLiteral("the body must be a JSON object"));
        call.body = document.object();
    }

    const std::optional<QByteArray> idempotencyKey = call.header("idempotency-key");
    if (!idempotencyKey)
        return run(call);
    const QByteArray key = idempotencyKey->trimmed();
    bool printable = !key.isEmpty() && key.size() <= 255;
    for (char c : key)
        printable = printable && c >= 0x21 && c <= 0x7e;
    if (!printable)
        return badRequest(QStringLiteral("Idempotency-Key: 1 to 255 visible ASCII characters"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(call.method.toUtf8() + ' ' + call.path.toUtf8() + '\n');
    hash.addData(body);
    IdempotencyRecord record{
        call.keyName, QString::fromLatin1(key),       hash.result().toHex(), 0, {},
        {},           QDateTime::currentDateTimeUtc()};
    const auto held = m_idempotency.idempotency(record.apiKey, record.key);
    if (!held.ok())
        return fromError(held.error());
    if (const std::optional<IdempotencyRecord> &first = held.value()) {
        if (first->request != record.request) {
            return problem(422, QStringLiteral("idempotency_key_reused"),
                           QStringLiteral("Idempotency key reused"),
                           QStringLiteral("the Idempotency-Key %1 was used for another request "
                                          "(another path or body); use a new key")
                               .arg(record.key));
        }
        if (first->status == 0) {
            return problem(409, QStringLiteral("idempotency_unknown"),
                           QStringLiteral("Outcome unknown"),
                           QStringLiteral("the first request with Idempotency-Key %1 was cut off "
                                          "by a stop of the hub; look the resource up before "
                                          "trying again with a new key")
                               .arg(record.key));
        }
        QHttpServerResponse replay(first->status >= 400 ? latin1(ProblemJson) : latin1(HalJson),
                                   first->body, static_cast<StatusCode>(first->status));
        if (!first->location.isEmpty())
            replay.addHeader("Location", first->location);
        replay.addHeader("Idempotent-Replayed", "true");
        return replay;
    }
    if (Status begun = m_idempotency.beginIdempotent(record); !begun.ok())
        return fromError(begun.error());
    QHttpServerResponse answer = run(call);
    const int status = int(answer.statusCode());
    if ((status >= 500 || status == 429) && !call.committed) {
        // Nothing was done: the same key may try again.
        if (Status dropped = m_idempotency.dropIdempotent(record.apiKey, record.key); !dropped.ok())
            qCWarning(lcRest).noquote() << "idempotency:" << dropped.error().message;
        return answer;
    }
    record.status = status;
    record.body = answer.data();
    record.location = answer.headers("Location").value(0);
    if (Status finished = m_idempotency.finishIdempotent(record); !finished.ok())
        qCWarning(lcRest).noquote() << "idempotency:" << finished.error().message;
    return answer;
}

QHttpServerResponse RestApi::written(Call &call, const QString &location,
                                     const std::function<QHttpServerResponse()> &answer)
{
    call.committed = true;
    call.location = location;
    // Done on the web terminal, but not (yet) readable as the log has it: said as accepted,
    // never as a failure, so that nobody does it twice.
    const auto accepted = [&](const QString &detail) {
        QHttpServerResponse r = jsonAnswer(
            HalJson,
            {{QStringLiteral("status"), QStringLiteral("accepted")},
             {QStringLiteral("detail"), detail},
             {QStringLiteral("_links"), QJsonObject{{QStringLiteral("self"), link(location)}}}},
            202);
        r.addHeader("Location", location.toUtf8());
        return r;
    };
    if (const std::optional<Error> &error = m_web->flushError()) {
        qCWarning(lcRest).noquote() << "done, not in the log yet:" << error->message;
        // The log refusing the terminal's events (a rule, a sequence it holds otherwise) is no
        // passing failure: a person must look, and the answer says so.
        return accepted(
            error->code == ErrorCode::InvalidInput
                ? QStringLiteral("done on terminal %1, but the hub's log refuses its events (%2); "
                                 "they wait in its outbox until an operator sets this right")
                      .arg(m_web->terminal(), error->message)
                : QStringLiteral("done on terminal %1; it reaches the hub's log with its next "
                                 "write (the log failed: %2)")
                      .arg(m_web->terminal(), error->message));
    }
    QHttpServerResponse r = answer();
    if (int(r.statusCode()) >= 500)
        return accepted(QStringLiteral("done; reading it back failed, GET %1 later").arg(location));
    return r;
}

QHttpServerResponse RestApi::writtenOrder(Call &call, const QString &orderId, int status)
{
    const QString location = QStringLiteral("/orders/") + pathSegment(orderId);
    return written(call, location, [&] {
        return oneResource(m_queries.order(orderId), QStringLiteral("order ") + orderId, writeOrder,
                           status, location);
    });
}

QHttpServerResponse RestApi::writtenDelivery(Call &call, const QString &deliveryId, int status)
{
    const QString location = QStringLiteral("/deliveries/") + pathSegment(deliveryId);
    return written(call, location, [&] {
        return oneResource(m_queries.delivery(deliveryId), QStringLiteral("delivery ") + deliveryId,
                           writeDelivery, status, location);
    });
}

QHttpServerResponse RestApi::writtenStock(Call &call, const QString &productId, int status)
{
    const QString location = QStringLiteral("/stocks/") + pathSegment(productId);
    return written(call, location, [&] {
        return oneResource(m_queries.product(productId), QStringLiteral("product ") + productId,
                           productWriter(true), status, location);
    });
}

QHttpServerResponse RestApi::placeOrder(Call &call)
{
    Fields f(call.body);
    const std::optional<QString> customerId = f.id(QStringLiteral("customerId"), false);
    std::optional<QString> name = f.text(QStringLiteral("customerName"), false);
    const std::optional<QString> phone = f.text(QStringLiteral("customerPhone"), false, 40);
    const std::optional<QString> address = f.text(QStringLiteral("customerAddress"), false);
    const bool flat = f.has(QStringLiteral("productId")) || f.has(QStringLiteral("qty"));
    QList<OrderRequestLine> lines;
    if (const std::optional<QJsonArray> array = f.array(QStringLiteral("lines"))) {
        if (flat)
            f.problem(QStringLiteral("lines: give either lines or productId and qty, not both"));
        if (array->isEmpty() || array->size() > 200)
            f.problem(QStringLiteral("lines: expected 1 to 200 lines"));
        for (qsizetype i = 0; i < array->size() && i < 200; ++i) {
            const QString at = QStringLiteral("lines[%1].").arg(i);
            if (!array->at(i).isObject()) {
                f.problem(at.chopped(1) + QStringLiteral(": expected an object"));
                continue;
            }
            Fields line(array->at(i).toObject());
            const auto productId = line.id(QStringLiteral("productId"), true);
            line.text(QStringLiteral("productName"), false);
            const auto qty = line.integer(QStringLiteral("qty"), true, 1, 1'000'000);
            f.adopt(at, line.problems());
            if (productId && qty)
                lines.append(OrderRequestLine(*productId, *qty));
        }
    } else {
        const auto productId = f.id(QStringLiteral("productId"), true);
        f.text(QStringLiteral("productName"), false); // the seed's; the catalog's name is used
        const auto qty = f.integer(QStringLiteral("qty"), true, 1, 1'000'000);
        if (productId && qty)
            lines.append(OrderRequestLine(*productId, *qty));
    }
    if (!name && !customerId)
        f.problem(QStringLiteral("customerName: required (or the seed's customerId)"));
    if (const QStringList problems = f.problems(); !problems.isEmpty())
        return bodyProblems(problems);
    const Customer customer{name.value_or(*customerId), phone.value_or(QString()),
                            address.value_or(QString())};
    const auto placed = m_web->act<QString>(call.actingUser(), [&]() -> Result<QString> {
        SD_TRY(const OrderDetails details, m_web->services().orders.placeOrder(customer, lines));
        return details.order.orderId();
    });
    if (!placed.ok()) {
        // A product the body names that does not exist is a fault of the body, not a path.
        return placed.error().code == ErrorCode::NotFound
                   ? problem(422, errorCodeName(ErrorCode::NotFound),
                             QStringLiteral("Unknown product"), placed.error().message,
                             placed.error().details)
                   : fromError(placed.error());
    }
    const QString id = placed.value();
    return writtenOrder(call, id, 201);
}

QHttpServerResponse RestApi::payOrder(Call &call, const QString &orderId)
{
    Fields f(call.body);
    const auto method = f.text(QStringLiteral("method"), true, 10);
    const auto amount = f.integer(QStringLiteral("amount"), false, 1, MaxSafeInteger);
    const auto tendered = f.integer(QStringLiteral("tendered"), false, 0, MaxSafeInteger);
    const auto approval = f.text(QStringLiteral("approval"), false, 40);
    const auto company = f.text(QStringLiteral("cardCompany"), false, 40);
    const auto instalments = f.integer(QStringLiteral("instalments"), false, 0, 36);
    std::optional<PaymentMethod> kind;
    if (method) {
        kind = paymentMethodFromString(*method);
        if (!kind)
            f.problem(QStringLiteral("method: expected cash or card, got '%1'").arg(*method));
    }
    if (kind == PaymentMethod::Card) {
        if (!approval)
            f.problem(QStringLiteral("approval: required for a card (the card terminal's "
                                     "approval number)"));
        if (tendered)
            f.problem(QStringLiteral("tendered: only for cash"));
    } else if (kind == PaymentMethod::Cash && (approval || company || instalments)) {
        f.problem(QStringLiteral("approval, cardCompany, instalments: only for a card"));
    }
    if (const QStringList problems = f.problems(); !problems.isEmpty())
        return bodyProblems(problems);
    PaymentRequest request;
    request.method = *kind;
    request.amount = amount;
    request.tendered = tendered;
    if (kind == PaymentMethod::Card) {
        request.card.approval = *approval;
        request.card.company = company.value_or(QString());
        request.card.instalments = int(instalments.value_or(0));
    }
    const auto paid = m_web->act<bool>(call.actingUser(), [&]() -> Result<bool> {
        SD_CHECK(m_web->services().orders.pay(orderId, request));
        return true;
    });
    if (!paid.ok())
        return fromError(paid.error());
    return writtenOrder(call, orderId, 200);
}

QHttpServerResponse RestApi::cancelOrder(Call &call, const QString &orderId)
{
    Fields f(call.body);
    const auto reason = f.text(QStringLiteral("reason"), false);
    if (const QStringList problems = f.problems(); !problems.isEmpty())
        return bodyProblems(problems);
    const auto cancelled = m_web->act<bool>(call.actingUser(), [&]() -> Result<bool> {
        SD_CHECK(m_web->services().orders.cancelOrder(orderId, reason.value_or(QString())));
        return true;
    });
    if (!cancelled.ok())
        return fromError(cancelled.error());
    return writtenOrder(call, orderId, 200);
}

QHttpServerResponse RestApi::startDelivery(Call &call)
{
    Fields f(call.body);
    const auto orderId = f.id(QStringLiteral("orderId"), true);
    if (const QStringList problems = f.problems(); !problems.isEmpty())
        return bodyProblems(problems);
    const auto found = m_queries.order(*orderId);
    if (!found.ok())
        return fromError(found.error());
    if (!found.value())
        return problem(422, errorCodeName(ErrorCode::NotFound), QStringLiteral("Unknown order"),
                       QStringLiteral("no order %1").arg(*orderId));
    const OrderRecord &order = *found.value();
    if (order.deliveryId.isEmpty()) {
        const bool open = order.status == QLatin1StringView("placed");
        return problem(
            409, errorCodeName(ErrorCode::InvalidState), QStringLiteral("Conflict"),
            open ? QStringLiteral("order %1 is not paid: its delivery starts when it is paid "
                                  "(POST /orders/%1/payments)")
                       .arg(*orderId)
                 : QStringLiteral("order %1 is %2: it has no delivery").arg(*orderId, order.status),
            {{QStringLiteral("status"), order.status}});
    }
    return oneResource(m_queries.delivery(order.deliveryId),
                       QStringLiteral("delivery ") + order.deliveryId, writeDelivery, 200,
                       QStringLiteral("/deliveries/") + pathSegment(order.deliveryId));
}

QHttpServerResponse RestApi::completeDelivery(Call &call, const QString &deliveryId)
{
    Fields f(call.body);
    if (const QStringList problems = f.problems(); !problems.isEmpty())
        return bodyProblems(problems);
    const auto found = m_queries.delivery(deliveryId);
    if (!found.ok())
        return fromError(found.error());
    if (!found.value())
        return notFound(QStringLiteral("no delivery %1").arg(deliveryId));
    const QString orderId = found.value()->orderId;
    const auto done = m_web->act<bool>(call.actingUser(), [&]() -> Result<bool> {
        SD_CHECK(m_web->services().orders.completeDelivery(orderId));
        return true;
    });
    if (!done.ok())
        return fromError(done.error());
    return writtenDelivery(call, deliveryId, 200);
}

QHttpServerResponse RestApi::registerStock(Call &call)
{
    Fields f(call.body);
    const auto productId = f.id(QStringLiteral("productId"), true);
    const auto stockId = f.id(QStringLiteral("stockId"), false);
    const auto name = f.text(QStringLiteral("productName"), true);
    const auto count = f.integer(QStringLiteral("stockCount"), false, 0, 1'000'000'000);
    const auto price = f.integer(QStringLiteral("price"), false, 0, MaxSafeInteger);
    const auto barcode = f.text(QStringLiteral("barcode"), false, 64);
    if (stockId && productId && *stockId != *productId)
        f.problem(QStringLiteral("stockId: a stock is known by its product's id; give %1 or "
                                 "leave it out")
                      .arg(*productId));
    if (const QStringList problems = f.problems(); !problems.isEmpty())
        return bodyProblems(problems);
    const auto registered = m_web->act<bool>(call.actingUser(), [&]() -> Result<bool> {
        ShopServices &shop = m_web->services();
        // The product and its starting stock commit together, or neither does.
        SD_CHECK(shop.work.beginBatch());
        auto product = shop.inventory.registerProduct(*productId, *name, price.value_or(0),
                                                      barcode.value_or(QString()));
        if (product.ok() && count.value_or(0) > 0) {
            if (auto stocked = shop.inventory.adjustStock(*productId, *count,
                                                          QStringLiteral("starting stock"));
                !stocked.ok()) {
                shop.work.cancelBatch();
                return stocked.error();
            }
        }
        if (!product.ok()) {
            shop.work.cancelBatch();
            return product.error();
        }
        SD_CHECK(shop.work.endBatch());
        return true;
    });
    if (!registered.ok())
        return fromError(registered.error());
    return writtenStock(call, *productId, 201);
}

QHttpServerResponse RestApi::changeStock(Call &call, const QString &productId, bool receive)
{
    Fields f(call.body);
    const auto qty = f.integer(QStringLiteral("qty"), true, 1, 1'000'000'000);
    const auto reason = f.text(QStringLiteral("reason"), !receive);
    if (const QStringList problems = f.problems(); !problems.isEmpty())
        return bodyProblems(problems);
    const auto changed = m_web->act<bool>(call.actingUser(), [&]() -> Result<bool> {
        SD_CHECK(m_web->services().inventory.adjustStock(
            productId, receive ? *qty : -*qty,
            reason.value_or(receive ? QStringLiteral("received") : QString())));
        return true;
    });
    if (!changed.ok())
        return fromError(changed.error());
    return writtenStock(call, productId, 200);
}

} // namespace ShopDesk::Hub
