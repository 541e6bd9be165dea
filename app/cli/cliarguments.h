#pragma once

#include "result.h"

#include <QMultiHash>
#include <QSet>
#include <QStringList>

namespace ShopDesk {

// A command line split into positional words and --options (each option may repeat). The
// parser knows only which options are flags; the command table says which ones a command
// takes.
struct CliArguments
{
    QStringList words;
    QMultiHash<QString, QString> options;
    QSet<QString> flags;

    QString value(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name); }
    // Every value of a repeated option, in the order given.
    QStringList values(const QString &name) const;

    // Splits `arguments` (without the program name); `flagNames` take no value, every other
    // --option takes the next argument or the text after '='.
    static Result<CliArguments> parse(const QStringList &arguments, const QStringList &flagNames);
    // A whole number: decimal digits with an optional sign, no spaces; else InvalidInput
    // naming `what`.
    static Result<qint64> parseInteger(const QString &text, const QString &what);
};

} // namespace ShopDesk
