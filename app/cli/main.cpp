#include "commandline.h"
#include "headlessapplication.h"

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only a command that paints pays for a QGuiApplication (fonts, the offscreen platform).
    const auto app =
        ShopDesk::createHeadlessApplication(argc, argv, ShopDesk::CommandLine::paints(arguments));
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ShopDesk::CommandLine cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
