#pragma once

#include "shopstore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ShopDesk {

class WalCheckpointer;
struct NativeArg;

struct SqliteOptions
{
    QString path;
    QString terminal = QStringLiteral("T1"); // names a new database; ignored for an existing one
    int busyTimeoutMs = 5000;                // how long a writer waits for another one
};

// The embedded store: one SQLite file through QSQLITE, WAL journal, synchronous=FULL, foreign
// keys on, BEGIN IMMEDIATE for writes, migrations keyed by PRAGMA user_version. A file that
// is not a ShopDesk database, or one from a newer schema, is refused and left untouched; a
// read-only file opens for reading only.
class SqliteStore final : public ShopStore
{
public:
    static Result<std::unique_ptr<SqliteStore>> open(const SqliteOptions &options);
    ~SqliteStore() override;

    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    // The default database file: $SHOPDESK_DB, else shopdesk.db in the app's data folder.
    static QString defaultPath();
    // A terminal name: 1-16 letters, digits, '-' or '_', starting with a letter.
    static Status validateTerminalName(const QString &name);

    QString terminal() const override { return m_terminal; }
    QString location() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // Checkpoints run in a thread of their own; null for a read-only store.
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }
    QSqlDatabase database() const;
    // An order search that matches fewer orders than this through the indexes reads and sorts
    // them all; one that matches more scans the list newest first, where the matches are dense
    // enough to fill a page soon (the scan reads the list in its order, with few random reads;
    // on 1,000,000 orders the two cost about the same near 3,000 matches). Both give the same
    // rows in the same order; tests change it to compare them.
    static constexpr int DefaultSparseSearchRows = 3000;
    void setSparseSearchRows(int rows) { m_sparseSearchRows = std::max(1, rows); }
    // The connection's sqlite3 handle, for the few things Qt Sql does not offer.
    sqlite3 *nativeHandle() const;

    Status begin() override;
    Status commit() override;
    void rollback() override;

    Result<std::optional<Product>> findProduct(const QString &productId) override;
    Result<std::optional<Product>> findProductByBarcode(const QString &barcode) override;
    Status insertProduct(const Product &product) override;
    Status saveProduct(const Product &product) override;
    Result<QList<Product>> products(const ListQuery &query) override;
    Result<QList<Product>> completeProducts(const QString &text, int limit) override;

    Result<std::optional<StockItem>> findStock(const QString &productId) override;
    Status saveStock(const StockItem &item) override;
    Result<QList<StockRow>> stockRows(const ListQuery &query) override;

    Result<QString> nextOrderId() override;
    Result<std::optional<Order>> findOrder(const QString &orderId) override;
    Status insertOrder(const Order &order) override;
    Status saveOrderStatus(const Order &order) override;

    Result<std::optional<Payment>> findPayment(const QString &orderId) override;
    Status savePayment(const Payment &payment) override;
    Result<std::optional<Delivery>> findDelivery(const QString &orderId) override;
    Status saveDelivery(const Delivery &delivery) override;

    Status appendEvents(QList<DomainEvent> &events) override;
    Result<bool> markProcessed(qint64 eventSeq, Policy policy) override;
    Result<QList<PendingReaction>> pendingReactions(int limit) override;
    Status visitEvents(const EventQuery &query,
                       const std::function<void(const DomainEvent &)> &visit) override;
    Result<qint64> eventCount() override;
    Result<qint64> dataVersion() override;

    Result<std::optional<OrderView>> findOrderView(const QString &orderId) override;
    Status visitOrderViews(const ListQuery &query,
                           const std::function<void(const OrderView &)> &visit) override;
    Status rebuildReadModel() override;

    Result<AuditReport> audit() override;

private:
    SqliteStore(QString connectionName, QString path, bool readOnly);

    Status configure();
    // The schema version of an existing file; refuses foreign and newer files.
    Result<int> storedVersion();
    Status migrate(int version, const QString &terminal);
    // A cached prepared statement; binds values in order and executes it.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    Status exec(const QString &sql, const QVariantList &values = {});
    // Runs a read on a statement of its own, so visit may use the cached ones meanwhile.
    Status visitRows(const QString &sql, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &visit);
    // The writes done for every order and event (a catch-up does them millions of times) on
    // the sqlite3 API: a statement prepared once per connection, keyed by the address of its
    // literal SQL, values bound in order. Qt Sql's QVariant binding costs more than the
    // insert itself there. Returns the number of rows changed.
    Result<int> write(const char *sql, std::initializer_list<NativeArg> values);
    Error failure(const QSqlQuery &query, const QString &what) const;
    Error failure(const QSqlError &error, const QString &what) const;
    Error failure(int sqliteCode, const QString &text, const QString &what) const;
    Status applyToReadModel(const DomainEvent &event);
    // A row of the order list and its entry in the order search, always together.
    Status insertOrderView(const OrderView &view);
    // Whether few enough orders match the search to read them all through the indexes.
    Result<bool> searchIsSparse(const QString &search);
    // visitOrderViews for a sparse search: the matches from the indexes, sorted.
    Status visitSearchedOrderViews(const ListQuery &query,
                                   const std::function<void(const OrderView &)> &visit);
    // Folds the log into order rows, one order at a time, in order id order.
    Status foldReadModel(const std::function<Status(const OrderView &)> &sink);

    QString m_connectionName;
    QString m_path;
    QString m_terminal;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_depth = 0;
    qint64 m_nextOriginSeq = 0;                      // valid inside a transaction once set
    std::unique_ptr<WalCheckpointer> m_checkpointer; // writable stores only
    QHash<QString, QSqlQuery> m_statements;
    sqlite3 *m_db = nullptr; // the QSQLITE connection's handle
    QHash<const char *, sqlite3_stmt *> m_native;
    int m_sparseSearchRows = DefaultSparseSearchRows;

public:
    // Delivery slips (schema 2): the shop's details in meta, the prints in slip_prints.
    Result<ShopDetails> shopDetails() override;
    Status saveShopDetails(const ShopDetails &details) override;
    Result<QList<SlipPrint>> slipPrints(const QString &orderId) override;
    Status insertSlipPrint(const SlipPrint &print) override;
    Result<QStringList> unprintedDeliveries(int limit) override;

    // Users (schema 3; disabled since schema 11).
    Result<bool> hasUsers() override;
    Result<std::optional<User>> findUser(const QString &name) override;
    Result<QList<User>> users() override;
    Status insertUser(const User &user) override;
    Status saveUserPin(const User &user) override;
    Status saveUserAccess(const User &user) override;

    // Sync with the hub (schema 7): global_seq on events, last_global_seq in meta.
    Result<QList<DomainEvent>> unsentEvents(int limit) override;
    Result<OutboxState> outboxState() override;
    Result<bool> markSent(const QString &eventId, qint64 globalSeq) override;
    Result<qint64> lastGlobalSeq() override;
    Status saveLastGlobalSeq(qint64 globalSeq) override;
    Result<bool> appendRemoteEvent(DomainEvent &event, qint64 globalSeq,
                                   const QByteArray &payloadJson) override;
    Result<bool> recordRemoteProblem(const DomainEvent &event, qint64 globalSeq,
                                     const QString &reason) override;
    Status upsertProduct(const Product &product) override;
    Status addToStock(const QString &productId, qint64 onHandDelta, qint64 reservedDelta) override;
    Status insertRemoteOrder(const Order &order, const QString &origin) override;

private:
    Status insertOrderOf(const Order &order, const QString &origin);
};

} // namespace ShopDesk
