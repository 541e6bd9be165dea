#pragma once

#include "events.h"
#include "types.h"

#include <QString>

#include <optional>

namespace ShopDesk {

// The terminal an order id names: "B" of "B-000001", "T-2" of "T-2-000010"; empty for an id
// that is not <terminal>-<number>.
QString orderIdOwner(const QString &orderId);

// What a receiver (a terminal or the hub) holds of one order: enough to tell whether an event
// about it that another terminal sent may happen now. Each receiver fills it from its own
// tables and asks admit(), so the rules are written once, here:
//
// - An order belongs to the terminal named in its id, which placed it: only that terminal
//   places, pays, cancels, delivers, refunds or moves stock for it (the terminal's own id
//   space). A slip may be printed anywhere, so SlipPrinted comes from any terminal.
// - Each event must be possible in the order's state, as the owner's commands and policies
//   make them: placed once; paid in parts while placed (the part that settles it makes it
//   paid); lines returned unless cancelled; cancelled unless delivered or cancelled; a
//   delivery (with the id Delivery::deliveryIdFor gives) started once for a paid order,
//   completed or cancelled while started; a refund while a payment holds money; stock
//   reserved for a placed order, released before a delivery starts, decreased for a started
//   delivery and increased once a delivery started (cancelled, or units returned). Receipts,
//   like slips, may be printed anywhere.
struct OrderFlow
{
    QString orderId;
    QString owner; // the terminal that placed it; empty: the order is unknown here
    OrderStatus status = OrderStatus::Placed;
    std::optional<PaymentStatus> payment;
    std::optional<DeliveryStatus> delivery;

    bool known() const { return !owner.isEmpty(); }

    // Nothing when the event may happen; otherwise Forbidden (not the owner's, or an id of
    // another terminal) or InvalidState (not possible now), naming the event and the rule.
    // Events that are not about an order (no orderId) are always admitted here.
    Status admit(const DomainEvent &event, const EventPayload &payload) const;
    // The order after an admitted event (a hub checks a batch before storing any of it).
    void apply(const DomainEvent &event, const EventPayload &payload);
};

} // namespace ShopDesk
