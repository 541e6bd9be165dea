// ShopDesk's one font setup (ShopFonts) on screen and on paper: Hangul and Latin share one
// line box and baseline in a laid-out line, in a field and in a label, and the print preview
// puts a slip's text where the PDF puts it. Pictures are compared at one resolution: the PDF
// through pdftoppm (poppler-utils), the preview grabbed from a QPrintPreviewWidget.

#include "shopfonts.h"
#include "sliplayout.h"
#include "testshop.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRawFont>
#include <QStandardPaths>
#include <QTextLayout>

#include <climits>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

namespace {

const QString latinText = QStringLiteral("Apple 12,000 P001");
const QString hangulText = QStringLiteral("감귤 사과");
const QString mixedText = QStringLiteral("감귤 Apple 12,000원 P001");

// The resolution both pictures of a slip are compared at.
constexpr int PictureDpi = 150;

struct Line
{
    qreal ascent = 0;
    qreal descent = 0;
    QList<qreal> baselines;  // of each glyph run
    QList<qreal> capHeights; // of the face that draws each glyph run
};

Line layOut(const QString &text, const QFont &font, QPaintDevice *device)
{
    QTextLayout layout(text, font, device);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    layout.endLayout();
    Line line{textLine.ascent(), textLine.descent(), {}, {}};
    for (const QGlyphRun &run : layout.glyphRuns()) {
        line.baselines.append(run.positions().value(0).y());
        line.capHeights.append(run.rawFont().capHeight());
    }
    return line;
}

// Ink, also the lighter edge of a thin antialiased stroke, but not the paper.
bool isDark(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 192;
}

// The dark pixels' bounding box within a band of the image.
QRect darkBox(const QImage &image, const QRect &band)
{
    const QRect area = band.intersected(image.rect());
    QRect box;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (isDark(image, x, y))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

// The first glyph from the left within a band: its dark columns up to the first blank one.
QRect firstGlyph(const QImage &image, const QRect &band)
{
    const QRect area = band.intersected(image.rect());
    QRect box;
    for (int x = area.left(); x <= area.right(); ++x) {
        bool dark = false;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            if (isDark(image, x, y)) {
                box |= QRect(x, y, 1, 1);
                dark = true;
            }
        }
        if (!dark && !box.isNull())
            break;
    }
    return box;
}

QString describe(const QRect &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

bool near(const QRect &a, const QRect &b, int pixels)
{
    return !a.isNull() && !b.isNull() && qAbs(a.left() - b.left()) <= pixels &&
           qAbs(a.top() - b.top()) <= pixels && qAbs(a.right() - b.right()) <= pixels &&
           qAbs(a.bottom() - b.bottom()) <= pixels;
}

} // namespace

class tst_ShopFonts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void familiesAreOneFaceForBothScripts();
    void hangulAndLatinShareTheLineBox_data();
    void hangulAndLatinShareTheLineBox();
    void fieldsAndLabelsKeepOneBaseline();
    void previewPutsTextWherePdfDoes();

private:
    QTemporaryDir m_out;
};

void tst_ShopFonts::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(),
             "pdftoppm is missing; run scripts/deps.sh (poppler-utils)");
    QVERIFY(m_out.isValid());
    ShopFonts::apply();
}

void tst_ShopFonts::familiesAreOneFaceForBothScripts()
{
    QCOMPARE(QApplication::font().families(), ShopFonts::families());
    QCOMPARE(ShopFonts::font(10.5).families(), ShopFonts::families());
    // The face listed first draws both scripts itself: nothing falls back to a face whose
    // vertical metrics differ.
    const QRawFont first = QRawFont::fromFont(ShopFonts::font(10.5));
    QCOMPARE(first.familyName(), ShopFonts::families().constFirst());
    for (const QChar c : mixedText)
        QVERIFY2(first.supportsCharacter(c),
                 qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
}

void tst_ShopFonts::hangulAndLatinShareTheLineBox_data()
{
    QTest::addColumn<bool>("print");
    QTest::addColumn<qreal>("pointSize");
    QTest::newRow("screen, the application's font") << false << qreal(0);
    QTest::newRow("paper, 9 pt (A5 body)") << true << qreal(9);
    QTest::newRow("paper, 10.5 pt (A4 body)") << true << qreal(10.5);
    QTest::newRow("paper, 22 pt (A4 title)") << true << qreal(22);
}

void tst_ShopFonts::hangulAndLatinShareTheLineBox()
{
    QFETCH(bool, print);
    QFETCH(qreal, pointSize);
    QPdfWriter writer(m_out.filePath(QStringLiteral("metrics.pdf")));
    QPaintDevice *device = print ? &writer : nullptr;
    const QFont font = print ? ShopFonts::font(pointSize) : QApplication::font();

    const Line latin = layOut(latinText, font, device);
    const Line hangul = layOut(hangulText, font, device);
    const Line mixed = layOut(mixedText, font, device);
    QVERIFY(latin.ascent > 0);
    // A line's box does not grow or move when it holds Hangul: in a field and in a label the
    // text stays where Latin text is.
    QCOMPARE(hangul.ascent, latin.ascent);
    QCOMPARE(hangul.descent, latin.descent);
    QCOMPARE(mixed.ascent, latin.ascent);
    QCOMPARE(mixed.descent, latin.descent);
    // Within a line every run, Hangul or Latin, sits on one baseline, drawn by faces whose
    // capitals are as tall.
    QVERIFY(!mixed.baselines.isEmpty());
    for (qreal baseline : std::as_const(mixed.baselines))
        QCOMPARE(baseline, mixed.ascent);
    for (qreal capHeight : std::as_const(mixed.capHeights))
        QVERIFY2(qAbs(capHeight - latin.capHeights.constFirst()) <= 0.05 * capHeight,
                 qPrintable(QStringLiteral("cap heights %1 and %2")
                                .arg(capHeight)
                                .arg(latin.capHeights.constFirst())));
}

void tst_ShopFonts::fieldsAndLabelsKeepOneBaseline()
{
    // Each text starts with the digit 1: its top is the cap height, its bottom the baseline.
    const QStringList texts{QStringLiteral("1 ") + latinText, QStringLiteral("1 ") + hangulText,
                            QStringLiteral("1 ") + mixedText};
    QWidget window;
    auto *grid = new QGridLayout(&window);
    QList<QWidget *> widgets;
    for (int row = 0; row < texts.size(); ++row) {
        auto *field = new QLineEdit(texts.at(row));
        field->setCursorPosition(0);
        field->setFocusPolicy(Qt::NoFocus); // no text cursor beside the digit
        auto *label = new QLabel(texts.at(row));
        grid->addWidget(field, row, 0);
        grid->addWidget(label, row, 1);
        widgets << field << label;
    }
    window.resize(600, 150);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage picture = window.grab().toImage();
    picture.save(m_out.filePath(QStringLiteral("fields.png")));

    QRect reference;
    for (QWidget *widget : std::as_const(widgets)) {
        const QRect one = firstGlyph(picture, widget->geometry().adjusted(3, 2, -3, -2))
                              .translated(-widget->geometry().topLeft());
        const QString text = qobject_cast<QLineEdit *>(widget)
                                 ? qobject_cast<QLineEdit *>(widget)->text()
                                 : qobject_cast<QLabel *>(widget)->text();
        QVERIFY2(!one.isNull(), qPrintable(text));
        if (reference.isNull())
            reference = one;
        // Every field and every label the same height puts its baseline on the same row.
        QVERIFY2(one.top() == reference.top() && one.bottom() == reference.bottom(),
                 qPrintable(QStringLiteral("%1 '%2': the digit 1 spans rows %3-%4, in the "
                                           "Latin field %5-%6")
                                .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                                .arg(one.top())
                                .arg(one.bottom())
                                .arg(reference.top())
                                .arg(reference.bottom())));
    }
}

void tst_ShopFonts::previewPutsTextWherePdfDoes()
{
    TestShop shop;
    shop.product(QStringLiteral("P001"), 12000, 100, QStringLiteral("감귤 Apple"));
    auto placed =
        shop.shop->orders.placeOrder({QStringLiteral("김하나 Kim"), QStringLiteral("010-1234-5678"),
                                      QStringLiteral("서울 강남구 Teheran-ro 152")},
                                     {{QStringLiteral("P001"), 2}});
    QVERIFY2(placed, placed ? "" : qPrintable(placed.error().message));
    QVERIFY(shop.shop->orders.payOrder(placed->order.orderId(), PaymentMethod::Card));
    const Result<SlipData> data = shop.shop->slips.slip(placed->order.orderId());
    QVERIFY(data);
    const SlipLayout slip(data.value(), SlipPage::A5, SlipLanguage::Korean);

    const QString pdf = m_out.filePath(QStringLiteral("slip.pdf"));
    QVERIFY(slip.writePdf(pdf));
    const QString pdfPicture = m_out.filePath(QStringLiteral("slip-pdf"));
    QCOMPARE(QProcess::execute(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-r"), QString::number(PictureDpi),
                                QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                QStringLiteral("1"), pdf, pdfPicture}),
             0);
    const QImage fromPdf(pdfPicture + QStringLiteral(".png"));
    QVERIFY(!fromPdf.isNull());

    // The preview as the Deliveries tab shows it: the slip painted on a QPrinter, shown at the
    // picture's resolution.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    QPrintPreviewWidget preview(&printer);
    connect(&preview, &QPrintPreviewWidget::paintRequested, &preview, [&slip](QPrinter *device) {
        if (slip.setUpDevice(*device))
            QVERIFY(slip.paint(*device));
    });
    preview.resize(fromPdf.width() + 300, fromPdf.height() + 300);
    preview.setZoomMode(QPrintPreviewWidget::CustomZoom);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.setZoomFactor(qreal(PictureDpi) / preview.logicalDpiY());
    preview.updatePreview();
    QCoreApplication::processEvents();
    QCOMPARE(preview.pageCount(), 1);
    const QImage grabbed = preview.grab().toImage();
    // The page is the white on the preview's grey.
    QRect page;
    for (int y = 0; y < grabbed.height(); ++y) {
        for (int x = 0; x < grabbed.width(); ++x) {
            if (grabbed.pixel(x, y) == qRgb(255, 255, 255))
                page |= QRect(x, y, 1, 1);
        }
    }
    QVERIFY2(qAbs(page.width() - fromPdf.width()) <= 1 &&
                 qAbs(page.height() - fromPdf.height()) <= 1,
             qPrintable(QStringLiteral("preview page %1, PDF page %2x%3")
                            .arg(describe(page))
                            .arg(fromPdf.width())
                            .arg(fromPdf.height())));
    const QImage fromPreview = grabbed.copy(QRect(page.topLeft(), fromPdf.size()));
    fromPreview.save(m_out.filePath(QStringLiteral("slip-preview.png")));

    // Each block of the first page, in both pictures: all its text, and its first glyph (on
    // the Korean slip the Hangul of a label such as 고객, or of the item's name 감귤).
    const qreal scale = qreal(PictureDpi) / printer.logicalDpiY();
    const QMarginsF margins = slip.pageLayout(printer).margins(QPageLayout::Inch);
    const QPointF origin(margins.left() * PictureDpi, margins.top() * PictureDpi);
    int compared = 0;
    for (const SlipBlock &block : slip.arrange(printer)) {
        if (block.page != 0)
            continue;
        const QRect band = QRectF(origin + block.rect.topLeft() * scale, block.rect.size() * scale)
                               .toAlignedRect();
        const QRect pdfText = darkBox(fromPdf, band);
        if (pdfText.isNull())
            continue; // a rule
        const QRect previewText = darkBox(fromPreview, band);
        QVERIFY2(near(previewText, pdfText, 2),
                 qPrintable(QStringLiteral("%1: text at %2 in the PDF, %3 in the preview")
                                .arg(block.name, describe(pdfText), describe(previewText))));
        const QRect pdfGlyph = firstGlyph(fromPdf, band);
        const QRect previewGlyph = firstGlyph(fromPreview, band);
        QVERIFY2(near(previewGlyph, pdfGlyph, 2),
                 qPrintable(QStringLiteral("%1: first glyph at %2 in the PDF, %3 in the preview")
                                .arg(block.name, describe(pdfGlyph), describe(previewGlyph))));
        ++compared;
    }
    QVERIFY2(compared >= 10, qPrintable(QString::number(compared)));

    // The text of the PDF stays searchable, digits after Latin letters too.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                             QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &expected :
         {placed->order.orderId(), QStringLiteral("D-") + placed->order.orderId(),
          QStringLiteral("김하나 Kim"), QStringLiteral("감귤 Apple"), QStringLiteral("P001"),
          QStringLiteral("24,000원"), QStringLiteral("Teheran-ro 152")})
        QVERIFY2(extracted.contains(expected),
                 qPrintable(expected + QStringLiteral(" in ") + extracted));
}

QTEST_MAIN(tst_ShopFonts)
#include "tst_shopfonts.moc"
