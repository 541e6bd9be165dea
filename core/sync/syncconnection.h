#pragma once

#include "protocol.h"
#include "syncservice.h"

#include <QObject>
#include <QSemaphore>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QWebSocket;

namespace ShopDesk {

// A frame from the hub as the network thread leaves it: the message, and for events the
// service's batch with each payload already in the log's form (the message's list is empty).
struct DecodedFrame
{
    explicit DecodedFrame(Sync::Decoded message)
        : decoded(std::move(message))
    {}
    Sync::Decoded decoded;
    QList<RemoteEvent> events;
};

// One WebSocket connection to the hub, living on SyncClient's network thread: it opens the
// socket, sends what the client gives it, and reads and decodes the hub's frames there (a
// catch-up's JSON costs about a third of its time). It hands the client one decoded frame at
// a time: the next one waits, decoded, until the client has handled the last (grant()), and
// meanwhile the socket is not read, so the hub's pages wait in TCP rather than in memory and
// the client's thread (the window's) is held by one batch at a time, never by a backlog.
//
// The handlers run on the receiver's thread, in the order things happened. Everything else is
// called on the network thread, except grant() and shutDown(), which any thread may call.
class SyncConnection : public QObject
{
    Q_OBJECT
public:
    struct Handlers
    {
        QObject *receiver = nullptr; // the handlers run on its thread
        std::function<void()> connected;
        std::function<void(std::shared_ptr<DecodedFrame>)> frame;
        std::function<void()> pong;
        std::function<void(QString)> lost;             // closed, cut or never connected
        std::function<void(QString, QString)> refused; // code, message: a bad frame
    };

    SyncConnection(quint64 maxMessageBytes, Handlers handlers);
    ~SyncConnection() override;

    void open(const QUrl &url);
    void send(const QByteArray &utf8);
    void ping();
    // Closes (politely or not) and deletes this connection; nothing is handed over after.
    void finish(bool polite);

    // The receiver has handled a frame: the next may come.
    void grant() { m_credits.release(); }
    // No more handing over: a reader waiting for a grant returns at once.
    void shutDown();

private:
    void onText(const QString &text);
    void post(std::function<void()> call);
    void reportLost(const QString &why);

    quint64 m_maxMessageBytes;
    Handlers m_handlers;
    QWebSocket *m_socket = nullptr;
    QSemaphore m_credits{1};
    std::atomic_bool m_closing{false};
    bool m_lostReported = false;
};

} // namespace ShopDesk
