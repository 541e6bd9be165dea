#pragma once

#include "sliplayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QTextLayout>

#include <array>
#include <functional>
#include <memory>

// The parts of SlipLayout that measure and compose a slip: its page sizes, its blocks and
// the composer that places them on pages; the receipt (receiptlayout.cpp) is built from the
// same page sizes, paragraphs and blocks. Private to core/print.
namespace ShopDesk::SlipComposing {

struct PageSpec
{
    SlipPage page;
    const char16_t *name;
    QPageSize::PageSizeId sizeId; // Custom for the roll
    qreal widthMm;
    qreal marginMm;
    qreal basePt;
    qreal smallPt;
    qreal shopPt;
    qreal titlePt;
    qreal totalPt;
    qreal qrMm;
};

inline constexpr std::array<PageSpec, 3> pageSpecs{{
    {SlipPage::A4, u"a4", QPageSize::A4, 210, 15, 10.5, 8.5, 15, 22, 13, 32},
    {SlipPage::A5, u"a5", QPageSize::A5, 148, 10, 9, 7.5, 12, 17, 11, 26},
    {SlipPage::Roll80, u"roll80", QPageSize::Custom, 80, 4, 8.5, 7, 11, 14, 10.5, 30},
}};

const PageSpec &specOf(SlipPage page);

inline constexpr qreal MmPerInch = 25.4;
// Extra paper at the end of the roll, so that a printer's rounding never cuts the last line.
inline constexpr qreal RollSlackMm = 3;

inline const QColor ink(0, 0, 0);
inline const QColor secondaryInk(0x55, 0x55, 0x55);
inline const QColor ruleInk(0x80, 0x80, 0x80);
inline const QColor lightRuleInk(0xc8, 0xc8, 0xc8);
inline const QColor markInk(0xc0, 0x10, 0x10);

// Text laid out once for one width: wrapped at word boundaries, or anywhere in a word that
// is wider than the width, so it never runs out of its column. Cheap to copy.
class Paragraph
{
public:
    Paragraph() = default;
    Paragraph(const QString &text, const QFont &font, qreal width, const QPaintDevice &device,
              Qt::Alignment alignment)
        : m_layout(std::make_shared<QTextLayout>(text, font, &device))
        , m_width(width)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        m_layout->setCacheEnabled(true);
        m_layout->beginLayout();
        for (;;) {
            QTextLine line = m_layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            if (m_height == 0)
                m_ascent = line.ascent();
            m_height += line.height();
            m_naturalWidth = qMax(m_naturalWidth, line.naturalTextWidth());
        }
        m_layout->endLayout();
    }

    qreal height() const { return m_height; }
    qreal width() const { return m_width; }
    qreal naturalWidth() const { return m_naturalWidth; }
    // Of the first line: paragraphs side by side share their first baseline.
    qreal ascent() const { return m_ascent; }

    void draw(QPainter &painter, const QPointF &at, const QColor &color = ink) const
    {
        if (!m_layout)
            return;
        painter.setPen(color);
        m_layout->draw(&painter, at);
    }

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
    qreal m_ascent = 0;
};

using PaintBlock = std::function<void(QPainter &, const QPointF &)>;

// One piece of the slip that is never split across pages.
struct Block
{
    QString name;
    qreal height = 0;
    qreal spaceBefore = 0;
    bool keepWithNext = false;
    bool itemRow = false; // a page break before it repeats the item table's head
    PaintBlock paint;
};

// A grey line `thickness` thick across `width`, in a block `height` high.
Block ruleBlock(const QString &name, qreal height, qreal spaceBefore, qreal thickness, qreal width);

// One entry of a label table: a label's words in Korean and in English.
template<typename Label> struct LabelText
{
    Label label;
    const char16_t *korean;
    const char16_t *english;
};

// The label's words in the language, from its table (every label has its entry).
template<typename Label, std::size_t N>
QString labelIn(const std::array<LabelText<Label>, N> &table, Label label, SlipLanguage language)
{
    for (const LabelText<Label> &entry : table) {
        if (entry.label == label)
            return QString::fromUtf16(language == SlipLanguage::Korean ? entry.korean
                                                                       : entry.english);
    }
    Q_UNREACHABLE();
    return QString();
}

struct Placed
{
    Block block;
    qreal y = 0;
};

using Pages = QList<QList<Placed>>;

class Composer
{
public:
    Composer(const SlipLayout &slip, const QPaintDevice &device, qreal width);

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / MmPerInch; }
    qreal footerHeight() const;
    Block footer(int page, int pages, qreal contentHeight) const;
    // Places the blocks on pages of the given content height (infinite for the roll).
    Pages paginate(qreal pageHeight) const;
    void paintCancelledMarks(QPainter &painter, const QRectF &area) const;

private:
    QString text(SlipLabel label) const { return SlipLayout::label(label, m_language); }
    // Won as the shop writes them (12,000원 / KRW 12,000); another currency as its code and
    // the amount with that currency's decimals (USD 120.05).
    QString money(Money amount) const
    {
        const Currency currency =
            Currency::find(m_data.shop.currency).value_or(Currency::defaultCurrency());
        if (currency.code == QLatin1StringView("KRW"))
            return text(SlipLabel::Money).arg(m_locale.toString(amount));
        return currency.code + QChar(0x00a0) +
               m_locale.toString(double(amount) / double(currency.unit()), 'f', currency.decimals);
    }
    static QString time(const QDateTime &at)
    {
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : QStringLiteral("-");
    }
    Paragraph paragraph(const QString &text, const QFont &font, qreal width,
                        Qt::Alignment alignment = Qt::AlignLeft) const;
    qreal textWidth(const QString &text, const QFont &font) const
    {
        return QFontMetricsF(font, &m_device).horizontalAdvance(text);
    }
    QString paymentText() const;
    QString statusText() const;

    Block rule(const QString &name, qreal spaceBefore) const;
    // A label in the left column and its value wrapped in the right one.
    Block infoRow(const QString &name, SlipLabel label, const QString &value, bool strong) const;
    void addHeader();
    void addInfo();
    void addItemsOnPage();
    void addItemsOnRoll();
    void addTotals();
    void addRollQrCode();

    const SlipData &m_data;
    const PageSpec &m_spec;
    SlipLanguage m_language;
    const QPaintDevice &m_device;
    qreal m_dpi;
    qreal m_width;
    QLocale m_locale;
    QFont m_base;
    QFont m_baseBold;
    QFont m_small;
    QFont m_smallBold;
    qreal m_labelWidth = 0;
    QList<Block> m_blocks;
    Block m_tableHead;
    Block m_continuation;
};

QPageLayout layoutWithHeight(const PageSpec &spec, qreal heightMm);

} // namespace ShopDesk::SlipComposing
