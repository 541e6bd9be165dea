#pragma once

#include "hubstore.h"

#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QWebSocketProtocol>

#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace ShopDesk::Hub {

struct HubConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765; // 0: any free port (see HubServer::port())
    qint64 maxMessageBytes = 8 * 1024 * 1024;
    // From the TCP accept to a valid hello (the WebSocket handshake included).
    int authTimeoutMs = 5000;
    // Welcomed terminals served at once. Only welcomed connections count, so sockets that never
    // say hello cannot take a terminal's place (they have maxUnauthenticated).
    int maxConnections = 256;
    // Welcomed terminals per remote address, so that one machine cannot take every slot.
    // Terminals behind one NAT share an address, and behind a reverse proxy every connection
    // comes from the proxy.
    int maxConnectionsPerAddress = 32;
    // Sockets not welcomed yet (in the WebSocket handshake or waiting for their hello) have a
    // budget of their own, apart from maxConnections. When it is full a new socket still comes
    // in, and the oldest waiting socket of the address that holds the most waiting ones is
    // closed (crowded_out): a flood crowds out itself, never a welcomed terminal, and a
    // terminal's fresh socket goes only if its own address floods.
    int maxUnauthenticated = 64;
    // File handles kept free (see withinFileHandleReserve): a socket accepted this close to
    // the soft limit is closed at once and counted as no_file_handles.
    int fileHandleReserve = 64;
    // A welcomed connection is pinged at this interval and closed when nothing (no frame, no
    // pong) has arrived for idleTimeoutMs: a terminal gone silently frees its slot.
    int pingIntervalMs = 20'000;
    int idleTimeoutMs = 60'000;
    double messagesPerSecond = 200; // per connection, refilled continuously
    double messageBurst = 400;      // the bucket's size
    int pageSize = 2000;            // events per catch-up frame
    // With a configuration: wss:// only (QWebSocketServer::SecureMode).
    std::optional<QSslConfiguration> ssl;
    // Terminals the hub runs itself (the REST API's, appendLocal): a hello in their name is
    // refused, whatever token it brings.
    QStringList hostedTerminals;
};

// Reasons of /metrics that are no error code of the protocol, since no error message goes out:
// Qt's WebSocket layer closes on a frame that breaks RFC 6455 (close code 1002, 1007 for bad
// UTF-8), and a socket accepted without file handles to spare is closed at once.
namespace ProtocolReason {
inline constexpr QLatin1StringView InvalidUtf8{"invalid_utf8"};
inline constexpr QLatin1StringView ReservedBits{"reserved_bits"};
inline constexpr QLatin1StringView ReservedOpcode{"reserved_opcode"};
inline constexpr QLatin1StringView BadControlFrame{"bad_control_frame"}; // > 125 bytes, fragmented
inline constexpr QLatin1StringView BadContinuation{"bad_continuation"};  // stray or missing
inline constexpr QLatin1StringView BadLength{"bad_length"}; // not minimal, or the top bit set
inline constexpr QLatin1StringView Other{"protocol_error"};
} // namespace ProtocolReason
inline constexpr QLatin1StringView NoFileHandles{"no_file_handles"};

// Counters for /metrics. A refusal is counted once: in connectionsRefused when the connection
// never got a welcome (busy, no or bad hello, auth deadline, crowded out, a frame that breaks
// RFC 6455), else in messagesRefused (a message or frame refused, or idle_timeout).
struct HubMetrics
{
    int terminalsConnected = 0;               // connections that got a welcome and are open
    int unauthenticated = 0;                  // open sockets not welcomed (yet)
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

    // Appends the events of a terminal the hub hosts (HubConfig::hostedTerminals) as a push
    // of theirs would be, by the same rules, and sends the new ones to every live terminal.
    // InvalidInput for events the rules refuse (nothing stored), Storage when the log fails.
    Result<AppendResult> appendLocal(const QList<DomainEvent> &events);

    // Stops accepting, tells every terminal shutting_down with close code 1001 and emits
    // stopped() once all are closed (or after a grace period of two seconds).
    void shutdown();

signals:
    void stopped();
    // New events of connected terminals are in the log (after their ack went out); not for
    // appendLocal's, whose caller knows.
    void appended(qint64 lastSeq);

private:
    struct Connection;

    void incoming(qintptr descriptor);
    void accept();
    void makeRoomForUnauthenticated();
    void onText(Connection *c, const QString &text);
    void onHello(Connection *c, const Sync::Hello &hello);
    void onPush(Connection *c, const Sync::Push &push);
    // Sends newly appended events to every live terminal but `except`.
    void fanOut(const QList<Sync::SyncEvent> &added, Connection *except);
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
    // The listening socket is ours (GuardedTcpServer): every connection is counted from its
    // accept; QWebSocketServer only performs the handshake (handleConnection).
    QTcpServer *m_listener = nullptr;
    std::unique_ptr<QWebSocketServer> m_server;
    QSet<Connection *> m_connections;
    QHash<QString, Connection *> m_handshaking; // by peer address:port until the upgrade
    QHash<QString, Connection *> m_byTerminal;
    qint64 m_hubSeq = 0;
    HubMetrics m_metrics;
    bool m_shuttingDown = false;
    bool m_stoppedEmitted = false;
};

} // namespace ShopDesk::Hub
