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
#include <unordered_set>
#include <utility>

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ShopDesk {

namespace {

#if defined(F_OFD_SETLK)

// SQLite's lock calls pass the same struct flock and commands as this file's (64-bit offsets).
static_assert(sizeof(off_t) == 8 && sizeof(struct flock) == sizeof(struct flock64));

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
    int openCount = 0;  // descriptors SQLite holds on this file
    int lockFd = -1;    // the one all lock calls go through: a description of its own
    bool posix = false; // opened before install(): its locks stay POSIX ones
};

// Locks are taken a few times per transaction and files opened rarely, so one mutex is cheap.
std::mutex mutex;
std::map<FileKey, File> files;
std::unordered_map<int, FileKey> keyOfFd;
// Descriptors a forked child inherited: they share the parent's descriptions, and so its locks.
std::unordered_set<int> inherited;

// Under the mutex.
bool track(int fd)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return false;
    const FileKey key{st.st_dev, st.st_ino};
    inherited.erase(fd);
    if (const auto stale = keyOfFd.find(fd); stale != keyOfFd.end()) {
        // Closed behind SQLite's back: forget that descriptor (its lock descriptor stays
        // with the file's other descriptors, if any).
        if (const auto old = files.find(stale->second); old != files.end()) {
            if (--old->second.openCount <= 0) {
                if (old->second.lockFd >= 0)
                    realClose(old->second.lockFd);
                files.erase(old);
            }
        }
    }
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
        inherited.erase(fd);
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

// A description of its own for fd's file, read-write where the file allows it: a duplicate of a
// read-only descriptor could never take the write locks a later read-write connection needs.
int openLockFd(int fd)
{
    if ((realFcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY) {
        char proc[32];
        std::snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
        const int rw = realOpen(proc, O_RDWR | O_CLOEXEC | O_NOCTTY, 0);
        if (rw >= 3)
            return rw;
        if (rw >= 0) {
            const int high = realFcntl(rw, F_DUPFD_CLOEXEC, 3);
            realClose(rw);
            if (high >= 0)
                return high;
        }
    }
    return realFcntl(fd, F_DUPFD_CLOEXEC, 3);
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
        std::unique_lock lock(mutex);
        if (inherited.count(fd)) {
            // A forked child holds none of its parent's locks, and must not release them.
            if (cmd != F_GETLK && request->l_type == F_UNLCK)
                return 0;
            errno = ENOLCK;
            return -1;
        }
        auto it = keyOfFd.find(fd);
        if (it == keyOfFd.end()) {
            // A descriptor opened before the shim was installed: it may hold POSIX locks
            // already, so this file keeps POSIX locks until SQLite has closed it.
            if (!track(fd))
                return -1;
            it = keyOfFd.find(fd);
            files[it->second].posix = true;
        }
        File &file = files[it->second];
        if (file.posix) {
            lock.unlock();
            return realFcntl(fd, cmd, request);
        }
        if (file.lockFd < 0) {
            file.lockFd = openLockFd(fd);
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

void beforeFork()
{
    mutex.lock();
}
void afterForkInParent()
{
    mutex.unlock();
}
void afterForkInChild()
{
    for (auto &[key, file] : files) {
        if (file.lockFd >= 0)
            realClose(file.lockFd); // the parent's copy keeps its locks
    }
    for (const auto &[fd, key] : keyOfFd)
        inherited.insert(fd);
    files.clear();
    keyOfFd.clear();
    mutex.unlock();
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
        if (pthread_atfork(&beforeFork, &afterForkInParent, &afterForkInChild) != 0) {
            failure = QStringLiteral("cannot watch for fork()");
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
