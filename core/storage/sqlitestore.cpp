#include "sqlitestore.h"

#include "sqliteaudit.h"
#include "sqlitebackup.h"
#include "sqlitecatalog.h"
#include "sqlitecustomers.h"
#include "sqliteeventlog.h"
#include "sqliteorders.h"
#include "sqlitereadmodel.h"
#include "sqlitereports.h"
#include "sqliteshifts.h"
#include "sqlitesync.h"
#include "sqliteusers.h"

#include <QDir>
#include <QStandardPaths>

namespace ShopDesk {

SqliteStore::SqliteStore() = default;

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const SqliteOptions &options)
{
    std::unique_ptr<SqliteStore> store(new SqliteStore);
    store->m_options = options;
    SD_TRY(store->m_connection, SqliteConnection::open(options, *store));
    SqliteConnection &connection = *store->m_connection;
    store->m_customers = std::make_unique<SqliteCustomers>(connection);
    store->m_readModel = std::make_unique<SqliteReadModel>(connection, *store->m_customers);
    store->m_catalog = std::make_unique<SqliteCatalog>(connection);
    store->m_orders = std::make_unique<SqliteOrders>(connection);
    store->m_eventLog = std::make_unique<SqliteEventLog>(connection);
    store->m_users = std::make_unique<SqliteUsers>(connection);
    store->m_sync = std::make_unique<SqliteSync>(connection);
    store->m_reports = std::make_unique<SqliteReports>(connection);
    store->m_shifts = std::make_unique<SqliteShifts>(connection);
    store->m_audit =
        std::make_unique<SqliteAudit>(connection, *store->m_readModel, *store->m_eventLog,
                                      *store->m_reports, *store->m_shifts, *store->m_customers);
    // A database from before schema 14 gets its report tables and shifts from its log, once.
    if (connection.upgradedFrom() > 0 && connection.upgradedFrom() < 14) {
        SD_CHECK(store->m_reports->rebuildReports());
        SD_CHECK(store->m_shifts->rebuildShifts());
    }
    // A database from before schema 17 gets the digits of its orders' phones, once (its log
    // has no customer events: the book starts empty).
    if (connection.upgradedFrom() > 0 && connection.upgradedFrom() < 17)
        SD_CHECK(store->m_customers->fillOrderDigits());
    return store;
}

Result<std::unique_ptr<ShopStore>> SqliteStore::openAnother() const
{
    SqliteOptions options = m_options;
    options.path = m_connection->path();
    options.createFolder = false;
    SD_TRY(std::unique_ptr<SqliteStore> other, open(options));
    return std::unique_ptr<ShopStore>(std::move(other));
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
    return SqliteConnection::validateTerminalName(name);
}

void SqliteStore::setSparseSearchRows(int rows)
{
    m_readModel->setSparseSearchRows(rows);
}

Status SqliteStore::begin()
{
    return m_connection->begin();
}

Status SqliteStore::commit()
{
    return m_connection->commit();
}

void SqliteStore::rollback()
{
    m_connection->rollback();
}

Result<std::optional<Product>> SqliteStore::findProduct(const QString &productId)
{
    return m_catalog->findProduct(productId);
}

Result<std::optional<Product>> SqliteStore::findProductByBarcode(const QString &barcode)
{
    return m_catalog->findProductByBarcode(barcode);
}

Status SqliteStore::insertProduct(const Product &product)
{
    return m_catalog->insertProduct(product);
}

Status SqliteStore::saveProduct(const Product &product)
{
    return m_catalog->saveProduct(product);
}

Status SqliteStore::saveProducts(const QList<Product> &added, const QList<Product> &changed)
{
    return m_catalog->saveProducts(added, changed);
}

Result<QList<Product>> SqliteStore::products(const ListQuery &query)
{
    return m_catalog->products(query);
}

Result<QList<Product>> SqliteStore::completeProducts(const QString &text, int limit)
{
    return m_catalog->completeProducts(text, limit);
}

Result<std::optional<StockItem>> SqliteStore::findStock(const QString &productId)
{
    return m_catalog->findStock(productId);
}

Status SqliteStore::saveStock(const StockItem &item)
{
    return m_catalog->saveStock(item);
}

Result<QList<StockAlert>> SqliteStore::stockAlerts(qint64 defaultThreshold, int limit)
{
    return m_catalog->stockAlerts(defaultThreshold, limit);
}

Result<QList<StockRow>> SqliteStore::stockRows(const ListQuery &query)
{
    return m_catalog->stockRows(query);
}

Status SqliteStore::upsertProduct(const Product &product)
{
    return m_catalog->upsertProduct(product);
}

Status SqliteStore::addToStock(const QString &productId, qint64 onHandDelta, qint64 reservedDelta)
{
    return m_catalog->addToStock(productId, onHandDelta, reservedDelta);
}

Result<QString> SqliteStore::nextOrderId()
{
    return m_orders->nextOrderId();
}

Result<std::optional<Order>> SqliteStore::findOrder(const QString &orderId)
{
    return m_orders->findOrder(orderId);
}

Status SqliteStore::insertOrder(const Order &order, const QString &placedBy)
{
    return m_orders->insertOrder(order, placedBy);
}

Status SqliteStore::saveOrder(const Order &order)
{
    return m_orders->saveOrder(order);
}

Result<QString> SqliteStore::orderClerk(const QString &orderId)
{
    return m_orders->orderClerk(orderId);
}

Status SqliteStore::saveOrderStatus(const Order &order)
{
    return m_orders->saveOrderStatus(order);
}

Result<Payments> SqliteStore::findPayments(const QString &orderId)
{
    return m_orders->findPayments(orderId);
}

Result<OrderFlow> SqliteStore::orderFlow(const QString &orderId)
{
    return m_orders->orderFlow(orderId);
}

Status SqliteStore::savePayment(const Payment &payment)
{
    return m_orders->savePayment(payment);
}

Result<std::optional<Delivery>> SqliteStore::findDelivery(const QString &orderId)
{
    return m_orders->findDelivery(orderId);
}

Status SqliteStore::saveDelivery(const Delivery &delivery)
{
    return m_orders->saveDelivery(delivery);
}

Result<ShopDetails> SqliteStore::shopDetails()
{
    return m_orders->shopDetails();
}

Status SqliteStore::saveShopDetails(const ShopDetails &details)
{
    return m_orders->saveShopDetails(details);
}

Result<QList<SlipPrint>> SqliteStore::slipPrints(const QString &orderId)
{
    return m_orders->slipPrints(orderId);
}

Status SqliteStore::insertSlipPrint(const SlipPrint &print)
{
    return m_orders->insertSlipPrint(print);
}

Result<QStringList> SqliteStore::unprintedDeliveries(int limit)
{
    return m_orders->unprintedDeliveries(limit);
}

Status SqliteStore::insertRemoteOrder(const Order &order, const QString &origin,
                                      const QString &placedBy)
{
    return m_orders->insertRemoteOrder(order, origin, placedBy);
}

Result<QList<ReceiptPrint>> SqliteStore::receiptPrints(const QString &orderId)
{
    return m_orders->receiptPrints(orderId);
}

Status SqliteStore::insertReceiptPrint(const ReceiptPrint &print)
{
    return m_orders->insertReceiptPrint(print);
}

Status SqliteStore::appendEvents(QList<DomainEvent> &events)
{
    return m_eventLog->appendEvents(events);
}

Status SqliteStore::queueReactions(qint64 eventSeq, const QList<Policy> &policies)
{
    return m_eventLog->queueReactions(eventSeq, policies);
}

Result<bool> SqliteStore::markProcessed(qint64 eventSeq, Policy policy)
{
    return m_eventLog->markProcessed(eventSeq, policy);
}

Result<QList<PendingReaction>> SqliteStore::pendingReactions(int limit)
{
    return m_eventLog->pendingReactions(limit);
}

Status SqliteStore::visitEvents(const EventQuery &query,
                                const std::function<void(const DomainEvent &)> &visit)
{
    return m_eventLog->visitEvents(query, visit);
}

Result<qint64> SqliteStore::eventCount()
{
    return m_eventLog->eventCount();
}

Result<qint64> SqliteStore::dataVersion()
{
    return m_eventLog->dataVersion();
}

Status SqliteStore::applyChange(const QString &orderId, const OrderViewChange &change)
{
    return m_readModel->applyChange(orderId, change);
}

Result<std::optional<OrderView>> SqliteStore::findOrderView(const QString &orderId)
{
    return m_readModel->findOrderView(orderId);
}

Status SqliteStore::visitOrderViews(const ListQuery &query,
                                    const std::function<void(const OrderView &)> &visit)
{
    return m_readModel->visitOrderViews(query, visit);
}

Status SqliteStore::addSales(const SalesBucket &bucket, const QString &terminal,
                             const SalesFigures &figures)
{
    return m_reports->addSales(bucket, terminal, figures);
}

Status SqliteStore::visitHourSales(const ReportRange &range,
                                   const std::function<void(const HourSales &)> &visit)
{
    return m_reports->visitHourSales(range, visit);
}

Status SqliteStore::visitProductSales(const ReportRange &range,
                                      const std::function<void(const ProductSalesRow &)> &visit)
{
    return m_reports->visitProductSales(range, visit);
}

Result<QStringList> SqliteStore::reportTerminals()
{
    return m_reports->reportTerminals();
}

Status SqliteStore::rebuildReports()
{
    return m_reports->rebuildReports();
}

Status SqliteStore::saveShift(const ShiftRecord &shift)
{
    return m_shifts->saveShift(shift);
}

Result<std::optional<ShiftRecord>> SqliteStore::findShift(const QString &shiftId)
{
    return m_shifts->findShift(shiftId);
}

Result<std::optional<ShiftRecord>> SqliteStore::openShift(const QString &terminal)
{
    return m_shifts->openShift(terminal);
}

Result<qint64> SqliteStore::shiftCount(const QString &terminal)
{
    return m_shifts->shiftCount(terminal);
}

Result<QList<ShiftRecord>> SqliteStore::shifts(const ShiftQuery &query)
{
    return m_shifts->shifts(query);
}

Status SqliteStore::rebuildShifts()
{
    return m_shifts->rebuildShifts();
}

Result<QString> SqliteStore::nextCustomerId()
{
    return m_customers->nextCustomerId();
}

Result<std::optional<CustomerRecord>> SqliteStore::findCustomer(const QString &customerId)
{
    return m_customers->findCustomer(customerId);
}

Result<QList<CustomerRecord>> SqliteStore::customersWithPhone(const QString &digits)
{
    return m_customers->customersWithPhone(digits);
}

Result<QList<CustomerRecord>> SqliteStore::searchCustomers(const QString &text, int limit)
{
    return m_customers->searchCustomers(text, limit);
}

Result<QList<CustomerRecord>> SqliteStore::customers(const ListQuery &query)
{
    return m_customers->customers(query);
}

Result<qint64> SqliteStore::customerCount()
{
    return m_customers->customerCount();
}

Status SqliteStore::saveCustomer(const CustomerRecord &customer)
{
    return m_customers->saveCustomer(customer);
}

Status SqliteStore::eraseOrderCustomers(const QStringList &phoneDigits)
{
    return m_customers->eraseOrderCustomers(phoneDigits);
}

Result<QList<OrderView>> SqliteStore::ordersWithPhones(const QStringList &phoneDigits, int limit)
{
    return m_customers->ordersWithPhones(phoneDigits, limit);
}

Result<CustomerTotals> SqliteStore::totalsOfPhones(const QStringList &phoneDigits)
{
    return m_customers->totalsOfPhones(phoneDigits);
}

Status SqliteStore::rebuildCustomers()
{
    return m_customers->rebuildCustomers();
}

Status SqliteStore::rebuildReadModel()
{
    return m_readModel->rebuildReadModel();
}

Result<bool> SqliteStore::hasUsers()
{
    return m_users->hasUsers();
}

Result<std::optional<User>> SqliteStore::findUser(const QString &name)
{
    return m_users->findUser(name);
}

Result<QList<User>> SqliteStore::users()
{
    return m_users->users();
}

Status SqliteStore::insertUser(const User &user)
{
    return m_users->insertUser(user);
}

Status SqliteStore::saveUserPin(const User &user)
{
    return m_users->saveUserPin(user);
}

Status SqliteStore::saveUserAccess(const User &user)
{
    return m_users->saveUserAccess(user);
}

Status SqliteStore::saveLoginFailures(const User &user)
{
    return m_users->saveLoginFailures(user);
}

Result<int> SqliteStore::minPinLength()
{
    return m_users->minPinLength();
}

Status SqliteStore::saveMinPinLength(int length)
{
    return m_users->saveMinPinLength(length);
}

Result<QList<DomainEvent>> SqliteStore::unsentEvents(int limit)
{
    return m_sync->unsentEvents(limit);
}

Result<OutboxState> SqliteStore::outboxState()
{
    return m_sync->outboxState();
}

Result<bool> SqliteStore::markSent(const QString &eventId, qint64 globalSeq)
{
    return m_sync->markSent(eventId, globalSeq);
}

Result<bool> SqliteStore::renameUnsent(const QString &eventId, const QString &newId)
{
    return m_sync->renameUnsent(eventId, newId);
}

Result<qint64> SqliteStore::lastGlobalSeq()
{
    return m_sync->lastGlobalSeq();
}

Result<bool> SqliteStore::catchingUp()
{
    return m_sync->catchingUp();
}

Status SqliteStore::endCatchUp()
{
    return m_sync->endCatchUp();
}

Result<BackupInfo> SqliteStore::backupTo(const QString &file)
{
    return SqliteBackup::write(m_connection->path(), file);
}

std::function<Result<BackupInfo>()> SqliteStore::backupJob(const QString &file)
{
    return [source = m_connection->path(), file] { return SqliteBackup::write(source, file); };
}

Result<RestoreOutcome> SqliteStore::restoreFrom(const QString &file)
{
    if (isReadOnly()) {
        return Error::storage(
            QStringLiteral("the database %1 is read-only; nothing was restored").arg(location()));
    }
    return SqliteBackup::restore(m_connection->path(), file);
}

Result<BackupInfo> SqliteStore::inspectBackup(const QString &file)
{
    return SqliteBackup::inspect(file);
}

Status SqliteStore::saveLastGlobalSeq(qint64 globalSeq)
{
    return m_sync->saveLastGlobalSeq(globalSeq);
}

Result<bool> SqliteStore::appendRemoteEvent(DomainEvent &event, qint64 globalSeq,
                                            const QByteArray &payloadJson)
{
    return m_sync->appendRemoteEvent(event, globalSeq, payloadJson);
}

Result<bool> SqliteStore::recordRemoteProblem(const DomainEvent &event, qint64 globalSeq,
                                              const QString &reason)
{
    return m_sync->recordRemoteProblem(event, globalSeq, reason);
}

Result<AuditReport> SqliteStore::audit()
{
    return m_audit->audit();
}
} // namespace ShopDesk
