#include "catalogcsv.h"

#include "reporttables.h"

#include <QHash>

namespace ShopDesk {

const QStringList &catalogCsvColumns()
{
    static const QStringList columns{QStringLiteral("productId"), QStringLiteral("productName"),
                                     QStringLiteral("price"),     QStringLiteral("barcode"),
                                     QStringLiteral("threshold"), QStringLiteral("tax"),
                                     QStringLiteral("stock"),     QStringLiteral("reserved")};
    return columns;
}

QByteArray catalogCsv(const QList<Product> &products, const QList<StockRow> &stock)
{
    QHash<QString, const StockRow *> stockOf;
    stockOf.reserve(stock.size());
    for (const StockRow &row : stock)
        stockOf.insert(row.productId, &row);
    // The reports' table writes the cells: one rule for quoting and defusing.
    ReportTable table;
    table.columns = catalogCsvColumns();
    table.rows.reserve(products.size());
    for (const Product &p : products) {
        const StockRow *row = stockOf.value(p.productId);
        table.rows.append(
            {p.productId, p.productName, qint64(p.price), p.barcode,
             p.lowStockThreshold ? QVariant(qint64(*p.lowStockThreshold)) : QVariant(QString()),
             toText(p.tax), qint64(row ? row->onHand : 0), qint64(row ? row->reserved : 0)});
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + table.toCsv();
}

} // namespace ShopDesk
