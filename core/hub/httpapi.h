#pragma once

#include "hubserver.h"

#include <QHttpServer>

namespace ShopDesk::Hub {

// The hub's HTTP endpoints (QHttpServer): GET /healthz (the process runs), GET /readyz (the
// database answers: 200, else 503) and GET /metrics (Prometheus text format 0.0.4). Anything
// else is 404.
class HttpApi : public QObject
{
    Q_OBJECT

public:
    HttpApi(HubServer &server, HubStore &store, QObject *parent = nullptr);

    // Listens and returns the bound port (port 0: any free one); Storage error when it cannot.
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    static QByteArray metricsText(const HubMetrics &metrics);

private:
    HubServer &m_server;
    HubStore &m_store;
    QHttpServer m_http;
};

} // namespace ShopDesk::Hub
