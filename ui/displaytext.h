#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ShopDesk {

// The words and formats the tables show for the core's codes and values. Codes the core
// may add later fall back to the code itself rather than to an empty cell.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::DisplayText)

public:
    // Won without decimals, grouped as the locale groups digits (for example ₩12,000).
    static QString money(Money amount, const QLocale &locale = QLocale());
    // Local time in the locale's short format; empty for an unset time.
    static QString dateTime(const QDateTime &at, const QLocale &locale = QLocale());
    static QString count(qint64 value, const QLocale &locale = QLocale());

    static QString orderStatus(const QString &code);
    static QString paymentMethod(const QString &code);
    static QString paymentStatus(const QString &code);
    static QString deliveryStatus(const QString &code);
};

} // namespace ShopDesk
