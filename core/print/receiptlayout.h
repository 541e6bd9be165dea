#pragma once

#include "receiptservice.h"
#include "sliplayout.h"

#include <QImage>
#include <QPageLayout>

#include <optional>

class QPagedPaintDevice;
class QPaintDevice;

namespace ShopDesk {

class OutputFile;

// Every text a receipt prints besides the data, in one table (receiptlayout.cpp), Korean and
// English. Some are patterns with %1.
enum class ReceiptLabel {
    Title,
    RefundTitle,
    Reprint,        // %1 which print it is (2 for the first reprint)
    BusinessNumber, // %1 the number as 123-45-67890
    Representative, // %1 the name
    ShopPhone,      // %1 the phone
    Date,
    OrderId,
    Terminal,
    Clerk,
    PrintedAt,
    ReturnNo,
    Reason,
    Item,
    Amount,
    LineDiscount,  // %1 the discount as given (10% or 500)
    OrderDiscount, // %1 the same
    Taxable,
    Supply,
    Vat,
    Exempt,
    Total,
    RefundTotal,
    Payments,
    Refunds,
    Cash,
    Card,
    CardOf, // %1 the card company
    CardNumber,
    Approval,
    Instalments,
    SinglePayment,
    Months, // %1 the number of months
    Tendered,
    Change,
    CashReceipt, // %1 its purpose
    Deduction,
    Proof,
    Money, // %1 the amount with thousands separators
    ThankYou,
};

// The customer's receipt (영수증): the shop with its business registration number and
// representative, the sale's date, order id, terminal and clerk, each line with its discount,
// the taxable, supply, VAT and exempt figures and the total, each payment (card company, last
// four digits, approval number, instalments; cash tendered and change; the cash receipt), and a
// QR code of the order id (the words: receiptcontent.h). A refund receipt shows one return's lines,
// its money and where the refund went, and says 환불 / REFUND in its title; a reprint says 재발행 /
// REPRINT. Pages: the 80 mm roll (one page as tall as the receipt) and A5. Built from the slip's
// blocks (core/print/slipcomposer.h); needs a QGuiApplication for its fonts.
class ReceiptLayout
{
public:
    ReceiptLayout(ReceiptData data, SlipPage page, SlipLanguage language);

    // roll80 or a5; nullopt for any other name.
    static std::optional<SlipPage> pageFromName(QStringView name);
    static QString label(ReceiptLabel label, SlipLanguage language);

    const ReceiptData &data() const { return m_data; }
    SlipPage page() const { return m_page; }
    SlipLanguage language() const { return m_language; }

    QPageLayout pageLayout(const QPaintDevice &device) const;
    bool setUpDevice(QPagedPaintDevice &device) const;
    // Paints the receipt on a device set up by setUpDevice(); returns the number of pages.
    Result<int> paint(QPagedPaintDevice &device) const;
    // Writes the PDF into output without putting it in place: the caller commits it (or not)
    // once it has recorded the print.
    Result<int> writePdf(OutputFile &output) const;
    // The roll's receipt (whatever page() is) painted for a thermal printer: an image
    // widthDots wide (the printable width: 576 dots on 80 mm paper, 384 on 58 mm) at dpi, as
    // tall as the receipt, in shades of grey on white for the caller to make black and white.
    Result<QImage> paintRoll(int widthDots, int dpi) const;

private:
    ReceiptData m_data;
    SlipPage m_page;
    SlipLanguage m_language;
};

} // namespace ShopDesk
