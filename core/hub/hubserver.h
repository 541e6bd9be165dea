#pragma once

#include "hubstore.h"

#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QWebSocketProtocol>

#include <memory>
#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace ShopDesk::Hub {

struct HubConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765; // 0: any free port (see HubServer::port())
    qint64 maxMessageBytes = 8 * 1024 * 1024;
    int authTimeoutMs = 5000;
    int maxConnections = 256;
    // Per remote address, so that one machine cannot take every slot. Terminals behind one NAT
    // share an address, and behind a reverse proxy every connection comes from the proxy.
    int maxConnectionsPerAddress = 32;
    // A welcomed connection is pinged at this interval and closed when nothing (no frame, no
    // pong) has arrived for idleTimeoutMs: a terminal gone silently frees its slot.
    int pingIntervalMs = 20'000;
    int idleTimeoutMs = 60'000;
    double messagesPerSecond = 200; // per connection, refilled continuously
    double messageBurst = 400;      // the bucket's size
    int pageSize = 2000;            // events per catch-up frame
    // With a configuration: wss:// only (QWebSocketServer::SecureMode).
    std::optional<QSslConfiguration> ssl;
};

// Counters for /metrics. A refusal is counted once: in connectionsRefused when the connection
// never got a welcome (busy, no or bad hello, auth deadline), else in messagesRefused (a
// message refused, or idle_timeout).
struct HubMetrics
{
    int terminalsConnected = 0;               // connections that got a welcome and are open
    qint64 eventsStored = 0;                  // events in the log
    qint64 eventsAppended = 0;                // new events this process appended
    qint64 eventsPushed = 0;                  // events sent to terminals (catch-up and live)
    QMap<QString, qint64> connectionsRefused; // by error code
    QMap<QString, qint64> messagesRefused;    // by error code
};

// The WebSocket side of shopdesk-hub: authenticates terminals, appends their pushes to the
// HubStore, sends each terminal the events of the others (catch-up from its lastGlobalSeq in
// pages, then live), and enforces the limits of docs/sync-protocol.md. Everything runs on the
// thread that owns it: a push is appended, acknowledged and fanned out before the next
// message (or a shutdown) is looked at.
class HubServer : public QObject
{
    Q_OBJECT

public:
    HubServer(HubStore &store, HubConfig config, QObject *parent = nullptr);
    ~HubServer() override;

    // Reads the log's end and starts listening. Error (Storage or InvalidInput) when either
    // fails; the message names the address.
    Status start();
    quint16 port() const;
    QString url() const; // ws://host:port or wss://host:port

    HubMetrics metrics() const;

    // Stops accepting, tells every terminal shutting_down with close code 1001 and emits
    // stopped() once all are closed (or after a grace period of two seconds).
    void shutdown();

signals:
    void stopped();

private:
    struct Connection;

    void accept();
    void onText(Connection *c, const QString &text);
    void onHello(Connection *c, const Sync::Hello &hello);
    void onPush(Connection *c, const Sync::Push &push);
    void pump(Connection *c);
    void schedulePump(Connection *c);
    void send(Connection *c, const QByteArray &frame);
    void
    refuse(Connection *c, QLatin1StringView code, const QString &message,
           QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodePolicyViolated,
           const QString &eventId = {});
    void dropped(Connection *c);
    bool takeRateToken(Connection *c);
    void checkIdle(Connection *c);
    QString describe(const Connection *c) const;
    void checkStopped();

    HubStore &m_store;
    HubConfig m_config;
    std::unique_ptr<QWebSocketServer> m_server;
    QHash<QWebSocket *, Connection *> m_connections;
    QHash<QString, Connection *> m_byTerminal;
    qint64 m_hubSeq = 0;
    HubMetrics m_metrics;
    bool m_shuttingDown = false;
    bool m_stoppedEmitted = false;
};

} // namespace ShopDesk::Hub
