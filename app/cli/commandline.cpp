#include "commandline.h"

#include "shopservices.h"
#include "sliplayout.h"
#include "sqlitestore.h"
#include "syncclient.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>

namespace ShopDesk {

namespace {

struct UsageFailure
{
    QString message;
};

// Parsed arguments: positional words and --options (each option may repeat).
struct Arguments
{
    QStringList words;
    QMultiHash<QString, QString> options;
    QSet<QString> flags;

    QString value(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name); }
    QStringList values(const QString &name) const
    {
        QStringList all = options.values(name);
        std::reverse(all.begin(), all.end()); // QMultiHash returns the latest first
        return all;
    }
};

const QStringList flagOptions{QStringLiteral("--json"), QStringLiteral("--help")};
const QStringList globalOptions{QStringLiteral("--db"), QStringLiteral("--terminal"),
                                QStringLiteral("--user")};

Result<Arguments> parseArguments(const QStringList &arguments)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1StringView("--")) || arg == QLatin1StringView("--")) {
            parsed.words.append(arg);
            continue;
        }
        QString name = arg;
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        if (flagOptions.contains(name)) {
            if (hasValue)
                return Error::invalidInput(QStringLiteral("%1 takes no value").arg(name));
            parsed.flags.insert(name);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return Error::invalidInput(QStringLiteral("%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        parsed.options.insert(name, value);
    }
    return parsed;
}

Result<qint64> parseInteger(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || text.trimmed().isEmpty()) {
        return Error::invalidInput(
            QStringLiteral("%1 must be a whole number, got '%2'").arg(what, text));
    }
    return value;
}

QString money(Money amount)
{
    return QLocale(QLocale::English).toString(amount);
}

QString padRight(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return CommandLine::UsageError;
    case ErrorCode::NotFound:
    case ErrorCode::InsufficientStock:
    case ErrorCode::InvalidState:
        return CommandLine::Refused;
    case ErrorCode::Storage:
        return CommandLine::StorageError;
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
        return CommandLine::Denied;
    }
    return CommandLine::StorageError;
}

// Writes a JSON array element by element, so that a list of millions of orders or events
// is never held in memory at once. Nothing is written before the first element or finish(),
// so that a list refused before its first row leaves stdout to the error document.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QTextStream &out)
        : m_out(out)
    {}

    void add(const QJsonObject &element)
    {
        m_out << (m_count++ > 0 ? ',' : '[');
        m_out << QJsonDocument(element).toJson(QJsonDocument::Compact);
    }
    bool started() const { return m_count > 0; }
    void finish()
    {
        if (m_count == 0)
            m_out << '[';
        m_out << "]\n";
        m_out.flush();
    }

private:
    QTextStream &m_out;
    qint64 m_count = 0;
};

// A secret typed on the terminal: prompt and answer through /dev/tty, without echo, so
// that it never shows on the screen or in a redirected output. nullopt without a
// terminal.
std::optional<QString> readSecret(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    termios saved{};
    const bool canHide = tcgetattr(tty, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(tty, text.constData(), size_t(text.size()));
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (canHide)
        tcsetattr(tty, TCSAFLUSH, &saved);
    ::close(tty);
    return QString::fromLocal8Bit(line).trimmed();
}

// A PIN from the environment variable, else from the terminal; nullopt when neither has one.
std::optional<QString> pinFrom(const char *variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    return readSecret(prompt);
}

QJsonValue orNull(const QString &value, const QJsonValue &present)
{
    return value.isEmpty() ? QJsonValue() : present;
}

QJsonObject orderViewJson(const OrderView &v)
{
    return {{QStringLiteral("orderId"), v.orderId},
            {QStringLiteral("status"), v.status},
            {QStringLiteral("customer"), v.customerName},
            {QStringLiteral("phone"), v.customerPhone},
            {QStringLiteral("total"), v.total},
            {QStringLiteral("lines"), v.lineCount},
            {QStringLiteral("items"), v.itemCount},
            {QStringLiteral("payment"),
             orNull(v.paymentStatus, QJsonObject{{QStringLiteral("method"), v.paymentMethod},
                                                 {QStringLiteral("status"), v.paymentStatus}})},
            {QStringLiteral("delivery"),
             orNull(v.deliveryStatus, QJsonObject{{QStringLiteral("deliveryId"), v.deliveryId},
                                                  {QStringLiteral("status"), v.deliveryStatus}})},
            {QStringLiteral("placedAt"), v.placedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("origin"), v.origin}};
}

QJsonObject deliveryJson(const OrderView &v)
{
    return {{QStringLiteral("deliveryId"), v.deliveryId},
            {QStringLiteral("orderId"), v.orderId},
            {QStringLiteral("status"), v.deliveryStatus},
            {QStringLiteral("orderStatus"), v.status},
            {QStringLiteral("customer"), v.customerName},
            {QStringLiteral("address"), v.customerAddress},
            {QStringLiteral("startedAt"), v.deliveryStartedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("origin"), v.origin}};
}

class Session
{
public:
    Session(QTextStream &out, QTextStream &err, const Arguments &args)
        : m_out(out)
        , m_err(err)
        , m_args(args)
        , m_json(args.flags.contains(QStringLiteral("--json")))
    {}

    int execute();

private:
    struct Command
    {
        QStringList words;
        QStringList options;  // options it accepts besides the global ones
        QStringList required; // of those, the ones it cannot do without
        int positionals;      // words after the command words
        int (Session::*run)();
    };
    static const QList<Command> &commands();

    int fail(const Error &error);
    int usageFail(const QString &message);
    int printJson(const QJsonValue &value);

    // The option's value as a whole number; -1 when the option is absent.
    Result<qint64> integerOption(const QString &name);
    Result<ListQuery> listQuery();
    QString positional(int index) const { return m_args.words.value(m_commandWords + index); }

    int productAdd();
    int productList();
    int stockAdjust();
    int stockCount();
    int stockList();
    int orderPlace();
    int orderPay();
    int orderCancel();
    int orderShow();
    int orderList();
    int deliveryList();
    int deliveryComplete();
    int deliverySlip();
    int shopSet();
    int shopShow();
    int eventsList();
    int verify();
    int demo();
    int userAdd();
    int userList();
    int userRole();
    int userDisable();
    int userEnable();
    int userPin();
    // The new PIN of `user add` and `user pin`: $SHOPDESK_NEW_PIN, else asked twice on the
    // terminal; an InvalidInput error when neither gives one or the two differ.
    Result<QString> newPin(const QString &name, const QString &whose);
    int sync();
    // Logs in as --user NAME; the adapter's default actor when it is absent.
    Status logIn();

    int printOrder(const Result<OrderDetails> &details);
    int printOrderViews(const ListQuery &query, bool deliveries);
    int printStockRow(const Result<StockRow> &row);
    int printShop(const Result<ShopDetails> &shop);

    QTextStream &m_out;
    QTextStream &m_err;
    const Arguments &m_args;
    bool m_json = false;
    int m_commandWords = 0;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ShopServices> m_shop;
};

const QList<Session::Command> &Session::commands()
{
    static const QList<Command> table{
        {{QStringLiteral("product"), QStringLiteral("add")},
         {QStringLiteral("--id"), QStringLiteral("--name"), QStringLiteral("--price"),
          QStringLiteral("--barcode")},
         {QStringLiteral("--id"), QStringLiteral("--name"), QStringLiteral("--price")},
         0,
         &Session::productAdd},
        {{QStringLiteral("product"), QStringLiteral("list")},
         {QStringLiteral("--limit"), QStringLiteral("--search")},
         {},
         0,
         &Session::productList},
        {{QStringLiteral("stock"), QStringLiteral("adjust")},
         {QStringLiteral("--product"), QStringLiteral("--delta"), QStringLiteral("--reason")},
         {QStringLiteral("--product"), QStringLiteral("--delta")},
         0,
         &Session::stockAdjust},
        {{QStringLiteral("stock"), QStringLiteral("count")},
         {QStringLiteral("--product"), QStringLiteral("--counted"), QStringLiteral("--reason")},
         {QStringLiteral("--product"), QStringLiteral("--counted")},
         0,
         &Session::stockCount},
        {{QStringLiteral("stock"), QStringLiteral("list")},
         {QStringLiteral("--limit"), QStringLiteral("--search")},
         {},
         0,
         &Session::stockList},
        {{QStringLiteral("order"), QStringLiteral("place")},
         {QStringLiteral("--customer"), QStringLiteral("--phone"), QStringLiteral("--address"),
          QStringLiteral("--item")},
         {QStringLiteral("--customer"), QStringLiteral("--item")},
         0,
         &Session::orderPlace},
        {{QStringLiteral("order"), QStringLiteral("pay")},
         {QStringLiteral("--method"), QStringLiteral("--tendered")},
         {QStringLiteral("--method")},
         1,
         &Session::orderPay},
        {{QStringLiteral("order"), QStringLiteral("cancel")},
         {QStringLiteral("--reason")},
         {},
         1,
         &Session::orderCancel},
        {{QStringLiteral("order"), QStringLiteral("show")}, {}, {}, 1, &Session::orderShow},
        {{QStringLiteral("order"), QStringLiteral("list")},
         {QStringLiteral("--status"), QStringLiteral("--limit"), QStringLiteral("--search")},
         {},
         0,
         &Session::orderList},
        {{QStringLiteral("delivery"), QStringLiteral("list")},
         {QStringLiteral("--status"), QStringLiteral("--limit"), QStringLiteral("--search")},
         {},
         0,
         &Session::deliveryList},
        {{QStringLiteral("delivery"), QStringLiteral("complete")},
         {},
         {},
         1,
         &Session::deliveryComplete},
        {{QStringLiteral("delivery"), QStringLiteral("slip")},
         {QStringLiteral("--pdf"), QStringLiteral("--page"), QStringLiteral("--lang")},
         {QStringLiteral("--pdf")},
         1,
         &Session::deliverySlip},
        {{QStringLiteral("shop"), QStringLiteral("set")},
         {QStringLiteral("--name"), QStringLiteral("--address"), QStringLiteral("--phone"),
          QStringLiteral("--currency"), QStringLiteral("--low-stock")},
         {},
         0,
         &Session::shopSet},
        {{QStringLiteral("shop"), QStringLiteral("show")}, {}, {}, 0, &Session::shopShow},
        {{QStringLiteral("events")},
         {QStringLiteral("--order"), QStringLiteral("--limit")},
         {},
         0,
         &Session::eventsList},
        {{QStringLiteral("verify")}, {}, {}, 0, &Session::verify},
        {{QStringLiteral("user"), QStringLiteral("add")},
         {QStringLiteral("--name"), QStringLiteral("--role")},
         {QStringLiteral("--name"), QStringLiteral("--role")},
         0,
         &Session::userAdd},
        {{QStringLiteral("user"), QStringLiteral("list")}, {}, {}, 0, &Session::userList},
        {{QStringLiteral("user"), QStringLiteral("role")},
         {QStringLiteral("--name"), QStringLiteral("--role")},
         {QStringLiteral("--name"), QStringLiteral("--role")},
         0,
         &Session::userRole},
        {{QStringLiteral("user"), QStringLiteral("disable")},
         {QStringLiteral("--name")},
         {QStringLiteral("--name")},
         0,
         &Session::userDisable},
        {{QStringLiteral("user"), QStringLiteral("enable")},
         {QStringLiteral("--name")},
         {QStringLiteral("--name")},
         0,
         &Session::userEnable},
        {{QStringLiteral("user"), QStringLiteral("pin")},
         {QStringLiteral("--name")},
         {QStringLiteral("--name")},
         0,
         &Session::userPin},
        {{QStringLiteral("sync")},
         {QStringLiteral("--hub"), QStringLiteral("--token")},
         {QStringLiteral("--hub"), QStringLiteral("--token")},
         0,
         &Session::sync},
        {{QStringLiteral("demo")},
         {QStringLiteral("--products"), QStringLiteral("--orders")},
         {QStringLiteral("--products"), QStringLiteral("--orders")},
         0,
         &Session::demo},
    };
    return table;
}

int Session::execute()
{
    const Command *command = nullptr;
    for (const Command &candidate : commands()) {
        if (m_args.words.mid(0, candidate.words.size()) == candidate.words) {
            command = &candidate;
            break;
        }
    }
    if (!command) {
        if (m_args.words.isEmpty())
            return usageFail(QStringLiteral("no command given"));
        return usageFail(QStringLiteral("unknown command '%1'")
                             .arg(m_args.words.mid(0, 2).join(QLatin1Char(' '))));
    }
    m_commandWords = int(command->words.size());
    const QString name = command->words.join(QLatin1Char(' '));
    const int extra = int(m_args.words.size()) - m_commandWords;
    if (extra != command->positionals) {
        return usageFail(command->positionals == 1
                             ? QStringLiteral("`%1` needs exactly one ORDER_ID").arg(name)
                             : QStringLiteral("`%1` takes no argument '%2'")
                                   .arg(name, m_args.words.value(m_commandWords)));
    }
    for (auto it = m_args.options.cbegin(); it != m_args.options.cend(); ++it) {
        if (!command->options.contains(it.key()) && !globalOptions.contains(it.key()))
            return usageFail(QStringLiteral("`%1` has no option %2").arg(name, it.key()));
    }
    for (const QString &needed : command->required) {
        if (!m_args.has(needed))
            return usageFail(QStringLiteral("`%1` needs %2").arg(name, needed));
    }
    for (const QString &single : command->options + globalOptions) {
        if (single != QLatin1StringView("--item") && m_args.options.count(single) > 1)
            return usageFail(QStringLiteral("%1 is given more than once").arg(single));
    }

    SqliteOptions options;
    options.path = m_args.has(QStringLiteral("--db")) ? m_args.value(QStringLiteral("--db"))
                                                      : SqliteStore::defaultPath();
    // Checked by open() when it creates the database; ignored for an existing one.
    if (m_args.has(QStringLiteral("--terminal")))
        options.terminal = m_args.value(QStringLiteral("--terminal"));
    auto opened = SqliteStore::open(options);
    if (!opened)
        return fail(opened.error());
    m_store = std::move(opened.value());
    m_shop = std::make_unique<ShopServices>(*m_store);
    m_shop->work.setActor(QStringLiteral("cli"));
    if (Status loggedIn = logIn(); !loggedIn)
        return fail(loggedIn.error());

    // Finish what an interrupted earlier command left pending, before anything else.
    if (m_store->isReadOnly()) {
        // Reads still work; a write fails later with a clear storage error.
        auto pending = m_store->pendingReactions(1000);
        m_err << "shopdesk-cli: warning: " << m_store->location() << " is read-only; reading only";
        if (pending && !pending->isEmpty())
            m_err << ", and " << pending->size()
                  << " pending reactions cannot be completed; showing it as it is";
        m_err << '\n';
    } else if (auto healed = m_shop->policies.runPending(); !healed) {
        m_err << "shopdesk-cli: warning: pending reactions could not be completed: "
              << healed.error().message << '\n';
    }
    return (this->*(command->run))();
}

Status Session::logIn()
{
    if (!m_args.has(QStringLiteral("--user")))
        return {};
    const QString name = m_args.value(QStringLiteral("--user"));
    const std::optional<QString> pin =
        pinFrom("SHOPDESK_PIN", QStringLiteral("PIN for %1: ").arg(name));
    if (!pin) {
        return Error::unauthorized(
            QStringLiteral("no PIN for user '%1': set SHOPDESK_PIN, or run on a terminal to be "
                           "asked for it")
                .arg(name));
    }
    auto user = m_shop->users.logIn(name, *pin);
    if (!user)
        return user.error();
    return {};
}

int Session::fail(const Error &error)
{
    m_err << "shopdesk-cli: error: " << error.message;
    if (error.code == ErrorCode::Unauthorized && !m_args.has(QStringLiteral("--user")))
        m_err << " (give --user NAME, with the PIN in SHOPDESK_PIN or typed when asked)";
    m_err << '\n';
    m_err.flush();
    if (m_json) {
        QJsonObject body{{QStringLiteral("code"), errorCodeName(error.code)},
                         {QStringLiteral("message"), error.message}};
        if (!error.details.isEmpty())
            body.insert(QStringLiteral("details"), error.details);
        printJson(QJsonObject{{QStringLiteral("error"), body}});
    }
    return exitCodeFor(error.code);
}

int Session::usageFail(const QString &message)
{
    m_err << "shopdesk-cli: error: " << message << "\n"
          << "Run `shopdesk-cli --help` for the commands and their options.\n";
    m_err.flush();
    if (m_json) {
        printJson(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                                  {QStringLiteral("message"), message}}}});
    }
    return CommandLine::UsageError;
}

int Session::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
    return CommandLine::Ok;
}

Result<qint64> Session::integerOption(const QString &name)
{
    if (!m_args.has(name))
        return qint64(-1);
    return parseInteger(m_args.value(name), name);
}

Result<ListQuery> Session::listQuery()
{
    ListQuery query;
    SD_TRY(const qint64 limit, integerOption(QStringLiteral("--limit")));
    if (m_args.has(QStringLiteral("--limit")) && limit < 0)
        return Error::invalidInput(QStringLiteral("--limit must be 0 or more, got %1").arg(limit));
    query.limit = int(qMin<qint64>(limit, std::numeric_limits<int>::max()));
    query.search = m_args.value(QStringLiteral("--search"));
    query.status = m_args.value(QStringLiteral("--status"));
    return query;
}

int Session::productAdd()
{
    const QString id = m_args.value(QStringLiteral("--id"));
    const QString name = m_args.value(QStringLiteral("--name"));
    auto price = integerOption(QStringLiteral("--price"));
    if (!price)
        return fail(price.error());
    auto product = m_shop->inventory.registerProduct(id, name, *price,
                                                     m_args.value(QStringLiteral("--barcode")));
    if (!product)
        return fail(product.error());
    if (m_json)
        return printJson(product->toJson());
    m_out << "Registered " << product->productId << " " << product->productName << " at "
          << money(product->price)
          << (product->barcode.isEmpty() ? QString()
                                         : QStringLiteral(" (barcode %1)").arg(product->barcode))
          << '\n';
    return CommandLine::Ok;
}

int Session::productList()
{
    auto query = listQuery();
    if (!query)
        return fail(query.error());
    auto products = m_shop->inventory.products(*query);
    if (!products)
        return fail(products.error());
    if (m_json) {
        QJsonArray array;
        for (const Product &p : *products)
            array.append(p.toJson());
        return printJson(array);
    }
    for (const Product &p : *products) {
        m_out << padRight(p.productId, 10) << ' ' << padRight(p.productName, 30) << ' '
              << money(p.price).rightJustified(12) << "  " << p.barcode << '\n';
    }
    return CommandLine::Ok;
}

int Session::printStockRow(const Result<StockRow> &row)
{
    if (!row)
        return fail(row.error());
    if (m_json)
        return printJson(row->toJson());
    m_out << row->productId << " " << row->productName << ": on hand " << row->onHand
          << ", reserved " << row->reserved << ", available " << row->available() << '\n';
    return CommandLine::Ok;
}

int Session::stockAdjust()
{
    auto delta = integerOption(QStringLiteral("--delta"));
    if (!delta)
        return fail(delta.error());
    return printStockRow(m_shop->inventory.adjustStock(m_args.value(QStringLiteral("--product")),
                                                       *delta,
                                                       m_args.value(QStringLiteral("--reason"))));
}

int Session::stockCount()
{
    auto counted = integerOption(QStringLiteral("--counted"));
    if (!counted)
        return fail(counted.error());
    return printStockRow(m_shop->inventory.countStock(m_args.value(QStringLiteral("--product")),
                                                      *counted,
                                                      m_args.value(QStringLiteral("--reason"))));
}

int Session::stockList()
{
    auto query = listQuery();
    if (!query)
        return fail(query.error());
    auto rows = m_shop->inventory.stock(*query);
    if (!rows)
        return fail(rows.error());
    if (m_json) {
        QJsonArray array;
        for (const StockRow &row : *rows)
            array.append(row.toJson());
        return printJson(array);
    }
    m_out << padRight(QStringLiteral("PRODUCT"), 10) << ' ' << padRight(QStringLiteral("NAME"), 30)
          << "   ON HAND  RESERVED AVAILABLE\n";
    for (const StockRow &row : *rows) {
        m_out << padRight(row.productId, 10) << ' ' << padRight(row.productName, 30) << ' '
              << QString::number(row.onHand).rightJustified(9) << ' '
              << QString::number(row.reserved).rightJustified(9) << ' '
              << QString::number(row.available()).rightJustified(9)
              << (row.available() < 0 ? QStringLiteral("  OVERSOLD") : QString()) << '\n';
    }
    return CommandLine::Ok;
}

int Session::orderPlace()
{
    const QStringList items = m_args.values(QStringLiteral("--item"));
    QList<OrderRequestLine> lines;
    for (const QString &item : items) {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == item.size() - 1) {
            return fail(Error::invalidInput(
                QStringLiteral("malformed --item '%1'; write PRODUCT_ID:QTY, for example P001:2")
                    .arg(item)));
        }
        auto qty = parseInteger(item.mid(colon + 1),
                                QStringLiteral("the quantity in --item '%1'").arg(item));
        if (!qty)
            return fail(qty.error());
        lines.append({item.left(colon), *qty});
    }
    const Customer customer{m_args.value(QStringLiteral("--customer")),
                            m_args.value(QStringLiteral("--phone")),
                            m_args.value(QStringLiteral("--address"))};
    return printOrder(m_shop->orders.placeOrder(customer, lines));
}

int Session::orderPay()
{
    const QString methodText = m_args.value(QStringLiteral("--method"));
    const auto method = paymentMethodFromString(methodText);
    if (!method) {
        return fail(Error::invalidInput(
            QStringLiteral("--method must be cash or card, got '%1'").arg(methodText)));
    }
    std::optional<Money> tendered;
    if (m_args.has(QStringLiteral("--tendered"))) {
        auto amount =
            parseInteger(m_args.value(QStringLiteral("--tendered")), QStringLiteral("--tendered"));
        if (!amount)
            return fail(amount.error());
        if (*amount < 0)
            return fail(Error::invalidInput(
                QStringLiteral("--tendered cannot be negative, got %1").arg(*amount)));
        tendered = *amount;
    }
    return printOrder(m_shop->orders.payOrder(positional(0), *method, tendered));
}

int Session::orderCancel()
{
    return printOrder(
        m_shop->orders.cancelOrder(positional(0), m_args.value(QStringLiteral("--reason"))));
}

int Session::orderShow()
{
    return printOrder(m_shop->orders.order(positional(0)));
}

int Session::deliveryComplete()
{
    return printOrder(m_shop->orders.completeDelivery(positional(0)));
}

int Session::deliverySlip()
{
    const QString orderId = positional(0);
    const QString pageName = m_args.has(QStringLiteral("--page"))
                                 ? m_args.value(QStringLiteral("--page"))
                                 : SlipLayout::pageName(SlipPage::A5);
    const std::optional<SlipPage> page = SlipLayout::pageFromName(pageName);
    if (!page) {
        return fail(Error::invalidInput(
            QStringLiteral("--page must be a4, a5 or roll80, got '%1'").arg(pageName)));
    }
    const QString languageName = m_args.has(QStringLiteral("--lang"))
                                     ? m_args.value(QStringLiteral("--lang"))
                                     : SlipLayout::languageName(SlipLanguage::Korean);
    const std::optional<SlipLanguage> language = SlipLayout::languageFromName(languageName);
    if (!language) {
        return fail(Error::invalidInput(
            QStringLiteral("--lang must be ko or en, got '%1'").arg(languageName)));
    }
    const QString file = m_args.value(QStringLiteral("--pdf"));
    if (file.isEmpty())
        return fail(Error::invalidInput(QStringLiteral("--pdf needs a file name")));

    auto slip = m_shop->slips.slip(orderId);
    if (!slip)
        return fail(slip.error());
    // A print that could not be recorded would be printed again as if it were the first.
    if (Status recordable = m_shop->slips.canRecordPrints(); !recordable)
        return fail(recordable.error());
    const SlipLayout layout(*slip, *page, *language);
    const Result<int> pages = layout.writePdf(file);
    if (!pages)
        return fail(pages.error());
    // Recorded only once the whole file is there; a failure takes the file back.
    auto recorded = m_shop->slips.recordPrint(orderId, pageName, languageName);
    if (!recorded) {
        QFile::remove(file);
        return fail(recorded.error());
    }
    const QString path = QFileInfo(file).absoluteFilePath();
    if (m_json) {
        QJsonObject json = recorded->toJson();
        json.insert(QStringLiteral("file"), path);
        json.insert(QStringLiteral("pages"), *pages);
        json.insert(QStringLiteral("cancelled"), slip->isCancelled());
        return printJson(json);
    }
    m_out << "Slip of " << orderId << " (" << recorded->deliveryId << ") written to " << path
          << ": " << pageName << ", " << languageName << ", " << *pages
          << (*pages == 1 ? " page" : " pages") << "; "
          << (recorded->isReprint() ? QStringLiteral("reprint, copy %1").arg(recorded->copy)
                                    : QStringLiteral("first print"))
          << (slip->isCancelled() ? "; marked cancelled" : "") << '\n';
    return CommandLine::Ok;
}

int Session::shopSet()
{
    ShopDetailsChange change;
    if (m_args.has(QStringLiteral("--name")))
        change.name = m_args.value(QStringLiteral("--name"));
    if (m_args.has(QStringLiteral("--address")))
        change.address = m_args.value(QStringLiteral("--address"));
    if (m_args.has(QStringLiteral("--phone")))
        change.phone = m_args.value(QStringLiteral("--phone"));
    if (m_args.has(QStringLiteral("--currency")))
        change.currency = m_args.value(QStringLiteral("--currency"));
    if (m_args.has(QStringLiteral("--low-stock"))) {
        auto threshold = integerOption(QStringLiteral("--low-stock"));
        if (!threshold)
            return fail(threshold.error());
        change.lowStockThreshold = threshold.value();
    }
    if (!change.name && !change.address && !change.phone && !change.currency &&
        !change.lowStockThreshold)
        return usageFail(QStringLiteral(
            "`shop set` needs --name, --address, --phone, --currency or --low-stock"));
    return printShop(m_shop->slips.changeShopDetails(change));
}

int Session::shopShow()
{
    return printShop(m_shop->slips.shopDetails());
}

int Session::printShop(const Result<ShopDetails> &shop)
{
    if (!shop)
        return fail(shop.error());
    if (m_json)
        return printJson(shop->toJson());
    m_out << "Shop: " << shop->name << '\n'
          << "Address: " << shop->address << '\n'
          << "Phone: " << shop->phone << '\n'
          << "Currency: " << shop->currency << '\n'
          << "Low stock at: " << shop->lowStockThreshold << '\n';
    return CommandLine::Ok;
}

int Session::printOrder(const Result<OrderDetails> &details)
{
    if (!details)
        return fail(details.error());
    if (m_json)
        return printJson(details->toJson());
    const Order &order = details->order;
    m_out << "Order " << order.orderId() << "  " << toText(order.status()) << '\n';
    m_out << "Customer: " << order.customer().name;
    if (!order.customer().phone.isEmpty())
        m_out << ", " << order.customer().phone;
    if (!order.customer().address.isEmpty())
        m_out << ", " << order.customer().address;
    m_out << '\n';
    for (const OrderLine &line : order.lines()) {
        m_out << "  " << padRight(line.productId, 10) << ' ' << padRight(line.productName, 28)
              << ' ' << QString::number(line.qty).rightJustified(5) << " x "
              << money(line.price).rightJustified(10) << " = "
              << money(line.total()).rightJustified(12) << '\n';
    }
    m_out << "Total: " << money(order.total()) << '\n';
    if (const auto &p = details->payment) {
        m_out << "Payment: " << toText(p->method()) << ' ' << money(p->amount());
        if (p->method() == PaymentMethod::Cash)
            m_out << ", tendered " << money(p->tendered()) << ", change " << money(p->change());
        else
            m_out << ", approval " << p->approvalCode();
        m_out << " (" << toText(p->status()) << ")\n";
    }
    if (const auto &d = details->delivery)
        m_out << "Delivery: " << d->deliveryId() << ' ' << toText(d->status()) << '\n';
    return CommandLine::Ok;
}

int Session::orderList()
{
    auto query = listQuery();
    if (!query)
        return fail(query.error());
    if (!query->status.isEmpty() && !orderStatusFromString(query->status)) {
        return fail(Error::invalidInput(
            QStringLiteral(
                "--status must be one of placed, paid, delivering, delivered, cancelled; got '%1'")
                .arg(query->status)));
    }
    return printOrderViews(*query, false);
}

int Session::deliveryList()
{
    auto query = listQuery();
    if (!query)
        return fail(query.error());
    if (!query->status.isEmpty() && !deliveryStatusFromString(query->status)) {
        return fail(Error::invalidInput(
            QStringLiteral("--status must be one of started, completed, cancelled; got '%1'")
                .arg(query->status)));
    }
    return printOrderViews(*query, true);
}

int Session::printOrderViews(const ListQuery &query, bool deliveries)
{
    std::optional<JsonArrayWriter> json;
    if (m_json)
        json.emplace(m_out);
    auto print = [&](const OrderView &v) {
        if (json) {
            json->add(deliveries ? deliveryJson(v) : orderViewJson(v));
        } else if (deliveries) {
            m_out << padRight(v.deliveryId, 14) << ' ' << padRight(v.orderId, 12) << ' '
                  << padRight(v.deliveryStatus, 10) << ' ' << padRight(v.customerName, 16) << ' '
                  << v.customerAddress << '\n';
        } else {
            m_out << padRight(v.orderId, 12) << ' ' << padRight(v.status, 10) << ' '
                  << padRight(v.customerName, 16) << ' ' << money(v.total).rightJustified(12) << ' '
                  << v.placedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\n';
        }
    };
    const Status listed = deliveries ? m_shop->orders.forEachDelivery(query, print)
                                     : m_shop->orders.forEachOrder(query, print);
    if (json && (listed || json->started()))
        json->finish();
    return listed ? CommandLine::Ok : fail(listed.error());
}

int Session::eventsList()
{
    EventQuery query;
    query.orderId = m_args.value(QStringLiteral("--order"));
    auto list = listQuery();
    if (!list)
        return fail(list.error());
    query.limit = list->limit;
    if (!query.orderId.isEmpty()) {
        if (auto order = m_shop->orders.order(query.orderId); !order)
            return fail(order.error());
    }
    std::optional<JsonArrayWriter> json;
    if (m_json)
        json.emplace(m_out);
    const Status listed = m_shop->orders.forEachEvent(query, [&](const DomainEvent &e) {
        if (json) {
            json->add(e.toJson());
            return;
        }
        m_out << QString::number(e.seq).rightJustified(7) << ' '
              << e.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << ' '
              << padRight(e.type, 18) << ' ' << padRight(e.orderId, 12) << ' '
              << QJsonDocument(e.payload).toJson(QJsonDocument::Compact) << '\n';
    });
    if (json && (listed || json->started()))
        json->finish();
    return listed ? CommandLine::Ok : fail(listed.error());
}

int Session::verify()
{
    if (Status allowed = m_shop->work.authorize(Role::Clerk, QStringLiteral("verify the shop"));
        !allowed)
        return fail(allowed.error());
    auto report = m_store->audit();
    if (!report)
        return fail(report.error());
    if (m_json) {
        printJson(
            QJsonObject{{QStringLiteral("ok"), report->ok()},
                        {QStringLiteral("errors"), QJsonArray::fromStringList(report->errors)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
                        {QStringLiteral("counts"), report->counts}});
    } else {
        for (const QString &error : report->errors)
            m_out << "error: " << error << '\n';
        for (const QString &warning : report->warnings)
            m_out << "warning: " << warning << '\n';
        m_out << (report->ok() ? "ok: " : "FAILED: ") << report->errors.size() << " errors, "
              << report->warnings.size() << " warnings; "
              << report->counts.value(QStringLiteral("events")).toInteger() << " events, "
              << report->counts.value(QStringLiteral("orders")).toInteger() << " orders checked\n";
    }
    return report->ok() ? CommandLine::Ok : CommandLine::VerifyFailed;
}

int Session::demo()
{
    auto products = integerOption(QStringLiteral("--products"));
    if (!products)
        return fail(products.error());
    auto orders = integerOption(QStringLiteral("--orders"));
    if (!orders)
        return fail(orders.error());
    const bool showProgress = isatty(STDERR_FILENO);
    int lastPercent = -1;
    auto made = m_shop->demo.generate(*products, *orders, [&](qint64 done, qint64 total) {
        const int percent = int(done * 100 / qMax<qint64>(total, 1));
        if (showProgress && percent != lastPercent) {
            lastPercent = percent;
            m_err << "\rdemo: " << percent << "% (" << done << " of " << total << ")";
            m_err.flush();
        }
    });
    if (showProgress)
        m_err << '\n';
    if (!made)
        return fail(made.error());
    if (m_json)
        return printJson(*made);
    m_out << "Demo data: " << made->value(QStringLiteral("products")).toInteger() << " products, "
          << made->value(QStringLiteral("orders")).toInteger() << " orders ("
          << QJsonDocument(made->value(QStringLiteral("statuses")).toObject())
                 .toJson(QJsonDocument::Compact)
          << ")\n";
    return CommandLine::Ok;
}

int Session::userAdd()
{
    const QString name = m_args.value(QStringLiteral("--name"));
    const QString roleText = m_args.value(QStringLiteral("--role"));
    const std::optional<Role> role = roleFromString(roleText);
    if (!role) {
        return fail(Error::invalidInput(
            QStringLiteral("--role must be clerk or manager, got '%1'").arg(roleText)));
    }
    if (Status valid = UserRules::validateName(name); !valid)
        return fail(valid.error());
    // Refused before anybody types a PIN for nothing; the service checks again.
    auto exist = m_shop->users.hasUsers();
    if (!exist)
        return fail(exist.error());
    if (Status allowed = m_shop->work.authorize(Role::Manager, QStringLiteral("add users"));
        *exist && !allowed)
        return fail(allowed.error());
    const Result<QString> pin = newPin(name, QStringLiteral("the new user"));
    if (!pin)
        return fail(pin.error());
    auto user = m_shop->users.addUser(name, *role, *pin);
    if (!user)
        return fail(user.error());
    if (m_json)
        return printJson(user->toJson());
    m_out << "Added " << toText(user->role) << ' ' << user->name << '\n';
    return CommandLine::Ok;
}

int Session::userList()
{
    auto users = m_shop->users.users();
    if (!users)
        return fail(users.error());
    if (m_json) {
        QJsonArray array;
        for (const User &user : *users)
            array.append(user.toJson());
        return printJson(array);
    }
    for (const User &user : *users) {
        m_out << padRight(user.name, 20) << ' ' << padRight(toText(user.role), 8) << ' '
              << user.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << (user.disabled ? " disabled" : "") << '\n';
    }
    return CommandLine::Ok;
}

Result<QString> Session::newPin(const QString &name, const QString &whose)
{
    std::optional<QString> pin =
        pinFrom("SHOPDESK_NEW_PIN", QStringLiteral("New PIN for %1 (4-12 digits): ").arg(name));
    if (pin && !qEnvironmentVariableIsSet("SHOPDESK_NEW_PIN")) {
        const std::optional<QString> again = readSecret(QStringLiteral("Repeat the PIN: "));
        if (again != pin)
            return Error::invalidInput(QStringLiteral("the two PINs differ; nothing changed"));
    }
    if (!pin) {
        return Error::invalidInput(
            QStringLiteral("no PIN for %1: set SHOPDESK_NEW_PIN, or run on a terminal to be "
                           "asked for it")
                .arg(whose));
    }
    return *pin;
}

int Session::userRole()
{
    const QString roleText = m_args.value(QStringLiteral("--role"));
    const std::optional<Role> role = roleFromString(roleText);
    if (!role) {
        return fail(Error::invalidInput(
            QStringLiteral("--role must be clerk or manager, got '%1'").arg(roleText)));
    }
    auto user = m_shop->users.changeRole(m_args.value(QStringLiteral("--name")), *role);
    if (!user)
        return fail(user.error());
    if (m_json)
        return printJson(user->toJson());
    m_out << user->name << " is a " << toText(user->role) << '\n';
    return CommandLine::Ok;
}

int Session::userDisable()
{
    auto user = m_shop->users.disableUser(m_args.value(QStringLiteral("--name")));
    if (!user)
        return fail(user.error());
    if (m_json)
        return printJson(user->toJson());
    m_out << "Disabled " << toText(user->role) << ' ' << user->name << '\n';
    return CommandLine::Ok;
}

int Session::userEnable()
{
    auto user = m_shop->users.enableUser(m_args.value(QStringLiteral("--name")));
    if (!user)
        return fail(user.error());
    if (m_json)
        return printJson(user->toJson());
    m_out << "Enabled " << toText(user->role) << ' ' << user->name << '\n';
    return CommandLine::Ok;
}

int Session::userPin()
{
    const QString name = m_args.value(QStringLiteral("--name")).trimmed();
    // Refused before anybody types a PIN for nothing; the service checks again.
    if (Status allowed = m_shop->work.authorize(Role::Manager, QStringLiteral("reset a PIN"));
        !allowed)
        return fail(allowed.error());
    auto users = m_shop->users.users();
    if (!users)
        return fail(users.error());
    auto found = std::find_if(users->cbegin(), users->cend(), [&](const User &user) {
        return user.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (found == users->cend()) {
        return fail(Error::notFound(QStringLiteral("no user is named '%1'").arg(name),
                                    {{QStringLiteral("user"), name}}));
    }
    const Result<QString> pin = newPin(found->name, found->name);
    if (!pin)
        return fail(pin.error());
    if (Status reset = m_shop->users.resetPin(found->name, *pin); !reset)
        return fail(reset.error());
    if (m_json)
        return printJson(QJsonObject{{QStringLiteral("name"), found->name},
                                     {QStringLiteral("pinChanged"), true}});
    m_out << "Changed the PIN of " << found->name << '\n';
    return CommandLine::Ok;
}

int Session::sync()
{
    const QUrl hub(m_args.value(QStringLiteral("--hub")), QUrl::StrictMode);
    const QString scheme = hub.scheme();
    if (!hub.isValid() || hub.host().isEmpty() ||
        (scheme != QLatin1StringView("ws") && scheme != QLatin1StringView("wss"))) {
        return fail(Error::invalidInput(
            QStringLiteral("--hub must be a ws://HOST:PORT or wss://HOST:PORT address, got '%1'")
                .arg(m_args.value(QStringLiteral("--hub")))));
    }
    const QString token = m_args.value(QStringLiteral("--token"));
    if (token.trimmed().isEmpty())
        return fail(Error::invalidInput(QStringLiteral("--token must not be empty")));

    // The hub's token is what authorizes a sync; no user login is needed for it.
    SyncClient client(m_shop->sync);
    SyncClient::Options options;
    options.hub = hub;
    options.token = token;
    options.reconnect = false;
    client.setOptions(options);

    const auto before = m_shop->sync.outboxState();
    if (!before)
        return fail(before.error());
    qint64 received = 0;
    QString errorCode;
    QString errorMessage;
    const bool showProgress = isatty(STDERR_FILENO);
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::synced, &loop, &QEventLoop::quit);
    QObject::connect(&client, &SyncClient::errorOccurred, &loop,
                     [&](const QString &code, const QString &message) {
                         errorCode = code;
                         errorMessage = message;
                         loop.quit();
                     });
    QObject::connect(&client, &SyncClient::remoteEventsApplied, &loop,
                     [&](int count) { received += count; });
    QObject::connect(&client, &SyncClient::catchUpProgress, &loop, [&](qint64 done, qint64 total) {
        if (showProgress && total > 0) {
            m_err << "\rsync: catching up " << done << " of " << total;
            m_err.flush();
        }
    });
    client.start();
    loop.exec();
    client.stop();
    if (showProgress)
        m_err << '\n';

    if (!errorCode.isEmpty()) {
        // A hub that cannot be reached or refuses the token is an environment failure of
        // this command, like a database that cannot be opened: exit 4 with the hub's code.
        m_err << "shopdesk-cli: error: " << errorMessage << '\n';
        m_err.flush();
        if (m_json) {
            printJson(QJsonObject{
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCode},
                                                      {QStringLiteral("message"), errorMessage}}}});
        }
        return CommandLine::StorageError;
    }
    const qint64 pushed = before->unsent - client.unsentCount();
    const auto last = m_shop->sync.lastGlobalSeq();
    if (!last)
        return fail(last.error());
    if (m_json) {
        return printJson(QJsonObject{{QStringLiteral("hub"), hub.toString()},
                                     {QStringLiteral("terminal"), m_store->terminal()},
                                     {QStringLiteral("pushed"), pushed},
                                     {QStringLiteral("received"), received},
                                     {QStringLiteral("unsent"), client.unsentCount()},
                                     {QStringLiteral("lastGlobalSeq"), *last}});
    }
    m_out << "Synced " << m_store->terminal() << " with " << hub.toString() << ": pushed " << pushed
          << (pushed == 1 ? " event" : " events") << ", received " << received
          << (received == 1 ? " event" : " events") << "; last global sequence " << *last << '\n';
    return CommandLine::Ok;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString CommandLine::usage()
{
    return QStringLiteral(
        "Usage: shopdesk-cli [--db FILE] [--terminal NAME] [--user NAME] [--json] "
        "COMMAND ...\n"
        "  --db FILE        database file (default: $SHOPDESK_DB, else the app's "
        "data folder); created if missing\n"
        "  --terminal NAME  the terminal a new database belongs to (default T1); "
        "ignored for an existing one\n"
        "  --user NAME      act as this user, with the PIN from $SHOPDESK_PIN, "
        "else asked\n"
        "                   on the terminal; needed once the database has users\n"
        "  --json           one JSON document on stdout\n"
        "\n"
        "Commands:\n"
        "  product add --id ID --name NAME --price AMOUNT [--barcode CODE]\n"
        "  product list [--search TEXT] [--limit N]\n"
        "  stock adjust --product ID --delta N [--reason TEXT]\n"
        "  stock count --product ID --counted N [--reason TEXT]\n"
        "  stock list [--search TEXT] [--limit N]\n"
        "  order place --customer NAME [--phone TEXT] [--address TEXT] --item "
        "ID:QTY [--item ID:QTY ...]\n"
        "  order pay ORDER_ID --method cash|card [--tendered AMOUNT]\n"
        "  order cancel ORDER_ID [--reason TEXT]\n"
        "  order show ORDER_ID\n"
        "  order list [--status STATUS] [--search TEXT] [--limit N]\n"
        "  delivery list [--status STATUS] [--search TEXT] [--limit N]\n"
        "  delivery complete ORDER_ID\n"
        "  delivery slip ORDER_ID --pdf FILE [--page a4|a5|roll80] [--lang "
        "ko|en]\n"
        "  shop set [--name NAME] [--address TEXT] [--phone TEXT] [--currency "
        "KRW|USD|EUR|JPY|GBP|CNY]\n"
        "           [--low-stock N]\n"
        "  shop show\n"
        "  events [--order ORDER_ID] [--limit N]\n"
        "  verify\n"
        "  demo --products N --orders M\n"
        "  user add --name NAME --role clerk|manager   (PIN from "
        "$SHOPDESK_NEW_PIN, else asked;\n"
        "           the first user must be a manager and needs no --user)\n"
        "  user list\n"
        "  user role --name NAME --role clerk|manager\n"
        "  user disable --name NAME\n"
        "  user enable --name NAME\n"
        "  user pin --name NAME   (a manager resets it; the new PIN from "
        "$SHOPDESK_NEW_PIN, else asked)\n"
        "  sync --hub ws://HOST:PORT --token TOKEN   (push and pull once; exit 4 with\n"
        "           hub_unreachable or unauthorized when the hub cannot be reached or refuses)\n"
        "\n"
        "Exit status: 0 ok; 1 verify found errors; 2 usage or invalid_input;\n"
        "3 not_found, insufficient_stock or invalid_state; 4 storage (the "
        "database,\nor a slip's PDF file that cannot be written), or for sync hub_unreachable "
        "or\nunauthorized (the hub refused the token); 5 "
        "unauthorized (no or wrong login)\nor forbidden (the user's role may "
        "not do it).\n");
}

bool CommandLine::paints(const QStringList &arguments)
{
    const auto parsed = parseArguments(arguments);
    return parsed && parsed->words.mid(0, 2) ==
                         QStringList{QStringLiteral("delivery"), QStringLiteral("slip")};
}

int CommandLine::run(const QStringList &arguments)
{
    auto parsed = parseArguments(arguments);
    const bool json = arguments.contains(QStringLiteral("--json"));
    if (!parsed) {
        m_err << "shopdesk-cli: error: " << parsed.error().message
              << "\nRun `shopdesk-cli --help` for the commands and their options.\n";
        if (json) {
            m_out << QJsonDocument(
                         QJsonObject{
                             {QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                          {QStringLiteral("message"), parsed.error().message}}}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        }
        return UsageError;
    }
    if (parsed->flags.contains(QStringLiteral("--help"))) {
        m_out << usage();
        return Ok;
    }
    Session session(m_out, m_err, *parsed);
    return session.execute();
}

} // namespace ShopDesk
