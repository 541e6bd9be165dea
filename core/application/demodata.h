#pragma once

#include "result.h"

#include <QJsonObject>

#include <functional>

namespace ShopDesk {

class InventoryService;
class OrderService;
class UnitOfWork;

// Fills an empty database with realistic demo data through the ordinary services: Korean
// and English products with stock, and orders in every status. Work is committed in
// batches, so a large shop (100,000 products, 1,000,000 orders) takes minutes, not hours.
class DemoData
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoData(UnitOfWork &work, InventoryService &inventory, OrderService &orders);

    void setSeed(quint32 seed) { m_seed = seed; }
    void setBatchSize(int orders) { m_batchSize = orders; }

    // Refuses (InvalidState) a database that already has products. Returns counts of what
    // was made: products, orders, and orders per status.
    Result<QJsonObject> generate(qint64 products, qint64 orders, const Progress &progress = {});

private:
    UnitOfWork &m_work;
    InventoryService &m_inventory;
    OrderService &m_orders;
    quint32 m_seed = 20261124;
    int m_batchSize = 2000;
};

} // namespace ShopDesk
