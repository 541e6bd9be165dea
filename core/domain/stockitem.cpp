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
    move<Events::StockReserved>(qty, orderId);
    return {};
}

void StockItem::release(qint64 qty, const QString &orderId)
{
    move<Events::StockReleased>(qty, orderId);
}

void StockItem::decrease(qint64 qty, const QString &orderId)
{
    move<Events::StockDecreased>(qty, orderId);
}

void StockItem::increase(qint64 qty, const QString &orderId)
{
    move<Events::StockIncreased>(qty, orderId);
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
    raise(
        makeEvent(Events::StockAdjusted{m_productId, delta, delta > 0 ? Kind::Receive : Kind::Loss,
                                        reason, std::nullopt, std::nullopt},
                  {}, m_productId));
    return {};
}

Status StockItem::count(qint64 counted, const QString &reason)
{
    if (counted < 0 || counted > Limits::MaxStockDelta) {
        return Error::invalidInput(
            QStringLiteral("counted must be a whole number from 0 to %1, got %2")
                .arg(Limits::MaxStockDelta)
                .arg(counted));
    }
    raise(makeEvent(Events::StockAdjusted{m_productId, counted - m_onHand,
                                          Events::StockAdjusted::Kind::Count, reason, counted,
                                          m_onHand},
                    {}, m_productId));
    return {};
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
    m_onHand += effect->delta.onHand;
    m_reserved += effect->delta.reserved;
    return {};
}

template<typename Move> void StockItem::move(qint64 qty, const QString &orderId)
{
    raise(makeEvent(Move{m_productId, qty}, orderId, m_productId));
}

void StockItem::raise(const DomainEvent &event)
{
    const Status applied = apply(event);
    Q_ASSERT(applied.ok());
    Q_UNUSED(applied);
    record(event);
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
