#include "slipprint.h"

namespace ShopDesk {

QJsonObject ShopDetails::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("address"), address},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("lowStockThreshold"), lowStockThreshold},
            {QStringLiteral("businessNumber"), businessNumber},
            {QStringLiteral("representative"), representative},
            {QStringLiteral("vatRate"), vatRate},
            {QStringLiteral("clerkDiscountLimit"), clerkDiscountLimit},
            {QStringLiteral("cashNeedsShift"), cashNeedsShift}};
}

QJsonObject ReceiptPrint::toJson() const
{
    return {{QStringLiteral("orderId"), orderId},
            {QStringLiteral("returnNo"), returnNo},
            {QStringLiteral("copy"), copy},
            {QStringLiteral("reprint"), isReprint()},
            {QStringLiteral("refund"), isRefund()},
            {QStringLiteral("page"), page},
            {QStringLiteral("language"), language},
            {QStringLiteral("terminal"), terminal},
            {QStringLiteral("printedAt"), printedAt.toString(Qt::ISODateWithMs)}};
}

QJsonObject SlipPrint::toJson() const
{
    return {{QStringLiteral("orderId"), orderId},
            {QStringLiteral("deliveryId"), deliveryId},
            {QStringLiteral("copy"), copy},
            {QStringLiteral("reprint"), isReprint()},
            {QStringLiteral("page"), page},
            {QStringLiteral("language"), language},
            {QStringLiteral("terminal"), terminal},
            {QStringLiteral("printedAt"), printedAt.toString(Qt::ISODateWithMs)}};
}

} // namespace ShopDesk
