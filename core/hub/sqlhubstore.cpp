#include "sqlhubstore.h"

#include "orderlinestext.h"
#include "orderview.h"
#include "protocol.h"
#include "sqlitefilelocks.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace ShopDesk::Hub {

namespace {

constexpr int SchemaVersion = 2;
// Rows per lookup and per INSERT of an append. On PostgreSQL each statement is a round trip,
// so a batch takes few, large ones (well below its 65,535 parameters). On SQLite a statement
// costs no trip, and Qt's QSQLITE looks up each bound parameter by a linear scan, so there
// one prepared single-row statement, run again and again, is fastest.
int lookupChunk(SqlHubStore::Dialect dialect)
{
    return dialect == SqlHubStore::Dialect::Postgres ? 500 : 1;
}

int insertChunk(SqlHubStore::Dialect dialect)
{
    return dialect == SqlHubStore::Dialect::Postgres ? 200 : 1;
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return text;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("shopdesk-hub-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error::storage(QStringLiteral("%1: %2").arg(what, error.text()));
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QDateTime timeAt(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The schema as the first release created it; a new database runs this, then each upgrade, so
// that new and upgraded databases come out of the same statements.
QStringList schemaV1(SqlHubStore::Dialect dialect)
{
    // SQLite's INTEGER PRIMARY KEY is the row id itself (the fastest range scans); PostgreSQL
    // needs BIGINT for sequences beyond 2^31. Everything else is the same text.
    const QString seqType = dialect == SqlHubStore::Dialect::Sqlite ? QStringLiteral("INTEGER")
                                                                    : QStringLiteral("BIGINT");
    return {
        QStringLiteral("CREATE TABLE hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE events (
            global_seq %1 PRIMARY KEY,
            event_id TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            origin_seq BIGINT NOT NULL,
            type TEXT NOT NULL,
            order_id TEXT,
            product_id TEXT,
            actor TEXT NOT NULL,
            causation_id TEXT,
            occurred_at BIGINT NOT NULL,
            payload TEXT NOT NULL,
            received_at BIGINT NOT NULL,
            UNIQUE (origin, origin_seq)
        ))")
            .arg(seqType),
        QStringLiteral(R"(CREATE TABLE tokens (
            name TEXT PRIMARY KEY,
            hash TEXT NOT NULL,
            salt TEXT NOT NULL,
            created BIGINT NOT NULL,
            revoked BIGINT
        ))"),
        QStringLiteral(R"(CREATE TABLE products (
            product_id TEXT PRIMARY KEY,
            product_name TEXT NOT NULL,
            price BIGINT NOT NULL,
            barcode TEXT,
            origin TEXT NOT NULL,
            updated_at BIGINT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE stock (
            product_id TEXT PRIMARY KEY,
            on_hand BIGINT NOT NULL,
            reserved BIGINT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE orders (
            order_id TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            status TEXT NOT NULL,
            customer_name TEXT NOT NULL,
            total BIGINT NOT NULL,
            payment_method TEXT,
            payment_status TEXT,
            delivery_id TEXT,
            delivery_status TEXT,
            placed_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE deliveries (
            delivery_id TEXT PRIMARY KEY,
            order_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            status TEXT NOT NULL,
            started_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX deliveries_order ON deliveries (order_id)"),
        QStringLiteral("INSERT INTO hub_meta (key, value) VALUES ('schema', '1')"),
    };
}

// The REST API's tables and the lists' indexes. On PostgreSQL a prefix search by range and an
// order by id need byte order, whatever the database's collation: the text columns they use
// are indexed COLLATE "C" (the queries say the same); SQLite's BINARY already is byte order.
QStringList schemaV2(SqlHubStore::Dialect dialect)
{
    const bool postgres = dialect == SqlHubStore::Dialect::Postgres;
    const QString c = postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
    const QString bytes = postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE api_keys (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            hash TEXT NOT NULL,
            salt TEXT NOT NULL,
            created BIGINT NOT NULL,
            revoked BIGINT
        ))"),
        QStringLiteral(R"(CREATE TABLE idempotency (
            api_key TEXT NOT NULL,
            idem_key TEXT NOT NULL,
            request TEXT NOT NULL,
            status INTEGER NOT NULL,
            location TEXT,
            body %1,
            created BIGINT NOT NULL,
            PRIMARY KEY (api_key, idem_key)
        ))")
            .arg(bytes),
        QStringLiteral("CREATE INDEX idempotency_created ON idempotency (created)"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN customer_phone TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN lines TEXT"),
        // Rows of the order and delivery lists by origin and status: the totals of the lists'
        // status and terminal filters, kept by append, so that no total counts rows.
        QStringLiteral(R"(CREATE TABLE row_counts (
            kind TEXT NOT NULL,
            origin TEXT NOT NULL,
            status TEXT NOT NULL,
            n BIGINT NOT NULL,
            PRIMARY KEY (kind, origin, status)
        ))"),
        QStringLiteral("CREATE INDEX orders_placed ON orders (placed_at, order_id%1)").arg(c),
        QStringLiteral("CREATE INDEX orders_status ON orders (status, placed_at, order_id%1)")
            .arg(c),
        QStringLiteral("CREATE INDEX orders_origin ON orders (origin, placed_at, order_id%1)")
            .arg(c),
        QStringLiteral("CREATE INDEX orders_total ON orders (total, order_id%1)").arg(c),
        QStringLiteral("CREATE INDEX orders_customer ON orders (customer_name%1)").arg(c),
        QStringLiteral("CREATE INDEX deliveries_started ON deliveries (started_at, delivery_id%1)")
            .arg(c),
        QStringLiteral(
            "CREATE INDEX deliveries_status ON deliveries (status, started_at, delivery_id%1)")
            .arg(c),
        QStringLiteral(
            "CREATE INDEX deliveries_origin ON deliveries (origin, started_at, delivery_id%1)")
            .arg(c),
        QStringLiteral("CREATE INDEX products_name ON products (product_name%1, product_id%1)")
            .arg(c),
        QStringLiteral("CREATE INDEX products_updated ON products (updated_at, product_id%1)")
            .arg(c),
    };
    if (postgres) {
        // SQLite's primary keys and deliveries_order are byte order already.
        statements
            << QStringLiteral("CREATE INDEX orders_id_c ON orders (order_id%1)").arg(c)
            << QStringLiteral("CREATE INDEX deliveries_id_c ON deliveries (delivery_id%1)").arg(c)
            << QStringLiteral("CREATE INDEX deliveries_order_c ON deliveries (order_id%1)").arg(c)
            << QStringLiteral("CREATE INDEX products_id_c ON products (product_id%1)").arg(c);
    }
    return statements;
}

// Statements of one append, prepared once per batch.
struct AppendStatements
{
    explicit AppendStatements(const QSqlDatabase &db)
        : product(db)
        , productChange(db)
        , stock(db)
        , stockMoved(db)
        , orderCreate(db)
        , orderUpdate(db)
        , deliveryCreate(db)
        , deliveryUpdate(db)
        , rowCount(db)
    {}

    bool prepare()
    {
        return product.prepare(QStringLiteral(
                   "INSERT INTO products (product_id, product_name, price, barcode, origin, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (product_id) DO UPDATE SET "
                   "product_name = excluded.product_name, price = excluded.price, "
                   "barcode = excluded.barcode, origin = excluded.origin, "
                   "updated_at = excluded.updated_at")) &&
               productChange.prepare(
                   QStringLiteral("UPDATE products SET product_name = COALESCE(?, product_name), "
                                  "price = COALESCE(?, price), "
                                  "barcode = CASE WHEN ? = 1 THEN ? ELSE barcode END, "
                                  "origin = ?, updated_at = ? WHERE product_id = ?")) &&
               stock.prepare(QStringLiteral(
                   "INSERT INTO stock (product_id, on_hand, reserved) VALUES (?, ?, ?) "
                   "ON CONFLICT (product_id) DO UPDATE SET on_hand = stock.on_hand + "
                   "excluded.on_hand, reserved = stock.reserved + excluded.reserved")) &&
               orderCreate.prepare(QStringLiteral(
                   "INSERT INTO orders (order_id, origin, status, customer_name, customer_phone, "
                   "total, lines, placed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (order_id) DO NOTHING")) &&
               orderUpdate.prepare(
                   QStringLiteral("UPDATE orders SET status = COALESCE(?, status), "
                                  "total = COALESCE(?, total), "
                                  "payment_method = COALESCE(?, payment_method), "
                                  "payment_status = COALESCE(?, payment_status), "
                                  "delivery_id = COALESCE(?, delivery_id), "
                                  "delivery_status = COALESCE(?, delivery_status), updated_at = ? "
                                  "WHERE order_id = ?")) &&
               deliveryCreate.prepare(QStringLiteral(
                   "INSERT INTO deliveries (delivery_id, order_id, origin, status, started_at, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_id) DO NOTHING")) &&
               deliveryUpdate.prepare(QStringLiteral(
                   "UPDATE deliveries SET status = ?, updated_at = ? WHERE order_id = ?")) &&
               rowCount.prepare(QStringLiteral(
                   "INSERT INTO row_counts (kind, origin, status, n) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (kind, origin, status) DO UPDATE SET n = row_counts.n + "
                   "excluded.n")) &&
               // A product's row says when it or its stock last changed (updatedAt, since).
               stockMoved.prepare(QStringLiteral(
                   "UPDATE products SET updated_at = ? WHERE product_id = ? AND updated_at < ?"));
    }

    QSqlQuery product;
    QSqlQuery productChange;
    QSqlQuery stock;
    QSqlQuery stockMoved;
    QSqlQuery orderCreate;
    QSqlQuery orderUpdate;
    QSqlQuery deliveryCreate;
    QSqlQuery deliveryUpdate;
    QSqlQuery rowCount;
};

// The row counters' keys: kind ('order' or 'delivery'), origin, status.
struct RowCountKey
{
    QString kind;
    QString origin;
    QString status;

    bool operator<(const RowCountKey &other) const
    {
        return std::tie(kind, origin, status) < std::tie(other.kind, other.origin, other.status);
    }
};

const QString OrderKind = QStringLiteral("order");
const QString DeliveryKind = QStringLiteral("delivery");

bool exec(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

} // namespace

SqlHubStore::SqlHubStore(Dialect dialect, QString connectionName, QString displayName)
    : m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
    , m_displayName(std::move(displayName))
{}

SqlHubStore::~SqlHubStore()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqlHubStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int SqlHubStore::schemaVersion()
{
    return SchemaVersion;
}

Result<std::unique_ptr<SqlHubStore>> SqlHubStore::open(const QString &spec)
{
    return openUpTo(spec, SchemaVersion);
}

Result<std::unique_ptr<SqlHubStore>> SqlHubStore::openAtVersion(const QString &spec, int version)
{
    if (version < 1 || version > SchemaVersion)
        return Error::invalidInput(QStringLiteral("no hub schema %1").arg(version));
    return openUpTo(spec, version);
}

Result<std::unique_ptr<SqlHubStore>> SqlHubStore::openUpTo(const QString &spec, int version)
{
    const bool postgres = spec.startsWith(QLatin1StringView("postgres://")) ||
                          spec.startsWith(QLatin1StringView("postgresql://"));
    const QString name = nextConnectionName();
    std::unique_ptr<SqlHubStore> store;

    if (postgres) {
        const QUrl url(spec, QUrl::StrictMode);
        const QString dbName = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains('/')) {
            return Error::invalidInput(
                QStringLiteral("--db: expected postgres://USER:PASS@HOST:PORT/DB"));
        }
        QUrl shown = url;
        shown.setPassword(QString());
        store.reset(new SqlHubStore(Dialect::Postgres, name, shown.toString()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            return Error::storage(
                QStringLiteral("the PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not "
                               "installed"));
        }
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(dbName);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            return sqlError(QStringLiteral("cannot connect to %1").arg(store->displayName()),
                            db.lastError());
        }
        QSqlQuery q(db);
        // Warnings such as "relation already exists" are no concern of the log.
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    } else {
        if (spec.isEmpty())
            return Error::invalidInput(QStringLiteral("--db: a file name is needed"));
        const QFileInfo info(spec);
        if (info.exists() && !info.isFile())
            return Error::storage(QStringLiteral("%1 is not a file").arg(spec));
        // `shopdesk-hub token add` may run beside a running hub on the same file.
        SqliteFileLocks::install();
        store.reset(new SqlHubStore(Dialect::Sqlite, name, spec));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return sqlError(QStringLiteral("cannot open %1").arg(spec), db.lastError());
        QSqlQuery q(db);
        // The REST API reads rows all over a large log: a page cache of 64 MiB, not 2.
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA cache_size=-65536"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
                return sqlError(QStringLiteral("%1 is not a database").arg(spec), q.lastError());
            }
        }
    }
    SD_CHECK(store->migrate(version));
    return store;
}

Status SqlHubStore::migrate(int version)
{
    QSqlDatabase db = database();
    const QStringList tables = db.tables();
    const bool created = tables.contains(QStringLiteral("hub_meta"));
    if (!created && !tables.isEmpty()) {
        return Error::storage(QStringLiteral("%1 holds other tables: not a shopdesk-hub database "
                                             "(a terminal's database?)")
                                  .arg(m_displayName));
    }
    const auto readVersion = [&](bool lock) -> Result<int> {
        QSqlQuery q(db);
        const QString read =
            QStringLiteral("SELECT value FROM hub_meta WHERE key = 'schema'") +
            (lock && m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString());
        if (!q.exec(read) || !q.next())
            return sqlError(QStringLiteral("cannot read the hub schema version"), q.lastError());
        const int found = q.value(0).toInt();
        if (found > SchemaVersion) {
            return Error::storage(QStringLiteral("%1 has hub schema %2; this shopdesk-hub knows up "
                                                 "to %3")
                                      .arg(m_displayName)
                                      .arg(found)
                                      .arg(SchemaVersion));
        }
        return found;
    };
    if (created) {
        SD_TRY(const int found, readVersion(false));
        if (found >= version)
            return {};
    }
    // A new database: version 1, then the upgrades, all in one transaction. An old one: its
    // version read again inside the write transaction (SQLite's write lock, PostgreSQL's row
    // lock), so that two processes opening it at once upgrade it once.
    SD_CHECK(begin());
    auto fail = [this](const Error &error) {
        rollback();
        return error;
    };
    int from = 1;
    if (created) {
        const Result<int> found = readVersion(true);
        if (!found)
            return fail(found.error());
        from = found.value();
    } else {
        QSqlQuery q(db);
        for (const QString &statement : schemaV1(m_dialect)) {
            if (!q.exec(statement))
                return fail(
                    sqlError(QStringLiteral("cannot create the hub schema"), q.lastError()));
        }
    }
    if (Status upgraded = upgrade(from, version); !upgraded)
        return fail(upgraded.error());
    return commit();
}

Status SqlHubStore::upgrade(int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        if (version == 2)
            SD_CHECK(upgradeTo2());
        QSqlQuery q(database());
        q.prepare(QStringLiteral("UPDATE hub_meta SET value = ? WHERE key = 'schema'"));
        q.addBindValue(QString::number(version));
        if (!q.exec())
            return sqlError(QStringLiteral("cannot record the hub schema version"), q.lastError());
    }
    return {};
}

Status SqlHubStore::upgradeTo2()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    for (const QString &statement : schemaV2(m_dialect)) {
        if (!q.exec(statement))
            return sqlError(QStringLiteral("cannot upgrade the hub schema to 2"), q.lastError());
    }
    // The counters from the rows as they are.
    for (const auto &[kind, table] : {std::pair{OrderKind, QStringLiteral("orders")},
                                      std::pair{DeliveryKind, QStringLiteral("deliveries")}}) {
        q.prepare(QStringLiteral("INSERT INTO row_counts (kind, origin, status, n) "
                                 "SELECT ?, origin, status, COUNT(*) FROM %1 "
                                 "GROUP BY origin, status")
                      .arg(table));
        q.addBindValue(kind);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot count the %1").arg(table), q.lastError());
    }
    // The phone and the lines of each order, from its OrderPlaced in the log, read by the
    // domain's decoder as append reads it.
    QSqlQuery placed(db);
    placed.setForwardOnly(true);
    placed.prepare(QStringLiteral("SELECT event_id, order_id, payload FROM events WHERE type = ? "
                                  "ORDER BY global_seq"));
    placed.addBindValue(QString(EventType::OrderPlaced));
    if (!placed.exec())
        return sqlError(QStringLiteral("cannot read the placed orders"), placed.lastError());
    // Qt's QPSQL reads a forward-only result row by row from the connection, so the updates
    // run after the read.
    QList<std::tuple<QString, QString, QString>> updates;
    DomainEvent event;
    event.type = QString(EventType::OrderPlaced);
    while (placed.next()) {
        event.eventId = placed.value(0).toString();
        event.orderId = placed.value(1).toString();
        event.payload = QJsonDocument::fromJson(placed.value(2).toString().toUtf8()).object();
        const Result<EventPayload> payload = decodePayload(event);
        if (!payload) {
            return Error::storage(QStringLiteral("cannot upgrade the hub schema to 2: %1")
                                      .arg(payload.error().message));
        }
        if (const auto change = orderViewChange(event, payload.value()); change && change->created)
            updates.append(
                {change->created->customerPhone, orderLinesText(change->lines), event.orderId});
    }
    if (placed.lastError().isValid())
        return sqlError(QStringLiteral("cannot read the placed orders"), placed.lastError());
    placed.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE orders SET customer_phone = ?, lines = ? "
                                  "WHERE order_id = ?"));
    for (const auto &[phone, lines, orderId] : std::as_const(updates)) {
        if (!exec(update, {nullable(phone), lines, orderId}))
            return sqlError(QStringLiteral("cannot fill in an order's lines"), update.lastError());
    }
    return {};
}

QSqlQuery *SqlHubStore::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return nullptr;
        if (m_prepared.size() > 256)
            m_prepared.clear(); // the lists' statements are few; this bounds a surprise
        it = m_prepared.insert(sql, std::move(q));
    }
    return &*it;
}

bool SqlHubStore::reconnect()
{
    if (m_dialect != Dialect::Postgres)
        return false;
    QSqlDatabase db = database();
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false; // the connection works: the failure was something else
    }
    m_prepared.clear();
    db.close();
    if (!db.open())
        return false;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    return true;
}

Status SqlHubStore::begin()
{
    // SQLite: take the write lock now, not at the first write, so that a busy database fails
    // here (after the busy timeout) rather than half-way through a batch.
    const QString statement =
        m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    QSqlQuery q(database());
    if (q.exec(statement))
        return {};
    if (reconnect()) {
        QSqlQuery again(database());
        if (again.exec(statement))
            return {};
    }
    return sqlError(QStringLiteral("cannot start a transaction"), q.lastError());
}

Status SqlHubStore::commit()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlError(QStringLiteral("cannot commit"), q.lastError());
        rollback();
        return error;
    }
    return {};
}

void SqlHubStore::rollback()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<AppendResult> SqlHubStore::append(const QList<DomainEvent> &events)
{
    AppendResult result;
    if (events.isEmpty())
        return result;
    QSqlDatabase db = database();
    SD_CHECK(begin());
    auto fail = [this](const Error &error) {
        rollback();
        return error;
    };

    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(global_seq), 0) FROM events")) ||
        !last.next())
        return fail(sqlError(QStringLiteral("cannot read the log's end"), last.lastError()));
    qint64 seq = last.value(0).toLongLong();
    last.finish();

    AppendStatements st(db);
    if (!st.prepare())
        return fail(sqlError(QStringLiteral("cannot prepare the append"), db.lastError()));

    const qint64 receivedAt = QDateTime::currentMSecsSinceEpoch();
    using OriginSeq = std::pair<QString, qint64>;

    // What of the batch the log holds already: one query per origin and chunk of sequences,
    // not one per event (on PostgreSQL each statement is a round trip).
    QHash<OriginSeq, Sync::Assigned> known;
    {
        QHash<QString, QList<qint64>> byOrigin;
        for (const DomainEvent &e : events)
            byOrigin[e.origin].append(e.originSeq);
        // Statements by their number of rows, prepared once per append.
        QHash<qsizetype, QSqlQuery> lookups;
        const int chunkSize = lookupChunk(m_dialect);
        for (auto it = byOrigin.cbegin(); it != byOrigin.cend(); ++it) {
            for (qsizetype i = 0; i < it.value().size(); i += chunkSize) {
                const QList<qint64> chunk = it.value().mid(i, chunkSize);
                auto found = lookups.find(chunk.size());
                if (found == lookups.end()) {
                    found = lookups.insert(chunk.size(), QSqlQuery(db));
                    found->prepare(QStringLiteral("SELECT origin_seq, event_id, global_seq FROM "
                                                  "events WHERE origin = ? AND origin_seq IN (%1)")
                                       .arg(placeholders(chunk.size())));
                }
                QSqlQuery &q = *found;
                q.bindValue(0, it.key());
                for (qsizetype k = 0; k < chunk.size(); ++k)
                    q.bindValue(int(k + 1), chunk.at(k));
                if (!q.exec())
                    return fail(sqlError(QStringLiteral("cannot look up events"), q.lastError()));
                while (q.next()) {
                    known.insert({it.key(), q.value(0).toLongLong()},
                                 {q.value(1).toString(), q.value(2).toLongLong()});
                }
                q.finish();
            }
        }
    }

    // Sequences in batch order; an event already held, or twice in the batch, keeps its one.
    QHash<QString, qint64> inBatch;
    QHash<QString, OriginSeq> keyInBatch;
    QHash<OriginSeq, QString> newInBatch;
    result.assigned.reserve(events.size());
    for (const DomainEvent &event : events) {
        const OriginSeq key{event.origin, event.originSeq};
        if (const auto it = inBatch.constFind(event.eventId); it != inBatch.cend()) {
            if (keyInBatch.value(event.eventId) != key) {
                return fail(pushRefusal(
                    Sync::ErrorName::Malformed,
                    QStringLiteral("event id %1 names two events of the batch (sequences %2 "
                                   "and %3)")
                        .arg(event.eventId)
                        .arg(keyInBatch.value(event.eventId).second)
                        .arg(event.originSeq),
                    event.eventId));
            }
            result.assigned.append({event.eventId, *it});
            continue;
        }
        keyInBatch.insert(event.eventId, key);
        QString holder;
        if (const auto it = known.constFind(key); it != known.cend()) {
            if (it->eventId == event.eventId) {
                inBatch.insert(event.eventId, it->globalSeq);
                result.assigned.append(*it);
                continue;
            }
            holder = it->eventId;
        } else {
            holder = newInBatch.value(key);
        }
        if (!holder.isEmpty()) {
            return fail(Error::invalidInput(
                QStringLiteral("event %1 reuses %2's sequence %3, which the hub holds as "
                               "event %4 (was the terminal's database replaced?)")
                    .arg(event.eventId, event.origin)
                    .arg(event.originSeq)
                    .arg(holder)));
        }
        ++seq;
        inBatch.insert(event.eventId, seq);
        newInBatch.insert(key, event.eventId);
        result.assigned.append({event.eventId, seq});
        result.added.append({event, seq});
    }

    // The rules, before anything is stored, on what the hub holds of what the batch touches.
    PushCheck rules;
    QHash<QString, HeldOrder> held;
    if (Status loaded = loadHeld(rules, held, result.added); !loaded)
        return fail(loaded.error());
    Result<QList<std::optional<EventPayload>>> checked = [&] {
        QList<DomainEvent> fresh;
        fresh.reserve(result.added.size());
        for (const Sync::SyncEvent &added : std::as_const(result.added))
            fresh.append(added.event);
        return rules.check(fresh);
    }();
    if (!checked)
        return fail(checked.error());
    const QList<std::optional<EventPayload>> payloads = std::move(checked).value();

    // The new events, by chunks of rows per INSERT.
    {
        QHash<qsizetype, QSqlQuery> inserts;
        const int chunkSize = insertChunk(m_dialect);
        for (qsizetype i = 0; i < result.added.size(); i += chunkSize) {
            const qsizetype n = std::min<qsizetype>(chunkSize, result.added.size() - i);
            auto found = inserts.find(n);
            if (found == inserts.end()) {
                QStringList rows;
                for (qsizetype r = 0; r < n; ++r)
                    rows << QStringLiteral("(%1)").arg(placeholders(12));
                found = inserts.insert(n, QSqlQuery(db));
                found->prepare(
                    QStringLiteral("INSERT INTO events (global_seq, event_id, origin, origin_seq, "
                                   "type, order_id, product_id, actor, causation_id, occurred_at, "
                                   "payload, received_at) VALUES %1")
                        .arg(rows.join(QLatin1Char(','))));
            }
            QSqlQuery &q = *found;
            int index = 0;
            for (qsizetype r = i; r < i + n; ++r) {
                const DomainEvent &e = result.added.at(r).event;
                for (const QVariant &value :
                     {QVariant(result.added.at(r).globalSeq), QVariant(e.eventId),
                      QVariant(e.origin), QVariant(e.originSeq), QVariant(e.type),
                      nullable(e.orderId), nullable(e.productId), QVariant(e.actor),
                      nullable(e.causationId), QVariant(e.occurredAt.toMSecsSinceEpoch()),
                      QVariant(QString::fromUtf8(
                          QJsonDocument(e.payload).toJson(QJsonDocument::Compact))),
                      QVariant(receivedAt)}) {
                    q.bindValue(index++, value);
                }
            }
            // The origin sequences are free (looked up above), so an event id may be taken:
            // said as such once the transaction is gone (PostgreSQL answers nothing in a
            // failed one).
            if (!q.exec()) {
                const Error failed =
                    fail(sqlError(QStringLiteral("cannot append the batch"), q.lastError()));
                return takenEventId(result.added).value_or(failed);
            }
        }
    }

    // The projection, in the same transaction. Stock deltas add up, so each product's sum
    // over the batch is written once; so do the row counters' changes.
    QMap<QString, StockDelta> stockDeltas;
    // A product's row says when it or its stock last changed (the REST API's updatedAt, since).
    QHash<QString, qint64> stockMovedAt;
    QMap<RowCountKey, qint64> counted;
    const auto move = [&counted](const QString &kind, const QString &origin, const QString &from,
                                 const QString &to) {
        if (from == to)
            return;
        if (!from.isNull())
            --counted[{kind, origin, from}];
        ++counted[{kind, origin, to}];
    };
    for (qsizetype i = 0; i < result.added.size(); ++i) {
        const DomainEvent &event = result.added.at(i).event;
        const qint64 at = event.occurredAt.toMSecsSinceEpoch();
        // The domain read the payload (PushCheck); a type of a newer build is kept in the log
        // and projects nothing here.
        if (!payloads.at(i))
            continue;
        const EventPayload &payload = *payloads.at(i);
        if (const auto *registered = std::get_if<Events::ProductRegistered>(&payload)) {
            const Product &product = registered->product;
            if (!exec(st.product, {product.productId, product.productName, product.price,
                                   nullable(product.barcode), event.origin, at})) {
                return fail(sqlError(QStringLiteral("cannot project a product"), db.lastError()));
            }
            stockDeltas[product.productId]; // a stock row, also with nothing on hand
        } else if (const auto *changed = std::get_if<Events::ProductChanged>(&payload)) {
            // Only the fields named changed; a null barcode removes it.
            const ProductEdit &edit = changed->changed;
            const QVariant noText(QMetaType::fromType<QString>());
            const QVariant noNumber(QMetaType::fromType<qint64>());
            if (!exec(st.productChange,
                      {edit.productName ? QVariant(*edit.productName) : noText,
                       edit.price ? QVariant(*edit.price) : noNumber, edit.barcode ? 1 : 0,
                       nullable(edit.barcode.value_or(QString())), event.origin, at,
                       changed->productId})) {
                return fail(sqlError(QStringLiteral("cannot project a product change"),
                                     st.productChange.lastError()));
            }
        } else if (const std::optional<StockEffect> effect = stockEffect(payload)) {
            StockDelta &sum = stockDeltas[effect->productId];
            sum.onHand += effect->delta.onHand;
            sum.reserved += effect->delta.reserved;
            qint64 &moved = stockMovedAt[effect->productId];
            moved = std::max(moved, at);
        } else if (const auto change = orderViewChange(event, payload)) {
            bool ok = true;
            if (change->created) {
                const OrderView &v = *change->created;
                ok = exec(st.orderCreate, {v.orderId, event.origin, v.status, v.customerName,
                                           nullable(v.customerPhone), v.total,
                                           orderLinesText(change->lines), at, at});
                if (ok && st.orderCreate.numRowsAffected() > 0) {
                    held.insert(v.orderId, {event.origin, v.status, {}});
                    move(OrderKind, event.origin, QString(), v.status);
                }
            } else {
                const auto text = [](const std::optional<QString> &value) {
                    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
                };
                const QVariant total = change->total ? QVariant(*change->total)
                                                     : QVariant(QMetaType::fromType<qint64>());
                ok = exec(st.orderUpdate, {text(change->status), total, text(change->paymentMethod),
                                           text(change->paymentStatus), text(change->deliveryId),
                                           text(change->deliveryStatus), at, event.orderId});
                // The counters follow what the statements change: an order the hub holds (a
                // held entry with a null status has deliveries only).
                const auto order = held.find(event.orderId);
                if (ok && change->status && order != held.end() && !order->status.isNull()) {
                    move(OrderKind, order->origin, order->status, *change->status);
                    order->status = *change->status;
                }
                if (ok && event.type == EventType::DeliveryStarted) {
                    ok = exec(st.deliveryCreate, {*change->deliveryId, event.orderId, event.origin,
                                                  *change->deliveryStatus, at, at});
                    if (ok && st.deliveryCreate.numRowsAffected() > 0) {
                        move(DeliveryKind, event.origin, QString(), *change->deliveryStatus);
                        held[event.orderId].deliveries.append(
                            {event.origin, *change->deliveryStatus});
                    }
                } else if (ok && change->deliveryStatus) {
                    ok = exec(st.deliveryUpdate, {*change->deliveryStatus, at, event.orderId});
                    if (ok && order != held.end()) {
                        for (HeldDelivery &delivery : order->deliveries) {
                            move(DeliveryKind, delivery.origin, delivery.status,
                                 *change->deliveryStatus);
                            delivery.status = *change->deliveryStatus;
                        }
                    }
                }
            }
            if (!ok)
                return fail(sqlError(QStringLiteral("cannot project an order"), db.lastError()));
        }
    }
    for (auto it = stockDeltas.cbegin(); it != stockDeltas.cend(); ++it) {
        if (!exec(st.stock, {it.key(), it->onHand, it->reserved}))
            return fail(sqlError(QStringLiteral("cannot project stock"), st.stock.lastError()));
    }
    for (auto it = stockMovedAt.cbegin(); it != stockMovedAt.cend(); ++it) {
        if (!exec(st.stockMoved, {it.value(), it.key(), it.value()}))
            return fail(sqlError(QStringLiteral("cannot project the stock's time"),
                                 st.stockMoved.lastError()));
    }
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (it.value() != 0 &&
            !exec(st.rowCount, {it.key().kind, it.key().origin, it.key().status, it.value()})) {
            return fail(sqlError(QStringLiteral("cannot count the rows"), st.rowCount.lastError()));
        }
    }
    SD_CHECK(commit());
    if (!result.added.isEmpty())
        ++m_generation;
    return result;
}

Status SqlHubStore::loadHeld(PushCheck &rules, QHash<QString, HeldOrder> &held,
                             const QList<Sync::SyncEvent> &added)
{
    QStringList orderIds;
    QStringList productIds;
    {
        QSet<QString> orders;
        QSet<QString> products;
        for (const Sync::SyncEvent &e : added) {
            if (!e.event.orderId.isEmpty() && !orders.contains(e.event.orderId)) {
                orders.insert(e.event.orderId);
                orderIds.append(e.event.orderId);
            }
            if (!e.event.productId.isEmpty() && !products.contains(e.event.productId)) {
                products.insert(e.event.productId);
                productIds.append(e.event.productId);
            }
        }
    }
    QSqlDatabase db = database();
    const int chunkSize = lookupChunk(m_dialect);
    // Rows whose first column is one of ids, by chunks, each to visit.
    const auto lookup = [&](const QString &sql, const QStringList &ids,
                            const std::function<void(const QSqlQuery &)> &visit) -> Status {
        QHash<qsizetype, QSqlQuery> statements;
        for (qsizetype i = 0; i < ids.size(); i += chunkSize) {
            const QStringList chunk = ids.mid(i, chunkSize);
            auto found = statements.find(chunk.size());
            if (found == statements.end()) {
                found = statements.insert(chunk.size(), QSqlQuery(db));
                found->prepare(sql.arg(placeholders(chunk.size())));
            }
            QSqlQuery &q = *found;
            for (qsizetype k = 0; k < chunk.size(); ++k)
                q.bindValue(int(k), chunk.at(k));
            if (!q.exec())
                return sqlError(QStringLiteral("cannot read what the batch touches"),
                                q.lastError());
            while (q.next())
                visit(q);
            q.finish();
        }
        return {};
    };
    SD_CHECK(
        lookup(QStringLiteral("SELECT order_id, origin, status, payment_status, "
                              "delivery_status FROM orders WHERE order_id IN (%1)"),
               orderIds, [&](const QSqlQuery &q) {
                   OrderFlow flow;
                   flow.orderId = q.value(0).toString();
                   flow.owner = q.value(1).toString();
                   flow.status =
                       orderStatusFromString(q.value(2).toString()).value_or(OrderStatus::Placed);
                   if (!q.value(3).isNull())
                       flow.payment = paymentStatusFromString(q.value(3).toString());
                   if (!q.value(4).isNull())
                       flow.delivery = deliveryStatusFromString(q.value(4).toString());
                   rules.flows.insert(flow.orderId, flow);
                   held.insert(flow.orderId, {flow.owner, q.value(2).toString(), {}});
               }));
    SD_CHECK(lookup(QStringLiteral("SELECT order_id, origin, status FROM deliveries WHERE "
                                   "order_id IN (%1)"),
                    orderIds, [&](const QSqlQuery &q) {
                        held[q.value(0).toString()].deliveries.append(
                            {q.value(1).toString(), q.value(2).toString()});
                    }));
    return lookup(QStringLiteral("SELECT product_id, on_hand, reserved FROM stock WHERE "
                                 "product_id IN (%1)"),
                  productIds, [&](const QSqlQuery &q) {
                      rules.stock.insert(q.value(0).toString(),
                                         {q.value(1).toLongLong(), q.value(2).toLongLong()});
                  });
}

std::optional<Error> SqlHubStore::takenEventId(const QList<Sync::SyncEvent> &added)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT origin, origin_seq FROM events WHERE event_id = ?"));
    for (const Sync::SyncEvent &e : added) {
        q.bindValue(0, e.event.eventId);
        if (!q.exec())
            return std::nullopt;
        if (q.next()) {
            return pushRefusal(Sync::ErrorName::EventIdTaken,
                               QStringLiteral("event id %1 is held by the hub as event %2 of "
                                              "terminal %3; give the event %4 of %5 a new id")
                                   .arg(e.event.eventId)
                                   .arg(q.value(1).toLongLong())
                                   .arg(q.value(0).toString())
                                   .arg(e.event.originSeq)
                                   .arg(e.event.origin),
                               e.event.eventId);
        }
        q.finish();
    }
    return std::nullopt;
}

Status SqlHubStore::visitAfter(qint64 afterSeq, const QString &excludeOrigin, int limit,
                               const std::function<void(DomainEvent &, const QString &)> &visit)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT global_seq, event_id, origin, origin_seq, type, order_id, product_id, actor, "
        "causation_id, occurred_at, payload FROM events WHERE global_seq > ? AND origin <> ? "
        "ORDER BY global_seq LIMIT ?"));
    q.addBindValue(afterSeq);
    // A null QString binds as NULL, and "origin <> NULL" matches nothing.
    q.addBindValue(excludeOrigin.isEmpty() ? QStringLiteral("") : excludeOrigin);
    q.addBindValue(limit);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        if (!reconnect())
            return sqlError(QStringLiteral("cannot read the log"), error);
        return visitAfter(afterSeq, excludeOrigin, limit, visit);
    }
    DomainEvent e;
    while (q.next()) {
        e.seq = q.value(0).toLongLong(); // a receiver's view of the hub's log: the global position
        e.eventId = q.value(1).toString();
        e.origin = q.value(2).toString();
        e.originSeq = q.value(3).toLongLong();
        e.type = q.value(4).toString();
        e.orderId = q.value(5).toString();
        e.productId = q.value(6).toString();
        e.actor = q.value(7).toString();
        e.causationId = q.value(8).toString();
        e.occurredAt = timeAt(q.value(9));
        visit(e, q.value(10).toString());
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read the log"), q.lastError());
    return {};
}

Result<QList<Sync::SyncEvent>> SqlHubStore::readAfter(qint64 afterSeq, const QString &excludeOrigin,
                                                      int limit)
{
    QList<Sync::SyncEvent> page;
    SD_CHECK(
        visitAfter(afterSeq, excludeOrigin, limit, [&page](DomainEvent &e, const QString &payload) {
            e.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
            page.append({e, e.seq});
        }));
    return page;
}

Result<EventPage> SqlHubStore::readPage(qint64 afterSeq, const QString &excludeOrigin, int limit)
{
    Sync::EventsFrameWriter writer;
    EventPage page;
    SD_CHECK(
        visitAfter(afterSeq, excludeOrigin, limit, [&](DomainEvent &e, const QString &payload) {
            writer.add(e, e.seq, payload.toUtf8());
            page.lastSeq = e.seq;
        }));
    page.count = writer.count();
    if (page.count > 0)
        page.frame = writer.take();
    return page;
}

Result<qint64> SqlHubStore::lastSeq()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(global_seq), 0) FROM events")) || !q.next()) {
        const QSqlError error = q.lastError();
        return reconnect() ? lastSeq()
                           : sqlError(QStringLiteral("cannot read the log's end"), error);
    }
    return q.value(0).toLongLong();
}

Status SqlHubStore::ping()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT value FROM hub_meta WHERE key = 'schema'")) || !q.next()) {
        const QSqlError error = q.lastError();
        return reconnect() ? ping()
                           : sqlError(QStringLiteral("the database does not answer"), error);
    }
    return {};
}

Status SqlHubStore::addToken(const TokenRecord &token)
{
    SD_CHECK(begin());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT revoked FROM tokens WHERE name = ?"));
    q.addBindValue(token.name);
    if (!q.exec()) {
        rollback();
        return sqlError(QStringLiteral("cannot read tokens"), q.lastError());
    }
    const bool exists = q.next();
    if (exists && q.value(0).isNull()) {
        rollback();
        return Error::invalidState(
            QStringLiteral("terminal %1 already has a token; revoke it first").arg(token.name));
    }
    q.finish();
    q.prepare(exists ? QStringLiteral("UPDATE tokens SET hash = ?, salt = ?, created = ?, "
                                      "revoked = NULL WHERE name = ?")
                     : QStringLiteral("INSERT INTO tokens (hash, salt, created, name) "
                                      "VALUES (?, ?, ?, ?)"));
    if (!exec(q, {QString::fromLatin1(token.hash), QString::fromLatin1(token.salt),
                  token.created.toMSecsSinceEpoch(), token.name})) {
        rollback();
        return sqlError(QStringLiteral("cannot store the token"), q.lastError());
    }
    return commit();
}

Result<std::optional<TokenRecord>> SqlHubStore::token(const QString &name)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT name, hash, salt, created, revoked FROM tokens WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        return reconnect() ? token(name) : sqlError(QStringLiteral("cannot read tokens"), error);
    }
    if (!q.next())
        return std::optional<TokenRecord>();
    TokenRecord t{q.value(0).toString(), q.value(1).toString().toLatin1(),
                  q.value(2).toString().toLatin1(), timeAt(q.value(3)), std::nullopt};
    if (!q.value(4).isNull())
        t.revoked = timeAt(q.value(4));
    return std::optional<TokenRecord>(std::move(t));
}

Result<QList<TokenRecord>> SqlHubStore::tokens()
{
    QSqlQuery q(database());
    if (!q.exec(
            QStringLiteral("SELECT name, hash, salt, created, revoked FROM tokens ORDER BY name")))
        return sqlError(QStringLiteral("cannot read tokens"), q.lastError());
    QList<TokenRecord> list;
    while (q.next()) {
        TokenRecord t{q.value(0).toString(), q.value(1).toString().toLatin1(),
                      q.value(2).toString().toLatin1(), timeAt(q.value(3)), std::nullopt};
        if (!q.value(4).isNull())
            t.revoked = timeAt(q.value(4));
        list.append(std::move(t));
    }
    return list;
}

Status SqlHubStore::revokeToken(const QString &name)
{
    SD_TRY(const std::optional<TokenRecord> existing, token(name));
    if (!existing)
        return Error::notFound(QStringLiteral("terminal %1 has no token").arg(name));
    if (existing->revoked)
        return Error::invalidState(QStringLiteral("the token of %1 is already revoked").arg(name));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE tokens SET revoked = ? WHERE name = ? AND revoked IS NULL"));
    if (!exec(q, {QDateTime::currentMSecsSinceEpoch(), name}))
        return sqlError(QStringLiteral("cannot revoke the token"), q.lastError());
    return {};
}

Result<QList<StockRow>> SqlHubStore::stock()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral(
            "SELECT s.product_id, COALESCE(p.product_name, ''), s.on_hand, s.reserved FROM stock s "
            "LEFT JOIN products p ON p.product_id = s.product_id ORDER BY s.product_id"))) {
        return sqlError(QStringLiteral("cannot read stock"), q.lastError());
    }
    QList<StockRow> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toLongLong()});
    }
    return rows;
}

Result<QList<OrderRow>> SqlHubStore::orders()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral(
            "SELECT order_id, origin, status, customer_name, total, payment_status, delivery_id, "
            "delivery_status FROM orders ORDER BY order_id"))) {
        return sqlError(QStringLiteral("cannot read orders"), q.lastError());
    }
    QList<OrderRow> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString()});
    }
    return rows;
}

Result<QList<DeliveryRow>> SqlHubStore::deliveries()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral(
            "SELECT delivery_id, order_id, origin, status FROM deliveries ORDER BY delivery_id"))) {
        return sqlError(QStringLiteral("cannot read deliveries"), q.lastError());
    }
    QList<DeliveryRow> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    }
    return rows;
}

} // namespace ShopDesk::Hub
