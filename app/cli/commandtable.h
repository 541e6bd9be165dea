#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ShopDesk {

class CliSession;

// An option of shopdesk-cli, as the parser, the checks and --help see it.
struct CliOption
{
    enum Presence {
        Optional,
        Required,
        Repeated,  // required, and may be given more than once (--item)
        AnyNumber, // optional, and may be given more than once (--count)
    };
    bool required() const { return presence == Required || presence == Repeated; }
    bool repeatable() const { return presence == Repeated || presence == AnyNumber; }

    const char *name = nullptr;  // --item
    const char *value = nullptr; // its value as --help shows it (ID:QTY); nullptr for a flag
    Presence presence = Optional;
    const char *help = nullptr; // the global options' line in --help

    QString text() const;     // "--limit N"
    QString synopsis() const; // "--item ID:QTY [--item ID:QTY ...]", "[--limit N]"
};

// One command of shopdesk-cli: all that the parser, the checks, --help and the dispatch know
// about it. Each command is declared once, in cliCommands().
struct CliCommand
{
    const char *noun = nullptr;
    const char *verb = nullptr;         // nullptr for a command of one word (verify)
    const char *argument = nullptr;     // its one positional argument (ORDER_ID), or nullptr
    QList<CliOption> options = {};      // besides the global ones
    const char *help = nullptr;         // one sentence for --help
    int (*run)(CliSession &) = nullptr; // the handler; returns the exit status
    bool paints = false;                // draws a slip, and so needs a QGuiApplication
    bool opensShop = true;              // works on the database (all but `escpos render`)

    QStringList words() const; // {"order", "pay"}
    QString name() const;      // "order pay"
    QString synopsis() const;  // "order pay ORDER_ID --method cash|card [--tendered AMOUNT]"
    QStringList synopsisParts() const; // the name, the argument, each option's synopsis
    const CliOption *option(const QString &name) const; // or nullptr
};

// Every command, in the order --help lists them.
const QList<CliCommand> &cliCommands();
// --db, --terminal, --user and --json: taken by every command.
const QList<CliOption> &cliGlobalOptions();
// The command that `words` start with, or nullptr.
const CliCommand *findCliCommand(const QStringList &words);

} // namespace ShopDesk
