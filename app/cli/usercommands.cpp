#include "clisession.h"
#include "commandhandlers.h"
#include "pinprompt.h"

#include <QJsonArray>

#include <algorithm>

namespace ShopDesk::CliHandlers {

namespace {

// The new PIN of `user add` and `user pin`: $SHOPDESK_NEW_PIN, else asked twice on the
// terminal; an InvalidInput error when neither gives one or the two differ.
Result<QString> newPin(const QString &name, const QString &whose)
{
    std::optional<QString> pin =
        PinPrompt::pinFrom("SHOPDESK_NEW_PIN", QStringLiteral("New PIN for %1 (%2-%3 digits): ")
                                                   .arg(name)
                                                   .arg(UserRules::MinPinLength)
                                                   .arg(UserRules::MaxPinLength));
    if (pin && !qEnvironmentVariableIsSet("SHOPDESK_NEW_PIN")) {
        const std::optional<QString> again =
            PinPrompt::readSecret(QStringLiteral("Repeat the PIN: "));
        if (again != pin)
            return Error::invalidInput(QStringLiteral("the two PINs differ; nothing changed"));
    }
    if (!pin) {
        return Error::invalidInput(
            QStringLiteral("no PIN for %1: set SHOPDESK_NEW_PIN, or run on a terminal to be "
                           "asked for it")
                .arg(whose));
    }
    return *pin;
}

Result<Role> roleOption(CliSession &session)
{
    const QString roleText = session.value(QStringLiteral("--role"));
    const std::optional<Role> role = roleFromString(roleText);
    if (!role) {
        return Error::invalidInput(
            QStringLiteral("--role must be clerk or manager, got '%1'").arg(roleText));
    }
    return *role;
}

// A user after a change, as `what` (Added, Disabled, Enabled) says it in the text form.
int printUser(CliSession &session, const Result<User> &user, const char *what)
{
    if (!user)
        return session.out().fail(user.error());
    return session.out().print(user->toJson(), [&](QTextStream &text) {
        text << what << ' ' << toText(user->role) << ' ' << user->name << '\n';
    });
}

} // namespace

int userAdd(CliSession &session)
{
    CliOutput &out = session.out();
    UserService &users = session.shop().users;
    const QString name = session.value(QStringLiteral("--name"));
    const Result<Role> role = roleOption(session);
    if (!role)
        return out.fail(role.error());
    if (Status valid = UserRules::validateName(name); !valid)
        return out.fail(valid.error());
    // Refused before anybody types a PIN for nothing; the service checks again.
    auto exist = users.hasUsers();
    if (!exist)
        return out.fail(exist.error());
    if (Status allowed = session.shop().work.authorize(Role::Manager, QStringLiteral("add users"));
        *exist && !allowed)
        return out.fail(allowed.error());
    const Result<QString> pin = newPin(name, QStringLiteral("the new user"));
    if (!pin)
        return out.fail(pin.error());
    return printUser(session, users.addUser(name, *role, *pin), "Added");
}

int userList(CliSession &session)
{
    auto users = session.shop().users.users();
    if (!users)
        return session.out().fail(users.error());
    const QDateTime now = session.shop().work.now();
    CliOutput::List list = session.out().list();
    for (const User &user : *users) {
        list.add(
            [&] { return user.toJson(now); },
            [&](QTextStream &text) {
                text << CliOutput::padRight(user.name, 20) << ' '
                     << CliOutput::padRight(toText(user.role), 8) << ' '
                     << user.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                     << (user.disabled ? " disabled" : "");
                if (user.isLockedAt(now)) {
                    text << " locked until "
                         << user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
                }
                if (user.failedLogins > 0)
                    text << ' ' << user.failedLogins << " failed logins";
                text << '\n';
            });
    }
    return list.finish();
}

int userRole(CliSession &session)
{
    const Result<Role> role = roleOption(session);
    if (!role)
        return session.out().fail(role.error());
    auto user = session.shop().users.changeRole(session.value(QStringLiteral("--name")), *role);
    if (!user)
        return session.out().fail(user.error());
    return session.out().print(user->toJson(), [&](QTextStream &text) {
        text << user->name << " is a " << toText(user->role) << '\n';
    });
}

int userDisable(CliSession &session)
{
    return printUser(session,
                     session.shop().users.disableUser(session.value(QStringLiteral("--name"))),
                     "Disabled");
}

int userEnable(CliSession &session)
{
    return printUser(session,
                     session.shop().users.enableUser(session.value(QStringLiteral("--name"))),
                     "Enabled");
}

int userPin(CliSession &session)
{
    CliOutput &out = session.out();
    UserService &userService = session.shop().users;
    const QString name = session.value(QStringLiteral("--name")).trimmed();
    // Refused before anybody types a PIN for nothing; the service checks again.
    if (Status allowed =
            session.shop().work.authorize(Role::Manager, QStringLiteral("reset a PIN"));
        !allowed)
        return out.fail(allowed.error());
    auto users = userService.users();
    if (!users)
        return out.fail(users.error());
    auto found = std::find_if(users->cbegin(), users->cend(), [&](const User &user) {
        return user.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (found == users->cend()) {
        return out.fail(Error::notFound(QStringLiteral("no user is named '%1'").arg(name),
                                        {{QStringLiteral("user"), name}}));
    }
    const Result<QString> pin = newPin(found->name, found->name);
    if (!pin)
        return out.fail(pin.error());
    if (Status reset = userService.resetPin(found->name, *pin); !reset)
        return out.fail(reset.error());
    return out.print(
        QJsonObject{{QStringLiteral("name"), found->name}, {QStringLiteral("pinChanged"), true}},
        [&](QTextStream &text) { text << "Changed the PIN of " << found->name << '\n'; });
}

int userUnlock(CliSession &session)
{
    auto user = session.shop().users.unlockUser(session.argument());
    if (!user)
        return session.out().fail(user.error());
    return session.out().print(user->toJson(session.shop().work.now()), [&](QTextStream &text) {
        text << "Unlocked " << user->name << ": no failed logins, no lockout\n";
    });
}

int userMinPin(CliSession &session)
{
    UserService &users = session.shop().users;
    if (session.has(QStringLiteral("--length"))) {
        const Result<qint64> length = session.integerOption(QStringLiteral("--length"));
        if (!length)
            return session.out().fail(length.error());
        if (Status valid = UserRules::validateMinPinLength(*length); !valid)
            return session.out().fail(valid.error());
        if (Status set = users.setMinPinLength(int(*length)); !set)
            return session.out().fail(set.error());
    } else if (Status allowed =
                   session.shop().work.authorize(Role::Clerk, QStringLiteral("read settings"));
               !allowed) {
        return session.out().fail(allowed.error());
    }
    const Result<int> minimum = users.minPinLength();
    if (!minimum)
        return session.out().fail(minimum.error());
    return session.out().print(
        QJsonObject{{QStringLiteral("minPinLength"), *minimum}},
        [&](QTextStream &text) { text << "New PINs have at least " << *minimum << " digits\n"; });
}

} // namespace ShopDesk::CliHandlers
