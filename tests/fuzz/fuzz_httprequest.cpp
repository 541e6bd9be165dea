// Fuzz target: the hub's HTTP side (HttpApi over QHttpServer, a real SqlHubStore in a temporary
// folder, a started HubServer), fed raw bytes over a real TCP connection on 127.0.0.1. Qt
// 6.4's request parser is internal to QHttpServer, so the bytes go the way a client's would:
// connect, write, half-close once the hub has been quiet for a few milliseconds (so that an
// incomplete request ends soon instead of waiting for a timeout), and read until the hub
// closes or a bounded time passes. Then the hub must
// still answer GET /healthz on a new connection. Properties: no crash, no sanitizer report,
// no hang, the hub keeps answering, and every reply starts with an HTTP status line.

#include "fuzzcheck.h"
#include "httpapi.h"
#include "hubserver.h"
#include "sqlhubstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/socket.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>

using namespace ShopDesk;
using namespace ShopDesk::Hub;
using ShopDesk::Fuzz::check;
using ShopDesk::Fuzz::fail;

namespace {

// How long one exchange may take before the hub counts as hung (the machine may be loaded).
constexpr int ExchangeTimeoutMs = 5000;
// How long the hub may stay quiet before the client ends its side of the connection.
constexpr int SettleMs = 5;

struct Hub
{
    int argc = 1;
    char name[16] = "fuzz_http";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTemporaryDir dir;
    std::unique_ptr<SqlHubStore> store;
    std::unique_ptr<HubServer> server;
    std::unique_ptr<HttpApi> http;
    quint16 port = 0;

    Hub()
    {
        // Qt logs every WebSocket upgrade nobody takes; at hundreds of inputs a second that
        // is only noise.
        QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver.warning=false"));
        check(dir.isValid(), "no temporary folder");
        auto opened = SqlHubStore::open(dir.filePath(QStringLiteral("hub.db")));
        check(opened.ok(), "cannot open the hub database");
        store = std::move(opened).value();
        HubConfig config;
        config.port = 0;
        server = std::make_unique<HubServer>(*store, config);
        check(server->start().ok(), "the hub's WebSocket side does not start");
        http = std::make_unique<HttpApi>(*server, *store);
        const auto bound = http->listen(QHostAddress::LocalHost, 0);
        check(bound.ok(), "the hub's HTTP side does not listen");
        port = bound.value();
    }
};

Hub &hub()
{
    static Hub instance;
    return instance;
}

// Sends bytes on a new connection and returns what came back before the hub closed it, or
// before `done` said the reply is complete. Aborts when neither happens in time.
QByteArray exchange(const QByteArray &request, bool halfClose,
                    const std::function<bool(const QByteArray &)> &done)
{
    QTcpSocket socket;
    QByteArray reply;
    QEventLoop loop;
    bool finished = false;
    const auto finish = [&] {
        finished = true;
        loop.quit();
    };
    // Half-closing at once would let the hub see the end of the stream together with the
    // request and drop its answer unsent; so the client first waits until the hub has been
    // quiet for SettleMs (it answers complete requests at once), then half-closes.
    QTimer settle;
    settle.setSingleShot(true);
    settle.setInterval(SettleMs);
    QObject::connect(&settle, &QTimer::timeout, &loop,
                     [&] { ::shutdown(int(socket.socketDescriptor()), SHUT_WR); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        reply += socket.readAll();
        if (done && done(reply))
            finish();
        else if (halfClose)
            settle.start();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, finish);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        // The hub closing first (before or while we write) is a fine answer to garbage.
        if (socket.error() == QAbstractSocket::RemoteHostClosedError)
            finish();
        else
            fail("the connection to the hub failed", socket.errorString().toUtf8());
    });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write(request);
        socket.flush();
        if (halfClose)
            settle.start();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { loop.quit(); });
    deadline.start(ExchangeTimeoutMs);
    socket.connectToHost(QHostAddress::LocalHost, hub().port);
    if (!finished)
        loop.exec();
    if (!finished)
        fail("the hub neither answered nor closed the connection in time", request.left(200));
    reply += socket.readAll();
    return reply;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hub();
    const QByteArray request(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray reply = exchange(request, true, {});
    // SHOPDESK_FUZZ_TRACE=1: each reply's status line, to see what the hub makes of an input.
    static const bool trace = qEnvironmentVariableIsSet("SHOPDESK_FUZZ_TRACE");
    if (trace)
        std::fprintf(stderr, "reply: %s\n", reply.left(reply.indexOf('\r')).constData());
    check(reply.isEmpty() || reply.startsWith("HTTP/1.1 "),
          "the hub answered with something that is not HTTP", reply.left(200));

    const QByteArray health =
        exchange("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", false,
                 [](const QByteArray &r) { return r.endsWith("\r\n\r\nok\n"); });
    check(health.startsWith("HTTP/1.1 200") && health.endsWith("\r\n\r\nok\n"),
          "the hub no longer answers /healthz", health.left(200));
    return 0;
}
