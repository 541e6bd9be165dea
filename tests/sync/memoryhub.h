#pragma once

#include "testshop.h"

#include <QHash>

namespace ShopDesk::Testing {

// The hub's log in memory, for tests of the terminal's side without a network: push takes a
// terminal's unsent events, gives each a global sequence once (a duplicate keeps its first)
// and acknowledges them; pull applies to a terminal every later event of other terminals.
struct MemoryHub
{
    QList<RemoteEvent> log;
    QHash<QString, qint64> seqOf;

    QList<SentEvent> push(TestShop &shop, int limit = -1)
    {
        QList<SentEvent> acks;
        const QList<DomainEvent> unsent = shop.shop->sync.unsentEvents(limit).value();
        for (const DomainEvent &event : unsent) {
            qint64 &seq = seqOf[event.eventId];
            if (seq == 0) {
                seq = log.size() + 1;
                log.append({event, seq, {}});
            }
            acks.append({event.eventId, seq});
        }
        return acks;
    }

    // Pushes and records the acknowledgement; returns how many events went.
    int pushAndAck(TestShop &shop)
    {
        const QList<SentEvent> acks = push(shop);
        auto marked = shop.shop->sync.markSent(acks);
        if (!marked)
            qFatal("markSent: %s", qPrintable(marked.error().message));
        return int(acks.size());
    }

    QList<RemoteEvent> after(qint64 globalSeq, const QString &terminal) const
    {
        QList<RemoteEvent> batch;
        for (const RemoteEvent &remote : log) {
            if (remote.globalSeq > globalSeq && remote.event.origin != terminal)
                batch.append(remote);
        }
        return batch;
    }

    RemoteApplied pull(TestShop &shop)
    {
        const qint64 last = shop.shop->sync.lastGlobalSeq().value();
        auto applied = shop.shop->sync.applyRemote(after(last, shop.store->terminal()));
        if (!applied)
            qFatal("applyRemote: %s", qPrintable(applied.error().message));
        return applied.value();
    }

    void sync(TestShop &shop)
    {
        pushAndAck(shop);
        pull(shop);
    }
};

} // namespace ShopDesk::Testing
