#include "sqliteaudit.h"

#include "events.h"
#include "shiftservice.h"
#include "sqlitehelpers.h"
#include "stockmove.h"

#include <QHash>

namespace ShopDesk {

SqliteAudit::SqliteAudit(SqliteConnection &connection, SqliteReadModel &readModel, EventLog &log,
                         SqliteReports &reports, SqliteShifts &shifts, SqliteCustomers &customers)
    : SqlitePart(connection)
    , m_readModel(readModel)
    , m_log(log)
    , m_reports(reports)
    , m_shifts(shifts)
    , m_customers(customers)
{}

Status SqliteAudit::auditCustomers(AuditReport &report)
{
    SD_TRY(const CustomerFold fold, m_customers.foldLog());
    SD_TRY(const QList<CustomerRecord> stored, m_customers.allCustomers());
    QList<CustomerRecord> rebuilt;
    qint64 keys = 0;
    for (const auto &[id, customer] : fold.customers()) {
        rebuilt << customer;
        keys += SqliteCustomers::searchKeys(customer).size();
    }
    if (stored != rebuilt) {
        int named = 0;
        for (const CustomerRecord &customer : rebuilt) {
            if (!stored.contains(customer) && named++ < 5)
                report.errors << QStringLiteral("customer book: %1 differs from its events")
                                     .arg(customer.customerId);
        }
        if (named == 0)
            report.errors << QStringLiteral("customer book: %1 stored, but the log tells %2")
                                 .arg(stored.size())
                                 .arg(rebuilt.size());
    }
    qint64 storedKeys = 0;
    SD_CHECK(scan("SELECT count(*) FROM customer_keys", {},
                  [&](sqlite3_stmt *s) { storedKeys = sqlite3_column_int64(s, 0); }));
    if (storedKeys != keys)
        report.errors << QStringLiteral("customer search: %1 keys, but the book needs %2")
                             .arg(storedKeys)
                             .arg(keys);
    report.counts.insert(QStringLiteral("customers"), rebuilt.size());
    return {};
}

Status SqliteAudit::auditReports(AuditReport &report)
{
    SD_TRY(const SalesTally stored, m_reports.storedTally());
    SD_TRY(const SalesTally rebuilt, m_reports.foldLog());
    SD_TRY(const QStringList periods, m_reports.periodDifferences());
    report.errors << periods;
    if (stored == rebuilt)
        return {};
    // Name the first rows that differ, a few of each table.
    const auto dayName = [](qint64 day) { return QDate::fromJulianDay(day).toString(Qt::ISODate); };
    int named = 0;
    for (const auto &[key, figures] : rebuilt.hours) {
        const auto it = stored.hours.find(key);
        if (it != stored.hours.end() && it->second == figures)
            continue;
        if (named++ < 5) {
            const auto &[day, hour, terminal] = key;
            report.errors << QStringLiteral("report tables: the sales of %1 %2:00 on %3 differ "
                                            "from the log (net %4, the log says %5)")
                                 .arg(dayName(day))
                                 .arg(hour, 2, 10, QLatin1Char('0'))
                                 .arg(terminal)
                                 .arg(it == stored.hours.end() ? 0 : it->second.net)
                                 .arg(figures.net);
        }
    }
    for (const auto &[key, figures] : stored.hours) {
        if (!rebuilt.hours.contains(key) && named++ < 5) {
            const auto &[day, hour, terminal] = key;
            report.errors << QStringLiteral("report tables: %1 %2:00 on %3 has sales the log "
                                            "does not have")
                                 .arg(dayName(day))
                                 .arg(hour, 2, 10, QLatin1Char('0'))
                                 .arg(terminal);
        }
    }
    if (stored.products != rebuilt.products)
        report.errors << QStringLiteral("report tables: the sales by product differ from the log");
    if (named == 0 && stored.products == rebuilt.products)
        report.errors << QStringLiteral("report tables differ from the log");
    return {};
}

Status SqliteAudit::auditShifts(AuditReport &report)
{
    SD_TRY(const QList<ShiftRecord> rebuilt, m_shifts.foldLog());
    ShiftQuery all;
    all.limit = -1;
    SD_TRY(QList<ShiftRecord> stored, m_shifts.shifts(all));
    std::sort(stored.begin(), stored.end(),
              [](const auto &a, const auto &b) { return a.shiftId < b.shiftId; });
    if (stored != rebuilt) {
        report.errors << QStringLiteral("shifts: %1 stored, but the log tells %2 (or they differ)")
                             .arg(stored.size())
                             .arg(rebuilt.size());
    }
    report.counts.insert(QStringLiteral("shifts"), rebuilt.size());
    for (const ShiftRecord &shift : rebuilt) {
        if (!shift.closed)
            continue;
        SD_TRY(const ShiftFigures figures, shiftFigures(m_log, shift));
        if (figures.expectedCash() != shift.expected)
            report.errors << QStringLiteral("shift %1: closed expecting %2 in cash, but its events "
                                            "add up to %3")
                                 .arg(shift.shiftId)
                                 .arg(shift.expected)
                                 .arg(figures.expectedCash());
    }
    return {};
}

Status SqliteAudit::foldReadModel(const std::function<Status(const OrderView &)> &sink)
{
    return m_readModel.foldReadModel(sink);
}

Result<qint64> SqliteAudit::eventCount()
{
    return m_log.eventCount();
}

Result<AuditReport> SqliteAudit::audit()
{
    AuditReport report;
    auto rows = [this](const QString &sql,
                       const std::function<void(const QSqlQuery &)> &each) -> Status {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return failure(q, QStringLiteral("verify"));
        while (q.next())
            each(q);
        return {};
    };

    // Read everything from one snapshot, even while another process writes.
    SD_CHECK(exec(QStringLiteral("BEGIN")));
    auto check = [&]() -> Status {
        QStringList integrity;
        SD_CHECK(rows(QStringLiteral("PRAGMA integrity_check"),
                      [&](const QSqlQuery &q) { integrity << q.value(0).toString(); }));
        if (integrity != QStringList{QStringLiteral("ok")})
            report.errors
                << QStringLiteral("integrity_check: %1").arg(integrity.join(QStringLiteral("; ")));

        // onHand is the sum of the product's stock events, each read by the domain
        // (stockEffect), so that the audit has no reading of a payload of its own.
        QHash<QString, qint64> summed;
        SD_CHECK(rows(QStringLiteral("SELECT seq, type, product_id, payload FROM events "
                                     "WHERE type IN ('%1')")
                          .arg(StockMove::eventTypes().join(QStringLiteral("', '"))),
                      [&](const QSqlQuery &q) {
                          DomainEvent event;
                          event.eventId = QString::number(q.value(0).toLongLong());
                          event.type = q.value(1).toString();
                          event.productId = q.value(2).toString();
                          event.payload =
                              QJsonDocument::fromJson(q.value(3).toByteArray()).object();
                          const Result<EventPayload> decoded = decodePayload(event);
                          if (!decoded) {
                              report.errors << QStringLiteral("the log's event at seq %1: %2")
                                                   .arg(event.eventId, decoded.error().message);
                          } else if (const auto effect = stockEffect(*decoded)) {
                              qint64 &sum = summed[event.productId];
                              const Result<StockDelta> added =
                                  addStock({sum, 0}, {effect->delta.onHand, 0}, event.productId);
                              if (added)
                                  sum = added.value().onHand;
                              else
                                  report.errors << QStringLiteral("the log's event at seq %1: %2")
                                                       .arg(event.eventId, added.error().message);
                          }
                      }));
        SD_CHECK(
            rows(QStringLiteral("SELECT product_id, on_hand FROM stock"), [&](const QSqlQuery &q) {
                const QString productId = q.value(0).toString();
                const qint64 total = summed.value(productId);
                if (q.value(1).toLongLong() == total)
                    return;
                report.errors << QStringLiteral("%1: on hand %2, but its stock events add up to %3")
                                     .arg(productId)
                                     .arg(q.value(1).toLongLong())
                                     .arg(total);
            }));
        // reserved is the sum of the open reservations: lines of orders not yet delivering.
        SD_CHECK(rows(
            QStringLiteral(
                "SELECT s.product_id, s.reserved, coalesce(r.total, 0) FROM stock s LEFT JOIN ("
                " SELECT l.product_id, sum(l.qty - l.returned_qty) AS total FROM order_lines l"
                " JOIN orders o ON o.order_id = l.order_id"
                " WHERE o.status IN ('placed', 'paid') GROUP BY l.product_id) r"
                " ON r.product_id = s.product_id WHERE s.reserved <> coalesce(r.total, 0)"),
            [&](const QSqlQuery &q) {
                report.errors << QStringLiteral("%1: reserved %2, but open orders reserve %3")
                                     .arg(q.value(0).toString())
                                     .arg(q.value(1).toLongLong())
                                     .arg(q.value(2).toLongLong());
            }));
        // Oversold stock is a shortage for a manager to resolve, not a broken invariant.
        SD_CHECK(rows(QStringLiteral("SELECT product_id, on_hand, reserved FROM stock "
                                     "WHERE on_hand < 0 OR on_hand - reserved < 0"),
                      [&](const QSqlQuery &q) {
                          report.warnings
                              << QStringLiteral("%1 is oversold: on hand %2, reserved %3")
                                     .arg(q.value(0).toString())
                                     .arg(q.value(1).toLongLong())
                                     .arg(q.value(2).toLongLong());
                      }));

        // Every triggering event has each of its policies recorded, and processed.
        QStringList expected;
        for (const QString &type : policyTriggerTypes())
            expected << QStringLiteral("WHEN '%1' THEN %2").arg(type).arg(policiesFor(type).size());
        SD_CHECK(rows(QStringLiteral("SELECT e.seq, e.type, e.order_id, count(r.policy), "
                                     "count(r.processed_at) FROM events e "
                                     "LEFT JOIN policy_runs r ON r.event_seq = e.seq "
                                     "WHERE e.type IN ('%1') AND e.origin = '%3' "
                                     "GROUP BY e.seq "
                                     "HAVING count(r.processed_at) <> CASE e.type %2 END")
                          .arg(policyTriggerTypes().join(QStringLiteral("', '")),
                               expected.join(QLatin1Char(' ')), m_terminal),
                      [&](const QSqlQuery &q) {
                          const QString pending =
                              QStringLiteral("event %1 (%2 of %3): %4 of its policies processed")
                                  .arg(q.value(0).toLongLong())
                                  .arg(q.value(1).toString(), q.value(2).toString())
                                  .arg(q.value(4).toLongLong());
                          report.errors << pending;
                          report.pendingReactions << pending;
                      }));
        // Each reaction's effect exists once (the unique index enforces it; this reports it).
        SD_CHECK(rows(QStringLiteral("SELECT causation_id, type, count(*) FROM events "
                                     "WHERE causation_id IS NOT NULL "
                                     "GROUP BY causation_id, type, coalesce(product_id, '') "
                                     "HAVING count(*) > 1"),
                      [&](const QSqlQuery &q) {
                          report.errors << QStringLiteral("event %1 caused %2 %3 times")
                                               .arg(q.value(0).toString(), q.value(1).toString())
                                               .arg(q.value(2).toLongLong());
                      }));

        // Each recorded slip print has its SlipPrinted event, and each such event its print.
        SD_CHECK(rows(QStringLiteral("SELECT order_id, sum(printed), sum(logged) FROM ("
                                     " SELECT order_id, 1 AS printed, 0 AS logged FROM slip_prints"
                                     " UNION ALL SELECT order_id, 0, 1 FROM events"
                                     " WHERE type = '%1') GROUP BY order_id"
                                     " HAVING sum(printed) <> sum(logged)")
                          .arg(EventType::SlipPrinted),
                      [&](const QSqlQuery &q) {
                          report.errors
                              << QStringLiteral("order %1: %2 slip prints recorded, but %3 "
                                                "SlipPrinted events")
                                     .arg(q.value(0).toString())
                                     .arg(q.value(1).toLongLong())
                                     .arg(q.value(2).toLongLong());
                      }));

        // The aggregates agree with the read model: an order written without its events
        // would show here even though its log (and so the rebuild) knows nothing of it.
        SD_CHECK(
            rows(QStringLiteral(
                     "SELECT o.order_id, o.status, v.status, p.status, v.payment_status, d.status, "
                     "v.delivery_status FROM orders o "
                     "LEFT JOIN order_view v ON v.order_id = o.order_id "
                     "LEFT JOIN (SELECT order_id, CASE WHEN sum(amount - refunded) > 0 THEN "
                     "'approved' ELSE 'refunded' END AS status FROM payment_parts "
                     "GROUP BY order_id) p ON p.order_id = o.order_id "
                     "LEFT JOIN deliveries d ON d.order_id = o.order_id "
                     "WHERE v.order_id IS NULL OR v.status <> o.status "
                     "OR coalesce(p.status, '') <> coalesce(v.payment_status, '') "
                     "OR coalesce(d.status, '') <> coalesce(v.delivery_status, '')"),
                 [&](const QSqlQuery &q) {
                     report.errors
                         << QStringLiteral("order %1: stored as %2 (payment %3, delivery %4), "
                                           "but the order list says %5 (payment %6, delivery %7)")
                                .arg(q.value(0).toString(), q.value(1).toString(),
                                     q.value(3).toString(), q.value(5).toString(),
                                     q.value(2).isNull() ? QStringLiteral("nothing")
                                                         : q.value(2).toString(),
                                     q.value(4).toString(), q.value(6).toString());
                 }));

        // The money: the list shows each order's total after discounts and returns, and the
        // payments hold exactly that total for a paid order, nothing for a cancelled one, at
        // most the total for a placed one (paid in parts so far).
        SD_CHECK(rows(
            QStringLiteral(
                "SELECT o.order_id, o.status, o.total, coalesce(v.total, -1), coalesce(p.held, 0) "
                "FROM orders o LEFT JOIN order_view v ON v.order_id = o.order_id "
                "LEFT JOIN (SELECT order_id, sum(amount - refunded) AS held FROM payment_parts "
                "GROUP BY order_id) p ON p.order_id = o.order_id "
                "WHERE (v.order_id IS NOT NULL AND v.total <> o.total) "
                "OR (o.status IN ('paid', 'delivering', 'delivered') "
                "AND coalesce(p.held, 0) <> o.total) "
                "OR (o.status = 'cancelled' AND coalesce(p.held, 0) <> 0) "
                "OR (o.status = 'placed' AND coalesce(p.held, 0) > o.total) "
                "OR o.gross - o.discount_total <> o.total OR o.taxable + o.exempt <> o.total "
                "OR o.supply + o.vat <> o.taxable"),
            [&](const QSqlQuery &q) {
                report.errors << QStringLiteral("order %1 (%2): total %3, the order list says %4, "
                                                "its payments hold %5")
                                     .arg(q.value(0).toString(), q.value(1).toString())
                                     .arg(q.value(2).toLongLong())
                                     .arg(q.value(3).toLongLong())
                                     .arg(q.value(4).toLongLong());
            }));

        // The read model equals a rebuild from the log.
        QSqlQuery stored(database());
        stored.setForwardOnly(true);
        if (!stored.exec(QStringLiteral("SELECT %1 FROM order_view ORDER BY order_id")
                             .arg(orderViewColumns)))
            return failure(stored, QStringLiteral("read the order view"));
        bool storedRow = stored.next();
        qint64 compared = 0;
        auto missing = [&](const QString &orderId) {
            report.errors << QStringLiteral("order view: %1 is missing").arg(orderId);
        };
        SD_CHECK(foldReadModel([&](const OrderView &rebuilt) -> Status {
            ++compared;
            while (storedRow && stored.value(0).toString() < rebuilt.orderId) {
                report.errors << QStringLiteral("order view: %1 has no events")
                                     .arg(stored.value(0).toString());
                storedRow = stored.next();
            }
            if (!storedRow || stored.value(0).toString() != rebuilt.orderId) {
                missing(rebuilt.orderId);
                return {};
            }
            if (!(readOrderView(stored) == rebuilt))
                report.errors << QStringLiteral("order view: %1 differs from its events")
                                     .arg(rebuilt.orderId);
            storedRow = stored.next();
            return {};
        }));
        for (; storedRow; storedRow = stored.next())
            report.errors
                << QStringLiteral("order view: %1 has no events").arg(stored.value(0).toString());

        SD_CHECK(auditReports(report));
        SD_CHECK(auditShifts(report));
        SD_CHECK(auditCustomers(report));

        // Events of other terminals kept aside because they could not be applied.
        SD_CHECK(rows(QStringLiteral("SELECT event_id, type, origin, global_seq, reason "
                                     "FROM remote_problems ORDER BY global_seq"),
                      [&](const QSqlQuery &q) {
                          report.errors
                              << QStringLiteral("event %1 (%2 from %3, hub position %4) could "
                                                "not be applied here and is kept aside: %5")
                                     .arg(q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toString(), q.value(3).toString(),
                                          q.value(4).toString());
                      }));

        // Every order in the list is in the order search once, with its name and time. First
        // a digest of each side, streamed (a sum of row hashes: order does not matter, a row
        // missing or twice changes it); only when they differ are the rows named, by a
        // comparison that sorts both sides in memory (about 190 MB on 1,000,000 orders).
        auto digest = [&](const QString &table, quint64 &sum, qint64 &count) {
            return rows(
                QStringLiteral("SELECT order_id, placed_at, customer_name FROM %1").arg(table),
                [&](const QSqlQuery &q) {
                    const QString row = q.value(0).toString() + QChar(0x1f) +
                                        q.value(1).toString() + QChar(0x1f) + q.value(2).toString();
                    sum += quint64(qHash(row, size_t(0x9e3779b97f4a7c15ULL)));
                    ++count;
                });
        };
        quint64 listSum = 0, searchSum = 0;
        qint64 listRows = 0, searchRows = 0;
        SD_CHECK(digest(QStringLiteral("order_view"), listSum, listRows));
        SD_CHECK(digest(QStringLiteral("order_search"), searchSum, searchRows));
        if (listSum != searchSum || listRows != searchRows) {
            SD_CHECK(rows(
                QStringLiteral("SELECT 'missing from', order_id FROM (SELECT order_id, placed_at, "
                               "customer_name FROM order_view EXCEPT SELECT order_id, placed_at, "
                               "customer_name FROM order_search) UNION ALL "
                               "SELECT 'stray in', order_id FROM (SELECT order_id, placed_at, "
                               "customer_name FROM order_search EXCEPT SELECT order_id, "
                               "placed_at, customer_name FROM order_view) UNION ALL "
                               "SELECT 'more than once in', order_id FROM order_search "
                               "GROUP BY order_id HAVING count(*) > 1"),
                [&](const QSqlQuery &q) {
                    report.errors << QStringLiteral("order search: %1 is %2 the index")
                                         .arg(q.value(1).toString(), q.value(0).toString());
                }));
        }

        SD_TRY(const qint64 events, eventCount());
        report.counts = {{QStringLiteral("events"), events}, {QStringLiteral("orders"), compared}};
        return {};
    };
    const Status checked = check();
    (void)exec(QStringLiteral("COMMIT"));
    if (!checked)
        return checked.error();
    return report;
}

} // namespace ShopDesk
