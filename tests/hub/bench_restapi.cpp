// Measures the hub's REST API with wrk on loopback, each figure beside GET /healthz in the same
// run (the floor of the HTTP layer). A benchmark, not a test: it prints figures and never
// fails on timing.
//
//   bench_restapi [--orders N] [--seconds S] [--connections C] [--db postgres://...]
//
// N orders (default 1000000) of terminal T1 are appended through SqlHubStore in push-sized
// batches (with the product they reserve), then a real shopdesk-hub process serves them with
// its web terminal (which first catches up with the log). wrk (Debian package wrk) then runs,
// for S seconds each (default 10) with C connections (default 16):
//   GET /healthz, GET /orders/{id}, GET /orders?status=placed (page 0 and a page deep in the
//   list), POST /orders (durable: each answer after the order is in both databases).
#include "events.h"
#include "foreignevent.h"
#include "hubprocess.h"
#include "sqlhubstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace ShopDesk;

namespace {

struct WrkFigures
{
    double rate = 0; // requests per second
    double p50 = 0;  // ms
    double p99 = 0;  // ms
    qint64 non2xx = 0;
    bool ok = false;
    QString output;
};

double milliseconds(const QString &value, const QString &unit)
{
    const double v = value.toDouble();
    if (unit == QLatin1StringView("us"))
        return v / 1000.0;
    if (unit == QLatin1StringView("s"))
        return v * 1000.0;
    return v;
}

WrkFigures wrk(const QString &url, const QString &key, int seconds, int connections,
               const QString &script = {})
{
    QStringList args{QStringLiteral("-t2"),
                     QStringLiteral("-c%1").arg(connections),
                     QStringLiteral("-d%1s").arg(seconds),
                     QStringLiteral("--latency"),
                     QStringLiteral("-H"),
                     QStringLiteral("Authorization: Bearer ") + key};
    if (!script.isEmpty())
        args << QStringLiteral("-s") << script;
    args << url;
    QProcess p;
    p.start(QStringLiteral("wrk"), args);
    WrkFigures f;
    if (!p.waitForFinished((seconds + 30) * 1000)) {
        p.kill();
        return f;
    }
    f.output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    static const QRegularExpression rate(QStringLiteral("Requests/sec:\\s+([0-9.]+)"));
    static const QRegularExpression p50(QStringLiteral("\\n\\s+50%\\s+([0-9.]+)(us|ms|s)"));
    static const QRegularExpression p99(QStringLiteral("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)"));
    static const QRegularExpression non2xx(QStringLiteral("Non-2xx or 3xx responses:\\s+(\\d+)"));
    const auto r = rate.match(f.output);
    const auto m50 = p50.match(f.output);
    const auto m99 = p99.match(f.output);
    const auto bad = non2xx.match(f.output);
    f.ok = r.hasMatch() && m50.hasMatch() && m99.hasMatch();
    f.rate = r.captured(1).toDouble();
    f.p50 = milliseconds(m50.captured(1), m50.captured(2));
    f.p99 = milliseconds(m99.captured(1), m99.captured(2));
    f.non2xx = bad.hasMatch() ? bad.captured(1).toLongLong() : 0;
    return f;
}

QString orderId(qint64 n)
{
    return QStringLiteral("T1-%1").arg(n, 7, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, qint64 fallback) {
        const qsizetype at = args.indexOf(QLatin1StringView(name));
        return at > 0 && args.value(at + 1).toLongLong() > 0 ? args.value(at + 1).toLongLong()
                                                             : fallback;
    };
    const qint64 total = option("--orders", 1'000'000);
    const int seconds = int(option("--seconds", 10));
    const int connections = int(option("--connections", 16));
    if (QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty()) {
        std::fprintf(stderr, "bench_restapi: wrk is not installed (apt-get install wrk)\n");
        return 2;
    }
    // --keep DIR: the databases live in DIR and are used again by the next run (making the
    // log of 1,000,000 orders takes about a minute).
    QTemporaryDir temporary;
    const qsizetype keepArg = args.indexOf(QStringLiteral("--keep"));
    const QDir dir(keepArg > 0 ? args.value(keepArg + 1) : temporary.path());
    if (keepArg > 0)
        QDir().mkpath(dir.path());
    const bool made = keepArg > 0 && QFile::exists(dir.filePath(QStringLiteral("hub.db")));
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));
    const QString db = dbArg > 0 ? args.value(dbArg + 1) : dir.filePath(QStringLiteral("hub.db"));

    // The log: a product with enough stock, then the orders, by batches of 5000.
    if (!made) {
        auto store = Hub::SqlHubStore::open(db);
        if (!store.ok())
            qFatal("%s", qPrintable(store.error().message));
        QElapsedTimer timer;
        timer.start();
        qint64 seq = 0;
        const QString p1 = QStringLiteral("P1");
        QList<DomainEvent> batch{
            Testing::foreignEvent(
                Events::ProductRegistered{
                    Product::validated(p1, QStringLiteral("사과 Apple"), 1000, {}).value()},
                QStringLiteral("T1"), ++seq, {}, p1),
            Testing::foreignEvent(Events::StockAdjusted{p1,
                                                        total * 2,
                                                        Events::StockAdjusted::Kind::Receive,
                                                        {},
                                                        std::nullopt,
                                                        std::nullopt},
                                  QStringLiteral("T1"), ++seq, {}, p1)};
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        const QStringList names{QStringLiteral("김민수"), QStringLiteral("Lee"),
                                QStringLiteral("박지영"), QStringLiteral("Choi")};
        for (qint64 n = 1; n <= total; ++n) {
            DomainEvent e = Testing::foreignEvent(
                Events::OrderPlaced{{names.at(n % names.size()), {}, {}},
                                    {{p1, QStringLiteral("사과 Apple"), 1, 1000}},
                                    1000},
                QStringLiteral("T1"), ++seq, orderId(n));
            e.occurredAt = start.addMSecs(n * 2000);
            batch.append(e);
            if (batch.size() == 5000 || n == total) {
                if (const auto appended = store.value()->append(batch); !appended.ok())
                    qFatal("append: %s", qPrintable(appended.error().message));
                batch.clear();
            }
        }
        std::printf("log: %lld orders appended in %.1f s\n", total, timer.elapsed() / 1000.0);
    }

    Testing::HubProcess hub(QStringLiteral(SHOPDESK_HUB_EXE), db);
    const Testing::ProcessRun keyRun = Testing::runProcess(
        QStringLiteral(SHOPDESK_HUB_EXE),
        {QStringLiteral("--db"), db, QStringLiteral("apikey"), QStringLiteral("add"),
         QStringLiteral("bench-%1").arg(QDateTime::currentMSecsSinceEpoch() % 1'000'000),
         QStringLiteral("--role"), QStringLiteral("manager")},
        {.timeoutMs = 60'000});
    if (!keyRun.ok())
        qFatal("apikey add: %s", qPrintable(keyRun.describe()));
    const QString key = keyRun.outText().trimmed();

    QElapsedTimer started;
    started.start();
    if (!hub.start(
            {.arguments = {QStringLiteral("--web-db"), dir.filePath(QStringLiteral("web.db")),
                           QStringLiteral("--api-rate"), QStringLiteral("1000000"),
                           QStringLiteral("--api-address-rate"), QStringLiteral("1000000"),
                           QStringLiteral("--max-http-connections"), QStringLiteral("256")},
             .http = true}))
        qFatal("%s", qPrintable(hub.error()));
    std::printf("hub start with its web terminal caught up: %.1f s\n", started.elapsed() / 1000.0);
    const QString base = hub.httpUrl().toString();

    // The product the POSTs order from; the web terminal takes writes once it has caught up
    // with the log in the background.
    Testing::ProcessRun stocked;
    QElapsedTimer caughtUp;
    caughtUp.start();
    for (int attempt = 0; attempt < 1800; ++attempt) {
        stocked = Testing::runProcess(
            QStringLiteral("curl"),
            {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/stdout"),
             QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-H"),
             QStringLiteral("Authorization: Bearer ") + key, QStringLiteral("-H"),
             QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
             QStringLiteral("{\"productId\":\"W1\",\"productName\":\"Web\","
                            "\"stockCount\":1000000000,\"price\":500}"),
             base + QStringLiteral("/stocks")},
            {.timeoutMs = 30'000});
        if (!stocked.outText().endsWith(QLatin1StringView("503")))
            break;
        QThread::msleep(1000);
    }
    if (!stocked.outText().endsWith(QLatin1StringView("201")) &&
        !(made && stocked.outText().endsWith(QLatin1StringView("422"))))
        qFatal("POST /stocks: %s\nthe hub said: %s", qPrintable(stocked.describe()),
               hub.errText().constData());
    std::fprintf(stderr, "%s", hub.errText().constData());
    std::printf("web terminal caught up with the log %.1f s after the hub served\n",
                caughtUp.elapsed() / 1000.0);
    const QString postScript = dir.filePath(QStringLiteral("order.lua"));
    {
        QFile script(postScript);
        script.open(QIODevice::WriteOnly);
        script.write("wrk.method = \"POST\"\n"
                     "wrk.body = '{\"customerName\":\"Kim\",\"productId\":\"W1\",\"qty\":1}'\n"
                     "wrk.headers[\"Content-Type\"] = \"application/json\"\n");
    }

    const auto luaScript = [&](const QString &name, const QByteArray &text) {
        const QString path = dir.filePath(name);
        QFile script(path);
        script.open(QIODevice::WriteOnly);
        script.write(text);
        return path;
    };
    // Requests spread over all orders, and over the first 1000 pages (the newest 20,000
    // orders): what a cache of answers holds little of.
    const QString randomOrder =
        luaScript(QStringLiteral("order-random.lua"),
                  "math.randomseed(17)\nrequest = function()\n  return wrk.format(\"GET\", "
                  "string.format(\"/orders/T1-%07d\", math.random(1, " +
                      QByteArray::number(total) + ")))\nend\n");
    const QString randomPage =
        luaScript(QStringLiteral("page-random.lua"),
                  "math.randomseed(17)\nrequest = function()\n  return wrk.format(\"GET\", "
                  "\"/orders?status=placed&page=\" .. math.random(0, 999))\nend\n");
    struct Case
    {
        const char *name;
        QString path;
        QString script;
    };
    const QList<Case> cases{
        {"GET /healthz", QStringLiteral("/healthz"), {}},
        {"GET /orders/{id}, one id", QStringLiteral("/orders/") + orderId(total / 2), {}},
        {"GET /orders/{id}, random ids", QStringLiteral("/orders/x"), randomOrder},
        {"GET /orders?status=placed, page 0", QStringLiteral("/orders?status=placed"), {}},
        {"GET /orders?status=placed, pages 0-999", QStringLiteral("/orders"), randomPage},
        {"GET /orders?status=placed, the middle page",
         QStringLiteral("/orders?status=placed&page=%1").arg(total / 40),
         {}},
        {"POST /orders", QStringLiteral("/orders"), postScript},
    };
    std::printf("\n%-40s %10s %8s %9s %9s %8s\n", "request", "req/s", "ratio", "p50 ms", "p99 ms",
                "non-2xx");
    // Each case in turn, the first (GET /healthz) as the floor of the others' ratios.
    const auto runCases = [&](const QString &url, bool withWrites) {
        double floor = 0;
        for (const Case &c : cases) {
            if (!withWrites && c.script == postScript)
                continue;
            const WrkFigures f = wrk(url + c.path, key, seconds, connections, c.script);
            if (!f.ok) {
                std::printf("%-40s wrk failed: %s\n", c.name, qPrintable(f.output));
                continue;
            }
            if (floor == 0)
                floor = f.rate;
            std::printf("%-40s %10.0f %8.2f %9.2f %9.2f %8lld\n", c.name, f.rate, f.rate / floor,
                        f.p50, f.p99, f.non2xx);
            std::fflush(stdout);
        }
    };
    runCases(base, true);
    // The same reads again with the cache of answers off: every answer read and written anew.
    hub.stop();
    if (!hub.start(
            {.arguments = {QStringLiteral("--web-db"), dir.filePath(QStringLiteral("web.db")),
                           QStringLiteral("--api-rate"), QStringLiteral("1000000"),
                           QStringLiteral("--api-address-rate"), QStringLiteral("1000000"),
                           QStringLiteral("--max-http-connections"), QStringLiteral("256"),
                           QStringLiteral("--api-cache-mb"), QStringLiteral("0")},
             .http = true}))
        qFatal("%s", qPrintable(hub.error()));
    const QString uncached = hub.httpUrl().toString();
    std::printf("\nthe same with --api-cache-mb 0 (no cache of answers):\n");
    runCases(uncached, false);
    std::printf("\n(%lld orders in the log; %d connections, %d s each, wrk -t2; ratio = rate / "
                "GET /healthz's in this run)\n",
                total, connections, seconds);
    hub.stop();
    return 0;
}
