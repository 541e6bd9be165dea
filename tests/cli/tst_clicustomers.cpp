// The customer book through the real shopdesk-cli binary: customer add, edit, list, show and
// erase in text and JSON, the customer an order saves, and every bad input refused with its
// exit status and nothing changed.

#include "clidatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ShopDesk::Testing;

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

class tst_CliCustomers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListShowEdit();
    void orderSavesItsCustomer();
    void eraseNeedsAManagerAndReachesTheOrders();
    void badInputChangesNothing_data();
    void badInputChangesNothing();

private:
    ProcessRun cli(const QString &line, const QString &pin = {})
    {
        return runCliOn(QStringLiteral(SHOPDESK_CLI), m_db, QProcess::splitCommand(line), pin);
    }
    QStringList tables() const
    {
        return dumpTables(m_db, {QStringLiteral("customers"), QStringLiteral("customer_keys"),
                                 QStringLiteral("events")});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_CliCustomers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("shop.db"));
}

void tst_CliCustomers::addListShowEdit()
{
    ProcessRun run = cli(QStringLiteral("--json customer add 김민수 --phone 010-1234-5678 --phone "
                                        "\"02 555 0101\" --address \"서울 1\" --note VIP"));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.json().value("customerId").toString(), QStringLiteral("T1-C000001"));
    QCOMPARE(run.json().value("phoneDigits").toArray(), (QJsonArray{"01012345678", "025550101"}));
    QVERIFY(cli(QStringLiteral("customer add \"Jimin Park\" --phone 01099998888")).ok());

    run = cli(QStringLiteral("customer list --search 5678"));
    QVERIFY(run.ok());
    QVERIFY2(run.outText().contains(QStringLiteral("T1-C000001")), qPrintable(run.outText()));
    QVERIFY(!run.outText().contains(QStringLiteral("T1-C000002")));
    run = cli(QStringLiteral("--json customer list --search 민수"));
    QCOMPARE(run.array().size(), 1);
    run = cli(QStringLiteral("--json customer list --search park"));
    QCOMPARE(run.array().size(), 1);
    QCOMPARE(run.array().first().toObject().value("name").toString(), QStringLiteral("Jimin Park"));
    run = cli(QStringLiteral("--json customer list --limit 1"));
    QCOMPARE(run.array().size(), 1);

    run = cli(QStringLiteral("customer edit T1-C000001 --address \"서울 1\" --address \"부산 2\""));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    run = cli(QStringLiteral("--json customer show T1-C000001"));
    QVERIFY(run.ok());
    QCOMPARE(run.json().value("addresses").toArray(), (QJsonArray{"서울 1", "부산 2"}));
    QCOMPARE(run.json().value("totals").toObject().value("orders").toInt(), 0);
    run = cli(QStringLiteral("customer show T1-C000001"));
    QVERIFY(run.outText().contains(QStringLiteral("Orders: 0")));
    QVERIFY(cli(QStringLiteral("verify")).ok());
}

void tst_CliCustomers::orderSavesItsCustomer()
{
    QVERIFY(cli(QStringLiteral("product add --id P1 --name Apple --price 1000")).ok());
    QVERIFY(cli(QStringLiteral("stock adjust --product P1 --delta 10")).ok());
    QVERIFY(cli(QStringLiteral("order place --customer 이서연 --phone 010-2222-3333 --address "
                               "\"대구 1\" --item P1:2"))
                .ok());
    ProcessRun run = cli(QStringLiteral("--json customer list --search 3333"));
    QCOMPARE(run.array().size(), 1);
    const QString id = run.array().first().toObject().value("customerId").toString();
    run = cli(QStringLiteral("--json customer show ") + id);
    QCOMPARE(run.json().value("name").toString(), QStringLiteral("이서연"));
    QCOMPARE(run.json().value("orders").toArray().size(), 1);
    QCOMPARE(run.json().value("totals").toObject().value("total").toInt(), 2000);
}

void tst_CliCustomers::eraseNeedsAManagerAndReachesTheOrders()
{
    QVERIFY(cli(QStringLiteral("product add --id P1 --name Apple --price 1000")).ok());
    QVERIFY(cli(QStringLiteral("stock adjust --product P1 --delta 10")).ok());
    QVERIFY(cli(QStringLiteral("order place --customer 김민수 --phone 010-1234-5678 --item P1:1"))
                .ok());
    QVERIFY(runCliOn(QStringLiteral(SHOPDESK_CLI), m_db,
                     {"user", "add", "--name", "Boss", "--role", "manager"}, {}, "2468")
                .ok());
    QVERIFY(runCliOn(QStringLiteral(SHOPDESK_CLI), m_db,
                     {"--user", "Boss", "user", "add", "--name", "Clerk", "--role", "clerk"},
                     "2468", "1357")
                .ok());
    ProcessRun run = cli(QStringLiteral("--json --user Clerk customer erase T1-C000001"), "1357");
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.errorCode(), QStringLiteral("forbidden"));
    run = cli(QStringLiteral("--json --user Boss customer erase T1-C000001"), "2468");
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.json().value("name").toString(), QStringLiteral("(erased)"));
    QCOMPARE(run.json().value("erased").toBool(), true);
    run = cli(QStringLiteral("--json --user Boss order show T1-000001"), "2468");
    QCOMPARE(run.json().value("customer").toObject().value("name").toString(),
             QStringLiteral("(erased)"));
    QCOMPARE(run.json().value("total").toInt(), 1000);
    run = cli(QStringLiteral("--json --user Boss customer list --search 5678"), "2468");
    QCOMPARE(run.array().size(), 0);
    run = cli(QStringLiteral("--json --user Boss customer erase T1-C000001"), "2468");
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.errorCode(), QStringLiteral("invalid_state"));
    QVERIFY(cli(QStringLiteral("--user Boss verify"), "2468").ok());
}

void tst_CliCustomers::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");

    QTest::newRow("short phone") << "customer add Kim --phone 123" << 2 << "has 3 digits";
    QTest::newRow("letters in a phone")
        << "customer add Kim --phone 010-ABCD-1234" << 2 << "use digits";
    QTest::newRow("phone twice") << "customer add Kim --phone 01012345678 --phone 010-1234-5678"
                                 << 2 << "given twice";
    QTest::newRow("empty name") << "customer add \" \" --phone 01012345678" << 2
                                << "customer name is empty";
    QTest::newRow("no name") << "customer add --phone 01012345678" << 2 << "needs exactly one";
    QTest::newRow("edit nothing") << "customer edit T1-C000001" << 2 << "at least one";
    QTest::newRow("edit a bad phone")
        << "customer edit T1-C000001 --phone 12" << 2 << "has 2 digits";
    QTest::newRow("edit unknown") << "customer edit T1-C000404 --note x" << 3 << "unknown customer";
    QTest::newRow("show unknown") << "customer show T1-C000404" << 3 << "unknown customer";
    QTest::newRow("erase unknown") << "customer erase T1-C000404" << 3 << "unknown customer";
    QTest::newRow("id with a space") << "customer show \" T1-C000001\"" << 2 << "ID";
    QTest::newRow("negative limit") << "customer list --limit -1" << 2 << "--limit";
}

void tst_CliCustomers::badInputChangesNothing()
{
    QFETCH(QString, line);
    QFETCH(int, exit);
    QFETCH(QString, message);
    QVERIFY(cli(QStringLiteral("customer add Kim --phone 010-5555-0000")).ok());
    const QStringList before = tables();
    const ProcessRun run = cli(QStringLiteral("--json ") + line);
    QCOMPARE(run.exitCode, exit);
    QVERIFY2(run.errorMessage().contains(message), qPrintable(run.allText()));
    QCOMPARE(tables(), before);
}

QTEST_GUILESS_MAIN(tst_CliCustomers)
#include "tst_clicustomers.moc"
