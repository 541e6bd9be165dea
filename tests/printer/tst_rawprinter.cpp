// Thermal printers' connections against fake printers that record the bytes: a network printer
// on 127.0.0.1 and a device behind a pseudo-terminal (also opened as a serial port). A job
// arrives whole between status requests; a printer out of paper, offline or with its cover
// open is refused before a byte of the job is sent; a line dropped in the middle of a job, a
// printer that stops during it, and one that cannot be reached are errors the caller can
// tell apart; a file, a folder or a pipe is not a printer device.
#include "fakeprinter.h"
#include "rawprinter.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace ShopDesk;
using ShopDesk::Testing::FakeDevicePrinter;
using ShopDesk::Testing::FakePrinterBehaviour;
using ShopDesk::Testing::FakeTcpPrinter;

namespace {

const QByteArray AskPrinter("\x10\x04\x01", 3);
const QByteArray AskCause("\x10\x04\x02", 3);
const QByteArray AskPaper("\x10\x04\x04", 3);

// A job as long as a raster receipt, every byte value in it but no status request.
QByteArray job(qsizetype size)
{
    QByteArray bytes("\x1b@", 2);
    for (qsizetype i = bytes.size(); i < size; ++i)
        bytes.append(char(0x20 + i % 0x5F));
    bytes.append("\x1dV\x42\x03", 4);
    return bytes;
}

PrinterAddress address(const QString &text)
{
    auto parsed = PrinterAddress::parse(text);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return parsed.value();
}

QString reasonOf(const Status &status)
{
    return status ? QString() : status.error().details.value(QStringLiteral("reason")).toString();
}

PrinterTimeouts quick()
{
    PrinterTimeouts timeouts;
    timeouts.connectMs = 2000;
    timeouts.statusMs = 300;
    timeouts.writeMs = 3000;
    return timeouts;
}

} // namespace

class tst_RawPrinter : public QObject
{
    Q_OBJECT

private slots:
    void addresses_data();
    void addresses();
    void badAddresses_data();
    void badAddresses();
    void statusBytes_data();
    void statusBytes();

    void networkJobArrivesWhole();
    void refusedBeforeAnyByte_data();
    void refusedBeforeAnyByte();
    void silentPrinterStillPrints();
    void lineDroppedMidJob();
    void printerStopsDuringTheJob();
    void unreachablePrinter();
    void statusOnDemand();

    void deviceJobArrivesWhole();
    void deviceDroppedMidJob();
    void deviceOutOfPaper();
    void notADevice();
    void serialPortJob();
    void cupsQueueThatIsNotThere();
};

void tst_RawPrinter::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("number"); // port or baud
    QTest::addColumn<QString>("canonical");
    QTest::newRow("tcp, default port") << "tcp://192.168.0.50" << int(PrinterAddress::Kind::Network)
                                       << "192.168.0.50" << 9100 << "tcp://192.168.0.50";
    QTest::newRow("tcp, port") << " tcp://printer.local:9101 " << int(PrinterAddress::Kind::Network)
                               << "printer.local" << 9101 << "tcp://printer.local:9101";
    QTest::newRow("device") << "device:/dev/usb/lp0" << int(PrinterAddress::Kind::Device)
                            << "/dev/usb/lp0" << 0 << "device:/dev/usb/lp0";
    QTest::newRow("serial, default baud")
        << "serial:/dev/ttyS0" << int(PrinterAddress::Kind::Serial) << "/dev/ttyS0" << 19200
        << "serial:/dev/ttyS0";
    QTest::newRow("serial, baud") << "serial:/dev/ttyUSB0@115200"
                                  << int(PrinterAddress::Kind::Serial) << "/dev/ttyUSB0" << 115200
                                  << "serial:/dev/ttyUSB0@115200";
    QTest::newRow("cups") << "cups:Receipt_80" << int(PrinterAddress::Kind::Cups) << "Receipt_80"
                          << 0 << "cups:Receipt_80";
}

void tst_RawPrinter::addresses()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, where);
    QFETCH(int, number);
    QFETCH(QString, canonical);
    const auto parsed = PrinterAddress::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(int(parsed->kind), kind);
    switch (parsed->kind) {
    case PrinterAddress::Kind::Network:
        QCOMPARE(parsed->host, where);
        QCOMPARE(int(parsed->port), number);
        break;
    case PrinterAddress::Kind::Device:
        QCOMPARE(parsed->path, where);
        break;
    case PrinterAddress::Kind::Serial:
        QCOMPARE(parsed->path, where);
        QCOMPARE(parsed->baud, number);
        break;
    case PrinterAddress::Kind::Cups:
        QCOMPARE(parsed->queue, where);
        break;
    }
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(PrinterAddress::parse(canonical).value(), parsed.value());
}

void tst_RawPrinter::badAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << ""
                           << "unknown kind";
    QTest::newRow("no scheme") << "192.168.0.50:9100"
                               << "unknown kind";
    QTest::newRow("http") << "http://192.168.0.50"
                          << "unknown kind";
    QTest::newRow("tcp without host") << "tcp://"
                                      << "no host";
    QTest::newRow("tcp with a path") << "tcp://printer/raw"
                                     << "no path";
    QTest::newRow("tcp port 0") << "tcp://printer:0"
                                << "1 to 65535";
    QTest::newRow("tcp port too big") << "tcp://printer:70000"
                                      << "host";
    QTest::newRow("relative device") << "device:usb/lp0"
                                     << "whole path";
    QTest::newRow("serial baud too low") << "serial:/dev/ttyS0@300"
                                         << "1200 to 921600";
    QTest::newRow("serial words") << "serial:/dev/ttyS0@fast"
                                  << "whole path";
    QTest::newRow("cups with a slash") << "cups:../etc"
                                       << "queue";
    QTest::newRow("cups in Hangul") << "cups:영수증"
                                    << "queue";
}

void tst_RawPrinter::badAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto parsed = PrinterAddress::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
}

void tst_RawPrinter::statusBytes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("byte");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("nearEnd");
    QTest::newRow("online") << 1 << 0x12 << true << "" << false;
    QTest::newRow("offline") << 1 << 0x1A << true << "offline" << false;
    QTest::newRow("cover open") << 2 << 0x16 << true << "coverOpen" << false;
    QTest::newRow("stopped for paper end") << 2 << 0x32 << true << "paperOut" << false;
    QTest::newRow("error") << 2 << 0x52 << true << "printerError" << false;
    QTest::newRow("paper fine") << 4 << 0x12 << true << "" << false;
    QTest::newRow("paper near end") << 4 << 0x1E << true << "" << true;
    QTest::newRow("paper out") << 4 << 0x72 << true << "paperOut" << false;
    QTest::newRow("not a status byte") << 1 << 0x41 << false << "" << false;
    QTest::newRow("zero") << 4 << 0x00 << false << "" << false;
    QTest::newRow("unknown request") << 3 << 0x12 << false << "" << false;
}

void tst_RawPrinter::statusBytes()
{
    QFETCH(int, n);
    QFETCH(int, byte);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    QFETCH(bool, nearEnd);
    PrinterStatus status;
    QCOMPARE(status.apply(n, char(byte)), valid);
    QCOMPARE(status.reason(), reason);
    QCOMPARE(status.problem().isEmpty(), reason.isEmpty());
    QCOMPARE(status.paperNearEnd, nearEnd);
}

void tst_RawPrinter::networkJobArrivesWhole()
{
    FakeTcpPrinter printer;
    RawPrinter raw(address(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port())), quick());
    const QByteArray bytes = job(300'000);
    const Status sent = raw.send(bytes);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QTRY_COMPARE(printer.received().size(), bytes.size() + 9);
    // Asked before (printer, paper), the job, asked after: nothing lost, nothing added.
    QCOMPARE(printer.received(), AskPrinter + AskPaper + bytes + AskPrinter);
    QCOMPARE(printer.connections(), 1);
}

void tst_RawPrinter::refusedBeforeAnyByte_data()
{
    QTest::addColumn<int>("printerStatus");
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("says");
    QTest::newRow("out of paper") << 0x12 << 0x12 << 0x72 << "paperOut"
                                  << "out of paper";
    QTest::newRow("cover open") << 0x1A << 0x16 << 0x12 << "coverOpen"
                                << "cover open";
    QTest::newRow("offline, paper end") << 0x1A << 0x32 << 0x72 << "paperOut"
                                        << "out of paper";
    QTest::newRow("offline") << 0x1A << 0x12 << 0x12 << "offline"
                             << "offline";
}

void tst_RawPrinter::refusedBeforeAnyByte()
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
    const PrinterAddress where = address(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port()));
    RawPrinter raw(where, quick());
    const Status sent = raw.send(job(10'000));
    QVERIFY(!sent.ok());
    QCOMPARE(reasonOf(sent), reason);
    QVERIFY2(sent.error().message.contains(says), qPrintable(sent.error().message));
    QVERIFY2(sent.error().message.contains(where.toString()), qPrintable(sent.error().message));
    // Only the questions went out, not a byte of the receipt.
    const QByteArray expected =
        printerStatus == 0x12 ? AskPrinter + AskPaper : AskPrinter + AskCause + AskPaper;
    QTRY_COMPARE(printer.received(), expected);
}

void tst_RawPrinter::silentPrinterStillPrints()
{
    FakePrinterBehaviour behaviour;
    behaviour.answers = false; // a printer whose connection does not read back
    FakeTcpPrinter printer(behaviour);
    RawPrinter raw(address(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port())), quick());
    QCOMPARE(raw.status().value(), std::nullopt);
    const QByteArray bytes = job(20'000);
    QVERIFY(raw.send(bytes).ok());
    QTRY_COMPARE(printer.received(), AskPrinter /* status() */ + AskPrinter + bytes);
}

void tst_RawPrinter::lineDroppedMidJob()
{
    FakePrinterBehaviour behaviour;
    behaviour.dropAfter = 100'000;
    FakeTcpPrinter printer(behaviour);
    RawPrinter raw(address(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port())), quick());
    const QByteArray bytes = job(4'000'000);
    const Status sent = raw.send(bytes);
    QVERIFY(!sent.ok());
    QCOMPARE(reasonOf(sent), QStringLiteral("disconnected"));
    QTRY_VERIFY(printer.received().size() >= 100'000);
    QVERIFY(printer.received().size() < bytes.size());
}

void tst_RawPrinter::printerStopsDuringTheJob()
{
    FakePrinterBehaviour behaviour;
    behaviour.statusAfterJob = 0x1A; // offline once the job came: the paper ran out in it
    behaviour.jobBytes = 6 + 5'000;
    FakeTcpPrinter printer(behaviour);
    RawPrinter raw(address(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port())), quick());
    const Status sent = raw.send(job(5'000));
    QVERIFY(!sent.ok());
    QCOMPARE(reasonOf(sent), QStringLiteral("offline"));
    QVERIFY2(sent.error().message.contains(QStringLiteral("stopped in the middle")),
             qPrintable(sent.error().message));
}

void tst_RawPrinter::unreachablePrinter()
{
    quint16 port = 0;
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        port = gone.serverPort();
    }
    RawPrinter raw(address(QStringLiteral("tcp://127.0.0.1:%1").arg(port)), quick());
    QElapsedTimer timer;
    timer.start();
    const Status sent = raw.send(job(100));
    QVERIFY(!sent.ok());
    QCOMPARE(reasonOf(sent), QStringLiteral("unreachable"));
    QVERIFY2(sent.error().message.contains(QStringLiteral("cannot be reached")),
             qPrintable(sent.error().message));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!raw.status().ok());
}

void tst_RawPrinter::statusOnDemand()
{
    FakePrinterBehaviour behaviour;
    behaviour.paperStatus = 0x1E;
    FakeTcpPrinter printer(behaviour);
    RawPrinter raw(address(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port())), quick());
    const auto status = raw.status();
    QVERIFY(status.ok() && status->has_value());
    QVERIFY((*status)->paperNearEnd);
    QVERIFY((*status)->problem().isEmpty()); // near the end still prints
}

void tst_RawPrinter::deviceJobArrivesWhole()
{
    FakeDevicePrinter printer;
    RawPrinter raw(address(QStringLiteral("device:%1").arg(printer.path())), quick());
    const QByteArray bytes = job(200'000);
    const Status sent = raw.send(bytes);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QTRY_COMPARE(printer.received(), AskPrinter + AskPaper + bytes + AskPrinter);
}

void tst_RawPrinter::deviceDroppedMidJob()
{
    FakePrinterBehaviour behaviour;
    behaviour.dropAfter = 20'000;
    FakeDevicePrinter printer(behaviour);
    RawPrinter raw(address(QStringLiteral("device:%1").arg(printer.path())), quick());
    const Status sent = raw.send(job(2'000'000));
    QVERIFY(!sent.ok());
    QVERIFY2(reasonOf(sent) == QStringLiteral("disconnected") ||
                 reasonOf(sent) == QStringLiteral("timeout"),
             qPrintable(sent.error().message));
}

void tst_RawPrinter::deviceOutOfPaper()
{
    FakePrinterBehaviour behaviour;
    behaviour.paperStatus = 0x72;
    FakeDevicePrinter printer(behaviour);
    RawPrinter raw(address(QStringLiteral("device:%1").arg(printer.path())), quick());
    const Status sent = raw.send(job(1'000));
    QCOMPARE(reasonOf(sent), QStringLiteral("paperOut"));
    QTRY_COMPARE(printer.received(), AskPrinter + AskPaper);
}

void tst_RawPrinter::notADevice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("receipt.bin"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {file, fifo, dir.path()}) {
        for (const QString &kind : {QStringLiteral("device"), QStringLiteral("serial")}) {
            RawPrinter raw(address(QStringLiteral("%1:%2").arg(kind, path)), quick());
            const Status sent = raw.send(job(100));
            QVERIFY2(!sent.ok(), qPrintable(path));
            QVERIFY2(reasonOf(sent) == QStringLiteral("notADevice") ||
                         reasonOf(sent) == QStringLiteral("unreachable"),
                     qPrintable(kind + QLatin1Char(' ') + path + QStringLiteral(": ") +
                                sent.error().message));
        }
    }
    QCOMPARE(QFileInfo(file).size(), 0); // nothing written into the file
    RawPrinter missing(address(QStringLiteral("device:%1/lp9").arg(dir.path())), quick());
    QCOMPARE(reasonOf(missing.send(job(100))), QStringLiteral("unreachable"));
}

void tst_RawPrinter::serialPortJob()
{
    FakeDevicePrinter printer;
    RawPrinter raw(address(QStringLiteral("serial:%1@9600").arg(printer.path())), quick());
    const QByteArray bytes = job(50'000);
    const Status sent = raw.send(bytes);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QTRY_COMPARE(printer.received(), AskPrinter + AskPaper + bytes + AskPrinter);
}

void tst_RawPrinter::cupsQueueThatIsNotThere()
{
    // No CUPS server on this machine, or no such queue: a clear refusal, quickly.
    qputenv("CUPS_SERVER", "127.0.0.1:1");
    RawPrinter raw(address(QStringLiteral("cups:ShopDeskNoSuchQueue")), quick());
    QElapsedTimer timer;
    timer.start();
    const Status sent = raw.send(job(100));
    QVERIFY(!sent.ok());
    QCOMPARE(reasonOf(sent), QStringLiteral("unreachable"));
    QVERIFY2(sent.error().message.contains(QStringLiteral("cups:ShopDeskNoSuchQueue")),
             qPrintable(sent.error().message));
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(raw.status().value(), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_RawPrinter)
#include "tst_rawprinter.moc"
