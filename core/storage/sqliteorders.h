#pragma once

#include "orderstore.h"
#include "sqlitepart.h"

namespace ShopDesk {

// Orders, payments and deliveries in SQLite, with the shop's details (in meta) and the
// prints of its slips (slip_prints, schema 2).
class SqliteOrders final : public OrderStore, private SqlitePart
{
public:
    explicit SqliteOrders(SqliteConnection &connection);

    Result<QString> nextOrderId() override;
    Result<std::optional<Order>> findOrder(const QString &orderId) override;
    Status insertOrder(const Order &order, const QString &placedBy) override;
    Status saveOrderStatus(const Order &order) override;
    Status saveOrder(const Order &order) override;
    Result<QString> orderClerk(const QString &orderId) override;
    Result<Payments> findPayments(const QString &orderId) override;
    Result<OrderFlow> orderFlow(const QString &orderId) override;
    Status savePayment(const Payment &payment) override;
    Result<std::optional<Delivery>> findDelivery(const QString &orderId) override;
    Status saveDelivery(const Delivery &delivery) override;
    Result<ShopDetails> shopDetails() override;
    Status saveShopDetails(const ShopDetails &details) override;
    Result<QList<SlipPrint>> slipPrints(const QString &orderId) override;
    Status insertSlipPrint(const SlipPrint &print) override;
    Result<QList<ReceiptPrint>> receiptPrints(const QString &orderId) override;
    Status insertReceiptPrint(const ReceiptPrint &print) override;
    Result<QStringList> unprintedDeliveries(int limit) override;
    Status insertRemoteOrder(const Order &order, const QString &origin,
                             const QString &placedBy) override;

private:
    Status insertOrderOf(const Order &order, const QString &origin, const QString &placedBy);
};

} // namespace ShopDesk
