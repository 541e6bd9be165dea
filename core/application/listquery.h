#pragma once

#include <QString>

namespace ShopDesk {

// Filters for list reads (products, stock rows, order views). An empty field does not
// filter; limit < 0 means every row.
struct ListQuery
{
    QString status; // order status, or delivery status for delivery lists
    QString search; // order id prefix or customer name part; product id or name part
    bool deliveriesOnly = false;
    int limit = -1;
    int offset = 0;
};

} // namespace ShopDesk
