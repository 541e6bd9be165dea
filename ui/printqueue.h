#pragma once

#include "result.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPrinter;
class QThread;

namespace ShopDesk {

class OutputFile;

// Prints documents (delivery slips, customer receipts) without blocking the window. What a
// job prints is read by the caller in the window's thread (the database connection belongs to
// it); painting it onto the printer or into the PDF file, and handing it to the printer system,
// happen on a worker thread of this queue, one job after another in the order queued. Once the
// device has taken a job it is recorded as printed (Job::record), again in the window's thread;
// a job that fails records nothing, and a PDF file takes its name only once recorded.
//
// QPrinter is no QObject and may be painted from another thread, as long as one thread at a
// time uses it: a queued printer belongs to the job until jobFinished or jobFailed.
// SlipPrinter and ReceiptPrinter say what their jobs print.
class PrintQueue : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        QStringList orderIds;              // the orders the job prints, for the signals
        QStringList keys;                  // what may be in one queued job at a time
        std::shared_ptr<QPrinter> printer; // a printer job, or
        QString pdfPath;                   // a PDF file, or
        QString rawPrinter;                // a thermal printer's address: send() does the job
        QString pageName;                  // roll80, a5, ...: for a refused page size
        QString what;                      // "the slip": for the file's messages
        // Painting, on the worker thread: set up the printer, paint every page on it; or write
        // the whole PDF into the file.
        std::function<bool(QPagedPaintDevice &)> setUpDevice;
        std::function<Result<int>(QPagedPaintDevice &)> paint;
        std::function<Result<int>(OutputFile &)> writePdf;
        // A thermal printer's job, on the worker thread: encode and send its bytes.
        std::function<Status()> send;
        // Records the job as printed, in the window's thread, once the device took it.
        std::function<Status()> record;
        // Optional, in the window's thread once the job is done: whether the device took it.
        std::function<void(bool printed)> ended;
        // What the clerk reads when the record fails or the file cannot take its name,
        // patterns of %1 the target and %2 why: nothing was written to a file / the printer
        // printed it unrecorded / it was recorded but the file could not be put in place.
        QString unrecordedFile;
        QString unrecordedPrint;
        QString unwrittenFile;

        // The file being written, for a PDF file or a printer that prints to one.
        std::unique_ptr<OutputFile> output;

        QString target() const;
        Status run();
    };

    explicit PrintQueue(const QString &threadName, QObject *parent = nullptr);
    // Waits for the job being painted; jobs not started yet are dropped, unrecorded.
    ~PrintQueue() override;

    // Jobs queued or being painted.
    int pendingJobs() const { return m_pending; }
    bool isKeyQueued(const QString &key) const { return m_queued.contains(key); }

signals:
    // The job is queued (emitted before the call that queued it returns).
    void jobQueued(const QStringList &orderIds);
    // The device took the job and it was recorded; target names the printer or the file, and
    // replaced says that the file existed and was replaced.
    void jobFinished(const QStringList &orderIds, const QString &target, bool replaced);
    // Nothing of the job was recorded as printed (or, after a printed job, the record failed,
    // or a recorded file could not be put in place: the message says which). What was in the
    // file's place before is left as it was. message is for the clerk, in the window's language.
    void jobFailed(const QStringList &orderIds, const QString &target, const QString &message);
    // The last pending job is done.
    void idle();

protected:
    // Queues a job whose content is read: its keys are busy until it is done.
    void queue(std::shared_ptr<Job> job);

private:
    void finish(const std::shared_ptr<Job> &job, const Status &painted);

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread: queued jobs run in its event loop
    QSet<QString> m_queued;
    int m_pending = 0;
};

} // namespace ShopDesk
