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
    // A receipt, or the drawer opened for a payment, may be printed on any terminal.
    if (std::holds_alternative<Events::ReceiptPrinted>(payload) ||
        std::holds_alternative<Events::DrawerOpened>(payload))
        return {};
    const QString named = orderIdOwner(event.orderId);
    if (named != event.origin || (known() && owner != event.origin)) {
        return Error::forbidden(
            QStringLiteral("%1 %2 of order %3 came from terminal %4, but only the terminal "
                           "that placed the order (%5) may change it")
                .arg(event.type, event.eventId, event.orderId, event.origin,
                     known() ? owner : (named.isEmpty() ? QStringLiteral("none") : named)),
            detailsOf(event));
    }

    using Problem = std::optional<QString>;
    // The problem `why` unless the rule holds.
    const auto unless = [](bool holds, const QString &why) { return holds ? Problem() : why; };
    const QString orderIs = QStringLiteral("the order is %1").arg(toText(status));
    const QString ownDelivery = Delivery::deliveryIdFor(orderId);
    const auto deliveryIs = [&](const QString &deliveryId, DeliveryStatus wanted) -> Problem {
        if (deliveryId != ownDelivery)
            return QStringLiteral("its delivery id must be %1").arg(ownDelivery);
        return unless(delivery == wanted,
                      QStringLiteral("the delivery is %1")
                          .arg(delivery ? toText(*delivery) : QStringLiteral("not started")));
    };
    const Problem problem = std::visit(
        Overloaded{
            [](const Events::OrderPlaced &) { return Problem(); },
            [&](const Events::OrderCancelled &) {
                return unless(status != OrderStatus::Delivered && status != OrderStatus::Cancelled,
                              orderIs);
            },
            [&](const Events::PaymentApproved &) {
                // Parts until one settles the order, which makes it paid.
                return unless(status == OrderStatus::Placed, orderIs);
            },
            [&](const Events::PaymentRefunded &) {
                return unless(payment == PaymentStatus::Approved,
                              payment ? QStringLiteral("the payment is %1").arg(toText(*payment))
                                      : QStringLiteral("the order has no payment"));
            },
            [&](const Events::OrderLinesReturned &) {
                return unless(status != OrderStatus::Cancelled, orderIs);
            },
            [&](const Events::DeliveryStarted &e) -> Problem {
                if (e.deliveryId != ownDelivery)
                    return QStringLiteral("its delivery id must be %1").arg(ownDelivery);
                return unless(status == OrderStatus::Paid && !delivery, orderIs);
            },
            [&](const Events::DeliveryCompleted &e) {
                return deliveryIs(e.deliveryId, DeliveryStatus::Started);
            },
            [&](const Events::DeliveryCancelled &e) {
                return deliveryIs(e.deliveryId, DeliveryStatus::Started);
            },
            [&](const Events::StockReserved &) {
                return unless(status == OrderStatus::Placed, orderIs);
            },
            [&](const Events::StockReleased &) {
                // A cancellation or a return before the delivery started.
                return unless(!delivery, QStringLiteral("its delivery has started"));
            },
            [&](const Events::StockDecreased &) {
                return unless(delivery.has_value(), QStringLiteral("no delivery has started"));
            },
            [&](const Events::StockIncreased &) {
                // A cancelled delivery, or a return once the delivery started.
                return unless(delivery.has_value(), QStringLiteral("no delivery has started"));
            },
            [](const auto &) {
                return Problem(QStringLiteral("this kind of event names no order"));
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
    else if (const auto *refunded = std::get_if<Events::PaymentRefunded>(&payload))
        payment = refunded->paidAfter > 0 ? PaymentStatus::Approved : PaymentStatus::Refunded;
    else if (std::holds_alternative<Events::DeliveryStarted>(payload))
        delivery = DeliveryStatus::Started;
    else if (std::holds_alternative<Events::DeliveryCompleted>(payload))
        delivery = DeliveryStatus::Completed;
    else if (std::holds_alternative<Events::DeliveryCancelled>(payload))
        delivery = DeliveryStatus::Cancelled;
}

} // namespace ShopDesk
