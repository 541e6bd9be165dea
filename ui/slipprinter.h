#pragma once

#include "sliplayout.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QPrinter;
class QThread;

namespace ShopDesk {

class SlipService;

// Prints delivery slips without blocking the window. The slips are read from SlipService here,
// in the window's thread (the database connection belongs to it); painting them onto the
// printer or into the PDF file, and handing the job to the printer system, happen on a worker
// thread of this class, one job after another in the order queued. Once the device has taken
// a job, each of its slips is recorded as printed (SlipService::recordPrint), again in the
// window's thread; a job that fails records nothing.
//
// QPrinter is no QObject and may be painted from another thread, as long as one thread at a
// time uses it: a queued printer belongs to the job until jobFinished or jobFailed.
class SlipPrinter : public QObject
{
    Q_OBJECT
public:
    explicit SlipPrinter(SlipService &slips, QObject *parent = nullptr);
    // Waits for the job being painted; jobs not started yet are dropped, unrecorded.
    ~SlipPrinter() override;

    // Queues the slips of the orders as one print job (one document, each slip from a new
    // page). Reads every slip first: an unknown order, an unpaid one, a slip already queued
    // or a database that cannot record prints queues nothing and returns the error.
    Status print(const QStringList &orderIds, std::shared_ptr<QPrinter> printer, SlipPage page,
                 SlipLanguage language);
    // Queues the slip of the order to be written as a PDF file (the whole file or none).
    Status exportPdf(const QString &orderId, const QString &path, SlipPage page,
                     SlipLanguage language);

    // Jobs queued or being painted.
    int pendingJobs() const { return m_pending; }
    bool isQueued(const QString &orderId) const { return m_queued.contains(orderId); }

signals:
    // The job is queued (emitted before print() or exportPdf() returns).
    void jobQueued(const QStringList &orderIds);
    // The device took the job and every slip of it was recorded; target names the printer or
    // the file, and replaced says that the file existed and was replaced.
    void jobFinished(const QStringList &orderIds, const QString &target, bool replaced);
    // Nothing of the job was recorded as printed (or, after a printed job, the record failed,
    // or a recorded file could not be put in place: the message says which). A file is only
    // put in place once its slips are recorded; what was there before is left as it was.
    // message is for the clerk, in the window's language.
    void jobFailed(const QStringList &orderIds, const QString &target, const QString &message);
    // The last pending job is done.
    void idle();

private:
    struct Job;
    Status queue(const QStringList &orderIds, std::shared_ptr<Job> job, SlipPage page,
                 SlipLanguage language);
    void finish(const std::shared_ptr<Job> &job, const Status &painted);

    SlipService &m_slips;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread: queued jobs run in its event loop
    QSet<QString> m_queued;
    int m_pending = 0;
};

} // namespace ShopDesk
