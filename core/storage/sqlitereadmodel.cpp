#include "sqlitereadmodel.h"

#include "sqlitecustomers.h"
#include "sqlitehelpers.h"
#include "sqlitestore.h"

#include <QSqlError>

namespace ShopDesk {

namespace {

// A customer search below this length cannot use the trigram index (order_search).
constexpr int MinTrigramSearch = 3;

} // namespace

SqliteReadModel::SqliteReadModel(SqliteConnection &connection, SqliteCustomers &customers)
    : SqlitePart(connection)
    , m_customers(customers)
    , m_sparseSearchRows(SqliteStore::DefaultSparseSearchRows)
{}

Status SqliteReadModel::applyChange(const QString &orderId, const OrderViewChange &change)
{
    if (change.created)
        return insertOrderView(*change.created);
    return write("UPDATE order_view SET status = coalesce(?, status), total = coalesce(?, total), "
                 "payment_method = coalesce(?, payment_method), "
                 "payment_status = coalesce(?, payment_status), "
                 "delivery_id = coalesce(?, delivery_id), "
                 "delivery_status = coalesce(?, delivery_status), "
                 "delivery_started_at = coalesce(?, delivery_started_at), updated_at = ? "
                 "WHERE order_id = ?",
                 {NativeArg::orNull(change.status),
                  change.total ? NativeArg(*change.total) : NativeArg(nullptr),
                  NativeArg::orNull(change.paymentMethod), NativeArg::orNull(change.paymentStatus),
                  NativeArg::orNull(change.deliveryId), NativeArg::orNull(change.deliveryStatus),
                  change.deliveryStartedAt ? NativeArg::time(*change.deliveryStartedAt)
                                           : NativeArg(nullptr),
                  change.at.toMSecsSinceEpoch(), orderId})
        .status();
}

Status SqliteReadModel::insertOrderView(const OrderView &v)
{
    SD_CHECK(write("INSERT INTO order_view (order_id, status, customer_name, customer_phone, "
                   "customer_address, total, line_count, item_count, payment_method, "
                   "payment_status, delivery_id, delivery_status, origin, placed_at, "
                   "delivery_started_at, updated_at, customer_digits) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   {v.orderId, v.status, v.customerName, NativeArg::text(v.customerPhone),
                    NativeArg::text(v.customerAddress), v.total, v.lineCount, v.itemCount,
                    NativeArg::nullIfEmpty(v.paymentMethod),
                    NativeArg::nullIfEmpty(v.paymentStatus), NativeArg::nullIfEmpty(v.deliveryId),
                    NativeArg::nullIfEmpty(v.deliveryStatus), v.origin, NativeArg::time(v.placedAt),
                    NativeArg::time(v.deliveryStartedAt), NativeArg::time(v.updatedAt),
                    NativeArg::nullIfEmpty(phoneDigits(v.customerPhone))}));
    // Not a trigger on order_view: a trigger's insert into a full-text table makes SQLite
    // flush the table's pending terms at the end of every statement, one segment per order
    // (a third of a catch-up's time); a plain insert lets them pile up until the commit.
    return write("INSERT INTO order_search (order_id, placed_at, customer_name) VALUES (?, ?, ?)",
                 {v.orderId, NativeArg::time(v.placedAt), v.customerName})
        .status();
}

Result<std::optional<OrderView>> SqliteReadModel::findOrderView(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM order_view WHERE order_id = ?").arg(orderViewColumns),
               {orderId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<OrderView>();
    return std::optional<OrderView>(readOrderView(*q));
}

Result<bool> SqliteReadModel::searchIsSparse(const QString &search)
{
    if (search.size() < MinTrigramSearch)
        return false;
    QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM order_search "
                                 "WHERE order_search MATCH ?");
    QVariantList values{ftsPhrase(search)};
    for (const QString &form : caseForms(search)) {
        sql += QStringLiteral(" UNION ALL SELECT 1 FROM order_view "
                              "WHERE order_id >= ? AND order_id < ?");
        values << prefixRange(form);
    }
    sql += QStringLiteral(" LIMIT ?)");
    values << m_sparseSearchRows;
    SD_TRY(QSqlQuery * q, run(sql, values));
    QueryFinisher finish{q};
    return q->next() && q->value(0).toInt() < m_sparseSearchRows;
}

Status SqliteReadModel::visitSearchedOrderViews(const ListQuery &query,
                                                const std::function<void(const OrderView &)> &visit)
{
    // The matching ids come from the indexes (trigrams of the names, ranges of the ids), with
    // the time each order was placed, so that the order list's page is chosen among them before
    // its rows are read. A filter needs every match's row, and the deliveries list its own
    // order: then all matches are read and sorted as the unsearched list is.
    QString ids =
        QStringLiteral("SELECT order_id, placed_at FROM order_search WHERE order_search MATCH ?");
    QVariantList values{ftsPhrase(query.search)};
    for (const QString &form : caseForms(query.search)) {
        ids += QStringLiteral(" UNION SELECT order_id, placed_at FROM order_view "
                              "WHERE order_id >= ? AND order_id < ?");
        values << prefixRange(form);
    }
    QStringList columns = orderViewColumns.split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("v."));
    const QString selected = columns.join(QStringLiteral(", "));
    QString sql;
    if (!query.deliveriesOnly && query.status.isEmpty()) {
        sql = QStringLiteral("SELECT %1 FROM (SELECT order_id, placed_at FROM (%2) "
                             "ORDER BY placed_at DESC, order_id DESC LIMIT ? OFFSET ?) m "
                             "CROSS JOIN order_view v ON v.order_id = m.order_id "
                             "ORDER BY m.placed_at DESC, m.order_id DESC")
                  .arg(selected, ids);
        values << query.limit << query.offset;
        return visitRows(sql, values, [&](const QSqlQuery &q) { visit(readOrderView(q)); });
    }
    sql = QStringLiteral("SELECT %1 FROM (%2) m CROSS JOIN order_view v "
                         "ON v.order_id = m.order_id WHERE 1")
              .arg(selected, ids);
    if (query.deliveriesOnly)
        sql += QStringLiteral(" AND v.delivery_status IS NOT NULL");
    if (!query.status.isEmpty()) {
        sql += query.deliveriesOnly ? QStringLiteral(" AND v.delivery_status = ?")
                                    : QStringLiteral(" AND v.status = ?");
        values << query.status;
    }
    sql += query.deliveriesOnly
               ? QStringLiteral(" ORDER BY v.delivery_started_at DESC, v.order_id DESC")
               : QStringLiteral(" ORDER BY v.placed_at DESC, v.order_id DESC");
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    return visitRows(sql, values, [&](const QSqlQuery &q) { visit(readOrderView(q)); });
}

Status SqliteReadModel::visitOrderViews(const ListQuery &query,
                                        const std::function<void(const OrderView &)> &visit)
{
    // A search that few orders match reads them through the indexes; one that many match
    // (or one too short for trigrams) scans the list in its order and stops at a full page,
    // which is soon when matches are many. Both give the same rows in the same order.
    if (!query.search.isEmpty()) {
        SD_TRY(const bool sparse, searchIsSparse(query.search));
        if (sparse)
            return visitSearchedOrderViews(query, visit);
    }
    QString sql = QStringLiteral("SELECT %1 FROM order_view WHERE 1").arg(orderViewColumns);
    QVariantList values;
    if (query.deliveriesOnly)
        sql += QStringLiteral(" AND delivery_status IS NOT NULL");
    if (!query.status.isEmpty()) {
        sql += query.deliveriesOnly ? QStringLiteral(" AND delivery_status = ?")
                                    : QStringLiteral(" AND status = ?");
        values << query.status;
    }
    if (!query.search.isEmpty()) {
        sql += QStringLiteral(
            " AND (order_id LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\')");
        values << likePattern(query.search, true) << likePattern(query.search, false);
    }
    sql += query.deliveriesOnly
               ? QStringLiteral(" ORDER BY delivery_started_at DESC, order_id DESC")
               : QStringLiteral(" ORDER BY placed_at DESC, order_id DESC");
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    return visitRows(sql, values, [&](const QSqlQuery &q) { visit(readOrderView(q)); });
}

Status SqliteReadModel::foldReadModel(const std::function<Status(const OrderView &)> &sink)
{
    SD_TRY(const CustomerFold customers, m_customers.foldLog());
    // A separate statement, not the cache: the sink may run cached statements meanwhile.
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events WHERE order_id IS NOT NULL "
                               "ORDER BY order_id, seq")
                    .arg(eventColumns)))
        return failure(q, QStringLiteral("read the log"));
    OrderView current;
    qint64 placedSeq = 0;
    bool open = false;
    const auto finish = [&]() {
        if (customers.erases(current.customerPhone, placedSeq))
            eraseCustomerOf(current);
        return sink(current);
    };
    while (q.next()) {
        const DomainEvent event = readEvent(q);
        if (open && event.orderId != current.orderId) {
            SD_CHECK(finish());
            open = false;
        }
        const std::optional<OrderViewChange> change = orderViewChange(event);
        if (!change)
            continue;
        if (change->created) {
            open = true;
            placedSeq = event.seq;
        }
        if (open)
            ShopDesk::applyChange(current, *change); // the domain's fold, not the row update
    }
    if (q.lastError().isValid())
        return failure(q, QStringLiteral("read the log"));
    if (open)
        SD_CHECK(finish());
    return {};
}

Status SqliteReadModel::rebuildReadModel()
{
    return inTransaction([&]() -> Status {
        SD_CHECK(exec(QStringLiteral("DELETE FROM order_view")));
        SD_CHECK(exec(QStringLiteral("DELETE FROM order_search")));
        return foldReadModel([&](const OrderView &view) { return insertOrderView(view); });
    });
}

} // namespace ShopDesk
