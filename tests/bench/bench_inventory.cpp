// bench_inventory: how fast the Inventory tab's models answer on a large shop: the first page
// of the stock list, a search (id prefix, part of a name, a whole barcode), the next page while
// scrolling, the stock history of a product, and an edit or a stock adjustment followed by the
// list and the history updating in place. It works through the same models and services as
// the window (no widgets), on an existing database (made with `shopdesk-cli demo`).
//
// A benchmark, not a test: it prints figures and exits 0 whatever they are; 2 for a usage
// error, 1 when a call fails.

#include "benchsupport.h"
#include "shopservices.h"
#include "sqlitestore.h"
#include "stockhistorymodel.h"
#include "stocktablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ShopDesk;

namespace {

using Bench::Figures;
void print(const char *what, const Figures &f)
{
    std::printf("%-44s n=%4lld  p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", what,
                qlonglong(f.ms.size()), f.at(0.5), f.at(0.95), f.at(1.0));
}

Figures measure(int runs, const std::function<void(int)> &body)
{
    Figures f;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body(i);
        f.ms << timer.nsecsElapsed() / 1e6;
    }
    return f;
}

using Bench::peakResidentKb;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_inventory: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Inventory tab models on a large shop"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("An existing ShopDesk database (it is "
                                                     "written to: use a copy)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions of each step (default 50)."),
                                        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({dbOption, runsOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (!parser.isSet(dbOption) || !QFile::exists(parser.value(dbOption)) || runs < 1) {
        std::fprintf(stderr, "usage: bench_inventory --db FILE [--runs N]\n");
        return 2;
    }

    SqliteOptions options;
    options.path = parser.value(dbOption);
    auto opened = SqliteStore::open(options);
    if (!opened)
        fail(opened.error().message);
    SqliteStore &store = *opened.value();
    ShopServices shop(store);
    shop.work.setActor(QStringLiteral("bench"));
    if (const Result<bool> users = shop.work.hasUsers(); !users || users.value())
        fail(QStringLiteral("the database has users; use one without"));

    // Products to work on, spread over the catalog.
    QList<Product> picks;
    const qint64 productCount = [&] {
        qint64 n = 0;
        QList<Product> page;
        ListQuery q;
        q.limit = 1000;
        do {
            page = shop.inventory.products(q).value();
            for (const Product &p : page) {
                if (n % 997 == 0)
                    picks << p;
                ++n;
            }
            q.offset += q.limit;
        } while (page.size() == q.limit);
        return n;
    }();
    if (picks.isEmpty())
        fail(QStringLiteral("the database has no products"));
    const qint64 events = store.eventCount().value();
    std::printf("database: %s\nproducts: %lld, events: %lld\n\n", qPrintable(options.path),
                productCount, events);
    QRandomGenerator random(42);
    auto pick = [&] { return picks.at(int(random.bounded(quint32(picks.size())))); };

    print("stock list, first page (200 rows)", measure(runs, [&](int) {
              StockTableModel model(shop.inventory, shop.bus);
              if (model.rowCount() == 0)
                  fail(QStringLiteral("empty list"));
          }));

    StockTableModel model(shop.inventory, shop.bus);
    print("stock list, next page while scrolling", measure(runs, [&](int) {
              if (model.canFetchMore({}))
                  model.fetchMore({});
          }));

    print("search: product id prefix", measure(runs, [&](int i) {
              model.setSearch(i % 2 ? pick().productId.left(5) : pick().productId);
          }));
    model.setSearch({});
    const QString namePart = picks.first().productName.section(QLatin1Char(' '), 0, 0);
    print(qPrintable(QStringLiteral("search: part of a name (\"%1\")").arg(namePart)),
          measure(runs, [&](int i) {
              model.setSearch(i % 2 ? namePart : namePart + QLatin1Char(' '));
              model.setSearch({});
          }));
    QStringList barcodes;
    for (const Product &p : picks) {
        if (!p.barcode.isEmpty())
            barcodes << p.barcode;
    }
    if (!barcodes.isEmpty()) {
        print("search: a whole barcode", measure(runs, [&](int i) {
                  model.setSearch(barcodes.at(i % barcodes.size()));
                  if (model.rowCount() < 1)
                      fail(QStringLiteral("barcode not found"));
              }));
    }
    model.setSearch({});

    StockHistoryModel history(shop.inventory, shop.bus);
    print("stock history of a product (first 100 moves)",
          measure(runs, [&](int) { history.setProductId(pick().productId); }));

    const Product edited =
        model.index(0, 0).data(StockTableModel::ProductIdRole).isValid()
            ? shop.inventory
                  .product(model.index(0, 0).data(StockTableModel::ProductIdRole).toString())
                  .value()
            : picks.first();
    history.setProductId(edited.productId);
    print("edit a product's price (commit, row updated)", measure(runs, [&](int i) {
              ProductEdit edit;
              edit.price = edited.price + (i % 2 ? 0 : 10);
              if (!shop.inventory.editProduct(edited.productId, edit))
                  fail(QStringLiteral("edit failed"));
          }));
    print("receive stock (commit, row and history updated)", measure(runs, [&](int) {
              if (!shop.inventory.adjustStock(edited.productId, 1, QStringLiteral("bench")))
                  fail(QStringLiteral("adjust failed"));
          }));
    std::printf("\npeak resident memory: %lld MB\n", peakResidentKb() / 1024);
    return 0;
}
