#pragma once

#include "domainevent.h"

#include <QObject>

namespace ShopDesk {

// Emits domain signals for events that are committed; never for work that rolled back.
// The UI and read-model listeners connect here.
class EventBus : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Emits eventCommitted for each event, then the typed signal it implies.
    void publish(const QList<DomainEvent> &events);
    // Announces that many events were committed at once (demo data, catch-up): listeners
    // reload instead of following each event.
    void publishReset();

signals:
    void eventCommitted(const ShopDesk::DomainEvent &event);
    void productChanged(const QString &productId);
    void stockChanged(const QString &productId);
    void orderChanged(const QString &orderId);
    void deliveryChanged(const QString &orderId);
    void reset();
};

} // namespace ShopDesk
