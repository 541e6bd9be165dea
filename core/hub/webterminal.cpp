#include "webterminal.h"

#include "sqlitestore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

namespace ShopDesk::Hub {

Q_LOGGING_CATEGORY(lcWeb, "shopdesk.hub.web", QtInfoMsg)

namespace {

constexpr int PageSize = 2000;

} // namespace

WebTerminal::WebTerminal(std::unique_ptr<SqliteStore> store, HubServer &server, HubStore &log)
    : m_store(std::move(store))
    , m_services(std::make_unique<ShopServices>(*m_store))
    , m_server(server)
    , m_log(log)
{
    m_services->work.setActor(QStringLiteral("api"));
    // Other terminals' events are applied soon after they arrive, so the terminal's stock is
    // fresh before the next command (which catches up again anyway).
    connect(&m_server, &HubServer::appended, this, [this] {
        if (m_catchUpQueued || m_catchingUp)
            return;
        m_catchUpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_catchUpQueued = false;
                if (Status done = catchUp(); !done.ok())
                    qCWarning(lcWeb).noquote() << "catching up failed:" << done.error().message;
            },
            Qt::QueuedConnection);
    });
}

WebTerminal::~WebTerminal()
{
    m_services.reset(); // before its store
}

QString WebTerminal::defaultPath(const QString &hubSpec, const QString &terminal)
{
    const bool postgres = hubSpec.startsWith(QLatin1StringView("postgres://")) ||
                          hubSpec.startsWith(QLatin1StringView("postgresql://"));
    if (!postgres) {
        const QFileInfo hub(hubSpec);
        return hub.absoluteDir().filePath(
            QStringLiteral("%1-%2.db").arg(hub.completeBaseName(), terminal));
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/ShopDesk");
    return folder + QStringLiteral("/shopdesk-hub-%1.db").arg(terminal);
}

Result<std::unique_ptr<WebTerminal>> WebTerminal::open(const QString &path, const QString &terminal,
                                                       HubServer &server, HubStore &log,
                                                       int blockingPages)
{
    SD_CHECK(SqliteStore::validateTerminalName(terminal));
    SqliteOptions options;
    options.path = path;
    options.terminal = terminal;
    options.createFolder = true;
    SD_TRY(std::unique_ptr<SqliteStore> store, SqliteStore::open(options));
    if (store->terminal() != terminal) {
        return Error::invalidInput(
            QStringLiteral("%1 is the database of terminal %2, not of %3; name another file "
                           "with --web-db, or --web-terminal %2")
                .arg(path, store->terminal(), terminal));
    }
    if (store->isReadOnly())
        return Error::storage(QStringLiteral("%1 is read-only").arg(path));
    std::unique_ptr<WebTerminal> web(new WebTerminal(std::move(store), server, log));
    SD_TRY(const int healed, web->m_services->policies.runPending());
    if (healed > 0)
        qCInfo(lcWeb) << "completed" << healed << "reactions a stop left pending";
    SD_CHECK(web->flush());
    // A short way behind: caught up now. A long way (a new web terminal on a big log): in the
    // background, while the hub serves.
    SD_CHECK(web->catchUp(blockingPages));
    if (web->m_behind > 0) {
        qCInfo(lcWeb) << "catching up in the background:" << web->m_behind << "events";
        web->m_catchingUp = true;
        web->m_started.start();
        web->m_progress.start();
        QTimer::singleShot(0, web.get(), &WebTerminal::catchUpStep);
    }
    return web;
}

QString WebTerminal::terminal() const
{
    return m_store->terminal();
}

Status WebTerminal::catchUp(int maxPages)
{
    SyncService &sync = m_services->sync;
    SD_TRY(qint64 after, sync.lastGlobalSeq());
    SD_TRY(const qint64 end, m_log.lastSeq());
    m_behind = std::max<qint64>(0, end - after);
    bool announced = true;
    // Bounded: each page moves `after` forward, and the log's end was read first.
    for (int pages = 0; after < end && pages < maxPages; ++pages) {
        SD_TRY(const QList<Sync::SyncEvent> page, m_log.readAfter(after, terminal(), PageSize));
        if (page.isEmpty()) {
            after = end; // the rest are this terminal's own events
            break;
        }
        QList<RemoteEvent> batch;
        batch.reserve(page.size());
        for (const Sync::SyncEvent &e : page)
            batch.append({e.event, e.globalSeq, {}});
        const bool large = page.size() >= SyncService::ResetThreshold || !announced;
        SD_TRY(const RemoteApplied applied,
               sync.applyRemote(batch,
                                large ? SyncService::Announce::Later : SyncService::Announce::Now));
        if (applied.keptAside > 0)
            qCWarning(lcWeb) << applied.keptAside << "events kept aside (verify lists them)";
        announced = !large;
        after = std::max(after, page.constLast().globalSeq);
    }
    m_behind = std::max<qint64>(0, end - after);
    if (!announced)
        sync.announceReset();
    return {};
}

void WebTerminal::catchUpStep()
{
    // A page per turn of the event loop (about 0.1 s): the hub keeps serving terminals and reads
    // meanwhile.
    if (Status done = catchUp(1); !done.ok()) {
        qCWarning(lcWeb).noquote()
            << "catching up failed, trying again in a second:" << done.error().message;
        QTimer::singleShot(1000, this, &WebTerminal::catchUpStep);
        return;
    }
    if (m_behind > 0) {
        if (m_progress.elapsed() > 10'000) {
            qCInfo(lcWeb) << "catching up:" << m_behind << "events to go";
            m_progress.restart();
        }
        QTimer::singleShot(0, this, &WebTerminal::catchUpStep);
        return;
    }
    m_catchingUp = false;
    qCInfo(lcWeb) << "caught up with the log in" << m_started.elapsed() / 1000.0 << "s";
    emit caughtUp();
}

Status WebTerminal::flush()
{
    SyncService &sync = m_services->sync;
    // Bounded: each round marks what it sent, so the outbox shrinks.
    for (int round = 0; round < 1'000'000; ++round) {
        SD_TRY(const QList<DomainEvent> unsent, sync.unsentEvents(PageSize));
        if (unsent.isEmpty())
            return {};
        SD_TRY(const AppendResult appended, m_server.appendLocal(unsent));
        QList<SentEvent> sent;
        sent.reserve(appended.assigned.size());
        for (const Sync::Assigned &a : appended.assigned)
            sent.append({a.eventId, a.globalSeq});
        SD_TRY(const int marked, sync.markSent(sent));
        if (marked == 0)
            return Error::storage(QStringLiteral("the web terminal's outbox does not shrink"));
    }
    return {};
}

} // namespace ShopDesk::Hub
