#include "sqlitereports.h"

#include "sqlitehelpers.h"

namespace ShopDesk {

namespace {

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QDate dayOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// The range's WHERE clause over day (and terminal) and its values.
std::pair<QString, QVariantList> rangeFilter(const ReportRange &range)
{
    QString where = QStringLiteral("day BETWEEN ? AND ?");
    QVariantList values{dayText(range.from), dayText(range.to)};
    if (!range.terminal.isEmpty()) {
        where += QStringLiteral(" AND terminal = ?");
        values << range.terminal;
    }
    return {where, values};
}

} // namespace

SqliteReports::SqliteReports(SqliteConnection &connection)
    : SqlitePart(connection)
{}

Status SqliteReports::addSales(const SalesBucket &bucket, const QString &terminal,
                               const SalesFigures &figures)
{
    const QString day = dayText(bucket.day);
    // Every measure in one statement (a sale moves five or six of them): the measures' names
    // from SalesFigures::measures(), their values bound in the same order, zeros left out.
    static const QByteArray upsertMeasures = [] {
        QByteArray rows;
        for (const SalesFigures::Measure &measure : SalesFigures::measures())
            rows += (rows.isEmpty() ? "('" : ", ('") + measure.name.toString().toLatin1() + "', ?)";
        return "INSERT INTO report_hours (day, hour, terminal, measure, value) "
               "SELECT ?, ?, ?, column1, column2 FROM (VALUES " +
               rows +
               ") WHERE column2 <> 0 ON CONFLICT DO UPDATE SET value = value + excluded.value";
    }();
    const auto v = [&figures](int i) { return figures.*SalesFigures::measures().at(i).field; };
    Q_ASSERT(SalesFigures::measures().size() == 14);
    SD_CHECK(write(upsertMeasures.constData(),
                   {day, bucket.hour, terminal, v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7),
                    v(8), v(9), v(10), v(11), v(12), v(13)}));
    for (auto it = figures.products.cbegin(); it != figures.products.cend(); ++it) {
        SD_CHECK(write("INSERT INTO report_products (day, terminal, product_id, qty, net) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                       "qty = qty + excluded.qty, net = net + excluded.net",
                       {day, terminal, it.key(), it->qty, it->net}));
    }
    return {};
}

Status SqliteReports::visitHourSales(const ReportRange &range,
                                     const std::function<void(const HourSales &)> &visit)
{
    const auto [where, values] = rangeFilter(range);
    HourSales current;
    bool open = false;
    SD_CHECK(visitRows(QStringLiteral("SELECT day, hour, measure, sum(value) FROM report_hours "
                                      "WHERE %1 GROUP BY day, hour, measure ORDER BY day, hour")
                           .arg(where),
                       values, [&](const QSqlQuery &q) {
                           const SalesBucket bucket{dayOf(q.value(0)), q.value(1).toInt()};
                           if (open && !(bucket == current.bucket)) {
                               visit(current);
                               current = HourSales{};
                           }
                           open = true;
                           current.bucket = bucket;
                           if (auto field = SalesFigures::measure(q.value(2).toString()))
                               current.figures.*field += q.value(3).toLongLong();
                       }));
    if (open)
        visit(current);
    return {};
}

Status SqliteReports::visitProductSales(const ReportRange &range,
                                        const std::function<void(const ProductSalesRow &)> &visit)
{
    const auto [where, values] = rangeFilter(range);
    return visitRows(
        QStringLiteral("SELECT r.product_id, coalesce(p.name, ''), sum(r.qty), sum(r.net) "
                       "FROM (SELECT product_id, qty, net FROM report_products WHERE %1) r "
                       "LEFT JOIN products p ON p.product_id = r.product_id "
                       "GROUP BY r.product_id")
            .arg(where),
        values, [&](const QSqlQuery &q) {
            visit({q.value(0).toString(),
                   q.value(1).toString(),
                   {q.value(2).toLongLong(), q.value(3).toLongLong()}});
        });
}

Result<QStringList> SqliteReports::reportTerminals()
{
    QStringList terminals;
    SD_CHECK(visitRows(QStringLiteral("SELECT DISTINCT terminal FROM report_hours ORDER BY 1"), {},
                       [&](const QSqlQuery &q) { terminals << q.value(0).toString(); }));
    return terminals;
}

Result<SalesTally> SqliteReports::foldLog()
{
    SalesTally tally;
    OrderSalesFold fold;
    QString orderId;
    std::optional<Error> problem;
    QStringList types;
    for (const QLatin1StringView type : EventType::all()) {
        if (movesSales(QString(type)))
            types << QStringLiteral("'%1'").arg(type);
    }
    SD_CHECK(visitRows(QStringLiteral("SELECT %1 FROM events WHERE order_id IS NOT NULL AND "
                                      "type IN (%2) ORDER BY order_id, seq")
                           .arg(eventColumns, types.join(QLatin1Char(','))),
                       {}, [&](const QSqlQuery &q) {
                           if (problem)
                               return;
                           const DomainEvent event = readEvent(q);
                           if (event.orderId != orderId) {
                               orderId = event.orderId;
                               fold = OrderSalesFold();
                           }
                           Result<SalesFigures> figures = fold.apply(event);
                           if (!figures)
                               problem = figures.error();
                           else if (!figures->isZero())
                               tally.add(SalesBucket::of(event.occurredAt), event.origin,
                                         figures.value());
                       }));
    if (problem)
        return *problem;
    tally.dropZeros();
    return tally;
}

Result<SalesTally> SqliteReports::storedTally()
{
    SalesTally tally;
    QString unknown;
    SD_CHECK(visitRows(
        QStringLiteral("SELECT day, hour, terminal, measure, value FROM "
                       "report_hours"),
        {}, [&](const QSqlQuery &q) {
            SalesFigures figures;
            if (auto field = SalesFigures::measure(q.value(3).toString()))
                figures.*field = q.value(4).toLongLong();
            else
                unknown = q.value(3).toString();
            tally
                .hours[{dayOf(q.value(0)).toJulianDay(), q.value(1).toInt(), q.value(2).toString()}]
                .add(figures);
        }));
    if (!unknown.isNull())
        return Error::storage(
            QStringLiteral("report_hours holds a measure this build does not know: '%1'")
                .arg(unknown));
    SD_CHECK(visitRows(
        QStringLiteral("SELECT day, terminal, product_id, qty, net FROM report_products"), {},
        [&](const QSqlQuery &q) {
            ProductSales &product = tally.products[{dayOf(q.value(0)).toJulianDay(),
                                                    q.value(1).toString(), q.value(2).toString()}];
            product.qty += q.value(3).toLongLong();
            product.net += q.value(4).toLongLong();
        }));
    tally.dropZeros();
    return tally;
}

Status SqliteReports::rebuildReports()
{
    if (m_readOnly)
        return Error::storage(QStringLiteral("the database %1 is read-only").arg(m_path));
    SD_CHECK(begin());
    auto fail = [this](const Error &error) {
        rollback();
        return error;
    };
    Result<SalesTally> tally = foldLog();
    if (!tally)
        return fail(tally.error());
    for (const char *sql : {"DELETE FROM report_hours", "DELETE FROM report_products"}) {
        if (Status done = exec(QString::fromUtf8(sql)); !done)
            return fail(done.error());
    }
    for (const auto &[key, figures] : tally->hours) {
        const auto &[day, hour, terminal] = key;
        if (Status done = addSales({QDate::fromJulianDay(day), hour}, terminal, figures); !done)
            return fail(done.error());
    }
    for (const auto &[key, sales] : tally->products) {
        const auto &[day, terminal, productId] = key;
        SalesFigures figures;
        figures.products.insert(productId, sales);
        if (Status done = addSales({QDate::fromJulianDay(day), 0}, terminal, figures); !done)
            return fail(done.error());
    }
    if (Status done = commit(); !done)
        return fail(done.error());
    return {};
}

} // namespace ShopDesk
