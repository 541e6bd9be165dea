#include "displaytext.h"

namespace ShopDesk {

namespace {
Currency &shownCurrency()
{
    static Currency currency = Currency::defaultCurrency();
    return currency;
}
} // namespace

QString DisplayText::money(Money amount, const QLocale &locale)
{
    const Currency &currency = shownCurrency();
    if (currency.decimals == 0)
        return locale.toCurrencyString(qlonglong(amount), currency.symbol);
    // Display only: a double holds every amount up to 2^53 exactly.
    return locale.toCurrencyString(double(amount) / double(currency.unit()), currency.symbol,
                                   currency.decimals);
}

void DisplayText::setCurrency(const Currency &currency)
{
    shownCurrency() = currency;
}

Currency DisplayText::currency()
{
    return shownCurrency();
}

QString DisplayText::dateTime(const QDateTime &at)
{
    // One form in both languages, the way Korean shops write it on receipts and ledgers:
    // sortable, 24-hour, unambiguous (the locale's short form reads "26. 12. 3. 오후 2:05").
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DisplayText::count(qint64 value, const QLocale &locale)
{
    return locale.toString(qlonglong(value));
}

QString DisplayText::orderStatus(const QString &code)
{
    if (code == QLatin1StringView("placed"))
        return tr("Placed");
    if (code == QLatin1StringView("paid"))
        return tr("Paid");
    if (code == QLatin1StringView("delivering"))
        return tr("Delivering");
    if (code == QLatin1StringView("delivered"))
        return tr("Delivered");
    if (code == QLatin1StringView("cancelled"))
        return tr("Cancelled");
    return code;
}

QString DisplayText::paymentMethod(const QString &code)
{
    if (code == QLatin1StringView("cash"))
        return tr("Cash");
    if (code == QLatin1StringView("card"))
        return tr("Card");
    return code;
}

QString DisplayText::cashReceiptPurpose(const QString &code)
{
    if (code == QLatin1StringView("deduction"))
        return tr("income deduction");
    if (code == QLatin1StringView("proof"))
        return tr("expense proof");
    return code;
}

QString DisplayText::cashReceiptKind(const QString &code)
{
    if (code == QLatin1StringView("phone"))
        return tr("phone");
    if (code == QLatin1StringView("business"))
        return tr("business no.");
    if (code == QLatin1StringView("card"))
        return tr("cash receipt card");
    if (code == QLatin1StringView("selfIssued"))
        return tr("self-issued");
    return code;
}

QString DisplayText::paymentStatus(const QString &code)
{
    if (code == QLatin1StringView("approved"))
        return tr("Approved");
    if (code == QLatin1StringView("refunded"))
        return tr("Refunded");
    return code;
}

QString DisplayText::deliveryStatus(const QString &code)
{
    if (code == QLatin1StringView("started"))
        return tr("Started");
    if (code == QLatin1StringView("completed"))
        return tr("Completed");
    if (code == QLatin1StringView("cancelled"))
        return tr("Cancelled");
    return code;
}

QColor DisplayText::statusColor(const QString &code)
{
    if (code == QLatin1StringView("placed"))
        return QColor(0x9a, 0x5b, 0x00);
    if (code == QLatin1StringView("paid") || code == QLatin1StringView("delivering") ||
        code == QLatin1StringView("started"))
        return QColor(0x0d, 0x47, 0xa1);
    if (code == QLatin1StringView("delivered") || code == QLatin1StringView("completed"))
        return QColor(0x1b, 0x5e, 0x20);
    if (code == QLatin1StringView("cancelled"))
        return QColor(0x75, 0x75, 0x75);
    return {};
}

} // namespace ShopDesk
