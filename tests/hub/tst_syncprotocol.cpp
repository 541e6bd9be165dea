#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace ShopDesk;
using namespace ShopDesk::Sync;

namespace {

DomainEvent sampleEvent(qint64 originSeq)
{
    DomainEvent e = DomainEvent::make(
        EventType::StockReserved, QStringLiteral("T1-000001"), QStringLiteral("P001"),
        {{QStringLiteral("productId"), QStringLiteral("P001")}, {QStringLiteral("qty"), 2}});
    e.seq = originSeq;
    e.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.origin = QStringLiteral("T1");
    e.originSeq = originSeq;
    e.actor = QStringLiteral("김민수");
    e.causationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.occurredAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
    return e;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject validEventJson()
{
    return eventToJson(sampleEvent(1));
}

} // namespace

class tst_SyncProtocol : public QObject
{
    Q_OBJECT

private slots:
    void helloRoundTrip()
    {
        const Decoded d = decode(encode(Hello{QStringLiteral("T2"), QStringLiteral("s3cr3t"), 42}));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().detail));
        const auto &hello = std::get<Hello>(d.message());
        QCOMPARE(hello.terminal, QStringLiteral("T2"));
        QCOMPARE(hello.token, QStringLiteral("s3cr3t"));
        QCOMPARE(hello.lastGlobalSeq, 42);
        const QJsonObject wire = QJsonDocument::fromJson(encode(Hello{"T2", "x", 0})).object();
        QCOMPARE(wire.value("type").toString(), QStringLiteral("hello"));
        QCOMPARE(wire.value("v").toInt(), 1);
        // withOwn (a terminal restored from a backup) only travels when it is true.
        QVERIFY(!wire.contains("withOwn"));
        QVERIFY(!hello.withOwn);
        const Decoded restored = decode(encode(Hello{"T2", "x", 7, true}));
        QVERIFY(restored.ok());
        QCOMPARE(std::get<Hello>(restored.message()).withOwn, true);
        QCOMPARE(
            QJsonDocument::fromJson(encode(Hello{"T2", "x", 7, true})).object().value("withOwn"),
            QJsonValue(true));
    }

    void helloWithoutTokenDecodes()
    {
        // The hub, not the codec, refuses it (unauthorized).
        const Decoded d = decode(R"({"type":"hello","v":1,"terminal":"T1","lastGlobalSeq":0})");
        QVERIFY(d.ok());
        QVERIFY(std::get<Hello>(d.message()).token.isEmpty());
    }

    void pushRoundTripKeepsEveryField()
    {
        Push push{QStringLiteral("b-1"), {sampleEvent(1), sampleEvent(2)}};
        push.events[1].causationId.clear();
        push.events[1].productId.clear();
        push.events[1].orderId.clear();
        const Decoded d = decode(encode(push));
        QVERIFY(d.ok());
        const auto &back = std::get<Push>(d.message());
        QCOMPARE(back.batch, QStringLiteral("b-1"));
        QCOMPARE(back.events.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const DomainEvent &a = push.events.at(i);
            const DomainEvent &b = back.events.at(i);
            QCOMPARE(b.eventId, a.eventId);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.orderId, a.orderId);
            QCOMPARE(b.productId, a.productId);
            QCOMPARE(b.origin, a.origin);
            QCOMPARE(b.originSeq, a.originSeq);
            QCOMPARE(b.actor, a.actor);
            QCOMPARE(b.causationId, a.causationId);
            QCOMPARE(b.occurredAt, a.occurredAt);
            QCOMPARE(b.occurredAt.timeSpec(), Qt::UTC);
            QCOMPARE(b.payload, a.payload);
        }
    }

    void eventsCarryGlobalSeq()
    {
        Events events{{SyncEvent{sampleEvent(7), 1001}, SyncEvent{sampleEvent(8), 1002}}};
        const Decoded d = decode(encode(events));
        QVERIFY(d.ok());
        const auto &back = std::get<Events>(d.message());
        QCOMPARE(back.events.size(), 2);
        QCOMPARE(back.events.at(0).globalSeq, 1001);
        QCOMPARE(back.events.at(1).globalSeq, 1002);
        QCOMPARE(back.events.at(1).event.originSeq, 8);
    }

    void frameWriterWritesWhatEncodeWrites()
    {
        DomainEvent plain = sampleEvent(3);
        plain.orderId.clear();
        plain.causationId.clear();
        DomainEvent awkward = sampleEvent(4);
        awkward.actor = QStringLiteral("quote \" backslash \\ newline \n tab \t bell \x07 한글");
        awkward.payload.insert(QStringLiteral("reason"), QStringLiteral("a \"b\"\n"));
        const Events events{
            {SyncEvent{sampleEvent(1), 10}, SyncEvent{plain, 11}, SyncEvent{awkward, 12}}};
        EventsFrameWriter writer;
        for (const SyncEvent &e : events.events) {
            writer.add(e.event, e.globalSeq,
                       QJsonDocument(e.event.payload).toJson(QJsonDocument::Compact));
        }
        QCOMPARE(writer.count(), 3);
        const QByteArray frame = writer.take();
        QCOMPARE(QJsonDocument::fromJson(frame), QJsonDocument::fromJson(encode(events)));
        QCOMPARE(writer.count(), 0);
        EventsFrameWriter empty;
        QCOMPARE(QJsonDocument::fromJson(empty.take()), QJsonDocument::fromJson(encode(Events{})));
    }

    void eventsWithoutGlobalSeqAreMalformed()
    {
        QJsonObject o{{"type", "events"}, {"v", 1}, {"events", QJsonArray{validEventJson()}}};
        const Decoded d = decode(json(o));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QStringLiteral("malformed"));
    }

    void ackWelcomeCaughtUpErrorRoundTrip()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Decoded d = decode(encode(Ack{QStringLiteral("b"), {Assigned{id, 5}}}));
        QVERIFY(d.ok());
        QCOMPARE(std::get<Ack>(d.message()).assigned.at(0).eventId, id);
        QCOMPARE(std::get<Ack>(d.message()).assigned.at(0).globalSeq, 5);
        d = decode(encode(Welcome{9}));
        QVERIFY(d.ok());
        QCOMPARE(std::get<Welcome>(d.message()).hubSeq, 9);
        d = decode(encode(CaughtUp{10}));
        QVERIFY(d.ok());
        QCOMPARE(std::get<CaughtUp>(d.message()).hubSeq, 10);
        d = decode(
            encode(ErrorMessage{QString(ErrorName::Unauthorized), QStringLiteral("no"), {}}));
        QVERIFY(d.ok());
        QCOMPARE(std::get<ErrorMessage>(d.message()).code, QStringLiteral("unauthorized"));
        // event_id_taken names the event, in the id's one form.
        const QString takenId = QStringLiteral("0190a3c4-0000-7000-8000-000000000001");
        d = decode(
            encode(ErrorMessage{QString(ErrorName::EventIdTaken), QStringLiteral("x"), takenId}));
        QVERIFY(d.ok());
        QCOMPARE(std::get<ErrorMessage>(d.message()).eventId, takenId);
        QVERIFY(!decode(R"({"type":"error","v":1,"code":"event_id_taken","eventId":"{x}"})").ok());
        // An error without "v" is still understood (an old or new peer refusing us).
        d = decode(R"({"type":"error","code":"unsupported_version","message":"v2 only"})");
        QVERIFY(d.ok());
        QCOMPARE(std::get<ErrorMessage>(d.message()).code, QStringLiteral("unsupported_version"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QJsonObject good = validEventJson();
        const auto push = [](const QJsonObject &event) {
            return json(QJsonObject{
                {"type", "push"}, {"v", 1}, {"batch", "b"}, {"events", QJsonArray{event}}});
        };
        const auto without = [&](const char *field) {
            QJsonObject e = good;
            e.remove(QLatin1StringView(field));
            return push(e);
        };
        const auto with = [&](const char *field, const QJsonValue &value) {
            QJsonObject e = good;
            e.insert(QLatin1StringView(field), value);
            return push(e);
        };
        QTest::newRow("not json") << QByteArray("{\"type\":") << "malformed";
        QTest::newRow("binary garbage") << QByteArray("\x01\x02\xff") << "malformed";
        QTest::newRow("array") << QByteArray("[1,2]") << "malformed";
        QTest::newRow("no type") << QByteArray(R"({"v":1})") << "malformed";
        QTest::newRow("type not string") << QByteArray(R"({"type":5,"v":1})") << "malformed";
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"subscribe","v":1})") << "unknown_type";
        QTest::newRow("no version") << QByteArray(R"({"type":"hello","terminal":"T1","token":"x",)"
                                                  R"("lastGlobalSeq":0})")
                                    << "unsupported_version";
        QTest::newRow("version 2") << QByteArray(R"({"type":"hello","v":2,"terminal":"T1",)"
                                                 R"("token":"x","lastGlobalSeq":0})")
                                   << "unsupported_version";
        QTest::newRow("hello withOwn not a bool")
            << QByteArray(R"({"type":"hello","v":1,"terminal":"T1","token":"x",)"
                          R"("lastGlobalSeq":0,"withOwn":"yes"})")
            << "malformed";
        QTest::newRow("hello bad terminal")
            << QByteArray(
                   R"({"type":"hello","v":1,"terminal":"T 1","token":"x","lastGlobalSeq":0})")
            << "malformed";
        QTest::newRow("hello token not a string")
            << QByteArray(R"({"type":"hello","v":1,"terminal":"T1","token":5,"lastGlobalSeq":0})")
            << "malformed";
        QTest::newRow("hello token too long")
            << QByteArray(R"({"type":"hello","v":1,"terminal":"T1","token":")" +
                          QByteArray(513, 'a') + R"(","lastGlobalSeq":0})")
            << "malformed";
        QTest::newRow("hello negative seq")
            << QByteArray(
                   R"({"type":"hello","v":1,"terminal":"T1","token":"x","lastGlobalSeq":-1})")
            << "malformed";
        QTest::newRow("hello fractional seq")
            << QByteArray(
                   R"({"type":"hello","v":1,"terminal":"T1","token":"x","lastGlobalSeq":1.5})")
            << "malformed";
        QTest::newRow("hello seq string")
            << QByteArray(
                   R"({"type":"hello","v":1,"terminal":"T1","token":"x","lastGlobalSeq":"1"})")
            << "malformed";
        QTest::newRow("push no batch")
            << json(QJsonObject{{"type", "push"}, {"v", 1}, {"events", QJsonArray{good}}})
            << "malformed";
        QTest::newRow("push events not array")
            << json(QJsonObject{{"type", "push"}, {"v", 1}, {"batch", "b"}, {"events", 3}})
            << "malformed";
        QTest::newRow("push event not object")
            << json(QJsonObject{
                   {"type", "push"}, {"v", 1}, {"batch", "b"}, {"events", QJsonArray{1}}})
            << "malformed";
        QTest::newRow("event without id") << without("eventId") << "malformed";
        QTest::newRow("event id not uuid") << with("eventId", "abc") << "malformed";
        // One form of an id: the same UUID in braces or in upper case is another spelling.
        QTest::newRow("event id in braces")
            << with("eventId", "{0190a3c4-0000-7000-8000-000000000001}") << "malformed";
        QTest::newRow("event id in upper case")
            << with("eventId", "0190A3C4-0000-7000-8000-00000000000A") << "malformed";
        QTest::newRow("event causation in braces")
            << with("causationId", "{0190a3c4-0000-7000-8000-000000000001}") << "malformed";
        QTest::newRow("event origin seq beyond 2^53") << with("originSeq", 1.8e16) << "malformed";
        QTest::newRow("event type not a name") << with("type", "stock stolen!") << "malformed";
        QTest::newRow("event type empty") << with("type", "") << "malformed";
        QTest::newRow("event without origin") << without("origin") << "malformed";
        QTest::newRow("event bad origin") << with("origin", "") << "malformed";
        QTest::newRow("event origin seq 0") << with("originSeq", 0) << "malformed";
        QTest::newRow("event no time") << without("occurredAt") << "malformed";
        QTest::newRow("event bad time") << with("occurredAt", "yesterday") << "malformed";
        QTest::newRow("event payload array") << with("payload", QJsonArray{}) << "malformed";
        QTest::newRow("event order id number") << with("orderId", 5) << "malformed";
        QTest::newRow("event causation not uuid") << with("causationId", "x") << "malformed";
        QTest::newRow("event global seq 0") << with("globalSeq", 0) << "malformed";
        QTest::newRow("ack bad entry")
            << json(QJsonObject{{"type", "ack"},
                                {"v", 1},
                                {"batch", "b"},
                                {"assigned", QJsonArray{QJsonObject{{"eventId", "x"}}}}})
            << "malformed";
    }

    void refused()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        const Decoded d = decode(frame);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, code);
        QVERIFY(!d.error().detail.isEmpty());
    }

    void newerEventTypesPass()
    {
        // A newer terminal's event type is stored and forwarded, not refused.
        QJsonObject e = validEventJson();
        e.insert("type", "ProductRenamed");
        const auto back = eventFromJson(e);
        QCOMPARE(back.index(), 0u);
        QCOMPARE(std::get<0>(back).event.type, QStringLiteral("ProductRenamed"));
    }

    void tooManyEventsInOneMessage()
    {
        Push push{QStringLiteral("b"), {}};
        for (int i = 1; i <= MaxEventsPerMessage + 1; ++i)
            push.events.append(sampleEvent(i));
        const Decoded d = decode(encode(push));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QStringLiteral("malformed"));
        push.events.removeLast();
        QVERIFY(decode(encode(push)).ok());
    }

    void terminalNames()
    {
        QVERIFY(isValidTerminalName(QStringLiteral("T1")));
        QVERIFY(isValidTerminalName(QStringLiteral("back-office_2")));
        QVERIFY(!isValidTerminalName(QString()));
        QVERIFY(!isValidTerminalName(QStringLiteral("1T")));
        QVERIFY(!isValidTerminalName(QStringLiteral("T1/../x")));
        QVERIFY(!isValidTerminalName(QStringLiteral("ABCDEFGHIJKLMNOPQ")));
    }
};

QTEST_GUILESS_MAIN(tst_SyncProtocol)
#include "tst_syncprotocol.moc"
