#pragma once

#include "escposreceipt.h"
#include "events.h"
#include "printqueue.h"
#include "rawprinter.h"
#include "receiptlayout.h"

namespace ShopDesk {

class DrawerService;
class ReceiptService;

// Prints customers' receipts (영수증) on a PrintQueue: the receipt is read from ReceiptService
// when queued, and recorded as printed (a ReceiptPrinted event; a second print is a reprint)
// once the device took it. returnNo 0 is the sale's receipt, N the refund receipt of return N.
//
// On a thermal printer (ESC/POS) the receipt is encoded and sent on the worker thread, and
// the cash drawer opens with it when asked (its opening recorded as a DrawerOpened event once
// the printer took the job), or alone for a cash part or on demand. A thermal job that fails
// (the printer off, out of paper, the line dropped) is kept, to print again (retryFailed).
class ReceiptPrinter : public PrintQueue
{
    Q_OBJECT
public:
    ReceiptPrinter(ReceiptService &receipts, DrawerService &drawer, QObject *parent = nullptr);

    // An unknown order, an unpaid one, a return it does not have, the same receipt queued
    // already or a database that cannot record prints queues nothing and returns the error.
    Status print(const QString &orderId, int returnNo, std::shared_ptr<QPrinter> printer,
                 SlipPage page, SlipLanguage language);
    Status exportPdf(const QString &orderId, int returnNo, const QString &path, SlipPage page,
                     SlipLanguage language);

    // The receipt to a thermal printer; with options.openDrawer the drawer opens as it prints
    // (a Sale opening for the sale's receipt, a Refund one for a refund receipt).
    Status printThermal(const QString &orderId, int returnNo, const PrinterAddress &printer,
                        const EscPosOptions &options, SlipLanguage language);
    // Only the drawer's pulse: for a cash part or a cash refund (cause Sale or Refund, with its
    // order), or on demand (Manual, with the reason DrawerService asks for).
    Status openDrawer(const PrinterAddress &printer, DrawerCause cause, const QString &orderId,
                      const QString &reason = {});

    // Thermal jobs that failed since, to print again; retryFailed() queues them again (each
    // read anew) on the printer given (the one Settings name now: the clerk may have fixed
    // the address) and returns how many were queued.
    int failedJobs() const { return int(m_failed.size()); }
    int retryFailed(const PrinterAddress &printer);

    bool isQueued(const QString &orderId, int returnNo) const
    {
        return isKeyQueued(key(orderId, returnNo));
    }

private:
    static QString key(const QString &orderId, int returnNo);
    Status queueReceipt(const QString &orderId, int returnNo, std::shared_ptr<Job> job,
                        SlipPage page, SlipLanguage language);

    struct ThermalJob
    {
        QString orderId;
        int returnNo = 0;
        PrinterAddress printer;
        EscPosOptions options;
        SlipLanguage language = SlipLanguage::Korean;
        bool drawerOnly = false;
        DrawerCause cause = DrawerCause::Sale;
        QString reason;
    };
    Status queueThermal(const ThermalJob &thermal);

    ReceiptService &m_receipts;
    DrawerService &m_drawer;
    QList<ThermalJob> m_failed;
    int m_drawerJobs = 0;
};

} // namespace ShopDesk
