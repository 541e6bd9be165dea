// bench_desktop: how fast the Orders tab answers a clerk on a large shop, through the same
// widgets, models and services as the window (offscreen): product completion while a name or
// an id is typed key by key, a scanned barcode turned into an order line (Enter to the line in
// the lines table), and the order list searched by order id or customer and filtered by status
// (the first page of 200 rows read again). It uses an existing database, or makes one with the
// demo data first (`--products N --orders M`; the README's large shop is 100,000 and
// 1,000,000, about 4.5 minutes).
//
// A benchmark, not a test: it prints figures and exits 0 whatever they are; 2 for a usage
// error, 1 when a call fails.

#include "benchsupport.h"
#include "neworderpanel.h"
#include "orderlinesmodel.h"
#include "ordertablemodel.h"
#include "productcompletionmodel.h"
#include "shopservices.h"
#include "sqlitestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ShopDesk;

namespace {

using Bench::Figures;
void print(const QString &what, const Figures &f)
{
    std::printf("%-52s n=%5lld  p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", qPrintable(what),
                qlonglong(f.ms.size()), f.at(0.5), f.at(0.95), f.at(1.0));
    std::fflush(stdout);
}

double timed(const std::function<void()> &body)
{
    QElapsedTimer timer;
    timer.start();
    body();
    return timer.nsecsElapsed() / 1e6;
}

using Bench::peakResidentKb;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_desktop: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Orders tab on a large shop"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The database (it is migrated and read; made with demo data if missing)."),
        QStringLiteral("FILE"));
    const QCommandLineOption productsOption(QStringLiteral("products"),
                                            QStringLiteral("Demo products for a new database."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
                                          QStringLiteral("Demo orders for a new database."),
                                          QStringLiteral("M"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Samples of each kind (default 200)."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({dbOption, productsOption, ordersOption, runsOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const qint64 demoProducts = parser.value(productsOption).toLongLong();
    const qint64 demoOrders = parser.value(ordersOption).toLongLong();
    if (!parser.isSet(dbOption) || runs < 1 || demoProducts < 1 || demoOrders < 0) {
        std::fprintf(stderr, "usage: bench_desktop --db FILE [--products N --orders M] "
                             "[--runs N]\n");
        return 2;
    }

    SqliteOptions options;
    options.path = parser.value(dbOption);
    const bool existed = QFile::exists(options.path);
    QElapsedTimer opening;
    opening.start();
    auto opened = SqliteStore::open(options);
    if (!opened)
        fail(opened.error().message);
    SqliteStore &store = *opened.value();
    std::printf("open (with any schema upgrade): %.1f s\n", opening.nsecsElapsed() / 1e9);
    ShopServices shop(store);
    shop.work.setActor(QStringLiteral("bench"));
    if (const Result<bool> users = shop.work.hasUsers(); !users || users.value())
        fail(QStringLiteral("the database has users; use one without"));
    if (!existed) {
        std::printf("making demo data: %lld products, %lld orders...\n", demoProducts, demoOrders);
        std::fflush(stdout);
        QElapsedTimer demo;
        demo.start();
        if (auto made = shop.demo.generate(demoProducts, demoOrders); !made)
            fail(made.error().message);
        std::printf("demo data made in %.0f s\n", demo.nsecsElapsed() / 1e9);
    }

    // Products to type, spread over the catalog, read by id (P00001...) without a scan.
    QList<Product> picks;
    for (int i = 0; picks.size() < 200 && i < 2000; ++i) {
        const QString id = QStringLiteral("P%1").arg(1 + i * 499, 5, 10, QLatin1Char('0'));
        if (auto product = shop.inventory.product(id))
            picks << product.value();
    }
    if (picks.size() < 50) { // a small catalog: its first products
        ListQuery first;
        first.limit = 200;
        picks = shop.inventory.products(first).value();
    }
    if (picks.isEmpty())
        fail(QStringLiteral("the database has no products"));
    std::printf("database: %s\nevents: %lld, products sampled: %lld\n\n", qPrintable(options.path),
                store.eventCount().value(), qlonglong(picks.size()));
    QRandomGenerator random(7);
    auto pick = [&] { return picks.at(int(random.bounded(quint32(picks.size())))); };

    // Completion: each key of a name (up to two words) and of an id, as ProductCompletionModel
    // reads it in the window on every key.
    ProductCompletionModel completions(shop.inventory);
    Figures nameKeys;
    Figures idKeys;
    while (nameKeys.ms.size() < runs) {
        const Product product = pick();
        const QString name = product.productName.section(QLatin1Char(' '), 0, 1);
        for (int n = 1; n <= name.size() && nameKeys.ms.size() < runs; ++n)
            nameKeys.ms << timed([&] { completions.setText(name.left(n)); });
        completions.setText({});
        for (int n = 1; n <= product.productId.size() && idKeys.ms.size() < runs; ++n)
            idKeys.ms << timed([&] { completions.setText(product.productId.left(n)); });
        completions.setText({});
    }
    print(QStringLiteral("completion: a name typed key by key"), nameKeys);
    print(QStringLiteral("completion: an id typed key by key"), idKeys);

    // A scanned barcode: the code typed, then Enter until the line is in the table.
    NewOrderPanel panel(shop);
    panel.resize(1000, 400);
    panel.show();
    QCoreApplication::processEvents();
    QStringList barcodes;
    for (const Product &p : picks) {
        if (!p.barcode.isEmpty())
            barcodes << p.barcode;
    }
    if (!barcodes.isEmpty()) {
        Figures scans;
        for (int i = 0; i < runs; ++i) {
            panel.productField()->setText(barcodes.at(i % barcodes.size()));
            const int before = panel.lines()->rowCount();
            scans.ms << timed([&] {
                if (!panel.addProductFromField())
                    fail(QStringLiteral("a barcode was not found: ") + panel.message());
            });
            if (panel.lines()->rowCount() < before || panel.lines()->isEmpty())
                fail(QStringLiteral("no line added"));
            if (panel.lines()->rowCount() > 150)
                panel.lines()->clear();
        }
        print(QStringLiteral("barcode scanned -> order line (Enter to line)"), scans);
    }

    // The order list: first page of 200 rows for a search or a filter.
    OrderTableModel orders(shop.orders, shop.bus);
    QStringList orderIds;
    QStringList names;
    for (int i = 0; i < orders.rowCount() && i < 200; ++i) {
        orderIds << orders.viewAt(i).orderId;
        names << orders.viewAt(i).customerName;
    }
    if (orderIds.isEmpty())
        fail(QStringLiteral("the database has no orders"));
    // Old orders too: the oldest ids are at the far end of the list's order.
    const QString terminal = store.terminal();
    for (int i = 1; i <= 50; ++i)
        orderIds << QStringLiteral("%1-%2").arg(terminal).arg(i * 97, 6, 10, QLatin1Char('0'));
    auto searchFigures = [&](const QString &what, const std::function<QString(int)> &text) {
        Figures f;
        for (int i = 0; i < runs; ++i) {
            const QString search = text(i);
            f.ms << timed([&] { orders.setSearch(search); });
            orders.setSearch({});
        }
        print(what, f);
    };
    searchFigures(QStringLiteral("search: a whole order id (new and old orders)"),
                  [&](int i) { return orderIds.at(i % orderIds.size()); });
    searchFigures(QStringLiteral("search: an order id prefix (T1-0001, T1-00012...)"),
                  [&](int i) { return orderIds.at(i % orderIds.size()).left(7 + i % 3); });
    searchFigures(QStringLiteral("search: a customer's whole name"),
                  [&](int i) { return names.at(i % names.size()); });
    searchFigures(QStringLiteral("search: two letters of a name"),
                  [&](int i) { return names.at(i % names.size()).right(2); });
    searchFigures(QStringLiteral("search: a name no order has"),
                  [&](int i) { return QStringLiteral("없는손님%1").arg(i); });
    const QStringList statuses{QStringLiteral("placed"), QStringLiteral("paid"),
                               QStringLiteral("delivering"), QStringLiteral("delivered"),
                               QStringLiteral("cancelled")};
    Figures filters;
    for (int i = 0; i < runs; ++i) {
        filters.ms << timed([&] { orders.setStatusFilter(statuses.at(i % statuses.size())); });
        orders.setStatusFilter({});
    }
    print(QStringLiteral("filter: one status"), filters);
    Figures both;
    for (int i = 0; i < runs; ++i) {
        orders.setStatusFilter(statuses.at(i % statuses.size()));
        both.ms << timed([&] { orders.setSearch(names.at(i % names.size())); });
        orders.setSearch({});
        orders.setStatusFilter({});
    }
    print(QStringLiteral("filter and search: one status, a whole name"), both);

    std::printf("\npeak resident memory: %lld MB\n", peakResidentKb() / 1024);
    return 0;
}
