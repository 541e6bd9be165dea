#pragma once

#include "receiptlayout.h"

#include <QList>
#include <QString>

namespace ShopDesk {

// What a row of the receipt is; each output (the PDF's painter, the ESC/POS text) gives each
// kind its own look, but never its own words.
enum class ReceiptRowKind {
    Shop,        // the shop's name
    ShopDetail,  // business number, representative, address, phone: one each
    Title,       // 영수증 / 환불 영수증
    Reprint,     // 재발행 (2번째 출력)
    Rule,        // a line between parts
    Info,        // date, order id, terminal, clerk, return, reason, printed at: label, value
    Heading,     // the head of the items, payments or refunds: label, and amount for items
    Entry,       // a product's name, the order's discount: strong text, maybe an amount
    EntryDetail, // qty × unit price and the line's amount, under its entry
    Note,        // a line's discount, a payment's details (tendered, change, card, cash receipt)
    Figure,      // taxable, supply, VAT, exempt
    Total,       // the total, or the refund total
    Payment,     // one payment or refund part: method, amount
    QrCode,      // the order id as a QR code: left holds the data, also printed as its caption
    ThankYou,
};

// One row: a text on the left and, for amounts and values, one on the right.
struct ReceiptRow
{
    ReceiptRowKind kind;
    QString name; // what the layout names its block ("order id", "item 1 amount")
    QString left;
    QString right;
};

// Rows that belong together. A page sets `beside` in a second column next to `rows` (the
// sale's info; the totals and the payments); a roll prints it after them.
struct ReceiptPart
{
    QString name;
    QList<ReceiptRow> rows;
    QList<ReceiptRow> beside;
    bool twoColumns = false;
};

// The customer's receipt as text, built once from ReceiptData with ReceiptLayout's labels and
// money rules: the painter (receiptlayout.cpp) and the ESC/POS encoder (escposreceipt.cpp)
// both lay out these rows, so the PDF, the picture on a thermal printer and its text mode
// say the same.
class ReceiptContent
{
public:
    // An error when the receipt's money cannot be worked out.
    static Result<ReceiptContent> build(const ReceiptData &data, SlipLanguage language);

    const QList<ReceiptPart> &parts() const { return m_parts; }
    // Every row in the order a roll prints them (each part's beside after its rows).
    QList<ReceiptRow> rows() const;

private:
    QList<ReceiptPart> m_parts;
};

} // namespace ShopDesk
