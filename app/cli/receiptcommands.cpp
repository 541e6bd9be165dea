#include "clisession.h"
#include "commandhandlers.h"
#include "drawerservice.h"
#include "escposreceipt.h"
#include "outputfile.h"
#include "receiptlayout.h"

namespace ShopDesk::CliHandlers {

namespace {

// What the receipt goes on: a PDF, ESC/POS bytes in a file, or a thermal printer, the last two
// with their options; InvalidInput for an option that belongs to another target.
struct ReceiptTarget
{
    PrintChoice choice;
    std::optional<EscPosOptions> escpos;
    std::optional<PrinterAddress> printer;
};

Result<ReceiptTarget> receiptTarget(CliSession &session)
{
    const bool pdf = session.has(QStringLiteral("--pdf"));
    const bool escpos = session.has(QStringLiteral("--escpos"));
    const bool printer = session.has(QStringLiteral("--printer"));
    if (int(pdf) + int(escpos) + int(printer) != 1) {
        return Error::invalidInput(QStringLiteral("`order receipt` needs exactly one of --pdf "
                                                  "FILE, --escpos FILE and --printer ADDRESS"));
    }
    if (pdf) {
        for (const QString &option : {QStringLiteral("--paper"), QStringLiteral("--escpos-mode"),
                                      QStringLiteral("--drawer")}) {
            if (session.has(option)) {
                return Error::invalidInput(
                    QStringLiteral("%1 goes with --escpos or --printer").arg(option));
            }
        }
    } else if (session.has(QStringLiteral("--page"))) {
        return Error::invalidInput(QStringLiteral(
            "--page goes with --pdf; a thermal printer's paper is --paper 80|80-42|58"));
    }
    SD_TRY(PrintChoice choice, printChoice(session, SlipPage::Roll80, &ReceiptLayout::pageFromName,
                                           QStringLiteral("roll80 or a5")));
    if (pdf)
        return ReceiptTarget{choice, std::nullopt, std::nullopt};
    std::optional<PrinterAddress> address;
    if (printer) {
        SD_TRY(address, PrinterAddress::parse(session.value(QStringLiteral("--printer"))));
    } else {
        choice.file = session.value(QStringLiteral("--escpos"));
        if (choice.file.isEmpty())
            return Error::invalidInput(QStringLiteral("--escpos needs a file name"));
    }
    SD_TRY(const EscPosOptions options,
           escposOptions(session, session.has(QStringLiteral("--drawer"))));
    return ReceiptTarget{choice, options, address};
}

// The receipt straight to a thermal printer: encoded as for --escpos, sent, and recorded only
// once the printer took every byte; with --drawer the drawer's opening is recorded too, for
// the sale or the refund. Whether both can be recorded is asked before a byte is sent.
int printReceipt(CliSession &session, const ReceiptData &receipt, SlipLanguage language,
                 const EscPosOptions &options, const PrinterAddress &address)
{
    CliOutput &out = session.out();
    ReceiptService &receipts = session.shop().receipts;
    DrawerService &drawer = session.shop().drawer;
    const QString orderId = receipt.orderId();
    const int returnNo = receipt.returnNo;
    const QString printer = address.toString();
    const QString pageName = EscPosReceipt::pageName(options.paper);
    const QString languageName = SlipLayout::languageName(language);
    if (options.openDrawer) {
        if (Status recordable = drawer.canRecord(); !recordable)
            return out.fail(recordable.error());
    }
    auto job = EscPosReceipt(receipt, language, options).encode();
    if (!job)
        return out.fail(job.error());
    const QString what =
        returnNo > 0 ? QStringLiteral("the refund receipt %1 of %2").arg(returnNo).arg(orderId)
                     : QStringLiteral("the receipt of %1").arg(orderId);
    if (Status sent = sendToPrinter(address, job->bytes, what); !sent)
        return out.fail(sent.error());
    const auto print = receipts.recordPrint(orderId, returnNo, pageName, languageName);
    if (!print) {
        Error error = print.error();
        error.message =
            QStringLiteral("%1 was printed on %2, but ").arg(what, printer) + error.message;
        return out.fail(error);
    }
    if (options.openDrawer) {
        const auto opened = drawer.recordOpening(
            receipt.isRefund() ? DrawerCause::Refund : DrawerCause::Sale, printer, {}, orderId);
        if (!opened) {
            Error error = opened.error();
            error.message = QStringLiteral("%1 was printed and recorded and the drawer opened, "
                                           "but its opening was not recorded: ")
                                .arg(what) +
                            error.message;
            return out.fail(error);
        }
    }
    QJsonObject json = print->toJson();
    json.insert(QStringLiteral("printer"), printer);
    json.insert(QStringLiteral("paper"), EscPos::paperName(options.paper));
    json.insert(QStringLiteral("mode"), EscPosReceipt::modeName(job->mode));
    json.insert(QStringLiteral("fellBackToRaster"), job->fellBackToRaster());
    if (job->fellBackToRaster())
        json.insert(QStringLiteral("unencodable"), job->unencodable);
    json.insert(QStringLiteral("drawer"), options.openDrawer);
    json.insert(QStringLiteral("bytes"), job->bytes.size());
    return out.print(json, [&](QTextStream &text) {
        text << (returnNo > 0 ? QStringLiteral("Refund receipt %1 of ").arg(returnNo)
                              : QStringLiteral("Receipt of "))
             << orderId << " printed on " << printer << ": " << pageName << ", " << languageName
             << ", " << EscPosReceipt::modeName(job->mode) << " mode, " << job->bytes.size()
             << " bytes" << (options.openDrawer ? ", opened the drawer" : "") << "; "
             << (print->isReprint() ? QStringLiteral("reprint, copy %1").arg(print->copy)
                                    : QStringLiteral("first print"))
             << '\n';
        if (job->fellBackToRaster()) {
            text << "Printed as a picture: the printer's Korean code page lacks "
                 << job->unencodable << '\n';
        }
    });
}

} // namespace

int orderReceipt(CliSession &session)
{
    CliOutput &out = session.out();
    const QString orderId = session.argument();
    const auto target = receiptTarget(session);
    if (!target)
        return out.fail(target.error());
    const std::optional<EscPosOptions> escpos = target->escpos;
    const SlipPage page = target->choice.page;
    const SlipLanguage language = target->choice.language;
    const QString pageName =
        escpos ? EscPosReceipt::pageName(escpos->paper) : SlipLayout::pageName(page);
    const QString languageName = SlipLayout::languageName(language);
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
    const QString file = target->choice.file;

    ReceiptService &receipts = session.shop().receipts;
    auto receipt = receipts.receipt(orderId, returnNo);
    if (!receipt)
        return out.fail(receipt.error());
    // A print that could not be recorded would be printed again as if it were the first.
    if (Status recordable = receipts.canRecordPrints(); !recordable)
        return out.fail(recordable.error());
    if (target->printer)
        return printReceipt(session, *receipt, language, *escpos, *target->printer);
    // As `delivery slip`: the file takes its name only once the print is recorded.
    auto output = OutputFile::create(file, QStringLiteral("the receipt"));
    if (!output)
        return out.fail(output.error());
    int pages = 1;
    std::optional<EscPosJob> job;
    if (escpos) {
        auto written = EscPosReceipt(*receipt, language, *escpos).write(**output);
        if (!written)
            return out.fail(written.error());
        job = std::move(*written);
    } else {
        const Result<int> painted = ReceiptLayout(*receipt, page, language).writePdf(**output);
        if (!painted)
            return out.fail(painted.error());
        pages = *painted;
    }
    auto done = recordPrintedPdf(**output, orderId, pages, [&] {
        return receipts.recordPrint(orderId, returnNo, pageName, languageName);
    });
    if (!done)
        return out.fail(done.error());
    const auto &[print, printed] = done.value();
    const ReceiptPrint *recorded = &print;
    QJsonObject json = printed;
    const QString path = json.value(QStringLiteral("file")).toString();
    const bool replaced = json.value(QStringLiteral("replaced")).toBool();
    if (job) {
        json.remove(QStringLiteral("pages"));
        json.insert(QStringLiteral("paper"), EscPos::paperName(escpos->paper));
        json.insert(QStringLiteral("mode"), EscPosReceipt::modeName(job->mode));
        json.insert(QStringLiteral("fellBackToRaster"), job->fellBackToRaster());
        if (job->fellBackToRaster())
            json.insert(QStringLiteral("unencodable"), job->unencodable);
        json.insert(QStringLiteral("drawer"), escpos->openDrawer);
        json.insert(QStringLiteral("bytes"), job->bytes.size());
    }
    return out.print(json, [&](QTextStream &text) {
        text << (returnNo > 0 ? QStringLiteral("Refund receipt %1 of ").arg(returnNo)
                              : QStringLiteral("Receipt of "))
             << orderId << " written to " << path << ": " << pageName << ", " << languageName
             << ", ";
        if (job) {
            text << EscPosReceipt::modeName(job->mode) << " mode, " << job->bytes.size() << " bytes"
                 << (escpos->openDrawer ? ", opens the drawer" : "");
        } else {
            text << pages << (pages == 1 ? " page" : " pages");
        }
        text << "; "
             << (recorded->isReprint() ? QStringLiteral("reprint, copy %1").arg(recorded->copy)
                                       : QStringLiteral("first print"))
             << '\n';
        if (job && job->fellBackToRaster()) {
            text << "Printed as a picture: the printer's Korean code page lacks "
                 << job->unencodable << '\n';
        }
        if (replaced)
            text << "Replaced the existing file " << path << '\n';
    });
}

} // namespace ShopDesk::CliHandlers
