#pragma once

#include "result.h"
#include "shift.h"

#include <QDate>

#include <optional>

namespace ShopDesk {

struct ShiftQuery
{
    QString terminal; // empty: every terminal's
    QDateTime from;   // when valid, shifts opened at or after
    QDateTime before; // when valid, shifts opened before
    int limit = 100;
};

// The shifts read model port: one row per shift, kept by ShiftOpened and ShiftClosed in the
// same transaction that logs them, rebuildable from the log.
class ShiftStore
{
public:
    virtual ~ShiftStore() = default;

    // Inside the open transaction: inserts a new shift's row, or replaces it when it exists.
    virtual Status saveShift(const ShiftRecord &shift) = 0;
    virtual Result<std::optional<ShiftRecord>> findShift(const QString &shiftId) = 0;
    // The terminal's open shift (at most one).
    virtual Result<std::optional<ShiftRecord>> openShift(const QString &terminal) = 0;
    // The terminal's shifts ever opened.
    virtual Result<qint64> shiftCount(const QString &terminal) = 0;
    // Newest first.
    virtual Result<QList<ShiftRecord>> shifts(const ShiftQuery &query) = 0;
    virtual Status rebuildShifts() = 0;
};

} // namespace ShopDesk
