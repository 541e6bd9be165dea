#pragma once

#include "backupstore.h"

#include <QStringList>

namespace ShopDesk {

class UnitOfWork;

// Backups of the shop (issue 16): on demand by a manager (the File menu, `shopdesk-cli
// backup FILE`), and automatically into a folder set in Settings, keeping the newest N.
// Every backup is SQLite's online backup of the live database, checked before it takes its
// name (BackupStore).
class BackupService
{
public:
    using Job = std::function<Result<BackupInfo>()>;

    explicit BackupService(UnitOfWork &work);

    // The shop into file; a manager's (a backup holds every customer and PIN hash).
    Result<BackupInfo> backup(const QString &file) const;
    // The same, authorized here and run by the caller on another thread.
    Result<Job> backupJob(const QString &file) const;
    // What file holds, as a restore would check it; a manager's.
    Result<BackupInfo> inspect(const QString &file) const;
    // Puts the backup in the shop's place (BackupStore::restoreFrom); a manager's. The program
    // restarts after it.
    Result<RestoreOutcome> restore(const QString &file) const;

    // The automatic backup: into folder as shopdesk-<terminal>-<yyyyMMdd-HHmmss>.db, then the
    // terminal's older automatic backups there beyond the newest keep are removed (no other
    // file is touched). Any logged-in user's session takes it: the folder is a manager's
    // setting. InvalidInput for keep outside 1..MaxKept, Storage for a folder that is missing.
    Result<BackupInfo> backupToFolder(const QString &folder, int keep) const;
    // The same as a job for another thread (checked and named here, at this moment).
    Result<Job> folderBackupJob(const QString &folder, int keep) const;
    // Whether an automatic backup is due: none of this terminal's in folder is younger than
    // `every` (by the time in its name, against the shop's clock).
    bool backupDue(const QString &folder, std::chrono::hours every) const;
    // The terminal's automatic backups in folder, newest first.
    QStringList automaticBackups(const QString &folder) const;

    static constexpr int MaxKept = 365;

private:
    UnitOfWork &m_work;
};

} // namespace ShopDesk
