#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace ShopDesk::Testing {

// What one run of a program left behind. exitCode is -1 unless the program exited normally
// within the time it was given, so a crash or a timeout never passes for an exit status.
struct ProcessRun
{
    bool finished = false; // exited normally (not crashed, not killed after the timeout)
    bool timedOut = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString failure; // why it did not finish: QProcess's error text

    bool ok() const { return finished && exitCode == 0; }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout, then stderr, as one text.
    QString allText() const { return QString::fromUtf8(out + err); }
    QStringList errLines() const { return errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

    QJsonDocument document() const { return QJsonDocument::fromJson(out); }
    QJsonObject json() const { return document().object(); }
    QJsonObject object() const { return json(); }
    QJsonArray array() const { return document().array(); }
    // The `{"error": {"code", "message"}}` document our programs print on a refusal.
    QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
    QString errorCode() const { return error().value(QStringLiteral("code")).toString(); }
    QString errorMessage() const { return error().value(QStringLiteral("message")).toString(); }

    QString describe() const
    {
        QString how;
        if (timedOut)
            how = QStringLiteral(" (timed out)");
        else if (!finished)
            how = QStringLiteral(" (did not finish: %1)").arg(failure);
        return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(how, outText().trimmed(), errText().trimmed());
    }
};

struct ProcessOptions
{
    // Empty: the environment of the test process.
    QProcessEnvironment env = {};
    // Written to the child's stdin, which is then closed. Null: stdin is the null device, so
    // the child never waits on a terminal.
    QByteArray stdinText = {};
    QString workingDir = {};
    // Past it the child is killed and the run reports timedOut.
    int timeoutMs = 60'000;
    // Keep this thread's event loop running while waiting, for a child that talks to a server
    // living in the test process.
    bool serveEvents = false;
    // Runs in the child between fork and exec (async-signal-safe calls only).
    std::function<void()> childModifier = {};
};

// Waits for a started process to end, killing it after timeoutMs, and collects what it left.
// serveEvents as in ProcessOptions.
inline ProcessRun collectProcess(QProcess &process, int timeoutMs = 60'000,
                                 bool serveEvents = false)
{
    ProcessRun run;
    if (process.state() == QProcess::Starting)
        process.waitForStarted(30'000);
    if (process.error() == QProcess::FailedToStart || process.state() == QProcess::Starting) {
        run.failure = process.errorString();
        return run;
    }
    bool ended = false;
    if (serveEvents) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        ended = process.state() == QProcess::NotRunning;
    } else {
        ended = process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
    }
    if (!ended) {
        run.timedOut = true;
        run.failure = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.finished = true;
        run.exitCode = process.exitCode();
    } else {
        run.failure = process.errorString();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Runs program with arguments to its end, or kills it after options.timeoutMs.
inline ProcessRun runProcess(const QString &program, const QStringList &arguments,
                             const ProcessOptions &options = {})
{
    QProcess process;
    if (!options.env.isEmpty())
        process.setProcessEnvironment(options.env);
    if (!options.workingDir.isEmpty())
        process.setWorkingDirectory(options.workingDir);
    if (options.stdinText.isNull())
        process.setStandardInputFile(QProcess::nullDevice());
    if (options.childModifier)
        process.setChildProcessModifier(options.childModifier);
    process.start(program, arguments);
    if (process.waitForStarted(30'000) && !options.stdinText.isNull()) {
        process.write(options.stdinText);
        process.closeWriteChannel();
    }
    return collectProcess(process, options.timeoutMs, options.serveEvents);
}

} // namespace ShopDesk::Testing
