#include "sqlitereports.h"

#include "sqlitehelpers.h"

#include <QHash>

#include <array>

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

// The month and year keys of report_product_periods are the day's first 7 and 4 characters
// ('2026-12', '2026'), as the upgrade to schema 15 makes them (substr).
QByteArray monthKey(const QDate &day)
{
    return dayText(day).left(7).toLatin1();
}

QByteArray yearKey(const QDate &day)
{
    return dayText(day).left(4).toLatin1();
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

// A range of days cut into the fewest rows of the product tables: the days before its first
// whole month, the whole months before its first whole year, the whole years, the whole months
// after them and the days after the last whole month. Each part is a pair of keys for BETWEEN;
// an empty part is ("1", "0"), which nothing lies between.
struct ProductSpans
{
    std::array<std::pair<QByteArray, QByteArray>, 5> parts{};

    explicit ProductSpans(const ReportRange &range)
    {
        parts.fill({"1", "0"});
        const QDate firstMonth = range.from.day() == 1
                                     ? range.from
                                     : range.from.addMonths(1).addDays(1 - range.from.day());
        const QDate lastMonthEnd =
            range.to.addDays(1).day() == 1 ? range.to : range.to.addDays(-range.to.day());
        if (firstMonth > lastMonthEnd) {
            parts[0] = days(range.from, range.to);
            return;
        }
        if (range.from < firstMonth)
            parts[0] = days(range.from, firstMonth.addDays(-1));
        if (lastMonthEnd < range.to)
            parts[4] = days(lastMonthEnd.addDays(1), range.to);
        const QDate firstYear =
            firstMonth.month() == 1 ? firstMonth : QDate(firstMonth.year() + 1, 1, 1);
        const QDate lastYearEnd =
            lastMonthEnd.month() == 12 ? lastMonthEnd : QDate(lastMonthEnd.year() - 1, 12, 31);
        if (firstYear > lastYearEnd) {
            parts[1] = {monthKey(firstMonth), monthKey(lastMonthEnd)};
            return;
        }
        if (firstMonth < firstYear)
            parts[1] = {monthKey(firstMonth), monthKey(firstYear.addDays(-1))};
        parts[2] = {yearKey(firstYear), yearKey(lastYearEnd)};
        if (lastYearEnd < lastMonthEnd)
            parts[3] = {monthKey(lastYearEnd.addDays(1)), monthKey(lastMonthEnd)};
    }

    static std::pair<QByteArray, QByteArray> days(const QDate &from, const QDate &to)
    {
        return {dayText(from).toLatin1(), dayText(to).toLatin1()};
    }
};

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
    if (figures.products.isEmpty())
        return {};
    const QByteArray month = day.left(7).toLatin1(); // monthKey and yearKey of the same text
    const QByteArray year = day.left(4).toLatin1();
    for (auto it = figures.products.cbegin(); it != figures.products.cend(); ++it) {
        SD_CHECK(write("INSERT INTO report_products (day, terminal, product_id, qty, net) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                       "qty = qty + excluded.qty, net = net + excluded.net",
                       {day, terminal, it.key(), it->qty, it->net}));
        SD_CHECK(write("INSERT INTO report_product_periods (period, terminal, product_id, qty, "
                       "net) VALUES (?1, ?3, ?4, ?5, ?6), (?2, ?3, ?4, ?5, ?6) ON CONFLICT DO "
                       "UPDATE SET qty = qty + excluded.qty, net = net + excluded.net",
                       {month, year, terminal, it.key(), it->qty, it->net}));
    }
    return {};
}

Status SqliteReports::visitHourSales(const ReportRange &range,
                                     const std::function<void(const HourSales &)> &visit)
{
    // Read in the key's order and summed here: SQLite's GROUP BY would sort what the primary
    // key already holds in order.
    const QByteArray from = dayText(range.from).toLatin1();
    const QByteArray to = dayText(range.to).toLatin1();
    QHash<QByteArray, qint64 SalesFigures::*> fields;
    for (const SalesFigures::Measure &measure : SalesFigures::measures())
        fields.insert(measure.name.toString().toLatin1(), measure.field);
    HourSales current;
    bool open = false;
    QByteArray currentDay;
    SD_CHECK(scan(
        "SELECT day, hour, measure, value FROM report_hours WHERE day BETWEEN ?1 AND "
        "?2 AND (?3 = '' OR terminal = ?3) ORDER BY day, hour",
        {from, to, NativeArg::text(range.terminal)}, [&](sqlite3_stmt *row) {
            const QByteArray day =
                QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(row, 0)),
                                        sqlite3_column_bytes(row, 0));
            const int hour = sqlite3_column_int(row, 1);
            if (!open || hour != current.bucket.hour || day != currentDay) {
                if (open)
                    visit(current);
                open = true;
                currentDay = QByteArray(day.constData(), day.size());
                current = HourSales{};
                current.bucket = {QDate::fromString(QString::fromLatin1(currentDay), Qt::ISODate),
                                  hour};
            }
            const QByteArray name =
                QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(row, 2)),
                                        sqlite3_column_bytes(row, 2));
            if (auto field = fields.value(name))
                current.figures.*field += sqlite3_column_int64(row, 3);
        }));
    if (open)
        visit(current);
    return {};
}

Status SqliteReports::visitProductSales(const ReportRange &range,
                                        const std::function<void(const ProductSalesRow &)> &visit)
{
    // The range's days and whole months and years (ProductSpans), summed here by product.
    const ProductSpans spans(range);
    const auto &p = spans.parts;
    QHash<QByteArray, ProductSales> sums;
    SD_CHECK(scan(
        "SELECT product_id, qty, net FROM report_products WHERE day BETWEEN ?2 AND ?3 AND "
        "(?1 = '' OR terminal = ?1) UNION ALL "
        "SELECT product_id, qty, net FROM report_product_periods WHERE period BETWEEN ?4 AND ?5 "
        "AND length(period) = 7 AND (?1 = '' OR terminal = ?1) UNION ALL "
        "SELECT product_id, qty, net FROM report_product_periods WHERE period BETWEEN ?6 AND ?7 "
        "AND length(period) = 4 AND (?1 = '' OR terminal = ?1) UNION ALL "
        "SELECT product_id, qty, net FROM report_product_periods WHERE period BETWEEN ?8 AND ?9 "
        "AND length(period) = 7 AND (?1 = '' OR terminal = ?1) UNION ALL "
        "SELECT product_id, qty, net FROM report_products WHERE day BETWEEN ?10 AND ?11 AND "
        "(?1 = '' OR terminal = ?1)",
        {NativeArg::text(range.terminal), p[0].first, p[0].second, p[1].first, p[1].second,
         p[2].first, p[2].second, p[3].first, p[3].second, p[4].first, p[4].second},
        [&](sqlite3_stmt *row) {
            const QByteArray id =
                QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(row, 0)),
                                        sqlite3_column_bytes(row, 0));
            auto it = sums.find(id);
            if (it == sums.end())
                it = sums.insert(QByteArray(id.constData(), id.size()), {});
            it->qty += sqlite3_column_int64(row, 1);
            it->net += sqlite3_column_int64(row, 2);
        }));
    if (sums.isEmpty())
        return {};
    // The names as the catalog has them now (a product sold and since removed has none).
    QHash<QByteArray, QString> names;
    names.reserve(sums.size());
    SD_CHECK(scan("SELECT product_id, name FROM products", {}, [&](sqlite3_stmt *row) {
        const QByteArray id =
            QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(row, 0)),
                                    sqlite3_column_bytes(row, 0));
        if (sums.contains(id))
            names.insert(QByteArray(id.constData(), id.size()), columnText(row, 1));
    }));
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        visit({QString::fromUtf8(it.key()), names.value(it.key()), it.value()});
    return {};
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

Result<QStringList> SqliteReports::periodDifferences()
{
    // The months and years folded from the days, and the stored ones, each without the rows
    // that came to nothing; what one has and the other has not, a few of each way.
    static const char *const differences =
        "WITH folded AS (SELECT * FROM (SELECT substr(day, 1, 7) AS period, terminal, "
        "product_id, sum(qty) AS qty, sum(net) AS net FROM report_products GROUP BY 1, 2, 3 "
        "UNION ALL SELECT substr(day, 1, 4), terminal, product_id, sum(qty), sum(net) FROM "
        "report_products GROUP BY 1, 2, 3) WHERE qty <> 0 OR net <> 0), "
        "stored AS (SELECT period, terminal, product_id, qty, net FROM report_product_periods "
        "WHERE qty <> 0 OR net <> 0) "
        "SELECT * FROM (SELECT 'stored', * FROM (SELECT * FROM stored EXCEPT SELECT * FROM "
        "folded) LIMIT 5) UNION ALL SELECT * FROM (SELECT 'folded', * FROM (SELECT * FROM "
        "folded EXCEPT SELECT * FROM stored) LIMIT 5)";
    QStringList found;
    SD_CHECK(read(differences, {}, [&](const QStringList &row) {
        found << QStringLiteral("report tables: the sales of product %1 in %2 on %3 %4 "
                                "(%5 units, net %6)")
                     .arg(row.value(3), row.value(1), row.value(2),
                          row.value(0) == QLatin1String("stored")
                              ? QStringLiteral("are not those of its days")
                              : QStringLiteral("are missing from the months and years"),
                          row.value(4), row.value(5));
    }));
    return found;
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
    for (const char *sql : {"DELETE FROM report_hours", "DELETE FROM report_products",
                            "DELETE FROM report_product_periods"}) {
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
