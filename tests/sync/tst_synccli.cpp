// `shopdesk-cli sync` as scripts run it: the real binary through QProcess against a hub on
// 127.0.0.1 (ScriptedHub, in this process, so the test's event loop must run while the CLI
// does). Exit 0 with what went both ways; exit 4 with hub_unreachable or unauthorized, one
// line on stderr and the error document on stdout, the database unchanged; bad options are
// usage errors.

#include "processrun.h"
#include "scriptedhub.h"
#include "testshop.h"

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

using namespace ShopDesk;
using ShopDesk::Testing::ProcessRun;
using ShopDesk::Testing::runProcess;
using ShopDesk::Testing::ScriptedHub;
using ShopDesk::Testing::TestShop;

namespace {

// Runs the CLI while this process's event loop keeps serving the scripted hub; with
// SHOPDESK_HUB_TOKEN set to `envToken` when given, else without it.
ProcessRun runCli(const QStringList &arguments, const QString &envToken = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHOPDESK_HUB_TOKEN"));
    if (!envToken.isNull())
        env.insert(QStringLiteral("SHOPDESK_HUB_TOKEN"), envToken);
    return runProcess(QStringLiteral(SHOPDESK_CLI), arguments,
                      {.env = env, .timeoutMs = 30'000, .serveEvents = true});
}

// A token file with the given content and permissions.
QString tokenFile(const QTemporaryDir &dir, const QByteArray &content, QFile::Permissions mode)
{
    const QString path = dir.filePath(
        QStringLiteral("token-%1").arg(QString::number(qHash(content) ^ uint(mode.toInt()), 16)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    file.close();
    QFile::setPermissions(path, mode);
    return path;
}

const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
const QString tokenWarning = QStringLiteral(
    "shopdesk-cli: warning: --token shows the token to every user of this machine (in the "
    "process list); use --token-file FILE or $SHOPDESK_HUB_TOKEN instead");

QStringList eventIds(const QString &path)
{
    SqliteOptions options;
    options.path = path;
    auto store = SqliteStore::open(options);
    QStringList ids;
    if (!store)
        return {QStringLiteral("cannot open: ") + store.error().message};
    for (const DomainEvent &event : store.value()->events({}).value())
        ids << event.eventId;
    ids.sort();
    return ids;
}

} // namespace

class tst_SyncCli : public QObject
{
    Q_OBJECT

private slots:
    void syncPushesAndPullsOnce();
    void unreachableHubExitsWith4();
    void refusedTokenExitsWith4();
    void badOptionsAreUsageErrors();
    void tokenFromFileOrEnvironment();
};

void tst_SyncCli::syncPushesAndPullsOnce()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("secret"));
    TestShop t2(QStringLiteral("T2"));
    t2.product(QStringLiteral("P1"), 1000, 7);
    for (const DomainEvent &event : t2.shop->sync.unsentEvents(-1).value())
        hub.log.append({event, qint64(hub.log.size() + 1)});
    TestShop t1;
    t1.product(QStringLiteral("P9"), 500, 3);
    t1.product(QStringLiteral("P8"), 700, 0);
    const QString db = t1.path();
    t1.shop.reset();
    t1.store.reset();

    QTemporaryDir dir;
    const QString secret = tokenFile(dir, "secret\n", ownerOnly);
    const QStringList args{QStringLiteral("--db"),         db,
                           QStringLiteral("--json"),       QStringLiteral("sync"),
                           QStringLiteral("--hub"),        hub.url().toString(),
                           QStringLiteral("--token-file"), secret};
    const ProcessRun first = runCli(args);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QCOMPARE(first.errText(), QString());
    const QJsonObject result = first.object();
    QCOMPARE(result.value(QStringLiteral("pushed")).toInteger(), 3);
    QCOMPARE(result.value(QStringLiteral("received")).toInteger(), 2);
    QCOMPARE(result.value(QStringLiteral("unsent")).toInteger(), 0);
    QCOMPARE(result.value(QStringLiteral("lastGlobalSeq")).toInteger(), 2);
    QCOMPARE(result.value(QStringLiteral("terminal")).toString(), QStringLiteral("T1"));
    QCOMPARE(hub.log.size(), 5);
    QStringList hubIds;
    for (const Sync::SyncEvent &event : hub.log)
        hubIds << event.event.eventId;
    hubIds.sort();
    QCOMPARE(eventIds(db), hubIds);

    // Once more: nothing to do either way, and the text form says so.
    const ProcessRun second = runCli(args.mid(0, 2) + args.mid(3));
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    QCOMPARE(QString::fromUtf8(second.out).trimmed(),
             QStringLiteral("Synced T1 with %1: pushed 0 events, received 0 events; last global "
                            "sequence 2")
                 .arg(hub.url().toString()));
    QCOMPARE(hub.log.size(), 5);
    QCOMPARE(hub.hellos, 2);
}

void tst_SyncCli::unreachableHubExitsWith4()
{
    quint16 port = 0;
    {
        ScriptedHub probe;
        QVERIFY(probe.listen());
        port = probe.port();
    }
    TestShop t1;
    t1.product(QStringLiteral("P1"), 1000, 3);
    const QString db = t1.path();
    t1.shop.reset();
    t1.store.reset();
    const QStringList before = eventIds(db);

    const ProcessRun run =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("sync"),
                QStringLiteral("--hub"), QStringLiteral("ws://127.0.0.1:%1").arg(port)},
               QStringLiteral("secret"));
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("hub_unreachable"));
    const QString message = run.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
    QCOMPARE(run.errLines(), QStringList{QStringLiteral("shopdesk-cli: error: ") + message});
    QCOMPARE(eventIds(db), before);
}

void tst_SyncCli::refusedTokenExitsWith4()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("right"));
    TestShop t2(QStringLiteral("T2"));
    t2.product(QStringLiteral("P1"), 1000, 7);
    for (const DomainEvent &event : t2.shop->sync.unsentEvents(-1).value())
        hub.log.append({event, qint64(hub.log.size() + 1)});
    TestShop t1;
    t1.product(QStringLiteral("P9"), 500, 3);
    const QString db = t1.path();
    t1.shop.reset();
    t1.store.reset();
    const QStringList before = eventIds(db);

    const ProcessRun run =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("sync"),
                QStringLiteral("--hub"), hub.url().toString()},
               QStringLiteral("wrong"));
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.error().value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
    const QString message = run.error().value(QStringLiteral("message")).toString();
    QCOMPARE(run.errLines(), QStringList{QStringLiteral("shopdesk-cli: error: ") + message});
    QVERIFY(!run.err.contains("wrong")); // the token is never echoed
    // Refused at hello, before any event flowed either way.
    QCOMPARE(hub.log.size(), 2);
    QCOMPARE(hub.pushes, 0);
    QCOMPARE(eventIds(db), before);
}

void tst_SyncCli::badOptionsAreUsageErrors()
{
    TestShop t1;
    const QString db = t1.path();
    const ProcessRun scheme =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("sync"),
                QStringLiteral("--hub"), QStringLiteral("http://127.0.0.1:1"),
                QStringLiteral("--token"), QStringLiteral("x")});
    QCOMPARE(scheme.exitCode, 2);
    QCOMPARE(scheme.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_input"));
    const ProcessRun noToken =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("sync"),
                QStringLiteral("--hub"), QStringLiteral("ws://127.0.0.1:1")});
    QCOMPARE(noToken.exitCode, 2);
    QCOMPARE(noToken.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_input"));
    QVERIFY2(noToken.errText().contains(QStringLiteral("SHOPDESK_HUB_TOKEN")),
             qPrintable(noToken.describe()));
    const ProcessRun emptyToken =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("sync"),
                QStringLiteral("--hub"), QStringLiteral("ws://127.0.0.1:1"),
                QStringLiteral("--token"), QStringLiteral(" ")});
    QCOMPARE(emptyToken.exitCode, 2);
    QCOMPARE(emptyToken.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_input"));
}

void tst_SyncCli::tokenFromFileOrEnvironment()
{
    ScriptedHub hub;
    QVERIFY(hub.listen());
    hub.addToken(QStringLiteral("T1"), QStringLiteral("secret"));
    TestShop t1;
    t1.product(QStringLiteral("P9"), 500, 3);
    const QString db = t1.path();
    t1.shop.reset();
    t1.store.reset();
    const QStringList sync{QStringLiteral("--db"),   db,
                           QStringLiteral("--json"), QStringLiteral("sync"),
                           QStringLiteral("--hub"),  hub.url().toString()};
    QTemporaryDir dir;

    // A file others can read is refused before the hub hears of it.
    const QString open = tokenFile(dir, "secret", ownerOnly | QFile::ReadGroup | QFile::ReadOther);
    const ProcessRun refused = runCli(sync + QStringList{QStringLiteral("--token-file"), open});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.errorCode(), QStringLiteral("invalid_input"));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("mode 644")),
             qPrintable(refused.describe()));
    QVERIFY(!refused.out.contains("secret"));
    QCOMPARE(hub.hellos, 0);
    // Nor a missing or empty one, nor two sources at once.
    QCOMPARE(
        runCli(sync + QStringList{QStringLiteral("--token-file"), dir.filePath("none")}).exitCode,
        2);
    QCOMPARE(
        runCli(sync + QStringList{QStringLiteral("--token-file"), tokenFile(dir, " \n", ownerOnly)})
            .exitCode,
        2);
    const QString secret = tokenFile(dir, "secret\n", ownerOnly);
    QCOMPARE(runCli(sync + QStringList{QStringLiteral("--token-file"), secret,
                                       QStringLiteral("--token"), QStringLiteral("secret")})
                 .exitCode,
             2);
    QCOMPARE(hub.hellos, 0);

    // From the file: no warning, pushed.
    const ProcessRun fromFile = runCli(sync + QStringList{QStringLiteral("--token-file"), secret});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.describe()));
    QCOMPARE(fromFile.errText(), QString());
    QCOMPARE(fromFile.object().value(QStringLiteral("pushed")).toInteger(), 2);
    // From the environment.
    const ProcessRun fromEnv = runCli(sync, QStringLiteral("secret"));
    QVERIFY2(fromEnv.exitCode == 0, qPrintable(fromEnv.describe()));
    QCOMPARE(fromEnv.errText(), QString());
    // --token still works, and warns on stderr (never naming the token).
    const ProcessRun onCommandLine =
        runCli(sync + QStringList{QStringLiteral("--token"), QStringLiteral("secret")});
    QVERIFY2(onCommandLine.exitCode == 0, qPrintable(onCommandLine.describe()));
    QCOMPARE(onCommandLine.errLines(), QStringList{tokenWarning});
    QCOMPARE(hub.hellos, 3);
    // A wrong token from the environment is the hub's refusal, as before.
    const ProcessRun wrong = runCli(sync, QStringLiteral("wrong"));
    QCOMPARE(wrong.exitCode, 4);
    QCOMPARE(wrong.errorCode(), QStringLiteral("unauthorized"));
}

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_synccli.moc"
