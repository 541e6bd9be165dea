#include "backupcontroller.h"

#include "displaytext.h"
#include "errortext.h"
#include "terminalsettings.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent>

namespace ShopDesk {

namespace {

constexpr int CheckEveryMs = 30 * 60 * 1000;
constexpr std::chrono::hours AutomaticEvery{24};

} // namespace

BackupController::BackupController(BackupService &backups, QWidget *window)
    : QObject(window)
    , m_backups(backups)
    , m_window(window)
{
    m_timer.setInterval(CheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &BackupController::backupIfDue);
    m_timer.start();
    QTimer::singleShot(60'000, this, &BackupController::backupIfDue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<BackupInfo> written = m_watcher.result();
        if (!written) {
            emit finished(
                false, (m_automatic ? tr("The automatic backup failed: %1")
                                    : tr("The backup was not written: %1"))
                           .arg(ErrorText::text(written.error(), ErrorText::Context::BackingUp)));
            return;
        }
        emit finished(true, (m_automatic ? tr("Automatic backup: %1") : tr("Backed up: %1"))
                                .arg(describe(*written)));
    });
}

QString BackupController::describe(const BackupInfo &info)
{
    return tr("%1 (%2 orders, %3 events, the last %4)")
        .arg(info.file, DisplayText::count(info.orders), DisplayText::count(info.events),
             info.lastEventAt.isValid() ? DisplayText::dateTime(info.lastEventAt) : tr("none"));
}

void BackupController::start(BackupService::Job job, bool automatic)
{
    m_automatic = automatic;
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
}

Status BackupController::backupTo(const QString &file)
{
    if (isRunning())
        return Error::invalidState(QStringLiteral("a backup is being written already"));
    SD_TRY(BackupService::Job job, m_backups.backupJob(file));
    start(std::move(job), false);
    return {};
}

bool BackupController::backupIfDue()
{
    const TerminalSettings settings;
    const QString folder = settings.backupFolder();
    if (folder.isEmpty() || isRunning() || !m_backups.backupDue(folder, AutomaticEvery))
        return false;
    Result<BackupService::Job> job = m_backups.folderBackupJob(folder, settings.backupKeep());
    if (!job) {
        emit finished(false, tr("The automatic backup failed: %1")
                                 .arg(ErrorText::text(job.error(), ErrorText::Context::BackingUp)));
        return false;
    }
    start(std::move(job.value()), true);
    return true;
}

Result<RestoreOutcome> BackupController::restore(const QString &file, bool ask)
{
    SD_TRY(const BackupInfo info, m_backups.inspect(file));
    if (ask) {
        const auto answer = QMessageBox::question(
            m_window, tr("Restore from backup"),
            tr("Put this backup in place of the shop's database?\n\n%1\n\nThe database as it is "
               "now is kept beside it. ShopDesk closes afterwards; start it again.")
                .arg(describe(info)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return Error::invalidState(QStringLiteral("the restore was cancelled"),
                                       {{QStringLiteral("reason"), QStringLiteral("cancelled")}});
    }
    SD_TRY(RestoreOutcome outcome, m_backups.restore(file));
    QString message = tr("Restored the shop from %1.").arg(describe(outcome.restored));
    if (!outcome.keptAside.isEmpty())
        message +=
            QLatin1Char(' ') + tr("The database it replaced is kept as %1.").arg(outcome.keptAside);
    if (outcome.catchingUp)
        message += QLatin1Char(' ') + tr("This terminal gets what it did after the backup back "
                                         "from the hub once it is connected; until then it takes "
                                         "no orders.");
    message += QLatin1Char(' ') + tr("ShopDesk closes now: start it again.");
    emit restored(message);
    return outcome;
}

void BackupController::chooseBackupFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Back up the shop"),
        folder + QStringLiteral("/shopdesk-%1.db")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
        tr("ShopDesk backups (*.db)"));
    if (path.isEmpty())
        return;
    if (Status started = backupTo(path); !started)
        emit finished(false,
                      tr("The backup was not written: %1")
                          .arg(ErrorText::text(started.error(), ErrorText::Context::BackingUp)));
}

void BackupController::chooseRestoreFile()
{
    const QString folder = TerminalSettings().backupFolder();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Restore from backup"),
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                         : folder,
        tr("ShopDesk backups (*.db)"));
    if (path.isEmpty())
        return;
    const Result<RestoreOutcome> outcome = restore(path);
    if (!outcome &&
        outcome.error().details.value(QStringLiteral("reason")) != QLatin1StringView("cancelled"))
        emit finished(false,
                      tr("Nothing was restored: %1")
                          .arg(ErrorText::text(outcome.error(), ErrorText::Context::BackingUp)));
}

} // namespace ShopDesk
