#include "commandtable.h"

#include "commandhandlers.h"

namespace ShopDesk {

// usercommands.cpp: lockouts and the minimum PIN length (issue 12).
namespace CliHandlers {
int userUnlock(CliSession &session);
int userMinPin(CliSession &session);
} // namespace CliHandlers

using namespace CliHandlers;

namespace {

constexpr auto Required = CliOption::Required;
constexpr auto Repeated = CliOption::Repeated;
constexpr auto AnyNumber = CliOption::AnyNumber;

} // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> table{
        {.noun = "product",
         .verb = "add",
         .options = {{"--id", "ID", Required},
                     {"--name", "NAME", Required},
                     {"--price", "AMOUNT", Required},
                     {"--barcode", "CODE"},
                     {"--tax", "taxable|exempt"}},
         .help = "register a product (a manager)",
         .run = &productAdd},
        {.noun = "product",
         .verb = "list",
         .options = {{"--search", "TEXT"}, {"--limit", "N"}},
         .help = "list the products, or those that --search finds",
         .run = &productList},
        {.noun = "product",
         .verb = "export",
         .options = {{"--file", "FILE"}},
         .help = "every product with its stock as CSV (UTF-8 with a BOM, as Korean Excel opens "
                 "it; the columns an import reads): to FILE, else to standard output",
         .run = &productExport},
        {.noun = "product",
         .verb = "import",
         .argument = "FILE",
         .options = {{"--encoding", "auto|utf-8|utf-16|cp949"}, {"--dry-run"}, {"--skip-bad"}},
         .help = "register and update products from CSV or tab-separated text (UTF-8, UTF-16 or "
                 "CP949; a header row names the columns as the export does, or in Korean); "
                 "refused, changing nothing, when a line is bad unless --skip-bad; --dry-run "
                 "only says what it would do (a manager)",
         .run = &productImport},
        {.noun = "stock",
         .verb = "adjust",
         .options = {{"--product", "ID", Required},
                     {"--delta", "N", Required},
                     {"--reason", "TEXT"}},
         .help = "add N to a product's stock on hand, or take it off when negative (a manager)",
         .run = &stockAdjust},
        {.noun = "stock",
         .verb = "count",
         .options = {{"--product", "ID", Required},
                     {"--counted", "N", Required},
                     {"--reason", "TEXT"}},
         .help = "record a stock count; the difference from on hand is adjusted (a manager)",
         .run = &stockCount},
        {.noun = "stock",
         .verb = "list",
         .options = {{"--search", "TEXT"}, {"--limit", "N"}},
         .help = "on hand, reserved and available per product (OVERSOLD below zero)",
         .run = &stockList},
        {.noun = "order",
         .verb = "place",
         .options = {{"--customer", "NAME", Required},
                     {"--phone", "TEXT"},
                     {"--address", "TEXT"},
                     {"--item", "ID:QTY[:DISCOUNT]", Repeated},
                     {"--discount", "AMOUNT|N%"},
                     {"--discount-reason", "TEXT"},
                     {"--approved-by", "MANAGER"}},
         .help = "place an order; refused, changing nothing, when any line is short; "
                 "discounts above the clerk's limit need --approved-by (PIN from "
                 "$SHOPDESK_APPROVER_PIN, else asked)",
         .run = &orderPlace},
        {.noun = "order",
         .verb = "pay",
         .argument = "ORDER_ID",
         .options = {{"--method", "cash|card", Required},
                     {"--amount", "AMOUNT"},
                     {"--tendered", "AMOUNT"},
                     {"--approval", "NUMBER"},
                     {"--card-company", "NAME"},
                     {"--instalments", "MONTHS"},
                     {"--card-last4", "DIGITS"},
                     {"--cash-receipt", "ID"},
                     {"--purpose", "deduction|proof"}},
         .help = "pay an order, or a part of it (--amount; default what is left); paid in "
                 "full, its delivery starts and its stock goes down",
         .run = &orderPay},
        {.noun = "order",
         .verb = "return",
         .argument = "ORDER_ID",
         .options = {{"--item", "ID:QTY", Repeated},
                     {"--restock"},
                     {"--write-off"},
                     {"--refund-first", "card|cash"},
                     {"--reason", "TEXT"}},
         .help = "return (or cancel before delivery) units of some lines; the refund goes "
                 "back by the payments, card first",
         .run = &orderReturn},
        {.noun = "order",
         .verb = "cancel",
         .argument = "ORDER_ID",
         .options = {{"--reason", "TEXT"}},
         .help = "cancel an order not yet delivered; stock comes back, a payment is refunded",
         .run = &orderCancel},
        {.noun = "order",
         .verb = "show",
         .argument = "ORDER_ID",
         .help = "an order with its lines, payment and delivery",
         .run = &orderShow},
        {.noun = "order",
         .verb = "list",
         .options = {{"--status", "STATUS"}, {"--search", "TEXT"}, {"--limit", "N"}},
         .help = "list the orders, or those in STATUS, or those that --search finds",
         .run = &orderList},
        {.noun = "customer",
         .verb = "add",
         .argument = "NAME",
         .options = {{"--phone", "PHONE", AnyNumber},
                     {"--address", "TEXT", AnyNumber},
                     {"--note", "TEXT"}},
         .help = "register a customer with their phones (8 to 15 digits each), delivery "
                 "addresses and a note; an order placed with a new phone registers its customer "
                 "too",
         .run = &customerAdd},
        {.noun = "customer",
         .verb = "edit",
         .argument = "ID",
         .options = {{"--name", "NAME"},
                     {"--phone", "PHONE", AnyNumber},
                     {"--address", "TEXT", AnyNumber},
                     {"--note", "TEXT"}},
         .help = "change a customer's name, note, or all their phones or addresses (given again "
                 "in full, the most recently used address last); at least one of them",
         .run = &customerEdit},
        {.noun = "customer",
         .verb = "list",
         .options = {{"--search", "TEXT"}, {"--limit", "N"}},
         .help = "the customers by name, or those --search finds: digits anywhere in a phone "
                 "number (the last four, say), else a part of the name",
         .run = &customerList},
        {.noun = "customer",
         .verb = "show",
         .argument = "ID",
         .help = "a customer with their addresses, their orders (placed with one of their "
                 "phones) and what the orders come to",
         .run = &customerShow},
        {.noun = "customer",
         .verb = "erase",
         .argument = "ID",
         .help = "erase a customer's personal data (a manager): name, phones, addresses and "
                 "note are replaced in the book and in their orders, whose money stays; every "
                 "terminal does the same when the erasure reaches it",
         .run = &customerErase},
        {.noun = "delivery",
         .verb = "list",
         .options = {{"--status", "STATUS"}, {"--search", "TEXT"}, {"--limit", "N"}},
         .help = "list the deliveries, or those in STATUS, or those that --search finds",
         .run = &deliveryList},
        {.noun = "delivery",
         .verb = "complete",
         .argument = "ORDER_ID",
         .help = "the order's delivery was handed over",
         .run = &deliveryComplete},
        {.noun = "delivery",
         .verb = "slip",
         .argument = "ORDER_ID",
         .options = {{"--pdf", "FILE", Required}, {"--page", "a4|a5|roll80"}, {"--lang", "ko|en"}},
         .help = "write the order's delivery slip to a PDF file, and record the print",
         .run = &deliverySlip,
         .paints = true},
        {.noun = "order",
         .verb = "receipt",
         .argument = "ORDER_ID",
         .options = {{"--pdf", "FILE"},
                     {"--escpos", "FILE"},
                     {"--printer", "ADDRESS"},
                     {"--page", "roll80|a5"},
                     {"--lang", "ko|en"},
                     {"--return", "N"},
                     {"--paper", "80|80-42|58"},
                     {"--escpos-mode", "auto|text|raster"},
                     {"--drawer"}},
         .help = "write the order's receipt, or its return N's refund receipt, to a PDF file, "
                 "as ESC/POS bytes for a thermal printer to a file, or to the printer itself "
                 "(exactly one of --pdf, --escpos and --printer), and record the print; ESC/POS "
                 "prints Korean text (EUC-KR), or a picture (raster) where the printer's code "
                 "page lacks a character, and --drawer opens the cash drawer (recorded with "
                 "--printer); a printer that cannot print is exit 4, with nothing recorded",
         .run = &orderReceipt,
         .paints = true},
        {.noun = "escpos",
         .verb = "render",
         .argument = "BYTES_FILE",
         .options = {{"--png", "FILE", Required}, {"--paper", "80|80-42|58"}},
         .help = "draw what a thermal printer would print from an ESC/POS file (text, pictures, "
                 "QR codes, cuts and drawer pulses) as a PNG; unknown commands are reported; "
                 "needs no database",
         .run = &escposRender,
         .paints = true,
         .opensShop = false},
        {.noun = "printer",
         .verb = "status",
         .argument = "ADDRESS",
         .help = "ask a thermal printer at tcp://HOST[:PORT], device:/dev/usb/lpN, "
                 "serial:/dev/ttyS0[@BAUD] or cups:QUEUE whether it can print (DLE EOT: online, "
                 "paper, cover); exit 4 when it cannot, or cannot be reached; needs no database",
         .run = &printerStatus,
         .opensShop = false},
        {.noun = "printer",
         .verb = "test",
         .argument = "ADDRESS",
         .options = {{"--paper", "80|80-42|58"}, {"--lang", "ko|en"}},
         .help = "print a test page: the shop, the address, the paper and its characters a "
                 "line, Hangul and Latin, a ruler, a QR code and the cut; records nothing",
         .run = &printerTest},
        {.noun = "drawer",
         .verb = "open",
         .options = {{"--printer", "ADDRESS", Required}, {"--reason", "TEXT"}},
         .help = "open the cash drawer on the receipt printer without a sale (a manager, or a "
                 "clerk with --reason), and record the opening once the printer took the pulse",
         .run = &drawerOpen},
        {.noun = "drawer",
         .verb = "openings",
         .options = {{"--limit", "N"}},
         .help = "the cash drawer's recorded openings, newest first: for a sale, a refund or on "
                 "demand, with the printer, the reason and who",
         .run = &drawerOpenings},
        {.noun = "shift",
         .verb = "open",
         .options = {{"--float", "AMOUNT", Required}},
         .help = "open a shift on this terminal with the cash float in the drawer; its payments, "
                 "refunds and cash moves belong to it until it is closed",
         .run = &shiftOpen},
        {.noun = "shift",
         .verb = "pay-in",
         .options = {{"--amount", "AMOUNT", Required}, {"--reason", "TEXT", Required}},
         .help = "record cash put into the drawer during the open shift, with the reason",
         .run = &shiftPayIn},
        {.noun = "shift",
         .verb = "pay-out",
         .options = {{"--amount", "AMOUNT", Required}, {"--reason", "TEXT", Required}},
         .help = "record cash taken out of the drawer during the open shift, with the reason; "
                 "at most what the drawer should hold",
         .run = &shiftPayOut},
        {.noun = "shift",
         .verb = "close",
         .options = {{"--counted", "AMOUNT"}, {"--count", "DENOMINATION=N", AnyNumber}},
         .help = "close the open shift with the cash counted, as a total or note by note "
                 "(--count 50000=2 --count 1000=7); prints the Z report with expected, counted "
                 "and the difference. A clerk closes only a shift they opened",
         .run = &shiftClose},
        {.noun = "shift",
         .verb = "report",
         .options = {{"--shift", "ID"},
                     {"--printer", "ADDRESS"},
                     {"--escpos", "FILE"},
                     {"--paper", "80|80-42|58"},
                     {"--escpos-mode", "auto|text|raster"}},
         .help = "the open shift's X report (changes nothing), or a closed shift's Z report; "
                 "--printer prints it on a thermal printer, --escpos writes those bytes to FILE",
         .run = &shiftReport,
         .paints = true},
        {.noun = "shift",
         .verb = "list",
         .options = {{"--terminal", "NAME"}, {"--limit", "N"}},
         .help = "the shifts, newest first, with their float, expected and counted cash",
         .run = &shiftList},
        {.noun = "report",
         .verb = "sales",
         .options = {{"--from", "YYYY-MM-DD", Required},
                     {"--to", "YYYY-MM-DD", Required},
                     {"--terminal", "NAME"},
                     {"--by", "summary|day|hour|product|payment|shift"},
                     {"--csv"}},
         .help = "the sales of the days from --from to --to, both included, in the shop's local "
                 "time, of one terminal or the whole shop: totals, or a table --by day, hour, "
                 "product, payment or shift; --csv writes it as CSV (a manager)",
         .run = &reportSales},
        {.noun = "shop",
         .verb = "set",
         .options = {{"--name", "NAME"},
                     {"--address", "TEXT"},
                     {"--phone", "TEXT"},
                     {"--currency", "KRW|USD|EUR|JPY|GBP|CNY"},
                     {"--low-stock", "N"},
                     {"--business-number", "DIGITS"},
                     {"--representative", "NAME"},
                     {"--vat-rate", "PERCENT"},
                     {"--clerk-discount-limit", "PERCENT"},
                     {"--cash-needs-shift", "on|off"}},
         .help = "change the shop's details, at least one of them (a manager)",
         .run = &shopSet},
        {.noun = "shop", .verb = "show", .help = "the shop's details", .run = &shopShow},
        {.noun = "events",
         .options = {{"--order", "ORDER_ID"}, {"--limit", "N"}},
         .help = "the event log, or the events of one order",
         .run = &events},
        {.noun = "verify",
         .help = "check the database and its event log; exit 1 when it finds errors",
         .run = &verify},
        {.noun = "backup",
         .argument = "FILE",
         .help =
             "write a backup of the database to FILE with SQLite's online backup (orders may "
             "go on meanwhile), check it (integrity and verify) and only then give it the name; "
             "a manager",
         .run = &backup},
        {.noun = "restore",
         .argument = "FILE",
         .help = "put the backup FILE in the database's place, asking nothing: it is checked "
                 "first (a damaged or foreign file, another terminal's or a newer ShopDesk's is "
                 "refused), and the database it replaces is kept as NAME.before-restore-STAMP.db; "
                 "a terminal that syncs makes no new events until `sync` has brought back its "
                 "events made after the backup; a manager, unless the database cannot be opened",
         .run = &restore,
         .opensShop = false},
        {.noun = "demo",
         .options = {{"--products", "N", Required}, {"--orders", "M", Required}},
         .help = "fill an empty database with demo products and orders (a manager)",
         .run = &demo},
        {.noun = "user",
         .verb = "add",
         .options = {{"--name", "NAME", Required}, {"--role", "clerk|manager", Required}},
         .help = "add a user, with the PIN from $SHOPDESK_NEW_PIN, else asked; the first user "
                 "must be a manager and needs no --user",
         .run = &userAdd},
        {.noun = "user", .verb = "list", .help = "the users and their roles", .run = &userList},
        {.noun = "user",
         .verb = "role",
         .options = {{"--name", "NAME", Required}, {"--role", "clerk|manager", Required}},
         .help = "make a user a clerk or a manager (a manager)",
         .run = &userRole},
        {.noun = "user",
         .verb = "disable",
         .options = {{"--name", "NAME", Required}},
         .help = "keep a user from logging in (a manager)",
         .run = &userDisable},
        {.noun = "user",
         .verb = "enable",
         .options = {{"--name", "NAME", Required}},
         .help = "let a disabled user log in again (a manager)",
         .run = &userEnable},
        {.noun = "user",
         .verb = "pin",
         .options = {{"--name", "NAME", Required}},
         .help = "give a user a new PIN (a manager); from $SHOPDESK_NEW_PIN, else asked",
         .run = &userPin},
        {.noun = "user",
         .verb = "unlock",
         .argument = "NAME",
         .help = "lift a user's lockout after wrong PINs and clear the count (a manager)",
         .run = &userUnlock},
        {.noun = "user",
         .verb = "min-pin",
         .options = {{"--length", "N"}},
         .help = "the shortest PIN a new or changed PIN may have; --length sets it, 4 to 20 (a "
                 "manager)",
         .run = &userMinPin},
        {.noun = "sync",
         .options = {{"--hub", "ws://HOST:PORT", Required},
                     {"--token-file", "FILE"},
                     {"--token", "TOKEN"}},
         .help = "push and pull once, with the token read from FILE (not readable by group or "
                 "others), else from $SHOPDESK_HUB_TOKEN; --token TOKEN still works, with a "
                 "warning: other users of the machine can read it from the process list; exit 4 "
                 "with hub_unreachable or unauthorized when the hub cannot be reached or refuses",
         .run = &sync},
    };
    return table;
}

const QList<CliOption> &cliGlobalOptions()
{
    static const QList<CliOption> options{
        {.name = "--db",
         .value = "FILE",
         .help = "database file (default: $SHOPDESK_DB, else the app's data folder); created if "
                 "missing, but not its folder"},
        {.name = "--terminal",
         .value = "NAME",
         .help = "the terminal a new database belongs to (default T1); ignored for an existing "
                 "one"},
        {.name = "--user",
         .value = "NAME",
         .help = "act as this user, with the PIN from $SHOPDESK_PIN, else asked on the "
                 "terminal; needed once the database has users; 5 wrong PINs in a row lock the "
                 "user (30 s, doubling, at most 1 h)"},
        {.name = "--json", .help = "one JSON document on stdout"},
    };
    return options;
}

const CliCommand *findCliCommand(const QStringList &words)
{
    for (const CliCommand &command : cliCommands()) {
        const QStringList commandWords = command.words();
        if (words.mid(0, commandWords.size()) == commandWords)
            return &command;
    }
    return nullptr;
}

QString CliOption::text() const
{
    return value ? QStringLiteral("%1 %2").arg(QLatin1StringView(name), QLatin1StringView(value))
                 : QString::fromLatin1(name);
}

QString CliOption::synopsis() const
{
    const QString option = text();
    switch (presence) {
    case Optional:
        return QLatin1Char('[') + option + QLatin1Char(']');
    case Required:
        return option;
    case Repeated:
        return QStringLiteral("%1 [%1 ...]").arg(option);
    case AnyNumber:
        return QStringLiteral("[%1 ...]").arg(option);
    }
    return option;
}

QStringList CliCommand::words() const
{
    QStringList words{QString::fromLatin1(noun)};
    if (verb)
        words.append(QString::fromLatin1(verb));
    return words;
}

QString CliCommand::name() const
{
    return words().join(QLatin1Char(' '));
}

QStringList CliCommand::synopsisParts() const
{
    QStringList parts{name()};
    if (argument)
        parts.append(QString::fromLatin1(argument));
    for (const CliOption &option : options)
        parts.append(option.synopsis());
    return parts;
}

QString CliCommand::synopsis() const
{
    return synopsisParts().join(QLatin1Char(' '));
}

const CliOption *CliCommand::option(const QString &name) const
{
    for (const CliOption &candidate : options) {
        if (name == QLatin1StringView(candidate.name))
            return &candidate;
    }
    return nullptr;
}

} // namespace ShopDesk
