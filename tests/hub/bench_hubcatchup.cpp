// Measures the hub's side of a catch-up: how fast shopdesk-hub appends pushed batches, and how
// fast it streams its log to a fresh terminal (hello with lastGlobalSeq 0 until caughtUp).
// A benchmark, not a test: it prints figures and never fails on timing.
//
//   bench_hubcatchup [EVENTS] [--decode] [--db postgres://USER@HOST:PORT/DB]
//
// EVENTS (default 1000000) are appended through SqlHubStore in push-sized batches of 5000
// from three terminals, then a real shopdesk-hub process serves them to one WebSocket client
// in this process. Without --decode the client only counts frames (the hub's own rate); with
// it, every frame goes through Sync::decode as a terminal's would. With --db the hub runs on
// that (empty) PostgreSQL database instead of a temporary SQLite file.
#include "hubprocess.h"
#include "hubtestevents.h"
#include "protocol.h"
#include "sqlhubstore.h"
#include "tokens.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// CPU seconds (user + system) a process has used so far: on a shared machine the wall-clock
// rate says more about the neighbours than about the hub.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) /
           double(sysconf(_SC_CLK_TCK));
}

} // namespace

using namespace ShopDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 total =
        args.size() > 1 && args.at(1).toLongLong() > 0 ? args.at(1).toLongLong() : 1'000'000;
    const bool decode = args.contains(QStringLiteral("--decode"));
    QTemporaryDir dir;
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));
    const QString db = dbArg > 0 ? args.value(dbArg + 1) : dir.filePath(QStringLiteral("hub.db"));
    QString secret;
    {
        auto store = Hub::SqlHubStore::open(db);
        if (!store.ok())
            qFatal("%s", qPrintable(store.error().message));
        const Hub::NewToken token = Hub::makeToken(QStringLiteral("T1"));
        secret = token.secret;
        (void)store.value()->addToken(token.record);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const QStringList origins{QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4")};
        qint64 done = 0;
        QHash<QString, qint64> next;
        while (done < total) {
            const QString &origin = origins.at((done / 5000) % origins.size());
            const int n = int(std::min<qint64>(5000, total - done));
            const QList<DomainEvent> batch = Testing::hubEvents(
                origin, next.value(origin) + 1, n, QStringLiteral("P%1").arg(done % 97));
            next[origin] += n;
            if (!store.value()->append(batch).ok())
                qFatal("append failed");
            done += n;
        }
        const double s = timer.elapsed() / 1000.0;
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        std::printf("append: %lld events in batches of 5000: %.1f s, %.0f events/s "
                    "(%.1f CPU s, %.0f events per CPU second)\n",
                    static_cast<long long>(total), s, total / s, cpu, total / cpu);
    }

    QProcess hub;
    hub.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hub.start(
        QStringLiteral(SHOPDESK_HUB_EXE),
        {QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    const Testing::HubListening listening = Testing::waitForListening(hub, 10'000);
    if (!listening.ok())
        qFatal("the hub did not start");
    const QUrl url = listening.ws;

    QWebSocket socket;
    QElapsedTimer timer;
    qint64 events = 0, frames = 0, bytes = 0, nextReport = 200'000;
    double hubCpuStart = 0;
    const std::clock_t clientCpuStart = std::clock();
    QObject::connect(&socket, &QWebSocket::connected, [&] {
        hubCpuStart = cpuSeconds(hub.processId());
        timer.start();
        socket.sendTextMessage(
            QString::fromUtf8(Sync::encode(Sync::Hello{QStringLiteral("T1"), secret, 0})));
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &text) {
        ++frames;
        bytes += text.size();
        if (decode) {
            const QByteArray utf8 = text.toUtf8();
            const Sync::Decoded d = Sync::decode(utf8);
            if (!d.ok())
                qFatal("decode: %s", qPrintable(d.error().detail));
            if (const auto *e = std::get_if<Sync::Events>(&d.message()))
                events += e->events.size();
            else if (std::holds_alternative<Sync::CaughtUp>(d.message()))
                QCoreApplication::quit();
        } else {
            if (text.startsWith(QLatin1StringView(R"({"events":)")) ||
                text.contains(QLatin1StringView("\"type\":\"events\"")))
                events += text.count(QLatin1StringView("\"globalSeq\""));
            else if (text.contains(QLatin1StringView("\"caughtUp\"")))
                QCoreApplication::quit();
        }
        if (events >= nextReport) {
            std::printf("  %lld events after %.1f s\n", static_cast<long long>(events),
                        timer.elapsed() / 1000.0);
            nextReport += 200'000;
        }
    });
    socket.open(url);
    app.exec();
    const double s = timer.elapsed() / 1000.0;
    const double hubCpu = cpuSeconds(hub.processId()) - hubCpuStart;
    const double clientCpu = double(std::clock() - clientCpuStart) / CLOCKS_PER_SEC;
    std::printf("catch-up%s: %lld events in %lld frames (%.0f MB) in %.2f s: %.0f events/s\n",
                decode ? " with decode" : "", static_cast<long long>(events),
                static_cast<long long>(frames), bytes / 1e6, s, events / s);
    std::printf("  hub: %.2f CPU s (%.0f events per hub CPU second); client: %.2f CPU s\n", hubCpu,
                events / hubCpu, clientCpu);
    hub.terminate();
    hub.waitForFinished(10'000);
    return 0;
}
