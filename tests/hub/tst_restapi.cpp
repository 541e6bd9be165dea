// The hub's REST API (issue 17) against the real shopdesk-hub process on 127.0.0.1, with a
// real HTTP client, on SQLite and on a throwaway PostgreSQL cluster.
#include "events.h"
#include "foreignevent.h"
#include "hubprocess.h"
#include "pgcluster.h"
#include "sqlhubstore.h"
#include "syncclient.h"
#include "testshop.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#ifndef SHOPDESK_HUB_EXE
#error "SHOPDESK_HUB_EXE must name the shopdesk-hub binary"
#endif

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString error;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString problemCode() const { return json().value(QStringLiteral("code")).toString(); }
    QString detail() const { return json().value(QStringLiteral("detail")).toString(); }
    QString describe() const
    {
        return QStringLiteral("%1 %2 %3").arg(status).arg(QString::fromUtf8(body.left(600)), error);
    }
};

QJsonArray embedded(const QJsonObject &page, const QString &relation)
{
    return page.value(QStringLiteral("_embedded")).toObject().value(relation).toArray();
}

qint64 totalOf(const QJsonObject &page)
{
    return page.value(QStringLiteral("page"))
        .toObject()
        .value(QStringLiteral("totalElements"))
        .toInteger(-1);
}

} // namespace

class tst_RestApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgCluster> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HubProcess> m_hub;
    QString m_spec;
    QHash<QString, QString> m_keys; // role -> bearer

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    QString newDatabase(const QString &backend)
    {
        const QString name = QStringLiteral("hub%1").arg(++m_databases);
        if (backend == QLatin1StringView("postgres")) {
            if (!m_pg) {
                m_pg = std::make_unique<PgCluster>();
                if (!m_pg->start())
                    qFatal("PostgreSQL: %s", qPrintable(m_pg->error()));
            }
            if (!m_pg->createDatabase(name))
                qFatal("createdb: %s", qPrintable(m_pg->error()));
            return m_pg->url(name);
        }
        return m_dir.filePath(name + QStringLiteral(".db"));
    }

    ProcessRun hubCommand(const QStringList &arguments)
    {
        return runProcess(QStringLiteral(SHOPDESK_HUB_EXE),
                          QStringList{QStringLiteral("--db"), m_spec} + arguments,
                          {.timeoutMs = 30'000});
    }

    QString addKey(const QString &name, const QString &role)
    {
        const ProcessRun run = hubCommand({QStringLiteral("apikey"), QStringLiteral("add"), name,
                                           QStringLiteral("--role"), role});
        if (!run.ok())
            qFatal("apikey add: %s", qPrintable(run.describe()));
        return run.outText().trimmed();
    }

    // A hub on a new database of the backend, with a key of each role.
    bool startHub(const QString &backend, const QStringList &arguments = {})
    {
        m_hub.reset();
        m_spec = newDatabase(backend);
        m_keys.clear();
        for (const QString &role :
             {QStringLiteral("reader"), QStringLiteral("clerk"), QStringLiteral("manager")})
            m_keys.insert(role, addKey(role, role));
        m_hub = std::make_unique<HubProcess>(QStringLiteral(SHOPDESK_HUB_EXE), m_spec);
        QStringList more = arguments;
        more << QStringLiteral("--web-db")
             << m_dir.filePath(QStringLiteral("web%1.db").arg(m_databases));
        if (!m_hub->start({.arguments = more, .http = true})) {
            qWarning("%s", qPrintable(m_hub->error()));
            return false;
        }
        return true;
    }

    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QString &role = QStringLiteral("manager"),
                const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(m_hub->httpUrl().resolved(QUrl(path)));
        if (!role.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_keys.value(role).toUtf8());
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        if (!reply->isFinished())
            answer.error = QStringLiteral("timed out");
        reply->abort();
        reply->deleteLater();
        return answer;
    }

    Answer get(const QString &path, const QString &role = QStringLiteral("reader"),
               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return call("GET", path, {}, role, headers);
    }

    Answer post(const QString &path, const QJsonObject &body,
                const QString &role = QStringLiteral("manager"),
                const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), role,
                    headers);
    }

    // Registers a product with its starting stock and a price, over REST.
    void stock(const QString &productId, qint64 count, qint64 price = 1000)
    {
        const Answer a =
            post(QStringLiteral("/stocks"),
                 {{QStringLiteral("productId"), productId},
                  {QStringLiteral("productName"), QStringLiteral("Product ") + productId},
                  {QStringLiteral("stockCount"), count},
                  {QStringLiteral("price"), price}});
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
    }

    QString placeOrder(const QString &productId, qint64 qty,
                       const QString &role = QStringLiteral("clerk"))
    {
        const Answer a = post(QStringLiteral("/orders"),
                              {{QStringLiteral("customerName"), QStringLiteral("김민수")},
                               {QStringLiteral("customerPhone"), QStringLiteral("010-1234-5678")},
                               {QStringLiteral("lines"),
                                QJsonArray{QJsonObject{{QStringLiteral("productId"), productId},
                                                       {QStringLiteral("qty"), qty}}}}},
                              role);
        if (a.status != 201)
            qWarning("placeOrder: %s", qPrintable(a.describe()));
        return a.json().value(QStringLiteral("orderId")).toString();
    }

    qint64 eventsStored()
    {
        const Answer a = call("GET", QStringLiteral("/metrics"), {}, {});
        for (const QByteArray &line : a.body.split('\n')) {
            if (line.startsWith("shopdesk_hub_events_stored "))
                return line.mid(27).trimmed().toLongLong();
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // KEEPDIR=1 keeps the hubs' and web terminals' databases for a look afterwards.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEPDIR"));
    }
    void cleanupTestCase()
    {
        m_hub.reset();
        m_pg.reset();
    }

    void theSeedsCallsAsWritten_data() { backends(); }
    void theSeedsCallsAsWritten()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));

        // POST /stocks as the seed wrote it: numeric ids, no price.
        Answer a =
            post(QStringLiteral("/stocks"), {{QStringLiteral("stockId"), 1},
                                             {QStringLiteral("productId"), 1},
                                             {QStringLiteral("productName"), QStringLiteral("TV")},
                                             {QStringLiteral("stockCount"), 10}});
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
        QCOMPARE(a.header("location"), QByteArray("/stocks/1"));
        QCOMPARE(a.header("content-type"), QByteArray("application/hal+json"));
        QCOMPARE(a.json().value(QStringLiteral("stockCount")).toInteger(), 10);
        QCOMPARE(a.json().value(QStringLiteral("productName")).toString(), QStringLiteral("TV"));

        // POST /orders as the seed wrote it.
        a = post(QStringLiteral("/orders"),
                 {{QStringLiteral("customerId"), 7},
                  {QStringLiteral("productId"), 1},
                  {QStringLiteral("productName"), QStringLiteral("TV")},
                  {QStringLiteral("qty"), 2}},
                 QStringLiteral("clerk"));
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
        const QString orderId = a.json().value(QStringLiteral("orderId")).toString();
        QVERIFY2(orderId.startsWith(QLatin1StringView("WEB-")), qPrintable(orderId));
        QCOMPARE(a.header("location"), QByteArray("/orders/") + orderId.toUtf8());
        QCOMPARE(a.json().value(QStringLiteral("status")).toString(), QStringLiteral("placed"));
        QCOMPARE(a.json().value(QStringLiteral("terminal")).toString(), QStringLiteral("WEB"));
        const QJsonArray lines = a.json().value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("productId")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("qty")).toInteger(), 2);

        // GET /orders: HAL with the page's figures.
        a = get(QStringLiteral("/orders"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.header("content-type"), QByteArray("application/hal+json"));
        const QJsonObject page = a.json().value(QStringLiteral("page")).toObject();
        QCOMPARE(page.value(QStringLiteral("size")).toInt(), 20);
        QCOMPARE(page.value(QStringLiteral("totalElements")).toInteger(), 1);
        QCOMPARE(page.value(QStringLiteral("totalPages")).toInteger(), 1);
        QCOMPARE(page.value(QStringLiteral("number")).toInt(), 0);
        const QJsonArray orders = embedded(a.json(), QStringLiteral("orders"));
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0).toObject().value(QStringLiteral("orderId")).toString(), orderId);
        QCOMPARE(orders.at(0)
                     .toObject()
                     .value(QStringLiteral("_links"))
                     .toObject()
                     .value(QStringLiteral("self"))
                     .toObject()
                     .value(QStringLiteral("href"))
                     .toString(),
                 QStringLiteral("/orders/") + orderId);

        // The stock shows the reservation; no delivery before payment.
        a = get(QStringLiteral("/stocks/1"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json().value(QStringLiteral("stockCount")).toInteger(), 10);
        QCOMPARE(a.json().value(QStringLiteral("reserved")).toInteger(), 2);
        QCOMPARE(a.json().value(QStringLiteral("available")).toInteger(), 8);
        a = get(QStringLiteral("/stocks"));
        QCOMPARE(totalOf(a.json()), 1);
        a = get(QStringLiteral("/deliveries"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(totalOf(a.json()), 0);
        a = post(QStringLiteral("/deliveries"), {{QStringLiteral("orderId"), orderId}},
                 QStringLiteral("clerk"));
        QCOMPARE(a.status, 409);
        QVERIFY2(a.detail().contains(QLatin1StringView("starts when it is paid")),
                 qPrintable(a.describe()));
    }

    void payDeliverAndCancel_data() { backends(); }
    void payDeliverAndCancel()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        stock(QStringLiteral("P1"), 10, 1500);
        const QString first = placeOrder(QStringLiteral("P1"), 2);
        const QString second = placeOrder(QStringLiteral("P1"), 3);
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        // Cash with tendered: paid, and its delivery started by the policy.
        Answer a = post(QStringLiteral("/orders/%1/payments").arg(first),
                        {{QStringLiteral("method"), QStringLiteral("cash")},
                         {QStringLiteral("tendered"), 5000}},
                        QStringLiteral("clerk"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json().value(QStringLiteral("status")).toString(), QStringLiteral("delivering"));
        const QString deliveryId = a.json().value(QStringLiteral("deliveryId")).toString();
        QVERIFY(!deliveryId.isEmpty());
        a = post(QStringLiteral("/deliveries"), {{QStringLiteral("orderId"), first}},
                 QStringLiteral("clerk"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json().value(QStringLiteral("deliveryId")).toString(), deliveryId);
        QCOMPARE(a.json().value(QStringLiteral("status")).toString(), QStringLiteral("started"));
        QCOMPARE(get(QStringLiteral("/stocks/P1"))
                     .json()
                     .value(QStringLiteral("stockCount"))
                     .toInteger(),
                 8);

        a = post(QStringLiteral("/deliveries/%1/completion").arg(deliveryId), {},
                 QStringLiteral("clerk"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(get(QStringLiteral("/orders/") + first)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("delivered"));

        // A card needs its approval number; cancelling the second releases its reservation.
        a = post(QStringLiteral("/orders/%1/payments").arg(second),
                 {{QStringLiteral("method"), QStringLiteral("card")}}, QStringLiteral("clerk"));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.detail().contains(QLatin1StringView("approval")), qPrintable(a.describe()));
        a = post(QStringLiteral("/orders/%1/cancellation").arg(second),
                 {{QStringLiteral("reason"), QStringLiteral("고객 변심")}},
                 QStringLiteral("clerk"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        const QJsonObject p1 = get(QStringLiteral("/stocks/P1")).json();
        QCOMPARE(p1.value(QStringLiteral("stockCount")).toInteger(), 8);
        QCOMPARE(p1.value(QStringLiteral("reserved")).toInteger(), 0);

        // Filters: by status.
        a = get(QStringLiteral("/orders?status=cancelled"));
        QCOMPARE(totalOf(a.json()), 1);
        QCOMPARE(embedded(a.json(), QStringLiteral("orders"))
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("orderId"))
                     .toString(),
                 second);
        a = get(QStringLiteral("/deliveries?status=completed"));
        QCOMPARE(totalOf(a.json()), 1);
    }

    void stockIsReceivedAndWrittenOff()
    {
        QVERIFY(startHub(QStringLiteral("sqlite")));
        stock(QStringLiteral("P1"), 4);
        stock(QStringLiteral("P9"), 1);
        const QString registered =
            get(QStringLiteral("/stocks/P1")).json().value(QStringLiteral("updatedAt")).toString();
        QTest::qWait(5);
        Answer a = post(QStringLiteral("/stocks/P1/receipts"), {{QStringLiteral("qty"), 6}});
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json().value(QStringLiteral("stockCount")).toInteger(), 10);
        // The receipt moves the product's time: polling with since finds it, and only it.
        const QString moved = a.json().value(QStringLiteral("updatedAt")).toString();
        QVERIFY2(moved > registered, qPrintable(registered + QLatin1Char(' ') + moved));
        a = get(QStringLiteral("/stocks?since=") +
                QString::fromLatin1(QUrl::toPercentEncoding(moved)));
        QCOMPARE(totalOf(a.json()), 1);
        QCOMPARE(embedded(a.json(), QStringLiteral("stocks"))
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("productId"))
                     .toString(),
                 QStringLiteral("P1"));
        a = post(QStringLiteral("/stocks/P1/write-offs"),
                 {{QStringLiteral("qty"), 3}, {QStringLiteral("reason"), QStringLiteral("파손")}});
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json().value(QStringLiteral("stockCount")).toInteger(), 7);
        // A write-off needs its reason; below zero is refused; a clerk may not.
        a = post(QStringLiteral("/stocks/P1/write-offs"), {{QStringLiteral("qty"), 1}});
        QCOMPARE(a.status, 400);
        a = post(QStringLiteral("/stocks/P1/write-offs"),
                 {{QStringLiteral("qty"), 8}, {QStringLiteral("reason"), QStringLiteral("lost")}});
        QVERIFY2(a.status == 409 || a.status == 422, qPrintable(a.describe()));
        a = post(QStringLiteral("/stocks/P1/receipts"), {{QStringLiteral("qty"), 1}},
                 QStringLiteral("clerk"));
        QCOMPARE(a.status, 403);
        a = post(QStringLiteral("/stocks/NOPE/receipts"), {{QStringLiteral("qty"), 1}});
        QCOMPARE(a.status, 404);
        // An id with a slash and Hangul is one path segment, percent-encoded in links.
        a = post(QStringLiteral("/stocks"),
                 {{QStringLiteral("productId"), QStringLiteral("상자/2")},
                  {QStringLiteral("productName"), QStringLiteral("상자")},
                  {QStringLiteral("stockCount"), 2}});
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
        QCOMPARE(a.header("location"), QByteArray("/stocks/%EC%83%81%EC%9E%90%2F2"));
        a = get(QString::fromLatin1(a.header("location")));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json().value(QStringLiteral("productId")).toString(), QStringLiteral("상자/2"));
        // A product registered twice: refused, the first stays.
        a = post(QStringLiteral("/stocks"),
                 {{QStringLiteral("productId"), QStringLiteral("P1")},
                  {QStringLiteral("productName"), QStringLiteral("Other")},
                  {QStringLiteral("stockCount"), 99}});
        QVERIFY2(a.status == 409 || a.status == 422, qPrintable(a.describe()));
        a = get(QStringLiteral("/products/P1"));
        QCOMPARE(a.json().value(QStringLiteral("productName")).toString(),
                 QStringLiteral("Product P1"));
        QCOMPARE(get(QStringLiteral("/stocks/P1"))
                     .json()
                     .value(QStringLiteral("stockCount"))
                     .toInteger(),
                 7);
    }

    void pagesAndTheirLinks_data() { backends(); }
    void pagesAndTheirLinks()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        stock(QStringLiteral("P1"), 1000);
        QStringList placed;
        for (int i = 0; i < 45; ++i)
            placed.append(placeOrder(QStringLiteral("P1"), 1));
        QCOMPARE(placed.size(), 45);
        QVERIFY(!placed.contains(QString()));

        Answer a = get(QStringLiteral("/orders?size=20&page=1&sort=placedAt,asc"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(totalOf(a.json()), 45);
        QCOMPARE(a.json()
                     .value(QStringLiteral("page"))
                     .toObject()
                     .value(QStringLiteral("totalPages"))
                     .toInteger(),
                 3);
        QJsonArray rows = embedded(a.json(), QStringLiteral("orders"));
        QCOMPARE(rows.size(), 20);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("orderId")).toString(), placed.at(20));
        const QJsonObject links = a.json().value(QStringLiteral("_links")).toObject();
        const auto href = [&](const char *rel) {
            return links.value(QLatin1StringView(rel))
                .toObject()
                .value(QStringLiteral("href"))
                .toString();
        };
        QVERIFY2(href("next").contains(QLatin1StringView("page=2")), qPrintable(href("next")));
        QVERIFY2(href("prev").contains(QLatin1StringView("page=0")), qPrintable(href("prev")));
        QVERIFY2(href("last").contains(QLatin1StringView("page=2")), qPrintable(href("last")));
        QVERIFY2(href("next").contains(QLatin1StringView("sort=placedAt")),
                 qPrintable(href("next")));

        // Following next reaches the last page: 5 rows, no next.
        a = get(href("next"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        rows = embedded(a.json(), QStringLiteral("orders"));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(4).toObject().value(QStringLiteral("orderId")).toString(), placed.at(44));
        QVERIFY(
            !a.json().value(QStringLiteral("_links")).toObject().contains(QStringLiteral("next")));

        // The default: newest first. Past the end: empty, with the total.
        a = get(QStringLiteral("/orders?size=5"));
        QCOMPARE(embedded(a.json(), QStringLiteral("orders"))
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("orderId"))
                     .toString(),
                 placed.last());
        a = get(QStringLiteral("/orders?page=9"));
        QCOMPARE(embedded(a.json(), QStringLiteral("orders")).size(), 0);
        QCOMPARE(totalOf(a.json()), 45);
        // Search by the customer's name, in Hangul.
        a = get(QStringLiteral("/orders?search=%EA%B9%80&size=1"));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(totalOf(a.json()), 45);
        a = get(QStringLiteral("/orders?search=Lee"));
        QCOMPARE(totalOf(a.json()), 0);
    }

    void refusalsChangeNothing_data() { backends(); }
    void refusalsChangeNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        stock(QStringLiteral("P1"), 3);
        const qint64 events = eventsStored();
        QVERIFY(events > 0);

        // No key, a wrong key, a malformed one.
        Answer a = call("GET", QStringLiteral("/orders"), {}, {});
        QCOMPARE(a.status, 401);
        QCOMPARE(a.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(a.problemCode(), QStringLiteral("unauthorized"));
        QVERIFY(a.header("www-authenticate").startsWith("Bearer"));
        QString wrong = m_keys.value(QStringLiteral("manager"));
        wrong.replace(wrong.size() - 1, 1,
                      wrong.endsWith('0') ? QStringLiteral("1") : QStringLiteral("0"));
        a = call("GET", QStringLiteral("/orders"), {}, {},
                 {{"Authorization", "Bearer " + wrong.toUtf8()}});
        QCOMPARE(a.status, 401);
        a = call("GET", QStringLiteral("/orders"), {}, {}, {{"Authorization", "Bearer sdk_x"}});
        QCOMPARE(a.status, 401);
        // A reader may not write; a clerk may not register products (the services' rule).
        a = post(QStringLiteral("/orders"),
                 {{QStringLiteral("customerName"), QStringLiteral("Kim")},
                  {QStringLiteral("productId"), QStringLiteral("P1")},
                  {QStringLiteral("qty"), 1}},
                 QStringLiteral("reader"));
        QCOMPARE(a.status, 403);
        a = post(QStringLiteral("/stocks"),
                 {{QStringLiteral("productId"), QStringLiteral("P2")},
                  {QStringLiteral("productName"), QStringLiteral("Pear")}},
                 QStringLiteral("clerk"));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.problemCode(), QStringLiteral("forbidden"));
        // Bad JSON, a wrong type, an unknown field, not an object, not JSON at all.
        a = call("POST", QStringLiteral("/orders"), "{\"customerName\": ", QStringLiteral("clerk"));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.detail().contains(QLatin1StringView("not JSON")), qPrintable(a.describe()));
        a = post(QStringLiteral("/orders"),
                 {{QStringLiteral("customerName"), QStringLiteral("Kim")},
                  {QStringLiteral("productId"), QStringLiteral("P1")},
                  {QStringLiteral("qty"), QStringLiteral("two")}},
                 QStringLiteral("clerk"));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.detail().contains(QLatin1StringView("qty: expected a whole number")),
                 qPrintable(a.describe()));
        a = post(QStringLiteral("/orders"),
                 {{QStringLiteral("customerName"), QStringLiteral("Kim")},
                  {QStringLiteral("productId"), QStringLiteral("P1")},
                  {QStringLiteral("qty"), 1},
                  {QStringLiteral("discount"), 500}},
                 QStringLiteral("clerk"));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.detail().contains(QLatin1StringView("discount: unknown field")),
                 qPrintable(a.describe()));
        // A lone surrogate in an id or a name is no text: refused before it reaches the log.
        a = call("POST", QStringLiteral("/stocks"),
                 R"({"productId": "\ud800x", "productName": "s", "stockCount": 3})",
                 QStringLiteral("manager"));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.detail().contains(QLatin1StringView("productId: not valid Unicode")),
                 qPrintable(a.describe()));
        a = call("POST", QStringLiteral("/orders"),
                 R"({"customerName": "\udc00", "productId": "P1", "qty": 1})",
                 QStringLiteral("clerk"));
        QCOMPARE(a.status, 400);
        a = call("POST", QStringLiteral("/orders"), "[1,2]", QStringLiteral("clerk"));
        QCOMPARE(a.status, 400);
        a = call("POST", QStringLiteral("/orders"), "qty=1", QStringLiteral("clerk"),
                 {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(a.status, 415);
        // Negative, zero and huge quantities; short stock names the product.
        for (qint64 qty : {qint64(-1), qint64(0), qint64(1) << 40}) {
            a = post(QStringLiteral("/orders"),
                     {{QStringLiteral("customerName"), QStringLiteral("Kim")},
                      {QStringLiteral("productId"), QStringLiteral("P1")},
                      {QStringLiteral("qty"), qty}},
                     QStringLiteral("clerk"));
            QVERIFY2(a.status == 400, qPrintable(a.describe()));
        }
        a = post(QStringLiteral("/orders"),
                 {{QStringLiteral("customerName"), QStringLiteral("Kim")},
                  {QStringLiteral("productId"), QStringLiteral("P1")},
                  {QStringLiteral("qty"), 4}},
                 QStringLiteral("clerk"));
        QCOMPARE(a.status, 409);
        QCOMPARE(a.problemCode(), QStringLiteral("insufficient_stock"));
        QVERIFY2(QJsonDocument(a.json().value(QStringLiteral("details")).toObject())
                     .toJson()
                     .contains("P1"),
                 qPrintable(a.describe()));
        a = post(QStringLiteral("/orders"),
                 {{QStringLiteral("customerName"), QStringLiteral("Kim")},
                  {QStringLiteral("productId"), QStringLiteral("NOPE")},
                  {QStringLiteral("qty"), 1}},
                 QStringLiteral("clerk"));
        QVERIFY2(a.status == 404 || a.status == 422, qPrintable(a.describe()));
        // A wrong method: 405 with Allow; a path that does not exist: 404, both problem+json.
        a = call("DELETE", QStringLiteral("/orders"), {}, QStringLiteral("manager"));
        QCOMPARE(a.status, 405);
        QCOMPARE(a.header("allow"), QByteArray("GET, POST, OPTIONS"));
        QCOMPARE(a.header("content-type"), QByteArray("application/problem+json"));
        a = call("PUT", QStringLiteral("/orders/x"), "{}", QStringLiteral("manager"));
        QCOMPARE(a.status, 405);
        QCOMPARE(a.header("allow"), QByteArray("GET, OPTIONS"));
        a = get(QStringLiteral("/nothing/here"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.header("content-type"), QByteArray("application/problem+json"));
        a = get(QStringLiteral("/orders/NOPE"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.problemCode(), QStringLiteral("not_found"));
        // Bad list parameters.
        QCOMPARE(get(QStringLiteral("/orders?size=500")).status, 400);
        QCOMPARE(get(QStringLiteral("/orders?page=-1")).status, 400);
        QCOMPARE(get(QStringLiteral("/orders?sort=price")).status, 400);
        QCOMPARE(get(QStringLiteral("/orders?colour=red")).status, 400);
        QCOMPARE(get(QStringLiteral("/orders?since=yesterday")).status, 400);

        // Nothing of all that reached the log, or the stock.
        QCOMPARE(eventsStored(), events);
        a = get(QStringLiteral("/stocks/P1"));
        QCOMPARE(a.json().value(QStringLiteral("reserved")).toInteger(), 0);
        QCOMPARE(totalOf(get(QStringLiteral("/orders")).json()), 0);
    }

    void oversizedRequestsAreRefused()
    {
        QVERIFY(startHub(QStringLiteral("sqlite")));
        const qint64 events = eventsStored();
        const auto raw = [&](const QByteArray &head, qint64 bodyBytes) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_hub->httpUrl().port()));
            if (!s.waitForConnected(5000))
                return QByteArray();
            s.write(head);
            const QByteArray chunk(64 * 1024, 'x');
            for (qint64 sent = 0; sent < bodyBytes && s.state() == QAbstractSocket::ConnectedState;
                 sent += chunk.size()) {
                s.write(chunk);
                s.waitForBytesWritten(1000);
            }
            QByteArray answer;
            for (int i = 0; i < 100 && s.state() == QAbstractSocket::ConnectedState; ++i) {
                s.waitForReadyRead(100);
                answer += s.readAll();
            }
            return answer + s.readAll();
        };
        const QByteArray body = raw("POST /orders HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                                        m_keys.value(QStringLiteral("clerk")).toUtf8() +
                                        "\r\nContent-Type: application/json\r\nContent-Length: "
                                        "2097152\r\n\r\n",
                                    2 * 1024 * 1024);
        QVERIFY2(body.startsWith("HTTP/1.1 413"), body.left(300).constData());
        QVERIFY(body.contains("application/problem+json"));
        const QByteArray header = raw(
            "GET /orders HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n",
            0);
        QVERIFY2(header.startsWith("HTTP/1.1 431"), header.left(300).constData());

        // A request whose length is not clear (a proxy in front could read another request in
        // the same bytes): 400 and closed, nothing done.
        const QByteArray order = R"({"customerName":"Kim","productId":"P1","qty":1})";
        const QByteArray auth = "Authorization: Bearer " +
                                m_keys.value(QStringLiteral("clerk")).toUtf8() +
                                "\r\nContent-Type: application/json\r\n";
        for (const QByteArray &lengths :
             {QByteArray("Content-Length: 2\r\nContent-Length: 40\r\n"),
              QByteArray("Content-Length: 40\r\nTransfer-Encoding: chunked\r\n"),
              QByteArray("Content-Length: -1\r\n")}) {
            const QByteArray answer =
                raw("POST /orders HTTP/1.1\r\nHost: x\r\n" + auth + lengths + "\r\n" + order, 0);
            QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(300).constData());
            QVERIFY2(answer.contains("bad_framing"), answer.constData());
        }
        // Two equal lengths are one length.
        const QByteArray twice = raw("GET /orders HTTP/1.1\r\nHost: x\r\n" + auth +
                                         "Content-Length: 0\r\nContent-Length: 0\r\n"
                                         "Connection: close\r\n\r\n",
                                     0);
        QVERIFY2(twice.startsWith("HTTP/1.1 200"), twice.left(300).constData());
        // Connection: close, and HTTP/1.0 without keep-alive: answered, then closed at once
        // (raw() waits up to 10 s for the close).
        for (const QByteArray &request :
             {QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
              QByteArray("GET /healthz HTTP/1.0\r\n\r\n")}) {
            QElapsedTimer closed;
            closed.start();
            const QByteArray answer = raw(request, 0);
            QVERIFY2(answer.contains(" 200 ") && answer.endsWith("ok\n"), answer.constData());
            QVERIFY2(closed.elapsed() < 3000, qPrintable(QString::number(closed.elapsed())));
        }
        QCOMPARE(eventsStored(), events);
    }

    void idempotentRetries_data() { backends(); }
    void idempotentRetries()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        stock(QStringLiteral("P1"), 10);
        const QJsonObject order{{QStringLiteral("customerName"), QStringLiteral("Kim")},
                                {QStringLiteral("productId"), QStringLiteral("P1")},
                                {QStringLiteral("qty"), 2}};
        const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "order-7f3a"}};
        const Answer first = post(QStringLiteral("/orders"), order, QStringLiteral("clerk"), key);
        QVERIFY2(first.status == 201, qPrintable(first.describe()));
        const qint64 events = eventsStored();

        const Answer again = post(QStringLiteral("/orders"), order, QStringLiteral("clerk"), key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("location"), first.header("location"));
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(eventsStored(), events);
        QCOMPARE(totalOf(get(QStringLiteral("/orders")).json()), 1);
        QCOMPARE(
            get(QStringLiteral("/stocks/P1")).json().value(QStringLiteral("reserved")).toInteger(),
            2);

        // The same key with another body: 422, nothing done.
        QJsonObject other = order;
        other.insert(QStringLiteral("qty"), 3);
        Answer a = post(QStringLiteral("/orders"), other, QStringLiteral("clerk"), key);
        QCOMPARE(a.status, 422);
        QCOMPARE(a.problemCode(), QStringLiteral("idempotency_key_reused"));
        // Another caller's key of the same text is another key.
        a = post(QStringLiteral("/orders"), order, QStringLiteral("manager"), key);
        QCOMPARE(a.status, 201);
        QVERIFY(a.body != first.body);
        // A refusal is kept as well: the retry gets the same 409.
        const QJsonObject tooMany{{QStringLiteral("customerName"), QStringLiteral("Kim")},
                                  {QStringLiteral("productId"), QStringLiteral("P1")},
                                  {QStringLiteral("qty"), 100}};
        const Answer refused = post(QStringLiteral("/orders"), tooMany, QStringLiteral("clerk"),
                                    {{"Idempotency-Key", "big"}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(post(QStringLiteral("/orders"), tooMany, QStringLiteral("clerk"),
                      {{"Idempotency-Key", "big"}})
                     .body,
                 refused.body);

        // Across a restart of the hub.
        QVERIFY(m_hub->stop());
        QStringList more{QStringLiteral("--web-db"),
                         m_dir.filePath(QStringLiteral("web%1.db").arg(m_databases))};
        QVERIFY2(m_hub->start({.arguments = more, .http = true}), qPrintable(m_hub->error()));
        const qint64 before = eventsStored();
        a = post(QStringLiteral("/orders"), order, QStringLiteral("clerk"), key);
        QCOMPARE(a.status, 201);
        QCOMPARE(a.body, first.body);
        QCOMPARE(eventsStored(), before);
        QCOMPARE(totalOf(get(QStringLiteral("/orders")).json()), 2);
        // A key that is not visible ASCII.
        a = post(QStringLiteral("/orders"), order, QStringLiteral("clerk"),
                 {{"Idempotency-Key", QByteArray(300, 'k')}});
        QCOMPARE(a.status, 400);
    }

    void etagsAndNotModified()
    {
        QVERIFY(startHub(QStringLiteral("sqlite")));
        stock(QStringLiteral("P1"), 10);
        const QString id = placeOrder(QStringLiteral("P1"), 1);
        Answer a = get(QStringLiteral("/orders/") + id);
        QCOMPARE(a.status, 200);
        const QByteArray etag = a.header("etag");
        QVERIFY(etag.startsWith('"') && etag.size() > 10);
        a = get(QStringLiteral("/orders/") + id, QStringLiteral("reader"),
                {{"If-None-Match", etag}});
        QCOMPARE(a.status, 304);
        QVERIFY(a.body.isEmpty());
        QCOMPARE(a.header("etag"), etag);
        // A change makes a new version.
        QCOMPARE(post(QStringLiteral("/orders/%1/payments").arg(id),
                      {{QStringLiteral("method"), QStringLiteral("card")},
                       {QStringLiteral("approval"), QStringLiteral("12345678")}},
                      QStringLiteral("clerk"))
                     .status,
                 200);
        a = get(QStringLiteral("/orders/") + id, QStringLiteral("reader"),
                {{"If-None-Match", etag}});
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("etag") != etag);
        QCOMPARE(a.json().value(QStringLiteral("paymentMethod")).toString(),
                 QStringLiteral("card"));
    }

    void rateLimitedPerKey()
    {
        QVERIFY(startHub(QStringLiteral("sqlite"),
                         {QStringLiteral("--api-rate"), QStringLiteral("5")}));
        int ok = 0;
        Answer limited;
        for (int i = 0; i < 40 && limited.status == 0; ++i) {
            const Answer a = get(QStringLiteral("/orders"));
            if (a.status == 200)
                ++ok;
            else if (a.status == 429)
                limited = a;
        }
        QVERIFY2(limited.status == 429, "never limited");
        QVERIFY2(ok >= 9 && ok <= 12, qPrintable(QString::number(ok)));
        QCOMPARE(limited.problemCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        // Another key is not held back by this one.
        QCOMPARE(get(QStringLiteral("/orders"), QStringLiteral("clerk")).status, 200);
    }

    void rateLimitedPerAddress()
    {
        QVERIFY(startHub(QStringLiteral("sqlite"),
                         {QStringLiteral("--api-address-rate"), QStringLiteral("5")}));
        // Requests without a key count against the address too: a flood of guesses is held.
        int refused = 0;
        Answer limited;
        for (int i = 0; i < 40 && limited.status == 0; ++i) {
            const Answer a = call("GET", QStringLiteral("/orders"), {}, {});
            if (a.status == 401)
                ++refused;
            else if (a.status == 429)
                limited = a;
        }
        QVERIFY2(limited.status == 429, "never limited");
        QVERIFY2(refused >= 9 && refused <= 12, qPrintable(QString::number(refused)));
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        // The same address with a good key is held as well.
        QCOMPARE(get(QStringLiteral("/orders")).status, 429);
        // /healthz is not the API's: it still answers.
        QCOMPARE(call("GET", QStringLiteral("/healthz"), {}, {}).status, 200);
    }

    void apiKeyCommands()
    {
        QVERIFY(startHub(QStringLiteral("sqlite")));
        ProcessRun run = hubCommand({QStringLiteral("apikey"), QStringLiteral("list")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.outText().contains(QLatin1StringView("clerk\tclerk\tcreated ")));
        QVERIFY(!run.outText().contains(m_keys.value(QStringLiteral("clerk"))));
        // A name taken, a bad role, a bad name: exit 2, nothing added.
        run = hubCommand({QStringLiteral("apikey"), QStringLiteral("add"), QStringLiteral("clerk"),
                          QStringLiteral("--role"), QStringLiteral("clerk")});
        QVERIFY(!run.ok());
        run = hubCommand({QStringLiteral("apikey"), QStringLiteral("add"), QStringLiteral("x"),
                          QStringLiteral("--role"), QStringLiteral("owner")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(QLatin1StringView("reader, clerk or manager")));
        run = hubCommand({QStringLiteral("apikey"), QStringLiteral("add"), QStringLiteral("김"),
                          QStringLiteral("--role"), QStringLiteral("clerk")});
        QCOMPARE(run.exitCode, 2);
        // Revoked: refused within the cache's second.
        QCOMPARE(get(QStringLiteral("/orders"), QStringLiteral("clerk")).status, 200);
        run = hubCommand(
            {QStringLiteral("apikey"), QStringLiteral("revoke"), QStringLiteral("clerk")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/orders"), QStringLiteral("clerk")).status,
                                  401, 3000);
        // The key never appears in the hub's log output.
        QVERIFY(!m_hub->errText().contains(m_keys.value(QStringLiteral("clerk")).toUtf8()));
    }

    void terminalsAndRestMeet_data() { backends(); }
    void terminalsAndRestMeet()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        const QString token = m_hub->addToken(QStringLiteral("T1"));
        QVERIFY(!token.isEmpty());
        TestShop t1(QStringLiteral("T1"));
        t1.product(QStringLiteral("P1"), 1000, 20);
        SyncClient client(t1.shop->sync);
        SyncClient::Options options;
        options.hub = m_hub->url();
        options.token = token;
        client.setOptions(options);
        QSignalSpy synced(&client, &SyncClient::synced);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.isSynced(), 10'000);

        // The terminal's product and order reach the REST API, past the cache of answers.
        QTRY_COMPARE_WITH_TIMEOUT(
            get(QStringLiteral("/stocks/P1")).json().value(QStringLiteral("available")).toInteger(),
            20, 5000);
        auto placed = t1.shop->orders.placeOrder({QStringLiteral("Park"), {}, {}},
                                                 {{QStringLiteral("P1"), 5}});
        QVERIFY(placed.ok());
        client.localEventsCommitted();
        const QString t1Order = placed->order.orderId();
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/orders/") + t1Order).status, 200, 5000);
        QCOMPARE(
            get(QStringLiteral("/stocks/P1")).json().value(QStringLiteral("available")).toInteger(),
            15);
        // An order placed over REST sees the terminal's reservation, and reaches the terminal.
        Answer a = post(QStringLiteral("/orders"),
                        {{QStringLiteral("customerName"), QStringLiteral("Kim")},
                         {QStringLiteral("productId"), QStringLiteral("P1")},
                         {QStringLiteral("qty"), 16}},
                        QStringLiteral("clerk"));
        QCOMPARE(a.status, 409);
        const QString webOrder = placeOrder(QStringLiteral("P1"), 15);
        QVERIFY(!webOrder.isEmpty());
        QElapsedTimer seen;
        seen.start();
        QTRY_VERIFY_WITH_TIMEOUT(t1.shop->orders.orderView(webOrder).ok(), 1000);
        qInfo("a REST order reached the terminal in %lld ms", seen.elapsed());
        QCOMPARE(t1.stock(QStringLiteral("P1")).reserved, 20);
        // The terminal's order belongs to it: the API may not pay or cancel it.
        a = post(QStringLiteral("/orders/%1/cancellation").arg(t1Order), {},
                 QStringLiteral("clerk"));
        QCOMPARE(a.status, 409);
        QVERIFY2(a.detail().contains(QLatin1StringView("T1")), qPrintable(a.describe()));
        a = post(QStringLiteral("/orders/%1/payments").arg(t1Order),
                 {{QStringLiteral("method"), QStringLiteral("cash")}}, QStringLiteral("clerk"));
        QCOMPARE(a.status, 409);
        client.stop();
    }

    // A web terminal new to a long log: the hub serves at once, reads work, writes wait (503
    // with Retry-After) until the background catch-up is done, then go through.
    void aNewWebTerminalCatchesUpInTheBackground()
    {
        m_hub.reset();
        m_spec = newDatabase(QStringLiteral("sqlite"));
        {
            auto store = Hub::SqlHubStore::open(m_spec);
            QVERIFY(store.ok());
            const QString p1 = QStringLiteral("P1");
            QList<DomainEvent> batch{foreignEvent(
                Events::ProductRegistered{
                    Product::validated(p1, QStringLiteral("Pear"), 900, {}).value()},
                QStringLiteral("T1"), 1, {}, p1)};
            for (qint64 seq = 2; seq <= 60'000; ++seq) {
                batch.append(
                    foreignEvent(Events::StockAdjusted{p1,
                                                       1,
                                                       Events::StockAdjusted::Kind::Receive,
                                                       {},
                                                       std::nullopt,
                                                       std::nullopt},
                                 QStringLiteral("T1"), seq, {}, p1));
                if (batch.size() == 5000) {
                    QVERIFY(store.value()->append(batch).ok());
                    batch.clear();
                }
            }
        }
        m_keys.clear();
        m_keys.insert(QStringLiteral("manager"),
                      addKey(QStringLiteral("m"), QStringLiteral("manager")));
        m_keys.insert(QStringLiteral("reader"),
                      addKey(QStringLiteral("r"), QStringLiteral("reader")));
        m_hub = std::make_unique<HubProcess>(QStringLiteral(SHOPDESK_HUB_EXE), m_spec);
        QVERIFY(
            m_hub->start({.arguments = {QStringLiteral("--web-db"),
                                        m_dir.filePath(QStringLiteral("web-late.db")),
                                        QStringLiteral("--web-start-pages"), QStringLiteral("0")},
                          .http = true}));
        // Reads come from the hub's projection: whole at once.
        QCOMPARE(get(QStringLiteral("/stocks/P1"))
                     .json()
                     .value(QStringLiteral("stockCount"))
                     .toInteger(),
                 59'999);
        const QJsonObject order{{QStringLiteral("customerName"), QStringLiteral("Kim")},
                                {QStringLiteral("productId"), QStringLiteral("P1")},
                                {QStringLiteral("qty"), 59'999}};
        // 30 pages to apply, one per turn of the hub's loop: the first write comes well before.
        Answer a = post(QStringLiteral("/orders"), order);
        QVERIFY2(a.status == 503, qPrintable(a.describe() + m_hub->errText()));
        QVERIFY2(a.detail().contains(QLatin1StringView("catching up")), qPrintable(a.describe()));
        QVERIFY(a.header("retry-after").toInt() > 0);
        // Bounded: 600 tries, 100 ms apart (QTRY would send the last one twice).
        for (int i = 0; i < 600 && a.status == 503; ++i) {
            QTest::qWait(100);
            a = post(QStringLiteral("/orders"), order);
        }
        // Once caught up the terminal knows all the stock: the whole of it can be ordered.
        if (a.status != 201)
            qWarning().noquote() << m_hub->errText();
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
        QVERIFY2(m_hub->errText().contains("catching up in the background"),
                 m_hub->errText().constData());
    }

    void openApiIsServedWithoutAKey()
    {
        QVERIFY(startHub(QStringLiteral("sqlite")));
        const Answer a = call("GET", QStringLiteral("/openapi.json"), {}, {});
        QCOMPARE(a.status, 200);
        const QJsonObject doc = a.json();
        QCOMPARE(doc.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (const char *path :
             {"/orders", "/orders/{orderId}", "/orders/{orderId}/payments",
              "/orders/{orderId}/cancellation", "/deliveries", "/deliveries/{deliveryId}",
              "/deliveries/{deliveryId}/completion", "/stocks", "/stocks/{productId}",
              "/stocks/{productId}/receipts", "/stocks/{productId}/write-offs", "/products",
              "/products/{productId}"})
            QVERIFY2(paths.contains(QLatin1StringView(path)), path);
    }
};

QTEST_GUILESS_MAIN(tst_RestApi)
#include "tst_restapi.moc"
