#include "clisession.h"
#include "commandhandlers.h"
#include "protocol.h"
#include "syncclient.h"

#include <QEventLoop>

namespace ShopDesk::CliHandlers {

int sync(CliSession &session)
{
    CliOutput &out = session.out();
    const QUrl hub(session.value(QStringLiteral("--hub")), QUrl::StrictMode);
    const QString scheme = hub.scheme();
    if (!hub.isValid() || hub.host().isEmpty() ||
        (scheme != QLatin1StringView("ws") && scheme != QLatin1StringView("wss"))) {
        return out.fail(Error::invalidInput(
            QStringLiteral("--hub must be a ws://HOST:PORT or wss://HOST:PORT address, got '%1'")
                .arg(session.value(QStringLiteral("--hub")))));
    }
    const QString token = session.value(QStringLiteral("--token"));
    if (token.trimmed().isEmpty())
        return out.fail(Error::invalidInput(QStringLiteral("--token must not be empty")));

    // The hub's token is what authorizes a sync; no user login is needed for it.
    SyncService &syncService = session.shop().sync;
    SyncClient client(syncService);
    SyncClient::Options options;
    options.hub = hub;
    options.token = token;
    options.reconnect = false;
    client.setOptions(options);

    const auto before = syncService.outboxState();
    if (!before)
        return out.fail(before.error());
    qint64 received = 0;
    QString errorCode;
    QString errorMessage;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::synced, &loop, &QEventLoop::quit);
    QObject::connect(&client, &SyncClient::errorOccurred, &loop,
                     [&](const QString &code, const QString &message) {
                         errorCode = code;
                         errorMessage = message;
                         loop.quit();
                     });
    QObject::connect(&client, &SyncClient::remoteEventsApplied, &loop,
                     [&](int count) { received += count; });
    QObject::connect(&client, &SyncClient::catchUpProgress, &loop, [&](qint64 done, qint64 total) {
        if (total > 0)
            out.progress(QStringLiteral("sync: catching up %1 of %2").arg(done).arg(total));
    });
    client.start();
    loop.exec();
    client.stop();
    // The hub held one of our unsent events' ids as another event; the client gave ours a new
    // id, so one more attempt pushes it (a second refusal is said as it is).
    if (errorCode == Sync::ErrorName::EventIdTaken) {
        errorCode.clear();
        errorMessage.clear();
        client.start();
        loop.exec();
        client.stop();
    }
    out.endProgress();

    if (!errorCode.isEmpty()) {
        // A hub that cannot be reached or refuses the token is an environment failure of
        // this command, like a database that cannot be opened: exit 4 with the hub's code.
        return out.fail(errorCode, errorMessage, ExitStatus::StorageError);
    }
    const qint64 pushed = before->unsent - client.unsentCount();
    const auto last = syncService.lastGlobalSeq();
    if (!last)
        return out.fail(last.error());
    const QString terminal = session.store().terminal();
    return out.print(QJsonObject{{QStringLiteral("hub"), hub.toString()},
                                 {QStringLiteral("terminal"), terminal},
                                 {QStringLiteral("pushed"), pushed},
                                 {QStringLiteral("received"), received},
                                 {QStringLiteral("unsent"), client.unsentCount()},
                                 {QStringLiteral("lastGlobalSeq"), *last}},
                     [&](QTextStream &text) {
                         text << "Synced " << terminal << " with " << hub.toString() << ": pushed "
                              << pushed << (pushed == 1 ? " event" : " events") << ", received "
                              << received << (received == 1 ? " event" : " events")
                              << "; last global sequence " << *last << '\n';
                     });
}

} // namespace ShopDesk::CliHandlers
