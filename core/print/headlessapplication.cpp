#include "headlessapplication.h"

#include <QGuiApplication>

namespace ShopDesk {

std::unique_ptr<QCoreApplication> createHeadlessApplication(int &argc, char **argv, bool withFonts)
{
    if (!withFonts)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Always offscreen, whatever the environment names for desktop programs: this program
    // shows no window, and xcb without a display (an ssh session, a cron job) would abort.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace ShopDesk
