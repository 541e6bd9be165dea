#include "backupservice.h"

#include "shopstore.h"
#include "unitofwork.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ShopDesk {

namespace {

QString pattern(const QString &terminal)
{
    return QStringLiteral("^shopdesk-%1-\\d{8}-\\d{6}\\.db$")
        .arg(QRegularExpression::escape(terminal));
}

} // namespace

BackupService::BackupService(UnitOfWork &work)
    : m_work(work)
{}

Result<BackupInfo> BackupService::backup(const QString &file) const
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("take a backup")));
    if (file.trimmed().isEmpty())
        return Error::invalidInput(QStringLiteral("give the file to write the backup to"));
    return m_work.store().backupTo(file);
}

Result<BackupInfo> BackupService::inspect(const QString &file) const
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("look into a backup")));
    return m_work.store().inspectBackup(file);
}

QStringList BackupService::automaticBackups(const QString &folder) const
{
    const QRegularExpression name(pattern(m_work.store().terminal()));
    QStringList found;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("shopdesk-*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (name.match(file.fileName()).hasMatch() && !file.isSymLink())
            found.prepend(file.absoluteFilePath()); // the stamp sorts by time: newest first
    }
    return found;
}

Result<BackupInfo> BackupService::backupToFolder(const QString &folder, int keep) const
{
    if (keep < 1 || keep > MaxKept) {
        return Error::invalidInput(
            QStringLiteral("keep from 1 to %1 backups, not %2").arg(MaxKept).arg(keep));
    }
    if (folder.trimmed().isEmpty() || !QFileInfo(folder).isDir()) {
        return Error::storage(QStringLiteral("the backup folder %1 does not exist").arg(folder),
                              {{QStringLiteral("folder"), folder},
                               {QStringLiteral("reason"), QStringLiteral("noFolder")}});
    }
    const QString name =
        QStringLiteral("shopdesk-%1-%2.db")
            .arg(m_work.store().terminal(),
                 m_work.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    SD_TRY(BackupInfo info, m_work.store().backupTo(QDir(folder).filePath(name)));
    const QStringList all = automaticBackups(folder);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all[i]);
    return info;
}

} // namespace ShopDesk
