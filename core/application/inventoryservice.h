#pragma once

#include "catalogimport.h"
#include "shopstore.h"

namespace ShopDesk {

class UnitOfWork;

// Products and stock (재고): register products, receive and write off stock, stock-takes.
class InventoryService
{
public:
    explicit InventoryService(UnitOfWork &work);

    // Registers a product with zero stock. A duplicate id or barcode is InvalidInput.
    Result<Product> registerProduct(const QString &productId, const QString &productName,
                                    Money price, const QString &barcode = {},
                                    StockThreshold lowStockThreshold = {},
                                    TaxKind tax = TaxKind::Taxable);
    // Changes a product's name, price, barcode or low-stock threshold (manager only) and
    // records ProductChanged with the fields that changed; an edit that changes nothing
    // records nothing. An unknown product is NotFound; a barcode of another product or a
    // field that does not validate is InvalidInput, and nothing changes.
    Result<Product> editProduct(const QString &productId, const ProductEdit &edit);
    // Receives (delta > 0) or writes off (delta < 0) stock; never below zero on hand.
    Result<StockRow> adjustStock(const QString &productId, qint64 delta,
                                 const QString &reason = {});
    // Records a stock-take: counted becomes on hand, stored as the delta to what was expected.
    Result<StockRow> countStock(const QString &productId, qint64 counted,
                                const QString &reason = {});

    Result<QList<Product>> products(const ListQuery &query = {}) const;
    Result<QList<StockRow>> stock(const ListQuery &query = {}) const;
    Result<StockRow> stockOf(const QString &productId) const;
    Result<Product> product(const QString &productId) const;
    Result<Product> productByBarcode(const QString &barcode) const;
    // The stock moves of a product, newest first, from its stock events (the reservations,
    // decreases and increases of orders and the manager's adjustments). page.afterSeq,
    // page.beforeSeq and page.limit select a page (read the next older one with beforeSeq set
    // to the oldest seq read); its other fields are ignored. An unknown product is NotFound.
    Result<QList<StockMove>> stockHistory(const QString &productId,
                                          const EventQuery &page = {}) const;
    // Products for completion while a clerk types: the product with this id or barcode, then
    // ids starting with text, then names with words starting with text's words; at most limit.
    Result<QList<Product>> completeProducts(const QString &text, int limit = 20) const;

    // Every product with its stock as catalogCsv writes them (a clerk may).
    struct CatalogExport
    {
        QByteArray csv;
        qsizetype products = 0;
    };
    Result<CatalogExport> exportCatalog() const;

    // The catalog import (issue 16), a manager's: the file is read as readCatalogFile reads it
    // and checked against the shop. previewImport says what an import would do and changes
    // nothing. importCatalog does it in one transaction: new products are registered
    // (ProductRegistered, and StockAdjusted "catalog import" for their starting stock) and
    // changed ones edited (ProductChanged), as one by one (the new ones first, each in the
    // file's order), so terminals sync them; the bus then
    // announces a reset. With bad lines it is refused (InvalidInput naming each one in the
    // message and in details "badLines") and nothing changes, unless skipBad imports the good
    // lines. The file is checked again inside the transaction: what it answers is what was
    // done. A barcode of another product of the shop is a bad line, also when the same file
    // takes it from that product.
    Result<ImportPreview> previewImport(const QByteArray &file, TextEncoding encoding,
                                        const ImportProgress &progress = {}) const;
    Result<ImportPreview> importCatalog(const QByteArray &file, TextEncoding encoding, bool skipBad,
                                        const ImportProgress &progress = {});
    // importCatalog as a job for a worker thread, on a connection of its own (openAnother),
    // acting as the user acting now: the window goes on while 100,000 products are written.
    // The role is checked now and by the job. The job's progress is called on its thread.
    using ImportJob = std::function<Result<ImportPreview>(const ImportProgress &progress)>;
    // With dryRun the job is previewImport's.
    Result<ImportJob> importJob(const QByteArray &file, TextEncoding encoding, bool skipBad,
                                bool dryRun = false) const;

private:
    Result<StockRow> changeStock(const QString &productId,
                                 const std::function<Status(StockItem &)> &change);

    UnitOfWork &m_work;
};

} // namespace ShopDesk
