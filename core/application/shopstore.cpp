#include "shopstore.h"

namespace ShopDesk {

QJsonObject StockRow::toJson() const
{
    return {{QStringLiteral("productId"), productId},
            {QStringLiteral("productName"), productName},
            {QStringLiteral("onHand"), onHand},
            {QStringLiteral("reserved"), reserved},
            {QStringLiteral("available"), available()}};
}

Result<QList<DomainEvent>> ShopStore::events(const EventQuery &query)
{
    QList<DomainEvent> events;
    SD_CHECK(visitEvents(query, [&](const DomainEvent &event) { events.append(event); }));
    return events;
}

Result<QList<OrderView>> ShopStore::orderViews(const ListQuery &query)
{
    QList<OrderView> rows;
    SD_CHECK(visitOrderViews(query, [&](const OrderView &row) { rows.append(row); }));
    return rows;
}

} // namespace ShopDesk
