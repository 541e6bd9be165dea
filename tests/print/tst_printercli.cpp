// Drives shopdesk-cli's thermal printer commands the way a shop's scripts would, against fake
// printers that record every byte: one on 127.0.0.1's raw port, one behind a pseudo-terminal
// standing in for /dev/usb/lp0. A receipt arrives whole (decoded back, its lines those of the
// encoder, the cut last) and is recorded once; a printer out of paper, with its cover open or
// offline gets no byte of it and nothing is recorded; a line dropped in the middle of a job
// records nothing; --drawer's pulse is in the bytes and its opening is one DrawerOpened; a
// clerk opens the drawer on demand only with a reason; `printer status` and `printer test`
// tell and print what the printer is; bad addresses and targets are refused.

#include "drawerservice.h"
#include "escposdecoder.h"
#include "escposreceipt.h"
#include "fakeprinter.h"
#include "processrun.h"
#include "shopservices.h"
#include "sqlitestore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

const QByteArray AskPrinter("\x10\x04\x01", 3);
const QByteArray AskCause("\x10\x04\x02", 3);
const QByteArray AskPaper("\x10\x04\x04", 3);
const QString ShopName = QStringLiteral("행복마트");
const QString Sale = QStringLiteral("T1-000001");
const QString Refunded = QStringLiteral("T1-000002");
const QString ManagerPin = QStringLiteral("4821");
const QString ClerkPin = QStringLiteral("7395");

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString tcp(const FakeTcpPrinter &printer)
{
    return QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port());
}

// The job between the status requests RawPrinter sends before (printer, paper) and after it.
QByteArray jobOf(const QByteArray &received)
{
    const QByteArray before = AskPrinter + AskPaper;
    if (!received.startsWith(before) || !received.endsWith(AskPrinter))
        return {};
    return received.mid(before.size(), received.size() - before.size() - AskPrinter.size());
}

} // namespace

class tst_PrinterCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void receiptThroughTheNetwork();
    void receiptThroughADevice();
    void refundReceiptOpensTheDrawer();
    void refusedByThePrinter_data();
    void refusedByThePrinter();
    void droppedInTheMiddle_data();
    void droppedInTheMiddle();
    void unreachablePrinter();

    void drawerOnDemand();
    void drawerOpenings();

    void printerStatus_data();
    void printerStatus();
    void printerStatusUnreachable();
    void printerTest();
    void shiftReportOnThePrinter();

    void badInput_data();
    void badInput();
    void notADevice();

private:
    // shopdesk-cli --db DB --json [--user NAME] ARGS, with the user's PIN.
    ProcessRun cli(const QStringList &arguments, const QString &user = QStringLiteral("boss")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SHOPDESK_DB"));
        env.remove(QStringLiteral("SHOPDESK_PIN"));
        env.remove(QStringLiteral("SHOPDESK_NEW_PIN"));
        QStringList line{QStringLiteral("--db"), m_db, QStringLiteral("--json")};
        if (!user.isEmpty()) {
            line << QStringLiteral("--user") << user;
            env.insert(QStringLiteral("SHOPDESK_PIN"),
                       user == QLatin1StringView("kim") ? ClerkPin : ManagerPin);
        }
        return runProcess(QString::fromUtf8(SHOPDESK_CLI), line + arguments,
                          {.env = env, .timeoutMs = 120'000});
    }
    ProcessRun setUp(const QStringList &arguments, const QString &newPin, const QString &user) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SHOPDESK_DB"));
        env.insert(QStringLiteral("SHOPDESK_NEW_PIN"), newPin);
        env.insert(QStringLiteral("SHOPDESK_PIN"), ManagerPin);
        QStringList line{QStringLiteral("--db"), m_db, QStringLiteral("--json")};
        if (!user.isEmpty())
            line << QStringLiteral("--user") << user;
        return runProcess(QString::fromUtf8(SHOPDESK_CLI), line + arguments, {.env = env});
    }

    // The services over the test's database, as the manager; opened afresh each time, so that
    // they see what the CLI wrote.
    struct Shop
    {
        std::unique_ptr<SqliteStore> store;
        std::unique_ptr<ShopServices> services;
    };
    Shop shop() const
    {
        SqliteOptions options;
        options.path = m_db;
        auto opened = SqliteStore::open(options);
        if (!opened)
            qFatal("cannot open %s: %s", qPrintable(m_db), qPrintable(opened.error().message));
        Shop shop{std::move(opened.value()), nullptr};
        shop.services = std::make_unique<ShopServices>(*shop.store);
        shop.services->work.setActingUser({QStringLiteral("boss"), Role::Manager});
        return shop;
    }
    QList<ReceiptPrint> prints(const QString &orderId) const
    {
        const auto printed = shop().services->receipts.prints(orderId);
        if (!printed)
            qFatal("%s", qPrintable(printed.error().message));
        return printed.value();
    }
    QList<DrawerOpening> openings() const
    {
        const auto opened = shop().services->drawer.openings(-1);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return opened.value();
    }
    // The lines the encoder gives the receipt as `printed` says it was printed. The receipt
    // shows the minute it was read, which may be the one before the print was recorded.
    QList<QStringList> expectedLines(const QString &orderId, int returnNo,
                                     const QJsonObject &printed, EscPosOptions options) const
    {
        const auto data = shop().services->receipts.receipt(orderId, returnNo);
        if (!data)
            qFatal("%s", qPrintable(data.error().message));
        ReceiptData receipt = data.value();
        receipt.copy = printed[QStringLiteral("copy")].toInt();
        const QDateTime at = QDateTime::fromString(printed[QStringLiteral("printedAt")].toString(),
                                                   Qt::ISODateWithMs);
        QList<QStringList> candidates;
        for (const QDateTime &when : {at, at.addSecs(-60)}) {
            receipt.printedAt = when;
            const auto job = EscPosReceipt(receipt, SlipLanguage::Korean, options).encode();
            if (!job)
                qFatal("%s", qPrintable(job.error().message));
            candidates << job->lines;
        }
        return candidates;
    }
    int eventCount() const { return int(cli({QStringLiteral("events")}).array().size()); }

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_PrinterCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("shop.db"));
    ProcessRun run = setUp(words("user add --name boss --role manager"), ManagerPin, {});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    run = setUp(words("user add --name kim --role clerk"), ClerkPin, QStringLiteral("boss"));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QList<QStringList> setup{
        {QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"), ShopName},
        {QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--id"),
         QStringLiteral("P1"), QStringLiteral("--name"), QStringLiteral("사과"),
         QStringLiteral("--price"), QStringLiteral("11000")},
        words("stock adjust --product P1 --delta 10"),
        words("order place --customer Kim --item P1:2"),
        words("order pay T1-000001 --method cash --tendered 30000"),
        words("order place --customer Lee --item P1:3"),
        words("order pay T1-000002 --method cash --tendered 40000"),
        words("order return T1-000002 --item P1:1 --restock --reason broken"),
    };
    for (const QStringList &command : setup) {
        run = cli(command);
        QVERIFY2(run.ok(), qPrintable(command.join(u' ') + u'\n' + run.describe()));
    }
}

void tst_PrinterCli::receiptThroughTheNetwork()
{
    FakeTcpPrinter printer;
    const qsizetype before = prints(Sale).size();
    const ProcessRun run =
        cli({QStringLiteral("order"), QStringLiteral("receipt"), Sale, QStringLiteral("--printer"),
             tcp(printer), QStringLiteral("--escpos-mode"), QStringLiteral("text")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonObject printed = run.json();
    QCOMPARE(printed[QStringLiteral("printer")].toString(), tcp(printer));
    QCOMPARE(printed[QStringLiteral("paper")].toString(), QStringLiteral("80"));
    QCOMPARE(printed[QStringLiteral("page")].toString(), QStringLiteral("escpos80"));
    QCOMPARE(printed[QStringLiteral("mode")].toString(), QStringLiteral("text"));
    QCOMPARE(printed[QStringLiteral("fellBackToRaster")].toBool(), false);
    QCOMPARE(printed[QStringLiteral("drawer")].toBool(), false);
    QCOMPARE(printed[QStringLiteral("copy")].toInt(), int(before) + 1);
    QCOMPARE(printed[QStringLiteral("reprint")].toBool(), before > 0);
    QVERIFY(!printed.contains(QStringLiteral("file")));

    // The whole job, between the questions before and the one after, in one connection.
    QTRY_VERIFY(!jobOf(printer.received()).isEmpty());
    const QByteArray job = jobOf(printer.received());
    QCOMPARE(qint64(job.size()), printed[QStringLiteral("bytes")].toInteger());
    QCOMPARE(printer.connections(), 1);
    const EscPosDecoder decoded(job, EscPosPaper::Mm80);
    QCOMPARE(decoded.problems(), QStringList());
    QVERIFY2(expectedLines(Sale, 0, printed, {EscPosPaper::Mm80, EscPosMode::Text, false})
                 .contains(decoded.textLines()),
             qPrintable(decoded.textLines().join(u'\n')));
    for (const QString &expected : {QStringLiteral("영수증"), QStringLiteral("사과"),
                                    QStringLiteral("22,000원"), QStringLiteral("거스름돈")})
        QVERIFY2(decoded.textLines().join(u'\n').contains(expected), qPrintable(expected));
    QCOMPARE(decoded.qrCodes(), QStringList{Sale});
    QCOMPARE(decoded.cuts(), 1);
    QCOMPARE(decoded.commands().last().name, QStringLiteral("GS V"));
    QCOMPARE(decoded.drawerPulses(), 0);

    const QList<ReceiptPrint> recorded = prints(Sale);
    QCOMPARE(recorded.size(), before + 1); // exactly once
    QCOMPARE(recorded.last().page, QStringLiteral("escpos80"));
}

void tst_PrinterCli::receiptThroughADevice()
{
    FakeDevicePrinter printer;
    const QString address = QStringLiteral("device:") + printer.path();
    const qsizetype before = prints(Sale).size();
    const qsizetype openedBefore = openings().size();
    const ProcessRun run =
        cli({QStringLiteral("order"), QStringLiteral("receipt"), Sale, QStringLiteral("--printer"),
             address, QStringLiteral("--paper"), QStringLiteral("58"), QStringLiteral("--drawer")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonObject printed = run.json();
    QCOMPARE(printed[QStringLiteral("printer")].toString(), address);
    QCOMPARE(printed[QStringLiteral("page")].toString(), QStringLiteral("escpos58"));
    QCOMPARE(printed[QStringLiteral("mode")].toString(), QStringLiteral("text"));
    QCOMPARE(printed[QStringLiteral("drawer")].toBool(), true);

    QTRY_VERIFY(!jobOf(printer.received()).isEmpty());
    const QByteArray job = jobOf(printer.received());
    QCOMPARE(qint64(job.size()), printed[QStringLiteral("bytes")].toInteger());
    const EscPosDecoder decoded(job, EscPosPaper::Mm58);
    QCOMPARE(decoded.problems(), QStringList());
    QVERIFY2(expectedLines(Sale, 0, printed, {EscPosPaper::Mm58, EscPosMode::Text, true})
                 .contains(decoded.textLines()),
             qPrintable(decoded.textLines().join(u'\n')));
    QCOMPARE(decoded.drawerPulses(), 1);
    QCOMPARE(decoded.cuts(), 1);
    QCOMPARE(decoded.commands().last().name, QStringLiteral("GS V"));
    QVERIFY(job.startsWith(EscPos::initialize() + EscPos::drawerPulse()));

    QCOMPARE(prints(Sale).size(), before + 1);
    const QList<DrawerOpening> opened = openings();
    QCOMPARE(opened.size(), openedBefore + 1);
    QCOMPARE(int(opened.first().cause), int(DrawerCause::Sale));
    QCOMPARE(opened.first().orderId, Sale);
    QCOMPARE(opened.first().printer, address);
    QCOMPARE(opened.first().actor, QStringLiteral("boss"));
}

void tst_PrinterCli::refundReceiptOpensTheDrawer()
{
    FakeTcpPrinter printer;
    QVERIFY(prints(Refunded).isEmpty());
    const qsizetype openedBefore = openings().size();
    const ProcessRun run = cli(
        {QStringLiteral("order"), QStringLiteral("receipt"), Refunded, QStringLiteral("--return"),
         QStringLiteral("1"), QStringLiteral("--printer"), tcp(printer), QStringLiteral("--drawer"),
         QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.json()[QStringLiteral("refund")].toBool(), true);
    QCOMPARE(run.json()[QStringLiteral("language")].toString(), QStringLiteral("en"));
    QTRY_VERIFY(!jobOf(printer.received()).isEmpty());
    const EscPosDecoder decoded(jobOf(printer.received()));
    QCOMPARE(decoded.problems(), QStringList());
    QCOMPARE(decoded.drawerPulses(), 1);
    QCOMPARE(prints(Refunded).size(), 1);
    QCOMPARE(prints(Refunded).first().returnNo, 1);
    const QList<DrawerOpening> opened = openings();
    QCOMPARE(opened.size(), openedBefore + 1);
    QCOMPARE(int(opened.first().cause), int(DrawerCause::Refund));
    QCOMPARE(opened.first().orderId, Refunded);
}

void tst_PrinterCli::refusedByThePrinter_data()
{
    QTest::addColumn<int>("printerStatus");
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("says");
    QTest::newRow("paper out") << 0x12 << 0x12 << 0x72 << "paperOut"
                               << "is out of paper";
    QTest::newRow("cover open") << 0x1A << 0x16 << 0x12 << "coverOpen"
                                << "has its cover open";
    QTest::newRow("offline") << 0x1A << 0x12 << 0x12 << "offline"
                             << "is offline";
}

void tst_PrinterCli::refusedByThePrinter()
{
    QFETCH(int, printerStatus);
    QFETCH(int, cause);
    QFETCH(int, paper);
    QFETCH(QString, reason);
    QFETCH(QString, says);
    FakePrinterBehaviour behaviour;
    behaviour.printerStatus = char(printerStatus);
    behaviour.offlineCause = char(cause);
    behaviour.paperStatus = char(paper);
    FakeTcpPrinter printer(behaviour);
    const qsizetype before = prints(Sale).size();
    const qsizetype openedBefore = openings().size();
    const ProcessRun run =
        cli({QStringLiteral("order"), QStringLiteral("receipt"), Sale, QStringLiteral("--printer"),
             tcp(printer), QStringLiteral("--drawer")});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.errorCode(), QStringLiteral("storage"));
    const QJsonObject details = run.error()[QStringLiteral("details")].toObject();
    QCOMPARE(details[QStringLiteral("reason")].toString(), reason);
    QCOMPARE(details[QStringLiteral("printer")].toString(), tcp(printer));
    QVERIFY2(run.errText().contains(QStringLiteral("the printer %1 %2").arg(tcp(printer), says)),
             qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QStringLiteral("nothing was recorded")),
             qPrintable(run.describe()));
    // Only the questions went out: not a byte of the receipt, not the drawer's pulse.
    const QByteArray asked =
        printerStatus == 0x12 ? AskPrinter + AskPaper : AskPrinter + AskCause + AskPaper;
    QTRY_COMPARE(printer.received(), asked);
    QCOMPARE(prints(Sale).size(), before);
    QCOMPARE(openings().size(), openedBefore);
}

void tst_PrinterCli::droppedInTheMiddle_data()
{
    QTest::addColumn<bool>("device");
    QTest::newRow("network") << false;
    QTest::newRow("device") << true;
}

void tst_PrinterCli::droppedInTheMiddle()
{
    QFETCH(bool, device);
    // A raster receipt is some 70 KB: the line goes after 20 KB of it.
    FakePrinterBehaviour behaviour;
    behaviour.dropAfter = 20'000;
    std::unique_ptr<FakeTcpPrinter> network;
    std::unique_ptr<FakeDevicePrinter> pty;
    QString address;
    if (device) {
        pty = std::make_unique<FakeDevicePrinter>(behaviour);
        address = QStringLiteral("device:") + pty->path();
    } else {
        network = std::make_unique<FakeTcpPrinter>(behaviour);
        address = tcp(*network);
    }
    const QList<ReceiptPrint> before = prints(Sale);
    const qsizetype openedBefore = openings().size();
    const ProcessRun run =
        cli({QStringLiteral("order"), QStringLiteral("receipt"), Sale, QStringLiteral("--printer"),
             address, QStringLiteral("--escpos-mode"), QStringLiteral("raster"),
             QStringLiteral("--drawer")});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.errorCode(), QStringLiteral("storage"));
    const QString reason =
        run.error()[QStringLiteral("details")].toObject()[QStringLiteral("reason")].toString();
    // A pseudo-terminal whose other side went away may instead stop taking bytes.
    QVERIFY2(reason == QLatin1StringView("disconnected") ||
                 (device && reason == QLatin1StringView("timeout")),
             qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(address), qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QStringLiteral("may have printed a part of it")),
             qPrintable(run.describe()));
    if (network) {
        QVERIFY2(run.errText().contains(QStringLiteral("in the middle of the job")),
                 qPrintable(run.describe()));
        QTRY_VERIFY(network->received().size() >= 20'000);
        // It never came to the end of the job, nor to the question after it.
        QVERIFY(!network->received().endsWith(AskPrinter));
    }
    QCOMPARE(prints(Sale).size(), before.size());
    QCOMPARE(openings().size(), openedBefore);
}

void tst_PrinterCli::unreachablePrinter()
{
    quint16 port = 0;
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        port = gone.serverPort();
    }
    const qsizetype before = prints(Sale).size();
    const ProcessRun run =
        cli({QStringLiteral("order"), QStringLiteral("receipt"), Sale, QStringLiteral("--printer"),
             QStringLiteral("tcp://127.0.0.1:%1").arg(port)});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QStringLiteral("cannot be reached")),
             qPrintable(run.describe()));
    QCOMPARE(run.error()[QStringLiteral("details")].toObject()[QStringLiteral("reason")].toString(),
             QStringLiteral("unreachable"));
    QCOMPARE(prints(Sale).size(), before);
}

void tst_PrinterCli::drawerOnDemand()
{
    FakeTcpPrinter printer;
    const qsizetype openedBefore = openings().size();
    // A clerk without a reason: refused before the printer hears of it.
    ProcessRun run = cli({QStringLiteral("drawer"), QStringLiteral("open"),
                          QStringLiteral("--printer"), tcp(printer)},
                         QStringLiteral("kim"));
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.errorCode(), QStringLiteral("forbidden"));
    QVERIFY2(run.errText().contains(QStringLiteral("with a reason")), qPrintable(run.describe()));
    QCOMPARE(printer.connections(), 0);
    QCOMPARE(openings().size(), openedBefore);

    run = cli({QStringLiteral("drawer"), QStringLiteral("open"), QStringLiteral("--printer"),
               tcp(printer), QStringLiteral("--reason"), QStringLiteral("잔돈 교환")},
              QStringLiteral("kim"));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.json()[QStringLiteral("cause")].toString(), QStringLiteral("manual"));
    QCOMPARE(run.json()[QStringLiteral("reason")].toString(), QStringLiteral("잔돈 교환"));
    QCOMPARE(run.json()[QStringLiteral("actor")].toString(), QStringLiteral("kim"));
    QCOMPARE(run.json()[QStringLiteral("printer")].toString(), tcp(printer));
    // ESC @ and ESC p, nothing else: no paper is used.
    QTRY_COMPARE(printer.received(),
                 AskPrinter + AskPaper + EscPos::initialize() + EscPos::drawerPulse() + AskPrinter);
    const EscPosDecoder decoded(jobOf(printer.received()));
    QCOMPARE(decoded.problems(), QStringList());
    QCOMPARE(decoded.drawerPulses(), 1);
    QCOMPARE(decoded.cuts(), 0);
    QCOMPARE(decoded.textLines(), QStringList());
    QList<DrawerOpening> opened = openings();
    QCOMPARE(opened.size(), openedBefore + 1);
    QCOMPARE(int(opened.first().cause), int(DrawerCause::Manual));
    QCOMPARE(opened.first().reason, QStringLiteral("잔돈 교환"));
    QCOMPARE(opened.first().actor, QStringLiteral("kim"));
    QVERIFY(opened.first().orderId.isEmpty());

    // A manager needs no reason; a printer out of paper still refuses the pulse and nothing
    // is recorded.
    run = cli({QStringLiteral("drawer"), QStringLiteral("open"), QStringLiteral("--printer"),
               tcp(printer)});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(openings().size(), openedBefore + 2);
    FakePrinterBehaviour paperOut;
    paperOut.paperStatus = 0x72;
    FakeTcpPrinter empty(paperOut);
    run = cli({QStringLiteral("drawer"), QStringLiteral("open"), QStringLiteral("--printer"),
               tcp(empty)});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QStringLiteral("is out of paper")), qPrintable(run.describe()));
    QCOMPARE(openings().size(), openedBefore + 2);
}

void tst_PrinterCli::drawerOpenings()
{
    FakeTcpPrinter printer;
    ProcessRun run =
        cli({QStringLiteral("drawer"), QStringLiteral("open"), QStringLiteral("--printer"),
             tcp(printer), QStringLiteral("--reason"), QStringLiteral("last one")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    run = cli({QStringLiteral("drawer"), QStringLiteral("openings"), QStringLiteral("--limit"),
               QStringLiteral("2")},
              QStringLiteral("kim"));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonArray listed = run.array();
    QCOMPARE(listed.size(), 2);
    const QJsonObject newest = listed.first().toObject();
    QCOMPARE(newest[QStringLiteral("cause")].toString(), QStringLiteral("manual"));
    QCOMPARE(newest[QStringLiteral("reason")].toString(), QStringLiteral("last one"));
    QCOMPARE(newest[QStringLiteral("printer")].toString(), tcp(printer));
    QCOMPARE(newest[QStringLiteral("actor")].toString(), QStringLiteral("boss"));
    QCOMPARE(newest[QStringLiteral("terminal")].toString(), QStringLiteral("T1"));
    QCOMPARE(newest[QStringLiteral("orderId")].toString(), QString());
    QVERIFY(QDateTime::fromString(newest[QStringLiteral("at")].toString(), Qt::ISODateWithMs)
                .isValid());
    QVERIFY(newest[QStringLiteral("at")].toString() >=
            listed.at(1).toObject()[QStringLiteral("at")].toString());
    run = cli({QStringLiteral("drawer"), QStringLiteral("openings")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.array().size(), openings().size());
    QSet<QString> causes;
    for (const QJsonValue &opening : run.array())
        causes.insert(opening[QStringLiteral("cause")].toString());
    QCOMPARE(causes, (QSet<QString>{QStringLiteral("sale"), QStringLiteral("refund"),
                                    QStringLiteral("manual")}));
}

void tst_PrinterCli::printerStatus_data()
{
    QTest::addColumn<bool>("answers");
    QTest::addColumn<int>("printerStatus");
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("field"); // the field that is true
    QTest::newRow("online") << true << 0x12 << 0x12 << 0x12 << 0 << ""
                            << "online";
    QTest::newRow("paper near end") << true << 0x12 << 0x12 << 0x1E << 0 << ""
                                    << "paperNearEnd";
    QTest::newRow("paper out") << true << 0x12 << 0x12 << 0x72 << 4 << "paperOut"
                               << "paperOut";
    QTest::newRow("cover open") << true << 0x1A << 0x16 << 0x12 << 4 << "coverOpen"
                                << "coverOpen";
    QTest::newRow("does not answer") << false << 0x12 << 0x12 << 0x12 << 0 << ""
                                     << "";
}

void tst_PrinterCli::printerStatus()
{
    QFETCH(bool, answers);
    QFETCH(int, printerStatus);
    QFETCH(int, cause);
    QFETCH(int, paper);
    QFETCH(int, exitCode);
    QFETCH(QString, problem);
    QFETCH(QString, field);
    FakePrinterBehaviour behaviour;
    behaviour.answers = answers;
    behaviour.printerStatus = char(printerStatus);
    behaviour.offlineCause = char(cause);
    behaviour.paperStatus = char(paper);
    FakeTcpPrinter printer(behaviour);
    // It needs no database: none is named, none is made.
    const ProcessRun run =
        runProcess(QString::fromUtf8(SHOPDESK_CLI),
                   {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("never.db")),
                    QStringLiteral("--json"), QStringLiteral("printer"), QStringLiteral("status"),
                    tcp(printer)});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.db"))));
    const QJsonObject status = run.json();
    QCOMPARE(status[QStringLiteral("printer")].toString(), tcp(printer));
    QCOMPARE(status[QStringLiteral("readsBack")].toBool(), answers);
    QCOMPARE(status[QStringLiteral("problem")].toString(), problem);
    for (const QString &name : {QStringLiteral("paperOut"), QStringLiteral("paperNearEnd"),
                                QStringLiteral("coverOpen")}) {
        if (answers)
            QCOMPARE(status[name].toBool(), name == field);
        else
            QVERIFY(status[name].isNull());
    }
    if (answers)
        QCOMPARE(status[QStringLiteral("online")].toBool(), printerStatus == 0x12);
    else
        QVERIFY(status[QStringLiteral("online")].isNull());
    if (exitCode != 0)
        QVERIFY2(run.errText().contains(QStringLiteral("it cannot print")),
                 qPrintable(run.describe()));
    // Asked, never printed on.
    QTRY_VERIFY(printer.connections() == 1 && !printer.received().isEmpty());
    QVERIFY(printer.received().startsWith(AskPrinter));
    for (const char byte : printer.received().mid(3)) {
        QVERIFY(byte == 0x10 || byte == 0x04 || byte == 0x02 || byte == 0x01);
    }
}

void tst_PrinterCli::printerStatusUnreachable()
{
    quint16 port = 0;
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        port = gone.serverPort();
    }
    const ProcessRun run =
        runProcess(QString::fromUtf8(SHOPDESK_CLI),
                   {QStringLiteral("--json"), QStringLiteral("printer"), QStringLiteral("status"),
                    QStringLiteral("tcp://127.0.0.1:%1").arg(port)});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.errorCode(), QStringLiteral("storage"));
    QCOMPARE(run.error()[QStringLiteral("details")].toObject()[QStringLiteral("reason")].toString(),
             QStringLiteral("unreachable"));
    QVERIFY2(run.errText().contains(QStringLiteral("cannot be reached")),
             qPrintable(run.describe()));
}

void tst_PrinterCli::shiftReportOnThePrinter()
{
    // A shift's Z report (마감정산) on the thermal printer: the same figures as its JSON, in
    // text mode, cut; as a picture where the code page lacks a character; nothing recorded.
    QVERIFY(cli(words("shift open --float 10000"), QStringLiteral("kim")).ok());
    QVERIFY(cli({QStringLiteral("shift"), QStringLiteral("pay-in"), QStringLiteral("--amount"),
                 QStringLiteral("5000"), QStringLiteral("--reason"), QStringLiteral("잔돈")},
                QStringLiteral("kim"))
                .ok());
    const ProcessRun x = cli(words("shift report"), QStringLiteral("kim"));
    QVERIFY2(x.ok(), qPrintable(x.describe()));
    const QString shiftId = x.json()[QStringLiteral("shiftId")].toString();
    const qint64 expected = x.json()[QStringLiteral("expectedCash")].toInteger();
    QCOMPARE(expected, 15000);
    QVERIFY(cli(words("shift close --counted 14900"), QStringLiteral("kim")).ok());
    const int events = eventCount();

    FakeTcpPrinter printer;
    const ProcessRun run =
        cli({QStringLiteral("shift"), QStringLiteral("report"), QStringLiteral("--shift"), shiftId,
             QStringLiteral("--printer"), tcp(printer)},
            QStringLiteral("kim"));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.json()[QStringLiteral("report")].toString(), QStringLiteral("Z"));
    QCOMPARE(run.json()[QStringLiteral("mode")].toString(), QStringLiteral("text"));
    QCOMPARE(run.json()[QStringLiteral("printer")].toString(), tcp(printer));
    QTRY_VERIFY(!jobOf(printer.received()).isEmpty());
    const QByteArray job = jobOf(printer.received());
    QCOMPARE(qint64(job.size()), run.json()[QStringLiteral("bytes")].toInteger());
    const EscPosDecoder decoded(job, EscPosPaper::Mm80);
    QCOMPARE(decoded.problems(), QStringList());
    const QStringList lines = decoded.textLines();
    const QString text = lines.join(u'\n');
    QVERIFY2(lines.contains(ShopName) && lines.contains(QStringLiteral("Z report")),
             qPrintable(text));
    // Label at the left, the amount at the right edge of the 48 columns.
    const auto line = [&](const QString &label) {
        for (const QString &l : lines) {
            if (l.startsWith(label))
                return l;
        }
        return QString();
    };
    QCOMPARE(line(QStringLiteral("Shift ")),
             QStringLiteral("Shift") + QString(43 - shiftId.size(), u' ') + shiftId);
    QCOMPARE(line(QStringLiteral("Expected cash")).size(), 48);
    QVERIFY2(line(QStringLiteral("Expected cash")).endsWith(QStringLiteral(" 15,000")),
             qPrintable(text));
    QVERIFY2(line(QStringLiteral("Counted")).endsWith(QStringLiteral(" 14,900")), qPrintable(text));
    QVERIFY2(line(QStringLiteral("Difference")).endsWith(QStringLiteral(" -100")),
             qPrintable(text));
    QVERIFY2(line(QStringLiteral("Pay-ins")).endsWith(QStringLiteral(" 5,000 (1)")),
             qPrintable(text));
    QCOMPARE(decoded.cuts(), 1);
    QCOMPARE(decoded.drawerPulses(), 0);
    QCOMPARE(eventCount(), events);

    // Its bytes in a file, for 58 mm paper.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("z.bin"));
    const ProcessRun written =
        cli({QStringLiteral("shift"), QStringLiteral("report"), QStringLiteral("--shift"), shiftId,
             QStringLiteral("--escpos"), file, QStringLiteral("--paper"), QStringLiteral("58")},
            QStringLiteral("kim"));
    QVERIFY2(written.ok(), qPrintable(written.describe()));
    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const EscPosDecoder narrow(bytes.readAll(), EscPosPaper::Mm58);
    QCOMPARE(narrow.problems(), QStringList());
    QVERIFY(narrow.textLines().contains(QStringLiteral("Z report")));
    QCOMPARE(qint64(bytes.size()), written.json()[QStringLiteral("bytes")].toInteger());

    // A shop's name the code page lacks: refused in text mode, nothing written; a picture in
    // auto mode.
    const auto setName = [&](const QString &name) {
        return cli({QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("--name"), name})
            .ok();
    };
    QVERIFY(setName(QStringLiteral("Café ☕")));
    const QString refusedFile = dir.filePath(QStringLiteral("refused.bin"));
    const ProcessRun refused =
        cli({QStringLiteral("shift"), QStringLiteral("report"), QStringLiteral("--shift"), shiftId,
             QStringLiteral("--escpos"), refusedFile, QStringLiteral("--escpos-mode"),
             QStringLiteral("text")},
            QStringLiteral("kim"));
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("☕")), qPrintable(refused.describe()));
    QVERIFY(!QFile::exists(refusedFile));
    FakeTcpPrinter picture;
    const ProcessRun raster =
        cli({QStringLiteral("shift"), QStringLiteral("report"), QStringLiteral("--shift"), shiftId,
             QStringLiteral("--printer"), tcp(picture)},
            QStringLiteral("kim"));
    QVERIFY(setName(ShopName));
    QVERIFY2(raster.ok(), qPrintable(raster.describe()));
    QCOMPARE(raster.json()[QStringLiteral("mode")].toString(), QStringLiteral("raster"));
    QCOMPARE(raster.json()[QStringLiteral("fellBackToRaster")].toBool(), true);
    QVERIFY(raster.json()[QStringLiteral("unencodable")].toString().contains(QStringLiteral("☕")));
    QTRY_VERIFY(!jobOf(picture.received()).isEmpty());
    const EscPosDecoder painted(jobOf(picture.received()), EscPosPaper::Mm80);
    QCOMPARE(painted.problems(), QStringList());
    QVERIFY(painted.textLines().isEmpty());
    const QImage image = painted.raster();
    QCOMPARE(image.width(), 576);
    QVERIFY(image.height() > 24 * 30); // every line of the report
    int black = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            black += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY2(black > 5000, qPrintable(QString::number(black)));
    QCOMPARE(painted.cuts(), 1);

    // Bad input: both targets, a paper without one, an unknown paper, a FIFO as the file.
    const auto fails = [&](const QStringList &arguments, int exitCode, const QString &says) {
        const ProcessRun bad = cli(QStringList{QStringLiteral("shift"), QStringLiteral("report"),
                                               QStringLiteral("--shift"), shiftId} +
                                       arguments,
                                   QStringLiteral("kim"));
        QCOMPARE(bad.exitCode, exitCode);
        QVERIFY2(bad.errorMessage().contains(says), qPrintable(bad.describe()));
    };
    fails({QStringLiteral("--printer"), tcp(printer), QStringLiteral("--escpos"), file}, 2,
          QStringLiteral("one of --printer ADDRESS and --escpos FILE"));
    fails({QStringLiteral("--paper"), QStringLiteral("58")}, 2,
          QStringLiteral("--paper goes with --printer or --escpos"));
    fails({QStringLiteral("--escpos"), file, QStringLiteral("--paper"), QStringLiteral("57")}, 2,
          QStringLiteral("the paper must be 80, 80-42"));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    fails({QStringLiteral("--escpos"), fifo}, 4,
          QStringLiteral("is a named pipe (FIFO), not a regular file; nothing was written"));
    QCOMPARE(eventCount(), events);
}

void tst_PrinterCli::printerTest()
{
    FakeTcpPrinter printer;
    const int events = eventCount();
    const ProcessRun run = cli({QStringLiteral("printer"), QStringLiteral("test"), tcp(printer),
                                QStringLiteral("--paper"), QStringLiteral("58")},
                               QStringLiteral("kim"));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.json()[QStringLiteral("paper")].toString(), QStringLiteral("58"));
    QCOMPARE(run.json()[QStringLiteral("columns")].toInt(), 32);
    QTRY_VERIFY(!jobOf(printer.received()).isEmpty());
    const QByteArray job = jobOf(printer.received());
    QCOMPARE(qint64(job.size()), run.json()[QStringLiteral("bytes")].toInteger());

    const auto expected =
        escPosTestPage(ShopName, tcp(printer), EscPosPaper::Mm58, SlipLanguage::Korean);
    QVERIFY(expected.ok());
    QCOMPARE(job, expected->bytes);
    const EscPosDecoder decoded(job, EscPosPaper::Mm58);
    QCOMPARE(decoded.problems(), QStringList());
    QCOMPARE(decoded.textLines(), expected->lines);
    const QString text = decoded.textLines().join(u'\n');
    for (const QString &expectedText :
         {ShopName, tcp(printer), QStringLiteral("58mm, 384도트"), QStringLiteral("한 줄 글자 수"),
          QStringLiteral("quick brown"), QStringLiteral("₩1,000")})
        QVERIFY2(text.contains(expectedText), qPrintable(expectedText + u'\n' + text));
    // Whole lines: the title's Korean half, the Hangul line and the ruler as wide as the paper.
    for (const QString &line :
         {QStringLiteral("ShopDesk test page /"), QStringLiteral("테스트 페이지"),
          QStringLiteral("한글: 다람쥐 헌 쳇바퀴에 타고파"),
          QStringLiteral("....+....1....+....2....+....3..")})
        QVERIFY2(decoded.textLines().contains(line), qPrintable(line + u'\n' + text));
    QCOMPARE(decoded.qrCodes(), QStringList{tcp(printer)});
    QCOMPARE(decoded.cuts(), 1);
    QCOMPARE(decoded.commands().last().name, QStringLiteral("GS V"));
    QCOMPARE(decoded.drawerPulses(), 0);
    // A test page is no receipt: nothing is recorded.
    QCOMPARE(eventCount(), events);

    // In English on 80 mm.
    FakeTcpPrinter wide;
    const ProcessRun english = cli({QStringLiteral("printer"), QStringLiteral("test"), tcp(wide),
                                    QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(english.ok(), qPrintable(english.describe()));
    QTRY_VERIFY(!jobOf(wide.received()).isEmpty());
    const EscPosDecoder decodedWide(jobOf(wide.received()), EscPosPaper::Mm80);
    QCOMPARE(decodedWide.problems(), QStringList());
    const QString wideText = decodedWide.textLines().join(u'\n');
    QVERIFY2(wideText.contains(QStringLiteral("80 mm, 576 dots")), qPrintable(wideText));
    QVERIFY2(decodedWide.textLines().contains(QStringLiteral("ShopDesk test page / 테스트 페이지")),
             qPrintable(wideText));
    QVERIFY2(wideText.contains(QStringLiteral("Characters a line")), qPrintable(wideText));
    QVERIFY2(decodedWide.textLines().contains(
                 QStringLiteral("....+....1....+....2....+....3....+....4....+...")),
             qPrintable(wideText));
}

void tst_PrinterCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString forms = QStringLiteral("use tcp://HOST[:PORT], device:/dev/usb/lp0, "
                                         "serial:/dev/ttyS0[@BAUD] or cups:QUEUE");
    const QString receipt = QStringLiteral("order receipt T1-000001");
    const auto words = [](const QString &text) {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("receipt, no scheme")
        << words(receipt + QStringLiteral(" --printer 192.168.0.50:9100")) << 2 << forms;
    QTest::newRow("receipt, relative device")
        << words(receipt + QStringLiteral(" --printer device:usb/lp0")) << 2 << forms;
    QTest::newRow("drawer, http") << words(QStringLiteral("drawer open --printer http://printer"))
                                  << 2 << forms;
    QTest::newRow("status, port") << words(QStringLiteral("printer status tcp://printer:70000"))
                                  << 2 << forms;
    QTest::newRow("test, cups") << words(QStringLiteral("printer test cups:../x")) << 2 << forms;
    QTest::newRow("printer and escpos")
        << words(receipt + QStringLiteral(" --printer tcp://127.0.0.1:9 --escpos r.bin")) << 2
        << QStringLiteral("exactly one of --pdf FILE, --escpos FILE and --printer ADDRESS");
    QTest::newRow("printer and pdf")
        << words(receipt + QStringLiteral(" --printer tcp://127.0.0.1:9 --pdf r.pdf")) << 2
        << QStringLiteral("exactly one of --pdf FILE, --escpos FILE and --printer ADDRESS");
    QTest::newRow("printer and page")
        << words(receipt + QStringLiteral(" --printer tcp://127.0.0.1:9 --page a5")) << 2
        << QStringLiteral("--page goes with --pdf");
    QTest::newRow("printer, paper 57")
        << words(receipt + QStringLiteral(" --printer tcp://127.0.0.1:9 --paper 57")) << 2
        << QStringLiteral("the paper must be 80, 80-42");
    QTest::newRow("drawer with pdf")
        << words(receipt + QStringLiteral(" --pdf r.pdf --drawer")) << 2
        << QStringLiteral("--drawer goes with --escpos or "
                          "--printer");
    QTest::newRow("test, paper 57")
        << words(QStringLiteral("printer test tcp://127.0.0.1:9 --paper 57")) << 2
        << QStringLiteral("--paper must be 80, 80-42 (80 mm, 42 characters) or 58");
    QTest::newRow("drawer without printer") << words(QStringLiteral("drawer open")) << 2
                                            << QStringLiteral("`drawer open` needs --printer");
    QTest::newRow("openings, negative limit") << words(QStringLiteral("drawer openings --limit -1"))
                                              << 2 << QStringLiteral("--limit must be 0 or more");
}

void tst_PrinterCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const int events = eventCount();
    const ProcessRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().contains(message), qPrintable(run.describe()));
    QCOMPARE(eventCount(), events);
}

void tst_PrinterCli::notADevice()
{
    const QString file = m_dir.filePath(QStringLiteral("printer.bin"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString fifo = m_dir.filePath(QStringLiteral("printer.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString folder = m_dir.filePath(QStringLiteral("printer.d"));
    QVERIFY(QDir().mkpath(folder));
    const qsizetype before = prints(Sale).size();
    for (const QString &path : {file, fifo, folder}) {
        const ProcessRun run = cli({QStringLiteral("order"), QStringLiteral("receipt"), Sale,
                                    QStringLiteral("--printer"), QStringLiteral("device:") + path});
        QCOMPARE(run.exitCode, 4);
        const QString reason =
            run.error()[QStringLiteral("details")].toObject()[QStringLiteral("reason")].toString();
        QVERIFY2(reason == QLatin1StringView("notADevice") ||
                     reason == QLatin1StringView("unreachable"),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("is not a device")) ||
                     run.errText().contains(QStringLiteral("cannot be opened")),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(path), qPrintable(run.describe()));
    }
    QCOMPARE(QFileInfo(file).size(), 0); // nothing written into the file
    QVERIFY(!QFileInfo(fifo).isFile());
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(prints(Sale).size(), before);
}

QTEST_GUILESS_MAIN(tst_PrinterCli)
#include "tst_printercli.moc"
