#pragma once

#include <QByteArray>
#include <QFile>

namespace ShopDesk::Bench {

// The process's peak resident set so far (VmHWM), in KiB; -1 where /proc is not there.
inline qlonglong peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace ShopDesk::Bench
