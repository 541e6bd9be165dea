#pragma once

#include "result.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

class QPagedPaintDevice;

namespace ShopDesk {

class OutputFile;

// A printed report on A4 (the Reports tab's PDF, a shift's closing report): a title, then
// blocks one under the other: headings, lines of text, key/value rows, pictures (a chart) and
// tables of headers and rows. The caller gives every text in the language it wants, already
// formatted; the document only lays it out. A table taller than a page goes on over the next
// pages with its header repeated; a cell too wide for its column is cut with an ellipsis.
// Every page carries the title and "page / pages" at its foot. Needs a QGuiApplication for
// its fonts (the shop's, core/print/shopfonts.h).
class ReportDocument
{
public:
    struct Heading
    {
        QString text;
    };
    struct Text
    {
        QString text; // wrapped at the page's width
    };
    struct KeyValues
    {
        QList<std::pair<QString, QString>> rows;
    };
    struct Picture
    {
        QString caption;
        QImage image; // as wide as the page at most, its proportions kept
    };
    struct Table
    {
        QString title;
        QStringList headers;
        QList<QStringList> rows;
        QList<int> rightAligned; // the columns of figures
        QString emptyText;       // printed instead of the rows when there are none
    };
    using Block = std::variant<Heading, Text, KeyValues, Picture, Table>;

    explicit ReportDocument(QString title = {});

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    // The foot of each page reads the title, then the page's number and the count of pages
    // by this pattern ("%1 / %2" unless set: "%1 of %2", "%1 / %2쪽").
    QString pageText() const { return m_pageText; }
    void setPageText(const QString &pageText) { m_pageText = pageText; }

    void addHeading(const QString &text);
    void addText(const QString &text);
    void addKeyValues(const QList<std::pair<QString, QString>> &rows);
    void addPicture(const QString &caption, const QImage &image);
    void addTable(const Table &table);
    const QList<Block> &blocks() const { return m_blocks; }

    // Paints the document on the device, A4 portrait with 15 mm margins; returns the pages.
    Result<int> paint(QPagedPaintDevice &device) const;
    // Writes it as a PDF to output (commit() is the caller's); returns the pages.
    Result<int> writePdf(OutputFile &output) const;

private:
    QString m_title;
    QString m_pageText = QStringLiteral("%1 / %2");
    QList<Block> m_blocks;
};

} // namespace ShopDesk
