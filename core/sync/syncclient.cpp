#include "syncclient.h"

#include "protocol.h"
#include "syncconnection.h"
#include "syncservice.h"

#include <QRandomGenerator>
#include <QTimer>

namespace ShopDesk {

namespace {

// Catch-up frames hold up to 5,000 events; anything far above that is not a hub talking.
constexpr quint64 MaxIncomingMessage = 64 * 1024 * 1024;

// During a catch-up, how often the bus hears that the applied batches changed everything.
constexpr qint64 CatchUpAnnounceMs = 1000;

bool needsAPerson(const QString &code)
{
    return code == Sync::ErrorName::Unauthorized || code == Sync::ErrorName::UnsupportedVersion;
}

} // namespace

SyncClient::SyncClient(SyncService &sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_connectTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_pushTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this))
{
    m_network.setObjectName(QStringLiteral("SyncClient network"));
    m_networkAnchor = new QObject;
    m_networkAnchor->moveToThread(&m_network);
    m_network.start();
    m_connectTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    m_pushTimer->setSingleShot(true);
    // Commits that come in a burst (an order and its policies) go as one push.
    m_pushTimer->setInterval(5);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("hub_unreachable"),
             QStringLiteral("the hub at %1 did not answer within %2 s")
                 .arg(m_options.hub.toDisplayString())
                 .arg(m_options.connectTimeoutMs / 1000.0),
             true);
    });
    connect(m_retryTimer, &QTimer::timeout, this, &SyncClient::openSocket);
    connect(m_pingTimer, &QTimer::timeout, this, &SyncClient::pingTick);
    connect(m_pushTimer, &QTimer::timeout, this, [this] {
        refreshOutbox();
        pushNext();
    });
}

SyncClient::~SyncClient()
{
    dropConnection(false);
    // Queued calls run in order: once this one has run, so has the finish() of every
    // connection dropped before (a thread that quits drops the calls still queued, and with
    // them the closing of their sockets). The connections' deleteLater() runs as it ends.
    QObject *anchor = std::exchange(m_networkAnchor, nullptr);
    QMetaObject::invokeMethod(
        anchor, [anchor] { delete anchor; }, Qt::BlockingQueuedConnection);
    m_network.quit();
    m_network.wait();
}

void SyncClient::dropConnection(bool polite)
{
    ++m_generation; // anything the old connection has posted is ignored from now on
    if (!m_connection)
        return;
    SyncConnection *connection = std::exchange(m_connection, nullptr);
    connection->shutDown();
    QMetaObject::invokeMethod(
        connection, [connection, polite] { connection->finish(polite); }, Qt::QueuedConnection);
}

void SyncClient::send(const QByteArray &utf8)
{
    if (SyncConnection *connection = m_connection)
        QMetaObject::invokeMethod(
            connection, [connection, utf8] { connection->send(utf8); }, Qt::QueuedConnection);
}

void SyncClient::setOptions(const Options &options)
{
    m_options = options;
}

qint64 SyncClient::oldestUnsentAgeSeconds() const
{
    if (!m_oldest.isValid())
        return 0;
    return qMax<qint64>(0, m_oldest.secsTo(m_sync.now()));
}

bool SyncClient::isSynced() const
{
    return m_caughtUp && m_batchInFlight.isEmpty() && m_unsent == 0;
}

void SyncClient::start()
{
    m_running = true;
    m_attempt = 0;
    m_retryTimer->stop();
    refreshOutbox();
    openSocket();
}

void SyncClient::stop()
{
    m_running = false;
    m_retryTimer->stop();
    m_connectTimer->stop();
    m_pingTimer->stop();
    announceApplied();
    dropConnection(true);
    m_welcomed = false;
    m_caughtUp = false;
    m_batchInFlight.clear();
    setState(State::Offline);
}

void SyncClient::localEventsCommitted()
{
    m_syncedEmitted = false;
    if (!m_pushTimer->isActive())
        m_pushTimer->start();
}

void SyncClient::refreshOutbox()
{
    const Result<OutboxState> state = m_sync.outboxState();
    if (!state) {
        m_errorCode = QStringLiteral("storage");
        m_errorMessage = state.error().message;
        emit errorOccurred(m_errorCode, m_errorMessage);
        return;
    }
    if (state->unsent == m_unsent && state->oldest == m_oldest && state->keptAside == m_keptAside)
        return;
    m_unsent = state->unsent;
    m_oldest = state->oldest;
    m_keptAside = state->keptAside;
    emit outboxChanged(m_unsent, m_oldest);
}

void SyncClient::openSocket()
{
    if (!m_running)
        return;
    dropConnection(false);
    m_pingTimer->stop();
    m_welcomed = false;
    m_caughtUp = false;
    m_failed = false;
    m_syncedEmitted = false;
    m_batchInFlight.clear();
    setState(State::Connecting);

    const quint64 generation = m_generation;
    // Each handler first checks that its connection is still the current one.
    auto current = [this, generation] { return generation == m_generation && !m_failed; };
    SyncConnection::Handlers handlers;
    handlers.receiver = this;
    handlers.connected = [this, current] {
        if (current())
            onConnected();
    };
    handlers.frame = [this, current](const std::shared_ptr<DecodedFrame> &frame) {
        if (!current())
            return;
        m_heard = true;
        handleMessage(*frame);
        if (current() && m_connection)
            m_connection->grant();
    };
    handlers.pong = [this, current] {
        if (current())
            m_heard = true;
    };
    handlers.lost = [this, current](const QString &why) {
        if (current())
            connectionLost(why);
    };
    handlers.refused = [this, current](const QString &code, const QString &message) {
        if (current())
            fail(code, message, true);
    };
    auto *connection = new SyncConnection(MaxIncomingMessage, std::move(handlers));
    connection->moveToThread(&m_network);
    m_connection = connection;
    m_connectTimer->start(m_options.connectTimeoutMs);
    const QUrl url = m_options.hub;
    QMetaObject::invokeMethod(
        connection, [connection, url] { connection->open(url); }, Qt::QueuedConnection);
}

void SyncClient::onConnected()
{
    m_heard = true;
    m_silentTicks = 0;
    m_pingTimer->start(m_options.pingIntervalMs);
    const Result<qint64> last = m_sync.lastGlobalSeq();
    if (!last) {
        fail(QStringLiteral("storage"), last.error().message, false);
        return;
    }
    m_catchUpStart = last.value();
    Sync::Hello hello;
    hello.terminal = m_sync.terminal();
    hello.token = m_options.token;
    hello.lastGlobalSeq = last.value();
    const Result<bool> restored = m_sync.catchingUp();
    if (!restored) {
        fail(QStringLiteral("storage"), restored.error().message, false);
        return;
    }
    hello.withOwn = restored.value();
    send(Sync::encode(hello));
}

void SyncClient::connectionLost(const QString &why)
{
    if (m_welcomed) {
        fail(QStringLiteral("disconnected"),
             QStringLiteral("the connection to the hub at %1 was lost: %2")
                 .arg(m_options.hub.toDisplayString(), why),
             true);
    } else {
        fail(QStringLiteral("hub_unreachable"),
             QStringLiteral("cannot reach the hub at %1: %2")
                 .arg(m_options.hub.toDisplayString(), why),
             true);
    }
}

void SyncClient::announceApplied()
{
    if (!m_unannounced)
        return;
    m_unannounced = false;
    m_announced.start();
    m_sync.announceReset();
}

void SyncClient::pingTick()
{
    if (!m_connection || m_failed)
        return;
    // Counted in ticks rather than from a clock: when this thread was busy (a long apply),
    // frames that arrived meanwhile are read before the next tick, not held against the hub.
    m_silentTicks = m_heard ? 0 : m_silentTicks + 1;
    m_heard = false;
    if (qint64(m_silentTicks) * m_options.pingIntervalMs >= m_options.silentLimitMs) {
        connectionLost(QStringLiteral("no frame and no answer to pings for %1 s")
                           .arg(m_options.silentLimitMs / 1000.0));
        return;
    }
    SyncConnection *connection = m_connection;
    QMetaObject::invokeMethod(
        connection, [connection] { connection->ping(); }, Qt::QueuedConnection);
}

void SyncClient::handleMessage(DecodedFrame &frame)
{
    Sync::Decoded &decoded = frame.decoded;
    if (!decoded.ok()) {
        fail(QStringLiteral("malformed"),
             QStringLiteral("the hub sent a frame this terminal cannot read: %1")
                 .arg(decoded.error().detail),
             true);
        return;
    }
    Sync::Message &message = decoded.message();
    if (auto *error = std::get_if<Sync::ErrorMessage>(&message)) {
        // Another event holds the id of one of ours that the hub never took: ours gets a new
        // id, and the next attempt pushes it under that.
        QString said = error->message;
        if (error->code == Sync::ErrorName::EventIdTaken && !error->eventId.isEmpty()) {
            const Result<bool> renamed = m_sync.renameUnsent(error->eventId);
            said +=
                !renamed
                    ? QStringLiteral("; it could not get a new id: %1").arg(renamed.error().message)
                : renamed.value() ? QStringLiteral("; it has a new id now")
                                  : QString();
        }
        fail(error->code, said, !needsAPerson(error->code));
        return;
    }
    if (auto *welcome = std::get_if<Sync::Welcome>(&message)) {
        m_connectTimer->stop();
        m_welcomed = true;
        m_attempt = 0;
        m_catchUpDone = 0;
        m_catchUpTotal = qMax<qint64>(0, welcome->hubSeq - m_catchUpStart);
        m_errorCode.clear();
        m_errorMessage.clear();
        setState(State::CatchingUp);
        emit catchUpProgress(0, m_catchUpTotal);
        refreshOutbox();
        pushNext();
        return;
    }
    if (!m_welcomed) {
        fail(QStringLiteral("malformed"), QStringLiteral("the hub spoke before its welcome"), true);
        return;
    }
    if (auto *events = std::get_if<Sync::Events>(&message)) {
        Q_ASSERT(events->events.isEmpty()); // they are in frame.events
        const QList<RemoteEvent> &batch = frame.events;
        // During a catch-up the bus hears of the batches as one reset a second at most: a
        // window reloading its lists after every batch would spend more time there than in
        // the batches themselves.
        const Result<RemoteApplied> applied = m_sync.applyRemote(
            batch, m_caughtUp ? SyncService::Announce::Now : SyncService::Announce::Later);
        if (!applied) {
            // Nothing of the batch was kept; the next connection asks for it again.
            fail(QStringLiteral("storage"), applied.error().message, true);
            return;
        }
        if (applied->keptAside > 0)
            refreshOutbox();
        if (!m_caughtUp && applied->applied > 0) {
            m_unannounced = true;
            if (!m_announced.isValid() || m_announced.elapsed() >= CatchUpAnnounceMs)
                announceApplied();
        }
        if (!m_caughtUp) {
            m_catchUpDone += batch.size();
            emit catchUpProgress(m_catchUpDone, qMax(m_catchUpTotal, m_catchUpDone));
        }
        if (applied->applied > 0)
            emit remoteEventsApplied(applied->applied);
        return;
    }
    if (std::get_if<Sync::CaughtUp>(&message)) {
        m_caughtUp = true;
        if (Status ended = m_sync.caughtUp(); !ended) {
            // Still waiting: the next connection's catch-up ends it.
            fail(QStringLiteral("storage"), ended.error().message, true);
            return;
        }
        announceApplied();
        emit catchUpProgress(qMax(m_catchUpTotal, m_catchUpDone),
                             qMax(m_catchUpTotal, m_catchUpDone));
        setState(State::Online);
        checkSynced();
        return;
    }
    if (auto *ack = std::get_if<Sync::Ack>(&message)) {
        if (ack->batch != m_batchInFlight) {
            fail(QStringLiteral("malformed"),
                 QStringLiteral("the hub acknowledged batch '%1', which is not in flight")
                     .arg(ack->batch),
                 true);
            return;
        }
        QList<SentEvent> sent;
        sent.reserve(ack->assigned.size());
        for (const Sync::Assigned &assigned : ack->assigned)
            sent.append({assigned.eventId, assigned.globalSeq});
        if (const Result<int> marked = m_sync.markSent(sent); !marked) {
            fail(QStringLiteral("storage"), marked.error().message, true);
            return;
        }
        m_batchInFlight.clear();
        refreshOutbox();
        pushNext();
        return;
    }
    fail(QStringLiteral("malformed"), QStringLiteral("the hub sent a message only terminals send"),
         true);
}

void SyncClient::pushNext()
{
    if (!m_connection || !m_welcomed || m_failed || !m_batchInFlight.isEmpty())
        return;
    const Result<QList<DomainEvent>> unsent = m_sync.unsentEvents(m_options.pushBatchSize);
    if (!unsent) {
        fail(QStringLiteral("storage"), unsent.error().message, true);
        return;
    }
    if (unsent->isEmpty()) {
        checkSynced();
        return;
    }
    Sync::Push push;
    push.batch = QStringLiteral("%1-%2").arg(m_sync.terminal()).arg(++m_batchCounter);
    push.events = unsent.value();
    m_batchInFlight = push.batch;
    send(Sync::encode(push));
}

void SyncClient::checkSynced()
{
    if (!isSynced() || m_syncedEmitted)
        return;
    m_syncedEmitted = true;
    emit synced();
}

void SyncClient::fail(const QString &code, const QString &message, bool retry)
{
    if (m_failed)
        return;
    m_failed = true;
    m_connectTimer->stop();
    m_pingTimer->stop();
    announceApplied(); // batches of a catch-up cut short are committed all the same
    m_errorCode = code;
    m_errorMessage = message;
    if (!retry)
        m_running = false;
    dropConnection(false);
    m_welcomed = false;
    m_caughtUp = false;
    m_batchInFlight.clear();
    setState(State::Offline);
    emit errorOccurred(code, message);
    if (m_running && m_options.reconnect)
        scheduleReconnect();
}

void SyncClient::scheduleReconnect()
{
    // Exponential backoff with jitter: terminals that lost the hub together do not all
    // come back at the same moment.
    const int exponent = qMin(m_attempt, 16);
    const qint64 ceiling =
        qMin<qint64>(m_options.maxBackoffMs, qint64(m_options.minBackoffMs) << exponent);
    const int delay =
        int(ceiling / 2 + QRandomGenerator::global()->bounded(qMax<qint64>(1, ceiling / 2 + 1)));
    ++m_attempt;
    m_retryTimer->start(delay);
    emit reconnectScheduled(delay);
}

void SyncClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ShopDesk
