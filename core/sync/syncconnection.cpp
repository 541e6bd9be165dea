#include "syncconnection.h"

#include <QJsonDocument>
#include <QWebSocket>

namespace ShopDesk {

SyncConnection::SyncConnection(quint64 maxMessageBytes, Handlers handlers)
    : m_maxMessageBytes(maxMessageBytes)
    , m_handlers(std::move(handlers))
{}

SyncConnection::~SyncConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SyncConnection::post(std::function<void()> call)
{
    if (m_closing)
        return;
    QMetaObject::invokeMethod(m_handlers.receiver, std::move(call), Qt::QueuedConnection);
}

void SyncConnection::reportLost(const QString &why)
{
    if (m_lostReported)
        return;
    m_lostReported = true;
    post([lost = m_handlers.lost, why] { lost(why); });
}

void SyncConnection::open(const QUrl &url)
{
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(m_maxMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(m_maxMessageBytes);
    // One frame per message: Qt WebSockets 6.4 cuts a larger message into 512 KiB frames at
    // any byte, and its receiver refuses a text frame that ends inside a character (a Korean
    // product name), "Invalid UTF-8 code encountered".
    m_socket->setOutgoingFrameSize(
        qMin<quint64>(m_maxMessageBytes, QWebSocket::maxOutgoingFrameSize()));
    connect(m_socket, &QWebSocket::connected, this,
            [this] { post([connected = m_handlers.connected] { connected(); }); });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SyncConnection::onText);
    connect(m_socket, &QWebSocket::pong, this,
            [this] { post([pong = m_handlers.pong] { pong(); }); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] {
        post([refused = m_handlers.refused] {
            refused(QStringLiteral("malformed"), QStringLiteral("the hub sent a binary frame"));
        });
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        const QString why = m_socket->closeReason();
        reportLost(why.isEmpty() ? m_socket->errorString() : why);
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { reportLost(m_socket->errorString()); });
    m_socket->open(url);
}

void SyncConnection::onText(const QString &text)
{
    if (m_closing)
        return;
    auto frame = std::make_shared<DecodedFrame>(Sync::decode(text.toUtf8()));
    if (frame->decoded.ok()) {
        // Events become the service's batch here, their payloads in the log's form too.
        if (auto *events = std::get_if<Sync::Events>(&frame->decoded.message())) {
            frame->events.reserve(events->events.size());
            for (Sync::SyncEvent &event : events->events) {
                QByteArray payload =
                    QJsonDocument(event.event.payload).toJson(QJsonDocument::Compact);
                frame->events.append({std::move(event.event), event.globalSeq, std::move(payload)});
            }
            events->events.clear();
        }
    }
    // Holds this thread (and the socket's reading) until the receiver has room.
    m_credits.acquire();
    post([handle = m_handlers.frame, frame = std::move(frame)] { handle(frame); });
}

void SyncConnection::send(const QByteArray &utf8)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(utf8));
}

void SyncConnection::ping()
{
    if (m_socket)
        m_socket->ping();
}

void SyncConnection::shutDown()
{
    m_closing = true;
    m_credits.release(1 << 20);
}

void SyncConnection::finish(bool polite)
{
    shutDown();
    if (m_socket) {
        m_socket->disconnect(this);
        if (polite)
            m_socket->close();
        else
            m_socket->abort();
    }
    deleteLater();
}

} // namespace ShopDesk
