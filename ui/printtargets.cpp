#include "printtargets.h"

#include "terminalsettings.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

#ifdef SHOPDESK_HAVE_CUPS
#include <cups/cups.h>
#endif

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

QString PrintTargets::refusal(const QPrinter &printer) const
{
    if (printer.outputFormat() != QPrinter::NativeFormat)
        return {};
    const QString name = printer.printerName();
    const QPrinterInfo info = QPrinterInfo::printerInfo(name);
    if (info.isNull())
        return QCoreApplication::translate("ShopDesk::PrintTargets",
                                           "the printer %1 is not installed")
            .arg(name);
    if (info.state() == QPrinter::Error)
        return QCoreApplication::translate("ShopDesk::PrintTargets",
                                           "the printer %1 is stopped (paused, or out of order)")
            .arg(name);
#ifdef SHOPDESK_HAVE_CUPS
    cups_dest_t *dests = nullptr;
    const int count = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
    const QByteArray cupsName = name.toUtf8();
    QString why;
    if (const cups_dest_t *dest = cupsGetDest(cupsName.constData(), nullptr, count, dests)) {
        const char *accepting =
            cupsGetOption("printer-is-accepting-jobs", dest->num_options, dest->options);
        if (accepting && qstrcmp(accepting, "false") == 0)
            why = QCoreApplication::translate("ShopDesk::PrintTargets",
                                              "the printer %1 refuses new jobs")
                      .arg(name);
    }
    cupsFreeDests(count, dests);
    if (!why.isEmpty())
        return why;
#endif
    return {};
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

SlipLanguage PrintTargets::windowLanguage()
{
    if (const auto chosen = SlipLayout::languageFromName(TerminalSettings().language()))
        return *chosen;
    return QLocale().language() == QLocale::Korean ? SlipLanguage::Korean : SlipLanguage::English;
}

void PrintTargets::askPdfPath(QWidget *parent, const QString &title, const QString &objectName,
                              const QString &fileName, std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        QCoreApplication::translate("ShopDesk::PrintTargets", "PDF files (*.pdf)"));
    dialog->setObjectName(objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(fileName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
}

} // namespace ShopDesk
