#pragma once

#include "domainevent.h"
#include "result.h"
#include "types.h"

namespace ShopDesk {

// The Delivery aggregate (배송): started when payment completes, then completed when handed
// over, or cancelled with its order.
class Delivery : public EventRecorder
{
public:
    Delivery() = default;

    // Records DeliveryStarted.
    static Delivery start(const QString &orderId, const QDateTime &at);
    // The delivery as a DeliveryStarted, DeliveryCompleted or DeliveryCancelled event of any
    // terminal leaves it (a later event's time is kept as the start time, as before).
    static Result<Delivery> fromEvent(const DomainEvent &event);
    static Delivery restore(const QString &deliveryId, const QString &orderId,
                            DeliveryStatus status, const QDateTime &startedAt);
    static QString deliveryIdFor(const QString &orderId);

    const QString &deliveryId() const { return m_deliveryId; }
    const QString &orderId() const { return m_orderId; }
    DeliveryStatus status() const { return m_status; }
    const QDateTime &startedAt() const { return m_startedAt; }

    Status complete();                    // records DeliveryCompleted
    Status cancel(const QString &reason); // records DeliveryCancelled

private:
    Status requireStarted(const QString &action) const;

    QString m_deliveryId;
    QString m_orderId;
    DeliveryStatus m_status = DeliveryStatus::Started;
    QDateTime m_startedAt;
};

} // namespace ShopDesk
