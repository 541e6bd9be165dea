#pragma once

#include "slipservice.h"

#include <QPageLayout>
#include <QRectF>

#include <optional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace ShopDesk {

class OutputFile;

enum class SlipPage {
    A4,
    A5,
    Roll80, // an 80 mm receipt roll: one page as tall as the slip
};

enum class SlipLanguage { Korean, English };

// Every text a slip prints besides the data, in one table (sliplayout.cpp) until the
// desktop's translations take them over. Some are patterns with %1 (and %2).
enum class SlipLabel {
    Title,
    OrderId,
    DeliveryId,
    OrderedAt,
    PrintedAt,
    Customer,
    Phone,
    Address,
    Notes,
    Item,
    Qty,
    UnitPrice,
    Amount,
    Total,
    Payment,
    Status,
    ShopPhone,  // %1 the shop's phone
    Reprint,    // %1 which print it is (2 for the first reprint)
    Cancelled,  // the mark across a cancelled delivery's slip
    Continued,  // %1 the title and order id, atop the pages after the first
    PageNumber, // %1 of %2
    Money,      // %1 the amount with thousands separators
    Cash,
    Card,
    PaymentApproved,
    PaymentRefunded,
    Unpaid,
    OrderPlaced,
    OrderPaid,
    OrderDelivering,
    OrderDelivered,
    OrderCancelled,
    Discount, // the order's discounts, line and order together
    Supply,   // 공급가액
    Vat,      // 부가세
    Exempt,   // 면세 물품가액
};

// Where the layout puts one block of a slip, in device pixels relative to the page's
// printable area: for tests and previews.
struct SlipBlock
{
    int page = 0;
    QRectF rect;
    QString name;
};

// The delivery slip's layout (배송 전표): shop, title, order and delivery ids, times, customer,
// notes, items, total, payment and status, and a QR code of the order id. It adapts to A4,
// A5 and the 80 mm roll: long texts wrap within their column, nothing overlaps, A4 and A5
// break the item list onto further pages (repeating the table head), and the roll's page is
// made as tall as the content. A cancelled delivery is marked across every page, a reprint
// next to the title. Paints on any QPagedPaintDevice (QPdfWriter, QPrinter); needs a
// QGuiApplication for its fonts (see createHeadlessApplication()).
class SlipLayout
{
public:
    SlipLayout(SlipData data, SlipPage page, SlipLanguage language);

    static std::optional<SlipPage> pageFromName(QStringView name); // a4, a5, roll80
    static QString pageName(SlipPage page);
    static std::optional<SlipLanguage> languageFromName(QStringView name); // ko, en
    static QString languageName(SlipLanguage language);
    static QString label(SlipLabel label, SlipLanguage language);

    const SlipData &data() const { return m_data; }
    SlipPage page() const { return m_page; }
    SlipLanguage language() const { return m_language; }

    // The page size and margins; the roll's height is measured for the device's resolution.
    QPageLayout pageLayout(const QPaintDevice &device) const;
    // Gives the device pageLayout(); call it before a painter begins on the device.
    bool setUpDevice(QPagedPaintDevice &device) const;
    // Where every block goes, pages counted from 0, on a device set up by setUpDevice().
    QList<SlipBlock> arrange(const QPaintDevice &device) const;
    // Paints the slip on a device set up by setUpDevice(); returns the number of pages.
    Result<int> paint(QPagedPaintDevice &device) const;
    // Paints several slips as one document (one print job), each from a new page of its own
    // layout; the device must be set up for the first. Returns the number of pages in all.
    static Result<int> paintAll(const QList<SlipLayout> &slips, QPagedPaintDevice &device);
    // Writes the slip as a PDF file (OutputFile's rules: a regular file or a new one): the
    // whole file, or on failure nothing at all (a Storage error saying why). Returns the
    // number of pages.
    Result<int> writePdf(const QString &path) const;
    // Writes the PDF into output without putting it in place: the caller commits it (or not)
    // once it has recorded the print.
    Result<int> writePdf(OutputFile &output) const;

private:
    Result<int> paintPages(QPainter &painter, QPagedPaintDevice &device) const;

    SlipData m_data;
    SlipPage m_page;
    SlipLanguage m_language;
};

} // namespace ShopDesk
