#include "slipprinter.h"

#include "outputfile.h"
#include "slipservice.h"

namespace ShopDesk {

SlipPrinter::SlipPrinter(SlipService &slips, QObject *parent)
    : PrintQueue(QStringLiteral("slip printer"), parent)
    , m_slips(slips)
{}

Status SlipPrinter::print(const QStringList &orderIds, std::shared_ptr<QPrinter> printer,
                          SlipPage page, SlipLanguage language)
{
    if (!printer)
        return Error::invalidInput(QStringLiteral("no printer was given"));
    auto job = std::make_shared<Job>();
    job->printer = std::move(printer);
    return queueSlips(orderIds, job, page, language);
}

Status SlipPrinter::exportPdf(const QString &orderId, const QString &path, SlipPage page,
                              SlipLanguage language)
{
    if (path.isEmpty())
        return Error::invalidInput(QStringLiteral("no file was given for the slip"));
    auto job = std::make_shared<Job>();
    job->pdfPath = path;
    return queueSlips({orderId}, job, page, language);
}

Status SlipPrinter::queueSlips(const QStringList &orderIds, std::shared_ptr<Job> job, SlipPage page,
                               SlipLanguage language)
{
    if (orderIds.isEmpty())
        return Error::invalidInput(QStringLiteral("no slip to print"));
    SD_CHECK(m_slips.canRecordPrints());
    auto slips = std::make_shared<QList<SlipLayout>>();
    for (const QString &orderId : orderIds) {
        if (isQueued(orderId) || job->orderIds.contains(orderId)) {
            return Error::invalidState(
                QStringLiteral("the slip of %1 is being printed already").arg(orderId),
                {{QStringLiteral("orderId"), orderId},
                 {QStringLiteral("reason"), QStringLiteral("printing")}});
        }
        SD_TRY(SlipData data, m_slips.slip(orderId));
        job->orderIds << orderId;
        *slips << SlipLayout(std::move(data), page, language);
    }
    job->keys = job->orderIds;
    job->pageName = SlipLayout::pageName(page);
    job->what = QStringLiteral("the slip");
    job->setUpDevice = [slips](QPagedPaintDevice &device) {
        return slips->first().setUpDevice(device);
    };
    job->paint = [slips](QPagedPaintDevice &device) {
        return SlipLayout::paintAll(*slips, device);
    };
    job->writePdf = [slips](OutputFile &output) { return slips->first().writePdf(output); };
    const QString languageName = SlipLayout::languageName(language);
    job->record = [this, orderIds = job->orderIds, pageName = job->pageName, languageName] {
        const Result<QList<SlipPrint>> recorded =
            m_slips.recordPrints(orderIds, pageName, languageName);
        return recorded ? Status() : Status(recorded.error());
    };
    job->unrecordedFile =
        tr("The slips could not be recorded as printed, so nothing was written to %1: %2");
    job->unrecordedPrint = tr("The slips went to %1, but could not be recorded as printed: %2");
    job->unwrittenFile =
        tr("The slips were recorded as printed, but could not be written to %1: %2");
    queue(job);
    return {};
}

} // namespace ShopDesk
