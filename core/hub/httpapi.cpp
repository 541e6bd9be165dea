#include "httpapi.h"

#include <QHttpServerResponse>

namespace ShopDesk::Hub {

namespace {

// Every refusal reason is listed, with 0 when it never happened, so that a dashboard's series
// exist before the first incident.
const QList<QLatin1StringView> &refusalReasons()
{
    using namespace Sync::ErrorName;
    static const QList<QLatin1StringView> reasons{
        Unauthorized, UnsupportedVersion, Malformed,      UnknownType,  TooLarge,
        RateLimited,  ForbiddenOrigin,    ForbiddenEvent, InvalidEvent, EventIdTaken,
        AuthTimeout,  ServerBusy,         AddressBusy,    IdleTimeout,  Internal};
    return reasons;
}

void metric(QByteArray &out, const char *name, const char *type, const char *help, qint64 value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' +
           name + ' ' + QByteArray::number(value) + '\n';
}

void labelled(QByteArray &out, const char *name, const char *help,
              const QMap<QString, qint64> &counts)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n";
    for (QLatin1StringView reason : refusalReasons()) {
        out += QByteArray(name) + "{reason=\"" + QByteArray(reason.data(), reason.size()) + "\"} " +
               QByteArray::number(counts.value(QString(reason))) + '\n';
    }
}

} // namespace

HttpApi::HttpApi(HubServer &server, HubStore &store, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_store(store)
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
        return QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8",
                                   metricsText(m_server.metrics()));
    });
}

Result<quint16> HttpApi::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = quint16(m_http.listen(address, port));
    if (bound == 0) {
        return Error::storage(
            QStringLiteral("cannot listen for HTTP on %1:%2").arg(address.toString()).arg(port));
    }
    return bound;
}

QByteArray HttpApi::metricsText(const HubMetrics &m)
{
    QByteArray out;
    metric(out, "shopdesk_hub_terminals_connected", "gauge",
           "Terminals with an open, authenticated connection.", m.terminalsConnected);
    metric(out, "shopdesk_hub_events_stored", "gauge", "Events in the hub's log.", m.eventsStored);
    metric(out, "shopdesk_hub_events_appended_total", "counter",
           "New events appended to the log by this process.", m.eventsAppended);
    metric(out, "shopdesk_hub_events_pushed_total", "counter",
           "Events sent to terminals, catch-up and live.", m.eventsPushed);
    labelled(out, "shopdesk_hub_connections_refused_total",
             "Connections closed before a welcome, by reason.", m.connectionsRefused);
    labelled(out, "shopdesk_hub_messages_refused_total",
             "Welcomed terminals' connections closed by the hub (a message refused, or "
             "silence), by reason.",
             m.messagesRefused);
    return out;
}

} // namespace ShopDesk::Hub
