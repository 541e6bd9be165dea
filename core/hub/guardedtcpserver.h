#pragma once

#include <QTcpServer>

#include <functional>

namespace ShopDesk::Hub {

// The listening socket of each side of the hub (WebSocket and HTTP). Unlike a plain
// QTcpServer it hands every accepted descriptor to its owner, which counts, caps and watches
// its connections from their first byte, and it closes at once a descriptor that lies within
// the file-handle reserve (withinFileHandleReserve), so that a flood on one side cannot use
// up the handles the other side and the database need.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(qintptr descriptor)>;

    GuardedTcpServer(int fileHandleReserve, Handler handler, QObject *parent = nullptr);

    // For an owner that serves its sockets through QTcpServer's pending queue (QHttpServer).
    void addPending(QTcpSocket *socket) { addPendingConnection(socket); }

signals:
    // A connection was closed right after accept because file handles ran short.
    void refusedForFileHandles();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_reserve;
    Handler m_handler;
};

} // namespace ShopDesk::Hub
