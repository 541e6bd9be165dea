// Drives `shopdesk-cli order receipt` the way scripts do: a first print and a reprint with the
// JSON they print, and bad input refused with its exit status, no print recorded and no file
// left behind.

#include "processrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

using namespace ShopDesk::Testing;

class tst_ReceiptCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstPrintThenReprint();
    void refusals_data();
    void refusals();

private:
    ProcessRun cli(const QStringList &arguments) const
    {
        return runProcess(QString::fromUtf8(SHOPDESK_CLI),
                          QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} +
                              arguments,
                          {.timeoutMs = 120'000});
    }
    int receiptPrints() const
    {
        const ProcessRun run =
            cli({QStringLiteral("events"), QStringLiteral("--order"), QStringLiteral("T1-000001")});
        int prints = 0;
        const QJsonArray events = QJsonDocument::fromJson(run.out).array();
        for (const QJsonValue &event : events) {
            if (event[QStringLiteral("type")].toString() == QLatin1StringView("ReceiptPrinted"))
                ++prints;
        }
        return prints;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_ReceiptCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("shop.db"));
    const QList<QStringList> setup{
        {QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--id"),
         QStringLiteral("P1"), QStringLiteral("--name"), QStringLiteral("사과"),
         QStringLiteral("--price"), QStringLiteral("11000")},
        {QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("--product"),
         QStringLiteral("P1"), QStringLiteral("--delta"), QStringLiteral("10")},
        {QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("--customer"),
         QStringLiteral("Kim"), QStringLiteral("--item"), QStringLiteral("P1:2")},
        {QStringLiteral("order"), QStringLiteral("pay"), QStringLiteral("T1-000001"),
         QStringLiteral("--method"), QStringLiteral("cash"), QStringLiteral("--tendered"),
         QStringLiteral("30000")},
        {QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("--customer"),
         QStringLiteral("Lee"), QStringLiteral("--item"), QStringLiteral("P1:1")},
    };
    for (const QStringList &command : setup) {
        const ProcessRun run = cli(command);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
}

void tst_ReceiptCli::firstPrintThenReprint()
{
    const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
    const ProcessRun first = cli({QStringLiteral("order"), QStringLiteral("receipt"),
                                  QStringLiteral("T1-000001"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QJsonObject printed = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(printed[QStringLiteral("copy")].toInt(), 1);
    QCOMPARE(printed[QStringLiteral("reprint")].toBool(), false);
    QCOMPARE(printed[QStringLiteral("page")].toString(), QStringLiteral("roll80"));
    QCOMPARE(printed[QStringLiteral("language")].toString(), QStringLiteral("ko"));
    QCOMPARE(printed[QStringLiteral("pages")].toInt(), 1);
    QCOMPARE(printed[QStringLiteral("file")].toString(), QDir::toNativeSeparators(pdf));

    const ProcessRun second =
        cli({QStringLiteral("order"), QStringLiteral("receipt"), QStringLiteral("T1-000001"),
             QStringLiteral("--pdf"), pdf, QStringLiteral("--page"), QStringLiteral("a5"),
             QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    const QJsonObject reprinted = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(reprinted[QStringLiteral("copy")].toInt(), 2);
    QCOMPARE(reprinted[QStringLiteral("reprint")].toBool(), true);
    QCOMPARE(reprinted[QStringLiteral("replaced")].toBool(), true);
    const ProcessRun text = runProcess(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                        QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(text.outText().contains(QStringLiteral("REPRINT (copy 2)")),
             qPrintable(text.outText()));
    QVERIFY2(text.outText().contains(QStringLiteral("22,000")), qPrintable(text.outText()));
    QCOMPARE(receiptPrints(), 2);
}

void tst_ReceiptCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString file = QStringLiteral("refused.pdf");
    QTest::newRow("a4") << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--page"),
                                       QStringLiteral("a4"), QStringLiteral("--pdf"), file}
                        << 2 << QStringLiteral("--page must be roll80 or a5");
    QTest::newRow("unknown order")
        << QStringList{QStringLiteral("T1-999999"), QStringLiteral("--pdf"), file} << 3
        << QStringLiteral("T1-999999");
    QTest::newRow("unpaid") << QStringList{QStringLiteral("T1-000002"), QStringLiteral("--pdf"),
                                           file}
                            << 3 << QStringLiteral("not paid yet");
    QTest::newRow("no such return")
        << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--return"), QStringLiteral("1"),
                       QStringLiteral("--pdf"), file}
        << 3 << QStringLiteral("has no return 1");
    QTest::newRow("device") << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--pdf"),
                                           QStringLiteral("/dev/null")}
                            << 4 << QStringLiteral("not a regular file");
}

void tst_ReceiptCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const int before = receiptPrints();
    for (QString &argument : arguments) {
        if (argument == QLatin1StringView("refused.pdf"))
            argument = m_dir.filePath(argument);
    }
    const ProcessRun run =
        cli(QStringList{QStringLiteral("order"), QStringLiteral("receipt")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().contains(message), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
    QCOMPARE(receiptPrints(), before);
}

QTEST_GUILESS_MAIN(tst_ReceiptCli)
#include "tst_receiptcli.moc"
