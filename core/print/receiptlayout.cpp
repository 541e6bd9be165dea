#include "receiptlayout.h"

#include "outputfile.h"
#include "qrcode.h"
#include "receiptcontent.h"
#include "shopfonts.h"
#include "slipcomposer.h"

#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <array>
#include <cmath>
#include <limits>

namespace ShopDesk {

using namespace SlipComposing;

namespace {

constexpr std::array<LabelText<ReceiptLabel>, 40> labelTable{{
    {ReceiptLabel::Title, u"영수증", u"RECEIPT"},
    {ReceiptLabel::RefundTitle, u"환불 영수증", u"REFUND RECEIPT"},
    {ReceiptLabel::Reprint, u"재발행 (%1번째 출력)", u"REPRINT (copy %1)"},
    {ReceiptLabel::BusinessNumber, u"사업자등록번호 %1", u"Business reg. no. %1"},
    {ReceiptLabel::Representative, u"대표 %1", u"Representative %1"},
    {ReceiptLabel::ShopPhone, u"전화 %1", u"Tel. %1"},
    {ReceiptLabel::Date, u"거래 일시", u"Date"},
    {ReceiptLabel::OrderId, u"주문 번호", u"Order ID"},
    {ReceiptLabel::Terminal, u"단말기", u"Terminal"},
    {ReceiptLabel::Clerk, u"담당", u"Clerk"},
    {ReceiptLabel::PrintedAt, u"출력 일시", u"Printed"},
    {ReceiptLabel::ReturnNo, u"반품 번호", u"Return no."},
    {ReceiptLabel::Reason, u"사유", u"Reason"},
    {ReceiptLabel::Item, u"상품 · 수량 × 단가", u"Item · qty × unit price"},
    {ReceiptLabel::Amount, u"금액", u"Amount"},
    {ReceiptLabel::LineDiscount, u"할인 %1", u"Discount %1"},
    {ReceiptLabel::OrderDiscount, u"주문 할인 %1", u"Order discount %1"},
    {ReceiptLabel::Taxable, u"과세 물품가액", u"Taxable amount"},
    {ReceiptLabel::Supply, u"공급가액", u"Supply value"},
    {ReceiptLabel::Vat, u"부가세", u"VAT"},
    {ReceiptLabel::Exempt, u"면세 물품가액", u"Tax-exempt amount"},
    {ReceiptLabel::Total, u"합계", u"Total"},
    {ReceiptLabel::RefundTotal, u"환불 합계", u"Refund total"},
    {ReceiptLabel::Payments, u"결제 내역", u"Payments"},
    {ReceiptLabel::Refunds, u"환불 내역", u"Refunds"},
    {ReceiptLabel::Cash, u"현금", u"Cash"},
    {ReceiptLabel::Card, u"카드", u"Card"},
    {ReceiptLabel::CardOf, u"카드 (%1)", u"Card (%1)"},
    {ReceiptLabel::CardNumber, u"카드 번호", u"Card number"},
    {ReceiptLabel::Approval, u"승인 번호", u"Approval no."},
    {ReceiptLabel::Instalments, u"할부", u"Instalments"},
    {ReceiptLabel::SinglePayment, u"일시불", u"single payment"},
    {ReceiptLabel::Months, u"%1개월", u"%1 months"},
    {ReceiptLabel::Tendered, u"받은 금액", u"Tendered"},
    {ReceiptLabel::Change, u"거스름돈", u"Change"},
    {ReceiptLabel::CashReceipt, u"현금영수증 (%1)", u"Cash receipt (%1)"},
    {ReceiptLabel::Deduction, u"소득공제", u"deduction"},
    {ReceiptLabel::Proof, u"지출증빙", u"proof"},
    {ReceiptLabel::Money, u"%1원", u"KRW\u00a0%1"},
    {ReceiptLabel::ThankYou, u"감사합니다", u"Thank you"},
}};

bool haveFonts()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

// Lays a receipt's rows (receiptcontent.h) out as blocks one under the other, with the
// slip's paragraphs and rules.
class ReceiptComposer
{
public:
    ReceiptComposer(const ReceiptLayout &receipt, const QPaintDevice &device, qreal width)
        : m_data(receipt.data())
        , m_spec(specOf(receipt.page()))
        , m_device(device)
        , m_dpi(device.logicalDpiY())
        , m_width(width)
        , m_base(ShopFonts::font(m_spec.basePt))
        , m_baseBold(ShopFonts::font(m_spec.basePt, true))
        , m_small(ShopFonts::font(m_spec.smallPt))
        , m_language(receipt.language())
    {
        const Result<ReceiptContent> content =
            ReceiptContent::build(receipt.data(), receipt.language());
        if (!content) {
            m_error = content.error();
            return;
        }
        for (const ReceiptPart &part : content->parts()) {
            if (part.name == QLatin1StringView("header")) {
                addHeader(part.rows);
            } else if (part.twoColumns) {
                sideBySide(
                    part.name, [&] { addRows(part.rows); }, [&] { addRows(part.beside); });
            } else {
                addRows(part.rows);
                addRows(part.beside);
            }
        }
    }

    const std::optional<Error> &error() const { return m_error; }

    // Places the blocks on pages of the given content height (infinite for the roll). A receipt
    // longer than a page says on each page after the first whose receipt it continues, and
    // every page of it ends with the order id and "page / pages".
    Pages paginate(qreal pageHeight) const
    {
        const bool paged = pageHeight < std::numeric_limits<qreal>::infinity();
        const qreal footHeight = paged ? footer(0, 1, pageHeight).height + mm(2) : 0;
        const Block head = continuation();
        Pages pages(1);
        qreal y = 0;
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            const Block &block = m_blocks.at(i);
            const qreal space = pages.last().isEmpty() ? 0 : block.spaceBefore;
            // A product's name goes to the next page with its quantity and amount.
            qreal needed = block.height;
            if (block.keepWithNext && i + 1 < m_blocks.size())
                needed += m_blocks.at(i + 1).spaceBefore + m_blocks.at(i + 1).height;
            if (!pages.last().isEmpty() && y + space + needed > pageHeight - footHeight) {
                pages.append(QList<Placed>{{head, 0}});
                y = head.height;
            }
            y += pages.last().isEmpty() ? 0 : block.spaceBefore;
            pages.last().append({block, y});
            y += block.height;
        }
        if (pages.size() > 1) {
            for (int page = 0; page < pages.size(); ++page) {
                const Block foot = footer(page, int(pages.size()), pageHeight);
                pages[page].append({foot, pageHeight - foot.height});
            }
        }
        return pages;
    }

private:
    bool roll() const { return m_spec.page == SlipPage::Roll80; }

    // Atop the pages after the first: "영수증 (계속)  T1-000001".
    Block continuation() const
    {
        const QString title = ReceiptLayout::label(
            m_data.isRefund() ? ReceiptLabel::RefundTitle : ReceiptLabel::Title, m_language);
        const Paragraph text =
            paragraph(SlipLayout::label(SlipLabel::Continued, m_language).arg(title) +
                          QStringLiteral("  ") + m_data.orderId(),
                      m_baseBold, m_width);
        return {QStringLiteral("continuation"),
                text.height() + mm(2),
                0,
                false,
                false,
                [text](QPainter &painter, const QPointF &at) { text.draw(painter, at, ink); }};
    }

    // At the foot of each page of a receipt longer than one: "T1-000001 · 2 / 4".
    Block footer(int page, int pages, qreal) const
    {
        const Paragraph text = paragraph(
            m_data.orderId() + QStringLiteral(" · ") +
                SlipLayout::label(SlipLabel::PageNumber, m_language).arg(page + 1).arg(pages),
            m_small, m_width, Qt::AlignRight);
        return {
            QStringLiteral("footer"),
            text.height(),
            0,
            false,
            false,
            [text](QPainter &painter, const QPointF &at) { text.draw(painter, at, secondaryInk); }};
    }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / MmPerInch; }
    Paragraph paragraph(const QString &text, const QFont &font, qreal width,
                        Qt::Alignment alignment = Qt::AlignLeft) const
    {
        return Paragraph(text, font, qMax(width, mm(5)), m_device, alignment);
    }
    qreal textWidth(const QString &text, const QFont &font) const
    {
        return QFontMetricsF(font, &m_device).horizontalAdvance(text);
    }

    Block rule(const QString &name, qreal spaceBefore) const
    {
        return ruleBlock(name, mm(1), spaceBefore, mm(0.3), m_width);
    }

    // A text on the left and an amount (or value) on the right, on one baseline; the left
    // wraps within what the right leaves it.
    Block row(const QString &name, const QString &left, const QString &right, const QFont &font,
              const QColor &color = ink, qreal spaceBefore = -1, qreal indent = 0) const
    {
        // Never narrower than paragraph() makes it, or a short value would cross the margin.
        const qreal rightWidth =
            qBound(mm(5), textWidth(right, font) + mm(0.5), (m_width - indent) * 0.6);
        const Paragraph l = paragraph(left, font, m_width - indent - rightWidth - mm(2));
        const Paragraph r = paragraph(right, font, rightWidth, Qt::AlignRight);
        const qreal rightX = m_width - rightWidth;
        const qreal baseline = qMax(l.ascent(), r.ascent());
        const qreal leftY = baseline - l.ascent();
        const qreal rightY = baseline - r.ascent();
        return {name,
                qMax(leftY + l.height(), rightY + r.height()),
                spaceBefore < 0 ? mm(0.6) : spaceBefore,
                false,
                false,
                [=](QPainter &painter, const QPointF &at) {
                    l.draw(painter, at + QPointF(indent, leftY), color);
                    r.draw(painter, at + QPointF(rightX, rightY), color);
                }};
    }

    Block centred(const QString &name, const QString &value, const QFont &font, const QColor &color,
                  qreal spaceBefore) const
    {
        const Paragraph p = paragraph(value, font, m_width, Qt::AlignHCenter);
        return {name,
                p.height(),
                spaceBefore,
                false,
                false,
                [p, color](QPainter &painter, const QPointF &at) { p.draw(painter, at, color); }};
    }

    // What left and right add, one after the other on the roll; on a page side by side in two
    // columns, as one block, so that a short receipt fits one page.
    void sideBySide(const QString &name, const std::function<void()> &left,
                    const std::function<void()> &right)
    {
        if (roll()) {
            left();
            right();
            return;
        }
        const qreal full = m_width;
        const qreal gap = mm(8);
        const qreal columnWidth = (full - gap) / 2;
        QList<Block> page;
        std::swap(page, m_blocks);
        m_width = columnWidth;
        left();
        QList<Block> leftBlocks;
        std::swap(leftBlocks, m_blocks);
        right();
        QList<Block> rightBlocks;
        std::swap(rightBlocks, m_blocks);
        m_width = full;
        std::swap(page, m_blocks);
        auto stack = [](const QList<Block> &blocks, QList<Placed> &placed) {
            qreal y = 0;
            for (const Block &block : blocks) {
                if (!placed.isEmpty())
                    y += block.spaceBefore;
                placed.append({block, y});
                y += block.height;
            }
            return y;
        };
        QList<Placed> leftPlaced;
        QList<Placed> rightPlaced;
        const qreal height = qMax(stack(leftBlocks, leftPlaced), stack(rightBlocks, rightPlaced));
        const qreal spaceBefore = qMax(leftBlocks.isEmpty() ? 0 : leftBlocks.first().spaceBefore,
                                       rightBlocks.isEmpty() ? 0 : rightBlocks.first().spaceBefore);
        const qreal rightX = columnWidth + gap;
        m_blocks.append(
            {name, height, spaceBefore, false, false, [=](QPainter &painter, const QPointF &at) {
                 for (const Placed &placed : leftPlaced)
                     placed.block.paint(painter, at + QPointF(0, placed.y));
                 for (const Placed &placed : rightPlaced)
                     placed.block.paint(painter, at + QPointF(rightX, placed.y));
             }});
    }

    // The roll centres the shop and puts its QR code at the end; a page has the room to put
    // the QR code beside the shop, as the slip does.
    void addHeader(const QList<ReceiptRow> &rows)
    {
        const QFont shopFont = ShopFonts::font(m_spec.shopPt, true);
        QList<ReceiptRow> rest;
        QList<ReceiptRow> shop;
        for (const ReceiptRow &row : rows) {
            if (row.kind == ReceiptRowKind::Shop || row.kind == ReceiptRowKind::ShopDetail)
                shop.append(row);
            else
                rest.append(row);
        }
        if (roll()) {
            for (const ReceiptRow &row : std::as_const(shop)) {
                m_blocks.append(row.kind == ReceiptRowKind::Shop
                                    ? centred(row.name, row.left, shopFont, ink, 0)
                                    : centred(row.name, row.left, m_small, secondaryInk, mm(0.5)));
            }
        } else {
            const qreal qrSize = mm(m_spec.qrMm);
            const qreal left = m_width - qrSize - mm(5);
            struct Line
            {
                Paragraph text;
                QColor color;
                qreal y;
            };
            QList<Line> lines;
            qreal y = 0;
            for (const ReceiptRow &row : std::as_const(shop)) {
                const bool name = row.kind == ReceiptRowKind::Shop;
                if (!lines.isEmpty() || !name)
                    y += mm(0.5);
                lines.append({paragraph(row.left, name ? shopFont : m_small, left),
                              name ? ink : secondaryInk, y});
                y += lines.last().text.height();
            }
            const QrCode code = QrCode::encode(m_data.orderId());
            const Paragraph caption =
                paragraph(m_data.orderId(), m_small, qrSize, Qt::AlignHCenter);
            const qreal captionY = qrSize + mm(1);
            const qreal qrX = m_width - qrSize;
            const qreal height = qMax(y, captionY + caption.height());
            m_blocks.append({QStringLiteral("shop"), height, 0, false, false,
                             [=](QPainter &painter, const QPointF &at) {
                                 for (const Line &line : lines)
                                     line.text.draw(painter, at + QPointF(0, line.y), line.color);
                                 code.paint(painter,
                                            QRectF(at + QPointF(qrX, 0), QSizeF(qrSize, qrSize)));
                                 caption.draw(painter, at + QPointF(qrX, captionY), secondaryInk);
                             }});
        }
        addRows(rest);
    }

    // A framed badge under the title, as on the slip.
    Block reprintBadge(const ReceiptRow &row) const
    {
        const qreal padding = mm(1.2);
        const Paragraph badge = paragraph(row.left, m_baseBold, m_width - 2 * padding);
        const qreal boxWidth = qMin(badge.naturalWidth() + 2 * padding + mm(0.5), m_width);
        const QRectF box((m_width - boxWidth) / 2, 0, boxWidth, badge.height() + 2 * padding);
        const qreal frame = mm(0.3);
        return {row.name,
                box.height(),
                mm(1.5),
                false,
                false,
                [=](QPainter &painter, const QPointF &at) {
                    painter.setPen(QPen(ink, frame));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(
                        box.translated(at).adjusted(frame / 2, frame / 2, -frame / 2, -frame / 2));
                    badge.draw(painter, at + QPointF(box.left() + padding, padding));
                }};
    }

    void addQrCode(const ReceiptRow &row)
    {
        if (!roll())
            return; // beside the shop
        const qreal size = mm(qMin<qreal>(m_spec.qrMm, 26));
        const QrCode code = QrCode::encode(row.left);
        const Paragraph caption = paragraph(row.left, m_small, m_width, Qt::AlignHCenter);
        const qreal x = (m_width - size) / 2;
        const qreal gap = mm(1);
        m_blocks.append(rule(QStringLiteral("qr code rule"), mm(3)));
        m_blocks.append({row.name, size + gap + caption.height(), mm(2), false, false,
                         [=](QPainter &painter, const QPointF &at) {
                             code.paint(painter, QRectF(at + QPointF(x, 0), QSizeF(size, size)));
                             caption.draw(painter, at + QPointF(0, size + gap), secondaryInk);
                         }});
    }

    void addRows(const QList<ReceiptRow> &rows)
    {
        const qreal indent = mm(2);
        for (const ReceiptRow &r : rows) {
            switch (r.kind) {
            case ReceiptRowKind::Shop:
            case ReceiptRowKind::ShopDetail:
                break; // addHeader()
            case ReceiptRowKind::Title:
                m_blocks.append(
                    centred(r.name, r.left, ShopFonts::font(m_spec.titlePt, true), ink, mm(3)));
                break;
            case ReceiptRowKind::Reprint:
                m_blocks.append(reprintBadge(r));
                break;
            case ReceiptRowKind::Rule:
                // The title stands a little further apart.
                m_blocks.append(
                    rule(r.name, r.name == QLatin1StringView("header rule") ? mm(2.5) : mm(2)));
                break;
            case ReceiptRowKind::Info:
                m_blocks.append(row(r.name, r.left, r.right, m_base, secondaryInk));
                break;
            case ReceiptRowKind::Heading:
                m_blocks.append(row(r.name, r.left, r.right, m_small, secondaryInk, mm(1)));
                m_blocks.last().keepWithNext = true;
                break;
            case ReceiptRowKind::Entry:
                m_blocks.append(row(r.name, r.left, r.right, m_base, ink, mm(1.2)));
                m_blocks.last().keepWithNext = true;
                break;
            case ReceiptRowKind::EntryDetail:
                m_blocks.append(row(r.name, r.left, r.right, m_base, ink, mm(0.3), indent));
                break;
            case ReceiptRowKind::Note:
                m_blocks.append(
                    row(r.name, r.left, r.right, m_small, secondaryInk, mm(0.3), indent));
                break;
            case ReceiptRowKind::Figure:
                m_blocks.append(row(r.name, r.left, r.right, m_base, ink));
                break;
            case ReceiptRowKind::Total:
                m_blocks.append(row(r.name, r.left, r.right, ShopFonts::font(m_spec.totalPt, true),
                                    ink, mm(2)));
                break;
            case ReceiptRowKind::Payment:
                m_blocks.append(row(r.name, r.left, r.right, m_baseBold, ink, mm(1.2)));
                break;
            case ReceiptRowKind::QrCode:
                addQrCode(r);
                break;
            case ReceiptRowKind::ThankYou:
                m_blocks.append(centred(r.name, r.left, m_base, ink, roll() ? mm(2) : mm(4)));
                break;
            }
        }
    }

    const ReceiptData &m_data;
    const PageSpec &m_spec;
    const QPaintDevice &m_device;
    qreal m_dpi;
    qreal m_width;
    QFont m_base;
    QFont m_baseBold;
    QFont m_small;
    SlipLanguage m_language;
    std::optional<Error> m_error;
    QList<Block> m_blocks;
};
} // namespace

ReceiptLayout::ReceiptLayout(ReceiptData data, SlipPage page, SlipLanguage language)
    : m_data(std::move(data))
    , m_page(page)
    , m_language(language)
{}

std::optional<SlipPage> ReceiptLayout::pageFromName(QStringView name)
{
    const std::optional<SlipPage> page = SlipLayout::pageFromName(name);
    if (page == SlipPage::Roll80 || page == SlipPage::A5)
        return page;
    return std::nullopt;
}

QString ReceiptLayout::label(ReceiptLabel label, SlipLanguage language)
{
    return labelIn(labelTable, label, language);
}

QPageLayout ReceiptLayout::pageLayout(const QPaintDevice &device) const
{
    const PageSpec &spec = specOf(m_page);
    if (spec.sizeId != QPageSize::Custom || !haveFonts())
        return layoutWithHeight(spec, spec.sizeId == QPageSize::Custom ? 100 : 0);
    // Measure the content at the width it will have, then make the page that tall.
    const int dpi = device.logicalDpiY();
    const qreal width = layoutWithHeight(spec, 100).paintRectPixels(dpi).width();
    const ReceiptComposer composer(*this, device, width);
    const Pages pages = composer.paginate(std::numeric_limits<qreal>::infinity());
    if (pages.last().isEmpty())
        return layoutWithHeight(spec, 100);
    const Placed &last = pages.last().last();
    const qreal contentMm = (last.y + last.block.height) * MmPerInch / dpi;
    return layoutWithHeight(spec, std::ceil(contentMm + 2 * spec.marginMm + RollSlackMm));
}

bool ReceiptLayout::setUpDevice(QPagedPaintDevice &device) const
{
    return device.setPageLayout(pageLayout(device));
}

Result<int> ReceiptLayout::paint(QPagedPaintDevice &device) const
{
    if (!haveFonts()) {
        return Error::storage(
            QStringLiteral("cannot paint the receipt: text needs a QGuiApplication (see "
                           "createHeadlessApplication())"));
    }
    const ReceiptComposer composer(*this, device, device.width());
    if (composer.error())
        return *composer.error();
    const bool roll = m_page == SlipPage::Roll80;
    const Pages pages =
        composer.paginate(roll ? std::numeric_limits<qreal>::infinity() : device.height());
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error::storage(
            QStringLiteral("cannot paint the receipt of %1: the printer or file did not open")
                .arg(m_data.orderId()));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::storage(QStringLiteral("cannot start page %1 of the receipt of %2")
                                      .arg(page + 1)
                                      .arg(m_data.orderId()));
        }
        for (const Placed &placed : pages.at(page))
            placed.block.paint(painter, QPointF(0, placed.y));
    }
    if (!painter.end()) {
        return Error::storage(
            QStringLiteral("cannot finish the receipt of %1").arg(m_data.orderId()));
    }
    return int(pages.size());
}

Result<int> ReceiptLayout::writePdf(OutputFile &output) const
{
    QPdfWriter writer(&output.device());
    writer.setCreator(QStringLiteral("ShopDesk"));
    writer.setTitle(
        label(m_data.isRefund() ? ReceiptLabel::RefundTitle : ReceiptLabel::Title, m_language) +
        QLatin1Char(' ') + m_data.orderId());
    if (!setUpDevice(writer)) {
        return Error::storage(
            QStringLiteral("cannot write the receipt to %1: the page size was refused; nothing "
                           "was written")
                .arg(output.path()),
            {{QStringLiteral("file"), output.path()},
             {QStringLiteral("reason"), QStringLiteral("pageSizeRefused")}});
    }
    return paint(writer);
}

Result<QImage> ReceiptLayout::paintRoll(int widthDots, int dpi) const
{
    if (!haveFonts()) {
        return Error::storage(
            QStringLiteral("cannot paint the receipt: text needs a QGuiApplication (see "
                           "createHeadlessApplication())"));
    }
    const ReceiptLayout roll(m_data, SlipPage::Roll80, m_language);
    const int dotsPerMeter = qRound(dpi / MmPerInch * 1000);
    // Measured on an image of the same resolution: fonts are sized by the device's dpi.
    QImage measure(1, 1, QImage::Format_RGB32);
    measure.setDotsPerMeterX(dotsPerMeter);
    measure.setDotsPerMeterY(dotsPerMeter);
    const ReceiptComposer composer(roll, measure, widthDots);
    if (composer.error())
        return *composer.error();
    const Pages pages = composer.paginate(std::numeric_limits<qreal>::infinity());
    const Placed &last = pages.last().last();
    // A few dots below the last line, so that its descenders are never cut.
    const int height = int(std::ceil(last.y + last.block.height)) + dpi / 25;
    QImage image(widthDots, height, QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const Placed &placed : pages.first())
        placed.block.paint(painter, QPointF(0, placed.y));
    painter.end();
    return image;
}

} // namespace ShopDesk
