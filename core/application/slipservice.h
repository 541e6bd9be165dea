#pragma once

#include "orderservice.h"
#include "slipprint.h"

#include <optional>

namespace ShopDesk {

class OrderService;
class UnitOfWork;

// Everything a delivery slip shows, gathered for a layout to paint (core/print).
struct SlipData
{
    ShopDetails shop;
    OrderDetails details; // the order with its payment and its delivery (always there)
    QString notes;        // why the order was cancelled; empty otherwise
    int copy = 1;         // which print this is: 1 the first, more a reprint
    QDateTime printedAt;  // UTC

    const QString &orderId() const { return details.order.orderId(); }
    QString deliveryId() const;
    bool isReprint() const { return copy > 1; }
    bool isCancelled() const;
};

// A change of the shop's details: fields left nullopt keep their value.
struct ShopDetailsChange
{
    std::optional<QString> name;
    std::optional<QString> address;
    std::optional<QString> phone;
    std::optional<QString> currency;
    std::optional<qint64> lowStockThreshold;
    std::optional<QString> businessNumber{}; // digits, with or without '-'
    std::optional<QString> representative{};
    std::optional<qint64> vatRate{};            // whole percent
    std::optional<qint64> clerkDiscountLimit{}; // whole percent of an order's gross
    std::optional<bool> cashNeedsShift{};
};

// Delivery slips (배송 전표): what a slip shows, and which slips were printed. Painting is
// not done here but in core/print; an adapter paints the SlipData it gets from slip(), and
// only once the device has taken the slip does it call recordPrint(), so a failed print is
// never recorded. A second print of the same slip is a reprint.
class SlipService
{
public:
    SlipService(UnitOfWork &work, const OrderService &orders);

    Result<ShopDetails> shopDetails() const;
    // Validates and saves the changed fields; returns the details as they then are.
    Result<ShopDetails> changeShopDetails(const ShopDetailsChange &change);

    // The slip of the order as it would print now: NotFound for an unknown order,
    // InvalidState for an order without a delivery (not paid yet).
    Result<SlipData> slip(const QString &orderId) const;
    // Storage error when prints cannot be recorded (a read-only database): check it before
    // printing, so that nothing is printed that then goes unrecorded.
    Status canRecordPrints() const;
    // Records one print of the order's slip: a SlipPrinted event and its row, in one
    // transaction. page and language name what was printed (a5, ko, ...).
    Result<SlipPrint> recordPrint(const QString &orderId, const QString &page,
                                  const QString &language);
    // Records one print of each order's slip, all in one transaction (one job of several
    // slips): every print is recorded, or none.
    Result<QList<SlipPrint>> recordPrints(const QStringList &orderIds, const QString &page,
                                          const QString &language);
    Result<QList<SlipPrint>> prints(const QString &orderId) const;
    // Order ids of started deliveries whose slip was never printed, oldest first.
    Result<QStringList> unprintedDeliveries(int limit = -1) const;
    // The terminal this database belongs to: the one its prints are recorded for, and the
    // origin of the deliveries it starts itself.
    QString terminal() const;

private:
    UnitOfWork &m_work;
    const OrderService &m_orders;
};

} // namespace ShopDesk
