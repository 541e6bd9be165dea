#include "hubcommandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ShopDesk::Hub::HubCommandLine hub(out, err);
    return hub.run(QCoreApplication::arguments().mid(1));
}
