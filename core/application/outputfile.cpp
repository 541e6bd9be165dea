#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace ShopDesk {

namespace {

namespace fs = std::filesystem;

fs::path fsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return fs::path(path.toStdWString());
#else
    return fs::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

OutputFile::OutputFile(QString path, QString what)
    : m_path(std::move(path))
    , m_shownPath(QDir::toNativeSeparators(m_path))
    , m_what(std::move(what))
{}

OutputFile::~OutputFile() = default;

Error OutputFile::refusal(const QString &why, const QString &reason) const
{
    return Error::storage(
        QStringLiteral("cannot write %1 to %2: %3; nothing was written")
            .arg(m_what, m_shownPath, why),
        {{QStringLiteral("file"), m_shownPath}, {QStringLiteral("reason"), reason}});
}

Status OutputFile::write(const QByteArray &bytes)
{
    if (device().write(bytes) != bytes.size())
        return refusal(device().errorString(), QStringLiteral("cannotWrite"));
    return {};
}

Result<OutputFile::Saved> OutputFile::save(const QString &path, const QString &what,
                                           const QByteArray &bytes)
{
    SD_TRY(const std::unique_ptr<OutputFile> file, create(path, what));
    if (Status written = file->write(bytes); !written) {
        file->discard();
        return written.error();
    }
    const bool replaced = file->replacesExisting();
    SD_CHECK(file->commit());
    return Saved{file->path(), replaced};
}

Result<std::unique_ptr<OutputFile>> OutputFile::create(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return Error::invalidInput(QStringLiteral("no file was given for %1").arg(what));
    const QFileInfo info(path);
    std::unique_ptr<OutputFile> output(new OutputFile(info.absoluteFilePath(), what));
    if (info.fileName().isEmpty())
        return output->refusal(
            QStringLiteral("the name ends with a separator, so it names a folder"),
            QStringLiteral("isFolder"));
    const QString folder = QFileInfo(output->m_path).absolutePath();
    const QString shownFolder = QDir::toNativeSeparators(folder);
    std::error_code ec;
    const fs::file_status folderStatus = fs::status(fsPath(folder), ec);
    if (folderStatus.type() == fs::file_type::not_found) {
        return output->refusal(
            QStringLiteral("the folder %1 does not exist (it is not created)").arg(shownFolder),
            QStringLiteral("noFolder"));
    }
    if (folderStatus.type() != fs::file_type::directory) {
        return output->refusal(QStringLiteral("%1 is not a folder").arg(shownFolder),
                               QStringLiteral("notAFolder"));
    }
    SD_CHECK(output->checkTarget());

    // Hidden and beside the target, so that the final rename stays within one file system.
    output->m_file = std::make_unique<QTemporaryFile>(
        folder + QStringLiteral("/.") + info.fileName().left(64) + QStringLiteral(".XXXXXX"));
    if (!output->m_file->open()) {
        return output->refusal(QStringLiteral("cannot create a file in the folder %1 (%2)")
                                   .arg(shownFolder, output->m_file->errorString()),
                               QStringLiteral("cannotCreate"));
    }
    // QTemporaryFile makes rw-------; the file it becomes keeps the bits of the one it
    // replaces, or gets those a new file usually gets.
    const QFileDevice::Permissions permissions =
        output->m_replaces ? QFile::permissions(output->m_path)
                           : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadGroup | QFileDevice::ReadOther;
    output->m_file->setPermissions(permissions);
    return output;
}

QIODevice &OutputFile::device()
{
    return *m_file;
}

QString OutputFile::temporaryPath() const
{
    return m_file ? m_file->fileName() : QString();
}

Status OutputFile::checkTarget()
{
    std::error_code ec;
    // Not followed: a link is judged as a link, never by what it names.
    const fs::file_status status = fs::symlink_status(fsPath(m_path), ec);
    switch (status.type()) {
    case fs::file_type::not_found:
        m_replaces = false;
        return {};
    case fs::file_type::regular:
        if (!QFileInfo(m_path).isWritable())
            return refusal(QStringLiteral("the file is read-only"), QStringLiteral("readOnly"));
        m_replaces = true;
        return {};
    case fs::file_type::directory:
        return refusal(QStringLiteral("it is a folder"), QStringLiteral("isFolder"));
    case fs::file_type::symlink:
        return refusal(QStringLiteral("it is a symbolic link (to %1); give the file itself")
                           .arg(QDir::toNativeSeparators(QFileInfo(m_path).symLinkTarget())),
                       QStringLiteral("symlink"));
    case fs::file_type::character:
        return refusal(QStringLiteral("it is a character device, not a regular file"),
                       QStringLiteral("notRegular"));
    case fs::file_type::block:
        return refusal(QStringLiteral("it is a block device, not a regular file"),
                       QStringLiteral("notRegular"));
    case fs::file_type::fifo:
        return refusal(QStringLiteral("it is a named pipe (FIFO), not a regular file"),
                       QStringLiteral("notRegular"));
    case fs::file_type::socket:
        return refusal(QStringLiteral("it is a socket, not a regular file"),
                       QStringLiteral("notRegular"));
    default:
        break;
    }
    if (ec) {
        return refusal(
            QStringLiteral("cannot look at it (%1)").arg(QString::fromStdString(ec.message())),
            QStringLiteral("cannotWrite"));
    }
    return refusal(QStringLiteral("it is not a regular file"), QStringLiteral("notRegular"));
}

Status OutputFile::commit()
{
    Q_ASSERT_X(m_file && !m_done, "OutputFile::commit", "committed or discarded already");
    const auto keep = [this](Error error) {
        m_file->close();
        m_file->setAutoRemove(false);
        m_done = true;
        error.details.insert(QStringLiteral("kept"), QDir::toNativeSeparators(m_file->fileName()));
        error.message += QStringLiteral(" (the content is kept in %1)")
                             .arg(QDir::toNativeSeparators(m_file->fileName()));
        return error;
    };
    if (!m_file->flush())
        return keep(refusal(m_file->errorString(), QStringLiteral("cannotWrite")));
#ifdef Q_OS_UNIX
    // On the disk before it takes the target's name, as the database's commits are.
    if (::fsync(m_file->handle()) != 0)
        return keep(
            refusal(QString::fromLocal8Bit(std::strerror(errno)), QStringLiteral("cannotWrite")));
#endif
    m_file->close();
    // Looked at again just before the rename, which would replace a device or a FIFO as
    // readily as a file.
    if (Status target = checkTarget(); !target)
        return keep(target.error());
    std::error_code ec;
    fs::rename(fsPath(m_file->fileName()), fsPath(m_path), ec);
    if (ec) {
        return keep(refusal(QStringLiteral("cannot put the file in place (%1)")
                                .arg(QString::fromStdString(ec.message())),
                            QStringLiteral("cannotReplace")));
    }
    m_file->setAutoRemove(false);
    m_done = true;
    return {};
}

void OutputFile::discard()
{
    if (!m_file || m_done)
        return;
    m_file->remove();
    m_done = true;
}

} // namespace ShopDesk
