#pragma once

#include <QStringList>
#include <QTextStream>

namespace ShopDesk::Hub {

// shopdesk-hub: serves terminals (the default command) or manages their tokens. Exit statuses
// from core's exitstatus.h, as shopdesk-cli: 0 ok, 2 usage or invalid input, 3 not found or
// wrong state (a token that does not exist, one already there), 4 storage (the database, or
// an address it cannot listen on).
class HubCommandLine
{
public:
    HubCommandLine(QTextStream &out, QTextStream &err);

    // Arguments exclude the program name. Serving runs the event loop until SIGTERM/SIGINT.
    int run(const QStringList &arguments);

    static QString usage();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ShopDesk::Hub
