#pragma once

#include "processrun.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

#include <csignal>

namespace ShopDesk::Testing {

// The line shopdesk-hub prints once it serves: `listening ws://HOST:PORT[ http://HOST:PORT]`.
struct HubListening
{
    QByteArray line; // as printed, empty if nothing came
    QUrl ws;         // empty unless the line was the expected one
    QUrl http;       // empty unless the hub serves HTTP too

    bool ok() const { return !ws.isEmpty(); }
};

// Waits until the started hub prints its first line (or ends, or timeoutMs pass) and reads it.
inline HubListening waitForListening(QProcess &hub, int timeoutMs = 30'000)
{
    HubListening listening;
    const QDeadlineTimer deadline(timeoutMs);
    while (!hub.canReadLine() && !deadline.hasExpired()) {
        if (!hub.waitForReadyRead(100) && hub.state() == QProcess::NotRunning)
            break;
    }
    listening.line = hub.canReadLine() ? hub.readLine() : hub.readAllStandardOutput();
    static const QRegularExpression pattern(
        QStringLiteral("^listening (wss?://\\S+:\\d+)(?: (http://\\S+:\\d+))?$"));
    const auto match = pattern.match(QString::fromUtf8(listening.line).trimmed());
    if (match.hasMatch()) {
        listening.ws = QUrl(match.captured(1));
        if (match.hasCaptured(2))
            listening.http = QUrl(match.captured(2));
    }
    return listening;
}

// How HubProcess::start() serves.
struct HubServeOptions
{
    QStringList arguments = {}; // more options, e.g. {"--max-connections", "4"}
    bool http = false;          // serve HTTP too, on a free port of 127.0.0.1 (httpUrl())
    // Runs in the child between fork and exec (async-signal-safe calls only).
    std::function<void()> childModifier = {};
};

// The hub as a child process on one database: token add, serve on a port that survives
// restarts, kill, SIGTERM.
class HubProcess
{
public:
    HubProcess(QString program, QString db)
        : m_program(std::move(program))
        , m_db(std::move(db))
    {}
    ~HubProcess() { kill(); }
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;

    // `shopdesk-hub --db DB token add TERMINAL`: the secret, or empty with error() set.
    QString addToken(const QString &terminal)
    {
        const ProcessRun run = runProcess(m_program,
                                          {QStringLiteral("--db"), m_db, QStringLiteral("token"),
                                           QStringLiteral("add"), terminal},
                                          {.timeoutMs = 30'000});
        if (!run.ok()) {
            m_error = run.errText();
            return {};
        }
        return run.outText().trimmed();
    }

    using Options = HubServeOptions;

    // Serves until kill() or stop(); the first start picks a free port, restarts take the same
    // one.
    bool start(const Options &options = {})
    {
        m_process = std::make_unique<QProcess>();
        m_stderr.clear();
        if (options.childModifier)
            m_process->setChildProcessModifier(options.childModifier);
        QStringList arguments{QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:%1").arg(m_port)};
        if (options.http)
            arguments << QStringLiteral("--http-listen") << QStringLiteral("127.0.0.1:0");
        m_process->start(m_program, arguments + options.arguments);
        const HubListening listening = waitForListening(*m_process);
        if (!listening.ok()) {
            m_error = QStringLiteral("hub did not start: %1 %2")
                          .arg(QString::fromUtf8(listening.line),
                               QString::fromUtf8(m_process->readAllStandardError()));
            return false;
        }
        m_port = quint16(listening.ws.port(0));
        m_http = listening.http;
        return m_port != 0 && (!options.http || !m_http.isEmpty());
    }

    // Everything the serving hub wrote to stderr so far (also after stop()).
    QByteArray errText()
    {
        if (m_process)
            m_stderr += m_process->readAllStandardError();
        return m_stderr;
    }

    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QUrl httpUrl() const { return m_http; }
    quint16 port() const { return m_port; }

    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }

    // SIGTERM: the hub finishes the batch in hand and closes its sockets.
    bool stop()
    {
        if (!m_process)
            return true;
        ::kill(pid_t(m_process->processId()), SIGTERM);
        const bool stopped =
            m_process->waitForFinished(15000) && m_process->exitStatus() == QProcess::NormalExit;
        m_stderr += m_process->readAllStandardError();
        m_process.reset();
        return stopped;
    }

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)); }
    QString error() const { return m_error; }

private:
    QString m_program;
    QString m_db;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
    QUrl m_http;
    QByteArray m_stderr;
};

// A new token of the hub for terminal, written to token-TERMINAL in folder, readable by its
// owner only (as `sync --token-file` wants it): the file's path, or empty when that failed.
inline QString writeTokenFile(HubProcess &hub, const QString &terminal, const QString &folder)
{
    const QString secret = hub.addToken(terminal);
    const QString path = QDir(folder).filePath(QStringLiteral("token-") + terminal);
    QFile file(path);
    if (secret.isEmpty() || !file.open(QIODevice::WriteOnly))
        return QString();
    file.write(secret.toUtf8());
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace ShopDesk::Testing
