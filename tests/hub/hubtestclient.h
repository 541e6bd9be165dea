#pragma once

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

namespace ShopDesk::Testing {

// A raw WebSocket terminal for hub tests: sends whatever a test wants (valid or not) and keeps
// every JSON message the hub sends, and how the connection ended.
class HubTestClient : public QObject
{
    Q_OBJECT

public:
    HubTestClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = socket.closeCode();
        });
    }

    bool open(const QUrl &url, int timeoutMs = 5000)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(timeoutMs) || socket.state() == QAbstractSocket::ConnectedState;
    }

    void sendText(const QByteArray &utf8) { socket.sendTextMessage(QString::fromUtf8(utf8)); }
    void send(const QJsonObject &o) { sendText(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

    void hello(const QString &terminal, const QString &token, qint64 lastGlobalSeq = 0)
    {
        sendText(Sync::encode(Sync::Hello{terminal, token, lastGlobalSeq}));
    }

    // Waits until a message of `type` is among the received ones (from index `from`) and
    // returns the first such; an empty object on timeout.
    QJsonObject waitFor(const QString &type, int timeoutMs = 5000, qsizetype from = 0)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < received.size(); ++i) {
                    if (received.at(i).value(QLatin1StringView("type")).toString() == type) {
                        found = received.at(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }

    // Every event the hub sent in events messages, in order.
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : received) {
            if (m.value(QLatin1StringView("type")).toString() == QLatin1StringView("events")) {
                for (const QJsonValue &e : m.value(QLatin1StringView("events")).toArray())
                    out.append(e.toObject());
            }
        }
        return out;
    }

    int count(const QString &type) const
    {
        int n = 0;
        for (const QJsonObject &m : received)
            n += m.value(QLatin1StringView("type")).toString() == type ? 1 : 0;
        return n;
    }

    QWebSocket socket;
    QList<QJsonObject> received;
    bool closed = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
};

} // namespace ShopDesk::Testing
