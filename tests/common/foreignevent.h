#pragma once

#include "events.h"

#include <QDateTime>
#include <QUuid>

namespace ShopDesk::Testing {

// An event as another terminal (or an intruder with its token) would push it: its payload,
// origin and local sequence, and a fresh id in the one canonical form.
inline DomainEvent foreignEvent(const EventPayload &payload, const QString &origin,
                                qint64 originSeq, const QString &orderId = {},
                                const QString &productId = {})
{
    DomainEvent event = makeEvent(payload, orderId, productId);
    event.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.origin = origin;
    event.originSeq = originSeq;
    event.actor = QStringLiteral("intruder");
    event.occurredAt = QDateTime::currentDateTimeUtc();
    return event;
}

} // namespace ShopDesk::Testing
