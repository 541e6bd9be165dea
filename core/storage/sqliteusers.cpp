#include "sqliteusers.h"

#include "sqlitehelpers.h"

#include <algorithm>

namespace ShopDesk {

namespace {

User readUser(const QSqlQuery &q)
{
    User user;
    user.name = q.value(0).toString();
    user.role = roleFromString(q.value(1).toString()).value_or(Role::Clerk);
    user.salt = q.value(2).toByteArray();
    user.pinKey = q.value(3).toByteArray();
    user.iterations = q.value(4).toInt();
    user.createdAt = timeAt(q.value(5));
    user.disabled = q.value(6).toBool();
    user.failedLogins = q.value(7).toInt();
    user.lockedUntil = timeAt(q.value(8));
    return user;
}

const QString userColumns = QStringLiteral(
    "name, role, salt, pin_key, iterations, created_at, disabled, failed_logins, locked_until");

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SqliteUsers::SqliteUsers(SqliteConnection &connection)
    : SqlitePart(connection)
{}

Result<bool> SqliteUsers::hasUsers()
{
    SD_TRY(QSqlQuery * q, run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")));
    QueryFinisher finish{q};
    return q->next() && q->value(0).toBool();
}

Result<std::optional<User>> SqliteUsers::findUser(const QString &name)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(userColumns), {name}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

Result<QList<User>> SqliteUsers::users()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(userColumns)));
    QueryFinisher finish{q};
    QList<User> users;
    while (q->next())
        users.append(readUser(*q));
    return users;
}

Status SqliteUsers::insertUser(const User &user)
{
    SD_TRY(const std::optional<User> existing, findUser(user.name));
    if (existing) {
        return Error::invalidInput(
            QStringLiteral("a user named '%1' already exists; choose another name")
                .arg(existing->name),
            {{QStringLiteral("user"), existing->name},
             {QStringLiteral("reason"), QStringLiteral("nameTaken")}});
    }
    return exec(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(userColumns),
                {user.name, toText(user.role), user.salt, user.pinKey, user.iterations,
                 user.createdAt.toMSecsSinceEpoch(), user.disabled ? 1 : 0, user.failedLogins,
                 nullableTime(user.lockedUntil)});
}

Status SqliteUsers::saveUserPin(const User &user)
{
    return exec(
        QStringLiteral("UPDATE users SET salt = ?, pin_key = ?, iterations = ? WHERE name = ?"),
        {user.salt, user.pinKey, user.iterations, user.name});
}

Status SqliteUsers::saveUserAccess(const User &user)
{
    return exec(QStringLiteral("UPDATE users SET role = ?, disabled = ? WHERE name = ?"),
                {toText(user.role), user.disabled ? 1 : 0, user.name});
}

Status SqliteUsers::saveLoginFailures(const User &user)
{
    return exec(
        QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE name = ?"),
        {user.failedLogins, nullableTime(user.lockedUntil), user.name});
}

Result<int> SqliteUsers::minPinLength()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT value FROM meta WHERE key = 'min_pin_length'")));
    QueryFinisher finish{q};
    if (!q->next())
        return UserRules::MinPinLength;
    bool ok = false;
    const int length = q->value(0).toString().toInt(&ok);
    // A value this build does not accept (written by hand) falls back to the rule's bounds.
    return ok ? std::clamp(length, UserRules::MinPinLength, UserRules::MaxPinLength)
              : UserRules::MinPinLength;
}

Status SqliteUsers::saveMinPinLength(int length)
{
    return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('min_pin_length', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {QString::number(length)});
}

} // namespace ShopDesk
