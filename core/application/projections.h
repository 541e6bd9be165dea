#pragma once

#include "events.h"
#include "result.h"

namespace ShopDesk {

class EventLog;
class ShopStore;
struct SalesFigures;

// What one logged event changes in the read models, inside the transaction that logs it (a
// command's, or the sync's for another terminal's event): the order list (orderViewChange),
// the report tables (the sales the order's events so far add up to, OrderSalesFold) and the
// shifts (ShiftOpened, ShiftClosed) and the customer book (applyCustomerEvent; an erasure
// reaches the orders placed with the customer's phones). The one place both paths go through.
Status projectEvent(ShopStore &store, const DomainEvent &event, const EventPayload &payload);

// What one event of an order adds to the sales figures, its order's earlier events read from
// the log (only for the events whose figures need them).
Result<SalesFigures> salesOf(EventLog &log, const DomainEvent &event, const EventPayload &payload);

} // namespace ShopDesk
