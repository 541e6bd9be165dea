#pragma once

// A PDF file in the place of each printer, for the tests of the window's printing: the print
// dialog, the default printer and a refusing printer, without a printer system. What was
// printed is read back with pdftotext.
#include "printtargets.h"
#include "processrun.h"

#include <QPrinter>
#include <QTimer>

namespace ShopDesk::Testing {

inline QString runTool(const QString &program, const QStringList &arguments)
{
    const ProcessRun run = runProcess(program, arguments);
    if (!run.ok())
        return QStringLiteral("<%1 failed: %2>").arg(program, run.errText());
    return run.outText();
}

inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

// Every job gets a file of its own.
class PdfTargets : public PrintTargets
{
public:
    explicit PdfTargets(const QString &folder, bool installed = true)
        : m_folder(folder)
        , m_installed(installed)
    {}

    QStringList printerNames() const override
    {
        return m_installed ? QStringList{QStringLiteral("PDF test printer")} : QStringList();
    }
    std::shared_ptr<QPrinter> defaultPrinter() const override
    {
        return m_installed ? make(QStringLiteral("auto")) : nullptr;
    }
    void choosePrinter(QWidget *parent, const QString &title, Chosen chosen) override
    {
        ++dialogs;
        lastTitle = title;
        // As the real dialog: the printer comes once the dialog is gone, not at once.
        QTimer::singleShot(0, parent, [this, chosen] { chosen(make(QStringLiteral("print"))); });
    }

    // The file the next job of that kind writes.
    QString nextPath(const QString &kind) const
    {
        return QStringLiteral("%1/%2-%3.pdf").arg(m_folder, kind).arg(s_made + 1);
    }
    QString lastPath;
    QString lastTitle;
    int dialogs = 0;
    QString folderOverride; // a folder the printer cannot write to
    QString refuses;        // why the printer refuses jobs; empty when it takes them

    QString refusal(const QPrinter &) const override { return refuses; }

private:
    std::shared_ptr<QPrinter> make(const QString &kind) const
    {
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        const_cast<PdfTargets *>(this)->lastPath =
            folderOverride.isEmpty() ? nextPath(kind)
                                     : QStringLiteral("%1/%2.pdf").arg(folderOverride, kind);
        ++s_made;
        printer->setOutputFileName(lastPath);
        return printer;
    }

    QString m_folder;
    bool m_installed;
    static inline int s_made = 0; // across tests: every file stays there to look at
};

} // namespace ShopDesk::Testing
