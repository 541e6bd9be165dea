#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ShopDesk::CommandLine cli(out, err);
    return cli.run(app.arguments().mid(1));
}
