#include "inputfile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ShopDesk {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Result<QByteArray> readInputFile(const QString &path, const QString &what, qint64 maxBytes)
{
    if (path.isEmpty())
        return Error::invalidInput(QStringLiteral("no file was given for %1").arg(what));
    const QString shown = QDir::toNativeSeparators(path);
    auto details = [&shown](const QString &reason) {
        return QJsonObject{{QStringLiteral("file"), shown}, {QStringLiteral("reason"), reason}};
    };
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) {
            return Error::notFound(QStringLiteral("%1 %2 does not exist").arg(what, shown),
                                   {{QStringLiteral("file"), shown}});
        }
        return Error::storage(
            QStringLiteral("cannot read %1 %2: %3").arg(what, shown, systemError(error)),
            details(QStringLiteral("cannotRead")));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        return Error::storage(
            QStringLiteral("cannot read %1 %2: %3").arg(what, shown, systemError(errno)),
            details(QStringLiteral("cannotRead")));
    }
    if (!S_ISREG(status.st_mode)) {
        return Error::invalidInput(
            QStringLiteral("%1 %2 is not a regular file (a folder, device, FIFO or socket); "
                           "nothing was read")
                .arg(what, shown),
            details(QStringLiteral("notRegular")));
    }
    if (status.st_size > maxBytes) {
        return Error::invalidInput(QStringLiteral("%1 %2 has %3 bytes, more than the %4 allowed")
                                       .arg(what, shown)
                                       .arg(qint64(status.st_size))
                                       .arg(maxBytes),
                                   details(QStringLiteral("tooBig")));
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(status.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return Error::storage(
                QStringLiteral("cannot read %1 %2: %3").arg(what, shown, systemError(errno)),
                details(QStringLiteral("cannotRead")));
        }
        if (got == 0)
            break;
        if (bytes.size() + got > maxBytes) {
            return Error::invalidInput(
                QStringLiteral("%1 %2 grew beyond the %3 bytes allowed while it was read")
                    .arg(what, shown)
                    .arg(maxBytes),
                details(QStringLiteral("tooBig")));
        }
        bytes.append(buffer, got);
    }
    return bytes;
}

} // namespace ShopDesk
