#pragma once

#include "order.h"
#include "shopqueries.h"

#include <QList>
#include <QString>

namespace ShopDesk::Hub {

// An order's lines as the hub's projection keeps them (the column orders.lines): a compact JSON
// array of {productId, productName, qty, price}, written from the decoded OrderPlaced.
QString orderLinesText(const QList<OrderLine> &lines);
// The lines back; empty for an empty or unreadable text.
QList<OrderLineRecord> orderLinesFromText(const QString &text);

} // namespace ShopDesk::Hub
