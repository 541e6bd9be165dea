#include "receiptprinter.h"

#include "drawerservice.h"
#include "outputfile.h"
#include "receiptservice.h"

namespace ShopDesk {

ReceiptPrinter::ReceiptPrinter(ReceiptService &receipts, DrawerService &drawer, QObject *parent)
    : PrintQueue(QStringLiteral("receipt printer"), parent)
    , m_receipts(receipts)
    , m_drawer(drawer)
{}

Status ReceiptPrinter::printThermal(const QString &orderId, int returnNo,
                                    const PrinterAddress &printer, const EscPosOptions &options,
                                    SlipLanguage language)
{
    ThermalJob thermal;
    thermal.orderId = orderId;
    thermal.returnNo = returnNo;
    thermal.printer = printer;
    thermal.options = options;
    thermal.language = language;
    thermal.cause = returnNo > 0 ? DrawerCause::Refund : DrawerCause::Sale;
    return queueThermal(thermal);
}

Status ReceiptPrinter::openDrawer(const PrinterAddress &printer, DrawerCause cause,
                                  const QString &orderId, const QString &reason)
{
    ThermalJob thermal;
    thermal.orderId = orderId;
    thermal.printer = printer;
    thermal.drawerOnly = true;
    thermal.cause = cause;
    thermal.reason = reason;
    return queueThermal(thermal);
}

int ReceiptPrinter::retryFailed(const PrinterAddress &printer)
{
    const QList<ThermalJob> failed = std::exchange(m_failed, {});
    int queued = 0;
    for (ThermalJob thermal : failed) {
        thermal.printer = printer;
        if (queueThermal(thermal))
            ++queued;
        else
            m_failed.append(thermal); // still not printable now: kept for the next try
    }
    return queued;
}

Status ReceiptPrinter::queueThermal(const ThermalJob &thermal)
{
    const QString address = thermal.printer.toString();
    auto job = std::make_shared<Job>();
    job->rawPrinter = address;
    job->orderIds = {thermal.orderId};
    job->what = QStringLiteral("the receipt");
    const bool drawer = thermal.drawerOnly || thermal.options.openDrawer;
    if (drawer) {
        if (thermal.cause == DrawerCause::Manual)
            SD_CHECK(m_drawer.canOpenOnDemand(thermal.reason));
        else
            SD_CHECK(m_drawer.canRecord());
    }
    QByteArray pulse;
    std::shared_ptr<EscPosReceipt> receipt;
    if (thermal.drawerOnly) {
        job->keys = {QStringLiteral("drawer#%1").arg(++m_drawerJobs)};
        pulse = EscPos::drawerJob();
    } else {
        if (isQueued(thermal.orderId, thermal.returnNo)) {
            return Error::invalidState(
                QStringLiteral("the receipt of %1 is being printed already").arg(thermal.orderId),
                {{QStringLiteral("orderId"), thermal.orderId},
                 {QStringLiteral("reason"), QStringLiteral("printing")}});
        }
        SD_CHECK(m_receipts.canRecordPrints());
        SD_TRY(ReceiptData data, m_receipts.receipt(thermal.orderId, thermal.returnNo));
        receipt =
            std::make_shared<EscPosReceipt>(std::move(data), thermal.language, thermal.options);
        job->keys = {key(thermal.orderId, thermal.returnNo)};
    }
    job->pageName = EscPosReceipt::pageName(thermal.options.paper);
    // Encoding (a raster receipt is painted) and sending both run on the worker thread.
    job->send = [receipt, pulse, printer = thermal.printer]() -> Status {
        QByteArray bytes = pulse;
        if (receipt) {
            SD_TRY(EscPosJob encoded, receipt->encode());
            bytes = std::move(encoded.bytes);
        }
        return RawPrinter(printer).send(bytes);
    };
    job->record = [this, thermal, drawer, address, pageName = job->pageName]() -> Status {
        if (!thermal.drawerOnly) {
            const Result<ReceiptPrint> recorded =
                m_receipts.recordPrint(thermal.orderId, thermal.returnNo, pageName,
                                       SlipLayout::languageName(thermal.language));
            if (!recorded)
                return recorded.error();
        }
        if (drawer) {
            const Result<DrawerOpening> opened =
                m_drawer.recordOpening(thermal.cause, address, thermal.reason, thermal.orderId);
            if (!opened)
                return opened.error();
        }
        return {};
    };
    job->unrecordedFile = job->unrecordedPrint =
        tr("The receipt went to %1, but could not be recorded as printed: %2");
    if (thermal.drawerOnly)
        job->unrecordedPrint =
            tr("The cash drawer opened at %1, but the opening could not be recorded: %2");
    // A job the printer did not take is kept to print again; one that printed is not.
    job->ended = [this, thermal](bool printed) {
        if (!printed)
            m_failed.append(thermal);
    };
    queue(job);
    return {};
}

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
