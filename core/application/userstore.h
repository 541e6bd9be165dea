#pragma once

#include "result.h"
#include "user.h"

#include <QList>

#include <optional>

namespace ShopDesk {

// The users port: this terminal's users, their PINs and roles.
class UserStore
{
public:
    virtual ~UserStore() = default;

    // Whether any user exists: until one does, the shop needs no login.
    virtual Result<bool> hasUsers() = 0;
    // By name, without regard to ASCII case.
    virtual Result<std::optional<User>> findUser(const QString &name) = 0;
    // Every user, by name.
    virtual Result<QList<User>> users() = 0;
    // Inside the open transaction; InvalidInput when the name is taken.
    virtual Status insertUser(const User &user) = 0;
    // Inside the open transaction: replaces the user's salt, key and iterations.
    virtual Status saveUserPin(const User &user) = 0;
    // Inside the open transaction: replaces the user's role and disabled flag (schema 11).
    virtual Status saveUserAccess(const User &user) = 0;
    // Inside the open transaction: replaces the user's failed logins and the end of their
    // lockout (a null time for none) (schema 12).
    virtual Status saveLoginFailures(const User &user) = 0;
    // The shop's minimum PIN length; UserRules::MinPinLength until a manager sets one.
    virtual Result<int> minPinLength() = 0;
    // Inside the open transaction.
    virtual Status saveMinPinLength(int length) = 0;
};

} // namespace ShopDesk
