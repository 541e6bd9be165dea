#pragma once

#include "sliplayout.h"

#include <QStringList>

#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace ShopDesk {

// Where slips go: the printers of this machine. The Deliveries tab asks through this class
// alone, so that tests (and a machine with no printer) can put a PDF file in the printer's
// place.
class PrintTargets
{
public:
    using Chosen = std::function<void(std::shared_ptr<QPrinter>)>;

    virtual ~PrintTargets() = default;

    // The printers installed on this machine; empty when there is none.
    virtual QStringList printerNames() const;
    // The default printer, set up for a job; null when no printer is installed.
    virtual std::shared_ptr<QPrinter> defaultPrinter() const;
    // Why the printer would not take a job now (stopped, or refusing jobs), in the clerk's
    // words; empty when it would, and for a PDF file. Asked before a job is queued, because
    // Qt 6.4 does not report a job the printer system refuses (QCupsPrintEngine ignores the
    // result of cupsPrintFile).
    virtual QString refusal(const QPrinter &printer) const;
    // Shows the system print dialog without blocking; calls chosen with the printer as set up
    // there once the dialog is accepted and gone, never when it is cancelled.
    virtual void choosePrinter(QWidget *parent, const QString &title, Chosen chosen);

    // The language slips and receipts print in: the window's (Settings), else the system's.
    static SlipLanguage windowLanguage();
    // Asks for the PDF file to write without blocking, suggesting fileName in the user's
    // documents; calls chosen with the path once one is accepted, never when cancelled.
    static void askPdfPath(QWidget *parent, const QString &title, const QString &objectName,
                           const QString &fileName, std::function<void(const QString &)> chosen);
};

} // namespace ShopDesk
