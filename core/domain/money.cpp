#include "money.h"

#include "order.h"

#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace ShopDesk {

namespace {

// Products of two figures of money exceed 64 bits before they are divided.
__extension__ typedef __int128 Wide;

const QString taxableName = QStringLiteral("taxable");
const QString exemptName = QStringLiteral("exempt");

// A sum of money that stays within Limits::MaxMoney.
bool addMoney(Money &sum, Money value)
{
    return !__builtin_add_overflow(sum, value, &sum) && sum <= Limits::MaxMoney;
}

Error tooLarge()
{
    return Error::invalidInput(
        QStringLiteral("the order's total would exceed %1; split it into smaller orders")
            .arg(Limits::MaxMoney),
        {{QStringLiteral("maximum"), Limits::MaxMoney}});
}

Status checkDiscount(const Discount &discount, Money base, const QString &what)
{
    if (discount.kind == Discount::Kind::Percent) {
        if (discount.value < 0 || discount.value > 100) {
            return Error::invalidInput(
                QStringLiteral("the discount of %1 must be 0 to 100 %, got %2 %")
                    .arg(what)
                    .arg(discount.value),
                {{QStringLiteral("field"), QStringLiteral("discount")}});
        }
        return {};
    }
    if (discount.value < 0 || discount.value > base) {
        return Error::invalidInput(
            QStringLiteral("the discount of %1 is %2, but %1 comes to %3; a discount never "
                           "takes it below zero")
                .arg(what)
                .arg(discount.value)
                .arg(base),
            {{QStringLiteral("field"), QStringLiteral("discount")},
             {QStringLiteral("discount"), discount.value},
             {QStringLiteral("maximum"), base}});
    }
    return {};
}

} // namespace

QString toText(TaxKind kind)
{
    return kind == TaxKind::Exempt ? exemptName : taxableName;
}

std::optional<TaxKind> taxKindFromString(QStringView text)
{
    if (text == taxableName)
        return TaxKind::Taxable;
    if (text == exemptName)
        return TaxKind::Exempt;
    return std::nullopt;
}

QString toText(Discount::Kind kind)
{
    return kind == Discount::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount");
}

std::optional<Discount::Kind> discountKindFromString(QStringView text)
{
    if (text == u"percent")
        return Discount::Kind::Percent;
    if (text == u"amount")
        return Discount::Kind::Amount;
    return std::nullopt;
}

qint64 mulDivRound(qint64 a, qint64 b, qint64 c)
{
    Q_ASSERT(a >= 0 && b >= 0 && c > 0);
    const Wide product = Wide(a) * b;
    return qint64((2 * product + c) / (2 * Wide(c)));
}

Money Tax::supplyValue(Money taxableTotal, int vatRate)
{
    return mulDivRound(taxableTotal, 100, 100 + vatRate);
}

Result<Discount> Discount::parse(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    const bool percent = trimmed.endsWith(u'%');
    const QString digits = percent ? trimmed.chopped(1).trimmed() : trimmed;
    bool ok = !digits.isEmpty();
    for (const QChar c : digits)
        ok = ok && c >= u'0' && c <= u'9';
    const qint64 value = ok && digits.size() <= 16 ? digits.toLongLong(&ok) : 0;
    const qint64 maximum = percent ? 100 : Limits::MaxMoney;
    if (!ok || digits.size() > 16 || value > maximum) {
        return Error::invalidInput(
            QStringLiteral("%1 '%2' is not a discount; give an amount such as 500 or a "
                           "percentage from 0 to 100 such as 10%")
                .arg(field, text),
            {{QStringLiteral("field"), field}});
    }
    return Discount{percent ? Kind::Percent : Kind::Amount, value, {}};
}

QString Discount::text() const
{
    return kind == Kind::Percent ? QStringLiteral("%1%").arg(value) : QString::number(value);
}

Money Discount::of(Money base) const
{
    return kind == Kind::Percent ? mulDivRound(base, value, 100) : value;
}

QJsonValue Discount::toJson() const
{
    if (isNone())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("kind"), toText(kind)},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("reason"), reason}};
}

QJsonObject OrderMoney::toJson() const
{
    return {{QStringLiteral("gross"), gross},
            {QStringLiteral("lineDiscounts"), lineDiscounts},
            {QStringLiteral("orderDiscount"), orderDiscount},
            {QStringLiteral("total"), total},
            {QStringLiteral("taxable"), taxable},
            {QStringLiteral("supply"), supply},
            {QStringLiteral("vat"), vat},
            {QStringLiteral("exempt"), exempt},
            {QStringLiteral("vatRate"), vatRate}};
}

Result<OrderMoney> orderMoney(const QList<OrderLine> &lines, const Discount &orderDiscount,
                              int vatRate)
{
    if (vatRate < 0 || vatRate > Tax::MaxVatRate) {
        return Error::invalidInput(QStringLiteral("the VAT rate must be 0 to %1 %, got %2")
                                       .arg(Tax::MaxVatRate)
                                       .arg(vatRate));
    }
    OrderMoney money;
    money.vatRate = vatRate;
    money.lines.reserve(lines.size());
    Money fullSubtotal = 0; // after line discounts, for the whole quantities
    Money subtotal = 0;     // the same for the remaining quantities
    for (const OrderLine &line : lines) {
        if (line.qty < 1 || line.qty > Limits::MaxQty || line.price < 0 ||
            line.price > Limits::MaxPrice || line.returned < 0 || line.returned > line.qty) {
            return Error::invalidInput(
                QStringLiteral("line %1 has a quantity or price out of range").arg(line.productId));
        }
        // Below 2^63: MaxQty x MaxPrice.
        const Money fullGross = line.qty * line.price;
        SD_CHECK(
            checkDiscount(line.discount, fullGross, QStringLiteral("line %1").arg(line.productId)));
        const Money fullLineDiscount = line.discount.of(fullGross);
        LineMoney m;
        m.gross = line.remaining() * line.price;
        m.lineDiscount = line.discount.kind == Discount::Kind::Percent
                             ? line.discount.of(m.gross)
                             : mulDivRound(line.discount.value, line.remaining(), line.qty);
        m.net = m.gross - m.lineDiscount;
        if (!addMoney(fullSubtotal, fullGross - fullLineDiscount) ||
            !addMoney(money.gross, m.gross) || !addMoney(money.lineDiscounts, m.lineDiscount) ||
            !addMoney(subtotal, m.net)) {
            return tooLarge();
        }
        money.lines.append(m);
    }
    SD_CHECK(checkDiscount(orderDiscount, fullSubtotal, QStringLiteral("the order")));
    money.orderDiscount =
        orderDiscount.kind == Discount::Kind::Percent
            ? orderDiscount.of(subtotal)
            : (fullSubtotal == 0 ? 0 : mulDivRound(orderDiscount.value, subtotal, fullSubtotal));

    // The order's discount shared by largest remainder: each line its floor, the won left
    // over to the lines with the largest remainders (the earlier line on a tie).
    if (money.orderDiscount > 0 && subtotal > 0) {
        QList<Wide> remainders;
        Money shared = 0;
        for (LineMoney &m : money.lines) {
            const Wide exact = Wide(money.orderDiscount) * m.net;
            m.orderDiscount = qint64(exact / subtotal);
            remainders.append(exact % subtotal);
            shared += m.orderDiscount;
        }
        QList<qsizetype> order(money.lines.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return remainders.at(a) > remainders.at(b);
        });
        for (qsizetype i = 0; shared < money.orderDiscount; ++i) {
            ++money.lines[order.at(i)].orderDiscount;
            ++shared;
        }
    }
    for (qsizetype i = 0; i < money.lines.size(); ++i) {
        LineMoney &m = money.lines[i];
        m.net -= m.orderDiscount;
        (lines.at(i).tax == TaxKind::Exempt ? money.exempt : money.taxable) += m.net;
    }
    money.total = money.taxable + money.exempt;
    money.supply = Tax::supplyValue(money.taxable, vatRate);
    money.vat = money.taxable - money.supply;
    return money;
}

bool withinDiscountLimit(const OrderMoney &money, int limitPercent)
{
    return Wide(money.discount()) * 100 <= Wide(money.gross) * limitPercent;
}

} // namespace ShopDesk
