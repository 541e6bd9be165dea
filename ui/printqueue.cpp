#include "printqueue.h"

#include "errortext.h"
#include "outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QThread>

namespace ShopDesk {

namespace {

QJsonObject refusal(const QString &printer, const QString &reason)
{
    return {{QStringLiteral("printer"), printer}, {QStringLiteral("reason"), reason}};
}

} // namespace

QString PrintQueue::Job::target() const
{
    if (!rawPrinter.isEmpty())
        return rawPrinter;
    if (!pdfPath.isEmpty())
        return QDir::toNativeSeparators(QFileInfo(pdfPath).absoluteFilePath());
    if (printer->outputFormat() == QPrinter::PdfFormat)
        return QDir::toNativeSeparators(QFileInfo(printer->outputFileName()).absoluteFilePath());
    return printer->printerName();
}

// Runs on the worker thread: the only code that touches the printer while it is queued. Its
// refusals name the printer and the reason in their details, for ErrorText.
Status PrintQueue::Job::run()
{
    if (send)
        return send();
    if (!pdfPath.isEmpty()) {
        SD_TRY(output, OutputFile::create(pdfPath, what));
        const Result<int> written = writePdf(*output);
        return written ? Status() : Status(written.error());
    }
    const QString name = printer->printerName();
    if (!printer->isValid())
        return Error::storage(QStringLiteral("the printer %1 is not available").arg(name),
                              refusal(name, QStringLiteral("printerUnavailable")));
    if (!setUpDevice(*printer))
        return Error::storage(
            QStringLiteral("the printer %1 refused the page size %2").arg(name, pageName),
            refusal(name, QStringLiteral("pageSizeRefused")));
    // A print to a file (the print dialog's PDF printer) follows the rules of every file
    // ShopDesk writes: Qt's PDF engine would write straight into whatever the name is.
    const QString file =
        printer->outputFormat() == QPrinter::PdfFormat ? printer->outputFileName() : QString();
    if (!file.isEmpty()) {
        SD_TRY(output, OutputFile::create(file, what));
        printer->setOutputFileName(output->temporaryPath());
    }
    const Result<int> painted = paint(*printer);
    if (!file.isEmpty())
        printer->setOutputFileName(file);
    if (!painted)
        return painted.error();
    if (printer->printerState() == QPrinter::Error || printer->printerState() == QPrinter::Aborted)
        return Error::storage(QStringLiteral("the printer %1 did not take the job").arg(name),
                              refusal(name, QStringLiteral("printerRefused")));
    return {};
}

PrintQueue::PrintQueue(const QString &threadName, QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(threadName);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

PrintQueue::~PrintQueue()
{
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
}

void PrintQueue::queue(std::shared_ptr<Job> job)
{
    for (const QString &key : std::as_const(job->keys))
        m_queued.insert(key);
    ++m_pending;
    emit jobQueued(job->orderIds);
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        m_worker,
        [this, job, thread] {
            // Jobs still queued when the window closes are dropped: none was recorded.
            if (thread->isInterruptionRequested())
                return;
            const Status painted = job->run();
            QMetaObject::invokeMethod(
                this, [this, job, painted] { finish(job, painted); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void PrintQueue::finish(const std::shared_ptr<Job> &job, const Status &painted)
{
    for (const QString &key : std::as_const(job->keys))
        m_queued.remove(key);
    --m_pending;
    const QString target = job->target();
    OutputFile *output = job->output.get();
    // The file may have been swapped for a device or a link while the job was painted.
    const Status ready = painted && output ? output->checkTarget() : painted;
    if (!ready) {
        if (output)
            output->discard();
        emit jobFailed(job->orderIds, target,
                       ErrorText::text(ready.error(), ErrorText::Context::Printing));
    } else if (const Status recorded = job->record(); !recorded) {
        const QString why = ErrorText::text(recorded.error(), ErrorText::Context::Printing);
        if (output)
            output->discard();
        emit jobFailed(job->orderIds, target,
                       (output ? job->unrecordedFile : job->unrecordedPrint).arg(target, why));
    } else if (Status placed = output ? output->commit() : Status(); !placed) {
        emit jobFailed(job->orderIds, target,
                       job->unwrittenFile.arg(
                           target, ErrorText::text(placed.error(), ErrorText::Context::Printing)));
    } else {
        emit jobFinished(job->orderIds, target, output && output->replacesExisting());
    }
    job->output.reset();
    job->printer.reset();
    if (job->ended)
        job->ended(bool(ready));
    if (m_pending == 0)
        emit idle();
}

} // namespace ShopDesk
