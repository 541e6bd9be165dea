#include "clisession.h"
#include "commandhandlers.h"
#include "protocol.h"
#include "syncclient.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

namespace ShopDesk::CliHandlers {

namespace {

// "640": the owner's, the group's and the others' permissions as chmod writes them.
QString modeText(QFile::Permissions permissions)
{
    const uint bits = uint(permissions.toInt());
    return QString::number(((bits >> 12) & 7u) * 64 + ((bits >> 4) & 7u) * 8 + (bits & 7u), 8)
        .rightJustified(3, QLatin1Char('0'));
}

// The hub's token: from --token-file, else $SHOPDESK_HUB_TOKEN, else --token, which every user
// of the machine can read in /proc/PID/cmdline (a warning says so). A token file readable by
// group or others is refused, as ssh refuses such a key: the secret has leaked already.
Result<QString> hubToken(CliSession &session)
{
    const QString fileOption = QStringLiteral("--token-file");
    const QString tokenOption = QStringLiteral("--token");
    if (session.has(fileOption) && session.has(tokenOption)) {
        return Error::invalidInput(QStringLiteral("give --token-file or --token, not both"));
    }
    QString token;
    if (session.has(fileOption)) {
        const QString path = session.value(fileOption);
        const QFileInfo info(path);
        if (!info.isFile()) {
            return Error::invalidInput(
                QStringLiteral("--token-file %1 is not a readable file").arg(path));
        }
        const QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        if (info.permissions() & open) {
            return Error::invalidInput(
                QStringLiteral("--token-file %1 can be read or changed by other users (mode "
                               "%2); make it yours alone (chmod 600 %1) and get a new token if "
                               "others may have read it")
                    .arg(path)
                    .arg(modeText(info.permissions())));
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::invalidInput(
                QStringLiteral("cannot read --token-file %1: %2").arg(path, file.errorString()));
        }
        // The first line; a token is short, and a larger file is not one.
        token = QString::fromUtf8(file.read(4096)).section(QLatin1Char('\n'), 0, 0).trimmed();
        if (token.isEmpty())
            return Error::invalidInput(QStringLiteral("--token-file %1 holds no token").arg(path));
    } else if (session.has(tokenOption)) {
        token = session.value(tokenOption);
        if (token.trimmed().isEmpty())
            return Error::invalidInput(QStringLiteral("--token must not be empty"));
        session.out().warning(QStringLiteral(
            "--token shows the token to every user of this machine (in the process list); use "
            "--token-file FILE or $SHOPDESK_HUB_TOKEN instead"));
    } else {
        token = qEnvironmentVariable("SHOPDESK_HUB_TOKEN").trimmed();
        if (token.isEmpty()) {
            return Error::invalidInput(QStringLiteral(
                "no token for the hub: give --token-file FILE or set SHOPDESK_HUB_TOKEN"));
        }
    }
    return token;
}

} // namespace

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
    const Result<QString> token = hubToken(session);
    if (!token)
        return out.fail(token.error());

    // The hub's token is what authorizes a sync; no user login is needed for it.
    SyncService &syncService = session.shop().sync;
    SyncClient client(syncService);
    SyncClient::Options options;
    options.hub = hub;
    options.token = *token;
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
