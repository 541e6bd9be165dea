// shopdesk-cli with users: a database without users keeps the contract unchanged (no
// login); after the first manager every command needs --user NAME with the PIN in
// SHOPDESK_PIN; roles are checked; bad input is refused with the right code and exit
// status, and nothing in the database changes.

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

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument document() const { return QJsonDocument::fromJson(out); }
    QString errorCode() const
    {
        return document()
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out).trimmed(), QString::fromUtf8(err).trimmed());
    }
};

} // namespace

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

private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    QString newDb() { return m_dir.filePath(QStringLiteral("shop%1.db").arg(++m_dbCount)); }

    // Runs shopdesk-cli --db db --json args, with only the given PIN variables set and stdin
    // not a terminal.
    static Run cli(const QString &db, const QStringList &args, const QString &pin = {},
                   const QString &newPin = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SHOPDESK_PIN"));
        env.remove(QStringLiteral("SHOPDESK_NEW_PIN"));
        env.remove(QStringLiteral("SHOPDESK_DB"));
        if (!pin.isNull())
            env.insert(QStringLiteral("SHOPDESK_PIN"), pin);
        if (!newPin.isNull())
            env.insert(QStringLiteral("SHOPDESK_NEW_PIN"), newPin);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(SHOPDESK_CLI),
                      QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + args);
        process.waitForFinished(60000);
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
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
    const Run placed = cli(db, words("order place --customer Lee --item P1:1"));
    QVERIFY2(placed.exitCode == 0, qPrintable(placed.describe()));
    const Run users = cli(db, words("user list"));
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
    const Run boss =
        cli(db, words("user add --name Boss --role manager"), {}, QStringLiteral("1234"));
    QVERIFY2(boss.exitCode == 0, qPrintable(boss.describe()));
    const QJsonObject made = boss.document().object();
    QCOMPARE(made.value(QStringLiteral("name")).toString(), QStringLiteral("Boss"));
    QCOMPARE(made.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(QStringList(made.keys()), (QStringList{"createdAt", "name", "role"}));

    // From now on, no command runs without a login, reads included.
    for (const char *command : {"product list", "order list", "events", "verify", "user list"}) {
        const Run refused = cli(db, words(command));
        QVERIFY2(refused.exitCode == 5 && refused.errorCode() == QLatin1StringView("unauthorized"),
                 qPrintable(QString::fromLatin1(command) + QLatin1Char(' ') + refused.describe()));
        QVERIFY2(refused.err.contains("--user NAME"), refused.err.constData());
    }
    const Run listed = cli(db, words("--user Boss product list"), QStringLiteral("1234"));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(listed.document().array().size(), 1);
    const Run users = cli(db, words("--user Boss user list"), QStringLiteral("1234"));
    QCOMPARE(users.document().array().size(), 1);
    // The PIN, its salt and key never show in the log.
    const Run events = cli(db, words("--user Boss events"), QStringLiteral("1234"));
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
    const Run placed = cli(db, words("--user Kim order place --customer Lee --item P1:2"), kim);
    QVERIFY2(placed.exitCode == 0, qPrintable(placed.describe()));
    const QString orderId = placed.document().object().value(QStringLiteral("orderId")).toString();
    const Run paid =
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
    const Run run = cli(db, args, pin, newPin);
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
    QVERIFY(usage.contains(QStringLiteral("5 unauthorized")));
}

QTEST_GUILESS_MAIN(tst_CliUsers)
#include "tst_cliusers.moc"
