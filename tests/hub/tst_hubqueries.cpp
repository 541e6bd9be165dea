#include "pgcluster.h"
#include "sqlapikeys.h"
#include "sqlhubstore.h"
#include "sqlidempotency.h"
#include "sqlshopqueries.h"
#include "testshop.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace ShopDesk;
using namespace ShopDesk::Hub;
using namespace ShopDesk::Testing;

namespace {

// Two terminals' logs as the hub gets them: T1 with twelve orders in every state (placed 2,
// delivering 2, cancelled 4 of which 2 paid, delivered 4), T2 with three (placed 2, delivering
// 1). Events are a minute apart from 2024-01-01 00:00 UTC, except that every second order is
// placed at the same moment as the one before (the id must break the tie).
struct ShopLogs
{
    QList<DomainEvent> events;
    QStringList orderIds;
    QString placedPaidCancelled; // placed, paid and cancelled: every status change of one order
    QHash<QString, QDateTime> placedAt;
};

const QDateTime Start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);

ShopLogs makeLogs()
{
    ShopLogs logs;
    const QStringList names{QStringLiteral("김민수"), QStringLiteral("김영희"),
                            QStringLiteral("Lee"), QStringLiteral("Park")};
    QList<DomainEvent> events;
    {
        TestShop shop(QStringLiteral("T1"));
        shop.product(QStringLiteral("P1"), 1000, 100, QStringLiteral("Apple"));
        shop.product(QStringLiteral("P2"), 2500, 50, QStringLiteral("배"));
        shop.product(QStringLiteral("P3"), 300, 0, QStringLiteral("Cherry"));
        auto &orders = shop.shop->orders;
        for (int i = 0; i < 12; ++i) {
            const Customer customer{names.at(i % names.size()),
                                    QStringLiteral("010-0000-%1").arg(i, 4, 10, QLatin1Char('0')),
                                    QStringLiteral("서울")};
            QList<OrderRequestLine> lines{{QStringLiteral("P1"), 1 + i % 3}};
            if (i % 2 == 0)
                lines.append({QStringLiteral("P2"), 1});
            auto placed = orders.placeOrder(customer, lines);
            if (!placed.ok())
                qFatal("place: %s", qPrintable(placed.error().message));
            const QString id = placed->order.orderId();
            logs.orderIds << id;
            switch (i % 6) {
            case 0: // placed
                break;
            case 1: // paid: delivering
                orders.payOrder(id, PaymentMethod::Card).value();
                break;
            case 2: // cancelled unpaid
                orders.cancelOrder(id).value();
                break;
            case 3: // paid and cancelled: the delivery cancelled
                orders.payOrder(id, PaymentMethod::Cash).value();
                orders.cancelOrder(id).value();
                logs.placedPaidCancelled = id;
                break;
            default: // delivered
                orders.payOrder(id, PaymentMethod::Card).value();
                orders.completeDelivery(id).value();
                break;
            }
        }
        events = orders.events().value();
    }
    {
        TestShop shop(QStringLiteral("T2"));
        shop.product(QStringLiteral("Q1"), 700, 10, QStringLiteral("Quince"));
        auto &orders = shop.shop->orders;
        for (int i = 0; i < 3; ++i) {
            auto placed =
                orders.placeOrder({QStringLiteral("김철수"), QStringLiteral("011-1111-1111"), {}},
                                  {{QStringLiteral("Q1"), 1}});
            if (!placed.ok())
                qFatal("place: %s", qPrintable(placed.error().message));
            logs.orderIds << placed->order.orderId();
            if (i == 1)
                orders.payOrder(placed->order.orderId(), PaymentMethod::Card).value();
        }
        events += orders.events().value();
    }
    QDateTime previousPlaced;
    int placedCount = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        events[i].occurredAt = Start.addSecs(60 * i);
        if (events[i].type == EventType::OrderPlaced) {
            if (placedCount++ % 2 == 1)
                events[i].occurredAt = previousPlaced;
            previousPlaced = events[i].occurredAt;
            logs.placedAt.insert(events[i].orderId, events[i].occurredAt);
        }
    }
    logs.events = events;
    return logs;
}

QString message(const Status &status)
{
    return status.ok() ? QString() : status.error().message;
}

template<typename T> QString message(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

template<typename Row> QStringList idsOf(const QList<Row> &rows, QString Row::*id)
{
    QStringList ids;
    for (const Row &row : rows)
        ids << row.*id;
    return ids;
}

PageRequest pageAt(int page, int size)
{
    return {page, size, {}, false};
}

PageRequest all(const QString &sort = {}, bool descending = false)
{
    return {0, 200, sort, descending};
}

// Whether rows are in order of (key, id), ascending or descending, ties never out of order.
template<typename Row, typename Key>
bool sortedBy(const QList<Row> &rows, Key key, QString Row::*id, bool descending)
{
    for (qsizetype i = 1; i < rows.size(); ++i) {
        auto a = std::pair{key(rows.at(i - 1)), rows.at(i - 1).*id};
        auto b = std::pair{key(rows.at(i)), rows.at(i).*id};
        if (descending ? a <= b : b <= a)
            return false;
    }
    return true;
}

} // namespace

// The REST API's reads and stores over the hub database, on SQLite and on a throwaway
// PostgreSQL cluster: the same tests, row by row.
class tst_HubQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgCluster> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;
    ShopLogs m_logs;

    QString newSpec(const QString &backend)
    {
        const QString name = QStringLiteral("hub%1").arg(++m_databases);
        if (backend == QLatin1StringView("postgres")) {
            if (!m_pg->createDatabase(name))
                qFatal("createdb: %s", qPrintable(m_pg->error()));
            return m_pg->url(name);
        }
        return m_dir.filePath(name + QStringLiteral(".db"));
    }

    static std::unique_ptr<SqlHubStore> openSpec(const QString &spec)
    {
        auto opened = SqlHubStore::open(spec);
        if (!opened.ok())
            qFatal("open %s: %s", qPrintable(spec), qPrintable(opened.error().message));
        return std::move(opened).value();
    }

    std::unique_ptr<SqlHubStore> open(const QString &backend) { return openSpec(newSpec(backend)); }

    // A store holding both logs, pushed in batches of `batch` events.
    std::unique_ptr<SqlHubStore> filled(const QString &backend, qsizetype batch = 7)
    {
        auto store = open(backend);
        for (qsizetype i = 0; i < m_logs.events.size(); i += batch) {
            const auto appended = store->append(m_logs.events.mid(i, batch));
            if (!appended.ok())
                qFatal("append: %s", qPrintable(appended.error().message));
        }
        return store;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    // Every order and delivery list total the counters give equals the rows the hub holds (the
    // store's full lists, which count nothing).
    static void checkCounters(SqlHubStore &store)
    {
        SqlShopQueries queries(store);
        const QList<OrderRow> orders = store.orders().value();
        const QList<DeliveryRow> deliveries = store.deliveries().value();
        QSet<QString> statuses;
        QSet<QString> origins{QString()};
        for (const OrderRow &row : orders) {
            statuses << row.status;
            origins << row.origin;
        }
        for (const DeliveryRow &row : deliveries)
            statuses << row.status;
        statuses << QString() << QStringLiteral("nothing");
        for (const QString &status : std::as_const(statuses)) {
            for (const QString &origin : std::as_const(origins)) {
                const qint64 orderRows = std::count_if(orders.begin(), orders.end(), [&](auto &r) {
                    return (status.isEmpty() || r.status == status) &&
                           (origin.isEmpty() || r.origin == origin);
                });
                const qint64 deliveryRows =
                    std::count_if(deliveries.begin(), deliveries.end(), [&](auto &r) {
                        return (status.isEmpty() || r.status == status) &&
                               (origin.isEmpty() || r.origin == origin);
                    });
                const auto o = queries.orders({status, origin, {}, {}}, pageAt(0, 1));
                QVERIFY2(o.ok(), qPrintable(message(o)));
                QCOMPARE(o->total, orderRows);
                const auto d = queries.deliveries({status, origin, {}, {}}, pageAt(0, 1));
                QVERIFY2(d.ok(), qPrintable(message(d)));
                QCOMPARE(d->total, deliveryRows);
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgCluster>();
        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        m_logs = makeLogs();
        QCOMPARE(m_logs.orderIds.size(), 15);
    }

    void cleanupTestCase() { m_pg.reset(); }

    void pagesAreStableAndCountTheWholeList_data() { backends(); }
    void pagesAreStableAndCountTheWholeList()
    {
        QFETCH(QString, backend);
        auto store = filled(backend);
        SqlShopQueries queries(*store);

        const auto whole = queries.orders({}, all());
        QVERIFY2(whole.ok(), qPrintable(message(whole)));
        QCOMPARE(whole->total, 15);
        QCOMPARE(whole->rows.size(), 15);
        QStringList expected = m_logs.orderIds;
        QStringList got = idsOf(whole->rows, &OrderRecord::orderId);
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
        // The default: newest first, ties by id, descending too.
        QVERIFY(sortedBy(
            whole->rows, [](const OrderRecord &r) { return r.placedAt; }, &OrderRecord::orderId,
            true));
        bool tie = false;
        for (qsizetype i = 1; i < whole->rows.size(); ++i)
            tie = tie || whole->rows.at(i).placedAt == whole->rows.at(i - 1).placedAt;
        QVERIFY(tie); // the test data has orders placed at the same millisecond

        // Pages of 4: 4, 4, 4, 3, then nothing; each knows the total.
        QStringList paged;
        for (int page = 0; page < 5; ++page) {
            const auto rows = queries.orders({}, pageAt(page, 4));
            QVERIFY2(rows.ok(), qPrintable(message(rows)));
            QCOMPARE(rows->total, 15);
            QCOMPARE(rows->rows.size(), page < 3 ? 4 : page == 3 ? 3 : 0);
            paged += idsOf(rows->rows, &OrderRecord::orderId);
        }
        QCOMPARE(paged, idsOf(whole->rows, &OrderRecord::orderId));
        QCOMPARE(queries.orders({}, pageAt(1000, 200))->rows.size(), 0);
        QCOMPARE(queries.orders({}, pageAt(1000, 200))->total, 15);
        // A filtered list pages the same way.
        QStringList delivered;
        for (int page = 0; page < 3; ++page) {
            const auto rows =
                queries.orders({QStringLiteral("delivered"), {}, {}, {}}, pageAt(page, 3));
            QCOMPARE(rows->total, 4);
            QCOMPARE(rows->rows.size(), page == 0 ? 3 : page == 1 ? 1 : 0);
            delivered += idsOf(rows->rows, &OrderRecord::orderId);
        }
        QCOMPARE(QSet<QString>(delivered.begin(), delivered.end()).size(), 4);

        const auto deliveries = queries.deliveries({}, pageAt(1, 3));
        QCOMPARE(deliveries->total, 9); // T1: 8 paid orders, T2: one
        QCOMPARE(deliveries->rows.size(), 3);
        const auto products = queries.products({}, pageAt(1, 3));
        QCOMPARE(products->total, 4);
        QCOMPARE(idsOf(products->rows, &ProductRecord::productId), QStringList{"Q1"});
    }

    void everySortKeyBothWays_data() { backends(); }
    void everySortKeyBothWays()
    {
        QFETCH(QString, backend);
        auto store = filled(backend);
        SqlShopQueries queries(*store);
        for (const bool descending : {false, true}) {
            const auto byPlaced = queries.orders({}, all(QStringLiteral("placedAt"), descending));
            QCOMPARE(byPlaced->rows.size(), 15);
            QVERIFY(sortedBy(
                byPlaced->rows, [](const OrderRecord &r) { return r.placedAt; },
                &OrderRecord::orderId, descending));
            const auto byId = queries.orders({}, all(QStringLiteral("orderId"), descending));
            QCOMPARE(byId->rows.size(), 15);
            QVERIFY(sortedBy(
                byId->rows, [](const OrderRecord &) { return 0; }, &OrderRecord::orderId,
                descending));
            const auto byTotal = queries.orders({}, all(QStringLiteral("total"), descending));
            QCOMPARE(byTotal->rows.size(), 15);
            QVERIFY(sortedBy(
                byTotal->rows, [](const OrderRecord &r) { return r.total; }, &OrderRecord::orderId,
                descending));
            QVERIFY(byTotal->rows.first().total != byTotal->rows.last().total);

            const auto byStart =
                queries.deliveries({}, all(QStringLiteral("startedAt"), descending));
            QCOMPARE(byStart->rows.size(), 9);
            QVERIFY(sortedBy(
                byStart->rows, [](const DeliveryRecord &r) { return r.startedAt; },
                &DeliveryRecord::deliveryId, descending));
            const auto byDelivery =
                queries.deliveries({}, all(QStringLiteral("deliveryId"), descending));
            QVERIFY(sortedBy(
                byDelivery->rows, [](const DeliveryRecord &) { return 0; },
                &DeliveryRecord::deliveryId, descending));

            const auto byProduct =
                queries.products({}, all(QStringLiteral("productId"), descending));
            QCOMPARE(idsOf(byProduct->rows, &ProductRecord::productId),
                     descending ? QStringList({"Q1", "P3", "P2", "P1"})
                                : QStringList({"P1", "P2", "P3", "Q1"}));
            const auto byName =
                queries.products({}, all(QStringLiteral("productName"), descending));
            // Byte order: Latin capitals before Hangul.
            QCOMPARE(idsOf(byName->rows, &ProductRecord::productId),
                     descending ? QStringList({"P2", "Q1", "P3", "P1"})
                                : QStringList({"P1", "P3", "Q1", "P2"}));
        }
        // Defaults: orders and deliveries newest first, products by id ascending, whatever
        // `descending` says.
        const auto defaults = queries.orders({}, all(QString(), false));
        QVERIFY(sortedBy(
            defaults->rows, [](const OrderRecord &r) { return r.placedAt; }, &OrderRecord::orderId,
            true));
        const auto deliveries = queries.deliveries({}, all(QString(), false));
        QVERIFY(sortedBy(
            deliveries->rows, [](const DeliveryRecord &r) { return r.startedAt; },
            &DeliveryRecord::deliveryId, true));
        QCOMPARE(queries.products({}, all(QString(), true))->rows.first().productId,
                 QStringLiteral("P1"));
    }

    void refusesWhatTheListDoesNotKnow_data() { backends(); }
    void refusesWhatTheListDoesNotKnow()
    {
        QFETCH(QString, backend);
        auto store = filled(backend);
        SqlShopQueries queries(*store);
        const auto unknown = queries.orders({}, all(QStringLiteral("customerName")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
        for (const char *key : {"placedAt", "orderId", "total"})
            QVERIFY2(unknown.error().message.contains(QLatin1String(key)), key);
        QCOMPARE(queries.deliveries({}, all(QStringLiteral("placedAt"))).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(queries.deliveries({}, all(QStringLiteral("placedAt")))
                    .error()
                    .message.contains(QLatin1StringView("deliveryId")));
        QCOMPARE(queries.products({}, all(QStringLiteral("price"))).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(queries.products({{}, QStringLiteral("low"), {}}, all()).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(queries.orders({}, pageAt(0, 201)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(queries.orders({}, pageAt(0, 0)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(queries.orders({}, pageAt(-1, 20)).error().code, ErrorCode::InvalidInput);
    }

    void filtersOrders_data() { backends(); }
    void filtersOrders()
    {
        QFETCH(QString, backend);
        auto store = filled(backend);
        SqlShopQueries queries(*store);
        const QList<OrderRecord> every = queries.orders({}, all())->rows;
        // Each filter against the same filter applied to the whole list.
        const auto check = [&](const OrderFilter &filter, qint64 expected) {
            const auto page = queries.orders(filter, all());
            QVERIFY2(page.ok(), qPrintable(message(page)));
            QList<OrderRecord> wanted;
            for (const OrderRecord &r : every) {
                if ((filter.status.isEmpty() || r.status == filter.status) &&
                    (filter.terminal.isEmpty() || r.origin == filter.terminal) &&
                    (!filter.since || r.placedAt >= *filter.since) &&
                    (filter.search.isEmpty() || r.orderId.startsWith(filter.search) ||
                     r.customerName.startsWith(filter.search)))
                    wanted.append(r);
            }
            QCOMPARE(page->rows, wanted);
            QCOMPARE(page->total, expected);
        };
        check({QStringLiteral("placed"), {}, {}, {}}, 4);     // T1: 2, T2: 2
        check({QStringLiteral("delivering"), {}, {}, {}}, 3); // T1: 2, T2: 1
        check({QStringLiteral("cancelled"), {}, {}, {}}, 4);
        check({QStringLiteral("delivered"), {}, {}, {}}, 4);
        check({QStringLiteral("returned"), {}, {}, {}}, 0);
        check({{}, QStringLiteral("T2"), {}, {}}, 3);
        check({QStringLiteral("placed"), QStringLiteral("T2"), {}, {}}, 2);
        check({{}, QStringLiteral("T9"), {}, {}}, 0);
        // Hangul by its first syllable; the name is not the id, and the search is a prefix.
        check({{}, {}, QStringLiteral("김"), {}}, 9);
        check({{}, {}, QStringLiteral("김민"), {}}, 3);
        check({{}, {}, QStringLiteral("민수"), {}}, 0);
        check({{}, {}, QStringLiteral("Le"), {}}, 3);
        check({{}, {}, QStringLiteral("le"), {}}, 0); // case-sensitive
        check({{}, {}, m_logs.orderIds.at(3), {}}, 1);
        check({{}, {}, QStringLiteral("T2"), {}}, 3);
        check({QStringLiteral("placed"), {}, QStringLiteral("김"), {}}, 3);
        const QDateTime since = every.at(4).placedAt;
        const qint64 after = std::count_if(
            every.begin(), every.end(), [&](const OrderRecord &r) { return r.placedAt >= since; });
        QVERIFY(after > 4 && after < 15);
        check({{}, {}, {}, since}, after);
        // Since is a moment, whatever zone it is written in.
        check({{}, {}, {}, since.toOffsetFromUtc(9 * 3600)}, after);
        check({{}, QStringLiteral("T1"), {}, since},
              std::count_if(every.begin(), every.end(), [&](const OrderRecord &r) {
                  return r.placedAt >= since && r.origin == QLatin1StringView("T1");
              }));
        QCOMPARE(every.first().placedAt.timeSpec(), Qt::UTC);
    }

    void filtersDeliveriesAndProducts_data() { backends(); }
    void filtersDeliveriesAndProducts()
    {
        QFETCH(QString, backend);
        auto store = filled(backend);
        SqlShopQueries queries(*store);
        const QList<DeliveryRecord> every = queries.deliveries({}, all())->rows;
        QCOMPARE(every.size(), 9);
        const auto deliveries = [&](const DeliveryFilter &filter) {
            const auto page = queries.deliveries(filter, all());
            if (!page.ok())
                qFatal("deliveries: %s", qPrintable(page.error().message));
            return page.value();
        };
        QCOMPARE(deliveries({QStringLiteral("started"), {}, {}, {}}).total, 3);
        QCOMPARE(deliveries({QStringLiteral("completed"), {}, {}, {}}).total, 4);
        QCOMPARE(deliveries({QStringLiteral("cancelled"), {}, {}, {}}).total, 2);
        QCOMPARE(deliveries({QStringLiteral("started"), QStringLiteral("T2"), {}, {}}).total, 1);
        for (const DeliveryRecord &d : deliveries({QStringLiteral("cancelled"), {}, {}, {}}).rows)
            QCOMPARE(d.status, QStringLiteral("cancelled"));
        // By delivery id or by order id.
        const DeliveryRecord one = every.at(2);
        QCOMPARE(deliveries({{}, {}, one.deliveryId, {}}).rows, QList<DeliveryRecord>{one});
        QCOMPARE(deliveries({{}, {}, one.orderId, {}}).rows, QList<DeliveryRecord>{one});
        QCOMPARE(deliveries({{}, {}, QStringLiteral("T2"), {}}).total, 1);
        const auto since = deliveries({{}, {}, {}, one.startedAt});
        QCOMPARE(since.total, std::count_if(every.begin(), every.end(),
                                            [&](auto &d) { return d.startedAt >= one.startedAt; }));
        QCOMPARE(queries.delivery(one.deliveryId).value(), one);
        QVERIFY(!queries.delivery(QStringLiteral("nothing")).value().has_value());

        const auto products = [&](const ProductFilter &filter) {
            const auto page = queries.products(filter, all());
            if (!page.ok())
                qFatal("products: %s", qPrintable(page.error().message));
            return idsOf(page->rows, &ProductRecord::productId);
        };
        QCOMPARE(products({QStringLiteral("P"), {}, {}}), QStringList({"P1", "P2", "P3"}));
        QCOMPARE(products({QStringLiteral("배"), {}, {}}), QStringList{"P2"});
        QCOMPARE(products({QStringLiteral("Qu"), {}, {}}), QStringList{"Q1"});
        QCOMPARE(products({{}, QStringLiteral("short"), {}}), QStringList{"P3"});
        const ProductRecord q1 = queries.product(QStringLiteral("Q1")).value().value();
        QCOMPARE(products({{}, {}, q1.updatedAt}), QStringList{"Q1"});
        QCOMPARE(products({QStringLiteral("P"), {}, q1.updatedAt}), QStringList());
    }

    void recordsCarryLinesPhoneAndStock_data() { backends(); }
    void recordsCarryLinesPhoneAndStock()
    {
        QFETCH(QString, backend);
        auto store = filled(backend);
        SqlShopQueries queries(*store);
        const auto first = queries.order(m_logs.orderIds.at(0));
        QVERIFY2(first.ok(), qPrintable(message(first)));
        QVERIFY(first->has_value());
        const OrderRecord &o = **first;
        QCOMPARE(o.customerName, QStringLiteral("김민수"));
        QCOMPARE(o.customerPhone, QStringLiteral("010-0000-0000"));
        QCOMPARE(o.origin, QStringLiteral("T1"));
        QCOMPARE(o.status, QStringLiteral("placed"));
        QCOMPARE(o.lines,
                 (QList<OrderLineRecord>{{"P1", "Apple", 1, 1000}, {"P2", "배", 1, 2500}}));
        QCOMPARE(o.total, 3500);
        QCOMPARE(o.placedAt, m_logs.placedAt.value(o.orderId));
        QVERIFY(o.placedAt > Start);
        QCOMPARE(o.placedAt.timeSpec(), Qt::UTC);
        QVERIFY(o.paymentStatus.isEmpty());
        QVERIFY(o.deliveryId.isEmpty());

        const OrderRecord paid = queries.order(m_logs.orderIds.at(1)).value().value();
        QCOMPARE(paid.status, QStringLiteral("delivering"));
        QCOMPARE(paid.lines, (QList<OrderLineRecord>{{"P1", "Apple", 2, 1000}}));
        QCOMPARE(paid.paymentMethod, QStringLiteral("card"));
        QCOMPARE(paid.deliveryStatus, QStringLiteral("started"));
        QVERIFY(paid.updatedAt > paid.placedAt);
        const DeliveryRecord delivery = queries.delivery(paid.deliveryId).value().value();
        QCOMPARE(delivery.orderId, paid.orderId);
        QCOMPARE(delivery.origin, QStringLiteral("T1"));
        QVERIFY(!queries.order(QStringLiteral("T1-999999")).value().has_value());

        // Products with their stock, as the store's stock list has it.
        for (const Hub::StockRow &row : store->stock().value()) {
            const ProductRecord p = queries.product(row.productId).value().value();
            QCOMPARE(p.onHand, row.onHand);
            QCOMPARE(p.reserved, row.reserved);
            QCOMPARE(p.productName, row.productName);
        }
        const ProductRecord p1 = queries.product(QStringLiteral("P1")).value().value();
        QCOMPARE(p1.price, 1000);
        QCOMPARE(p1.origin, QStringLiteral("T1"));
        QVERIFY(p1.reserved > 0);
        QVERIFY(!queries.product(QStringLiteral("P9")).value().has_value());
    }

    void countersFollowEveryBatching_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("batch");
        for (const char *backend : {"sqlite", "postgres"}) {
            for (const int batch : {1, 5, 1000}) {
                QTest::addRow("%s, batches of %d", backend, batch)
                    << QString::fromLatin1(backend) << batch;
            }
        }
    }
    void countersFollowEveryBatching()
    {
        // One event per batch, several events of one order in a batch, the whole log at once:
        // the counters say what the rows say after every batch.
        QFETCH(QString, backend);
        QFETCH(int, batch);
        auto store = open(backend);
        for (qsizetype i = 0; i < m_logs.events.size(); i += batch) {
            QVERIFY(store->append(m_logs.events.mid(i, batch)).ok());
            checkCounters(*store);
            if (QTest::currentTestFailed())
                return;
        }
        // Pushing it all again changes nothing.
        QCOMPARE(store->append(m_logs.events)->added.size(), 0);
        checkCounters(*store);
        SqlShopQueries queries(*store);
        QCOMPARE(queries.orders({QStringLiteral("cancelled"), {}, {}, {}}, pageAt(0, 1))->total, 4);
        QCOMPARE(queries.orders({}, pageAt(0, 1))->total, 15);
        QCOMPARE(queries.order(m_logs.placedPaidCancelled).value()->status,
                 QStringLiteral("cancelled"));
    }

    void apiKeys_data() { backends(); }
    void apiKeys()
    {
        QFETCH(QString, backend);
        auto store = open(backend);
        SqlApiKeys keys(*store);
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        const ApiKeyRecord reader{
            QStringLiteral("reports"), ApiRole::Reader, "aa11", "bb22", created, std::nullopt};
        const ApiKeyRecord clerk{
            QStringLiteral("kiosk"), ApiRole::Clerk, "cc33", "dd44", created, std::nullopt};
        QVERIFY2(keys.addApiKey(reader).ok(), qPrintable(message(keys.addApiKey(reader))));
        QVERIFY(keys.addApiKey(clerk).ok());
        QVERIFY(keys.addApiKey({QStringLiteral("boss"), ApiRole::Manager, "ee", "ff", created,
                                std::nullopt})
                    .ok());
        const auto taken = keys.addApiKey(reader);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, ErrorCode::InvalidState);

        const ApiKeyRecord stored = keys.apiKey(QStringLiteral("reports")).value().value();
        QCOMPARE(stored.name, reader.name);
        QCOMPARE(stored.role, ApiRole::Reader);
        QCOMPARE(stored.hash, reader.hash);
        QCOMPARE(stored.salt, reader.salt);
        QCOMPARE(stored.created, created);
        QVERIFY(!stored.revoked);
        QVERIFY(!keys.apiKey(QStringLiteral("nobody")).value().has_value());
        const QList<ApiKeyRecord> listed = keys.apiKeys().value();
        QCOMPARE(idsOf(listed, &ApiKeyRecord::name), QStringList({"boss", "kiosk", "reports"}));
        QCOMPARE(listed.at(0).role, ApiRole::Manager);
        QCOMPARE(listed.at(1).role, ApiRole::Clerk);

        QVERIFY(keys.revokeApiKey(QStringLiteral("kiosk")).ok());
        QVERIFY(keys.apiKey(QStringLiteral("kiosk")).value()->revoked.has_value());
        QCOMPARE(keys.revokeApiKey(QStringLiteral("kiosk")).error().code, ErrorCode::InvalidState);
        QCOMPARE(keys.revokeApiKey(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);

        // After the revoke, a new key of the name replaces the old one.
        const ApiKeyRecord renewed{QStringLiteral("kiosk"), ApiRole::Manager, "0123", "4567",
                                   created.addDays(1),      std::nullopt};
        QVERIFY(keys.addApiKey(renewed).ok());
        const ApiKeyRecord now = keys.apiKey(QStringLiteral("kiosk")).value().value();
        QVERIFY(!now.revoked);
        QCOMPARE(now.role, ApiRole::Manager);
        QCOMPARE(now.hash, renewed.hash);
        QCOMPARE(now.created, renewed.created);
        QCOMPARE(keys.apiKeys()->size(), 3);
        // The words the table keeps.
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT role FROM api_keys ORDER BY name")));
        QStringList roles;
        while (q.next())
            roles << q.value(0).toString();
        QCOMPARE(roles, QStringList({"manager", "manager", "reader"}));
    }

    void idempotency_data() { backends(); }
    void idempotency()
    {
        QFETCH(QString, backend);
        auto store = open(backend);
        SqlIdempotency keys(*store);
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        const IdempotencyRecord pending{
            QStringLiteral("kiosk"), QStringLiteral("order-1"), QByteArray(64, 'a'), 0, {}, {}, t0};
        QVERIFY2(keys.beginIdempotent(pending).ok(),
                 qPrintable(message(keys.beginIdempotent(pending))));
        // The same key again: taken, whatever the request; another caller's same key is not.
        QCOMPARE(keys.beginIdempotent(pending).error().code, ErrorCode::InvalidState);
        IdempotencyRecord other = pending;
        other.apiKey = QStringLiteral("reports");
        QVERIFY(keys.beginIdempotent(other).ok());

        IdempotencyRecord found = keys.idempotency(pending.apiKey, pending.key).value().value();
        QCOMPARE(found.status, 0);
        QCOMPARE(found.request, pending.request);
        QCOMPARE(found.created, t0);
        QVERIFY(found.body.isEmpty());
        QVERIFY(!keys.idempotency(pending.apiKey, QStringLiteral("order-2")).value());

        // Finished: the answer comes back byte for byte (a body with a zero byte and UTF-8).
        IdempotencyRecord finished = pending;
        finished.status = 201;
        finished.location = "/api/v1/orders/T1-000001";
        finished.body = QByteArray("{\"name\":\"김민수\"}\0tail", 26);
        QVERIFY(keys.finishIdempotent(finished).ok());
        found = keys.idempotency(pending.apiKey, pending.key).value().value();
        QCOMPARE(found.status, 201);
        QCOMPARE(found.location, finished.location);
        QCOMPARE(found.body, finished.body);
        QCOMPARE(
            keys.finishIdempotent({QStringLiteral("x"), QStringLiteral("y"), {}, 200, {}, {}, t0})
                .error()
                .code,
            ErrorCode::NotFound);

        // Drop forgets a pending record only.
        QVERIFY(keys.dropIdempotent(other.apiKey, other.key).ok());
        QVERIFY(!keys.idempotency(other.apiKey, other.key).value());
        QVERIFY(keys.beginIdempotent(other).ok());
        QVERIFY(keys.dropIdempotent(pending.apiKey, pending.key).ok());
        QCOMPARE(keys.idempotency(pending.apiKey, pending.key).value()->status, 201);

        // Purge by age.
        IdempotencyRecord later = pending;
        later.key = QStringLiteral("order-3");
        later.created = t0.addSecs(3600);
        QVERIFY(keys.beginIdempotent(later).ok());
        QCOMPARE(keys.purgeIdempotency(t0.addSecs(60)).value(), 2);
        QVERIFY(!keys.idempotency(pending.apiKey, pending.key).value());
        QVERIFY(keys.idempotency(later.apiKey, later.key).value());
        QCOMPARE(keys.purgeIdempotency(t0).value(), 0);
    }

    void upgradesAVersion1Database_data() { backends(); }
    void upgradesAVersion1Database()
    {
        // A database as the first release left it: the v1 schema, with the log and the
        // projection's v1 columns as its append wrote them (copied here from a v2 store that
        // took the same log: v2 only adds columns and tables).
        QFETCH(QString, backend);
        const QString oldSpec = newSpec(backend);
        {
            auto old = SqlHubStore::openAtVersion(oldSpec, 1);
            QVERIFY2(old.ok(), qPrintable(message(old)));
            QSqlDatabase db = old.value()->database();
            QVERIFY(!db.tables().contains(QStringLiteral("api_keys")));
            QVERIFY(!db.tables().contains(QStringLiteral("row_counts")));
            auto source = filled(backend);
            const QList<std::pair<QString, QString>> tables{
                {QStringLiteral("events"),
                 QStringLiteral("global_seq, event_id, origin, origin_seq, type, order_id, "
                                "product_id, actor, causation_id, occurred_at, payload, "
                                "received_at")},
                {QStringLiteral("products"),
                 QStringLiteral("product_id, product_name, price, barcode, origin, updated_at")},
                {QStringLiteral("stock"), QStringLiteral("product_id, on_hand, reserved")},
                {QStringLiteral("orders"),
                 QStringLiteral("order_id, origin, status, customer_name, total, payment_method, "
                                "payment_status, delivery_id, delivery_status, placed_at, "
                                "updated_at")},
                {QStringLiteral("deliveries"),
                 QStringLiteral("delivery_id, order_id, origin, status, started_at, updated_at")},
            };
            for (const auto &[table, columns] : tables) {
                QSqlQuery read(source->database());
                QVERIFY(read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table)));
                const int n = int(columns.count(QLatin1Char(',')) + 1);
                QStringList marks(n, QStringLiteral("?"));
                QSqlQuery write(db);
                QVERIFY(write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                          .arg(table, columns, marks.join(QLatin1Char(',')))));
                int rows = 0;
                while (read.next()) {
                    for (int i = 0; i < n; ++i)
                        write.bindValue(i, read.value(i));
                    QVERIFY2(write.exec(), qPrintable(write.lastError().text()));
                    ++rows;
                }
                QVERIFY2(rows > 0, qPrintable(table));
            }
            QSqlQuery version(db);
            QVERIFY(version.exec(QStringLiteral("SELECT value FROM hub_meta")));
            QVERIFY(version.next());
            QCOMPARE(version.value(0).toString(), QStringLiteral("1"));
        }

        auto store = openSpec(oldSpec);
        QSqlQuery version(store->database());
        QVERIFY(version.exec(QStringLiteral("SELECT value FROM hub_meta WHERE key = 'schema'")));
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), SqlHubStore::schemaVersion());
        QCOMPARE(SqlHubStore::schemaVersion(), 2);
        version.finish();

        SqlShopQueries queries(*store);
        const auto reference = filled(backend);
        SqlShopQueries expected(*reference);
        QCOMPARE(queries.orders({}, all())->rows, expected.orders({}, all())->rows);
        QCOMPARE(queries.order(m_logs.orderIds.at(0)).value()->customerPhone,
                 QStringLiteral("010-0000-0000"));
        QCOMPARE(queries.order(m_logs.orderIds.at(0)).value()->lines.size(), 2);
        checkCounters(*store);
        QCOMPARE(queries.orders({QStringLiteral("cancelled"), {}, {}, {}}, pageAt(0, 1))->total, 4);
        QCOMPARE(queries.deliveries({}, pageAt(0, 1))->total, 9);
        // The upgraded database goes on: the next pushes keep its counters, its keys work.
        TestShop t3(QStringLiteral("T3"));
        t3.product(QStringLiteral("R1"), 100, 5);
        t3.shop->orders.placeOrder({QStringLiteral("Choi"), {}, {}}, {{QStringLiteral("R1"), 1}})
            .value();
        QVERIFY(store->append(t3.shop->orders.events().value()).ok());
        checkCounters(*store);
        QCOMPARE(queries.orders({{}, QStringLiteral("T3"), {}, {}}, pageAt(0, 1))->total, 1);
        SqlApiKeys keys(*store);
        QVERIFY(keys.addApiKey({QStringLiteral("k"), ApiRole::Reader, "a", "b",
                                QDateTime::currentDateTimeUtc(), std::nullopt})
                    .ok());
        // And it opens again as it is.
        store.reset();
        QVERIFY(SqlHubStore::open(oldSpec).ok());
    }

    void listsRunFromAnIndex()
    {
        // SQLite's plan of the status and since pages: the page's keys from a covering index
        // (skipping the offset there, never in the table) in its order, no sort of their own;
        // then the page's rows by key, whose few rows alone are sorted.
        auto store = filled(QStringLiteral("sqlite"));
        SqlShopQueries queries(*store);
        const QList<OrderFilter> filters{
            {QStringLiteral("placed"), {}, {}, {}},
            {{}, {}, {}, Start.addSecs(600)},
            {{}, QStringLiteral("T2"), {}, {}},
            {QStringLiteral("placed"), {}, {}, Start.addSecs(600)},
        };
        for (const OrderFilter &filter : filters) {
            const auto plan = queries.ordersPlan(filter, pageAt(0, 20));
            QVERIFY2(plan.ok(), qPrintable(message(plan)));
            const QString text = plan->join(QStringLiteral(" | "));
            QVERIFY2(text.contains(QLatin1StringView("SEARCH orders USING INDEX")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("SCAN orders(?! USING)"))),
                     qPrintable(text));
            QVERIFY2(text.contains(QLatin1StringView("USING COVERING INDEX")), qPrintable(text));
            QVERIFY2(text.count(QLatin1StringView("TEMP B-TREE")) <= 1, qPrintable(text));
        }
        // The prefix search is a range over the name's and the id's indexes.
        const QString search =
            queries.ordersPlan({{}, {}, QStringLiteral("김"), {}}, pageAt(0, 20))->join(u" | ");
        QVERIFY2(!search.contains(QRegularExpression(QStringLiteral("SCAN orders(?! USING)"))),
                 qPrintable(search));
        QVERIFY2(search.contains(QLatin1StringView("orders_customer (customer_name>? AND")),
                 qPrintable(search));
    }

    void postgresSearchesUseTheByteOrderIndexes()
    {
        // The queries' COLLATE "C" must be the indexes' own, or PostgreSQL cannot use them: with
        // sequential scans priced out, the plans of a few rows show which indexes can serve.
        auto store = filled(QStringLiteral("postgres"));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
        SqlShopQueries queries(*store);
        const QList<std::pair<OrderFilter, QString>> cases{
            {{{}, {}, QStringLiteral("김"), {}}, QStringLiteral("orders_customer")},
            {{{}, {}, QStringLiteral("T2-"), {}}, QStringLiteral("orders_id_c")},
            {{QStringLiteral("placed"), {}, {}, {}}, QStringLiteral("orders_status")},
            {{{}, {}, {}, Start.addSecs(600)}, QStringLiteral("orders_placed")},
        };
        for (const auto &[filter, index] : cases) {
            const auto plan = queries.ordersPlan(filter, pageAt(0, 20));
            QVERIFY2(plan.ok(), qPrintable(message(plan)));
            const QString text = plan->join(QStringLiteral(" | "));
            QVERIFY2(text.contains(index), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1StringView("Seq Scan")), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(tst_HubQueries)
#include "tst_hubqueries.moc"
