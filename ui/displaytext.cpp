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

QString DisplayText::dateTime(const QDateTime &at, const QLocale &locale)
{
    return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
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

} // namespace ShopDesk
