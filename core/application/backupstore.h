#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace ShopDesk {

// What a backup file holds, as its checks found it: the shop's terminal and name, its events
// and orders, the time of its last event, and the file itself.
struct BackupInfo
{
    QString file;     // absolute
    qint64 bytes = 0; // the file's size
    int schemaVersion = 0;
    QString terminal;
    QString shopName;
    qint64 events = 0;
    qint64 orders = 0;
    QDateTime lastEventAt; // UTC; invalid for a shop without events
    QDateTime writtenAt;   // UTC: when the backup was taken (its file's time)
    qint64 tookMs = 0;     // how long writing and checking it took

    QJsonObject toJson() const;
};

// What a restore did: the backup it put in place, where the database it replaced was kept,
// and whether the terminal now waits to catch up with the hub before it takes new orders.
struct RestoreOutcome
{
    BackupInfo restored;
    QString keptAside;       // the replaced database's copy; empty when there was none
    bool catchingUp = false; // the restored shop synced before: its later events are on the hub

    QJsonObject toJson() const;
};

// Backups of the live database: SQLite's online backup into a file of its own, checked
// (integrity and verify) before it takes its name. Never a file copy of a database in use.
class BackupStore
{
public:
    virtual ~BackupStore() = default;

    // The database as it is now into file (a regular file or a new name in an existing
    // folder; replaced whole, or left as it was). Storage errors name the file and the reason.
    virtual Result<BackupInfo> backupTo(const QString &file) = 0;
    // The same as a job for another thread: it holds what it needs (the database's path) and
    // opens connections of its own, so the window goes on while a large shop is copied.
    virtual std::function<Result<BackupInfo>()> backupJob(const QString &file) = 0;
    // Puts the backup in the database's place (checked as inspectBackup checks it, the
    // replaced database kept aside). The store's connection stays open on the restored file;
    // what the program holds in memory is of the old one: restart after it.
    virtual Result<RestoreOutcome> restoreFrom(const QString &file) = 0;
    // What file holds, after the same checks a restore makes; refuses a damaged or foreign
    // file, or one of a newer ShopDesk.
    virtual Result<BackupInfo> inspectBackup(const QString &file) = 0;
};

} // namespace ShopDesk
