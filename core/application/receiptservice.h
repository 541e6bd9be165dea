#pragma once

#include "orderservice.h"
#include "slipprint.h"

namespace ShopDesk {

class UnitOfWork;

// Everything a customer's receipt (영수증) shows, gathered for a layout to paint (core/print):
// the sale's receipt (returnNo 0) or the refund receipt of one of the order's returns.
struct ReceiptData
{
    ShopDetails shop;
    OrderDetails details; // the order with its payments and returns
    int returnNo = 0;     // 0: the sale; else the return whose refund it shows
    int copy = 1;         // which print of this receipt it is: 1 the first, more a reprint
    QDateTime printedAt;  // UTC
    QString terminal;     // where it is printed

    const QString &orderId() const { return details.order.orderId(); }
    bool isReprint() const { return copy > 1; }
    bool isRefund() const { return returnNo > 0; }
    // The return a refund receipt shows; nullptr for the sale's receipt.
    const OrderReturn *orderReturn() const;
    // The money the receipt shows. The sale's: the order as it was sold, every unit (a
    // reprint after a return still shows the sale). A refund's: what the return took off,
    // the money before it less the money after it.
    Result<OrderMoney> money() const;
};

// Customer receipts (영수증): what a receipt shows, and which receipts were printed. As with
// slips, an adapter paints the ReceiptData it gets from receipt() and calls recordPrint()
// only once the device has taken it; a second print of the same receipt is a reprint.
class ReceiptService
{
public:
    ReceiptService(UnitOfWork &work, const OrderService &orders);

    // The receipt as it would print now: NotFound for an unknown order; InvalidState for a
    // return the order does not have, and for a sale receipt of an order without a payment.
    Result<ReceiptData> receipt(const QString &orderId, int returnNo = 0) const;
    // Storage error when prints cannot be recorded (a read-only database): check it before
    // printing, so that nothing is printed that then goes unrecorded.
    Status canRecordPrints() const;
    // Records one print of the receipt: a ReceiptPrinted event and its row, in one
    // transaction. page and language name what was printed (roll80, ko, ...).
    Result<ReceiptPrint> recordPrint(const QString &orderId, int returnNo, const QString &page,
                                     const QString &language);
    Result<QList<ReceiptPrint>> prints(const QString &orderId) const;

private:
    UnitOfWork &m_work;
    const OrderService &m_orders;
};

} // namespace ShopDesk
