// The customer's receipt (영수증) of an order built through the real services: three lines,
// one with a discount and one tax-exempt, paid part in cash with a cash receipt and part by
// card, then one unit returned. Receipts are written to PDF on the roll and on A5, in Korean
// and in English, read back with pdftotext, and their prints checked in the event log.

#include "events.h"
#include "outputfile.h"
#include "processrun.h"
#include "receiptlayout.h"
#include "testshop.h"

#include <QStandardPaths>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

// Without any whitespace (a no-break space too): text is found however it was laid out.
QString squeezed(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

} // namespace

class tst_Receipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void refusals();
    void firstPrintThenReprint();
    void figures_data();
    void figures();
    void refundReceipt_data();
    void refundReceipt();
    void printsAreEvents();
    void slipShowsTheSameMoney();
    void images();
    void longReceiptContinuesOnItsPages();

private:
    // Writes the receipt to a PDF and records its print, as the CLI does; returns the PDF.
    // A receipt of the first order fits one page of A5: more pages are an error unless allowed.
    QString print(const QString &orderId, int returnNo, SlipPage page, SlipLanguage language,
                  int maxPages = 1);
    static QString pdfText(const QString &pdf);

    TestShop m_shop;
    QTemporaryDir m_out;
    QString m_orderId;
    QString m_unpaidId;
    int m_prints = 0;
};

void tst_Receipt::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdftoppm"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QString::fromLatin1(tool) + QStringLiteral(" is missing")));
    }
    QVERIFY(m_out.isValid());
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
    ProductEdit exempt;
    exempt.tax = TaxKind::Exempt;
    auto edited = m_shop.shop->inventory.editProduct(QStringLiteral("C"), exempt);
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));

    OrderService &orders = m_shop.shop->orders;
    auto placed = orders.placeOrder(
        {QStringLiteral("홍길동"), QStringLiteral("010-9999-8888"), QStringLiteral("서울")},
        {{QStringLiteral("A"), 2, Discount{Discount::Kind::Percent, 10, QStringLiteral("단골")}},
         {QStringLiteral("B"), 1},
         {QStringLiteral("C"), 1}});
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
    m_orderId = placed->order.orderId();
    // 22,000 - 2,200 + 3,300 taxable (23,100: supply 21,000, VAT 2,100) + 20,000 exempt.
    QCOMPARE(placed->order.total(), Money(43100));

    PaymentRequest cash;
    cash.method = PaymentMethod::Cash;
    cash.amount = 13100;
    cash.tendered = 20000;
    auto receipt =
        CashReceipt::parse(QStringLiteral("010-1234-5678"), CashReceipt::Purpose::Deduction);
    QVERIFY(receipt.ok());
    cash.cashReceipt = *receipt;
    auto paidCash = orders.pay(m_orderId, cash);
    QVERIFY2(paidCash.ok(), qPrintable(paidCash.ok() ? QString() : paidCash.error().message));
    PaymentRequest card;
    card.method = PaymentMethod::Card;
    card.card.approval = QStringLiteral("30012345");
    card.card.company = QStringLiteral("신한");
    card.card.instalments = 3;
    card.card.last4 = QStringLiteral("1234");
    auto paidCard = orders.pay(m_orderId, card);
    QVERIFY2(paidCard.ok(), qPrintable(paidCard.ok() ? QString() : paidCard.error().message));
    QCOMPARE(paidCard->paid(), Money(43100));

    auto unpaid = orders.placeOrder({QStringLiteral("이순신"), {}, {}}, {{QStringLiteral("B"), 1}});
    QVERIFY(unpaid.ok());
    m_unpaidId = unpaid->order.orderId();
}

QString tst_Receipt::print(const QString &orderId, int returnNo, SlipPage page,
                           SlipLanguage language, int maxPages)
{
    ReceiptService &receipts = m_shop.shop->receipts;
    auto data = receipts.receipt(orderId, returnNo);
    if (!data)
        return QStringLiteral("<receipt: %1>").arg(data.error().message);
    const QString path =
        m_out.filePath(QStringLiteral("receipt-%1-%2-%3-%4.pdf")
                           .arg(returnNo)
                           .arg(SlipLayout::pageName(page), SlipLayout::languageName(language))
                           .arg(++m_prints));
    auto output = OutputFile::create(path, QStringLiteral("the receipt"));
    if (!output)
        return QStringLiteral("<output: %1>").arg(output.error().message);
    const ReceiptLayout layout(*data, page, language);
    const Result<int> pages = layout.writePdf(**output);
    if (!pages)
        return QStringLiteral("<pdf: %1>").arg(pages.error().message);
    auto recorded = receipts.recordPrint(orderId, returnNo, SlipLayout::pageName(page),
                                         SlipLayout::languageName(language));
    if (!recorded)
        return QStringLiteral("<record: %1>").arg(recorded.error().message);
    if (recorded->copy != data->copy)
        return QStringLiteral("<copy %1 recorded, %2 printed>").arg(recorded->copy).arg(data->copy);
    if (Status committed = (*output)->commit(); !committed)
        return QStringLiteral("<commit: %1>").arg(committed.error().message);
    if (*pages > maxPages)
        return QStringLiteral("<%1 pages: %2>").arg(*pages).arg(path);
    return path;
}

QString tst_Receipt::pdfText(const QString &pdf)
{
    const ProcessRun tool = runProcess(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                        QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                                       {.timeoutMs = 120'000});
    return tool.exitCode == 0 ? QString::fromUtf8(tool.out) : QString();
}

void tst_Receipt::refusals()
{
    ReceiptService &receipts = m_shop.shop->receipts;
    auto unknown = receipts.receipt(QStringLiteral("T1-999999"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    auto unpaid = receipts.receipt(m_unpaidId);
    QVERIFY(!unpaid.ok());
    QCOMPARE(unpaid.error().code, ErrorCode::InvalidState);
    QVERIFY2(unpaid.error().message.contains(QStringLiteral("not paid yet")),
             qPrintable(unpaid.error().message));
    auto noReturn = receipts.receipt(m_orderId, 1); // nothing returned yet
    QVERIFY(!noReturn.ok());
    QCOMPARE(noReturn.error().code, ErrorCode::InvalidState);
    auto record =
        receipts.recordPrint(m_unpaidId, 0, QStringLiteral("roll80"), QStringLiteral("ko"));
    QVERIFY(!record.ok());
    QCOMPARE(record.error().code, ErrorCode::InvalidState);
    QVERIFY(receipts.prints(m_unpaidId)->isEmpty());
}

void tst_Receipt::firstPrintThenReprint()
{
    const QString first = print(m_orderId, 0, SlipPage::Roll80, SlipLanguage::Korean);
    QVERIFY2(first.endsWith(QStringLiteral(".pdf")), qPrintable(first));
    const QString firstText = squeezed(pdfText(first));
    QVERIFY2(firstText.contains(QStringLiteral("영수증")), qPrintable(firstText));
    QVERIFY2(!firstText.contains(QStringLiteral("재발행")), qPrintable(firstText));
    QVERIFY2(!firstText.contains(QStringLiteral("환불")), qPrintable(firstText));

    const QString second = print(m_orderId, 0, SlipPage::Roll80, SlipLanguage::Korean);
    const QString secondText = squeezed(pdfText(second));
    QVERIFY2(secondText.contains(QStringLiteral("재발행(2번째출력)")), qPrintable(secondText));

    auto prints = m_shop.shop->receipts.prints(m_orderId);
    QVERIFY(prints.ok());
    QCOMPARE(prints->size(), 2);
    QCOMPARE(prints->at(0).copy, 1);
    QCOMPARE(prints->at(1).copy, 2);
    QVERIFY(prints->at(1).isReprint());
    QCOMPARE(prints->at(1).page, QStringLiteral("roll80"));
    QCOMPARE(prints->at(1).terminal, QStringLiteral("T1"));
}

void tst_Receipt::figures_data()
{
    QTest::addColumn<SlipPage>("page");
    QTest::addColumn<SlipLanguage>("language");
    QTest::addColumn<QStringList>("expected");

    const QStringList korean{
        QStringLiteral("행복마트HappyMart"),
        QStringLiteral("사업자등록번호123-45-67891"),
        QStringLiteral("대표김대표"),
        QStringLiteral("서울특별시강남구테헤란로152"),
        QStringLiteral("전화02-555-1234"),
        QStringLiteral("주문번호") + m_orderId,
        QStringLiteral("단말기T1"),
        QStringLiteral("담당tester"),
        QStringLiteral("2×11,000원22,000원"),
        QStringLiteral("할인10%(단골)-2,200원"),
        QStringLiteral("1×3,300원3,300원"),
        QStringLiteral("쌀Rice(면세)"),
        QStringLiteral("1×20,000원20,000원"),
        QStringLiteral("과세물품가액23,100원"),
        QStringLiteral("공급가액21,000원"),
        QStringLiteral("부가세2,100원"),
        QStringLiteral("면세물품가액20,000원"),
        QStringLiteral("합계43,100원"),
        QStringLiteral("현금13,100원"),
        QStringLiteral("받은금액20,000원"),
        QStringLiteral("거스름돈6,900원"),
        QStringLiteral("현금영수증(소득공제)010-****-5678"),
        QStringLiteral("카드(신한)30,000원"),
        QStringLiteral("****-****-****-1234"),
        QStringLiteral("승인번호30012345"),
        QStringLiteral("할부3개월"),
    };
    const QStringList english{
        QStringLiteral("Businessreg.no.123-45-67891"),
        QStringLiteral("Representative김대표"),
        QStringLiteral("Tel.02-555-1234"),
        QStringLiteral("OrderID") + m_orderId,
        QStringLiteral("TerminalT1"),
        QStringLiteral("Clerktester"),
        QStringLiteral("2×KRW11,000KRW22,000"),
        QStringLiteral("Discount10%(단골)-KRW2,200"),
        QStringLiteral("TaxableamountKRW23,100"),
        QStringLiteral("SupplyvalueKRW21,000"),
        QStringLiteral("VATKRW2,100"),
        QStringLiteral("Tax-exemptamountKRW20,000"),
        QStringLiteral("TotalKRW43,100"),
        QStringLiteral("CashKRW13,100"),
        QStringLiteral("TenderedKRW20,000"),
        QStringLiteral("ChangeKRW6,900"),
        QStringLiteral("Cashreceipt(deduction)010-****-5678"),
        QStringLiteral("Card(신한)KRW30,000"),
        QStringLiteral("****-****-****-1234"),
        QStringLiteral("Approvalno.30012345"),
        QStringLiteral("Instalments3months"),
    };
    QTest::newRow("roll80 ko") << SlipPage::Roll80 << SlipLanguage::Korean << korean;
    QTest::newRow("a5 ko") << SlipPage::A5 << SlipLanguage::Korean << korean;
    QTest::newRow("roll80 en") << SlipPage::Roll80 << SlipLanguage::English << english;
    QTest::newRow("a5 en") << SlipPage::A5 << SlipLanguage::English << english;
}

void tst_Receipt::figures()
{
    QFETCH(SlipPage, page);
    QFETCH(SlipLanguage, language);
    QFETCH(QStringList, expected);

    const QString pdf = print(m_orderId, 0, page, language);
    QVERIFY2(pdf.endsWith(QStringLiteral(".pdf")), qPrintable(pdf));
    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    for (const QString &figure : expected)
        QVERIFY2(text.contains(figure), qPrintable(figure + QStringLiteral(" not in\n") + text));
    // A reprint by now, on every page and in every language.
    QVERIFY2(
        text.contains(squeezed(
            ReceiptLayout::label(ReceiptLabel::Reprint, language).section(QLatin1Char('('), 0, 0))),
        qPrintable(text));
}

void tst_Receipt::refundReceipt_data()
{
    QTest::addColumn<SlipPage>("page");
    QTest::addColumn<SlipLanguage>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("copy");

    // One apple back: its share is 11,000 - 1,100; the card part takes the refund.
    QTest::newRow("roll80 ko") << SlipPage::Roll80 << SlipLanguage::Korean
                               << QStringList{QStringLiteral("환불영수증"),
                                              QStringLiteral("반품번호1"),
                                              QStringLiteral("1×11,000원11,000원"),
                                              QStringLiteral("할인10%(단골)-1,100원"),
                                              QStringLiteral("과세물품가액9,900원"),
                                              QStringLiteral("공급가액9,000원"),
                                              QStringLiteral("부가세900원"),
                                              QStringLiteral("면세물품가액0원"),
                                              QStringLiteral("환불합계9,900원"),
                                              QStringLiteral("카드(신한)-9,900원"),
                                              QStringLiteral("승인번호30012345")}
                               << 1;
    QTest::newRow("a5 en") << SlipPage::A5 << SlipLanguage::English
                           << QStringList{QStringLiteral("REFUNDRECEIPT"),
                                          QStringLiteral("REPRINT(copy2)"),
                                          QStringLiteral("Returnno.1"),
                                          QStringLiteral("SupplyvalueKRW9,000"),
                                          QStringLiteral("VATKRW900"),
                                          QStringLiteral("RefundtotalKRW9,900"),
                                          QStringLiteral("Card(신한)-KRW9,900")}
                           << 2;
}

void tst_Receipt::refundReceipt()
{
    QFETCH(SlipPage, page);
    QFETCH(SlipLanguage, language);
    QFETCH(QStringList, expected);
    QFETCH(int, copy);

    if (m_shop.order(m_orderId).returns.isEmpty()) {
        auto returned =
            m_shop.shop->orders.returnLines(m_orderId, {{QStringLiteral("A"), 1}}, ReturnOptions{});
        QVERIFY2(returned.ok(), qPrintable(returned.ok() ? QString() : returned.error().message));
        QCOMPARE(returned->returns.size(), 1);
        QCOMPARE(returned->returns.first().refund, Money(9900));
    }
    auto data = m_shop.shop->receipts.receipt(m_orderId, 1);
    QVERIFY(data.ok());
    QCOMPARE(data->copy, copy);
    const QString pdf = print(m_orderId, 1, page, language);
    QVERIFY2(pdf.endsWith(QStringLiteral(".pdf")), qPrintable(pdf));
    const QString text = squeezed(pdfText(pdf));
    for (const QString &figure : expected)
        QVERIFY2(text.contains(figure), qPrintable(figure + QStringLiteral(" not in\n") + text));
    if (copy == 1)
        QVERIFY2(!text.contains(QStringLiteral("재발행")), qPrintable(text));
}

void tst_Receipt::printsAreEvents()
{
    EventQuery query;
    query.orderId = m_orderId;
    auto events = m_shop.shop->orders.events(query);
    QVERIFY(events.ok());
    QList<Events::ReceiptPrinted> printed;
    for (const DomainEvent &event : *events) {
        if (event.type != Events::ReceiptPrinted::type)
            continue;
        auto payload = decodeAs<Events::ReceiptPrinted>(event);
        QVERIFY(payload.ok());
        QCOMPARE(event.orderId, m_orderId);
        printed << *payload;
    }
    // Two Korean rolls, the four of figures(), then two refund receipts.
    QCOMPARE(printed.size(), 8);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(printed.at(i).returnNo, 0);
        QCOMPARE(printed.at(i).copy, i + 1);
    }
    QCOMPARE(printed.at(6).returnNo, 1);
    QCOMPARE(printed.at(6).copy, 1);
    QCOMPARE(printed.at(6).page, QStringLiteral("roll80"));
    QCOMPARE(printed.at(7).copy, 2);
    QCOMPARE(printed.at(7).language, QStringLiteral("en"));
    QCOMPARE(m_shop.shop->receipts.prints(m_orderId)->size(), 8);
}

void tst_Receipt::slipShowsTheSameMoney()
{
    auto slip = m_shop.shop->slips.slip(m_orderId);
    QVERIFY(slip.ok());
    auto output =
        OutputFile::create(m_out.filePath(QStringLiteral("slip.pdf")), QStringLiteral("the slip"));
    QVERIFY(output.ok());
    QVERIFY(SlipLayout(*slip, SlipPage::A5, SlipLanguage::Korean).writePdf(**output).ok());
    QVERIFY((*output)->commit().ok());
    const QString text = squeezed(pdfText(m_out.filePath(QStringLiteral("slip.pdf"))));
    // After the return: 9,900 + 3,300 taxable (supply 12,000, VAT 1,200) + 20,000 exempt.
    for (const QString &figure :
         {QStringLiteral("할인-1,100원"), QStringLiteral("공급가액12,000원"),
          QStringLiteral("부가세1,200원"), QStringLiteral("면세20,000원"),
          QStringLiteral("합계33,200원")})
        QVERIFY2(text.contains(figure), qPrintable(figure + QStringLiteral(" not in\n") + text));
    // For a person to look at, beside the receipts.
    const ProcessRun raster = runProcess(
        QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
         QStringLiteral("-singlefile"), m_out.filePath(QStringLiteral("slip.pdf")),
         QStringLiteral("/tmp/receipt-slip-ko-a5")},
        {.timeoutMs = 120'000});
    QVERIFY2(raster.exitCode == 0, qPrintable(raster.errText()));
}

void tst_Receipt::images()
{
    // For a person to look at: a Korean roll and an English A5.
    const QList<std::tuple<int, SlipPage, SlipLanguage, QString>> images{
        {0, SlipPage::Roll80, SlipLanguage::Korean, QStringLiteral("/tmp/receipt-ko-roll80")},
        {0, SlipPage::A5, SlipLanguage::English, QStringLiteral("/tmp/receipt-en-a5")},
        {1, SlipPage::Roll80, SlipLanguage::Korean, QStringLiteral("/tmp/receipt-ko-refund")},
    };
    for (const auto &[returnNo, page, language, image] : images) {
        const QString pdf = print(m_orderId, returnNo, page, language);
        QVERIFY2(pdf.endsWith(QStringLiteral(".pdf")), qPrintable(pdf));
        const ProcessRun raster =
            runProcess(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                        QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                        QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, image},
                       {.timeoutMs = 120'000});
        QVERIFY2(raster.exitCode == 0, qPrintable(raster.errText()));
    }
}

void tst_Receipt::longReceiptContinuesOnItsPages()
{
    QList<OrderRequestLine> lines;
    for (int i = 1; i <= 45; ++i) {
        const QString id = QStringLiteral("L%1").arg(i);
        m_shop.product(id, 1000 + i, 5, QStringLiteral("Long item %1").arg(i));
        lines.append({id, 1});
    }
    OrderService &orders = m_shop.shop->orders;
    auto placed = orders.placeOrder({QStringLiteral("Kim"), {}, {}}, lines);
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
    const QString orderId = placed->order.orderId();
    QVERIFY(orders.pay(orderId, PaymentRequest{}).ok());

    const QString pdf = print(orderId, 0, SlipPage::A5, SlipLanguage::English, 10);
    const QString text = pdfText(pdf);
    QStringList pages = text.split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY2(pages.size() >= 3, qPrintable(pdf + QLatin1Char('\n') + text));
    int items = 0;
    for (int page = 0; page < pages.size(); ++page) {
        QStringList rows = pages.at(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        rows.removeIf([](const QString &row) { return row.trimmed().isEmpty(); });
        // Every page ends with the order id and which page of how many it is.
        const QString foot =
            QStringLiteral("%1 · %2 / %3").arg(orderId).arg(page + 1).arg(pages.size());
        QVERIFY2(rows.last().trimmed() == foot, qPrintable(rows.last()));
        // The pages after the first say whose receipt they continue.
        if (page > 0) {
            QVERIFY2(rows.first().contains(QStringLiteral("RECEIPT (continued)")) &&
                         rows.first().contains(orderId),
                     qPrintable(rows.first()));
        }
        // A product's name is never parted from its quantity and amount.
        const auto names = rows.filter(QStringLiteral("Long item")).size();
        const auto amounts = rows.filter(QStringLiteral("1 × ")).size();
        QCOMPARE(amounts, names);
        items += int(names);
    }
    QCOMPARE(items, 45);
}

QTEST_MAIN(tst_Receipt)
#include "tst_receipt.moc"
