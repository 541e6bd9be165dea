#include "hubprocess.h"
#include "hubtestclient.h"
#include "hubtestevents.h"
#include "pgcluster.h"
#include "sqlhubstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

// The shopdesk-hub executable: token commands, serving, SIGTERM, TLS, bad usage.
class tst_HubProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;

    static QString program() { return QStringLiteral(SHOPDESK_HUB_EXE); }

    ProcessRun run(const QStringList &arguments)
    {
        const ProcessRun r = runProcess(program(), arguments, {.timeoutMs = 20'000});
        if (r.timedOut)
            qFatal("shopdesk-hub %s did not finish", qPrintable(arguments.join(' ')));
        return r;
    }

    // Starts `shopdesk-hub --db db ... ` on free ports and returns the URLs it printed.
    static bool startServing(QProcess &p, const QStringList &arguments, QUrl *ws, QUrl *http)
    {
        p.start(program(),
                arguments + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--http-listen"),
                                        QStringLiteral("127.0.0.1:0")});
        if (!p.waitForStarted(5000))
            return false;
        const HubListening listening = waitForListening(p, 10'000);
        if (!listening.ok() || listening.http.isEmpty() ||
            listening.ws.host() != QLatin1StringView("127.0.0.1") ||
            listening.http.host() != QLatin1StringView("127.0.0.1")) {
            qWarning("unexpected start line '%s': %s", listening.line.constData(),
                     p.readAllStandardError().constData());
            return false;
        }
        *ws = listening.ws;
        *http = listening.http;
        return true;
    }

    QString addToken(const QString &db, const QString &name)
    {
        HubProcess hub(program(), db);
        const QString secret = hub.addToken(name);
        if (secret.isEmpty())
            qFatal("token add: %s", qPrintable(hub.error()));
        return secret;
    }

private slots:
    void initTestCase() { QVERIFY(QFileInfo::exists(program())); }

    void cleanupTestCase() { m_pg.reset(); }

    void tokenCommands()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hub.db"));
        const QStringList dbArg{QStringLiteral("--db"), db};

        const ProcessRun added = run(dbArg + QStringList{"token", "add", "T1"});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}\n$"))
                     .match(QString::fromLatin1(added.out))
                     .hasMatch(),
                 added.out.constData());
        const QByteArray secret = added.out.trimmed();
        QVERIFY(!added.err.contains(secret));

        // Only a salted hash is stored: the secret appears in no file of the database.
        QDirIterator files(dir.path(), QDir::Files);
        int scanned = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(secret), qPrintable(f.fileName()));
            QVERIFY(!bytes.contains(QByteArray::fromHex(secret)));
            ++scanned;
        }
        QVERIFY(scanned >= 1);
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT name, hash, salt FROM tokens")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("T1"));
            QCOMPARE(q.value(1).toString().size(), 64);
            QVERIFY(q.value(1).toString().toLatin1() != secret);
            QCOMPARE(q.value(2).toString().size(), 32);
            QVERIFY(!q.next());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));

        // Printed once: a second add is refused and prints no secret.
        const ProcessRun again = run(dbArg + QStringList{"token", "add", "T1"});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.out.isEmpty());
        QVERIFY(again.err.contains("already has a token"));

        ProcessRun list = run(dbArg + QStringList{"token", "list"});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.startsWith("T1\t"));
        QVERIFY(list.out.contains("active"));
        QVERIFY(!list.out.contains(secret));

        QCOMPARE(run(dbArg + QStringList{"token", "revoke", "T1"}).exitCode, 0);
        list = run(dbArg + QStringList{"token", "list"});
        QVERIFY(list.out.contains("revoked"));
        const ProcessRun twice = run(dbArg + QStringList{"token", "revoke", "T1"});
        QCOMPARE(twice.exitCode, 3);
        QVERIFY(twice.err.contains("already revoked"));
        QCOMPARE(run(dbArg + QStringList{"token", "revoke", "T9"}).exitCode, 3);

        // A new secret after the revoke, different from the old one.
        const ProcessRun renewed = run(dbArg + QStringList{"token", "add", "T1"});
        QCOMPARE(renewed.exitCode, 0);
        QVERIFY(renewed.out.trimmed() != secret);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bad terminal name")
            << QStringList{"token", "add", "T 1"} << 2 << QByteArray("not a terminal name");
        QTest::newRow("token without name")
            << QStringList{"token", "add"} << 2 << QByteArray("expected token add NAME");
        QTest::newRow("unknown command")
            << QStringList{"serve"} << 2 << QByteArray("unknown command");
        QTest::newRow("unknown option")
            << QStringList{"--port", "1"} << 2 << QByteArray("unknown option");
        QTest::newRow("bad listen")
            << QStringList{"--listen", "localhost"} << 2 << QByteArray("--listen");
        QTest::newRow("cert without key")
            << QStringList{"--cert", "x.pem"} << 2 << QByteArray("go together");
        QTest::newRow("missing cert file")
            << QStringList{"--cert", "/nonexistent.pem", "--key", "/nonexistent.key"} << 2
            << QByteArray("--cert");
        QTest::newRow("bad rate") << QStringList{"--rate", "0"} << 2 << QByteArray("--rate");
        QTest::newRow("bad per-address limit") << QStringList{"--max-connections-per-address", "0"}
                                               << 2 << QByteArray("--max-connections-per-address");
        QTest::newRow("idle timeout below two pings")
            << QStringList{"--ping-interval-ms", "1000", "--idle-timeout-ms", "1500"} << 2
            << QByteArray("at least twice --ping-interval-ms");
        QTest::newRow("bad postgres url")
            << QStringList{"--db", "postgres://nohost"} << 2 << QByteArray("postgres://USER");
        QTest::newRow("not a database")
            << QStringList{"--db", "/proc/version", "token", "list"} << 4 << QByteArray("error");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QStringList args = arguments;
        if (!args.contains(QStringLiteral("--db")))
            args = QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("usage.db"))} +
                   args;
        const ProcessRun r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void portInUseIsAStorageError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const ProcessRun r = run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("busy.db")),
                                  QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("cannot listen"));
    }

    void servesAndStopsOnSigterm_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void servesAndStopsOnSigterm()
    {
        QFETCH(QString, backend);
        QString db = m_dir.filePath(QStringLiteral("serve.db"));
        QFile::remove(db);
        if (backend == QLatin1StringView("postgres")) {
            if (!m_pg) {
                m_pg = std::make_unique<PgCluster>();
                QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
            }
            QVERIFY2(m_pg->createDatabase(QStringLiteral("serve")), qPrintable(m_pg->error()));
            db = m_pg->url(QStringLiteral("serve"));
        }
        const QString secret = addToken(db, QStringLiteral("T1"));

        QProcess hub;
        QUrl ws, http;
        QVERIFY(startServing(hub, {QStringLiteral("--db"), db}, &ws, &http));

        HubTestClient t1;
        QVERIFY(t1.open(ws));
        t1.hello(QStringLiteral("T1"), secret);
        QVERIFY(!t1.waitFor(QStringLiteral("caughtUp")).isEmpty());
        t1.sendText(
            Sync::encode(Sync::Push{QStringLiteral("b1"), hubEvents(QStringLiteral("T1"), 1, 10)}));
        QVERIFY(!t1.waitFor(QStringLiteral("ack")).isEmpty());

        // A big batch and SIGTERM right behind it: the batch is stored whole or not at all, and
        // acknowledged exactly when stored.
        const QList<DomainEvent> big = hubEvents(QStringLiteral("T1"), 11, 5000);
        t1.sendText(Sync::encode(Sync::Push{QStringLiteral("b2"), big}));
        QTest::qWait(40); // mostly lands while the hub decodes or appends the batch
        hub.terminate();  // SIGTERM
        QVERIFY(t1.waitClosed());
        QCOMPARE(int(t1.closeCode), 1001);
        QCOMPARE(t1.waitFor(QStringLiteral("error"), 100).value("code").toString(),
                 QStringLiteral("shutting_down"));
        // It may have ended already while the test waited for the close.
        const bool finished = hub.state() == QProcess::NotRunning || hub.waitForFinished(10'000);
        const QByteArray err = hub.readAllStandardError();
        QVERIFY2(finished, err.constData());
        QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
        QCOMPARE(hub.exitCode(), 0);
        QVERIFY2(err.contains("stopping"), err.constData());
        QVERIFY(!err.contains(secret.toLatin1())); // the token is never logged

        const bool acked = t1.count(QStringLiteral("ack")) == 2;
        if (acked) { // the ack went out before the goodbye
            QCOMPARE(t1.received.last().value("type").toString(), QStringLiteral("error"));
            QCOMPARE(t1.received.at(t1.received.size() - 2).value("type").toString(),
                     QStringLiteral("ack"));
        }
        auto store = Hub::SqlHubStore::open(db);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->lastSeq().value(), acked ? 5010 : 10);
        qInfo("the batch in hand was %s", acked ? "finished and acknowledged" : "not yet read");
    }

    void pingIdleAndPerAddressOptionsTakeEffect()
    {
        const QString db = m_dir.filePath(QStringLiteral("guard.db"));
        const QString secret = addToken(db, QStringLiteral("T1"));
        const QString secondSecret = addToken(db, QStringLiteral("T2"));
        QProcess hub;
        QUrl ws, http;
        QVERIFY(startServing(hub,
                             {"--db", db, "--max-connections-per-address", "1",
                              "--ping-interval-ms", "100", "--idle-timeout-ms", "300"},
                             &ws, &http));
        auto first = std::make_unique<HubTestClient>();
        QVERIFY(first->open(ws));
        first->hello(QStringLiteral("T1"), secret);
        QVERIFY(!first->waitFor(QStringLiteral("caughtUp")).isEmpty());
        SilentTestClient second;
        QVERIFY(second.open(quint16(ws.port())));
        second.hello(QStringLiteral("T2"), secondSecret);
        QCOMPARE(second.waitFor(QStringLiteral("error")).value("code").toString(),
                 QStringLiteral("address_busy"));

        // The live one stays; once it is gone, a silent one is closed after 300 ms, not 60 s.
        QTest::qWait(700);
        QVERIFY(!first->closed);
        first->socket.close();
        QVERIFY(first->waitClosed());
        QTest::qWait(100); // the hub has seen it go too
        SilentTestClient silent;
        QVERIFY(silent.open(quint16(ws.port())));
        silent.hello(QStringLiteral("T1"), secret);
        QVERIFY(!silent.waitFor(QStringLiteral("welcome")).isEmpty());
        QCOMPARE(silent.waitFor(QStringLiteral("error"), 3000).value("code").toString(),
                 QStringLiteral("idle_timeout"));
        QVERIFY(silent.pings >= 1);

        hub.terminate();
        QVERIFY(hub.waitForFinished(10'000) || hub.state() == QProcess::NotRunning);
        QCOMPARE(hub.exitCode(), 0);
    }

    void servesWssOnlyWithACertificate()
    {
        const QString cert = m_dir.filePath(QStringLiteral("hub.pem"));
        const QString key = m_dir.filePath(QStringLiteral("hub.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out",
                       cert, "-days", "1", "-subj", "/CN=127.0.0.1"});
        QVERIFY(openssl.waitForFinished(30'000));
        QCOMPARE(openssl.exitCode(), 0);

        const QString db = m_dir.filePath(QStringLiteral("tls.db"));
        const QString secret = addToken(db, QStringLiteral("T1"));
        QProcess hub;
        QUrl ws, http;
        QVERIFY(startServing(hub, {"--db", db, "--cert", cert, "--key", key}, &ws, &http));
        QCOMPARE(ws.scheme(), QStringLiteral("wss"));

        HubTestClient secure;
        connect(&secure.socket, &QWebSocket::sslErrors, &secure.socket,
                [&secure](const QList<QSslError> &) { secure.socket.ignoreSslErrors(); });
        QVERIFY(secure.open(ws));
        secure.hello(QStringLiteral("T1"), secret);
        QVERIFY(!secure.waitFor(QStringLiteral("welcome")).isEmpty());

        // Plain ws:// to the same port never gets a WebSocket.
        HubTestClient plain;
        QUrl insecure = ws;
        insecure.setScheme(QStringLiteral("ws"));
        QVERIFY(!plain.open(insecure, 2000));

        hub.terminate();
        QVERIFY(hub.waitForFinished(10'000) || hub.state() == QProcess::NotRunning);
        QCOMPARE(hub.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_HubProcess)
#include "tst_hubprocess.moc"
