#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ShopDesk::Testing {

// Follows one direction of a WebSocket connection as it goes through TcpProxy: the HTTP upgrade,
// then frame after frame (masked or not). For each data frame it reports, once the first
// prefixSize payload bytes are seen (unmasked), where the frame starts and ends in the stream.
// Only what the proxy needs to aim its cuts; it validates nothing.
class WebSocketFrameScanner
{
public:
    static constexpr qint64 prefixSize = 12;
    struct Frame
    {
        qint64 start = 0; // stream offset of the frame's first header byte
        qint64 end = 0;   // stream offset just after its payload
        QByteArray prefix;
    };

    // Feeds the next bytes of the stream; data starts at stream offset base.
    void feed(const QByteArray &data, qint64 base, const std::function<void(const Frame &)> &found)
    {
        qint64 i = 0;
        const qint64 n = data.size();
        while (i < n) {
            switch (m_state) {
            case State::Http: {
                m_http.append(data.at(i++));
                if (m_http.endsWith("\r\n\r\n")) {
                    m_http.clear();
                    m_state = State::Header;
                }
                break;
            }
            case State::Header: {
                if (m_header.isEmpty())
                    m_frame.start = base + i;
                m_header.append(data.at(i++));
                if (m_header.size() < 2)
                    break;
                const quint8 b1 = quint8(m_header.at(1));
                const int lengthBytes = (b1 & 0x7f) == 126 ? 2 : (b1 & 0x7f) == 127 ? 8 : 0;
                const int masked = (b1 & 0x80) ? 4 : 0;
                if (m_header.size() < 2 + lengthBytes + masked)
                    break;
                qint64 length = b1 & 0x7f;
                if (lengthBytes) {
                    length = 0;
                    for (int k = 0; k < lengthBytes; ++k)
                        length = (length << 8) | quint8(m_header.at(2 + k));
                }
                m_mask = masked ? m_header.mid(2 + lengthBytes, 4) : QByteArray();
                const int opcode = quint8(m_header.at(0)) & 0x0f;
                m_header.clear();
                m_frame.end = base + i + length;
                m_frame.prefix.clear();
                m_remaining = length;
                m_state = opcode == 1 || opcode == 2 ? State::Prefix : State::Payload;
                if (m_remaining == 0)
                    m_state = State::Header;
                break;
            }
            case State::Prefix: {
                char c = data.at(i++);
                if (!m_mask.isEmpty())
                    c = char(c ^ m_mask.at(m_frame.prefix.size() % 4));
                m_frame.prefix.append(c);
                --m_remaining;
                if (m_frame.prefix.size() == prefixSize || m_remaining == 0)
                    found(m_frame);
                if (m_remaining == 0)
                    m_state = State::Header;
                else if (m_frame.prefix.size() == prefixSize)
                    m_state = State::Payload;
                break;
            }
            case State::Payload: {
                const qint64 skip = std::min(m_remaining, n - i);
                i += skip;
                m_remaining -= skip;
                if (m_remaining == 0)
                    m_state = State::Header;
                break;
            }
            }
        }
    }

    // Inside a frame (its header or payload only partly through).
    bool midFrame() const
    {
        return m_state != State::Http && (m_state != State::Header || !m_header.isEmpty());
    }

private:
    enum class State { Http, Header, Prefix, Payload };
    State m_state = State::Http;
    QByteArray m_http;
    QByteArray m_header;
    QByteArray m_mask;
    qint64 m_remaining = 0;
    Frame m_frame;
};

// A TCP proxy for tests that cuts connections the way a network does. It listens on 127.0.0.1
// (a free port) and forwards every accepted connection to 127.0.0.1:targetPort, bytes both ways
// as they come, so a cut can land anywhere, also inside a WebSocket frame. A cut aborts both
// sockets of a pair with a TCP reset (SO_LINGER 0): the peers get no WebSocket close and no FIN.
// When the target does not answer (a hub that is down), the accepted connection is reset.
//
// Besides cuts at moments the caller picks (cutAll, cutRandom), cuts can be armed to hit the
// sync protocol where it hurts (the proxy reads the WebSocket framing; messages are compact JSON
// with sorted keys, so a push starts with {"batch": and a batch of events from the hub with
// {"events":):
// - MidPush: the next push towards the target is cut in its middle.
// - PushReplyLost: the next push reaches the target whole; whatever the target answers first
//   (the ack, normally) is thrown away and the pair cut: the hub has committed, the terminal
//   does not know.
// - MidEvents: the next batch of events from the target is cut in its middle.
// Each armed cut fires once.
class TcpProxy : public QObject
{
public:
    enum class Aim { MidPush, PushReplyLost, MidEvents };

    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_targetPort(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }
    ~TcpProxy() override
    {
        while (!m_pairs.isEmpty())
            cut(*m_pairs.first(), false);
    }

    bool listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    quint16 port() const { return m_port; }
    void setTargetPort(quint16 port) { m_targetPort = port; }

    // While refusing, the proxy does not listen: a connection attempt fails at once (connection
    // refused, a network that is down); open pairs stay until cut. When it stops refusing it
    // listens on the same port again (false if someone took the port meanwhile).
    // Not "accept and reset at once": a reset that arrives before Qt has seen its connect()
    // complete makes QAbstractSocket (Qt 6.4) connect again at once, thousands of times a
    // second, without telling the QWebSocket above it.
    bool setRefusing(bool refusing)
    {
        if (refusing == m_refusing)
            return true;
        m_refusing = refusing;
        if (refusing) {
            m_server.close();
            return true;
        }
        return m_server.listen(QHostAddress::LocalHost, m_port);
    }

    void arm(Aim aim) { m_armed[int(aim)] = true; }
    bool armed(Aim aim) const { return m_armed[int(aim)]; }
    void disarm() { m_armed[0] = m_armed[1] = m_armed[2] = false; }

    // Cuts every open pair; returns how many.
    int cutAll()
    {
        int count = 0;
        while (!m_pairs.isEmpty()) {
            cut(*m_pairs.first(), true);
            ++count;
        }
        return count;
    }
    // Cuts one open pair picked at random; false when none is open.
    bool cutRandom(QRandomGenerator &random)
    {
        if (m_pairs.isEmpty())
            return false;
        cut(*m_pairs.at(int(random.bounded(int(m_pairs.size())))), true);
        return true;
    }

    int openPairs() const { return int(m_pairs.size()); }
    int connections() const { return m_connections; }
    int targetFailures() const { return m_targetFailures; } // the target did not answer
    int cuts() const { return m_cuts; }
    // Cuts while a push had gone (in part or whole) towards the target and nothing had come back.
    int cutsDuringPush() const { return m_cutsDuringPush; }
    // Cuts while a frame was partly through the proxy, one way or the other.
    int cutsMidFrame() const { return m_cutsMidFrame; }
    int firedCuts(Aim aim) const { return m_fired[int(aim)]; }
    qint64 bytesToTarget() const { return m_bytesToTarget; }
    qint64 bytesFromTarget() const { return m_bytesFromTarget; }

private:
    struct Pair
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *target = nullptr;
        QByteArray pending; // from the client before the target answered
        WebSocketFrameScanner up;
        WebSocketFrameScanner down;
        qint64 upBytes = 0;
        qint64 downBytes = 0;
        bool pushUnanswered = false;
        qint64 pushEnd = -1; // stream offset where the last push towards the target ends
        bool dropReply = false;
        bool targetConnected = false;
    };

    static void reset(QTcpSocket *socket)
    {
#ifdef Q_OS_UNIX
        const qintptr fd = socket->socketDescriptor();
        if (fd != -1) {
            const linger hard{1, 0};
            ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        }
#endif
        socket->abort();
        socket->deleteLater();
    }

    void accept(QTcpSocket *client)
    {
        ++m_connections;
        auto pair = std::make_shared<Pair>();
        Pair *p = pair.get();
        m_pairs.append(pair);
        p->client = client;
        p->target = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, this, [this, p] { fromClient(*p); });
        connect(p->target, &QTcpSocket::readyRead, this, [this, p] { fromTarget(*p); });
        connect(p->target, &QTcpSocket::connected, this, [p] {
            p->targetConnected = true;
            p->target->write(p->pending);
            p->pending.clear();
        });
        connect(client, &QTcpSocket::disconnected, this, [this, p] { closed(*p); });
        connect(p->target, &QTcpSocket::disconnected, this, [this, p] { closed(*p); });
        connect(p->target, &QTcpSocket::errorOccurred, this, [this, p] {
            if (!p->targetConnected) {
                ++m_targetFailures;
                cut(*p, false);
            }
        });
        p->target->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    void fromClient(Pair &p)
    {
        const QByteArray data = p.client->readAll();
        qint64 forward = data.size();
        bool cutNow = false;
        const qint64 base = p.upBytes;
        p.up.feed(data, base, [&](const WebSocketFrameScanner::Frame &frame) {
            if (!frame.prefix.startsWith("{\"batch\":"))
                return;
            p.pushUnanswered = true;
            p.pushEnd = frame.end;
            if (!cutNow && m_armed[int(Aim::MidPush)]) {
                m_armed[int(Aim::MidPush)] = false;
                ++m_fired[int(Aim::MidPush)];
                const qint64 middle = frame.start + (frame.end - frame.start) / 2;
                forward =
                    std::clamp(middle, std::max(frame.start + 1, base), base + data.size()) - base;
                cutNow = true;
            } else if (!cutNow && m_armed[int(Aim::PushReplyLost)]) {
                m_armed[int(Aim::PushReplyLost)] = false;
                ++m_fired[int(Aim::PushReplyLost)];
                p.dropReply = true;
            }
        });
        p.upBytes += forward;
        m_bytesToTarget += forward;
        if (p.target->state() == QAbstractSocket::ConnectedState)
            p.target->write(data.constData(), forward);
        else
            p.pending.append(data.constData(), forward);
        if (cutNow) {
            p.target->flush();
            cut(p, true, true);
        }
    }

    void fromTarget(Pair &p)
    {
        const QByteArray data = p.target->readAll();
        if (p.dropReply && p.upBytes >= p.pushEnd) {
            cut(p, true);
            return;
        }
        qint64 forward = data.size();
        bool cutNow = false;
        const qint64 base = p.downBytes;
        p.down.feed(data, base, [&](const WebSocketFrameScanner::Frame &frame) {
            if (cutNow || !m_armed[int(Aim::MidEvents)] || !frame.prefix.startsWith("{\"events\":"))
                return;
            m_armed[int(Aim::MidEvents)] = false;
            ++m_fired[int(Aim::MidEvents)];
            const qint64 middle = frame.start + (frame.end - frame.start) / 2;
            forward =
                std::clamp(middle, std::max(frame.start + 1, base), base + data.size()) - base;
            cutNow = true;
        });
        p.pushUnanswered = false;
        p.downBytes += forward;
        m_bytesFromTarget += forward;
        p.client->write(data.constData(), forward);
        if (cutNow) {
            p.client->flush();
            cut(p, true, true);
        }
    }

    // One side closed in an orderly way: the other side is closed after what it still has to
    // send.
    void closed(Pair &p)
    {
        disconnect(p.client, nullptr, this, nullptr);
        disconnect(p.target, nullptr, this, nullptr);
        if (p.client->bytesAvailable() && p.target->state() == QAbstractSocket::ConnectedState)
            p.target->write(p.client->readAll());
        if (p.target->bytesAvailable() && p.client->state() == QAbstractSocket::ConnectedState)
            p.client->write(p.target->readAll());
        for (QTcpSocket *socket : {p.client, p.target}) {
            if (socket->state() == QAbstractSocket::UnconnectedState) {
                socket->deleteLater();
            } else {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                socket->disconnectFromHost();
            }
        }
        remove(p);
    }

    // counted: a cut the caller asked for (not a target that did not answer). midFrame: the
    // cut was aimed inside a frame (the scanners have seen more than went through).
    void cut(Pair &p, bool counted, bool midFrame = false)
    {
        if (counted) {
            ++m_cuts;
            if (p.pushUnanswered)
                ++m_cutsDuringPush;
            if (midFrame || p.up.midFrame() || p.down.midFrame())
                ++m_cutsMidFrame;
        }
        disconnect(p.client, nullptr, this, nullptr);
        disconnect(p.target, nullptr, this, nullptr);
        reset(p.client);
        reset(p.target);
        remove(p);
    }

    void remove(Pair &p)
    {
        m_pairs.removeIf([&](const std::shared_ptr<Pair> &q) { return q.get() == &p; });
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    quint16 m_targetPort;
    QList<std::shared_ptr<Pair>> m_pairs;
    bool m_refusing = false;
    bool m_armed[3] = {false, false, false};
    int m_fired[3] = {0, 0, 0};
    int m_connections = 0;
    int m_targetFailures = 0;
    int m_cuts = 0;
    int m_cutsDuringPush = 0;
    int m_cutsMidFrame = 0;
    qint64 m_bytesToTarget = 0;
    qint64 m_bytesFromTarget = 0;
};

} // namespace ShopDesk::Testing
