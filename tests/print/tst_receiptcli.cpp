// Drives `shopdesk-cli order receipt` the way scripts do: a first print and a reprint with the
// JSON they print, the ESC/POS bytes for a thermal printer read back by `escpos render`, and
// bad input refused with its exit status, no print recorded and no file left behind. Devices
// and FIFOs are made in the test's own folder.

#include "processrun.h"

#include <QDir>
#include <QFileInfo>
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
    void escposText();
    void escposFallsBackToRaster();
    void escposRenderRefusals_data();
    void escposRenderRefusals();
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
    // `escpos render` of the file, its JSON.
    QJsonObject render(const QString &file, const QString &paper) const
    {
        const ProcessRun run =
            cli({QStringLiteral("escpos"), QStringLiteral("render"), file, QStringLiteral("--png"),
                 file + QStringLiteral(".png"), QStringLiteral("--paper"), paper});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out).object();
    }
    int receiptPrints(const QString &orderId = QStringLiteral("T1-000001")) const
    {
        const ProcessRun run = cli({QStringLiteral("events"), QStringLiteral("--order"), orderId});
        int prints = 0;
        const QJsonArray events = QJsonDocument::fromJson(run.out).array();
        for (const QJsonValue &event : events) {
            if (event[QStringLiteral("type")].toString() == QLatin1StringView("ReceiptPrinted"))
                ++prints;
        }
        return prints;
    }

    // A FIFO and a character device (as /dev/null, but in the test's folder) to write to;
    // false when the device cannot be made (mknod needs the right to make devices).
    bool makeSpecialFiles() const
    {
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        const QString device = m_dir.filePath(QStringLiteral("device"));
        if (!QFileInfo::exists(fifo)) {
            const ProcessRun made = runProcess(QStringLiteral("mkfifo"), {fifo});
            if (made.exitCode != 0)
                qFatal("mkfifo: %s", qPrintable(made.describe()));
        }
        if (!QFileInfo::exists(device)) {
            const ProcessRun made =
                runProcess(QStringLiteral("mknod"),
                           {device, QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("3")});
            if (made.exitCode != 0)
                return false;
        }
        return true;
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
        // 똠 is not in EUC-KR (KS X 1001): its receipt can only be printed as a picture.
        {QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--id"),
         QStringLiteral("P2"), QStringLiteral("--name"), QStringLiteral("똠양꿍"),
         QStringLiteral("--price"), QStringLiteral("9000")},
        {QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("--product"),
         QStringLiteral("P2"), QStringLiteral("--delta"), QStringLiteral("10")},
        {QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("--customer"),
         QStringLiteral("Park"), QStringLiteral("--item"), QStringLiteral("P2:1")},
        {QStringLiteral("order"), QStringLiteral("pay"), QStringLiteral("T1-000003"),
         QStringLiteral("--method"), QStringLiteral("card")},
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

void tst_ReceiptCli::escposText()
{
    const QString file = m_dir.filePath(QStringLiteral("receipt.bin"));
    const int before = receiptPrints();
    const ProcessRun run =
        cli({QStringLiteral("order"), QStringLiteral("receipt"), QStringLiteral("T1-000001"),
             QStringLiteral("--escpos"), file, QStringLiteral("--paper"), QStringLiteral("58"),
             QStringLiteral("--drawer")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(printed[QStringLiteral("page")].toString(), QStringLiteral("escpos58"));
    QCOMPARE(printed[QStringLiteral("paper")].toString(), QStringLiteral("58"));
    QCOMPARE(printed[QStringLiteral("language")].toString(), QStringLiteral("ko"));
    QCOMPARE(printed[QStringLiteral("mode")].toString(), QStringLiteral("text"));
    QCOMPARE(printed[QStringLiteral("fellBackToRaster")].toBool(), false);
    QVERIFY(!printed.contains(QStringLiteral("unencodable")));
    QCOMPARE(printed[QStringLiteral("drawer")].toBool(), true);
    QCOMPARE(printed[QStringLiteral("copy")].toInt(), before + 1);
    QCOMPARE(printed[QStringLiteral("file")].toString(), QDir::toNativeSeparators(file));
    QCOMPARE(printed[QStringLiteral("bytes")].toInt(), QFileInfo(file).size());
    QCOMPARE(receiptPrints(), before + 1);

    const QJsonObject rendered = render(file, QStringLiteral("58"));
    QCOMPARE(rendered[QStringLiteral("problems")].toArray(), QJsonArray());
    QCOMPARE(rendered[QStringLiteral("cuts")].toInt(), 1);
    QCOMPARE(rendered[QStringLiteral("drawerPulses")].toInt(), 1);
    QCOMPARE(rendered[QStringLiteral("rasterRows")].toInt(), 0);
    QCOMPARE(rendered[QStringLiteral("qrCodes")].toArray(),
             QJsonArray{QStringLiteral("T1-000001")});
    QStringList lines;
    for (const QJsonValue &line : rendered[QStringLiteral("lines")].toArray())
        lines << line.toString();
    const QString text = lines.join(u'\n');
    for (const QString &expected :
         {QStringLiteral("영수증"), QStringLiteral("주문 번호"), QStringLiteral("사과"),
          QStringLiteral("2 × 11,000원"), QStringLiteral("22,000원"), QStringLiteral("합계"),
          QStringLiteral("거스름돈"), QStringLiteral("8,000원"), QStringLiteral("감사합니다")})
        QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
    for (const QString &line : std::as_const(lines))
        QVERIFY2(line.size() <= 32, qPrintable(line));
    QCOMPARE(rendered[QStringLiteral("width")].toInt(), 384 + 32);
    QVERIFY(QFileInfo(file + QStringLiteral(".png")).size() > 0);
}

void tst_ReceiptCli::escposFallsBackToRaster()
{
    const QString file = m_dir.filePath(QStringLiteral("tomyum.bin"));
    QCOMPARE(receiptPrints(QStringLiteral("T1-000003")), 0);
    // Asked for text, the receipt is refused: nothing is written, nothing recorded.
    const ProcessRun text = cli({QStringLiteral("order"), QStringLiteral("receipt"),
                                 QStringLiteral("T1-000003"), QStringLiteral("--escpos"), file,
                                 QStringLiteral("--escpos-mode"), QStringLiteral("text")});
    QCOMPARE(text.exitCode, 3);
    QVERIFY2(text.errText().contains(QStringLiteral("lacks: 똠")), qPrintable(text.describe()));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(receiptPrints(QStringLiteral("T1-000003")), 0);

    const ProcessRun run =
        cli({QStringLiteral("order"), QStringLiteral("receipt"), QStringLiteral("T1-000003"),
             QStringLiteral("--escpos"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(printed[QStringLiteral("page")].toString(), QStringLiteral("escpos80"));
    QCOMPARE(printed[QStringLiteral("mode")].toString(), QStringLiteral("raster"));
    QCOMPARE(printed[QStringLiteral("fellBackToRaster")].toBool(), true);
    QCOMPARE(printed[QStringLiteral("unencodable")].toString(), QStringLiteral("똠"));
    QCOMPARE(printed[QStringLiteral("drawer")].toBool(), false);
    QCOMPARE(receiptPrints(QStringLiteral("T1-000003")), 1);

    const QJsonObject rendered = render(file, QStringLiteral("80"));
    QCOMPARE(rendered[QStringLiteral("problems")].toArray(), QJsonArray());
    QCOMPARE(rendered[QStringLiteral("lines")].toArray(), QJsonArray());
    QCOMPARE(rendered[QStringLiteral("rasterWidth")].toInt(), 576);
    QVERIFY(rendered[QStringLiteral("rasterRows")].toInt() > 800);
    QCOMPARE(rendered[QStringLiteral("cuts")].toInt(), 1);
    QCOMPARE(rendered[QStringLiteral("drawerPulses")].toInt(), 0);
    // The receipt's QR code, in the picture.
    const ProcessRun scan =
        runProcess(QStringLiteral("zbarimg"),
                   {QStringLiteral("--raw"), QStringLiteral("-q"), file + QStringLiteral(".png")});
    QCOMPARE(QString::fromUtf8(scan.out).trimmed(), QStringLiteral("T1-000003"));
}

void tst_ReceiptCli::escposRenderRefusals_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing.bin") << QStringList{} << 3
                             << QStringLiteral("no ESC/POS file");
    QTest::newRow("fifo in") << QStringLiteral("fifo") << QStringList{} << 2
                             << QStringLiteral("is not a regular file");
    QTest::newRow("device in") << QStringLiteral("device") << QStringList{} << 2
                               << QStringLiteral("is not a regular file");
    QTest::newRow("fifo out") << QStringLiteral("bytes.bin")
                              << QStringList{QStringLiteral("--png"), QStringLiteral("fifo")} << 4
                              << QStringLiteral("named pipe (FIFO)");
    QTest::newRow("device out") << QStringLiteral("bytes.bin")
                                << QStringList{QStringLiteral("--png"), QStringLiteral("device")}
                                << 4 << QStringLiteral("character device");
    QTest::newRow("paper") << QStringLiteral("bytes.bin")
                           << QStringList{QStringLiteral("--paper"), QStringLiteral("57")} << 2
                           << QStringLiteral(
                                  "--paper must be 80, 80-42 (80 mm, 42 characters) or 58");
}

void tst_ReceiptCli::escposRenderRefusals()
{
    QFETCH(QString, input);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QFile bytes(m_dir.filePath(QStringLiteral("bytes.bin")));
    QVERIFY(bytes.open(QIODevice::WriteOnly));
    bytes.write(QByteArray::fromHex("1b40414243"
                                    "0a"
                                    "1d564200"));
    bytes.close();
    if (!makeSpecialFiles() &&
        (input == QLatin1StringView("device") || options.contains(QStringLiteral("device"))))
        QSKIP("mknod may not make devices here");
    QStringList arguments{QStringLiteral("escpos"), QStringLiteral("render"),
                          m_dir.filePath(input)};
    if (!options.contains(QStringLiteral("--png")))
        arguments << QStringLiteral("--png") << m_dir.filePath(QStringLiteral("refused.png"));
    for (qsizetype i = 0; i < options.size(); ++i)
        arguments << (i > 0 && options.at(i - 1) == QLatin1StringView("--png")
                          ? m_dir.filePath(options.at(i))
                          : options.at(i));
    const ProcessRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().contains(message), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.png"))));
    // The special files are as they were: still a FIFO and a device, nothing put in place.
    QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("fifo"))).isFile(), false);
    QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("device"))).isFile(), false);
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
                                           QStringLiteral("device")}
                            << 4 << QStringLiteral("character device, not a regular file");
    QTest::newRow("escpos device")
        << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--escpos"),
                       QStringLiteral("device")}
        << 4 << QStringLiteral("character device, not a regular file");
    QTest::newRow("escpos fifo") << QStringList{QStringLiteral("T1-000001"),
                                                QStringLiteral("--escpos"), QStringLiteral("fifo")}
                                 << 4 << QStringLiteral("named pipe (FIFO), not a regular file");
    const QString bytes = QStringLiteral("refused.bin");
    QTest::newRow("pdf and escpos")
        << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--pdf"), file,
                       QStringLiteral("--escpos"), bytes}
        << 2 << QStringLiteral("exactly one of --pdf FILE, --escpos FILE and --printer");
    QTest::newRow("neither") << QStringList{QStringLiteral("T1-000001")} << 2
                             << QStringLiteral(
                                    "exactly one of --pdf FILE, --escpos FILE and --printer");
    QTest::newRow("paper 57")
        << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--escpos"), bytes,
                       QStringLiteral("--paper"), QStringLiteral("57")}
        << 2
        << QStringLiteral("the paper must be 80, 80-42 (80 mm, 42 characters) or 58, got '57'");
    QTest::newRow("mode") << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--escpos"),
                                         bytes, QStringLiteral("--escpos-mode"),
                                         QStringLiteral("colour")}
                          << 2 << QStringLiteral("must be auto, text or raster, got 'colour'");
    QTest::newRow("page with escpos")
        << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--escpos"), bytes,
                       QStringLiteral("--page"), QStringLiteral("a5")}
        << 2 << QStringLiteral("--page goes with --pdf");
    QTest::newRow("drawer with pdf")
        << QStringList{QStringLiteral("T1-000001"), QStringLiteral("--pdf"), file,
                       QStringLiteral("--drawer")}
        << 2 << QStringLiteral("--drawer goes with --escpos");
    QTest::newRow("escpos unpaid")
        << QStringList{QStringLiteral("T1-000002"), QStringLiteral("--escpos"), bytes} << 3
        << QStringLiteral("not paid yet");
}

void tst_ReceiptCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    if (!makeSpecialFiles() && arguments.contains(QStringLiteral("device")))
        QSKIP("mknod may not make devices here");
    const int before = receiptPrints();
    for (QString &argument : arguments) {
        if (QStringList{QStringLiteral("refused.pdf"), QStringLiteral("refused.bin"),
                        QStringLiteral("device"), QStringLiteral("fifo")}
                .contains(argument))
            argument = m_dir.filePath(argument);
    }
    const ProcessRun run =
        cli(QStringList{QStringLiteral("order"), QStringLiteral("receipt")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().contains(message), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.bin"))));
    QVERIFY(!QFileInfo(m_dir.filePath(QStringLiteral("device"))).isFile());
    QCOMPARE(receiptPrints(), before);
}

QTEST_GUILESS_MAIN(tst_ReceiptCli)
#include "tst_receiptcli.moc"
