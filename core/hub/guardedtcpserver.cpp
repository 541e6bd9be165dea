#include "guardedtcpserver.h"

#include "filehandles.h"

#include <unistd.h>

namespace ShopDesk::Hub {

GuardedTcpServer::GuardedTcpServer(int fileHandleReserve, Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_reserve(fileHandleReserve)
    , m_handler(std::move(handler))
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (withinFileHandleReserve(descriptor, m_reserve)) {
        ::close(int(descriptor));
        emit refusedForFileHandles();
        return;
    }
    m_handler(descriptor);
}

} // namespace ShopDesk::Hub
