#include "projections.h"

#include "sales.h"
#include "shift.h"
#include "shopstore.h"

namespace ShopDesk {

Result<SalesFigures> salesOf(EventLog &log, const DomainEvent &event, const EventPayload &payload)
{
    OrderSalesFold fold;
    if (salesNeedHistory(event.type)) {
        EventQuery earlier;
        earlier.orderId = event.orderId;
        earlier.beforeSeq = event.seq;
        std::optional<Error> problem;
        SD_CHECK(log.visitEvents(earlier, [&](const DomainEvent &before) {
            if (problem)
                return;
            if (Result<SalesFigures> applied = fold.apply(before); !applied)
                problem = applied.error();
        }));
        if (problem)
            return *problem;
    }
    return fold.apply(event, payload);
}

Status projectEvent(ShopStore &store, const DomainEvent &event, const EventPayload &payload)
{
    if (const std::optional<OrderViewChange> change = orderViewChange(event, payload))
        SD_CHECK(store.applyChange(event.orderId, *change));

    if (!event.orderId.isEmpty() && movesSales(event.type) &&
        !std::holds_alternative<Events::OrderPlaced>(payload)) {
        SD_TRY(const SalesFigures figures, salesOf(store, event, payload));
        if (!figures.isZero())
            SD_CHECK(store.addSales(SalesBucket::of(event.occurredAt), event.origin, figures));
    }

    if (const auto *opened = std::get_if<Events::ShiftOpened>(&payload)) {
        SD_TRY(const ShiftRecord shift, ShiftRecord::opened(event, *opened));
        SD_TRY(const std::optional<ShiftRecord> existing, store.findShift(shift.shiftId));
        if (existing)
            return Error::invalidState(
                QStringLiteral("shift %1 was opened already").arg(shift.shiftId));
        return store.saveShift(shift);
    }
    if (const auto *closed = std::get_if<Events::ShiftClosed>(&payload)) {
        SD_TRY(std::optional<ShiftRecord> shift, store.findShift(closed->shiftId));
        if (!shift)
            return Error::notFound(QStringLiteral("shift %1 is unknown here").arg(closed->shiftId),
                                   {{QStringLiteral("shiftId"), closed->shiftId}});
        SD_CHECK(shift->close(event, *closed));
        return store.saveShift(*shift);
    }
    return {};
}

} // namespace ShopDesk
