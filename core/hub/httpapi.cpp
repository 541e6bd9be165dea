#include "httpapi.h"

#include "crowding.h"
#include "filehandles.h"
#include "guardedtcpserver.h"
#include "restapi.h"

#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace ShopDesk::Hub {

Q_LOGGING_CATEGORY(lcHttp, "shopdesk.hub.http", QtInfoMsg)

namespace {

// Why the hub closed an HTTP connection, for /metrics.
namespace HttpReason {
inline constexpr QLatin1StringView CrowdedOut{"crowded_out"};
inline constexpr QLatin1StringView IdleTimeout{"idle_timeout"};
inline constexpr QLatin1StringView HeaderTooLarge{"header_too_large"};
inline constexpr QLatin1StringView BodyTooLarge{"body_too_large"};
// Two Content-Lengths that differ, one that is no number, or one beside Transfer-Encoding: a
// proxy in front and the hub could each see another request in the same bytes.
inline constexpr QLatin1StringView BadFraming{"bad_framing"};
// The client said Connection: close (or spoke HTTP/1.0 without keep-alive): closed after the
// answer, as it asked.
inline constexpr QLatin1StringView ClientClose{"connection_close"};
} // namespace HttpReason

// Every refusal reason is listed, with 0 when it never happened, so that a dashboard's series
// exist before the first incident.
const QList<QLatin1StringView> &refusalReasons()
{
    using namespace Sync::ErrorName;
    static const QList<QLatin1StringView> reasons{Unauthorized,
                                                  UnsupportedVersion,
                                                  Malformed,
                                                  UnknownType,
                                                  TooLarge,
                                                  RateLimited,
                                                  ForbiddenOrigin,
                                                  ForbiddenEvent,
                                                  InvalidEvent,
                                                  EventIdTaken,
                                                  AuthTimeout,
                                                  ServerBusy,
                                                  AddressBusy,
                                                  CrowdedOut,
                                                  IdleTimeout,
                                                  Internal,
                                                  NoFileHandles,
                                                  ProtocolReason::InvalidUtf8,
                                                  ProtocolReason::ReservedBits,
                                                  ProtocolReason::ReservedOpcode,
                                                  ProtocolReason::BadControlFrame,
                                                  ProtocolReason::BadContinuation,
                                                  ProtocolReason::BadLength,
                                                  ProtocolReason::Other};
    return reasons;
}

const QList<QLatin1StringView> &httpReasons()
{
    static const QList<QLatin1StringView> reasons{HttpReason::CrowdedOut,
                                                  HttpReason::IdleTimeout,
                                                  HttpReason::HeaderTooLarge,
                                                  HttpReason::BodyTooLarge,
                                                  HttpReason::BadFraming,
                                                  HttpReason::ClientClose,
                                                  NoFileHandles};
    return reasons;
}

void metric(QByteArray &out, const char *name, const char *type, const char *help, qint64 value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' +
           name + ' ' + QByteArray::number(value) + '\n';
}

void labelled(QByteArray &out, const char *name, const char *help,
              const QList<QLatin1StringView> &reasons, const QMap<QString, qint64> &counts)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n";
    for (QLatin1StringView reason : reasons) {
        out += QByteArray(name) + "{reason=\"" + QByteArray(reason.data(), reason.size()) + "\"} " +
               QByteArray::number(counts.value(QString(reason))) + '\n';
    }
}

// A refusal written before QHttpServer saw the request, as problem details like the REST
// API's.
QByteArray problemResponse(int status, QLatin1StringView code, const char *title,
                           const QString &detail)
{
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("urn:shopdesk:problem:") + code},
                        {QStringLiteral("title"), QLatin1StringView(title)},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("detail"), detail},
                        {QStringLiteral("code"), code}})
            .toJson(QJsonDocument::Compact);
    return QByteArray("HTTP/1.1 ") + QByteArray::number(status) + ' ' + title +
           "\r\nContent-Type: application/problem+json\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

// One HTTP connection, watched alongside QHttpServer: QHttpServer reads a request inside a
// socket transaction and keeps every byte of it until the request is complete, so the watcher
// counts what arrives and ends a request that grows beyond the limits before QHttpServer sees
// the bytes. A child of its socket.
struct HttpApi::Connection : QObject
{
    QTcpSocket *socket = nullptr;
    QHostAddress address;
    QString peer;
    QElapsedTimer accepted;
    QTimer deadline;
    qint64 leftover = 0; // bytes QHttpServer left unread after the last readyRead
    qint64 headerBytes = 0;
    qint64 bodyBytes = 0;
    quint32 lastFour = 0; // the last four bytes, to see the blank line that ends the header
    bool headerDone = false;
    bool closing = false;
    QByteArray head;          // the request line and headers, once whole: checked by checkHead
    bool headChecked = false; // this request's head was checked
    bool closeAfter = false;  // this request asked for the connection to close after it

    void startRequest()
    {
        headerBytes = 0;
        bodyBytes = 0;
        lastFour = 0;
        headerDone = false;
        head.clear();
        headChecked = false;
        closeAfter = false;
    }

    void feed(QByteArrayView bytes)
    {
        qsizetype i = 0;
        for (; i < bytes.size() && !headerDone; ++i) {
            ++headerBytes;
            lastFour = (lastFour << 8) | quint8(bytes.at(i));
            headerDone = lastFour == 0x0d0a0d0a;
        }
        head.append(bytes.first(i)); // bounded: beyond maxHeaderBytes the connection closes
        bodyBytes += bytes.size() - i;
    }
};

HttpApi::HttpApi(HubServer &server, HubStore &store, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_store(store)
    , m_limits(limits)
{
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get,
                 [] { return QHttpServerResponse("text/plain", "ok\n"); });
    m_http.route(QStringLiteral("/readyz"), QHttpServerRequest::Method::Get, [this] {
        const Status ping = m_store.ping();
        if (!ping.ok()) {
            return QHttpServerResponse("text/plain",
                                       "not ready: " + ping.error().message.toUtf8() + '\n',
                                       QHttpServerResponse::StatusCode::ServiceUnavailable);
        }
        return QHttpServerResponse("text/plain", "ready\n");
    });
    m_http.route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8", metricsText());
    });
}

HttpApi::~HttpApi() = default;

void HttpApi::setRestApi(RestApi *api)
{
    m_rest = api;
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (m_rest)
                m_rest->handle(request).write(std::move(responder));
            else
                QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound)
                    .write(std::move(responder));
        });
}

Result<quint16> HttpApi::listen(const QHostAddress &address, quint16 port)
{
    auto *listener = new GuardedTcpServer(m_limits.fileHandleReserve,
                                          [this](qintptr descriptor) { incoming(descriptor); });
    connect(listener, &GuardedTcpServer::refusedForFileHandles, this, [this] {
        ++m_metrics.connectionsClosed[QString(NoFileHandles)];
        qCWarning(lcHttp) << "refused a connection: file handles are running out";
    });
    if (!listener->listen(address, port)) {
        delete listener;
        return Error::storage(
            QStringLiteral("cannot listen for HTTP on %1:%2").arg(address.toString()).arg(port));
    }
    m_listener = listener;
    m_http.bind(listener); // QHttpServer owns it from here
    return listener->serverPort();
}

void HttpApi::incoming(qintptr descriptor)
{
    QList<Connection *> open;
    for (Connection *h : std::as_const(m_connections)) {
        if (!h->closing)
            open.append(h);
    }
    if (open.size() >= m_limits.maxConnections)
        close(crowdedOut(open), HttpReason::CrowdedOut);

    auto *socket = new QTcpSocket(m_listener);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    // QHttpServer keeps a whole request in the socket's buffer; past this the socket stops
    // reading and TCP holds the sender back, so a connection never holds more.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 1);
    auto *h = new Connection;
    h->setParent(socket);
    h->socket = socket;
    h->address = plainAddress(socket->peerAddress());
    h->peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    h->accepted.start();
    m_connections.insert(h);
    connect(socket, &QObject::destroyed, this, [this, h] { m_connections.remove(h); });
    h->deadline.setSingleShot(true);
    connect(&h->deadline, &QTimer::timeout, h, [this, h] { close(h, HttpReason::IdleTimeout); });
    h->deadline.start(m_limits.idleTimeoutMs);
    // The watcher is connected before QHttpServer's own readyRead handler (which addPending
    // makes it connect), and a second one after it.
    connect(socket, &QTcpSocket::readyRead, h, [this, h] { onReadyRead(h); });
    m_listener->addPending(socket);
    connect(socket, &QTcpSocket::readyRead, h, [this, h] { afterReadyRead(h); });
}

void HttpApi::onReadyRead(Connection *h)
{
    if (h->closing)
        return;
    const qint64 available = h->socket->bytesAvailable();
    const qint64 fresh = available - h->leftover;
    if (fresh > 0)
        h->feed(QByteArrayView(h->socket->peek(available)).last(fresh));
    h->leftover = available;
    if (h->headerDone && !h->headChecked && !checkHead(h))
        return;
    if (h->headerBytes > m_limits.maxHeaderBytes) {
        close(h, HttpReason::HeaderTooLarge,
              problemResponse(431, HttpReason::HeaderTooLarge, "Request Header Fields Too Large",
                              QStringLiteral("request line and headers above %1 bytes")
                                  .arg(m_limits.maxHeaderBytes)));
    } else if (h->bodyBytes > m_limits.maxBodyBytes) {
        close(h, HttpReason::BodyTooLarge,
              problemResponse(
                  413, HttpReason::BodyTooLarge, "Payload Too Large",
                  QStringLiteral("request body above %1 bytes").arg(m_limits.maxBodyBytes)));
    }
}

void HttpApi::afterReadyRead(Connection *h)
{
    if (h->closing)
        return;
    const qint64 rest = h->socket->bytesAvailable();
    if (!h->socket->isTransactionStarted()) {
        // QHttpServer committed its transaction: a request was answered. What is left belongs
        // to the next one, which gets a deadline of its own.
        if (h->closeAfter) {
            close(h, HttpReason::ClientClose);
            return;
        }
        h->startRequest();
        if (rest > 0)
            h->feed(h->socket->peek(rest));
        h->deadline.start(m_limits.idleTimeoutMs);
        h->leftover = rest;
        if (h->headerDone && !h->headChecked)
            checkHead(h);
        return;
    }
    h->leftover = rest;
}

bool HttpApi::checkHead(Connection *h)
{
    h->headChecked = true;
    const QList<QByteArray> lines = h->head.split('\n');
    QList<QByteArray> lengths;
    bool chunked = false;
    bool keepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            lengths.append(value);
        } else if (name == "transfer-encoding") {
            chunked = true;
        } else if (name == "connection") {
            for (const QByteArray &token : value.toLower().split(',')) {
                h->closeAfter = h->closeAfter || token.trimmed() == "close";
                keepAlive = keepAlive || token.trimmed() == "keep-alive";
            }
        }
    }
    if (lines.value(0).trimmed().endsWith("HTTP/1.0") && !keepAlive)
        h->closeAfter = true;
    QString wrong;
    bool number = true;
    for (const QByteArray &length : std::as_const(lengths)) {
        number =
            number && !length.isEmpty() &&
            std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    if (!number)
        wrong = QStringLiteral("Content-Length is not a whole number");
    else if (lengths.size() > 1 && lengths.count(lengths.first()) != lengths.size())
        wrong = QStringLiteral("two Content-Length headers that differ");
    else if (chunked && !lengths.isEmpty())
        wrong = QStringLiteral("Content-Length and Transfer-Encoding together");
    if (wrong.isEmpty())
        return true;
    close(h, HttpReason::BadFraming,
          problemResponse(400, HttpReason::BadFraming, "Bad Request",
                          wrong + QStringLiteral(": the request's length is not clear")));
    return false;
}

void HttpApi::close(Connection *h, QLatin1StringView reason, const QByteArray &response)
{
    if (h->closing)
        return;
    h->closing = true;
    h->deadline.stop();
    ++m_metrics.connectionsClosed[QString(reason)];
    qCInfo(lcHttp).noquote() << h->peer << "closed:" << reason;
    // QHttpServer must not read the rest: its handler goes, and what the socket holds is
    // dropped unread.
    QObject::disconnect(h->socket, &QTcpSocket::readyRead, &m_http, nullptr);
    if (h->socket->isTransactionStarted())
        h->socket->commitTransaction();
    h->socket->skip(h->socket->bytesAvailable());
    if (response.isEmpty()) {
        h->socket->disconnectFromHost(); // QHttpServer deletes the socket once it is disconnected
        if (h->socket->state() != QAbstractSocket::UnconnectedState)
            QTimer::singleShot(1000, h, [h] { h->socket->abort(); });
        return;
    }
    // A lingering close: closing at once while the peer still sends would answer it with a
    // reset, which can destroy the answer before the peer reads it. So the answer goes out
    // followed by FIN, what the peer still sends is dropped unread, and after a second the
    // connection is cut (QHttpServer deletes the socket then).
    h->socket->write(response);
    connect(h->socket, &QTcpSocket::readyRead, h,
            [h] { h->socket->skip(h->socket->bytesAvailable()); });
    const auto shutWrite = [h] {
        if (h->socket->bytesToWrite() == 0 && h->socket->socketDescriptor() >= 0)
            ::shutdown(int(h->socket->socketDescriptor()), SHUT_WR);
    };
    connect(h->socket, &QTcpSocket::bytesWritten, h, shutWrite);
    h->socket->flush();
    shutWrite();
    QTimer::singleShot(1000, h, [h] { h->socket->abort(); });
}

HttpMetrics HttpApi::metrics() const
{
    HttpMetrics m = m_metrics;
    m.connectionsOpen = 0;
    for (const Connection *h : m_connections)
        m.connectionsOpen += h->closing ? 0 : 1;
    return m;
}

QByteArray HttpApi::metricsText() const
{
    const HubMetrics m = m_server.metrics();
    const HttpMetrics http = metrics();
    const FileHandles files = FileHandles::current();
    QByteArray out;
    metric(out, "shopdesk_hub_terminals_connected", "gauge",
           "Terminals with an open, authenticated connection.", m.terminalsConnected);
    metric(out, "shopdesk_hub_unauthenticated_connections", "gauge",
           "Open WebSocket connections without a welcome (handshake or waiting for the hello).",
           m.unauthenticated);
    metric(out, "shopdesk_hub_events_stored", "gauge", "Events in the hub's log.", m.eventsStored);
    metric(out, "shopdesk_hub_events_appended_total", "counter",
           "New events appended to the log by this process.", m.eventsAppended);
    metric(out, "shopdesk_hub_events_pushed_total", "counter",
           "Events sent to terminals, catch-up and live.", m.eventsPushed);
    labelled(out, "shopdesk_hub_connections_refused_total",
             "Connections closed before a welcome, by reason.", refusalReasons(),
             m.connectionsRefused);
    labelled(out, "shopdesk_hub_messages_refused_total",
             "Welcomed terminals' connections closed by the hub (a message refused, or "
             "silence), by reason.",
             refusalReasons(), m.messagesRefused);
    metric(out, "shopdesk_hub_http_connections_open", "gauge", "Open HTTP connections.",
           http.connectionsOpen);
    labelled(out, "shopdesk_hub_http_connections_closed_total",
             "HTTP connections the hub closed or refused, by reason.", httpReasons(),
             http.connectionsClosed);
    metric(out, "shopdesk_hub_open_files", "gauge", "File handles the process has open.",
           files.open);
    metric(out, "shopdesk_hub_open_files_limit", "gauge",
           "The process's soft limit of file handles (-1: none).", files.softLimit);
    return out;
}

} // namespace ShopDesk::Hub
