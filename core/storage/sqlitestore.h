#pragma once

#include "shopstore.h"
#include "sqliteconnection.h"

#include <algorithm>
#include <memory>

namespace ShopDesk {

class SqliteAudit;
class SqliteCatalog;
class SqliteCustomers;
class SqliteEventLog;
class SqliteOrders;
class SqliteReadModel;
class SqliteReports;
class SqliteShifts;
class SqliteSync;
class SqliteUsers;

// The embedded store: one SQLite file through QSQLITE, WAL journal, synchronous=FULL, foreign
// keys on, BEGIN IMMEDIATE for writes, migrations keyed by PRAGMA user_version. A file that
// is not a ShopDesk database, or one from a newer schema, is refused and left untouched; a
// read-only file opens for reading only.
//
// It owns the connection (SqliteConnection) and one part per port (SqliteCatalog,
// SqliteOrders, SqliteEventLog, SqliteReadModel, SqliteCustomers, SqliteUsers, SqliteSync,
// SqliteAudit), all
// on that connection, and implements ShopStore by handing each call to its part.
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

    QString terminal() const override { return m_connection->terminal(); }
    QString location() const override { return m_connection->path(); }
    bool isReadOnly() const override { return m_connection->isReadOnly(); }
    int schemaVersion() const { return m_connection->schemaVersion(); }
    // Checkpoints run in a thread of their own; null for a read-only store.
    const WalCheckpointer *checkpointer() const { return m_connection->checkpointer(); }
    QSqlDatabase database() const { return m_connection->database(); }
    // An order search that matches fewer orders than this through the indexes reads and sorts
    // them all; one that matches more scans the list newest first, where the matches are dense
    // enough to fill a page soon (the scan reads the list in its order, with few random reads;
    // on 1,000,000 orders the two cost about the same near 3,000 matches). Both give the same
    // rows in the same order; tests change it to compare them.
    static constexpr int DefaultSparseSearchRows = 3000;
    void setSparseSearchRows(int rows);
    // The connection's sqlite3 handle, for the few things Qt Sql does not offer.
    sqlite3 *nativeHandle() const { return m_connection->nativeHandle(); }

    // The same file with the same options, on a connection of its own.
    Result<std::unique_ptr<ShopStore>> openAnother() const override;

    Status begin() override;
    Status commit() override;
    void rollback() override;

    Result<std::optional<Product>> findProduct(const QString &productId) override;
    Result<std::optional<Product>> findProductByBarcode(const QString &barcode) override;
    Status insertProduct(const Product &product) override;
    Status saveProduct(const Product &product) override;
    Status saveProducts(const QList<Product> &added, const QList<Product> &changed) override;
    Result<QList<Product>> products(const ListQuery &query) override;
    Result<QList<Product>> completeProducts(const QString &text, int limit) override;
    Result<std::optional<StockItem>> findStock(const QString &productId) override;
    Status saveStock(const StockItem &item) override;
    Result<QList<StockRow>> stockRows(const ListQuery &query) override;
    Result<QList<StockAlert>> stockAlerts(qint64 defaultThreshold, int limit) override;
    Status upsertProduct(const Product &product) override;
    Status addToStock(const QString &productId, qint64 onHandDelta, qint64 reservedDelta) override;

    Result<QString> nextOrderId() override;
    Result<std::optional<Order>> findOrder(const QString &orderId) override;
    Status insertOrder(const Order &order, const QString &placedBy) override;
    Status saveOrderStatus(const Order &order) override;
    Status saveOrder(const Order &order) override;
    Result<QString> orderClerk(const QString &orderId) override;
    Result<Payments> findPayments(const QString &orderId) override;
    Result<OrderFlow> orderFlow(const QString &orderId) override;
    Status savePayment(const Payment &payment) override;
    Result<std::optional<Delivery>> findDelivery(const QString &orderId) override;
    Status saveDelivery(const Delivery &delivery) override;
    Result<ShopDetails> shopDetails() override;
    Status saveShopDetails(const ShopDetails &details) override;
    Result<QList<SlipPrint>> slipPrints(const QString &orderId) override;
    Status insertSlipPrint(const SlipPrint &print) override;
    Result<QList<ReceiptPrint>> receiptPrints(const QString &orderId) override;
    Status insertReceiptPrint(const ReceiptPrint &print) override;
    Result<QStringList> unprintedDeliveries(int limit) override;
    Status insertRemoteOrder(const Order &order, const QString &origin,
                             const QString &placedBy) override;

    Status appendEvents(QList<DomainEvent> &events) override;
    Status queueReactions(qint64 eventSeq, const QList<Policy> &policies) override;
    Result<bool> markProcessed(qint64 eventSeq, Policy policy) override;
    Result<QList<PendingReaction>> pendingReactions(int limit) override;
    Status visitEvents(const EventQuery &query,
                       const std::function<void(const DomainEvent &)> &visit) override;
    Result<qint64> eventCount() override;
    Result<qint64> dataVersion() override;

    Status applyChange(const QString &orderId, const OrderViewChange &change) override;
    Result<std::optional<OrderView>> findOrderView(const QString &orderId) override;
    Status visitOrderViews(const ListQuery &query,
                           const std::function<void(const OrderView &)> &visit) override;
    Status rebuildReadModel() override;

    Status addSales(const SalesBucket &bucket, const QString &terminal,
                    const SalesFigures &figures) override;
    Status visitHourSales(const ReportRange &range,
                          const std::function<void(const HourSales &)> &visit) override;
    Status visitProductSales(const ReportRange &range,
                             const std::function<void(const ProductSalesRow &)> &visit) override;
    Result<QStringList> reportTerminals() override;
    Status rebuildReports() override;

    Status saveShift(const ShiftRecord &shift) override;
    Result<std::optional<ShiftRecord>> findShift(const QString &shiftId) override;
    Result<std::optional<ShiftRecord>> openShift(const QString &terminal) override;
    Result<qint64> shiftCount(const QString &terminal) override;
    Result<QList<ShiftRecord>> shifts(const ShiftQuery &query) override;
    Status rebuildShifts() override;

    Result<QString> nextCustomerId() override;
    Result<std::optional<CustomerRecord>> findCustomer(const QString &customerId) override;
    Result<QList<CustomerRecord>> customersWithPhone(const QString &digits) override;
    Result<QList<CustomerRecord>> searchCustomers(const QString &text, int limit) override;
    Result<QList<CustomerRecord>> customers(const ListQuery &query) override;
    Result<qint64> customerCount() override;
    Status saveCustomer(const CustomerRecord &customer) override;
    Status eraseOrderCustomers(const QStringList &phoneDigits) override;
    Result<QList<OrderView>> ordersWithPhones(const QStringList &phoneDigits, int limit) override;
    Result<CustomerTotals> totalsOfPhones(const QStringList &phoneDigits) override;
    Status rebuildCustomers() override;

    Result<bool> hasUsers() override;
    Result<std::optional<User>> findUser(const QString &name) override;
    Result<QList<User>> users() override;
    Status insertUser(const User &user) override;
    Status saveUserPin(const User &user) override;
    Status saveUserAccess(const User &user) override;
    Status saveLoginFailures(const User &user) override;
    Result<int> minPinLength() override;
    Status saveMinPinLength(int length) override;

    Result<QList<DomainEvent>> unsentEvents(int limit) override;
    Result<OutboxState> outboxState() override;
    Result<bool> markSent(const QString &eventId, qint64 globalSeq) override;
    Result<bool> renameUnsent(const QString &eventId, const QString &newId) override;
    Result<qint64> lastGlobalSeq() override;
    Status saveLastGlobalSeq(qint64 globalSeq) override;
    Result<bool> catchingUp() override;
    Status endCatchUp() override;
    Result<BackupInfo> backupTo(const QString &file) override;
    std::function<Result<BackupInfo>()> backupJob(const QString &file) override;
    Result<RestoreOutcome> restoreFrom(const QString &file) override;
    Result<BackupInfo> inspectBackup(const QString &file) override;
    Result<bool> appendRemoteEvent(DomainEvent &event, qint64 globalSeq,
                                   const QByteArray &payloadJson) override;
    Result<bool> recordRemoteProblem(const DomainEvent &event, qint64 globalSeq,
                                     const QString &reason) override;

    Result<AuditReport> audit() override;

private:
    SqliteStore();

    SqliteOptions m_options;
    std::unique_ptr<SqliteConnection> m_connection; // the parts use it: declared first
    std::unique_ptr<SqliteCustomers> m_customers;   // the read model uses it
    std::unique_ptr<SqliteReadModel> m_readModel;
    std::unique_ptr<SqliteReports> m_reports;
    std::unique_ptr<SqliteShifts> m_shifts;
    std::unique_ptr<SqliteCatalog> m_catalog;
    std::unique_ptr<SqliteOrders> m_orders;
    std::unique_ptr<SqliteEventLog> m_eventLog;
    std::unique_ptr<SqliteUsers> m_users;
    std::unique_ptr<SqliteSync> m_sync;
    std::unique_ptr<SqliteAudit> m_audit;
};

} // namespace ShopDesk
