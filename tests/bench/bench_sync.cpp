// bench_sync: the sync through a real shopdesk-hub process on loopback (not a test; it prints
// figures and never fails on timing).
//
// 1. Fan-out: one terminal commits events; the hub passes them to nine other terminals, each
//    on a thread of its own with its own SQLite file and SyncClient. Figures: events per
//    second arriving at all nine, and the latency from the source's commit to the commit on
//    each receiver (p50, p99), for single commits (one event per transaction) and for bulk
//    commits (1,000 events per transaction).
// 2. Catch-up: a shop's log of about 1,000,000 events (demo data: products, orders in every
//    status) in the hub; a fresh terminal catches up from zero, with progress. Target: at
//    least 50,000 events/s.
//
//   bench_sync [--receivers 9] [--single 1000] [--bulk 50000] [--catchup 1000000]
//              [--hub PATH-TO-shopdesk-hub] [--data DIR]
//
// --data DIR keeps the catch-up's shop and hub databases in DIR and uses them again on the
// next run (making a 1,000,000-event log takes about four minutes); without it they live in a
// temporary folder.

#include "benchsupport.h"
#include "shopservices.h"
#include "sqlhubstore.h"
#include "sqlitestore.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifndef SHOPDESK_HUB
#error "SHOPDESK_HUB must name the shopdesk-hub binary"
#endif

using namespace ShopDesk;

namespace {

QElapsedTimer clock_;

qint64 nowNs()
{
    return clock_.nsecsElapsed();
}

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

using Bench::fail;
using Bench::openStore;

// A receiving terminal on its own thread: its store, services and client live there.
class Receiver : public QObject
{
    Q_OBJECT
public:
    Receiver(int index, QString path, QUrl hub, QString token)
        : m_index(index)
        , m_path(std::move(path))
        , m_hub(std::move(hub))
        , m_token(std::move(token))
    {}

    void begin()
    {
        m_store = openStore(m_path, QStringLiteral("R%1").arg(m_index));
        m_shop = std::make_unique<ShopServices>(*m_store);
        m_client = std::make_unique<SyncClient>(m_shop->sync);
        SyncClient::Options options;
        options.hub = m_hub;
        options.token = m_token;
        m_client->setOptions(options);
        connect(m_client.get(), &SyncClient::remoteEventsApplied, this, [this](int count) {
            m_received += count;
            emit received(m_index, m_received, nowNs());
        });
        connect(m_client.get(), &SyncClient::errorOccurred, this,
                [](const QString &code, const QString &message) {
                    std::fprintf(stderr, "receiver: %s %s\n", qPrintable(code),
                                 qPrintable(message));
                });
        m_client->start();
    }
    void end()
    {
        m_client.reset();
        m_shop.reset();
        m_store.reset();
    }

signals:
    void received(int index, qint64 total, qint64 atNs);

private:
    int m_index;
    QString m_path;
    QUrl m_hub;
    QString m_token;
    qint64 m_received = 0;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ShopServices> m_shop;
    std::unique_ptr<SyncClient> m_client;
};

void waitUntil(const std::function<bool()> &done, int timeoutMs, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            fail(QStringLiteral("timed out waiting for %1").arg(QLatin1StringView(what)));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

void fanOut(const QString &hubBinary, int receivers, int single, int bulk)
{
    QTemporaryDir dir;
    Bench::HubProcess hub(hubBinary, dir.filePath(QStringLiteral("hub.db")));
    QStringList tokens;
    for (int i = 0; i <= receivers; ++i)
        tokens << hub.addToken(i == 0 ? QStringLiteral("S0") : QStringLiteral("R%1").arg(i));
    const QUrl url = hub.start();

    auto store = openStore(dir.filePath(QStringLiteral("source.db")), QStringLiteral("S0"));
    ShopServices shop(*store);
    shop.work.setActor(QStringLiteral("bench"));
    SyncClient source(shop.sync);
    SyncClient::Options options;
    options.hub = url;
    options.token = tokens.first();
    source.setOptions(options);
    QObject::connect(&shop.bus, &EventBus::eventCommitted, &source,
                     &SyncClient::localEventsCommitted);
    source.start();

    // The timeline: when each of the source's events was committed, in push order.
    std::vector<qint64> committedAt;
    std::vector<qint64> received(size_t(receivers + 1), 0);
    Bench::Figures latencies; // commit -> applied, ms
    qint64 base = 0;          // events before the timeline starts (the product)
    QList<QThread *> threads;
    QList<Receiver *> workers;
    for (int i = 1; i <= receivers; ++i) {
        auto *thread = new QThread;
        auto *worker =
            new Receiver(i, dir.filePath(QStringLiteral("r%1.db").arg(i)), url, tokens.at(i));
        worker->moveToThread(thread);
        QObject::connect(worker, &Receiver::received, qApp,
                         [&](int index, qint64 total, qint64 atNs) {
                             qint64 &cursor = received[size_t(index)];
                             for (qint64 e = qMax(cursor, base); e < total; ++e) {
                                 const size_t at = size_t(e - base);
                                 if (at < committedAt.size())
                                     latencies.ms.append(double(atNs - committedAt[at]) / 1e6);
                             }
                             cursor = total;
                         });
        thread->start();
        QMetaObject::invokeMethod(worker, &Receiver::begin, Qt::QueuedConnection);
        threads << thread;
        workers << worker;
    }
    auto allHave = [&](qint64 count) {
        return std::all_of(received.begin() + 1, received.end(),
                           [&](qint64 r) { return r >= count; });
    };

    if (!shop.inventory.registerProduct(QStringLiteral("P1"), QStringLiteral("Bench"), 100).ok())
        fail(QStringLiteral("register"));
    waitUntil([&] { return allHave(1); }, 60000, "the receivers to connect");
    base = 1;

    auto run = [&](const QString &name, int events, int perCommit) {
        latencies.ms.clear();
        committedAt.clear();
        committedAt.reserve(size_t(events));
        const qint64 first = base;
        const qint64 started = nowNs();
        for (int done = 0; done < events;) {
            const int n = qMin(perCommit, events - done);
            if (n > 1 && !shop.work.beginBatch().ok())
                fail(QStringLiteral("batch"));
            for (int k = 0; k < n; ++k) {
                if (!shop.inventory.adjustStock(QStringLiteral("P1"), 1).ok())
                    fail(QStringLiteral("adjust"));
            }
            if (n > 1) {
                if (!shop.work.endBatch().ok())
                    fail(QStringLiteral("commit"));
                source.localEventsCommitted();
            }
            const qint64 at = nowNs();
            for (int k = 0; k < n; ++k)
                committedAt.push_back(at);
            done += n;
            QCoreApplication::processEvents();
        }
        const qint64 produced = nowNs() - started;
        waitUntil([&] { return allHave(first + events); }, 600000, "the receivers");
        const double seconds = double(nowNs() - started) / 1e9;
        say(QStringLiteral("%1: %2 events, %3 per commit; source committed at %4 events/s; "
                           "all %5 receivers had them after %6 s: %7 events/s; latency commit -> "
                           "applied p50 %8 ms, p99 %9 ms (%10 samples)")
                .arg(name)
                .arg(events)
                .arg(perCommit)
                .arg(qRound64(events / (double(produced) / 1e9)))
                .arg(receivers)
                .arg(seconds, 0, 'f', 2)
                .arg(qRound64(events / seconds))
                .arg(latencies.at(0.50), 0, 'f', 1)
                .arg(latencies.at(0.99), 0, 'f', 1)
                .arg(latencies.ms.size()));
        base = first + events;
    };
    run(QStringLiteral("fan-out, single commits"), single, 1);
    run(QStringLiteral("fan-out, bulk commits"), bulk, 1000);

    source.stop();
    for (int i = 0; i < receivers; ++i) {
        QMetaObject::invokeMethod(workers.at(i), &Receiver::end, Qt::BlockingQueuedConnection);
        threads.at(i)->quit();
        threads.at(i)->wait();
        delete workers.at(i);
        delete threads.at(i);
    }
}

// The shop whose log the hub holds: demo data (orders in every status) until about target
// events, made through the real services.
void makeShop(ShopServices &shop, ShopStore &shopStore, qint64 target)
{
    shop.work.setActor(QStringLiteral("bench"));
    double perOrder = 6.0;
    {
        QTemporaryDir probeDir;
        auto probe = openStore(probeDir.filePath(QStringLiteral("probe.db")), QStringLiteral("S1"));
        ShopServices probeShop(*probe);
        if (!probeShop.demo.generate(50, 2000))
            fail(QStringLiteral("demo probe"));
        perOrder = double(probe->eventCount().value() - 100) / 2000.0;
    }
    const qint64 orders = qint64(double(target) / perOrder) + 1;
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    auto made = shop.demo.generate(500, orders, [&](qint64 done, qint64 total) {
        const int percent = int(done * 100 / qMax<qint64>(total, 1));
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            say(QStringLiteral("  demo data: %1%").arg(percent));
        }
    });
    if (!made)
        fail(made.error().message);
    say(QStringLiteral("catch-up: the shop has %1 events (%2 orders, %3 events per order), made "
                       "in %4 s")
            .arg(shopStore.eventCount().value())
            .arg(orders)
            .arg(perOrder, 0, 'f', 2)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
}

// Into the hub's log directly (not timed): its store, the same the server uses.
void fillHub(ShopServices &shop, const QString &hubDb)
{
    auto hubStore = Hub::SqlHubStore::open(hubDb);
    if (!hubStore)
        fail(hubStore.error().message);
    QElapsedTimer timer;
    timer.start();
    {
        for (;;) {
            const QList<DomainEvent> batch = shop.sync.unsentEvents(5000).value();
            if (batch.isEmpty())
                break;
            auto appended = hubStore.value()->append(batch);
            if (!appended)
                fail(appended.error().message);
            QList<SentEvent> sent;
            for (const Sync::Assigned &a : appended->assigned)
                sent.append({a.eventId, a.globalSeq});
            if (!shop.sync.markSent(sent))
                fail(QStringLiteral("markSent"));
        }
        say(QStringLiteral("catch-up: %1 events appended to the hub's log in %2 s")
                .arg(hubStore.value()->lastSeq().value())
                .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
}

void catchUp(const QString &hubBinary, qint64 target, const QString &dataDir)
{
    QTemporaryDir temporary;
    const QDir dir(dataDir.isEmpty() ? temporary.path() : dataDir);
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        fail(QStringLiteral("cannot make %1").arg(dir.path()));
    const QString shopDb = dir.filePath(QStringLiteral("shop.db"));
    const QString hubDb = dir.filePath(QStringLiteral("hub.db"));
    const bool made = QFileInfo::exists(hubDb);
    auto shopStore = openStore(shopDb, QStringLiteral("S1"));
    ShopServices shop(*shopStore);
    if (made) {
        say(QStringLiteral("catch-up: the shop and hub of %1 again (%2 events)")
                .arg(dir.path())
                .arg(shopStore->eventCount().value()));
    } else {
        makeShop(shop, *shopStore, target);
        fillHub(shop, hubDb);
    }
    const qint64 events = shopStore->eventCount().value();
    for (const QString &name : {QStringLiteral("fresh.db"), QStringLiteral("local.db")}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dir.filePath(name + suffix));
    }

    Bench::HubProcess hub(hubBinary, hubDb);
    const QString token = hub.addToken(QStringLiteral("F1"));
    const QUrl url = hub.start();
    auto fresh = openStore(dir.filePath(QStringLiteral("fresh.db")), QStringLiteral("F1"));
    ShopServices freshShop(*fresh);
    SyncClient client(freshShop.sync);
    SyncClient::Options options;
    options.hub = url;
    options.token = token;
    options.reconnect = false;
    client.setOptions(options);
    bool done = false;
    QObject::connect(&client, &SyncClient::synced, qApp, [&] { done = true; });
    QObject::connect(&client, &SyncClient::errorOccurred, qApp,
                     [](const QString &code, const QString &message) {
                         fail(QStringLiteral("catch-up failed: %1 %2").arg(code, message));
                     });
    int shown = -1;
    QElapsedTimer catchUpTimer;
    QObject::connect(&client, &SyncClient::catchUpProgress, qApp, [&](qint64 got, qint64 total) {
        const int percent = int(got * 100 / qMax<qint64>(total, 1));
        if (percent / 10 != shown / 10) {
            shown = percent;
            const double s = catchUpTimer.elapsed() / 1000.0;
            say(QStringLiteral("  catch-up: %1% (%2 of %3 events, %4 s)")
                    .arg(percent)
                    .arg(got)
                    .arg(total)
                    .arg(s, 0, 'f', 1));
        }
    });
    catchUpTimer.start();
    client.start();
    waitUntil([&] { return done; }, 3600000, "the catch-up");
    const double seconds = catchUpTimer.elapsed() / 1000.0;
    const qlonglong peakKb = Bench::peakResidentKb();
    const qint64 got = fresh->eventCount().value();
    const bool same =
        fresh->stockRows({}).value().size() == shopStore->stockRows({}).value().size() && [&] {
            const auto a = fresh->stockRows({}).value();
            const auto b = shopStore->stockRows({}).value();
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).onHand != b.at(i).onHand || a.at(i).reserved != b.at(i).reserved)
                    return false;
            }
            return true;
        }();
    // The terminal's share: the same log applied straight from memory, no hub, no JSON.
    {
        auto local = openStore(dir.filePath(QStringLiteral("local.db")), QStringLiteral("F2"));
        ShopServices localShop(*local);
        QList<RemoteEvent> all;
        all.reserve(int(events));
        const Status read = shopStore->visitEvents({}, [&](const DomainEvent &e) {
            all.append({e, e.seq, {}});
        });
        if (!read)
            fail(read.error().message);
        QElapsedTimer applyTimer;
        applyTimer.start();
        for (qsizetype i = 0; i < all.size(); i += 5000) {
            if (!localShop.sync.applyRemote(all.mid(i, 5000)))
                fail(QStringLiteral("apply"));
        }
        const double s = applyTimer.elapsed() / 1000.0;
        say(QStringLiteral("catch-up, terminal side alone (SyncService::applyRemote from memory, "
                           "batches of 5,000): %1 events in %2 s: %3 events/s")
                .arg(all.size())
                .arg(s, 0, 'f', 2)
                .arg(qRound64(all.size() / s)));
    }
    say(QStringLiteral("catch-up: a fresh terminal applied %1 events in %2 s: %3 events/s "
                       "(target >= 50,000 events/s: %4); stock equal to the shop's: %5; peak "
                       "memory of this process until then %6 MB (the shop's database open too)")
            .arg(got)
            .arg(seconds, 0, 'f', 2)
            .arg(qRound64(got / seconds))
            .arg(got / seconds >= 50000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
            .arg(same ? QStringLiteral("yes") : QStringLiteral("NO"))
            .arg(peakKb / 1024));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    clock_.start();
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, qint64 fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
    };
    const qsizetype hubAt = args.indexOf(QStringLiteral("--hub"));
    const QString hubBinary =
        hubAt >= 0 && hubAt + 1 < args.size() ? args.at(hubAt + 1) : QStringLiteral(SHOPDESK_HUB);
    if (!QFileInfo(hubBinary).isExecutable())
        fail(QStringLiteral("no shopdesk-hub at %1").arg(hubBinary));
    const int receivers = int(option(QStringLiteral("--receivers"), 9));
    const int single = int(option(QStringLiteral("--single"), 1000));
    const int bulk = int(option(QStringLiteral("--bulk"), 50000));
    const qint64 catchup = option(QStringLiteral("--catchup"), 1000000);
    const qsizetype dataAt = args.indexOf(QStringLiteral("--data"));
    say(QStringLiteral("bench_sync: %1 receivers, hub %2").arg(receivers).arg(hubBinary));
    if (single > 0 || bulk > 0)
        fanOut(hubBinary, receivers, single, bulk);
    if (catchup > 0)
        catchUp(hubBinary, catchup,
                dataAt >= 0 && dataAt + 1 < args.size() ? args.at(dataAt + 1) : QString());
    return 0;
}

#include "bench_sync.moc"
