#pragma once

#include "escpos.h"
#include "escposreceipt.h"
#include "orderservice.h"
#include "outputfile.h"
#include "rawprinter.h"
#include "result.h"
#include "shopstore.h"
#include "sliplayout.h"

namespace ShopDesk {

class CliSession;

// The handlers of shopdesk-cli's commands, one per row of the command table (commandtable.cpp),
// grouped by noun in files of their own. Each returns the exit status; the command line is
// checked against the table before a handler runs.
namespace CliHandlers {

// shiftcommands.cpp
int shiftOpen(CliSession &session);
int shiftPayIn(CliSession &session);
int shiftPayOut(CliSession &session);
int shiftClose(CliSession &session);
int shiftReport(CliSession &session);
int shiftList(CliSession &session);
int reportSales(CliSession &session);

// productcommands.cpp
int productAdd(CliSession &session);
int productList(CliSession &session);
int productExport(CliSession &session);
int productImport(CliSession &session);

// stockcommands.cpp
int stockAdjust(CliSession &session);
int stockCount(CliSession &session);
int stockList(CliSession &session);

// ordercommands.cpp
int orderPlace(CliSession &session);
int orderPay(CliSession &session);
int orderCancel(CliSession &session);
int orderReturn(CliSession &session);
int orderShow(CliSession &session);
int orderList(CliSession &session);
// An order as `order show` prints it, or the error; shared with `delivery complete`.
int printOrder(CliSession &session, const Result<OrderDetails> &details);
// The order list, or the delivery list of the same rows; streamed.
int printOrderViews(CliSession &session, const ListQuery &query, bool deliveries);

// What a print command (`delivery slip`, `order receipt`) prints on: its --page (one of
// `pages`, read by pageFromName), --lang and --pdf (empty when not given); InvalidInput
// naming the option otherwise.
struct PrintChoice
{
    SlipPage page;
    SlipLanguage language;
    QString file;
};
Result<PrintChoice> printChoice(CliSession &session, SlipPage defaultPage,
                                std::optional<SlipPage> (*pageFromName)(QStringView),
                                const QString &pages);

// A thermal printer's --paper: 80 (the default) or 58; InvalidInput saying so otherwise.
Result<EscPosPaper> paperOption(CliSession &session);

// The end of a print command, once the PDF is written to `output`: records the print
// (record() returns it, with copy and toJson()), and only then gives the file its name, so a
// print that was not recorded leaves no file. Returns the print and its JSON with file,
// replaced and pages.
template<typename Record>
auto recordPrintedPdf(OutputFile &output, const QString &orderId, int pages, Record record)
    -> Result<std::pair<std::decay_t<decltype(*record())>, QJsonObject>>
{
    // Once more just before the print is recorded: the target may have changed meanwhile.
    SD_CHECK(output.checkTarget());
    auto recorded = record();
    if (!recorded) {
        output.discard();
        return recorded.error();
    }
    if (Status placed = output.commit(); !placed) {
        Error error = placed.error();
        error.message = QStringLiteral("the print of %1 was recorded (copy %2), but ")
                            .arg(orderId)
                            .arg(recorded->copy) +
                        error.message;
        return error;
    }
    QJsonObject json = recorded->toJson();
    json.insert(QStringLiteral("file"), output.path());
    json.insert(QStringLiteral("replaced"), output.replacesExisting());
    json.insert(QStringLiteral("pages"), pages);
    return std::pair{*recorded, json};
}

// deliverycommands.cpp
int deliveryList(CliSession &session);
int deliveryComplete(CliSession &session);
int deliverySlip(CliSession &session);

// receiptcommands.cpp
int orderReceipt(CliSession &session);

// escposcommands.cpp
int escposRender(CliSession &session);

// printercommands.cpp
int drawerOpen(CliSession &session);
int drawerOpenings(CliSession &session);
int printerStatus(CliSession &session);
int printerTest(CliSession &session);
// Sends a job to the printer. The error (Storage, details printer and reason, from
// RawPrinter) says first that `what` was not printed, and that nothing was recorded.
Status sendToPrinter(const PrinterAddress &address, const QByteArray &job, const QString &what);
// --paper (80 unless given) and --escpos-mode (auto unless given) of a thermal print.
Result<EscPosOptions> escposOptions(const CliSession &session, bool openDrawer);

// shopcommands.cpp
int shopSet(CliSession &session);
int shopShow(CliSession &session);

// usercommands.cpp
int userAdd(CliSession &session);
int userList(CliSession &session);
int userRole(CliSession &session);
int userDisable(CliSession &session);
int userEnable(CliSession &session);
int userPin(CliSession &session);

// admincommands.cpp
int events(CliSession &session);
int verify(CliSession &session);
int demo(CliSession &session);

// synccommands.cpp
int sync(CliSession &session);

// backupcommands.cpp
int backup(CliSession &session);
int restore(CliSession &session);

// customercommands.cpp
int customerAdd(CliSession &session);
int customerEdit(CliSession &session);
int customerErase(CliSession &session);
int customerShow(CliSession &session);
int customerList(CliSession &session);

} // namespace CliHandlers

} // namespace ShopDesk
