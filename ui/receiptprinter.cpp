#include "receiptprinter.h"

#include "outputfile.h"
#include "receiptservice.h"

namespace ShopDesk {

ReceiptPrinter::ReceiptPrinter(ReceiptService &receipts, QObject *parent)
    : PrintQueue(QStringLiteral("receipt printer"), parent)
    , m_receipts(receipts)
{}

QString ReceiptPrinter::key(const QString &orderId, int returnNo)
{
    return QStringLiteral("%1#%2").arg(orderId).arg(returnNo);
}

Status ReceiptPrinter::print(const QString &orderId, int returnNo,
                             std::shared_ptr<QPrinter> printer, SlipPage page,
                             SlipLanguage language)
{
    if (!printer)
        return Error::invalidInput(QStringLiteral("no printer was given"));
    auto job = std::make_shared<Job>();
    job->printer = std::move(printer);
    return queueReceipt(orderId, returnNo, job, page, language);
}

Status ReceiptPrinter::exportPdf(const QString &orderId, int returnNo, const QString &path,
                                 SlipPage page, SlipLanguage language)
{
    if (path.isEmpty())
        return Error::invalidInput(QStringLiteral("no file was given for the receipt"));
    auto job = std::make_shared<Job>();
    job->pdfPath = path;
    return queueReceipt(orderId, returnNo, job, page, language);
}

Status ReceiptPrinter::queueReceipt(const QString &orderId, int returnNo, std::shared_ptr<Job> job,
                                    SlipPage page, SlipLanguage language)
{
    if (isQueued(orderId, returnNo)) {
        return Error::invalidState(
            QStringLiteral("the receipt of %1 is being printed already").arg(orderId),
            {{QStringLiteral("orderId"), orderId},
             {QStringLiteral("reason"), QStringLiteral("printing")}});
    }
    SD_CHECK(m_receipts.canRecordPrints());
    SD_TRY(ReceiptData data, m_receipts.receipt(orderId, returnNo));
    auto layout = std::make_shared<ReceiptLayout>(std::move(data), page, language);
    job->orderIds = {orderId};
    job->keys = {key(orderId, returnNo)};
    job->pageName = SlipLayout::pageName(page);
    job->what = QStringLiteral("the receipt");
    job->setUpDevice = [layout](QPagedPaintDevice &device) { return layout->setUpDevice(device); };
    job->paint = [layout](QPagedPaintDevice &device) { return layout->paint(device); };
    job->writePdf = [layout](OutputFile &output) { return layout->writePdf(output); };
    job->record = [this, orderId, returnNo, pageName = job->pageName,
                   languageName = SlipLayout::languageName(language)] {
        const Result<ReceiptPrint> recorded =
            m_receipts.recordPrint(orderId, returnNo, pageName, languageName);
        return recorded ? Status() : Status(recorded.error());
    };
    job->unrecordedFile =
        tr("The receipt could not be recorded as printed, so nothing was written to %1: %2");
    job->unrecordedPrint = tr("The receipt went to %1, but could not be recorded as printed: %2");
    job->unwrittenFile =
        tr("The receipt was recorded as printed, but could not be written to %1: %2");
    queue(job);
    return {};
}

} // namespace ShopDesk
