#pragma once

#include "listquery.h"
#include "orderview.h"
#include "result.h"

#include <QList>

#include <functional>
#include <optional>

namespace ShopDesk {

// The read-model port: the order status view the Orders tab shows, projected from the log.
class ReadModelStore
{
public:
    virtual ~ReadModelStore() = default;

    // Inside the open transaction: applies what one event changes in its order's row (see
    // orderViewChange); a change that creates the order inserts the row.
    virtual Status applyChange(const QString &orderId, const OrderViewChange &change) = 0;

    virtual Result<std::optional<OrderView>> findOrderView(const QString &orderId) = 0;
    // Streams the matching rows, newest first (deliveries: latest started first).
    virtual Status visitOrderViews(const ListQuery &query,
                                   const std::function<void(const OrderView &)> &visit) = 0;
    Result<QList<OrderView>> orderViews(const ListQuery &query);
    // Replaces the read model with one projected from the whole log.
    virtual Status rebuildReadModel() = 0;
};

} // namespace ShopDesk
