#include "hubcommandline.h"

#include "apikeys.h"
#include "exitstatus.h"
#include "filehandles.h"
#include "httpapi.h"
#include "hubserver.h"
#include "restapi.h"
#include "signalwatcher.h"
#include "sqlapikeys.h"
#include "sqlhubstore.h"
#include "sqlidempotency.h"
#include "sqlitestore.h"
#include "sqlshopqueries.h"
#include "tokens.h"
#include "webterminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include <sys/resource.h>

namespace ShopDesk::Hub {

namespace {

struct Options
{
    QString db;
    QString listen = QStringLiteral("127.0.0.1:8765");
    QString httpListen;
    QString cert;
    QString key;
    QString webTerminal = QStringLiteral("WEB");
    QString webDb;
    int webBlockingPages = 10;
    HubConfig config;
    HttpLimits http;
    RestLimits rest;
    QStringList command;
};

QString defaultDatabase()
{
    const QString fromEnv = qEnvironmentVariable("SHOPDESK_HUB_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/ShopDesk");
    return folder + QStringLiteral("/shopdesk-hub.db");
}

Result<std::pair<QHostAddress, quint16>> hostPort(const QString &option, const QString &text)
{
    const qsizetype colon = text.lastIndexOf(':');
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address = host == QLatin1StringView("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(host);
    if (!ok || port > 65535 || address.isNull()) {
        return Error::invalidInput(
            QStringLiteral("%1: expected an IP address and port such as 127.0.0.1:8765, got '%2'")
                .arg(option, text));
    }
    return std::make_pair(address, quint16(port));
}

Result<qint64> number(const QString &option, const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        return Error::invalidInput(QStringLiteral("%1: expected a whole number from %2 to %3, got "
                                                  "'%4'")
                                       .arg(option)
                                       .arg(minimum)
                                       .arg(maximum)
                                       .arg(text));
    }
    return value;
}

Result<Options> parse(const QStringList &arguments)
{
    Options o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(QLatin1StringView("--"))) {
            o.command = arguments.mid(i);
            break;
        }
        if (a == QLatin1StringView("--help"))
            return Error::invalidInput(QString());
        if (i + 1 >= arguments.size())
            return Error::invalidInput(QStringLiteral("%1 needs a value").arg(a));
        const QString value = arguments.at(++i);
        if (a == QLatin1StringView("--db")) {
            o.db = value;
        } else if (a == QLatin1StringView("--listen")) {
            o.listen = value;
        } else if (a == QLatin1StringView("--http-listen")) {
            o.httpListen = value;
        } else if (a == QLatin1StringView("--web-terminal")) {
            o.webTerminal = value;
        } else if (a == QLatin1StringView("--web-db")) {
            o.webDb = value;
        } else if (a == QLatin1StringView("--api-rate")) {
            SD_TRY(const qint64 n, number(a, value, 1, 1'000'000));
            o.rest.keyRate = double(n);
            o.rest.keyBurst = 2.0 * double(n);
        } else if (a == QLatin1StringView("--api-address-rate")) {
            SD_TRY(const qint64 n, number(a, value, 1, 1'000'000));
            o.rest.addressRate = double(n);
            o.rest.addressBurst = 2.0 * double(n);
        } else if (a == QLatin1StringView("--web-start-pages")) {
            SD_TRY(const qint64 n, number(a, value, 0, 1'000'000));
            o.webBlockingPages = int(n);
        } else if (a == QLatin1StringView("--api-cache-mb")) {
            SD_TRY(const qint64 n, number(a, value, 0, 65'536));
            o.rest.answerCacheBytes = n * 1024 * 1024;
        } else if (a == QLatin1StringView("--cert")) {
            o.cert = value;
        } else if (a == QLatin1StringView("--key")) {
            o.key = value;
        } else if (a == QLatin1StringView("--max-message-bytes")) {
            SD_TRY(o.config.maxMessageBytes, number(a, value, 1024, qint64(1) << 30));
        } else if (a == QLatin1StringView("--auth-timeout-ms")) {
            SD_TRY(const qint64 ms, number(a, value, 100, 600'000));
            o.config.authTimeoutMs = int(ms);
        } else if (a == QLatin1StringView("--max-connections")) {
            SD_TRY(const qint64 n, number(a, value, 1, 100'000));
            o.config.maxConnections = int(n);
        } else if (a == QLatin1StringView("--max-connections-per-address")) {
            SD_TRY(const qint64 n, number(a, value, 1, 100'000));
            o.config.maxConnectionsPerAddress = int(n);
        } else if (a == QLatin1StringView("--max-unauthenticated")) {
            SD_TRY(const qint64 n, number(a, value, 1, 100'000));
            o.config.maxUnauthenticated = int(n);
        } else if (a == QLatin1StringView("--max-http-connections")) {
            SD_TRY(const qint64 n, number(a, value, 1, 100'000));
            o.http.maxConnections = int(n);
        } else if (a == QLatin1StringView("--http-idle-timeout-ms")) {
            SD_TRY(const qint64 ms, number(a, value, 100, 3'600'000));
            o.http.idleTimeoutMs = int(ms);
        } else if (a == QLatin1StringView("--ping-interval-ms")) {
            SD_TRY(const qint64 ms, number(a, value, 100, 3'600'000));
            o.config.pingIntervalMs = int(ms);
        } else if (a == QLatin1StringView("--idle-timeout-ms")) {
            SD_TRY(const qint64 ms, number(a, value, 200, 7'200'000));
            o.config.idleTimeoutMs = int(ms);
        } else if (a == QLatin1StringView("--rate")) {
            SD_TRY(const qint64 n, number(a, value, 1, 1'000'000));
            o.config.messagesPerSecond = double(n);
            o.config.messageBurst = std::max(o.config.messageBurst, double(n));
        } else if (a == QLatin1StringView("--burst")) {
            SD_TRY(const qint64 n, number(a, value, 1, 1'000'000));
            o.config.messageBurst = double(n);
        } else {
            return Error::invalidInput(QStringLiteral("unknown option %1").arg(a));
        }
    }
    if (o.cert.isEmpty() != o.key.isEmpty())
        return Error::invalidInput(QStringLiteral("--cert and --key go together"));
    // A live terminal answers each ping; a timeout of two intervals lets one pong be late.
    if (o.config.idleTimeoutMs < 2 * o.config.pingIntervalMs) {
        return Error::invalidInput(
            QStringLiteral("--idle-timeout-ms (%1) must be at least twice --ping-interval-ms (%2)")
                .arg(o.config.idleTimeoutMs)
                .arg(o.config.pingIntervalMs));
    }
    if (o.db.isEmpty())
        o.db = defaultDatabase();
    return o;
}

Result<QSslConfiguration> sslConfiguration(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error::invalidInput(
            QStringLiteral("--cert %1: %2").arg(certPath, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return Error::invalidInput(QStringLiteral("--cert %1: no PEM certificate").arg(certPath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::invalidInput(
            QStringLiteral("--key %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::invalidInput(
            QStringLiteral("--key %1: no PEM RSA or EC private key").arg(keyPath));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}

// Sockets are file handles: the soft limit (often 1,024) goes up to the hard limit, so that the
// connection limits, not the descriptor table, decide whom the hub serves. Says what it did.
QString raiseFileHandleLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return QStringLiteral("file handles: the limit cannot be read");
    const rlim_t before = limit.rlim_cur;
    auto text = [](rlim_t value) {
        return value == RLIM_INFINITY ? QStringLiteral("unlimited") : QString::number(value);
    };
    if (limit.rlim_cur == limit.rlim_max)
        return QStringLiteral("file handles: limit %1 (the hard limit)").arg(text(before));
    limit.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return QStringLiteral("file handles: limit %1; raising it to the hard limit %2 failed")
            .arg(text(before), text(limit.rlim_max));
    }
    return QStringLiteral("file handles: limit raised from %1 to the hard limit %2")
        .arg(text(before), text(limit.rlim_max));
}

// A token's or key's life in the lists: "created TIME<TAB>active" or "...<TAB>revoked TIME".
QString lifeOf(const QDateTime &created, const std::optional<QDateTime> &revoked)
{
    return QStringLiteral("created %1\t%2")
        .arg(created.toString(Qt::ISODate),
             revoked ? QStringLiteral("revoked ") + revoked->toString(Qt::ISODate)
                     : QStringLiteral("active"));
}

} // namespace

HubCommandLine::HubCommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString HubCommandLine::usage()
{
    return QStringLiteral(
        "usage: shopdesk-hub [--db FILE | --db postgres://USER:PASS@HOST:PORT/DB] [OPTIONS]\n"
        "                    [--listen HOST:PORT] [--http-listen HOST:PORT] [--cert FILE --key "
        "FILE]\n"
        "       shopdesk-hub [--db ...] token add NAME | token list | token revoke NAME\n"
        "       shopdesk-hub [--db ...] apikey add NAME --role reader|clerk|manager |\n"
        "                    apikey list | apikey revoke NAME\n"
        "  --db SPEC              SQLite file (default: $SHOPDESK_HUB_DB, else the app's data\n"
        "                         folder) or a PostgreSQL database\n"
        "  --listen HOST:PORT     WebSocket address (default 127.0.0.1:8765; port 0: any free)\n"
        "  --http-listen HOST:PORT  /healthz, /readyz, /metrics and the REST API (default: none)\n"
        "  --web-terminal NAME    the terminal the REST API writes through (default WEB)\n"
        "  --web-db FILE          its database (default: beside a SQLite hub database, as\n"
        "                         NAME-WEB.db, else in the app's data folder)\n"
        "  --web-start-pages N    pages of 2000 events the web terminal applies before the hub\n"
        "                         serves (default 10); the rest in the background, writes 503\n"
        "  --api-rate N           REST requests per second per API key (default 50, burst 2N)\n"
        "  --api-address-rate N   REST requests per second per address (default 100, burst 2N)\n"
        "  --api-cache-mb N       GET answers kept until the log changes (default 32; 0: none)\n"
        "  --cert FILE --key FILE PEM certificate and key: serve wss:// only\n"
        "  --max-message-bytes N  largest message accepted (default 8388608)\n"
        "  --auth-timeout-ms N    time for a valid hello (default 5000)\n"
        "  --max-connections N    terminals served at once (default 256)\n"
        "  --max-connections-per-address N  of them from one address (default 32)\n"
        "  --max-unauthenticated N  sockets waiting for their hello; when full the oldest of\n"
        "                         the address with the most is closed (default 64)\n"
        "  --max-http-connections N  open HTTP connections, the same way (default 32)\n"
        "  --http-idle-timeout-ms N  time for each HTTP request to arrive whole (default 10000)\n"
        "  --ping-interval-ms N   ping each terminal this often (default 20000)\n"
        "  --idle-timeout-ms N    close a terminal silent this long, no message and no pong\n"
        "                         (default 60000; at least twice the ping interval)\n"
        "  --rate N, --burst N    messages per second per connection, and the burst (200, 400)\n"
        "token add NAME prints the new secret alone on stdout (the hub keeps only a hash);\n"
        "apikey add prints the new key (Authorization: Bearer KEY) the same way.\n");
}

int HubCommandLine::run(const QStringList &arguments)
{
    auto fail = [this](const Error &error) {
        if (error.message.isEmpty()) {
            m_err << usage();
        } else {
            m_err << "shopdesk-hub: error: " << error.message << '\n';
        }
        m_err.flush();
        return exitStatusFor(error.code, ExitProgram::Hub);
    };

    const auto parsed = parse(arguments);
    if (!parsed.ok())
        return fail(parsed.error());
    const Options &o = parsed.value();

    const QStringList &cmd = o.command;
    const bool tokens = cmd.value(0) == QLatin1StringView("token");
    const bool apiKeys = cmd.value(0) == QLatin1StringView("apikey");
    if (!cmd.isEmpty() && !tokens && !apiKeys)
        return fail(Error::invalidInput(QStringLiteral("unknown command '%1'").arg(cmd.first())));
    const QString sub = cmd.value(1);
    const bool named = sub == QLatin1StringView("add") || sub == QLatin1StringView("revoke");
    std::optional<ApiRole> role;
    if (tokens) {
        if (!(named && cmd.size() == 3) && !(sub == QLatin1StringView("list") && cmd.size() == 2))
            return fail(Error::invalidInput(QStringLiteral("expected token add NAME, token list or "
                                                           "token revoke NAME")));
        if (named && !Sync::isValidTerminalName(cmd.at(2))) {
            return fail(Error::invalidInput(
                QStringLiteral("'%1' is not a terminal name; use 1-16 letters, digits, '-' or '_', "
                               "starting with a letter (the name its database was created with)")
                    .arg(cmd.at(2))));
        }
    } else if (apiKeys) {
        const bool add = sub == QLatin1StringView("add") && cmd.size() == 5 &&
                         cmd.at(3) == QLatin1StringView("--role");
        const bool revoke = sub == QLatin1StringView("revoke") && cmd.size() == 3;
        if (!add && !revoke && !(sub == QLatin1StringView("list") && cmd.size() == 2))
            return fail(Error::invalidInput(
                QStringLiteral("expected apikey add NAME --role reader|clerk|manager, apikey list "
                               "or apikey revoke NAME")));
        if (named && !isValidApiKeyName(cmd.at(2))) {
            return fail(Error::invalidInput(
                QStringLiteral("'%1' is not a key name; use 1-32 letters, digits or '-', starting "
                               "with a letter")
                    .arg(cmd.at(2))));
        }
        if (add) {
            role = apiRoleFromString(cmd.at(4));
            if (!role)
                return fail(Error::invalidInput(
                    QStringLiteral("--role: expected reader, clerk or manager, got '%1'")
                        .arg(cmd.at(4))));
        }
    }

    if (!o.db.startsWith(QLatin1StringView("postgres://")) &&
        !o.db.startsWith(QLatin1StringView("postgresql://")))
        QDir().mkpath(QFileInfo(o.db).absolutePath());
    auto opened = SqlHubStore::open(o.db);
    if (!opened.ok())
        return fail(opened.error());
    SqlHubStore &store = *opened.value();
    SqlApiKeys keys(store);

    if (apiKeys) {
        if (sub == QLatin1StringView("add")) {
            const NewApiKey key = makeApiKey(cmd.at(2), *role);
            if (const Status added = keys.addApiKey(key.record); !added.ok())
                return fail(added.error());
            m_out << key.bearer << '\n';
            m_out.flush();
            m_err << "shopdesk-hub: API key " << cmd.at(2) << " (" << toText(*role)
                  << ") added; the hub keeps only its hash, so note the key now\n";
            return ExitStatus::Ok;
        }
        if (sub == QLatin1StringView("revoke")) {
            if (const Status revoked = keys.revokeApiKey(cmd.at(2)); !revoked.ok())
                return fail(revoked.error());
            m_out << "revoked the API key " << cmd.at(2) << '\n';
            return ExitStatus::Ok;
        }
        const auto list = keys.apiKeys();
        if (!list.ok())
            return fail(list.error());
        for (const ApiKeyRecord &k : list.value()) {
            m_out << k.name << '\t' << toText(k.role) << '\t' << lifeOf(k.created, k.revoked)
                  << '\n';
        }
        return ExitStatus::Ok;
    }

    if (tokens) {
        if (sub == QLatin1StringView("add")) {
            const NewToken token = makeToken(cmd.at(2));
            if (const Status added = store.addToken(token.record); !added.ok())
                return fail(added.error());
            m_out << token.secret << '\n';
            m_out.flush();
            m_err << "shopdesk-hub: token for " << cmd.at(2)
                  << " added; the hub keeps only its hash, so note the secret now\n";
            return ExitStatus::Ok;
        }
        if (sub == QLatin1StringView("revoke")) {
            if (const Status revoked = store.revokeToken(cmd.at(2)); !revoked.ok())
                return fail(revoked.error());
            m_out << "revoked the token of " << cmd.at(2) << '\n';
            return ExitStatus::Ok;
        }
        const auto list = store.tokens();
        if (!list.ok())
            return fail(list.error());
        for (const TokenRecord &t : list.value()) {
            m_out << t.name << '\t' << lifeOf(t.created, t.revoked) << '\n';
        }
        return ExitStatus::Ok;
    }

    // Serve.
    HubConfig config = o.config;
    const auto listen = hostPort(QStringLiteral("--listen"), o.listen);
    if (!listen.ok())
        return fail(listen.error());
    config.address = listen.value().first;
    config.port = listen.value().second;
    std::optional<std::pair<QHostAddress, quint16>> http;
    if (!o.httpListen.isEmpty()) {
        const auto h = hostPort(QStringLiteral("--http-listen"), o.httpListen);
        if (!h.ok())
            return fail(h.error());
        http = h.value();
    }
    if (!o.cert.isEmpty()) {
        const auto ssl = sslConfiguration(o.cert, o.key);
        if (!ssl.ok())
            return fail(ssl.error());
        config.ssl = ssl.value();
    }

    m_err << "shopdesk-hub: " << raiseFileHandleLimit() << '\n';
    const qint64 softLimit = FileHandles::current().softLimit;
    const qint64 needed = qint64(config.maxConnections) + config.maxUnauthenticated +
                          (http ? o.http.maxConnections : 0) + config.fileHandleReserve;
    if (softLimit >= 0 && softLimit < needed) {
        m_err << "shopdesk-hub: warning: the connection limits need about " << needed
              << " file handles, the limit is " << softLimit
              << "; connections beyond it are refused (no_file_handles)\n";
    }
    m_err.flush();

    if (http) {
        if (const Status valid = SqliteStore::validateTerminalName(o.webTerminal); !valid.ok())
            return fail(
                Error::invalidInput(QStringLiteral("--web-terminal: ") + valid.error().message));
        config.hostedTerminals.append(o.webTerminal);
    }

    SignalWatcher watcher;
    HubServer server(store, config);
    if (const Status started = server.start(); !started.ok())
        return fail(started.error());
    HttpApi httpApi(server, store, o.http);
    // The REST API rides on the HTTP port, with the terminal it writes through.
    std::unique_ptr<WebTerminal> web;
    SqlShopQueries queries(store);
    SqlIdempotency idempotency(store);
    std::unique_ptr<RestApi> rest;
    QString httpUrl;
    if (http) {
        const QString webDb =
            o.webDb.isEmpty() ? WebTerminal::defaultPath(o.db, o.webTerminal) : o.webDb;
        auto opened = WebTerminal::open(webDb, o.webTerminal, server, store, o.webBlockingPages);
        if (!opened.ok())
            return fail(Error{opened.error().code,
                              QStringLiteral("web terminal %1 (%2): %3")
                                  .arg(o.webTerminal, webDb, opened.error().message),
                              {}});
        web = std::move(opened).value();
        m_err << "shopdesk-hub: web terminal " << o.webTerminal << ", database " << webDb << '\n';
        rest = std::make_unique<RestApi>(queries, keys, idempotency, web.get(), o.rest);
        httpApi.setRestApi(rest.get());
        const auto bound = httpApi.listen(http->first, http->second);
        if (!bound.ok())
            return fail(bound.error());
        httpUrl = QStringLiteral(" http://%1:%2").arg(http->first.toString()).arg(bound.value());
    }
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server, [&](int signal) {
        m_err << "shopdesk-hub: signal " << signal << ", stopping\n";
        m_err.flush();
        server.shutdown();
    });
    QObject::connect(&server, &HubServer::stopped, qApp, [] { QCoreApplication::exit(0); });
    m_err << "shopdesk-hub: database " << store.displayName() << ", "
          << server.metrics().eventsStored << " events\n";
    m_err.flush();
    m_out << "listening " << server.url() << httpUrl << '\n';
    m_out.flush();
    const int code = QCoreApplication::exec();
    m_err << "shopdesk-hub: stopped\n";
    m_err.flush();
    return code;
}

} // namespace ShopDesk::Hub
