#include "hubserver.h"

#include "crowding.h"
#include "guardedtcpserver.h"
#include "logtext.h"
#include "pushcheck.h"
#include "tokens.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <unistd.h>

namespace ShopDesk::Hub {

Q_LOGGING_CATEGORY(lcHub, "shopdesk.hub", QtInfoMsg)

namespace {

// Catch-up sends the next page only while less than this is waiting in the socket.
constexpr qint64 CatchUpHighWater = 4 * 1024 * 1024;
// A live terminal that lets more than this pile up falls back to catch-up from the last event
// it was sent: the hub's memory stays bounded and the terminal misses nothing.
constexpr qint64 LiveHighWater = 32 * 1024 * 1024;
constexpr int CloseGraceMs = 2000;
// Until its hello is accepted a connection may send only small messages: a crowd of
// unauthenticated sockets cannot make the hub hold a full-size message each.
constexpr qint64 PreAuthMessageBytes = 16 * 1024;
// RFC 6455's "internal error"; Qt has no name for it. (Not 1013 "try again later" for a busy
// hub: Qt clients treat close codes from 1012 to 2999 as a protocol error.)
constexpr auto CloseCodeInternalError = static_cast<QWebSocketProtocol::CloseCode>(1011);

// Qt WebSockets 6.4 closes a connection itself when a frame breaks RFC 6455
// (QWebSocketFrame::checkValidity, readFrameHeader, QWebSocketDataProcessor) and tells only
// through closeCode() and closeReason(), the untranslated texts below (the hub loads no
// translations). A peer's own close frame with such a code reads the same; it is counted too.
QLatin1StringView protocolCloseReason(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (code == QWebSocketProtocol::CloseCodeWrongDatatype)
        return ProtocolReason::InvalidUtf8;
    if (code != QWebSocketProtocol::CloseCodeProtocolError)
        return {};
    if (reason.startsWith(QLatin1StringView("Rsv field")))
        return ProtocolReason::ReservedBits;
    if (reason.startsWith(QLatin1StringView("Used reserved opcode")))
        return ProtocolReason::ReservedOpcode;
    if (reason.startsWith(QLatin1StringView("Control frame")))
        return ProtocolReason::BadControlFrame;
    if (reason.startsWith(QLatin1StringView("Received Continuation frame")) ||
        reason.startsWith(QLatin1StringView("All data frames after the initial")))
        return ProtocolReason::BadContinuation;
    if (reason.startsWith(QLatin1StringView("Lengths smaller than")) ||
        reason.startsWith(QLatin1StringView("Highest bit of payload length")))
        return ProtocolReason::BadLength;
    return ProtocolReason::Other;
}

} // namespace

struct HubServer::Connection : QObject
{
    enum class State { AwaitingHello, CatchingUp, Live, Closing };

    QPointer<QTcpSocket> tcp;     // owned by QWebSocketServer, then by the QWebSocket
    QWebSocket *socket = nullptr; // null until the WebSocket handshake is done
    QHostAddress address;
    QElapsedTimer accepted;
    QString peer;
    QString terminal;
    State state = State::AwaitingHello;
    bool welcomed = false;
    QTimer authTimer;
    QTimer pingTimer;
    QTimer idleTimer;
    QElapsedTimer lastHeard; // since the last frame or pong from the terminal
    double rateTokens = 0;
    QElapsedTimer rateClock;
    qint64 cursor = 0;    // the last globalSeq this terminal has been sent (or had)
    bool withOwn = false; // its catch-up includes its own events (restored from a backup)
    qint64 pendingBytes = 0;
    bool pumpScheduled = false;
};

HubServer::HubServer(HubStore &store, HubConfig config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(std::move(config))
{}

HubServer::~HubServer()
{
    // Taken out first: an abort below emits disconnected, and dropped() looks in the set.
    const QSet<Connection *> all = std::exchange(m_connections, {});
    for (Connection *c : all) {
        if (!c->socket && c->tcp)
            c->tcp->abort();
        delete c;
    }
}

Status HubServer::start()
{
    SD_TRY(m_hubSeq, m_store.lastSeq());
    m_metrics.eventsStored = m_hubSeq;
    const auto mode = m_config.ssl ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode;
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("shopdesk-hub"), mode);
    if (m_config.ssl)
        m_server->setSslConfiguration(*m_config.ssl);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &HubServer::accept);
    auto *listener = new GuardedTcpServer(
        m_config.fileHandleReserve, [this](qintptr descriptor) { incoming(descriptor); }, this);
    connect(listener, &GuardedTcpServer::refusedForFileHandles, this, [this] {
        ++m_metrics.connectionsRefused[QString(NoFileHandles)];
        qCWarning(lcHub) << "refused a connection: file handles are running out";
    });
    connect(listener, &QTcpServer::acceptError, this, [](QAbstractSocket::SocketError error) {
        qCWarning(lcHub) << "accept failed:" << error;
    });
    m_listener = listener;
    if (!m_listener->listen(m_config.address, m_config.port)) {
        return Error::storage(QStringLiteral("cannot listen on %1:%2: %3")
                                  .arg(m_config.address.toString())
                                  .arg(m_config.port)
                                  .arg(m_listener->errorString()));
    }
    return {};
}

quint16 HubServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString HubServer::url() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(m_config.ssl ? QStringLiteral("wss") : QStringLiteral("ws"),
             m_config.address.toString())
        .arg(port());
}

HubMetrics HubServer::metrics() const
{
    HubMetrics m = m_metrics;
    m.eventsStored = m_hubSeq;
    m.terminalsConnected = 0;
    m.unauthenticated = 0;
    for (const Connection *c : m_connections) {
        if (c->state == Connection::State::Closing)
            continue;
        ++(c->welcomed ? m.terminalsConnected : m.unauthenticated);
    }
    return m;
}

void HubServer::incoming(qintptr descriptor)
{
    QTcpSocket *tcp = nullptr;
    if (m_config.ssl) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(*m_config.ssl);
        connect(ssl, &QSslSocket::sslErrors, this, [](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                qCWarning(lcHub).noquote() << "TLS:" << logSafe(e.errorString());
        });
        tcp = ssl;
    } else {
        tcp = new QTcpSocket;
    }
    if (!tcp->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete tcp;
        return;
    }
    if (m_shuttingDown) {
        tcp->abort();
        tcp->deleteLater();
        return;
    }
    makeRoomForUnauthenticated();

    auto *c = new Connection;
    c->tcp = tcp;
    c->address = plainAddress(tcp->peerAddress());
    c->peer = QStringLiteral("%1:%2").arg(tcp->peerAddress().toString()).arg(tcp->peerPort());
    c->accepted.start();
    m_connections.insert(c);
    m_handshaking.insert(c->peer, c);
    // Until the upgrade the socket is QWebSocketServer's; it deletes it when it disconnects
    // (a failed handshake included).
    connect(tcp, &QTcpSocket::disconnected, c, [this, c] {
        if (!c->socket)
            dropped(c);
    });
    // The deadline covers the handshake as well: QWebSocketServer's own handshake timeout
    // applies only to the sockets it accepts itself.
    c->authTimer.setSingleShot(true);
    connect(&c->authTimer, &QTimer::timeout, c, [this, c] {
        if (c->state == Connection::State::AwaitingHello) {
            refuse(c, Sync::ErrorName::AuthTimeout,
                   QStringLiteral("no valid hello within %1 ms").arg(m_config.authTimeoutMs));
        }
    });
    c->authTimer.start(m_config.authTimeoutMs);
    if (m_config.ssl)
        static_cast<QSslSocket *>(tcp)->startServerEncryption();
    m_server->handleConnection(tcp);
}

void HubServer::makeRoomForUnauthenticated()
{
    QList<Connection *> waiting;
    for (Connection *c : std::as_const(m_connections)) {
        if (!c->welcomed && c->state == Connection::State::AwaitingHello)
            waiting.append(c);
    }
    if (waiting.size() < m_config.maxUnauthenticated)
        return;
    Connection *victim = crowdedOut(waiting);
    refuse(victim, Sync::ErrorName::CrowdedOut,
           QStringLiteral("%1 sockets wait for their hello, the most from %2; the oldest of them "
                          "makes room for a new one")
               .arg(waiting.size())
               .arg(victim->address.toString()));
}

void HubServer::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const QString peer =
            QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        Connection *c = m_handshaking.take(peer);
        if (!c || c->state == Connection::State::Closing) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        c->socket = socket;
        socket->setParent(c);
        // Qt's default would let one message grow to about 2 GiB in memory. The full limit
        // applies once the terminal is welcomed.
        const quint64 preAuth = quint64(std::min(m_config.maxMessageBytes, PreAuthMessageBytes));
        socket->setMaxAllowedIncomingMessageSize(preAuth);
        socket->setMaxAllowedIncomingFrameSize(preAuth);
        // One frame per message: Qt WebSockets 6.4 cuts a longer message into 512 KiB frames at
        // any byte, and a Qt terminal refuses a text frame that ends inside a character (a
        // catch-up page with Korean names: "Invalid UTF-8 code encountered").
        socket->setOutgoingFrameSize(
            qMin<quint64>(64 * 1024 * 1024, QWebSocket::maxOutgoingFrameSize()));

        connect(socket, &QWebSocket::textMessageReceived, c,
                [this, c](const QString &text) { onText(c, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, c, [this, c](const QByteArray &) {
            if (takeRateToken(c))
                refuse(c, Sync::ErrorName::Malformed,
                       QStringLiteral("binary frames are not part of the protocol"));
        });
        connect(socket, &QWebSocket::bytesWritten, c, [this, c](qint64 written) {
            c->pendingBytes = std::max<qint64>(0, c->pendingBytes - written);
            if (c->state == Connection::State::CatchingUp)
                schedulePump(c);
        });
        connect(socket, &QWebSocket::disconnected, c, [this, c] { dropped(c); });
        // Any frame (also one of a message still arriving) or pong shows the terminal is there.
        c->lastHeard.start();
        connect(socket, &QWebSocket::textFrameReceived, c, [c] { c->lastHeard.start(); });
        connect(socket, &QWebSocket::binaryFrameReceived, c, [c] { c->lastHeard.start(); });
        connect(socket, &QWebSocket::pong, c, [c] { c->lastHeard.start(); });
        connect(&c->pingTimer, &QTimer::timeout, c, [c] {
            if (c->state != Connection::State::Closing)
                c->socket->ping();
        });
        c->idleTimer.setSingleShot(true);
        connect(&c->idleTimer, &QTimer::timeout, c, [this, c] { checkIdle(c); });

        c->rateTokens = m_config.messageBurst;
        c->rateClock.start();

        if (m_shuttingDown) {
            refuse(c, Sync::ErrorName::ShuttingDown, QStringLiteral("the hub is stopping"),
                   QWebSocketProtocol::CloseCodeGoingAway);
        }
    }
}

bool HubServer::takeRateToken(Connection *c)
{
    if (c->state == Connection::State::Closing)
        return false;
    const double elapsed = c->rateClock.restart() / 1000.0;
    c->rateTokens =
        std::min(m_config.messageBurst, c->rateTokens + elapsed * m_config.messagesPerSecond);
    if (c->rateTokens < 1.0) {
        refuse(c, Sync::ErrorName::RateLimited,
               QStringLiteral("more than %1 messages per second").arg(m_config.messagesPerSecond));
        return false;
    }
    c->rateTokens -= 1.0;
    return true;
}

void HubServer::onText(Connection *c, const QString &text)
{
    if (!takeRateToken(c))
        return;
    const Sync::Decoded decoded = Sync::decode(text.toUtf8());
    if (!decoded.ok()) {
        refuse(c, QLatin1StringView(decoded.error().code.toLatin1()), decoded.error().detail);
        return;
    }
    const Sync::Message &message = decoded.message();
    if (const auto *hello = std::get_if<Sync::Hello>(&message)) {
        if (c->welcomed)
            refuse(c, Sync::ErrorName::Malformed, QStringLiteral("a second hello"));
        else
            onHello(c, *hello);
        return;
    }
    if (!c->welcomed) {
        refuse(c, Sync::ErrorName::Unauthorized, QStringLiteral("say hello first"));
        return;
    }
    if (const auto *push = std::get_if<Sync::Push>(&message)) {
        onPush(c, *push);
        return;
    }
    refuse(c, Sync::ErrorName::UnknownType, QStringLiteral("a terminal sends only hello and push"));
}

void HubServer::onHello(Connection *c, const Sync::Hello &hello)
{
    if (m_shuttingDown) {
        refuse(c, Sync::ErrorName::ShuttingDown, QStringLiteral("the hub is stopping"),
               QWebSocketProtocol::CloseCodeGoingAway);
        return;
    }
    // The log may have grown by other means (an import) since start.
    if (const auto last = m_store.lastSeq(); last.ok())
        m_hubSeq = std::max(m_hubSeq, last.value());
    const auto record = m_store.token(hello.terminal);
    if (!record.ok()) {
        qCWarning(lcHub).noquote() << "token lookup failed:" << record.error().message;
        refuse(c, Sync::ErrorName::Internal, QStringLiteral("the hub's database failed"),
               CloseCodeInternalError);
        return;
    }
    QString why;
    if (m_config.hostedTerminals.contains(hello.terminal))
        why = QStringLiteral("the hub itself runs this terminal");
    else if (hello.token.isEmpty())
        why = QStringLiteral("no token");
    else if (!record.value())
        why = QStringLiteral("no token for this terminal");
    else if (record.value()->revoked)
        why = QStringLiteral("the token is revoked");
    else if (!tokenMatches(*record.value(), hello.token))
        why = QStringLiteral("wrong token");
    if (!why.isEmpty()) {
        c->terminal = hello.terminal;
        qCInfo(lcHub).noquote() << describe(c) << "hello refused:" << why;
        refuse(c, Sync::ErrorName::Unauthorized,
               QStringLiteral("token refused for terminal %1").arg(hello.terminal));
        return;
    }

    // The limits count welcomed terminals only, and not the connection this one replaces: a
    // terminal that comes back before the hub noticed its old connection die always gets in.
    Connection *old = m_byTerminal.value(hello.terminal);
    int served = 0;
    int fromAddress = 0;
    for (const Connection *other : std::as_const(m_connections)) {
        if (other == c || other == old || !other->welcomed ||
            other->state == Connection::State::Closing)
            continue;
        ++served;
        if (other->address == c->address)
            ++fromAddress;
    }
    if (served >= m_config.maxConnections) {
        c->terminal = hello.terminal;
        refuse(c, Sync::ErrorName::ServerBusy,
               QStringLiteral("the hub serves its maximum of %1 terminals")
                   .arg(m_config.maxConnections));
        return;
    }
    if (fromAddress >= m_config.maxConnectionsPerAddress) {
        c->terminal = hello.terminal;
        refuse(c, Sync::ErrorName::AddressBusy,
               QStringLiteral("%1 already has the maximum of %2 terminals")
                   .arg(c->address.toString())
                   .arg(m_config.maxConnectionsPerAddress));
        return;
    }

    if (old && old != c) {
        qCInfo(lcHub).noquote() << describe(old) << "replaced by a newer connection from"
                                << c->peer;
        old->state = Connection::State::Closing;
        old->pingTimer.stop();
        old->idleTimer.stop();
        old->socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                           QStringLiteral("replaced by a newer connection"));
        QTimer::singleShot(CloseGraceMs, old, [old] { old->socket->abort(); });
    }
    c->authTimer.stop();
    c->socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageBytes));
    c->socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxMessageBytes));
    c->terminal = hello.terminal;
    c->welcomed = true;
    c->cursor = hello.lastGlobalSeq;
    c->withOwn = hello.withOwn;
    m_byTerminal.insert(hello.terminal, c);
    if (hello.lastGlobalSeq > m_hubSeq) {
        qCWarning(lcHub).noquote()
            << describe(c) << "says it has up to" << hello.lastGlobalSeq << "but the log ends at"
            << m_hubSeq << "(another hub's database?)";
    }
    qCInfo(lcHub).noquote() << describe(c) << "welcome, catching up from" << hello.lastGlobalSeq;
    send(c, Sync::encode(Sync::Welcome{m_hubSeq}));
    c->state = Connection::State::CatchingUp;
    c->pingTimer.start(m_config.pingIntervalMs);
    c->idleTimer.start(m_config.idleTimeoutMs);
    schedulePump(c);
}

void HubServer::onPush(Connection *c, const Sync::Push &push)
{
    for (const DomainEvent &e : push.events) {
        if (e.origin != c->terminal) {
            refuse(c, Sync::ErrorName::ForbiddenOrigin,
                   QStringLiteral("event %1 has origin %2; terminal %3 may push only its own")
                       .arg(e.eventId, e.origin, c->terminal));
            return;
        }
    }
    const auto appended = m_store.append(push.events);
    if (!appended.ok()) {
        if (appended.error().code == ErrorCode::InvalidInput) {
            // The rules a push keeps (PushCheck) name their own code; the rest is malformed.
            refuse(c, refusalCode(appended.error()), appended.error().message,
                   QWebSocketProtocol::CloseCodePolicyViolated,
                   appended.error().details.value(QStringLiteral("eventId")).toString());
        } else {
            qCWarning(lcHub).noquote()
                << describe(c) << "append failed:" << appended.error().message;
            refuse(c, Sync::ErrorName::Internal,
                   QStringLiteral("the hub's database failed; nothing of the batch was stored"),
                   CloseCodeInternalError);
        }
        return;
    }
    const AppendResult &result = appended.value();
    send(c, Sync::encode(Sync::Ack{push.batch, result.assigned}));
    fanOut(result.added, c);
    if (!result.added.isEmpty())
        emit this->appended(m_hubSeq);
}

Result<AppendResult> HubServer::appendLocal(const QList<DomainEvent> &events)
{
    for (const DomainEvent &e : events) {
        if (!m_config.hostedTerminals.contains(e.origin)) {
            return Error::invalidInput(
                QStringLiteral("event %1 has origin %2, which the hub does not host")
                    .arg(e.eventId, e.origin));
        }
    }
    SD_TRY(AppendResult result, m_store.append(events));
    fanOut(result.added, nullptr);
    return result;
}

void HubServer::fanOut(const QList<Sync::SyncEvent> &added, Connection *except)
{
    if (added.isEmpty())
        return;
    m_hubSeq = std::max(m_hubSeq, added.constLast().globalSeq);
    m_metrics.eventsAppended += added.size();

    const QByteArray frame = Sync::encode(Sync::Events{added});
    for (Connection *other : std::as_const(m_byTerminal)) {
        if (other == except || other->state != Connection::State::Live)
            continue;
        send(other, frame);
        other->cursor = m_hubSeq;
        m_metrics.eventsPushed += added.size();
        if (other->pendingBytes > LiveHighWater) {
            qCInfo(lcHub).noquote() << describe(other) << "is slow; back to catch-up";
            other->state = Connection::State::CatchingUp;
        }
    }
}

void HubServer::checkIdle(Connection *c)
{
    if (c->state == Connection::State::Closing)
        return;
    // The timer is not restarted for every frame; it wakes up once per timeout and looks.
    const qint64 silentMs = c->lastHeard.elapsed();
    if (silentMs < m_config.idleTimeoutMs) {
        c->idleTimer.start(int(m_config.idleTimeoutMs - silentMs));
        return;
    }
    refuse(c, Sync::ErrorName::IdleTimeout,
           QStringLiteral("nothing received for %1 ms (no message, no pong)").arg(silentMs));
}

void HubServer::schedulePump(Connection *c)
{
    if (c->pumpScheduled)
        return;
    c->pumpScheduled = true;
    // One page per turn of the event loop, so that pushes of other terminals are not kept
    // waiting behind a long catch-up.
    QMetaObject::invokeMethod(
        c,
        [this, c] {
            c->pumpScheduled = false;
            pump(c);
        },
        Qt::QueuedConnection);
}

void HubServer::pump(Connection *c)
{
    if (c->state != Connection::State::CatchingUp || c->pendingBytes > CatchUpHighWater)
        return;
    const auto page =
        m_store.readPage(c->cursor, c->withOwn ? QString() : c->terminal, m_config.pageSize);
    if (!page.ok()) {
        qCWarning(lcHub).noquote() << describe(c) << "catch-up failed:" << page.error().message;
        refuse(c, Sync::ErrorName::Internal, QStringLiteral("the hub's database failed"),
               CloseCodeInternalError);
        return;
    }
    if (page->count > 0) {
        send(c, page->frame);
        c->cursor = page->lastSeq;
        m_metrics.eventsPushed += page->count;
    }
    if (page->count < m_config.pageSize) {
        // The end of the log: nothing can be appended before caughtUp goes out, since appends
        // run on this thread too.
        c->cursor = std::max(c->cursor, m_hubSeq);
        send(c, Sync::encode(Sync::CaughtUp{m_hubSeq}));
        c->state = Connection::State::Live;
        qCInfo(lcHub).noquote() << describe(c) << "caught up at" << m_hubSeq;
        return;
    }
    schedulePump(c);
}

void HubServer::send(Connection *c, const QByteArray &frame)
{
    c->pendingBytes += frame.size();
    c->socket->sendTextMessage(QString::fromUtf8(frame));
}

void HubServer::refuse(Connection *c, QLatin1StringView code, const QString &message,
                       QWebSocketProtocol::CloseCode closeCode, const QString &eventId)
{
    if (c->state == Connection::State::Closing)
        return;
    const bool shutdown = code == Sync::ErrorName::ShuttingDown;
    if (!shutdown) {
        auto &counter = c->welcomed ? m_metrics.messagesRefused : m_metrics.connectionsRefused;
        ++counter[QString(code)];
    }
    qCInfo(lcHub).noquote() << describe(c) << "refused:" << code << "-" << logSafe(message);
    c->authTimer.stop();
    c->pingTimer.stop();
    c->idleTimer.stop();
    c->state = Connection::State::Closing;
    if (m_byTerminal.value(c->terminal) == c)
        m_byTerminal.remove(c->terminal);
    if (!c->socket) {
        // Still in the WebSocket handshake: there is no channel for an error message.
        if (c->tcp)
            c->tcp->abort(); // emits disconnected, which drops it
        else
            dropped(c);
        return;
    }
    send(c, Sync::encode(Sync::ErrorMessage{QString(code), message, eventId}));
    c->socket->close(closeCode, message.left(120));
    // A peer that never answers the close handshake is cut off.
    QTimer::singleShot(CloseGraceMs, c, [c] { c->socket->abort(); });
}

void HubServer::dropped(Connection *c)
{
    if (!m_connections.contains(c))
        return;
    auto &counter = c->welcomed ? m_metrics.messagesRefused : m_metrics.connectionsRefused;
    const auto closeCode =
        c->socket ? c->socket->closeCode() : QWebSocketProtocol::CloseCodeAbnormalDisconnection;
    const QString closeReason = c->socket ? c->socket->closeReason() : QString();
    // Qt closes a socket itself (1009) when a message exceeds the size limit, and (1002, 1007)
    // when a frame breaks RFC 6455.
    if (c->state == Connection::State::Closing) {
        // refused by the hub, already counted
    } else if (closeCode == QWebSocketProtocol::CloseCodeTooMuchData) {
        ++counter[QString(Sync::ErrorName::TooLarge)];
        qCInfo(lcHub).noquote() << describe(c) << "refused: too_large - a message above"
                                << m_config.maxMessageBytes << "bytes";
    } else if (const QLatin1StringView reason = protocolCloseReason(closeCode, closeReason);
               !reason.isEmpty()) {
        ++counter[QString(reason)];
        qCInfo(lcHub).noquote() << describe(c) << "closed by the WebSocket layer:" << reason << "-"
                                << int(closeCode) << logSafe(closeReason);
    } else if (!c->socket) {
        qCInfo(lcHub).noquote() << describe(c) << "disconnected during the handshake";
    } else {
        qCInfo(lcHub).noquote() << describe(c) << "disconnected";
    }
    m_connections.remove(c);
    if (!c->socket && m_handshaking.value(c->peer) == c)
        m_handshaking.remove(c->peer);
    if (m_byTerminal.value(c->terminal) == c)
        m_byTerminal.remove(c->terminal);
    c->state = Connection::State::Closing;
    c->deleteLater();
    checkStopped();
}

QString HubServer::describe(const Connection *c) const
{
    return c->terminal.isEmpty() ? c->peer
                                 : QStringLiteral("%1 (%2)").arg(logSafe(c->terminal), c->peer);
}

void HubServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_listener)
        m_listener->close();
    qCInfo(lcHub) << "stopping:" << m_connections.size() << "connections to close";
    const auto all = m_connections.values();
    for (Connection *c : all) {
        refuse(c, Sync::ErrorName::ShuttingDown, QStringLiteral("the hub is stopping"),
               QWebSocketProtocol::CloseCodeGoingAway);
    }
    QTimer::singleShot(CloseGraceMs + 500, this, [this] {
        const auto rest = m_connections.values();
        for (Connection *c : rest) {
            if (c->socket)
                c->socket->abort(); // emits disconnected, which drops it
            else if (c->tcp)
                c->tcp->abort();
        }
        for (Connection *c : m_connections.values()) {
            m_connections.remove(c);
            c->deleteLater();
        }
        checkStopped();
    });
    QMetaObject::invokeMethod(this, &HubServer::checkStopped, Qt::QueuedConnection);
}

void HubServer::checkStopped()
{
    if (m_shuttingDown && m_connections.isEmpty() && !m_stoppedEmitted) {
        m_stoppedEmitted = true;
        emit stopped();
    }
}

} // namespace ShopDesk::Hub
