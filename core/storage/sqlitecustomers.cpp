#include "sqlitecustomers.h"

#include "sqlitehelpers.h"

#include <QJsonArray>
#include <QSet>

namespace ShopDesk {

namespace {

const char *const customerColumns =
    "customer_id, name, phones, addresses, note, erased, registered_at, updated_at";

// The characters a phone search may have beside its digits.
bool isPhoneText(const QString &text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c.isDigit())
            digit = true;
        else if (!QStringView(u" -+().").contains(c))
            return false;
    }
    return digit;
}

// A name as the search compares it: lower case, its spaces simplified.
QString searchForm(const QString &name)
{
    return name.simplified().toLower();
}

QString textColumn(sqlite3_stmt *statement, int column)
{
    const void *text = sqlite3_column_text16(statement, column);
    const int bytes = sqlite3_column_bytes16(statement, column);
    return text ? QString(static_cast<const QChar *>(text), bytes / int(sizeof(QChar))) : QString();
}

QStringList textsOf(const QString &json)
{
    QStringList texts;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        texts << value.toString();
    return texts;
}

QString jsonOf(const QStringList &texts)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

CustomerRecord readCustomer(sqlite3_stmt *s)
{
    CustomerRecord c;
    c.customerId = textColumn(s, 0);
    c.name = textColumn(s, 1);
    c.phones = textsOf(textColumn(s, 2));
    c.addresses = textsOf(textColumn(s, 3));
    c.note = textColumn(s, 4);
    c.erased = sqlite3_column_int(s, 5) != 0;
    c.registeredAt = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(s, 6), Qt::UTC);
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(s, 7), Qt::UTC);
    return c;
}

// "?, ?, ?" for n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList valuesOf(const QStringList &texts)
{
    QVariantList values;
    for (const QString &text : texts)
        values << text;
    return values;
}

} // namespace

SqliteCustomers::SqliteCustomers(SqliteConnection &connection)
    : SqlitePart(connection)
{}

QStringList SqliteCustomers::searchKeys(const CustomerRecord &customer)
{
    QStringList keys;
    const auto addSuffixes = [&](QChar kind, const QString &text) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isSpace() || text.at(i).isLowSurrogate())
                continue;
            const QString key = kind + text.mid(i);
            if (!keys.contains(key))
                keys << key;
        }
    };
    for (const QString &digits : customer.phoneDigits())
        addSuffixes(u'p', digits);
    if (!customer.erased)
        addSuffixes(u'n', searchForm(customer.name));
    return keys;
}

QString SqliteCustomers::searchTerm(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isPhoneText(trimmed))
        return QLatin1Char('p') + phoneDigits(trimmed);
    return QLatin1Char('n') + searchForm(trimmed);
}

Result<QString> SqliteCustomers::nextCustomerId()
{
    qint64 next = 1;
    SD_CHECK(scan("SELECT coalesce(max(customer_no), 0) + 1 FROM customers WHERE origin = ?",
                  {m_terminal}, [&](sqlite3_stmt *s) { next = sqlite3_column_int64(s, 0); }));
    return customerIdFor(m_terminal, next);
}

Result<std::optional<CustomerRecord>> SqliteCustomers::findCustomer(const QString &customerId)
{
    std::optional<CustomerRecord> found;
    SD_CHECK(scan("SELECT customer_id, name, phones, addresses, note, erased, registered_at, "
                  "updated_at FROM customers WHERE customer_id = ?",
                  {customerId}, [&](sqlite3_stmt *s) { found = readCustomer(s); }));
    return found;
}

Result<QList<CustomerRecord>> SqliteCustomers::customersById(const QStringList &ids)
{
    QList<CustomerRecord> customers;
    for (const QString &id : ids) {
        SD_TRY(const std::optional<CustomerRecord> customer, findCustomer(id));
        if (customer)
            customers << *customer;
    }
    return customers;
}

Result<QList<CustomerRecord>> SqliteCustomers::customersWithPhone(const QString &digits)
{
    QStringList ids;
    SD_CHECK(scan("SELECT p.customer_id FROM customer_phones p "
                  "JOIN customers c ON c.customer_id = p.customer_id "
                  "WHERE p.digits = ? ORDER BY c.registered_at, c.customer_id",
                  {digits}, [&](sqlite3_stmt *s) { ids << textColumn(s, 0); }));
    return customersById(ids);
}

Result<QList<CustomerRecord>> SqliteCustomers::searchCustomers(const QString &text, int limit)
{
    const QString term = searchTerm(text);
    if (term.size() < 2 || limit == 0)
        return QList<CustomerRecord>();
    const QString end = term + QChar(0xFFFF);
    // The keys in index order; a customer matching by several suffixes counts once, so a few
    // more keys than customers are read, and more only when those were not enough.
    QStringList ids;
    for (qint64 fetch = limit < 0 ? -1 : qint64(limit) * 2 + 8;; fetch *= 4) {
        ids.clear();
        QSet<QString> seen;
        qint64 rows = 0;
        SD_CHECK(scan("SELECT customer_id FROM customer_keys WHERE key >= ? AND key < ? LIMIT ?",
                      {term, end, fetch}, [&](sqlite3_stmt *s) {
                          ++rows;
                          QString id = textColumn(s, 0);
                          if (!seen.contains(id)) {
                              seen.insert(id);
                              ids << id;
                          }
                      }));
        if (fetch < 0 || ids.size() >= limit || rows < fetch)
            break;
    }
    if (limit >= 0 && ids.size() > limit)
        ids.resize(limit);
    return customersById(ids);
}

Result<QList<CustomerRecord>> SqliteCustomers::customers(const ListQuery &query)
{
    if (!query.search.isEmpty()) {
        SD_TRY(QList<CustomerRecord> found,
               searchCustomers(query.search, query.limit < 0 ? -1 : query.limit + query.offset));
        return found.mid(query.offset);
    }
    QList<CustomerRecord> customers;
    SD_CHECK(scan("SELECT customer_id, name, phones, addresses, note, erased, registered_at, "
                  "updated_at FROM customers ORDER BY name, customer_id LIMIT ? OFFSET ?",
                  {query.limit, query.offset},
                  [&](sqlite3_stmt *s) { customers << readCustomer(s); }));
    return customers;
}

Result<qint64> SqliteCustomers::customerCount()
{
    qint64 count = 0;
    SD_CHECK(scan("SELECT count(*) FROM customers", {},
                  [&](sqlite3_stmt *s) { count = sqlite3_column_int64(s, 0); }));
    return count;
}

Status SqliteCustomers::saveCustomer(const CustomerRecord &customer)
{
    // The keys and phones it had go first; its row is then written over.
    SD_TRY(const std::optional<CustomerRecord> before, findCustomer(customer.customerId));
    if (before) {
        for (const QString &key : searchKeys(*before)) {
            SD_CHECK(write("DELETE FROM customer_keys WHERE key = ? AND customer_id = ?",
                           {key, customer.customerId}));
        }
        SD_CHECK(write("DELETE FROM customer_phones WHERE customer_id = ?", {customer.customerId}));
    }
    return writeCustomer(customer);
}

Status SqliteCustomers::writeCustomer(const CustomerRecord &c)
{
    const qsizetype at = c.customerId.lastIndexOf(QLatin1StringView("-C"));
    const QString origin = c.customerId.left(at);
    const qint64 number = customerNumberOf(c.customerId, origin);
    SD_CHECK(write("INSERT INTO customers (customer_id, origin, customer_no, name, phones, "
                   "addresses, note, erased, registered_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                   "name = excluded.name, phones = excluded.phones, "
                   "addresses = excluded.addresses, note = excluded.note, "
                   "erased = excluded.erased, updated_at = excluded.updated_at",
                   {c.customerId, origin, number, c.name, jsonOf(c.phones), jsonOf(c.addresses),
                    NativeArg::text(c.note), c.erased ? 1 : 0, NativeArg::time(c.registeredAt),
                    NativeArg::time(c.updatedAt)}));
    for (const QString &digits : c.phoneDigits()) {
        SD_CHECK(write("INSERT OR IGNORE INTO customer_phones (customer_id, digits) VALUES (?, ?)",
                       {c.customerId, digits}));
    }
    for (const QString &key : searchKeys(c)) {
        SD_CHECK(write("INSERT OR IGNORE INTO customer_keys (key, customer_id) VALUES (?, ?)",
                       {key, c.customerId}));
    }
    return {};
}

Status SqliteCustomers::eraseOrderCustomers(const QStringList &phoneDigits)
{
    OrderView erased;
    eraseCustomerOf(erased);
    for (const QString &digits : phoneDigits) {
        struct Row
        {
            QString orderId;
            QString name;
            qint64 placedAt;
        };
        QList<Row> rows;
        SD_CHECK(
            scan("SELECT order_id, customer_name, placed_at FROM order_view "
                 "WHERE customer_digits = ?",
                 {digits}, [&](sqlite3_stmt *s) {
                     rows.append({textColumn(s, 0), textColumn(s, 1), sqlite3_column_int64(s, 2)});
                 }));
        for (const Row &row : std::as_const(rows)) {
            SD_CHECK(write("UPDATE order_view SET customer_name = ?, customer_phone = ?, "
                           "customer_address = ?, customer_digits = NULL WHERE order_id = ?",
                           {erased.customerName, NativeArg::text(erased.customerPhone),
                            NativeArg::text(erased.customerAddress), row.orderId}));
            SD_CHECK(write("UPDATE orders SET customer_name = ?, phone = ?, address = ? "
                           "WHERE order_id = ?",
                           {erased.customerName, NativeArg::text(erased.customerPhone),
                            NativeArg::text(erased.customerAddress), row.orderId}));
            // The order search has no index on the id: a name of three characters or more is
            // found by its trigrams, a shorter one by a scan.
            if (row.name.size() >= 3) {
                SD_CHECK(write("DELETE FROM order_search WHERE rowid IN (SELECT rowid FROM "
                               "order_search WHERE order_search MATCH ? AND order_id = ?)",
                               {ftsPhrase(row.name), row.orderId}));
            } else {
                SD_CHECK(write("DELETE FROM order_search WHERE order_id = ?", {row.orderId}));
            }
            SD_CHECK(write("INSERT INTO order_search (order_id, placed_at, customer_name) "
                           "VALUES (?, ?, ?)",
                           {row.orderId, row.placedAt, erased.customerName}));
        }
    }
    return {};
}

Result<QList<OrderView>> SqliteCustomers::ordersWithPhones(const QStringList &phoneDigits,
                                                           int limit)
{
    QList<OrderView> orders;
    if (phoneDigits.isEmpty())
        return orders;
    QVariantList values = valuesOf(phoneDigits);
    values << limit;
    SD_CHECK(visitRows(QStringLiteral("SELECT %1 FROM order_view WHERE customer_digits IN (%2) "
                                      "ORDER BY placed_at DESC, order_id DESC LIMIT ?")
                           .arg(orderViewColumns, placeholders(phoneDigits.size())),
                       values, [&](const QSqlQuery &q) { orders << readOrderView(q); }));
    return orders;
}

Result<CustomerTotals> SqliteCustomers::totalsOfPhones(const QStringList &phoneDigits)
{
    CustomerTotals totals;
    if (phoneDigits.isEmpty())
        return totals;
    SD_CHECK(visitRows(
        QStringLiteral(
            "SELECT count(*), coalesce(sum(status = 'cancelled'), 0), "
            "coalesce(sum(CASE WHEN status <> 'cancelled' THEN total END), 0), "
            "coalesce(sum(CASE WHEN status IN ('paid', 'delivering', 'delivered') THEN total "
            "END), 0) FROM order_view WHERE customer_digits IN (%1)")
            .arg(placeholders(phoneDigits.size())),
        valuesOf(phoneDigits), [&](const QSqlQuery &q) {
            totals = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toLongLong()};
        }));
    return totals;
}

Result<CustomerFold> SqliteCustomers::foldLog()
{
    CustomerFold fold;
    SD_CHECK(visitLoggedEvents(
        {EventType::CustomerRegistered, EventType::CustomerChanged, EventType::CustomerErased},
        [&](const DomainEvent &event, const EventPayload &payload) {
            return fold.apply(event, payload);
        }));
    return fold;
}

Result<QList<CustomerRecord>> SqliteCustomers::allCustomers()
{
    QList<CustomerRecord> customers;
    SD_CHECK(scan("SELECT customer_id, name, phones, addresses, note, erased, registered_at, "
                  "updated_at FROM customers ORDER BY customer_id",
                  {}, [&](sqlite3_stmt *s) { customers << readCustomer(s); }));
    return customers;
}

Status SqliteCustomers::rebuildCustomers()
{
    return inTransaction([&]() -> Status {
        SD_TRY(const CustomerFold fold, foldLog());
        SD_CHECK(exec(QStringLiteral("DELETE FROM customer_keys")));
        SD_CHECK(exec(QStringLiteral("DELETE FROM customer_phones")));
        SD_CHECK(exec(QStringLiteral("DELETE FROM customers")));
        for (const auto &[id, customer] : fold.customers())
            SD_CHECK(writeCustomer(customer));
        return {};
    });
}

Status SqliteCustomers::fillOrderDigits()
{
    return inTransaction([&]() -> Status {
        QList<std::pair<QString, QString>> phones;
        SD_CHECK(visitRows(
            QStringLiteral("SELECT order_id, customer_phone FROM order_view "
                           "WHERE customer_phone <> ''"),
            {}, [&](const QSqlQuery &q) {
                phones.append({q.value(0).toString(), phoneDigits(q.value(1).toString())});
            }));
        for (const auto &[orderId, digits] : std::as_const(phones)) {
            SD_CHECK(write("UPDATE order_view SET customer_digits = ? WHERE order_id = ?",
                           {NativeArg::nullIfEmpty(digits), orderId}));
        }
        return {};
    });
}

} // namespace ShopDesk
