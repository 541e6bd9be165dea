// shopdesk-cli with users: a database without users keeps the contract unchanged (no
// login); after the first manager every command needs --user NAME with the PIN in
// SHOPDESK_PIN; roles are checked; a manager changes roles, disables, enables and resets
// PINs; bad input is refused with the right code and exit status, and nothing in the
// database changes.

#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

using ShopDesk::Testing::ProcessRun;

class tst_CliUsers : public QObject
{
    Q_OBJECT

private slots:
    void withoutUsersNothingChanges();
    void firstManagerThenLogin();
    void clerkTakesOrdersAndEventsNameHer();
    void badInput_data();
    void badInput();
    void usageTellsAboutUsers();
    void managerManagesUsers();
    void listShowsDisabledUsers();

private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    QString newDb() { return m_dir.filePath(QStringLiteral("shop%1.db").arg(++m_dbCount)); }

    // Runs shopdesk-cli --db db --json args, with only the given PIN variables set and stdin
    // not a terminal.
    static ProcessRun cli(const QString &db, const QStringList &args, const QString &pin = {},
                          const QString &newPin = {})
    {
        return cliRun(db, QStringList{QStringLiteral("--json")} + args, pin, newPin);
    }
    // The same without --json.
    static ProcessRun cliText(const QString &db, const QStringList &args, const QString &pin = {})
    {
        return cliRun(db, args, pin, {});
    }
    static ProcessRun cliRun(const QString &db, const QStringList &args, const QString &pin,
                             const QString &newPin)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SHOPDESK_PIN"));
        env.remove(QStringLiteral("SHOPDESK_NEW_PIN"));
        env.remove(QStringLiteral("SHOPDESK_DB"));
        if (!pin.isNull())
            env.insert(QStringLiteral("SHOPDESK_PIN"), pin);
        if (!newPin.isNull())
            env.insert(QStringLiteral("SHOPDESK_NEW_PIN"), newPin);
        return ShopDesk::Testing::runProcess(QStringLiteral(SHOPDESK_CLI),
                                             QStringList{QStringLiteral("--db"), db} + args,
                                             {.env = env});
    }
    static QStringList words(const char *text)
    {
        return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    // Every row of the tables a refused command must leave alone.
    static QStringList dump(const QString &db)
    {
        QStringList rows;
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
            c.setDatabaseName(db);
            if (c.open()) {
                for (const char *table : {"users", "events", "stock", "products", "orders"}) {
                    QSqlQuery q(c);
                    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1")
                               .arg(QLatin1StringView(table)));
                    while (q.next()) {
                        QStringList fields;
                        for (int i = 0; i < q.record().count(); ++i)
                            fields << q.value(i).toString();
                        rows << QLatin1StringView(table) + QLatin1Char(':') +
                                    fields.join(QLatin1Char('|'));
                    }
                }
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump"));
        return rows;
    }
    // A shop with P1 (stock 10), manager Boss (PIN 1234) and clerk Kim (PIN 5678).
    QString shopWithUsers()
    {
        const QString db = newDb();
        if (cli(db, words("product add --id P1 --name Tea --price 1000")).exitCode != 0 ||
            cli(db, words("stock adjust --product P1 --delta 10")).exitCode != 0 ||
            cli(db, words("user add --name Boss --role manager"), {}, QStringLiteral("1234"))
                    .exitCode != 0 ||
            cli(db, words("--user Boss user add --name Kim --role clerk"), QStringLiteral("1234"),
                QStringLiteral("5678"))
                    .exitCode != 0)
            return {};
        return db;
    }
};

void tst_CliUsers::withoutUsersNothingChanges()
{
    const QString db = newDb();
    QCOMPARE(cli(db, words("product add --id P1 --name Tea --price 1000")).exitCode, 0);
    QCOMPARE(cli(db, words("stock adjust --product P1 --delta 3")).exitCode, 0);
    const ProcessRun placed = cli(db, words("order place --customer Lee --item P1:1"));
    QVERIFY2(placed.exitCode == 0, qPrintable(placed.describe()));
    const ProcessRun users = cli(db, words("user list"));
    QCOMPARE(users.exitCode, 0);
    QCOMPARE(users.document().array().size(), 0);
    const QJsonArray events = cli(db, words("events")).document().array();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue &e : events)
        QCOMPARE(e.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("cli"));
}

void tst_CliUsers::firstManagerThenLogin()
{
    const QString db = newDb();
    QCOMPARE(cli(db, words("product add --id P1 --name Tea --price 1000")).exitCode, 0);
    const ProcessRun boss =
        cli(db, words("user add --name Boss --role manager"), {}, QStringLiteral("1234"));
    QVERIFY2(boss.exitCode == 0, qPrintable(boss.describe()));
    const QJsonObject made = boss.document().object();
    QCOMPARE(made.value(QStringLiteral("name")).toString(), QStringLiteral("Boss"));
    QCOMPARE(made.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(QStringList(made.keys()), (QStringList{"createdAt", "disabled", "name", "role"}));
    QCOMPARE(made.value(QStringLiteral("disabled")), QJsonValue(false));

    // From now on, no command runs without a login, reads included.
    for (const char *command : {"product list", "order list", "events", "verify", "user list"}) {
        const ProcessRun refused = cli(db, words(command));
        QVERIFY2(refused.exitCode == 5 && refused.errorCode() == QLatin1StringView("unauthorized"),
                 qPrintable(QString::fromLatin1(command) + QLatin1Char(' ') + refused.describe()));
        QVERIFY2(refused.err.contains("--user NAME"), refused.err.constData());
    }
    const ProcessRun listed = cli(db, words("--user Boss product list"), QStringLiteral("1234"));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(listed.document().array().size(), 1);
    const ProcessRun users = cli(db, words("--user Boss user list"), QStringLiteral("1234"));
    QCOMPARE(users.document().array().size(), 1);
    // The PIN, its salt and key never show in the log.
    const ProcessRun events = cli(db, words("--user Boss events"), QStringLiteral("1234"));
    QVERIFY2(events.exitCode == 0, qPrintable(events.describe()));
    const QJsonObject created = events.document().array().last().toObject();
    QCOMPARE(created.value(QStringLiteral("type")).toString(), QStringLiteral("UserCreated"));
    QCOMPARE(QStringList(created.value(QStringLiteral("payload")).toObject().keys()),
             (QStringList{"name", "role"}));
}

void tst_CliUsers::clerkTakesOrdersAndEventsNameHer()
{
    const QString db = shopWithUsers();
    QVERIFY(!db.isEmpty());
    const QString kim = QStringLiteral("5678");
    const ProcessRun placed =
        cli(db, words("--user Kim order place --customer Lee --item P1:2"), kim);
    QVERIFY2(placed.exitCode == 0, qPrintable(placed.describe()));
    const QString orderId = placed.document().object().value(QStringLiteral("orderId")).toString();
    const ProcessRun paid =
        cli(db, words("--user Kim order pay --method cash --tendered 5000") << orderId, kim);
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.describe()));
    QCOMPARE(paid.document().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("delivering"));
    QCOMPARE(cli(db, words("--user Kim delivery complete") << orderId, kim).exitCode, 0);
    const QJsonArray events =
        cli(db, words("--user Kim events --order") << orderId, kim).document().array();
    QVERIFY(events.size() >= 5);
    for (const QJsonValue &e : events)
        QCOMPARE(e.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("Kim"));
    // The manager's stock adjustment is the manager's.
    QCOMPARE(
        cli(db, words("--user Boss stock adjust --product P1 --delta 5"), QStringLiteral("1234"))
            .exitCode,
        0);
    const QJsonArray all = cli(db, words("--user Kim events"), kim).document().array();
    QCOMPARE(all.last().toObject().value(QStringLiteral("actor")).toString(),
             QStringLiteral("Boss"));
    QCOMPARE(cli(db, words("--user Kim verify"), kim).exitCode, 0);
}

void tst_CliUsers::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("newPin");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");

    const QString boss = QStringLiteral("1234");
    QTest::newRow("empty name") << words("--user Boss user add --role clerk --name") +
                                       QStringList{""}
                                << boss << "1111" << 2 << "invalid_input"
                                << "cannot be empty";
    QTest::newRow("duplicate name") << words("--user Boss user add --name Kim --role clerk") << boss
                                    << "1111" << 2 << "invalid_input"
                                    << "already exists";
    QTest::newRow("short PIN") << words("--user Boss user add --name Park --role clerk") << boss
                               << "123" << 2 << "invalid_input"
                               << "4 to 12 digits";
    QTest::newRow("PIN not digits") << words("--user Boss user add --name Park --role clerk")
                                    << boss << "12ab" << 2 << "invalid_input"
                                    << "4 to 12 digits";
    QTest::newRow("long PIN") << words("--user Boss user add --name Park --role clerk") << boss
                              << "1234567890123" << 2 << "invalid_input"
                              << "4 to 12 digits";
    QTest::newRow("no new PIN") << words("--user Boss user add --name Park --role clerk") << boss
                                << QString() << 2 << "invalid_input"
                                << "SHOPDESK_NEW_PIN";
    QTest::newRow("unknown role") << words("--user Boss user add --name Park --role owner") << boss
                                  << "1111" << 2 << "invalid_input"
                                  << "clerk or manager";
    QTest::newRow("user add without role")
        << words("--user Boss user add --name Park") << boss << "1111" << 2 << "usage"
        << "--role";
    QTest::newRow("wrong PIN") << words("--user Boss product list") << "9999" << QString() << 5
                               << "unauthorized"
                               << "wrong PIN";
    QTest::newRow("unknown user") << words("--user Nobody product list") << "1234" << QString() << 5
                                  << "unauthorized"
                                  << "no user is named 'Nobody'";
    QTest::newRow("no PIN and no terminal")
        << words("--user Boss product list") << QString() << QString() << 5 << "unauthorized"
        << "SHOPDESK_PIN";
    QTest::newRow("no login") << words("stock adjust --product P1 --delta 5") << QString()
                              << QString() << 5 << "unauthorized"
                              << "log in";
    QTest::newRow("user add without login")
        << words("user add --name Park --role clerk") << QString() << "1111" << 5 << "unauthorized"
        << "log in";
    QTest::newRow("clerk adjusts stock") << words("--user Kim stock adjust --product P1 --delta 5")
                                         << "5678" << QString() << 5 << "forbidden"
                                         << "only a manager may adjust stock";
    QTest::newRow("clerk counts stock") << words("--user Kim stock count --product P1 --counted 50")
                                        << "5678" << QString() << 5 << "forbidden"
                                        << "only a manager";
    QTest::newRow("clerk adds product")
        << words("--user Kim product add --id P2 --name Milk --price 10") << "5678" << QString()
        << 5 << "forbidden"
        << "only a manager may register products";
    QTest::newRow("clerk adds user")
        << words("--user Kim user add --name Park --role clerk") << "5678"
        << "1111" << 5 << "forbidden"
        << "only a manager";
    QTest::newRow("clerk sets shop")
        << words("--user Kim shop set --name Mine") << "5678" << QString() << 5 << "forbidden"
        << "only a manager";
    QTest::newRow("demote the last manager")
        << words("--user Boss user role --name Boss --role clerk") << boss << QString() << 3
        << "invalid_state"
        << "last enabled manager";
    QTest::newRow("disable oneself") << words("--user Boss user disable --name boss") << boss
                                     << QString() << 3 << "invalid_state"
                                     << "cannot disable themselves";
    QTest::newRow("role of an unknown user")
        << words("--user Boss user role --name Nobody --role clerk") << boss << QString() << 3
        << "not_found"
        << "no user is named 'Nobody'";
    QTest::newRow("disable an unknown user")
        << words("--user Boss user disable --name Nobody") << boss << QString() << 3 << "not_found"
        << "no user is named 'Nobody'";
    QTest::newRow("PIN of an unknown user")
        << words("--user Boss user pin --name Nobody") << boss << "1111" << 3 << "not_found"
        << "no user is named 'Nobody'";
    QTest::newRow("unknown role to change to")
        << words("--user Boss user role --name Kim --role owner") << boss << QString() << 2
        << "invalid_input"
        << "clerk or manager";
    QTest::newRow("user role without role")
        << words("--user Boss user role --name Kim") << boss << QString() << 2 << "usage"
        << "--role";
    QTest::newRow("user disable without name")
        << words("--user Boss user disable") << boss << QString() << 2 << "usage"
        << "--name";
    QTest::newRow("reset with a short PIN")
        << words("--user Boss user pin --name Kim") << boss << "12" << 2 << "invalid_input"
        << "4 to 12 digits";
    QTest::newRow("reset without a new PIN")
        << words("--user Boss user pin --name Kim") << boss << QString() << 2 << "invalid_input"
        << "SHOPDESK_NEW_PIN";
    QTest::newRow("clerk changes a role") << words("--user Kim user role --name Kim --role manager")
                                          << "5678" << QString() << 5 << "forbidden"
                                          << "only a manager";
    QTest::newRow("clerk disables a user")
        << words("--user Kim user disable --name Boss") << "5678" << QString() << 5 << "forbidden"
        << "only a manager";
    QTest::newRow("clerk enables a user")
        << words("--user Kim user enable --name Boss") << "5678" << QString() << 5 << "forbidden"
        << "only a manager";
    QTest::newRow("clerk resets a PIN") << words("--user Kim user pin --name Boss") << "5678"
                                        << "1111" << 5 << "forbidden"
                                        << "only a manager";
    QTest::newRow("disable without login")
        << words("user disable --name Kim") << QString() << QString() << 5 << "unauthorized"
        << "log in";
}

void tst_CliUsers::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, pin);
    QFETCH(QString, newPin);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QString db = shopWithUsers();
    QVERIFY(!db.isEmpty());
    const QStringList before = dump(db);
    QVERIFY(!before.isEmpty());
    const ProcessRun run = cli(db, args, pin, newPin);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.errorCode() == code, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err).contains(says), qPrintable(run.describe()));
    QCOMPARE(QString::fromUtf8(run.err).trimmed().count(QLatin1Char('\n')) <= 1, true);
    QCOMPARE(dump(db), before);
}

void tst_CliUsers::usageTellsAboutUsers()
{
    QProcess process;
    process.start(QStringLiteral(SHOPDESK_CLI), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    const QString usage = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(usage.contains(QStringLiteral("--user NAME")));
    QVERIFY(usage.contains(QStringLiteral("SHOPDESK_PIN")));
    QVERIFY(usage.contains(QStringLiteral("user add --name NAME --role clerk|manager")));
    QVERIFY(usage.contains(QStringLiteral("user list")));
    QVERIFY(usage.contains(QStringLiteral("user role --name NAME --role clerk|manager")));
    QVERIFY(usage.contains(QStringLiteral("user disable --name NAME")));
    QVERIFY(usage.contains(QStringLiteral("user enable --name NAME")));
    QVERIFY(usage.contains(QStringLiteral("user pin --name NAME")));
    QVERIFY(usage.contains(QStringLiteral("5 unauthorized")));
}

void tst_CliUsers::managerManagesUsers()
{
    const QString db = shopWithUsers();
    QVERIFY(!db.isEmpty());
    const QString boss = QStringLiteral("1234");
    // Kim made a manager adjusts stock.
    const ProcessRun promoted =
        cli(db, words("--user Boss user role --name kim --role manager"), boss);
    QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.describe()));
    QCOMPARE(promoted.document().object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Kim"));
    QCOMPARE(promoted.document().object().value(QStringLiteral("role")).toString(),
             QStringLiteral("manager"));
    const ProcessRun adjusted =
        cli(db, words("--user Kim stock adjust --product P1 --delta 5"), QStringLiteral("5678"));
    QVERIFY2(adjusted.exitCode == 0, qPrintable(adjusted.describe()));

    // Disabled, Kim cannot log in, whatever the command.
    const ProcessRun disabled = cli(db, words("--user Boss user disable --name Kim"), boss);
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.describe()));
    QCOMPARE(disabled.document().object().value(QStringLiteral("disabled")), QJsonValue(true));
    const ProcessRun refused = cli(db, words("--user Kim order list"), QStringLiteral("5678"));
    QVERIFY2(refused.exitCode == 5 && refused.errorCode() == QLatin1StringView("unauthorized"),
             qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("disabled"), refused.err.constData());
    // Enabled, with a new PIN from the manager: the old PIN no longer works.
    QCOMPARE(cli(db, words("--user Boss user enable --name Kim"), boss).exitCode, 0);
    const ProcessRun reset = cli(db, words("--user Boss user pin --name Kim"), boss, "2468");
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.describe()));
    QCOMPARE(reset.document().object(),
             (QJsonObject{{"name", QStringLiteral("Kim")}, {"pinChanged", true}}));
    QCOMPARE(cli(db, words("--user Kim order list"), QStringLiteral("5678")).exitCode, 5);
    QCOMPARE(cli(db, words("--user Kim order list"), QStringLiteral("2468")).exitCode, 0);
    // Back to a clerk.
    QCOMPARE(cli(db, words("--user Boss user role --name Kim --role clerk"), boss).exitCode, 0);
    QCOMPARE(
        cli(db, words("--user Kim stock adjust --product P1 --delta 5"), QStringLiteral("2468"))
            .exitCode,
        5);

    // Each change is an event by Boss, with the name and the role or flag only.
    const QJsonArray events = cli(db, words("--user Boss events"), boss).document().array();
    QStringList types;
    for (const QJsonValue &e : events) {
        const QJsonObject event = e.toObject();
        const QString type = event.value(QStringLiteral("type")).toString();
        if (!type.startsWith(QStringLiteral("User")) || type == QLatin1StringView("UserCreated"))
            continue;
        types << type;
        QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("Boss"));
        const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("name")).toString(), QStringLiteral("Kim"));
        QCOMPARE(payload.size(), 2);
    }
    QCOMPARE(types, (QStringList{"UserRoleChanged", "UserDisabled", "UserEnabled", "UserPinChanged",
                                 "UserRoleChanged"}));
    QCOMPARE(cli(db, words("--user Boss verify"), boss).exitCode, 0);
}

void tst_CliUsers::listShowsDisabledUsers()
{
    const QString db = shopWithUsers();
    QVERIFY(!db.isEmpty());
    const QString boss = QStringLiteral("1234");
    QCOMPARE(cli(db, words("--user Boss user disable --name Kim"), boss).exitCode, 0);
    const QJsonArray users = cli(db, words("--user Boss user list"), boss).document().array();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Boss"));
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("disabled")), QJsonValue(false));
    QCOMPARE(users.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Kim"));
    QCOMPARE(users.at(1).toObject().value(QStringLiteral("disabled")), QJsonValue(true));
    const ProcessRun text = cliText(db, words("--user Boss user list"), boss);
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QStringList lines = QString::fromUtf8(text.out).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Boss")), qPrintable(lines.at(0)));
    QVERIFY2(!lines.at(0).contains(QStringLiteral("disabled")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Kim")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(" disabled")), qPrintable(lines.at(1)));
    const ProcessRun enabled = cliText(db, words("--user Boss user enable --name Kim"), boss);
    QCOMPARE(QString::fromUtf8(enabled.out), QStringLiteral("Enabled clerk Kim\n"));
    QVERIFY(!QString::fromUtf8(cliText(db, words("--user Boss user list"), boss).out)
                 .contains(QStringLiteral("disabled")));
}

QTEST_GUILESS_MAIN(tst_CliUsers)
#include "tst_cliusers.moc"
