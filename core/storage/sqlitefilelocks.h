#pragma once

#include <QString>

namespace ShopDesk {

// Makes SQLite's file locks in this process impossible to lose.
//
// SQLite locks a database (and its -shm file) with POSIX advisory locks. Those belong to the
// process, and the kernel drops ALL of them the moment the process closes ANY descriptor of
// that file, whoever opened it: a file dialog sniffing the type of "shop.db-wal", an icon
// provider, a thumbnailer, a backup that reads the folder. Another process then believes it
// is alone, checkpoints and deletes the WAL, and from then on each process writes its own copy
// (orders lost, ids used twice, a corrupt index). See SQLite's "How To Corrupt An SQLite
// Database File", section 2.2.
//
// Keeping every other piece of code away from those files cannot be guaranteed (Qt plugins and
// platform themes read files of their own accord), so install() changes what a lock is
// instead: through SQLite's system-call table (sqlite3_vfs::xSetSystemCall) it turns SQLite's
// record locks into open-file-description locks (Linux F_OFD_SETLK, 3.15 and later). Those
// belong to a descriptor SQLite opened, so no other open or close in the process can release
// them. They conflict with POSIX locks of other processes exactly as POSIX locks do, so a
// process without this shim (the sqlite3 shell) still sees and respects them.
//
// A POSIX lock belongs to the process, and SQLite counts on that: its connections to one file
// share one lock state, and the connection that releases a lock need not be the one that took
// it. So all lock calls of the process on one file go through one descriptor of its own
// (opened read-write where the file allows, so that a read-only connection locking first does
// not keep a later writer from its write locks), kept until SQLite closes its last descriptor
// of that file (which is also when a POSIX lock would have gone). A file SQLite opened before
// install() keeps POSIX locks until it is closed (its locks could not be moved). A child made
// by fork() without exec shares its parent's descriptions: there its inherited connections
// hold no lock and release none, as they would with POSIX locks.
class SqliteFileLocks
{
public:
    // Installs the shim into the "unix" VFS (and so into every unix VFS: they share the
    // table). Idempotent and thread-safe; call it before the process opens its first database.
    // Returns false, with *why, where the system has no open-file-description locks; SQLite
    // then keeps its POSIX locks.
    static bool install(QString *why = nullptr);
    static bool isInstalled();
};

} // namespace ShopDesk
