#include "sqlitefilelocks.h"

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ShopDesk {

namespace {

#if defined(F_OFD_SETLK)

using OpenCall = int (*)(const char *, int, int);
using CloseCall = int (*)(int);
using FcntlCall = int (*)(int, int, ...);

// SQLite's own entries, called through.
OpenCall realOpen = nullptr;
CloseCall realClose = nullptr;
FcntlCall realFcntl = nullptr;

using FileKey = std::pair<dev_t, ino_t>;

struct File
{
    int openCount = 0; // descriptors SQLite holds on this file
    int lockFd = -1;   // the one all lock calls go through: a duplicate of the first of them
};

// Locks are taken a few times per transaction and files opened rarely, so one mutex is cheap.
std::mutex mutex;
std::map<FileKey, File> files;
std::unordered_map<int, FileKey> keyOfFd;

// Under the mutex.
bool track(int fd)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return false;
    const FileKey key{st.st_dev, st.st_ino};
    keyOfFd[fd] = key;
    ++files[key].openCount;
    return true;
}

int shimOpen(const char *path, int flags, int mode)
{
    const int fd = realOpen(path, flags, mode);
    if (fd >= 0) {
        std::lock_guard lock(mutex);
        track(fd);
    }
    return fd;
}

int shimClose(int fd)
{
    int lockFd = -1;
    {
        std::lock_guard lock(mutex);
        const auto it = keyOfFd.find(fd);
        if (it != keyOfFd.end()) {
            const auto file = files.find(it->second);
            keyOfFd.erase(it);
            if (file != files.end() && --file->second.openCount <= 0) {
                // SQLite is done with the file: its locks go now, as POSIX ones would.
                lockFd = file->second.lockFd;
                files.erase(file);
            }
        }
    }
    if (lockFd >= 0)
        realClose(lockFd);
    return realClose(fd);
}

int lockCall(int fd, int cmd, struct flock *request)
{
    int ofdCmd = F_OFD_SETLK;
    if (cmd == F_SETLKW)
        ofdCmd = F_OFD_SETLKW;
    else if (cmd == F_GETLK)
        ofdCmd = F_OFD_GETLK;

    int lockFd = -1;
    {
        std::lock_guard lock(mutex);
        auto it = keyOfFd.find(fd);
        if (it == keyOfFd.end()) {
            // A descriptor opened before the shim was installed.
            if (!track(fd))
                return -1;
            it = keyOfFd.find(fd);
        }
        File &file = files[it->second];
        if (file.lockFd < 0) {
            // Not a low number: SQLite keeps descriptors 0-2 away from database files.
            file.lockFd = realFcntl(fd, F_DUPFD_CLOEXEC, 3);
            if (file.lockFd < 0)
                return -1;
        }
        lockFd = file.lockFd;
    }
    struct flock ofd = *request;
    ofd.l_pid = 0; // required for open-file-description locks
    const int rc = realFcntl(lockFd, ofdCmd, &ofd);
    if (rc == 0 && cmd == F_GETLK)
        *request = ofd;
    return rc;
}

int shimFcntl(int fd, int cmd, ...)
{
    va_list args;
    va_start(args, cmd);
    // Every fcntl command SQLite uses takes either nothing, an int or a pointer; reading the
    // argument as a pointer-sized word passes each of them on unchanged.
    void *arg = va_arg(args, void *);
    va_end(args);
    if (cmd == F_SETLK || cmd == F_SETLKW || cmd == F_GETLK)
        return lockCall(fd, cmd, static_cast<struct flock *>(arg));
    return realFcntl(fd, cmd, arg);
}

bool systemHasOfdLocks(QString *why)
{
    FILE *probe = std::tmpfile();
    if (!probe) {
        *why = QStringLiteral("cannot make a temporary file to probe file locks: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct flock request = {};
    request.l_type = F_WRLCK;
    request.l_whence = SEEK_SET;
    const bool ok = ::fcntl(fileno(probe), F_OFD_GETLK, &request) == 0;
    if (!ok) {
        *why = QStringLiteral("the system has no open-file-description locks: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    std::fclose(probe);
    return ok;
}

#endif

std::atomic_bool installed = false;

} // namespace

bool SqliteFileLocks::install(QString *why)
{
    static std::once_flag once;
    static QString failure;
    std::call_once(once, [] {
#if defined(F_OFD_SETLK)
        if (!systemHasOfdLocks(&failure))
            return;
        sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
        if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall) {
            failure = QStringLiteral("SQLite's unix VFS lets no system call be replaced");
            return;
        }
        realOpen = reinterpret_cast<OpenCall>(vfs->xGetSystemCall(vfs, "open"));
        realClose = reinterpret_cast<CloseCall>(vfs->xGetSystemCall(vfs, "close"));
        realFcntl = reinterpret_cast<FcntlCall>(vfs->xGetSystemCall(vfs, "fcntl"));
        if (!realOpen || !realClose || !realFcntl) {
            failure = QStringLiteral("SQLite's unix VFS does not name open, close and fcntl");
            return;
        }
        // Descriptors are counted before locks are moved, so every close is seen.
        const bool replaced =
            vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(&shimOpen)) ==
                SQLITE_OK &&
            vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&shimClose)) ==
                SQLITE_OK &&
            vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&shimFcntl)) ==
                SQLITE_OK;
        if (!replaced) {
            vfs->xSetSystemCall(vfs, nullptr, nullptr); // all back to SQLite's own
            failure = QStringLiteral("SQLite refused to replace its file system calls");
            return;
        }
        installed = true;
#else
        failure = QStringLiteral("this system has no open-file-description locks");
#endif
    });
    if (!installed && why)
        *why = failure;
    return installed;
}

bool SqliteFileLocks::isInstalled()
{
    return installed;
}

} // namespace ShopDesk
