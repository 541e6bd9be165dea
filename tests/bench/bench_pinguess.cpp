// Guessing a clerk's 4-digit PIN through shopdesk-cli, as the attacker of issue 12 did: many
// processes in parallel, each one login with the next PIN, for a bounded time. Prints how many
// PINs were actually checked before the first lockout and per second over the run, and how
// long the lockout schedule makes a search of all 10,000 PINs. Not a test: figures only.
//
//   bench_pinguess [--processes 64] [--seconds 20]

#include "user.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace ShopDesk;

namespace {

const QString cli = QStringLiteral(SHOPDESK_CLI);

QProcessEnvironment environment(const QString &pinVariable, const QString &pin)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHOPDESK_PIN"));
    env.remove(QStringLiteral("SHOPDESK_NEW_PIN"));
    env.insert(pinVariable, pin);
    return env;
}

bool runOnce(const QStringList &args, const QString &pinVariable, const QString &pin)
{
    QProcess process;
    process.setProcessEnvironment(environment(pinVariable, pin));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(cli, args);
    return process.waitForFinished(60'000) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1StringView(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int processes = option("--processes", 64);
    const int seconds = option("--seconds", 20);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("guess.db"));
    if (!runOnce({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                  QStringLiteral("--name"), QStringLiteral("Boss"), QStringLiteral("--role"),
                  QStringLiteral("manager")},
                 QStringLiteral("SHOPDESK_NEW_PIN"), QStringLiteral("1234"))) {
        std::fprintf(stderr, "bench_pinguess: cannot make the shop's manager\n");
        return 1;
    }
    // Kim's PIN, 9999, is the last one guessed: the run never finds it.
    {
        QProcess process;
        QProcessEnvironment env =
            environment(QStringLiteral("SHOPDESK_PIN"), QStringLiteral("1234"));
        env.insert(QStringLiteral("SHOPDESK_NEW_PIN"), QStringLiteral("9999"));
        process.setProcessEnvironment(env);
        process.start(cli,
                      {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("Boss"),
                       QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Kim"), QStringLiteral("--role"), QStringLiteral("clerk")});
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            std::fprintf(stderr, "bench_pinguess: cannot add the clerk\n");
            return 1;
        }
    }

    qint64 attempts = 0, checked = 0, locked = 0, other = 0;
    double firstLockMs = -1;
    int nextPin = 0;
    int running = 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(seconds) * 1000;
    QEventLoop loop;
    std::function<void()> startOne = [&] {
        if (clock.elapsed() >= deadline) {
            if (running == 0)
                loop.quit();
            return;
        }
        auto *process = new QProcess;
        process->setProcessEnvironment(
            environment(QStringLiteral("SHOPDESK_PIN"),
                        QStringLiteral("%1").arg(nextPin++ % 9999, 4, 10, QLatin1Char('0'))));
        process->setStandardInputFile(QProcess::nullDevice());
        ++running;
        QObject::connect(process, &QProcess::finished, &loop, [&, process] {
            --running;
            ++attempts;
            const QJsonObject error = QJsonDocument::fromJson(process->readAllStandardOutput())
                                          .object()
                                          .value(QStringLiteral("error"))
                                          .toObject();
            const QString message = error.value(QStringLiteral("message")).toString();
            const QString reason = error.value(QStringLiteral("details"))
                                       .toObject()
                                       .value(QStringLiteral("reason"))
                                       .toString();
            // A PIN was checked when the answer is "wrong" (the fifth wrong one says locked too).
            if (message.startsWith(QLatin1StringView("wrong user name or PIN")))
                ++checked;
            if (reason == QLatin1StringView("locked")) {
                if (firstLockMs < 0)
                    firstLockMs = double(clock.elapsed());
                if (!message.startsWith(QLatin1StringView("wrong")))
                    ++locked;
            } else if (!message.startsWith(QLatin1StringView("wrong"))) {
                ++other;
            }
            process->deleteLater();
            startOne();
        });
        process->start(cli, {QStringLiteral("--db"), db, QStringLiteral("--json"),
                             QStringLiteral("--user"), QStringLiteral("Kim"),
                             QStringLiteral("shop"), QStringLiteral("show")});
    };
    for (int i = 0; i < processes; ++i)
        startOne();
    loop.exec();
    const double elapsed = clock.elapsed() / 1000.0;

    // The lockout schedule alone, for all 10,000 PINs (half of them on average).
    double scheduleSeconds = 0;
    for (int failures = UserRules::MaxFailedLogins; failures <= 10'000;
         failures += UserRules::MaxFailedLogins)
        scheduleSeconds += double(UserRules::lockoutAfter(failures).count());

    std::printf("pin guessing with %d processes for %.1f s (%lld attempts, %.1f/s)\n", processes,
                elapsed, attempts, attempts / elapsed);
    // Within the first lockout (30 s) every PIN checked came before it.
    if (seconds <= UserRules::FirstLockout.count())
        std::printf("  lockout after %lld guesses; the first refusal as locked came %.0f ms after "
                    "the start\n",
                    checked, firstLockMs);
    std::printf("  PINs checked: %lld, %.2f guesses/s over the run\n", checked, checked / elapsed);
    std::printf("  refused unchecked while locked: %lld; other errors: %lld\n", locked, other);
    std::printf("  the schedule makes all 10,000 PINs take %.0f days (half of them on average)\n",
                scheduleSeconds / 86400.0);
    return 0;
}
