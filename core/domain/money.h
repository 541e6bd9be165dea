#pragma once

#include "result.h"
#include "types.h"

#include <QJsonValue>
#include <QList>

#include <optional>

namespace ShopDesk {

// How a product is taxed: taxable (VAT included in its price, 과세) or exempt (면세).
enum class TaxKind { Taxable, Exempt };
QString toText(TaxKind kind);
std::optional<TaxKind> taxKindFromString(QStringView text);

namespace Tax {
// Korean VAT: 10 % included in the price. A shop may set another whole percent (0-100).
inline constexpr int DefaultVatRate = 10;
inline constexpr int MaxVatRate = 100;
// A clerk may discount an order by up to this share of its gross without a manager.
inline constexpr int DefaultClerkDiscountLimit = 10;

// The one rule (Korean practice, on the order, never per line): the supply value (공급가액) of
// a taxable total that includes VAT is round(total * 100 / (100 + rate)), rounded half up to
// the won, and the VAT (부가세) is the rest. 11,000 at 10 %: supply 10,000, VAT 1,000.
Money supplyValue(Money taxableTotal, int vatRate);
} // namespace Tax

// A discount on one line or on the whole order, with the clerk's reason: an amount of money
// (value in the currency's smallest unit) or a whole percentage (value 1-100). A zero value
// is no discount.
struct Discount
{
    enum class Kind { Amount, Percent };
    Kind kind = Kind::Amount;
    qint64 value = 0;
    QString reason;

    bool isNone() const { return value == 0; }
    bool operator==(const Discount &) const = default;

    // "500" (an amount) or "10%" (a percentage); InvalidInput naming `field` otherwise.
    static Result<Discount> parse(const QString &text, const QString &field);
    // The figure as parse() reads it: "500" or "10%".
    QString text() const;
    // What it takes off `base` before any pro-rating: the amount, or the percentage of base
    // rounded half up.
    Money of(Money base) const;
    // null for none, else {kind: "amount"|"percent", value, reason}.
    QJsonValue toJson() const;
};

QString toText(Discount::Kind kind);
std::optional<Discount::Kind> discountKindFromString(QStringView text);

struct OrderLine;

// What one line comes to, for its remaining quantity (qty - returned).
struct LineMoney
{
    Money gross = 0;         // remaining qty x price
    Money lineDiscount = 0;  // the line's own discount
    Money orderDiscount = 0; // its share of the order's discount
    Money net = 0;           // gross - both discounts

    bool operator==(const LineMoney &) const = default;
};

// The money of an order, computed by one rule from its lines, its discount and its VAT rate
// (orderMoney()); the receipt, the slip, the CLI, the reports and verify all show these.
struct OrderMoney
{
    QList<LineMoney> lines; // in the order's line order
    Money gross = 0;
    Money lineDiscounts = 0;
    Money orderDiscount = 0;
    Money total = 0;   // what the customer pays: gross - discounts
    Money taxable = 0; // the total of taxable lines, VAT included (과세 물품가액)
    Money supply = 0;  // 공급가액
    Money vat = 0;     // 부가세
    Money exempt = 0;  // the total of exempt lines (면세 물품가액)
    int vatRate = Tax::DefaultVatRate;

    Money discount() const { return lineDiscounts + orderDiscount; }
    bool operator==(const OrderMoney &) const = default;
    QJsonObject toJson() const;
};

// The rule, for the lines' remaining quantities:
// 1. each line: gross = remaining x price; its discount is a percentage of that gross, or its
//    amount pro-rated by remaining / qty (rounded half up), so a return takes its share back;
// 2. the order's discount applies to the sum of the lines after their discounts: a
//    percentage of it, or its amount pro-rated by that sum over the same sum for the whole
//    quantities;
// 3. the order's discount is shared among the lines in proportion to what each comes to after
//    its own discount (largest remainder, ties to the earlier line), so that taxable and
//    exempt lines carry their part;
// 4. taxable = the net of taxable lines, exempt = the net of exempt lines, supply and VAT by
//    Tax::supplyValue on the taxable total.
// InvalidInput when a discount exceeds what it discounts (never below zero), a percentage is
// outside 0-100, or a sum would exceed Limits::MaxMoney.
Result<OrderMoney> orderMoney(const QList<OrderLine> &lines, const Discount &orderDiscount,
                              int vatRate);

// Whether a clerk may give these discounts alone: their total is at most limitPercent of the
// gross (whole quantities).
bool withinDiscountLimit(const OrderMoney &money, int limitPercent);

// a x b / c rounded half up, for non-negative figures whose product may exceed 64 bits.
qint64 mulDivRound(qint64 a, qint64 b, qint64 c);

} // namespace ShopDesk
