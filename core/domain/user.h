#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace ShopDesk {

// A clerk takes orders, payments, cancellations and deliveries; a manager may do all of
// that, and also products, stock and users.
enum class Role { Clerk, Manager };

QString toText(Role role);
std::optional<Role> roleFromString(QStringView text);

// Who a command acts for: a user who logged in (UserService::logIn), named on every event.
struct ActingUser
{
    QString name;
    Role role = Role::Clerk;

    bool isManager() const { return role == Role::Manager; }
    QJsonObject toJson() const;
};

// A user of this terminal's database. The PIN is kept only as a salted PBKDF2 key.
struct User
{
    QString name;
    Role role = Role::Clerk;
    QByteArray salt;    // random, per user
    QByteArray pinKey;  // PBKDF2-HMAC-SHA256(pin, salt, iterations)
    int iterations = 0; // stored per user, so that a later build can raise it
    QDateTime createdAt;
    bool disabled = false; // a manager disabled the user: no login until enabled again
    // Logins refused for a wrong PIN since the last right one or a manager's unlock (schema 12).
    int failedLogins = 0;
    QDateTime lockedUntil; // null, or when the lockout the failures earned ends

    ActingUser acting() const { return {name, role}; }
    bool isLockedAt(const QDateTime &now) const
    {
        return lockedUntil.isValid() && now < lockedUntil;
    }
    // Name, role, creation time, whether disabled, failed logins and the end of a lockout
    // (null when none is running at `now`): never the salt or the key.
    QJsonObject toJson(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

namespace UserRules {
inline constexpr int MinPinLength = 4;
// Long enough for a PIN that a stolen copy of the database cannot be searched for (10^20 keys
// at 30 ms each), short enough to type at the counter.
inline constexpr int MaxPinLength = 20;
inline constexpr int MaxNameLength = 40;

// Every MaxFailedLogins-th wrong PIN in a row locks the user out: the first time for
// FirstLockout, each further time twice as long, at most MaxLockout. A right PIN or a
// manager's unlock starts the count again.
inline constexpr int MaxFailedLogins = 5;
inline constexpr std::chrono::seconds FirstLockout{30};
inline constexpr std::chrono::seconds MaxLockout{3600};

// InvalidInput unless the name is 1-40 characters, not blank, without control characters.
Status validateName(const QString &name);
// InvalidInput unless the PIN is MinPinLength to MaxPinLength digits (0-9).
Status validatePin(const QString &pin);
// InvalidInput unless the PIN also has at least `shopMinimum` digits (the shop's setting);
// details.reason "pinTooShort" with details.minPinLength.
Status validatePin(const QString &pin, int shopMinimum);
// InvalidInput unless `length` is a minimum PIN length a shop may set (MinPinLength to
// MaxPinLength).
Status validateMinPinLength(qint64 length);
// How long the failedLogins-th wrong PIN in a row locks the user out; zero when it does not.
std::chrono::seconds lockoutAfter(int failedLogins);
} // namespace UserRules

} // namespace ShopDesk
