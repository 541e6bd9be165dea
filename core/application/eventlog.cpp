#include "eventlog.h"

namespace ShopDesk {

Result<QList<DomainEvent>> EventLog::events(const EventQuery &query)
{
    QList<DomainEvent> events;
    SD_CHECK(visitEvents(query, [&](const DomainEvent &event) { events.append(event); }));
    return events;
}

} // namespace ShopDesk
