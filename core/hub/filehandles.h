#pragma once

#include <QtGlobal>

namespace ShopDesk::Hub {

// The process's file handles, for the hub's connection limits and /metrics.
struct FileHandles
{
    qint64 open = 0;       // descriptors open now (-1 when it cannot be counted)
    qint64 softLimit = -1; // RLIMIT_NOFILE, -1 when unlimited or unknown
    qint64 hardLimit = -1;

    static FileHandles current();
};

// Descriptors kept free for the database, the logs and the other listening side: a socket the
// hub accepts is closed at once when its descriptor number lies within `reserve` of the soft
// limit. The kernel hands out the lowest free descriptor, so such a number means that every
// descriptor below it is taken; the test costs nothing per connection.
bool withinFileHandleReserve(qintptr descriptor, int reserve);

} // namespace ShopDesk::Hub
