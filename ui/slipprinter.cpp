#include "slipprinter.h"

#include "errortext.h"
#include "outputfile.h"
#include "slipservice.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QThread>

namespace ShopDesk {

struct SlipPrinter::Job
{
    QStringList orderIds;
    QList<SlipLayout> slips;
    std::shared_ptr<QPrinter> printer; // a printer job, or
    QString pdfPath;                   // a PDF file
    QString page;
    QString language;
    // The file being written, for a PDF file or a printer that prints to one: put in place
    // once the prints are recorded, in the window's thread.
    std::unique_ptr<OutputFile> output;

    QString target() const
    {
        if (!pdfPath.isEmpty())
            return QDir::toNativeSeparators(QFileInfo(pdfPath).absoluteFilePath());
        if (printer->outputFormat() == QPrinter::PdfFormat)
            return QDir::toNativeSeparators(
                QFileInfo(printer->outputFileName()).absoluteFilePath());
        return printer->printerName();
    }

    // Runs on the worker thread: the only code that touches the printer while it is queued.
    // Its refusals name the printer and the reason in their details, for ErrorText.
    Status paint()
    {
        if (!pdfPath.isEmpty()) {
            SD_TRY(output, OutputFile::create(pdfPath, QStringLiteral("the slip")));
            const Result<int> written = slips.first().writePdf(*output);
            return written ? Status() : Status(written.error());
        }
        const QString name = printer->printerName();
        if (!printer->isValid())
            return Error::storage(QStringLiteral("the printer %1 is not available").arg(name),
                                  refusal(name, QStringLiteral("printerUnavailable")));
        if (!slips.first().setUpDevice(*printer))
            return Error::storage(
                QStringLiteral("the printer %1 refused the page size %2").arg(name, page),
                refusal(name, QStringLiteral("pageSizeRefused")));
        // A print to a file (the print dialog's PDF printer) follows the rules of every file
        // ShopDesk writes: Qt's PDF engine would write straight into whatever the name is.
        const QString file =
            printer->outputFormat() == QPrinter::PdfFormat ? printer->outputFileName() : QString();
        if (!file.isEmpty()) {
            SD_TRY(output, OutputFile::create(file, QStringLiteral("the slips")));
            printer->setOutputFileName(output->temporaryPath());
        }
        const Result<int> painted = SlipLayout::paintAll(slips, *printer);
        if (!file.isEmpty())
            printer->setOutputFileName(file);
        if (!painted)
            return painted.error();
        if (printer->printerState() == QPrinter::Error ||
            printer->printerState() == QPrinter::Aborted)
            return Error::storage(QStringLiteral("the printer %1 did not take the job").arg(name),
                                  refusal(name, QStringLiteral("printerRefused")));
        return {};
    }

    static QJsonObject refusal(const QString &printer, const QString &reason)
    {
        return {{QStringLiteral("printer"), printer}, {QStringLiteral("reason"), reason}};
    }
};

SlipPrinter::SlipPrinter(SlipService &slips, QObject *parent)
    : QObject(parent)
    , m_slips(slips)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("slip printer"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SlipPrinter::~SlipPrinter()
{
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
}

Status SlipPrinter::print(const QStringList &orderIds, std::shared_ptr<QPrinter> printer,
                          SlipPage page, SlipLanguage language)
{
    if (!printer)
        return Error::invalidInput(QStringLiteral("no printer was given"));
    auto job = std::make_shared<Job>();
    job->printer = std::move(printer);
    return queue(orderIds, job, page, language);
}

Status SlipPrinter::exportPdf(const QString &orderId, const QString &path, SlipPage page,
                              SlipLanguage language)
{
    if (path.isEmpty())
        return Error::invalidInput(QStringLiteral("no file was given for the slip"));
    auto job = std::make_shared<Job>();
    job->pdfPath = path;
    return queue({orderId}, job, page, language);
}

Status SlipPrinter::queue(const QStringList &orderIds, std::shared_ptr<Job> job, SlipPage page,
                          SlipLanguage language)
{
    if (orderIds.isEmpty())
        return Error::invalidInput(QStringLiteral("no slip to print"));
    SD_CHECK(m_slips.canRecordPrints());
    for (const QString &orderId : orderIds) {
        if (m_queued.contains(orderId) || job->orderIds.contains(orderId)) {
            return Error::invalidState(
                QStringLiteral("the slip of %1 is being printed already").arg(orderId),
                {{QStringLiteral("orderId"), orderId},
                 {QStringLiteral("reason"), QStringLiteral("printing")}});
        }
        SD_TRY(SlipData data, m_slips.slip(orderId));
        job->orderIds << orderId;
        job->slips << SlipLayout(std::move(data), page, language);
    }
    job->page = SlipLayout::pageName(page);
    job->language = SlipLayout::languageName(language);
    for (const QString &orderId : std::as_const(job->orderIds))
        m_queued.insert(orderId);
    ++m_pending;
    emit jobQueued(job->orderIds);
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        m_worker,
        [this, job, thread] {
            // Jobs still queued when the window closes are dropped: none was recorded.
            if (thread->isInterruptionRequested())
                return;
            const Status painted = job->paint();
            QMetaObject::invokeMethod(
                this, [this, job, painted] { finish(job, painted); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return {};
}

void SlipPrinter::finish(const std::shared_ptr<Job> &job, const Status &painted)
{
    for (const QString &orderId : std::as_const(job->orderIds))
        m_queued.remove(orderId);
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
    } else {
        const Result<QList<SlipPrint>> recorded =
            m_slips.recordPrints(job->orderIds, job->page, job->language);
        if (!recorded && output) {
            output->discard();
            emit jobFailed(
                job->orderIds, target,
                tr("The slips could not be recorded as printed, so nothing was written to %1: %2")
                    .arg(target, ErrorText::text(recorded.error(), ErrorText::Context::Printing)));
        } else if (!recorded) {
            emit jobFailed(
                job->orderIds, target,
                tr("The slips went to %1, but could not be recorded as printed: %2")
                    .arg(target, ErrorText::text(recorded.error(), ErrorText::Context::Printing)));
        } else if (Status placed = output ? output->commit() : Status(); !placed) {
            emit jobFailed(
                job->orderIds, target,
                tr("The slips were recorded as printed, but could not be written to "
                   "%1: %2")
                    .arg(target, ErrorText::text(placed.error(), ErrorText::Context::Printing)));
        } else {
            emit jobFinished(job->orderIds, target, output && output->replacesExisting());
        }
    }
    job->output.reset();
    job->printer.reset();
    if (m_pending == 0)
        emit idle();
}

} // namespace ShopDesk
