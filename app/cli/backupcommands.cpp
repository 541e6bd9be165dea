#include "clisession.h"
#include "commandhandlers.h"
#include "sqlitebackup.h"

#include <QFileInfo>

namespace ShopDesk::CliHandlers {

namespace {

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QStringLiteral("none");
}

void describe(QTextStream &text, const BackupInfo &info)
{
    text << "  terminal " << info.terminal;
    if (!info.shopName.isEmpty())
        text << " (" << info.shopName << ')';
    text << ", schema " << info.schemaVersion << '\n'
         << "  " << info.orders << " orders, " << info.events << " events, the last at "
         << localTime(info.lastEventAt) << '\n'
         << "  " << info.bytes << " bytes, taken " << localTime(info.writtenAt) << '\n';
}

} // namespace

int backup(CliSession &session)
{
    CliOutput &out = session.out();
    const auto written = session.shop().backups.backup(session.argument());
    if (!written)
        return out.fail(written.error());
    return out.print(written->toJson(), [&](QTextStream &text) {
        text << "Backed up to " << written->file << " in " << written->tookMs
             << " ms, checked (integrity and verify):\n";
        describe(text, *written);
    });
}

int restore(CliSession &session)
{
    CliOutput &out = session.out();
    const QString live = session.databasePath();
    // A database that opens is a manager's to replace; one that cannot be opened (the reason
    // to restore, often) has nobody to ask.
    if (QFileInfo::exists(live)) {
        if (Status opened = session.open(); opened) {
            if (Status allowed = session.shop().work.authorize(Role::Manager,
                                                               QStringLiteral("restore a backup"));
                !allowed)
                return out.fail(allowed.error());
        } else {
            out.warning(QStringLiteral("the database could not be opened (%1); restoring without "
                                       "asking for a manager")
                            .arg(opened.error().message));
        }
        session.close();
    }
    const auto restored = SqliteBackup::restore(live, session.argument());
    if (!restored)
        return out.fail(restored.error());
    return out.print(restored->toJson(), [&](QTextStream &text) {
        text << "Restored " << QFileInfo(live).absoluteFilePath() << " from "
             << restored->restored.file << ":\n";
        describe(text, restored->restored);
        if (!restored->keptAside.isEmpty())
            text << "The database it replaced is kept as " << restored->keptAside << '\n';
        if (restored->catchingUp) {
            text << "This terminal syncs: it makes no new events until `shopdesk-cli sync --hub "
                    "URL` (or the window) has brought back what it did after the backup\n";
        }
    });
}

} // namespace ShopDesk::CliHandlers
