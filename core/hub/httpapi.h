#pragma once

#include "hubserver.h"

#include <QHttpServer>

namespace ShopDesk::Hub {

class GuardedTcpServer;
class RestApi;

// QHttpServer 6.4 has no limits of its own: it keeps a connection open for as long as the
// peer likes and buffers a request whole, whatever its size. The hub's HTTP side keeps these.
struct HttpLimits
{
    // Open HTTP connections. When they are all taken a new one still comes in, and the oldest
    // connection of the address that holds the most is closed (crowded_out): a crowd of idle
    // connections cannot keep a health check out, and the WebSocket side has its own budgets.
    int maxConnections = 32;
    // Each request must have arrived whole within this time, counted from the accept or from
    // the previous response; otherwise the connection is closed (idle_timeout). It covers idle
    // keep-alive connections and requests that trickle in.
    int idleTimeoutMs = 10'000;
    qint64 maxHeaderBytes = 16 * 1024; // request line and headers: else 431 and close
    qint64 maxBodyBytes = 1024 * 1024; // else 413 and close
    int fileHandleReserve = 64;        // as HubConfig::fileHandleReserve
};

// Counters of the HTTP side for /metrics.
struct HttpMetrics
{
    int connectionsOpen = 0;
    QMap<QString, qint64> connectionsClosed; // by reason, each connection the hub closed
};

// The hub's HTTP endpoints (QHttpServer): GET /healthz (the process runs), GET /readyz (the
// database answers: 200, else 503) and GET /metrics (Prometheus text format 0.0.4). Everything
// else goes to the REST API when one is set (setRestApi), else is 404.
class HttpApi : public QObject
{
    Q_OBJECT

public:
    HttpApi(HubServer &server, HubStore &store, HttpLimits limits = {}, QObject *parent = nullptr);
    ~HttpApi() override;

    // Listens and returns the bound port (port 0: any free one); Storage error when it cannot.
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    // Serves every other path through api (not owned; it must outlive this).
    void setRestApi(RestApi *api);

    HttpMetrics metrics() const;
    QByteArray metricsText() const;

private:
    struct Connection;

    void incoming(qintptr descriptor);
    void onReadyRead(Connection *h);
    void afterReadyRead(Connection *h);
    // The request line and headers, once whole: a length that is not clear closes with 400
    // (false); Connection: close is noted for after the answer.
    bool checkHead(Connection *h);
    void close(Connection *h, QLatin1StringView reason, const QByteArray &response = {});

    HubServer &m_server;
    HubStore &m_store;
    HttpLimits m_limits;
    // Declared before m_http, which deletes the sockets (and so touches these) as it goes.
    QSet<Connection *> m_connections;
    HttpMetrics m_metrics;
    QHttpServer m_http;
    GuardedTcpServer *m_listener = nullptr; // owned by m_http once bound
    RestApi *m_rest = nullptr;
};

} // namespace ShopDesk::Hub
