#include "hubprocess.h"
#include "hubtestclient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

// 127.0.0.2 to 127.0.0.9: Linux routes all of 127.0.0.0/8 on lo, so a test can play eight
// machines.
QList<QHostAddress> otherAddresses()
{
    QList<QHostAddress> out;
    for (int i = 2; i <= 9; ++i)
        out << QHostAddress(QStringLiteral("127.0.0.%1").arg(i));
    return out;
}

// Sockets that complete the WebSocket handshake and never say hello, `perSource` from each
// source address, each reopened as soon as the hub closes it (at most `maxReopen` times in
// all): the unauthenticated flood of issue 12.
class Flood : public QObject
{
    Q_OBJECT

public:
    Flood(quint16 port, QList<QHostAddress> sources, int perSource, int maxReopen)
        : m_port(port)
        , m_sources(std::move(sources))
        , m_perSource(perSource)
        , m_maxReopen(maxReopen)
    {}
    ~Flood() override { stop(); }

    void start()
    {
        for (const QHostAddress &source : std::as_const(m_sources)) {
            for (int i = 0; i < m_perSource; ++i)
                open(source);
        }
    }

    void stop()
    {
        m_stopped = true;
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            s->abort();
        qDeleteAll(sockets);
    }

    int upgraded = 0; // handshakes completed
    int reopened = 0;

private:
    void open(const QHostAddress &source)
    {
        auto *s = new QTcpSocket(this);
        if (!s->bind(source, 0))
            qFatal("cannot bind %s", qPrintable(source.toString()));
        connect(s, &QTcpSocket::connected, s, [this, s] {
            s->write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                     "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                     "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        });
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            if (s->property("upgraded").toBool())
                return (void)s->readAll();
            if (s->peek(12) == "HTTP/1.1 101") {
                s->setProperty("upgraded", true);
                ++upgraded;
            }
            s->readAll();
        });
        connect(s, &QTcpSocket::disconnected, this, [this, s, source] {
            s->deleteLater();
            if (!m_stopped && reopened < m_maxReopen) {
                ++reopened;
                open(source);
            }
        });
        s->connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port;
    QList<QHostAddress> m_sources;
    int m_perSource;
    int m_maxReopen;
    bool m_stopped = false;
};

// Whether `answer` holds a whole HTTP response (its header and Content-Length bytes of body).
bool completeResponse(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    static const QByteArray field = "\r\ncontent-length:";
    const qsizetype at = answer.left(end).toLower().indexOf(field);
    if (at < 0)
        return true;
    const qsizetype lineEnd = answer.indexOf("\r\n", at + field.size());
    const qint64 length =
        answer.mid(at + field.size(), lineEnd - at - field.size()).trimmed().toLongLong();
    return answer.size() - (end + 4) >= length;
}

// One HTTP exchange on a raw socket: the whole answer, empty when none came.
QByteArray httpGet(const QUrl &base, const QByteArray &path, int timeoutMs = 5000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    if (!s.waitForConnected(timeoutMs))
        return {};
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && !completeResponse(answer) &&
           s.state() == QAbstractSocket::ConnectedState) {
        s.waitForReadyRead(100);
        answer += s.readAll();
    }
    return answer;
}

// One sample of /metrics, e.g. metric(url, "shopdesk_hub_messages_refused_total",
// "bad_length"); -1 when the series is missing.
qint64 metric(const QUrl &http, const QByteArray &name, const QByteArray &reason = {})
{
    const QByteArray series = reason.isEmpty() ? name : name + "{reason=\"" + reason + "\"}";
    for (const QByteArray &line : httpGet(http, "/metrics").split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

// Attacks on the real shopdesk-hub process (issue 12): floods of sockets that never say hello,
// frames that break RFC 6455, peer text in the log, and the HTTP port's idle, oversized and
// countless connections. Each asserts the refusal, its count in /metrics, and that the
// terminals and the log are untouched.
class tst_HubHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_secrets;
    std::unique_ptr<HubProcess> m_shared; // one hub for the data-driven protocol rows

    static QString program() { return QStringLiteral(SHOPDESK_HUB_EXE); }

    // A hub on a fresh database with tokens T1..Tn.
    std::unique_ptr<HubProcess> hubWithTokens(const QString &name, int tokens)
    {
        auto hub = std::make_unique<HubProcess>(program(), m_dir.filePath(name + ".db"));
        for (int i = 1; i <= tokens; ++i) {
            const QString terminal = QStringLiteral("T%1").arg(i);
            const QString secret = hub->addToken(terminal);
            if (secret.isEmpty())
                qFatal("token add: %s", qPrintable(hub->error()));
            m_secrets.insert(name + '/' + terminal, secret);
        }
        return hub;
    }

    QString secret(const QString &hub, const QString &terminal) const
    {
        return m_secrets.value(hub + '/' + terminal);
    }

    // Says hello as `terminal` on a new QWebSocket and waits for welcome or an error: the type
    // of the answer and, for an error, its code ("welcome", "error:server_busy", "none").
    static QString helloAnswer(HubTestClient &client, const QUrl &url, const QString &terminal,
                               const QString &token)
    {
        if (!client.open(url))
            return QStringLiteral("no connection");
        client.hello(terminal, token);
        QString answer = QStringLiteral("none");
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : std::as_const(client.received)) {
                    const QString type = m.value("type").toString();
                    if (type == QLatin1StringView("welcome")) {
                        answer = type;
                        return true;
                    }
                    if (type == QLatin1StringView("error")) {
                        answer = type + ':' + m.value("code").toString();
                        return true;
                    }
                }
                return client.closed;
            },
            5000);
        return answer;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(program()));
        QVERIFY(m_dir.isValid());
        QTcpSocket probe;
        if (!probe.bind(QHostAddress(QStringLiteral("127.0.0.2")), 0))
            QSKIP("127.0.0.2 cannot be bound here (no 127.0.0.0/8 on lo)");
    }

    void cleanupTestCase() { m_shared.reset(); }

    void silentSocketsFromEightAddressesLeaveRoomForTerminals()
    {
        // With the old accounting these 72 sockets filled all 64 places: 11 of 11 hellos were
        // refused server_busy.
        auto hub = hubWithTokens(QStringLiteral("flood"), 11);
        QVERIFY2(hub->start({.arguments = {"--max-connections", "64", "--auth-timeout-ms", "1500"},
                             .http = true}),
                 qPrintable(hub->error()));
        Flood flood(quint16(hub->url().port()), otherAddresses(), 9, 20'000);
        flood.start();
        QTRY_VERIFY_WITH_TIMEOUT(flood.upgraded >= 64, 10'000);

        std::vector<std::unique_ptr<HubTestClient>> terminals;
        for (int i = 1; i <= 11; ++i) {
            const QString name = QStringLiteral("T%1").arg(i);
            terminals.push_back(std::make_unique<HubTestClient>());
            QCOMPARE(helloAnswer(*terminals.back(), hub->url(), name, secret("flood", name)),
                     QStringLiteral("welcome"));
        }
        const QUrl http = hub->httpUrl();
        QCOMPARE(metric(http, "shopdesk_hub_terminals_connected"), 11);
        QCOMPARE(metric(http, "shopdesk_hub_connections_refused_total", "server_busy"), 0);
        // The flood crowded out itself: each terminal's socket took an attacker's place.
        QVERIFY(metric(http, "shopdesk_hub_connections_refused_total", "crowded_out") >= 11);
        QVERIFY(metric(http, "shopdesk_hub_unauthenticated_connections") <= 64);
        flood.stop();
        for (const auto &t : terminals) {
            QVERIFY(!t->closed);
            QCOMPARE(t->count(QStringLiteral("error")), 0);
        }
        QCOMPARE(metric(http, "shopdesk_hub_events_stored"), 0);
        QVERIFY(hub->stop());
    }

    void silentSocketsFromTheTerminalsOwnAddressDoNotLockItOut()
    {
        // 40 silent sockets from 127.0.0.2 used to fill its 32 places: address_busy for a real
        // terminal behind the same address.
        auto hub = hubWithTokens(QStringLiteral("same"), 1);
        QVERIFY2(hub->start({.arguments = {"--auth-timeout-ms", "2000"}, .http = true}),
                 qPrintable(hub->error()));
        const QHostAddress source(QStringLiteral("127.0.0.2"));
        Flood flood(quint16(hub->url().port()), {source}, 40, 0);
        flood.start();
        QTRY_VERIFY_WITH_TIMEOUT(flood.upgraded >= 40, 10'000);

        SilentTestClient terminal;
        QVERIFY(terminal.open(quint16(hub->url().port()), 5000, source));
        terminal.hello(QStringLiteral("T1"), secret("same", "T1"));
        QVERIFY(!terminal.waitFor(QStringLiteral("caughtUp")).isEmpty());
        QCOMPARE(terminal.waitFor(QStringLiteral("error"), 10).value("code").toString(), QString());
        const QUrl http = hub->httpUrl();
        QCOMPARE(metric(http, "shopdesk_hub_terminals_connected"), 1);
        QCOMPARE(metric(http, "shopdesk_hub_connections_refused_total", "address_busy"), 0);
        // The silent ones go at their deadline, each counted.
        QTRY_COMPARE_WITH_TIMEOUT(
            metric(http, "shopdesk_hub_connections_refused_total", "auth_timeout"), 40, 10'000);
        QCOMPARE(metric(http, "shopdesk_hub_unauthenticated_connections"), 0);
        QCOMPARE(metric(http, "shopdesk_hub_terminals_connected"), 1);
        QVERIFY(!terminal.disconnected);
        QCOMPARE(metric(http, "shopdesk_hub_events_stored"), 0);
        QVERIFY(hub->stop());
    }

    void aTerminalReplacesItsStaleConnectionWhenTheHubIsFull()
    {
        auto hub = hubWithTokens(QStringLiteral("stale"), 3);
        QVERIFY2(hub->start({.arguments = {"--max-connections", "2"}, .http = true}),
                 qPrintable(hub->error()));
        // T1's first connection went silent (a machine that lost its network).
        SilentTestClient stale;
        QVERIFY(stale.open(quint16(hub->url().port())));
        stale.hello(QStringLiteral("T1"), secret("stale", "T1"));
        QVERIFY(!stale.waitFor(QStringLiteral("caughtUp")).isEmpty());
        HubTestClient t2;
        QCOMPARE(helloAnswer(t2, hub->url(), QStringLiteral("T2"), secret("stale", "T2")),
                 QStringLiteral("welcome"));

        // Full: T1 comes back and takes its own place; T3 is refused.
        HubTestClient back;
        QCOMPARE(helloAnswer(back, hub->url(), QStringLiteral("T1"), secret("stale", "T1")),
                 QStringLiteral("welcome"));
        QTRY_COMPARE(stale.closeCode, 1008);
        HubTestClient t3;
        QCOMPARE(helloAnswer(t3, hub->url(), QStringLiteral("T3"), secret("stale", "T3")),
                 QStringLiteral("error:server_busy"));
        QVERIFY(t3.waitClosed());
        const QUrl http = hub->httpUrl();
        QCOMPARE(metric(http, "shopdesk_hub_connections_refused_total", "server_busy"), 1);
        QCOMPARE(metric(http, "shopdesk_hub_terminals_connected"), 2);
        QVERIFY(!back.closed && !t2.closed);
        QVERIFY(hub->stop());
    }

    void framesBreakingRfc6455AreCountedByReason_data()
    {
        QTest::addColumn<QByteArray>("frame"); // unmasked bytes; the mask is added
        QTest::addColumn<bool>("afterHello");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<int>("closeCode");
        const QByteArray ping200 = QByteArray("\x89\x7e\x00\xc8", 4) + QByteArray(200, 'p');
        QTest::newRow("bad UTF-8") << QByteArray("\x81\x04\xff\xfe\xfd\xfc", 6) << true
                                   << QByteArray("invalid_utf8") << 1007;
        QTest::newRow("RSV1 set") << QByteArray("\xc1\x02{}", 4) << true
                                  << QByteArray("reserved_bits") << 1002;
        QTest::newRow("reserved opcode")
            << QByteArray("\x83\x00", 2) << true << QByteArray("reserved_opcode") << 1002;
        QTest::newRow("reserved opcode before hello")
            << QByteArray("\x8b\x00", 2) << false << QByteArray("reserved_opcode") << 1002;
        QTest::newRow("ping of 200 bytes")
            << ping200 << true << QByteArray("bad_control_frame") << 1002;
        QTest::newRow("stray continuation")
            << QByteArray("\x80\x02{}", 4) << true << QByteArray("bad_continuation") << 1002;
        QTest::newRow("length 5 in two bytes")
            << QByteArray("\x81\x7e\x00\x05hello", 9) << true << QByteArray("bad_length") << 1002;
        QTest::newRow("length with its top bit set")
            << QByteArray("\x81\x7f\x80\x00\x00\x00\x00\x00\x00\x05hello", 15) << true
            << QByteArray("bad_length") << 1002;
    }

    void framesBreakingRfc6455AreCountedByReason()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, afterHello);
        QFETCH(QByteArray, reason);
        QFETCH(int, closeCode);
        if (!m_shared) {
            m_shared = hubWithTokens(QStringLiteral("frames"), 1);
            QVERIFY2(m_shared->start({.http = true}), qPrintable(m_shared->error()));
        }
        const QUrl http = m_shared->httpUrl();
        const QByteArray counter = afterHello ? "shopdesk_hub_messages_refused_total"
                                              : "shopdesk_hub_connections_refused_total";
        const qint64 before = metric(http, counter, reason);
        QVERIFY2(before >= 0, "the reason is listed in /metrics");

        SilentTestClient c;
        QVERIFY(c.open(quint16(m_shared->url().port())));
        if (afterHello) {
            c.hello(QStringLiteral("T1"), secret("frames", "T1"));
            QVERIFY(!c.waitFor(QStringLiteral("caughtUp")).isEmpty());
        }
        // Mask the payload as a client must; the header's length field stays as written.
        const int lengthBytes = (frame.at(1) & 0x7f) == 126   ? 2
                                : (frame.at(1) & 0x7f) == 127 ? 8
                                                              : 0;
        const qsizetype headerSize = 2 + lengthBytes;
        QByteArray masked = frame.left(headerSize);
        masked[1] = char(masked.at(1) | 0x80);
        const char key[4] = {0x11, 0x22, 0x33, 0x44};
        masked.append(key, 4);
        for (qsizetype i = headerSize; i < frame.size(); ++i)
            masked.append(char(frame.at(i) ^ key[(i - headerSize) % 4]));
        c.socket.write(masked);

        QTRY_COMPARE(c.closeCode, closeCode);
        QTRY_VERIFY(c.disconnected);
        QTRY_COMPARE(metric(http, counter, reason), before + 1);
        QCOMPARE(metric(http, "shopdesk_hub_terminals_connected"), 0);
        QCOMPARE(metric(http, "shopdesk_hub_events_stored"), 0);
    }

    void peerTextIsEscapedInTheLog()
    {
        auto hub = hubWithTokens(QStringLiteral("log"), 1);
        QVERIFY2(hub->start({.http = true}), qPrintable(hub->error()));
        HubTestClient c;
        QCOMPARE(helloAnswer(c, hub->url(), QStringLiteral("T1"), secret("log", "T1")),
                 QStringLiteral("welcome"));
        c.sendText("{\"type\":\"x\\nshopdesk.hub: B (10.0.0.9:1) welcome, INJECTED\",\"v\":1}");
        QCOMPARE(c.waitFor(QStringLiteral("error")).value("code").toString(),
                 QStringLiteral("unknown_type"));
        QVERIFY(c.waitClosed());
        QCOMPARE(metric(hub->httpUrl(), "shopdesk_hub_messages_refused_total", "unknown_type"), 1);
        QVERIFY(hub->stop());

        const QByteArray err = hub->errText();
        for (const QByteArray &line : err.split('\n')) {
            QVERIFY2(!line.startsWith("shopdesk.hub: B (10.0.0.9:1)"), err.constData());
            QVERIFY2(!line.contains("INJECTED") || line.contains("refused: unknown_type"),
                     err.constData());
        }
        QVERIFY2(err.contains("x\\nshopdesk.hub: B (10.0.0.9:1) welcome, INJECTED"),
                 err.constData());
    }

    void idleHttpConnectionsAreClosed()
    {
        auto hub = hubWithTokens(QStringLiteral("idle"), 0);
        QVERIFY2(hub->start({.arguments = {"--http-idle-timeout-ms", "500"}, .http = true}),
                 qPrintable(hub->error()));
        const QUrl http = hub->httpUrl();
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 5; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, quint16(http.port()));
            QVERIFY(idle.back()->waitForConnected(5000));
        }
        // One sends half a request and stops (a slow client): the same deadline.
        idle.front()->write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
        QElapsedTimer clock;
        clock.start();
        for (const auto &s : idle) {
            QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
        }
        QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(metric(http, "shopdesk_hub_http_connections_closed_total", "idle_timeout"), 5);
        QVERIFY(httpGet(http, "/healthz").startsWith("HTTP/1.1 200"));
        QVERIFY(hub->stop());
    }

    void oversizedHeadersAndBodiesAreRefused()
    {
        auto hub = hubWithTokens(QStringLiteral("big"), 0);
        QVERIFY2(hub->start({.http = true}), qPrintable(hub->error()));
        const QUrl http = hub->httpUrl();
        QVERIFY(httpGet(http, "/healthz").startsWith("HTTP/1.1 200"));
        const qint64 rssBefore = residentKiB(hub->pid());

        // Five unfinished 4 MB headers, then a 4 MB body.
        std::vector<std::unique_ptr<QTcpSocket>> peers;
        const QByteArray chunk(64 * 1024, 'a');
        for (int i = 0; i < 6; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, quint16(http.port()));
            QVERIFY(s->waitForConnected(5000));
            s->write(i < 5 ? QByteArray("GET /healthz HTTP/1.1\r\nX-Pad: ")
                           : QByteArray("POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                        "4194304\r\n\r\n"));
            peers.push_back(std::move(s));
        }
        for (int round = 0; round < 64; ++round) {
            for (const auto &s : peers) {
                if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < (1 << 20))
                    s->write(chunk);
            }
            QTest::qWait(5);
        }
        QByteArray answers[6];
        for (int i = 0; i < 6; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(peers[i]->state(), QAbstractSocket::UnconnectedState, 5000);
            answers[i] = peers[i]->readAll();
        }
        for (int i = 0; i < 5; ++i)
            QVERIFY2(answers[i].startsWith("HTTP/1.1 431"), answers[i].constData());
        QVERIFY2(answers[5].startsWith("HTTP/1.1 413"), answers[5].left(200).toHex().constData());
        QCOMPARE(metric(http, "shopdesk_hub_http_connections_closed_total", "header_too_large"), 5);
        QCOMPARE(metric(http, "shopdesk_hub_http_connections_closed_total", "body_too_large"), 1);
        const qint64 rssAfter = residentKiB(hub->pid());
        QVERIFY2(rssAfter - rssBefore < 8 * 1024,
                 qPrintable(QStringLiteral("%1 -> %2 KiB").arg(rssBefore).arg(rssAfter)));
        QVERIFY(httpGet(http, "/healthz").startsWith("HTTP/1.1 200"));
        QCOMPARE(metric(http, "shopdesk_hub_http_connections_open"), 1); // the /metrics itself
        QVERIFY(hub->stop());
    }

    void idleHttpFloodLeavesFileHandlesForHealthAndTerminals()
    {
        // A soft limit of 100 under a hard one of 150: the hub raises it to 150, and 200 idle
        // HTTP connections from eight addresses (which used to take every handle) leave the
        // health check and a terminal served.
        auto hub = hubWithTokens(QStringLiteral("files"), 1);
        const auto lowLimit = [] {
            const rlimit limit{100, 150};
            setrlimit(RLIMIT_NOFILE, &limit);
        };
        QVERIFY2(hub->start({.http = true, .childModifier = lowLimit}), qPrintable(hub->error()));
        const QUrl http = hub->httpUrl();
        QTRY_VERIFY(hub->errText().contains("limit raised from 100 to the hard limit 150"));
        QCOMPARE(metric(http, "shopdesk_hub_open_files_limit"), 150);

        std::vector<std::unique_ptr<QTcpSocket>> idle;
        const QList<QHostAddress> sources = otherAddresses();
        for (int i = 0; i < 200; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            QVERIFY(s->bind(sources.at(i % sources.size()), 0));
            s->connectToHost(QHostAddress::LocalHost, quint16(http.port()));
            idle.push_back(std::move(s));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(),
                                             [](const auto &s) {
                                                 return s->state() !=
                                                        QAbstractSocket::ConnectingState;
                                             }),
                                 10'000);
        QTest::qWait(200);

        const QByteArray health = httpGet(http, "/healthz");
        QVERIFY2(health.startsWith("HTTP/1.1 200"), health.constData());
        HubTestClient t1;
        QCOMPARE(helloAnswer(t1, hub->url(), QStringLiteral("T1"), secret("files", "T1")),
                 QStringLiteral("welcome"));
        QVERIFY(metric(http, "shopdesk_hub_http_connections_closed_total", "crowded_out") >= 168);
        QVERIFY(metric(http, "shopdesk_hub_http_connections_open") <= 32);
        const qint64 open = metric(http, "shopdesk_hub_open_files");
        QVERIFY2(open > 0 && open < 100, qPrintable(QString::number(open)));
        QCOMPARE(metric(http, "shopdesk_hub_terminals_connected"), 1);
        QVERIFY(hub->stop());
    }
};

QTEST_GUILESS_MAIN(tst_HubHardening)
#include "tst_hubhardening.moc"
