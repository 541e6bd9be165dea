#include "foreignevent.h"
#include "hubtestevents.h"
#include "pgcluster.h"
#include "sqlhubstore.h"
#include "testshop.h"
#include "tokens.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace ShopDesk;
using namespace ShopDesk::Hub;
using namespace ShopDesk::Testing;

namespace {

// Another terminal's order placed with one unit of P1.
DomainEvent placedBy(const QString &origin, qint64 seq, const QString &orderId)
{
    return foreignEvent(
        Events::OrderPlaced{{QStringLiteral("Kim"), {}, {}},
                            {{QStringLiteral("P1"), QStringLiteral("Apple"), 1, 1000}},
                            1000},
        origin, seq, orderId);
}

} // namespace

// The hub's store on SQLite and on a throwaway PostgreSQL cluster: the same tests, row by row.
class tst_HubStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgCluster> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<SqlHubStore> open(const QString &backend)
    {
        QString spec;
        const QString name = QStringLiteral("hub%1").arg(++m_databases);
        if (backend == QLatin1StringView("postgres")) {
            if (!m_pg->createDatabase(name))
                qFatal("createdb: %s", qPrintable(m_pg->error()));
            spec = m_pg->url(name);
        } else {
            spec = m_dir.filePath(name + QStringLiteral(".db"));
        }
        auto opened = SqlHubStore::open(spec);
        if (!opened.ok())
            qFatal("open %s: %s", qPrintable(spec), qPrintable(opened.error().message));
        return std::move(opened).value();
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgCluster>();
        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
    }

    void cleanupTestCase() { m_pg.reset(); }

    void appendAssignsEachEventOnce_data() { backends(); }
    void appendAssignsEachEventOnce()
    {
        QFETCH(QString, backend);
        auto store = open(backend);
        const QList<DomainEvent> batch = hubEvents(QStringLiteral("T1"), 1, 3);

        auto first = store->append(batch);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->assigned.size(), 3);
        QCOMPARE(first->added.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(first->assigned.at(i).eventId, batch.at(i).eventId);
            QCOMPARE(first->assigned.at(i).globalSeq, i + 1);
            QCOMPARE(first->added.at(i).globalSeq, i + 1);
        }

        // The same batch again: the same sequences, nothing new, the log unchanged.
        auto second = store->append(batch);
        QVERIFY(second.ok());
        QCOMPARE(second->added.size(), 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(second->assigned.at(i).globalSeq, first->assigned.at(i).globalSeq);
        QCOMPARE(store->lastSeq().value(), 3);
        QCOMPARE(store->stock().value().at(0).onHand, 3); // projected once, not twice

        // Old and new mixed, and an event twice in one batch.
        QList<DomainEvent> mixed{batch.at(2), hubEvent(QStringLiteral("T1"), 4)};
        mixed.append(mixed.at(1));
        auto third = store->append(mixed);
        QVERIFY(third.ok());
        QCOMPARE(third->assigned.size(), 3);
        QCOMPARE(third->assigned.at(0).globalSeq, 3);
        QCOMPARE(third->assigned.at(1).globalSeq, 4);
        QCOMPARE(third->assigned.at(2).globalSeq, 4);
        QCOMPARE(third->added.size(), 1);
        QCOMPARE(store->lastSeq().value(), 4);
        QCOMPARE(store->stock().value().at(0).onHand, 4);
    }

    void reusedOriginSequenceRefusesTheWholeBatch_data() { backends(); }
    void reusedOriginSequenceRefusesTheWholeBatch()
    {
        QFETCH(QString, backend);
        auto store = open(backend);
        QVERIFY(store->append(hubEvents(QStringLiteral("T1"), 1, 2)).ok());

        // A new event first, then one that takes T1's sequence 2 under another id.
        const QList<DomainEvent> batch{hubEvent(QStringLiteral("T1"), 3),
                                       hubEvent(QStringLiteral("T1"), 2)};
        auto refused = store->append(batch);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(batch.at(1).eventId));
        QCOMPARE(store->lastSeq().value(), 2);
        QCOMPARE(store->readAfter(0, QStringLiteral("T9"), 100).value().size(), 2);
        QCOMPARE(store->stock().value().at(0).onHand, 2);
        // Two new events of one batch under the same origin sequence: refused as well.
        const QList<DomainEvent> twins{hubEvent(QStringLiteral("T1"), 3),
                                       hubEvent(QStringLiteral("T1"), 3)};
        auto twinsRefused = store->append(twins);
        QVERIFY(!twinsRefused.ok());
        QCOMPARE(twinsRefused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(store->lastSeq().value(), 2);
        // The store still works after the rollback.
        QVERIFY(store->append({batch.at(0)}).ok());
        QCOMPARE(store->lastSeq().value(), 3);
        // A batch larger than one lookup and one INSERT (500 and 200 rows), old and new mixed.
        QList<DomainEvent> large = hubEvents(QStringLiteral("T2"), 1, 1234);
        QVERIFY(store->append(large.mid(0, 300)).ok());
        auto mixed = store->append(large);
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->added.size(), 934);
        QCOMPARE(mixed->assigned.size(), 1234);
        QCOMPARE(mixed->assigned.at(299).globalSeq, 303);
        QCOMPARE(mixed->assigned.at(300).globalSeq, 304);
        QCOMPARE(mixed->assigned.last().globalSeq, 1237);
        QCOMPARE(store->lastSeq().value(), 1237);
    }

    void readAfterPagesInOrderAndSkipsTheReadersOwnEvents_data() { backends(); }
    void readAfterPagesInOrderAndSkipsTheReadersOwnEvents()
    {
        QFETCH(QString, backend);
        auto store = open(backend);
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(store->append({hubEvent(QStringLiteral("T1"), i)}).ok());
            QVERIFY(store->append({hubEvent(QStringLiteral("T2"), i)}).ok());
        }
        // T1 reads: T2's events are 2, 4, 6, 8, 10.
        QList<qint64> seen;
        qint64 after = 0;
        for (;;) {
            const auto page = store->readAfter(after, QStringLiteral("T1"), 2);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            QVERIFY(page->size() <= 2);
            for (const Sync::SyncEvent &e : page.value()) {
                QCOMPARE(e.event.origin, QStringLiteral("T2"));
                seen << e.globalSeq;
            }
            after = page->constLast().globalSeq;
        }
        QCOMPARE(seen, (QList<qint64>{2, 4, 6, 8, 10}));
        const auto tail = store->readAfter(6, QStringLiteral("T2"), 100);
        QCOMPARE(tail->size(), 2);
        QCOMPARE(tail->at(0).globalSeq, 7);
        QCOMPARE(tail->at(1).globalSeq, 9);
        // Every field comes back as it went in.
        const DomainEvent in = hubEvent(QStringLiteral("T3"), 1);
        QVERIFY(store->append({in}).ok());
        const Sync::SyncEvent out = store->readAfter(10, QString(), 1).value().at(0);
        QCOMPARE(out.globalSeq, 11);
        QCOMPARE(out.event.eventId, in.eventId);
        QCOMPARE(out.event.type, in.type);
        QCOMPARE(out.event.productId, in.productId);
        QCOMPARE(out.event.origin, in.origin);
        QCOMPARE(out.event.originSeq, in.originSeq);
        QCOMPARE(out.event.actor, in.actor);
        QCOMPARE(out.event.occurredAt.toMSecsSinceEpoch(), in.occurredAt.toMSecsSinceEpoch());
        QCOMPARE(out.event.payload, in.payload);
    }

    void projectionEqualsTheTerminals_data() { backends(); }
    void projectionEqualsTheTerminals()
    {
        QFETCH(QString, backend);
        TestShop shop(QStringLiteral("T1"));
        shop.product(QStringLiteral("P1"), 1000, 20);
        shop.product(QStringLiteral("P2"), 2500, 5);
        shop.product(QStringLiteral("P3"), 300, 0);
        auto &orders = shop.shop->orders;
        const Customer customer{QStringLiteral("김민수"), QStringLiteral("010"),
                                QStringLiteral("서울")};
        const auto place = [&](QList<OrderRequestLine> lines) {
            auto placed = orders.placeOrder(customer, lines);
            if (!placed.ok())
                qFatal("place: %s", qPrintable(placed.error().message));
            return placed->order.orderId();
        };
        const QString delivering = place({{QStringLiteral("P1"), 2}, {QStringLiteral("P2"), 1}});
        QVERIFY(orders.payOrder(delivering, PaymentMethod::Card).ok());
        const QString openOrder = place({{QStringLiteral("P1"), 3}});
        const QString cancelledUnpaid = place({{QStringLiteral("P2"), 2}});
        QVERIFY(orders.cancelOrder(cancelledUnpaid).ok());
        const QString cancelledPaid = place({{QStringLiteral("P1"), 4}});
        QVERIFY(orders.payOrder(cancelledPaid, PaymentMethod::Cash).ok());
        QVERIFY(orders.cancelOrder(cancelledPaid).ok());
        const QString delivered = place({{QStringLiteral("P2"), 1}});
        QVERIFY(orders.payOrder(delivered, PaymentMethod::Card).ok());
        QVERIFY(orders.completeDelivery(delivered).ok());
        QVERIFY(shop.shop->inventory.adjustStock(QStringLiteral("P3"), 7).ok());
        QVERIFY(shop.shop->inventory.countStock(QStringLiteral("P1"), 9).ok());
        ProductEdit edit;
        edit.productName = QStringLiteral("유기농 사과 1kg");
        edit.price = 1200;
        QVERIFY(shop.shop->inventory.editProduct(QStringLiteral("P1"), edit).ok());

        // The terminal's whole log, pushed in batches of 7.
        const QList<DomainEvent> log = orders.events().value();
        auto store = open(backend);
        for (qsizetype i = 0; i < log.size(); i += 7)
            QVERIFY(store->append(log.mid(i, 7)).ok());
        QCOMPARE(store->lastSeq().value(), log.size());

        const auto hubStock = store->stock().value();
        QCOMPARE(hubStock.size(), 3);
        for (const Hub::StockRow &row : hubStock) {
            const ShopDesk::StockRow local = shop.stock(row.productId);
            QCOMPARE(row.onHand, local.onHand);
            QCOMPARE(row.reserved, local.reserved);
            QCOMPARE(row.productName, local.productName);
        }
        QCOMPARE(hubStock.at(0).onHand, 9);   // counted
        QCOMPARE(hubStock.at(0).reserved, 3); // the open order

        const auto hubOrders = store->orders().value();
        QCOMPARE(hubOrders.size(), 5);
        for (const OrderRow &row : hubOrders) {
            const OrderDetails local = shop.order(row.orderId);
            QCOMPARE(row.status, toText(local.order.status()));
            QCOMPARE(row.origin, QStringLiteral("T1"));
            QCOMPARE(row.total, local.order.total());
            QCOMPARE(row.customerName, customer.name);
            QCOMPARE(row.paymentStatus,
                     local.firstPayment() ? toText(local.firstPayment()->status()) : QString());
            QCOMPARE(row.deliveryStatus,
                     local.delivery ? toText(local.delivery->status()) : QString());
        }
        const auto hubDeliveries = store->deliveries().value();
        QCOMPARE(hubDeliveries.size(), 3);
        QStringList statuses;
        for (const DeliveryRow &d : hubDeliveries)
            statuses << d.orderId + QLatin1Char('=') + d.status;
        statuses.sort();
        QStringList expected{delivering + QStringLiteral("=started"),
                             cancelledPaid + QStringLiteral("=cancelled"),
                             delivered + QStringLiteral("=completed")};
        expected.sort();
        QCOMPARE(statuses, expected);
    }

    void oversoldStaysNegative_data() { backends(); }
    void oversoldStaysNegative()
    {
        // Two terminals each sold the last unit offline: the hub adds both, never clamps.
        QFETCH(QString, backend);
        auto store = open(backend);
        // Each terminal places its order (the hub admits a reservation only for an order its
        // terminal placed) and reserves the unit.
        auto reserve = [](const QString &origin, qint64 seq) {
            const QString orderId = origin + QStringLiteral("-000001");
            return QList<DomainEvent>{placedBy(origin, seq, orderId),
                                      foreignEvent(Events::StockReserved{QStringLiteral("P1"), 1},
                                                   origin, seq + 1, orderId, QStringLiteral("P1"))};
        };
        QVERIFY(store->append({hubEvent(QStringLiteral("T1"), 1)}).ok());
        QVERIFY(store->append(reserve(QStringLiteral("T1"), 2)).ok());
        QVERIFY(store->append(reserve(QStringLiteral("T2"), 1)).ok());
        const Hub::StockRow row = store->stock().value().at(0);
        QCOMPARE(row.onHand, 1);
        QCOMPARE(row.reserved, 2);
        QCOMPARE(row.available(), -1);
    }

    void pushesAgainstTheRulesStoreNothing_data() { backends(); }
    void pushesAgainstTheRulesStoreNothing()
    {
        // On both backends: the rules read what the hub holds (orders, stock) in the append's
        // transaction, and a refused batch leaves the log and the projection as they were.
        QFETCH(QString, backend);
        auto store = open(backend);
        QVERIFY(store->append({hubEvent(QStringLiteral("T1"), 1)}).ok());
        QVERIFY(
            store->append({placedBy(QStringLiteral("T1"), 2, QStringLiteral("T1-000001"))}).ok());
        const auto refusal = [&](const QList<DomainEvent> &batch) {
            const auto appended = store->append(batch);
            return appended.ok()
                       ? QStringLiteral("stored")
                       : appended.error().details.value(QStringLiteral("code")).toString();
        };
        // T2 places under T1's name, and cancels T1's order.
        QCOMPARE(refusal({placedBy(QStringLiteral("T2"), 1, QStringLiteral("T1-000002"))}),
                 QStringLiteral("forbidden_event"));
        const DomainEvent cancel =
            foreignEvent(Events::OrderCancelled{QStringLiteral("x"), OrderStatus::Placed},
                         QStringLiteral("T2"), 1, QStringLiteral("T1-000001"));
        QCOMPARE(refusal({cancel}), QStringLiteral("forbidden_event"));
        // T1 places its order twice; a good event before it in the batch is not kept either.
        QCOMPARE(refusal({hubEvent(QStringLiteral("T1"), 3),
                          placedBy(QStringLiteral("T1"), 4, QStringLiteral("T1-000001"))}),
                 QStringLiteral("invalid_event"));
        // 1,001 of the largest delta would take P1's stock out of its range.
        QList<DomainEvent> many;
        for (int i = 0; i < 1001; ++i)
            many.append(
                hubEvent(QStringLiteral("T1"), 3 + i, QStringLiteral("P1"), Limits::MaxStockDelta));
        QCOMPARE(refusal(many), QStringLiteral("invalid_event"));
        // Another terminal's event under an id the log holds.
        DomainEvent thief = hubEvent(QStringLiteral("T2"), 1);
        thief.eventId = store->readAfter(0, {}, 1).value().first().event.eventId;
        QCOMPARE(refusal({thief}), QStringLiteral("event_id_taken"));

        QCOMPARE(store->lastSeq().value(), 2);
        QCOMPARE(store->stock().value().at(0).onHand, 1);
        QCOMPARE(store->orders().value().size(), 1);
        QCOMPARE(store->orders().value().at(0).status, QStringLiteral("placed"));
        // And the log takes the next good batch.
        QVERIFY(store->append({hubEvent(QStringLiteral("T2"), 1)}).ok());
        QCOMPARE(store->lastSeq().value(), 3);
    }

    void tokens_data() { backends(); }
    void tokens()
    {
        QFETCH(QString, backend);
        auto store = open(backend);
        const NewToken t1 = makeToken(QStringLiteral("T1"));
        QCOMPARE(t1.secret.size(), 64);
        QVERIFY(store->addToken(t1.record).ok());

        const auto again = store->addToken(makeToken(QStringLiteral("T1")).record);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidState);

        const TokenRecord stored = store->token(QStringLiteral("T1")).value().value();
        QVERIFY(!stored.hash.contains(t1.secret.toLatin1()));
        QVERIFY(tokenMatches(stored, t1.secret));
        QVERIFY(!tokenMatches(stored, makeToken(QStringLiteral("T1")).secret));
        QVERIFY(!tokenMatches(stored, QString()));
        QVERIFY(!store->token(QStringLiteral("T2")).value().has_value());

        QVERIFY(store->revokeToken(QStringLiteral("T1")).ok());
        QVERIFY(store->token(QStringLiteral("T1")).value()->revoked.has_value());
        QCOMPARE(store->revokeToken(QStringLiteral("T1")).error().code, ErrorCode::InvalidState);
        QCOMPARE(store->revokeToken(QStringLiteral("T2")).error().code, ErrorCode::NotFound);

        // A new token after the revoke replaces the old one.
        const NewToken renewed = makeToken(QStringLiteral("T1"));
        QVERIFY(store->addToken(renewed.record).ok());
        const TokenRecord now = store->token(QStringLiteral("T1")).value().value();
        QVERIFY(!now.revoked);
        QVERIFY(tokenMatches(now, renewed.secret));
        QVERIFY(!tokenMatches(now, t1.secret));
        QCOMPARE(store->tokens().value().size(), 1);
    }

    void survivesAPostgresRestart()
    {
        auto store = open(QStringLiteral("postgres"));
        QVERIFY(store->append(hubEvents(QStringLiteral("T1"), 1, 3)).ok());
        QVERIFY2(m_pg->restart(), qPrintable(m_pg->error()));
        // The old connection is dead; the store opens a new one and goes on.
        const Status pinged = store->ping();
        QVERIFY2(pinged.ok(), qPrintable(pinged.ok() ? QString() : pinged.error().message));
        const auto appended = store->append(hubEvents(QStringLiteral("T1"), 4, 2));
        QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().message));
        QCOMPARE(appended->assigned.last().globalSeq, 5);
        QCOMPARE(store->lastSeq().value(), 5);
        QCOMPARE(store->readAfter(0, QStringLiteral("T9"), 10).value().size(), 5);
        // A catch-up read alone recovers too.
        QVERIFY2(m_pg->restart(), qPrintable(m_pg->error()));
        QCOMPARE(store->readPage(0, QStringLiteral("T9"), 10).value().count, 5);
    }

    void reopenKeepsTheLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        {
            auto store = SqlHubStore::open(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()->append(hubEvents(QStringLiteral("T1"), 1, 4)).ok());
        }
        auto store = SqlHubStore::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->lastSeq().value(), 4);
        QVERIFY(store.value()->ping().ok());
    }

    void refusesWhatIsNotAHubDatabase()
    {
        TestShop terminal;
        const QString path = terminal.path();
        terminal.store.reset();
        const auto opened = SqlHubStore::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Storage);
        QVERIFY(opened.error().message.contains(QLatin1StringView("not a shopdesk-hub database")));

        QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
        text.close();
        QCOMPARE(SqlHubStore::open(text.fileName()).error().code, ErrorCode::Storage);

        QCOMPARE(SqlHubStore::open(QStringLiteral("postgres://u@/")).error().code,
                 ErrorCode::InvalidInput);
        // A server that is not there: a storage error within the connect timeout.
        const auto unreachable = SqlHubStore::open(
            QStringLiteral("postgres://postgres@127.0.0.1:%1/x").arg(m_pg->port() == 1 ? 2 : 1));
        QCOMPARE(unreachable.error().code, ErrorCode::Storage);
    }
};

QTEST_GUILESS_MAIN(tst_HubStore)
#include "tst_hubstore.moc"
