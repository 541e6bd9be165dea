#include "slipcomposer.h"

#include "qrcode.h"
#include "shopfonts.h"

#include <QPainter>
#include <QTextLayout>

#include <cmath>
#include <limits>
#include <memory>

namespace ShopDesk::SlipComposing {

const PageSpec &specOf(SlipPage page)
{
    for (const PageSpec &spec : pageSpecs) {
        if (spec.page == page)
            return spec;
    }
    Q_UNREACHABLE();
    return pageSpecs.front();
}

Paragraph Composer::paragraph(const QString &text, const QFont &font, qreal width,
                              Qt::Alignment alignment) const
{
    return Paragraph(text, font, qMax(width, mm(5)), m_device, alignment);
}

Composer::Composer(const SlipLayout &slip, const QPaintDevice &device, qreal width)
    : m_data(slip.data())
    , m_spec(specOf(slip.page()))
    , m_language(slip.language())
    , m_device(device)
    , m_dpi(device.logicalDpiY())
    , m_width(width)
    , m_locale(slip.language() == SlipLanguage::Korean
                   ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                   : QLocale(QLocale::English, QLocale::UnitedStates))
    , m_base(ShopFonts::font(m_spec.basePt))
    , m_baseBold(ShopFonts::font(m_spec.basePt, true))
    , m_small(ShopFonts::font(m_spec.smallPt))
    , m_smallBold(ShopFonts::font(m_spec.smallPt, true))
{
    // The label column fits the longest label, but leaves most of the width to the values.
    for (SlipLabel label :
         {SlipLabel::OrderId, SlipLabel::DeliveryId, SlipLabel::OrderedAt, SlipLabel::PrintedAt,
          SlipLabel::Customer, SlipLabel::Phone, SlipLabel::Address, SlipLabel::Notes,
          SlipLabel::Payment, SlipLabel::Status})
        m_labelWidth = qMax(m_labelWidth, textWidth(text(label), m_base));
    m_labelWidth = qMin(m_labelWidth + mm(4), m_width * 0.38);

    const QString continued =
        text(SlipLabel::Continued)
            .arg(text(SlipLabel::Title) + QLatin1Char(' ') + m_data.orderId());
    const Paragraph continuation = paragraph(continued, m_baseBold, m_width);
    m_continuation = {
        QStringLiteral("continuation"),
        continuation.height() + mm(2),
        0,
        false,
        false,
        [continuation](QPainter &painter, const QPointF &at) { continuation.draw(painter, at); }};

    addHeader();
    addInfo();
    if (m_spec.page == SlipPage::Roll80)
        addItemsOnRoll();
    else
        addItemsOnPage();
    addTotals();
    if (m_spec.page == SlipPage::Roll80)
        addRollQrCode();
}

QString Composer::paymentText() const
{
    const Payments &payments = m_data.details.payments;
    if (payments.isEmpty())
        return text(SlipLabel::Unpaid);
    QStringList methods;
    for (const Payment &payment : payments) {
        const QString method =
            text(payment.method() == PaymentMethod::Cash ? SlipLabel::Cash : SlipLabel::Card);
        if (!methods.contains(method))
            methods << method;
    }
    const QString status =
        text(m_data.details.paid() > 0 ? SlipLabel::PaymentApproved : SlipLabel::PaymentRefunded);
    return methods.join(QStringLiteral(" + ")) + QStringLiteral(" · ") + status;
}

QString Composer::statusText() const
{
    switch (m_data.details.order.status()) {
    case OrderStatus::Placed:
        return text(SlipLabel::OrderPlaced);
    case OrderStatus::Paid:
        return text(SlipLabel::OrderPaid);
    case OrderStatus::Delivering:
        return text(SlipLabel::OrderDelivering);
    case OrderStatus::Delivered:
        return text(SlipLabel::OrderDelivered);
    case OrderStatus::Cancelled:
        return text(SlipLabel::OrderCancelled);
    }
    return {};
}

Block ruleBlock(const QString &name, qreal height, qreal spaceBefore, qreal thickness, qreal width)
{
    return {name,
            height,
            spaceBefore,
            false,
            false,
            [thickness, width](QPainter &painter, const QPointF &at) {
                painter.setPen(QPen(ruleInk, thickness));
                painter.drawLine(at + QPointF(0, thickness / 2),
                                 at + QPointF(width, thickness / 2));
            }};
}

Block Composer::rule(const QString &name, qreal spaceBefore) const
{
    return ruleBlock(name, mm(1.5), spaceBefore, mm(0.3), m_width);
}

Block Composer::infoRow(const QString &name, SlipLabel label, const QString &value,
                        bool strong) const
{
    const Paragraph left = paragraph(text(label), m_base, m_labelWidth - mm(2));
    const Paragraph right = paragraph(value, strong ? m_baseBold : m_base, m_width - m_labelWidth);
    const qreal offset = m_labelWidth;
    const qreal baseline = qMax(left.ascent(), right.ascent());
    const qreal leftY = baseline - left.ascent();
    const qreal rightY = baseline - right.ascent();
    return {name,
            qMax(leftY + left.height(), rightY + right.height()),
            mm(1),
            false,
            false,
            [left, right, offset, leftY, rightY](QPainter &painter, const QPointF &at) {
                left.draw(painter, at + QPointF(0, leftY), secondaryInk);
                right.draw(painter, at + QPointF(offset, rightY));
            }};
}

void Composer::addHeader()
{
    const bool roll = m_spec.page == SlipPage::Roll80;
    const qreal qrSize = roll ? 0 : mm(m_spec.qrMm);
    const qreal left = roll ? m_width : m_width - qrSize - mm(5);
    const Qt::Alignment alignment = roll ? Qt::AlignHCenter : Qt::AlignLeft;

    struct Line
    {
        Paragraph text;
        QColor color;
        qreal y;
    };
    QList<Line> lines;
    qreal y = 0;
    auto add = [&](const Paragraph &text, const QColor &color, qreal spaceBefore) {
        if (!lines.isEmpty())
            y += spaceBefore;
        lines.append({text, color, y});
        y += text.height();
    };
    const ShopDetails &shop = m_data.shop;
    if (!shop.name.isEmpty())
        add(paragraph(shop.name, ShopFonts::font(m_spec.shopPt, true), left, alignment), ink, 0);
    if (!shop.address.isEmpty())
        add(paragraph(shop.address, m_small, left, alignment), secondaryInk, mm(0.5));
    if (!shop.phone.isEmpty()) {
        add(paragraph(text(SlipLabel::ShopPhone).arg(shop.phone), m_small, left, alignment),
            secondaryInk, mm(0.5));
    }
    add(paragraph(text(SlipLabel::Title), ShopFonts::font(m_spec.titlePt, true), left, alignment),
        ink, mm(3));

    // The reprint badge: a framed label under the title.
    const qreal padding = mm(1.2);
    Paragraph badge;
    QRectF badgeBox;
    if (m_data.isReprint()) {
        badge =
            paragraph(text(SlipLabel::Reprint).arg(m_data.copy), m_baseBold, left - 2 * padding);
        const qreal boxWidth = qMin(badge.naturalWidth() + 2 * padding + mm(0.5), left);
        y += mm(1.5);
        badgeBox =
            QRectF(roll ? (m_width - boxWidth) / 2 : 0, y, boxWidth, badge.height() + 2 * padding);
        y += badgeBox.height();
    }

    qreal height = y;
    Paragraph caption;
    const QrCode code = roll ? QrCode() : QrCode::encode(m_data.orderId());
    if (!roll) {
        caption = paragraph(m_data.orderId(), m_small, qrSize, Qt::AlignHCenter);
        height = qMax(height, qrSize + mm(1) + caption.height());
    }
    const qreal qrX = m_width - qrSize;
    const qreal captionY = qrSize + mm(1);
    const qreal frame = mm(0.3);
    m_blocks.append(
        {QStringLiteral("header"), height, 0, false, false,
         [lines, badge, badgeBox, frame, padding, code, caption, qrX, qrSize,
          captionY](QPainter &painter, const QPointF &at) {
             for (const Line &line : lines)
                 line.text.draw(painter, at + QPointF(0, line.y), line.color);
             if (!badgeBox.isNull()) {
                 painter.setPen(QPen(ink, frame));
                 painter.setBrush(Qt::NoBrush);
                 painter.drawRect(badgeBox.translated(at).adjusted(frame / 2, frame / 2, -frame / 2,
                                                                   -frame / 2));
                 badge.draw(painter, at + badgeBox.topLeft() + QPointF(padding, padding));
             }
             if (!code.isNull()) {
                 code.paint(painter, QRectF(at + QPointF(qrX, 0), QSizeF(qrSize, qrSize)));
                 caption.draw(painter, at + QPointF(qrX, captionY), secondaryInk);
             }
         }});
    m_blocks.append(rule(QStringLiteral("header rule"), mm(2.5)));
}

void Composer::addInfo()
{
    const Order &order = m_data.details.order;
    const QString none = QStringLiteral("-");
    m_blocks.append(
        infoRow(QStringLiteral("order id"), SlipLabel::OrderId, m_data.orderId(), true));
    m_blocks.append(
        infoRow(QStringLiteral("delivery id"), SlipLabel::DeliveryId, m_data.deliveryId(), false));
    m_blocks.append(
        infoRow(QStringLiteral("ordered at"), SlipLabel::OrderedAt, time(order.placedAt()), false));
    m_blocks.append(
        infoRow(QStringLiteral("printed at"), SlipLabel::PrintedAt, time(m_data.printedAt), false));
    Block customer =
        infoRow(QStringLiteral("customer"), SlipLabel::Customer, order.customer().name, true);
    customer.spaceBefore = mm(2.5);
    m_blocks.append(customer);
    m_blocks.append(infoRow(QStringLiteral("phone"), SlipLabel::Phone,
                            order.customer().phone.isEmpty() ? none : order.customer().phone,
                            false));
    m_blocks.append(infoRow(QStringLiteral("address"), SlipLabel::Address,
                            order.customer().address.isEmpty() ? none : order.customer().address,
                            false));
    m_blocks.append(infoRow(QStringLiteral("notes"), SlipLabel::Notes, m_data.notes, false));
}

void Composer::addItemsOnPage()
{
    const QList<OrderLine> &lines = m_data.details.order.lines();
    const qreal padding = mm(2.5);
    // Numeric columns as wide as their widest entry (within a share of the page); the item
    // column takes the rest. An amount wider than its share wraps inside its column.
    auto columnWidth = [&](SlipLabel head, const std::function<QString(const OrderLine &)> &cell,
                           qreal share) {
        qreal widest = textWidth(text(head), m_smallBold);
        for (const OrderLine &line : lines)
            widest = qMax(widest, textWidth(cell(line), m_base));
        return qMin(widest + mm(0.5), m_width * share) + padding;
    };
    const qreal qtyWidth = columnWidth(
        SlipLabel::Qty, [&](const OrderLine &l) { return m_locale.toString(l.qty); }, 0.12);
    const qreal unitWidth = columnWidth(
        SlipLabel::UnitPrice, [&](const OrderLine &l) { return money(l.price); }, 0.22);
    const qreal amountWidth = columnWidth(
        SlipLabel::Amount, [&](const OrderLine &l) { return money(l.total()); }, 0.25);
    const qreal itemWidth = m_width - qtyWidth - unitWidth - amountWidth;
    // Where each column's text starts and how wide it is; numbers are right-aligned.
    const std::array<qreal, 4> x{0, itemWidth + padding, itemWidth + qtyWidth + padding,
                                 itemWidth + qtyWidth + unitWidth + padding};
    const std::array<qreal, 4> w{itemWidth - padding, qtyWidth - padding, unitWidth - padding,
                                 amountWidth - padding};

    const std::array<Paragraph, 4> head{
        paragraph(text(SlipLabel::Item), m_smallBold, w[0]),
        paragraph(text(SlipLabel::Qty), m_smallBold, w[1], Qt::AlignRight),
        paragraph(text(SlipLabel::UnitPrice), m_smallBold, w[2], Qt::AlignRight),
        paragraph(text(SlipLabel::Amount), m_smallBold, w[3], Qt::AlignRight)};
    qreal headHeight = 0;
    for (const Paragraph &cell : head)
        headHeight = qMax(headHeight, cell.height());
    const qreal thick = mm(0.3);
    const qreal thin = mm(0.15);
    const qreal width = m_width;
    const qreal headLineY = headHeight + mm(0.75);
    m_tableHead = {QStringLiteral("item table head"),
                   headHeight + mm(1.5),
                   mm(4),
                   true,
                   false,
                   [=](QPainter &painter, const QPointF &at) {
                       for (std::size_t i = 0; i < head.size(); ++i)
                           head[i].draw(painter, at + QPointF(x[i], 0), secondaryInk);
                       painter.setPen(QPen(ruleInk, thick));
                       painter.drawLine(at + QPointF(0, headLineY), at + QPointF(width, headLineY));
                   }};
    m_blocks.append(m_tableHead);

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines.at(i);
        const Paragraph name = paragraph(line.productName, m_base, w[0]);
        const Paragraph id = paragraph(line.productId, m_small, w[0]);
        const std::array<Paragraph, 3> numbers{
            paragraph(m_locale.toString(line.qty), m_base, w[1], Qt::AlignRight),
            paragraph(money(line.price), m_base, w[2], Qt::AlignRight),
            paragraph(money(line.total()), m_base, w[3], Qt::AlignRight)};
        qreal baseline = name.ascent();
        for (const Paragraph &cell : numbers)
            baseline = qMax(baseline, cell.ascent());
        const qreal nameY = baseline - name.ascent();
        std::array<qreal, 3> numberY{};
        qreal height = nameY + name.height() + id.height();
        for (std::size_t c = 0; c < numbers.size(); ++c) {
            numberY[c] = baseline - numbers[c].ascent();
            height = qMax(height, numberY[c] + numbers[c].height());
        }
        const qreal gap = mm(0.8);
        m_blocks.append({QStringLiteral("item %1").arg(i + 1), height + 2 * gap, 0, false, true,
                         [=](QPainter &painter, const QPointF &at) {
                             const QPointF top = at + QPointF(0, gap);
                             name.draw(painter, top + QPointF(0, nameY));
                             id.draw(painter, top + QPointF(0, nameY + name.height()),
                                     secondaryInk);
                             for (std::size_t c = 0; c < numbers.size(); ++c)
                                 numbers[c].draw(painter, top + QPointF(x[c + 1], numberY[c]));
                             painter.setPen(QPen(lightRuleInk, thin));
                             const qreal lineY = height + 2 * gap - thin / 2;
                             painter.drawLine(at + QPointF(0, lineY), at + QPointF(width, lineY));
                         }});
    }
}

void Composer::addItemsOnRoll()
{
    // Too narrow for four columns: the name on its own lines, then id, quantity and unit
    // price on the left and the line's amount on the right.
    const QList<OrderLine> &lines = m_data.details.order.lines();
    qreal widest = textWidth(text(SlipLabel::Amount), m_smallBold);
    for (const OrderLine &line : lines)
        widest = qMax(widest, textWidth(money(line.total()), m_base));
    const qreal rightWidth = qBound(m_width * 0.3, widest + mm(0.5), m_width * 0.5);
    const qreal leftWidth = m_width - rightWidth - mm(1.5);
    const qreal rightX = m_width - rightWidth;
    const Paragraph headLeft =
        paragraph(text(SlipLabel::Item) + QStringLiteral(" · ") + text(SlipLabel::Qty) +
                      QStringLiteral(" × ") + text(SlipLabel::UnitPrice),
                  m_smallBold, leftWidth);
    const Paragraph headRight =
        paragraph(text(SlipLabel::Amount), m_smallBold, rightWidth, Qt::AlignRight);
    const qreal headHeight = qMax(headLeft.height(), headRight.height());
    const qreal thick = mm(0.3);
    const qreal thin = mm(0.15);
    const qreal width = m_width;
    const qreal headLineY = headHeight + mm(0.75);
    m_tableHead = {QStringLiteral("item table head"),
                   headHeight + mm(1.5),
                   mm(3),
                   true,
                   false,
                   [=](QPainter &painter, const QPointF &at) {
                       headLeft.draw(painter, at, secondaryInk);
                       headRight.draw(painter, at + QPointF(rightX, 0), secondaryInk);
                       painter.setPen(QPen(ruleInk, thick));
                       painter.drawLine(at + QPointF(0, headLineY), at + QPointF(width, headLineY));
                   }};
    m_blocks.append(m_tableHead);

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines.at(i);
        const Paragraph name = paragraph(line.productName, m_base, m_width);
        const Paragraph detail =
            paragraph(QStringLiteral("%1 · %2 × %3")
                          .arg(line.productId, m_locale.toString(line.qty), money(line.price)),
                      m_small, leftWidth);
        const Paragraph amount = paragraph(money(line.total()), m_base, rightWidth, Qt::AlignRight);
        const qreal gap = mm(0.8);
        const qreal height = name.height() + qMax(detail.height(), amount.height());
        m_blocks.append({QStringLiteral("item %1").arg(i + 1), height + 2 * gap, 0, false, true,
                         [=](QPainter &painter, const QPointF &at) {
                             const QPointF top = at + QPointF(0, gap);
                             name.draw(painter, top);
                             detail.draw(painter, top + QPointF(0, name.height()), secondaryInk);
                             amount.draw(painter, top + QPointF(rightX, name.height()));
                             painter.setPen(QPen(lightRuleInk, thin));
                             const qreal lineY = height + 2 * gap - thin / 2;
                             painter.drawLine(at + QPointF(0, lineY), at + QPointF(width, lineY));
                         }});
    }
}

void Composer::addTotals()
{
    const OrderMoney &money = m_data.details.order.money();
    // The same money as the receipt: the discounts, then the VAT in the taxable total.
    struct Figure
    {
        Paragraph label;
        Paragraph amount;
        qreal y;
    };
    QList<Figure> figures;
    const qreal figureLabelWidth = qMin(m_labelWidth + mm(6), m_width * 0.5);
    qreal figuresHeight = 0;
    auto figure = [&](SlipLabel label, const QString &amount) {
        const Paragraph left = paragraph(text(label), m_small, figureLabelWidth - mm(1));
        const Paragraph right =
            paragraph(amount, m_small, m_width - figureLabelWidth, Qt::AlignRight);
        figuresHeight += mm(figures.isEmpty() ? 1.5 : 0.5);
        figures.append({left, right, figuresHeight});
        figuresHeight += qMax(left.height(), right.height());
    };
    if (money.discount() > 0)
        figure(SlipLabel::Discount, QStringLiteral("-") + this->money(money.discount()));
    if (money.taxable > 0) {
        figure(SlipLabel::Supply, this->money(money.supply));
        figure(SlipLabel::Vat, this->money(money.vat));
    }
    if (money.exempt > 0)
        figure(SlipLabel::Exempt, this->money(money.exempt));

    const QFont totalFont = ShopFonts::font(m_spec.totalPt, true);
    const qreal labelWidth =
        qMin(textWidth(text(SlipLabel::Total), totalFont) + mm(4), m_width * 0.4);
    const Paragraph label = paragraph(text(SlipLabel::Total), totalFont, labelWidth);
    const Paragraph amount = paragraph(this->money(m_data.details.order.total()), totalFont,
                                       m_width - labelWidth, Qt::AlignRight);
    const qreal top = figuresHeight + mm(1.5);
    const qreal totalHeight = top + qMax(label.height(), amount.height());
    const Block payment =
        infoRow(QStringLiteral("payment"), SlipLabel::Payment, paymentText(), false);
    const Block status = infoRow(QStringLiteral("status"), SlipLabel::Status, statusText(), true);
    const qreal paymentY = totalHeight + mm(2);
    const qreal statusY = paymentY + payment.height + status.spaceBefore;
    const qreal thick = mm(0.3);
    const qreal width = m_width;
    const qreal amountX = figureLabelWidth;
    // One block: the total never goes to another page than its payment and status.
    m_blocks.append({QStringLiteral("totals"), statusY + status.height, mm(1.5), false, false,
                     [=](QPainter &painter, const QPointF &at) {
                         painter.setPen(QPen(ruleInk, thick));
                         painter.drawLine(at + QPointF(0, thick / 2),
                                          at + QPointF(width, thick / 2));
                         for (const Figure &f : figures) {
                             f.label.draw(painter, at + QPointF(0, f.y), secondaryInk);
                             f.amount.draw(painter, at + QPointF(amountX, f.y), secondaryInk);
                         }
                         label.draw(painter, at + QPointF(0, top));
                         amount.draw(painter, at + QPointF(labelWidth, top));
                         payment.paint(painter, at + QPointF(0, paymentY));
                         status.paint(painter, at + QPointF(0, statusY));
                     }});
}

void Composer::addRollQrCode()
{
    const qreal size = mm(m_spec.qrMm);
    const QrCode code = QrCode::encode(m_data.orderId());
    const Paragraph caption = paragraph(m_data.orderId(), m_small, m_width, Qt::AlignHCenter);
    const qreal x = (m_width - size) / 2;
    const qreal gap = mm(1);
    m_blocks.append(rule(QStringLiteral("qr code rule"), mm(3)));
    m_blocks.append({QStringLiteral("qr code"), size + gap + caption.height(), mm(2), false, false,
                     [=](QPainter &painter, const QPointF &at) {
                         code.paint(painter, QRectF(at + QPointF(x, 0), QSizeF(size, size)));
                         caption.draw(painter, at + QPointF(0, size + gap), secondaryInk);
                     }});
}

qreal Composer::footerHeight() const
{
    return paragraph(QStringLiteral("0"), m_small, m_width).height() + mm(3);
}

Block Composer::footer(int page, int pages, qreal contentHeight) const
{
    const Paragraph text = paragraph(m_data.orderId() + QStringLiteral(" · ") +
                                         this->text(SlipLabel::PageNumber).arg(page + 1).arg(pages),
                                     m_small, m_width, Qt::AlignRight);
    const qreal y = contentHeight - text.height();
    return {QStringLiteral("footer"),
            text.height(),
            0,
            false,
            false,
            [text, y](QPainter &painter, const QPointF &at) {
                text.draw(painter, at + QPointF(0, y), secondaryInk);
            }};
}

Pages Composer::paginate(qreal pageHeight) const
{
    Pages pages(1);
    qreal y = 0;
    auto place = [&](const Block &block) {
        if (!pages.last().isEmpty())
            y += block.spaceBefore;
        pages.last().append({block, y});
        y += block.height;
    };
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks.at(i);
        qreal needed = (pages.last().isEmpty() ? 0 : block.spaceBefore) + block.height;
        for (qsizetype next = i; m_blocks.at(next).keepWithNext && next + 1 < m_blocks.size();
             ++next)
            needed += m_blocks.at(next + 1).spaceBefore + m_blocks.at(next + 1).height;
        // A page that holds nothing but its continuation line never breaks again: a block
        // taller than a page would otherwise break forever.
        const qsizetype fresh = pages.size() > 1 ? (block.itemRow ? 2 : 1) : 0;
        if (pages.last().size() > fresh && y + needed > pageHeight) {
            pages.append(QList<Placed>());
            y = 0;
            place(m_continuation);
            if (block.itemRow)
                place(m_tableHead);
        }
        place(block);
    }
    return pages;
}

void Composer::paintCancelledMarks(QPainter &painter, const QRectF &area) const
{
    const QString mark = text(SlipLabel::Cancelled);
    // About one mark per page-sized stretch, so that a long roll shows it all along.
    const int marks = qMax(1, int(area.height() / (area.width() * 1.3)));
    const qreal stretch = area.height() / marks;
    const qreal angle = 30;
    const qreal radians = qDegreesToRadians(angle);
    QFont font = ShopFonts::font(100, true);
    auto box = [&](const QFont &f) {
        const QFontMetricsF metrics(f, &m_device);
        const qreal padding = metrics.height() * 0.25;
        return QSizeF(metrics.horizontalAdvance(mark) + 2 * padding,
                      metrics.height() + 2 * padding);
    };
    const QSizeF reference = box(font);
    // The largest size whose rotated frame fits the width and its stretch of the page.
    const qreal scale = qMin(
        qMin(area.width() * 0.85 /
                 (reference.width() * std::cos(radians) + reference.height() * std::sin(radians)),
             stretch * 0.8 /
                 (reference.width() * std::sin(radians) + reference.height() * std::cos(radians))),
        1.2);
    font.setPointSizeF(100 * scale);
    const QSizeF size = box(font);
    const QRectF frame(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    for (int i = 0; i < marks; ++i) {
        painter.save();
        painter.setOpacity(0.25);
        painter.translate(area.center().x(), area.top() + stretch * (i + 0.5));
        painter.rotate(-angle);
        painter.setPen(QPen(markInk, size.height() * 0.06));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame, size.height() * 0.12, size.height() * 0.12);
        painter.setFont(font);
        painter.drawText(frame, Qt::AlignCenter, mark);
        painter.restore();
    }
}

QPageLayout layoutWithHeight(const PageSpec &spec, qreal heightMm)
{
    const QMarginsF margins(spec.marginMm, spec.marginMm, spec.marginMm, spec.marginMm);
    const QPageSize size = spec.sizeId == QPageSize::Custom
                               ? QPageSize(QSizeF(spec.widthMm, heightMm), QPageSize::Millimeter,
                                           QStringLiteral("Roll 80 mm"), QPageSize::ExactMatch)
                               : QPageSize(spec.sizeId);
    return QPageLayout(size, QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

} // namespace ShopDesk::SlipComposing
