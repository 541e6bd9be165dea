#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace ShopDesk {

// The one place where the window turns a refusal of the core (an Error: a code and its typed
// details) into words, for every tab and dialog. The text says what went wrong and what to do
// in the window's language, from the code, the details and what the clerk was doing; it never
// holds the core's English sentence, which goes to the log (category shopdesk.ui.errors) for
// engineers instead.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::ErrorText)

public:
    // What the clerk was doing when the core refused. It chooses the words where the code and
    // details alone would be vague: who may manage users, whether the database was to be read
    // or written, which state an order must be in.
    enum class Context {
        Reading, // a list, an order, a product or its stock: nothing was to change
        PlacingOrder,
        PayingOrder,
        CancellingOrder,
        CompletingDelivery,
        Printing, // printing, previewing or exporting a slip, and recording it as printed
        SavingProduct,
        ChangingStock,
        ManagingUsers,
        LoggingIn,
        SavingSettings,
        FirstStart,   // naming the terminal, creating its database and its first manager
        CountingCash, // a shift opened, cash moved in or out, a shift closed with its count
        BackingUp,    // a backup written, looked into or restored
    };

    // A sentence (a few lines for a stock refusal) for the error, in the window's language.
    // Logs the error's code and English message.
    static QString text(const Error &error, Context context);

    // "P1 사과: 5 wanted, 2 available (3 short)", one line per short product of a refusal to
    // place an order (details.shortages).
    static QStringList shortages(const Error &error);
    // Product id -> units short, from the same details, for the lines to mark.
    static QHash<QString, qint64> shortByProduct(const Error &error);
    // Why a cash receipt's number or purpose was refused (CashReceipt::parse, details.field),
    // without logging: the pay dialog checks the number as the clerk types it.
    static QString cashReceipt(const Error &error);
    // An order of another terminal: paid, cancelled and completed only where it was placed.
    static QString ownedElsewhere(const QString &orderId, const QString &owner);

private:
    static QString invalidInput(const QJsonObject &details, Context context);
    static QString notFound(const QJsonObject &details);
    static QString insufficientStock(const Error &error, Context context);
    static QString invalidState(const QJsonObject &details, Context context);
    static QString storage(const QJsonObject &details, Context context);
    static QString unauthorized(const QJsonObject &details, Context context);
    static QString forbidden(const QJsonObject &details, Context context);
    static QString cashReceiptText(const QJsonObject &details);
    static bool isCashReceiptField(const QJsonObject &details);
};

} // namespace ShopDesk
