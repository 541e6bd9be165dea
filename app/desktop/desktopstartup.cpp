#include "desktopstartup.h"

#include "shopservices.h"
#include "sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace ShopDesk {

namespace {

// What --demo makes: enough to try every tab, made in about a second.
constexpr qint64 DemoProducts = 500;
constexpr qint64 DemoOrders = 3000;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::Desktop)
};

} // namespace

Result<DesktopOptions> parseDesktopOptions(int *exitStatus)
{
    QTextStream err(stderr);
    const auto usage = [&](const QString &message) -> Result<DesktopOptions> {
        err << "shopdesk: " << message << '\n';
        *exitStatus = ExitStatus::UsageError;
        return Error::invalidInput(message);
    };
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
    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitStatus::Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        return usage(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    DesktopOptions options;
    const QStringList tabs{QStringLiteral("orders"), QStringLiteral("inventory"),
                           QStringLiteral("deliveries")};
    options.tab = int(tabs.indexOf(parser.value(tabOption)));
    if (options.tab < 0) {
        return usage(QStringLiteral("--tab must be orders, inventory or deliveries, not '%1'")
                         .arg(parser.value(tabOption)));
    }
    if (parser.isSet(langOption)) {
        const QString language = parser.value(langOption);
        if (language != QLatin1StringView("ko") && language != QLatin1StringView("en"))
            return usage(QStringLiteral("--lang must be ko or en, not '%1'").arg(language));
        options.language = language;
    }
    if (parser.isSet(dbOption))
        options.db = parser.value(dbOption);
    if (parser.isSet(shotOption))
        options.screenshot = parser.value(shotOption);
    options.demo = parser.isSet(demoOption);
    return options;
}

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

} // namespace ShopDesk
