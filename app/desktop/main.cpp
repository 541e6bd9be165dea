#include "firstrundialog.h"
#include "language.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "shopfonts.h"
#include "shopservices.h"
#include "sqlitestore.h"
#include "terminalsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

using namespace ShopDesk;

namespace {

// Exit codes, as shopdesk-cli spells them.
enum Exit { Ok = 0, Usage = 2, Refused = 3, Storage = 4, NotLoggedIn = 5 };

// What --demo makes: enough to try every tab, made in about a second.
constexpr qint64 DemoProducts = 500;
constexpr qint64 DemoOrders = 3000;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::Desktop)
};

// Fills the database with demo data on a connection of its own in a worker thread, with a
// progress dialog; the window stays responsive and reloads once when it is done.
Result<QJsonObject> makeDemo(const QString &path, const std::optional<ActingUser> &user,
                             QWidget *parent)
{
    QProgressDialog progress(Text::tr("Making demo data..."), Text::tr("Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    std::atomic<int> permille{0};
    QFutureWatcher<Result<QJsonObject>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<QJsonObject>>::finished, &loop,
                     &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress,
                     [&] { progress.setValue(permille.load()); });
    tick.start(100);
    watcher.setFuture(QtConcurrent::run([path, user, &permille]() -> Result<QJsonObject> {
        SqliteOptions options;
        options.path = path;
        SD_TRY(std::unique_ptr<SqliteStore> store, SqliteStore::open(options));
        ShopServices shop(*store);
        shop.work.setActor(QStringLiteral("demo"));
        if (user)
            shop.work.setActingUser(*user);
        return shop.demo.generate(DemoProducts, DemoOrders, [&](qint64 done, qint64 total) {
            permille = total > 0 ? int(done * 1000 / total) : 0;
        });
    }));
    loop.exec();
    progress.setValue(1000);
    return watcher.result();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ShopDesk point of sale"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Fill an empty database with demo data."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("The window's language: ko or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QStringLiteral("orders, inventory or deliveries."),
                                       QStringLiteral("TAB"), QStringLiteral("orders"));
    parser.addOptions({dbOption, demoOption, langOption, shotOption, tabOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "shopdesk: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        err << "shopdesk: unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return Usage;
    }
    const QStringList tabs{QStringLiteral("orders"), QStringLiteral("inventory"),
                           QStringLiteral("deliveries")};
    const int tab = tabs.indexOf(parser.value(tabOption));
    if (tab < 0) {
        err << "shopdesk: --tab must be orders, inventory or deliveries, not '"
            << parser.value(tabOption) << "'\n";
        return Usage;
    }
    const QString requestedLanguage = parser.value(langOption);
    if (parser.isSet(langOption) && !(requestedLanguage == QLatin1StringView("ko") ||
                                      requestedLanguage == QLatin1StringView("en"))) {
        err << "shopdesk: --lang must be ko or en, not '" << requestedLanguage << "'\n";
        return Usage;
    }
    const bool screenshot = parser.isSet(shotOption);

    TerminalSettings settings;
    const QString language =
        Language::resolve(parser.isSet(langOption) ? requestedLanguage : settings.language());
    if (!Language::install(language))
        err << "shopdesk: warning: no " << language << " translation; showing English\n";

    // The same fonts as the slips, so that Hangul and Latin share one baseline everywhere.
    ShopFonts::apply();

    SqliteOptions options;
    options.path = parser.isSet(dbOption) ? parser.value(dbOption) : SqliteStore::defaultPath();
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
            return Ok;
    } else if (const Status opened = openShop(); !opened) {
        err << "shopdesk: cannot open " << options.path << ": " << opened.error().message << '\n';
        return Storage;
    }

    const Result<bool> hasUsers = shop->users.hasUsers();
    if (!hasUsers) {
        err << "shopdesk: " << hasUsers.error().message << '\n';
        return Storage;
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
                return Ok;
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
    window.showTab(static_cast<MainWindow::Tab>(tab));
    window.show();

    if (parser.isSet(demoOption)) {
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
                return made.error().code == ErrorCode::Storage ? Storage : Refused;
            }
            shop->bus.publishReset();
        }
    }

    if (screenshot) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(1280, 800);
        QCoreApplication::processEvents();
        const QString file = parser.value(shotOption);
        if (!window.grab().save(file, "PNG")) {
            err << "shopdesk: cannot write " << file << '\n';
            return Refused;
        }
        return Ok;
    }
    return app.exec();
}
