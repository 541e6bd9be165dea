// shopdesk-cli's shifts and reports (issue 15): a clerk opens a shift with a float, moves cash
// in and out with a reason and closes it with a count; the X and Z reports show what the drawer
// should hold; every refusal says the rule, exits with its status and changes nothing; a
// manager's `report sales` answers from the report tables as JSON, text and CSV.

#include "clidatabase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

using ShopDesk::Testing::ProcessRun;

class tst_CliShifts : public QObject
{
    Q_OBJECT

private slots:
    void withoutShiftsNothingChanges();
    void aShiftFromOpenToClose();
    void refusals_data();
    void refusals();
    void cashNeedsAShift();
    void salesReport();

private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    QString newDb() { return m_dir.filePath(QStringLiteral("shop%1.db").arg(++m_dbCount)); }

    static ProcessRun cli(const QString &db, const QStringList &args, const QString &pin = {},
                          const QString &newPin = {}, bool json = true)
    {
        return ShopDesk::Testing::runCliOn(
            QStringLiteral(SHOPDESK_CLI), db,
            (json ? QStringList{QStringLiteral("--json")} : QStringList{}) + args, pin, newPin);
    }
    static QStringList words(const QString &text)
    {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    // As Kim (clerk, 5678), Lee (clerk, 9999) or Boss (manager, 1234).
    static ProcessRun as(const QString &db, const QString &user, const QStringList &args,
                         bool json = true)
    {
        const QString pin = user == QLatin1StringView("Boss")  ? QStringLiteral("1234")
                            : user == QLatin1StringView("Kim") ? QStringLiteral("5678")
                                                               : QStringLiteral("9999");
        return cli(db, QStringList{QStringLiteral("--user"), user} + args, pin, {}, json);
    }
    static ProcessRun as(const QString &db, const QString &user, const QString &args)
    {
        return as(db, user, words(args));
    }
    // Every row of the tables a refused command must leave alone.
    static QStringList dump(const QString &db)
    {
        return ShopDesk::Testing::dumpTables(
            db, {QStringLiteral("events"), QStringLiteral("shifts"), QStringLiteral("report_hours"),
                 QStringLiteral("report_products"), QStringLiteral("orders"),
                 QStringLiteral("payment_parts"), QStringLiteral("meta")});
    }
    // A shop with P1 (1,000 won, stock 50), manager Boss, clerks Kim and Lee.
    QString shopWithUsers()
    {
        const QString db = newDb();
        if (cli(db, words("product add --id P1 --name Tea --price 1000")).exitCode != 0 ||
            cli(db, words("stock adjust --product P1 --delta 50")).exitCode != 0 ||
            cli(db, words("user add --name Boss --role manager"), {}, QStringLiteral("1234"))
                    .exitCode != 0)
            return {};
        const auto addClerk = [&](const char *name, const char *pin) {
            return cli(db,
                       {QStringLiteral("--user"), QStringLiteral("Boss"), QStringLiteral("user"),
                        QStringLiteral("add"), QStringLiteral("--name"), QString::fromUtf8(name),
                        QStringLiteral("--role"), QStringLiteral("clerk")},
                       QStringLiteral("1234"), QString::fromUtf8(pin))
                       .exitCode == 0;
        };
        if (!addClerk("Kim", "5678") || !addClerk("Lee", "9999"))
            return {};
        return db;
    }
    // shopWithUsers, and Kim's shift open with a float of 10,000 and a cash sale of 3,000.
    QString shopInShift()
    {
        const QString db = shopWithUsers();
        if (db.isEmpty() || !as(db, QStringLiteral("Kim"), "shift open --float 10000").ok() ||
            !as(db, QStringLiteral("Kim"), "order place --customer Ahn --item P1:3").ok() ||
            !as(db, QStringLiteral("Kim"), "order pay T1-000001 --method cash --tendered 5000")
                 .ok())
            return {};
        return db;
    }
};

void tst_CliShifts::withoutShiftsNothingChanges()
{
    // A shop that never opens a shift sells for cash as before, and its X report says why not.
    const QString db = shopWithUsers();
    QVERIFY(!db.isEmpty());
    QVERIFY(as(db, "Kim", "order place --customer Ahn --item P1:1").ok());
    const ProcessRun paid = as(db, "Kim", "order pay T1-000001 --method cash --tendered 1000");
    QVERIFY2(paid.ok(), qPrintable(paid.describe()));
    const ProcessRun report = as(db, "Kim", "shift report");
    QCOMPARE(report.exitCode, 3);
    QCOMPARE(report.errorCode(), QStringLiteral("invalid_state"));
    QVERIFY2(report.errorMessage().contains(QStringLiteral("no open shift")),
             qPrintable(report.describe()));
    const ProcessRun list = as(db, "Kim", "shift list");
    QVERIFY(list.ok());
    QCOMPARE(list.array().size(), 0);
}

void tst_CliShifts::aShiftFromOpenToClose()
{
    const QString db = shopInShift();
    QVERIFY(!db.isEmpty());
    const QString kim = QStringLiteral("Kim");

    // The X report: float 10,000 + cash 3,000 (the change went back out).
    ProcessRun x = as(db, kim, "shift report");
    QVERIFY2(x.ok(), qPrintable(x.describe()));
    QJsonObject report = x.json();
    QCOMPARE(report.value("report").toString(), QStringLiteral("X"));
    QCOMPARE(report.value("shiftId").toString(), QStringLiteral("T1-S0001"));
    QCOMPARE(report.value("openedBy").toString(), kim);
    QCOMPARE(report.value("expectedCash").toInteger(), 13000);
    QCOMPARE(report.value("sales").toObject().value("orders").toInteger(), 1);
    QCOMPARE(report.value("sales").toObject().value("netSales").toInteger(), 3000);
    QCOMPARE(report.value("sales").toObject().value("paid").toObject().value("cash").toInteger(),
             3000);
    // An X report changes nothing.
    const QStringList beforeX = dump(db);
    QVERIFY(as(db, kim, "shift report").ok());
    QCOMPARE(dump(db), beforeX);

    // Cash in and out, with reasons in Korean.
    ProcessRun in = as(db, kim, {"shift", "pay-in", "--amount", "5000", "--reason", "잔돈 보충"});
    QVERIFY2(in.ok(), qPrintable(in.describe()));
    QCOMPARE(in.json().value("payIns").toInteger(), 5000);
    ProcessRun out =
        as(db, kim, {"shift", "pay-out", "--amount", "2000", "--reason", "택배비 courier"});
    QVERIFY2(out.ok(), qPrintable(out.describe()));
    QCOMPARE(out.json().value("payOuts").toInteger(), 2000);
    QCOMPARE(out.json().value("expectedCash").toInteger(), 16000);
    // A return paid back in cash leaves the drawer too: one unit, 1,000.
    const ProcessRun returned = as(db, kim, "order return T1-000001 --item P1:1");
    QVERIFY2(returned.ok(), qPrintable(returned.describe()));
    x = as(db, kim, "shift report");
    QCOMPARE(x.json().value("expectedCash").toInteger(), 15000);
    QCOMPARE(x.json().value("sales").toObject().value("returned").toInteger(), 1000);
    QCOMPARE(x.json().value("sales").toObject().value("netSales").toInteger(), 2000);

    // Closed note by note, 20 won short; the Z report keeps the counts.
    const ProcessRun closed =
        as(db, kim,
           {"shift", "close", "--count", "10000=1", "--count", "1000=4", "--count", "500=1",
            "--count", "100=4", "--count", "50=1", "--count", "10=3"});
    QVERIFY2(closed.ok(), qPrintable(closed.describe()));
    report = closed.json();
    QCOMPARE(report.value("report").toString(), QStringLiteral("Z"));
    QCOMPARE(report.value("counted").toInteger(), 14980);
    QCOMPARE(report.value("expected").toInteger(), 15000);
    QCOMPARE(report.value("difference").toInteger(), -20);
    QCOMPARE(report.value("counts").toArray().size(), 6);
    QCOMPARE(report.value("closedBy").toString(), kim);

    // The closed shift's report is the same Z report, read back.
    const ProcessRun z = as(db, kim, "shift report --shift T1-S0001");
    QVERIFY(z.ok());
    QCOMPARE(z.json().value("difference").toInteger(), -20);
    QCOMPARE(z.json().value("counts").toArray(), report.value("counts").toArray());
    const ProcessRun text =
        as(db, kim, QStringList{"shift", "report", "--shift", "T1-S0001"}, false);
    QVERIFY2(text.outText().contains(QStringLiteral("Z report of shift T1-S0001")),
             qPrintable(text.outText()));
    QVERIFY(text.outText().contains(QStringLiteral("Difference: -20")));

    // A second shift gets the next number; the list has both, newest first.
    QVERIFY(as(db, QStringLiteral("Lee"), "shift open --float 0").ok());
    const QJsonArray shifts = as(db, kim, "shift list").array();
    QCOMPARE(shifts.size(), 2);
    QCOMPARE(shifts[0].toObject().value("shiftId").toString(), QStringLiteral("T1-S0002"));
    QCOMPARE(shifts[1].toObject().value("status").toString(), QStringLiteral("closed"));
    QCOMPARE(shifts[0].toObject().value("status").toString(), QStringLiteral("open"));

    // verify checks the shift's expected cash against its events.
    const ProcessRun verified = as(db, QStringLiteral("Boss"), "verify");
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
}

void tst_CliShifts::refusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");

    const auto row = [](const char *tag, const char *user, const QStringList &args, int exit,
                        const char *code, const char *says) {
        QTest::newRow(tag) << QString::fromUtf8(user) << args << exit << QString::fromUtf8(code)
                           << QString::fromUtf8(says);
    };
    row("a second shift", "Kim", {"shift", "open", "--float", "0"}, 3, "invalid_state",
        "close it before opening another");
    row("a negative float", "Kim", {"shift", "open", "--float", "-5"}, 2, "invalid_input",
        "--float cannot be negative");
    row("a float that is no number", "Kim", {"shift", "open", "--float", "lots"}, 2,
        "invalid_input", "--float");
    row("a huge float", "Kim", {"shift", "open", "--float", "99999999999999999999"}, 2,
        "invalid_input", "--float");
    row("a pay-out beyond the drawer", "Kim",
        {"shift", "pay-out", "--amount", "13001", "--reason", "bank"}, 3, "invalid_state",
        "more than the drawer should hold (13000)");
    row("a pay-in of nothing", "Kim", {"shift", "pay-in", "--amount", "0", "--reason", "x"}, 2,
        "invalid_input", "the amount must be from 1");
    row("a blank reason", "Kim", {"shift", "pay-in", "--amount", "100", "--reason", "   "}, 2,
        "invalid_input", "reason");
    row("a negative count", "Kim", {"shift", "close", "--count", "1000=-1"}, 2, "invalid_input",
        "cannot be negative");
    row("a count that is no count", "Kim", {"shift", "close", "--count", "1000x2"}, 2,
        "invalid_input", "DENOMINATION=COUNT");
    row("a denomination twice", "Kim", {"shift", "close", "--count", "1000=1", "--count", "1000=2"},
        2, "invalid_input", "counted twice");
    row("counts that disagree with the total", "Kim",
        {"shift", "close", "--counted", "500", "--count", "1000=1"}, 2, "invalid_input",
        "add up to (1000)");
    row("a negative total", "Kim", {"shift", "close", "--counted", "-1"}, 2, "invalid_input",
        "--counted cannot be negative");
    row("a clerk closing another's shift", "Lee", {"shift", "close", "--counted", "13000"}, 5,
        "forbidden", "a clerk closes only a shift they opened");
    row("the report of no such shift", "Kim", {"shift", "report", "--shift", "T1-S0099"}, 3,
        "not_found", "T1-S0099 does not exist");
    row("a clerk's sales report", "Kim",
        {"report", "sales", "--from", "2026-01-01", "--to", "2026-01-31"}, 5, "forbidden",
        "read the reports");
    row("a day that is not one", "Boss",
        {"report", "sales", "--from", "2026-02-30", "--to", "2026-03-01"}, 2, "invalid_input",
        "--from takes a day as YYYY-MM-DD");
    row("a range backwards", "Boss",
        {"report", "sales", "--from", "2026-03-02", "--to", "2026-03-01"}, 2, "invalid_input",
        "ends (2026-03-01) before it starts");
    row("a range of centuries", "Boss",
        {"report", "sales", "--from", "1900-01-01", "--to", "2026-03-01"}, 2, "invalid_input",
        "at most 3660 days");
    row("a cut that does not exist", "Boss",
        {"report", "sales", "--from", "2026-03-01", "--to", "2026-03-01", "--by", "weather"}, 2,
        "invalid_input", "--by must be summary");
    row("cash needs shift maybe", "Boss", {"shop", "set", "--cash-needs-shift", "maybe"}, 2,
        "invalid_input", "on or off");
}

void tst_CliShifts::refusals()
{
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QString db = shopInShift();
    QVERIFY(!db.isEmpty());
    const QStringList before = dump(db);
    QVERIFY(!before.isEmpty());
    const ProcessRun run = as(db, user, args);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.errorCode() == code, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(says), qPrintable(run.describe()));
    QCOMPARE(dump(db), before);
}

void tst_CliShifts::cashNeedsAShift()
{
    const QString db = shopWithUsers();
    QVERIFY(!db.isEmpty());
    const ProcessRun on = as(db, "Boss", "shop set --cash-needs-shift on");
    QVERIFY2(on.ok(), qPrintable(on.describe()));
    QCOMPARE(on.json().value("cashNeedsShift").toBool(), true);
    QVERIFY(as(db, "Kim", "order place --customer Ahn --item P1:1").ok());
    const QStringList before = dump(db);
    const ProcessRun cash = as(db, "Kim", "order pay T1-000001 --method cash --tendered 1000");
    QCOMPARE(cash.exitCode, 3);
    QCOMPARE(cash.errorCode(), QStringLiteral("invalid_state"));
    QVERIFY2(cash.errorMessage().contains(QStringLiteral("takes cash only during a shift")),
             qPrintable(cash.describe()));
    QCOMPARE(dump(db), before);
    // A card needs no drawer.
    QVERIFY(as(db, "Kim", "order place --customer Ahn --item P1:1").ok());
    QVERIFY(as(db, "Kim", "order pay T1-000002 --method card --approval 1234").ok());
    // With a shift open, cash is taken.
    QVERIFY(as(db, "Kim", "shift open --float 0").ok());
    const ProcessRun paid = as(db, "Kim", "order pay T1-000001 --method cash --tendered 1000");
    QVERIFY2(paid.ok(), qPrintable(paid.describe()));
    QVERIFY(as(db, "Kim", "shift close --counted 1000").ok());
    QCOMPARE(as(db, "Kim", "shift report --shift T1-S0001").json().value("difference").toInteger(),
             0);
}

void tst_CliShifts::salesReport()
{
    const QString db = shopInShift(); // one order: 3 × Tea, 3,000 cash
    QVERIFY(!db.isEmpty());
    QVERIFY(as(db, "Kim", "order place --customer Bae --item P1:2").ok());
    QVERIFY(as(db, "Kim", "order pay T1-000002 --method card --approval 77").ok());
    QVERIFY(as(db, "Kim", "order place --customer Cho --item P1:5").ok()); // placed, not paid
    QVERIFY(as(db, "Kim", "order cancel T1-000003").ok());

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QStringList range{"report", "sales", "--from", today, "--to", today};
    const ProcessRun summary = as(db, "Boss", range);
    QVERIFY2(summary.ok(), qPrintable(summary.describe()));
    QMap<QString, qint64> totals;
    for (const QJsonValue &row : summary.json().value("rows").toArray())
        totals[row["measure"].toString()] = row["value"].toInteger();
    QCOMPARE(totals["orders"], 2);
    QCOMPARE(totals["netSales"], 5000);
    QCOMPARE(totals["averageOrder"], 2500);
    QCOMPARE(totals["cancellations"], 1);
    QCOMPARE(totals["cancelled"], 0); // it was never a sale
    QCOMPARE(totals["paid.cash"], 3000);
    QCOMPARE(totals["paid.card"], 2000);

    const QJsonArray products =
        as(db, "Boss", range + QStringList{"--by", "product"}).json().value("rows").toArray();
    QCOMPARE(products.size(), 1);
    QCOMPARE(products[0]["productName"].toString(), QStringLiteral("Tea"));
    QCOMPARE(products[0]["qty"].toInteger(), 5);
    QCOMPARE(products[0]["net"].toInteger(), 5000);

    const QJsonArray hours =
        as(db, "Boss", range + QStringList{"--by", "hour"}).json().value("rows").toArray();
    QCOMPARE(hours.size(), 24);
    qint64 byHour = 0;
    for (const QJsonValue &h : hours)
        byHour += h["netSales"].toInteger();
    QCOMPARE(byHour, 5000);

    // Another terminal's name has nothing.
    const ProcessRun other = as(db, "Boss", range + QStringList{"--terminal", "T9"});
    for (const QJsonValue &row : other.json().value("rows").toArray())
        QCOMPARE(row["value"].toInteger(), 0);

    // CSV: the header and one row per payment method, read back.
    const ProcessRun csv = as(db, "Boss", range + QStringList{"--by", "payment", "--csv"}, false);
    QVERIFY2(csv.ok(), qPrintable(csv.describe()));
    QCOMPARE(csv.outText(), QStringLiteral("method,paid,refunded,net\r\ncash,3000,0,3000\r\n"
                                           "card,2000,0,2000\r\n"));
    const ProcessRun both = as(db, "Boss", range + QStringList{"--csv"});
    QCOMPARE(both.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CliShifts)
#include "tst_clishifts.moc"
