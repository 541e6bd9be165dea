#pragma once

#include "protocol.h"

#include <QHash>
#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

namespace ShopDesk::Testing {

// A hub in the test's own process, speaking the real protocol through the codec over real
// WebSockets on 127.0.0.1, small enough to steer: catch-up in small batches, a token per
// terminal, live forwarding, and connections dropped on demand. The SyncClient tests use it;
// the convergence test runs the real shopdesk-hub.
class ScriptedHub : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedHub(QObject *parent = nullptr)
        : QObject(parent)
        , m_server(QStringLiteral("scripted-hub"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, &ScriptedHub::accept);
    }

    ~ScriptedHub() override
    {
        // The sockets die with the server, after the members their handlers use.
        const auto sockets = m_terminalOf.keys();
        for (QWebSocket *socket : sockets)
            socket->disconnect(this);
        m_server.close();
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close()
    {
        m_server.close();
        dropAll();
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port())); }

    void addToken(const QString &terminal, const QString &token) { m_tokens[terminal] = token; }
    void dropAll()
    {
        const auto sockets = m_terminalOf.keys();
        for (QWebSocket *socket : sockets)
            socket->abort();
    }

    QList<Sync::SyncEvent> log;
    int catchUpBatch = 3;
    int pushes = 0;
    int hellos = 0;

signals:
    void pushed(int events);

private:
    void accept()
    {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            m_terminalOf.insert(socket, QString());
            connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, socket](const QString &text) { receive(socket, text.toUtf8()); });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_terminalOf.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void send(QWebSocket *socket, const QByteArray &frame)
    {
        socket->sendTextMessage(QString::fromUtf8(frame));
    }

    void refuse(QWebSocket *socket, const QString &code, const QString &message)
    {
        send(socket, Sync::encode(Sync::ErrorMessage{code, message, {}}));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, code);
    }

    void receive(QWebSocket *socket, const QByteArray &frame)
    {
        Sync::Decoded decoded = Sync::decode(frame);
        if (!decoded.ok())
            return refuse(socket, decoded.error().code, decoded.error().detail);
        const QString terminal = m_terminalOf.value(socket);
        if (auto *hello = std::get_if<Sync::Hello>(&decoded.message())) {
            ++hellos;
            if (hello->token.isEmpty() || m_tokens.value(hello->terminal) != hello->token)
                return refuse(socket, QStringLiteral("unauthorized"),
                              QStringLiteral("token refused for terminal %1").arg(hello->terminal));
            m_terminalOf[socket] = hello->terminal;
            send(socket, Sync::encode(Sync::Welcome{qint64(log.size())}));
            QList<Sync::SyncEvent> batch;
            for (const Sync::SyncEvent &event : std::as_const(log)) {
                if (event.globalSeq <= hello->lastGlobalSeq ||
                    event.event.origin == hello->terminal)
                    continue;
                batch.append(event);
                if (batch.size() == catchUpBatch)
                    send(socket, Sync::encode(Sync::Events{std::exchange(batch, {})}));
            }
            if (!batch.isEmpty())
                send(socket, Sync::encode(Sync::Events{batch}));
            send(socket, Sync::encode(Sync::CaughtUp{qint64(log.size())}));
            return;
        }
        if (terminal.isEmpty())
            return refuse(socket, QStringLiteral("unauthorized"), QStringLiteral("hello first"));
        if (auto *push = std::get_if<Sync::Push>(&decoded.message())) {
            ++pushes;
            Sync::Ack ack{push->batch, {}};
            QList<Sync::SyncEvent> fresh;
            for (const DomainEvent &event : push->events) {
                if (event.origin != terminal)
                    return refuse(socket, QStringLiteral("forbidden_origin"), event.origin);
                qint64 &seq = m_seqOf[event.eventId];
                if (seq == 0) {
                    seq = log.size() + 1;
                    log.append({event, seq});
                    fresh.append(log.last());
                }
                ack.assigned.append({event.eventId, seq});
            }
            send(socket, Sync::encode(ack));
            for (auto it = m_terminalOf.cbegin(); it != m_terminalOf.cend(); ++it) {
                if (!fresh.isEmpty() && it.key() != socket && !it.value().isEmpty())
                    send(it.key(), Sync::encode(Sync::Events{fresh}));
            }
            emit pushed(int(push->events.size()));
        }
    }

    QWebSocketServer m_server;
    QHash<QWebSocket *, QString> m_terminalOf;
    QHash<QString, QString> m_tokens;
    QHash<QString, qint64> m_seqOf;
};

} // namespace ShopDesk::Testing
