#include "sqliteshifts.h"

#include "sqlitehelpers.h"

#include <map>

namespace ShopDesk {

namespace {

const QString shiftColumns = QStringLiteral(
    "shift_id, terminal, opened_by, opened_at, opening_float, opened_origin_seq, closed_by, "
    "closed_at, closed_origin_seq, counted, expected");

ShiftRecord readShift(const QSqlQuery &q)
{
    ShiftRecord shift;
    shift.shiftId = q.value(0).toString();
    shift.terminal = q.value(1).toString();
    shift.openedBy = q.value(2).toString();
    shift.openedAt = timeAt(q.value(3));
    shift.openingFloat = q.value(4).toLongLong();
    shift.openedOriginSeq = q.value(5).toLongLong();
    shift.closed = !q.value(7).isNull();
    if (shift.closed) {
        shift.closedBy = q.value(6).toString();
        shift.closedAt = timeAt(q.value(7));
        shift.closedOriginSeq = q.value(8).toLongLong();
        shift.counted = q.value(9).toLongLong();
        shift.expected = q.value(10).toLongLong();
    }
    return shift;
}

} // namespace

SqliteShifts::SqliteShifts(SqliteConnection &connection)
    : SqlitePart(connection)
{}

Status SqliteShifts::saveShift(const ShiftRecord &s)
{
    const auto closed = [&](NativeArg value) { return s.closed ? value : NativeArg(nullptr); };
    const Result<int> written =
        write("INSERT OR REPLACE INTO shifts (shift_id, terminal, opened_by, opened_at, "
              "opening_float, opened_origin_seq, closed_by, closed_at, closed_origin_seq, counted, "
              "expected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {s.shiftId, s.terminal, NativeArg::text(s.openedBy), NativeArg::time(s.openedAt),
               s.openingFloat, s.openedOriginSeq, closed(NativeArg::text(s.closedBy)),
               closed(NativeArg::time(s.closedAt)), closed(s.closedOriginSeq), closed(s.counted),
               closed(s.expected)});
    if (!written) {
        if (written.error().message.contains(QLatin1StringView("UNIQUE")))
            return Error::invalidState(
                QStringLiteral("terminal %1 has a shift open already; %2 cannot open beside it")
                    .arg(s.terminal, s.shiftId),
                {{QStringLiteral("shiftId"), s.shiftId}});
        return written.error();
    }
    return {};
}

Result<std::optional<ShiftRecord>> SqliteShifts::findShift(const QString &shiftId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM shifts WHERE shift_id = ?").arg(shiftColumns),
               {shiftId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<ShiftRecord>();
    return std::optional<ShiftRecord>(readShift(*q));
}

Result<std::optional<ShiftRecord>> SqliteShifts::openShift(const QString &terminal)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM shifts WHERE terminal = ? AND closed_at IS NULL")
                   .arg(shiftColumns),
               {terminal}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<ShiftRecord>();
    return std::optional<ShiftRecord>(readShift(*q));
}

Result<qint64> SqliteShifts::shiftCount(const QString &terminal)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT count(*) FROM shifts WHERE terminal = ?"), {terminal}));
    QueryFinisher finish{q};
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<ShiftRecord>> SqliteShifts::shifts(const ShiftQuery &query)
{
    QString sql = QStringLiteral("SELECT %1 FROM shifts WHERE 1").arg(shiftColumns);
    QVariantList values;
    if (!query.terminal.isEmpty()) {
        sql += QStringLiteral(" AND terminal = ?");
        values << query.terminal;
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND opened_at >= ?");
        values << query.from.toMSecsSinceEpoch();
    }
    if (query.before.isValid()) {
        sql += QStringLiteral(" AND opened_at < ?");
        values << query.before.toMSecsSinceEpoch();
    }
    sql += QStringLiteral(" ORDER BY opened_at DESC, shift_id DESC LIMIT ?");
    values << query.limit;
    QList<ShiftRecord> shifts;
    SD_CHECK(visitRows(sql, values, [&](const QSqlQuery &q) { shifts.append(readShift(q)); }));
    return shifts;
}

Result<QList<ShiftRecord>> SqliteShifts::foldLog()
{
    std::map<QString, ShiftRecord> shifts;
    SD_CHECK(visitLoggedEvents(
        {EventType::ShiftOpened, EventType::ShiftClosed},
        [&](const DomainEvent &event, const EventPayload &payload) -> Status {
            const std::optional<QString> shiftId = shiftIdOf(payload);
            if (!shiftId)
                return {};
            const auto it = shifts.find(*shiftId);
            SD_TRY(shifts[*shiftId],
                   applyShiftEvent(event, payload,
                                   it == shifts.end() ? std::nullopt
                                                      : std::optional<ShiftRecord>(it->second)));
            return {};
        }));
    QList<ShiftRecord> list;
    for (const auto &[id, shift] : shifts)
        list.append(shift);
    return list;
}

Status SqliteShifts::rebuildShifts()
{
    return inTransaction([&]() -> Status {
        SD_TRY(const QList<ShiftRecord> shifts, foldLog());
        SD_CHECK(exec(QStringLiteral("DELETE FROM shifts")));
        for (const ShiftRecord &shift : shifts)
            SD_CHECK(saveShift(shift));
        return {};
    });
}

} // namespace ShopDesk
