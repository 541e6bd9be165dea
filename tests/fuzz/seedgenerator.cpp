// Writes the seed inputs of the fuzz targets from real data: a shop driven through its real
// services (orders paid, delivered, cancelled; stock received, lost, counted; products edited;
// users managed; slips printed) gives one event of every type, and the project's own encoders
// turn those into payloads and sync frames. HTTP requests are written out as a client sends
// them. Run once by hand; the seeds are kept in the repository:
//   cmake --build build --target fuzz_seedgenerator
//   build/tests/fuzz/fuzz_seedgenerator tests/fuzz/corpus

#include "events.h"
#include "protocol.h"
#include "testshop.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

void require(bool ok, const char *what)
{
    if (!ok)
        qFatal("seed generator: %s failed", what);
}

template<typename T> void require(const Result<T> &result, const char *what)
{
    if (!result)
        qFatal("seed generator: %s: %s", what, qPrintable(result.error().message));
}

void write(const QString &folder, const QString &name, const QByteArray &bytes)
{
    require(QDir().mkpath(folder), "mkpath");
    QFile file(QDir(folder).filePath(name));
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "writing a seed");
    file.write(bytes);
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QList<DomainEvent> shopEvents()
{
    static TestShop shop;
    ShopServices &s = *shop.shop;
    shop.staff(QStringLiteral("김관리"), QStringLiteral("2468"),
               {{QStringLiteral("Lee"), QStringLiteral("1357")}});
    require(s.users.changeRole(QStringLiteral("Lee"), Role::Manager), "changeRole");
    require(s.users.resetPin(QStringLiteral("Lee"), QStringLiteral("9753")).ok(), "resetPin");
    require(s.users.disableUser(QStringLiteral("Lee")), "disableUser");
    require(s.users.enableUser(QStringLiteral("Lee")), "enableUser");

    require(s.inventory.registerProduct(QStringLiteral("P001"), QStringLiteral("유기농 사과 1kg"),
                                        12000, QStringLiteral("8801234567890"), 5),
            "registerProduct");
    require(s.inventory.registerProduct(QStringLiteral("P002"), QStringLiteral("Green tea \"50\""),
                                        3500),
            "registerProduct");
    ProductEdit edit;
    edit.productName = QStringLiteral("유기농 사과 2kg");
    edit.price = 21000;
    edit.barcode = QString();
    edit.lowStockThreshold = StockThreshold();
    require(s.inventory.editProduct(QStringLiteral("P001"), edit), "editProduct");
    require(s.inventory.adjustStock(QStringLiteral("P001"), 40, QStringLiteral("supplier")),
            "adjustStock");
    require(s.inventory.adjustStock(QStringLiteral("P002"), 30), "adjustStock");
    require(s.inventory.adjustStock(QStringLiteral("P002"), -2, QStringLiteral("broken")),
            "adjustStock");
    require(s.inventory.countStock(QStringLiteral("P002"), 25, QStringLiteral("count")),
            "countStock");

    const Customer customer{QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                            QStringLiteral("서울 강남구 테헤란로 1")};
    const auto delivered =
        s.orders.placeOrder(customer, {{QStringLiteral("P001"), 2}, {QStringLiteral("P002"), 3}});
    require(delivered, "placeOrder");
    require(s.orders.payOrder(delivered->order.orderId(), PaymentMethod::Cash, 100000), "pay");
    require(s.orders.completeDelivery(delivered->order.orderId()), "complete");
    require(
        s.slips.recordPrint(delivered->order.orderId(), QStringLiteral("a5"), QStringLiteral("ko")),
        "recordPrint");

    const auto refunded =
        s.orders.placeOrder({QStringLiteral("Jane Doe"), {}, {}}, {{QStringLiteral("P002"), 1}});
    require(refunded, "placeOrder");
    require(s.orders.payOrder(refunded->order.orderId(), PaymentMethod::Card), "pay");
    require(s.orders.cancelOrder(refunded->order.orderId(), QStringLiteral("changed mind")),
            "cancel");

    const auto released = s.orders.placeOrder(customer, {{QStringLiteral("P001"), 1}});
    require(released, "placeOrder");
    require(s.orders.cancelOrder(released->order.orderId()), "cancel");

    QList<DomainEvent> events;
    require(shop.store->visitEvents({}, [&](const DomainEvent &e) { events.append(e); }).ok(),
            "visitEvents");
    return events;
}

// Named after their content, as libFuzzer names what it keeps, prefixed with what they are.
QString nameOf(const QString &prefix, const QByteArray &bytes)
{
    return prefix + QLatin1Char('-') +
           QString::fromLatin1(
               QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER\n", argv[0]);
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    const QList<DomainEvent> events = shopEvents();
    const QList<QLatin1StringView> &types = EventType::all();

    const QString payloads = root.filePath(QStringLiteral("payload"));
    QSet<QString> typesSeen;
    for (const DomainEvent &e : events) {
        const QByteArray seed = char(types.indexOf(e.type)) + compact(e.payload);
        write(payloads, nameOf(e.type, seed), seed);
        typesSeen.insert(e.type);
    }
    for (QLatin1StringView type : types) {
        if (!typesSeen.contains(type))
            qFatal("seed generator: no %s event", type.data());
    }

    using namespace Sync;
    const QString frames = root.filePath(QStringLiteral("syncframe"));
    const auto frame = [&](const QString &kind, const QByteArray &bytes) {
        write(frames, nameOf(kind, bytes), bytes);
    };
    frame(QStringLiteral("hello"),
          encode(Hello{QStringLiteral("T2"), QStringLiteral("T2.secret"), 17}));
    frame(QStringLiteral("hello"), encode(Hello{QStringLiteral("Till_2-b"), QString(), 0}));
    frame(QStringLiteral("welcome"), encode(Welcome{9007199254740992}));
    frame(QStringLiteral("error"),
          encode(ErrorMessage{QString(ErrorName::TooLarge), QStringLiteral("frame too large")}));
    frame(QStringLiteral("error"), R"({"type":"error","code":"unauthorized"})");
    frame(QStringLiteral("caughtUp"), encode(CaughtUp{42}));
    Sync::Events all;
    Push push{QStringLiteral("batch-1"), {}};
    Ack ack{QStringLiteral("batch-1"), {}};
    EventsFrameWriter writer;
    qint64 globalSeq = 0;
    for (const DomainEvent &e : events) {
        ++globalSeq;
        all.events.append({e, globalSeq});
        push.events.append(e);
        ack.assigned.append({e.eventId, globalSeq});
        writer.add(e, globalSeq, compact(e.payload));
        frame(QStringLiteral("event"), compact(eventToJson(e, globalSeq)));
        frame(QStringLiteral("events1"), encode(Sync::Events{{{e, globalSeq}}}));
    }
    frame(QStringLiteral("events"), encode(all));
    frame(QStringLiteral("push"), encode(push));
    frame(QStringLiteral("ack"), encode(ack));
    frame(QStringLiteral("writer"), writer.take());

    const QString http = root.filePath(QStringLiteral("httprequest"));
    const QList<QByteArray> requests{
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:8766\r\n\r\n",
        "GET /readyz HTTP/1.1\r\nHost: 127.0.0.1:8766\r\nUser-Agent: curl/7.88.1\r\nAccept: "
        "*/*\r\n\r\n",
        "GET /metrics HTTP/1.1\r\nHost: hub\r\nAccept: text/plain;version=0.0.4;q=1,*/*;q=0.1\r\n"
        "Accept-Encoding: gzip\r\nUser-Agent: Prometheus/2.42.0\r\nX-Prometheus-Scrape-Timeout-"
        "Seconds: 10\r\n\r\n",
        "HEAD /healthz HTTP/1.0\r\n\r\n",
        "GET /nothing?x=1&y=%41 HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n"
        "GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
        "POST /metrics HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
        "Content-Length: 13\r\n\r\n{\"a\":[1,2,3]}",
        "PUT /healthz HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n0\r\n\r\n",
        "GET http://127.0.0.1:8766/metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nabcd",
        "DELETE /readyz HTTP/1.1\r\nHost: a\r\nCookie: a=b; c=d\r\nX-Long: " +
            QByteArray(300, 'x') + "\r\n\r\n",
    };
    for (const QByteArray &request : requests)
        write(http, nameOf(QString::fromLatin1(request.left(request.indexOf(' '))), request),
              request);
    std::printf("%lld events, seeds written to %s\n", qlonglong(events.size()), argv[1]);
    return 0;
}
