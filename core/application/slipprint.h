#pragma once

#include "money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ShopDesk {

// The shop as its delivery slips name it, and the shop-wide settings every terminal of the
// shop shares. Kept in the database (the meta table), so that the CLI and the window print and
// show the same; name, address and phone are empty until they are set.
struct ShopDetails
{
    // The stock level at or below which a product without its own threshold is low.
    static constexpr qint64 DefaultLowStockThreshold = 5;

    QString name;
    QString address;
    QString phone;
    QString currency = QStringLiteral("KRW"); // a code of Currency::supported()
    qint64 lowStockThreshold = DefaultLowStockThreshold;
    // For the customer's receipt (영수증): 사업자등록번호 (10 digits) and 대표자.
    QString businessNumber{};
    QString representative{};
    // The VAT rate (whole percent) new orders are placed with, and how much of an order's
    // gross a clerk may discount without a manager.
    int vatRate = Tax::DefaultVatRate;
    int clerkDiscountLimit = Tax::DefaultClerkDiscountLimit;
    // Whether a terminal takes cash only while it has an open shift (ShiftService).
    bool cashNeedsShift = false;

    bool operator==(const ShopDetails &) const = default;
    QJsonObject toJson() const;
};

// One recorded print of an order's delivery slip (one SlipPrinted event).
struct SlipPrint
{
    QString orderId;
    QString deliveryId;
    int copy = 1;     // 1 for the first print; a higher copy is a reprint
    QString page;     // the page size's name, e.g. a5 or roll80
    QString language; // ko or en
    QString terminal; // where it was printed
    QDateTime printedAt;

    bool isReprint() const { return copy > 1; }
    QJsonObject toJson() const;
};

// One recorded print of an order's receipt (one ReceiptPrinted event): of the sale (returnNo
// 0) or of a return's refund.
struct ReceiptPrint
{
    QString orderId;
    int returnNo = 0;
    int copy = 1; // 1 for the first print of that receipt; a higher copy is a reprint
    QString page;
    QString language;
    QString terminal;
    QDateTime printedAt;

    bool isReprint() const { return copy > 1; }
    bool isRefund() const { return returnNo > 0; }
    QJsonObject toJson() const;
};

} // namespace ShopDesk
