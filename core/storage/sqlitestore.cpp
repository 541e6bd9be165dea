#include "sqlitestore.h"

#include "events.h"
#include "schema.h"
#include "sqlitefilelocks.h"
#include "walcheckpointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace ShopDesk {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// QSQLITE binds a null QString as NULL; NOT NULL text columns get an empty string instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QDateTime timeAt(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString likePattern(const QString &text, bool prefixOnly)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1StringView("\\\\"))
        .replace(QLatin1Char('%'), QLatin1StringView("\\%"))
        .replace(QLatin1Char('_'), QLatin1StringView("\\_"));
    return prefixOnly ? escaped + QLatin1Char('%') : QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The bounds of the strings that start with prefix, for a range on an index: [prefix, end).
// U+FFFF sorts after every character an id holds in SQLite's binary (UTF-8) order.
QVariantList prefixRange(const QString &prefix)
{
    return {prefix, prefix + QChar(0xFFFF)};
}

// The text as typed, upper- and lower-cased: the forms an ASCII-case-blind prefix may take
// in an id, each searched as a range on the id's index.
QStringList caseForms(const QString &text)
{
    QStringList forms{text};
    for (const QString &form : {text.toUpper(), text.toLower()}) {
        if (!forms.contains(form))
            forms << form;
    }
    return forms;
}

// An FTS5 string literal: the text as one phrase, its double quotes doubled.
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
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

// A customer search below this length cannot use the trigram index (order_search).
constexpr int MinTrigramSearch = 3;

// Resets a cached statement once its rows are read, so that it holds no read snapshot.
struct QueryFinisher
{
    QSqlQuery *query;
    ~QueryFinisher() { query->finish(); }
};

const QString orderViewColumns = QStringLiteral(
    "order_id, status, customer_name, customer_phone, customer_address, total, line_count, "
    "item_count, payment_method, payment_status, delivery_id, delivery_status, origin, placed_at, "
    "delivery_started_at, updated_at");

OrderView readOrderView(const QSqlQuery &q)
{
    OrderView v;
    v.orderId = q.value(0).toString();
    v.status = q.value(1).toString();
    v.customerName = q.value(2).toString();
    v.customerPhone = q.value(3).toString();
    v.customerAddress = q.value(4).toString();
    v.total = q.value(5).toLongLong();
    v.lineCount = q.value(6).toInt();
    v.itemCount = q.value(7).toLongLong();
    v.paymentMethod = q.value(8).toString();
    v.paymentStatus = q.value(9).toString();
    v.deliveryId = q.value(10).toString();
    v.deliveryStatus = q.value(11).toString();
    v.origin = q.value(12).toString();
    v.placedAt = timeAt(q.value(13));
    v.deliveryStartedAt = timeAt(q.value(14));
    v.updatedAt = timeAt(q.value(15));
    return v;
}

const QString productColumns =
    QStringLiteral("product_id, name, price, barcode, low_stock_threshold");

Product readProduct(const QSqlQuery &q)
{
    const QVariant threshold = q.value(4);
    return Product{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                   q.value(3).toString(),
                   threshold.isNull() ? StockThreshold() : StockThreshold(threshold.toLongLong())};
}

QVariant nullable(const StockThreshold &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

const QString eventColumns = QStringLiteral(
    "seq, event_id, type, order_id, product_id, origin, origin_seq, actor, causation_id, "
    "occurred_at, payload");

DomainEvent readEvent(const QSqlQuery &q, int first = 0)
{
    DomainEvent e;
    e.seq = q.value(first + 0).toLongLong();
    e.eventId = q.value(first + 1).toString();
    e.type = q.value(first + 2).toString();
    e.orderId = q.value(first + 3).toString();
    e.productId = q.value(first + 4).toString();
    e.origin = q.value(first + 5).toString();
    e.originSeq = q.value(first + 6).toLongLong();
    e.actor = q.value(first + 7).toString();
    e.causationId = q.value(first + 8).toString();
    e.occurredAt = timeAt(q.value(first + 9));
    e.payload = QJsonDocument::fromJson(q.value(first + 10).toString().toUtf8()).object();
    return e;
}

// Reads the file's header through SQLite itself, never through a descriptor of our own: closing
// one would drop the locks of every connection this process holds on the file (see
// SqliteFileLocks). Immutable and read-only, so nothing is written beside it.
bool isSqliteFile(const QString &path, QString *why)
{
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() +
                           QByteArrayLiteral("?immutable=1");
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    const int code = db ? sqlite3_extended_errcode(db) : rc;
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    sqlite3_close(db);
    if (rc == SQLITE_OK)
        return true; // an empty file is an empty database
    if ((code & 0xff) == SQLITE_NOTADB)
        *why = QStringLiteral("it is not an SQLite database");
    else
        *why = QStringLiteral("cannot read it (%1)").arg(message);
    return false;
}

// What the domain says each stock event does to on hand (stockEffectRules), as an SQL
// expression over a row of the log, so that the audit sums the log without a reading of its
// own.
QString onHandDeltaSql()
{
    QStringList cases;
    for (const StockEffectRule &rule : stockEffectRules()) {
        if (rule.onHandSign != 0) {
            cases << QStringLiteral("WHEN '%1' THEN %2 * json_extract(payload, '$.%3')")
                         .arg(rule.type)
                         .arg(rule.onHandSign)
                         .arg(rule.amountField);
        }
    }
    return QStringLiteral("CASE type %1 ELSE 0 END").arg(cases.join(QLatin1Char(' ')));
}

} // namespace

// A value for a parameter of a native statement: null, an integer or text. Text is bound
// without a copy; the value outlives the statement's step, as the temporaries of a write()
// call do.
struct NativeArg
{
    enum class Kind { Null, Integer, Utf16, Utf8 };

    NativeArg(std::nullptr_t) {}
    NativeArg(qint64 value)
        : kind(Kind::Integer)
        , integer(value)
    {}
    NativeArg(int value)
        : NativeArg(qint64(value))
    {}
    // A null QString binds NULL, as Qt Sql does (a NOT NULL column refuses it); text()
    // binds '' instead, nullIfEmpty() NULL for an empty one too.
    NativeArg(const QString &value)
        : kind(value.isNull() ? Kind::Null : Kind::Utf16)
        , data(value.constData())
        , bytes(value.size() * qsizetype(sizeof(QChar)))
    {}
    NativeArg(const QByteArray &utf8)
        : kind(Kind::Utf8)
        , data(utf8.isNull() ? "" : utf8.constData())
        , bytes(utf8.size())
    {}
    static NativeArg text(const QString &value)
    {
        NativeArg arg(value);
        if (value.isNull()) {
            arg.kind = Kind::Utf16;
            arg.data = u"";
            arg.bytes = 0;
        }
        return arg;
    }
    static NativeArg nullIfEmpty(const QString &value)
    {
        return value.isEmpty() ? NativeArg(nullptr) : NativeArg(value);
    }
    static NativeArg orNull(const std::optional<QString> &value)
    {
        return value ? NativeArg(*value) : NativeArg(nullptr);
    }
    static NativeArg time(const QDateTime &at)
    {
        return at.isValid() ? NativeArg(at.toMSecsSinceEpoch()) : NativeArg(nullptr);
    }

    int bind(sqlite3_stmt *statement, int index) const
    {
        switch (kind) {
        case Kind::Null:
            return sqlite3_bind_null(statement, index);
        case Kind::Integer:
            return sqlite3_bind_int64(statement, index, integer);
        case Kind::Utf16:
            return sqlite3_bind_text16(statement, index, data, int(bytes), SQLITE_STATIC);
        case Kind::Utf8:
            return sqlite3_bind_text(statement, index, static_cast<const char *>(data), int(bytes),
                                     SQLITE_STATIC);
        }
        return SQLITE_MISUSE;
    }

    Kind kind = Kind::Null;
    qint64 integer = 0;
    const void *data = nullptr;
    qsizetype bytes = 0;
};

SqliteStore::SqliteStore(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{}

SqliteStore::~SqliteStore()
{
    for (sqlite3_stmt *statement : std::as_const(m_native))
        sqlite3_finalize(statement);
    m_native.clear();
    if (m_checkpointer) {
        m_checkpointer->detach(m_db);
        m_checkpointer.reset();
    }
    m_statements.clear();
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            if (m_depth > 0)
                QSqlQuery(QStringLiteral("ROLLBACK"), db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqliteStore::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("SHOPDESK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/ShopDesk");
    return folder + QStringLiteral("/shopdesk.db");
}

Status SqliteStore::validateTerminalName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,15}$"));
    if (!pattern.match(name).hasMatch()) {
        return Error::invalidInput(
            QStringLiteral("terminal name '%1' is not valid; use 1-16 letters, digits, '-' or '_', "
                           "starting with a letter (for example T1)")
                .arg(name));
    }
    return {};
}

sqlite3 *SqliteStore::nativeHandle() const
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlDatabase SqliteStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const SqliteOptions &options)
{
    if (options.path.isEmpty())
        return Error::invalidInput(QStringLiteral("no database file was given"));
    [[maybe_unused]] static const bool locksKept = [] {
        QString why;
        if (!SqliteFileLocks::install(&why))
            qWarning().noquote() << "SQLite keeps its POSIX locks:" << why;
        return true;
    }();
    const QFileInfo info(options.path);
    const QString path = info.absoluteFilePath();
    bool readOnly = false;
    if (info.exists()) {
        if (!info.isFile())
            return Error::storage(QStringLiteral("%1 is not a file").arg(path));
        QString why;
        if (!isSqliteFile(path, &why)) {
            return Error::storage(
                QStringLiteral("cannot use %1: %2; the file was left untouched").arg(path, why));
        }
        // WAL needs to write beside the file as well as to it.
        readOnly = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    } else {
        SD_CHECK(validateTerminalName(options.terminal));
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::storage(QStringLiteral("cannot create the folder %1 for the database")
                                      .arg(info.absolutePath()));
        }
    }

    static QAtomicInt counter;
    const QString connectionName = QStringLiteral("shopdesk-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqliteStore> store(new SqliteStore(connectionName, path, readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        QString connectOptions =
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (readOnly) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
            // Without a -shm file no writer is at work. Reading it as immutable then creates
            // no -wal/-shm beside it: such files would keep the database read-only later
            // (they get its read-only mode) and cannot be made in a read-only folder at all.
            if (!QFile::exists(path + QStringLiteral("-shm"))) {
                db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                   QStringLiteral("?immutable=1"));
                connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
            }
        }
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return store->failure(db.lastError(), QStringLiteral("open %1").arg(path));
    }
    store->m_db = store->nativeHandle();
    // Whose file this is comes first: nothing is written to a file that is not ours.
    SD_TRY(const int version, store->storedVersion());
    SD_CHECK(store->configure());
    SD_CHECK(store->migrate(version, options.terminal));
    if (!readOnly && store->m_db) {
        store->m_checkpointer = std::make_unique<WalCheckpointer>(path);
        store->m_checkpointer->attach(store->m_db);
    }
    return store;
}

Status SqliteStore::configure()
{
    if (!m_readOnly) {
        SD_TRY(QSqlQuery * mode, run(QStringLiteral("PRAGMA journal_mode=WAL")));
        const QString journal = mode->next() ? mode->value(0).toString() : QString();
        mode->finish();
        if (journal != QLatin1StringView("wal")) {
            return Error::storage(QStringLiteral("cannot switch %1 to WAL journal mode (got '%2')")
                                      .arg(m_path, journal));
        }
    }
    SD_CHECK(exec(QStringLiteral("PRAGMA synchronous=FULL")));
    SD_CHECK(exec(QStringLiteral("PRAGMA foreign_keys=ON")));
    // 64 MiB of page cache (the default is 2 MiB): the order lists and the log's indexes of a
    // large shop stay in memory instead of being read again for every command.
    SD_CHECK(exec(QStringLiteral("PRAGMA cache_size=-65536")));
    // Savepoint journals (batches of demo data) in memory rather than in temporary files.
    SD_CHECK(exec(QStringLiteral("PRAGMA temp_store=MEMORY")));
    return {};
}

Result<int> SqliteStore::storedVersion()
{
    SD_TRY(QSqlQuery * q, run(QStringLiteral("PRAGMA user_version")));
    const int version = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    if (version > Schema::CurrentVersion) {
        return Error::storage(
            QStringLiteral(
                "%1 was written by a newer ShopDesk (schema %2; this program knows up to "
                "%3); upgrade ShopDesk to open it. Nothing was changed")
                .arg(m_path)
                .arg(version)
                .arg(Schema::CurrentVersion));
    }
    if (version == 0) {
        SD_TRY(q, run(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        const int objects = q->next() ? q->value(0).toInt() : 0;
        q->finish();
        if (objects > 0) {
            return Error::storage(QStringLiteral("%1 is an SQLite database but not a ShopDesk one; "
                                                 "the file was left untouched")
                                      .arg(m_path));
        }
    }
    return version;
}

Status SqliteStore::migrate(int version, const QString &terminal)
{
    if (version < Schema::CurrentVersion) {
        if (m_readOnly) {
            return Error::storage(
                QStringLiteral("%1 is read-only and needs its schema created or upgraded")
                    .arg(m_path));
        }
        SD_CHECK(begin());
        // Re-read under the write lock: another process may have migrated meanwhile.
        Result<QSqlQuery *> again = run(QStringLiteral("PRAGMA user_version"));
        if (!again) {
            rollback();
            return again.error();
        }
        version = again.value()->next() ? again.value()->value(0).toInt() : 0;
        again.value()->finish();
        const bool creating = version == 0;
        for (int next = version + 1; next <= Schema::CurrentVersion; ++next) {
            for (const QString &sql : Schema::migration(next)) {
                if (Status done = exec(sql); !done) {
                    rollback();
                    return done;
                }
            }
        }
        Status done = exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::CurrentVersion));
        if (done && creating) {
            done = exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('terminal', ?), "
                                       "('created_at', ?), ('database_id', ?)"),
                        {terminal, clock().now().toString(Qt::ISODate),
                         QUuid::createUuid().toString(QUuid::WithoutBraces)});
        }
        if (done)
            done = commit();
        if (!done) {
            rollback();
            return done;
        }
    }
    m_schemaVersion = Schema::CurrentVersion;
    SD_TRY(QSqlQuery * q, run(QStringLiteral("SELECT value FROM meta WHERE key = 'terminal'")));
    m_terminal = q->next() ? q->value(0).toString() : QString();
    q->finish();
    if (m_terminal.isEmpty())
        return Error::storage(QStringLiteral("%1 has no terminal name; it is damaged").arg(m_path));
    return {};
}

Error SqliteStore::failure(const QSqlError &error, const QString &what) const
{
    return failure(error.nativeErrorCode().toInt(), error.text().trimmed(), what);
}

Error SqliteStore::failure(int sqliteCode, const QString &text, const QString &what) const
{
    const int primary = sqliteCode & 0xff;
    // SQLITE_BUSY and SQLITE_LOCKED: another connection holds the write lock.
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        return Error::storage(QStringLiteral("the database %1 is busy: another program is writing "
                                             "to it; try again in a moment")
                                  .arg(m_path),
                              {{QStringLiteral("busy"), true}});
    }
    if (primary == SQLITE_READONLY) {
        return Error::storage(
            QStringLiteral("the database %1 is read-only; nothing was changed").arg(m_path));
    }
    return Error::storage(QStringLiteral("database error in %1 (%2): %3").arg(m_path, what, text),
                          {{QStringLiteral("sqlite"), QString::number(primary)}});
}

Error SqliteStore::failure(const QSqlQuery &query, const QString &what) const
{
    return failure(query.lastError(), what);
}

Result<QSqlQuery *> SqliteStore::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return failure(query, sql.simplified().left(60));
        it = m_statements.insert(sql, query);
    }
    QSqlQuery *query = &it.value();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        return failure(*query, sql.simplified().left(60));
    return query;
}

Result<int> SqliteStore::write(const char *sql, std::initializer_list<NativeArg> values)
{
    if (!m_db)
        return Error::storage(QStringLiteral("the database %1 is not open").arg(m_path));
    // The connection's last error, read before a reset could change it.
    auto lastError = [this, sql] {
        return failure(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
                       QString::fromUtf8(sql).simplified().left(60));
    };
    sqlite3_stmt *statement = m_native.value(sql);
    if (!statement) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(statement);
            return lastError();
        }
        m_native.insert(sql, statement);
    }
    Q_ASSERT(int(values.size()) == sqlite3_bind_parameter_count(statement));
    int index = 0;
    for (const NativeArg &value : values) {
        if (value.bind(statement, ++index) != SQLITE_OK) {
            const Error error = lastError();
            sqlite3_clear_bindings(statement);
            return error;
        }
    }
    const int rc = sqlite3_step(statement);
    const int changes = sqlite3_changes(m_db);
    Error error;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        error = lastError();
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement); // no pointer into a caller's strings stays behind
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return error;
    return changes;
}

Status SqliteStore::exec(const QString &sql, const QVariantList &values)
{
    SD_TRY(QSqlQuery * query, run(sql, values));
    query->finish();
    return {};
}

Status SqliteStore::visitRows(const QString &sql, const QVariantList &values,
                              const std::function<void(const QSqlQuery &)> &visit)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failure(q, sql.simplified().left(60));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return failure(q, sql.simplified().left(60));
    while (q.next())
        visit(q);
    if (q.lastError().isValid())
        return failure(q, sql.simplified().left(60));
    return {};
}

Status SqliteStore::begin()
{
    if (m_depth == 0) {
        SD_CHECK(exec(QStringLiteral("BEGIN IMMEDIATE")));
        m_nextOriginSeq = 0;
    } else {
        SD_CHECK(exec(QStringLiteral("SAVEPOINT sd%1").arg(m_depth)));
    }
    ++m_depth;
    return {};
}

Status SqliteStore::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1)
        SD_CHECK(exec(QStringLiteral("COMMIT")));
    else
        SD_CHECK(exec(QStringLiteral("RELEASE sd%1").arg(m_depth - 1)));
    --m_depth;
    return {};
}

void SqliteStore::rollback()
{
    if (m_depth == 0)
        return;
    --m_depth;
    // The rolled-back events gave back their origin sequence numbers: read it again.
    m_nextOriginSeq = 0;
    if (m_depth == 0) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO sd%1").arg(m_depth));
        (void)exec(QStringLiteral("RELEASE sd%1").arg(m_depth));
    }
}

Result<std::optional<Product>> SqliteStore::findProduct(const QString &productId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM products WHERE product_id = ?").arg(productColumns),
               {productId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<Product>();
    return std::optional<Product>(readProduct(*q));
}

Result<std::optional<Product>> SqliteStore::findProductByBarcode(const QString &barcode)
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

Status SqliteStore::insertProduct(const Product &product)
{
    SD_CHECK(
        exec(QStringLiteral("INSERT INTO products (product_id, name, price, barcode, created_at, "
                            "low_stock_threshold) VALUES (?, ?, ?, ?, ?, ?)"),
             {product.productId, product.productName, product.price, nullable(product.barcode),
              clock().now().toMSecsSinceEpoch(), nullable(product.lowStockThreshold)}));
    return exec(
        QStringLiteral("INSERT INTO stock (product_id, on_hand, reserved) VALUES (?, 0, 0)"),
        {product.productId});
}

Status SqliteStore::saveProduct(const Product &product)
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
        QStringLiteral("UPDATE products SET price = ?, barcode = ?, low_stock_threshold = ? "
                       "WHERE product_id = ?"),
        {product.price, nullable(product.barcode), nullable(product.lowStockThreshold),
         product.productId});
}

Result<QList<Product>> SqliteStore::products(const ListQuery &query)
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

Result<QList<Product>> SqliteStore::completeProducts(const QString &text, int limit)
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

Result<std::optional<StockItem>> SqliteStore::findStock(const QString &productId)
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

Status SqliteStore::saveStock(const StockItem &item)
{
    return write("UPDATE stock SET on_hand = ?, reserved = ? WHERE product_id = ?",
                 {item.onHand(), item.reserved(), item.productId()})
        .status();
}

Result<QList<StockRow>> SqliteStore::stockRows(const ListQuery &query)
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

Result<QString> SqliteStore::nextOrderId()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT coalesce(max(order_no), 0) + 1 FROM orders WHERE origin = ?"),
               {m_terminal}));
    const qint64 next = q->next() ? q->value(0).toLongLong() : 1;
    q->finish();
    return QStringLiteral("%1-%2").arg(m_terminal).arg(next, 6, 10, QLatin1Char('0'));
}

Result<std::optional<Order>> SqliteStore::findOrder(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT status, customer_name, phone, address, placed_at, origin "
                              "FROM orders WHERE order_id = ?"),
               {orderId}));
    if (!q->next()) {
        q->finish();
        return std::optional<Order>();
    }
    const auto status = orderStatusFromString(q->value(0).toString());
    const Customer customer{q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    const QDateTime placedAt = timeAt(q->value(4));
    const QString origin = q->value(5).toString();
    q->finish();
    if (!status)
        return Error::storage(QStringLiteral("order %1 has an unknown status").arg(orderId));

    SD_TRY(q, run(QStringLiteral("SELECT product_id, product_name, qty, price FROM order_lines "
                                 "WHERE order_id = ? ORDER BY line_no"),
                  {orderId}));
    QueryFinisher finish{q};
    QList<OrderLine> lines;
    while (q->next()) {
        lines.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                      q->value(3).toLongLong()});
    }
    return std::optional<Order>(
        Order::restore(orderId, *status, customer, lines, placedAt, origin));
}

Status SqliteStore::insertOrder(const Order &order)
{
    return insertOrderOf(order, m_terminal);
}

Status SqliteStore::insertOrderOf(const Order &order, const QString &origin)
{
    const QString prefix = origin + QLatin1Char('-');
    const qint64 orderNo =
        order.orderId().startsWith(prefix) ? order.orderId().mid(prefix.size()).toLongLong() : 0;
    SD_CHECK(
        write("INSERT INTO orders (order_id, origin, order_no, status, customer_name, "
              "phone, address, total, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {order.orderId(), origin, orderNo, toText(order.status()), order.customer().name,
               NativeArg::text(order.customer().phone), NativeArg::text(order.customer().address),
               order.total(), order.placedAt().toMSecsSinceEpoch()}));
    int lineNo = 0;
    for (const OrderLine &line : order.lines()) {
        SD_CHECK(write(
            "INSERT INTO order_lines (order_id, line_no, product_id, product_name, "
            "qty, price) VALUES (?, ?, ?, ?, ?, ?)",
            {order.orderId(), ++lineNo, line.productId, line.productName, line.qty, line.price}));
    }
    return {};
}

Status SqliteStore::saveOrderStatus(const Order &order)
{
    return write("UPDATE orders SET status = ? WHERE order_id = ?",
                 {toText(order.status()), order.orderId()})
        .status();
}

Result<std::optional<Payment>> SqliteStore::findPayment(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT method, amount, tendered, approval_code, status "
                              "FROM payments WHERE order_id = ?"),
               {orderId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<Payment>();
    const auto method = paymentMethodFromString(q->value(0).toString());
    const auto status = paymentStatusFromString(q->value(4).toString());
    if (!method || !status)
        return Error::storage(QStringLiteral("payment of %1 is damaged").arg(orderId));
    return std::optional<Payment>(Payment::restore(orderId, *method, q->value(1).toLongLong(),
                                                   q->value(2).toLongLong(), q->value(3).toString(),
                                                   *status));
}

Status SqliteStore::savePayment(const Payment &payment)
{
    return write("INSERT INTO payments (order_id, method, amount, tendered, approval_code, "
                 "status) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (order_id) DO UPDATE SET status = excluded.status",
                 {payment.orderId(), toText(payment.method()), payment.amount(), payment.tendered(),
                  NativeArg::text(payment.approvalCode()), toText(payment.status())})
        .status();
}

Result<std::optional<Delivery>> SqliteStore::findDelivery(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT delivery_id, status, started_at FROM deliveries "
                              "WHERE order_id = ?"),
               {orderId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<Delivery>();
    const auto status = deliveryStatusFromString(q->value(1).toString());
    if (!status)
        return Error::storage(QStringLiteral("delivery of %1 is damaged").arg(orderId));
    return std::optional<Delivery>(
        Delivery::restore(q->value(0).toString(), orderId, *status, timeAt(q->value(2))));
}

Status SqliteStore::saveDelivery(const Delivery &delivery)
{
    return write("INSERT INTO deliveries (order_id, delivery_id, status, started_at) "
                 "VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (order_id) DO UPDATE SET status = excluded.status",
                 {delivery.orderId(), delivery.deliveryId(), toText(delivery.status()),
                  delivery.startedAt().toMSecsSinceEpoch()})
        .status();
}

Status SqliteStore::appendEvents(QList<DomainEvent> &events)
{
    if (events.isEmpty())
        return {};
    if (m_nextOriginSeq == 0) {
        SD_TRY(QSqlQuery * q,
               run(QStringLiteral("SELECT coalesce(max(origin_seq), 0) + 1 FROM events "
                                  "WHERE origin = ?"),
                   {m_terminal}));
        m_nextOriginSeq = q->next() ? q->value(0).toLongLong() : 1;
        q->finish();
    }
    for (DomainEvent &event : events) {
        if (event.origin.isEmpty())
            event.origin = m_terminal;
        event.originSeq = m_nextOriginSeq++;
        SD_CHECK(write("INSERT INTO events (event_id, type, order_id, product_id, origin, "
                       "origin_seq, actor, causation_id, occurred_at, payload) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       {event.eventId, event.type, NativeArg::nullIfEmpty(event.orderId),
                        NativeArg::nullIfEmpty(event.productId), event.origin, event.originSeq,
                        NativeArg::text(event.actor), NativeArg::nullIfEmpty(event.causationId),
                        event.occurredAt.toMSecsSinceEpoch(),
                        QJsonDocument(event.payload).toJson(QJsonDocument::Compact)}));
        event.seq = sqlite3_last_insert_rowid(m_db);
        for (const Policy policy : policiesFor(event.type)) {
            SD_CHECK(write("INSERT INTO policy_runs (event_seq, policy) VALUES (?, ?)",
                           {event.seq, policyName(policy)}));
        }
        SD_CHECK(applyToReadModel(event));
    }
    return {};
}

Status SqliteStore::applyToReadModel(const DomainEvent &event)
{
    const std::optional<OrderViewChange> change = orderViewChange(event);
    if (!change)
        return {};
    if (change->created)
        return insertOrderView(*change->created);
    return write("UPDATE order_view SET status = coalesce(?, status), "
                 "payment_method = coalesce(?, payment_method), "
                 "payment_status = coalesce(?, payment_status), "
                 "delivery_id = coalesce(?, delivery_id), "
                 "delivery_status = coalesce(?, delivery_status), "
                 "delivery_started_at = coalesce(?, delivery_started_at), updated_at = ? "
                 "WHERE order_id = ?",
                 {NativeArg::orNull(change->status), NativeArg::orNull(change->paymentMethod),
                  NativeArg::orNull(change->paymentStatus), NativeArg::orNull(change->deliveryId),
                  NativeArg::orNull(change->deliveryStatus),
                  change->deliveryStartedAt ? NativeArg::time(*change->deliveryStartedAt)
                                            : NativeArg(nullptr),
                  change->at.toMSecsSinceEpoch(), event.orderId})
        .status();
}

Status SqliteStore::insertOrderView(const OrderView &v)
{
    SD_CHECK(write("INSERT INTO order_view (order_id, status, customer_name, customer_phone, "
                   "customer_address, total, line_count, item_count, payment_method, "
                   "payment_status, delivery_id, delivery_status, origin, placed_at, "
                   "delivery_started_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   {v.orderId, v.status, v.customerName, NativeArg::text(v.customerPhone),
                    NativeArg::text(v.customerAddress), v.total, v.lineCount, v.itemCount,
                    NativeArg::nullIfEmpty(v.paymentMethod),
                    NativeArg::nullIfEmpty(v.paymentStatus), NativeArg::nullIfEmpty(v.deliveryId),
                    NativeArg::nullIfEmpty(v.deliveryStatus), v.origin, NativeArg::time(v.placedAt),
                    NativeArg::time(v.deliveryStartedAt), NativeArg::time(v.updatedAt)}));
    // Not a trigger on order_view: a trigger's insert into a full-text table makes SQLite
    // flush the table's pending terms at the end of every statement, one segment per order
    // (a third of a catch-up's time); a plain insert lets them pile up until the commit.
    return write("INSERT INTO order_search (order_id, placed_at, customer_name) VALUES (?, ?, ?)",
                 {v.orderId, NativeArg::time(v.placedAt), v.customerName})
        .status();
}

Result<bool> SqliteStore::markProcessed(qint64 eventSeq, Policy policy)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("UPDATE policy_runs SET processed_at = ? "
                              "WHERE event_seq = ? AND policy = ? AND processed_at IS NULL"),
               {clock().now().toMSecsSinceEpoch(), eventSeq, policyName(policy)}));
    const bool fresh = q->numRowsAffected() == 1;
    q->finish();
    return fresh;
}

Result<QList<PendingReaction>> SqliteStore::pendingReactions(int limit)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral(
                   // The unary plus keeps the planner on the small pending index: by origin it
                   // would walk every event of this terminal (seconds on a large shop).
                   "SELECT r.policy, e.seq, e.event_id, e.type, e.order_id, e.product_id, "
                   "e.origin, e.origin_seq, e.actor, e.causation_id, e.occurred_at, e.payload "
                   "FROM policy_runs r JOIN events e ON e.seq = r.event_seq "
                   "WHERE r.processed_at IS NULL AND +e.origin = ? ORDER BY r.event_seq LIMIT ?"),
               {m_terminal, limit}));
    QueryFinisher finish{q};
    QList<PendingReaction> pending;
    while (q->next()) {
        const auto policy = policyFromName(q->value(0).toString());
        if (!policy)
            return Error::storage(
                QStringLiteral("unknown policy '%1' in the log").arg(q->value(0).toString()));
        pending.append({readEvent(*q, 1), *policy});
    }
    return pending;
}

Status SqliteStore::visitEvents(const EventQuery &query,
                                const std::function<void(const DomainEvent &)> &visit)
{
    QString sql = QStringLiteral("SELECT %1 FROM events WHERE seq > ?").arg(eventColumns);
    QVariantList values{query.afterSeq};
    if (query.beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        values << query.beforeSeq;
    }
    if (!query.types.isEmpty()) {
        QStringList marks(query.types.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND type IN (%1)").arg(marks.join(QLatin1Char(',')));
        for (const QString &type : query.types)
            values << type;
    }
    if (!query.orderId.isEmpty()) {
        sql += QStringLiteral(" AND order_id = ?");
        values << query.orderId;
    }
    if (!query.productId.isEmpty()) {
        sql += QStringLiteral(" AND product_id = ?");
        values << query.productId;
    }
    sql += query.newestFirst ? QStringLiteral(" ORDER BY seq DESC LIMIT ?")
                             : QStringLiteral(" ORDER BY seq LIMIT ?");
    values << query.limit;
    return visitRows(sql, values, [&](const QSqlQuery &q) { visit(readEvent(q)); });
}

Result<qint64> SqliteStore::eventCount()
{
    // seq is dense (events are never deleted), so the largest one is the count.
    SD_TRY(QSqlQuery * q, run(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events")));
    const qint64 count = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return count;
}

Result<qint64> SqliteStore::dataVersion()
{
    SD_TRY(QSqlQuery * q, run(QStringLiteral("PRAGMA data_version")));
    const qint64 version = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return version;
}

Result<std::optional<OrderView>> SqliteStore::findOrderView(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM order_view WHERE order_id = ?").arg(orderViewColumns),
               {orderId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<OrderView>();
    return std::optional<OrderView>(readOrderView(*q));
}

Result<bool> SqliteStore::searchIsSparse(const QString &search)
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

Status SqliteStore::visitSearchedOrderViews(const ListQuery &query,
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

Status SqliteStore::visitOrderViews(const ListQuery &query,
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

Status SqliteStore::foldReadModel(const std::function<Status(const OrderView &)> &sink)
{
    // A separate statement, not the cache: the sink may run cached statements meanwhile.
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events WHERE order_id IS NOT NULL "
                               "ORDER BY order_id, seq")
                    .arg(eventColumns)))
        return failure(q, QStringLiteral("read the log"));
    OrderView current;
    bool open = false;
    while (q.next()) {
        const DomainEvent event = readEvent(q);
        if (open && event.orderId != current.orderId) {
            SD_CHECK(sink(current));
            open = false;
        }
        const std::optional<OrderViewChange> change = orderViewChange(event);
        if (!change)
            continue;
        if (change->created)
            open = true;
        if (open)
            applyChange(current, *change);
    }
    if (q.lastError().isValid())
        return failure(q, QStringLiteral("read the log"));
    if (open)
        SD_CHECK(sink(current));
    return {};
}

Status SqliteStore::rebuildReadModel()
{
    if (m_readOnly)
        return Error::storage(QStringLiteral("the database %1 is read-only").arg(m_path));
    SD_CHECK(begin());
    Status done = exec(QStringLiteral("DELETE FROM order_view"));
    if (done)
        done = exec(QStringLiteral("DELETE FROM order_search"));
    if (done)
        done = foldReadModel([&](const OrderView &view) { return insertOrderView(view); });
    if (done)
        done = commit();
    if (!done)
        rollback();
    return done;
}

Result<AuditReport> SqliteStore::audit()
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

        // onHand is the sum of the product's stock events.
        SD_CHECK(rows(
            QStringLiteral(
                "SELECT s.product_id, s.on_hand, coalesce(m.total, 0) FROM stock s LEFT JOIN ("
                " SELECT product_id, sum(%1) AS total"
                " FROM events WHERE product_id IS NOT NULL GROUP BY product_id) m"
                " ON m.product_id = s.product_id WHERE s.on_hand <> coalesce(m.total, 0)")
                .arg(onHandDeltaSql()),
            [&](const QSqlQuery &q) {
                report.errors << QStringLiteral("%1: on hand %2, but its stock events add up to %3")
                                     .arg(q.value(0).toString())
                                     .arg(q.value(1).toLongLong())
                                     .arg(q.value(2).toLongLong());
            }));
        // reserved is the sum of the open reservations: lines of orders not yet delivering.
        SD_CHECK(rows(
            QStringLiteral(
                "SELECT s.product_id, s.reserved, coalesce(r.total, 0) FROM stock s LEFT JOIN ("
                " SELECT l.product_id, sum(l.qty) AS total FROM order_lines l"
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
                          report.errors
                              << QStringLiteral("event %1 (%2 of %3): %4 of its policies processed")
                                     .arg(q.value(0).toLongLong())
                                     .arg(q.value(1).toString(), q.value(2).toString())
                                     .arg(q.value(4).toLongLong());
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
                     "LEFT JOIN payments p ON p.order_id = o.order_id "
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

Result<ShopDetails> SqliteStore::shopDetails()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('shop_name', "
                              "'shop_address', 'shop_phone', 'shop_currency', 'shop_low_stock')")));
    QueryFinisher finish{q};
    ShopDetails details;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == QLatin1StringView("shop_name"))
            details.name = value;
        else if (key == QLatin1StringView("shop_address"))
            details.address = value;
        else if (key == QLatin1StringView("shop_phone"))
            details.phone = value;
        else if (key == QLatin1StringView("shop_currency"))
            details.currency = value;
        else
            details.lowStockThreshold = value.toLongLong();
    }
    return details;
}

Status SqliteStore::saveShopDetails(const ShopDetails &details)
{
    return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('shop_name', ?), "
                               "('shop_address', ?), ('shop_phone', ?), ('shop_currency', ?), "
                               "('shop_low_stock', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {text(details.name), text(details.address), text(details.phone),
                 text(details.currency), QString::number(details.lowStockThreshold)});
}

Result<QList<SlipPrint>> SqliteStore::slipPrints(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT delivery_id, copy, page, language, terminal, printed_at "
                              "FROM slip_prints WHERE order_id = ? ORDER BY print_id"),
               {orderId}));
    QueryFinisher finish{q};
    QList<SlipPrint> prints;
    while (q->next()) {
        prints.append({orderId, q->value(0).toString(), q->value(1).toInt(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), timeAt(q->value(5))});
    }
    return prints;
}

Status SqliteStore::insertSlipPrint(const SlipPrint &print)
{
    return write("INSERT INTO slip_prints (order_id, delivery_id, copy, page, language, "
                 "terminal, printed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 {print.orderId, print.deliveryId, print.copy, print.page, print.language,
                  print.terminal, print.printedAt.toMSecsSinceEpoch()})
        .status();
}

Result<QStringList> SqliteStore::unprintedDeliveries(int limit)
{
    // Through the order list's delivery index, which started deliveries already use.
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT v.order_id FROM order_view v "
                              "WHERE v.delivery_status = 'started' AND NOT EXISTS "
                              "(SELECT 1 FROM slip_prints p WHERE p.order_id = v.order_id) "
                              "ORDER BY v.delivery_started_at, v.order_id LIMIT ?"),
               {limit}));
    QueryFinisher finish{q};
    QStringList orderIds;
    while (q->next())
        orderIds.append(q->value(0).toString());
    return orderIds;
}

namespace {

User readUser(const QSqlQuery &q)
{
    User user;
    user.name = q.value(0).toString();
    user.role = roleFromString(q.value(1).toString()).value_or(Role::Clerk);
    user.salt = q.value(2).toByteArray();
    user.pinKey = q.value(3).toByteArray();
    user.iterations = q.value(4).toInt();
    user.createdAt = timeAt(q.value(5));
    user.disabled = q.value(6).toBool();
    return user;
}

const QString userColumns =
    QStringLiteral("name, role, salt, pin_key, iterations, created_at, disabled");

} // namespace

Result<bool> SqliteStore::hasUsers()
{
    SD_TRY(QSqlQuery * q, run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")));
    QueryFinisher finish{q};
    return q->next() && q->value(0).toBool();
}

Result<std::optional<User>> SqliteStore::findUser(const QString &name)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(userColumns), {name}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

Result<QList<User>> SqliteStore::users()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(userColumns)));
    QueryFinisher finish{q};
    QList<User> users;
    while (q->next())
        users.append(readUser(*q));
    return users;
}

Status SqliteStore::insertUser(const User &user)
{
    SD_TRY(const std::optional<User> existing, findUser(user.name));
    if (existing) {
        return Error::invalidInput(
            QStringLiteral("a user named '%1' already exists; choose another name")
                .arg(existing->name),
            {{QStringLiteral("user"), existing->name},
             {QStringLiteral("reason"), QStringLiteral("nameTaken")}});
    }
    return exec(
        QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(userColumns),
        {user.name, toText(user.role), user.salt, user.pinKey, user.iterations,
         user.createdAt.toMSecsSinceEpoch(), user.disabled ? 1 : 0});
}

Status SqliteStore::saveUserPin(const User &user)
{
    return exec(
        QStringLiteral("UPDATE users SET salt = ?, pin_key = ?, iterations = ? WHERE name = ?"),
        {user.salt, user.pinKey, user.iterations, user.name});
}

Status SqliteStore::saveUserAccess(const User &user)
{
    return exec(QStringLiteral("UPDATE users SET role = ?, disabled = ? WHERE name = ?"),
                {toText(user.role), user.disabled ? 1 : 0, user.name});
}

namespace {

QString localTypesList()
{
    return QStringLiteral("'%1'").arg(terminalLocalEventTypes().join(QStringLiteral("', '")));
}

} // namespace

Result<QList<DomainEvent>> SqliteStore::unsentEvents(int limit)
{
    QList<DomainEvent> events;
    SD_CHECK(visitRows(QStringLiteral("SELECT %1 FROM events WHERE global_seq IS NULL AND "
                                      "origin = ? AND type NOT IN (%2) ORDER BY seq LIMIT ?")
                           .arg(eventColumns, localTypesList()),
                       {m_terminal, limit},
                       [&](const QSqlQuery &q) { events.append(readEvent(q)); }));
    return events;
}

Result<OutboxState> SqliteStore::outboxState()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT count(*), min(occurred_at), "
                              "(SELECT count(*) FROM remote_problems) FROM events "
                              "WHERE global_seq IS NULL AND origin = ? AND type NOT IN (%1)")
                   .arg(localTypesList()),
               {m_terminal}));
    QueryFinisher finish{q};
    OutboxState state;
    if (q->next()) {
        state.unsent = q->value(0).toLongLong();
        state.oldest = timeAt(q->value(1));
        state.keptAside = q->value(2).toLongLong();
    }
    return state;
}

Result<bool> SqliteStore::markSent(const QString &eventId, qint64 globalSeq)
{
    // An ack that comes twice finds the global sequence already set and changes nothing.
    SD_TRY(const int changed, write("UPDATE events SET global_seq = coalesce(global_seq, ?) "
                                    "WHERE event_id = ? AND origin = ?",
                                    {globalSeq, eventId, m_terminal}));
    return changed == 1;
}

Result<qint64> SqliteStore::lastGlobalSeq()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT value FROM meta WHERE key = 'last_global_seq'")));
    QueryFinisher finish{q};
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status SqliteStore::saveLastGlobalSeq(qint64 globalSeq)
{
    return write("INSERT INTO meta (key, value) VALUES ('last_global_seq', ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = "
                 "max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
                 {QString::number(globalSeq)})
        .status();
}

Result<bool> SqliteStore::appendRemoteEvent(DomainEvent &event, qint64 globalSeq,
                                            const QByteArray &payloadJson)
{
    SD_TRY(
        const int added,
        write("INSERT INTO events (event_id, type, order_id, product_id, origin, origin_seq, "
              "actor, causation_id, occurred_at, payload, global_seq) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
              {NativeArg::text(event.eventId), NativeArg::text(event.type),
               NativeArg::nullIfEmpty(event.orderId), NativeArg::nullIfEmpty(event.productId),
               NativeArg::text(event.origin), event.originSeq, NativeArg::text(event.actor),
               NativeArg::nullIfEmpty(event.causationId), event.occurredAt.toMSecsSinceEpoch(),
               payloadJson.isEmpty() ? QJsonDocument(event.payload).toJson(QJsonDocument::Compact)
                                     : payloadJson,
               globalSeq}));
    if (added == 0)
        return false;
    event.seq = sqlite3_last_insert_rowid(m_db);
    SD_CHECK(applyToReadModel(event));
    return true;
}

Result<bool> SqliteStore::recordRemoteProblem(const DomainEvent &event, qint64 globalSeq,
                                              const QString &reason)
{
    SD_TRY(const int added,
           write("INSERT INTO remote_problems (event_id, global_seq, origin, type, reason, "
                 "event, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (event_id) DO NOTHING",
                 {NativeArg::text(event.eventId), globalSeq, NativeArg::text(event.origin),
                  NativeArg::text(event.type), reason,
                  QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact),
                  clock().now().toMSecsSinceEpoch()}));
    return added == 1;
}

Status SqliteStore::upsertProduct(const Product &product)
{
    SD_CHECK(
        exec(QStringLiteral("INSERT INTO products (product_id, name, price, barcode, created_at, "
                            "low_stock_threshold) VALUES (?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (product_id) DO UPDATE SET name = excluded.name, "
                            "price = excluded.price, barcode = excluded.barcode, "
                            "low_stock_threshold = excluded.low_stock_threshold"),
             {product.productId, product.productName, product.price, nullable(product.barcode),
              clock().now().toMSecsSinceEpoch(), nullable(product.lowStockThreshold)}));
    return exec(QStringLiteral("INSERT INTO stock (product_id, on_hand, reserved) VALUES (?, 0, 0) "
                               "ON CONFLICT (product_id) DO NOTHING"),
                {product.productId});
}

Status SqliteStore::addToStock(const QString &productId, qint64 onHandDelta, qint64 reservedDelta)
{
    SD_TRY(const int changed,
           write("UPDATE stock SET on_hand = on_hand + ?, reserved = reserved + ? "
                 "WHERE product_id = ?",
                 {onHandDelta, reservedDelta, productId}));
    if (changed != 1)
        return Error::notFound(QStringLiteral("stock of %1 is missing").arg(productId));
    return {};
}

Status SqliteStore::insertRemoteOrder(const Order &order, const QString &origin)
{
    return insertOrderOf(order, origin);
}

} // namespace ShopDesk
