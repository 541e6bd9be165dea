#pragma once

#include "events.h"
#include "order.h"

#include <QMap>

#include <map>
#include <tuple>

#include <optional>

namespace ShopDesk {

// What a product sold: units and their net (after both discounts, VAT included).
struct ProductSales
{
    qint64 qty = 0;
    Money net = 0;

    bool isZero() const { return qty == 0 && net == 0; }
    bool operator==(const ProductSales &) const = default;
};

// The shop's sales figures (the Reporting context): what reports, the shift's X and Z reports
// and `verify` add up. A sale counts when its order is settled (paid in full, 결제 완료), at
// that moment and for what the order then holds; a return or cancellation of a settled order
// takes back what it removes, at its own moment. Payments and refunds count by method when
// they happen, settled or not (they are the drawer's and the card terminal's money).
struct SalesFigures
{
    qint64 orders = 0;        // orders settled
    Money gross = 0;          // their lines at list price
    Money discounts = 0;      // their line and order discounts
    Money net = 0;            // what they came to (gross - discounts)
    Money vat = 0;            // the VAT in that
    qint64 returns = 0;       // returns of settled orders
    Money returned = 0;       // the net they took back
    qint64 cancellations = 0; // orders cancelled, settled or not
    Money cancelled = 0;      // the net of settled orders taken back by cancelling them
    Money refunds = 0;        // money paid back, whatever the reason
    Money paidCash = 0;
    Money paidCard = 0;
    Money refundedCash = 0;
    Money refundedCard = 0;
    QMap<QString, ProductSales> products; // by product id; net units and net money

    // Sales after returns and cancellations.
    Money netSales() const { return net - returned - cancelled; }
    Money paid(PaymentMethod method) const;
    Money refunded(PaymentMethod method) const;
    bool isZero() const;
    void add(const SalesFigures &other);
    bool operator==(const SalesFigures &) const = default;

    // The named whole-number measures (all but products), as report tables keep them: name,
    // field. Names are stable; storage keys rows by them.
    struct Measure
    {
        QLatin1StringView name;
        qint64 SalesFigures::*field;
    };
    static const QList<Measure> &measures();
    // The measure's field, nullptr for a name this build does not know.
    static qint64 SalesFigures::*measure(QStringView name);
};

// Folds one order's events in log order and says what each adds to the sales figures. Events
// of other orders, and those that change no figure, add nothing.
class OrderSalesFold
{
public:
    // Applies the event; returns what it adds (zero figures for most events). InvalidInput for
    // a payload that does not decode or an event before the order's OrderPlaced.
    Result<SalesFigures> apply(const DomainEvent &event, const EventPayload &payload);
    Result<SalesFigures> apply(const DomainEvent &event);
    const std::optional<Order> &order() const { return m_order; }

private:
    std::optional<Order> m_order;
};

// Whether an event of this type can change sales figures (the others are skipped unread).
bool movesSales(QStringView eventType);
// Whether an event of an order adds to the sales figures where it happened (the report tables,
// its shift): movesSales but the placing, which only starts the fold.
bool addsSales(const DomainEvent &event);
// Whether the figures an event adds depend on its order's earlier events (payments and
// refunds do not).
bool salesNeedHistory(QStringView eventType);

// The day and hour of the shop's local time an event counts in.
struct SalesBucket
{
    QDate day;
    int hour = 0;

    static SalesBucket of(const QDateTime &at); // in the machine's time zone
    bool operator==(const SalesBucket &) const = default;
};

// Sales figures as the report tables keep them: the measures per day, hour and terminal, and
// each product's sales per day and terminal. Rebuilding and verifying the tables fold the log
// into one of these.
struct SalesTally
{
    using HourKey = std::tuple<qint64, int, QString>;        // julian day, hour, terminal
    using ProductKey = std::tuple<qint64, QString, QString>; // julian day, terminal, product
    std::map<HourKey, SalesFigures> hours;                   // without products
    std::map<ProductKey, ProductSales> products;

    void add(const SalesBucket &bucket, const QString &terminal, const SalesFigures &figures);
    // Drops the rows whose figures all came to zero (a sale and its return in one hour).
    void dropZeros();
    bool operator==(const SalesTally &) const = default;
};

} // namespace ShopDesk
