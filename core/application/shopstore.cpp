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

const QStringList &terminalLocalEventTypes()
{
    static const QStringList types{EventType::UserCreated, EventType::UserPinChanged,
                                   EventType::UserRoleChanged, EventType::UserDisabled,
                                   EventType::UserEnabled};
    return types;
}

namespace {

Error noSync()
{
    return Error::storage(QStringLiteral("this store cannot sync with a hub"));
}

} // namespace

Result<QList<DomainEvent>> ShopStore::unsentEvents(int)
{
    return noSync();
}

Result<OutboxState> ShopStore::outboxState()
{
    return noSync();
}

Result<bool> ShopStore::markSent(const QString &, qint64)
{
    return noSync();
}

Result<qint64> ShopStore::lastGlobalSeq()
{
    return noSync();
}

Status ShopStore::saveLastGlobalSeq(qint64)
{
    return noSync();
}

Result<bool> ShopStore::appendRemoteEvent(DomainEvent &, qint64, const QByteArray &)
{
    return noSync();
}

Result<bool> ShopStore::recordRemoteProblem(const DomainEvent &, qint64, const QString &)
{
    return noSync();
}

Status ShopStore::upsertProduct(const Product &)
{
    return noSync();
}

Status ShopStore::addToStock(const QString &, qint64, qint64)
{
    return noSync();
}

Status ShopStore::insertRemoteOrder(const Order &, const QString &)
{
    return noSync();
}

} // namespace ShopDesk
