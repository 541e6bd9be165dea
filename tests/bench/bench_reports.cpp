// The sales report on a large shop (issue 15): a shop of N orders spread over a year (DemoData
// through the ordinary services, so the report tables are kept by the events as in a real
// shop), then ReportService::sales for a day, a week, months and a year, each timed many
// times; beside it, in the same run, the naive report a shop without report tables would run:
// the settled orders and their lines summed straight from the orders tables for the same range.
//
//   bench_reports [--orders 1000000] [--products 10000] [--db FILE] [--reps 30]
//
// With --db naming an existing file, the shop in it is used as it is (a second run skips the
// generation).

#include "benchsupport.h"
#include "clock.h"
#include "demodata.h"
#include "reportservice.h"
#include "shopservices.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ShopDesk;
using ShopDesk::Bench::fail;
using ShopDesk::Bench::Figures;

namespace {

// A clock that moves one second on every reading, from where the generation's progress sets it.
class SteppingClock : public Clock
{
public:
    explicit SteppingClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime now() const override
    {
        m_now = m_now.addSecs(1);
        return m_now;
    }
    void set(const QDateTime &at) { m_now = at; }

private:
    mutable QDateTime m_now;
};

// The report without report tables: settled orders placed in the range, their count, total and
// products, straight from the orders tables.
qint64 naiveReport(QSqlDatabase &db, const QDate &from, const QDate &to)
{
    const qint64 start = from.startOfDay().toMSecsSinceEpoch();
    const qint64 end = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    QSqlQuery totals(db);
    totals.prepare(QStringLiteral("SELECT count(*), sum(total) FROM orders WHERE status IN "
                                  "('paid', 'delivering', 'delivered') AND placed_at >= ? AND "
                                  "placed_at < ?"));
    totals.addBindValue(start);
    totals.addBindValue(end);
    if (!totals.exec() || !totals.next())
        fail(QStringLiteral("naive totals: %1").arg(totals.lastError().text()));
    qint64 rows = totals.value(0).toLongLong();
    QSqlQuery products(db);
    products.prepare(QStringLiteral(
        "SELECT l.product_id, sum(l.qty), sum(l.qty * l.price) FROM orders o JOIN order_lines l "
        "ON l.order_id = o.order_id WHERE o.status IN ('paid', 'delivering', 'delivered') AND "
        "o.placed_at >= ? AND o.placed_at < ? GROUP BY l.product_id"));
    products.addBindValue(start);
    products.addBindValue(end);
    if (!products.exec())
        fail(QStringLiteral("naive products: %1").arg(products.lastError().text()));
    while (products.next())
        ++rows;
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_reports"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The sales report from the report tables against the orders summed "
                       "straight from the orders tables, on a shop of a year's orders."));
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
                                          QStringLiteral("Orders (default 1000000)."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption productsOption(QStringLiteral("products"),
                                            QStringLiteral("Products (default 10000)."),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The shop's file; used as it is when it exists."),
        QStringLiteral("FILE"));
    const QCommandLineOption repsOption(QStringLiteral("reps"),
                                        QStringLiteral("Timed reports per range (default 30)."),
                                        QStringLiteral("N"), QStringLiteral("30"));
    parser.addOptions({ordersOption, productsOption, dbOption, repsOption});
    parser.process(app);
    const qint64 orders = parser.value(ordersOption).toLongLong();
    const qint64 products = parser.value(productsOption).toLongLong();
    const int reps = parser.value(repsOption).toInt();
    if (orders < 1 || products < 1 || reps < 1 || reps > 10000)
        fail(QStringLiteral("--orders, --products and --reps must be positive"));

    QTemporaryDir dir;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("big.db"));
    const bool exists = QFileInfo::exists(path);
    auto store = Bench::openStore(path, QStringLiteral("T1"));
    ShopServices shop(*store);
    shop.work.setActor(QStringLiteral("bench"));

    // The year ends today: the last day of the year is today.
    const QDate last = QDate::currentDate();
    const QDateTime start = last.addDays(-364).startOfDay();
    if (!exists) {
        SteppingClock clock(start);
        shop.work.setClock(clock);
        DemoData demo(shop.work, shop.inventory, shop.orders);
        demo.setBatchSize(100);
        const qint64 spanMs = start.msecsTo(last.addDays(1).startOfDay()) - 3'600'000;
        QElapsedTimer timer;
        timer.start();
        const auto made = demo.generate(products, orders, [&](qint64 done, qint64 total) {
            clock.set(start.addMSecs(qint64(double(spanMs) * double(done) / double(total))));
            if (done % 100'000 == 0)
                std::fprintf(stderr, "  %lld of %lld orders, %.0f s\n", done, total,
                             timer.elapsed() / 1000.0);
        });
        if (!made)
            fail(made.error().message);
        shop.work.setClock(Clock::system());
        std::printf("generated         %lld products, %lld orders over 365 days in %.0f s\n",
                    products, orders, timer.elapsed() / 1000.0);
    }
    std::printf("shop              %s, %.1f MB, %lld events\n", qPrintable(path),
                QFileInfo(path).size() / 1e6,
                qlonglong(store->eventCount().ok() ? store->eventCount().value() : -1));

    QSqlDatabase naive =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("naive"));
    naive.setDatabaseName(path);
    naive.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!naive.open())
        fail(QStringLiteral("cannot open %1 for the naive report").arg(path));

    // The periods the Reports tab offers, and the worst cases of a custom range: 30 days with
    // no whole month in them (read day by day), and 365 days (days, months and days).
    struct Range
    {
        const char *name;
        QDate from;
        QDate to;
    };
    const QDate lastMonth = last.addDays(-last.day()); // the last day of the month before
    const Range ranges[] = {
        {"today", last, last},
        {"this week", last.addDays(1 - last.dayOfWeek()), last},
        {"this month", last.addDays(1 - last.day()), last},
        {"last month", lastMonth.addDays(1 - lastMonth.day()), lastMonth},
        {"30 days", last.addDays(-29), last},
        {"365 days", last.addDays(-364), last},
    };
    std::printf("%-12s %12s %12s %14s %14s %10s\n", "range", "tables p50", "tables p95",
                "naive p50", "naive p95", "net sales");
    for (const Range &range : ranges) {
        const ReportRange asked{range.from, range.to, {}};
        Figures tables;
        Figures direct;
        Money net = 0;
        for (int i = 0; i < reps + 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Result<SalesReport> report = shop.reports.sales(asked);
            const double tablesMs = timer.nsecsElapsed() / 1e6;
            if (!report)
                fail(report.error().message);
            net = report->total.netSales();
            timer.restart();
            naiveReport(naive, range.from, range.to);
            const double naiveMs = timer.nsecsElapsed() / 1e6;
            if (i >= 2) { // two warm-ups
                tables.ms.append(tablesMs);
                direct.ms.append(naiveMs);
            }
        }
        std::printf("%-12s %9.2f ms %9.2f ms %11.2f ms %11.2f ms %10lld\n", range.name,
                    tables.at(0.5), tables.at(0.95), direct.at(0.5), direct.at(0.95), net);
    }
    std::printf("peak resident     %lld MB\n", Bench::peakResidentKb() / 1024);
    naive.close();
    return 0;
}
