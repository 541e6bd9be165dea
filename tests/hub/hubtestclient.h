#pragma once

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QtEndian>

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

// A terminal on a bare TCP socket that speaks just enough WebSocket (RFC 6455) to say hello and
// read the hub's messages, and never answers a ping (a QWebSocket always does): to the hub it
// looks like a machine that vanished without closing its connection. It answers no close frame
// either.
class SilentTestClient : public QObject
{
    Q_OBJECT

public:
    SilentTestClient()
    {
        connect(&socket, &QTcpSocket::readyRead, this, &SilentTestClient::read);
        connect(&socket, &QTcpSocket::disconnected, this, [this] { disconnected = true; });
    }

    // Connects (from `source`, e.g. 127.0.0.2, when given) and completes the opening handshake.
    bool open(quint16 port, int timeoutMs = 5000, const QHostAddress &source = {})
    {
        if (!source.isNull() && !socket.bind(source, 0))
            return false;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(timeoutMs))
            return false;
        QByteArray nonce(16, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                     "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " +
                     nonce.toBase64() + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
        return QTest::qWaitFor([this] { return upgraded || disconnected; }, timeoutMs) && upgraded;
    }

    // One masked text frame, as a client must send it.
    void sendText(const QByteArray &payload) { sendFrame(0x81, payload); }

    // One masked frame with this first byte (FIN, RSV1-3, opcode) and the shortest length.
    void sendFrame(quint8 first, const QByteArray &payload)
    {
        QByteArray frame;
        frame.append(char(first));
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else {
            Q_ASSERT(payload.size() <= 0xffff);
            frame.append(char(0x80 | 126));
            frame.append(char(payload.size() >> 8)).append(char(payload.size() & 0xff));
        }
        const quint32 maskKey = QRandomGenerator::global()->generate();
        char mask[4];
        qToBigEndian(maskKey, mask);
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ mask[i % 4]));
        socket.write(frame);
    }

    void hello(const QString &terminal, const QString &token, qint64 lastGlobalSeq = 0)
    {
        sendText(Sync::encode(Sync::Hello{terminal, token, lastGlobalSeq}));
    }

    QJsonObject waitFor(const QString &type, int timeoutMs = 5000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : std::as_const(received)) {
                    if (m.value(QLatin1StringView("type")).toString() == type) {
                        found = m;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    QTcpSocket socket;
    bool upgraded = false;
    QList<QJsonObject> received; // the hub's text messages
    int pings = 0;
    int closeCode = 0; // from the hub's close frame; 0 until one arrived
    bool disconnected = false;

private:
    void read()
    {
        m_buffer += socket.readAll();
        if (!upgraded) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            upgraded = m_buffer.startsWith("HTTP/1.1 101");
            m_buffer.remove(0, end + 4);
        }
        // The hub sends every message as one unmasked frame.
        while (m_buffer.size() >= 2) {
            const int opcode = m_buffer.at(0) & 0x0f;
            qint64 length = m_buffer.at(1) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (m_buffer.size() < 4)
                    return;
                length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
                header = 4;
            } else if (length == 127) {
                if (m_buffer.size() < 10)
                    return;
                length = qint64(qFromBigEndian<quint64>(m_buffer.constData() + 2));
                header = 10;
            }
            if (m_buffer.size() < header + length)
                return;
            const QByteArray payload = m_buffer.mid(header, length);
            m_buffer.remove(0, header + length);
            if (opcode == 0x1)
                received.append(QJsonDocument::fromJson(payload).object());
            else if (opcode == 0x9)
                ++pings;
            else if (opcode == 0x8 && payload.size() >= 2)
                closeCode = qFromBigEndian<quint16>(payload.constData());
        }
    }

    QByteArray m_buffer;
};

} // namespace ShopDesk::Testing
