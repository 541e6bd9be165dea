#include "reportdocument.h"

#include "outputfile.h"
#include "shopfonts.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace ShopDesk {

namespace {

constexpr qreal MmPerInch = 25.4;
constexpr qreal MarginMm = 15;
constexpr qreal TitlePt = 16;
constexpr qreal HeadingPt = 12;
constexpr qreal TextPt = 10;
constexpr qreal TablePt = 8.5;
constexpr qreal FooterPt = 8;
// A picture takes at most this share of a page's height, so that a chart and its caption
// leave room for what follows.
constexpr qreal PictureShare = 0.42;

bool haveFonts()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

// One pass over the blocks: the first only counts pages (no painter), the second paints them
// with the count known for the feet.
class Composer
{
public:
    Composer(const ReportDocument &document, QPagedPaintDevice &device, QPainter *painter,
             int pages)
        : m_document(document)
        , m_device(device)
        , m_painter(painter)
        , m_pages(pages)
        , m_width(device.width())
        , m_mm(device.logicalDpiY() / MmPerInch)
    {
        const QFontMetricsF foot(font(FooterPt), &m_device);
        m_bottom = device.height() - foot.height() - 3 * m_mm;
    }

    // Lays out every block; returns the pages used.
    int run()
    {
        m_page = 1;
        m_y = 0;
        title();
        for (const ReportDocument::Block &block : m_document.blocks()) {
            std::visit([this](const auto &b) { add(b); }, block);
        }
        footer();
        return m_page;
    }

private:
    static QFont font(qreal points, bool bold = false) { return ShopFonts::font(points, bold); }

    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_device); }

    void newPage()
    {
        footer();
        if (m_painter)
            m_device.newPage();
        ++m_page;
        m_y = 0;
    }

    // Starts a new page unless height fits below the current line (on a fresh page it must).
    void ensureRoom(qreal height)
    {
        if (m_y > 0 && m_y + height > m_bottom)
            newPage();
    }

    void footer()
    {
        if (!m_painter)
            return;
        const QFont f = font(FooterPt);
        m_painter->setFont(f);
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        const qreal height = metrics(f).height();
        const QRectF foot(0, m_device.height() - height, m_width, height);
        m_painter->drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_document.title());
        m_painter->drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                            m_document.pageText().arg(m_page).arg(m_pages));
        m_painter->setPen(Qt::black);
    }

    void drawText(const QRectF &rect, int flags, const QString &text, const QFont &f,
                  const QColor &colour = Qt::black)
    {
        if (!m_painter)
            return;
        m_painter->setFont(f);
        m_painter->setPen(colour);
        m_painter->drawText(rect, flags, text);
    }

    void title()
    {
        if (m_document.title().isEmpty())
            return;
        const QFont f = font(TitlePt, true);
        const QRectF bounds = metrics(f).boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap,
                                                      m_document.title());
        drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, m_document.title(), f);
        m_y += bounds.height() + 1.5 * m_mm;
        if (m_painter) {
            m_painter->setPen(QPen(Qt::black, 0.4 * m_mm));
            m_painter->drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        }
        m_y += 3 * m_mm;
    }

    void heading(const QString &text, qreal keepBelow)
    {
        const QFont f = font(HeadingPt, true);
        const qreal height = metrics(f).height();
        ensureRoom(2 * m_mm + height + keepBelow);
        if (m_y > 0)
            m_y += 2 * m_mm;
        drawText(QRectF(0, m_y, m_width, height), Qt::AlignLeft | Qt::AlignVCenter,
                 metrics(f).elidedText(text, Qt::ElideRight, m_width), f);
        m_y += height + 1.5 * m_mm;
    }

    void add(const ReportDocument::Heading &h)
    {
        heading(h.text, 2 * metrics(font(TextPt)).height());
    }

    void add(const ReportDocument::Text &t)
    {
        const QFont f = font(TextPt);
        const QRectF bounds =
            metrics(f).boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, t.text);
        ensureRoom(bounds.height());
        drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, t.text, f);
        m_y += bounds.height() + 1 * m_mm;
    }

    void add(const ReportDocument::KeyValues &kv)
    {
        const QFont keyFont = font(TextPt);
        const QFont valueFont = font(TextPt, true);
        const QFontMetricsF keys = metrics(keyFont);
        qreal keyWidth = 0;
        for (const auto &[key, value] : kv.rows)
            keyWidth = std::max(keyWidth, keys.horizontalAdvance(key));
        keyWidth = std::min(keyWidth + 6 * m_mm, m_width / 2);
        const qreal line = keys.height() * 1.35;
        for (const auto &[key, value] : kv.rows) {
            ensureRoom(line);
            drawText(QRectF(0, m_y, keyWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                     keys.elidedText(key, Qt::ElideRight, keyWidth - 2 * m_mm), keyFont);
            drawText(QRectF(keyWidth, m_y, m_width - keyWidth, line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics(valueFont).elidedText(value, Qt::ElideRight, m_width - keyWidth),
                     valueFont);
            m_y += line;
        }
        m_y += 1 * m_mm;
    }

    void add(const ReportDocument::Picture &p)
    {
        if (p.image.isNull() || p.image.width() <= 0 || p.image.height() <= 0)
            return;
        const qreal pageHeight = m_bottom;
        qreal width = m_width;
        qreal height = width * p.image.height() / p.image.width();
        if (height > pageHeight * PictureShare) {
            height = pageHeight * PictureShare;
            width = height * p.image.width() / p.image.height();
        }
        if (!p.caption.isEmpty())
            heading(p.caption, height);
        else
            ensureRoom(height);
        if (m_painter)
            m_painter->drawImage(QRectF((m_width - width) / 2, m_y, width, height), p.image);
        m_y += height + 2 * m_mm;
    }

    // Each column as wide as its widest text, the page's width shared fairly when they do not
    // all fit (a narrow column keeps its width, the wide ones share the rest), any spare width
    // spread over them all.
    QList<qreal> columnWidths(const ReportDocument::Table &t, const QFontMetricsF &body,
                              const QFontMetricsF &head, qreal pad) const
    {
        const qsizetype n = t.headers.size();
        QList<qreal> natural(n, 0);
        for (qsizetype c = 0; c < n; ++c) {
            natural[c] = head.horizontalAdvance(t.headers[c]);
            for (const QStringList &row : t.rows) {
                if (c < row.size())
                    natural[c] = std::max(natural[c], body.horizontalAdvance(row[c]));
            }
            natural[c] += 2 * pad;
        }
        qreal total = 0;
        for (qreal w : natural)
            total += w;
        QList<qreal> widths = natural;
        if (total <= m_width) {
            const qreal spare = (m_width - total) / qreal(std::max<qsizetype>(n, 1));
            for (qreal &w : widths)
                w += spare;
            return widths;
        }
        QList<bool> fixed(n, false);
        qreal left = m_width;
        qsizetype open = n;
        // Each round fixes at least one more column or stops: at most n rounds.
        for (qsizetype round = 0; round < n && open > 0; ++round) {
            const qreal share = left / qreal(open);
            bool changed = false;
            for (qsizetype c = 0; c < n; ++c) {
                if (!fixed[c] && natural[c] <= share) {
                    fixed[c] = true;
                    left -= natural[c];
                    --open;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        const qreal share = open > 0 ? left / qreal(open) : 0;
        for (qsizetype c = 0; c < n; ++c)
            widths[c] = fixed[c] ? natural[c] : share;
        return widths;
    }

    void tableRow(const QStringList &cells, const QList<qreal> &widths, const QList<int> &right,
                  const QFont &f, qreal height, qreal pad, bool header, bool shaded)
    {
        if (!m_painter)
            return;
        if (header || shaded) {
            m_painter->fillRect(QRectF(0, m_y, m_width, height),
                                header ? QColor(0xdd, 0xe3, 0xea) : QColor(0xf4, 0xf6, 0xf8));
        }
        const QFontMetricsF fm = metrics(f);
        qreal x = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString text = c < cells.size() ? cells[c] : QString();
            const int align =
                (right.contains(int(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            drawText(QRectF(x + pad, m_y, widths[c] - 2 * pad, height), align,
                     fm.elidedText(text, Qt::ElideRight, widths[c] - 2 * pad), f);
            x += widths[c];
        }
    }

    void add(const ReportDocument::Table &t)
    {
        const QFont body = font(TablePt);
        const QFont head = font(TablePt, true);
        const qreal pad = 1.2 * m_mm;
        const qreal line = metrics(body).height() * 1.45;
        const int firstRows = int(std::min<qsizetype>(t.rows.size(), 3));
        if (!t.title.isEmpty())
            heading(t.title, line * (1 + std::max(firstRows, 1)));
        if (t.headers.isEmpty())
            return;
        const QList<qreal> widths = columnWidths(t, metrics(body), metrics(head), pad);
        ensureRoom(line * (1 + std::max(firstRows, 1)));
        tableRow(t.headers, widths, t.rightAligned, head, line, pad, true, false);
        m_y += line;
        if (t.rows.isEmpty()) {
            drawText(QRectF(pad, m_y, m_width - 2 * pad, line), Qt::AlignLeft | Qt::AlignVCenter,
                     t.emptyText, body, QColor(0x55, 0x55, 0x55));
            m_y += line;
        }
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            if (m_y + line > m_bottom) {
                newPage();
                tableRow(t.headers, widths, t.rightAligned, head, line, pad, true, false);
                m_y += line;
            }
            tableRow(t.rows[r], widths, t.rightAligned, body, line, pad, false, r % 2 == 1);
            m_y += line;
        }
        m_y += 2 * m_mm;
    }

    const ReportDocument &m_document;
    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    int m_pages;
    qreal m_width;
    qreal m_mm;
    qreal m_bottom = 0;
    int m_page = 1;
    qreal m_y = 0;
};

} // namespace

ReportDocument::ReportDocument(QString title)
    : m_title(std::move(title))
{}

void ReportDocument::addHeading(const QString &text)
{
    m_blocks.append(Heading{text});
}

void ReportDocument::addText(const QString &text)
{
    m_blocks.append(Text{text});
}

void ReportDocument::addKeyValues(const QList<std::pair<QString, QString>> &rows)
{
    m_blocks.append(KeyValues{rows});
}

void ReportDocument::addPicture(const QString &caption, const QImage &image)
{
    m_blocks.append(Picture{caption, image});
}

void ReportDocument::addTable(const Table &table)
{
    m_blocks.append(table);
}

Result<int> ReportDocument::paint(QPagedPaintDevice &device) const
{
    if (!haveFonts()) {
        return Error::storage(QStringLiteral("cannot paint the report: text needs a "
                                             "QGuiApplication (see createHeadlessApplication())"));
    }
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                             QPageLayout::Millimeter);
    if (!device.setPageLayout(layout)) {
        return Error::storage(QStringLiteral("cannot paint the report: the page size was refused"),
                              {{QStringLiteral("reason"), QStringLiteral("pageSizeRefused")}});
    }
    Composer counting(*this, device, nullptr, 0);
    const int pages = counting.run();
    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(QStringLiteral("cannot paint the report: the device did not open"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    Composer painting(*this, device, &painter, pages);
    const int painted = painting.run();
    if (!painter.end())
        return Error::storage(QStringLiteral("cannot paint the report: the device failed"));
    return painted;
}

Result<int> ReportDocument::writePdf(OutputFile &output) const
{
    QPdfWriter writer(&output.device());
    writer.setCreator(QStringLiteral("ShopDesk"));
    writer.setTitle(m_title);
    writer.setResolution(300);
    const Result<int> pages = paint(writer);
    if (!pages) {
        Error error = pages.error();
        error.details.insert(QStringLiteral("file"), output.path());
        return error;
    }
    return pages;
}

} // namespace ShopDesk
