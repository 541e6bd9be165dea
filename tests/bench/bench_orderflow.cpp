// bench_orderflow: the durable order flow (place, pay, deliver) through ShopDesk, measured
// against a baseline in the same run that issues the same SQL transactions through the raw
// sqlite3 C API. Both paths get an identical fresh database and the same planned orders; they
// run in alternating rounds so that drift of the machine hits both alike. A short traced
// warm-up counts the statements each path issues, so a reader can see that they match.
//
// A benchmark, not a test: it prints figures and exits 0 whatever they are; 2 for a usage
// error and 1 only when the flow itself fails. --pragma changes the connection settings of
// both paths for diagnosis (synchronous=OFF shows the CPU-bound ratio).

#include "shopservices.h"
#include "sqlitestore.h"
#include "walcheckpointer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace ShopDesk {

namespace {

constexpr qint64 StockPerProduct = 100'000'000;
const QString Terminal = QStringLiteral("T1");
const QString Actor = QStringLiteral("bench");

struct PlannedLine
{
    int product = 0; // index into the catalog
    qint64 qty = 0;
};

// One order of the plan, in both paths' own terms, built before any timing.
struct PlannedOrder
{
    Customer customer;
    QList<OrderRequestLine> request;
    std::string name;
    std::string phone;
    std::string address;
    std::vector<PlannedLine> lines;
};

struct Plan
{
    QStringList productIds;
    std::vector<std::string> rawProductIds;
    std::vector<PlannedOrder> orders;
};

Plan makePlan(int products, int orders, quint32 seed)
{
    Plan plan;
    for (int i = 1; i <= products; ++i) {
        const QString id = QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0'));
        plan.productIds << id;
        plan.rawProductIds.push_back(id.toStdString());
    }
    QRandomGenerator random(seed);
    plan.orders.reserve(orders);
    for (int n = 1; n <= orders; ++n) {
        PlannedOrder order;
        const int customer = int(random.bounded(5000)) + 1;
        order.customer.name = QStringLiteral("Customer %1").arg(customer);
        order.customer.phone = QStringLiteral("010-5555-%1").arg(customer, 4, 10, QLatin1Char('0'));
        order.customer.address = QStringLiteral("%1 Teheran-ro, Gangnam-gu, Seoul").arg(customer);
        order.name = order.customer.name.toStdString();
        order.phone = order.customer.phone.toStdString();
        order.address = order.customer.address.toStdString();
        const int lineCount = int(random.bounded(3)) + 1;
        while (int(order.lines.size()) < lineCount) {
            const int product = int(random.bounded(products));
            // Distinct products, as Order::validateRequest would merge repeats anyway.
            if (std::any_of(order.lines.begin(), order.lines.end(),
                            [&](const PlannedLine &l) { return l.product == product; }))
                continue;
            const qint64 qty = qint64(random.bounded(3)) + 1;
            order.lines.push_back({product, qty});
            order.request.append({plan.productIds.at(product), qty});
        }
        plan.orders.push_back(std::move(order));
    }
    return plan;
}

// Counts the statements a connection runs (SQLITE_TRACE_STMT), by SQL text.
struct StatementCensus
{
    QMap<QByteArray, qint64> bySql;
    qint64 total = 0;

    static int callback(unsigned type, void *context, void *statement, void *text)
    {
        if (type != SQLITE_TRACE_STMT)
            return 0;
        // Statements run by triggers are reported as comments; count only what the app issues.
        if (qstrncmp(static_cast<const char *>(text), "--", 2) == 0)
            return 0;
        auto *census = static_cast<StatementCensus *>(context);
        ++census->bySql[positional(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))];
        ++census->total;
        return 0;
    }

    // Qt Sql hands SQLite `?` placeholders renamed to :0, :1, ...; spell them back.
    static QByteArray positional(const char *sql)
    {
        QByteArray text;
        for (const char *c = sql; *c; ++c) {
            if (*c == ':' && c[1] >= '0' && c[1] <= '9') {
                text += '?';
                while (c[1] >= '0' && c[1] <= '9')
                    ++c;
            } else {
                text += *c;
            }
        }
        return text;
    }

    void attach(sqlite3 *db) { sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &callback, this); }
    static void detach(sqlite3 *db) { sqlite3_trace_v2(db, 0, nullptr, nullptr); }

    qint64 count(const char *sql) const { return bySql.value(QByteArray(sql)); }
};

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

qint64 cpuNow()
{
    return qint64(std::clock()) * (1'000'000'000 / CLOCKS_PER_SEC);
}

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Fills a catalog into a new database through the services, as one batch: identical starting
// state for both paths (products, stock rows and their events, schema).
bool createDatabase(const QString &path, const Plan &plan, QString *error)
{
    SqliteOptions options;
    options.path = path;
    options.terminal = Terminal;
    auto opened = SqliteStore::open(options);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    ShopServices shop(*opened.value());
    shop.work.setActor(Actor);
    if (Status begun = shop.work.beginBatch(); !begun) {
        *error = begun.error().message;
        return false;
    }
    for (qsizetype i = 0; i < plan.productIds.size(); ++i) {
        const QString &id = plan.productIds.at(i);
        const Money price = 1000 + (i * 37 % 90) * 100;
        auto made =
            shop.inventory.registerProduct(id, QStringLiteral("Product ") + id.mid(1), price);
        if (!made) {
            *error = made.error().message;
            return false;
        }
        auto received = shop.inventory.adjustStock(id, StockPerProduct, QStringLiteral("bench"));
        if (!received) {
            *error = received.error().message;
            return false;
        }
    }
    if (Status ended = shop.work.endBatch(); !ended) {
        *error = ended.error().message;
        return false;
    }
    return true;
}

bool execPragma(sqlite3 *db, const QByteArray &pragma, QString *error)
{
    if (sqlite3_exec(db, "PRAGMA " + pragma, nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("PRAGMA %1: %2")
                     .arg(QString::fromLatin1(pragma), QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

QByteArray pragmaValue(sqlite3 *db, const QByteArray &name)
{
    sqlite3_stmt *s = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, "PRAGMA " + name, -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        value = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    return value;
}

// The connection settings SqliteStore chose, read back from its connection, so that the
// baseline runs with the same ones whatever the store sets now or later.
QByteArrayList connectionPragmas(sqlite3 *db)
{
    QByteArrayList pragmas;
    for (const char *name :
         {"journal_mode", "synchronous", "foreign_keys", "busy_timeout", "cache_size", "temp_store",
          "mmap_size", "wal_autocheckpoint", "locking_mode", "cache_spill", "automatic_index"}) {
        pragmas << QByteArray(name) + '=' + pragmaValue(db, name);
    }
    return pragmas;
}

struct Timings
{
    std::vector<qint64> placeNs; // one per placed order
    qint64 loopNs = 0;           // whole place + pay + complete loop
    qint64 cpuNs = 0;            // process CPU time (user + system) of that loop
    qint64 placeTotalNs = 0;
    qint64 payTotalNs = 0; // pay and the two policy reactions it triggers
    qint64 completeTotalNs = 0;
    qint64 orders = 0;
};

class ShopDeskPath
{
public:
    bool open(const QString &path, QString *error)
    {
        SqliteOptions options;
        options.path = path;
        auto opened = SqliteStore::open(options);
        if (!opened) {
            *error = opened.error().message;
            return false;
        }
        m_store = std::move(opened.value());
        m_shop = std::make_unique<ShopServices>(*m_store);
        m_shop->work.setActor(Actor);
        return true;
    }

    sqlite3 *handle() const { return nativeHandle(m_store->database()); }

    // Runs orders [first, last) of the plan: place, pay cash, complete the delivery.
    bool run(const Plan &plan, int first, int last, Timings *timings, QString *error)
    {
        QElapsedTimer loop;
        QElapsedTimer step;
        const qint64 cpuStart = cpuNow();
        loop.start();
        for (int i = first; i < last; ++i) {
            const PlannedOrder &planned = plan.orders[i];
            step.start();
            auto placed = m_shop->orders.placeOrder(planned.customer, planned.request);
            const qint64 placeNs = step.nsecsElapsed();
            if (!placed)
                return fail(placed.error(), error);
            const QString orderId = placed->order.orderId();

            step.start();
            auto paid = m_shop->orders.payOrder(orderId, PaymentMethod::Cash);
            const qint64 payNs = step.nsecsElapsed();
            if (!paid)
                return fail(paid.error(), error);
            if (paid->order.status() != OrderStatus::Delivering) {
                *error = QStringLiteral("%1 is not delivering after payment").arg(orderId);
                return false;
            }

            step.start();
            auto delivered = m_shop->orders.completeDelivery(orderId);
            const qint64 completeNs = step.nsecsElapsed();
            if (!delivered)
                return fail(delivered.error(), error);

            if (timings) {
                timings->placeNs.push_back(placeNs);
                timings->placeTotalNs += placeNs;
                timings->payTotalNs += payNs;
                timings->completeTotalNs += completeNs;
            }
        }
        if (timings) {
            timings->loopNs += loop.nsecsElapsed();
            timings->cpuNs += cpuNow() - cpuStart;
            timings->orders += last - first;
        }
        return true;
    }

private:
    static bool fail(const Error &failure, QString *error)
    {
        *error = failure.message;
        return false;
    }

    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ShopServices> m_shop;
};

// The statements SqliteStore issues for this flow, spelled exactly as it spells them.
enum Sql {
    Begin,
    Commit,
    SelectProduct,
    SelectStock,
    UpdateStock,
    NextOrderNo,
    SelectOrder,
    SelectOrderLines,
    InsertOrder,
    InsertOrderLine,
    UpdateOrderStatus,
    SelectPayment,
    UpsertPayment,
    SelectDelivery,
    UpsertDelivery,
    NextOriginSeq,
    InsertEvent,
    InsertPolicyRun,
    MarkProcessed,
    InsertOrderView,
    InsertOrderSearch,
    UpdateOrderView,
    SelectHasUsers,
    SelectPlacedBy,
    SelectShopSettings,
    SqlCount
};

constexpr const char *sqlText[SqlCount] = {
    "BEGIN IMMEDIATE",
    "COMMIT",
    "SELECT product_id, name, price, barcode, low_stock_threshold, tax FROM products WHERE "
    "product_id = ?",
    "SELECT on_hand, reserved FROM stock WHERE product_id = ?",
    "UPDATE stock SET on_hand = ?, reserved = ? WHERE product_id = ?",
    "SELECT coalesce(max(order_no), 0) + 1 FROM orders WHERE origin = ?",
    "SELECT status, customer_name, phone, address, placed_at, origin, vat_rate, discount, "
    "discount_approved_by FROM orders WHERE order_id = ?",
    "SELECT product_id, product_name, qty, price, tax, discount, returned_qty FROM order_lines "
    "WHERE order_id = ? ORDER BY line_no",
    "INSERT INTO orders (order_id, origin, order_no, status, customer_name, phone, address, "
    "total, placed_at, vat_rate, discount, discount_approved_by, placed_by, gross, "
    "discount_total, taxable, supply, vat, exempt) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO order_lines (order_id, line_no, product_id, product_name, qty, price, tax, "
    "discount, returned_qty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE orders SET status = ? WHERE order_id = ?",
    "SELECT part, method, amount, tendered, approval_code, card_company, instalments, card_last4, "
    "cash_receipt, refunded FROM payment_parts WHERE order_id = ? ORDER BY part",
    "INSERT INTO payment_parts (order_id, part, method, amount, tendered, approval_code, "
    "card_company, instalments, card_last4, cash_receipt, refunded) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (order_id, part) DO UPDATE SET refunded = excluded.refunded",
    "SELECT delivery_id, status, started_at FROM deliveries WHERE order_id = ?",
    "INSERT INTO deliveries (order_id, delivery_id, status, started_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (order_id) DO UPDATE SET status = excluded.status",
    "SELECT coalesce(max(origin_seq), 0) + 1 FROM events WHERE origin = ?",
    "INSERT INTO events (event_id, type, order_id, product_id, origin, origin_seq, actor, "
    "causation_id, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO policy_runs (event_seq, policy) VALUES (?, ?)",
    "UPDATE policy_runs SET processed_at = ? "
    "WHERE event_seq = ? AND policy = ? AND processed_at IS NULL",
    "INSERT INTO order_view (order_id, status, customer_name, customer_phone, customer_address, "
    "total, line_count, item_count, payment_method, payment_status, delivery_id, delivery_status, "
    "origin, placed_at, delivery_started_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO order_search (order_id, placed_at, customer_name) VALUES (?, ?, ?)",
    "UPDATE order_view SET status = coalesce(?, status), total = coalesce(?, total), "
    "payment_method = coalesce(?, payment_method), payment_status = coalesce(?, payment_status), "
    "delivery_id = coalesce(?, delivery_id), delivery_status = coalesce(?, delivery_status), "
    "delivery_started_at = coalesce(?, delivery_started_at), updated_at = ? WHERE order_id = ?",
    "SELECT EXISTS (SELECT 1 FROM users)",
    "SELECT placed_by FROM orders WHERE order_id = ?",
    "SELECT key, value FROM meta WHERE key IN ('shop_name', 'shop_address', 'shop_phone', "
    "'shop_currency', 'shop_low_stock', 'shop_business_number', 'shop_representative', "
    "'shop_vat_rate', 'shop_clerk_discount_limit')",
};

struct Null
{
};

constexpr qint64 VatRate = 10; // the shop's default VAT rate (Tax::DefaultVatRate)

void appendInt(std::string &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
}

// The baseline: the same transactions and statements, issued through the sqlite3 C API with
// statements prepared once, UTF-8 binds without copies, and payloads written by hand. Values
// come from the rows it reads, as the services' do.
class RawPath
{
public:
    RawPath() = default;
    RawPath(const RawPath &) = delete;
    RawPath &operator=(const RawPath &) = delete;

    ~RawPath()
    {
        for (sqlite3_stmt *statement : m_statements)
            sqlite3_finalize(statement);
        if (m_checkpointer)
            m_checkpointer->detach(m_db);
        m_checkpointer.reset();
        sqlite3_close(m_db);
    }

    // Opens the file with the connection settings given as "name=value" PRAGMAs.
    bool open(const QString &path, const QByteArrayList &pragmas, QString *error)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        for (const QByteArray &pragma : pragmas) {
            if (!execPragma(m_db, pragma, error))
                return false;
        }
        // The same checkpoint policy as SqliteStore: a thread of its own, off the commit path.
        m_checkpointer = std::make_unique<ShopDesk::WalCheckpointer>(path);
        m_checkpointer->attach(m_db);
        for (int i = 0; i < SqlCount; ++i) {
            if (sqlite3_prepare_v3(m_db, sqlText[i], -1, SQLITE_PREPARE_PERSISTENT,
                                   &m_statements[i], nullptr) != SQLITE_OK) {
                *error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sqlite3_errmsg(m_db)),
                                                      QString::fromUtf8(sqlText[i]));
                return false;
            }
        }
        m_random.seed(QRandomGenerator::global()->generate());
        return true;
    }

    sqlite3 *handle() const { return m_db; }

    bool run(const Plan &plan, int first, int last, Timings *timings, QString *error)
    {
        QElapsedTimer loop;
        QElapsedTimer step;
        const qint64 cpuStart = cpuNow();
        loop.start();
        for (int i = first; i < last; ++i) {
            step.start();
            bool ok = placeOrder(plan, plan.orders[i]) && readOrder(m_orderId);
            const qint64 placeNs = step.nsecsElapsed();
            step.start();
            ok = ok && payOrder() && startDelivery() && decreaseStock() && readOrder(m_orderId);
            const qint64 payNs = step.nsecsElapsed();
            step.start();
            ok = ok && completeDelivery() && readOrder(m_orderId);
            const qint64 completeNs = step.nsecsElapsed();
            if (!ok) {
                sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
                *error = QStringLiteral("raw path, order %1: %2").arg(i).arg(m_error);
                return false;
            }
            if (timings) {
                timings->placeNs.push_back(placeNs);
                timings->placeTotalNs += placeNs;
                timings->payTotalNs += payNs;
                timings->completeTotalNs += completeNs;
            }
        }
        if (timings) {
            timings->loopNs += loop.nsecsElapsed();
            timings->cpuNs += cpuNow() - cpuStart;
            timings->orders += last - first;
        }
        return true;
    }

private:
    struct Line
    {
        std::string productId;
        std::string productName;
        qint64 qty = 0;
        qint64 price = 0;
    };

    struct Stock
    {
        qint64 onHand = 0;
        qint64 reserved = 0;
    };

    static void bindOne(sqlite3_stmt *s, int i, std::string_view v)
    {
        sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_STATIC);
    }
    static void bindOne(sqlite3_stmt *s, int i, qint64 v) { sqlite3_bind_int64(s, i, v); }
    static void bindOne(sqlite3_stmt *s, int i, int v) { sqlite3_bind_int64(s, i, v); }
    static void bindOne(sqlite3_stmt *s, int i, Null) { sqlite3_bind_null(s, i); }

    template<typename... Args> sqlite3_stmt *bind(Sql sql, const Args &...args)
    {
        sqlite3_stmt *s = m_statements[sql];
        int i = 0;
        (bindOne(s, ++i, args), ...);
        return s;
    }

    bool failed(sqlite3_stmt *s)
    {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in ") +
                  QString::fromUtf8(sqlite3_sql(s));
        sqlite3_reset(s);
        return false;
    }

    // A statement without rows: bind, step, reset.
    template<typename... Args> bool exec(Sql sql, const Args &...args)
    {
        sqlite3_stmt *s = bind(sql, args...);
        if (sqlite3_step(s) != SQLITE_DONE)
            return failed(s);
        sqlite3_reset(s);
        return true;
    }

    // A statement with at most one row of interest; *row tells whether there was one. The
    // caller reads the columns, then calls sqlite3_reset.
    template<typename... Args> sqlite3_stmt *query(bool *row, Sql sql, const Args &...args)
    {
        sqlite3_stmt *s = bind(sql, args...);
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            failed(s);
            return nullptr;
        }
        *row = rc == SQLITE_ROW;
        return s;
    }

    static std::string_view textAt(sqlite3_stmt *s, int column)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
        return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, column)))
                    : std::string_view();
    }

    // A time-ordered (version 7) UUID, as ShopDesk's UnitOfWork makes: 48 bits of Unix
    // milliseconds, then random bits, so that both paths fill the event_id index alike.
    std::string_view nextUuid()
    {
        static constexpr char hex[] = "0123456789abcdef";
        const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
        quint64 bits[2] = {(ms << 16) | (m_random.generate64() & 0x0fffULL) | 0x7000ULL,
                           m_random.generate64()};
        bits[1] = (bits[1] & ~(3ULL << 62)) | (2ULL << 62); // RFC 4122 variant
        int out = 0;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                m_uuid[out++] = '-';
            const quint64 word = bits[i / 16];
            m_uuid[out++] = hex[(word >> (60 - 4 * (i % 16))) & 0xf];
        }
        return std::string_view(m_uuid, 36);
    }

    bool findStock(std::string_view productId, Stock *stock)
    {
        bool row = false;
        sqlite3_stmt *s = query(&row, SelectStock, productId);
        if (!s)
            return false;
        if (row)
            *stock = {sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1)};
        sqlite3_reset(s);
        if (!row) {
            m_error = QStringLiteral("no stock row");
            return false;
        }
        return true;
    }

    // SqliteStore::findOrder: the order row, then its lines.
    bool findOrder(std::string_view orderId)
    {
        bool row = false;
        sqlite3_stmt *s = query(&row, SelectOrder, orderId);
        if (!s)
            return false;
        if (row) {
            m_status = textAt(s, 0);
            m_name = textAt(s, 1);
            m_phone = textAt(s, 2);
            m_address = textAt(s, 3);
            m_placedAt = sqlite3_column_int64(s, 4);
        }
        sqlite3_reset(s);
        if (!row) {
            m_error = QStringLiteral("no order row");
            return false;
        }
        s = bind(SelectOrderLines, orderId);
        m_lines.clear();
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            m_lines.push_back({std::string(textAt(s, 0)), std::string(textAt(s, 1)),
                               sqlite3_column_int64(s, 2), sqlite3_column_int64(s, 3)});
        }
        if (rc != SQLITE_DONE)
            return failed(s);
        sqlite3_reset(s);
        return true;
    }

    qint64 orderTotal() const
    {
        qint64 total = 0;
        for (const Line &line : m_lines)
            total += line.qty * line.price;
        return total;
    }

    bool findPayment(std::string_view orderId, bool *exists)
    {
        sqlite3_stmt *s = query(exists, SelectPayment, orderId);
        if (!s)
            return false;
        if (*exists) {
            // One part here; a part is approved while its refunds leave some of it.
            m_paymentMethod = textAt(s, 1);
            m_paymentStatus =
                sqlite3_column_int64(s, 9) < sqlite3_column_int64(s, 2) ? "approved" : "refunded";
        }
        sqlite3_reset(s);
        return true;
    }

    bool findDelivery(std::string_view orderId, bool *exists)
    {
        sqlite3_stmt *s = query(exists, SelectDelivery, orderId);
        if (!s)
            return false;
        if (*exists) {
            m_deliveryId = textAt(s, 0);
            m_deliveryStatus = textAt(s, 1);
            m_deliveryStartedAt = sqlite3_column_int64(s, 2);
        }
        sqlite3_reset(s);
        return true;
    }

    // OrderService::order, which every command returns.
    bool readOrder(std::string_view orderId)
    {
        bool exists = false;
        return findOrder(orderId) && findPayment(orderId, &exists) &&
               findDelivery(orderId, &exists) && findPlacedBy(orderId);
    }

    // OrderService::order: who placed the order (the clerk on the receipt).
    bool findPlacedBy(std::string_view orderId)
    {
        bool row = false;
        sqlite3_stmt *s = query(&row, SelectPlacedBy, orderId);
        if (!s)
            return false;
        sqlite3_reset(s);
        return true;
    }

    // OrderService::placeOrder reads the shop's settings (its VAT rate, the clerk's discount
    // limit) once per order.
    bool readShopSettings()
    {
        sqlite3_stmt *s = m_statements[SelectShopSettings];
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        }
        if (rc != SQLITE_DONE)
            return failed(s);
        sqlite3_reset(s);
        return true;
    }

    // SqliteStore::appendEvents asks for the next origin sequence once per transaction.
    bool nextOriginSeq()
    {
        bool row = false;
        sqlite3_stmt *s = query(&row, NextOriginSeq, std::string_view("T1"));
        if (!s)
            return false;
        m_originSeq = row ? sqlite3_column_int64(s, 0) : 1;
        sqlite3_reset(s);
        return true;
    }

    // Appends one event; its seq and id are left in m_eventSeq and m_eventId.
    template<typename Product>
    bool appendEvent(std::string_view type, const Product &productId, std::string_view causation,
                     qint64 at, std::string_view payload)
    {
        const std::string_view id = nextUuid();
        const bool done =
            causation.empty()
                ? exec(InsertEvent, id, type, orderIdView(), productId, std::string_view("T1"),
                       m_originSeq++, std::string_view("bench"), Null{}, at, payload)
                : exec(InsertEvent, id, type, orderIdView(), productId, std::string_view("T1"),
                       m_originSeq++, std::string_view("bench"), causation, at, payload);
        if (!done)
            return false;
        m_eventSeq = sqlite3_last_insert_rowid(m_db);
        m_eventId.assign(id);
        return true;
    }

    std::string_view orderIdView() const { return m_orderId; }

    // UnitOfWork::authorize: each command first asks whether the shop has users (it has
    // none here, so everything is allowed, as in ShopDesk's run).
    bool shopHasNoUsers()
    {
        bool row = false;
        sqlite3_stmt *s = query(&row, SelectHasUsers);
        if (!s)
            return false;
        const bool none = row && sqlite3_column_int(s, 0) == 0;
        sqlite3_reset(s);
        if (!none)
            m_error = QStringLiteral("the shop has users");
        return none;
    }

    bool placeOrder(const Plan &plan, const PlannedOrder &planned)
    {
        if (!shopHasNoUsers() || !exec(Begin) || !readShopSettings())
            return false;
        m_lines.clear();
        m_stock.clear();
        for (const PlannedLine &line : planned.lines) {
            const std::string &productId = plan.rawProductIds[size_t(line.product)];
            bool row = false;
            sqlite3_stmt *s = query(&row, SelectProduct, productId);
            if (!s)
                return false;
            if (row) {
                m_lines.push_back({std::string(textAt(s, 0)), std::string(textAt(s, 1)), line.qty,
                                   sqlite3_column_int64(s, 2)});
            }
            sqlite3_reset(s);
            Stock stock;
            if (!row || !findStock(productId, &stock))
                return false;
            if (stock.onHand - stock.reserved < line.qty) {
                m_error = QStringLiteral("short stock");
                return false;
            }
            m_stock.push_back(stock);
        }
        bool row = false;
        sqlite3_stmt *s = query(&row, NextOrderNo, std::string_view("T1"));
        if (!s)
            return false;
        const qint64 orderNo = row ? sqlite3_column_int64(s, 0) : 1;
        sqlite3_reset(s);
        char id[32];
        const int idLength =
            std::snprintf(id, sizeof id, "T1-%06lld", static_cast<long long>(orderNo));
        m_orderId.assign(id, size_t(idLength));

        const qint64 at = nowMs();
        const qint64 total = orderTotal();
        // The money as the store writes it: every line taxable at 10 %, no discounts.
        const qint64 vat = (total * VatRate + (100 + VatRate) / 2) / (100 + VatRate);
        if (!exec(InsertOrder, orderIdView(), std::string_view("T1"), orderNo,
                  std::string_view("placed"), planned.name, planned.phone, planned.address, total,
                  at, VatRate, Null{}, std::string_view(""), std::string_view(""), total, qint64(0),
                  total, total - vat, vat, qint64(0)))
            return false;
        int lineNo = 0;
        for (const Line &line : m_lines) {
            if (!exec(InsertOrderLine, orderIdView(), ++lineNo, line.productId, line.productName,
                      line.qty, line.price, std::string_view("taxable"), Null{}, qint64(0)))
                return false;
        }
        for (size_t i = 0; i < m_lines.size(); ++i) {
            if (!exec(UpdateStock, m_stock[i].onHand, m_stock[i].reserved + m_lines[i].qty,
                      m_lines[i].productId))
                return false;
        }

        m_payload.clear();
        m_payload += R"({"customer":{"address":")";
        m_payload += planned.address;
        m_payload += R"(","name":")";
        m_payload += planned.name;
        m_payload += R"(","phone":")";
        m_payload += planned.phone;
        m_payload += R"("},"lines":[)";
        qint64 items = 0;
        for (const Line &line : m_lines) {
            if (&line != &m_lines.front())
                m_payload += ',';
            m_payload += R"({"price":)";
            appendInt(m_payload, line.price);
            m_payload += R"(,"productId":")";
            m_payload += line.productId;
            m_payload += R"(","productName":")";
            m_payload += line.productName;
            m_payload += R"(","qty":)";
            appendInt(m_payload, line.qty);
            m_payload += '}';
            items += line.qty;
        }
        m_payload += R"(],"total":)";
        appendInt(m_payload, total);
        m_payload += '}';

        if (!nextOriginSeq() || !appendEvent("OrderPlaced", Null{}, {}, at, m_payload))
            return false;
        if (!exec(InsertOrderView, orderIdView(), std::string_view("placed"), planned.name,
                  planned.phone, planned.address, total, int(m_lines.size()), items, Null{}, Null{},
                  Null{}, Null{}, std::string_view("T1"), at, Null{}, at))
            return false;
        if (!exec(InsertOrderSearch, orderIdView(), at, planned.name))
            return false;
        for (const Line &line : m_lines) {
            if (!appendEvent("StockReserved", std::string_view(line.productId), {}, at,
                             stockPayload(line)))
                return false;
        }
        return exec(Commit);
    }

    std::string_view stockPayload(const Line &line)
    {
        m_payload.clear();
        m_payload += R"({"productId":")";
        m_payload += line.productId;
        m_payload += R"(","qty":)";
        appendInt(m_payload, line.qty);
        m_payload += '}';
        return m_payload;
    }

    // OrderService::payOrder (cash, exact amount), then its PaymentApproved event.
    bool payOrder()
    {
        if (!shopHasNoUsers() || !exec(Begin) || !findOrder(m_orderId))
            return false;
        bool paid = false;
        if (!findPayment(m_orderId, &paid))
            return false;
        if (paid || m_status != "placed") {
            m_error = QStringLiteral("order cannot be paid");
            return false;
        }
        const qint64 total = orderTotal();
        if (!exec(UpsertPayment, orderIdView(), 1, std::string_view("cash"), total, total,
                  std::string_view(""), std::string_view(""), 0, std::string_view(""), Null{},
                  qint64(0)) ||
            !exec(UpdateOrderStatus, std::string_view("paid"), orderIdView()))
            return false;
        const qint64 at = nowMs();
        m_payload.clear();
        m_payload += R"({"amount":)";
        appendInt(m_payload, total);
        m_payload += R"(,"change":0,"method":"cash","status":"approved","tendered":)";
        appendInt(m_payload, total);
        m_payload += '}';
        if (!nextOriginSeq() || !appendEvent("PaymentApproved", Null{}, {}, at, m_payload) ||
            !exec(InsertPolicyRun, m_eventSeq, std::string_view("StartDelivery")) ||
            !exec(UpdateOrderView, std::string_view("paid"), Null{}, std::string_view("cash"),
                  std::string_view("approved"), Null{}, Null{}, Null{}, at, orderIdView()))
            return false;
        return exec(Commit);
    }

    // UnitOfWork::runReaction's guard: marks (event, policy) processed, once.
    bool markProcessed(std::string_view policy)
    {
        if (!exec(MarkProcessed, nowMs(), m_eventSeq, policy))
            return false;
        if (sqlite3_changes(m_db) != 1) {
            m_error = QStringLiteral("reaction already processed");
            return false;
        }
        return true;
    }

    // The StartDelivery policy, reacting to PaymentApproved.
    bool startDelivery()
    {
        if (!exec(Begin) || !markProcessed("StartDelivery") || !findOrder(m_orderId))
            return false;
        bool exists = false;
        if (!findDelivery(m_orderId, &exists))
            return false;
        if (m_status != "paid" || exists) {
            m_error = QStringLiteral("delivery cannot start");
            return false;
        }
        const qint64 at = nowMs();
        m_deliveryId = "D-";
        m_deliveryId += m_orderId;
        m_causation = m_eventId;
        if (!exec(UpsertDelivery, orderIdView(), std::string_view(m_deliveryId),
                  std::string_view("started"), at) ||
            !exec(UpdateOrderStatus, std::string_view("delivering"), orderIdView()))
            return false;
        m_payload.clear();
        m_payload += R"({"deliveryId":")";
        m_payload += m_deliveryId;
        m_payload += R"("})";
        if (!nextOriginSeq() ||
            !appendEvent("DeliveryStarted", Null{}, m_causation, at, m_payload) ||
            !exec(InsertPolicyRun, m_eventSeq, std::string_view("DecreaseStock")) ||
            !exec(UpdateOrderView, std::string_view("delivering"), Null{}, Null{}, Null{},
                  std::string_view(m_deliveryId), std::string_view("started"), at, at,
                  orderIdView()))
            return false;
        return exec(Commit);
    }

    // The DecreaseStock policy, reacting to DeliveryStarted.
    bool decreaseStock()
    {
        if (!exec(Begin) || !markProcessed("DecreaseStock") || !findOrder(m_orderId))
            return false;
        m_causation = m_eventId;
        for (const Line &line : m_lines) {
            Stock stock;
            if (!findStock(line.productId, &stock) ||
                !exec(UpdateStock, stock.onHand - line.qty, stock.reserved - line.qty,
                      line.productId))
                return false;
        }
        const qint64 at = nowMs();
        if (!nextOriginSeq())
            return false;
        for (const Line &line : m_lines) {
            if (!appendEvent("StockDecreased", std::string_view(line.productId), m_causation, at,
                             stockPayload(line)))
                return false;
        }
        return exec(Commit);
    }

    bool completeDelivery()
    {
        if (!shopHasNoUsers() || !exec(Begin) || !findOrder(m_orderId))
            return false;
        bool exists = false;
        if (!findDelivery(m_orderId, &exists))
            return false;
        if (!exists || m_deliveryStatus != "started" || m_status != "delivering") {
            m_error = QStringLiteral("delivery cannot be completed");
            return false;
        }
        if (!exec(UpsertDelivery, orderIdView(), std::string_view(m_deliveryId),
                  std::string_view("completed"), m_deliveryStartedAt) ||
            !exec(UpdateOrderStatus, std::string_view("delivered"), orderIdView()))
            return false;
        const qint64 at = nowMs();
        m_payload.clear();
        m_payload += R"({"deliveryId":")";
        m_payload += m_deliveryId;
        m_payload += R"("})";
        if (!nextOriginSeq() || !appendEvent("DeliveryCompleted", Null{}, {}, at, m_payload) ||
            !exec(UpdateOrderView, std::string_view("delivered"), Null{}, Null{}, Null{}, Null{},
                  std::string_view("completed"), Null{}, at, orderIdView()))
            return false;
        return exec(Commit);
    }

    sqlite3 *m_db = nullptr;
    std::unique_ptr<ShopDesk::WalCheckpointer> m_checkpointer;
    sqlite3_stmt *m_statements[SqlCount] = {};
    QString m_error;

    std::string m_orderId;
    std::string m_status;
    std::string m_name;
    std::string m_phone;
    std::string m_address;
    qint64 m_placedAt = 0;
    std::vector<Line> m_lines;
    std::vector<Stock> m_stock;
    std::string m_paymentMethod;
    std::string m_paymentStatus;
    std::string m_deliveryId;
    std::string m_deliveryStatus;
    qint64 m_deliveryStartedAt = 0;

    std::string m_payload;
    std::string m_eventId;
    std::string m_causation;
    qint64 m_eventSeq = 0;
    qint64 m_originSeq = 0;
    QRandomGenerator64 m_random;
    char m_uuid[36] = {};
};

double percentileMs(std::vector<qint64> samples, double percent)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = size_t(std::ceil(percent / 100.0 * double(samples.size())));
    return double(samples[std::clamp<size_t>(rank, 1, samples.size()) - 1]) / 1e6;
}

struct Latency
{
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;

    explicit Latency(const std::vector<qint64> &samples)
        : p50(percentileMs(samples, 50))
        , p95(percentileMs(samples, 95))
        , p99(percentileMs(samples, 99))
        , max(percentileMs(samples, 100))
    {}

    QJsonObject toJson() const
    {
        return {{QStringLiteral("p50"), p50},
                {QStringLiteral("p95"), p95},
                {QStringLiteral("p99"), p99},
                {QStringLiteral("max"), max}};
    }
};

double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0;
}

// A few aggregates of the end state that both paths must agree on.
QString fingerprint(sqlite3 *db)
{
    QStringList parts;
    const char *const queries[] = {
        "SELECT type || ':' || count(*) FROM events GROUP BY type ORDER BY type",
        "SELECT status || ':' || count(*) || ':' || sum(total) FROM orders GROUP BY status",
        "SELECT 'stock:' || sum(on_hand) || ':' || sum(reserved) FROM stock",
        "SELECT 'view:' || status || ':' || count(*) || ':' || sum(item_count) FROM order_view "
        "GROUP BY status",
        "SELECT 'runs:' || policy || ':' || count(processed_at) FROM policy_runs GROUP BY policy",
    };
    for (const char *sql : queries) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            return QStringLiteral("error: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        while (sqlite3_step(s) == SQLITE_ROW)
            parts << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
    }
    return parts.join(QLatin1Char(' '));
}

// Opens the database through SqliteStore again and runs the `verify` audit on it.
QString audit(const QString &path)
{
    SqliteOptions options;
    options.path = path;
    auto opened = SqliteStore::open(options);
    if (!opened)
        return opened.error().message;
    auto report = opened.value()->audit();
    if (!report)
        return report.error().message;
    return report->ok() ? QStringLiteral("ok") : report->errors.join(QStringLiteral("; "));
}

// Exit status 2 for a usage error, 1 when the flow itself failed; never for a timing.
int fail(const QString &what, int status = 1)
{
    std::fprintf(stderr, "bench_orderflow: %s\n", qPrintable(what));
    return status;
}

} // namespace

} // namespace ShopDesk

int main(int argc, char **argv)
{
    using namespace ShopDesk;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_orderflow"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Durable place + pay + deliver per order through ShopDesk, against the "
                       "same SQL through the raw sqlite3 C API."));
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
                                          QStringLiteral("Timed orders per path (default 5000)."),
                                          QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption productsOption(
        QStringLiteral("products"), QStringLiteral("Products in the catalog (default 1000)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption warmupOption(
        QStringLiteral("warmup"),
        QStringLiteral(
            "Untimed, traced orders per path first; they count the statements (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"),
        QStringLiteral("Alternating rounds the timed orders are split into (default 20)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Folder for the temporary databases (default: temp)."),
        QStringLiteral("PATH"));
    const QCommandLineOption pragmaOption(
        QStringLiteral("pragma"),
        QStringLiteral("Diagnostic: a connection PRAGMA (NAME=VALUE, repeatable) set on ShopDesk's "
                       "connection after it opened, and so on the baseline's too; for example "
                       "synchronous=OFF or wal_autocheckpoint=0."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the order plan (default 42)."),
                                        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption statementsOption(
        QStringLiteral("statements"),
        QStringLiteral("List every statement of the census with its count per order."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print one JSON line instead of the report."));
    parser.addOptions({ordersOption, productsOption, warmupOption, roundsOption, dirOption,
                       pragmaOption, seedOption, statementsOption, jsonOption});
    parser.process(app);

    bool ok = true;
    auto number = [&](const QCommandLineOption &option, int minimum) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < minimum)
            ok = false;
        return value;
    };
    const int orders = number(ordersOption, 1);
    const int products = number(productsOption, 3);
    const int warmup = number(warmupOption, 1);
    const int rounds = std::min(number(roundsOption, 1), std::max(orders, 1));
    const int seed = number(seedOption, 0);
    QByteArrayList overrides;
    for (const QString &pragma : parser.values(pragmaOption)) {
        static const QRegularExpression shape(QStringLiteral("^[a-z_]+=[A-Za-z0-9_-]+$"));
        if (!shape.match(pragma).hasMatch())
            ok = false;
        overrides << pragma.toLatin1();
    }
    if (!ok)
        return fail(QStringLiteral("invalid option value; see --help"), 2);
    const bool json = parser.isSet(jsonOption);
    const bool listStatements = parser.isSet(statementsOption);

    std::unique_ptr<QTemporaryDir> dir =
        parser.isSet(dirOption) ? std::make_unique<QTemporaryDir>(parser.value(dirOption) +
                                                                  QStringLiteral("/bench-XXXXXX"))
                                : std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(dir->errorString()));
    const QString shopDeskDb = dir->filePath(QStringLiteral("shopdesk.db"));
    const QString rawDb = dir->filePath(QStringLiteral("raw.db"));

    const Plan plan = makePlan(products, warmup + orders, quint32(seed));
    QString error;
    if (!createDatabase(shopDeskDb, plan, &error) || !createDatabase(rawDb, plan, &error))
        return fail(QStringLiteral("cannot create the databases: %1").arg(error));

    ShopDeskPath shopDesk;
    RawPath raw;
    if (!shopDesk.open(shopDeskDb, &error))
        return fail(QStringLiteral("cannot open %1: %2").arg(shopDeskDb, error));
    sqlite3 *shopDeskHandle = shopDesk.handle();
    if (!shopDeskHandle)
        return fail(QStringLiteral("the QSQLITE driver gave no sqlite3 handle"));
    for (const QByteArray &pragma : overrides) {
        if (!execPragma(shopDeskHandle, pragma, &error))
            return fail(error);
    }
    const QByteArrayList pragmas = connectionPragmas(shopDeskHandle);
    if (!raw.open(rawDb, pragmas, &error))
        return fail(QStringLiteral("cannot open %1: %2").arg(rawDb, error));
    const bool samePragmas = connectionPragmas(raw.handle()) == pragmas;

    // Warm-up, traced: statement caches fill, and the census counts what each path issues.
    StatementCensus shopDeskCensus;
    StatementCensus rawCensus;
    shopDeskCensus.attach(shopDeskHandle);
    rawCensus.attach(raw.handle());
    if (!shopDesk.run(plan, 0, warmup, nullptr, &error) ||
        !raw.run(plan, 0, warmup, nullptr, &error))
        return fail(error);
    StatementCensus::detach(shopDeskHandle);
    StatementCensus::detach(raw.handle());

    Timings shopDeskTimes;
    Timings rawTimes;
    shopDeskTimes.placeNs.reserve(size_t(orders));
    rawTimes.placeNs.reserve(size_t(orders));
    for (int round = 0; round < rounds; ++round) {
        const int first = warmup + int(qint64(orders) * round / rounds);
        const int last = warmup + int(qint64(orders) * (round + 1) / rounds);
        const bool shopDeskFirst = round % 2 == 0;
        for (int turn = 0; turn < 2; ++turn) {
            const bool ran = (turn == 0) == shopDeskFirst
                                 ? shopDesk.run(plan, first, last, &shopDeskTimes, &error)
                                 : raw.run(plan, first, last, &rawTimes, &error);
            if (!ran)
                return fail(error);
        }
    }

    const QString fsType = QString::fromLatin1(QStorageInfo(dir->path()).fileSystemType());
    const QString settings = QString::fromLatin1(pragmas.join(", "));
    // FULL (2) or EXTRA (3): a commit is on the disk when it returns.
    const bool durable = pragmaValue(shopDeskHandle, "synchronous").toInt() >= 2;
    const QString shopDeskState = fingerprint(shopDeskHandle);
    const QString rawState = fingerprint(raw.handle());
    const bool sameState = shopDeskState == rawState;
    const bool sameStatements = shopDeskCensus.bySql == rawCensus.bySql;
    const QString auditShopDesk = audit(shopDeskDb);
    const QString auditRaw = audit(rawDb);

    const double shopDeskRate = perSecond(shopDeskTimes.orders, shopDeskTimes.loopNs);
    const double rawRate = perSecond(rawTimes.orders, rawTimes.loopNs);
    const double ratio = rawRate > 0 ? shopDeskRate / rawRate : 0;
    const Latency shopDeskPlace(shopDeskTimes.placeNs);
    const Latency rawPlace(rawTimes.placeNs);
    const double shopDeskPerOrder = double(shopDeskCensus.total) / warmup;
    const double rawPerOrder = double(rawCensus.total) / warmup;
    qint64 tracedLines = 0;
    for (int i = 0; i < warmup; ++i)
        tracedLines += qint64(plan.orders[size_t(i)].lines.size());
    const double warmupLines = double(tracedLines) / warmup;
    const double commitsPerOrder = double(shopDeskCensus.count(sqlText[Commit])) / warmup;
    auto msPerOrder = [](qint64 ns, qint64 count) {
        return count ? double(ns) / 1e6 / double(count) : 0;
    };

    if (json) {
        auto path = [&](const Timings &t, double rate, const Latency &place, double statements) {
            return QJsonObject{
                {QStringLiteral("ordersPerSecond"), rate},
                {QStringLiteral("placeMs"), place.toJson()},
                {QStringLiteral("cpuMsPerOrder"), msPerOrder(t.cpuNs, t.orders)},
                {QStringLiteral("phaseMsPerOrder"),
                 QJsonObject{
                     {QStringLiteral("place"), msPerOrder(t.placeTotalNs, t.orders)},
                     {QStringLiteral("pay"), msPerOrder(t.payTotalNs, t.orders)},
                     {QStringLiteral("complete"), msPerOrder(t.completeTotalNs, t.orders)}}},
                {QStringLiteral("statementsPerOrder"), statements}};
        };
        const QJsonObject report{
            {QStringLiteral("benchmark"), QStringLiteral("orderflow")},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("warmup"), warmup},
            {QStringLiteral("products"), products},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("durable"), durable},
            {QStringLiteral("overrides"), QString::fromLatin1(overrides.join(", "))},
            {QStringLiteral("connection"), settings},
            {QStringLiteral("samePragmas"), samePragmas},
            {QStringLiteral("filesystem"), fsType},
            {QStringLiteral("shopdesk"),
             path(shopDeskTimes, shopDeskRate, shopDeskPlace, shopDeskPerOrder)},
            {QStringLiteral("raw"), path(rawTimes, rawRate, rawPlace, rawPerOrder)},
            {QStringLiteral("ratio"), ratio},
            {QStringLiteral("cpuRatio"),
             shopDeskTimes.cpuNs > 0 ? double(rawTimes.cpuNs) / double(shopDeskTimes.cpuNs) : 0},
            {QStringLiteral("commitsPerOrder"), commitsPerOrder},
            {QStringLiteral("sameStatements"), sameStatements},
            {QStringLiteral("sameEndState"), sameState},
            {QStringLiteral("verifyShopDesk"), auditShopDesk},
            {QStringLiteral("verifyRaw"), auditRaw},
            {QStringLiteral("targetMet"), ratio >= 0.7 && shopDeskPlace.p99 <= 2.0},
        };
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    std::printf("bench_orderflow: place + pay (cash) + complete delivery per order, %s\n",
                durable ? "durable (synchronous=FULL)" : "NOT durable (synchronous below FULL)");
    if (!overrides.isEmpty()) {
        std::printf("  DIAGNOSTIC        PRAGMAs overridden on both connections: %s\n",
                    overrides.join(", ").constData());
    }
    std::printf("  orders            %d per path (+%d untimed warm-up), %d products, %d "
                "alternating rounds\n",
                orders, warmup, products, rounds);
    std::printf("  storage           %s (%s), %.0f commits per order\n", qPrintable(dir->path()),
                qPrintable(fsType), commitsPerOrder);
    std::printf("  connection        %s (%s)\n", qPrintable(settings),
                samePragmas ? "read from ShopDesk's connection, the same on the raw one"
                            : "DIFFERENT on the raw connection");
    std::printf("  statements/order  ShopDesk %.2f, raw sqlite3 %.2f (%s; traced over the %d "
                "warm-up orders, %.2f lines each)\n",
                shopDeskPerOrder, rawPerOrder,
                sameStatements ? "the same SQL texts, each as often" : "DIFFERENT", warmup,
                warmupLines);
    if (!sameStatements || listStatements) {
        QMap<QByteArray, bool> texts;
        for (auto it = shopDeskCensus.bySql.cbegin(); it != shopDeskCensus.bySql.cend(); ++it)
            texts.insert(it.key(), true);
        for (auto it = rawCensus.bySql.cbegin(); it != rawCensus.bySql.cend(); ++it)
            texts.insert(it.key(), true);
        std::printf("    per order: ShopDesk   raw   SQL\n");
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const qint64 a = shopDeskCensus.bySql.value(it.key());
            const qint64 b = rawCensus.bySql.value(it.key());
            if (a != b || listStatements) {
                std::printf("    %17.2f %6.2f   %s%s\n", double(a) / warmup, double(b) / warmup,
                            it.key().constData(), a != b ? "   <- differs" : "");
            }
        }
    }
    std::printf("\n");
    std::printf("  per order       orders/s    wall ms     CPU ms   place ms   pay+policies ms  "
                "complete ms\n");
    auto row = [&](const char *name, const Timings &t, double rate) {
        std::printf("  %-12s %11.1f %10.3f %10.3f %10.3f %17.3f %12.3f\n", name, rate,
                    msPerOrder(t.loopNs, t.orders), msPerOrder(t.cpuNs, t.orders),
                    msPerOrder(t.placeTotalNs, t.orders), msPerOrder(t.payTotalNs, t.orders),
                    msPerOrder(t.completeTotalNs, t.orders));
    };
    row("ShopDesk", shopDeskTimes, shopDeskRate);
    row("raw sqlite3", rawTimes, rawRate);
    std::printf(
        "  ratio        %11.3f   (orders/s ShopDesk / raw; target >= 0.70); CPU ratio %.3f\n\n",
        ratio, shopDeskTimes.cpuNs > 0 ? double(rawTimes.cpuNs) / double(shopDeskTimes.cpuNs) : 0);
    std::printf("  PlaceOrder ms         p50      p95      p99      max\n");
    std::printf("  ShopDesk         %8.3f %8.3f %8.3f %8.3f   (target p99 <= 2.000)\n",
                shopDeskPlace.p50, shopDeskPlace.p95, shopDeskPlace.p99, shopDeskPlace.max);
    std::printf("  raw place txn    %8.3f %8.3f %8.3f %8.3f\n\n", rawPlace.p50, rawPlace.p95,
                rawPlace.p99, rawPlace.max);
    std::printf("  end state         %s\n",
                sameState ? "the same in both databases" : "DIFFERENT between the databases");
    if (!sameState) {
        std::printf("    ShopDesk: %s\n    raw:      %s\n", qPrintable(shopDeskState),
                    qPrintable(rawState));
    }
    std::printf("  verify            ShopDesk %s, raw %s\n", qPrintable(auditShopDesk),
                qPrintable(auditRaw));
    std::printf("  target            %s\n", ratio >= 0.7 && shopDeskPlace.p99 <= 2.0
                                                ? "met"
                                                : "not met (figures only; not a test)");
    return 0;
}
