#pragma once

#include "backupservice.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace ShopDesk {

// The window's backups (issue 16): File > Back up now (a manager; the file chosen), the
// automatic backup into the folder Settings name (checked at start and every half hour: one is
// taken when the newest is a day old, keeping the newest N), and File > Restore from backup
// (a manager: what the backup holds is shown and confirmed first). Backups are written on a
// worker thread, so the counter goes on while a large shop is copied; a restore runs on the
// window's thread and is followed by closing the window, since everything it holds in memory
// is of the replaced shop.
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(BackupService &backups, QWidget *window);

    // Starts writing a backup to file; the outcome comes as finished(). An error that stops it
    // before it starts (not a manager, a backup running) is returned and nothing is written.
    Status backupTo(const QString &file);
    // The automatic backup, when Settings name a folder and one is due; true when one started.
    bool backupIfDue();
    bool isRunning() const { return m_watcher.isRunning(); }
    // Restores file after showing what it holds and asking (ask false: without asking, for
    // tests); emits restored() once it is in place. The refusal as text otherwise.
    Result<RestoreOutcome> restore(const QString &file, bool ask = true);

    void chooseBackupFile();
    void chooseRestoreFile();

    // What finished() and restored() say, in the window's language.
    static QString describe(const BackupInfo &info);

signals:
    void finished(bool ok, const QString &message);
    void restored(const QString &message);

private:
    void start(BackupService::Job job, bool automatic);

    BackupService &m_backups;
    QPointer<QWidget> m_window;
    QTimer m_timer;
    QFutureWatcher<Result<BackupInfo>> m_watcher;
    bool m_automatic = false;
};

} // namespace ShopDesk
