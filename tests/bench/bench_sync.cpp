// bench_sync: the sync through a real shopdesk-hub process on loopback (not a test; it prints
// figures and never fails on timing).
//
// 1. Fan-out: one terminal commits events; the hub passes them to nine other terminals, each
//    on a thread of its own with its own SQLite file and SyncClient. Figures: events per
//    second arriving at all nine, and the latency from the source's commit to the commit on
//    each receiver (p50, p99), for single commits (one event per transaction) and for bulk
//    commits (1,000 events per transaction).
// 2. Catch-up: a shop's log of about 1,000,000 events (demo data: products, orders in every
//    status) in the hub; a fresh terminal catches up from zero, with progress. Target: at
//    least 50,000 events/s. Then the same log applied by SyncService from memory (the
//    terminal's side alone) and, as the baseline of both, the same rows written through the
//    raw sqlite3 C API (prepared statements, one transaction per batch of the hub's page
//    size, a database SqliteStore made, its PRAGMAs and checkpoint policy); the catch-up is
//    printed as a ratio to it, as bench_orderflow does for orders, and the baseline's end
//    state is compared with the caught-up terminal's.
//
//   bench_sync [--receivers 9] [--single 1000] [--bulk 50000] [--catchup 1000000]
//              [--hub PATH-TO-shopdesk-hub] [--data DIR]
//
// --data DIR keeps the catch-up's shop and hub databases in DIR and uses them again on the
// next run (making a 1,000,000-event log takes about four minutes); without it they live in a
// temporary folder.

#include "benchsupport.h"
#include "shopservices.h"
#include "sqlhubstore.h"
#include "sqlitestore.h"
#include "syncclient.h"
#include "walcheckpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

#ifndef SHOPDESK_HUB
#error "SHOPDESK_HUB must name the shopdesk-hub binary"
#endif

using namespace ShopDesk;

namespace {

QElapsedTimer clock_;

qint64 nowNs()
{
    return clock_.nsecsElapsed();
}

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

using Bench::fail;
using Bench::openStore;

// A receiving terminal on its own thread: its store, services and client live there.
class Receiver : public QObject
{
    Q_OBJECT
public:
    Receiver(int index, QString path, QUrl hub, QString token)
        : m_index(index)
        , m_path(std::move(path))
        , m_hub(std::move(hub))
        , m_token(std::move(token))
    {}

    void begin()
    {
        m_store = openStore(m_path, QStringLiteral("R%1").arg(m_index));
        m_shop = std::make_unique<ShopServices>(*m_store);
        m_client = std::make_unique<SyncClient>(m_shop->sync);
        SyncClient::Options options;
        options.hub = m_hub;
        options.token = m_token;
        m_client->setOptions(options);
        connect(m_client.get(), &SyncClient::remoteEventsApplied, this, [this](int count) {
            m_received += count;
            emit received(m_index, m_received, nowNs());
        });
        connect(m_client.get(), &SyncClient::errorOccurred, this,
                [](const QString &code, const QString &message) {
                    std::fprintf(stderr, "receiver: %s %s\n", qPrintable(code),
                                 qPrintable(message));
                });
        m_client->start();
    }
    void end()
    {
        m_client.reset();
        m_shop.reset();
        m_store.reset();
    }

signals:
    void received(int index, qint64 total, qint64 atNs);

private:
    int m_index;
    QString m_path;
    QUrl m_hub;
    QString m_token;
    qint64 m_received = 0;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ShopServices> m_shop;
    std::unique_ptr<SyncClient> m_client;
};

void waitUntil(const std::function<bool()> &done, int timeoutMs, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            fail(QStringLiteral("timed out waiting for %1").arg(QLatin1StringView(what)));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

void fanOut(const QString &hubBinary, int receivers, int single, int bulk)
{
    QTemporaryDir dir;
    Bench::HubProcess hub(hubBinary, dir.filePath(QStringLiteral("hub.db")));
    QStringList tokens;
    for (int i = 0; i <= receivers; ++i)
        tokens << hub.addToken(i == 0 ? QStringLiteral("S0") : QStringLiteral("R%1").arg(i));
    const QUrl url = hub.start();

    auto store = openStore(dir.filePath(QStringLiteral("source.db")), QStringLiteral("S0"));
    ShopServices shop(*store);
    shop.work.setActor(QStringLiteral("bench"));
    SyncClient source(shop.sync);
    SyncClient::Options options;
    options.hub = url;
    options.token = tokens.first();
    source.setOptions(options);
    QObject::connect(&shop.bus, &EventBus::eventCommitted, &source,
                     &SyncClient::localEventsCommitted);
    source.start();

    // The timeline: when each of the source's events was committed, in push order.
    std::vector<qint64> committedAt;
    std::vector<qint64> received(size_t(receivers + 1), 0);
    Bench::Figures latencies; // commit -> applied, ms
    qint64 base = 0;          // events before the timeline starts (the product)
    QList<QThread *> threads;
    QList<Receiver *> workers;
    for (int i = 1; i <= receivers; ++i) {
        auto *thread = new QThread;
        auto *worker =
            new Receiver(i, dir.filePath(QStringLiteral("r%1.db").arg(i)), url, tokens.at(i));
        worker->moveToThread(thread);
        QObject::connect(worker, &Receiver::received, qApp,
                         [&](int index, qint64 total, qint64 atNs) {
                             qint64 &cursor = received[size_t(index)];
                             for (qint64 e = qMax(cursor, base); e < total; ++e) {
                                 const size_t at = size_t(e - base);
                                 if (at < committedAt.size())
                                     latencies.ms.append(double(atNs - committedAt[at]) / 1e6);
                             }
                             cursor = total;
                         });
        thread->start();
        QMetaObject::invokeMethod(worker, &Receiver::begin, Qt::QueuedConnection);
        threads << thread;
        workers << worker;
    }
    auto allHave = [&](qint64 count) {
        return std::all_of(received.begin() + 1, received.end(),
                           [&](qint64 r) { return r >= count; });
    };

    if (!shop.inventory.registerProduct(QStringLiteral("P1"), QStringLiteral("Bench"), 100).ok())
        fail(QStringLiteral("register"));
    waitUntil([&] { return allHave(1); }, 60000, "the receivers to connect");
    base = 1;

    auto run = [&](const QString &name, int events, int perCommit) {
        latencies.ms.clear();
        committedAt.clear();
        committedAt.reserve(size_t(events));
        const qint64 first = base;
        const qint64 started = nowNs();
        for (int done = 0; done < events;) {
            const int n = qMin(perCommit, events - done);
            if (n > 1 && !shop.work.beginBatch().ok())
                fail(QStringLiteral("batch"));
            for (int k = 0; k < n; ++k) {
                if (!shop.inventory.adjustStock(QStringLiteral("P1"), 1).ok())
                    fail(QStringLiteral("adjust"));
            }
            if (n > 1) {
                if (!shop.work.endBatch().ok())
                    fail(QStringLiteral("commit"));
                source.localEventsCommitted();
            }
            const qint64 at = nowNs();
            for (int k = 0; k < n; ++k)
                committedAt.push_back(at);
            done += n;
            QCoreApplication::processEvents();
        }
        const qint64 produced = nowNs() - started;
        waitUntil([&] { return allHave(first + events); }, 600000, "the receivers");
        const double seconds = double(nowNs() - started) / 1e9;
        say(QStringLiteral("%1: %2 events, %3 per commit; source committed at %4 events/s; "
                           "all %5 receivers had them after %6 s: %7 events/s; latency commit -> "
                           "applied p50 %8 ms, p99 %9 ms (%10 samples)")
                .arg(name)
                .arg(events)
                .arg(perCommit)
                .arg(qRound64(events / (double(produced) / 1e9)))
                .arg(receivers)
                .arg(seconds, 0, 'f', 2)
                .arg(qRound64(events / seconds))
                .arg(latencies.at(0.50), 0, 'f', 1)
                .arg(latencies.at(0.99), 0, 'f', 1)
                .arg(latencies.ms.size()));
        base = first + events;
    };
    run(QStringLiteral("fan-out, single commits"), single, 1);
    run(QStringLiteral("fan-out, bulk commits"), bulk, 1000);

    source.stop();
    for (int i = 0; i < receivers; ++i) {
        QMetaObject::invokeMethod(workers.at(i), &Receiver::end, Qt::BlockingQueuedConnection);
        threads.at(i)->quit();
        threads.at(i)->wait();
        delete workers.at(i);
        delete threads.at(i);
    }
}

// The shop whose log the hub holds: demo data (orders in every status) until about target
// events, made through the real services.
void makeShop(ShopServices &shop, ShopStore &shopStore, qint64 target)
{
    shop.work.setActor(QStringLiteral("bench"));
    double perOrder = 6.0;
    {
        QTemporaryDir probeDir;
        auto probe = openStore(probeDir.filePath(QStringLiteral("probe.db")), QStringLiteral("S1"));
        ShopServices probeShop(*probe);
        if (!probeShop.demo.generate(50, 2000))
            fail(QStringLiteral("demo probe"));
        perOrder = double(probe->eventCount().value() - 100) / 2000.0;
    }
    const qint64 orders = qint64(double(target) / perOrder) + 1;
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    auto made = shop.demo.generate(500, orders, [&](qint64 done, qint64 total) {
        const int percent = int(done * 100 / qMax<qint64>(total, 1));
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            say(QStringLiteral("  demo data: %1%").arg(percent));
        }
    });
    if (!made)
        fail(made.error().message);
    say(QStringLiteral("catch-up: the shop has %1 events (%2 orders, %3 events per order), made "
                       "in %4 s")
            .arg(shopStore.eventCount().value())
            .arg(orders)
            .arg(perOrder, 0, 'f', 2)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
}

// Into the hub's log directly (not timed): its store, the same the server uses.
void fillHub(ShopServices &shop, const QString &hubDb)
{
    auto hubStore = Hub::SqlHubStore::open(hubDb);
    if (!hubStore)
        fail(hubStore.error().message);
    QElapsedTimer timer;
    timer.start();
    {
        for (;;) {
            const QList<DomainEvent> batch = shop.sync.unsentEvents(5000).value();
            if (batch.isEmpty())
                break;
            auto appended = hubStore.value()->append(batch);
            if (!appended)
                fail(appended.error().message);
            QList<SentEvent> sent;
            for (const Sync::Assigned &a : appended->assigned)
                sent.append({a.eventId, a.globalSeq});
            if (!shop.sync.markSent(sent))
                fail(QStringLiteral("markSent"));
        }
        say(QStringLiteral("catch-up: %1 events appended to the hub's log in %2 s")
                .arg(hubStore.value()->lastSeq().value())
                .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
}

// The baseline of the catch-up: the rows it writes, written through the raw sqlite3 C API
// with statements prepared once and UTF-8 bound without copies, one transaction per batch
// of the size the hub's pages had. The same writes per event as SyncService::applyRemote
// (appendRemoteEvent: the events row; applyChange: the order list) and applyEffect (orders,
// payments, deliveries, stock deltas, products, slip prints), in the same order, and the last
// global sequence once per batch; not the service's reads (the last global sequence, a
// barcode's owner). The values come from each event's payload, worked out before any
// timing; the end state is compared with the caught-up terminal's.

// One line of an OrderPlaced event.
struct RawLine
{
    QByteArray productId;
    QByteArray productName;
    qint64 qty = 0;
    qint64 price = 0;
};

struct RawEvent
{
    enum class Effect { None, Product, ProductEdit, Stock, Order, Payment, Delivery, Status, Slip };

    // The events row.
    QByteArray eventId, type, orderId, productId, origin, actor, causationId, payload;
    qint64 originSeq = 0;
    qint64 occurredAt = 0;
    qint64 globalSeq = 0;

    // The order list: a new row (Effect::Order) or the columns an update sets (null: kept).
    bool updatesView = false;
    QByteArray viewStatus, viewPaymentMethod, viewPaymentStatus, viewDeliveryId, viewDeliveryStatus;
    bool viewDeliveryStarted = false;

    Effect effect = Effect::None;
    QByteArray orderStatus; // orders.status, when the event changes it
    // Order
    QByteArray customerName, customerPhone, customerAddress;
    qint64 total = 0;
    qint64 orderNo = 0;
    qint64 itemCount = 0;
    std::vector<RawLine> lines;
    // Payment
    QByteArray method, approvalCode, paymentStatus;
    qint64 amount = 0;
    qint64 tendered = 0;
    // Delivery and Slip
    QByteArray deliveryId, deliveryStatus, page, language;
    qint64 copy = 0;
    // Stock
    qint64 onHandDelta = 0;
    qint64 reservedDelta = 0;
    // Product and ProductEdit: the product as it is after the event
    QByteArray productName, barcode;
    qint64 price = 0;
    std::optional<qint64> threshold;
};

struct RawProduct
{
    QString name;
    qint64 price = 0;
    QString barcode;
    std::optional<qint64> threshold;
};

// What the catch-up writes for an event the hub sent under globalSeq, from its payload.
RawEvent rawEvent(const DomainEvent &e, qint64 globalSeq, QHash<QString, RawProduct> &products)
{
    const QJsonObject &p = e.payload;
    auto text = [&p](const char *key) { return p.value(QLatin1StringView(key)).toString(); };
    auto number = [&p](const char *key) { return p.value(QLatin1StringView(key)).toInteger(); };
    RawEvent r;
    r.eventId = e.eventId.toUtf8();
    r.type = e.type.toUtf8();
    r.orderId = e.orderId.toUtf8();
    r.productId = e.productId.toUtf8();
    r.origin = e.origin.toUtf8();
    r.actor = e.actor.toUtf8();
    r.causationId = e.causationId.toUtf8();
    r.payload = QJsonDocument(p).toJson(QJsonDocument::Compact);
    r.originSeq = e.originSeq;
    r.occurredAt = e.occurredAt.toMSecsSinceEpoch();
    r.globalSeq = globalSeq;

    auto view = [&r](const char *status, const char *paymentStatus, const char *deliveryStatus) {
        r.updatesView = true;
        r.viewStatus = status;
        r.viewPaymentStatus = paymentStatus;
        r.viewDeliveryStatus = deliveryStatus;
    };
    const QString &type = e.type;
    if (type == EventType::ProductRegistered || type == EventType::ProductChanged) {
        RawProduct &product = products[e.productId];
        if (type == EventType::ProductRegistered) {
            r.effect = RawEvent::Effect::Product;
            product = {text("productName"), number("price"), text("barcode"), {}};
            if (p.value(QLatin1StringView("lowStockThreshold")).isDouble())
                product.threshold = number("lowStockThreshold");
        } else {
            r.effect = RawEvent::Effect::ProductEdit;
            if (p.contains(QLatin1StringView("productName")))
                product.name = text("productName");
            if (p.contains(QLatin1StringView("price")))
                product.price = number("price");
            if (p.contains(QLatin1StringView("barcode")))
                product.barcode = text("barcode");
            if (p.contains(QLatin1StringView("lowStockThreshold"))) {
                const QJsonValue value = p.value(QLatin1StringView("lowStockThreshold"));
                product.threshold =
                    value.isNull() ? std::optional<qint64>() : std::optional(value.toInteger());
            }
        }
        r.productName = product.name.toUtf8();
        r.price = product.price;
        r.barcode = product.barcode.toUtf8();
        r.threshold = product.threshold;
    } else if (type.startsWith(QLatin1StringView("Stock"))) {
        r.effect = RawEvent::Effect::Stock;
        const qint64 qty = number("qty");
        if (type == EventType::StockReserved)
            r.reservedDelta = qty;
        else if (type == EventType::StockReleased)
            r.reservedDelta = -qty;
        else if (type == EventType::StockDecreased)
            r.onHandDelta = r.reservedDelta = -qty;
        else if (type == EventType::StockIncreased)
            r.onHandDelta = qty;
        else if (type == EventType::StockAdjusted)
            r.onHandDelta = number("delta");
        else
            r.effect = RawEvent::Effect::None;
    } else if (type == EventType::OrderPlaced) {
        r.effect = RawEvent::Effect::Order;
        const QJsonObject customer = p.value(QLatin1StringView("customer")).toObject();
        r.customerName = customer.value(QLatin1StringView("name")).toString().toUtf8();
        r.customerPhone = customer.value(QLatin1StringView("phone")).toString().toUtf8();
        r.customerAddress = customer.value(QLatin1StringView("address")).toString().toUtf8();
        r.total = number("total");
        const QString prefix = e.origin + QLatin1Char('-');
        r.orderNo = e.orderId.startsWith(prefix) ? e.orderId.mid(prefix.size()).toLongLong() : 0;
        for (const QJsonValue &value : p.value(QLatin1StringView("lines")).toArray()) {
            const QJsonObject line = value.toObject();
            r.lines.push_back({line.value(QLatin1StringView("productId")).toString().toUtf8(),
                               line.value(QLatin1StringView("productName")).toString().toUtf8(),
                               line.value(QLatin1StringView("qty")).toInteger(),
                               line.value(QLatin1StringView("price")).toInteger()});
            r.itemCount += r.lines.back().qty;
        }
    } else if (type == EventType::PaymentApproved || type == EventType::PaymentRefunded) {
        r.effect = RawEvent::Effect::Payment;
        r.method = text("method").toUtf8();
        r.amount = number("amount");
        if (type == EventType::PaymentApproved) {
            view("paid", "approved", nullptr);
            r.viewPaymentMethod = r.method;
            r.tendered = number("tendered");
            r.approvalCode = text("approvalCode").toUtf8();
            r.paymentStatus = "approved";
            r.orderStatus = "paid";
        } else {
            view(nullptr, "refunded", nullptr);
            r.tendered = r.amount;
            r.paymentStatus = "refunded";
        }
    } else if (type == EventType::DeliveryStarted || type == EventType::DeliveryCompleted ||
               type == EventType::DeliveryCancelled) {
        r.effect = RawEvent::Effect::Delivery;
        r.deliveryId = text("deliveryId").toUtf8();
        if (type == EventType::DeliveryStarted) {
            view("delivering", nullptr, "started");
            r.viewDeliveryId = r.deliveryId;
            r.viewDeliveryStarted = true;
            r.orderStatus = "delivering";
        } else if (type == EventType::DeliveryCompleted) {
            view("delivered", nullptr, "completed");
            r.orderStatus = "delivered";
        } else {
            view(nullptr, nullptr, "cancelled");
        }
        r.deliveryStatus = r.viewDeliveryStatus;
    } else if (type == EventType::OrderCancelled) {
        r.effect = RawEvent::Effect::Status;
        view("cancelled", nullptr, nullptr);
        r.orderStatus = "cancelled";
    } else if (type == EventType::SlipPrinted) {
        r.effect = RawEvent::Effect::Slip;
        r.deliveryId = text("deliveryId").toUtf8();
        r.copy = number("copy");
        r.page = text("page").toUtf8();
        r.language = text("language").toUtf8();
    }
    return r;
}

// The statements, spelled as SqliteStore spells them.
enum RawSql {
    RawBegin,
    RawCommit,
    RawInsertEvent,
    RawInsertOrderView,
    RawInsertOrderSearch,
    RawUpdateOrderView,
    RawInsertOrder,
    RawInsertOrderLine,
    RawUpdateOrderStatus,
    RawUpsertPayment,
    RawUpsertDelivery,
    RawAddToStock,
    RawUpsertProduct,
    RawInsertStock,
    RawUpdateProductName,
    RawUpdateProduct,
    RawInsertSlipPrint,
    RawSaveLastGlobalSeq,
    RawSqlCount
};

constexpr const char *rawSqlText[RawSqlCount] = {
    "BEGIN IMMEDIATE",
    "COMMIT",
    "INSERT INTO events (event_id, type, order_id, product_id, origin, origin_seq, actor, "
    "causation_id, occurred_at, payload, global_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (event_id) DO NOTHING",
    "INSERT INTO order_view (order_id, status, customer_name, customer_phone, customer_address, "
    "total, line_count, item_count, payment_method, payment_status, delivery_id, delivery_status, "
    "origin, placed_at, delivery_started_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO order_search (order_id, placed_at, customer_name) VALUES (?, ?, ?)",
    "UPDATE order_view SET status = coalesce(?, status), "
    "payment_method = coalesce(?, payment_method), payment_status = coalesce(?, payment_status), "
    "delivery_id = coalesce(?, delivery_id), delivery_status = coalesce(?, delivery_status), "
    "delivery_started_at = coalesce(?, delivery_started_at), updated_at = ? WHERE order_id = ?",
    "INSERT INTO orders (order_id, origin, order_no, status, customer_name, phone, address, "
    "total, placed_at, vat_rate, discount, discount_approved_by, placed_by, gross, "
    "discount_total, taxable, supply, vat, exempt) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO order_lines (order_id, line_no, product_id, product_name, qty, price, tax, "
    "discount, returned_qty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE orders SET status = ? WHERE order_id = ?",
    "INSERT INTO payment_parts (order_id, part, method, amount, tendered, approval_code, "
    "card_company, instalments, card_last4, cash_receipt, refunded) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (order_id, part) DO UPDATE SET refunded = excluded.refunded",
    "INSERT INTO deliveries (order_id, delivery_id, status, started_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (order_id) DO UPDATE SET status = excluded.status",
    "UPDATE stock SET on_hand = on_hand + ?, reserved = reserved + ? WHERE product_id = ?",
    "INSERT INTO products (product_id, name, price, barcode, created_at, low_stock_threshold) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (product_id) DO UPDATE SET name = excluded.name, "
    "price = excluded.price, barcode = excluded.barcode, "
    "low_stock_threshold = excluded.low_stock_threshold",
    "INSERT INTO stock (product_id, on_hand, reserved) VALUES (?, 0, 0) "
    "ON CONFLICT (product_id) DO NOTHING",
    "UPDATE products SET name = ? WHERE product_id = ? AND name <> ?",
    "UPDATE products SET price = ?, barcode = ?, low_stock_threshold = ? WHERE product_id = ?",
    "INSERT INTO slip_prints (order_id, delivery_id, copy, page, language, terminal, printed_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO meta (key, value) VALUES ('last_global_seq', ?) "
    "ON CONFLICT (key) DO UPDATE SET value = "
    "max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
};

struct Null
{
};
// Text that binds NULL when empty (SqliteStore's nullIfEmpty).
struct OrNull
{
    const QByteArray &text;
};
// A whole number or NULL.
struct IntOrNull
{
    bool set = false;
    qint64 value = 0;
};

class RawCatchUp
{
public:
    RawCatchUp() = default;
    RawCatchUp(const RawCatchUp &) = delete;
    RawCatchUp &operator=(const RawCatchUp &) = delete;
    ~RawCatchUp()
    {
        for (sqlite3_stmt *statement : m_statements)
            sqlite3_finalize(statement);
        if (m_checkpointer && m_db)
            m_checkpointer->detach(m_db);
        m_checkpointer.reset();
        sqlite3_close(m_db);
    }

    // The connection settings SqliteStore::configure chooses, and its checkpoint policy.
    static constexpr const char *pragmas[] = {"journal_mode=WAL",  "synchronous=FULL",
                                              "foreign_keys=ON",   "cache_size=-65536",
                                              "temp_store=MEMORY", "busy_timeout=5000"};

    bool open(const QString &path, QString *error)
    {
        const QByteArray file = QFile::encodeName(path);
        if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return failed(error);
        for (const char *pragma : pragmas) {
            if (sqlite3_exec(m_db, QByteArray("PRAGMA ") + pragma, nullptr, nullptr, nullptr) !=
                SQLITE_OK)
                return failed(error);
        }
        m_checkpointer = std::make_unique<ShopDesk::WalCheckpointer>(path);
        m_checkpointer->attach(m_db);
        for (int i = 0; i < RawSqlCount; ++i) {
            if (sqlite3_prepare_v3(m_db, rawSqlText[i], -1, SQLITE_PREPARE_PERSISTENT,
                                   &m_statements[i], nullptr) != SQLITE_OK)
                return failed(error);
        }
        return true;
    }

    // Writes events [first, last) in one transaction; the number of new events in *added.
    bool apply(const std::vector<RawEvent> &events, size_t first, size_t last, qint64 *added,
               QString *error)
    {
        if (!exec(RawBegin))
            return failed(error);
        qint64 highest = 0;
        for (size_t i = first; i < last; ++i) {
            const RawEvent &e = events[i];
            highest = std::max(highest, e.globalSeq);
            if (!exec(RawInsertEvent, e.eventId, e.type, OrNull{e.orderId}, OrNull{e.productId},
                      e.origin, e.originSeq, e.actor, OrNull{e.causationId}, e.occurredAt,
                      e.payload, e.globalSeq))
                return rollBack(error);
            if (sqlite3_changes(m_db) == 0)
                continue; // already there: a duplicate changes nothing
            ++*added;
            if (!write(e))
                return rollBack(error);
        }
        if (!exec(RawSaveLastGlobalSeq, QByteArray::number(highest)) || !exec(RawCommit))
            return rollBack(error);
        return true;
    }

private:
    bool failed(QString *error)
    {
        *error = m_problem.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_problem;
        return false;
    }
    bool rollBack(QString *error)
    {
        failed(error);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }

    static void bindOne(sqlite3_stmt *s, int i, const QByteArray &v)
    {
        sqlite3_bind_text(s, i, v.isNull() ? "" : v.constData(), int(v.size()), SQLITE_STATIC);
    }
    static void bindOne(sqlite3_stmt *s, int i, OrNull v)
    {
        if (v.text.isEmpty())
            sqlite3_bind_null(s, i);
        else
            bindOne(s, i, v.text);
    }
    static void bindOne(sqlite3_stmt *s, int i, const char *v)
    {
        if (v)
            sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(s, i);
    }
    static void bindOne(sqlite3_stmt *s, int i, qint64 v) { sqlite3_bind_int64(s, i, v); }
    static void bindOne(sqlite3_stmt *s, int i, int v) { sqlite3_bind_int64(s, i, v); }
    static void bindOne(sqlite3_stmt *s, int i, Null) { sqlite3_bind_null(s, i); }
    static void bindOne(sqlite3_stmt *s, int i, IntOrNull v)
    {
        if (v.set)
            sqlite3_bind_int64(s, i, v.value);
        else
            sqlite3_bind_null(s, i);
    }

    template<typename... Args> bool exec(RawSql sql, const Args &...args)
    {
        sqlite3_stmt *s = m_statements[sql];
        int i = 0;
        (bindOne(s, ++i, args), ...);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE;
    }

    static IntOrNull threshold(const RawEvent &e)
    {
        return {e.threshold.has_value(), e.threshold.value_or(0)};
    }

    // The order list, then the event's effect (SqliteStore::appendRemoteEvent and
    // applyChange, then SyncService::applyEffect).
    bool write(const RawEvent &e)
    {
        using Effect = RawEvent::Effect;
        if (e.effect == Effect::Order) {
            if (!exec(RawInsertOrderView, e.orderId, QByteArray("placed"), e.customerName,
                      e.customerPhone, e.customerAddress, e.total, int(e.lines.size()), e.itemCount,
                      Null{}, Null{}, Null{}, Null{}, e.origin, e.occurredAt, Null{},
                      e.occurredAt) ||
                !exec(RawInsertOrderSearch, e.orderId, e.occurredAt, e.customerName))
                return false;
        } else if (e.updatesView) {
            const char *status = e.viewStatus.isNull() ? nullptr : e.viewStatus.constData();
            const char *paymentStatus =
                e.viewPaymentStatus.isNull() ? nullptr : e.viewPaymentStatus.constData();
            const char *deliveryStatus =
                e.viewDeliveryStatus.isNull() ? nullptr : e.viewDeliveryStatus.constData();
            const IntOrNull startedAt{e.viewDeliveryStarted, e.occurredAt};
            if (!exec(RawUpdateOrderView, status, OrNull{e.viewPaymentMethod}, paymentStatus,
                      OrNull{e.viewDeliveryId}, deliveryStatus, startedAt, e.occurredAt, e.orderId))
                return false;
        }
        switch (e.effect) {
        case Effect::None:
            return true;
        case Effect::Product:
            return exec(RawUpsertProduct, e.productId, e.productName, e.price, OrNull{e.barcode},
                        QDateTime::currentMSecsSinceEpoch(), threshold(e)) &&
                   exec(RawInsertStock, e.productId);
        case Effect::ProductEdit:
            return exec(RawUpdateProductName, e.productName, e.productId, e.productName) &&
                   exec(RawUpdateProduct, e.price, OrNull{e.barcode}, threshold(e), e.productId);
        case Effect::Stock:
            if (!exec(RawAddToStock, e.onHandDelta, e.reservedDelta, e.productId))
                return false;
            if (sqlite3_changes(m_db) != 1)
                m_problem =
                    QStringLiteral("stock of %1 is missing").arg(QString::fromUtf8(e.productId));
            return m_problem.isEmpty();
        case Effect::Order: {
            qint64 total = 0;
            for (const RawLine &line : e.lines)
                total += line.qty * line.price;
            // The money as the store writes it: every line taxable at 10 %, no discounts.
            constexpr qint64 vatRate = 10; // Tax::DefaultVatRate
            const qint64 vat = (total * vatRate + (100 + vatRate) / 2) / (100 + vatRate);
            if (!exec(RawInsertOrder, e.orderId, e.origin, e.orderNo, QByteArray("placed"),
                      e.customerName, e.customerPhone, e.customerAddress, total, e.occurredAt,
                      vatRate, Null{}, QByteArray(""), QByteArray(""), total, qint64(0), total,
                      total - vat, vat, qint64(0)))
                return false;
            int lineNo = 0;
            for (const RawLine &line : e.lines) {
                if (!exec(RawInsertOrderLine, e.orderId, ++lineNo, line.productId, line.productName,
                          line.qty, line.price, QByteArray("taxable"), Null{}, qint64(0)))
                    return false;
            }
            return true;
        }
        case Effect::Payment:
            // A whole payment is part 1; a refund only updates what the part refunded.
            return exec(RawUpsertPayment, e.orderId, 1,
                        e.method.isEmpty() ? QByteArray("cash") : e.method, e.amount, e.tendered,
                        e.approvalCode, QByteArray(""), 0, QByteArray(""), Null{},
                        e.paymentStatus == "refunded" ? e.amount : qint64(0)) &&
                   (e.orderStatus.isNull() || exec(RawUpdateOrderStatus, e.orderStatus, e.orderId));
        case Effect::Delivery:
            return exec(RawUpsertDelivery, e.orderId, e.deliveryId, e.deliveryStatus,
                        e.occurredAt) &&
                   (e.orderStatus.isNull() || exec(RawUpdateOrderStatus, e.orderStatus, e.orderId));
        case Effect::Status:
            return exec(RawUpdateOrderStatus, e.orderStatus, e.orderId);
        case Effect::Slip:
            return exec(RawInsertSlipPrint, e.orderId, e.deliveryId, e.copy, e.page, e.language,
                        e.origin, e.occurredAt);
        }
        return true;
    }

    sqlite3 *m_db = nullptr;
    QString m_problem; // a failure that is not SQLite's
    std::unique_ptr<ShopDesk::WalCheckpointer> m_checkpointer;
    sqlite3_stmt *m_statements[RawSqlCount] = {};
};

// A few aggregates of a terminal's database that the catch-up and the baseline must agree
// on; read through a connection of its own.
QString fingerprint(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open %1").arg(path);
    }
    QStringList parts;
    const char *const queries[] = {
        "SELECT type || ':' || count(*) || ':' || sum(global_seq) FROM events GROUP BY type "
        "ORDER BY type",
        "SELECT 'orders:' || status || ':' || count(*) || ':' || sum(total) FROM orders "
        "GROUP BY status ORDER BY status",
        "SELECT 'lines:' || count(*) || ':' || sum(qty * price) FROM order_lines",
        "SELECT 'view:' || status || ':' || count(*) || ':' || sum(item_count) || ':' || "
        "count(delivery_started_at) FROM order_view GROUP BY status ORDER BY status",
        "SELECT 'search:' || count(*) FROM order_search",
        "SELECT 'payments:' || method || ':' || count(*) || ':' || sum(amount) || ':' || "
        "sum(refunded) FROM payment_parts GROUP BY method ORDER BY method",
        "SELECT 'deliveries:' || status || ':' || count(*) FROM deliveries GROUP BY status "
        "ORDER BY status",
        "SELECT 'stock:' || count(*) || ':' || sum(on_hand) || ':' || sum(reserved) FROM stock",
        "SELECT 'products:' || count(*) || ':' || sum(price) FROM products",
        "SELECT 'slips:' || count(*) FROM slip_prints",
        "SELECT 'seq:' || value FROM meta WHERE key = 'last_global_seq'",
    };
    for (const char *sql : queries) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
            parts << QStringLiteral("error: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_finalize(s);
            continue;
        }
        while (sqlite3_step(s) == SQLITE_ROW)
            parts << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return parts.join(QLatin1Char(' '));
}

// The rows of the shop's log (the events the hub sent) for the baseline, and its database:
// one SqliteStore made for another terminal and closed, so that its schema is the app's.
std::vector<RawEvent> prepareBaseline(ShopStore &shopStore, const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    openStore(path, QStringLiteral("F3")).reset();
    std::vector<RawEvent> events;
    QHash<QString, RawProduct> products;
    // The hub numbered the shop's shared events in their order (fillHub); events of users
    // stay on their terminal.
    const Status read = shopStore.visitEvents({}, [&](const DomainEvent &e) {
        if (SyncService::isShared(e.type))
            events.push_back(rawEvent(e, qint64(events.size()) + 1, products));
    });
    if (!read)
        fail(read.error().message);
    return events;
}

void catchUp(const QString &hubBinary, qint64 target, const QString &dataDir)
{
    QTemporaryDir temporary;
    const QDir dir(dataDir.isEmpty() ? temporary.path() : dataDir);
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        fail(QStringLiteral("cannot make %1").arg(dir.path()));
    const QString shopDb = dir.filePath(QStringLiteral("shop.db"));
    const QString hubDb = dir.filePath(QStringLiteral("hub.db"));
    const bool made = QFileInfo::exists(hubDb);
    auto shopStore = openStore(shopDb, QStringLiteral("S1"));
    ShopServices shop(*shopStore);
    if (made) {
        say(QStringLiteral("catch-up: the shop and hub of %1 again (%2 events)")
                .arg(dir.path())
                .arg(shopStore->eventCount().value()));
    } else {
        makeShop(shop, *shopStore, target);
        fillHub(shop, hubDb);
    }
    const qint64 events = shopStore->eventCount().value();
    for (const QString &name :
         {QStringLiteral("fresh.db"), QStringLiteral("local.db"), QStringLiteral("raw.db")}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dir.filePath(name + suffix));
    }

    Bench::HubProcess hub(hubBinary, hubDb);
    const QString token = hub.addToken(QStringLiteral("F1"));
    const QUrl url = hub.start();
    auto fresh = openStore(dir.filePath(QStringLiteral("fresh.db")), QStringLiteral("F1"));
    ShopServices freshShop(*fresh);
    SyncClient client(freshShop.sync);
    SyncClient::Options options;
    options.hub = url;
    options.token = token;
    options.reconnect = false;
    client.setOptions(options);
    bool done = false;
    QObject::connect(&client, &SyncClient::synced, qApp, [&] { done = true; });
    QObject::connect(&client, &SyncClient::errorOccurred, qApp,
                     [](const QString &code, const QString &message) {
                         fail(QStringLiteral("catch-up failed: %1 %2").arg(code, message));
                     });
    int shown = -1;
    QElapsedTimer catchUpTimer;
    // The largest batch the client applied: the hub's page, which the baseline writes as one
    // transaction too.
    qint64 progressed = 0;
    qint64 batch = 0;
    QObject::connect(&client, &SyncClient::catchUpProgress, qApp, [&](qint64 got, qint64 total) {
        batch = qMax(batch, got - progressed);
        progressed = got;
        const int percent = int(got * 100 / qMax<qint64>(total, 1));
        if (percent / 10 != shown / 10) {
            shown = percent;
            const double s = catchUpTimer.elapsed() / 1000.0;
            say(QStringLiteral("  catch-up: %1% (%2 of %3 events, %4 s)")
                    .arg(percent)
                    .arg(got)
                    .arg(total)
                    .arg(s, 0, 'f', 1));
        }
    });
    catchUpTimer.start();
    client.start();
    waitUntil([&] { return done; }, 3600000, "the catch-up");
    const double seconds = catchUpTimer.elapsed() / 1000.0;
    const qlonglong peakKb = Bench::peakResidentKb();
    const qint64 got = fresh->eventCount().value();
    const bool same =
        fresh->stockRows({}).value().size() == shopStore->stockRows({}).value().size() && [&] {
            const auto a = fresh->stockRows({}).value();
            const auto b = shopStore->stockRows({}).value();
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).onHand != b.at(i).onHand || a.at(i).reserved != b.at(i).reserved)
                    return false;
            }
            return true;
        }();
    if (batch <= 0)
        batch = 2000; // no progress seen (an empty log): the hub's page size
    // The terminal's share, and the baseline: the same log applied straight from memory (no
    // hub, no JSON) by SyncService and by raw sqlite3 statements, in batches of the size the
    // catch-up had, one batch of each in turns (the first of a round alternating) so that
    // drift of the machine hits both alike.
    qint64 aloneNs = 0;
    qint64 rawNs = 0;
    qint64 rawEvents = 0;
    qsizetype aloneEvents = 0;
    {
        auto local = openStore(dir.filePath(QStringLiteral("local.db")), QStringLiteral("F2"));
        ShopServices localShop(*local);
        QList<RemoteEvent> all;
        all.reserve(int(events));
        const Status read = shopStore->visitEvents({}, [&](const DomainEvent &e) {
            all.append({e, e.seq, {}});
        });
        if (!read)
            fail(read.error().message);
        aloneEvents = all.size();
        const QString rawPath = dir.filePath(QStringLiteral("raw.db"));
        const std::vector<RawEvent> rawLog = prepareBaseline(*shopStore, rawPath);
        RawCatchUp raw;
        QString error;
        if (!raw.open(rawPath, &error))
            fail(QStringLiteral("raw baseline: %1").arg(error));
        const qsizetype longest = qMax(all.size(), qsizetype(rawLog.size()));
        for (qsizetype i = 0, round = 0; i < longest; i += batch, ++round) {
            for (int turn = 0; turn < 2; ++turn) {
                QElapsedTimer timer;
                timer.start();
                if ((turn == 0) == (round % 2 == 0)) {
                    if (i < all.size() && !localShop.sync.applyRemote(all.mid(i, batch)))
                        fail(QStringLiteral("apply"));
                    aloneNs += timer.nsecsElapsed();
                } else {
                    const size_t first = qMin(size_t(i), rawLog.size());
                    const size_t last = qMin(size_t(i + batch), rawLog.size());
                    if (first < last && !raw.apply(rawLog, first, last, &rawEvents, &error))
                        fail(QStringLiteral("raw baseline: %1").arg(error));
                    rawNs += timer.nsecsElapsed();
                }
            }
        }
    }
    const double aloneRate = double(aloneEvents) / (double(aloneNs) / 1e9);
    const double rawRate = double(rawEvents) / (double(rawNs) / 1e9);
    const QString caughtUp = fingerprint(dir.filePath(QStringLiteral("fresh.db")));
    const QString rawState = fingerprint(dir.filePath(QStringLiteral("raw.db")));
    say(QStringLiteral("catch-up, terminal side alone (SyncService::applyRemote from memory, "
                       "batches of %1): %2 events in %3 s: %4 events/s")
            .arg(batch)
            .arg(aloneEvents)
            .arg(double(aloneNs) / 1e9, 0, 'f', 2)
            .arg(qRound64(aloneRate)));
    say(QStringLiteral("catch-up, raw sqlite3 baseline (the same rows through prepared sqlite3 "
                       "statements, one transaction per %1 events, the same schema and "
                       "PRAGMAs; in turns with the terminal side alone): %2 events in %3 s: %4 "
                       "events/s; the same rows as the caught-up terminal's: %5")
            .arg(batch)
            .arg(rawEvents)
            .arg(double(rawNs) / 1e9, 0, 'f', 2)
            .arg(qRound64(rawRate))
            .arg(rawState == caughtUp ? QStringLiteral("yes")
                                      : QStringLiteral("NO\n  caught up: %1\n  raw:       %2")
                                            .arg(caughtUp, rawState)));
    say(QStringLiteral("catch-up: a fresh terminal applied %1 events in %2 s: %3 events/s "
                       "(target >= 50,000 events/s: %4); stock equal to the shop's: %5; peak "
                       "memory of this process until then %6 MB (the shop's database open too)")
            .arg(got)
            .arg(seconds, 0, 'f', 2)
            .arg(qRound64(got / seconds))
            .arg(got / seconds >= 50000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
            .arg(same ? QStringLiteral("yes") : QStringLiteral("NO"))
            .arg(peakKb / 1024));
    say(QStringLiteral("catch-up as a ratio to the raw sqlite3 baseline: %1 end to end through "
                       "the hub, %2 for the terminal side alone")
            .arg(got / seconds / rawRate, 0, 'f', 3)
            .arg(aloneRate / rawRate, 0, 'f', 3));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    clock_.start();
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, qint64 fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
    };
    const qsizetype hubAt = args.indexOf(QStringLiteral("--hub"));
    const QString hubBinary =
        hubAt >= 0 && hubAt + 1 < args.size() ? args.at(hubAt + 1) : QStringLiteral(SHOPDESK_HUB);
    if (!QFileInfo(hubBinary).isExecutable())
        fail(QStringLiteral("no shopdesk-hub at %1").arg(hubBinary));
    const int receivers = int(option(QStringLiteral("--receivers"), 9));
    const int single = int(option(QStringLiteral("--single"), 1000));
    const int bulk = int(option(QStringLiteral("--bulk"), 50000));
    const qint64 catchup = option(QStringLiteral("--catchup"), 1000000);
    const qsizetype dataAt = args.indexOf(QStringLiteral("--data"));
    say(QStringLiteral("bench_sync: %1 receivers, hub %2").arg(receivers).arg(hubBinary));
    if (single > 0 || bulk > 0)
        fanOut(hubBinary, receivers, single, bulk);
    if (catchup > 0)
        catchUp(hubBinary, catchup,
                dataAt >= 0 && dataAt + 1 < args.size() ? args.at(dataAt + 1) : QString());
    return 0;
}

#include "bench_sync.moc"
