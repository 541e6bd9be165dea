#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

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

    ActingUser acting() const { return {name, role}; }
    // Name, role, creation time and whether disabled: never the salt or the key.
    QJsonObject toJson() const;
};

namespace UserRules {
inline constexpr int MinPinLength = 4;
inline constexpr int MaxPinLength = 12;
inline constexpr int MaxNameLength = 40;

// InvalidInput unless the name is 1-40 characters, not blank, without control characters.
Status validateName(const QString &name);
// InvalidInput unless the PIN is 4 to 12 digits (0-9).
Status validatePin(const QString &pin);
} // namespace UserRules

} // namespace ShopDesk
