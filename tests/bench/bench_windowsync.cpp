// bench_windowsync: a fresh terminal catching up through a real shopdesk-hub, twice from the
// same hub log: headless (a SyncClient alone, the baseline) and inside the open window (the
// desktop's MainWindow with its three tabs, offscreen), where the lists follow the catch-up.
// Figures: events/s of both, and how long the window's event loop was held at a time (a
// 10 ms timer's lateness: p50, p99, max). A benchmark, not a test: it never fails on timing.
//
//   bench_sync --receivers 0 --single 0 --bulk 0 --catchup 1000000 --data DIR   (makes the log)
//   bench_windowsync --data DIR [--hub PATH-TO-shopdesk-hub]

#include "benchsupport.h"
#include "mainwindow.h"
#include "shopservices.h"
#include "sqlitestore.h"
#include "syncclient.h"
#include "terminalsettings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

#ifndef SHOPDESK_HUB
#error "SHOPDESK_HUB must name the shopdesk-hub binary"
#endif

using namespace ShopDesk;

namespace {

// A new database file, whatever an earlier run left there.
std::unique_ptr<SqliteStore> freshStore(const QString &path, const QString &terminal)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return Bench::openStore(path, terminal);
}

void waitFor(SyncClient &client, const char *what)
{
    bool done = client.isSynced();
    QObject::connect(&client, &SyncClient::synced, &client, [&] { done = true; });
    QObject::connect(
        &client, &SyncClient::errorOccurred, &client,
        [what](const QString &code, const QString &message) {
            Bench::fail(QStringLiteral("%1: %2 %3").arg(QLatin1StringView(what), code, message));
        });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config; // the window's per-machine settings (hub, token) stay here
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_windowsync"));
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QDir dir(value(QStringLiteral("--data"), QString()));
    const QString hubDb = dir.filePath(QStringLiteral("hub.db"));
    if (dir.path().isEmpty() || !QFileInfo::exists(hubDb))
        Bench::fail(
            QStringLiteral("--data DIR must hold hub.db; make it with bench_sync "
                           "--receivers 0 --single 0 --bulk 0 --catchup 1000000 --data DIR"));
    Bench::HubProcess hub(value(QStringLiteral("--hub"), QStringLiteral(SHOPDESK_HUB)), hubDb);
    const QString headlessToken = hub.addToken(QStringLiteral("H1"));
    const QString windowToken = hub.addToken(QStringLiteral("W1"));
    const QUrl url = hub.start();

    // Headless: the client alone on the main thread.
    double headlessSeconds = 0;
    qint64 events = 0;
    {
        auto store = freshStore(dir.filePath(QStringLiteral("headless.db")), QStringLiteral("H1"));
        ShopServices shop(*store);
        SyncClient client(shop.sync);
        SyncClient::Options options;
        options.hub = url;
        options.token = headlessToken;
        options.reconnect = false;
        client.setOptions(options);
        QElapsedTimer timer;
        timer.start();
        client.start();
        waitFor(client, "headless catch-up");
        headlessSeconds = timer.elapsed() / 1000.0;
        events = store->eventCount().value();
        std::printf("headless: %lld events in %.2f s: %lld events/s\n", events, headlessSeconds,
                    qRound64(events / headlessSeconds));
        std::fflush(stdout);
    }

    // The window: the same catch-up with the three tabs open and the status bar following.
    auto store = freshStore(dir.filePath(QStringLiteral("window.db")), QStringLiteral("W1"));
    ShopServices shop(*store);
    TerminalSettings settings;
    settings.setHubUrl(url.toString());
    settings.setHubToken(windowToken);
    Bench::Figures lateness; // how late each 10 ms tick came, ms
    QElapsedTimer clock;
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.elapsed();
        lateness.ms.append(double(std::max<qint64>(0, now - lastTick - 10)));
        lastTick = now;
    });
    clock.start();
    MainWindow window(shop);
    window.resize(1280, 800);
    window.show();
    if (!window.syncClient())
        Bench::fail(QStringLiteral("the window did not start its sync client"));
    ticker.start(10);
    waitFor(*window.syncClient(), "window catch-up");
    const double windowSeconds = clock.elapsed() / 1000.0;
    ticker.stop();
    const qint64 windowEvents = store->eventCount().value();
    std::printf("window: %lld events in %.2f s: %lld events/s (%.0f%% of headless); the event "
                "loop held for p50 %.0f ms, p99 %.0f ms, max %.0f ms (%zu ticks of 10 ms); "
                "peak memory of this process %lld MB\n",
                windowEvents, windowSeconds, qRound64(windowEvents / windowSeconds),
                100.0 * (windowEvents / windowSeconds) / (events / headlessSeconds),
                lateness.at(0.5), lateness.at(0.99), lateness.at(1.0), size_t(lateness.ms.size()),
                Bench::peakResidentKb() / 1024);
    return 0;
}
