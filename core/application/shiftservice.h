#pragma once

#include "eventlog.h"
#include "result.h"
#include "shift.h"
#include "shiftstore.h"

#include <optional>

namespace ShopDesk {

class ShopStore;
class UnitOfWork;

// A shift's report: the X report while it is open (changes nothing), the Z report once it is
// closed (its figures fixed, counted and difference as recorded).
struct ShiftReport
{
    ShiftRecord shift;
    ShiftFigures figures;
    QList<CashCount> counts; // the closing's counts, when counted note by note

    bool isFinal() const { return shift.closed; }
    QJsonObject toJson() const;
};

// The shift's figures from its terminal's events while it was open: payments, refunds and
// sales by the one rule (salesOf), pay-ins, pay-outs and drawer openings.
Result<ShiftFigures> shiftFigures(EventLog &log, const ShiftRecord &shift);

// Whether the terminal of this store may take cash now: always, unless the shop says cash
// needs an open shift (ShopDetails::cashNeedsShift) and the terminal has none (InvalidState).
Status cashAllowed(ShopStore &store);

// Shifts (근무) and the cash in the drawer: a terminal opens a shift with its float, moves cash
// in or out with a reason, and closes it with a count. Payments, refunds and drawer openings
// of the terminal while it is open belong to it. Shifts are optional: a shop that never opens
// one works as before, unless ShopDetails::cashNeedsShift says cash needs one.
class ShiftService
{
public:
    explicit ShiftService(UnitOfWork &work);

    // This terminal's open shift, if any.
    Result<std::optional<ShiftRecord>> currentShift() const;
    // Opens a shift on this terminal; InvalidState while one is open.
    Result<ShiftRecord> open(Money openingFloat);
    // Puts cash into the drawer or takes it out, with a reason; a pay-out no larger than the
    // drawer should hold. InvalidState without an open shift.
    Result<ShiftReport> moveCash(CashMove move, Money amount, const QString &reason);
    // Closes this terminal's open shift with the cash counted: counts note by note (their sum
    // is the count) or, with counts empty, the total. A clerk closes only a shift they opened;
    // a manager closes any. Returns the Z report.
    Result<ShiftReport> close(Money counted, const QList<CashCount> &counts = {});
    // The report of a shift: the open one's X report when shiftId is empty, else the named
    // one's (X while open, Z once closed). Changes nothing.
    Result<ShiftReport> report(const QString &shiftId = {}) const;
    Result<QList<ShiftRecord>> shifts(const ShiftQuery &query) const;
    // Whether this terminal may take cash now: always, unless the shop says cash needs an
    // open shift and none is open (InvalidState saying so).
    Status canTakeCash() const;

private:
    Result<ShiftRecord> requireOpen() const;

    UnitOfWork &m_work;
};

} // namespace ShopDesk
