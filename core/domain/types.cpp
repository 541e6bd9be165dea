#include "types.h"

#include "result.h"

#include <array>
#include <utility>

namespace ShopDesk {

namespace {

template<typename E, std::size_t N> using NameTable = std::array<std::pair<E, const char16_t *>, N>;

constexpr NameTable<OrderStatus, 5> orderStatusNames{{{OrderStatus::Placed, u"placed"},
                                                      {OrderStatus::Paid, u"paid"},
                                                      {OrderStatus::Delivering, u"delivering"},
                                                      {OrderStatus::Delivered, u"delivered"},
                                                      {OrderStatus::Cancelled, u"cancelled"}}};
constexpr NameTable<PaymentMethod, 2> paymentMethodNames{
    {{PaymentMethod::Cash, u"cash"}, {PaymentMethod::Card, u"card"}}};
constexpr NameTable<PaymentStatus, 2> paymentStatusNames{
    {{PaymentStatus::Approved, u"approved"}, {PaymentStatus::Refunded, u"refunded"}}};
constexpr NameTable<DeliveryStatus, 3> deliveryStatusNames{
    {{DeliveryStatus::Started, u"started"},
     {DeliveryStatus::Completed, u"completed"},
     {DeliveryStatus::Cancelled, u"cancelled"}}};

template<typename E, std::size_t N> QString nameOf(const NameTable<E, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    Q_UNREACHABLE();
    return QString();
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const NameTable<E, N> &table, QStringView text)
{
    for (const auto &[v, name] : table) {
        if (text == QStringView(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toText(OrderStatus status)
{
    return nameOf(orderStatusNames, status);
}
QString toText(PaymentMethod method)
{
    return nameOf(paymentMethodNames, method);
}
QString toText(PaymentStatus status)
{
    return nameOf(paymentStatusNames, status);
}
QString toText(DeliveryStatus status)
{
    return nameOf(deliveryStatusNames, status);
}

std::optional<OrderStatus> orderStatusFromString(QStringView text)
{
    return valueOf(orderStatusNames, text);
}
std::optional<PaymentMethod> paymentMethodFromString(QStringView text)
{
    return valueOf(paymentMethodNames, text);
}
std::optional<PaymentStatus> paymentStatusFromString(QStringView text)
{
    return valueOf(paymentStatusNames, text);
}
std::optional<DeliveryStatus> deliveryStatusFromString(QStringView text)
{
    return valueOf(deliveryStatusNames, text);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::InsufficientStock:
        return QStringLiteral("insufficient_stock");
    case ErrorCode::InvalidState:
        return QStringLiteral("invalid_state");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    }
    Q_UNREACHABLE();
    return QString();
}

const QList<Currency> &Currency::supported()
{
    static const QList<Currency> all{
        {QStringLiteral("KRW"), QStringLiteral("₩"), 0},
        {QStringLiteral("USD"), QStringLiteral("$"), 2},
        {QStringLiteral("EUR"), QStringLiteral("€"), 2},
        {QStringLiteral("JPY"), QStringLiteral("¥"), 0},
        {QStringLiteral("GBP"), QStringLiteral("£"), 2},
        {QStringLiteral("CNY"), QStringLiteral("¥"), 2},
    };
    return all;
}

std::optional<Currency> Currency::find(QStringView code)
{
    for (const Currency &currency : supported()) {
        if (currency.code == code)
            return currency;
    }
    return std::nullopt;
}

Currency Currency::defaultCurrency()
{
    return supported().constFirst();
}

} // namespace ShopDesk
