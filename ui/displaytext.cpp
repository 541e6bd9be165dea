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

QString DisplayText::printerProblem(const QString &reason)
{
    if (reason == QLatin1StringView("offline"))
        return tr("it is offline. Check that it is on and its lid is shut, then print again.");
    if (reason == QLatin1StringView("paperOut"))
        return tr("it is out of paper. Put in a new roll, then print again.");
    if (reason == QLatin1StringView("coverOpen"))
        return tr("its cover is open. Shut it, then print again.");
    if (reason == QLatin1StringView("printerError"))
        return tr("it reports an error (a paper jam or the cutter). Clear it, then print again.");
    if (reason == QLatin1StringView("disconnected"))
        return tr("the connection dropped in the middle of the job. Check the cable or the "
                  "network, then print again.");
    if (reason == QLatin1StringView("timeout"))
        return tr("it stopped answering. Check it, then print again.");
    if (reason == QLatin1StringView("unreachable"))
        return tr("it cannot be reached. Check that it is on and connected, and its address in "
                  "Settings.");
    if (reason == QLatin1StringView("notADevice"))
        return tr("its address names a file or folder, not a printer. Check it in Settings.");
    return {};
}

} // namespace ShopDesk
