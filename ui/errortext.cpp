#include "errortext.h"

#include "displaytext.h"
#include "money.h"
#include "user.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>

namespace ShopDesk {

namespace {

Q_LOGGING_CATEGORY(lcErrors, "shopdesk.ui.errors")

QString textOf(const QJsonObject &details, const char *key)
{
    return details.value(QLatin1StringView(key)).toString();
}

qint64 numberOf(const QJsonObject &details, const char *key)
{
    return details.value(QLatin1StringView(key)).toInteger();
}

bool isReason(const QJsonObject &details, QLatin1StringView reason)
{
    return details.value(QStringLiteral("reason")).toString() == reason;
}

// An order's or a delivery's status word: the details say "status" for both.
QString statusWord(const QString &code)
{
    if (code == QLatin1StringView("started") || code == QLatin1StringView("completed"))
        return DisplayText::deliveryStatus(code);
    return DisplayText::orderStatus(code);
}

// SQLite's primary result codes that the store names in details.sqlite.
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;

} // namespace

QString ErrorText::text(const Error &error, Context context)
{
    if (error.code == ErrorCode::Storage)
        qCWarning(lcErrors).noquote() << errorCodeName(error.code) << error.message;
    else
        qCInfo(lcErrors).noquote() << errorCodeName(error.code) << error.message;
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return invalidInput(error.details, context);
    case ErrorCode::NotFound:
        return notFound(error.details);
    case ErrorCode::InsufficientStock:
        return insufficientStock(error, context);
    case ErrorCode::InvalidState:
        return invalidState(error.details, context);
    case ErrorCode::Storage:
        return storage(error.details, context);
    case ErrorCode::Unauthorized:
        return unauthorized(error.details, context);
    case ErrorCode::Forbidden:
        return forbidden(error.details, context);
    }
    return tr("This could not be done.");
}

QString ErrorText::invalidInput(const QJsonObject &details, Context context)
{
    if (isReason(details, QLatin1StringView("pinTooShort")))
        return tr("This shop's PINs have at least %1 digits. Type a longer PIN.")
            .arg(numberOf(details, "minPinLength"));
    if (isReason(details, QLatin1StringView("nameTaken")))
        return tr("A user named %1 already exists. Choose another name.")
            .arg(textOf(details, "user"));
    if (isReason(details, QLatin1StringView("firstManager")))
        return tr("The shop's first user must be a manager.");
    if (context == Context::BackingUp) {
        const QString file = textOf(details, "file");
        if (isReason(details, QLatin1StringView("damaged")))
            return tr("%1 is damaged: it cannot be restored. Choose another backup.").arg(file);
        if (isReason(details, QLatin1StringView("notADatabase")) ||
            isReason(details, QLatin1StringView("foreign")))
            return tr("%1 is not a ShopDesk backup. Choose another file.").arg(file);
        if (isReason(details, QLatin1StringView("newer")))
            return tr("%1 was written by a newer ShopDesk: update ShopDesk first.").arg(file);
        if (isReason(details, QLatin1StringView("inconsistent")))
            return tr("%1 fails ShopDesk's checks: it cannot be restored. Choose another backup.")
                .arg(file);
        if (isReason(details, QLatin1StringView("otherTerminal")))
            return tr("That backup is of another terminal. Restore a backup of this one.");
        if (isReason(details, QLatin1StringView("notRegular")))
            return tr("%1 is not a regular file. Choose the backup file itself.").arg(file);
    }
    if (details.contains(QStringLiteral("tendered")) && details.contains(QStringLiteral("total"))) {
        return tr("The cash tendered, %1, is less than the total of %2.")
            .arg(DisplayText::money(numberOf(details, "tendered")),
                 DisplayText::money(numberOf(details, "total")));
    }
    if (context == Context::PayingOrder && isCashReceiptField(details))
        return cashReceiptText(details);
    const QString field = details.value(QStringLiteral("field")).toString();
    if (field == QLatin1StringView("businessNumber"))
        return tr("A business registration number has 10 digits and ends in a check digit, such "
                  "as 123-45-67891: check it for a typo.");
    if (field == QLatin1StringView("vatRate"))
        return tr("The VAT rate is a whole percent from 0 to %1.").arg(Tax::MaxVatRate);
    if (field == QLatin1StringView("clerkDiscountLimit"))
        return tr("The clerk's discount limit is a whole percent from 0 to 100.");
    // The core names the field only in its English sentence: the words follow what the clerk
    // was filling in.
    switch (context) {
    case Context::PlacingOrder:
        return tr("Please correct the order: the customer's name, phone or address is too long or "
                  "has control characters, or a quantity is not from 1 to %1.")
            .arg(DisplayText::count(Limits::MaxQty));
    case Context::PayingOrder:
        return tr("Please check the amount tendered: it was not accepted.");
    case Context::CancellingOrder:
        return tr("Please shorten the reason for cancelling: it is too long or has control "
                  "characters.");
    case Context::SavingProduct:
        return tr("Please correct the product: its id, name, price, barcode or low-stock threshold "
                  "was not accepted.");
    case Context::ChangingStock:
        return tr("Please correct the quantity, or shorten the reason.");
    case Context::ManagingUsers:
        return tr("Check the name (1 to %1 characters, no control characters) and the PIN (%2 "
                  "to %3 digits).")
            .arg(UserRules::MaxNameLength)
            .arg(UserRules::MinPinLength)
            .arg(UserRules::MaxPinLength);
    case Context::LoggingIn:
        return tr("Type the PIN again: it has %1 to %2 digits.")
            .arg(UserRules::MinPinLength)
            .arg(UserRules::MaxPinLength);
    case Context::SavingSettings:
        return tr("Please correct the shop's settings: its name, address or phone is too long or "
                  "has control characters.");
    case Context::FirstStart:
        return tr("Please check the terminal name (1-16 letters, digits, '-' or '_', starting with "
                  "a letter), the manager's name and the PIN (%1 to %2 digits).")
            .arg(UserRules::MinPinLength)
            .arg(UserRules::MaxPinLength);
    case Context::Printing:
        return tr("Nothing to print: choose a slip, and a printer or a file.");
    case Context::CountingCash:
        return tr("Please check the amounts and counts (whole, not negative) and give a reason "
                  "for cash moved in or out.");
    case Context::BackingUp:
        return tr("Choose a backup file.");
    case Context::Reading:
    case Context::CompletingDelivery:
        break;
    }
    return tr("That was not accepted: please check what was typed.");
}

QString ErrorText::notFound(const QJsonObject &details)
{
    if (const QString orderId = textOf(details, "orderId"); !orderId.isEmpty())
        return tr("There is no order %1.").arg(orderId);
    if (const QString productId = textOf(details, "productId"); !productId.isEmpty())
        return tr("There is no product %1.").arg(productId);
    if (const QString user = textOf(details, "user"); !user.isEmpty())
        return tr("There is no user named %1 any more. The list shows the users there are.")
            .arg(user);
    return tr("It no longer exists; the lists show what there is now.");
}

QString ErrorText::insufficientStock(const Error &error, Context context)
{
    const QJsonObject &details = error.details;
    if (!details.value(QStringLiteral("shortages")).toArray().isEmpty()) {
        return tr("Not enough stock; the order was not placed. Lower the quantities or remove "
                  "these lines:\n%1")
            .arg(shortages(error).join(QLatin1Char('\n')));
    }
    const QString productId = textOf(details, "productId");
    if (productId.isEmpty())
        return tr("There is not enough stock for that.");
    const QString requested = DisplayText::count(numberOf(details, "requested"));
    const QString available = DisplayText::count(numberOf(details, "available"));
    if (context == Context::ChangingStock) {
        return tr("Only %1 of %2 on hand: %3 cannot be taken off.")
            .arg(available, productId, requested);
    }
    return tr("Not enough stock of %1: %2 wanted, only %3 available.")
        .arg(productId, requested, available);
}

QString ErrorText::invalidState(const QJsonObject &details, Context context)
{
    const QString orderId = textOf(details, "orderId");
    if (const QString owner = textOf(details, "owner"); !owner.isEmpty())
        return ownedElsewhere(orderId, owner);
    const QString user = textOf(details, "user");
    if (isReason(details, QLatin1StringView("lastManager")))
        return tr("%1 is the shop's last enabled manager. Make another user a manager first.")
            .arg(user);
    if (isReason(details, QLatin1StringView("self")))
        return tr("You cannot disable yourself while logged in. Another manager can.");
    if (isReason(details, QLatin1StringView("catchingUp")))
        return tr("This terminal was restored from a backup and is getting what it did after it "
                  "back from the hub. Wait until it is connected and up to date, then try again.");
    if (isReason(details, QLatin1StringView("printing")))
        return tr("The slip of %1 is being printed already.").arg(orderId);
    if (isReason(details, QLatin1StringView("noOpenShift")))
        return tr("This shop takes cash only during a shift, and none is open on this terminal. "
                  "Open a shift with the float in the drawer first.");
    if (isReason(details, QLatin1StringView("shiftOpen")))
        return tr("Shift %1 is open already: close it before opening another.")
            .arg(textOf(details, "shiftId"));
    if (isReason(details, QLatin1StringView("payOutTooLarge")))
        return tr("The drawer should hold %1: a pay-out cannot be more.")
            .arg(DisplayText::money(numberOf(details, "expectedCash")));
    const QString status = textOf(details, "status");
    if (!orderId.isEmpty() && !status.isEmpty()) {
        const QString word = statusWord(status);
        switch (context) {
        case Context::PayingOrder:
            return tr("Order %1 is %2: only a placed order can be paid.").arg(orderId, word);
        case Context::CancellingOrder:
            return tr("Order %1 is %2 and cannot be cancelled.").arg(orderId, word);
        case Context::CompletingDelivery:
            return tr("The delivery of order %1 is %2: only a started delivery can be completed.")
                .arg(orderId, word);
        case Context::Printing:
            return tr("Order %1 is %2 and has no delivery yet: it must be paid first.")
                .arg(orderId, word);
        default:
            return tr("Order %1 is %2, so this is not possible now.").arg(orderId, word);
        }
    }
    switch (context) {
    case Context::ManagingUsers:
        return tr("This change is not possible now. Nothing was changed.");
    case Context::FirstStart:
        return tr("This shop has users already: log in as one of them.");
    default:
        return tr("This is not possible in the present state. Nothing was changed.");
    }
}

QString ErrorText::storage(const QJsonObject &details, Context context)
{
    if (details.value(QStringLiteral("busy")).toBool())
        return tr("The database is busy: another program is writing to it. Try again in a "
                  "moment.");
    if (const QString file = textOf(details, "file");
        !file.isEmpty() && context == Context::BackingUp) {
        if (isReason(details, QLatin1StringView("notRegular")) ||
            isReason(details, QLatin1StringView("symlink")) ||
            isReason(details, QLatin1StringView("isFolder")))
            return tr("%1 is not a regular file (a folder, a device, a pipe or a link), so "
                      "ShopDesk does not write the backup there. Choose another file name.")
                .arg(file);
        return tr("ShopDesk cannot write the backup to %1. Choose another folder or file name.")
            .arg(file);
    }
    if (const QString file = textOf(details, "file"); !file.isEmpty()) {
        if (isReason(details, QLatin1StringView("notRegular")) ||
            isReason(details, QLatin1StringView("symlink")))
            return tr("%1 is not a regular file (it is a device, a pipe or a link), so ShopDesk "
                      "does not write the slip there. Choose another file name.")
                .arg(file);
        return tr("ShopDesk cannot write the slip to %1. Choose another folder or file name.")
            .arg(file);
    }
    const QString printer = textOf(details, "printer");
    if (isReason(details, QLatin1StringView("printerUnavailable")))
        return tr("The printer %1 is not available. Check that it is on and connected.")
            .arg(printer);
    if (isReason(details, QLatin1StringView("pageSizeRefused"))) {
        return printer.isEmpty()
                   ? tr("The printer does not take this page size. Choose another slip page.")
                   : tr("The printer %1 does not take this page size. Choose another slip page.")
                         .arg(printer);
    }
    if (isReason(details, QLatin1StringView("printerRefused")))
        return tr("The printer %1 did not take the job. Check the printer, then try again.")
            .arg(printer);
    // A thermal printer's answers (core/printer).
    if (!printer.isEmpty()) {
        const QString reason = textOf(details, "reason");
        if (const QString said = DisplayText::printerProblem(reason); !said.isEmpty())
            return tr("The printer %1: %2").arg(printer, said);
    }
    if (const QString sqlite = textOf(details, "sqlite"); !sqlite.isEmpty()) {
        switch (sqlite.toInt()) {
        case SqliteFull:
            return tr("The disk is full, so the database could not save this. Free some disk "
                      "space, then try again.");
        case SqliteIoError:
            return tr("The disk failed to read or write the database. Check the disk, then try "
                      "again.");
        case SqliteCorrupt:
        case SqliteNotADatabase:
            return tr("The database file is damaged. Ask for support before working on.");
        default:
            return tr("The database failed (SQLite error %1). Try again; if it keeps failing, ask "
                      "for support.")
                .arg(sqlite);
        }
    }
    switch (context) {
    case Context::Reading:
    case Context::LoggingIn:
        return tr("The database could not be read.");
    case Context::Printing:
        return tr("The printer, the file or the database failed.");
    case Context::FirstStart:
        return tr("The database could not be created or opened. Nothing was saved.");
    default:
        return tr("This could not be saved: the database refused it. Nothing was changed.");
    }
}

QString ErrorText::unauthorized(const QJsonObject &details, Context context)
{
    const QString user = textOf(details, "user");
    if (isReason(details, QLatin1StringView("locked"))) {
        const QDateTime until =
            QDateTime::fromString(textOf(details, "lockedUntil"), Qt::ISODateWithMs);
        return tr("%1 is locked after too many wrong PINs, until %2 (%3 more seconds). A manager "
                  "can unlock the user (File, Users).")
            .arg(user, QLocale().toString(until.toLocalTime().time(), QStringLiteral("HH:mm:ss")))
            .arg(numberOf(details, "secondsLeft"));
    }
    if (isReason(details, QLatin1StringView("disabled"))) {
        switch (context) {
        case Context::LoggingIn:
            return tr("%1 is disabled. A manager can enable the user again (File, Users).")
                .arg(user);
        case Context::ManagingUsers:
            return tr("%1 has been disabled meanwhile. Log in as an enabled manager.").arg(user);
        default:
            return tr("%1 has been disabled meanwhile. Log in as another user: Switch user "
                      "(Ctrl+Shift+L).")
                .arg(user);
        }
    }
    switch (context) {
    case Context::LoggingIn:
        return tr("Wrong PIN for %1. Type the PIN again.").arg(user);
    case Context::ManagingUsers:
        return tr("Log in as a manager to manage users.");
    default:
        return tr("Please log in first: Switch user (Ctrl+Shift+L).");
    }
}

QString ErrorText::forbidden(const QJsonObject &details, Context context)
{
    if (const QString openedBy = textOf(details, "openedBy"); !openedBy.isEmpty())
        return tr("Shift %1 was opened by %2: a clerk closes only a shift they opened. %2 or a "
                  "manager can close it.")
            .arg(textOf(details, "shiftId"), openedBy);
    if (context == Context::ManagingUsers)
        return tr("Only a manager manages users. Switch user to log in as a manager.");
    return tr("Only a manager may do this. Ask a manager to log in: Switch user (Ctrl+Shift+L).");
}

QStringList ErrorText::shortages(const Error &error)
{
    QStringList lines;
    const QJsonArray items = error.details.value(QStringLiteral("shortages")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject shortage = item.toObject();
        lines << tr("%1 %2: %3 wanted, %4 available (%5 short)")
                     .arg(textOf(shortage, "productId"), textOf(shortage, "productName"),
                          DisplayText::count(numberOf(shortage, "requested")),
                          DisplayText::count(numberOf(shortage, "available")),
                          DisplayText::count(numberOf(shortage, "short")));
    }
    return lines;
}

QHash<QString, qint64> ErrorText::shortByProduct(const Error &error)
{
    QHash<QString, qint64> shortBy;
    const QJsonArray items = error.details.value(QStringLiteral("shortages")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject shortage = item.toObject();
        shortBy.insert(textOf(shortage, "productId"), numberOf(shortage, "short"));
    }
    return shortBy;
}

QString ErrorText::cashReceipt(const Error &error)
{
    return cashReceiptText(error.details);
}

QString ErrorText::cashReceiptText(const QJsonObject &details)
{
    const QString field = textOf(details, "field");
    if (field == QLatin1StringView("purpose"))
        return tr("A business registration number is for expense proof, not income deduction: "
                  "choose expense proof.");
    if (field == QLatin1StringView("businessNumber"))
        return tr("This is not a business registration number: its check digit does not match. "
                  "Check it for a typo.");
    return tr("Type a phone number (10 or 11 digits from 01), a business registration number (10 "
              "digits) or a cash receipt card number (13 to 19 digits); leave it empty for the "
              "tax office's self-issue number.");
}

bool ErrorText::isCashReceiptField(const QJsonObject &details)
{
    const QString field = textOf(details, "field");
    return field == QLatin1StringView("cashReceipt") || field == QLatin1StringView("purpose") ||
           field == QLatin1StringView("businessNumber");
}

QString ErrorText::ownedElsewhere(const QString &orderId, const QString &owner)
{
    return tr("Order %1 was placed at terminal %2: pay, cancel or complete it there.")
        .arg(orderId, owner);
}

} // namespace ShopDesk
