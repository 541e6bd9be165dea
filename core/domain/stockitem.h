#pragma once

#include "domainevent.h"
#include "result.h"

namespace ShopDesk {

// Stock of one product. available = onHand - reserved. A placed order reserves; the start of
// its delivery turns the reservation into a decrease; a cancelled delivery increases again.
class StockItem : public EventRecorder
{
public:
    enum class AdjustKind { Receive, Loss, Count };

    StockItem() = default;
    StockItem(QString productId, qint64 onHand, qint64 reserved)
        : m_productId(std::move(productId))
        , m_onHand(onHand)
        , m_reserved(reserved)
    {}

    const QString &productId() const { return m_productId; }
    qint64 onHand() const { return m_onHand; }
    qint64 reserved() const { return m_reserved; }
    qint64 available() const { return m_onHand - m_reserved; }

    // Fails with InsufficientStock when fewer than qty are available.
    Status reserve(qint64 qty, const QString &orderId);
    void release(qint64 qty, const QString &orderId);
    void decrease(qint64 qty, const QString &orderId);
    void increase(qint64 qty, const QString &orderId);
    // Receive (delta > 0) or loss (delta < 0); never takes onHand below zero.
    Status adjust(qint64 delta, const QString &reason);
    // A stock-take: the counted figure is the truth, recorded as the delta to onHand.
    Status count(qint64 counted, const QString &reason);

    static QString kindName(AdjustKind kind);

private:
    void recordMove(QLatin1StringView type, qint64 qty, const QString &orderId);

    QString m_productId;
    qint64 m_onHand = 0;
    qint64 m_reserved = 0;
};

} // namespace ShopDesk
