#pragma once

#include "events.h"
#include "orderflow.h"
#include "result.h"

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace ShopDesk::Hub {

// A refusal of a push: InvalidInput whose details name the protocol's error code
// (Sync::ErrorName) under "code", and the event under "eventId".
Error pushRefusal(QLatin1StringView code, const QString &message, const QString &eventId);
// The protocol error code of a refused append: the refusal's own, else malformed.
QLatin1StringView refusalCode(const Error &error);

// The rules a push must keep before the hub stores any of it, on what the hub holds of the
// orders and stock the batch touches. They are the terminals' rules (OrderFlow::admit, the
// payload decoders' ranges, addStock), asked here so that one terminal's token cannot change
// another terminal's orders or push the shop's stock out of range for everyone.
class PushCheck
{
public:
    // What the hub holds before the batch: the flows of the orders it names (an order not
    // held is simply absent) and the stock of the products it moves.
    QHash<QString, OrderFlow> flows;
    QHash<QString, StockDelta> stock;

    // Checks the batch's new events in order, advancing flows and stock as it goes. Returns
    // each event's payload (nullopt for a type this build does not know: stored, not
    // projected), or the refusal of the whole batch (pushRefusal).
    Result<QList<std::optional<EventPayload>>> check(const QList<DomainEvent> &events);
};

} // namespace ShopDesk::Hub
