// shopdesk-cli with users: a database without users keeps the contract unchanged (no
// login); after the first manager every command needs --user NAME with the PIN in
// SHOPDESK_PIN; roles are checked; a manager changes roles, disables, enables and resets
// PINs; bad input is refused with the right code and exit status, and nothing in the
// database changes.

#include "clidatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
    void wrongPinsLockAcrossProcesses();
    void minimumPinLength();
    void newDatabaseIsPrivate();

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
        return ShopDesk::Testing::runCliOn(QStringLiteral(SHOPDESK_CLI), db, args, pin, newPin);
    }
    static QStringList words(const char *text)
    {
        return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    // Every row of the tables a refused command must leave alone.
    static QStringList dump(const QString &db)
    {
        return ShopDesk::Testing::dumpTables(
            db, {QStringLiteral("users"), QStringLiteral("events"), QStringLiteral("stock"),
                 QStringLiteral("products"), QStringLiteral("orders")});
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
    QCOMPARE(QStringList(made.keys()),
             (QStringList{"createdAt", "disabled", "failedLogins", "lockedUntil", "name", "role"}));
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
                               << "4 to 20 digits";
    QTest::newRow("PIN not digits") << words("--user Boss user add --name Park --role clerk")
                                    << boss << "12ab" << 2 << "invalid_input"
                                    << "4 to 20 digits";
    QTest::newRow("long PIN") << words("--user Boss user add --name Park --role clerk") << boss
                              << "123456789012345678901" << 2 << "invalid_input"
                              << "4 to 20 digits";
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
                               << "wrong user name or PIN";
    QTest::newRow("unknown user") << words("--user Nobody product list") << "1234" << QString() << 5
                                  << "unauthorized"
                                  << "wrong user name or PIN";
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
        << "4 to 20 digits";
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
    // A wrong PIN changes one thing only: the user's count of failed logins (the last two
    // columns, failed_logins and locked_until, of the users' rows).
    QStringList after = dump(db);
    if (QTest::currentDataTag() == QLatin1StringView("wrong PIN")) {
        QCOMPARE(after.first().section(QLatin1Char('|'), -2), QStringLiteral("1|"));
        after.first() = after.first().section(QLatin1Char('|'), 0, -3) + QStringLiteral("|0|");
    }
    QCOMPARE(after, before);
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

namespace {

// One column of one user, read straight from the file.
QVariant userColumn(const QString &db, const QString &name, const QString &column)
{
    QVariant value;
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("col"));
        c.setDatabaseName(db);
        if (c.open()) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(column));
            q.addBindValue(name);
            if (q.exec() && q.next())
                value = q.value(0);
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("col"));
    return value;
}

void execSql(const QString &db, const QString &sql)
{
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sql"));
        c.setDatabaseName(db);
        if (c.open())
            QSqlQuery(sql, c);
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sql"));
}

} // namespace

void tst_CliUsers::wrongPinsLockAcrossProcesses()
{
    const QString db = shopWithUsers();
    QVERIFY(!db.isEmpty());
    const QString boss = QStringLiteral("1234");
    // Each attempt is its own process: the count lives in the database.
    for (int i = 1; i <= 3; ++i) {
        const ProcessRun wrong = cli(db, words("--user Kim order list"), QStringLiteral("0000"));
        QCOMPARE(wrong.exitCode, 5);
        QCOMPARE(wrong.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(wrong.errorMessage(), QStringLiteral("wrong user name or PIN"));
        QCOMPARE(userColumn(db, QStringLiteral("Kim"), QStringLiteral("failed_logins")).toInt(), i);
    }
    // An unknown name gets the very same answer and exit status, and counts for nobody.
    const ProcessRun unknown =
        cliText(db, words("--user Nobody order list"), QStringLiteral("0000"));
    const ProcessRun fourth = cliText(db, words("--user Kim order list"), QStringLiteral("1111"));
    QCOMPARE(unknown.exitCode, 5);
    QCOMPARE(fourth.exitCode, 5);
    QCOMPARE(unknown.errText(), QStringLiteral("shopdesk-cli: error: wrong user name or PIN\n"));
    QCOMPARE(fourth.errText(), unknown.errText());
    QCOMPARE(cli(db, words("--user Kim order list"), QStringLiteral("2222")).exitCode, 5);

    // The fifth wrong PIN (the one just above) locked Kim; now even the right one is refused.
    QCOMPARE(userColumn(db, QStringLiteral("Kim"), QStringLiteral("failed_logins")).toInt(), 5);
    const ProcessRun right = cli(db, words("--user Kim order list"), QStringLiteral("5678"));
    QCOMPARE(right.exitCode, 5);
    QCOMPARE(right.errorCode(), QStringLiteral("unauthorized"));
    const QJsonObject details = right.error().value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("reason")).toString(), QStringLiteral("locked"));
    QVERIFY(details.value(QStringLiteral("secondsLeft")).toInt() > 0);
    QVERIFY(details.value(QStringLiteral("secondsLeft")).toInt() <= 30);
    QVERIFY2(
        right.errorMessage().contains(QStringLiteral("locked after 5 wrong PINs in a row until")),
        qPrintable(right.errorMessage()));
    QVERIFY2(right.errorMessage().contains(QStringLiteral("more seconds")),
             qPrintable(right.errorMessage()));
    QCOMPARE(userColumn(db, QStringLiteral("Kim"), QStringLiteral("failed_logins")).toInt(), 5);
    // Boss is not locked, and sees the lockout in the list.
    const QJsonArray users = cli(db, words("--user Boss user list"), boss).array();
    QCOMPARE(users.at(1).toObject().value(QStringLiteral("failedLogins")).toInt(), 5);
    QVERIFY(users.at(1).toObject().value(QStringLiteral("lockedUntil")).isString());
    QVERIFY(users.at(0).toObject().value(QStringLiteral("lockedUntil")).isNull());

    // A clerk may not unlock; a manager does, and Kim's right PIN works at once.
    QCOMPARE(cli(db, words("--user Boss user unlock Nobody"), boss).exitCode, 3);
    const ProcessRun unlocked = cliText(db, words("--user Boss user unlock Kim"), boss);
    QVERIFY2(unlocked.exitCode == 0, qPrintable(unlocked.describe()));
    QCOMPARE(unlocked.outText(), QStringLiteral("Unlocked Kim: no failed logins, no lockout\n"));
    QCOMPARE(userColumn(db, QStringLiteral("Kim"), QStringLiteral("failed_logins")).toInt(), 0);
    QCOMPARE(cli(db, words("--user Kim user unlock Boss"), QStringLiteral("5678")).exitCode, 5);
    QCOMPARE(cli(db, words("--user Kim order list"), QStringLiteral("5678")).exitCode, 0);

    // Locked again; once the lockout ran out (moved into the past here), the right PIN works
    // and a success clears the count.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(cli(db, words("--user Kim order list"), QStringLiteral("0000")).exitCode, 5);
    QCOMPARE(cli(db, words("--user Kim order list"), QStringLiteral("5678")).exitCode, 5);
    execSql(db, QStringLiteral("UPDATE users SET locked_until = locked_until - 3600000"));
    QCOMPARE(cli(db, words("--user Kim order list"), QStringLiteral("5678")).exitCode, 0);
    QCOMPARE(userColumn(db, QStringLiteral("Kim"), QStringLiteral("failed_logins")).toInt(), 0);
    QVERIFY(userColumn(db, QStringLiteral("Kim"), QStringLiteral("locked_until")).isNull());

    // The log has both lockouts and the unlock, by whom.
    const QJsonArray events = cli(db, words("--user Boss events"), boss).array();
    QStringList types;
    for (const QJsonValue &e : events) {
        const QJsonObject event = e.toObject();
        const QString type = event.value(QStringLiteral("type")).toString();
        if (type != QLatin1StringView("UserLockedOut") && type != QLatin1StringView("UserUnlocked"))
            continue;
        types << type;
        const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("name")).toString(), QStringLiteral("Kim"));
        if (type == QLatin1StringView("UserUnlocked"))
            QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("Boss"));
        else
            QCOMPARE(payload.value(QStringLiteral("failedLogins")).toInt(), 5);
    }
    QCOMPARE(types, (QStringList{"UserLockedOut", "UserUnlocked", "UserLockedOut"}));
    QCOMPARE(cli(db, words("--user Boss verify"), boss).exitCode, 0);
}

void tst_CliUsers::minimumPinLength()
{
    const QString db = shopWithUsers();
    QVERIFY(!db.isEmpty());
    const QString boss = QStringLiteral("1234");
    QCOMPARE(cli(db, words("--user Boss user min-pin"), boss).json(),
             (QJsonObject{{"minPinLength", 4}}));
    QCOMPARE(cli(db, words("--user Kim user min-pin --length 6"), QStringLiteral("5678")).exitCode,
             5);
    for (const char *bad : {"3", "21", "six"}) {
        const ProcessRun refused =
            cli(db, words("--user Boss user min-pin --length") << QString::fromLatin1(bad), boss);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_input"));
    }
    const ProcessRun set = cliText(db, words("--user Boss user min-pin --length 6"), boss);
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QCOMPARE(set.outText(), QStringLiteral("New PINs have at least 6 digits\n"));

    const QStringList before = dump(db);
    const ProcessRun shortPin = cli(db, words("--user Boss user add --name Lee --role clerk"), boss,
                                    QStringLiteral("12345"));
    QCOMPARE(shortPin.exitCode, 2);
    QCOMPARE(
        shortPin.error().value(QStringLiteral("details")).toObject().value("reason").toString(),
        QStringLiteral("pinTooShort"));
    QCOMPARE(
        cli(db, words("--user Boss user pin --name Kim"), boss, QStringLiteral("12345")).exitCode,
        2);
    QCOMPARE(dump(db), before);
    QCOMPARE(cli(db, words("--user Boss user add --name Lee --role clerk"), boss,
                 QStringLiteral("123456"))
                 .exitCode,
             0);
    // Not on login: Kim's older 4-digit PIN still works.
    QCOMPARE(cli(db, words("--user Kim order list"), QStringLiteral("5678")).exitCode, 0);
    // A long PIN: 20 digits.
    const QString longPin(20, QLatin1Char('9'));
    QCOMPARE(cli(db, words("--user Boss user pin --name Kim"), boss, longPin).exitCode, 0);
    QCOMPARE(cli(db, words("--user Kim order list"), longPin).exitCode, 0);
}

void tst_CliUsers::newDatabaseIsPrivate()
{
    // Whatever the umask, a new database file is its owner's alone.
    const QString db = newDb();
    const ProcessRun made = ShopDesk::Testing::runProcess(
        QStringLiteral(SHOPDESK_CLI),
        {QStringLiteral("--db"), db, QStringLiteral("shop"), QStringLiteral("show")},
        {.childModifier = [] { ::umask(0); }});
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    QCOMPARE(QFileInfo(db).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner);
    // An existing file keeps the mode its owner gave it.
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QCOMPARE(cli(db, words("shop show")).exitCode, 0);
    QVERIFY(QFileInfo(db).permissions().testFlag(QFile::ReadGroup));
}

QTEST_GUILESS_MAIN(tst_CliUsers)
#include "tst_cliusers.moc"
