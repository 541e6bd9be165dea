#include "orderview.h"

#include "events.h"
#include "order.h"

#include <QJsonArray>

namespace ShopDesk {

std::optional<OrderViewChange> orderViewChange(const DomainEvent &event)
{
    const Result<EventPayload> payload = decodePayload(event);
    return payload ? orderViewChange(event, payload.value()) : std::nullopt;
}

std::optional<OrderViewChange> orderViewChange(const DomainEvent &event,
                                               const EventPayload &payload)
{
    OrderViewChange change;
    change.at = event.occurredAt;
    if (const std::optional<OrderStatus> status = orderStatusAfter(payload))
        change.status = toText(*status);
    if (const auto *placed = std::get_if<Events::OrderPlaced>(&payload)) {
        OrderView view;
        view.orderId = event.orderId;
        view.status = *change.status;
        view.customerName = placed->customer.name;
        view.customerPhone = placed->customer.phone;
        view.customerAddress = placed->customer.address;
        view.total = placed->total;
        view.lineCount = int(placed->lines.size());
        for (const OrderLine &line : placed->lines)
            view.itemCount += line.qty;
        view.origin = event.origin;
        view.placedAt = event.occurredAt;
        view.updatedAt = event.occurredAt;
        change.created = view;
        change.lines = placed->lines;
    } else if (const auto *approved = std::get_if<Events::PaymentApproved>(&payload)) {
        // The list names the method of the first part.
        if (approved->part == 1)
            change.paymentMethod = toText(approved->method);
        change.paymentStatus = toText(PaymentStatus::Approved);
    } else if (const auto *refunded = std::get_if<Events::PaymentRefunded>(&payload)) {
        change.paymentStatus =
            toText(refunded->paidAfter > 0 ? PaymentStatus::Approved : PaymentStatus::Refunded);
    } else if (const auto *returned = std::get_if<Events::OrderLinesReturned>(&payload)) {
        change.total = returned->total;
    } else if (const auto *started = std::get_if<Events::DeliveryStarted>(&payload)) {
        change.deliveryId = started->deliveryId;
        change.deliveryStatus = toText(DeliveryStatus::Started);
        change.deliveryStartedAt = event.occurredAt;
    } else if (std::holds_alternative<Events::DeliveryCompleted>(payload)) {
        change.deliveryStatus = toText(DeliveryStatus::Completed);
    } else if (std::holds_alternative<Events::DeliveryCancelled>(payload)) {
        change.deliveryStatus = toText(DeliveryStatus::Cancelled);
    } else if (!change.status) {
        return std::nullopt;
    }
    return change;
}

void applyChange(OrderView &view, const OrderViewChange &change)
{
    if (change.created) {
        view = *change.created;
        return;
    }
    if (change.status)
        view.status = *change.status;
    if (change.total)
        view.total = *change.total;
    if (change.paymentMethod)
        view.paymentMethod = *change.paymentMethod;
    if (change.paymentStatus)
        view.paymentStatus = *change.paymentStatus;
    if (change.deliveryId)
        view.deliveryId = *change.deliveryId;
    if (change.deliveryStatus)
        view.deliveryStatus = *change.deliveryStatus;
    if (change.deliveryStartedAt)
        view.deliveryStartedAt = *change.deliveryStartedAt;
    view.updatedAt = change.at;
}

} // namespace ShopDesk
