// JsonWriter, the REST API's writer of JSON bytes: what it writes must parse back to the
// values it was given, whatever the text holds.
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ShopDesk::Hub::JsonWriter;

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void textsParseBackUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Kim");
        QTest::newRow("hangul") << QStringLiteral("김민수 사과 1kg");
        QTest::newRow("quotes and backslashes") << QStringLiteral("a \"b\" \\c\\ \\\\\"");
        QTest::newRow("control characters") << QStringLiteral("tab\there\nline\r\x01\x1f end");
        QTest::newRow("emoji") << QStringLiteral("box 📦");
        QTest::newRow("json inside") << QStringLiteral("{\"injected\": true}");
    }
    void textsParseBackUnchanged()
    {
        QFETCH(QString, text);
        JsonWriter w;
        w.beginObject();
        w.key("text").string(text);
        w.key("empty").stringOrNull(QString());
        w.key("n").number(-9007199254740991);
        w.endObject();
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(w.bytes(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("text")).toString(), text);
        QVERIFY(o.value(QStringLiteral("empty")).isNull());
        QCOMPARE(o.value(QStringLiteral("n")).toInteger(), -9007199254740991);
        QCOMPARE(o.size(), 3);
        QVERIFY(!w.bytes().contains('\n'));
    }

    void nestingPutsCommasWhereTheyBelong()
    {
        JsonWriter w;
        w.beginObject();
        w.key("a").beginArray();
        for (int i = 0; i < 3; ++i) {
            w.beginObject();
            w.key("i").number(i);
            w.link("self", QStringLiteral("/x/%1").arg(i));
            w.endObject();
        }
        w.endArray();
        w.key("b").beginObject();
        w.endObject();
        w.key("c").beginArray();
        w.endArray();
        w.endObject();
        QCOMPARE(w.bytes(), QByteArray("{\"a\":[{\"i\":0,\"self\":{\"href\":\"/x/0\"}},"
                                       "{\"i\":1,\"self\":{\"href\":\"/x/1\"}},"
                                       "{\"i\":2,\"self\":{\"href\":\"/x/2\"}}],"
                                       "\"b\":{},\"c\":[]}"));
    }

    void timesAreUtcWithMilliseconds()
    {
        JsonWriter w;
        w.beginArray();
        w.time(QDateTime::fromMSecsSinceEpoch(1'764'840'600'123, Qt::UTC));
        w.time(QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC));
        w.time(QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::OffsetFromUTC, 9 * 3600));
        w.time(QDateTime());
        w.endArray();
        QCOMPARE(w.bytes(), QByteArray("[\"2025-12-04T09:30:00.123Z\",\"1969-12-31T23:59:59.999Z\","
                                       "\"2026-12-04T00:30:00.000Z\",null]"));
    }
};

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
