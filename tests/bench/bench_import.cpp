// The catalog import (issue 16): 100,000 products from a CSV file into a new shop, the same
// file again (nothing to do), every name and price changed, and the file in CP949, beside the
// same products registered one by one through InventoryService in the same run (what a script
// of `product add` and `stock adjust` costs, without the processes).
//
//   bench_import [--products N] [--dir DIR]
#include "benchsupport.h"
#include "shopservices.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <cstdio>

using namespace ShopDesk;
using namespace ShopDesk::Bench;

namespace {

QByteArray catalog(int products, const QString &variant)
{
    QRandomGenerator random(7);
    static const char *const words[] = {"유기농", "국산", "사과", "배",    "감귤",    "햇반",
                                        "신라면", "생수", "우유", "Fresh", "Premium", "Box"};
    QString text = QStringLiteral("상품코드,상품명,판매가,바코드,안전재고,과세구분,재고\r\n");
    text.reserve(products * 70);
    for (int i = 0; i < products; ++i) {
        const QString name = QStringLiteral("%1 %2 %3 %4")
                                 .arg(QString::fromUtf8(words[random.bounded(12)]),
                                      QString::fromUtf8(words[random.bounded(12)]), variant)
                                 .arg(i);
        text += QStringLiteral("P%1,\"%2\",\"%3\",88%4,%5,%6,%7\r\n")
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(name)
                    .arg(QLocale(QLocale::English).toString(100 + random.bounded(99900)) +
                         (variant.isEmpty() ? QString() : QStringLiteral("0")))
                    .arg(i, 11, 10, QLatin1Char('0'))
                    .arg(random.bounded(3) == 0 ? QString() : QString::number(5))
                    .arg(random.bounded(4) == 0 ? QStringLiteral("면세") : QStringLiteral("과세"))
                    .arg(random.bounded(500));
    }
    return text.toUtf8();
}

struct Step
{
    const char *what;
    double seconds = 0;
    qint64 events = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_import"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("products"), QStringLiteral("products in the file"),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("folder for the databases"), QStringLiteral("DIR")});
    parser.addHelpOption();
    parser.process(app);
    bool ok = false;
    const int products = parser.value(QStringLiteral("products")).toInt(&ok);
    if (!ok || products < 1 || products > 1'000'000)
        fail(QStringLiteral("--products must be from 1 to 1000000"));
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                            : temporary.path();

    const QByteArray file = catalog(products, {});
    const QByteArray renamed = catalog(products, QStringLiteral("v2"));
    QStringEncoder cp949("CP949");
    const QByteArray korean = cp949.encode(QString::fromUtf8(file));
    std::printf("catalog: %d products, %.1f MB UTF-8, %.1f MB CP949\n", products, file.size() / 1e6,
                korean.size() / 1e6);

    QList<Step> steps;
    QElapsedTimer timer;
    auto measure = [&](const char *what, SqliteStore &store, auto &&run) {
        const qint64 before = store.eventCount().value();
        timer.start();
        run();
        steps.append({what, timer.nsecsElapsed() / 1e9, store.eventCount().value() - before});
    };
    auto check = [](const auto &result) {
        if (!result)
            fail(result.error().message);
        return *result;
    };

    {
        auto store = openStore(dir + QStringLiteral("/import.db"), QStringLiteral("T1"));
        ShopServices shop(*store);
        shop.work.setActor(QStringLiteral("bench"));
        qint64 lastProgress = 0;
        int progressCalls = 0;
        const ImportProgress progress = [&](ImportStage, qint64 done, qint64) {
            lastProgress = done;
            ++progressCalls;
            return true;
        };
        measure("preview, empty shop", *store,
                [&] { check(shop.inventory.previewImport(file, TextEncoding::Auto, progress)); });
        measure("import, all new", *store, [&] {
            const ImportPreview done =
                check(shop.inventory.importCatalog(file, TextEncoding::Auto, false, progress));
            if (done.added != products)
                fail(QStringLiteral("imported %1 of %2").arg(done.added).arg(products));
        });
        measure("import again, unchanged", *store, [&] {
            const ImportPreview done =
                check(shop.inventory.importCatalog(file, TextEncoding::Auto, false));
            if (done.unchanged != products)
                fail(QStringLiteral("%1 unchanged of %2").arg(done.unchanged).arg(products));
        });
        measure("import, every name and price changed", *store, [&] {
            const ImportPreview done =
                check(shop.inventory.importCatalog(renamed, TextEncoding::Auto, false));
            if (done.changed != products)
                fail(QStringLiteral("%1 changed of %2").arg(done.changed).arg(products));
        });
        measure("preview of the CP949 file", *store,
                [&] { check(shop.inventory.previewImport(korean, TextEncoding::Auto)); });
        std::printf("progress: %d calls, the last at %lld\n", progressCalls, lastProgress);
        if (!store->audit()->ok())
            fail(QStringLiteral("verify found errors after the imports"));
    }
    {
        // Baseline: the same new products, one service call each, in one batch.
        auto store = openStore(dir + QStringLiteral("/one-by-one.db"), QStringLiteral("T1"));
        ShopServices shop(*store);
        shop.work.setActor(QStringLiteral("bench"));
        const ImportPreview planned = check(shop.inventory.previewImport(file, TextEncoding::Auto));
        measure("baseline: registerProduct + adjustStock each", *store, [&] {
            if (!shop.work.beginBatch())
                fail(QStringLiteral("cannot begin the baseline"));
            for (const ImportItem &item : planned.items) {
                const Product &p = item.product;
                check(shop.inventory.registerProduct(p.productId, p.productName, p.price, p.barcode,
                                                     p.lowStockThreshold, p.tax));
                if (item.startingStock > 0)
                    check(shop.inventory.adjustStock(p.productId, item.startingStock));
            }
            if (!shop.work.endBatch())
                fail(QStringLiteral("cannot commit the baseline"));
        });
    }
    std::printf("%-46s %9s %9s %12s\n", "step", "seconds", "events", "products/s");
    for (const Step &step : steps) {
        std::printf("%-46s %9.2f %9lld %12.0f\n", step.what, step.seconds, step.events,
                    products / step.seconds);
    }
    std::printf("peak resident: %lld MiB\n", peakResidentKb() / 1024);
    return 0;
}
