#pragma once

#include "apikeys.h"
#include "idempotencystore.h"
#include "shopqueries.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace ShopDesk::Hub {

class WebTerminal;

struct RestLimits
{
    // Requests per second and burst, per API key and per remote address (token buckets).
    double keyRate = 50;
    double keyBurst = 100;
    double addressRate = 100;
    double addressBurst = 200;
    int maxPageSize = 200;
    // How long a revoked key may still be honoured: keys are cached this long.
    int keyCacheMs = 1000;
    // GET answers kept while the projection does not change (bytes of bodies, all together).
    qint64 answerCacheBytes = 32 * 1024 * 1024;
    // Idempotency keys are kept at least this long (and purged after twice as long).
    qint64 idempotencyHours = 24;
};

// The shop's REST API on the hub's HTTP port (docs/rest-api.md, GET /openapi.json): orders,
// deliveries, stocks and products as HAL JSON, read from the hub's projection (ShopQueries),
// and writes as commands of the terminal the hub hosts (WebTerminal), whose events reach the
// log before the answer goes out. Every request needs an API key (Authorization: Bearer)
// except GET /openapi.json; errors are application/problem+json with the CLI's error codes.
class RestApi
{
public:
    RestApi(ShopQueries &queries, ApiKeyStore &keys, IdempotencyStore &idempotency,
            WebTerminal *web, RestLimits limits = {});
    ~RestApi();

    // Answers one request (any method, any path the hub's other endpoints do not serve).
    QHttpServerResponse handle(const QHttpServerRequest &request);

    // The OpenAPI 3.1 document served at /openapi.json.
    static QByteArray openApiDocument();

private:
    struct Call;
    struct Bucket
    {
        double tokens = 0;
        QElapsedTimer refilled;
    };
    struct CachedKey
    {
        std::optional<ApiKeyRecord> record;
        QElapsedTimer fetched;
    };
    // A verified bearer text: its key's name and role, without hashing it again.
    struct VerifiedBearer
    {
        QString name;
        ApiRole role = ApiRole::Reader;
        QElapsedTimer verified;
    };
    // A GET's answer, good while the projection's version stays the same.
    struct CachedAnswer
    {
        QByteArray mediaType;
        QByteArray body;
        QByteArray etag;
    };

    QHttpServerResponse route(Call &call);
    // Answers a GET from the cache of answers, or through read and keeps its answer; adds the
    // ETag and answers If-None-Match with 304.
    QHttpServerResponse cachedGet(Call &call, const std::function<QHttpServerResponse()> &read);
    QHttpServerResponse authenticate(Call &call);
    // The key's rate limit; 200 when the request may go on, else 429.
    QHttpServerResponse takeKeyToken(Call &call);
    bool takeToken(QHash<QString, Bucket> &buckets, const QString &who, double rate, double burst,
                   double *retryAfter);
    QHttpServerResponse post(Call &call, const std::function<QHttpServerResponse(Call &)> &run);

    QHttpServerResponse listOrders(Call &call);
    QHttpServerResponse listDeliveries(Call &call);
    QHttpServerResponse listProducts(Call &call, bool asStocks);
    QHttpServerResponse placeOrder(Call &call);
    QHttpServerResponse payOrder(Call &call, const QString &orderId);
    QHttpServerResponse cancelOrder(Call &call, const QString &orderId);
    QHttpServerResponse startDelivery(Call &call);
    QHttpServerResponse completeDelivery(Call &call, const QString &deliveryId);
    QHttpServerResponse registerStock(Call &call);
    QHttpServerResponse changeStock(Call &call, const QString &productId, bool receive);

    // The answer of a write whose command committed (Call::committed): answer(), or 202 with
    // Location when its events are not in the log yet or reading the result back failed.
    QHttpServerResponse written(Call &call, const QString &location,
                                const std::function<QHttpServerResponse()> &answer);
    // A write's answer (written()): the order, delivery or stock as GET returns it, with the
    // given status and its Location.
    QHttpServerResponse writtenOrder(Call &call, const QString &orderId, int status);
    QHttpServerResponse writtenDelivery(Call &call, const QString &deliveryId, int status);
    QHttpServerResponse writtenStock(Call &call, const QString &productId, int status);
    void purgeIdempotency();

    ShopQueries &m_queries;
    ApiKeyStore &m_keys;
    IdempotencyStore &m_idempotency;
    WebTerminal *m_web;
    RestLimits m_limits;
    QHash<QString, Bucket> m_keyBuckets;
    QHash<QString, Bucket> m_addressBuckets;
    QHash<QString, CachedKey> m_keyCache;
    QHash<QString, VerifiedBearer> m_verified;
    QHash<QString, CachedAnswer> m_answers;
    qint64 m_answerBytes = 0;
    quint64 m_answersVersion = 0;
    QElapsedTimer m_purged;
};

} // namespace ShopDesk::Hub
