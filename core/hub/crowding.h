#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

namespace ShopDesk::Hub {

// The address a connection counts under: an IPv4 peer of a dual-stack socket (::ffff:a.b.c.d)
// counts as a.b.c.d.
inline QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// Whom to close when a budget of connections is full and a new one arrives: the oldest
// connection of the remote address that holds the most of them. A flood from a few addresses
// so crowds out only itself, and a connection from an address with fewer is never the one to
// go; among connections of one address, the one that had the longest time to finish goes
// (to the nanosecond: sockets accepted within one millisecond are still told apart).
// T has `address` (QHostAddress) and `accepted` (QElapsedTimer started at accept).
template<typename T> T *crowdedOut(const QList<T *> &candidates)
{
    QHash<QString, int> perAddress;
    for (const T *c : candidates)
        ++perAddress[c->address.toString()];
    T *victim = nullptr;
    int victimCount = 0;
    for (T *c : candidates) {
        const int count = perAddress.value(c->address.toString());
        if (!victim || count > victimCount ||
            (count == victimCount &&
             c->accepted.nsecsElapsed() > victim->accepted.nsecsElapsed())) {
            victim = c;
            victimCount = count;
        }
    }
    return victim;
}

} // namespace ShopDesk::Hub
