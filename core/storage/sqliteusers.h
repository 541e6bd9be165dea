#pragma once

#include "sqlitepart.h"
#include "userstore.h"

namespace ShopDesk {

// This terminal's users in SQLite (schema 3; disabled since schema 11; failed logins and
// lockouts since schema 12).
class SqliteUsers final : public UserStore, private SqlitePart
{
public:
    explicit SqliteUsers(SqliteConnection &connection);

    Result<bool> hasUsers() override;
    Result<std::optional<User>> findUser(const QString &name) override;
    Result<QList<User>> users() override;
    Status insertUser(const User &user) override;
    Status saveUserPin(const User &user) override;
    Status saveUserAccess(const User &user) override;
    Status saveLoginFailures(const User &user) override;
    Result<int> minPinLength() override;
    Status saveMinPinLength(int length) override;
};

} // namespace ShopDesk
