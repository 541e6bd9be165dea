// SyncClient over real WebSockets on 127.0.0.1 against ScriptedHub (the protocol through the
// real codec): catch-up with progress and states, pushes acknowledged and marked sent, live
// events between two terminals, a refused token (no retry, nothing changed), an unreachable
// hub retried with growing, jittered delays until it comes up, and a dropped connection
// that heals without counting anything twice.

#include "memoryhub.h"
#include "scriptedhub.h"
#include "syncclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace ShopDesk;
using ShopDesk::Testing::ScriptedHub;
using ShopDesk::Testing::TestShop;

namespace {

constexpr int Timeout = 10000;

SyncClient::Options optionsFor(const ScriptedHub &hub, const QString &token)
{
    SyncClient::Options options;
    options.hub = hub.url();
    options.token = token;
    options.minBackoffMs = 50;
    options.maxBackoffMs = 400;
    options.connectTimeoutMs = 3000;
    options.pushBatchSize = 4;
    return options;
}

QString place(TestShop &shop, const QString &productId, qint64 qty)
{
    auto placed = shop.shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}}, {{productId, qty}});
    if (!placed)
        qFatal("placeOrder: %s", qPrintable(placed.error().message));
    return placed->order.orderId();
}

QStringList idsOf(const QList<DomainEvent> &events)
{
    QStringList ids;
    for (const DomainEvent &event : events)
        ids << event.eventId;
    ids.sort();
    return ids;
}

QStringList idsOf(const QList<Sync::SyncEvent> &events)
{
    QStringList ids;
    for (const Sync::SyncEvent &event : events)
        ids << event.event.eventId;
    ids.sort();
    return ids;
}

// A hub that says welcome and caughtUp, then never answers again: a raw WebSocket server
// (RFC 6455 by hand) that reads the terminal's frames, counts its pings and answers none,
// as a hub whose machine went away without closing anything would.
class SilentHub : public QObject
{
public:
    SilentHub()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    int connections = 0;
    int pings = 0;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!m_open.contains(socket)) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray key;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("sec-websocket-key:"))
                    key = line.mid(line.indexOf(':') + 1).trimmed();
            }
            buffer.remove(0, end + 4);
            const QByteArray accept =
                QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                         QCryptographicHash::Sha1)
                    .toBase64();
            socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                          accept + "\r\n\r\n");
            m_open.insert(socket);
            return;
        }
        // Client frames: FIN/opcode, masked length (7, 7+16 or 7+64 bits), mask, payload.
        for (;;) {
            if (buffer.size() < 2)
                return;
            const int opcode = buffer.at(0) & 0x0f;
            qint64 length = buffer.at(1) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (buffer.size() < 4)
                    return;
                length = (quint8(buffer.at(2)) << 8) | quint8(buffer.at(3));
                header = 4;
            } else if (length == 127) {
                if (buffer.size() < 10)
                    return;
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | quint8(buffer.at(i));
                header = 10;
            }
            if (buffer.size() < header + 4 + length)
                return;
            QByteArray payload = buffer.mid(header + 4, length);
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload.at(i) ^ buffer.at(header + i % 4));
            buffer.remove(0, header + 4 + length);
            if (opcode == 0x9)
                ++pings;
            else if (opcode == 0x1 && payload.contains("\"hello\""))
                welcome(socket);
        }
    }
    void welcome(QTcpSocket *socket)
    {
        for (const QByteArray &message :
             {Sync::encode(Sync::Welcome{0}), Sync::encode(Sync::CaughtUp{0})}) {
            Q_ASSERT(message.size() < 126);
            socket->write(QByteArray(1, char(0x81)) + char(message.size()) + message);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_open;
};

} // namespace

class tst_SyncClient : public QObject
{
    Q_OBJECT

private slots:
    void catchesUpPushesAndGoesOnline();
    void liveEventsReachTheOtherTerminal();
    void refusedTokenStopsWithoutChangingAnything();
    void outboxAgeFollowsTheClock();
    void unreachableHubIsRetriedWithBackoff();
    void droppedConnectionHealsWithoutDuplicates();
    void silentHubIsNoticedByPings();
    void liveHubAnswersPingsAndStays();
    void largeMessagesWithHangulTravelWhole();
};

void tst_SyncClient::catchesUpPushesAndGoesOnline()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("secret-1"));
    // T2 was here before: its 10 events are in the hub's log.
    TestShop t2(QStringLiteral("T2"));
    t2.product(QStringLiteral("P1"), 1000, 20);
    for (int i = 0; i < 4; ++i)
        place(t2, QStringLiteral("P1"), 1);
    for (const DomainEvent &event : t2.shop->sync.unsentEvents(-1).value())
        hub.log.append({event, qint64(hub.log.size() + 1)});
    QCOMPARE(hub.log.size(), 10);

    TestShop t1;
    t1.product(QStringLiteral("P9"), 500, 3);
    place(t1, QStringLiteral("P9"), 1);
    const QList<DomainEvent> mine = t1.shop->sync.unsentEvents(-1).value();
    QCOMPARE(mine.size(), 4);

    SyncClient client(t1.shop->sync);
    client.setOptions(optionsFor(hub, QStringLiteral("secret-1")));
    QSignalSpy states(&client, &SyncClient::stateChanged);
    QSignalSpy progress(&client, &SyncClient::catchUpProgress);
    QSignalSpy outbox(&client, &SyncClient::outboxChanged);
    QSignalSpy synced(&client, &SyncClient::synced);
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    QSignalSpy resets(&t1.shop->bus, &EventBus::reset);
    QSignalSpy announced(&t1.shop->bus, &EventBus::eventCommitted);
    client.start();
    QVERIFY(synced.wait(Timeout));
    QCOMPARE(errors.size(), 0);
    // The catch-up's four batches reach the bus as resets: the first at once, the rest (well
    // within a second) together when caught up; never event by event.
    QCOMPARE(resets.size(), 2);
    QCOMPARE(announced.size(), 0);

    QList<SyncClient::State> seen;
    for (const QList<QVariant> &args : states)
        seen << args.first().value<SyncClient::State>();
    QCOMPARE(seen,
             (QList<SyncClient::State>{SyncClient::State::Connecting, SyncClient::State::CatchingUp,
                                       SyncClient::State::Online}));
    QCOMPARE(client.state(), SyncClient::State::Online);
    // Progress of 10 in batches of 3: 0, 3, 6, 9, 10, then complete.
    QList<qint64> done;
    for (const QList<QVariant> &args : progress) {
        done << args.at(0).toLongLong();
        QCOMPARE(args.at(1).toLongLong(), 10);
    }
    QCOMPARE(done, (QList<qint64>{0, 3, 6, 9, 10, 10}));

    // The hub holds T1's events once; T1 holds T2's and has nothing unsent.
    QCOMPARE(hub.log.size(), 14);
    QCOMPARE(hub.pushes, 1); // 4 events, one batch of 4
    QCOMPARE(client.unsentCount(), 0);
    QVERIFY(!client.oldestUnsent().isValid());
    QCOMPARE(client.oldestUnsentAgeSeconds(), 0);
    QCOMPARE(outbox.last().at(0).toLongLong(), 0);
    QCOMPARE(idsOf(t1.store->events({}).value()), idsOf(hub.log));
    QCOMPARE(t1.shop->sync.lastGlobalSeq().value(), 10);
    QCOMPARE(t1.stock(QStringLiteral("P1")).onHand, 20);
    QCOMPARE(t1.stock(QStringLiteral("P1")).reserved, 4);
    QCOMPARE(t1.shop->orders.orders()->size(), 5);
    QVERIFY(t1.audit().ok());
}

void tst_SyncClient::liveEventsReachTheOtherTerminal()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("s1"));
    hub.addToken(QStringLiteral("T2"), QStringLiteral("s2"));
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    SyncClient c1(t1.shop->sync);
    SyncClient c2(t2.shop->sync);
    c1.setOptions(optionsFor(hub, QStringLiteral("s1")));
    c2.setOptions(optionsFor(hub, QStringLiteral("s2")));
    connect(&t1.shop->bus, &EventBus::eventCommitted, &c1, &SyncClient::localEventsCommitted);
    connect(&t2.shop->bus, &EventBus::eventCommitted, &c2, &SyncClient::localEventsCommitted);
    QSignalSpy synced1(&c1, &SyncClient::synced);
    QSignalSpy synced2(&c2, &SyncClient::synced);
    c1.start();
    c2.start();
    QVERIFY(synced1.wait(Timeout));
    if (synced2.isEmpty())
        QVERIFY(synced2.wait(Timeout));

    // T1 works while connected: everything reaches T2 live, and T2's lists hear of it.
    QSignalSpy outbox(&c1, &SyncClient::outboxChanged);
    QSignalSpy orders(&t2.shop->bus, &EventBus::orderChanged);
    QSignalSpy applied(&c2, &SyncClient::remoteEventsApplied);
    t1.product(QStringLiteral("P1"), 1000, 5);
    const QString orderId = place(t1, QStringLiteral("P1"), 2);
    QVERIFY(t1.shop->orders.payOrder(orderId, PaymentMethod::Cash).ok());
    const qint64 produced = t1.eventCount();
    QTRY_COMPARE_WITH_TIMEOUT(t2.eventCount(), produced, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(c1.unsentCount(), 0, Timeout);
    QVERIFY(!outbox.isEmpty());
    QVERIFY(outbox.first().at(0).toLongLong() > 0); // the outbox grew before the acks came
    QVERIFY(orders.size() >= 1);
    QCOMPARE(orders.last().first().toString(), orderId);
    QVERIFY(!applied.isEmpty());
    QCOMPARE(t2.order(orderId).order.status(), OrderStatus::Delivering);
    QCOMPARE(t2.stock(QStringLiteral("P1")).onHand, 3);
    QCOMPARE(idsOf(t2.store->events({}).value()), idsOf(t1.store->events({}).value()));
    // Commits in a burst went as few pushes, not one per event.
    QVERIFY2(hub.pushes < produced, qPrintable(QString::number(hub.pushes)));
    QVERIFY(t2.audit().ok());
}

void tst_SyncClient::refusedTokenStopsWithoutChangingAnything()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("right"));
    TestShop t2(QStringLiteral("T2"));
    t2.product(QStringLiteral("P1"), 1000, 5);
    for (const DomainEvent &event : t2.shop->sync.unsentEvents(-1).value())
        hub.log.append({event, qint64(hub.log.size() + 1)});
    TestShop t1;
    t1.product(QStringLiteral("P9"), 500, 3);

    SyncClient client(t1.shop->sync);
    client.setOptions(optionsFor(hub, QStringLiteral("wrong")));
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    QSignalSpy retries(&client, &SyncClient::reconnectScheduled);
    client.start();
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.first().at(0).toString(), QStringLiteral("unauthorized"));
    QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("T1")));
    QCOMPARE(client.lastErrorCode(), QStringLiteral("unauthorized"));
    QCOMPARE(client.state(), SyncClient::State::Offline);
    // A person must give a new token: no retry.
    QTest::qWait(300);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(hub.hellos, 1);
    QCOMPARE(hub.log.size(), 2);
    QCOMPARE(t1.eventCount(), 2);
    QCOMPARE(client.unsentCount(), 2);
}

void tst_SyncClient::outboxAgeFollowsTheClock()
{
    // No sleeping: the services' clock is set, and the age follows it.
    ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
    const QDateTime first = clock.now();
    TestShop t1;
    t1.shop->work.setClock(clock);
    t1.product(QStringLiteral("P1"), 1000, 5);
    clock.advance(30'000);
    place(t1, QStringLiteral("P1"), 1);
    SyncClient client(t1.shop->sync);
    SyncClient::Options options;
    options.hub = QUrl(QStringLiteral("ws://127.0.0.1:1")); // nobody listens: offline
    options.token = QStringLiteral("s1");
    client.setOptions(options);
    client.start();
    QCOMPARE(client.unsentCount(), 4);
    QCOMPARE(client.oldestUnsent(), first);
    QCOMPARE(client.oldestUnsentAgeSeconds(), 30);
    clock.advance(90'000);
    QCOMPARE(client.oldestUnsentAgeSeconds(), 120);
    clock.set(first.addSecs(-5)); // a clock set back never makes the age negative
    QCOMPARE(client.oldestUnsentAgeSeconds(), 0);
    client.stop();
}

void tst_SyncClient::unreachableHubIsRetriedWithBackoff()
{
    // A port that was free a moment ago: nobody listens there yet.
    quint16 port = 0;
    {
        ScriptedHub probe;
        QVERIFY(probe.listen());
        port = probe.port();
        probe.close();
    }
    ScriptedHub hub;
    hub.addToken(QStringLiteral("T1"), QStringLiteral("s1"));
    TestShop t1;
    t1.product(QStringLiteral("P1"), 1000, 5);
    SyncClient client(t1.shop->sync);
    SyncClient::Options options = optionsFor(hub, QStringLiteral("s1"));
    options.hub = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    client.setOptions(options);
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    QSignalSpy retries(&client, &SyncClient::reconnectScheduled);
    QSignalSpy synced(&client, &SyncClient::synced);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 4, Timeout);
    QCOMPARE(errors.first().at(0).toString(), QStringLiteral("hub_unreachable"));
    QCOMPARE(client.state(), SyncClient::State::Offline);
    QCOMPARE(client.unsentCount(), 2); // the events wait in the outbox
    // Delays double up to the ceiling, each jittered within its upper half.
    for (int i = 0; i < 4; ++i) {
        const int ceiling = qMin(400, 50 << i);
        const int delay = retries.at(i).first().toInt();
        QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                 qPrintable(QStringLiteral("attempt %1: %2 ms").arg(i).arg(delay)));
    }

    // The hub comes up on that port: the next attempt gets through and sends the outbox.
    QVERIFY(hub.listen(port));
    QVERIFY(synced.wait(Timeout));
    QCOMPARE(client.state(), SyncClient::State::Online);
    QCOMPARE(hub.log.size(), 2);
    QCOMPARE(client.unsentCount(), 0);
}

void tst_SyncClient::silentHubIsNoticedByPings()
{
    SilentHub hub;
    QVERIFY(hub.listen());
    TestShop t1;
    SyncClient client(t1.shop->sync);
    SyncClient::Options options;
    options.hub = hub.url();
    options.token = QStringLiteral("s1");
    options.minBackoffMs = 5000; // one connection to look at
    options.maxBackoffMs = 5000;
    options.pingIntervalMs = 100;
    options.silentLimitMs = 400;
    client.setOptions(options);
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    QSignalSpy retries(&client, &SyncClient::reconnectScheduled);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), SyncClient::State::Online, Timeout);
    QElapsedTimer online;
    online.start();
    QVERIFY(errors.isEmpty());

    // Online, then nothing from the hub: after the limit the connection counts as lost.
    QVERIFY(errors.wait(Timeout));
    const qint64 after = online.elapsed();
    QCOMPARE(errors.first().at(0).toString(), QStringLiteral("disconnected"));
    QVERIFY2(errors.first().at(1).toString().contains(QStringLiteral("no answer to pings")),
             qPrintable(errors.first().at(1).toString()));
    QVERIFY2(after >= 350 && after < 3000, qPrintable(QString::number(after)));
    QCOMPARE(client.state(), SyncClient::State::Offline);
    QCOMPARE(retries.size(), 1); // and it tries again
    QVERIFY2(hub.pings >= 3, qPrintable(QString::number(hub.pings)));
    QCOMPARE(hub.connections, 1);
}

void tst_SyncClient::liveHubAnswersPingsAndStays()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("s1"));
    TestShop t1;
    SyncClient client(t1.shop->sync);
    SyncClient::Options options = optionsFor(hub, QStringLiteral("s1"));
    options.pingIntervalMs = 50;
    options.silentLimitMs = 200;
    client.setOptions(options);
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    QSignalSpy states(&client, &SyncClient::stateChanged);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), SyncClient::State::Online, Timeout);
    // Nothing to say for many times the limit: the hub's pongs keep the connection.
    QTest::qWait(1200);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(1).toString()));
    QCOMPARE(client.state(), SyncClient::State::Online);
    QCOMPARE(states.size(), 3); // connecting, catching up, online: never offline
}

void tst_SyncClient::droppedConnectionHealsWithoutDuplicates()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("s1"));
    hub.addToken(QStringLiteral("T2"), QStringLiteral("s2"));
    TestShop t1;
    TestShop t2(QStringLiteral("T2"));
    t1.product(QStringLiteral("P1"), 1000, 50);
    SyncClient c1(t1.shop->sync);
    SyncClient c2(t2.shop->sync);
    c1.setOptions(optionsFor(hub, QStringLiteral("s1")));
    c2.setOptions(optionsFor(hub, QStringLiteral("s2")));
    connect(&t1.shop->bus, &EventBus::eventCommitted, &c1, &SyncClient::localEventsCommitted);
    QSignalSpy synced1(&c1, &SyncClient::synced);
    QSignalSpy synced2(&c2, &SyncClient::synced);
    c1.start();
    c2.start();
    QVERIFY(synced1.wait(Timeout));
    if (synced2.isEmpty())
        QVERIFY(synced2.wait(Timeout));

    // Orders while connections drop now and then, also between a push and its ack.
    QSignalSpy errors1(&c1, &SyncClient::errorOccurred);
    for (int i = 0; i < 10; ++i) {
        place(t1, QStringLiteral("P1"), 1);
        if (i % 3 == 1)
            hub.dropAll();
        QTest::qWait(20);
    }
    QTRY_COMPARE_WITH_TIMEOUT(t1.shop->sync.outboxState()->unsent, 0, Timeout);
    QCOMPARE(c1.unsentCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(c1.state(), SyncClient::State::Online, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(c2.state(), SyncClient::State::Online, Timeout);
    QVERIFY(!errors1.isEmpty());
    QCOMPARE(errors1.first().at(0).toString(), QStringLiteral("disconnected"));
    QCOMPARE(hub.log.size(), t1.eventCount());
    QCOMPARE(idsOf(hub.log), idsOf(t1.store->events({}).value()));
    QTRY_COMPARE_WITH_TIMEOUT(t2.eventCount(), t1.eventCount(), Timeout);
    QCOMPARE(idsOf(t2.store->events({}).value()), idsOf(hub.log));
    QCOMPARE(t2.stock(QStringLiteral("P1")).reserved, 10);
    QVERIFY(t2.audit().ok());
}

void tst_SyncClient::largeMessagesWithHangulTravelWhole()
{
    // Qt WebSockets 6.4 splits a message above 512 KiB into frames at any byte and refuses
    // to read a text frame that ends inside a character ("Invalid UTF-8 code encountered").
    // A push of Korean product names far above that size must arrive whole.
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("s1"));
    TestShop t1;
    QVERIFY(t1.shop->work.beginBatch().ok());
    const QString name =
        QString(QStringLiteral("유기농 사과 ")).repeated(14); // 84 chars, 238 bytes
    for (int i = 0; i < 1500; ++i) {
        QVERIFY(t1.shop->inventory
                    .registerProduct(QStringLiteral("P%1").arg(i), name + QString::number(i), 1000)
                    .ok());
    }
    QVERIFY(t1.shop->work.endBatch().ok());
    SyncClient client(t1.shop->sync);
    SyncClient::Options options = optionsFor(hub, QStringLiteral("s1"));
    options.pushBatchSize = 1500;
    client.setOptions(options);
    QSignalSpy synced(&client, &SyncClient::synced);
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    client.start();
    QVERIFY2(synced.wait(Timeout),
             errors.isEmpty() ? "no error" : qPrintable(errors.first().at(1).toString()));
    QCOMPARE(hub.pushes, 1);
    QCOMPARE(hub.log.size(), 1500);
    QCOMPARE(hub.log.last().event.payload.value(QStringLiteral("productName")).toString(),
             name + QStringLiteral("1499"));
}

QTEST_GUILESS_MAIN(tst_SyncClient)
#include "tst_syncclient.moc"
