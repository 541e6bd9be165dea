// SlipService over a real store: the shop's details, what a slip shows, recording prints as
// SlipPrinted events (reprints counted, nothing recorded for a refused print), the orders
// whose slip is still to print, and the audit that ties the prints to their events.

#include "testshop.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_SlipService : public QObject
{
    Q_OBJECT

private slots:
    void shopDetailsStartEmptyAndChange();
    void invalidShopDetailsChangeNothing_data();
    void invalidShopDetailsChangeNothing();
    void currencyAndLowStockThreshold();
    void invalidShopSettingsChangeNothing_data();
    void invalidShopSettingsChangeNothing();
    void slipOfAPaidOrder();
    void noSlipWithoutADelivery();
    void printsAreRecordedAsEvents();
    void cancelledSlipCarriesTheReason();
    void unprintedDeliveries();
    void auditTiesPrintsToEvents();
    void recordPrintsRecordsAllOrNone();

private:
    static QString placeAndPay(TestShop &t, const QString &customer, qint64 qty = 1)
    {
        auto placed =
            t.shop->orders.placeOrder({customer, QStringLiteral("010-1"), QStringLiteral("Seoul")},
                                      {{QStringLiteral("P1"), qty}});
        if (!placed)
            return {};
        const QString id = placed->order.orderId();
        return t.shop->orders.payOrder(id, PaymentMethod::Card).ok() ? id : QString();
    }
    static int slipPrintedEvents(TestShop &t, const QString &orderId)
    {
        return int(t.eventTypes(orderId).count(QStringLiteral("SlipPrinted")));
    }
};

void tst_SlipService::shopDetailsStartEmptyAndChange()
{
    TestShop t;
    QCOMPARE(t.shop->slips.shopDetails().value(), ShopDetails());

    auto changed =
        t.shop->slips.changeShopDetails({QStringLiteral("  행복마트  "), {}, {}, {}, {}});
    QVERIFY(changed.ok());
    QCOMPARE(changed->name, QStringLiteral("행복마트"));
    changed = t.shop->slips.changeShopDetails(
        {{}, QStringLiteral("서울 강남구 테헤란로 152"), QStringLiteral("02-555-1234"), {}, {}});
    QVERIFY(changed.ok());
    const ShopDetails expected{QStringLiteral("행복마트"),
                               QStringLiteral("서울 강남구 테헤란로 152"),
                               QStringLiteral("02-555-1234")};
    QCOMPARE(changed.value(), expected);
    QCOMPARE(t.shop->slips.shopDetails().value(), expected);
    // Settings, not business facts: no event is logged.
    QCOMPARE(t.eventCount(), 0);
    // Clearing a field is a change too.
    QVERIFY(t.shop->slips.changeShopDetails({{}, {}, QString(), {}, {}}).ok());
    QCOMPARE(t.shop->slips.shopDetails()->phone, QString());
}

void tst_SlipService::invalidShopDetailsChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("phone");
    QTest::newRow("name too long")
        << QString(Limits::MaxNameLength + 1, QLatin1Char('x')) << QString() << QString();
    QTest::newRow("address with a newline")
        << QString() << QStringLiteral("line 1\nline 2") << QString();
    QTest::newRow("phone too long")
        << QString() << QString() << QString(Limits::MaxPhoneLength + 1, QLatin1Char('1'));
}

void tst_SlipService::invalidShopDetailsChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, phone);
    TestShop t;
    const ShopDetails before{QStringLiteral("Shop"), QStringLiteral("Street 1"),
                             QStringLiteral("02")};
    QVERIFY(
        t.shop->slips.changeShopDetails({before.name, before.address, before.phone, {}, {}}).ok());
    ShopDetailsChange change;
    if (!name.isEmpty())
        change.name = name;
    if (!address.isEmpty())
        change.address = address;
    if (!phone.isEmpty())
        change.phone = phone;
    auto refused = t.shop->slips.changeShopDetails(change);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(t.shop->slips.shopDetails().value(), before);
}

void tst_SlipService::currencyAndLowStockThreshold()
{
    TestShop t;
    QCOMPARE(t.shop->slips.shopDetails()->currency, QStringLiteral("KRW"));
    QCOMPARE(t.shop->slips.shopDetails()->lowStockThreshold, ShopDetails::DefaultLowStockThreshold);
    ShopDetailsChange change;
    change.currency = QStringLiteral(" usd ");
    change.lowStockThreshold = 12;
    auto changed = t.shop->slips.changeShopDetails(change);
    QVERIFY(changed.ok());
    QCOMPARE(changed->currency, QStringLiteral("USD"));
    // What was saved is what a later read (another process) sees.
    const ShopDetails read = t.shop->slips.shopDetails().value();
    QCOMPARE(read.currency, QStringLiteral("USD"));
    QCOMPARE(read.lowStockThreshold, qint64(12));
    QCOMPARE(Currency::find(read.currency)->decimals, 2);
    QCOMPARE(t.eventCount(), 0);
}

void tst_SlipService::invalidShopSettingsChangeNothing_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown currency")
        << QStringLiteral("XYZ") << qint64(5) << QStringLiteral("unknown currency 'XYZ'");
    QTest::newRow("empty currency")
        << QStringLiteral(" ") << qint64(5) << QStringLiteral("unknown currency ''");
    QTest::newRow("negative threshold")
        << QStringLiteral("KRW") << qint64(-1) << QStringLiteral("low-stock threshold");
    QTest::newRow("huge threshold") << QStringLiteral("KRW") << Limits::MaxStockDelta + 1
                                    << QStringLiteral("low-stock threshold");
}

void tst_SlipService::invalidShopSettingsChangeNothing()
{
    QFETCH(QString, currency);
    QFETCH(qint64, threshold);
    QFETCH(QString, message);
    TestShop t;
    const ShopDetails before = t.shop->slips.shopDetails().value();
    ShopDetailsChange change;
    change.currency = currency;
    change.lowStockThreshold = threshold;
    auto refused = t.shop->slips.changeShopDetails(change);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
    QCOMPARE(t.shop->slips.shopDetails().value(), before);
}

void tst_SlipService::slipOfAPaidOrder()
{
    TestShop t;
    ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC));
    t.shop->work.setClock(clock);
    t.product(QStringLiteral("P1"), 12000, 10, QStringLiteral("사과"));
    QVERIFY(t.shop->slips.changeShopDetails({QStringLiteral("행복마트"), {}, {}, {}, {}}).ok());
    const QString id = placeAndPay(t, QStringLiteral("김민수"), 2);
    QVERIFY(!id.isEmpty());

    const SlipData slip = t.shop->slips.slip(id).value();
    QCOMPARE(slip.orderId(), id);
    QCOMPARE(slip.deliveryId(), QStringLiteral("D-") + id);
    QCOMPARE(slip.shop.name, QStringLiteral("행복마트"));
    QCOMPARE(slip.details.order.customer().name, QStringLiteral("김민수"));
    QCOMPARE(slip.details.order.total(), 24000);
    QVERIFY(slip.details.firstPayment() != nullptr);
    QCOMPARE(slip.details.delivery->status(), DeliveryStatus::Started);
    QCOMPARE(slip.copy, 1);
    QVERIFY(!slip.isReprint());
    QVERIFY(!slip.isCancelled());
    QVERIFY(slip.notes.isEmpty());
    // Stamped by the services' clock, as the order, its payment and its delivery are.
    QCOMPARE(slip.printedAt, clock.now());
    QCOMPARE(slip.details.order.placedAt(), clock.now());
    QCOMPARE(slip.details.delivery->startedAt(), clock.now());
    // Reading a slip records nothing.
    QCOMPARE(slipPrintedEvents(t, id), 0);
    QCOMPARE(t.shop->slips.slip(id)->copy, 1);
}

void tst_SlipService::noSlipWithoutADelivery()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 10);
    const QString placed =
        t.shop->orders.placeOrder({QStringLiteral("Lee"), {}, {}}, {{QStringLiteral("P1"), 1}})
            ->order.orderId();
    const qint64 events = t.eventCount();

    auto unknown = t.shop->slips.slip(QStringLiteral("T1-999999"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    auto unpaid = t.shop->slips.slip(placed);
    QVERIFY(!unpaid.ok());
    QCOMPARE(unpaid.error().code, ErrorCode::InvalidState);
    QVERIFY2(unpaid.error().message.contains(QStringLiteral("paid first")),
             qPrintable(unpaid.error().message));

    auto recordUnknown = t.shop->slips.recordPrint(QStringLiteral("T1-999999"),
                                                   QStringLiteral("a5"), QStringLiteral("ko"));
    QCOMPARE(recordUnknown.error().code, ErrorCode::NotFound);
    auto recordUnpaid =
        t.shop->slips.recordPrint(placed, QStringLiteral("a5"), QStringLiteral("ko"));
    QCOMPARE(recordUnpaid.error().code, ErrorCode::InvalidState);
    auto badPage = t.shop->slips.recordPrint(placed, QString(), QStringLiteral("ko"));
    QCOMPARE(badPage.error().code, ErrorCode::InvalidInput);
    QCOMPARE(t.eventCount(), events);
    QVERIFY(t.shop->slips.prints(placed)->isEmpty());
}

void tst_SlipService::printsAreRecordedAsEvents()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 10);
    const QString id = placeAndPay(t, QStringLiteral("Kim"));
    const OrderView viewBefore = t.store->findOrderView(id).value().value();
    QSignalSpy delivery(&t.shop->bus, &EventBus::deliveryChanged);
    QVERIFY(delivery.isValid());

    auto first = t.shop->slips.recordPrint(id, QStringLiteral("a5"), QStringLiteral("ko"));
    QVERIFY(first.ok());
    QCOMPARE(first->copy, 1);
    QVERIFY(!first->isReprint());
    QCOMPARE(first->terminal, QStringLiteral("T1"));
    QCOMPARE(delivery.count(), 1);
    QCOMPARE(delivery.at(0).at(0).toString(), id);

    QCOMPARE(t.shop->slips.slip(id)->copy, 2);
    auto second = t.shop->slips.recordPrint(id, QStringLiteral("roll80"), QStringLiteral("en"));
    QVERIFY(second.ok());
    QCOMPARE(second->copy, 2);
    QVERIFY(second->isReprint());

    const QList<SlipPrint> prints = t.shop->slips.prints(id).value();
    QCOMPARE(prints.size(), 2);
    QCOMPARE(prints.at(0).page, QStringLiteral("a5"));
    QCOMPARE(prints.at(1).page, QStringLiteral("roll80"));
    QCOMPARE(prints.at(1).language, QStringLiteral("en"));
    QCOMPARE(prints.at(1).deliveryId, QStringLiteral("D-") + id);

    EventQuery query;
    query.orderId = id;
    QList<DomainEvent> printed;
    for (const DomainEvent &e : t.shop->orders.events(query).value()) {
        if (e.type == EventType::SlipPrinted)
            printed << e;
    }
    QCOMPARE(printed.size(), 2);
    QCOMPARE(printed.at(1).payload.value(QStringLiteral("copy")).toInt(), 2);
    QCOMPARE(printed.at(1).payload.value(QStringLiteral("deliveryId")).toString(),
             QStringLiteral("D-") + id);
    QCOMPARE(printed.at(1).origin, QStringLiteral("T1"));
    QCOMPARE(printed.at(1).actor, QStringLiteral("tester"));

    // The order list does not change, and still equals a rebuild from the log.
    QCOMPARE(t.store->findOrderView(id).value().value(), viewBefore);
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join(QLatin1Char('\n'))));
    QVERIFY(t.store->rebuildReadModel().ok());
    QCOMPARE(t.store->findOrderView(id).value().value(), viewBefore);
}

void tst_SlipService::cancelledSlipCarriesTheReason()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 10);
    const QString id = placeAndPay(t, QStringLiteral("Kim"));
    QVERIFY(t.shop->orders.cancelOrder(id, QStringLiteral("customer moved away")).ok());
    const SlipData slip = t.shop->slips.slip(id).value();
    QVERIFY(slip.isCancelled());
    QCOMPARE(slip.notes, QStringLiteral("customer moved away"));
    QCOMPARE(slip.details.firstPayment()->status(), PaymentStatus::Refunded);
    // A cancelled delivery's slip can still be printed (it is marked cancelled).
    QVERIFY(t.shop->slips.recordPrint(id, QStringLiteral("a4"), QStringLiteral("en")).ok());
    QVERIFY(t.audit().ok());
}

void tst_SlipService::unprintedDeliveries()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 10);
    const QString a = placeAndPay(t, QStringLiteral("A"));
    const QString b = placeAndPay(t, QStringLiteral("B"));
    const QString c = placeAndPay(t, QStringLiteral("C"));
    QVERIFY(t.shop->orders.placeOrder({QStringLiteral("D"), {}, {}}, {{QStringLiteral("P1"), 1}})
                .ok());                          // not paid: no delivery
    QVERIFY(t.shop->orders.cancelOrder(c).ok()); // delivery cancelled
    QCOMPARE(t.shop->slips.unprintedDeliveries().value(), QStringList({a, b}));
    QCOMPARE(t.shop->slips.unprintedDeliveries(1).value(), QStringList({a}));

    QVERIFY(t.shop->slips.recordPrint(a, QStringLiteral("a5"), QStringLiteral("ko")).ok());
    QCOMPARE(t.shop->slips.unprintedDeliveries().value(), QStringList({b}));
    QVERIFY(t.shop->orders.completeDelivery(b).ok());
    QVERIFY(t.shop->slips.unprintedDeliveries()->isEmpty());
}

void tst_SlipService::auditTiesPrintsToEvents()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 10);
    const QString id = placeAndPay(t, QStringLiteral("Kim"));
    QVERIFY(t.shop->slips.recordPrint(id, QStringLiteral("a5"), QStringLiteral("ko")).ok());
    QVERIFY(t.audit().ok());
    // A print written without its event, as a buggy adapter might.
    QSqlQuery q(t.store->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO slip_prints (order_id, delivery_id, copy, page, "
                                  "language, terminal, printed_at) VALUES ('%1', 'D-%1', 2, "
                                  "'a5', 'ko', 'T1', 0)")
                       .arg(id)));
    q.finish();
    const AuditReport report = t.audit();
    QVERIFY(!report.ok());
    QVERIFY2(report.errors.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("2 slip prints recorded, but 1 SlipPrinted events")),
             qPrintable(report.errors.join(QLatin1Char('\n'))));
}

void tst_SlipService::recordPrintsRecordsAllOrNone()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 10);
    const QString a = placeAndPay(t, QStringLiteral("A"));
    const QString b = placeAndPay(t, QStringLiteral("B"));
    QVERIFY(t.shop->slips.recordPrint(b, QStringLiteral("a5"), QStringLiteral("ko")).ok());
    const qint64 events = t.eventCount();

    // One unknown order in the job: nothing of it is recorded.
    auto refused = t.shop->slips.recordPrints({a, QStringLiteral("T1-999999")},
                                              QStringLiteral("a4"), QStringLiteral("en"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QVERIFY(!t.shop->slips.recordPrints({}, QStringLiteral("a4"), QStringLiteral("en")).ok());
    QCOMPARE(t.eventCount(), events);
    QCOMPARE(t.shop->slips.prints(a)->size(), 0);

    auto recorded =
        t.shop->slips.recordPrints({a, b}, QStringLiteral("roll80"), QStringLiteral("en"));
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
    QCOMPARE(recorded->size(), 2);
    QCOMPARE(recorded->at(0).orderId, a);
    QCOMPARE(recorded->at(0).copy, 1);
    QCOMPARE(recorded->at(1).orderId, b);
    QCOMPARE(recorded->at(1).copy, 2); // b's reprint
    QCOMPARE(recorded->at(1).page, QStringLiteral("roll80"));
    QCOMPARE(t.eventCount(), events + 2);
    QCOMPARE(slipPrintedEvents(t, a), 1);
    QCOMPARE(slipPrintedEvents(t, b), 2);
    QVERIFY(t.shop->slips.unprintedDeliveries()->isEmpty());
    QVERIFY(t.audit().ok());
}

QTEST_GUILESS_MAIN(tst_SlipService)
#include "tst_slipservice.moc"
