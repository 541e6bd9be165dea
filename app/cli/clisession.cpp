#include "clisession.h"

#include "pinprompt.h"

#include <limits>

namespace ShopDesk {

CliSession::CliSession(const CliArguments &arguments, const CliCommand &command, CliOutput &out)
    : m_arguments(arguments)
    , m_command(command)
    , m_out(out)
{}

QString CliSession::databasePath() const
{
    return has(QStringLiteral("--db")) ? value(QStringLiteral("--db")) : SqliteStore::defaultPath();
}

void CliSession::close()
{
    m_shop.reset();
    m_store.reset();
}

Status CliSession::open()
{
    SqliteOptions options;
    options.path = databasePath();
    // A file named on the command line is created, but not its folder: a mistyped folder
    // would otherwise hold a new, empty shop. $SHOPDESK_DB and the app's data folder are
    // configured locations, made when missing.
    options.createFolder = !has(QStringLiteral("--db"));
    // Checked by open() when it creates the database; ignored for an existing one.
    if (has(QStringLiteral("--terminal")))
        options.terminal = value(QStringLiteral("--terminal"));
    SD_TRY(m_store, SqliteStore::open(options));
    m_shop = std::make_unique<ShopServices>(*m_store);
    m_shop->work.setActor(QStringLiteral("cli"));
    SD_CHECK(logIn());

    // Finish what an interrupted earlier command left pending, before anything else.
    if (m_store->isReadOnly()) {
        // Reads still work; a write fails later with a clear storage error.
        auto pending = m_store->pendingReactions(1000);
        QString warning = m_store->location() + QStringLiteral(" is read-only; reading only");
        if (pending && !pending->isEmpty())
            warning += QStringLiteral(", and %1 pending reactions cannot be completed; showing "
                                      "it as it is")
                           .arg(pending->size());
        m_out.warning(warning);
    } else if (auto healed = m_shop->policies.runPending(); !healed) {
        m_out.warning(QStringLiteral("pending reactions could not be completed: ") +
                      healed.error().message);
    }
    return {};
}

Status CliSession::logIn()
{
    if (!has(QStringLiteral("--user")))
        return {};
    const QString name = value(QStringLiteral("--user"));
    const std::optional<QString> pin =
        PinPrompt::pinFrom("SHOPDESK_PIN", QStringLiteral("PIN for %1: ").arg(name));
    if (!pin) {
        return Error::unauthorized(
            QStringLiteral("no PIN for user '%1': set SHOPDESK_PIN, or run on a terminal to be "
                           "asked for it")
                .arg(name));
    }
    auto user = m_shop->users.logIn(name, *pin);
    if (!user)
        return user.error();
    return {};
}

Result<qint64> CliSession::integerOption(const QString &option) const
{
    if (!has(option))
        return qint64(-1);
    return CliArguments::parseInteger(value(option), option);
}

Result<ListQuery> CliSession::listQuery() const
{
    ListQuery query;
    SD_TRY(const qint64 limit, integerOption(QStringLiteral("--limit")));
    if (has(QStringLiteral("--limit")) && limit < 0)
        return Error::invalidInput(QStringLiteral("--limit must be 0 or more, got %1").arg(limit));
    query.limit = int(qMin<qint64>(limit, std::numeric_limits<int>::max()));
    query.search = value(QStringLiteral("--search"));
    query.status = value(QStringLiteral("--status"));
    return query;
}

} // namespace ShopDesk
