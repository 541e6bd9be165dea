#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>

class QTimer;

namespace ShopDesk {

class SyncService;
struct DecodedFrame;
class SyncConnection;

// The terminal's connection to shopdesk-hub (docs/sync-protocol.md): hello, catch-up of
// other terminals' events, pushes of this terminal's unsent events in batches, acks, live
// events, and reconnection with exponential backoff and jitter while the hub is away.
// Everything else keeps working on the local database meanwhile; events queue up in the
// outbox (SyncService) and go when the hub is back.
//
// Threads: the client uses the SyncService (and so the store connection) it is given from
// its own thread only. Its socket lives on a network thread of the client's, where the hub's
// frames are read and decoded (SyncConnection); they are handled on the client's thread in
// the order they came, one batch per turn of its event loop, the next one decoded meanwhile. It
// runs on the main loop with the window's services, or on a thread of its own with a second store
// and ShopServices opened on that thread (one connection per thread); move it there with
// moveToThread() before start(), and call start(), stop() and localEventsCommitted() through queued
// invocations.
//
// For the desktop status bar (all signals are emitted on the client's thread):
// - stateChanged(state): Offline (no connection; retrying if started with reconnect),
//   Connecting (socket and hello under way), CatchingUp (welcomed; older events arriving),
//   Online (caught up; live).
// - outboxChanged(unsent, oldest): how many of this terminal's events wait for the hub and
//   when the oldest of them happened (invalid when none); also after local commits once
//   localEventsCommitted() is connected to EventBus::eventCommitted.
// - catchUpProgress(done, total): events received during catch-up of about total (hubSeq at
//   welcome minus lastGlobalSeq; it includes this terminal's own events, which the hub does
//   not send back, so done may end below total).
// - remoteEventsApplied(count): a batch of other terminals' events was committed locally
//   (live: the EventBus has announced them already, per event or as reset for a large
//   batch; during a catch-up the bus hears one reset for the batches of up to a second, and
//   one when caught up).
// - synced(): caught up and nothing unsent: hub and terminal hold each other's events.
// - errorOccurred(code, message): hub_unreachable (cannot connect, or the connection broke
//   before welcome), disconnected (the connection broke after welcome), unauthorized and
//   unsupported_version (the hub refused the hello: a person must act; no reconnect), any other
//   error code the hub sends (see the protocol), malformed (a frame from the hub the codec
//   refused), storage (the local database failed).
// - reconnectScheduled(delayMs): the next attempt after a failure.
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(qint64 unsentCount READ unsentCount NOTIFY outboxChanged)
    Q_PROPERTY(QDateTime oldestUnsent READ oldestUnsent NOTIFY outboxChanged)
public:
    enum class State { Offline, Connecting, CatchingUp, Online };
    Q_ENUM(State)

    struct Options
    {
        QUrl hub;      // ws://HOST:PORT or wss://HOST:PORT
        QString token; // the terminal's secret from `shopdesk-hub token add`
        bool reconnect = true;
        int pushBatchSize = 1000;     // events per push (the protocol allows 5,000)
        int connectTimeoutMs = 10000; // socket open plus hello until welcome
        int minBackoffMs = 500;
        int maxBackoffMs = 30000;
        // A hub that goes silent (its machine off, the network gone without a reset) is
        // noticed by pings: one every pingIntervalMs once connected; after silentLimitMs
        // without a frame or a pong the connection counts as lost (error "disconnected") and
        // is opened again. TCP alone would notice only when the OS gives up, hours later.
        int pingIntervalMs = 15000;
        int silentLimitMs = 45000;
    };

    explicit SyncClient(SyncService &sync, QObject *parent = nullptr);
    ~SyncClient() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    State state() const { return m_state; }
    qint64 unsentCount() const { return m_unsent; }
    QDateTime oldestUnsent() const { return m_oldest; }
    // Other terminals' events this terminal could not apply and keeps aside (verify lists
    // them); read with the outbox, so outboxChanged tells of changes.
    qint64 keptAsideCount() const { return m_keptAside; }
    // Seconds the oldest unsent event has waited; 0 when none waits.
    qint64 oldestUnsentAgeSeconds() const;
    bool isSynced() const;
    QString lastErrorCode() const { return m_errorCode; }
    QString lastErrorMessage() const { return m_errorMessage; }

public slots:
    // Connects; after a failure, retries with backoff while options().reconnect is set.
    void start();
    // Closes the connection and stops retrying.
    void stop();
    // New local events were committed: refresh the outbox figures and push them soon
    // (several commits in a row go as one push).
    void localEventsCommitted();
    // Reads the outbox figures again and emits outboxChanged when they changed.
    void refreshOutbox();

signals:
    void stateChanged(ShopDesk::SyncClient::State state);
    void outboxChanged(qint64 unsent, const QDateTime &oldest);
    void catchUpProgress(qint64 done, qint64 total);
    void remoteEventsApplied(int count);
    void synced();
    void errorOccurred(const QString &code, const QString &message);
    void reconnectScheduled(int delayMs);

private:
    void openSocket();
    void onConnected();
    // Ends the current connection, if any; nothing it has sent is handled after this.
    void dropConnection(bool polite);
    void send(const QByteArray &utf8);
    // The socket failed or closed without an error message from the hub.
    void connectionLost(const QString &why);
    void pingTick();
    // Announces the batches of a catch-up applied since the last announcement, if any.
    void announceApplied();
    void handleMessage(DecodedFrame &frame);
    void pushNext();
    void fail(const QString &code, const QString &message, bool retry);
    void setState(State state);
    void scheduleReconnect();
    void checkSynced();

    SyncService &m_sync;
    Options m_options;
    QThread m_network;
    QObject *m_networkAnchor = nullptr;     // lives on m_network, for calls in order there
    SyncConnection *m_connection = nullptr; // lives on m_network
    quint64 m_generation = 0;               // of the current connection
    QTimer *m_connectTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_pushTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    bool m_heard = false; // a frame or pong since the last ping tick
    bool m_unannounced = false;
    QElapsedTimer m_announced;
    int m_silentTicks = 0; // ping ticks in a row without one
    State m_state = State::Offline;
    bool m_running = false;
    bool m_welcomed = false;
    bool m_caughtUp = false;
    bool m_failed = false; // this connection already reported its failure
    int m_attempt = 0;
    QString m_batchInFlight;
    qint64 m_batchCounter = 0;
    qint64 m_catchUpStart = 0;
    qint64 m_catchUpTotal = 0;
    qint64 m_catchUpDone = 0;
    qint64 m_unsent = -1;
    qint64 m_keptAside = 0;
    QDateTime m_oldest;
    QString m_errorCode;
    QString m_errorMessage;
    bool m_syncedEmitted = false;
};

} // namespace ShopDesk
