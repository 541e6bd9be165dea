#include "unitofwork.h"

#include "eventbus.h"
#include "projections.h"
#include "shopstore.h"

#include <QRandomGenerator>
#include <QUuid>

namespace ShopDesk {

namespace {

// What the logged events set going, decided here rather than by the adapter: the policies
// each one triggers (run after the commit, each once) and what it changes in the read models
// and report tables (projectEvent).
Status recordConsequences(ShopStore &store, const QList<DomainEvent> &events)
{
    for (const DomainEvent &event : events) {
        SD_CHECK(store.queueReactions(event.seq, policiesFor(event.type)));
        SD_TRY(const EventPayload payload, decodePayload(event));
        SD_CHECK(projectEvent(store, event, payload));
    }
    return {};
}

} // namespace

// A time-ordered UUID (version 7, RFC 9562): 48 bits of Unix milliseconds, then random bits.
// Unique across terminals like a random one, but new ids land at the end of the event_id
// index instead of all over it, so each commit writes (and checkpoints) fewer pages.
QString newEventId(const QDateTime &now)
{
    const quint64 ms = quint64(now.toMSecsSinceEpoch());
    quint64 high = (ms << 16) | (QRandomGenerator::global()->generate64() & 0x0fffULL) | 0x7000ULL;
    quint64 low = (QRandomGenerator::global()->generate64() & ~(3ULL << 62)) | (2ULL << 62);
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        bytes[7 - i] = char(high & 0xff);
        bytes[15 - i] = char(low & 0xff);
        high >>= 8;
        low >>= 8;
    }
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

UnitOfWork::UnitOfWork(ShopStore &store, EventBus &bus)
    : m_store(store)
    , m_bus(bus)
{}

Result<QList<DomainEvent>> UnitOfWork::run(const Body &body, const QString &causationId)
{
    return runInTransaction({}, body, causationId);
}

Result<QList<DomainEvent>> UnitOfWork::runReaction(const DomainEvent &event, Policy policy,
                                                   const Body &body)
{
    const qint64 seq = event.seq;
    return runInTransaction([this, seq, policy] { return m_store.markProcessed(seq, policy); },
                            body, event.eventId);
}

Result<QList<DomainEvent>> UnitOfWork::runInTransaction(const std::function<Result<bool>()> &guard,
                                                        const Body &body,
                                                        const QString &causationId)
{
    if (m_store.isReadOnly()) {
        return Error::storage(QStringLiteral("the database %1 is read-only; nothing was changed")
                                  .arg(m_store.location()));
    }
    SD_CHECK(m_store.begin());
    auto fail = [this](const Error &error) -> Result<QList<DomainEvent>> {
        m_store.rollback();
        return error;
    };
    if (guard) {
        const Result<bool> fresh = guard();
        if (!fresh)
            return fail(fresh.error());
        if (!fresh.value()) {
            m_store.rollback();
            return QList<DomainEvent>();
        }
    }
    Result<QList<DomainEvent>> events = body();
    if (!events)
        return fail(events.error());
    if (!events->isEmpty()) {
        const Result<bool> waiting = m_store.catchingUp();
        if (!waiting)
            return fail(waiting.error());
        if (waiting.value()) {
            return fail(Error::invalidState(
                QStringLiteral("terminal %1 was restored from a backup and has not caught up with "
                               "the hub yet, which holds its events made after the backup: sync "
                               "first (the window does while connected; shopdesk-cli sync --hub "
                               "URL), then try again; nothing was changed")
                    .arg(m_store.terminal()),
                {{QStringLiteral("reason"), QStringLiteral("catchingUp")}}));
        }
    }
    stamp(events.value(), causationId);
    if (Status appended = m_store.appendEvents(events.value()); !appended)
        return fail(appended.error());
    if (Status recorded = recordConsequences(m_store, events.value()); !recorded)
        return fail(recorded.error());
    if (Status committed = m_store.commit(); !committed)
        return fail(committed.error());
    if (!inBatch())
        m_bus.publish(events.value());
    return events;
}

void UnitOfWork::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_store.setClock(clock);
}

void UnitOfWork::stamp(QList<DomainEvent> &events, const QString &causationId) const
{
    const QDateTime now = this->now();
    const QString origin = m_store.terminal();
    for (DomainEvent &event : events) {
        event.eventId = newEventId(now);
        event.origin = origin;
        event.actor = actor();
        event.causationId = causationId;
        event.occurredAt = now;
    }
}

Result<bool> UnitOfWork::hasUsers() const
{
    if (m_usersSeen)
        return true;
    SD_TRY(const bool exist, m_store.hasUsers());
    m_usersSeen = exist;
    return exist;
}

Status UnitOfWork::authorize(Role needed, const QString &what) const
{
    if (!m_user) {
        SD_TRY(const bool exist, hasUsers());
        if (!exist)
            return {};
        return Error::unauthorized(QStringLiteral("this shop has users: log in to %1").arg(what));
    }
    if (needed == Role::Manager && !m_user->isManager()) {
        return Error::forbidden(QStringLiteral("%1 is a %2; only a manager may %3")
                                    .arg(m_user->name, toText(m_user->role), what),
                                {{QStringLiteral("user"), m_user->name},
                                 {QStringLiteral("role"), toText(m_user->role)},
                                 {QStringLiteral("needed"), toText(needed)}});
    }
    return {};
}

Status UnitOfWork::beginBatch()
{
    if (m_store.isReadOnly())
        return Error::storage(
            QStringLiteral("the database %1 is read-only").arg(m_store.location()));
    SD_CHECK(m_store.begin());
    ++m_batchDepth;
    return {};
}

Status UnitOfWork::endBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    --m_batchDepth;
    if (Status committed = m_store.commit(); !committed) {
        m_store.rollback();
        return committed;
    }
    if (!inBatch())
        m_bus.publishReset();
    return {};
}

void UnitOfWork::cancelBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    --m_batchDepth;
    m_store.rollback();
}

} // namespace ShopDesk
