#include "readmodelstore.h"

namespace ShopDesk {

Result<QList<OrderView>> ReadModelStore::orderViews(const ListQuery &query)
{
    QList<OrderView> rows;
    SD_CHECK(visitOrderViews(query, [&](const OrderView &row) { rows.append(row); }));
    return rows;
}

} // namespace ShopDesk
