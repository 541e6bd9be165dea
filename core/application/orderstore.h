#pragma once

#include "delivery.h"
#include "order.h"
#include "orderflow.h"
#include "payment.h"
#include "result.h"
#include "slipprint.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace ShopDesk {

// The orders port: orders and their ids, payments, deliveries, the shop's details and the
// prints of its slips.
class OrderStore
{
public:
    virtual ~OrderStore() = default;

    virtual Result<QString> nextOrderId() = 0;
    virtual Result<std::optional<Order>> findOrder(const QString &orderId) = 0;
    // A new order of this terminal, placed by the named user.
    virtual Status insertOrder(const Order &order, const QString &placedBy) = 0;
    virtual Status saveOrderStatus(const Order &order) = 0;
    // Status, the lines' returned units and the money, after a return.
    virtual Status saveOrder(const Order &order) = 0;
    // Who placed the order; empty when unknown.
    virtual Result<QString> orderClerk(const QString &orderId) = 0;

    // The order's payment parts, oldest first.
    virtual Result<Payments> findPayments(const QString &orderId) = 0;
    // Inserts the part, or updates what was refunded of it.
    virtual Status savePayment(const Payment &payment) = 0;
    virtual Result<std::optional<Delivery>> findDelivery(const QString &orderId) = 0;
    virtual Status saveDelivery(const Delivery &delivery) = 0;

    // The shop's details for its slips; empty fields when never set.
    virtual Result<ShopDetails> shopDetails() = 0;
    // Inside the open transaction.
    virtual Status saveShopDetails(const ShopDetails &details) = 0;
    // The recorded prints of the order's slip, oldest first.
    virtual Result<QList<SlipPrint>> slipPrints(const QString &orderId) = 0;
    // Inside the open transaction, with the SlipPrinted event that records the same print.
    virtual Status insertSlipPrint(const SlipPrint &print) = 0;
    // The recorded prints of the order's receipts (of the sale: returnNo 0), oldest first.
    virtual Result<QList<ReceiptPrint>> receiptPrints(const QString &orderId) = 0;
    // Inside the open transaction, with the ReceiptPrinted event that records the same print.
    virtual Status insertReceiptPrint(const ReceiptPrint &print) = 0;
    // Orders whose delivery is started and whose slip was never printed, oldest delivery
    // first; limit < 0 means all of them.
    virtual Result<QStringList> unprintedDeliveries(int limit) = 0;

    // Sync with the hub; a store without sync support answers with a Storage error.
    //
    // What this terminal holds of an order, to check another terminal's event about it
    // (OrderFlow::admit); an order unknown here has an empty owner.
    virtual Result<OrderFlow> orderFlow(const QString &orderId) = 0;
    // Inside the open transaction: an order placed on another terminal, marked with it.
    virtual Status insertRemoteOrder(const Order &order, const QString &origin,
                                     const QString &placedBy);
};

} // namespace ShopDesk
