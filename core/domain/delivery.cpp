#include "delivery.h"

namespace ShopDesk {

Delivery Delivery::start(const QString &orderId, const QDateTime &at)
{
    Delivery delivery = restore(deliveryIdFor(orderId), orderId, DeliveryStatus::Started, at);
    delivery.record(DomainEvent::make(EventType::DeliveryStarted, orderId, {},
                                      {{QStringLiteral("deliveryId"), delivery.m_deliveryId}}));
    return delivery;
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
    record(DomainEvent::make(EventType::DeliveryCompleted, m_orderId, {},
                             {{QStringLiteral("deliveryId"), m_deliveryId}}));
    return {};
}

Status Delivery::cancel(const QString &reason)
{
    SD_CHECK(requireStarted(QStringLiteral("cancelled")));
    m_status = DeliveryStatus::Cancelled;
    record(DomainEvent::make(
        EventType::DeliveryCancelled, m_orderId, {},
        {{QStringLiteral("deliveryId"), m_deliveryId}, {QStringLiteral("reason"), reason}}));
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
