#include "stockitem.h"

#include "events.h"
#include "types.h"

#include <QJsonArray>

namespace ShopDesk {

Status StockItem::reserve(qint64 qty, const QString &orderId)
{
    if (qty > available()) {
        return Error{ErrorCode::InsufficientStock,
                     QStringLiteral("%1: %2 wanted, %3 available")
                         .arg(m_productId)
                         .arg(qty)
                         .arg(available()),
                     {{QStringLiteral("productId"), m_productId},
                      {QStringLiteral("requested"), qty},
                      {QStringLiteral("available"), available()}}};
    }
    return move<Events::StockReserved>(qty, orderId);
}

Status StockItem::release(qint64 qty, const QString &orderId)
{
    return move<Events::StockReleased>(qty, orderId);
}

Status StockItem::decrease(qint64 qty, const QString &orderId)
{
    return move<Events::StockDecreased>(qty, orderId);
}

Status StockItem::increase(qint64 qty, const QString &orderId)
{
    return move<Events::StockIncreased>(qty, orderId);
}

Status StockItem::adjust(qint64 delta, const QString &reason)
{
    if (delta == 0 || delta > Limits::MaxStockDelta || delta < -Limits::MaxStockDelta) {
        return Error::invalidInput(QStringLiteral("delta must be a non-zero whole number between "
                                                  "-%1 and %1, got %2")
                                       .arg(Limits::MaxStockDelta)
                                       .arg(delta));
    }
    if (m_onHand + delta < 0) {
        return Error{ErrorCode::InsufficientStock,
                     QStringLiteral("%1: cannot remove %2, only %3 on hand")
                         .arg(m_productId)
                         .arg(-delta)
                         .arg(m_onHand),
                     {{QStringLiteral("productId"), m_productId},
                      {QStringLiteral("requested"), -delta},
                      {QStringLiteral("available"), m_onHand}}};
    }
    using Kind = Events::StockAdjusted::Kind;
    return raise(
        makeEvent(Events::StockAdjusted{m_productId, delta, delta > 0 ? Kind::Receive : Kind::Loss,
                                        reason, std::nullopt, std::nullopt},
                  {}, m_productId));
}

Status StockItem::count(qint64 counted, const QString &reason)
{
    if (counted < 0 || counted > Limits::MaxStockDelta) {
        return Error::invalidInput(
            QStringLiteral("counted must be a whole number from 0 to %1, got %2")
                .arg(Limits::MaxStockDelta)
                .arg(counted));
    }
    return raise(makeEvent(Events::StockAdjusted{m_productId, counted - m_onHand,
                                                 Events::StockAdjusted::Kind::Count, reason,
                                                 counted, m_onHand},
                           {}, m_productId));
}

QString StockItem::kindName(AdjustKind kind)
{
    switch (kind) {
    case AdjustKind::Receive:
        return QStringLiteral("receive");
    case AdjustKind::Loss:
        return QStringLiteral("loss");
    case AdjustKind::Count:
        return QStringLiteral("count");
    }
    Q_UNREACHABLE();
    return QString();
}

Status StockItem::apply(const DomainEvent &event)
{
    SD_TRY(const EventPayload payload, decodePayload(event));
    const std::optional<StockEffect> effect = stockEffect(payload);
    if (!effect) {
        return Error::invalidInput(
            QStringLiteral("event %1 (%2) moves no stock").arg(event.eventId, event.type));
    }
    if (effect->productId != m_productId) {
        return Error::invalidInput(QStringLiteral("event %1 moves the stock of %2, not of %3")
                                       .arg(event.eventId, effect->productId, m_productId));
    }
    SD_TRY(const StockDelta sum, addStock({m_onHand, m_reserved}, effect->delta, m_productId));
    m_onHand = sum.onHand;
    m_reserved = sum.reserved;
    return {};
}

template<typename Move> Status StockItem::move(qint64 qty, const QString &orderId)
{
    return raise(makeEvent(Move{m_productId, qty}, orderId, m_productId));
}

Status StockItem::raise(const DomainEvent &event)
{
    // Applied first: an event that would take the stock out of its range is not recorded.
    SD_CHECK(apply(event));
    record(event);
    return {};
}

Status reserveOrder(QList<StockItem> &items, const QList<OrderLine> &lines, const QString &orderId)
{
    Q_ASSERT(items.size() == lines.size());
    QJsonArray shortages;
    QStringList shortText;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines.at(i);
        const qint64 available = items.at(i).available();
        if (available >= line.qty)
            continue;
        shortages.append(QJsonObject{{QStringLiteral("productId"), line.productId},
                                     {QStringLiteral("productName"), line.productName},
                                     {QStringLiteral("requested"), line.qty},
                                     {QStringLiteral("available"), available},
                                     {QStringLiteral("short"), line.qty - available}});
        shortText.append(QStringLiteral("%1 (%2): %3 wanted, %4 available")
                             .arg(line.productId, line.productName)
                             .arg(line.qty)
                             .arg(available));
    }
    if (!shortages.isEmpty()) {
        return Error{ErrorCode::InsufficientStock,
                     QStringLiteral("not enough stock: %1; the order was not placed")
                         .arg(shortText.join(QStringLiteral("; "))),
                     {{QStringLiteral("shortages"), shortages}}};
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        SD_CHECK(items[i].reserve(lines.at(i).qty, orderId));
    return {};
}

} // namespace ShopDesk
