#include "sqlitecatalog.h"

#include "sqlitehelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace ShopDesk {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// An FTS5 query for completion: every word of text that holds a letter or digit as a prefix
// token, all of them required. Empty when no word is left (punctuation alone).
QString ftsPrefixQuery(const QString &text)
{
    QStringList terms;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : text.split(spaces, Qt::SkipEmptyParts)) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            terms << ftsPhrase(word) + QLatin1Char('*');
    }
    return terms.join(QLatin1Char(' '));
}

const QString productColumns =
    QStringLiteral("product_id, name, price, barcode, low_stock_threshold, tax");

Product readProduct(const QSqlQuery &q)
{
    const QVariant threshold = q.value(4);
    return Product{q.value(0).toString(),
                   q.value(1).toString(),
                   q.value(2).toLongLong(),
                   q.value(3).toString(),
                   threshold.isNull() ? StockThreshold() : StockThreshold(threshold.toLongLong()),
                   taxKindFromString(q.value(5).toString()).value_or(TaxKind::Taxable)};
}

QVariant nullable(const StockThreshold &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SqliteCatalog::SqliteCatalog(SqliteConnection &connection)
    : SqlitePart(connection)
{}

Result<std::optional<Product>> SqliteCatalog::findProduct(const QString &productId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM products WHERE product_id = ?").arg(productColumns),
               {productId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<Product>();
    return std::optional<Product>(readProduct(*q));
}

Result<std::optional<Product>> SqliteCatalog::findProductByBarcode(const QString &barcode)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT product_id FROM products WHERE barcode = ?"), {barcode}));
    QString productId;
    if (q->next())
        productId = q->value(0).toString();
    q->finish();
    if (productId.isEmpty())
        return std::optional<Product>();
    return findProduct(productId);
}

Status SqliteCatalog::insertProduct(const Product &product)
{
    SD_CHECK(
        exec(QStringLiteral("INSERT INTO products (product_id, name, price, barcode, created_at, "
                            "low_stock_threshold, tax) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {product.productId, product.productName, product.price, nullable(product.barcode),
              clock().now().toMSecsSinceEpoch(), nullable(product.lowStockThreshold),
              toText(product.tax)}));
    return exec(
        QStringLiteral("INSERT INTO stock (product_id, on_hand, reserved) VALUES (?, 0, 0)"),
        {product.productId});
}

Status SqliteCatalog::saveProduct(const Product &product)
{
    if (!product.barcode.isEmpty()) {
        SD_TRY(const std::optional<Product> owner, findProductByBarcode(product.barcode));
        if (owner && owner->productId != product.productId) {
            return Error::invalidInput(
                QStringLiteral("barcode '%1' already belongs to product '%2'")
                    .arg(product.barcode, owner->productId));
        }
    }
    // The name only when it differs: its search index is rebuilt by a trigger on every update
    // that sets it, which a change of price need not pay for.
    SD_CHECK(exec(QStringLiteral("UPDATE products SET name = ? WHERE product_id = ? AND name <> ?"),
                  {product.productName, product.productId, product.productName}));
    return exec(
        QStringLiteral("UPDATE products SET price = ?, barcode = ?, low_stock_threshold = ?, "
                       "tax = ? WHERE product_id = ?"),
        {product.price, nullable(product.barcode), nullable(product.lowStockThreshold),
         toText(product.tax), product.productId});
}

// The search triggers stand aside while meta holds catalog_bulk (only inside this transaction:
// the row is gone before it commits), and the words of all the products are replaced by two
// statements. Written row by row, every statement that touched the FTS table opened a
// statement savepoint, at which SQLite 3.40's FTS5 flushes its pending words to a new segment:
// 100,000 products took 20 s instead of 7.
Status SqliteCatalog::saveProducts(const QList<Product> &added, const QList<Product> &changed)
{
    QJsonArray ids;
    SD_CHECK(exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('catalog_bulk', '1')")));
    for (const Product &product : added) {
        SD_CHECK(insertProduct(product));
        ids.append(product.productId);
    }
    for (const Product &product : changed) {
        SD_CHECK(saveProduct(product));
        ids.append(product.productId);
    }
    const QString idList = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    SD_CHECK(exec(QStringLiteral("DELETE FROM product_search WHERE rowid IN (SELECT r.row FROM "
                                 "product_search_rows r JOIN json_each(?) j ON r.product_id = "
                                 "j.value)"),
                  {idList}));
    SD_CHECK(exec(QStringLiteral("INSERT OR IGNORE INTO product_search_rows (product_id) "
                                 "SELECT value FROM json_each(?)"),
                  {idList}));
    SD_CHECK(exec(QStringLiteral("INSERT INTO product_search (rowid, product_id, name) "
                                 "SELECT r.row, p.product_id, p.name FROM json_each(?) j "
                                 "JOIN product_search_rows r ON r.product_id = j.value "
                                 "JOIN products p ON p.product_id = j.value"),
                  {idList}));
    return exec(QStringLiteral("DELETE FROM meta WHERE key = 'catalog_bulk'"));
}

Result<QList<Product>> SqliteCatalog::products(const ListQuery &query)
{
    QString sql = QStringLiteral("SELECT %1 FROM products").arg(productColumns);
    QVariantList values;
    if (!query.search.isEmpty()) {
        sql += QStringLiteral(" WHERE product_id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' "
                              "OR barcode = ?");
        values << likePattern(query.search, true) << likePattern(query.search, false)
               << query.search;
    }
    sql += QStringLiteral(" ORDER BY product_id LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    SD_TRY(QSqlQuery * q, run(sql, values));
    QueryFinisher finish{q};
    QList<Product> rows;
    while (q->next())
        rows.append(readProduct(*q));
    return rows;
}

Result<QList<Product>> SqliteCatalog::completeProducts(const QString &text, int limit)
{
    const QString wanted = text.trimmed();
    QList<Product> found;
    if (wanted.isEmpty() || limit <= 0)
        return found;
    QSet<QString> seen;
    auto collect = [&](const QString &sql, const QVariantList &values) -> Status {
        SD_TRY(QSqlQuery * q, run(sql, values));
        QueryFinisher finish{q};
        while (found.size() < limit && q->next()) {
            Product product = readProduct(*q);
            if (!seen.contains(product.productId)) {
                seen.insert(product.productId);
                found.append(std::move(product));
            }
        }
        return {};
    };
    SD_CHECK(collect(QStringLiteral("SELECT %1 FROM products WHERE product_id = ? UNION ALL "
                                    "SELECT %1 FROM products WHERE barcode = ?")
                         .arg(productColumns),
                     {wanted, wanted}));
    for (const QString &form : caseForms(wanted)) {
        if (found.size() >= limit)
            return found;
        SD_CHECK(collect(QStringLiteral("SELECT %1 FROM products "
                                        "WHERE product_id >= ? AND product_id < ? "
                                        "ORDER BY product_id LIMIT ?")
                             .arg(productColumns),
                         prefixRange(form) << limit));
    }
    const QString match = ftsPrefixQuery(wanted);
    if (found.size() < limit && !match.isEmpty()) {
        // The search table leads (CROSS JOIN), so only matching products are read.
        QStringList columns = productColumns.split(QStringLiteral(", "));
        for (QString &column : columns)
            column.prepend(QStringLiteral("p."));
        SD_CHECK(collect(QStringLiteral("SELECT %1 FROM product_search s CROSS JOIN products p "
                                        "ON p.product_id = s.product_id "
                                        "WHERE product_search MATCH ? LIMIT ?")
                             .arg(columns.join(QStringLiteral(", "))),
                         {match, limit + int(seen.size())}));
    }
    return found;
}

Result<std::optional<StockItem>> SqliteCatalog::findStock(const QString &productId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT on_hand, reserved FROM stock WHERE product_id = ?"),
               {productId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<StockItem>();
    return std::optional<StockItem>(
        StockItem(productId, q->value(0).toLongLong(), q->value(1).toLongLong()));
}

Status SqliteCatalog::saveStock(const StockItem &item)
{
    return write("UPDATE stock SET on_hand = ?, reserved = ? WHERE product_id = ?",
                 {item.onHand(), item.reserved(), item.productId()})
        .status();
}

Result<QList<StockRow>> SqliteCatalog::stockRows(const ListQuery &query)
{
    QString sql =
        QStringLiteral("SELECT p.product_id, p.name, s.on_hand, s.reserved FROM products p "
                       "JOIN stock s ON s.product_id = p.product_id");
    QVariantList values;
    if (!query.search.isEmpty()) {
        // A part of the barcode too (the last digits read off a label): the row is read for
        // the name's part anyway, so the barcode's costs no more than that one scan.
        sql += QStringLiteral(" WHERE p.product_id LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\' "
                              "OR p.barcode LIKE ? ESCAPE '\\'");
        const QString part = likePattern(query.search, false);
        values << likePattern(query.search, true) << part << part;
    }
    sql += QStringLiteral(" ORDER BY p.product_id LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    SD_TRY(QSqlQuery * q, run(sql, values));
    QueryFinisher finish{q};
    QList<StockRow> rows;
    while (q->next()) {
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                     q->value(3).toLongLong()});
    }
    return rows;
}

Result<QList<StockAlert>> SqliteCatalog::stockAlerts(qint64 defaultThreshold, int limit)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT p.product_id, p.name, s.on_hand, s.reserved, "
                              "coalesce(p.low_stock_threshold, ?) AS threshold FROM products p "
                              "JOIN stock s ON s.product_id = p.product_id "
                              "WHERE s.on_hand - s.reserved <= coalesce(p.low_stock_threshold, ?) "
                              "ORDER BY s.on_hand - s.reserved, p.product_id LIMIT ?"),
               {defaultThreshold, defaultThreshold, limit}));
    QueryFinisher finish{q};
    QList<StockAlert> alerts;
    while (q->next()) {
        StockAlert alert;
        alert.stock = {q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                       q->value(3).toLongLong()};
        alert.threshold = q->value(4).toLongLong();
        alert.level = stockLevelOf(alert.stock.available(), alert.threshold);
        alerts.append(alert);
    }
    return alerts;
}

Status SqliteCatalog::upsertProduct(const Product &product)
{
    SD_CHECK(
        exec(QStringLiteral("INSERT INTO products (product_id, name, price, barcode, created_at, "
                            "low_stock_threshold, tax) VALUES (?, ?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (product_id) DO UPDATE SET name = excluded.name, "
                            "price = excluded.price, barcode = excluded.barcode, "
                            "low_stock_threshold = excluded.low_stock_threshold, "
                            "tax = excluded.tax"),
             {product.productId, product.productName, product.price, nullable(product.barcode),
              clock().now().toMSecsSinceEpoch(), nullable(product.lowStockThreshold),
              toText(product.tax)}));
    return exec(QStringLiteral("INSERT INTO stock (product_id, on_hand, reserved) VALUES (?, 0, 0) "
                               "ON CONFLICT (product_id) DO NOTHING"),
                {product.productId});
}

Status SqliteCatalog::addToStock(const QString &productId, qint64 onHandDelta, qint64 reservedDelta)
{
    SD_TRY(const int changed,
           write("UPDATE stock SET on_hand = on_hand + ?, reserved = reserved + ? "
                 "WHERE product_id = ?",
                 {onHandDelta, reservedDelta, productId}));
    if (changed != 1)
        return Error::notFound(QStringLiteral("stock of %1 is missing").arg(productId));
    return {};
}

} // namespace ShopDesk
