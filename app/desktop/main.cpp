#include "desktopstartup.h"
#include "firstrundialog.h"
#include "language.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "shopfonts.h"
#include "shopservices.h"
#include "sqlitestore.h"
#include "terminalsettings.h"

#include <QApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace ShopDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream err(stderr);

    int status = ExitStatus::Ok;
    const Result<DesktopOptions> parsed = parseDesktopOptions(&status);
    if (!parsed)
        return status;
    const DesktopOptions &cli = parsed.value();
    const bool screenshot = cli.screenshot.has_value();

    TerminalSettings settings;
    const QString language = Language::resolve(cli.language.value_or(settings.language()));
    if (!Language::install(language))
        err << "shopdesk: warning: no " << language << " translation; showing English\n";

    // The same fonts as the slips, so that Hangul and Latin share one baseline everywhere.
    ShopFonts::apply();

    SqliteOptions options;
    options.path = cli.db.value_or(SqliteStore::defaultPath());
    const bool newDatabase = !QFileInfo::exists(options.path);
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<ShopServices> shop;
    const auto openShop = [&]() -> Status {
        SD_TRY(store, SqliteStore::open(options));
        shop = std::make_unique<ShopServices>(*store);
        shop->work.setActor(QStringLiteral("desktop"));
        return {};
    };

    // Both first-start paths end the same: the manager made and logged in.
    const auto createManager = [&](const FirstRunAnswers &answers) -> Status {
        SD_CHECK(shop->users.createFirstManager(answers.managerName, answers.pin));
        SD_TRY(const ActingUser user, shop->users.logIn(answers.managerName, answers.pin));
        settings.setLastUser(user.name); // offered first at the next login
        return {};
    };

    if (newDatabase && !screenshot) {
        // The first start names the terminal before the database exists, since order ids
        // carry it; a database shopdesk-cli made already has its name.
        FirstRunDialog firstRun(options.terminal, true,
                                [&](const FirstRunAnswers &answers) -> Status {
                                    SD_CHECK(SqliteStore::validateTerminalName(answers.terminal));
                                    options.terminal = answers.terminal;
                                    if (!shop)
                                        SD_CHECK(openShop());
                                    return createManager(answers);
                                });
        if (firstRun.exec() != QDialog::Accepted)
            return ExitStatus::Ok;
    } else if (const Status opened = openShop(); !opened) {
        err << "shopdesk: cannot open " << options.path << ": " << opened.error().message << '\n';
        return ExitStatus::StorageError;
    }

    const Result<bool> hasUsers = shop->users.hasUsers();
    if (!hasUsers) {
        err << "shopdesk: " << hasUsers.error().message << '\n';
        return ExitStatus::StorageError;
    }
    if (hasUsers.value() && !shop->work.actingUser()) {
        if (screenshot) {
            // A picture of the window as the first manager sees it; nothing is changed.
            const Result<QList<ActingUser>> choices = shop->users.loginChoices();
            if (choices) {
                for (const ActingUser &user : choices.value()) {
                    if (user.isManager()) {
                        shop->work.setActingUser(user);
                        break;
                    }
                }
            }
        } else {
            LoginDialog login(shop->users, shop->work);
            if (login.exec() != QDialog::Accepted)
                return ExitStatus::Ok;
        }
    } else if (!hasUsers.value() && !screenshot && !store->isReadOnly()) {
        // A database shopdesk-cli made, without users yet: it works without a login until a
        // manager is created, as the CLI does; offer to create one now.
        FirstRunDialog firstRun(store->terminal(), false, createManager);
        firstRun.exec();
    }

    if (!store->isReadOnly()) {
        if (auto healed = shop->policies.runPending(); !healed)
            err << "shopdesk: warning: pending reactions could not be completed: "
                << healed.error().message << '\n';
    }

    MainWindow window(*shop);
    window.showTab(static_cast<MainWindow::Tab>(cli.tab));
    window.show();

    if (cli.demo) {
        ListQuery first;
        first.limit = 1;
        const Result<QList<Product>> some = shop->inventory.products(first);
        if (some && !some->isEmpty()) {
            err << "shopdesk: " << options.path << " has products already; --demo fills only "
                << "an empty database\n";
        } else {
            const Result<QJsonObject> made =
                makeDemo(options.path, shop->work.actingUser(), &window);
            if (!made) {
                err << "shopdesk: demo data: " << made.error().message << '\n';
                return exitStatusFor(made.error().code, ExitProgram::Desktop);
            }
            shop->bus.publishReset();
        }
    }

    if (screenshot) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(1280, 800);
        QCoreApplication::processEvents();
        const QString file = *cli.screenshot;
        if (!window.grab().save(file, "PNG")) {
            err << "shopdesk: cannot write " << file << '\n';
            return ExitStatus::Refused;
        }
        return ExitStatus::Ok;
    }
    return app.exec();
}
