#pragma once

#include "cliarguments.h"
#include "clioutput.h"
#include "commandtable.h"
#include "shopservices.h"
#include "sqlitestore.h"

#include <memory>

namespace ShopDesk {

// What a command's handler works with: its checked command line, the output, and the shop on
// the database the command line names.
class CliSession
{
public:
    CliSession(const CliArguments &arguments, const CliCommand &command, CliOutput &out);

    // Opens the database (--db, else the default; --terminal for a new one), logs in as
    // --user, and completes the reactions an interrupted earlier command left pending
    // (a warning when it cannot).
    Status open();
    // Closes the shop open() opened (restore replaces the file under it).
    void close();
    // The database the command line names: --db, else the default.
    QString databasePath() const;

    CliOutput &out() { return m_out; }
    ShopServices &shop() { return *m_shop; }
    SqliteStore &store() { return *m_store; }

    bool has(const QString &option) const { return m_arguments.has(option); }
    QString value(const QString &option) const { return m_arguments.value(option); }
    QStringList values(const QString &option) const { return m_arguments.values(option); }
    // Whether a global flag (--json) was given.
    bool globalFlag(const QString &flag) const { return m_arguments.flags.contains(flag); }
    // The command's positional argument (ORDER_ID).
    QString argument() const { return m_arguments.words.value(m_command.words().size()); }

    // The option's value as a whole number; -1 when the option is absent.
    Result<qint64> integerOption(const QString &option) const;
    // --limit, --search and --status of the list commands.
    Result<ListQuery> listQuery() const;

private:
    Status logIn();

    const CliArguments &m_arguments;
    const CliCommand &m_command;
    CliOutput &m_out;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ShopServices> m_shop;
};

} // namespace ShopDesk
