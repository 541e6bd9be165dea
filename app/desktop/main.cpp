#include "mainwindow.h"
#include "shopservices.h"
#include "sqlitestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QTextStream>

using namespace ShopDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ShopDesk point of sale"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QStringLiteral("orders, inventory or deliveries."),
                                       QStringLiteral("TAB"), QStringLiteral("orders"));
    parser.addOptions({dbOption, shotOption, tabOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "shopdesk: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty()) {
        err << "shopdesk: unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return 2;
    }
    const QStringList tabs{QStringLiteral("orders"), QStringLiteral("inventory"),
                           QStringLiteral("deliveries")};
    const int tab = tabs.indexOf(parser.value(tabOption));
    if (tab < 0) {
        err << "shopdesk: --tab must be orders, inventory or deliveries\n";
        return 2;
    }

    // A Latin face for digits and Latin text first; Korean falls back to Noto Sans CJK.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")});
    QApplication::setFont(font);

    SqliteOptions options;
    options.path = parser.isSet(dbOption) ? parser.value(dbOption) : SqliteStore::defaultPath();
    auto opened = SqliteStore::open(options);
    if (!opened) {
        err << "shopdesk: cannot open " << options.path << ": " << opened.error().message << '\n';
        return 4;
    }
    const std::unique_ptr<SqliteStore> store = std::move(opened.value());
    ShopServices shop(*store);
    shop.work.setActor(QStringLiteral("desktop"));

    const Result<bool> hasUsers = shop.users.hasUsers();
    if (!hasUsers) {
        err << "shopdesk: " << hasUsers.error().message << '\n';
        return 4;
    }
    if (hasUsers.value()) {
        if (!parser.isSet(shotOption)) {
            err << "shopdesk: this database has users, and the login dialog is not built yet\n";
            return 5;
        }
        const QString name = qEnvironmentVariable("SHOPDESK_USER");
        if (name.isEmpty() || !qEnvironmentVariableIsSet("SHOPDESK_PIN")) {
            err << "shopdesk: this database has users: set SHOPDESK_USER and SHOPDESK_PIN to "
                   "log in for a screenshot\n";
            return 5;
        }
        if (auto user = shop.users.logIn(name, qEnvironmentVariable("SHOPDESK_PIN")); !user) {
            err << "shopdesk: " << user.error().message << '\n';
            return 5;
        }
    }

    if (!store->isReadOnly()) {
        if (auto healed = shop.policies.runPending(); !healed)
            err << "shopdesk: warning: pending reactions could not be completed: "
                << healed.error().message << '\n';
    }

    MainWindow window(shop);
    window.showTab(static_cast<MainWindow::Tab>(tab));
    if (parser.isSet(shotOption)) {
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        const QString file = parser.value(shotOption);
        if (!window.grab().save(file, "PNG")) {
            err << "shopdesk: cannot write " << file << '\n';
            return 3;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
