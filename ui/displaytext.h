#pragma once

#include "types.h"

#include <QColor>
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
    // The amount (in the smallest unit) in the shop's currency, with its decimals and symbol,
    // grouped as the locale groups digits: ₩12,000 for KRW, $120.00 for 12000 in USD.
    static QString money(Money amount, const QLocale &locale = QLocale());
    // The currency money() shows; KRW until the shop's settings say otherwise.
    static void setCurrency(const Currency &currency);
    static Currency currency();
    // Local time as 2026-12-03 14:05 in every language; empty for an unset time.
    static QString dateTime(const QDateTime &at);
    static QString count(qint64 value, const QLocale &locale = QLocale());

    static QString orderStatus(const QString &code);
    static QString paymentMethod(const QString &code);
    static QString paymentStatus(const QString &code);
    // A cash receipt's purpose (deduction, proof) and whom it is issued to (phone, business,
    // card, selfIssued), as the core names them.
    static QString cashReceiptPurpose(const QString &code);
    static QString cashReceiptKind(const QString &code);
    static QString deliveryStatus(const QString &code);
    // Why a thermal printer did not print, for its reason code (core/printer: offline,
    // paperOut, coverOpen, printerError, disconnected, timeout, unreachable, notADevice);
    // empty for another code.
    static QString printerProblem(const QString &reason);

    // The colour a status is written in, the same in every list: waiting (placed) in amber,
    // under way (paid, delivering, started) in blue, done (delivered, completed) in green,
    // cancelled in grey. Invalid for a code it does not know (the view's default colour).
    static QColor statusColor(const QString &code);
};

} // namespace ShopDesk
