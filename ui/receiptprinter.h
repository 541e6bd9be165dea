#pragma once

#include "printqueue.h"
#include "receiptlayout.h"

namespace ShopDesk {

class ReceiptService;

// Prints customers' receipts (영수증) on a PrintQueue: the receipt is read from ReceiptService
// when queued, and recorded as printed (a ReceiptPrinted event; a second print is a reprint)
// once the device took it. returnNo 0 is the sale's receipt, N the refund receipt of return N.
class ReceiptPrinter : public PrintQueue
{
    Q_OBJECT
public:
    explicit ReceiptPrinter(ReceiptService &receipts, QObject *parent = nullptr);

    // An unknown order, an unpaid one, a return it does not have, the same receipt queued
    // already or a database that cannot record prints queues nothing and returns the error.
    Status print(const QString &orderId, int returnNo, std::shared_ptr<QPrinter> printer,
                 SlipPage page, SlipLanguage language);
    Status exportPdf(const QString &orderId, int returnNo, const QString &path, SlipPage page,
                     SlipLanguage language);

    bool isQueued(const QString &orderId, int returnNo) const
    {
        return isKeyQueued(key(orderId, returnNo));
    }

private:
    static QString key(const QString &orderId, int returnNo);
    Status queueReceipt(const QString &orderId, int returnNo, std::shared_ptr<Job> job,
                        SlipPage page, SlipLanguage language);

    ReceiptService &m_receipts;
};

} // namespace ShopDesk
