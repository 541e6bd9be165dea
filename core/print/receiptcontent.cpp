#include "receiptcontent.h"

#include "payment.h"

#include <QLocale>

namespace ShopDesk {

namespace {

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

class ContentBuilder
{
public:
    ContentBuilder(const ReceiptData &data, SlipLanguage language, const OrderMoney &money)
        : m_data(data)
        , m_language(language)
        , m_money(money)
        , m_locale(language == SlipLanguage::Korean
                       ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                       : QLocale(QLocale::English, QLocale::UnitedStates))
    {}

    QList<ReceiptPart> build()
    {
        QList<ReceiptPart> parts;
        parts.append({QStringLiteral("header"), header(), {}});
        parts.append({QStringLiteral("info"), infoLeft(), infoRight(), true});
        parts.append({QStringLiteral("lines"), lines(), {}});
        parts.append(
            {QStringLiteral("money"), totals(), m_data.isRefund() ? refunds() : payments(), true});
        parts.append({QStringLiteral("end"),
                      {{ReceiptRowKind::QrCode, QStringLiteral("qr code"), m_data.orderId(), {}},
                       {ReceiptRowKind::ThankYou,
                        QStringLiteral("thanks"),
                        text(ReceiptLabel::ThankYou),
                        {}}},
                      {}});
        return parts;
    }

private:
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

    QList<ReceiptRow> header() const
    {
        const ShopDetails &shop = m_data.shop;
        QList<ReceiptRow> rows;
        if (!shop.name.isEmpty())
            rows.append({ReceiptRowKind::Shop, QStringLiteral("shop"), shop.name, {}});
        auto detail = [&](const QString &line) {
            rows.append({ReceiptRowKind::ShopDetail, QStringLiteral("shop details"), line, {}});
        };
        if (!shop.businessNumber.isEmpty())
            detail(text(ReceiptLabel::BusinessNumber).arg(businessNumberText(shop.businessNumber)));
        if (!shop.representative.isEmpty())
            detail(text(ReceiptLabel::Representative).arg(shop.representative));
        if (!shop.address.isEmpty())
            detail(shop.address);
        if (!shop.phone.isEmpty())
            detail(text(ReceiptLabel::ShopPhone).arg(shop.phone));
        rows.append({ReceiptRowKind::Title,
                     QStringLiteral("title"),
                     text(m_data.isRefund() ? ReceiptLabel::RefundTitle : ReceiptLabel::Title),
                     {}});
        if (m_data.isReprint()) {
            rows.append({ReceiptRowKind::Reprint,
                         QStringLiteral("reprint"),
                         text(ReceiptLabel::Reprint).arg(m_data.copy),
                         {}});
        }
        rows.append({ReceiptRowKind::Rule, QStringLiteral("header rule"), {}, {}});
        return rows;
    }

    ReceiptRow info(const QString &name, ReceiptLabel label, const QString &value) const
    {
        return {ReceiptRowKind::Info, name, text(label),
                value.isEmpty() ? QStringLiteral("-") : value};
    }

    QList<ReceiptRow> infoLeft() const
    {
        const Order &order = m_data.details.order;
        const OrderReturn *done = m_data.orderReturn();
        return {info(QStringLiteral("date"), ReceiptLabel::Date,
                     time(done ? done->at : order.placedAt())),
                info(QStringLiteral("order id"), ReceiptLabel::OrderId, m_data.orderId()),
                info(QStringLiteral("terminal"), ReceiptLabel::Terminal,
                     order.origin().isEmpty() ? m_data.terminal : order.origin())};
    }

    QList<ReceiptRow> infoRight() const
    {
        const OrderReturn *done = m_data.orderReturn();
        QList<ReceiptRow> rows{info(QStringLiteral("clerk"), ReceiptLabel::Clerk,
                                    done ? done->actor : m_data.details.clerk)};
        if (done) {
            rows.append(info(QStringLiteral("return"), ReceiptLabel::ReturnNo,
                             QString::number(done->returnNo)));
            if (!done->reason.isEmpty())
                rows.append(info(QStringLiteral("reason"), ReceiptLabel::Reason, done->reason));
        }
        rows.append(
            info(QStringLiteral("printed at"), ReceiptLabel::PrintedAt, time(m_data.printedAt)));
        return rows;
    }

    QList<ReceiptRow> lines() const
    {
        QList<ReceiptRow> rows{
            {ReceiptRowKind::Rule, QStringLiteral("items rule"), {}, {}},
            {ReceiptRowKind::Heading, QStringLiteral("item head"), text(ReceiptLabel::Item),
             text(ReceiptLabel::Amount)},
        };
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
            rows.append({ReceiptRowKind::Entry, name, title, {}});
            rows.append({ReceiptRowKind::EntryDetail, name + QStringLiteral(" amount"),
                         QStringLiteral("%1 × %2").arg(m_locale.toString(qty), money(line.price)),
                         money(figures.gross)});
            if (figures.lineDiscount > 0) {
                QString discount = text(ReceiptLabel::LineDiscount).arg(line.discount.text());
                if (!line.discount.reason.isEmpty())
                    discount += QStringLiteral(" (%1)").arg(line.discount.reason);
                rows.append({ReceiptRowKind::Note, name + QStringLiteral(" discount"), discount,
                             money(-figures.lineDiscount)});
            }
        }
        if (m_money.orderDiscount > 0) {
            const Discount &discount = m_data.details.order.terms().discount;
            QString label = text(ReceiptLabel::OrderDiscount).arg(discount.text());
            if (!discount.reason.isEmpty())
                label += QStringLiteral(" (%1)").arg(discount.reason);
            rows.append({ReceiptRowKind::Entry, QStringLiteral("order discount"), label,
                         money(-m_money.orderDiscount)});
        }
        return rows;
    }

    QList<ReceiptRow> totals() const
    {
        auto figure = [&](const QString &name, ReceiptLabel label, Money amount) {
            return ReceiptRow{ReceiptRowKind::Figure, name, text(label), money(amount)};
        };
        const OrderReturn *done = m_data.orderReturn();
        return {{ReceiptRowKind::Rule, QStringLiteral("totals rule"), {}, {}},
                figure(QStringLiteral("taxable"), ReceiptLabel::Taxable, m_money.taxable),
                figure(QStringLiteral("supply"), ReceiptLabel::Supply, m_money.supply),
                figure(QStringLiteral("vat"), ReceiptLabel::Vat, m_money.vat),
                figure(QStringLiteral("exempt"), ReceiptLabel::Exempt, m_money.exempt),
                {ReceiptRowKind::Total, QStringLiteral("total"),
                 text(done ? ReceiptLabel::RefundTotal : ReceiptLabel::Total),
                 money(done ? done->refund : m_money.total)}};
    }

    QString cardTitle(const CardDetails &card) const
    {
        return card.company.isEmpty() ? text(ReceiptLabel::Card)
                                      : text(ReceiptLabel::CardOf).arg(card.company);
    }

    void addCardDetails(QList<ReceiptRow> &rows, const QString &name, const CardDetails &card) const
    {
        if (!card.last4.isEmpty()) {
            rows.append({ReceiptRowKind::Note, name + QStringLiteral(" card number"),
                         text(ReceiptLabel::CardNumber),
                         QStringLiteral("****-****-****-") + card.last4});
        }
        rows.append({ReceiptRowKind::Note, name + QStringLiteral(" approval"),
                     text(ReceiptLabel::Approval), card.approval});
        rows.append({ReceiptRowKind::Note, name + QStringLiteral(" instalments"),
                     text(ReceiptLabel::Instalments),
                     card.instalments > 1 ? text(ReceiptLabel::Months).arg(card.instalments)
                                          : text(ReceiptLabel::SinglePayment)});
    }

    QList<ReceiptRow> payments() const
    {
        QList<ReceiptRow> rows{
            {ReceiptRowKind::Rule, QStringLiteral("payments rule"), {}, {}},
            {ReceiptRowKind::Heading,
             QStringLiteral("payments head"),
             text(ReceiptLabel::Payments),
             {}},
        };
        for (const Payment &payment : m_data.details.payments) {
            const QString name = QStringLiteral("payment %1").arg(payment.part());
            if (payment.method() == PaymentMethod::Card) {
                rows.append({ReceiptRowKind::Payment, name, cardTitle(payment.card()),
                             money(payment.amount())});
                addCardDetails(rows, name, payment.card());
                continue;
            }
            rows.append(
                {ReceiptRowKind::Payment, name, text(ReceiptLabel::Cash), money(payment.amount())});
            rows.append({ReceiptRowKind::Note, name + QStringLiteral(" tendered"),
                         text(ReceiptLabel::Tendered), money(payment.tendered())});
            rows.append({ReceiptRowKind::Note, name + QStringLiteral(" change"),
                         text(ReceiptLabel::Change), money(payment.change())});
            if (const std::optional<CashReceipt> &receipt = payment.cashReceipt()) {
                const QString purpose =
                    text(receipt->purpose == CashReceipt::Purpose::Proof ? ReceiptLabel::Proof
                                                                         : ReceiptLabel::Deduction);
                rows.append({ReceiptRowKind::Note, name + QStringLiteral(" cash receipt"),
                             text(ReceiptLabel::CashReceipt).arg(purpose), receipt->printed()});
            }
        }
        return rows;
    }

    QList<ReceiptRow> refunds() const
    {
        const OrderReturn *done = m_data.orderReturn();
        if (!done || done->refundParts.isEmpty())
            return {};
        QList<ReceiptRow> rows{
            {ReceiptRowKind::Rule, QStringLiteral("refunds rule"), {}, {}},
            {ReceiptRowKind::Heading,
             QStringLiteral("refunds head"),
             text(ReceiptLabel::Refunds),
             {}},
        };
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
            rows.append({ReceiptRowKind::Payment, name, title, money(-part.amount)});
            if (card && payment)
                addCardDetails(rows, name, payment->card());
        }
        return rows;
    }

    const ReceiptData &m_data;
    SlipLanguage m_language;
    const OrderMoney &m_money;
    QLocale m_locale;
};

} // namespace

Result<ReceiptContent> ReceiptContent::build(const ReceiptData &data, SlipLanguage language)
{
    SD_TRY(const OrderMoney money, data.money());
    ReceiptContent content;
    content.m_parts = ContentBuilder(data, language, money).build();
    return content;
}

QList<ReceiptRow> ReceiptContent::rows() const
{
    QList<ReceiptRow> rows;
    for (const ReceiptPart &part : m_parts)
        rows << part.rows << part.beside;
    return rows;
}

} // namespace ShopDesk
