#include "printtargets.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace ShopDesk {

QStringList PrintTargets::printerNames() const
{
    return QPrinterInfo::availablePrinterNames();
}

std::shared_ptr<QPrinter> PrintTargets::defaultPrinter() const
{
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull())
        return nullptr;
    return std::make_shared<QPrinter>(info, QPrinter::HighResolution);
}

void PrintTargets::choosePrinter(QWidget *parent, const QString &title, Chosen chosen)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto accepted = std::make_shared<bool>(false);
    QObject::connect(dialog, &QDialog::accepted, dialog, [accepted] { *accepted = true; });
    // The job starts only once the dialog, which holds the printer too, is gone: from then on
    // the printer belongs to the job alone.
    QObject::connect(dialog, &QObject::destroyed, [printer, accepted, chosen] {
        if (*accepted)
            chosen(printer);
    });
    dialog->open();
}

} // namespace ShopDesk
