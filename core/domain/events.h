#pragma once

#include "customer.h"
#include "domainevent.h"
#include "order.h"
#include "payment.h"
#include "product.h"
#include "result.h"
#include "types.h"
#include "user.h"

#include <optional>
#include <variant>

namespace ShopDesk {

// Why the cash drawer opened.
enum class DrawerCause {
    Sale,   // a cash part of a payment
    Refund, // a refund paid out in cash
    Manual, // on demand: a manager, or a clerk giving a reason
};
QString toText(DrawerCause cause);
std::optional<DrawerCause> drawerCauseFromString(QStringView text);

// Cash put into the drawer during a shift (change brought from the bank) or taken out of it
// (a supplier paid, a deposit).
enum class CashMove { PayIn, PayOut };
QString toText(CashMove move);
std::optional<CashMove> cashMoveFromString(QStringView text);

// Notes or coins of one denomination counted in the drawer.
struct CashCount
{
    Money denomination = 0;
    qint64 count = 0;
    bool operator==(const CashCount &) const = default;
};

namespace Cash {
inline constexpr qint64 MaxCount = 1'000'000; // of one denomination
inline constexpr int MaxDenominations = 30;
} // namespace Cash

// The sum of the counts (each bounded by cashCountsFromJson, or by the caller).
Money countedTotal(const QList<CashCount> &counts);
QJsonArray toJson(const QList<CashCount> &counts);
// [{denomination, count}]: whole denominations 1..1e12, counts 0..Cash::MaxCount, no
// denomination twice, the sum at most Limits::MaxMoney; InvalidInput otherwise.
Result<QList<CashCount>> cashCountsFromJson(const QJsonValue &value);

// The typed payload of every event. Each type names its EventType and knows its fields; the
// log and the sync keep the payload as a JSON object, written by encodePayload() and read
// back by decodePayload(), and nothing outside core/domain reads a payload by field name.
//
// Payload versions: a payload carries "v" only from version 2 on (a payload without it is
// version 1, as every payload written so far). When a field is added, the type's version
// goes up, the new field is written always and read as optional from payloads of earlier
// versions, so an old log still decodes. A payload of a newer version than this build knows
// decodes as long as the fields this build needs are there (a newer terminal's extra fields
// are kept in the log and ignored here).
namespace Events {

// Version 2 adds each line's tax and discount, the order's terms (discount, VAT rate, the
// manager who approved the discounts) and its money (orderMoney(): gross, discounts, total,
// taxable, supply, VAT, exempt), frozen as placed. A version 1 order is read as every line
// taxable at Tax::DefaultVatRate without discounts (prices always included VAT).
struct OrderPlaced
{
    static constexpr QLatin1StringView type = EventType::OrderPlaced;
    Customer customer;
    QList<OrderLine> lines; // at least one
    Money total = 0;
    OrderTerms terms{};
    OrderMoney money{}; // read back by decode; encode computes it from lines and terms
};

struct OrderCancelled
{
    static constexpr QLatin1StringView type = EventType::OrderCancelled;
    QString reason;
    OrderStatus previousStatus = OrderStatus::Placed;
};

// Version 2: one part of the order's payment (part, 1 for the first), whether it settles
// the order (the parts then cover its total), the card's details and the cash receipt. A
// version 1 payment is part 1 and settles its order.
struct PaymentApproved
{
    static constexpr QLatin1StringView type = EventType::PaymentApproved;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount = 0;
    Money tendered = 0;
    QString approvalCode; // card only
    int part = 1;
    bool settles = true;
    CardDetails card{}; // card only; card.approval is approvalCode
    std::optional<CashReceipt> cashReceipt{};
};

// Version 2: the parts the refund comes from, what the order's payments hold after it and the
// return it refunds. A version 1 refund is the whole of part 1, leaving nothing.
struct PaymentRefunded
{
    struct Part
    {
        int part = 1;
        PaymentMethod method = PaymentMethod::Cash;
        Money amount = 0;
        bool operator==(const Part &) const = default;
    };
    static constexpr QLatin1StringView type = EventType::PaymentRefunded;
    PaymentMethod method = PaymentMethod::Cash; // of the first part
    Money amount = 0;                           // the parts' sum
    QString reason;
    QList<Part> parts{}; // none: the whole amount from part 1, as version 1
    Money paidAfter = 0;
    int returnNo = 0; // the order's return it refunds; 0 for a cancellation
};

// Units of some lines returned (Order::returnLines): returnNo counts the order's returns from
// 1; stock says what happened to the units; refund is what was paid beyond the new total;
// settles: a placed order is now covered by its payments; cancels: nothing is left.
struct OrderLinesReturned
{
    struct Line
    {
        QString productId;
        qint64 qty = 0;
        bool operator==(const Line &) const = default;
    };
    static constexpr QLatin1StringView type = EventType::OrderLinesReturned;
    int returnNo = 1;
    QList<Line> lines;
    ReturnStock stock = ReturnStock::Release;
    QString reason;
    Money refund = 0;
    Money total = 0; // the order's total after the return
    bool settles = false;
    bool cancels = false;
};

// A print of the customer's receipt: of the sale (returnNo 0) or of a return's refund.
struct ReceiptPrinted
{
    static constexpr QLatin1StringView type = EventType::ReceiptPrinted;
    int returnNo = 0;
    int copy = 1; // 1 for the first print of that receipt
    QString page;
    QString language;
};

struct DrawerOpened
{
    static constexpr QLatin1StringView type = EventType::DrawerOpened;
    DrawerCause cause = DrawerCause::Manual;
    QString reason{};  // why, on demand (a manager may give none)
    QString printer{}; // the printer the drawer hangs off, as its address
};

struct ShiftOpened
{
    static constexpr QLatin1StringView type = EventType::ShiftOpened;
    QString shiftId;
    Money openingFloat = 0; // the cash in the drawer to start with
};

struct CashMoved
{
    static constexpr QLatin1StringView type = EventType::CashMoved;
    QString shiftId;
    CashMove move = CashMove::PayIn;
    Money amount = 0; // more than 0
    QString reason;
};

// The count that closes a shift: counted (the sum of counts when the notes and coins were
// counted one by one), expected from the shift's events, and the difference counted -
// expected.
struct ShiftClosed
{
    static constexpr QLatin1StringView type = EventType::ShiftClosed;
    QString shiftId;
    Money counted = 0;
    Money expected = 0;
    QList<CashCount> counts{}; // empty when a total was counted
    Money difference() const { return counted - expected; }
};

struct DeliveryStarted
{
    static constexpr QLatin1StringView type = EventType::DeliveryStarted;
    QString deliveryId;
};

struct DeliveryCompleted
{
    static constexpr QLatin1StringView type = EventType::DeliveryCompleted;
    QString deliveryId;
};

struct DeliveryCancelled
{
    static constexpr QLatin1StringView type = EventType::DeliveryCancelled;
    QString deliveryId;
    QString reason;
};

struct SlipPrinted
{
    static constexpr QLatin1StringView type = EventType::SlipPrinted;
    QString deliveryId;
    int copy = 1; // 1 for the first print of the order's slip
    QString page;
    QString language;
};

// Version 2 adds the product's tax (a version 1 product is taxable).
struct ProductRegistered
{
    static constexpr QLatin1StringView type = EventType::ProductRegistered;
    Product product;
};

// The fields of an edit that changed, with their new values and their previous ones.
struct ProductChanged
{
    static constexpr QLatin1StringView type = EventType::ProductChanged;
    QString productId;
    ProductEdit changed;
    ProductEdit previous;
};

// The four moves of an order's stock; what each does to on hand and reserved is in
// stockEffectRules().
template<const QLatin1StringView &Type> struct OrderStockMove
{
    static constexpr QLatin1StringView type = Type;
    QString productId;
    qint64 qty = 0;
};
using StockReserved = OrderStockMove<EventType::StockReserved>;
using StockReleased = OrderStockMove<EventType::StockReleased>;
using StockDecreased = OrderStockMove<EventType::StockDecreased>;
using StockIncreased = OrderStockMove<EventType::StockIncreased>;

// A manager's receipt, loss or stock-take: always a delta to on hand (a count records the
// counted and expected figures beside it).
struct StockAdjusted
{
    static constexpr QLatin1StringView type = EventType::StockAdjusted;
    enum class Kind { Receive, Loss, Count };
    QString productId;
    qint64 delta = 0;
    Kind kind = Kind::Receive;
    QString reason;
    std::optional<qint64> counted;  // Count only
    std::optional<qint64> expected; // Count only
};

template<const QLatin1StringView &Type> struct UserFact
{
    static constexpr QLatin1StringView type = Type;
    QString name;
    Role role = Role::Clerk; // the new role for UserRoleChanged
};
using UserCreated = UserFact<EventType::UserCreated>;
using UserPinChanged = UserFact<EventType::UserPinChanged>;
using UserRoleChanged = UserFact<EventType::UserRoleChanged>;

template<const QLatin1StringView &Type, bool Disabled> struct UserAccess
{
    static constexpr QLatin1StringView type = Type;
    static constexpr bool disabled = Disabled;
    QString name;
};
using UserDisabled = UserAccess<EventType::UserDisabled, true>;
using UserEnabled = UserAccess<EventType::UserEnabled, false>;

struct UserLockedOut
{
    static constexpr QLatin1StringView type = EventType::UserLockedOut;
    QString name;
    int failedLogins = 0;  // the wrong PINs in a row that earned it
    QDateTime lockedUntil; // UTC
};

struct UserUnlocked
{
    static constexpr QLatin1StringView type = EventType::UserUnlocked;
    QString name;
};

// A customer of the book, as registered: validated by CustomerRecord::validated wherever it is
// applied (the times are the event's).
struct CustomerRegistered
{
    static constexpr QLatin1StringView type = EventType::CustomerRegistered;
    CustomerRecord customer;
};

// The fields of an edit that changed, with their new values and their previous ones.
struct CustomerChanged
{
    static constexpr QLatin1StringView type = EventType::CustomerChanged;
    QString customerId;
    CustomerEdit changed;
    CustomerEdit previous;
};

// A manager erased the customer's personal data; the payload holds the id alone.
struct CustomerErased
{
    static constexpr QLatin1StringView type = EventType::CustomerErased;
    QString customerId;
};

} // namespace Events

using EventPayload = std::variant<
    Events::OrderPlaced, Events::OrderCancelled, Events::PaymentApproved, Events::PaymentRefunded,
    Events::DeliveryStarted, Events::DeliveryCompleted, Events::DeliveryCancelled,
    Events::SlipPrinted, Events::OrderLinesReturned, Events::ReceiptPrinted, Events::DrawerOpened,
    Events::ShiftOpened, Events::CashMoved, Events::ShiftClosed, Events::ProductRegistered,
    Events::ProductChanged, Events::StockReserved, Events::StockReleased, Events::StockDecreased,
    Events::StockIncreased, Events::StockAdjusted, Events::UserCreated, Events::UserPinChanged,
    Events::UserRoleChanged, Events::UserDisabled, Events::UserEnabled, Events::UserLockedOut,
    Events::UserUnlocked, Events::CustomerRegistered, Events::CustomerChanged,
    Events::CustomerErased>;

QLatin1StringView eventTypeOf(const EventPayload &payload);
QJsonObject encodePayload(const EventPayload &payload);
// The payload of an event of this type. InvalidInput for a type this build does not know, or
// a payload missing a field it needs or holding one of the wrong kind; never default values.
Result<EventPayload> decodePayload(const QString &type, const QJsonObject &payload);
// The same for a whole event; the error names the event.
Result<EventPayload> decodePayload(const DomainEvent &event);

// The payload of the event as T; InvalidInput when the event is of another type.
template<typename T> Result<T> decodeAs(const DomainEvent &event)
{
    if (event.type != T::type) {
        return Error::invalidInput(QStringLiteral("event %1 is %2, not %3")
                                       .arg(event.eventId, event.type, QString(T::type)));
    }
    SD_TRY(EventPayload payload, decodePayload(event));
    return std::get<T>(std::move(payload));
}

// An event ready for the log: type and payload from the typed payload, the envelope's ids
// given; identity, origin, actor and time are stamped by the application layer.
DomainEvent makeEvent(const EventPayload &payload, const QString &orderId,
                      const QString &productId = {});

// What an event does to a product's stock (on hand and reserved), the one place that says
// it: StockItem applies it, and the sync, the hub and `verify` add it up.
struct StockDelta
{
    qint64 onHand = 0;
    qint64 reserved = 0;

    bool operator==(const StockDelta &) const = default;
};

// current + delta, when both figures stay within +-Limits::MaxStockLevel; InvalidInput naming
// the product otherwise. Every sum of stock (StockItem, the sync, the hub, verify) goes through
// it, so that no total overflows and no replica holds a figure another cannot.
Result<StockDelta> addStock(const StockDelta &current, const StockDelta &delta,
                            const QString &productId);

// For each stock event type: the payload field that holds the amount and how it moves on
// hand and reserved (sign -1, 0 or +1); stockEffect() reads its signs from here.
struct StockEffectRule
{
    QLatin1StringView type;
    QLatin1StringView amountField;
    int onHandSign = 0;
    int reservedSign = 0;
};
const QList<StockEffectRule> &stockEffectRules();

// The product and the delta of a stock event; nullopt for an event that moves no stock.
struct StockEffect
{
    QString productId;
    StockDelta delta;
};
std::optional<StockEffect> stockEffect(const EventPayload &payload);

// One return of some of an order's lines (OrderLinesReturned), with the refund it made.
struct OrderReturn
{
    int returnNo = 1;
    QList<Events::OrderLinesReturned::Line> lines;
    ReturnStock stock = ReturnStock::Release;
    QString reason;
    Money refund = 0;
    QList<Events::PaymentRefunded::Part> refundParts; // where the refund went
    Money totalAfter = 0;
    QDateTime at;
    QString actor;

    QJsonObject toJson() const;
};

// The order's returns with the refunds they made, from its events in log order (others are
// skipped); InvalidInput for a payload that does not decode.
Result<QList<OrderReturn>> orderReturns(const QList<DomainEvent> &events);

// The status an order takes when this event of it happens; nullopt when its status stays.
std::optional<OrderStatus> orderStatusAfter(const EventPayload &payload);

} // namespace ShopDesk
