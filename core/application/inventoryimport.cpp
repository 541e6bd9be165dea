// InventoryService's catalog import (issue 16); the file is read by catalogimport.cpp.
#include "catalogcsv.h"
#include "eventbus.h"
#include "inventoryservice.h"
#include "unitofwork.h"

#include <QHash>

namespace ShopDesk {

namespace {

constexpr int ProgressEvery = 1000;

Error cancelled()
{
    return Error::invalidState(QStringLiteral("the import was cancelled; nothing was changed"),
                               {{QStringLiteral("reason"), QStringLiteral("cancelled")}});
}

// Tells progress where the import is; false when it is to stop.
bool goOn(const ImportProgress &progress, ImportStage stage, qint64 done, qint64 total)
{
    return !progress || progress(stage, done, total);
}
// Changed products written per savepoint of the import's one transaction. Measured with
// bench_import on SQLite 3.40: 100,000 new products take 5 s in one savepoint and 12 s in
// steps of 2,000, while 100,000 renamed ones take 30 s in one and 7.5 s in steps.
constexpr int ChangeChunk = 2000;

// Classifies each row of the file against the shop: new, changed, unchanged or bad.
Result<ImportPreview> checkCatalog(CatalogStore &store, const CatalogFile &file,
                                   const ImportProgress &progress)
{
    SD_TRY(const QList<Product> products, store.products(ListQuery{}));
    SD_TRY(const QList<StockRow> stock, store.stockRows(ListQuery{}));
    QHash<QString, const Product *> byId;
    QHash<QString, const Product *> byBarcode;
    QHash<QString, qint64> onHand;
    byId.reserve(products.size());
    onHand.reserve(stock.size());
    for (const Product &p : products) {
        byId.insert(p.productId, &p);
        if (!p.barcode.isEmpty())
            byBarcode.insert(p.barcode, &p);
    }
    for (const StockRow &row : stock)
        onHand.insert(row.productId, row.onHand);

    ImportPreview preview;
    preview.encoding = file.encoding;
    preview.delimiter = file.delimiter;
    preview.ignoredColumns = file.ignoredColumns;
    preview.lines = file.lines;
    preview.bad = file.bad;
    preview.items.reserve(file.rows.size());
    const qint64 total = file.rows.size();
    qint64 done = 0;
    for (const ImportRow &row : file.rows) {
        if (done % ProgressEvery == 0 && !goOn(progress, ImportStage::Checking, done, total))
            return cancelled();
        ++done;
        auto bad = [&](const QString &reason, const char *kind = "invalid",
                       const QStringList &args = {}) {
            preview.bad.append({row.line, row.productId, reason, QLatin1String(kind), args});
        };
        // A bad line when the product's barcode belongs to another product of the shop.
        auto takenBarcode = [&](const Product &wanted) {
            const Product *owner =
                wanted.barcode.isEmpty() ? nullptr : byBarcode.value(wanted.barcode);
            if (!owner || owner->productId == wanted.productId)
                return false;
            bad(QStringLiteral("barcode '%1' already belongs to product '%2'")
                    .arg(wanted.barcode, owner->productId),
                "barcodeTaken", {wanted.barcode, owner->productId});
            return true;
        };
        ImportItem item;
        item.line = row.line;
        if (const Product *existing = byId.value(row.productId)) {
            Product edited = *existing;
            const Result<std::optional<DomainEvent>> change = edited.change(
                ProductEdit{row.productName, row.price, row.barcode, row.threshold, row.tax});
            if (!change) {
                bad(change.error().message);
                continue;
            }
            if (edited.barcode != existing->barcode && takenBarcode(edited))
                continue;
            item.kind = *change ? ImportItem::Kind::Changed : ImportItem::Kind::Unchanged;
            item.product = edited;
            item.event = *change;
            if (row.stock && *row.stock != onHand.value(row.productId))
                ++preview.stockIgnored;
        } else {
            if (!row.productName) {
                bad(QStringLiteral("product '%1' is new and needs a name (productName, 상품명)")
                        .arg(row.productId),
                    "needsName");
                continue;
            }
            if (!row.price) {
                bad(QStringLiteral("product '%1' is new and needs a price (price, 가격, 판매가)")
                        .arg(row.productId),
                    "needsPrice");
                continue;
            }
            const Result<Product> product = Product::validated(
                row.productId, *row.productName, *row.price, row.barcode.value_or(QString()),
                row.threshold.value_or(StockThreshold()), row.tax.value_or(TaxKind::Taxable));
            if (!product) {
                bad(product.error().message);
                continue;
            }
            if (takenBarcode(*product))
                continue;
            item.kind = ImportItem::Kind::New;
            item.product = *product;
            item.startingStock = row.stock.value_or(0);
            item.event = product->registeredEvent();
            preview.startingStock += item.startingStock;
        }
        switch (item.kind) {
        case ImportItem::Kind::New:
            ++preview.added;
            break;
        case ImportItem::Kind::Changed:
            ++preview.changed;
            break;
        case ImportItem::Kind::Unchanged:
            ++preview.unchanged;
            break;
        }
        preview.items.append(std::move(item));
    }
    if (!goOn(progress, ImportStage::Checking, total, total))
        return cancelled();
    std::sort(preview.bad.begin(), preview.bad.end(),
              [](const BadImportLine &a, const BadImportLine &b) { return a.line < b.line; });
    return preview;
}

} // namespace

Result<InventoryService::CatalogExport> InventoryService::exportCatalog() const
{
    SD_TRY(const QList<Product> all, products());
    SD_TRY(const QList<StockRow> rows, stock());
    return CatalogExport{catalogCsv(all, rows), all.size()};
}

Result<ImportPreview> InventoryService::previewImport(const QByteArray &file, TextEncoding encoding,
                                                      const ImportProgress &progress) const
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("import products")));
    SD_TRY(const CatalogFile catalog, readCatalogFile(file, encoding));
    return checkCatalog(m_work.store(), catalog, progress);
}

Result<ImportPreview> InventoryService::importCatalog(const QByteArray &file, TextEncoding encoding,
                                                      bool skipBad, const ImportProgress &progress)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("import products")));
    SD_TRY(const CatalogFile catalog, readCatalogFile(file, encoding));
    CatalogStore &store = m_work.store();
    SD_CHECK(m_work.beginBatch());
    auto fail = [this](const Error &error) -> Result<ImportPreview> {
        m_work.cancelBatch();
        return error;
    };
    // Checked again inside the transaction, which holds the write lock: nobody changes the
    // catalog between the check and the writes.
    Result<ImportPreview> preview = checkCatalog(store, catalog, progress);
    if (!preview)
        return fail(preview.error());
    if (!preview->bad.isEmpty() && !skipBad)
        return fail(badLinesError(preview->bad));
    // New products in one step, changed ones in steps of ChangeChunk (see there); progress
    // is told from inside the steps.
    QList<QList<const ImportItem *>> steps(1);
    qint64 total = 0;
    for (const ImportItem &item : preview->items) {
        if (item.kind == ImportItem::Kind::New) {
            steps.first().append(&item);
            ++total;
        }
    }
    for (const ImportItem &item : preview->items) {
        if (item.kind != ImportItem::Kind::Changed)
            continue;
        if (steps.size() == 1 || steps.last().size() >= ChangeChunk)
            steps.append(QList<const ImportItem *>());
        steps.last().append(&item);
        ++total;
    }
    const QString reason = QStringLiteral("catalog import");
    qint64 done = 0;
    for (const QList<const ImportItem *> &step : std::as_const(steps)) {
        if (step.isEmpty())
            continue;
        auto written = m_work.run([&]() -> Result<QList<DomainEvent>> {
            QList<DomainEvent> events;
            events.reserve(step.size() * 2);
            QList<Product> added;
            QList<Product> changed;
            for (const ImportItem *item : step)
                (item->kind == ImportItem::Kind::New ? added : changed).append(item->product);
            SD_CHECK(store.saveProducts(added, changed));
            for (const ImportItem *item : step) {
                if (done % ProgressEvery == 0 && !goOn(progress, ImportStage::Writing, done, total))
                    return cancelled();
                ++done;
                events.append(*item->event);
                if (item->kind == ImportItem::Kind::New && item->startingStock > 0) {
                    StockItem stock(item->product.productId, 0, 0);
                    SD_CHECK(stock.adjust(item->startingStock, reason));
                    SD_CHECK(store.saveStock(stock));
                    events.append(stock.takeEvents());
                }
            }
            return events;
        });
        if (!written)
            return fail(written.error());
    }
    if (!goOn(progress, ImportStage::Writing, total, total))
        return fail(cancelled());
    SD_CHECK(m_work.endBatch());
    return preview;
}

Result<InventoryService::ImportJob> InventoryService::importJob(const QByteArray &file,
                                                                TextEncoding encoding, bool skipBad,
                                                                bool dryRun) const
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("import products")));
    const ShopStore &store = m_work.store();
    return ImportJob([&store, file, encoding, skipBad, dryRun, user = m_work.actingUser(),
                      actor = m_work.actor(), clock = &m_work.clock()](
                         const ImportProgress &progress) -> Result<ImportPreview> {
        SD_TRY(const std::unique_ptr<ShopStore> other, store.openAnother());
        EventBus bus;
        UnitOfWork work(*other, bus);
        work.setClock(*clock);
        work.setActor(actor);
        if (user)
            work.setActingUser(*user);
        InventoryService inventory(work);
        if (dryRun)
            return inventory.previewImport(file, encoding, progress);
        return inventory.importCatalog(file, encoding, skipBad, progress);
    });
}

} // namespace ShopDesk
