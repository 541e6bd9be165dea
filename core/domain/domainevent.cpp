#include "domainevent.h"

namespace ShopDesk {

const QList<QLatin1StringView> &EventType::all()
{
    static const QList<QLatin1StringView> types{
        OrderPlaced,        OrderCancelled,    PaymentApproved,   PaymentRefunded,
        DeliveryStarted,    DeliveryCompleted, DeliveryCancelled, SlipPrinted,
        OrderLinesReturned, ReceiptPrinted,    DrawerOpened,      ShiftOpened,
        CashMoved,          ShiftClosed,       ProductRegistered, ProductChanged,
        StockReserved,      StockReleased,     StockDecreased,    StockIncreased,
        StockAdjusted,      UserCreated,       UserPinChanged,    UserRoleChanged,
        UserDisabled,       UserEnabled,       UserLockedOut,     UserUnlocked,
        CustomerRegistered, CustomerChanged,   CustomerErased};
    return types;
}

DomainEvent DomainEvent::make(QLatin1StringView type, const QString &orderId,
                              const QString &productId, const QJsonObject &payload)
{
    DomainEvent event;
    event.type = type;
    event.orderId = orderId;
    event.productId = productId;
    event.payload = payload;
    return event;
}

QJsonObject DomainEvent::toJson() const
{
    QJsonObject json{{QStringLiteral("seq"), seq},
                     {QStringLiteral("eventId"), eventId},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("orderId"), orderId.isEmpty() ? QJsonValue() : orderId},
                     {QStringLiteral("occurredAt"), occurredAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("origin"), origin},
                     {QStringLiteral("originSeq"), originSeq},
                     {QStringLiteral("actor"), actor},
                     {QStringLiteral("payload"), payload}};
    if (!productId.isEmpty())
        json.insert(QStringLiteral("productId"), productId);
    if (!causationId.isEmpty())
        json.insert(QStringLiteral("causationId"), causationId);
    return json;
}

} // namespace ShopDesk
