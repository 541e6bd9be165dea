#pragma once

#include "domainevent.h"
#include "order.h"
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

    // Fails with InsufficientStock when fewer than qty are available (one line; an order's
    // lines are decided together by reserveOrder).
    Status reserve(qint64 qty, const QString &orderId);
    Status release(qint64 qty, const QString &orderId);
    Status decrease(qint64 qty, const QString &orderId);
    Status increase(qint64 qty, const QString &orderId);
    // Receive (delta > 0) or loss (delta < 0); never takes onHand below zero.
    Status adjust(qint64 delta, const QString &reason);
    // A stock-take: the counted figure is the truth, recorded as the delta to onHand.
    Status count(qint64 counted, const QString &reason);

    static QString kindName(AdjustKind kind);

    // Applies a recorded stock event of this product (from this terminal or another one): the
    // deltas stockEffect() gives, without any availability check (two terminals selling the
    // last unit while apart leave it oversold, never clamped). InvalidInput for an event of
    // another product, not a stock event, or a malformed payload.
    Status apply(const DomainEvent &event);

private:
    template<typename Move> Status move(qint64 qty, const QString &orderId);
    // Records the event and applies it: a local decision and a remote event change the
    // figures through the same code.
    Status raise(const DomainEvent &event);

    QString m_productId;
    qint64 m_onHand = 0;
    qint64 m_reserved = 0;
};

// Rule 2 of ARCHITECTURE.md: an order goes ahead only if every line is available. The
// items are the stock of the lines, in the same order. Either every line is reserved (the
// items changed, their StockReserved events recorded on them) or nothing is, and the
// InsufficientStock error names every short line in details.shortages ({productId,
// productName, requested, available, short}, in the order of the lines).
Status reserveOrder(QList<StockItem> &items, const QList<OrderLine> &lines, const QString &orderId);

} // namespace ShopDesk
