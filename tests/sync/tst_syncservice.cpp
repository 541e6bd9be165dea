// The terminal's side of the sync over real SQLite files, with the hub's log in memory
// (MemoryHub): the outbox and its acknowledgement, remote events applied once by id, stock
// deltas from other terminals, oversold stock after two offline sales, orders of other
// terminals in the lists, and no policy ever running for another terminal's event.

#include "foreignevent.h"
#include "memoryhub.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUuid>

using namespace ShopDesk;
using ShopDesk::Testing::MemoryHub;
using ShopDesk::Testing::TestShop;

namespace {

Customer customer(const QString &name)
{
    return {name, QStringLiteral("010-0000-0000"), QStringLiteral("Seoul")};
}

QString place(TestShop &shop, const QString &productId, qint64 qty)
{
    auto placed = shop.shop->orders.placeOrder(customer(QStringLiteral("Kim")), {{productId, qty}});
    if (!placed)
        qFatal("placeOrder: %s", qPrintable(placed.error().message));
    return placed->order.orderId();
}

QStringList eventIds(TestShop &shop)
{
    QStringList ids;
    for (const DomainEvent &event : shop.shop->orders.events().value())
        ids << event.eventId;
    ids.sort();
    return ids;
}

void verifyAudit(TestShop &shop)
{
    const AuditReport report = shop.audit();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
}

} // namespace

class tst_SyncService : public QObject
{
    Q_OBJECT

private slots:
    void outboxHoldsUnsentEventsInOrder();
    void ackMarksSentOnceAndIgnoresStrangers();
    void userEventsStayOnTheTerminal();
    void remoteBatchAppliesOnceByEventId();
    void productsRegisteredAndEditedAppearEverywhere();
    void barcodeTakenWhileApartDoesNotStopTheSync();
    void remoteStockDeltasChangeOnHandAndReserved();
    void stockCountTravelsAsADelta();
    void twoOfflineSalesOfTheLastUnitLeaveItOversold();
    void remoteOrdersAppearWithTheirTerminal();
    void anotherTerminalsOrderCannotBeChangedHere();
    void policiesNeverReactToRemoteEvents();
    void ownEventsComingBackAreIgnored();
    void eventThatCannotBeAppliedIsKeptAside();
    void anotherTerminalsEventsAboutAnOrderAreKeptAside();
    void remoteNumbersOutOfRangeAreKeptAside();
    void unsentEventTakesANewIdWhenTheHubHoldsItsOwn();
    void busHearsOfRemoteEventsAfterCommit();
    void largeBatchIsAnnouncedAsReset();
};

void tst_SyncService::outboxHoldsUnsentEventsInOrder()
{
    TestShop t1;
    QCOMPARE(t1.shop->sync.outboxState().value(), OutboxState());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    t1.product(QStringLiteral("P1"), 1000, 5);
    place(t1, QStringLiteral("P1"), 2);

    const QList<DomainEvent> unsent = t1.shop->sync.unsentEvents(-1).value();
    QStringList types;
    for (const DomainEvent &e : unsent)
        types << e.type;
    QCOMPARE(types, (QStringList{"ProductRegistered", "StockAdjusted", "OrderPlaced",
                                 "StockReserved", "CustomerRegistered"}));
    for (qsizetype i = 1; i < unsent.size(); ++i)
        QVERIFY(unsent.at(i).seq > unsent.at(i - 1).seq);
    QCOMPARE(t1.shop->sync.unsentEvents(2).value().size(), 2);

    const OutboxState state = t1.shop->sync.outboxState().value();
    QCOMPARE(state.unsent, 5);
    QCOMPARE(state.oldest, unsent.first().occurredAt);
    QVERIFY(state.oldest >= before);
}

void tst_SyncService::ackMarksSentOnceAndIgnoresStrangers()
{
    TestShop t1;
    t1.product(QStringLiteral("P1"), 1000, 5);
    const QList<DomainEvent> unsent = t1.shop->sync.unsentEvents(-1).value();
    QCOMPARE(unsent.size(), 2);

    // The first event acknowledged alone: the second is still unsent.
    QCOMPARE(t1.shop->sync.markSent({{unsent.at(0).eventId, 7}}).value(), 1);
    QCOMPARE(t1.shop->sync.outboxState()->unsent, 1);
    QCOMPARE(t1.shop->sync.unsentEvents(-1)->first().eventId, unsent.at(1).eventId);
    QCOMPARE(t1.shop->sync.outboxState()->oldest, unsent.at(1).occurredAt);

    // The same ack again, and one for an id this terminal never made: nothing changes.
    QCOMPARE(t1.shop->sync
                 .markSent({{unsent.at(0).eventId, 99},
                            {QStringLiteral("00000000-0000-7000-8000-000000000000"), 8}})
                 .value(),
             1);
    QCOMPARE(t1.shop->sync.outboxState()->unsent, 1);
    QSqlQuery q(t1.store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT global_seq FROM events WHERE event_id = '%1'")
                       .arg(unsent.at(0).eventId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 7); // the first ack's sequence stays
    q.finish();

    QCOMPARE(t1.shop->sync.markSent({{unsent.at(1).eventId, 8}}).value(), 1);
    QCOMPARE(t1.shop->sync.outboxState().value(), OutboxState());
    QVERIFY(t1.shop->sync.unsentEvents(-1)->isEmpty());
    // Acks are not remote events: the last applied global sequence is untouched.
    QCOMPARE(t1.shop->sync.lastGlobalSeq().value(), 0);
    verifyAudit(t1);
}

void tst_SyncService::userEventsStayOnTheTerminal()
{
    TestShop t1;
    t1.shop->users.setIterations(1000);
    QVERIFY(t1.shop->users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("2468")).ok());
    QCOMPARE(t1.eventCount(), 1);
    QCOMPARE(t1.shop->sync.outboxState()->unsent, 0);
    QVERIFY(t1.shop->sync.unsentEvents(-1)->isEmpty());
    QVERIFY(!SyncService::isShared(QString(EventType::UserCreated)));
    QVERIFY(!SyncService::isShared(QString(EventType::UserPinChanged)));
    QVERIFY(SyncService::isShared(QString(EventType::OrderPlaced)));

    // One that arrives anyway is ignored: T2 gets no user, no event.
    TestShop t2(QStringLiteral("T2"));
    DomainEvent created = t1.store->events({}).value().first();
    QCOMPARE(created.type, QString(EventType::UserCreated));
    const RemoteApplied applied = t2.shop->sync.applyRemote({{created, 1, {}}}).value();
    QCOMPARE(applied.applied, 0);
    QCOMPARE(applied.ignored, 1);
    QCOMPARE(t2.eventCount(), 0);
    QVERIFY(!t2.shop->users.hasUsers().value());
    QCOMPARE(t2.shop->sync.lastGlobalSeq().value(), 1);
}

void tst_SyncService::remoteBatchAppliesOnceByEventId()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 10);
    const QString orderId = place(t1, QStringLiteral("P1"), 3);
    QVERIFY(t1.shop->orders.payOrder(orderId, PaymentMethod::Cash).ok());
    hub.pushAndAck(t1);
    const QList<RemoteEvent> batch = hub.after(0, QStringLiteral("T2"));
    QCOMPARE(batch.size(), qsizetype(t1.eventCount()));

    const RemoteApplied first = t2.shop->sync.applyRemote(batch).value();
    QCOMPARE(first.applied, batch.size());
    QCOMPARE(first.duplicates, 0);
    QCOMPARE(first.lastGlobalSeq, batch.last().globalSeq);
    QCOMPARE(t2.shop->sync.lastGlobalSeq().value(), batch.last().globalSeq);
    const qint64 events = t2.eventCount();
    const StockRow stock = t2.stock(QStringLiteral("P1"));
    QCOMPARE(stock.onHand, 7);
    QCOMPARE(stock.reserved, 0);

    // The same batch again (a reconnect resent it): nothing changes.
    const RemoteApplied second = t2.shop->sync.applyRemote(batch).value();
    QCOMPARE(second.applied, 0);
    QCOMPARE(second.duplicates, batch.size());
    QCOMPARE(t2.eventCount(), events);
    QCOMPARE(t2.stock(QStringLiteral("P1")).onHand, 7);
    QCOMPARE(t2.stock(QStringLiteral("P1")).reserved, 0);
    QCOMPARE(t2.shop->orders.orders()->size(), 1);
    QCOMPARE(eventIds(t2), eventIds(t1));
    // Nothing applied from the hub is unsent on T2.
    QCOMPARE(t2.shop->sync.outboxState()->unsent, 0);
    verifyAudit(t2);
}

void tst_SyncService::productsRegisteredAndEditedAppearEverywhere()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    QVERIFY(t1.shop->inventory
                .registerProduct(QStringLiteral("P1"), QStringLiteral("Apple"), 1200,
                                 QStringLiteral("880001"), StockThreshold(4))
                .ok());
    hub.sync(t1);
    hub.sync(t2);
    Product there = t2.shop->inventory.product(QStringLiteral("P1")).value();
    QCOMPARE(there.productName, QStringLiteral("Apple"));
    QCOMPARE(there.price, 1200);
    QCOMPARE(there.barcode, QStringLiteral("880001"));
    QCOMPARE(there.lowStockThreshold, StockThreshold(4));
    QCOMPARE(t2.stock(QStringLiteral("P1")).onHand, 0);

    // Edited on T2 (name, price, barcode removed, threshold removed): T1 follows.
    ProductEdit edit;
    edit.productName = QStringLiteral("Green apple");
    edit.price = 1500;
    edit.barcode = QString();
    edit.lowStockThreshold = StockThreshold();
    QVERIFY(t2.shop->inventory.editProduct(QStringLiteral("P1"), edit).ok());
    QSignalSpy changed(&t1.shop->bus, &EventBus::productChanged);
    hub.sync(t2);
    hub.sync(t1);
    const Product here = t1.shop->inventory.product(QStringLiteral("P1")).value();
    there = t2.shop->inventory.product(QStringLiteral("P1")).value();
    QCOMPARE(here.productName, QStringLiteral("Green apple"));
    QCOMPARE(here.price, 1500);
    QVERIFY(here.barcode.isEmpty());
    QVERIFY(!here.lowStockThreshold);
    QCOMPARE(here.toJson(), there.toJson());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("P1"));
    verifyAudit(t1);
}

void tst_SyncService::barcodeTakenWhileApartDoesNotStopTheSync()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    QVERIFY(t1.shop->inventory
                .registerProduct(QStringLiteral("P1"), QStringLiteral("Apple"), 100,
                                 QStringLiteral("777"))
                .ok());
    QVERIFY(t2.shop->inventory
                .registerProduct(QStringLiteral("P2"), QStringLiteral("Pear"), 200,
                                 QStringLiteral("777"))
                .ok());
    hub.sync(t1);
    hub.sync(t2);
    hub.sync(t1);
    // Both terminals hold both products; each keeps the barcode on the one it had first.
    QCOMPARE(t1.shop->inventory.products()->size(), 2);
    QCOMPARE(t2.shop->inventory.products()->size(), 2);
    QCOMPARE(t1.shop->inventory.productByBarcode(QStringLiteral("777"))->productId,
             QStringLiteral("P1"));
    QCOMPARE(t2.shop->inventory.productByBarcode(QStringLiteral("777"))->productId,
             QStringLiteral("P2"));
    QCOMPARE(t1.shop->sync.lastGlobalSeq().value(), 2);
    QCOMPARE(t2.shop->sync.lastGlobalSeq().value(), 1);
}

void tst_SyncService::remoteStockDeltasChangeOnHandAndReserved()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 10);
    hub.sync(t1);
    hub.sync(t2);
    QCOMPARE(t2.stock(QStringLiteral("P1")).onHand, 10);

    // T2 receives 5 and reserves 4; T1 reserves 2 meanwhile.
    QVERIFY(t2.shop->inventory.adjustStock(QStringLiteral("P1"), 5).ok());
    const QString t2Order = place(t2, QStringLiteral("P1"), 4);
    place(t1, QStringLiteral("P1"), 2);
    hub.sync(t2);
    hub.sync(t1);
    hub.sync(t2);
    for (TestShop *shop : {&t1, &t2}) {
        const StockRow row = shop->stock(QStringLiteral("P1"));
        QCOMPARE(row.onHand, 15);
        QCOMPARE(row.reserved, 6);
    }

    // T2's order is paid: its reservation becomes a decrease on both terminals.
    QVERIFY(t2.shop->orders.payOrder(t2Order, PaymentMethod::Card).ok());
    hub.sync(t2);
    hub.sync(t1);
    for (TestShop *shop : {&t1, &t2}) {
        const StockRow row = shop->stock(QStringLiteral("P1"));
        QCOMPARE(row.onHand, 11);
        QCOMPARE(row.reserved, 2);
        verifyAudit(*shop);
    }
}

void tst_SyncService::stockCountTravelsAsADelta()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 10);
    hub.sync(t1);
    hub.sync(t2);
    // Offline: T1 counts 8 (a loss of 2) while T2 receives 5. Absolute values would lose one
    // of the two; deltas give 13 on both.
    QVERIFY(t1.shop->inventory.countStock(QStringLiteral("P1"), 8).ok());
    QVERIFY(t2.shop->inventory.adjustStock(QStringLiteral("P1"), 5).ok());
    hub.sync(t1);
    hub.sync(t2);
    hub.sync(t1);
    QCOMPARE(t1.stock(QStringLiteral("P1")).onHand, 13);
    QCOMPARE(t2.stock(QStringLiteral("P1")).onHand, 13);
    verifyAudit(t1);
    verifyAudit(t2);
}

void tst_SyncService::twoOfflineSalesOfTheLastUnitLeaveItOversold()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 1);
    hub.sync(t1);
    hub.sync(t2);

    // Both offline: each sells the last unit, and each is paid (stock decreased).
    const QString a = place(t1, QStringLiteral("P1"), 1);
    const QString b = place(t2, QStringLiteral("P1"), 1);
    QVERIFY(t1.shop->orders.payOrder(a, PaymentMethod::Cash).ok());
    QVERIFY(t2.shop->orders.payOrder(b, PaymentMethod::Cash).ok());
    QCOMPARE(t1.stock(QStringLiteral("P1")).available(), 0);

    hub.sync(t1);
    hub.sync(t2);
    hub.sync(t1);
    for (TestShop *shop : {&t1, &t2}) {
        const StockRow row = shop->stock(QStringLiteral("P1"));
        QCOMPARE(row.onHand, -1);
        QCOMPARE(row.reserved, 0);
        QCOMPARE(row.available(), -1); // shown as it is, never clamped
        const AuditReport report = shop->audit();
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY(report.warnings.first().contains(QStringLiteral("P1 is oversold")));
        // A new order for it is refused: nothing is available.
        auto refused = shop->shop->orders.placeOrder(customer(QStringLiteral("Lee")),
                                                     {{QStringLiteral("P1"), 1}});
        QCOMPARE(refused.error().code, ErrorCode::InsufficientStock);
    }
}

void tst_SyncService::remoteOrdersAppearWithTheirTerminal()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 10);
    t1.product(QStringLiteral("P2"), 2500, 10);
    hub.sync(t1);
    hub.sync(t2);

    // On T2: one order delivered with its slip printed, one cancelled after payment, one placed.
    const QString delivered = place(t2, QStringLiteral("P1"), 2);
    QVERIFY(t2.shop->orders.payOrder(delivered, PaymentMethod::Cash).ok());
    QVERIFY(t2.shop->slips.recordPrint(delivered, QStringLiteral("a5"), QStringLiteral("ko")).ok());
    QVERIFY(t2.shop->orders.completeDelivery(delivered).ok());
    const QString cancelled = place(t2, QStringLiteral("P2"), 1);
    QVERIFY(t2.shop->orders.payOrder(cancelled, PaymentMethod::Card).ok());
    QVERIFY(t2.shop->orders.cancelOrder(cancelled, QStringLiteral("changed mind")).ok());
    const QString placed = place(t2, QStringLiteral("P2"), 3);
    hub.sync(t2);
    hub.sync(t1);

    QCOMPARE(delivered, QStringLiteral("T2-000001"));
    for (const QString &id : {delivered, cancelled, placed}) {
        const OrderView mine = t2.shop->orders.orderView(id).value();
        const OrderView theirs = t1.shop->orders.orderView(id).value();
        QCOMPARE(theirs, mine);
        QCOMPARE(theirs.origin, QStringLiteral("T2"));
        const OrderDetails d1 = t1.order(id);
        const OrderDetails d2 = t2.order(id);
        QCOMPARE(d1.order.status(), d2.order.status());
        QCOMPARE(d1.order.total(), d2.order.total());
        QCOMPARE(d1.order.customer().name, d2.order.customer().name);
        QCOMPARE(d1.firstPayment() != nullptr, d2.firstPayment() != nullptr);
        if (d1.firstPayment()) {
            QCOMPARE(d1.firstPayment()->status(), d2.firstPayment()->status());
            QCOMPARE(d1.firstPayment()->amount(), d2.firstPayment()->amount());
            QCOMPARE(d1.firstPayment()->method(), d2.firstPayment()->method());
        }
        QCOMPARE(d1.delivery.has_value(), d2.delivery.has_value());
        if (d1.delivery)
            QCOMPARE(d1.delivery->status(), d2.delivery->status());
    }
    QCOMPARE(t1.order(delivered).order.status(), OrderStatus::Delivered);
    QCOMPARE(t1.order(cancelled).firstPayment()->status(), PaymentStatus::Refunded);
    QCOMPARE(t1.order(cancelled).delivery->status(), DeliveryStatus::Cancelled);
    QCOMPARE(t1.order(placed).order.status(), OrderStatus::Placed);
    const QList<SlipPrint> prints = t1.shop->slips.prints(delivered).value();
    QCOMPARE(prints.size(), 1);
    QCOMPARE(prints.first().terminal, QStringLiteral("T2"));
    QCOMPARE(prints.first().page, QStringLiteral("a5"));

    // T1's own order numbers are not taken by T2's orders.
    QCOMPARE(place(t1, QStringLiteral("P1"), 1), QStringLiteral("T1-000001"));
    for (const QString &productId : {QStringLiteral("P1"), QStringLiteral("P2")})
        QCOMPARE(t1.stock(productId).onHand, t2.stock(productId).onHand);
    verifyAudit(t1);
    verifyAudit(t2);
    // Other terminals' orders are found by their customer's name, like this terminal's.
    ListQuery byName;
    byName.search = QStringLiteral("Kim");
    auto found = [&](TestShop &shop) {
        QStringList ids;
        for (const OrderView &view : shop.shop->orders.orders(byName).value())
            ids << view.orderId;
        ids.sort();
        return ids;
    };
    QStringList all{delivered, cancelled, placed, QStringLiteral("T1-000001")};
    all.sort();
    QCOMPARE(found(t1), all);
    // The read model of remote orders is the one a rebuild from the log gives.
    QVERIFY(t1.store->rebuildReadModel().ok());
    QCOMPARE(t1.shop->orders.orderView(cancelled).value(),
             t2.shop->orders.orderView(cancelled).value());
    QCOMPARE(found(t1), all);
    verifyAudit(t1);
}

void tst_SyncService::anotherTerminalsOrderCannotBeChangedHere()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t2.product(QStringLiteral("P1"), 1000, 10);
    const QString placed = place(t2, QStringLiteral("P1"), 1);
    const QString delivering = place(t2, QStringLiteral("P1"), 2);
    QVERIFY(t2.shop->orders.payOrder(delivering, PaymentMethod::Card).ok());
    hub.sync(t2);
    hub.sync(t1);
    QCOMPARE(t1.order(delivering).order.status(), OrderStatus::Delivering);
    const QStringList before = eventIds(t1);
    const StockRow stockBefore = t1.stock(QStringLiteral("P1"));

    // Pay, cancel, complete on T1: each refused, naming the terminal that owns the order.
    const QList<std::pair<QString, std::function<Result<OrderDetails>()>>> commands{
        {placed, [&] { return t1.shop->orders.payOrder(placed, PaymentMethod::Cash); }},
        {placed, [&] { return t1.shop->orders.cancelOrder(placed, QStringLiteral("no")); }},
        {delivering, [&] { return t1.shop->orders.cancelOrder(delivering); }},
        {delivering, [&] { return t1.shop->orders.completeDelivery(delivering); }},
    };
    for (const auto &[orderId, command] : commands) {
        const Result<OrderDetails> refused = command();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidState);
        QCOMPARE(refused.error().details.value(QStringLiteral("owner")).toString(),
                 QStringLiteral("T2"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("placed at terminal T2")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(orderId));
    }
    // Nothing changed here: no event, the same statuses and stock.
    QCOMPARE(eventIds(t1), before);
    QCOMPARE(t1.order(placed).order.status(), OrderStatus::Placed);
    QCOMPARE(t1.order(delivering).order.status(), OrderStatus::Delivering);
    QCOMPARE(t1.stock(QStringLiteral("P1")).onHand, stockBefore.onHand);
    QCOMPARE(t1.stock(QStringLiteral("P1")).reserved, stockBefore.reserved);
    QCOMPARE(t1.shop->sync.outboxState().value().unsent, 0);

    // On its own terminal the order goes on, and T1 follows.
    QVERIFY(t2.shop->orders.completeDelivery(delivering).ok());
    hub.sync(t2);
    hub.sync(t1);
    QCOMPARE(t1.order(delivering).order.status(), OrderStatus::Delivered);
    // T1's own orders are T1's to change.
    t1.product(QStringLiteral("P9"), 100, 5);
    const QString mine = place(t1, QStringLiteral("P9"), 1);
    QVERIFY(t1.shop->orders.payOrder(mine, PaymentMethod::Cash).ok());
    verifyAudit(t1);
}

void tst_SyncService::policiesNeverReactToRemoteEvents()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 10);
    hub.sync(t1);
    hub.sync(t2);
    const QString orderId = place(t2, QStringLiteral("P1"), 1);
    QVERIFY(t2.shop->orders.payOrder(orderId, PaymentMethod::Cash).ok());
    QVERIFY(t2.shop->orders.cancelOrder(orderId).ok());
    const qint64 t2Events = t2.eventCount();
    hub.sync(t2);
    const qint64 before = t1.eventCount();
    hub.sync(t1);

    // T1 holds T2's events and nothing of its own about them: no delivery, decrease,
    // refund or increase was raised here, and nothing is pending.
    QCOMPARE(t1.eventCount() - before, t2Events - 2); // T2 got 2 of T1's events first
    QCOMPARE(t1.shop->store().pendingReactions(100)->size(), 0);
    QCOMPARE(t1.shop->policies.runPending().value(), 0);
    QCOMPARE(t1.eventTypes(orderId), t2.eventTypes(orderId));
    // Handing T2's events to the policy runner directly does nothing either.
    QVERIFY(t1.shop->policies.react(t1.shop->orders.events().value()).ok());
    QCOMPARE(t1.eventCount(), before + t2Events - 2);
    QCOMPARE(t1.shop->sync.outboxState()->unsent, 0);
    QCOMPARE(t1.stock(QStringLiteral("P1")).onHand, 10);
    verifyAudit(t1);

    // Even a reaction queued for T2's payment (as a store that queued one would hold it) is
    // not pending here: the pending query skips events of another origin.
    QSqlQuery q(t1.store->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO policy_runs (event_seq, policy) SELECT seq, "
                                  "'StartDelivery' FROM events WHERE type = 'PaymentApproved'")));
    QCOMPARE(q.numRowsAffected(), 1);
    q.finish();
    QCOMPARE(t1.shop->store().pendingReactions(100)->size(), 0);
    QCOMPARE(t1.shop->policies.runPending().value(), 0);
    QCOMPARE(t1.eventCount(), before + t2Events - 2);
}

void tst_SyncService::ownEventsComingBackAreIgnored()
{
    TestShop t1;
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 10);
    hub.pushAndAck(t1);
    const RemoteApplied applied = t1.shop->sync.applyRemote(hub.log).value();
    QCOMPARE(applied.ignored, hub.log.size());
    QCOMPARE(applied.applied, 0);
    QCOMPARE(t1.eventCount(), 2);
    QCOMPARE(t1.stock(QStringLiteral("P1")).onHand, 10);
}

void tst_SyncService::eventThatCannotBeAppliedIsKeptAside()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 10);
    hub.pushAndAck(t1);
    QList<RemoteEvent> batch = hub.after(0, QStringLiteral("T2"));
    QCOMPARE(batch.size(), 2);
    // A stock event for a product T2 never heard of, and an order placed twice under one id
    // (a faulty terminal), between good events.
    RemoteEvent stray = batch.last();
    stray.event.eventId = QStringLiteral("0190a000-0000-7000-8000-000000000001");
    stray.event.productId = QStringLiteral("NOPE");
    stray.event.originSeq = 99;
    stray.globalSeq = 3;
    batch.append(stray);
    const QString order = place(t1, QStringLiteral("P1"), 2);
    hub.pushAndAck(t1);
    QList<RemoteEvent> more = hub.after(2, QStringLiteral("T2"));
    QVERIFY(more.size() >= 2);
    RemoteEvent twice = more.first(); // OrderPlaced
    QCOMPARE(twice.event.type, EventType::OrderPlaced);
    twice.event.eventId = QStringLiteral("0190a000-0000-7000-8000-000000000002");
    twice.event.originSeq = 98;
    for (RemoteEvent &remote : more)
        remote.globalSeq += 1; // after the stray one
    twice.globalSeq = more.last().globalSeq + 1;
    batch += more;
    batch.append(twice);

    const RemoteApplied applied = t2.shop->sync.applyRemote(batch).value();
    QCOMPARE(applied.keptAside, 2);
    QCOMPARE(applied.applied, batch.size() - 2);
    // The good events are there: the product, its stock, the order with its reservation.
    QCOMPARE(t2.stock(QStringLiteral("P1")).onHand, 10);
    QCOMPARE(t2.stock(QStringLiteral("P1")).reserved, 2);
    QCOMPARE(t2.order(order).order.status(), OrderStatus::Placed);
    QCOMPARE(t2.eventCount(), batch.size() - 2);
    QCOMPARE(t2.shop->sync.lastGlobalSeq().value(), twice.globalSeq);
    // verify names both, with their reasons; they are kept whole.
    const QStringList errors = t2.audit().errors;
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(stray.event.eventId) &&
                 errors.at(0).contains(QStringLiteral("NOPE")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(errors.at(1).contains(twice.event.eventId) &&
                 errors.at(1).contains(QStringLiteral("OrderPlaced")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QSqlQuery q(t2.store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT event FROM remote_problems ORDER BY global_seq")));
    QVERIFY(q.next());
    QCOMPARE(QJsonDocument::fromJson(q.value(0).toByteArray())
                 .object()
                 .value(QStringLiteral("productId"))
                 .toString(),
             QStringLiteral("NOPE"));

    // The same batch again (a resend) changes nothing.
    const RemoteApplied again = t2.shop->sync.applyRemote(batch).value();
    QCOMPARE(again.applied, 0);
    QCOMPARE(again.keptAside, 0);
    QCOMPARE(again.duplicates, batch.size());
    QCOMPARE(t2.eventCount(), batch.size() - 2);
    QCOMPARE(t2.audit().errors.size(), 2);
    QCOMPARE(t2.stock(QStringLiteral("P1")).reserved, 2);

    // An event without a global sequence is refused, with nothing of its batch kept.
    TestShop t3(QStringLiteral("T3"));
    RemoteEvent unnumbered = batch.first();
    unnumbered.globalSeq = 0;
    QCOMPARE(t3.shop->sync.applyRemote({batch.at(1), unnumbered}).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(t3.eventCount(), 0);
}

namespace {

// A remote event as a hostile terminal would push it: its own origin and sequence, about
// whatever it likes.
RemoteEvent hostile(const EventPayload &payload, const QString &origin, qint64 originSeq,
                    qint64 globalSeq, const QString &orderId = {}, const QString &productId = {})
{
    return {Testing::foreignEvent(payload, origin, originSeq, orderId, productId), globalSeq, {}};
}

} // namespace

void tst_SyncService::anotherTerminalsEventsAboutAnOrderAreKeptAside()
{
    // Issue 12's steps: B places and pays B-000001; A's token then sends events about it.
    TestShop b(QStringLiteral("B"));
    TestShop a(QStringLiteral("A"));
    TestShop c(QStringLiteral("C"));
    MemoryHub hub;
    b.product(QStringLiteral("P1"), 1000, 100);
    const QString order = place(b, QStringLiteral("P1"), 1);
    QCOMPARE(order, QStringLiteral("B-000001"));
    QVERIFY(b.shop->orders.payOrder(order, PaymentMethod::Cash).ok());
    hub.sync(b);
    hub.sync(a);
    hub.sync(b);
    hub.sync(c);
    const QString delivery = QStringLiteral("D-B-000001");
    qint64 seq = hub.log.size();
    const QList<RemoteEvent> attack{
        hostile(Events::OrderCancelled{QStringLiteral("x"), OrderStatus::Delivering},
                QStringLiteral("A"), 1000001, ++seq, order),
        hostile(Events::PaymentRefunded{PaymentMethod::Cash, 1000, QStringLiteral("x")},
                QStringLiteral("A"), 1000002, ++seq, order),
        hostile(Events::DeliveryCompleted{delivery}, QStringLiteral("A"), 1000003, ++seq, order),
        hostile(Events::OrderPlaced{{QStringLiteral("Kim"), {}, {}},
                                    {{QStringLiteral("P1"), QStringLiteral("Product P1"), 1, 1000}},
                                    1000},
                QStringLiteral("A"), 1000004, ++seq, QStringLiteral("B-000002")),
        // The owner itself, out of its order's state: a refund of a payment never refunded
        // that is not cancelled, and a second delivery.
        hostile(Events::DeliveryStarted{delivery}, QStringLiteral("B"), 1000005, ++seq, order),
    };
    for (TestShop *shop : {&b, &c}) {
        const int before = shop->eventCount();
        const RemoteApplied applied = shop->shop->sync.applyRemote(attack).value();
        QCOMPARE(applied.keptAside, shop == &b ? 4 : 5); // B ignores its own origin
        QCOMPARE(applied.applied, 0);
        QCOMPARE(shop->eventCount(), before);
        const OrderDetails details = shop->order(order);
        QCOMPARE(details.order.status(), OrderStatus::Delivering);
        QCOMPARE(details.firstPayment()->status(), PaymentStatus::Approved);
        QCOMPARE(details.delivery->status(), DeliveryStatus::Started);
        QCOMPARE(shop->stock(QStringLiteral("P1")).onHand, 99);
        QCOMPARE(shop->stock(QStringLiteral("P1")).reserved, 0);
        QCOMPARE(shop->shop->sync.lastGlobalSeq().value(), seq);
        // verify names each one kept aside, with the rule it broke.
        const QStringList errors = shop->audit().errors;
        QCOMPARE(errors.size(), applied.keptAside);
        QVERIFY2(errors.at(0).contains(QStringLiteral("only the terminal that placed the order")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }
    // B's own numbering is untouched: its next order takes B-000002.
    QCOMPARE(place(b, QStringLiteral("P1"), 1), QStringLiteral("B-000002"));
}

void tst_SyncService::remoteNumbersOutOfRangeAreKeptAside()
{
    TestShop b(QStringLiteral("B"));
    TestShop a(QStringLiteral("A"));
    MemoryHub hub;
    b.product(QStringLiteral("P1"), 1000, 100);
    hub.sync(b);
    hub.sync(a);
    qint64 seq = hub.log.size();
    using Kind = Events::StockAdjusted::Kind;
    const auto receive = [&](qint64 delta, qint64 originSeq) {
        return hostile(
            Events::StockAdjusted{
                QStringLiteral("P1"), delta, Kind::Receive, {}, std::nullopt, std::nullopt},
            QStringLiteral("A"), originSeq, ++seq, {}, QStringLiteral("P1"));
    };
    // 2^53 in one event: the decoder's range refuses it.
    const RemoteApplied huge = b.shop->sync.applyRemote({receive(1LL << 53, 1)}).value();
    QCOMPARE(huge.keptAside, 1);
    QCOMPARE(b.stock(QStringLiteral("P1")).onHand, 100);
    // The largest delta, 1,000 times: the stock's range refuses the one that would leave it.
    QList<RemoteEvent> many;
    for (int i = 0; i < 1000; ++i)
        many.append(receive(Limits::MaxStockDelta, 2 + i));
    const RemoteApplied applied =
        b.shop->sync.applyRemote(many, SyncService::Announce::Later).value();
    QCOMPARE(applied.applied, 999);
    QCOMPARE(applied.keptAside, 1);
    QCOMPARE(b.stock(QStringLiteral("P1")).onHand, 100 + 999 * Limits::MaxStockDelta);
    const QStringList errors = b.audit().errors;
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QStringLiteral("would leave the range")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    // verify adds the stock up without overflowing, and agrees with the stock row.
    for (const QString &error : errors)
        QVERIFY2(!error.contains(QStringLiteral("on hand")) ||
                     error.contains(QStringLiteral("would leave")),
                 qPrintable(error));
}

void tst_SyncService::unsentEventTakesANewIdWhenTheHubHoldsItsOwn()
{
    TestShop b(QStringLiteral("B"));
    b.product(QStringLiteral("P1"), 1000, 5);
    QVERIFY(b.shop->inventory.adjustStock(QStringLiteral("P1"), 2).ok());
    const QList<DomainEvent> unsent = b.shop->sync.unsentEvents(-1).value();
    QCOMPARE(unsent.size(), 3);
    const QString taken = unsent.at(1).eventId;

    QCOMPARE(b.shop->sync.renameUnsent(taken).value(), true);
    const QList<DomainEvent> after = b.shop->sync.unsentEvents(-1).value();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).eventId, unsent.at(0).eventId);
    QVERIFY(after.at(1).eventId != taken);
    QVERIFY(!QUuid::fromString(after.at(1).eventId).isNull());
    QCOMPARE(after.at(1).originSeq, unsent.at(1).originSeq);
    QCOMPARE(after.at(1).payload, unsent.at(1).payload);
    // An id that is not an unsent event of this terminal is left alone.
    QCOMPARE(b.shop->sync.renameUnsent(taken).value(), false);
    MemoryHub hub;
    hub.pushAndAck(b);
    QCOMPARE(b.shop->sync.renameUnsent(after.at(2).eventId).value(), false);
    verifyAudit(b);

    // Another terminal's event arrives under the id of an unsent one of ours: the hub's log
    // says it is theirs, so ours takes a new id and theirs is applied, nothing lost.
    QVERIFY(b.shop->inventory.adjustStock(QStringLiteral("P1"), 4).ok());
    const DomainEvent mine = b.shop->sync.unsentEvents(-1).value().first();
    RemoteEvent theirs = hostile(Events::StockAdjusted{QStringLiteral("P1"),
                                                       10,
                                                       Events::StockAdjusted::Kind::Receive,
                                                       {},
                                                       std::nullopt,
                                                       std::nullopt},
                                 QStringLiteral("A"), 1, 100, {}, QStringLiteral("P1"));
    theirs.event.eventId = mine.eventId;
    const RemoteApplied applied = b.shop->sync.applyRemote({theirs}).value();
    QCOMPARE(applied.applied, 1);
    QCOMPARE(b.stock(QStringLiteral("P1")).onHand, 5 + 2 + 4 + 10);
    const QList<DomainEvent> unsentNow = b.shop->sync.unsentEvents(-1).value();
    QCOMPARE(unsentNow.size(), 1);
    QVERIFY(unsentNow.first().eventId != mine.eventId);
    QCOMPARE(unsentNow.first().originSeq, mine.originSeq);
    verifyAudit(b);
}

void tst_SyncService::busHearsOfRemoteEventsAfterCommit()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 10);
    const QString orderId = place(t1, QStringLiteral("P1"), 1);
    hub.pushAndAck(t1);

    QSignalSpy committed(&t2.shop->bus, &EventBus::eventCommitted);
    QSignalSpy orders(&t2.shop->bus, &EventBus::orderChanged);
    QSignalSpy stock(&t2.shop->bus, &EventBus::stockChanged);
    QSignalSpy reset(&t2.shop->bus, &EventBus::reset);
    QVERIFY(committed.isValid() && orders.isValid() && stock.isValid() && reset.isValid());
    // Listeners read the state the signal announces: it is committed already.
    QList<qint64> onHandSeen;
    connect(&t2.shop->bus, &EventBus::stockChanged, this,
            [&](const QString &productId) { onHandSeen << t2.stock(productId).onHand; });
    hub.pull(t2);
    QCOMPARE(committed.size(), 5); // the order's customer too
    QCOMPARE(t2.shop->customers.customers({}).value().size(), 1);
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().first().toString(), orderId);
    QVERIFY(stock.size() >= 3);
    QCOMPARE(onHandSeen.last(), 10);
    QCOMPARE(reset.size(), 0);

    // A duplicate batch commits nothing new and says nothing.
    committed.clear();
    QCOMPARE(t2.shop->sync.applyRemote(hub.log).value().duplicates, 5);
    QCOMPARE(committed.size(), 0);
}

void tst_SyncService::largeBatchIsAnnouncedAsReset()
{
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    MemoryHub hub;
    t1.product(QStringLiteral("P1"), 1000, 1000);
    for (int i = 0; i < SyncService::ResetThreshold; ++i)
        QVERIFY(t1.shop->inventory.adjustStock(QStringLiteral("P1"), 1).ok());
    hub.pushAndAck(t1);
    QSignalSpy committed(&t2.shop->bus, &EventBus::eventCommitted);
    QSignalSpy reset(&t2.shop->bus, &EventBus::reset);
    const RemoteApplied applied = hub.pull(t2);
    QCOMPARE(applied.applied, SyncService::ResetThreshold + 2);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(committed.size(), 0);
    QCOMPARE(t2.stock(QStringLiteral("P1")).onHand, 1000 + SyncService::ResetThreshold);

    // Announced later (a catch-up): committed, silent until announceReset().
    TestShop t3(QStringLiteral("T3"));
    QSignalSpy laterCommitted(&t3.shop->bus, &EventBus::eventCommitted);
    QSignalSpy laterReset(&t3.shop->bus, &EventBus::reset);
    const RemoteApplied later =
        t3.shop->sync
            .applyRemote(hub.after(0, QStringLiteral("T3")).mid(0, 5), SyncService::Announce::Later)
            .value();
    QCOMPARE(later.applied, 5);
    QCOMPARE(t3.stock(QStringLiteral("P1")).onHand, 1003);
    QCOMPARE(laterCommitted.size(), 0);
    QCOMPARE(laterReset.size(), 0);
    t3.shop->sync.announceReset();
    QCOMPARE(laterReset.size(), 1);
    QCOMPARE(laterCommitted.size(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncService)
#include "tst_syncservice.moc"
