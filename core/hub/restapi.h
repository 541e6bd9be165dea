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

    QHttpServerResponse route(Call &call);
    QHttpServerResponse authenticate(Call &call);
    bool takeToken(QHash<QString, Bucket> &buckets, const QString &who, double rate,
                   double burst, double *retryAfter);
    QHttpServerResponse post(Call &call, const std::function<QHttpServerResponse(Call &)> &run);

    QHttpServerResponse listOrders(Call &call);
    QHttpServerResponse listDeliveries(Call &call);
    QHttpServerResponse listProducts(Call &call, bool asStocks);
    QHttpServerResponse getOrder(Call &call, const QString &orderId);
    QHttpServerResponse getDelivery(Call &call, const QString &deliveryId);
    QHttpServerResponse getProduct(Call &call, const QString &productId, bool asStock);
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
    // The order, delivery or stock as GET returns it, with the given status and Location.
    QHttpServerResponse orderAnswer(const QString &orderId, int status);
    QHttpServerResponse deliveryAnswer(const QString &deliveryId, int status);
    QHttpServerResponse stockAnswer(const QString &productId, int status);
    void purgeIdempotency();

    ShopQueries &m_queries;
    ApiKeyStore &m_keys;
    IdempotencyStore &m_idempotency;
    WebTerminal *m_web;
    RestLimits m_limits;
    QHash<QString, Bucket> m_keyBuckets;
    QHash<QString, Bucket> m_addressBuckets;
    QHash<QString, CachedKey> m_keyCache;
    QElapsedTimer m_purged;
};

} // namespace ShopDesk::Hub
