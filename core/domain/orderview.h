#pragma once

#include "events.h"
#include "types.h"

#include <QDateTime>

#include <optional>

namespace ShopDesk {

// One row of the order status read model: what the order list shows. It is built only
// from events, so it can be rebuilt from the log at any time.
struct OrderView
{
    QString orderId;
    QString status;
    QString customerName;
    QString customerPhone;
    QString customerAddress;
    Money total = 0;
    int lineCount = 0;
    qint64 itemCount = 0;
    QString paymentMethod;
    QString paymentStatus;
    QString deliveryId;
    QString deliveryStatus;
    QString origin;
    QDateTime placedAt;
    QDateTime deliveryStartedAt;
    QDateTime updatedAt;

    bool operator==(const OrderView &) const = default;
};

// What one event changes in its order's row. OrderPlaced creates the row; the others only
// set the fields they name.
struct OrderViewChange
{
    std::optional<OrderView> created;
    QList<OrderLine> lines; // with created: the lines as placed (the hub's order rows keep them)
    std::optional<QString> status;
    std::optional<Money> total; // after a return
    std::optional<QString> paymentMethod;
    std::optional<QString> paymentStatus;
    std::optional<QString> deliveryId;
    std::optional<QString> deliveryStatus;
    std::optional<QDateTime> deliveryStartedAt;
    QDateTime at;
};

// The projection: nullopt for events that do not touch the order list (and for a payload
// that does not decode, which the log never holds for its own events).
std::optional<OrderViewChange> orderViewChange(const DomainEvent &event);
// The same when the caller has decoded the payload already.
std::optional<OrderViewChange> orderViewChange(const DomainEvent &event,
                                               const EventPayload &payload);
void applyChange(OrderView &view, const OrderViewChange &change);

} // namespace ShopDesk
