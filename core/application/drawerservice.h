#pragma once

#include "events.h"
#include "result.h"

#include <QDateTime>

namespace ShopDesk {

class UnitOfWork;

// One opening of the cash drawer, as its DrawerOpened event says.
struct DrawerOpening
{
    DrawerCause cause = DrawerCause::Manual;
    QString reason;
    QString printer;
    QString orderId; // the order whose cash part or refund opened it; empty on demand
    QString actor;
    QString terminal;
    QDateTime at; // UTC
};

// The cash drawer (금전함) hangs off the receipt printer and opens when the printer gets the
// ESC p pulse. An adapter sends the pulse (with a cash payment's or refund's receipt, or on
// its own) and, once the printer took it, records the opening here: every opening is a
// DrawerOpened event, so the shift's report counts them. On demand, a manager may open it;
// a clerk must say why.
class DrawerService
{
public:
    explicit DrawerService(UnitOfWork &work);

    // Whether the acting user may open the drawer on demand with this reason, and whether an
    // opening can be recorded (not a read-only database): asked before the pulse is sent.
    Status canOpenOnDemand(const QString &reason) const;
    // Whether an opening for a payment or refund could be recorded.
    Status canRecord() const;
    // Records an opening the printer took. Sale and Refund name their order (NotFound for an
    // unknown one); Manual checks canOpenOnDemand.
    Result<DrawerOpening> recordOpening(DrawerCause cause, const QString &printer,
                                        const QString &reason = {}, const QString &orderId = {});
    // The openings in this terminal's log (its own and those synced from others), newest
    // first, at most limit.
    Result<QList<DrawerOpening>> openings(int limit) const;

private:
    UnitOfWork &m_work;
};

} // namespace ShopDesk
