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
    Status insertOrder(const Order &order) override;
    Status saveOrderStatus(const Order &order) override;
    Result<std::optional<Payment>> findPayment(const QString &orderId) override;
    Result<OrderFlow> orderFlow(const QString &orderId) override;
    Status savePayment(const Payment &payment) override;
    Result<std::optional<Delivery>> findDelivery(const QString &orderId) override;
    Status saveDelivery(const Delivery &delivery) override;
    Result<ShopDetails> shopDetails() override;
    Status saveShopDetails(const ShopDetails &details) override;
    Result<QList<SlipPrint>> slipPrints(const QString &orderId) override;
    Status insertSlipPrint(const SlipPrint &print) override;
    Result<QStringList> unprintedDeliveries(int limit) override;
    Status insertRemoteOrder(const Order &order, const QString &origin) override;

private:
    Status insertOrderOf(const Order &order, const QString &origin);
};

} // namespace ShopDesk
