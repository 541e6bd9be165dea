#include "httpapi.h"
#include "hubserver.h"
#include "hubtestclient.h"
#include "hubtestevents.h"
#include "restapi.h"
#include "sqlapikeys.h"
#include "sqlhubstore.h"
#include "sqlidempotency.h"
#include "sqlshopqueries.h"
#include "tokens.h"
#include "webterminal.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

using namespace ShopDesk;
using namespace ShopDesk::Hub;
using namespace ShopDesk::Testing;

namespace {

// A store whose database can be made to stop answering, for /readyz and failing appends.
class FlakyStore final : public HubStore
{
public:
    explicit FlakyStore(HubStore &real)
        : m_real(real)
    {}
    bool down = false;

    Result<AppendResult> append(const QList<DomainEvent> &events) override
    {
        if (down)
            return Error::storage(QStringLiteral("disk on fire"));
        return m_real.append(events);
    }
    Result<QList<Sync::SyncEvent>> readAfter(qint64 afterSeq, const QString &excludeOrigin,
                                             int limit) override
    {
        return m_real.readAfter(afterSeq, excludeOrigin, limit);
    }
    Result<EventPage> readPage(qint64 afterSeq, const QString &excludeOrigin, int limit) override
    {
        return m_real.readPage(afterSeq, excludeOrigin, limit);
    }
    Result<qint64> lastSeq() override { return m_real.lastSeq(); }
    Status ping() override
    {
        if (down)
            return Error::storage(QStringLiteral("disk on fire"));
        return m_real.ping();
    }
    Status addToken(const TokenRecord &token) override { return m_real.addToken(token); }
    Result<std::optional<TokenRecord>> token(const QString &name) override
    {
        return m_real.token(name);
    }
    Result<QList<TokenRecord>> tokens() override { return m_real.tokens(); }
    Status revokeToken(const QString &name) override { return m_real.revokeToken(name); }
    Result<QList<Hub::StockRow>> stock() override { return m_real.stock(); }
    Result<QList<OrderRow>> orders() override { return m_real.orders(); }
    Result<QList<DeliveryRow>> deliveries() override { return m_real.deliveries(); }

private:
    HubStore &m_real;
};

QJsonArray eventsJson(const QList<DomainEvent> &events)
{
    QJsonArray array;
    for (const DomainEvent &e : events)
        array.append(Sync::eventToJson(e));
    return array;
}

} // namespace

// The hub in-process with real WebSocket clients and HTTP requests on 127.0.0.1.
class tst_HubServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlHubStore> m_sql;
    std::unique_ptr<FlakyStore> m_store;
    std::unique_ptr<HubServer> m_server;
    std::unique_ptr<HttpApi> m_http;
    quint16 m_httpPort = 0;
    QHash<QString, QString> m_secrets;
    QNetworkAccessManager m_nam;

    HubConfig config() const
    {
        HubConfig c;
        c.port = 0;
        c.authTimeoutMs = 400;
        c.maxConnections = 6;
        c.messagesPerSecond = 20;
        c.messageBurst = 30;
        c.maxMessageBytes = 64 * 1024;
        c.pageSize = 50;
        return c;
    }

    void startServer(const HubConfig &c)
    {
        m_http.reset();
        m_server = std::make_unique<HubServer>(*m_store, c);
        QVERIFY(m_server->start().ok());
        m_http = std::make_unique<HttpApi>(*m_server, *m_store);
        const auto port = m_http->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_httpPort = port.value();
    }

    QUrl url() const { return QUrl(m_server->url()); }

    // A client that said hello as `terminal` and got welcome and caughtUp.
    std::unique_ptr<HubTestClient> connected(const QString &terminal, qint64 lastGlobalSeq = 0)
    {
        auto client = std::make_unique<HubTestClient>();
        if (!client->open(url()))
            qFatal("cannot connect");
        client->hello(terminal, m_secrets.value(terminal), lastGlobalSeq);
        if (client->waitFor(QStringLiteral("caughtUp")).isEmpty())
            qFatal("%s did not catch up", qPrintable(terminal));
        return client;
    }

    std::pair<int, QByteArray> get(const QString &path, const QByteArray &verb = "GET")
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path)));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    // One sample of /metrics, e.g. metric("shopdesk_hub_messages_refused_total", "malformed").
    qint64 metric(const QByteArray &name, const QByteArray &reason = {})
    {
        const QByteArray series = reason.isEmpty() ? name : name + "{reason=\"" + reason + "\"}";
        for (const QByteArray &line : get(QStringLiteral("/metrics")).second.split('\n')) {
            if (line.startsWith(series + ' '))
                return line.mid(series.size() + 1).toLongLong();
        }
        return -1;
    }

    qint64 stored() { return m_sql->lastSeq().value(); }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
        QByteArray replayed;
    };

    Reply post(const QString &path, const QByteArray &bearer, const QByteArray &body,
               const QByteArray &idempotencyKey = {})
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + bearer);
        request.setRawHeader("Content-Type", "application/json");
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        QNetworkReply *reply = m_nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll(), reply->rawHeader("Location"),
                reply->rawHeader("Idempotent-Replayed")};
        reply->deleteLater();
        return r;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = SqlHubStore::open(m_dir->filePath(QStringLiteral("hub.db")));
        QVERIFY(opened.ok());
        m_sql = std::move(opened).value();
        m_store = std::make_unique<FlakyStore>(*m_sql);
        m_secrets.clear();
        for (const char *name : {"T1", "T2", "T3", "T4"}) {
            const NewToken t = makeToken(QLatin1StringView(name));
            QVERIFY(m_sql->addToken(t.record).ok());
            m_secrets.insert(QLatin1StringView(name), t.secret);
        }
        startServer(config());
    }

    void aWriteTheLogRefusesIsAcceptedOnce();

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
        m_store.reset();
        m_sql.reset();
        m_dir.reset();
    }

    void catchUpSendsOtherTerminalsEventsInPagesThenCaughtUp()
    {
        QVERIFY(m_sql->append(hubEvents(QStringLiteral("T2"), 1, 60)).ok());
        QVERIFY(m_sql->append(hubEvents(QStringLiteral("T1"), 1, 10)).ok());
        QVERIFY(m_sql->append(hubEvents(QStringLiteral("T3"), 1, 60)).ok());

        auto t1 = connected(QStringLiteral("T1"));
        QCOMPARE(t1->received.first().value("type").toString(), QStringLiteral("welcome"));
        QCOMPARE(t1->received.first().value("hubSeq").toInteger(), 130);
        QCOMPARE(t1->received.last().value("type").toString(), QStringLiteral("caughtUp"));
        QCOMPARE(t1->received.last().value("hubSeq").toInteger(), 130);
        const QList<QJsonObject> events = t1->events();
        QCOMPARE(events.size(), 120);
        qint64 previous = 0;
        for (const QJsonObject &e : events) {
            QVERIFY(e.value("origin").toString() != QLatin1StringView("T1"));
            QVERIFY(e.value("globalSeq").toInteger() > previous);
            previous = e.value("globalSeq").toInteger();
        }
        QCOMPARE(previous, 130);
        for (const QJsonObject &m : t1->received) {
            if (m.value("type") == QLatin1StringView("events"))
                QVERIFY(m.value("events").toArray().size() <= 50);
        }
        QVERIFY(Sync::decode(QJsonDocument(t1->received.at(1)).toJson()).ok());

        // From where it left off: only what came later.
        auto t4 = connected(QStringLiteral("T4"), 100);
        QCOMPARE(t4->events().size(), 30);
        QCOMPARE(t4->events().first().value("globalSeq").toInteger(), 101);
        QCOMPARE(metric("shopdesk_hub_events_pushed_total"), 150);
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 2);
        QCOMPARE(metric("shopdesk_hub_events_stored"), 130);
    }

    void pushIsAcknowledgedOnceAndFannedOutToTheOthers()
    {
        auto t1 = connected(QStringLiteral("T1"));
        auto t2 = connected(QStringLiteral("T2"));
        auto t3 = connected(QStringLiteral("T3"));
        const QList<DomainEvent> batch = hubEvents(QStringLiteral("T1"), 1, 3);
        t1->sendText(Sync::encode(Sync::Push{QStringLiteral("b1"), batch}));

        const QJsonObject ack = t1->waitFor(QStringLiteral("ack"));
        QCOMPARE(ack.value("batch").toString(), QStringLiteral("b1"));
        const QJsonArray assigned = ack.value("assigned").toArray();
        QCOMPARE(assigned.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(assigned.at(i)["eventId"].toString(), batch.at(i).eventId);
            QCOMPARE(assigned.at(i)["globalSeq"].toInteger(), i + 1);
        }
        for (HubTestClient *other : {t2.get(), t3.get()}) {
            QTRY_COMPARE(other->events().size(), 3);
            QCOMPARE(other->events().at(2).value("eventId").toString(), batch.at(2).eventId);
            QCOMPARE(other->events().at(2).value("globalSeq").toInteger(), 3);
        }
        QCOMPARE(t1->events().size(), 0); // its own events never come back

        // The same batch again: the same answer, nothing stored, nothing fanned out.
        const qsizetype before = t1->received.size();
        t1->sendText(Sync::encode(Sync::Push{QStringLiteral("b1-again"), batch}));
        const QJsonObject again = t1->waitFor(QStringLiteral("ack"), 5000, before);
        QCOMPARE(again.value("assigned").toArray(), assigned);
        QTest::qWait(200);
        QCOMPARE(t2->events().size(), 3);
        QCOMPARE(stored(), 3);
        QCOMPARE(metric("shopdesk_hub_events_pushed_total"), 6);
        QCOMPARE(metric("shopdesk_hub_events_appended_total"), 3);

        // T2's push reaches T1 and T3.
        t2->sendText(
            Sync::encode(Sync::Push{QStringLiteral("c1"), hubEvents(QStringLiteral("T2"), 1, 2)}));
        QTRY_COMPARE(t1->events().size(), 2);
        QTRY_COMPARE(t3->events().size(), 5);
        QCOMPARE(t1->events().at(0).value("globalSeq").toInteger(), 4);
        QCOMPARE(stored(), 5);
    }

    void eventsPushedDuringACatchUpAreNotLost()
    {
        QVERIFY(m_sql->append(hubEvents(QStringLiteral("T2"), 1, 500)).ok());
        auto t2 = connected(QStringLiteral("T2"));
        HubTestClient t1;
        QVERIFY(t1.open(url()));
        t1.hello(QStringLiteral("T1"), m_secrets.value(QStringLiteral("T1")));
        // While T1 is being sent the 500, T2 pushes more.
        QVERIFY(!t1.waitFor(QStringLiteral("events")).isEmpty());
        t2->sendText(Sync::encode(
            Sync::Push{QStringLiteral("late"), hubEvents(QStringLiteral("T2"), 501, 5)}));
        QVERIFY(!t2->waitFor(QStringLiteral("ack")).isEmpty());
        QTRY_COMPARE(t1.events().size(), 505);
        QList<qint64> seqs;
        for (const QJsonObject &e : t1.events())
            seqs << e.value("globalSeq").toInteger();
        for (qsizetype i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs.at(i), i + 1); // each once, in order
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("afterWelcome");
        QTest::addColumn<int>("closeCode");
        QTest::newRow("no token") << "no token"
                                  << "unauthorized" << false << 1008;
        QTest::newRow("wrong token") << "wrong token"
                                     << "unauthorized" << false << 1008;
        QTest::newRow("revoked token") << "revoked token"
                                       << "unauthorized" << false << 1008;
        QTest::newRow("another terminal's token") << "other token"
                                                  << "unauthorized" << false << 1008;
        QTest::newRow("unknown terminal") << "unknown terminal"
                                          << "unauthorized" << false << 1008;
        QTest::newRow("push before hello") << "push first"
                                           << "unauthorized" << false << 1008;
        QTest::newRow("no hello in time") << "silent"
                                          << "auth_timeout" << false << 1008;
        QTest::newRow("malformed hello") << "bad json first"
                                         << "malformed" << false << 1008;
        QTest::newRow("hello of version 2") << "hello v2"
                                            << "unsupported_version" << false << 1008;
        QTest::newRow("oversized before hello") << "big hello"
                                                << "too_large" << false << 1009;
        QTest::newRow("pushing another terminal's events") << "foreign events"
                                                           << "forbidden_origin" << true << 1008;
        QTest::newRow("malformed json") << "bad json"
                                        << "malformed" << true << 1008;
        QTest::newRow("malformed event") << "bad event"
                                         << "malformed" << true << 1008;
        QTest::newRow("binary frame") << "binary"
                                      << "malformed" << true << 1008;
        QTest::newRow("unknown type") << "unknown type"
                                      << "unknown_type" << true << 1008;
        QTest::newRow("hub-only type") << "ack from terminal"
                                       << "unknown_type" << true << 1008;
        QTest::newRow("wrong version") << "v2"
                                       << "unsupported_version" << true << 1008;
        QTest::newRow("second hello") << "hello again"
                                      << "malformed" << true << 1008;
        QTest::newRow("oversized message") << "oversized"
                                           << "too_large" << true << 1009;
        QTest::newRow("flood") << "flood"
                               << "rate_limited" << true << 1008;
        QTest::newRow("database down") << "db down"
                                       << "internal" << true << 1011;
    }

    void refusals()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, code);
        QFETCH(bool, afterWelcome);
        QFETCH(int, closeCode);
        QVERIFY(m_sql->append(hubEvents(QStringLiteral("T2"), 1, 2)).ok());
        QCOMPARE(metric(afterWelcome ? "shopdesk_hub_messages_refused_total"
                                     : "shopdesk_hub_connections_refused_total",
                        code.toLatin1()),
                 0);
        const auto tokensBefore = m_sql->tokens().value().size();
        const QList<DomainEvent> mine = hubEvents(QStringLiteral("T1"), 1, 2);

        HubTestClient c;
        QVERIFY(c.open(url()));
        const QString t1 = m_secrets.value(QStringLiteral("T1"));
        if (scenario == "no token") {
            c.send({{"type", "hello"}, {"v", 1}, {"terminal", "T1"}, {"lastGlobalSeq", 0}});
        } else if (scenario == "wrong token") {
            c.hello(QStringLiteral("T1"), QString(t1).replace(0, 1, t1.at(0) == 'a' ? "b" : "a"));
        } else if (scenario == "revoked token") {
            QVERIFY(m_sql->revokeToken(QStringLiteral("T1")).ok());
            c.hello(QStringLiteral("T1"), t1);
        } else if (scenario == "other token") {
            c.hello(QStringLiteral("T1"), m_secrets.value(QStringLiteral("T2")));
        } else if (scenario == "unknown terminal") {
            c.hello(QStringLiteral("T9"), t1);
        } else if (scenario == "push first") {
            c.sendText(Sync::encode(Sync::Push{QStringLiteral("b"), mine}));
        } else if (scenario == "silent") {
            // says nothing
        } else if (scenario == "bad json first") {
            c.sendText("{\"type\":\"hello\",");
        } else if (scenario == "big hello") {
            // Below the 64 KiB limit of welcomed terminals, above the 16 KiB before a hello.
            c.send({{"type", "hello"},
                    {"v", 1},
                    {"terminal", "T1"},
                    {"token", QString(20 * 1024, 'x')},
                    {"lastGlobalSeq", 0}});
        } else if (scenario == "hello v2") {
            c.send({{"type", "hello"},
                    {"v", 2},
                    {"terminal", "T1"},
                    {"token", t1},
                    {"lastGlobalSeq", 0}});
        } else {
            c.hello(QStringLiteral("T1"), t1);
            QVERIFY(!c.waitFor(QStringLiteral("caughtUp")).isEmpty());
            if (scenario == "foreign events") {
                // One own event first: nothing of the batch may be stored.
                QList<DomainEvent> batch{mine.at(0), hubEvent(QStringLiteral("T2"), 3)};
                c.sendText(Sync::encode(Sync::Push{QStringLiteral("b"), batch}));
            } else if (scenario == "bad json") {
                c.sendText("{\"type\":\"push\",\"v\":1,\"batch\":");
            } else if (scenario == "bad event") {
                QJsonArray events = eventsJson(mine);
                QJsonObject broken = events.at(1).toObject();
                broken.remove("eventId");
                events[1] = broken;
                c.send({{"type", "push"}, {"v", 1}, {"batch", "b"}, {"events", events}});
            } else if (scenario == "binary") {
                c.socket.sendBinaryMessage(Sync::encode(Sync::Push{QStringLiteral("b"), mine}));
            } else if (scenario == "unknown type") {
                c.send({{"type", "subscribe"}, {"v", 1}});
            } else if (scenario == "ack from terminal") {
                c.sendText(Sync::encode(Sync::Ack{QStringLiteral("b"), {}}));
            } else if (scenario == "v2") {
                c.send({{"type", "push"}, {"v", 2}, {"batch", "b"}, {"events", eventsJson(mine)}});
            } else if (scenario == "hello again") {
                c.hello(QStringLiteral("T1"), t1);
            } else if (scenario == "oversized") {
                DomainEvent big = mine.at(0);
                big.payload.insert("reason", QString(70 * 1024, 'x'));
                c.sendText(Sync::encode(Sync::Push{QStringLiteral("b"), {big}}));
            } else if (scenario == "flood") {
                // 30 is the burst; an empty push is a valid message.
                for (int i = 0; i < 60; ++i)
                    c.sendText(Sync::encode(Sync::Push{QStringLiteral("f%1").arg(i), {}}));
            } else if (scenario == "db down") {
                m_store->down = true;
                c.sendText(Sync::encode(Sync::Push{QStringLiteral("b"), mine}));
            }
        }

        QVERIFY(c.waitClosed());
        QCOMPARE(int(c.closeCode), closeCode);
        if (code != QLatin1StringView("too_large")) {
            // Qt itself closes an oversized message's connection, before the hub could speak.
            const QJsonObject error = c.waitFor(QStringLiteral("error"), 100);
            QCOMPARE(error.value("code").toString(), code);
            QVERIFY(!error.value("message").toString().isEmpty());
            QVERIFY(!error.value("message").toString().contains(t1));
        }
        if (scenario != "flood") // the empty pushes within the burst were answered
            QCOMPARE(c.count(QStringLiteral("ack")), 0);
        QCOMPARE(c.count(QStringLiteral("welcome")), afterWelcome ? 1 : 0);
        QTRY_COMPARE(metric(afterWelcome ? "shopdesk_hub_messages_refused_total"
                                         : "shopdesk_hub_connections_refused_total",
                            code.toLatin1()),
                     1);
        QCOMPARE(metric(afterWelcome ? "shopdesk_hub_connections_refused_total"
                                     : "shopdesk_hub_messages_refused_total",
                        code.toLatin1()),
                 0);
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 0);
        // Nothing changed: the log, the projection and the tokens are as before.
        QCOMPARE(stored(), 2);
        QCOMPARE(m_sql->stock().value().at(0).onHand, 2);
        QCOMPARE(m_sql->tokens().value().size(), tokensBefore);
    }

    void tooManyTerminalsAreRefusedAsBusy()
    {
        HubConfig c = config();
        c.maxConnections = 2;
        c.maxUnauthenticated = 3;
        c.authTimeoutMs = 5000;
        startServer(c);
        // Sockets that have not said hello fill their own budget, not the terminals' places.
        std::vector<std::unique_ptr<HubTestClient>> silent;
        for (int i = 0; i < 3; ++i) {
            silent.push_back(std::make_unique<HubTestClient>());
            QVERIFY(silent.back()->open(url()));
            QTest::qWait(5); // accepted at distinct moments: the first is the oldest
        }
        auto t1 = connected(QStringLiteral("T1"));
        auto t2 = connected(QStringLiteral("T2"));
        HubTestClient extra;
        QVERIFY(extra.open(url()));
        extra.hello(QStringLiteral("T3"), m_secrets.value(QStringLiteral("T3")));
        QVERIFY(extra.waitClosed());
        QCOMPARE(extra.waitFor(QStringLiteral("error"), 100).value("code").toString(),
                 QStringLiteral("server_busy"));
        QCOMPARE(int(extra.closeCode), 1008);
        QCOMPARE(metric("shopdesk_hub_connections_refused_total", "server_busy"), 1);
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 2);
        // T1's socket found the budget full and took the place of the oldest silent one; once
        // T1 was welcomed there was room again.
        QVERIFY(silent.front()->waitClosed());
        QCOMPARE(silent.front()->waitFor(QStringLiteral("error"), 100).value("code").toString(),
                 QStringLiteral("crowded_out"));
        QCOMPARE(metric("shopdesk_hub_connections_refused_total", "crowded_out"), 1);
        QVERIFY(!silent.at(1)->closed && !silent.at(2)->closed);
        QCOMPARE(metric("shopdesk_hub_unauthenticated_connections"), 2);
        QVERIFY(!t1->closed && !t2->closed);
    }

    void aTerminalThatStopsAnsweringIsClosedAfterTheIdleTimeout()
    {
        HubConfig c = config();
        c.pingIntervalMs = 200;
        c.idleTimeoutMs = 600;
        c.maxConnections = 1;
        startServer(c);
        SilentTestClient gone;
        QVERIFY(gone.open(m_server->port()));
        QElapsedTimer sinceHello;
        sinceHello.start();
        gone.hello(QStringLiteral("T1"), m_secrets.value(QStringLiteral("T1")));
        QVERIFY(!gone.waitFor(QStringLiteral("caughtUp")).isEmpty());
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 1);

        QVERIFY(!gone.waitFor(QStringLiteral("error")).isEmpty());
        const qint64 silentMs = sinceHello.elapsed();
        QVERIFY2(silentMs >= 600, qPrintable(QString::number(silentMs)));
        QCOMPARE(gone.waitFor(QStringLiteral("error")).value("code").toString(),
                 QStringLiteral("idle_timeout"));
        QTRY_COMPARE(gone.closeCode, 1008);
        QVERIFY(gone.pings >= 1); // it was asked, and did not answer
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 0);
        QCOMPARE(metric("shopdesk_hub_messages_refused_total", "idle_timeout"), 1);
        QCOMPARE(metric("shopdesk_hub_connections_refused_total", "idle_timeout"), 0);

        // Its slot is free at once (the only one), and its terminal may come back.
        auto back = connected(QStringLiteral("T1"));
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 1);
        QCOMPARE(metric("shopdesk_hub_connections_refused_total", "server_busy"), 0);
        // The hub has let go of the TCP connection too, although the close went unanswered.
        QTRY_VERIFY_WITH_TIMEOUT(gone.disconnected, 5000);
        QVERIFY(!back->closed);
    }

    void aLiveTerminalThatOnlyListensStaysConnected()
    {
        HubConfig c = config();
        c.pingIntervalMs = 200;
        c.idleTimeoutMs = 600;
        startServer(c);
        auto listener = connected(QStringLiteral("T1"));
        auto talker = connected(QStringLiteral("T2"));
        // The listener sends nothing itself; Qt answers the hub's pings with pongs.
        QTest::qWait(2000);
        QVERIFY(!listener->closed);
        QVERIFY(!talker->closed);
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 2);
        QCOMPARE(metric("shopdesk_hub_messages_refused_total", "idle_timeout"), 0);
        talker->sendText(
            Sync::encode(Sync::Push{QStringLiteral("b"), hubEvents(QStringLiteral("T2"), 1, 2)}));
        QTRY_COMPARE(listener->events().size(), 2);
        QCOMPARE(listener->count(QStringLiteral("error")), 0);
    }

    void connectionsBeyondThePerAddressLimitAreRefused()
    {
        HubConfig c = config();
        c.maxConnectionsPerAddress = 3;
        startServer(c);
        auto t1 = connected(QStringLiteral("T1"));
        auto t2 = connected(QStringLiteral("T2"));
        auto t3 = connected(QStringLiteral("T3"));

        // The fourth terminal from 127.0.0.1, although the hub serves up to six.
        SilentTestClient fourth;
        QVERIFY(fourth.open(m_server->port()));
        fourth.hello(QStringLiteral("T4"), m_secrets.value(QStringLiteral("T4")));
        const QJsonObject error = fourth.waitFor(QStringLiteral("error"));
        QCOMPARE(error.value("code").toString(), QStringLiteral("address_busy"));
        QVERIFY(error.value("message").toString().contains(QStringLiteral("127.0.0.1")));
        QTRY_COMPARE(fourth.closeCode, 1008);
        QTest::qWait(100);
        QCOMPARE(fourth.received.size(), 1); // the error alone: no welcome
        QCOMPARE(metric("shopdesk_hub_connections_refused_total", "address_busy"), 1);
        QCOMPARE(metric("shopdesk_hub_connections_refused_total", "server_busy"), 0);
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 3);

        // The three are untouched and served.
        t1->sendText(
            Sync::encode(Sync::Push{QStringLiteral("b"), hubEvents(QStringLiteral("T1"), 1, 3)}));
        QVERIFY(!t1->waitFor(QStringLiteral("ack")).isEmpty());
        QTRY_COMPARE(t2->events().size(), 3);
        QTRY_COMPARE(t3->events().size(), 3);
        QCOMPARE(stored(), 3);
        QVERIFY(!t1->closed && !t2->closed && !t3->closed);

        QTRY_VERIFY(fourth.disconnected);

        // One leaves: a new one is served.
        t3->socket.close();
        QTRY_COMPARE(metric("shopdesk_hub_terminals_connected"), 2);
        auto t4 = connected(QStringLiteral("T4"), 0);
        QCOMPARE(t4->events().size(), 3);
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 3);
        QCOMPARE(metric("shopdesk_hub_connections_refused_total", "address_busy"), 1);
    }

    void aNewConnectionOfTheSameTerminalReplacesTheOld()
    {
        auto first = connected(QStringLiteral("T1"));
        auto second = connected(QStringLiteral("T1"));
        QVERIFY(first->waitClosed());
        QVERIFY(!second->closed);
        auto t2 = connected(QStringLiteral("T2"));
        t2->sendText(
            Sync::encode(Sync::Push{QStringLiteral("b"), hubEvents(QStringLiteral("T2"), 1, 1)}));
        QTRY_COMPARE(second->events().size(), 1);
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 2);
    }

    void healthReadinessAndMetrics()
    {
        auto [status, body] = get(QStringLiteral("/healthz"));
        QCOMPARE(status, 200);
        QCOMPARE(body, QByteArray("ok\n"));
        std::tie(status, body) = get(QStringLiteral("/readyz"));
        QCOMPARE(status, 200);
        std::tie(status, body) = get(QStringLiteral("/metrics"));
        QCOMPARE(status, 200);
        for (const char *name :
             {"shopdesk_hub_terminals_connected 0", "shopdesk_hub_events_stored 0",
              "shopdesk_hub_events_pushed_total 0",
              "# TYPE shopdesk_hub_connections_refused_total counter",
              "shopdesk_hub_connections_refused_total{reason=\"unauthorized\"} 0",
              "shopdesk_hub_messages_refused_total{reason=\"rate_limited\"} 0",
              "shopdesk_hub_connections_refused_total{reason=\"address_busy\"} 0",
              "shopdesk_hub_messages_refused_total{reason=\"idle_timeout\"} 0"}) {
            QVERIFY2(body.contains(name), name);
        }
        auto t1 = connected(QStringLiteral("T1"));
        t1->sendText(
            Sync::encode(Sync::Push{QStringLiteral("b"), hubEvents(QStringLiteral("T1"), 1, 4)}));
        QVERIFY(!t1->waitFor(QStringLiteral("ack")).isEmpty());
        QCOMPARE(metric("shopdesk_hub_terminals_connected"), 1);
        QCOMPARE(metric("shopdesk_hub_events_stored"), 4);

        m_store->down = true;
        std::tie(status, body) = get(QStringLiteral("/readyz"));
        QCOMPARE(status, 503);
        QVERIFY(body.contains("disk on fire"));
        m_store->down = false;
        QCOMPARE(get(QStringLiteral("/readyz")).first, 200);

        QCOMPARE(get(QStringLiteral("/nothing")).first, 404);
        QCOMPARE(get(QStringLiteral("/metrics"), "POST").first, 404);
    }

    void shutdownTellsEveryTerminalAndStops()
    {
        auto t1 = connected(QStringLiteral("T1"));
        auto t2 = connected(QStringLiteral("T2"));
        QSignalSpy stopped(m_server.get(), &HubServer::stopped);
        m_server->shutdown();
        QVERIFY(t1->waitClosed());
        QVERIFY(t2->waitClosed());
        QCOMPARE(int(t1->closeCode), 1001);
        QCOMPARE(t1->waitFor(QStringLiteral("error"), 100).value("code").toString(),
                 QStringLiteral("shutting_down"));
        QTRY_COMPARE(stopped.size(), 1);
        HubTestClient late;
        QVERIFY(!late.open(url(), 1000) || late.waitClosed(1000));
    }
};

// The REST API's write whose command commits on the web terminal while the log refuses its
// events: 202 with Location (never an error a client would retry into a second order), the
// Idempotency-Key kept, and the events reach the log with the next write.
void tst_HubServer::aWriteTheLogRefusesIsAcceptedOnce()
{
    HubConfig c = config();
    c.hostedTerminals = {QStringLiteral("WEB")};
    startServer(c);
    auto opened = WebTerminal::open(m_dir->filePath(QStringLiteral("web.db")),
                                    QStringLiteral("WEB"), *m_server, *m_store);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    std::unique_ptr<WebTerminal> web = std::move(opened).value();
    SqlShopQueries queries(*m_sql);
    SqlApiKeys keys(*m_sql);
    SqlIdempotency idempotency(*m_sql);
    const NewApiKey key = makeApiKey(QStringLiteral("shop"), ApiRole::Manager);
    QVERIFY(keys.addApiKey(key.record).ok());
    RestApi rest(queries, keys, idempotency, web.get());
    m_http->setRestApi(&rest);
    const QByteArray bearer = key.bearer.toUtf8();

    Reply r = post(QStringLiteral("/stocks"), bearer,
                   R"({"productId":"P1","productName":"Pear","stockCount":5,"price":800})");
    QCOMPARE(r.status, 201);
    const qint64 before = stored();

    m_store->down = true;
    const QByteArray order = R"({"customerName":"Kim","productId":"P1","qty":2})";
    r = post(QStringLiteral("/orders"), bearer, order, "k1");
    QCOMPARE(r.status, 202);
    QCOMPARE(r.location, QByteArray("/orders/WEB-000001"));
    QVERIFY2(r.body.contains("reaches the hub's log"), r.body.constData());
    QCOMPARE(stored(), before);
    QVERIFY(web->services().orders.orderView(QStringLiteral("WEB-000001")).ok());
    // The retry is the first answer, and no second order.
    r = post(QStringLiteral("/orders"), bearer, order, "k1");
    QCOMPARE(r.status, 202);
    QCOMPARE(r.replayed, QByteArray("true"));
    QVERIFY(!web->services().orders.orderView(QStringLiteral("WEB-000002")).ok());

    // The log is back: the next write takes the waiting events along.
    m_store->down = false;
    r = post(QStringLiteral("/orders"), bearer, order, "k2");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.location, QByteArray("/orders/WEB-000002"));
    const auto first = queries.order(QStringLiteral("WEB-000001"));
    QVERIFY(first.ok() && first.value());
    QCOMPARE(first.value()->status, QStringLiteral("placed"));
    const auto p1 = queries.product(QStringLiteral("P1"));
    QVERIFY(p1.ok() && p1.value());
    QCOMPARE(p1.value()->reserved, 4);
    m_http->setRestApi(nullptr);
}

QTEST_GUILESS_MAIN(tst_HubServer)
#include "tst_hubserver.moc"
