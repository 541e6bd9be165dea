#include "headlessapplication.h"

#include <QGuiApplication>

#include <cstdio>

namespace ShopDesk {

namespace {

// Starting the platform looks for a desktop session this program has no use for, and
// complains when there is none or it is unusable (no XDG_RUNTIME_DIR in a cron job, one that
// cannot be created): noise that would break the CLI's one line on stderr. While the
// application starts, only what stops it (fatal) is said.
void keepStartupQuiet(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        std::fflush(stderr);
    }
}

} // namespace

std::unique_ptr<QCoreApplication> createHeadlessApplication(int &argc, char **argv, bool withFonts)
{
    if (!withFonts)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Always offscreen, whatever the environment names for desktop programs: this program
    // shows no window, and xcb without a display (an ssh session, a cron job) would abort.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QtMessageHandler previous = qInstallMessageHandler(keepStartupQuiet);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(previous);
    return app;
}

} // namespace ShopDesk
