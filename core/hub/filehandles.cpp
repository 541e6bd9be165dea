#include "filehandles.h"

#include <QDir>

#include <sys/resource.h>

namespace ShopDesk::Hub {

namespace {

qint64 limitValue(rlim_t value)
{
    return value == RLIM_INFINITY ? -1 : qint64(value);
}

} // namespace

FileHandles FileHandles::current()
{
    FileHandles f;
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        f.softLimit = limitValue(limit.rlim_cur);
        f.hardLimit = limitValue(limit.rlim_max);
    }
    const QDir fds(QStringLiteral("/proc/self/fd"));
    // The listing holds the descriptor that reads it too.
    f.open =
        fds.exists()
            ? qint64(fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size()) -
                  1
            : -1;
    return f;
}

bool withinFileHandleReserve(qintptr descriptor, int reserve)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return false;
    return qint64(descriptor) >= qint64(limit.rlim_cur) - reserve;
}

} // namespace ShopDesk::Hub
