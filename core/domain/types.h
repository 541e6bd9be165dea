#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ShopDesk {

// Money is an integer count of the currency's smallest unit (won for KRW).
using Money = qint64;

namespace Limits {
inline constexpr qint64 MaxQty = 1'000'000;          // per order line
inline constexpr Money MaxPrice = 1'000'000'000'000; // per unit
inline constexpr qint64 MaxStockDelta = 1'000'000'000;
// Any sum of money (an order's total, a payment, a refund): the largest a JSON number carries
// exactly, so that every figure survives the log and the wire.
inline constexpr Money MaxMoney = 9'000'000'000'000'000;
// On hand and reserved of one product, either way: far beyond any shop, and small enough that
// no sum of bounded deltas overflows on its way there.
inline constexpr qint64 MaxStockLevel = 1'000'000'000'000;
inline constexpr int MaxLines = 200;
inline constexpr int MaxPaymentParts = 50; // payments towards one order
inline constexpr int MaxIdLength = 64;
inline constexpr int MaxNameLength = 200;
inline constexpr int MaxPhoneLength = 40;
inline constexpr int MaxTextLength = 1000;
} // namespace Limits

enum class OrderStatus { Placed, Paid, Delivering, Delivered, Cancelled };
enum class PaymentMethod { Cash, Card };
enum class PaymentStatus { Approved, Refunded };
enum class DeliveryStatus { Started, Completed, Cancelled };

QString toText(OrderStatus status);
QString toText(PaymentMethod method);
QString toText(PaymentStatus status);
QString toText(DeliveryStatus status);

// Currencies the shop can keep its money in. Money is always an integer count of the
// currency's smallest unit; decimals says how many digits of it follow the decimal point.
struct Currency
{
    QString code; // ISO 4217
    QString symbol;
    int decimals = 0;

    // How many of the smallest unit make one whole (100 for cents, 1 for won).
    qint64 unit() const
    {
        qint64 unit = 1;
        for (int i = 0; i < decimals; ++i)
            unit *= 10;
        return unit;
    }

    static const QList<Currency> &supported();
    // The supported currency of that code, or nullopt.
    static std::optional<Currency> find(QStringView code);
    static Currency defaultCurrency(); // KRW
};

std::optional<OrderStatus> orderStatusFromString(QStringView text);
std::optional<PaymentMethod> paymentMethodFromString(QStringView text);
std::optional<PaymentStatus> paymentStatusFromString(QStringView text);
std::optional<DeliveryStatus> deliveryStatusFromString(QStringView text);

} // namespace ShopDesk
