#pragma once

#include <QStringList>
#include <QTextStream>

namespace ShopDesk {

// shopdesk-cli: the scripting and admin adapter over the application services. The
// contract (commands, JSON fields, error codes and exit statuses) is in README.md; the
// commands are the table in commandtable.cpp, the exit statuses core's exitstatus.h.
class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err);

    // Runs one command; arguments exclude the program name. Returns the exit status.
    int run(const QStringList &arguments);

    // The text of --help, generated from the command table and the exit-status table.
    static QString usage();
    // Whether the command paints (a delivery slip), and so needs fonts: a QGuiApplication.
    static bool paints(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ShopDesk
