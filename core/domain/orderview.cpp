#include "orderview.h"

#include "order.h"

#include <QJsonArray>

namespace ShopDesk {

std::optional<OrderViewChange> orderViewChange(const DomainEvent &event)
{
    OrderViewChange change;
    change.at = event.occurredAt;
    const QString &type = event.type;
    if (type == EventType::OrderPlaced) {
        const QJsonObject customer = event.payload.value(QStringLiteral("customer")).toObject();
        const QList<OrderLine> lines =
            orderLinesFromJson(event.payload.value(QStringLiteral("lines")).toArray());
        OrderView view;
        view.orderId = event.orderId;
        view.status = toText(OrderStatus::Placed);
        view.customerName = customer.value(QStringLiteral("name")).toString();
        view.customerPhone = customer.value(QStringLiteral("phone")).toString();
        view.customerAddress = customer.value(QStringLiteral("address")).toString();
        view.total = event.payload.value(QStringLiteral("total")).toInteger();
        view.lineCount = int(lines.size());
        for (const OrderLine &line : lines)
            view.itemCount += line.qty;
        view.origin = event.origin;
        view.placedAt = event.occurredAt;
        view.updatedAt = event.occurredAt;
        change.created = view;
    } else if (type == EventType::PaymentApproved) {
        change.status = toText(OrderStatus::Paid);
        change.paymentMethod = event.payload.value(QStringLiteral("method")).toString();
        change.paymentStatus = toText(PaymentStatus::Approved);
    } else if (type == EventType::PaymentRefunded) {
        change.paymentStatus = toText(PaymentStatus::Refunded);
    } else if (type == EventType::DeliveryStarted) {
        change.status = toText(OrderStatus::Delivering);
        change.deliveryId = event.payload.value(QStringLiteral("deliveryId")).toString();
        change.deliveryStatus = toText(DeliveryStatus::Started);
        change.deliveryStartedAt = event.occurredAt;
    } else if (type == EventType::DeliveryCompleted) {
        change.status = toText(OrderStatus::Delivered);
        change.deliveryStatus = toText(DeliveryStatus::Completed);
    } else if (type == EventType::DeliveryCancelled) {
        change.deliveryStatus = toText(DeliveryStatus::Cancelled);
    } else if (type == EventType::OrderCancelled) {
        change.status = toText(OrderStatus::Cancelled);
    } else {
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
