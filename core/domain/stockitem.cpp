#include "stockitem.h"

#include "types.h"

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
    m_reserved += qty;
    recordMove(EventType::StockReserved, qty, orderId);
    return {};
}

void StockItem::release(qint64 qty, const QString &orderId)
{
    m_reserved -= qty;
    recordMove(EventType::StockReleased, qty, orderId);
}

void StockItem::decrease(qint64 qty, const QString &orderId)
{
    m_reserved -= qty;
    m_onHand -= qty;
    recordMove(EventType::StockDecreased, qty, orderId);
}

void StockItem::increase(qint64 qty, const QString &orderId)
{
    m_onHand += qty;
    recordMove(EventType::StockIncreased, qty, orderId);
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
    m_onHand += delta;
    record(DomainEvent::make(
        EventType::StockAdjusted, {}, m_productId,
        {{QStringLiteral("productId"), m_productId},
         {QStringLiteral("delta"), delta},
         {QStringLiteral("kind"), kindName(delta > 0 ? AdjustKind::Receive : AdjustKind::Loss)},
         {QStringLiteral("reason"), reason}}));
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
    const qint64 delta = counted - m_onHand;
    const qint64 expected = m_onHand;
    m_onHand = counted;
    record(DomainEvent::make(EventType::StockAdjusted, {}, m_productId,
                             {{QStringLiteral("productId"), m_productId},
                              {QStringLiteral("delta"), delta},
                              {QStringLiteral("kind"), kindName(AdjustKind::Count)},
                              {QStringLiteral("counted"), counted},
                              {QStringLiteral("expected"), expected},
                              {QStringLiteral("reason"), reason}}));
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

void StockItem::recordMove(QLatin1StringView type, qint64 qty, const QString &orderId)
{
    record(DomainEvent::make(
        type, orderId, m_productId,
        {{QStringLiteral("productId"), m_productId}, {QStringLiteral("qty"), qty}}));
}

} // namespace ShopDesk
