#pragma once

#include "events.h"
#include "sales.h"

#include <QDateTime>

#include <optional>

namespace ShopDesk {

// One shift of one terminal, as its ShiftOpened and ShiftClosed events tell it: the row of
// the shifts read model.
struct ShiftRecord
{
    QString shiftId;
    QString terminal; // the terminal it belongs to (its events' origin)
    QString openedBy;
    QDateTime openedAt; // UTC
    Money openingFloat = 0;
    qint64 openedOriginSeq = 0; // the terminal's own sequence of ShiftOpened
    bool closed = false;
    QString closedBy;
    QDateTime closedAt;
    qint64 closedOriginSeq = 0;
    Money counted = 0;
    Money expected = 0;

    Money difference() const { return counted - expected; }
    bool operator==(const ShiftRecord &) const = default;
    QJsonObject toJson() const;

    // The record a ShiftOpened event starts; InvalidInput for another event.
    static Result<ShiftRecord> opened(const DomainEvent &event, const Events::ShiftOpened &opened);
    // Applies the ShiftClosed event of this shift; InvalidInput for another shift's or one
    // from another terminal, InvalidState when it is closed already.
    Status close(const DomainEvent &event, const Events::ShiftClosed &closed);
    // Whether an event of this terminal happened while the shift was open.
    bool holds(const DomainEvent &event) const;
};

// The shift a ShiftOpened or ShiftClosed event names; nullopt for every other event.
std::optional<QString> shiftIdOf(const EventPayload &payload);
// The shift's record after such an event, from `known`, its record so far (none before it was
// opened): InvalidState for a shift opened twice, NotFound for one closed but never opened,
// and ShiftRecord::opened's and close()'s refusals. The projection and the rebuild from the
// log both apply shift events through this.
Result<ShiftRecord> applyShiftEvent(const DomainEvent &event, const EventPayload &payload,
                                    const std::optional<ShiftRecord> &known);

// The shift id a terminal's n-th shift gets: "T1-S0001".
QString shiftIdFor(const QString &terminal, qint64 number);
// The number in a shift id of this terminal; 0 when it is not one.
qint64 shiftNumberOf(const QString &shiftId, const QString &terminal);

// A shift's figures (the X report while it is open, the Z report once closed): its float, its
// sales by the one rule (SalesFigures), the cash moved in and out and the drawer's openings.
struct ShiftFigures
{
    Money openingFloat = 0;
    SalesFigures sales;
    Money payIns = 0;
    Money payOuts = 0;
    int payInCount = 0;
    int payOutCount = 0;
    int drawerOpenings = 0;
    int manualOpenings = 0; // of those, on demand

    // What the drawer should hold: the float, cash taken, cash refunded, pay-ins, pay-outs.
    Money expectedCash() const
    {
        return openingFloat + sales.paidCash - sales.refundedCash + payIns - payOuts;
    }
    bool operator==(const ShiftFigures &) const = default;

    // Adds what one of the shift's own events (not an order's: those come as SalesFigures)
    // changes: pay-ins, pay-outs, drawer openings.
    void apply(const ShiftRecord &shift, const EventPayload &payload);
};

// The notes and coins of a currency a closing counts one by one (largest first): KRW's
// 50,000 to 10 won; empty for a currency counted as a total.
QList<Money> cashDenominations(const QString &currency);

} // namespace ShopDesk
