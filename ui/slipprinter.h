#pragma once

#include "printqueue.h"
#include "sliplayout.h"

namespace ShopDesk {

class SlipService;

// Prints delivery slips on a PrintQueue: the slips are read from SlipService when queued, and
// each slip of a job the device took is recorded as printed (SlipService::recordPrints).
class SlipPrinter : public PrintQueue
{
    Q_OBJECT
public:
    explicit SlipPrinter(SlipService &slips, QObject *parent = nullptr);

    // Queues the slips of the orders as one print job (one document, each slip from a new
    // page). Reads every slip first: an unknown order, an unpaid one, a slip already queued
    // or a database that cannot record prints queues nothing and returns the error.
    Status print(const QStringList &orderIds, std::shared_ptr<QPrinter> printer, SlipPage page,
                 SlipLanguage language);
    // Queues the slip of the order to be written as a PDF file (the whole file or none).
    Status exportPdf(const QString &orderId, const QString &path, SlipPage page,
                     SlipLanguage language);

    bool isQueued(const QString &orderId) const { return isKeyQueued(orderId); }

private:
    Status queueSlips(const QStringList &orderIds, std::shared_ptr<Job> job, SlipPage page,
                      SlipLanguage language);

    SlipService &m_slips;
};

} // namespace ShopDesk
