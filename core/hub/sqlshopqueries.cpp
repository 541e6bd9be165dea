#include "sqlshopqueries.h"

#include "hubsql.h"
#include "orderlinestext.h"
#include "sqlhubstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlField>

namespace ShopDesk::Hub {

namespace {

constexpr int MaxPageSize = 200;

struct SortKey
{
    QLatin1StringView name;
    QString columns; // %1: ASC or DESC
    bool descendingByDefault = false;
};

// A list's conditions, their values in order, and its ORDER BY.
struct ListQuery
{
    QStringList where;
    QVariantList values;
    QString order;

    QString whereClause() const
    {
        return where.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
};

// Text compared or ordered by byte (code point) order: the same on both databases.
QString byteOrder(SqlHubStore::Dialect dialect)
{
    return dialect == SqlHubStore::Dialect::Postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
}

Status checkPage(const PageRequest &page)
{
    if (page.page < 0)
        return Error::invalidInput(QStringLiteral("page %1: pages count from 0").arg(page.page));
    if (page.size < 1 || page.size > MaxPageSize) {
        return Error::invalidInput(
            QStringLiteral("page size %1: from 1 to %2").arg(page.size).arg(MaxPageSize));
    }
    return {};
}

// The ORDER BY of a list: the key asked for in the direction asked for, or the list's default
// key (the first) in its own direction. The keys' columns end with the row's id.
Result<QString> orderBy(const PageRequest &page, const QList<SortKey> &keys)
{
    const QString asc = QStringLiteral("ASC");
    const QString desc = QStringLiteral("DESC");
    if (page.sort.isEmpty())
        return keys.first().columns.arg(keys.first().descendingByDefault ? desc : asc);
    QStringList known;
    for (const SortKey &key : keys) {
        if (page.sort == key.name)
            return key.columns.arg(page.descending ? desc : asc);
        known << QString(key.name);
    }
    return Error::invalidInput(QStringLiteral("unknown sort key \"%1\"; this list sorts by %2")
                                   .arg(page.sort, known.join(QStringLiteral(", "))),
                               {{QStringLiteral("sort"), page.sort},
                                {QStringLiteral("known"), QJsonArray::fromStringList(known)}});
}

// The least string greater than every string that starts with `prefix`, in code point order
// (UTF-8's byte order): the prefix with its last code point one up. None when every code point
// is the last one.
std::optional<QString> prefixEnd(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty()) {
        uint last = points.takeLast();
        if (last < 0x10FFFF) {
            ++last;
            if (last >= 0xD800 && last <= 0xDFFF) // no code points, no UTF-8
                last = 0xE000;
            points.append(last);
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()),
                                     points.size());
        }
    }
    return std::nullopt;
}

// A prefix of any of `columns`, as ranges an index serves (not LIKE: nothing to escape).
void addPrefix(ListQuery &list, const QString &prefix, const QStringList &columns,
               const QString &collate)
{
    const std::optional<QString> end = prefixEnd(prefix);
    QStringList ranges;
    for (const QString &column : columns) {
        QString range = QStringLiteral("%1%2 >= ?").arg(column, collate);
        list.values << prefix;
        if (end) {
            range += QStringLiteral(" AND %1%2 < ?").arg(column, collate);
            list.values << *end;
        }
        ranges << QLatin1Char('(') + range + QLatin1Char(')');
    }
    list.where << QLatin1Char('(') + ranges.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

void addEqual(ListQuery &list, const QString &column, const QString &value)
{
    if (value.isEmpty())
        return;
    list.where << column + QStringLiteral(" = ?");
    list.values << value;
}

void addSince(ListQuery &list, const QString &column, const std::optional<QDateTime> &since)
{
    if (!since)
        return;
    list.where << column + QStringLiteral(" >= ?");
    list.values << since->toMSecsSinceEpoch();
}

const QString OrderColumns = QStringLiteral(
    "order_id, origin, status, customer_name, customer_phone, total, payment_method, "
    "payment_status, delivery_id, delivery_status, lines, placed_at, updated_at");

OrderRecord orderAt(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toLongLong(),
            q.value(6).toString(),
            q.value(7).toString(),
            q.value(8).toString(),
            q.value(9).toString(),
            orderLinesFromText(q.value(10).toString()),
            HubSql::timeAt(q.value(11)),
            HubSql::timeAt(q.value(12))};
}

const QString DeliveryColumns =
    QStringLiteral("delivery_id, order_id, origin, status, started_at, updated_at");

DeliveryRecord deliveryAt(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(),      q.value(2).toString(),
            q.value(3).toString(), HubSql::timeAt(q.value(4)), HubSql::timeAt(q.value(5))};
}

// A product without a stock row has nothing on hand.
const QString ProductColumns = QStringLiteral(
    "p.product_id, p.product_name, p.price, p.barcode, p.origin, COALESCE(s.on_hand, 0), "
    "COALESCE(s.reserved, 0), p.updated_at");
const QString ProductTables =
    QStringLiteral("products p LEFT JOIN stock s ON s.product_id = p.product_id");

ProductRecord productAt(const QSqlQuery &q)
{
    return {q.value(0).toString(),   q.value(1).toString(),     q.value(2).toLongLong(),
            q.value(3).toString(),   q.value(4).toString(),     q.value(5).toLongLong(),
            q.value(6).toLongLong(), HubSql::timeAt(q.value(7))};
}

// One page of a list: the total first (from the counters when they can tell it), then the
// rows, unless the page lies beyond the total.
// The page's rows: the keys of the page first, from the index alone (skipping OFFSET entries
// of an index costs little; skipping that many rows of the table costs a row read each), then
// those rows by their keys.
QString pageStatement(const QString &columns, const QString &tables, const QString &key,
                      const ListQuery &list)
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT %3 FROM %2%4 ORDER BY %5 "
                          "LIMIT ? OFFSET ?) ORDER BY %5")
        .arg(columns, tables, key, list.whereClause(), list.order);
}

template<typename Row>
Result<PageOf<Row>> pageOf(SqlHubStore &store, const QString &what, const QString &columns,
                           const QString &tables, const QString &key, const ListQuery &list,
                           const PageRequest &page,
                           const std::optional<std::pair<QString, QVariantList>> &counters,
                           Row (*rowAt)(const QSqlQuery &))
{
    const QString error = QStringLiteral("cannot read the %1").arg(what);
    PageOf<Row> result;
    {
        const auto [sql, values] =
            counters
                ? *counters
                : std::pair{
                      QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(tables, list.whereClause()),
                      list.values};
        SD_TRY(QSqlQuery * q, HubSql::runKept(store, sql, values, error));
        const bool counted = q->next();
        result.total = q->value(0).toLongLong();
        q->finish();
        if (!counted)
            return Error::storage(error);
    }
    const qint64 offset = qint64(page.page) * page.size;
    if (offset >= result.total)
        return result;
    QVariantList values = list.values;
    values << page.size << offset;
    SD_TRY(QSqlQuery * q,
           HubSql::runKept(store, pageStatement(columns, tables, key, list), values, error));
    while (q->next())
        result.rows.append(rowAt(*q));
    const QSqlError failed = q->lastError();
    q->finish();
    if (failed.isValid())
        return Error::storage(QStringLiteral("%1: %2").arg(error, failed.text()));
    return result;
}

// The counters' total of a list filtered by status and origin only.
std::pair<QString, QVariantList> countersOf(const QString &kind, const QString &status,
                                            const QString &origin)
{
    ListQuery list;
    list.where << QStringLiteral("kind = ?");
    list.values << kind;
    addEqual(list, QStringLiteral("status"), status);
    addEqual(list, QStringLiteral("origin"), origin);
    return {QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM row_counts%1").arg(list.whereClause()),
            list.values};
}

template<typename Row>
Result<std::optional<Row>> oneRow(SqlHubStore &store, const QString &sql, const QString &id,
                                  const QString &what, Row (*rowAt)(const QSqlQuery &))
{
    SD_TRY(QSqlQuery * q,
           HubSql::runKept(store, sql, {id}, QStringLiteral("cannot read the %1").arg(what)));
    std::optional<Row> row;
    if (q->next())
        row = rowAt(*q);
    q->finish();
    return row;
}

} // namespace

SqlShopQueries::SqlShopQueries(SqlHubStore &store)
    : m_store(store)
{}

namespace {

Result<ListQuery> orderList(SqlHubStore::Dialect dialect, const OrderFilter &filter,
                            const PageRequest &page)
{
    SD_CHECK(checkPage(page));
    const QString c = byteOrder(dialect);
    ListQuery list;
    SD_TRY(
        list.order,
        orderBy(page,
                {{QLatin1StringView("placedAt"),
                  QStringLiteral("placed_at %1, order_id%2 %1").arg(QStringLiteral("%1"), c), true},
                 {QLatin1StringView("orderId"),
                  QStringLiteral("order_id%1 %2").arg(c, QStringLiteral("%1")), false},
                 {QLatin1StringView("total"),
                  QStringLiteral("total %1, order_id%2 %1").arg(QStringLiteral("%1"), c), false}}));
    addEqual(list, QStringLiteral("status"), filter.status);
    addEqual(list, QStringLiteral("origin"), filter.terminal);
    addSince(list, QStringLiteral("placed_at"), filter.since);
    if (!filter.search.isEmpty()) {
        addPrefix(list, filter.search,
                  {QStringLiteral("order_id"), QStringLiteral("customer_name")}, c);
    }
    return list;
}

} // namespace

quint64 SqlShopQueries::version() const
{
    return m_store.generation();
}

Result<PageOf<OrderRecord>> SqlShopQueries::orders(const OrderFilter &filter,
                                                   const PageRequest &page)
{
    SD_TRY(const ListQuery list, orderList(m_store.dialect(), filter, page));
    std::optional<std::pair<QString, QVariantList>> counters;
    if (!filter.since && filter.search.isEmpty())
        counters = countersOf(QStringLiteral("order"), filter.status, filter.terminal);
    return pageOf<OrderRecord>(m_store, QStringLiteral("orders"), OrderColumns,
                               QStringLiteral("orders"), QStringLiteral("order_id"), list, page,
                               counters, &orderAt);
}

Result<QStringList> SqlShopQueries::ordersPlan(const OrderFilter &filter, const PageRequest &page)
{
    SD_TRY(const ListQuery list, orderList(m_store.dialect(), filter, page));
    const bool sqlite = m_store.dialect() == SqlHubStore::Dialect::Sqlite;
    QVariantList values = list.values;
    values << page.size << qint64(page.page) * page.size;
    QString sql =
        pageStatement(OrderColumns, QStringLiteral("orders"), QStringLiteral("order_id"), list);
    const QString what = QStringLiteral("cannot explain the orders' query");
    if (sqlite) {
        SD_TRY(QSqlQuery q,
               HubSql::run(m_store, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values, what));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        return plan;
    }
    // PostgreSQL cannot prepare an EXPLAIN: the values go in as the driver writes literals (the
    // statement has no other question marks).
    const QSqlDriver *driver = m_store.database().driver();
    for (const QVariant &value : std::as_const(values)) {
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, driver->formatValue(field));
    }
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("EXPLAIN ") + sql))
        return Error::storage(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan << q.value(0).toString();
    return plan;
}

Result<std::optional<OrderRecord>> SqlShopQueries::order(const QString &orderId)
{
    return oneRow<OrderRecord>(
        m_store, QStringLiteral("SELECT %1 FROM orders WHERE order_id = ?").arg(OrderColumns),
        orderId, QStringLiteral("order"), &orderAt);
}

Result<PageOf<DeliveryRecord>> SqlShopQueries::deliveries(const DeliveryFilter &filter,
                                                          const PageRequest &page)
{
    SD_CHECK(checkPage(page));
    const QString c = byteOrder(m_store.dialect());
    ListQuery list;
    SD_TRY(list.order,
           orderBy(page,
                   {{QLatin1StringView("startedAt"),
                     QStringLiteral("started_at %1, delivery_id%2 %1").arg(QStringLiteral("%1"), c),
                     true},
                    {QLatin1StringView("deliveryId"),
                     QStringLiteral("delivery_id%1 %2").arg(c, QStringLiteral("%1")), false}}));
    addEqual(list, QStringLiteral("status"), filter.status);
    addEqual(list, QStringLiteral("origin"), filter.terminal);
    addSince(list, QStringLiteral("started_at"), filter.since);
    if (!filter.search.isEmpty()) {
        addPrefix(list, filter.search, {QStringLiteral("delivery_id"), QStringLiteral("order_id")},
                  c);
    }
    std::optional<std::pair<QString, QVariantList>> counters;
    if (!filter.since && filter.search.isEmpty())
        counters = countersOf(QStringLiteral("delivery"), filter.status, filter.terminal);
    return pageOf<DeliveryRecord>(m_store, QStringLiteral("deliveries"), DeliveryColumns,
                                  QStringLiteral("deliveries"), QStringLiteral("delivery_id"), list,
                                  page, counters, &deliveryAt);
}

Result<std::optional<DeliveryRecord>> SqlShopQueries::delivery(const QString &deliveryId)
{
    return oneRow<DeliveryRecord>(
        m_store,
        QStringLiteral("SELECT %1 FROM deliveries WHERE delivery_id = ?").arg(DeliveryColumns),
        deliveryId, QStringLiteral("delivery"), &deliveryAt);
}

Result<PageOf<ProductRecord>> SqlShopQueries::products(const ProductFilter &filter,
                                                       const PageRequest &page)
{
    SD_CHECK(checkPage(page));
    if (!filter.status.isEmpty() && filter.status != QLatin1StringView("short")) {
        return Error::invalidInput(
            QStringLiteral("unknown product status \"%1\"; known: short").arg(filter.status));
    }
    const QString c = byteOrder(m_store.dialect());
    ListQuery list;
    SD_TRY(
        list.order,
        orderBy(
            page,
            {{QLatin1StringView("productId"),
              QStringLiteral("p.product_id%1 %2").arg(c, QStringLiteral("%1")), false},
             {QLatin1StringView("productName"),
              QStringLiteral("p.product_name%1 %2, p.product_id%1 %2").arg(c, QStringLiteral("%1")),
              false}}));
    if (!filter.status.isEmpty())
        list.where << QStringLiteral("COALESCE(s.on_hand, 0) - COALESCE(s.reserved, 0) <= 0");
    addSince(list, QStringLiteral("p.updated_at"), filter.since);
    if (!filter.search.isEmpty()) {
        addPrefix(list, filter.search,
                  {QStringLiteral("p.product_id"), QStringLiteral("p.product_name")}, c);
    }
    return pageOf<ProductRecord>(m_store, QStringLiteral("products"), ProductColumns, ProductTables,
                                 QStringLiteral("p.product_id"), list, page, std::nullopt,
                                 &productAt);
}

Result<std::optional<ProductRecord>> SqlShopQueries::product(const QString &productId)
{
    return oneRow<ProductRecord>(m_store,
                                 QStringLiteral("SELECT %1 FROM %2 WHERE p.product_id = ?")
                                     .arg(ProductColumns, ProductTables),
                                 productId, QStringLiteral("product"), &productAt);
}

} // namespace ShopDesk::Hub
