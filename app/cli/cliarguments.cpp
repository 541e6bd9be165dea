#include "cliarguments.h"

#include <QRegularExpression>

#include <algorithm>

namespace ShopDesk {

QStringList CliArguments::values(const QString &name) const
{
    QStringList all = options.values(name);
    std::reverse(all.begin(), all.end()); // QMultiHash returns the latest first
    return all;
}

Result<CliArguments> CliArguments::parse(const QStringList &arguments, const QStringList &flagNames)
{
    CliArguments parsed;
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
        if (flagNames.contains(name)) {
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

Result<qint64> CliArguments::parseInteger(const QString &text, const QString &what)
{
    // Digits with an optional sign and nothing else: QString::toLongLong() alone would take
    // " 5" and "5 " as well, which the contract does not.
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    bool ok = false;
    const qint64 value = digits.match(text).hasMatch() ? text.toLongLong(&ok) : 0;
    if (!ok) {
        return Error::invalidInput(
            QStringLiteral("%1 must be a whole number, got '%2'").arg(what, text));
    }
    return value;
}

} // namespace ShopDesk
