#include "eventbus.h"

namespace ShopDesk {

void EventBus::publish(const QList<DomainEvent> &events)
{
    for (const DomainEvent &event : events) {
        emit eventCommitted(event);
        const QString &type = event.type;
        if (type == EventType::ProductRegistered) {
            emit productChanged(event.productId);
            emit stockChanged(event.productId);
        } else if (type == EventType::ProductChanged) {
            emit productChanged(event.productId);
        } else if (type.startsWith(QLatin1StringView("Stock"))) {
            emit stockChanged(event.productId);
        } else if (type.startsWith(QLatin1StringView("Delivery")) ||
                   type == EventType::SlipPrinted) {
            emit deliveryChanged(event.orderId);
            emit orderChanged(event.orderId);
        } else if (!event.orderId.isEmpty()) {
            emit orderChanged(event.orderId);
        }
    }
}

void EventBus::publishReset()
{
    emit reset();
}

} // namespace ShopDesk
