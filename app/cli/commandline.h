#pragma once

#include <QStringList>
#include <QTextStream>

namespace ShopDesk {

// shopdesk-cli: the scripting and admin adapter over the application services. The
// contract (commands, JSON fields, error codes and exit statuses) is in README.md.
class CommandLine
{
public:
    enum ExitCode {
        Ok = 0,
        VerifyFailed = 1,
        UsageError = 2, // also invalid_input
        Refused = 3,    // not_found, insufficient_stock, invalid_state
        StorageError = 4,
        Denied = 5, // unauthorized (no login, unknown user, wrong PIN) or forbidden (role)
    };

    CommandLine(QTextStream &out, QTextStream &err);

    // Runs one command; arguments exclude the program name.
    int run(const QStringList &arguments);

    static QString usage();
    // Whether the command paints (a delivery slip), and so needs fonts: a QGuiApplication.
    static bool paints(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ShopDesk
