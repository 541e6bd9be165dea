#pragma once

#include "exitstatus.h"
#include "result.h"
#include "user.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class QWidget;

namespace ShopDesk {

// What shopdesk's command line asks for.
struct DesktopOptions
{
    std::optional<QString> db;         // --db FILE
    bool demo = false;                 // --demo
    std::optional<QString> language;   // --lang ko|en
    std::optional<QString> screenshot; // --screenshot FILE
    int tab = 0;                       // --tab: MainWindow::Tab
};

// Reads the application's arguments. On a bad one it writes "shopdesk: ..." to stderr and
// sets the exit status, ExitStatus::UsageError (--help and --version print and exit 0
// themselves).
Result<DesktopOptions> parseDesktopOptions(int *exitStatus);

// Fills the database with demo data on a connection of its own in a worker thread, with a
// progress dialog; the window stays responsive and reloads once when it is done.
Result<QJsonObject> makeDemo(const QString &path, const std::optional<ActingUser> &user,
                             QWidget *parent);

} // namespace ShopDesk
