#pragma once

#include "backupstore.h"

namespace ShopDesk::SqliteBackup {

// Backups with SQLite's online backup API (sqlite3_backup_*): a read transaction on a
// connection of its own copies every page in one step, so writers in this and other
// processes go on meanwhile (WAL) and the copy is the database as of one moment. No file of a
// database in use is ever opened or copied by anything but SQLite.
//
// A copy is checked before anyone relies on it: PRAGMA integrity_check, a ShopDesk file of
// this schema or an older one (meta names its terminal), opened as a store (an older one
// migrated, on a copy) and verify's audit without an error.

// The database at source into target (OutputFile's rules: a regular file or a new name in an
// existing folder; a folder, device, FIFO or link is refused), checked, then renamed into
// place; the target is the whole backup or as it was. The backup is one file (its journal
// mode DELETE).
Result<BackupInfo> write(const QString &source, const QString &target);
// What file holds, checked on a temporary copy; the file is only read.
Result<BackupInfo> inspect(const QString &file);
// Puts the backup in the place of the database at live: checks a copy of it, keeps the live
// database aside as <name>.before-restore-<yyyyMMdd-HHmmss>.db (by the same backup, or by a
// rename when SQLite cannot read it at all), then writes the checked copy into live through
// SQLite (its locks: another process's connection sees the restored shop). Refuses a backup
// of another terminal than the live database's. A shop that had synced is marked to catch up
// with the hub (catchingUp) before it makes new events.
Result<RestoreOutcome> restore(const QString &live, const QString &backup);

} // namespace ShopDesk::SqliteBackup
