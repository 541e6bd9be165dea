#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace ShopDesk {

// Event type names, as ARCHITECTURE.md spells them; they are stored and sent as is.
namespace EventType {
inline constexpr QLatin1StringView OrderPlaced{"OrderPlaced"};
inline constexpr QLatin1StringView OrderCancelled{"OrderCancelled"};
inline constexpr QLatin1StringView PaymentApproved{"PaymentApproved"};
inline constexpr QLatin1StringView PaymentRefunded{"PaymentRefunded"};
inline constexpr QLatin1StringView DeliveryStarted{"DeliveryStarted"};
inline constexpr QLatin1StringView DeliveryCompleted{"DeliveryCompleted"};
inline constexpr QLatin1StringView DeliveryCancelled{"DeliveryCancelled"};
// A delivery slip was printed (or written as a PDF); the order list does not change.
inline constexpr QLatin1StringView SlipPrinted{"SlipPrinted"};
// Units of some lines were returned, or cancelled before delivery (Order::returnLines): their
// stock, the refund and the order's total after.
inline constexpr QLatin1StringView OrderLinesReturned{"OrderLinesReturned"};
// The customer's receipt (영수증) of a sale or of a return's refund was printed or written.
inline constexpr QLatin1StringView ReceiptPrinted{"ReceiptPrinted"};
// The cash drawer was opened through its printer: for a cash payment or refund (the order's
// id correlates it), or on demand with a reason. Counted in the shift's report.
inline constexpr QLatin1StringView DrawerOpened{"DrawerOpened"};
// A shift (근무) of one terminal: opened with the float in the drawer, cash paid into or out of
// the drawer with a reason, closed with the counted cash against the expected. A terminal's
// payments, refunds and drawer openings between its ShiftOpened and ShiftClosed (by its own
// sequence) belong to that shift.
inline constexpr QLatin1StringView ShiftOpened{"ShiftOpened"};
inline constexpr QLatin1StringView CashMoved{"CashMoved"};
inline constexpr QLatin1StringView ShiftClosed{"ShiftClosed"};
inline constexpr QLatin1StringView ProductRegistered{"ProductRegistered"};
// A product's name, price, barcode or low-stock threshold changed: the payload holds the
// changed fields with their new values and `previous` with the old ones (Product::change).
inline constexpr QLatin1StringView ProductChanged{"ProductChanged"};
inline constexpr QLatin1StringView StockReserved{"StockReserved"};
inline constexpr QLatin1StringView StockReleased{"StockReleased"};
inline constexpr QLatin1StringView StockDecreased{"StockDecreased"};
inline constexpr QLatin1StringView StockIncreased{"StockIncreased"};
inline constexpr QLatin1StringView StockAdjusted{"StockAdjusted"};
// Users of this terminal: the payload has the name and role only (UserDisabled and
// UserEnabled: the name and the disabled flag), never the PIN or its key.
inline constexpr QLatin1StringView UserCreated{"UserCreated"};
inline constexpr QLatin1StringView UserPinChanged{"UserPinChanged"};
inline constexpr QLatin1StringView UserRoleChanged{"UserRoleChanged"}; // role: the new one
inline constexpr QLatin1StringView UserDisabled{"UserDisabled"};
inline constexpr QLatin1StringView UserEnabled{"UserEnabled"};
// Wrong PINs in a row locked the user out (name, failedLogins, lockedUntil); a manager lifted
// a lockout and cleared the failures (name). Never the PIN that was tried.
inline constexpr QLatin1StringView UserLockedOut{"UserLockedOut"};
inline constexpr QLatin1StringView UserUnlocked{"UserUnlocked"};
// The customer book (고객): a customer registered (by a clerk, or with the first order placed
// with a phone the book does not know), changed (the fields that changed, with `previous`, as
// ProductChanged; an order to a new address adds it), and erased by a manager (the name,
// phones, addresses and note replaced in the book and in the order list).
inline constexpr QLatin1StringView CustomerRegistered{"CustomerRegistered"};
inline constexpr QLatin1StringView CustomerChanged{"CustomerChanged"};
inline constexpr QLatin1StringView CustomerErased{"CustomerErased"};

// Every event type this build knows, in the order above.
const QList<QLatin1StringView> &all();
} // namespace EventType

// One fact in the event log. Aggregates fill type, orderId, productId and payload; the
// application layer stamps identity, origin, actor and time; the store assigns seq.
struct DomainEvent
{
    qint64 seq = 0;       // position in this database's log
    QString eventId;      // UUID, unique across terminals
    QString type;         // one of EventType
    QString orderId;      // correlation key; empty for product-only events
    QString productId;    // for product and stock events
    QString origin;       // terminal that produced it
    qint64 originSeq = 0; // the origin's local sequence
    QString actor;        // user who caused it
    QString causationId;  // event whose policy produced this one; empty for commands
    QDateTime occurredAt; // UTC
    QJsonObject payload;

    static DomainEvent make(QLatin1StringView type, const QString &orderId,
                            const QString &productId, const QJsonObject &payload);
    QJsonObject toJson() const;
};

// Aggregates record the events their decisions raise; the service takes and stores them.
class EventRecorder
{
public:
    QList<DomainEvent> takeEvents() { return std::exchange(m_events, {}); }
    const QList<DomainEvent> &recordedEvents() const { return m_events; }

protected:
    void record(DomainEvent event) { m_events.append(std::move(event)); }

private:
    QList<DomainEvent> m_events;
};

} // namespace ShopDesk
