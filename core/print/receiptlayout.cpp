#include "receiptlayout.h"

#include "outputfile.h"
#include "payment.h"
#include "qrcode.h"
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

struct LabelText
{
    ReceiptLabel label;
    const char16_t *korean;
    const char16_t *english;
};

constexpr std::array<LabelText, 40> labelTable{{
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

QString time(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("-");
}

// 1234567890 as 123-45-67890; anything else as given.
QString businessNumberText(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    return QStringLiteral("%1-%2-%3").arg(digits.left(3), digits.mid(3, 2), digits.mid(5));
}

// Lays a receipt out as blocks one under the other, with the slip's paragraphs and rules.
class ReceiptComposer
{
public:
    ReceiptComposer(const ReceiptLayout &receipt, const QPaintDevice &device, qreal width)
        : m_data(receipt.data())
        , m_spec(specOf(receipt.page()))
        , m_language(receipt.language())
        , m_device(device)
        , m_dpi(device.logicalDpiY())
        , m_width(width)
        , m_locale(receipt.language() == SlipLanguage::Korean
                       ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                       : QLocale(QLocale::English, QLocale::UnitedStates))
        , m_base(ShopFonts::font(m_spec.basePt))
        , m_baseBold(ShopFonts::font(m_spec.basePt, true))
        , m_small(ShopFonts::font(m_spec.smallPt))
    {
        const Result<OrderMoney> money = m_data.money();
        if (!money) {
            m_error = money.error();
            return;
        }
        m_money = *money;
        addHeader();
        addInfo();
        addLines();
        sideBySide(
            QStringLiteral("money"), [this] { addTotals(); },
            [this] {
                if (m_data.isRefund())
                    addRefunds();
                else
                    addPayments();
            });
        addQrCode();
    }

    const std::optional<Error> &error() const { return m_error; }

    // Places the blocks on pages of the given content height (infinite for the roll).
    Pages paginate(qreal pageHeight) const
    {
        Pages pages(1);
        qreal y = 0;
        for (const Block &block : m_blocks) {
            const qreal space = pages.last().isEmpty() ? 0 : block.spaceBefore;
            if (!pages.last().isEmpty() && y + space + block.height > pageHeight) {
                pages.append(QList<Placed>());
                y = 0;
            }
            y += pages.last().isEmpty() ? 0 : block.spaceBefore;
            pages.last().append({block, y});
            y += block.height;
        }
        return pages;
    }

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / MmPerInch; }
    QString text(ReceiptLabel label) const { return ReceiptLayout::label(label, m_language); }
    QString money(Money amount) const
    {
        const Currency currency =
            Currency::find(m_data.shop.currency).value_or(Currency::defaultCurrency());
        const QString sign = amount < 0 ? QStringLiteral("-") : QString();
        amount = qAbs(amount);
        if (currency.code == QLatin1StringView("KRW"))
            return sign + text(ReceiptLabel::Money).arg(m_locale.toString(amount));
        return sign + currency.code + QChar(0x00a0) +
               m_locale.toString(double(amount) / double(currency.unit()), 'f', currency.decimals);
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

    Block rule(const QString &name, qreal spaceBefore, bool light = false) const
    {
        const qreal thickness = mm(light ? 0.15 : 0.3);
        const qreal width = m_width;
        const QColor color = light ? lightRuleInk : ruleInk;
        return {name,
                mm(1),
                spaceBefore,
                false,
                false,
                [thickness, width, color](QPainter &painter, const QPointF &at) {
                    painter.setPen(QPen(color, thickness));
                    painter.drawLine(at + QPointF(0, thickness / 2),
                                     at + QPointF(width, thickness / 2));
                }};
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
        if (m_spec.page == SlipPage::Roll80) {
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

    void addHeader()
    {
        const ShopDetails &shop = m_data.shop;
        QStringList owner;
        if (!shop.businessNumber.isEmpty()) {
            owner
                << text(ReceiptLabel::BusinessNumber).arg(businessNumberText(shop.businessNumber));
        }
        if (!shop.representative.isEmpty())
            owner << text(ReceiptLabel::Representative).arg(shop.representative);
        if (!shop.address.isEmpty())
            owner << shop.address;
        if (!shop.phone.isEmpty())
            owner << text(ReceiptLabel::ShopPhone).arg(shop.phone);
        const QFont shopFont = ShopFonts::font(m_spec.shopPt, true);
        if (m_spec.page == SlipPage::Roll80) {
            // The roll centres the shop; its QR code goes at the end.
            if (!shop.name.isEmpty())
                m_blocks.append(centred(QStringLiteral("shop"), shop.name, shopFont, ink, 0));
            for (const QString &line : std::as_const(owner)) {
                m_blocks.append(
                    centred(QStringLiteral("shop details"), line, m_small, secondaryInk, mm(0.5)));
            }
        } else {
            // A page has the room to put the QR code beside the shop, as the slip does.
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
            if (!shop.name.isEmpty()) {
                lines.append({paragraph(shop.name, shopFont, left), ink, y});
                y += lines.last().text.height();
            }
            for (const QString &line : std::as_const(owner)) {
                y += mm(0.5);
                lines.append({paragraph(line, m_small, left), secondaryInk, y});
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
        m_blocks.append(
            centred(QStringLiteral("title"),
                    text(m_data.isRefund() ? ReceiptLabel::RefundTitle : ReceiptLabel::Title),
                    ShopFonts::font(m_spec.titlePt, true), ink, mm(3)));
        if (m_data.isReprint()) {
            // A framed badge under the title, as on the slip.
            const qreal padding = mm(1.2);
            const Paragraph badge = paragraph(text(ReceiptLabel::Reprint).arg(m_data.copy),
                                              m_baseBold, m_width - 2 * padding);
            const qreal boxWidth = qMin(badge.naturalWidth() + 2 * padding + mm(0.5), m_width);
            const QRectF box((m_width - boxWidth) / 2, 0, boxWidth, badge.height() + 2 * padding);
            const qreal frame = mm(0.3);
            m_blocks.append({QStringLiteral("reprint"), box.height(), mm(1.5), false, false,
                             [=](QPainter &painter, const QPointF &at) {
                                 painter.setPen(QPen(ink, frame));
                                 painter.setBrush(Qt::NoBrush);
                                 painter.drawRect(box.translated(at).adjusted(
                                     frame / 2, frame / 2, -frame / 2, -frame / 2));
                                 badge.draw(painter, at + QPointF(box.left() + padding, padding));
                             }});
        }
        m_blocks.append(rule(QStringLiteral("header rule"), mm(2.5)));
    }

    void addInfo()
    {
        const Order &order = m_data.details.order;
        const OrderReturn *done = m_data.orderReturn();
        const QString none = QStringLiteral("-");
        auto info = [&](const QString &name, ReceiptLabel label, const QString &value) {
            m_blocks.append(
                row(name, text(label), value.isEmpty() ? none : value, m_base, secondaryInk));
        };
        sideBySide(
            QStringLiteral("info"),
            [&] {
                info(QStringLiteral("date"), ReceiptLabel::Date,
                     time(done ? done->at : order.placedAt()));
                info(QStringLiteral("order id"), ReceiptLabel::OrderId, m_data.orderId());
                info(QStringLiteral("terminal"), ReceiptLabel::Terminal,
                     order.origin().isEmpty() ? m_data.terminal : order.origin());
            },
            [&] {
                info(QStringLiteral("clerk"), ReceiptLabel::Clerk,
                     done ? done->actor : m_data.details.clerk);
                if (done) {
                    info(QStringLiteral("return"), ReceiptLabel::ReturnNo,
                         QString::number(done->returnNo));
                    if (!done->reason.isEmpty())
                        info(QStringLiteral("reason"), ReceiptLabel::Reason, done->reason);
                }
                info(QStringLiteral("printed at"), ReceiptLabel::PrintedAt, time(m_data.printedAt));
            });
    }

    void addLines()
    {
        m_blocks.append(rule(QStringLiteral("items rule"), mm(2)));
        m_blocks.append(row(QStringLiteral("item head"), text(ReceiptLabel::Item),
                            text(ReceiptLabel::Amount), m_small, secondaryInk, mm(1)));
        const QList<OrderLine> &lines = m_data.details.order.lines();
        for (qsizetype i = 0; i < lines.size() && i < m_money.lines.size(); ++i) {
            const OrderLine &line = lines.at(i);
            const LineMoney &figures = m_money.lines.at(i);
            if (figures.gross == 0)
                continue;
            const qint64 qty = line.price > 0 ? figures.gross / line.price : line.qty;
            const QString name = QStringLiteral("item %1").arg(i + 1);
            QString title = line.productName;
            if (line.tax == TaxKind::Exempt)
                title += m_language == SlipLanguage::Korean ? QStringLiteral(" (면세)")
                                                            : QStringLiteral(" (exempt)");
            m_blocks.append(row(name, title, QString(), m_base, ink, mm(1.2)));
            m_blocks.append(
                row(name + QStringLiteral(" amount"),
                    QStringLiteral("%1 × %2").arg(m_locale.toString(qty), money(line.price)),
                    money(figures.gross), m_base, ink, mm(0.3), mm(2)));
            if (figures.lineDiscount > 0) {
                QString discount = text(ReceiptLabel::LineDiscount).arg(line.discount.text());
                if (!line.discount.reason.isEmpty())
                    discount += QStringLiteral(" (%1)").arg(line.discount.reason);
                m_blocks.append(row(name + QStringLiteral(" discount"), discount,
                                    money(-figures.lineDiscount), m_small, secondaryInk, mm(0.3),
                                    mm(2)));
            }
        }
        if (m_money.orderDiscount > 0) {
            const Discount &discount = m_data.details.order.terms().discount;
            QString label = text(ReceiptLabel::OrderDiscount).arg(discount.text());
            if (!discount.reason.isEmpty())
                label += QStringLiteral(" (%1)").arg(discount.reason);
            m_blocks.append(row(QStringLiteral("order discount"), label,
                                money(-m_money.orderDiscount), m_base, ink, mm(1.2)));
        }
    }

    void addTotals()
    {
        m_blocks.append(rule(QStringLiteral("totals rule"), mm(2)));
        auto figure = [&](const QString &name, ReceiptLabel label, Money amount) {
            m_blocks.append(row(name, text(label), money(amount), m_base, ink));
        };
        figure(QStringLiteral("taxable"), ReceiptLabel::Taxable, m_money.taxable);
        figure(QStringLiteral("supply"), ReceiptLabel::Supply, m_money.supply);
        figure(QStringLiteral("vat"), ReceiptLabel::Vat, m_money.vat);
        figure(QStringLiteral("exempt"), ReceiptLabel::Exempt, m_money.exempt);
        const QFont totalFont = ShopFonts::font(m_spec.totalPt, true);
        const OrderReturn *done = m_data.orderReturn();
        m_blocks.append(row(QStringLiteral("total"),
                            text(done ? ReceiptLabel::RefundTotal : ReceiptLabel::Total),
                            money(done ? done->refund : m_money.total), totalFont, ink, mm(2)));
    }

    QString cardTitle(const CardDetails &card) const
    {
        return card.company.isEmpty() ? text(ReceiptLabel::Card)
                                      : text(ReceiptLabel::CardOf).arg(card.company);
    }

    void addCardDetails(const QString &name, const CardDetails &card)
    {
        const qreal indent = mm(2);
        if (!card.last4.isEmpty()) {
            m_blocks.append(row(name + QStringLiteral(" card number"),
                                text(ReceiptLabel::CardNumber),
                                QStringLiteral("****-****-****-") + card.last4, m_small,
                                secondaryInk, mm(0.3), indent));
        }
        m_blocks.append(row(name + QStringLiteral(" approval"), text(ReceiptLabel::Approval),
                            card.approval, m_small, secondaryInk, mm(0.3), indent));
        m_blocks.append(row(name + QStringLiteral(" instalments"), text(ReceiptLabel::Instalments),
                            card.instalments > 1 ? text(ReceiptLabel::Months).arg(card.instalments)
                                                 : text(ReceiptLabel::SinglePayment),
                            m_small, secondaryInk, mm(0.3), indent));
    }

    void addPayments()
    {
        m_blocks.append(rule(QStringLiteral("payments rule"), mm(2)));
        m_blocks.append(row(QStringLiteral("payments head"), text(ReceiptLabel::Payments),
                            QString(), m_small, secondaryInk, mm(1)));
        const qreal indent = mm(2);
        for (const Payment &payment : m_data.details.payments) {
            const QString name = QStringLiteral("payment %1").arg(payment.part());
            if (payment.method() == PaymentMethod::Card) {
                m_blocks.append(row(name, cardTitle(payment.card()), money(payment.amount()),
                                    m_baseBold, ink, mm(1.2)));
                addCardDetails(name, payment.card());
                continue;
            }
            m_blocks.append(row(name, text(ReceiptLabel::Cash), money(payment.amount()), m_baseBold,
                                ink, mm(1.2)));
            m_blocks.append(row(name + QStringLiteral(" tendered"), text(ReceiptLabel::Tendered),
                                money(payment.tendered()), m_small, secondaryInk, mm(0.3), indent));
            m_blocks.append(row(name + QStringLiteral(" change"), text(ReceiptLabel::Change),
                                money(payment.change()), m_small, secondaryInk, mm(0.3), indent));
            if (const std::optional<CashReceipt> &receipt = payment.cashReceipt()) {
                const QString purpose =
                    text(receipt->purpose == CashReceipt::Purpose::Proof ? ReceiptLabel::Proof
                                                                         : ReceiptLabel::Deduction);
                m_blocks.append(row(name + QStringLiteral(" cash receipt"),
                                    text(ReceiptLabel::CashReceipt).arg(purpose),
                                    receipt->printed(), m_small, secondaryInk, mm(0.3), indent));
            }
        }
    }

    void addRefunds()
    {
        const OrderReturn *done = m_data.orderReturn();
        if (!done || done->refundParts.isEmpty())
            return;
        m_blocks.append(rule(QStringLiteral("refunds rule"), mm(2)));
        m_blocks.append(row(QStringLiteral("refunds head"), text(ReceiptLabel::Refunds), QString(),
                            m_small, secondaryInk, mm(1)));
        for (const auto &part : done->refundParts) {
            const QString name = QStringLiteral("refund %1").arg(part.part);
            const Payment *payment = nullptr;
            for (const Payment &p : m_data.details.payments) {
                if (p.part() == part.part)
                    payment = &p;
            }
            const bool card = part.method == PaymentMethod::Card;
            const QString title = card ? cardTitle(payment ? payment->card() : CardDetails{})
                                       : text(ReceiptLabel::Cash);
            m_blocks.append(row(name, title, money(-part.amount), m_baseBold, ink, mm(1.2)));
            if (card && payment)
                addCardDetails(name, payment->card());
        }
    }

    void addQrCode()
    {
        if (m_spec.page != SlipPage::Roll80) {
            m_blocks.append(centred(QStringLiteral("thanks"), text(ReceiptLabel::ThankYou), m_base,
                                    ink, mm(4)));
            return;
        }
        const qreal size = mm(qMin<qreal>(m_spec.qrMm, 26));
        const QrCode code = QrCode::encode(m_data.orderId());
        const Paragraph caption = paragraph(m_data.orderId(), m_small, m_width, Qt::AlignHCenter);
        const qreal x = (m_width - size) / 2;
        const qreal gap = mm(1);
        m_blocks.append(rule(QStringLiteral("qr code rule"), mm(3)));
        m_blocks.append({QStringLiteral("qr code"), size + gap + caption.height(), mm(2), false,
                         false, [=](QPainter &painter, const QPointF &at) {
                             code.paint(painter, QRectF(at + QPointF(x, 0), QSizeF(size, size)));
                             caption.draw(painter, at + QPointF(0, size + gap), secondaryInk);
                         }});
        m_blocks.append(
            centred(QStringLiteral("thanks"), text(ReceiptLabel::ThankYou), m_base, ink, mm(2)));
    }

    const ReceiptData &m_data;
    const PageSpec &m_spec;
    SlipLanguage m_language;
    const QPaintDevice &m_device;
    qreal m_dpi;
    qreal m_width;
    QLocale m_locale;
    QFont m_base;
    QFont m_baseBold;
    QFont m_small;
    OrderMoney m_money;
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
    for (const LabelText &entry : labelTable) {
        if (entry.label == label)
            return QString::fromUtf16(language == SlipLanguage::Korean ? entry.korean
                                                                       : entry.english);
    }
    Q_UNREACHABLE();
    return QString();
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

} // namespace ShopDesk
