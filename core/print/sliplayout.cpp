#include "sliplayout.h"

#include "qrcode.h"
#include "shopfonts.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace ShopDesk {

namespace {

struct LabelText
{
    SlipLabel label;
    const char16_t *korean;
    const char16_t *english;
};

constexpr std::array<LabelText, 32> labelTable{{
    {SlipLabel::Title, u"배송 전표", u"Delivery slip"},
    {SlipLabel::OrderId, u"주문 번호", u"Order ID"},
    {SlipLabel::DeliveryId, u"배송 번호", u"Delivery ID"},
    {SlipLabel::OrderedAt, u"주문 일시", u"Ordered"},
    {SlipLabel::PrintedAt, u"출력 일시", u"Printed"},
    {SlipLabel::Customer, u"고객", u"Customer"},
    {SlipLabel::Phone, u"연락처", u"Phone"},
    {SlipLabel::Address, u"배송지", u"Address"},
    {SlipLabel::Notes, u"비고", u"Notes"},
    {SlipLabel::Item, u"상품", u"Item"},
    {SlipLabel::Qty, u"수량", u"Qty"},
    {SlipLabel::UnitPrice, u"단가", u"Unit price"},
    {SlipLabel::Amount, u"금액", u"Amount"},
    {SlipLabel::Total, u"합계", u"Total"},
    {SlipLabel::Payment, u"결제", u"Payment"},
    {SlipLabel::Status, u"상태", u"Status"},
    {SlipLabel::ShopPhone, u"전화 %1", u"Tel. %1"},
    {SlipLabel::Reprint, u"재발행 (%1번째 출력)", u"REPRINT (copy %1)"},
    {SlipLabel::Cancelled, u"취소됨", u"CANCELLED"},
    {SlipLabel::Continued, u"%1 (계속)", u"%1 (continued)"},
    {SlipLabel::PageNumber, u"%1 / %2", u"%1 / %2"},
    {SlipLabel::Money, u"%1원", u"KRW\u00a0%1"},
    {SlipLabel::Cash, u"현금", u"Cash"},
    {SlipLabel::Card, u"카드", u"Card"},
    {SlipLabel::PaymentApproved, u"승인", u"approved"},
    {SlipLabel::PaymentRefunded, u"환불됨", u"refunded"},
    {SlipLabel::Unpaid, u"미결제", u"unpaid"},
    {SlipLabel::OrderPlaced, u"접수", u"Placed"},
    {SlipLabel::OrderPaid, u"결제 완료", u"Paid"},
    {SlipLabel::OrderDelivering, u"배송 중", u"Out for delivery"},
    {SlipLabel::OrderDelivered, u"배송 완료", u"Delivered"},
    {SlipLabel::OrderCancelled, u"취소", u"Cancelled"},
}};

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

constexpr std::array<PageSpec, 3> pageSpecs{{
    {SlipPage::A4, u"a4", QPageSize::A4, 210, 15, 10.5, 8.5, 15, 22, 13, 32},
    {SlipPage::A5, u"a5", QPageSize::A5, 148, 10, 9, 7.5, 12, 17, 11, 26},
    {SlipPage::Roll80, u"roll80", QPageSize::Custom, 80, 4, 8.5, 7, 11, 14, 10.5, 30},
}};

const PageSpec &specOf(SlipPage page)
{
    for (const PageSpec &spec : pageSpecs) {
        if (spec.page == page)
            return spec;
    }
    Q_UNREACHABLE();
    return pageSpecs.front();
}

constexpr qreal MmPerInch = 25.4;
// Extra paper at the end of the roll, so that a printer's rounding never cuts the last line.
constexpr qreal RollSlackMm = 3;

const QColor ink(0, 0, 0);
const QColor secondaryInk(0x55, 0x55, 0x55);
const QColor ruleInk(0x80, 0x80, 0x80);
const QColor lightRuleInk(0xc8, 0xc8, 0xc8);
const QColor markInk(0xc0, 0x10, 0x10);

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

struct Placed
{
    Block block;
    qreal y = 0;
};

using Pages = QList<QList<Placed>>;

// Measures and composes the slip's blocks for one device and content width.
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
                        Qt::Alignment alignment = Qt::AlignLeft) const
    {
        return Paragraph(text, font, qMax(width, mm(5)), m_device, alignment);
    }
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
    const std::optional<Payment> &payment = m_data.details.payment;
    if (!payment)
        return text(SlipLabel::Unpaid);
    const QString method =
        text(payment->method() == PaymentMethod::Cash ? SlipLabel::Cash : SlipLabel::Card);
    const QString status =
        text(payment->status() == PaymentStatus::Approved ? SlipLabel::PaymentApproved
                                                          : SlipLabel::PaymentRefunded);
    return method + QStringLiteral(" · ") + status;
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

Block Composer::rule(const QString &name, qreal spaceBefore) const
{
    const qreal thickness = mm(0.3);
    const qreal width = m_width;
    return {name,
            mm(1.5),
            spaceBefore,
            false,
            false,
            [thickness, width](QPainter &painter, const QPointF &at) {
                painter.setPen(QPen(ruleInk, thickness));
                painter.drawLine(at + QPointF(0, thickness / 2),
                                 at + QPointF(width, thickness / 2));
            }};
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
    const QFont totalFont = ShopFonts::font(m_spec.totalPt, true);
    const qreal labelWidth =
        qMin(textWidth(text(SlipLabel::Total), totalFont) + mm(4), m_width * 0.4);
    const Paragraph label = paragraph(text(SlipLabel::Total), totalFont, labelWidth);
    const Paragraph amount = paragraph(money(m_data.details.order.total()), totalFont,
                                       m_width - labelWidth, Qt::AlignRight);
    const qreal top = mm(1.5);
    const qreal totalHeight = top + qMax(label.height(), amount.height());
    const Block payment =
        infoRow(QStringLiteral("payment"), SlipLabel::Payment, paymentText(), false);
    const Block status = infoRow(QStringLiteral("status"), SlipLabel::Status, statusText(), true);
    const qreal paymentY = totalHeight + mm(2);
    const qreal statusY = paymentY + payment.height + status.spaceBefore;
    const qreal thick = mm(0.3);
    const qreal width = m_width;
    // One block: the total never goes to another page than its payment and status.
    m_blocks.append({QStringLiteral("totals"), statusY + status.height, mm(1.5), false, false,
                     [=](QPainter &painter, const QPointF &at) {
                         painter.setPen(QPen(ruleInk, thick));
                         painter.drawLine(at + QPointF(0, thick / 2),
                                          at + QPointF(width, thick / 2));
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

bool haveFonts()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

SlipLayout::SlipLayout(SlipData data, SlipPage page, SlipLanguage language)
    : m_data(std::move(data))
    , m_page(page)
    , m_language(language)
{}

std::optional<SlipPage> SlipLayout::pageFromName(QStringView name)
{
    for (const PageSpec &spec : pageSpecs) {
        if (name == QStringView(spec.name))
            return spec.page;
    }
    return std::nullopt;
}

QString SlipLayout::pageName(SlipPage page)
{
    return QString::fromUtf16(specOf(page).name);
}

std::optional<SlipLanguage> SlipLayout::languageFromName(QStringView name)
{
    if (name == u"ko")
        return SlipLanguage::Korean;
    if (name == u"en")
        return SlipLanguage::English;
    return std::nullopt;
}

QString SlipLayout::languageName(SlipLanguage language)
{
    return language == SlipLanguage::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString SlipLayout::label(SlipLabel label, SlipLanguage language)
{
    for (const LabelText &entry : labelTable) {
        if (entry.label == label)
            return QString::fromUtf16(language == SlipLanguage::Korean ? entry.korean
                                                                       : entry.english);
    }
    Q_UNREACHABLE();
    return QString();
}

QPageLayout SlipLayout::pageLayout(const QPaintDevice &device) const
{
    const PageSpec &spec = specOf(m_page);
    if (spec.sizeId != QPageSize::Custom)
        return layoutWithHeight(spec, 0);
    // Measure the content at the width it will have, then make the page that tall.
    const int dpi = device.logicalDpiY();
    const qreal width = layoutWithHeight(spec, 100).paintRectPixels(dpi).width();
    const Composer composer(*this, device, width);
    const Pages pages = composer.paginate(std::numeric_limits<qreal>::infinity());
    const Placed &last = pages.last().last();
    const qreal contentMm = (last.y + last.block.height) * MmPerInch / dpi;
    return layoutWithHeight(spec, std::ceil(contentMm + 2 * spec.marginMm + RollSlackMm));
}

bool SlipLayout::setUpDevice(QPagedPaintDevice &device) const
{
    return device.setPageLayout(pageLayout(device));
}

QList<SlipBlock> SlipLayout::arrange(const QPaintDevice &device) const
{
    QList<SlipBlock> arranged;
    if (!haveFonts())
        return arranged;
    const Composer composer(*this, device, device.width());
    const bool roll = m_page == SlipPage::Roll80;
    const qreal bodyHeight =
        roll ? std::numeric_limits<qreal>::infinity() : device.height() - composer.footerHeight();
    const Pages pages = composer.paginate(bodyHeight);
    for (int page = 0; page < pages.size(); ++page) {
        for (const Placed &placed : pages.at(page)) {
            arranged.append({page, QRectF(0, placed.y, device.width(), placed.block.height),
                             placed.block.name});
        }
        if (!roll) {
            const Block footer = composer.footer(page, int(pages.size()), device.height());
            arranged.append(
                {page, QRectF(0, device.height() - footer.height, device.width(), footer.height),
                 footer.name});
        }
    }
    return arranged;
}

Result<int> SlipLayout::paint(QPagedPaintDevice &device) const
{
    return paintAll({*this}, device);
}

Result<int> SlipLayout::paintAll(const QList<SlipLayout> &slips, QPagedPaintDevice &device)
{
    if (slips.isEmpty())
        return Error::invalidInput(QStringLiteral("no slip to paint"));
    if (!haveFonts()) {
        return Error::storage(
            QStringLiteral("cannot paint the slip: text needs a QGuiApplication (see "
                           "createHeadlessApplication())"));
    }
    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(QStringLiteral("cannot paint the slip of %1: the printer or file "
                                             "did not open")
                                  .arg(slips.first().m_data.orderId()));
    int pages = 0;
    for (qsizetype i = 0; i < slips.size(); ++i) {
        const SlipLayout &slip = slips.at(i);
        // Each slip after the first starts a page of its own size (a roll's height is the
        // slip's); the device takes a new layout for the pages that follow.
        if (i > 0 && (!slip.setUpDevice(device) || !device.newPage())) {
            painter.end();
            return Error::storage(QStringLiteral("cannot start the slip of %1 on a new page")
                                      .arg(slip.m_data.orderId()));
        }
        const Result<int> painted = slip.paintPages(painter, device);
        if (!painted) {
            painter.end();
            return painted.error();
        }
        pages += painted.value();
    }
    if (!painter.end())
        return Error::storage(
            QStringLiteral("cannot finish the slip of %1").arg(slips.last().m_data.orderId()));
    return pages;
}

Result<int> SlipLayout::paintPages(QPainter &painter, QPagedPaintDevice &device) const
{
    const Composer composer(*this, device, device.width());
    const bool roll = m_page == SlipPage::Roll80;
    const qreal contentHeight = device.height();
    const Pages pages = composer.paginate(roll ? std::numeric_limits<qreal>::infinity()
                                               : contentHeight - composer.footerHeight());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage()) {
            return Error::storage(QStringLiteral("cannot start page %1 of the slip of %2")
                                      .arg(page + 1)
                                      .arg(m_data.orderId()));
        }
        // Under the content, so that every word stays legible through it.
        if (m_data.isCancelled())
            composer.paintCancelledMarks(painter, QRectF(0, 0, device.width(), contentHeight));
        for (const Placed &placed : pages.at(page))
            placed.block.paint(painter, QPointF(0, placed.y));
        if (!roll)
            composer.footer(page, int(pages.size()), contentHeight).paint(painter, QPointF(0, 0));
    }
    return int(pages.size());
}

Result<int> SlipLayout::writePdf(const QString &path) const
{
    const QString shownPath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto cannotWrite = [&](const QString &why) {
        return Error::storage(QStringLiteral("cannot write the slip to %1: %2; nothing was printed")
                                  .arg(shownPath, why),
                              {{QStringLiteral("file"), shownPath}});
    };
    if (path.isEmpty())
        return Error::invalidInput(QStringLiteral("no file was given for the slip"));
    if (QFileInfo(path).isDir())
        return cannotWrite(QStringLiteral("it is a folder"));
    // Written beside the target and renamed over it at the end: a failure leaves no partial
    // file, and an existing file stays as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("ShopDesk"));
        writer.setTitle(label(SlipLabel::Title, m_language) + QLatin1Char(' ') + m_data.orderId());
        if (!setUpDevice(writer)) {
            file.cancelWriting();
            return cannotWrite(QStringLiteral("the page size was refused"));
        }
        const Result<int> painted = paint(writer);
        if (!painted) {
            file.cancelWriting();
            return painted.error();
        }
        pages = painted.value();
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return pages;
}

} // namespace ShopDesk
