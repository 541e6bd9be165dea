// The customer's receipt as ESC/POS bytes for a thermal printer (issue 14), through the real
// services and decoded back with EscPosDecoder: text mode reads back as the receipt's rows in
// EUC-KR, Korean and English, on 80 and 58 mm paper, no line wider than the paper; raster mode
// holds the roll receipt's picture as wide as the paper, whose QR code zbarimg reads; auto
// prints a picture when the code page lacks a character (똠, 뷁) and never a '?'; the drawer
// pulse is there only when asked for, and the cut is the last command. The pictures are left
// in /tmp/escpos-*.png for a person to look at.

#include "escposdecoder.h"
#include "escposreceipt.h"
#include "processrun.h"
#include "receiptcontent.h"
#include "testshop.h"

#include <QStandardPaths>

#include <algorithm>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

QString squeezed(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString languageName(SlipLanguage language)
{
    return SlipLayout::languageName(language);
}

} // namespace

class tst_EscPos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void textMode_data();
    void textMode();
    void rasterMode_data();
    void rasterMode();
    void autoFallsBackToRaster_data();
    void autoFallsBackToRaster();
    void drawerAndCut_data();
    void drawerAndCut();
    void optionsRefused_data();
    void optionsRefused();
    void reprintAndRefund();
    void decoderReadsKorean();
    void decoderReportsWhatItCannotRead_data();
    void decoderReportsWhatItCannotRead();

private:
    ReceiptData receipt(const QString &orderId, int returnNo = 0) const;
    EscPosJob encode(const ReceiptData &data, SlipLanguage language, EscPosOptions options) const;
    // What zbarimg reads in the picture, saved as a PNG at path.
    static QString scan(const QImage &image, const QString &path);

    TestShop m_shop;
    QString m_orderId;
    QString m_tomYumId;
    QString m_bwelkId;
};

void tst_EscPos::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
             "zbarimg is missing");
    ShopDetailsChange change;
    change.name = QStringLiteral("행복마트 Happy Mart");
    change.address = QStringLiteral("서울특별시 강남구 테헤란로 152");
    change.phone = QStringLiteral("02-555-1234");
    change.businessNumber = QStringLiteral("123-45-67891");
    change.representative = QStringLiteral("김대표");
    auto shop = m_shop.shop->slips.changeShopDetails(change);
    QVERIFY2(shop.ok(), qPrintable(shop.ok() ? QString() : shop.error().message));

    m_shop.product(QStringLiteral("A"), 11000, 10, QStringLiteral("사과 Apple"));
    m_shop.product(QStringLiteral("B"), 3300, 10, QStringLiteral("우유 Milk"));
    m_shop.product(QStringLiteral("C"), 20000, 10, QStringLiteral("쌀 Rice"));
    m_shop.product(QStringLiteral("T"), 9000, 10, QStringLiteral("똠양꿍 Tom Yum"));
    m_shop.product(QStringLiteral("W"), 5000, 10, QStringLiteral("뷁 스낵"));
    ProductEdit exempt;
    exempt.tax = TaxKind::Exempt;
    QVERIFY(m_shop.shop->inventory.editProduct(QStringLiteral("C"), exempt).ok());

    OrderService &orders = m_shop.shop->orders;
    auto placed = orders.placeOrder(
        {QStringLiteral("홍길동"), QStringLiteral("010-9999-8888"), QStringLiteral("서울")},
        {{QStringLiteral("A"), 2, Discount{Discount::Kind::Percent, 10, QStringLiteral("단골")}},
         {QStringLiteral("B"), 1},
         {QStringLiteral("C"), 1}});
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
    m_orderId = placed->order.orderId();
    PaymentRequest cash;
    cash.method = PaymentMethod::Cash;
    cash.amount = 13100;
    cash.tendered = 20000;
    auto cashReceipt =
        CashReceipt::parse(QStringLiteral("010-1234-5678"), CashReceipt::Purpose::Deduction);
    QVERIFY(cashReceipt.ok());
    cash.cashReceipt = *cashReceipt;
    QVERIFY(orders.pay(m_orderId, cash).ok());
    PaymentRequest card;
    card.method = PaymentMethod::Card;
    card.card.approval = QStringLiteral("30012345");
    card.card.company = QStringLiteral("신한");
    card.card.instalments = 3;
    card.card.last4 = QStringLiteral("1234");
    auto paid = orders.pay(m_orderId, card);
    QVERIFY(paid.ok());
    QCOMPARE(paid->paid(), Money(43100));

    for (const auto &[product, id] : {std::pair{QStringLiteral("T"), &m_tomYumId},
                                      std::pair{QStringLiteral("W"), &m_bwelkId}}) {
        auto order = orders.placeOrder({QStringLiteral("Lee"), {}, {}}, {{product, 1}});
        QVERIFY(order.ok());
        *id = order->order.orderId();
        PaymentRequest payment;
        payment.method = PaymentMethod::Cash;
        QVERIFY(orders.pay(*id, payment).ok());
    }
}

ReceiptData tst_EscPos::receipt(const QString &orderId, int returnNo) const
{
    auto data = m_shop.shop->receipts.receipt(orderId, returnNo);
    if (!data)
        qFatal("no receipt of %s: %s", qPrintable(orderId), qPrintable(data.error().message));
    return *data;
}

EscPosJob tst_EscPos::encode(const ReceiptData &data, SlipLanguage language,
                             EscPosOptions options) const
{
    auto job = EscPosReceipt(data, language, options).encode();
    if (!job)
        qFatal("cannot encode: %s", qPrintable(job.error().message));
    return *job;
}

QString tst_EscPos::scan(const QImage &image, const QString &path)
{
    if (!image.save(path))
        return QStringLiteral("<cannot save %1>").arg(path);
    const ProcessRun run =
        runProcess(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path},
                   {.timeoutMs = 120'000});
    return QString::fromUtf8(run.out).trimmed();
}

void tst_EscPos::textMode_data()
{
    QTest::addColumn<SlipLanguage>("language");
    QTest::addColumn<EscPosPaper>("paper");
    QTest::addColumn<QStringList>("figures");

    const QStringList korean{
        QStringLiteral("행복마트HappyMart"),
        QStringLiteral("사업자등록번호123-45-67891"),
        QStringLiteral("대표김대표"),
        QStringLiteral("전화02-555-1234"),
        QStringLiteral("영수증"),
        QStringLiteral("단말기T1"),
        QStringLiteral("담당tester"),
        QStringLiteral("2×11,000원22,000원"),
        QStringLiteral("할인10%(단골)-2,200원"),
        QStringLiteral("쌀Rice(면세)"),
        QStringLiteral("과세물품가액23,100원"),
        QStringLiteral("공급가액21,000원"),
        QStringLiteral("부가세2,100원"),
        QStringLiteral("면세물품가액20,000원"),
        QStringLiteral("합계43,100원"),
        QStringLiteral("현금13,100원"),
        QStringLiteral("받은금액20,000원"),
        QStringLiteral("거스름돈6,900원"),
        QStringLiteral("카드(신한)30,000원"),
        QStringLiteral("승인번호30012345"),
        QStringLiteral("할부3개월"),
        QStringLiteral("감사합니다"),
    };
    const QStringList english{
        QStringLiteral("Businessreg.no.123-45-67891"),
        QStringLiteral("Representative김대표"),
        QStringLiteral("RECEIPT"),
        QStringLiteral("TerminalT1"),
        QStringLiteral("2×KRW11,000KRW22,000"),
        QStringLiteral("Discount10%(단골)-KRW2,200"),
        QStringLiteral("SupplyvalueKRW21,000"),
        QStringLiteral("VATKRW2,100"),
        QStringLiteral("TotalKRW43,100"),
        QStringLiteral("CashKRW13,100"),
        QStringLiteral("ChangeKRW6,900"),
        QStringLiteral("Card(신한)KRW30,000"),
        QStringLiteral("Instalments3months"),
        QStringLiteral("Thankyou"),
    };
    QTest::newRow("ko 80") << SlipLanguage::Korean << EscPosPaper::Mm80 << korean;
    QTest::newRow("ko 58") << SlipLanguage::Korean << EscPosPaper::Mm58 << korean;
    QTest::newRow("en 80") << SlipLanguage::English << EscPosPaper::Mm80 << english;
    QTest::newRow("en 58") << SlipLanguage::English << EscPosPaper::Mm58 << english;
    QTest::newRow("ko 80-42") << SlipLanguage::Korean << EscPosPaper::Mm80Narrow << korean;
}

void tst_EscPos::textMode()
{
    QFETCH(SlipLanguage, language);
    QFETCH(EscPosPaper, paper);
    QFETCH(QStringList, figures);

    const ReceiptData data = receipt(m_orderId);
    const EscPosJob job = encode(data, language, {paper, EscPosMode::Text, false});
    QCOMPARE(job.mode, EscPosMode::Text);
    QVERIFY(!job.fellBackToRaster());
    // Auto picks text for a receipt the code page can print, byte for byte the same.
    QCOMPARE(encode(data, language, {paper, EscPosMode::Auto, false}).bytes, job.bytes);

    const EscPosDecoder decoded(job.bytes, paper);
    QVERIFY2(decoded.problems().isEmpty(), qPrintable(decoded.problems().join(u'\n')));
    QCOMPARE(decoded.textLines(), job.lines);
    QVERIFY(decoded.raster().isNull());
    const int columns = EscPos::paperColumns(paper);
    for (const EscPosTextLine &line : decoded.lines())
        QVERIFY2(line.cells <= columns,
                 qPrintable(QStringLiteral("%1 cells: %2").arg(line.cells).arg(line.text)));

    // Every word of every row of the receipt, in the order of the rows.
    const QString text = decoded.textLines().join(u'\n');
    auto content = ReceiptContent::build(data, language);
    QVERIFY(content.ok());
    qsizetype at = 0;
    for (const ReceiptRow &row : content->rows()) {
        const QString words = QString(row.left + QLatin1Char(' ') + row.right)
                                  .replace(QChar(0x00a0), QLatin1Char(' '));
        for (const QString &word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype found = text.indexOf(word, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("'%1' of %2 not after %3 in\n%4")
                                                .arg(word, row.name)
                                                .arg(at)
                                                .arg(text)));
            at = found;
        }
    }
    const QString all = squeezed(text);
    for (const QString &figure : figures)
        QVERIFY2(all.contains(figure), qPrintable(figure + QStringLiteral(" not in\n") + text));

    // The total: bold, twice as high; Korean mode on; the QR code of the order id.
    const auto total = std::find_if(
        decoded.lines().cbegin(), decoded.lines().cend(),
        [](const EscPosTextLine &line) { return line.text.contains(QStringLiteral("43,100")); });
    QVERIFY(total != decoded.lines().cend());
    QVERIFY(total->bold);
    QCOMPARE(total->height, 2);
    const QList<EscPosCommand> &commands = decoded.commands();
    QCOMPARE(commands.first().name, QStringLiteral("ESC @"));
    QVERIFY(std::any_of(commands.cbegin(), commands.cend(), [](const EscPosCommand &c) {
        return c.name == QLatin1StringView("ESC R") && c.parameters == QByteArray(1, 13);
    }));
    QVERIFY(std::any_of(commands.cbegin(), commands.cend(), [](const EscPosCommand &c) {
        return c.name == QLatin1StringView("FS &");
    }));
    QCOMPARE(decoded.qrCodes(), QStringList{m_orderId});
    const QString name = QStringLiteral("/tmp/escpos-text-%1-%2.png")
                             .arg(languageName(language), EscPos::paperName(paper));
    const QImage picture = decoded.render();
    QCOMPARE(picture.width(), EscPos::paperDots(paper) + 32);
    QCOMPARE(scan(picture, name), m_orderId);
}

void tst_EscPos::rasterMode_data()
{
    QTest::addColumn<SlipLanguage>("language");
    QTest::addColumn<EscPosPaper>("paper");
    QTest::newRow("ko 80") << SlipLanguage::Korean << EscPosPaper::Mm80;
    QTest::newRow("ko 58") << SlipLanguage::Korean << EscPosPaper::Mm58;
    QTest::newRow("en 80") << SlipLanguage::English << EscPosPaper::Mm80;
    QTest::newRow("en 58") << SlipLanguage::English << EscPosPaper::Mm58;
    QTest::newRow("en 80-42") << SlipLanguage::English << EscPosPaper::Mm80Narrow;
}

void tst_EscPos::rasterMode()
{
    QFETCH(SlipLanguage, language);
    QFETCH(EscPosPaper, paper);

    const ReceiptData data = receipt(m_orderId);
    const EscPosJob job = encode(data, language, {paper, EscPosMode::Raster, false});
    QCOMPARE(job.mode, EscPosMode::Raster);
    QVERIFY(job.lines.isEmpty());
    const EscPosDecoder decoded(job.bytes, paper);
    QVERIFY2(decoded.problems().isEmpty(), qPrintable(decoded.problems().join(u'\n')));
    QVERIFY(decoded.textLines().isEmpty());
    QVERIFY(decoded.qrCodes().isEmpty()); // the QR code is in the picture

    const QImage raster = decoded.raster();
    QCOMPARE(raster.width(), EscPos::paperDots(paper));
    QVERIFY2(raster.height() > 3 * EscPos::paperDots(paper) / 2,
             qPrintable(QString::number(raster.height())));
    // Exactly the picture the encoder sent, in bands of at most 256 rows.
    QCOMPARE(raster, job.image);
    int bands = 0;
    for (const EscPosCommand &command : decoded.commands()) {
        if (command.name != QLatin1StringView("GS v 0"))
            continue;
        ++bands;
        const QByteArray &p = command.parameters;
        QCOMPARE(uchar(p.at(1)) + 256 * uchar(p.at(2)), EscPos::paperDots(paper) / 8);
        QVERIFY(uchar(p.at(3)) + 256 * uchar(p.at(4)) <= EscPos::RasterBandRows);
    }
    QCOMPARE(bands, (raster.height() + EscPos::RasterBandRows - 1) / EscPos::RasterBandRows);

    // The roll receipt's layout at the paper's width, black where it is dark.
    auto painted = ReceiptLayout(data, SlipPage::Roll80, language)
                       .paintRoll(EscPos::paperDots(paper), EscPos::DotsPerInch);
    QVERIFY(painted.ok());
    QCOMPARE(painted->size(), raster.size());
    int differences = 0;
    for (int y = 0; y < raster.height(); ++y) {
        for (int x = 0; x < raster.width(); ++x) {
            const bool dark = qGray(painted->pixel(x, y)) < 160;
            differences += dark != (qGray(raster.pixel(x, y)) == 0);
        }
    }
    QCOMPARE(differences, 0);
    // Each row of the receipt is ink of its own, apart from the next by white.
    int inkRuns = 0;
    bool inInk = false;
    for (int y = 0; y < raster.height(); ++y) {
        bool ink = false;
        for (int x = 0; x < raster.width() && !ink; ++x)
            ink = qGray(raster.pixel(x, y)) == 0;
        inkRuns += ink && !inInk;
        inInk = ink;
    }
    auto content = ReceiptContent::build(data, language);
    QVERIFY(content.ok());
    QVERIFY2(
        inkRuns >= content->rows().size(),
        qPrintable(
            QStringLiteral("%1 runs of ink, %2 rows").arg(inkRuns).arg(content->rows().size())));

    const QString name = QStringLiteral("/tmp/escpos-raster-%1-%2")
                             .arg(languageName(language), EscPos::paperName(paper));
    QCOMPARE(scan(raster, name + QStringLiteral("-dots.png")), m_orderId);
    QCOMPARE(scan(decoded.render(), name + QStringLiteral(".png")), m_orderId);
}

void tst_EscPos::autoFallsBackToRaster_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("missing");
    QTest::newRow("똠") << QStringLiteral("tomYum") << QStringLiteral("똠");
    QTest::newRow("뷁") << QStringLiteral("bwelk") << QStringLiteral("뷁");
}

void tst_EscPos::autoFallsBackToRaster()
{
    QFETCH(QString, order);
    QFETCH(QString, missing);

    const QString orderId = order == QLatin1StringView("tomYum") ? m_tomYumId : m_bwelkId;
    const ReceiptData data = receipt(orderId);
    QVERIFY(!EscPos::encode(missing));
    QCOMPARE(EscPos::unencodable(data.details.order.lines().first().productName), missing);

    const EscPosJob job =
        encode(data, SlipLanguage::Korean, {EscPosPaper::Mm80, EscPosMode::Auto, false});
    QCOMPARE(job.mode, EscPosMode::Raster);
    QVERIFY(job.fellBackToRaster());
    QCOMPARE(job.unencodable, missing);
    const EscPosDecoder decoded(job.bytes);
    QVERIFY2(decoded.problems().isEmpty(), qPrintable(decoded.problems().join(u'\n')));
    // Not one character sent as text, so no '?' in place of the one the code page lacks.
    QVERIFY(decoded.textLines().isEmpty());
    for (const EscPosCommand &command : decoded.commands())
        QVERIFY2(command.name != QLatin1StringView("text"), qPrintable(command.parameters));
    QCOMPARE(decoded.raster().width(), 576);
    QCOMPARE(scan(decoded.raster(), QStringLiteral("/tmp/escpos-fallback-%1.png").arg(order)),
             orderId);

    // Text mode asked for is refused, naming the character.
    auto text =
        EscPosReceipt(data, SlipLanguage::Korean, {EscPosPaper::Mm80, EscPosMode::Text, false})
            .encode();
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, ErrorCode::InvalidState);
    QVERIFY2(text.error().message.contains(missing), qPrintable(text.error().message));
    QCOMPARE(text.error().details.value(QStringLiteral("characters")).toString(), missing);
}

void tst_EscPos::drawerAndCut_data()
{
    QTest::addColumn<EscPosMode>("mode");
    QTest::addColumn<bool>("drawer");
    QTest::addColumn<bool>("cut");
    QTest::newRow("text") << EscPosMode::Text << false << true;
    QTest::newRow("text, drawer") << EscPosMode::Text << true << true;
    QTest::newRow("raster") << EscPosMode::Raster << false << true;
    QTest::newRow("raster, drawer") << EscPosMode::Raster << true << true;
    QTest::newRow("text, no cutter") << EscPosMode::Text << true << false;
    QTest::newRow("raster, no cutter") << EscPosMode::Raster << false << false;
}

void tst_EscPos::drawerAndCut()
{
    QFETCH(EscPosMode, mode);
    QFETCH(bool, drawer);
    QFETCH(bool, cut);

    EscPosOptions options{EscPosPaper::Mm58, mode, drawer};
    options.cutPaper = cut;
    const EscPosJob job = encode(receipt(m_orderId), SlipLanguage::English, options);
    const EscPosDecoder decoded(job.bytes, EscPosPaper::Mm58);
    QVERIFY2(decoded.problems().isEmpty(), qPrintable(decoded.problems().join(u'\n')));
    const QList<EscPosCommand> &commands = decoded.commands();
    QCOMPARE(commands.first().name, QStringLiteral("ESC @"));
    if (cut) {
        // One partial cut, after everything printed.
        QCOMPARE(decoded.cuts(), 1);
        QCOMPARE(commands.last().name, QStringLiteral("GS V"));
        QCOMPARE(uchar(commands.last().parameters.at(0)), uchar(66));
    } else {
        // No cutter: the paper is fed six lines past the head to be torn off, never cut.
        QCOMPARE(decoded.cuts(), 0);
        QCOMPARE(commands.last().name, QStringLiteral("ESC d"));
        QCOMPARE(uchar(commands.last().parameters.at(0)), uchar(6));
    }
    QCOMPARE(decoded.drawerPulses(), drawer ? 1 : 0);
    const auto pulse = std::find_if(commands.cbegin(), commands.cend(), [](const auto &c) {
        return c.name == QLatin1StringView("ESC p");
    });
    QCOMPARE(pulse != commands.cend(), drawer);
    if (drawer) {
        // Right after ESC @: the drawer opens as the receipt starts to print.
        QCOMPARE(pulse - commands.cbegin(), 1);
        QCOMPARE(pulse->parameters, QByteArray::fromHex("0019fa"));
    }
}

void tst_EscPos::optionsRefused_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("57 mm") << QStringLiteral("57") << QStringLiteral("auto")
                           << QStringLiteral("the paper must be 80, 80-42 (80 mm, 42 characters) "
                                             "or 58, got '57'");
    QTest::newRow("80mm") << QStringLiteral("80mm") << QStringLiteral("text")
                          << QStringLiteral("the paper must be 80, 80-42");
    QTest::newRow("colour") << QStringLiteral("80") << QStringLiteral("colour")
                            << QStringLiteral(
                                   "the ESC/POS mode must be auto, text or raster, got 'colour'");
    QTest::newRow("ok") << QStringLiteral("58") << QStringLiteral("raster") << QString();
}

void tst_EscPos::optionsRefused()
{
    QFETCH(QString, paper);
    QFETCH(QString, mode);
    QFETCH(QString, message);

    auto options = EscPosOptions::fromNames(paper, mode, true);
    if (message.isEmpty()) {
        QVERIFY(options.ok());
        QCOMPARE(options->paper, EscPosPaper::Mm58);
        QCOMPARE(options->mode, EscPosMode::Raster);
        QVERIFY(options->openDrawer);
        return;
    }
    QVERIFY(!options.ok());
    QCOMPARE(options.error().code, ErrorCode::InvalidInput);
    QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
}

void tst_EscPos::reprintAndRefund()
{
    ReceiptData reprint = receipt(m_orderId);
    reprint.copy = 2;
    const QString text =
        squeezed(encode(reprint, SlipLanguage::Korean, {EscPosPaper::Mm80, EscPosMode::Text, false})
                     .lines.join(u'\n'));
    QVERIFY2(text.contains(QStringLiteral("재발행(2번째출력)")), qPrintable(text));

    auto returned =
        m_shop.shop->orders.returnLines(m_orderId, {{QStringLiteral("A"), 1}}, ReturnOptions{});
    QVERIFY2(returned.ok(), qPrintable(returned.ok() ? QString() : returned.error().message));
    const EscPosJob refund = encode(receipt(m_orderId, 1), SlipLanguage::English,
                                    {EscPosPaper::Mm58, EscPosMode::Text, false});
    const EscPosDecoder decoded(refund.bytes, EscPosPaper::Mm58);
    QVERIFY2(decoded.problems().isEmpty(), qPrintable(decoded.problems().join(u'\n')));
    const QString refundText = squeezed(decoded.textLines().join(u'\n'));
    for (const QString &figure :
         {QStringLiteral("REFUNDRECEIPT"), QStringLiteral("Returnno.1"),
          QStringLiteral("RefundtotalKRW9,900"), QStringLiteral("Card(신한)-KRW9,900")})
        QVERIFY2(refundText.contains(figure), qPrintable(figure + u'\n' + refundText));
    QVERIFY(!refundText.contains(QStringLiteral("REPRINT")));
}

void tst_EscPos::decoderReadsKorean()
{
    // 가 나 in KS X 1001, and 0x5C, which ESC R 13 prints as ₩.
    const QByteArray bytes = QByteArray::fromHex("1b40"
                                                 "1b520d"
                                                 "1c26"
                                                 "b0a1b3aa205c3130"
                                                 "0a"
                                                 "1d2111"
                                                 "41"
                                                 "0a"
                                                 "1d564203");
    const EscPosDecoder decoded(bytes);
    QVERIFY2(decoded.problems().isEmpty(), qPrintable(decoded.problems().join(u'\n')));
    QCOMPARE(decoded.textLines(), (QStringList{QStringLiteral("가나 ₩10"), QStringLiteral("A")}));
    QCOMPARE(decoded.lines().at(0).cells, 8);
    QCOMPARE(decoded.lines().at(1).cells, 2);
    QCOMPARE(decoded.lines().at(1).height, 2);
    QCOMPARE(decoded.cuts(), 1);
    // And the encoder's side of the same code page.
    QCOMPARE(EscPos::encode(QStringLiteral("가나 ₩10")), QByteArray::fromHex("b0a1b3aa205c3130"));
    QCOMPARE(EscPos::encode(QStringLiteral("KRW\u00a01")), QByteArray("KRW 1"));
    QVERIFY(!EscPos::encode(QStringLiteral("a\\b")));
    QVERIFY(!EscPos::encode(QStringLiteral("\x1b@")));
    QCOMPARE(EscPos::unencodable(QStringLiteral("똠양꿍 뷁 똠")), QStringLiteral("똠뷁"));
}

void tst_EscPos::decoderReportsWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown ESC") << QByteArray::fromHex("1b40"
                                                        "41420a"
                                                        "1b7e01"
                                                        "43440a")
                                 << QStringList{QStringLiteral("AB")}
                                 << QStringLiteral(
                                        "byte 5: unknown command 0x1b 0x7e; the 4 bytes");
    QTest::newRow("unknown GS") << QByteArray::fromHex("1b40"
                                                       "1d2a0101"
                                                       "0a")
                                << QStringList{} << QStringLiteral("unknown command 0x1d 0x2a");
    QTest::newRow("control byte") << QByteArray::fromHex("410a"
                                                         "07")
                                  << QStringList{QStringLiteral("A")}
                                  << QStringLiteral("unknown command 0x07");
    QTest::newRow("raster cut short") << QByteArray::fromHex("1d7630004800ff00"
                                                             "0000")
                                      << QStringList{} << QStringLiteral("GS v 0 is cut short");
    QTest::newRow("Hangul without FS &")
        << QByteArray::fromHex("b00a") << QStringList{QStringLiteral("\ufffd")}
        << QStringLiteral("0xb0 outside double-byte mode");
    QTest::newRow("no KS X 1001") << QByteArray::fromHex("1c26"
                                                         "a2e80a")
                                  << QStringList{QStringLiteral("\ufffd")}
                                  << QStringLiteral("0xa2 0xe8 is no KS X 1001 character");
    QTest::newRow("too wide") << QByteArray(49, 'x') + '\n'
                              << QStringList{QString(48, QLatin1Char('x')), QStringLiteral("x")}
                              << QStringLiteral("wider than the paper's 48 columns");
    QTest::newRow("no LF") << QByteArray("AB") << QStringList{QStringLiteral("AB")}
                           << QStringLiteral("ends with text that no LF prints");
}

void tst_EscPos::decoderReportsWhatItCannotRead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    QFETCH(QString, problem);

    const EscPosDecoder decoded(bytes);
    QCOMPARE(decoded.textLines(), lines);
    QCOMPARE(decoded.problems().size(), 1);
    QVERIFY2(decoded.problems().first().contains(problem), qPrintable(decoded.problems().first()));
    QVERIFY(!decoded.render().isNull()); // what was read can still be looked at
}

QTEST_MAIN(tst_EscPos)
#include "tst_escpos.moc"
