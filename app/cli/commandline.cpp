#include "commandline.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "clisession.h"
#include "commandtable.h"
#include "exitstatus.h"
#include "validation.h"

#include <algorithm>

namespace ShopDesk {

namespace {

constexpr int UsageWidth = 80;

bool isGlobalOption(const QString &name);

// Options without a value: the global ones (--json) and those of commands (--restock).
QStringList flagNames()
{
    QStringList flags{QStringLiteral("--help")};
    for (const QList<CliOption> &options : {cliGlobalOptions()}) {
        for (const CliOption &option : options) {
            if (!option.value)
                flags.append(QString::fromLatin1(option.name));
        }
    }
    for (const CliCommand &command : cliCommands()) {
        for (const CliOption &option : command.options) {
            if (!option.value && !flags.contains(QLatin1StringView(option.name)))
                flags.append(QString::fromLatin1(option.name));
        }
    }
    return flags;
}

// The parsed line, a command's flags kept with its options (with no value), so that the
// table's checks see them: only the command that has the flag takes it.
Result<CliArguments> parseLine(const QStringList &arguments)
{
    auto parsed = CliArguments::parse(arguments, flagNames());
    if (!parsed)
        return parsed;
    const QSet<QString> flags = parsed->flags;
    for (const QString &flag : flags) {
        if (flag == QLatin1StringView("--help") || isGlobalOption(flag))
            continue;
        parsed->flags.remove(flag);
        parsed->options.insert(flag, QString());
    }
    return parsed;
}

bool isGlobalOption(const QString &name)
{
    const QList<CliOption> &globals = cliGlobalOptions();
    return std::any_of(globals.cbegin(), globals.cend(), [&](const CliOption &option) {
        return name == QLatin1StringView(option.name);
    });
}

// Why the command line does not fit `command` (nullptr when none matched its words), or
// an empty string when it fits.
QString misfit(const CliArguments &arguments, const CliCommand *command)
{
    if (!command) {
        if (arguments.words.isEmpty())
            return QStringLiteral("no command given");
        return QStringLiteral("unknown command '%1'")
            .arg(arguments.words.mid(0, 2).join(QLatin1Char(' ')));
    }
    const QString name = command->name();
    const qsizetype commandWords = command->words().size();
    const qsizetype extra = arguments.words.size() - commandWords;
    if (extra != (command->argument ? 1 : 0)) {
        return command->argument ? QStringLiteral("`%1` needs exactly one %2")
                                       .arg(name, QLatin1StringView(command->argument))
                                 : QStringLiteral("`%1` takes no argument '%2'")
                                       .arg(name, arguments.words.value(commandWords));
    }
    for (auto it = arguments.options.cbegin(); it != arguments.options.cend(); ++it) {
        if (!command->option(it.key()) && !isGlobalOption(it.key()))
            return QStringLiteral("`%1` has no option %2").arg(name, it.key());
    }
    for (const CliOption &option : command->options) {
        if (option.required() && !arguments.has(QLatin1StringView(option.name)))
            return QStringLiteral("`%1` needs %2").arg(name, QLatin1StringView(option.name));
    }
    for (const QList<CliOption> &options : {command->options, cliGlobalOptions()}) {
        for (const CliOption &option : options) {
            const QString optionName = QString::fromLatin1(option.name);
            if (!option.repeatable() && arguments.options.count(optionName) > 1)
                return QStringLiteral("%1 is given more than once").arg(optionName);
        }
    }
    return {};
}

// Ids on the command line (ORDER_ID, --id, --product, --order) are checked as ids before
// anything is looked up, so that " T1-000001" is refused as malformed rather than not found.
Status checkIds(const CliArguments &arguments, const CliCommand &command)
{
    const auto isId = [](const char *value) {
        return value && (qstrcmp(value, "ID") == 0 || qstrcmp(value, "ORDER_ID") == 0);
    };
    if (isId(command.argument)) {
        SD_CHECK(Validate::identifier(arguments.words.value(command.words().size()),
                                      QLatin1StringView(command.argument)));
    }
    for (const CliOption &option : command.options) {
        if (!isId(option.value))
            continue;
        for (const QString &value : arguments.values(QLatin1StringView(option.name)))
            SD_CHECK(Validate::identifier(value, QLatin1StringView(option.name)));
    }
    return {};
}

// Appends `words` to `text` in lines of at most UsageWidth columns (a longer word gets a line
// of its own): the first line starts with `lead`, the others with `indent` spaces.
void appendWrapped(QString &text, const QString &lead, const QStringList &words, int indent)
{
    QString line = lead;
    bool started = false;
    for (const QString &word : words) {
        if (started && line.size() + 1 + word.size() > UsageWidth) {
            text += line + QLatin1Char('\n');
            line = QString(indent, QLatin1Char(' '));
            started = false;
        }
        if (started)
            line += QLatin1Char(' ');
        line += word;
        started = true;
    }
    text += line + QLatin1Char('\n');
}

QStringList wordsOf(const char *sentence)
{
    return QString::fromLatin1(sentence).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void appendGlobalOptions(QString &text)
{
    const QList<CliOption> &globals = cliGlobalOptions();
    QStringList synopsis;
    qsizetype column = 0; // the help column: the widest option and a gap of two
    for (const CliOption &option : globals) {
        synopsis.append(option.synopsis());
        column = std::max(column, option.text().size() + 2);
    }
    appendWrapped(text, QStringLiteral("Usage: shopdesk-cli "),
                  synopsis + QStringList{QStringLiteral("COMMAND ...")},
                  int(QStringLiteral("Usage: shopdesk-cli ").size()));
    for (const CliOption &option : globals) {
        appendWrapped(text, QStringLiteral("  ") + option.text().leftJustified(column),
                      wordsOf(option.help), int(2 + column));
    }
}

void appendCommands(QString &text)
{
    for (const CliCommand &command : cliCommands()) {
        // A synopsis that wraps goes on under its first option.
        appendWrapped(text, QStringLiteral("  "), command.synopsisParts(),
                      int(3 + command.name().size()));
        appendWrapped(text, QStringLiteral("    "), wordsOf(command.help), 4);
    }
}

// What each exit status means to a script: the error codes the table sends to it, and what
// the CLI adds around them.
void appendExitStatuses(QString &text)
{
    struct Meaning
    {
        int status;
        const char *before = nullptr;
        const char *after = nullptr;
    };
    const Meaning meanings[] = {
        {ExitStatus::Ok, "ok"},
        {ExitStatus::VerifyFailed, "verify found errors"},
        {ExitStatus::UsageError, "usage"},
        {ExitStatus::Refused},
        {ExitStatus::StorageError, nullptr,
         "for sync also hub_unreachable or unauthorized (the hub refused the token)"},
        {ExitStatus::Denied},
        {ExitStatus::ReactionPending,
         "done, but a reaction it triggered (delivery start, stock decrease, refund, restock) "
         "failed, a full disk say, and is pending: the next command retries it"},
    };
    const auto note = [](ErrorCode code) -> QString {
        switch (code) {
        case ErrorCode::Storage:
            return QStringLiteral(" (the database, a slip's PDF file that cannot be written, "
                                  "or a printer that cannot print)");
        case ErrorCode::Unauthorized:
            return QStringLiteral(" (no or wrong login, or a user locked after wrong PINs: "
                                  "details.reason locked)");
        case ErrorCode::Forbidden:
            return QStringLiteral(" (the user's role may not do it)");
        default:
            return {};
        }
    };
    for (const Meaning &meaning : meanings) {
        QStringList items;
        if (meaning.before)
            items.append(QString::fromLatin1(meaning.before));
        for (const ErrorCode code : errorCodesExitingWith(meaning.status))
            items.append(errorCodeName(code) + note(code));
        QString sentence = items.join(QStringLiteral(", "));
        if (meaning.after)
            sentence += QStringLiteral("; ") + QString::fromLatin1(meaning.after);
        appendWrapped(text, QStringLiteral("  %1 ").arg(meaning.status),
                      sentence.split(QLatin1Char(' ')), 4);
    }
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString CommandLine::usage()
{
    QString text;
    appendGlobalOptions(text);
    text += QStringLiteral("\nCommands:\n");
    appendCommands(text);
    text += QStringLiteral("\nExit status:\n");
    appendExitStatuses(text);
    return text;
}

bool CommandLine::paints(const QStringList &arguments)
{
    const auto parsed = parseLine(arguments);
    const CliCommand *command = parsed ? findCliCommand(parsed->words) : nullptr;
    return command && command->paints;
}

int CommandLine::run(const QStringList &arguments)
{
    const auto parsed = parseLine(arguments);
    // Without a parse, --json counts wherever it appears.
    CliOutput out(m_out, m_err,
                  parsed ? parsed->flags.contains(QStringLiteral("--json"))
                         : arguments.contains(QStringLiteral("--json")));
    if (!parsed)
        return out.usageFail(parsed.error().message);
    if (parsed->flags.contains(QStringLiteral("--help"))) {
        m_out << usage();
        return ExitStatus::Ok;
    }
    const CliCommand *command = findCliCommand(parsed->words);
    if (const QString problem = misfit(*parsed, command); !problem.isEmpty())
        return out.usageFail(problem);

    if (Status ids = checkIds(*parsed, *command); !ids)
        return out.fail(ids.error());
    out.setUserGiven(parsed->has(QStringLiteral("--user")));
    CliSession session(*parsed, *command, out);
    if (!command->opensShop)
        return command->run(session);
    if (Status opened = session.open(); !opened)
        return out.fail(opened.error());
    return command->run(session);
}

} // namespace ShopDesk
