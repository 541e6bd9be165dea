// Renders delivery slips to PDF on every page size in both languages, with long names and a
// long address, and reads them back the way a person and a scanner would: pdftotext finds
// every text, zbarimg decodes the QR code, and the layout keeps every block inside its page
// without overlaps. Needs poppler-utils and zbar-tools (scripts/deps.sh installs them).

#include "processrun.h"
#include "sliplayout.h"
#include "testshop.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace ShopDesk;
using ShopDesk::Testing::ProcessRun;
using ShopDesk::Testing::runProcess;
using ShopDesk::Testing::TestShop;

namespace {

// A name of 70 Hangul syllables without a space: it can only wrap inside the word.
const QString longCustomer = QStringLiteral(
    "김수한무거북이와두루미삼천갑자동방삭치치카포사리사리센타워리워리세브리깡무두셀라구름이허리"
    "케인에담벼락서생원에고양이바둑이는돌돌이");
const QString longAddress = QStringLiteral(
    "경기도 성남시 분당구 판교역로 235, 에이치스퀘어 엔동 7층 701호 (삼평동) 공동현관 비밀번호 "
    "1234# 경비실에 맡겨 주세요 Building N, 7th floor, Pangyo-yeok-ro 235, Bundang-gu, "
    "Seongnam-si, Gyeonggi-do 13494, Republic of Korea");
const QStringList productNames{
    QStringLiteral("프리미엄 유기농 제주 감귤 선물세트 특대과 5kg 한정판 산지 직송 냉장 보관 필수"),
    QStringLiteral("Extra virgin olive oil, cold pressed, imported from Puglia, 1 litre glass "
                   "bottle Supercalifragilisticexpialidociousunbreakablewordthatneverends"),
    QStringLiteral("사과 1kg"),
};

// Without any whitespace: wrapped text is found however its lines were broken.
QString squeezed(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

ProcessRun runTool(const QString &program, const QStringList &arguments)
{
    return runProcess(program, arguments, {.timeoutMs = 120'000});
}

} // namespace

class tst_SlipLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void names();
    void rendersEveryPageSize_data();
    void rendersEveryPageSize();
    void blocksStayInsideThePage_data();
    void blocksStayInsideThePage();
    void longItemListBreaksPages_data();
    void longItemListBreaksPages();
    void rollIsAsTallAsItsContent();
    void reprintIsMarked_data();
    void reprintIsMarked();
    void cancelledDeliveryIsMarked_data();
    void cancelledDeliveryIsMarked();
    void unwritablePathLeavesNothing_data();
    void unwritablePathLeavesNothing();
    void otherCurrencyShowsItsDecimals();

private:
    QString placePaidOrder(const QList<OrderRequestLine> &lines);
    SlipData slipOf(const QString &orderId);
    // Writes the slip into the test's folder; empty (and a failed check) on failure.
    QString render(const SlipData &data, SlipPage page, SlipLanguage language, const QString &name,
                   int *pages = nullptr);
    static QString pdfText(const QString &pdf);
    QString qrCode(const QString &pdf);
    static QSizeF pageSizeInPoints(const QString &pdf);
    static int pageCount(const QString &pdf);

    TestShop m_shop;
    QTemporaryDir m_out;
    QString m_orderId;     // long names, three lines, paid
    QString m_manyLinesId; // 40 lines, paid
};

void tst_SlipLayout::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdftoppm", "pdfinfo", "zbarimg"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing; run scripts/deps.sh (poppler-utils, "
                                           "zbar-tools)")
                                .arg(QString::fromLatin1(tool))));
    }
    QVERIFY(m_out.isValid());
    auto shop = m_shop.shop->slips.changeShopDetails(
        {QStringLiteral("행복마트 강남점 Happy Mart Gangnam Flagship Store"),
         QStringLiteral("서울특별시 강남구 테헤란로 152, 강남파이낸스센터 1층"),
         QStringLiteral("02-555-1234"),
         {},
         {}});
    QVERIFY(shop.ok());
    for (int i = 0; i < productNames.size(); ++i) {
        m_shop.product(QStringLiteral("P%1").arg(i + 1), 1234567 * (i + 1), 1000,
                       productNames.at(i));
    }
    for (int i = 0; i < 40; ++i)
        m_shop.product(QStringLiteral("M%1").arg(i + 1, 3, 10, QLatin1Char('0')), 1500, 100,
                       QStringLiteral("목록 상품 %1 Item number %1").arg(i + 1));
    m_orderId = placePaidOrder(
        {{QStringLiteral("P1"), 7}, {QStringLiteral("P2"), 12}, {QStringLiteral("P3"), 1}});
    QList<OrderRequestLine> many;
    for (int i = 0; i < 40; ++i)
        many.append({QStringLiteral("M%1").arg(i + 1, 3, 10, QLatin1Char('0')), i + 1});
    m_manyLinesId = placePaidOrder(many);
}

QString tst_SlipLayout::placePaidOrder(const QList<OrderRequestLine> &lines)
{
    auto placed = m_shop.shop->orders.placeOrder(
        {longCustomer, QStringLiteral("010-1234-5678"), longAddress}, lines);
    if (!placed) {
        qWarning("cannot place: %s", qPrintable(placed.error().message));
        return {};
    }
    const QString id = placed->order.orderId();
    auto paid = m_shop.shop->orders.payOrder(id, PaymentMethod::Card);
    if (!paid) {
        qWarning("cannot pay: %s", qPrintable(paid.error().message));
        return {};
    }
    return id;
}

SlipData tst_SlipLayout::slipOf(const QString &orderId)
{
    auto slip = m_shop.shop->slips.slip(orderId);
    if (!slip)
        qFatal("no slip for %s: %s", qPrintable(orderId), qPrintable(slip.error().message));
    return slip.value();
}

QString tst_SlipLayout::render(const SlipData &data, SlipPage page, SlipLanguage language,
                               const QString &name, int *pages)
{
    const QString path = m_out.filePath(name + QStringLiteral(".pdf"));
    const Result<int> written = SlipLayout(data, page, language).writePdf(path);
    if (!written) {
        qWarning("writePdf failed: %s", qPrintable(written.error().message));
        return {};
    }
    if (pages)
        *pages = written.value();
    return path;
}

QString tst_SlipLayout::pdfText(const QString &pdf)
{
    // -raw keeps the order the slip was painted in: a wrapped name stays in one piece.
    const ProcessRun tool =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    return tool.exitCode == 0 ? QString::fromUtf8(tool.out) : QString();
}

QString tst_SlipLayout::qrCode(const QString &pdf)
{
    const QString image = pdf + QStringLiteral("-page1");
    const ProcessRun raster =
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, image});
    if (raster.exitCode != 0)
        return QStringLiteral("<pdftoppm failed: %1>").arg(QString::fromUtf8(raster.err));
    const ProcessRun scan =
        runTool(QStringLiteral("zbarimg"),
                {QStringLiteral("--raw"), QStringLiteral("-q"), image + QStringLiteral(".png")});
    return QString::fromUtf8(scan.out).trimmed();
}

QSizeF tst_SlipLayout::pageSizeInPoints(const QString &pdf)
{
    const ProcessRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const auto match = size.match(QString::fromUtf8(info.out));
    if (!match.hasMatch())
        return {};
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

int tst_SlipLayout::pageCount(const QString &pdf)
{
    const ProcessRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+([0-9]+)"));
    const auto match = pages.match(QString::fromUtf8(info.out));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void tst_SlipLayout::names()
{
    QVERIFY(SlipLayout::pageFromName(u"a4") == SlipPage::A4);
    QVERIFY(SlipLayout::pageFromName(u"a5") == SlipPage::A5);
    QVERIFY(SlipLayout::pageFromName(u"roll80") == SlipPage::Roll80);
    QVERIFY(!SlipLayout::pageFromName(u"A4"));
    QVERIFY(!SlipLayout::pageFromName(u"letter"));
    QCOMPARE(SlipLayout::pageName(SlipPage::Roll80), QStringLiteral("roll80"));
    QVERIFY(SlipLayout::languageFromName(u"ko") == SlipLanguage::Korean);
    QVERIFY(SlipLayout::languageFromName(u"en") == SlipLanguage::English);
    QVERIFY(!SlipLayout::languageFromName(u"de"));
    QCOMPARE(SlipLayout::label(SlipLabel::Title, SlipLanguage::Korean),
             QStringLiteral("배송 전표"));
    QCOMPARE(SlipLayout::label(SlipLabel::Title, SlipLanguage::English),
             QStringLiteral("Delivery slip"));
}

void tst_SlipLayout::rendersEveryPageSize_data()
{
    QTest::addColumn<SlipPage>("page");
    QTest::addColumn<SlipLanguage>("language");
    for (SlipPage page : {SlipPage::A4, SlipPage::A5, SlipPage::Roll80}) {
        for (SlipLanguage language : {SlipLanguage::Korean, SlipLanguage::English}) {
            const QString row =
                SlipLayout::pageName(page) + QLatin1Char('-') + SlipLayout::languageName(language);
            QTest::newRow(qPrintable(row)) << page << language;
        }
    }
}

void tst_SlipLayout::rendersEveryPageSize()
{
    QFETCH(SlipPage, page);
    QFETCH(SlipLanguage, language);
    const SlipData data = slipOf(m_orderId);
    QVERIFY(!data.isReprint());
    const QString pdf = render(data, page, language, QString::fromUtf8(QTest::currentDataTag()));
    QVERIFY(!pdf.isEmpty());

    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    QStringList expected{data.orderId(),
                         data.deliveryId(),
                         longCustomer,
                         longAddress,
                         QStringLiteral("010-1234-5678"),
                         data.shop.name,
                         data.shop.address,
                         data.shop.phone,
                         SlipLayout::label(SlipLabel::Title, language),
                         SlipLayout::label(SlipLabel::Total, language)};
    expected += productNames;
    for (const QString &line : {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")})
        expected << line;
    // The total with thousands separators: 41,975,278.
    expected << QLocale(QLocale::English).toString(data.details.order.total());
    QStringList missing;
    for (const QString &want : std::as_const(expected)) {
        if (!text.contains(squeezed(want)))
            missing << want;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the PDF's text: %1\n---\n%2")
                                               .arg(missing.join(QStringLiteral(" | ")), text)));
    // Neither mark on a first print of a delivery under way.
    for (SlipLanguage any : {SlipLanguage::Korean, SlipLanguage::English}) {
        QVERIFY(!text.contains(squeezed(SlipLayout::label(SlipLabel::Cancelled, any))));
        QVERIFY(!text.contains(
            squeezed(SlipLayout::label(SlipLabel::Reprint, any).section(QLatin1Char('('), 0, 0))));
    }

    QCOMPARE(qrCode(pdf), data.orderId());

    const QSizeF size = pageSizeInPoints(pdf);
    const qreal mmToPoints = 72 / 25.4;
    switch (page) {
    case SlipPage::A4:
        QCOMPARE(qRound(size.width() / mmToPoints), 210);
        QCOMPARE(qRound(size.height() / mmToPoints), 297);
        break;
    case SlipPage::A5:
        QCOMPARE(qRound(size.width() / mmToPoints), 148);
        QCOMPARE(qRound(size.height() / mmToPoints), 210);
        break;
    case SlipPage::Roll80:
        QCOMPARE(qRound(size.width() / mmToPoints), 80);
        QCOMPARE(pageCount(pdf), 1);
        break;
    }
}

void tst_SlipLayout::blocksStayInsideThePage_data()
{
    QTest::addColumn<SlipPage>("page");
    QTest::addColumn<SlipLanguage>("language");
    QTest::addColumn<bool>("manyLines");
    for (SlipPage page : {SlipPage::A4, SlipPage::A5, SlipPage::Roll80}) {
        for (SlipLanguage language : {SlipLanguage::Korean, SlipLanguage::English}) {
            for (bool many : {false, true}) {
                const QString row = SlipLayout::pageName(page) + QLatin1Char('-') +
                                    SlipLayout::languageName(language) +
                                    (many ? QStringLiteral("-40-lines") : QString());
                QTest::newRow(qPrintable(row)) << page << language << many;
            }
        }
    }
}

void tst_SlipLayout::blocksStayInsideThePage()
{
    QFETCH(SlipPage, page);
    QFETCH(SlipLanguage, language);
    QFETCH(bool, manyLines);
    SlipData data = slipOf(manyLines ? m_manyLinesId : m_orderId);
    data.copy = 3;                        // with the reprint badge,
    data.notes = longAddress.repeated(2); // and a long note
    const SlipLayout layout(data, page, language);
    QBuffer sink;
    QPdfWriter writer(&sink);
    QVERIFY(layout.setUpDevice(writer));
    const QList<SlipBlock> blocks = layout.arrange(writer);
    QVERIFY(!blocks.isEmpty());

    const qreal width = writer.width();
    const qreal height = writer.height();
    const qreal tolerance = 0.5; // device pixels (1200 dpi)
    QMap<int, QList<SlipBlock>> pages;
    for (const SlipBlock &block : blocks) {
        const QString where = QStringLiteral("%1 on page %2 at %3,%4 %5x%6 (page %7x%8)")
                                  .arg(block.name)
                                  .arg(block.page + 1)
                                  .arg(block.rect.x())
                                  .arg(block.rect.y())
                                  .arg(block.rect.width())
                                  .arg(block.rect.height())
                                  .arg(width)
                                  .arg(height);
        QVERIFY2(block.rect.left() >= -tolerance && block.rect.top() >= -tolerance,
                 qPrintable(where));
        QVERIFY2(block.rect.right() <= width + tolerance, qPrintable(where));
        QVERIFY2(block.rect.bottom() <= height + tolerance, qPrintable(where));
        QVERIFY2(block.rect.height() > 0, qPrintable(where));
        pages[block.page].append(block);
    }
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        QList<SlipBlock> onPage = it.value();
        std::sort(onPage.begin(), onPage.end(), [](const SlipBlock &a, const SlipBlock &b) {
            return a.rect.top() < b.rect.top();
        });
        for (qsizetype i = 1; i < onPage.size(); ++i) {
            QVERIFY2(onPage.at(i - 1).rect.bottom() <= onPage.at(i).rect.top() + tolerance,
                     qPrintable(QStringLiteral("%1 overlaps %2 on page %3")
                                    .arg(onPage.at(i - 1).name, onPage.at(i).name)
                                    .arg(it.key() + 1)));
        }
    }
    const QStringList names = [&] {
        QStringList all;
        for (const SlipBlock &block : blocks)
            all << block.name;
        return all;
    }();
    QVERIFY(names.contains(QStringLiteral("header")));
    QVERIFY(names.contains(QStringLiteral("totals")));
    QCOMPARE(names.filter(QRegularExpression(QStringLiteral("^item \\d+$"))).size(),
             data.details.order.lines().size());
    if (page == SlipPage::Roll80) {
        QCOMPARE(pages.size(), 1);
        QVERIFY(names.contains(QStringLiteral("qr code")));
    } else if (manyLines) {
        QVERIFY2(pages.size() > 1, "40 lines should need more than one page");
        // Every page after the first says whose slip it continues.
        for (int p = 1; p < pages.size(); ++p)
            QCOMPARE(pages.value(p).first().name, QStringLiteral("continuation"));
    }
}

void tst_SlipLayout::longItemListBreaksPages_data()
{
    QTest::addColumn<SlipPage>("page");
    QTest::addColumn<SlipLanguage>("language");
    QTest::newRow("a4-ko") << SlipPage::A4 << SlipLanguage::Korean;
    QTest::newRow("a5-en") << SlipPage::A5 << SlipLanguage::English;
    QTest::newRow("roll80-ko") << SlipPage::Roll80 << SlipLanguage::Korean;
}

void tst_SlipLayout::longItemListBreaksPages()
{
    QFETCH(SlipPage, page);
    QFETCH(SlipLanguage, language);
    const SlipData data = slipOf(m_manyLinesId);
    int pages = 0;
    const QString pdf =
        render(data, page, language,
               QStringLiteral("many-") + QString::fromUtf8(QTest::currentDataTag()), &pages);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pageCount(pdf), pages);
    if (page == SlipPage::Roll80)
        QCOMPARE(pages, 1);
    else
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    const QString text = squeezed(pdfText(pdf));
    for (int i = 1; i <= 40; ++i) {
        const QString name = QStringLiteral("목록 상품 %1 Item number %1").arg(i);
        QVERIFY2(text.contains(squeezed(name)), qPrintable(name));
    }
    // The item table's head starts every page that continues the list.
    const QString head = squeezed(SlipLayout::label(SlipLabel::UnitPrice, language));
    QCOMPARE(text.count(head), pages);
    QCOMPARE(qrCode(pdf), data.orderId());
}

void tst_SlipLayout::rollIsAsTallAsItsContent()
{
    // More lines make a longer roll, and the page always holds the QR code at its end.
    const QString shortPdf = render(slipOf(m_orderId), SlipPage::Roll80, SlipLanguage::Korean,
                                    QStringLiteral("roll-short"));
    const QString longPdf = render(slipOf(m_manyLinesId), SlipPage::Roll80, SlipLanguage::Korean,
                                   QStringLiteral("roll-long"));
    QVERIFY(!shortPdf.isEmpty() && !longPdf.isEmpty());
    const QSizeF shortSize = pageSizeInPoints(shortPdf);
    const QSizeF longSize = pageSizeInPoints(longPdf);
    QVERIFY2(longSize.height() > shortSize.height() * 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(longSize.height()).arg(shortSize.height())));
    QVERIFY(shortSize.height() > shortSize.width());

    // The page layout asked of the device is the one written.
    QBuffer sink;
    QPdfWriter writer(&sink);
    const SlipLayout layout(slipOf(m_orderId), SlipPage::Roll80, SlipLanguage::Korean);
    const QPageLayout pageLayout = layout.pageLayout(writer);
    QCOMPARE(qRound(pageLayout.pageSize().size(QPageSize::Millimeter).width()), 80);
    QCOMPARE(qRound(pageLayout.pageSize().size(QPageSize::Point).height()),
             qRound(shortSize.height()));
}

void tst_SlipLayout::reprintIsMarked_data()
{
    QTest::addColumn<SlipPage>("page");
    QTest::addColumn<SlipLanguage>("language");
    QTest::newRow("a5-ko") << SlipPage::A5 << SlipLanguage::Korean;
    QTest::newRow("a4-en") << SlipPage::A4 << SlipLanguage::English;
    QTest::newRow("roll80-ko") << SlipPage::Roll80 << SlipLanguage::Korean;
}

void tst_SlipLayout::reprintIsMarked()
{
    QFETCH(SlipPage, page);
    QFETCH(SlipLanguage, language);
    const QString orderId = placePaidOrder({{QStringLiteral("P3"), 2}});
    QVERIFY(!orderId.isEmpty());
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    const QString reprintWord =
        squeezed(SlipLayout::label(SlipLabel::Reprint, language).section(QLatin1Char('('), 0, 0));

    const SlipData first = slipOf(orderId);
    QCOMPARE(first.copy, 1);
    const QString firstPdf = render(first, page, language, QStringLiteral("first-") + tag);
    QVERIFY(!firstPdf.isEmpty());
    QVERIFY(!squeezed(pdfText(firstPdf)).contains(reprintWord));
    QVERIFY(
        m_shop.shop->slips
            .recordPrint(orderId, SlipLayout::pageName(page), SlipLayout::languageName(language))
            .ok());

    const SlipData second = slipOf(orderId);
    QCOMPARE(second.copy, 2);
    QVERIFY(second.isReprint());
    const QString secondPdf = render(second, page, language, QStringLiteral("second-") + tag);
    QVERIFY(!secondPdf.isEmpty());
    const QString text = squeezed(pdfText(secondPdf));
    QVERIFY2(text.contains(squeezed(SlipLayout::label(SlipLabel::Reprint, language).arg(2))),
             qPrintable(text));
    QCOMPARE(qrCode(secondPdf), orderId);
}

void tst_SlipLayout::cancelledDeliveryIsMarked_data()
{
    QTest::addColumn<SlipPage>("page");
    QTest::addColumn<SlipLanguage>("language");
    QTest::newRow("a4-ko") << SlipPage::A4 << SlipLanguage::Korean;
    QTest::newRow("a5-en") << SlipPage::A5 << SlipLanguage::English;
    QTest::newRow("roll80-en") << SlipPage::Roll80 << SlipLanguage::English;
    QTest::newRow("roll80-ko") << SlipPage::Roll80 << SlipLanguage::Korean;
}

void tst_SlipLayout::cancelledDeliveryIsMarked()
{
    QFETCH(SlipPage, page);
    QFETCH(SlipLanguage, language);
    const QString orderId = placePaidOrder({{QStringLiteral("P1"), 1}});
    QVERIFY(!orderId.isEmpty());
    const QString reason = QStringLiteral("고객 요청으로 취소 (customer called)");
    QVERIFY(m_shop.shop->orders.cancelOrder(orderId, reason).ok());

    const SlipData data = slipOf(orderId);
    QVERIFY(data.isCancelled());
    QCOMPARE(data.notes, reason);
    const QString pdf =
        render(data, page, language,
               QStringLiteral("cancelled-") + QString::fromUtf8(QTest::currentDataTag()));
    QVERIFY(!pdf.isEmpty());
    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(text.contains(squeezed(SlipLayout::label(SlipLabel::Cancelled, language))),
             qPrintable(text));
    QVERIFY2(text.contains(squeezed(reason)), qPrintable(text));
    QVERIFY(text.contains(squeezed(SlipLayout::label(SlipLabel::OrderCancelled, language))));
    // The mark lies under the content: the code still scans.
    QCOMPARE(qrCode(pdf), orderId);
}

void tst_SlipLayout::unwritablePathLeavesNothing_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/slip.pdf");
    QTest::newRow("a folder") << QStringLiteral("folder");
    QTest::newRow("under a file") << QStringLiteral("plain-file/slip.pdf");
}

void tst_SlipLayout::unwritablePathLeavesNothing()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QFile plain(dir.filePath(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const auto listing = [&] {
        QStringList all;
        QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            all << it.next();
        all.sort();
        return all;
    };
    const QStringList before = listing();

    const Result<int> written = SlipLayout(slipOf(m_orderId), SlipPage::A5, SlipLanguage::Korean)
                                    .writePdf(dir.filePath(relativePath));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Storage);
    QVERIFY2(written.error().message.contains(QStringLiteral("cannot write the slip")),
             qPrintable(written.error().message));
    QCOMPARE(listing(), before);
}

void tst_SlipLayout::otherCurrencyShowsItsDecimals()
{
    SlipData data = slipOf(m_orderId);
    data.shop.currency = QStringLiteral("USD");
    const QString pdf = render(data, SlipPage::A5, SlipLanguage::English, QStringLiteral("usd"));
    QVERIFY(!pdf.isEmpty());
    const QString text = squeezed(pdfText(pdf));
    // 41,975,278 in cents is 419,752.78 dollars.
    const Money total = data.details.order.total();
    const QString amount = QLocale(QLocale::English).toString(double(total) / 100.0, 'f', 2);
    QVERIFY2(text.contains(squeezed(QStringLiteral("USD ") + amount)), qPrintable(text));
    QVERIFY(!text.contains(squeezed(QStringLiteral("KRW"))));
}

QTEST_MAIN(tst_SlipLayout)
#include "tst_sliplayout.moc"
