#include "shift.h"

namespace ShopDesk {

QString shiftIdFor(const QString &terminal, qint64 number)
{
    return QStringLiteral("%1-S%2").arg(terminal).arg(number, 4, 10, QLatin1Char('0'));
}

qint64 shiftNumberOf(const QString &shiftId, const QString &terminal)
{
    const QString prefix = terminal + QStringLiteral("-S");
    if (!shiftId.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 number = shiftId.mid(prefix.size()).toLongLong(&ok);
    return ok && number > 0 ? number : 0;
}

QJsonObject ShiftRecord::toJson() const
{
    QJsonObject json{
        {QStringLiteral("shiftId"), shiftId},
        {QStringLiteral("terminal"), terminal},
        {QStringLiteral("openedBy"), openedBy},
        {QStringLiteral("openedAt"), openedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("openingFloat"), openingFloat},
        {QStringLiteral("status"), closed ? QStringLiteral("closed") : QStringLiteral("open")}};
    if (closed) {
        json.insert(QStringLiteral("closedBy"), closedBy);
        json.insert(QStringLiteral("closedAt"), closedAt.toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("counted"), counted);
        json.insert(QStringLiteral("expected"), expected);
        json.insert(QStringLiteral("difference"), difference());
    }
    return json;
}

Result<ShiftRecord> ShiftRecord::opened(const DomainEvent &event, const Events::ShiftOpened &opened)
{
    if (event.type != EventType::ShiftOpened)
        return Error::invalidInput(
            QStringLiteral("event %1 does not open a shift").arg(event.eventId));
    if (shiftNumberOf(opened.shiftId, event.origin) == 0) {
        return Error::invalidInput(
            QStringLiteral("shift id %1 of event %2 is not one of terminal %3 (%4)")
                .arg(opened.shiftId, event.eventId, event.origin, shiftIdFor(event.origin, 1)));
    }
    ShiftRecord record;
    record.shiftId = opened.shiftId;
    record.terminal = event.origin;
    record.openedBy = event.actor;
    record.openedAt = event.occurredAt;
    record.openingFloat = opened.openingFloat;
    record.openedOriginSeq = event.originSeq;
    return record;
}

Status ShiftRecord::close(const DomainEvent &event, const Events::ShiftClosed &closedEvent)
{
    if (closedEvent.shiftId != shiftId || event.origin != terminal) {
        return Error::invalidInput(
            QStringLiteral("event %1 closes shift %2 of %3, not %4 of %5")
                .arg(event.eventId, closedEvent.shiftId, event.origin, shiftId, terminal));
    }
    if (closed) {
        return Error::invalidState(QStringLiteral("shift %1 was closed already (%2 by %3)")
                                       .arg(shiftId, closedAt.toString(Qt::ISODate), closedBy),
                                   {{QStringLiteral("shiftId"), shiftId}});
    }
    closed = true;
    closedBy = event.actor;
    closedAt = event.occurredAt;
    closedOriginSeq = event.originSeq;
    counted = closedEvent.counted;
    expected = closedEvent.expected;
    return {};
}

std::optional<QString> shiftIdOf(const EventPayload &payload)
{
    if (const auto *opened = std::get_if<Events::ShiftOpened>(&payload))
        return opened->shiftId;
    if (const auto *closed = std::get_if<Events::ShiftClosed>(&payload))
        return closed->shiftId;
    return std::nullopt;
}

Result<ShiftRecord> applyShiftEvent(const DomainEvent &event, const EventPayload &payload,
                                    const std::optional<ShiftRecord> &known)
{
    if (const auto *opened = std::get_if<Events::ShiftOpened>(&payload)) {
        if (known)
            return Error::invalidState(
                QStringLiteral("shift %1 was opened already").arg(opened->shiftId));
        return ShiftRecord::opened(event, *opened);
    }
    const auto *closed = std::get_if<Events::ShiftClosed>(&payload);
    if (!closed) {
        return Error::invalidInput(QStringLiteral("event %1 (%2) neither opens nor closes a shift")
                                       .arg(event.eventId, event.type));
    }
    if (!known) {
        return Error::notFound(QStringLiteral("event %1 closes shift %2, which was never opened")
                                   .arg(event.eventId, closed->shiftId),
                               {{QStringLiteral("shiftId"), closed->shiftId}});
    }
    ShiftRecord record = *known;
    SD_CHECK(record.close(event, *closed));
    return record;
}

bool ShiftRecord::holds(const DomainEvent &event) const
{
    return event.origin == terminal && event.originSeq > openedOriginSeq &&
           (!closed || event.originSeq < closedOriginSeq);
}

void ShiftFigures::apply(const ShiftRecord &shift, const EventPayload &payload)
{
    if (const auto *moved = std::get_if<Events::CashMoved>(&payload)) {
        if (moved->shiftId != shift.shiftId)
            return;
        if (moved->move == CashMove::PayIn) {
            payIns += moved->amount;
            ++payInCount;
        } else {
            payOuts += moved->amount;
            ++payOutCount;
        }
    } else if (const auto *opened = std::get_if<Events::DrawerOpened>(&payload)) {
        ++drawerOpenings;
        if (opened->cause == DrawerCause::Manual)
            ++manualOpenings;
    }
}

QList<Money> cashDenominations(const QString &currency)
{
    if (currency == QLatin1StringView("KRW"))
        return {50000, 10000, 5000, 1000, 500, 100, 50, 10};
    return {};
}

} // namespace ShopDesk
