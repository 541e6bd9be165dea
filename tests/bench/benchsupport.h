#pragma once

// What the benchmarks share: failing loudly, percentiles of timings, peak memory, a store on
// a file, and a real shopdesk-hub process.

#include "sqlitestore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace ShopDesk::Bench {

[[noreturn]] inline void fail(const QString &text)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                 qPrintable(text));
    std::exit(1);
}

// Timings in milliseconds and their percentiles (nearest rank).
struct Figures
{
    QList<double> ms;

    double at(double q) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype i = std::min<qsizetype>(sorted.size() - 1, qsizetype(q * sorted.size()));
        return sorted.isEmpty() ? 0 : sorted.at(i);
    }
};

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

// The store of a database file (made for terminal when it does not exist).
inline std::unique_ptr<SqliteStore> openStore(const QString &path, const QString &terminal)
{
    SqliteOptions options;
    options.path = path;
    options.terminal = terminal;
    auto opened = SqliteStore::open(options);
    if (!opened)
        fail(opened.error().message);
    return std::move(opened.value());
}

// A real shopdesk-hub process over a database file: tokens through its command line, then
// serving on 127.0.0.1 (a free port) until destroyed (SIGTERM).
class HubProcess
{
public:
    HubProcess(QString binary, QString db)
        : m_binary(std::move(binary))
        , m_db(std::move(db))
    {}
    ~HubProcess()
    {
        if (m_process) {
            m_process->terminate();
            m_process->waitForFinished(15000);
        }
    }

    QString addToken(const QString &terminal)
    {
        QProcess revoke; // a hub kept by --data may know the terminal from an earlier run
        revoke.start(m_binary, {QStringLiteral("--db"), m_db, QStringLiteral("token"),
                                QStringLiteral("revoke"), terminal});
        revoke.waitForFinished(30000);
        QProcess p;
        p.start(m_binary, {QStringLiteral("--db"), m_db, QStringLiteral("token"),
                           QStringLiteral("add"), terminal});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            Bench::fail(QStringLiteral("token add: ") +
                        QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    QUrl start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(m_binary, {QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0")});
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_process->waitForReadyRead(30000))
                Bench::fail(QStringLiteral("the hub did not start: ") +
                            QString::fromUtf8(m_process->readAllStandardError()));
            line += m_process->readAllStandardOutput();
        }
        return QUrl(QString::fromUtf8(line.mid(line.indexOf("ws://")).trimmed()));
    }

private:
    QString m_binary;
    QString m_db;
    std::unique_ptr<QProcess> m_process;
};

} // namespace ShopDesk::Bench
