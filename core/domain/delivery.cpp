#include "delivery.h"

#include "events.h"

namespace ShopDesk {

Delivery Delivery::start(const QString &orderId, const QDateTime &at)
{
    Delivery delivery = restore(deliveryIdFor(orderId), orderId, DeliveryStatus::Started, at);
    delivery.record(makeEvent(Events::DeliveryStarted{delivery.m_deliveryId}, orderId));
    return delivery;
}

Result<Delivery> Delivery::fromEvent(const DomainEvent &event)
{
    SD_TRY(const EventPayload payload, decodePayload(event));
    auto restored = [&](const QString &deliveryId, DeliveryStatus status) -> Result<Delivery> {
        if (deliveryId.isEmpty())
            return Error::invalidInput(
                QStringLiteral("event %1: the delivery has no id").arg(event.eventId));
        return restore(deliveryId, event.orderId, status, event.occurredAt);
    };
    if (const auto *e = std::get_if<Events::DeliveryStarted>(&payload))
        return restored(e->deliveryId, DeliveryStatus::Started);
    if (const auto *e = std::get_if<Events::DeliveryCompleted>(&payload))
        return restored(e->deliveryId, DeliveryStatus::Completed);
    if (const auto *e = std::get_if<Events::DeliveryCancelled>(&payload))
        return restored(e->deliveryId, DeliveryStatus::Cancelled);
    return Error::invalidInput(
        QStringLiteral("event %1 (%2) is not a delivery's").arg(event.eventId, event.type));
}

Delivery Delivery::restore(const QString &deliveryId, const QString &orderId, DeliveryStatus status,
                           const QDateTime &startedAt)
{
    Delivery delivery;
    delivery.m_deliveryId = deliveryId;
    delivery.m_orderId = orderId;
    delivery.m_status = status;
    delivery.m_startedAt = startedAt;
    return delivery;
}

QString Delivery::deliveryIdFor(const QString &orderId)
{
    // One delivery per order, so its id can be derived and stays readable on the slip.
    return QStringLiteral("D-") + orderId;
}

Status Delivery::complete()
{
    SD_CHECK(requireStarted(QStringLiteral("completed")));
    m_status = DeliveryStatus::Completed;
    record(makeEvent(Events::DeliveryCompleted{m_deliveryId}, m_orderId));
    return {};
}

Status Delivery::cancel(const QString &reason)
{
    SD_CHECK(requireStarted(QStringLiteral("cancelled")));
    m_status = DeliveryStatus::Cancelled;
    record(makeEvent(Events::DeliveryCancelled{m_deliveryId, reason}, m_orderId));
    return {};
}

Status Delivery::requireStarted(const QString &action) const
{
    if (m_status != DeliveryStatus::Started) {
        return Error::invalidState(
            QStringLiteral("delivery %1 of order %2 is %3 and cannot be %4")
                .arg(m_deliveryId, m_orderId, toText(m_status), action),
            {{QStringLiteral("orderId"), m_orderId}, {QStringLiteral("status"), toText(m_status)}});
    }
    return {};
}

} // namespace ShopDesk
