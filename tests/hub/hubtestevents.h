#pragma once

#include "domainevent.h"

#include <QUuid>

namespace ShopDesk::Testing {

// A stock adjustment of `origin` with its local sequence, as a terminal would push it.
inline DomainEvent hubEvent(const QString &origin, qint64 originSeq,
                            const QString &productId = QStringLiteral("P1"), qint64 delta = 1)
{
    DomainEvent e = DomainEvent::make(EventType::StockAdjusted, {}, productId,
                                      {{QStringLiteral("productId"), productId},
                                       {QStringLiteral("delta"), delta},
                                       {QStringLiteral("kind"), QStringLiteral("receive")},
                                       {QStringLiteral("reason"), QString()}});
    e.seq = originSeq;
    e.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.origin = origin;
    e.originSeq = originSeq;
    e.actor = QStringLiteral("tester");
    e.occurredAt = QDateTime::currentDateTimeUtc();
    return e;
}

inline QList<DomainEvent> hubEvents(const QString &origin, qint64 firstSeq, int count,
                                    const QString &productId = QStringLiteral("P1"))
{
    QList<DomainEvent> events;
    for (int i = 0; i < count; ++i)
        events.append(hubEvent(origin, firstSeq + i, productId));
    return events;
}

} // namespace ShopDesk::Testing
