#include "orderflow.h"

#include "delivery.h"

#include <QRegularExpression>

namespace ShopDesk {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QJsonObject detailsOf(const DomainEvent &event)
{
    return {{QStringLiteral("eventId"), event.eventId},
            {QStringLiteral("orderId"), event.orderId},
            {QStringLiteral("origin"), event.origin}};
}

Error impossible(const DomainEvent &event, const QString &why)
{
    return Error::invalidState(QStringLiteral("%1 %2 of order %3 cannot happen: %4")
                                   .arg(event.type, event.eventId, event.orderId, why),
                               detailsOf(event));
}

} // namespace

QString orderIdOwner(const QString &orderId)
{
    // The greedy name takes the last "-number": terminal names may hold '-' themselves.
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z][A-Za-z0-9_-]{0,15})-([0-9]{1,15})$"));
    const QRegularExpressionMatch match = pattern.match(orderId);
    return match.hasMatch() ? match.captured(1) : QString();
}

Status OrderFlow::admit(const DomainEvent &event, const EventPayload &payload) const
{
    if (event.orderId.isEmpty())
        return {};
    const bool placing = std::holds_alternative<Events::OrderPlaced>(payload);
    if (placing && known())
        return impossible(event, QStringLiteral("the order was placed already"));
    if (!placing && !known())
        return impossible(event, QStringLiteral("the order is unknown here"));
    if (const auto *printed = std::get_if<Events::SlipPrinted>(&payload)) {
        if (!delivery || printed->deliveryId != Delivery::deliveryIdFor(orderId))
            return impossible(event, QStringLiteral("the order has no such delivery"));
        return {};
    }
    const QString named = orderIdOwner(event.orderId);
    if (named != event.origin || (known() && owner != event.origin)) {
        return Error::forbidden(
            QStringLiteral("%1 %2 of order %3 came from terminal %4, but only the terminal "
                           "that placed the order (%5) may change it")
                .arg(event.type, event.eventId, event.orderId, event.origin,
                     known() ? owner : (named.isEmpty() ? QStringLiteral("none") : named)),
            detailsOf(event));
    }

    const auto deliveryIs = [&](const QString &deliveryId,
                                DeliveryStatus wanted) -> std::optional<QString> {
        if (deliveryId != Delivery::deliveryIdFor(orderId))
            return QStringLiteral("its delivery id must be %1")
                .arg(Delivery::deliveryIdFor(orderId));
        if (delivery != wanted)
            return QStringLiteral("the delivery is %1")
                .arg(delivery ? toText(*delivery) : QStringLiteral("not started"));
        return std::nullopt;
    };
    const std::optional<QString> problem = std::visit(
        Overloaded{
            [](const Events::OrderPlaced &) { return std::optional<QString>(); },
            [&](const Events::OrderCancelled &) {
                if (status == OrderStatus::Delivered || status == OrderStatus::Cancelled)
                    return std::optional<QString>(
                        QStringLiteral("the order is %1").arg(toText(status)));
                return std::optional<QString>();
            },
            [&](const Events::PaymentApproved &) {
                if (status != OrderStatus::Placed || payment)
                    return std::optional<QString>(
                        QStringLiteral("the order is %1").arg(toText(status)));
                return std::optional<QString>();
            },
            [&](const Events::PaymentRefunded &) {
                if (payment != PaymentStatus::Approved)
                    return std::optional<QString>(
                        payment ? QStringLiteral("the payment is %1").arg(toText(*payment))
                                : QStringLiteral("the order has no payment"));
                return std::optional<QString>();
            },
            [&](const Events::DeliveryStarted &e) {
                if (e.deliveryId != Delivery::deliveryIdFor(orderId))
                    return std::optional<QString>(QStringLiteral("its delivery id must be %1")
                                                      .arg(Delivery::deliveryIdFor(orderId)));
                if (status != OrderStatus::Paid || delivery)
                    return std::optional<QString>(
                        QStringLiteral("the order is %1").arg(toText(status)));
                return std::optional<QString>();
            },
            [&](const Events::DeliveryCompleted &e) {
                return deliveryIs(e.deliveryId, DeliveryStatus::Started);
            },
            [&](const Events::DeliveryCancelled &e) {
                return deliveryIs(e.deliveryId, DeliveryStatus::Started);
            },
            [&](const Events::StockReserved &) {
                if (status != OrderStatus::Placed)
                    return std::optional<QString>(
                        QStringLiteral("the order is %1").arg(toText(status)));
                return std::optional<QString>();
            },
            [&](const Events::StockReleased &) {
                if (status != OrderStatus::Cancelled || delivery)
                    return std::optional<QString>(
                        QStringLiteral("only a cancelled order without delivery releases"));
                return std::optional<QString>();
            },
            [&](const Events::StockDecreased &) {
                if (!delivery)
                    return std::optional<QString>(QStringLiteral("no delivery has started"));
                return std::optional<QString>();
            },
            [&](const Events::StockIncreased &) {
                if (delivery != DeliveryStatus::Cancelled)
                    return std::optional<QString>(QStringLiteral("no delivery was cancelled"));
                return std::optional<QString>();
            },
            [](const auto &) {
                return std::optional<QString>(QStringLiteral("this kind of event names no order"));
            },
        },
        payload);
    if (problem)
        return impossible(event, *problem);
    return {};
}

void OrderFlow::apply(const DomainEvent &event, const EventPayload &payload)
{
    if (std::holds_alternative<Events::OrderPlaced>(payload)) {
        orderId = event.orderId;
        owner = event.origin;
    }
    if (const std::optional<OrderStatus> after = orderStatusAfter(payload))
        status = *after;
    if (std::holds_alternative<Events::PaymentApproved>(payload))
        payment = PaymentStatus::Approved;
    else if (std::holds_alternative<Events::PaymentRefunded>(payload))
        payment = PaymentStatus::Refunded;
    else if (std::holds_alternative<Events::DeliveryStarted>(payload))
        delivery = DeliveryStatus::Started;
    else if (std::holds_alternative<Events::DeliveryCompleted>(payload))
        delivery = DeliveryStatus::Completed;
    else if (std::holds_alternative<Events::DeliveryCancelled>(payload))
        delivery = DeliveryStatus::Cancelled;
}

} // namespace ShopDesk
