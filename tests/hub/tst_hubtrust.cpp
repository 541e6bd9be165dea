// Issue 12's attacks on the sync, against the real shopdesk-hub process: a terminal's token
// pushing events about another terminal's order, numbers out of range, and event ids that
// collide. Each push is refused with its code, counted in /metrics, and nothing changes; the
// terminals (real services on SQLite files, synced by the real shopdesk-cli) go on syncing.

#include "foreignevent.h"
#include "hubprocess.h"
#include "hubtestclient.h"
#include "processrun.h"
#include "testshop.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#ifndef SHOPDESK_HUB_EXE
#error "SHOPDESK_HUB_EXE must name the shopdesk-hub binary"
#endif
#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

using namespace ShopDesk;
using ShopDesk::Testing::foreignEvent;
using ShopDesk::Testing::HubTestClient;
using ShopDesk::Testing::ProcessRun;
using ShopDesk::Testing::runProcess;
using ShopDesk::Testing::TestShop;

Q_DECLARE_METATYPE(ShopDesk::DomainEvent)

namespace {

DomainEvent receive(qint64 delta, const QString &origin, qint64 originSeq)
{
    return foreignEvent(Events::StockAdjusted{QStringLiteral("P1"),
                                              delta,
                                              Events::StockAdjusted::Kind::Receive,
                                              {},
                                              std::nullopt,
                                              std::nullopt},
                        origin, originSeq, {}, QStringLiteral("P1"));
}

} // namespace

class tst_HubTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void anotherTerminalCannotChangeAnOrder_data();
    void anotherTerminalCannotChangeAnOrder();
    void numbersOutOfRangeAreRefused();
    void eventIdsHaveOneFormAndOneEvent_data();
    void eventIdsHaveOneFormAndOneEvent();
    void takenEventIdStopsNobody();

private:
    QString token(const QString &terminal) const { return m_tokens.value(terminal); }
    ProcessRun sync(TestShop &shop);
    // Pushes events as `terminal` over a raw WebSocket: "ack", or the error's code.
    QString push(const QString &terminal, const QList<DomainEvent> &events,
                 QJsonObject *reply = nullptr);
    QString pushRaw(const QString &terminal, const QJsonArray &events);
    qint64 metric(const QByteArray &series);
    qint64 refused(const QByteArray &code)
    {
        return metric("shopdesk_hub_messages_refused_total{reason=\"" + code + "\"}");
    }
    qint64 stored() { return metric("shopdesk_hub_events_stored"); }

    QTemporaryDir m_dir;
    QProcess m_hub;
    QUrl m_ws;
    QUrl m_http;
    QHash<QString, QString> m_tokens;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TestShop> m_a;
    std::unique_ptr<TestShop> m_b;
    QString m_order; // B-000001, paid, delivering
};

void tst_HubTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString db = m_dir.filePath(QStringLiteral("hub.db"));
    for (const QString &terminal : {QStringLiteral("A"), QStringLiteral("B")}) {
        const ProcessRun added = runProcess(
            QStringLiteral(SHOPDESK_HUB_EXE),
            {QStringLiteral("--db"), db, QStringLiteral("token"), QStringLiteral("add"), terminal},
            {.timeoutMs = 30'000});
        QVERIFY2(added.ok(), qPrintable(added.describe()));
        m_tokens.insert(terminal, added.outText().trimmed());
    }
    m_hub.start(QStringLiteral(SHOPDESK_HUB_EXE),
                {QStringLiteral("--db"), db, QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--http-listen"),
                 QStringLiteral("127.0.0.1:0")});
    const Testing::HubListening listening = Testing::waitForListening(m_hub);
    QVERIFY2(listening.ok() && !listening.http.isEmpty(), listening.line.constData());
    m_ws = listening.ws;
    m_http = listening.http;

    // B places and pays B-000001; A and B have synced.
    m_a = std::make_unique<TestShop>(QStringLiteral("A"));
    m_b = std::make_unique<TestShop>(QStringLiteral("B"));
    m_b->product(QStringLiteral("P1"), 1000, 100);
    auto placed =
        m_b->shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 1}});
    QVERIFY(placed.ok());
    m_order = placed->order.orderId();
    QCOMPARE(m_order, QStringLiteral("B-000001"));
    QVERIFY(m_b->shop->orders.payOrder(m_order, PaymentMethod::Cash).ok());
    for (TestShop *shop : {m_b.get(), m_a.get(), m_b.get()}) {
        const ProcessRun synced = sync(*shop);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    }
    QCOMPARE(m_a->order(m_order).order.status(), OrderStatus::Delivering);
}

void tst_HubTrust::cleanupTestCase()
{
    m_hub.kill();
    m_hub.waitForFinished(10'000);
}

ProcessRun tst_HubTrust::sync(TestShop &shop)
{
    return runProcess(QStringLiteral(SHOPDESK_CLI),
                      {QStringLiteral("--db"), shop.path(), QStringLiteral("--json"),
                       QStringLiteral("sync"), QStringLiteral("--hub"), m_ws.toString(),
                       QStringLiteral("--token"), token(shop.store->terminal())},
                      {.timeoutMs = 30'000});
}

QString tst_HubTrust::push(const QString &terminal, const QList<DomainEvent> &events,
                           QJsonObject *reply)
{
    QJsonArray array;
    for (const DomainEvent &event : events)
        array.append(Sync::eventToJson(event));
    HubTestClient client;
    if (!client.open(m_ws))
        return QStringLiteral("no connection");
    client.hello(terminal, token(terminal), 1'000'000);
    if (client.waitFor(QStringLiteral("welcome")).isEmpty())
        return QStringLiteral("no welcome");
    client.send({{QStringLiteral("type"), QStringLiteral("push")},
                 {QStringLiteral("v"), 1},
                 {QStringLiteral("batch"), QStringLiteral("x")},
                 {QStringLiteral("events"), array}});
    const bool answered = QTest::qWaitFor(
        [&] { return client.count(QStringLiteral("ack")) + client.count(QStringLiteral("error")); },
        10'000);
    if (!answered)
        return QStringLiteral("no answer");
    const QJsonObject ack = client.waitFor(QStringLiteral("ack"), 0);
    if (!ack.isEmpty())
        return QStringLiteral("ack");
    const QJsonObject error = client.waitFor(QStringLiteral("error"), 0);
    if (reply)
        *reply = error;
    return error.value(QStringLiteral("code")).toString();
}

qint64 tst_HubTrust::metric(const QByteArray &series)
{
    QNetworkReply *got =
        m_nam.get(QNetworkRequest(m_http.resolved(QUrl(QStringLiteral("/metrics")))));
    QSignalSpy finished(got, &QNetworkReply::finished);
    if (!got->isFinished())
        finished.wait(5000);
    const QByteArray body = got->readAll();
    got->deleteLater();
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toLongLong();
    }
    return 0; // a counter not yet incremented may be absent
}

void tst_HubTrust::anotherTerminalCannotChangeAnOrder_data()
{
    QTest::addColumn<QString>("terminal");
    QTest::addColumn<DomainEvent>("event");
    QTest::addColumn<QString>("code");

    const QString order = QStringLiteral("B-000001");
    const QString delivery = QStringLiteral("D-B-000001");
    qint64 seq = 1'000'000;
    QTest::newRow("A cancels B's order")
        << "A"
        << foreignEvent(Events::OrderCancelled{QStringLiteral("x"), OrderStatus::Delivering},
                        QStringLiteral("A"), ++seq, order)
        << "forbidden_event";
    QTest::newRow("A refunds B's payment")
        << "A"
        << foreignEvent(Events::PaymentRefunded{PaymentMethod::Cash, 1000, QStringLiteral("x")},
                        QStringLiteral("A"), ++seq, order)
        << "forbidden_event";
    QTest::newRow("A completes B's delivery")
        << "A"
        << foreignEvent(Events::DeliveryCompleted{delivery}, QStringLiteral("A"), ++seq, order)
        << "forbidden_event";
    QTest::newRow("A places an order under B's name")
        << "A"
        << foreignEvent(Events::OrderPlaced{{QStringLiteral("Kim"), {}, {}},
                                            {{QStringLiteral("P1"), QStringLiteral("P"), 1, 1000}},
                                            1000},
                        QStringLiteral("A"), ++seq, QStringLiteral("B-000002"))
        << "forbidden_event";
    QTest::newRow("A moves the stock of B's order")
        << "A"
        << foreignEvent(Events::StockIncreased{QStringLiteral("P1"), 1}, QStringLiteral("A"), ++seq,
                        order, QStringLiteral("P1"))
        << "forbidden_event";
    QTest::newRow("B starts a second delivery")
        << "B" << foreignEvent(Events::DeliveryStarted{delivery}, QStringLiteral("B"), ++seq, order)
        << "invalid_event";
    QTest::newRow("B pays an order it never placed")
        << "B"
        << foreignEvent(Events::PaymentApproved{PaymentMethod::Cash, 1000, 1000, {}},
                        QStringLiteral("B"), ++seq, QStringLiteral("B-000077"))
        << "invalid_event";
}

void tst_HubTrust::anotherTerminalCannotChangeAnOrder()
{
    QFETCH(QString, terminal);
    QFETCH(DomainEvent, event);
    QFETCH(QString, code);
    const qint64 storedBefore = stored();
    const qint64 refusedBefore = refused(code.toLatin1());
    QCOMPARE(push(terminal, {event}), code);
    QCOMPARE(refused(code.toLatin1()), refusedBefore + 1);
    QCOMPARE(stored(), storedBefore);

    // B syncs and nothing of its order changed; its next order still takes the next id.
    const ProcessRun synced = sync(*m_b);
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    const OrderDetails details = m_b->order(m_order);
    QCOMPARE(details.order.status(), OrderStatus::Delivering);
    QCOMPARE(details.firstPayment()->status(), PaymentStatus::Approved);
    QCOMPARE(details.delivery->status(), DeliveryStatus::Started);
    const AuditReport report = m_b->audit();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QVERIFY(!m_b->store->findOrder(QStringLiteral("B-000002")).value());
}

void tst_HubTrust::numbersOutOfRangeAreRefused()
{
    const qint64 storedBefore = stored();
    const qint64 onHand = m_b->stock(QStringLiteral("P1")).onHand;

    // 2^53 in one event.
    const qint64 malformedBefore = refused("malformed");
    QJsonObject error;
    QCOMPARE(
        push(QStringLiteral("A"), {receive(1LL << 53, QStringLiteral("A"), 2'000'001)}, &error),
        QStringLiteral("malformed"));
    QVERIFY2(
        error.value(QStringLiteral("message")).toString().contains(QStringLiteral("\"delta\"")),
        qPrintable(error.value(QStringLiteral("message")).toString()));
    QCOMPARE(refused("malformed"), malformedBefore + 1);

    // The largest delta 1,001 times in one push: the stock would leave its range.
    QList<DomainEvent> many;
    for (int i = 0; i < 1001; ++i)
        many.append(receive(Limits::MaxStockDelta, QStringLiteral("A"), 2'000'002 + i));
    const qint64 invalidBefore = refused("invalid_event");
    QCOMPARE(push(QStringLiteral("A"), many, &error), QStringLiteral("invalid_event"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("range")),
             qPrintable(error.value(QStringLiteral("message")).toString()));
    QCOMPARE(refused("invalid_event"), invalidBefore + 1);
    QCOMPARE(stored(), storedBefore);

    const ProcessRun synced = sync(*m_b);
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    QCOMPARE(m_b->stock(QStringLiteral("P1")).onHand, onHand);
}

void tst_HubTrust::eventIdsHaveOneFormAndOneEvent_data()
{
    QTest::addColumn<QJsonArray>("events");
    QTest::addColumn<QString>("named");

    const QJsonObject good = Sync::eventToJson(receive(1, QStringLiteral("A"), 3'000'001));
    const QString id = good.value(QStringLiteral("eventId")).toString();
    QJsonObject braces = good;
    braces.insert(QStringLiteral("eventId"), QLatin1Char('{') + id + QLatin1Char('}'));
    QJsonObject upper = good;
    upper.insert(QStringLiteral("eventId"), id.toUpper());
    QJsonObject twin = good;
    twin.insert(QStringLiteral("originSeq"), 3'000'002);
    QTest::newRow("braces") << QJsonArray{braces} << "lower case without braces";
    QTest::newRow("upper case") << QJsonArray{upper} << "lower case without braces";
    QTest::newRow("one id, two events in a batch") << QJsonArray{good, twin} << "two events";
}

void tst_HubTrust::eventIdsHaveOneFormAndOneEvent()
{
    QFETCH(QJsonArray, events);
    QFETCH(QString, named);
    const qint64 storedBefore = stored();
    const qint64 malformedBefore = refused("malformed");
    HubTestClient client;
    QVERIFY(client.open(m_ws));
    client.hello(QStringLiteral("A"), token(QStringLiteral("A")), 1'000'000);
    QVERIFY(!client.waitFor(QStringLiteral("welcome")).isEmpty());
    client.send({{QStringLiteral("type"), QStringLiteral("push")},
                 {QStringLiteral("v"), 1},
                 {QStringLiteral("batch"), QStringLiteral("x")},
                 {QStringLiteral("events"), events}});
    const QJsonObject error = client.waitFor(QStringLiteral("error"), 10'000);
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("malformed"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(named),
             qPrintable(error.value(QStringLiteral("message")).toString()));
    QCOMPARE(client.count(QStringLiteral("ack")), 0);
    QCOMPARE(refused("malformed"), malformedBefore + 1);
    QCOMPARE(stored(), storedBefore);
}

void tst_HubTrust::takenEventIdStopsNobody()
{
    QVERIFY(sync(*m_a).exitCode == 0);
    const qint64 onHand = m_a->stock(QStringLiteral("P1")).onHand;
    QCOMPARE(m_b->stock(QStringLiteral("P1")).onHand, onHand);
    // B's next event is unsent; A (knowing its id somehow) pushes an event of its own under it.
    QVERIFY(m_b->shop->inventory.adjustStock(QStringLiteral("P1"), 3).ok());
    const QList<DomainEvent> unsent = m_b->shop->sync.unsentEvents(-1).value();
    QCOMPARE(unsent.size(), 1);
    const QString taken = unsent.first().eventId;
    DomainEvent thief = receive(1, QStringLiteral("A"), 4'000'001);
    thief.eventId = taken;
    QCOMPARE(push(QStringLiteral("A"), {thief}), QStringLiteral("ack"));

    // B's push is refused once with event_id_taken; B gives its event a new id and the same
    // sync pushes it under that.
    const qint64 takenBefore = refused("event_id_taken");
    const ProcessRun synced = sync(*m_b);
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    QCOMPARE(synced.object().value(QStringLiteral("pushed")).toInteger(), 1);
    QCOMPARE(refused("event_id_taken"), takenBefore + 1);
    QCOMPARE(m_b->shop->sync.unsentEvents(-1).value().size(), 0);
    QSqlQuery q(m_b->store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT event_id, origin FROM events WHERE origin_seq = %1 "
                                  "AND origin = 'B'")
                       .arg(unsent.first().originSeq)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString() != taken);
    QVERIFY(!QUuid::fromString(q.value(0).toString()).isNull());

    // B took A's event under the id that is A's now, and its own under the new one; A hears
    // of B's receipt (A's raw push never was in A's own log, so A lacks that one).
    QCOMPARE(m_b->stock(QStringLiteral("P1")).onHand, onHand + 3 + 1);
    const ProcessRun heard = sync(*m_a);
    QVERIFY2(heard.exitCode == 0, qPrintable(heard.describe()));
    QCOMPARE(m_a->stock(QStringLiteral("P1")).onHand, onHand + 3);
    const AuditReport report = m_b->audit();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));

    // After all of it, B's numbering is its own: the next order is B-000002.
    auto placed =
        m_b->shop->orders.placeOrder({QStringLiteral("Lee"), {}, {}}, {{QStringLiteral("P1"), 1}});
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
    QCOMPARE(placed->order.orderId(), QStringLiteral("B-000002"));
}

QTEST_MAIN(tst_HubTrust)
#include "tst_hubtrust.moc"
