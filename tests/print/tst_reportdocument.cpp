// The printed report's writer (core/print/reportdocument.h) to a PDF through OutputFile, read
// back with pdftotext: the title, text, key/value rows and tables in Korean and English with
// their digits (a product id is Latin letters then digits), a long table going on over pages
// with its header repeated, page numbers at the feet, an empty table's word, a picture placed
// before the text after it, and cells too wide for the page cut with an ellipsis.
#include "outputfile.h"
#include "processrun.h"
#include "reportdocument.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShopDesk;
using ShopDesk::Testing::ProcessRun;
using ShopDesk::Testing::runProcess;

class tst_ReportDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textTablesAndPages();
    void emptyTableSaysSo();
    void pictureIsPlaced();
    void narrowPageCutsWideCells();

private:
    // Writes the document; the pages written, or -1.
    int write(const ReportDocument &document, const QString &path)
    {
        auto output = OutputFile::create(path, QStringLiteral("the report"));
        if (!output)
            return -1;
        const Result<int> pages = document.writePdf(*output.value());
        if (!pages || !output.value()->commit())
            return -1;
        return pages.value();
    }
    static QString pdfText(const QString &pdf, const QStringList &extra = {})
    {
        const ProcessRun tool =
            runProcess(QStringLiteral("pdftotext"),
                       extra + QStringList{QStringLiteral("-layout"), QStringLiteral("-enc"),
                                           QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                       {.timeoutMs = 120'000});
        return tool.exitCode == 0 ? QString::fromUtf8(tool.out) : QString();
    }

    QTemporaryDir m_dir;
};

void tst_ReportDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
}

void tst_ReportDocument::textTablesAndPages()
{
    ReportDocument document(QStringLiteral("마감 보고서 Z report T1-S0007"));
    document.setPageText(QStringLiteral("%1 of %2"));
    document.addText(QStringLiteral("근무 T1-S0007, 2026-03-04 09:00 to 18:00, 계산원 Kim"));
    document.addKeyValues({{QStringLiteral("순매출 Net sales"), QStringLiteral("₩1,234,500")},
                           {QStringLiteral("Orders"), QStringLiteral("42")}});
    document.addHeading(QStringLiteral("상품별 By product"));
    ReportDocument::Table table;
    table.title = QStringLiteral("주문 Orders");
    table.headers = {QStringLiteral("Order"), QStringLiteral("상품 Product"),
                     QStringLiteral("Amount")};
    table.rightAligned = {2};
    for (int i = 1; i <= 150; ++i) {
        table.rows << QStringList{QStringLiteral("T1-%1").arg(i, 6, 10, QLatin1Char('0')),
                                  QStringLiteral("사과 Apple %1").arg(i),
                                  QStringLiteral("₩%1").arg(i * 1000)};
    }
    document.addTable(table);
    const QString path = m_dir.filePath(QStringLiteral("z.pdf"));
    const int pages = write(document, path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

    const QString text = pdfText(path);
    for (const QString &expected :
         {QStringLiteral("마감 보고서 Z report T1-S0007"), QStringLiteral("계산원 Kim"),
          QStringLiteral("순매출 Net sales"), QStringLiteral("₩1,234,500"),
          QStringLiteral("상품별 By product"), QStringLiteral("T1-000001"),
          QStringLiteral("사과 Apple 150"), QStringLiteral("T1-000150"), QStringLiteral("₩150000"),
          QStringLiteral("1 of %1").arg(pages), QStringLiteral("%1 of %1").arg(pages)}) {
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(expected, text)));
    }
    // Every row once, in order; the header atop each page the table reaches.
    qsizetype from = 0;
    for (int i = 1; i <= 150; ++i) {
        const qsizetype at =
            text.indexOf(QStringLiteral("T1-%1").arg(i, 6, 10, QLatin1Char('0')), from);
        QVERIFY2(at >= 0, qPrintable(QString::number(i)));
        from = at;
    }
    const QString lastPage = pdfText(path, {QStringLiteral("-f"), QString::number(pages),
                                            QStringLiteral("-l"), QString::number(pages)});
    QVERIFY2(lastPage.contains(QStringLiteral("상품 Product")), qPrintable(lastPage));
    QVERIFY(text.count(QStringLiteral("상품 Product")) >= pages - 1);
}

void tst_ReportDocument::emptyTableSaysSo()
{
    ReportDocument document(QStringLiteral("Sales report"));
    document.addTable({QStringLiteral("Shifts"),
                       {QStringLiteral("Shift"), QStringLiteral("Difference")},
                       {},
                       {1},
                       QStringLiteral("No shift was opened in 2026-03-04.")});
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    QCOMPARE(write(document, path), 1);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("No shift was opened in 2026-03-04.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Difference")));
}

void tst_ReportDocument::pictureIsPlaced()
{
    QImage picture(400, 200, QImage::Format_RGB32);
    picture.fill(QColor(0x2e, 0x6d, 0xb4));
    ReportDocument document(QStringLiteral("Pictures"));
    document.addPicture(QStringLiteral("Net sales by day"), picture);
    document.addText(QStringLiteral("after the picture"));
    const QString path = m_dir.filePath(QStringLiteral("picture.pdf"));
    QCOMPARE(write(document, path), 1);
    const ProcessRun images =
        runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}, {});
    QCOMPARE(images.exitCode, 0);
    QVERIFY2(images.outText().contains(QStringLiteral("image")), qPrintable(images.outText()));
    const QString text = pdfText(path);
    QVERIFY(text.indexOf(QStringLiteral("Net sales by day")) <
            text.indexOf(QStringLiteral("after the picture")));
}

void tst_ReportDocument::narrowPageCutsWideCells()
{
    // Twelve wide columns cannot all fit A4: the narrow ones keep their width, the wide ones
    // are cut with an ellipsis, and nothing runs into its neighbour.
    ReportDocument::Table table;
    table.title = QStringLiteral("Wide");
    for (int c = 0; c < 12; ++c)
        table.headers << QStringLiteral("H%1").arg(c);
    QStringList row;
    for (int c = 0; c < 12; ++c)
        row << (c == 0 ? QStringLiteral("ID7") : QString(40, QLatin1Char('x')));
    table.rows << row;
    ReportDocument document(QStringLiteral("Wide"));
    document.addTable(table);
    const QString path = m_dir.filePath(QStringLiteral("wide.pdf"));
    QCOMPARE(write(document, path), 1);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("ID7")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("…")), qPrintable(text));
    QVERIFY(!text.contains(QString(40, QLatin1Char('x'))));
}

QTEST_MAIN(tst_ReportDocument)
#include "tst_reportdocument.moc"
