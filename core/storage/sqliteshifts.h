#pragma once

#include "shiftstore.h"
#include "sqlitepart.h"

namespace ShopDesk {

// The shifts read model in SQLite (schema 14).
class SqliteShifts final : public ShiftStore, private SqlitePart
{
public:
    explicit SqliteShifts(SqliteConnection &connection);

    Status saveShift(const ShiftRecord &shift) override;
    Result<std::optional<ShiftRecord>> findShift(const QString &shiftId) override;
    Result<std::optional<ShiftRecord>> openShift(const QString &terminal) override;
    Result<qint64> shiftCount(const QString &terminal) override;
    Result<QList<ShiftRecord>> shifts(const ShiftQuery &query) override;
    Status rebuildShifts() override;

    // The shifts as the log tells them (for rebuildShifts and verify), by shift id.
    Result<QList<ShiftRecord>> foldLog();
};

} // namespace ShopDesk
