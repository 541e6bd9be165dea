#include "projections.h"

#include "customerbook.h"
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

    if (addsSales(event)) {
        SD_TRY(const SalesFigures figures, salesOf(store, event, payload));
        if (!figures.isZero())
            SD_CHECK(store.addSales(SalesBucket::of(event.occurredAt), event.origin, figures));
    }

    if (const std::optional<QString> customerId = customerIdOf(payload)) {
        SD_TRY(const std::optional<CustomerRecord> known, store.findCustomer(*customerId));
        SD_TRY(const CustomerApplied applied, applyCustomerEvent(event, payload, known));
        SD_CHECK(store.saveCustomer(applied.record));
        return store.eraseOrderCustomers(applied.erasedPhoneDigits);
    }

    if (const std::optional<QString> shiftId = shiftIdOf(payload)) {
        SD_TRY(const std::optional<ShiftRecord> known, store.findShift(*shiftId));
        SD_TRY(const ShiftRecord shift, applyShiftEvent(event, payload, known));
        return store.saveShift(shift);
    }
    return {};
}

} // namespace ShopDesk
