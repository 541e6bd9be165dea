// What the attacks of issue 12 do to a real shopdesk-hub: a benchmark, not a test (it prints
// figures and never fails). Any build of the hub can be measured, so that before and after can
// be compared:
//
//   bench_hubattack [--hub PATH]
//
// 1. flood: 32 sockets from each of 127.0.0.2-9 finish the WebSocket handshake, never say
//    hello and are reopened whenever the hub closes them; meanwhile 40 terminals from
//    127.0.0.1 say hello. Prints how many were welcomed (the places the hub keeps for them).
// 2. headers: five unfinished 40 MB request headers and one 200 MB body to the HTTP port.
//    Prints the hub's resident memory before, at its peak (VmHWM) and after.
// 3. idle: 1,065 idle HTTP connections from 127.0.0.2-9 to a hub whose file-handle limit is
//    1,024 (soft and hard). Prints whether /healthz and a hello still answer, and after how
//    long the hub had closed the idle connections (at most 30 s are watched).
#include "hubprocess.h"
#include "hubtestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <sys/resource.h>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

QList<QHostAddress> otherAddresses()
{
    QList<QHostAddress> out;
    for (int i = 2; i <= 9; ++i)
        out << QHostAddress(QStringLiteral("127.0.0.%1").arg(i));
    return out;
}

qint64 statusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray httpGet(quint16 port, const QByteArray &path, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer clock;
    clock.start();
    if (!QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return {};
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += s.readAll();
            return s.state() != QAbstractSocket::ConnectedState;
        },
        int(std::max<qint64>(1, timeoutMs - clock.elapsed())));
    return answer + s.readAll();
}

// The same flood as tst_hubhardening's, reopening without a bound until stopped.
class Flood : public QObject
{
public:
    Flood(quint16 port, int perSource)
        : m_port(port)
    {
        for (const QHostAddress &source : otherAddresses()) {
            for (int i = 0; i < perSource; ++i)
                open(source);
        }
    }
    ~Flood() override
    {
        m_stopped = true;
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            s->abort();
        qDeleteAll(sockets);
    }
    int reopened = 0;

private:
    void open(const QHostAddress &source)
    {
        auto *s = new QTcpSocket(this);
        s->bind(source, 0);
        connect(s, &QTcpSocket::connected, s, [this, s] {
            s->write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                     "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                     "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        });
        connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
        connect(s, &QTcpSocket::disconnected, this, [this, s, source] {
            s->deleteLater();
            if (!m_stopped) {
                ++reopened;
                open(source);
            }
        });
        s->connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port;
    bool m_stopped = false;
};

void flood(const QString &program, const QString &db)
{
    HubProcess hub(program, db);
    QStringList secrets;
    for (int i = 1; i <= 40; ++i)
        secrets << hub.addToken(QStringLiteral("T%1").arg(i));
    if (!hub.start()) {
        std::printf("flood: %s\n", qPrintable(hub.error()));
        return;
    }
    Flood attack(quint16(hub.url().port()), 32);
    QTest::qWait(3000);
    int welcomed = 0;
    QMap<QString, int> refused;
    std::vector<std::unique_ptr<HubTestClient>> terminals;
    for (int i = 1; i <= 40; ++i) {
        terminals.push_back(std::make_unique<HubTestClient>());
        HubTestClient &t = *terminals.back();
        if (!t.open(hub.url())) {
            ++refused[QStringLiteral("no connection")];
            continue;
        }
        t.hello(QStringLiteral("T%1").arg(i), secrets.value(i - 1));
        (void)QTest::qWaitFor([&] { return !t.received.isEmpty() || t.closed; }, 5000);
        const QJsonObject first = t.received.value(0);
        if (first.value("type").toString() == QLatin1StringView("welcome"))
            ++welcomed;
        else
            ++refused[first.value("code").toString(QStringLiteral("no answer"))];
    }
    QString why;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        why += QStringLiteral(" %1 %2").arg(it.value()).arg(it.key());
    std::printf("flood: 256 silent sockets from 8 addresses (%d reopened): %d of 40 terminals "
                "welcomed%s\n",
                attack.reopened, welcomed, qPrintable(why));
    hub.kill();
}

void headers(const QString &program, const QString &db)
{
    HubProcess hub(program, db);
    if (!hub.start({.http = true})) {
        std::printf("headers: %s\n", qPrintable(hub.error()));
        return;
    }
    const quint16 port = quint16(hub.httpUrl().port());
    const qint64 before = statusKiB(hub.pid(), "VmRSS");
    std::vector<std::unique_ptr<QTcpSocket>> peers;
    const QByteArray chunk(256 * 1024, 'a');
    QList<qint64> target;
    for (int i = 0; i < 6; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, port);
        s->waitForConnected(5000);
        s->write(i < 5 ? QByteArray("GET /healthz HTTP/1.1\r\nX-Pad: ")
                       : QByteArray("POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                    "209715200\r\n\r\n"));
        target << (i < 5 ? 40 : 200) * qint64(1024 * 1024);
        peers.push_back(std::move(s));
    }
    QList<qint64> sent(6, 0);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20'000) {
        bool busy = false;
        for (int i = 0; i < 6; ++i) {
            QTcpSocket &s = *peers[i];
            if (s.state() != QAbstractSocket::ConnectedState || sent[i] >= target[i])
                continue;
            busy = true;
            if (s.bytesToWrite() < 4 * chunk.size()) {
                s.write(chunk);
                sent[i] += chunk.size();
            }
        }
        if (!busy)
            break;
        QTest::qWait(1);
    }
    QTest::qWait(500);
    const qint64 after = statusKiB(hub.pid(), "VmRSS");
    const qint64 peak = statusKiB(hub.pid(), "VmHWM");
    int closed = 0;
    for (const auto &s : peers)
        closed += s->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
    std::printf("headers: sent %lld MB in %lld ms; hub RSS %lld MB before, %lld MB after, peak "
                "%lld MB; %d of 6 connections closed by the hub\n",
                (std::accumulate(sent.begin(), sent.end(), qint64(0))) / (1024 * 1024),
                clock.elapsed(), before / 1024, after / 1024, peak / 1024, closed);
    hub.kill();
}

void idle(const QString &program, const QString &db)
{
    HubProcess hub(program, db);
    const QString secret = hub.addToken(QStringLiteral("T1"));
    const auto limit1024 = [] {
        const rlimit limit{1024, 1024};
        setrlimit(RLIMIT_NOFILE, &limit);
    };
    if (!hub.start({.http = true, .childModifier = limit1024})) {
        std::printf("idle: %s\n", qPrintable(hub.error()));
        return;
    }
    const quint16 port = quint16(hub.httpUrl().port());
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    const QList<QHostAddress> sources = otherAddresses();
    for (int i = 0; i < 1065; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->bind(sources.at(i % sources.size()), 0);
        s->connectToHost(QHostAddress::LocalHost, port);
        idle.push_back(std::move(s));
    }
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(1000);
    const QByteArray health = httpGet(port, "/healthz", 5000);
    HubTestClient t1;
    QString hello = QStringLiteral("no connection");
    if (t1.open(hub.url(), 5000)) {
        t1.hello(QStringLiteral("T1"), secret);
        hello = t1.waitFor(QStringLiteral("welcome"), 5000).isEmpty() ? QStringLiteral("no welcome")
                                                                      : QStringLiteral("welcome");
    }
    auto open = [&] {
        return std::count_if(idle.begin(), idle.end(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState;
        });
    };
    const qint64 openAtFirst = open();
    (void)QTest::qWaitFor([&] { return open() == 0; }, 30'000);
    std::printf("idle: 1065 idle HTTP connections, limit 1024 handles: /healthz %s, hello %s; %lld "
                "connected after 1 s, %lld after %.1f s\n",
                health.isEmpty() ? "no answer" : health.left(15).constData(), qPrintable(hello),
                qint64(openAtFirst), qint64(open()), clock.elapsed() / 1000.0);
    hub.kill();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype hubArg = args.indexOf(QStringLiteral("--hub"));
    const QString program = hubArg > 0 ? args.value(hubArg + 1) : QStringLiteral(SHOPDESK_HUB_EXE);
    rlimit own{};
    getrlimit(RLIMIT_NOFILE, &own);
    own.rlim_cur = own.rlim_max;
    setrlimit(RLIMIT_NOFILE, &own);
    std::printf("hub: %s\n", qPrintable(program));
    QTemporaryDir dir;
    flood(program, dir.filePath(QStringLiteral("flood.db")));
    headers(program, dir.filePath(QStringLiteral("headers.db")));
    idle(program, dir.filePath(QStringLiteral("idle.db")));
    return 0;
}
