#include "clisession.h"
#include "commandhandlers.h"
#include "outputfile.h"
#include "receiptlayout.h"

namespace ShopDesk::CliHandlers {

int orderReceipt(CliSession &session)
{
    CliOutput &out = session.out();
    const QString orderId = session.argument();
    const auto choice = printChoice(session, SlipPage::Roll80, &ReceiptLayout::pageFromName,
                                    QStringLiteral("roll80 or a5"));
    if (!choice)
        return out.fail(choice.error());
    const std::optional<SlipPage> page = choice->page;
    const std::optional<SlipLanguage> language = choice->language;
    const QString pageName = SlipLayout::pageName(*page);
    const QString languageName = SlipLayout::languageName(*language);
    int returnNo = 0;
    if (session.has(QStringLiteral("--return"))) {
        auto number = session.integerOption(QStringLiteral("--return"));
        if (!number)
            return out.fail(number.error());
        if (*number < 1 || *number > 1000000) {
            return out.fail(Error::invalidInput(
                QStringLiteral("--return must be a return's number from 1, got %1").arg(*number)));
        }
        returnNo = int(*number);
    }
    const QString file = choice->file;

    ReceiptService &receipts = session.shop().receipts;
    auto receipt = receipts.receipt(orderId, returnNo);
    if (!receipt)
        return out.fail(receipt.error());
    // A print that could not be recorded would be printed again as if it were the first.
    if (Status recordable = receipts.canRecordPrints(); !recordable)
        return out.fail(recordable.error());
    // As `delivery slip`: the PDF takes its name only once the print is recorded.
    auto output = OutputFile::create(file, QStringLiteral("the receipt"));
    if (!output)
        return out.fail(output.error());
    const ReceiptLayout layout(*receipt, *page, *language);
    const Result<int> pages = layout.writePdf(**output);
    if (!pages)
        return out.fail(pages.error());
    auto done = recordPrintedPdf(**output, orderId, *pages, [&] {
        return receipts.recordPrint(orderId, returnNo, pageName, languageName);
    });
    if (!done)
        return out.fail(done.error());
    const auto &[print, json] = done.value();
    const ReceiptPrint *recorded = &print;
    const QString path = json.value(QStringLiteral("file")).toString();
    const bool replaced = json.value(QStringLiteral("replaced")).toBool();
    return out.print(json, [&](QTextStream &text) {
        text << (returnNo > 0 ? QStringLiteral("Refund receipt %1 of ").arg(returnNo)
                              : QStringLiteral("Receipt of "))
             << orderId << " written to " << path << ": " << pageName << ", " << languageName
             << ", " << *pages << (*pages == 1 ? " page" : " pages") << "; "
             << (recorded->isReprint() ? QStringLiteral("reprint, copy %1").arg(recorded->copy)
                                       : QStringLiteral("first print"))
             << '\n';
        if (replaced)
            text << "Replaced the existing file " << path << '\n';
    });
}

} // namespace ShopDesk::CliHandlers
