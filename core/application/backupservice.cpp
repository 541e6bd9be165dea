#include "backupservice.h"

#include "shopstore.h"
#include "unitofwork.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ShopDesk {

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QStringList automaticBackupsOf(const QString &folder, const QString &terminal)
{
    const QRegularExpression name(QStringLiteral("^shopdesk-%1-\\d{8}-\\d{6}\\.db$")
                                      .arg(QRegularExpression::escape(terminal)));
    QStringList found;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("shopdesk-*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (name.match(file.fileName()).hasMatch() && !file.isSymLink())
            found.prepend(file.absoluteFilePath()); // the stamp sorts by time: newest first
    }
    return found;
}

} // namespace

BackupService::BackupService(UnitOfWork &work)
    : m_work(work)
{}

Result<BackupInfo> BackupService::backup(const QString &file) const
{
    SD_TRY(const Job job, backupJob(file));
    return job();
}

Result<BackupService::Job> BackupService::backupJob(const QString &file) const
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("take a backup")));
    if (file.trimmed().isEmpty())
        return Error::invalidInput(QStringLiteral("give the file to write the backup to"));
    return m_work.store().backupJob(file);
}

Result<BackupInfo> BackupService::inspect(const QString &file) const
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("look into a backup")));
    return m_work.store().inspectBackup(file);
}

Result<RestoreOutcome> BackupService::restore(const QString &file) const
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("restore a backup")));
    return m_work.store().restoreFrom(file);
}

QStringList BackupService::automaticBackups(const QString &folder) const
{
    return automaticBackupsOf(folder, m_work.store().terminal());
}

bool BackupService::backupDue(const QString &folder, std::chrono::hours every) const
{
    const QStringList backups = automaticBackups(folder);
    if (backups.isEmpty())
        return true;
    const QString stamp = QFileInfo(backups.first()).completeBaseName().right(StampFormat.size());
    const QDateTime taken = QDateTime::fromString(stamp, StampFormat);
    const QDateTime now = m_work.now().toLocalTime();
    return !taken.isValid() || taken > now || taken.secsTo(now) >= qint64(every.count()) * 3600;
}

Result<BackupService::Job> BackupService::folderBackupJob(const QString &folder, int keep) const
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
    const QString terminal = m_work.store().terminal();
    const QString file =
        QDir(folder).filePath(QStringLiteral("shopdesk-%1-%2.db")
                                  .arg(terminal, m_work.now().toLocalTime().toString(StampFormat)));
    return Job(
        [write = m_work.store().backupJob(file), folder, terminal, keep]() -> Result<BackupInfo> {
            SD_TRY(BackupInfo info, write());
            const QStringList all = automaticBackupsOf(folder, terminal);
            for (qsizetype i = keep; i < all.size(); ++i)
                QFile::remove(all[i]);
            return info;
        });
}

Result<BackupInfo> BackupService::backupToFolder(const QString &folder, int keep) const
{
    SD_TRY(const Job job, folderBackupJob(folder, keep));
    return job();
}

} // namespace ShopDesk
