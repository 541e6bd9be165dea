#include "user.h"

#include <algorithm>

namespace ShopDesk {

QString toText(Role role)
{
    return role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("clerk");
}

std::optional<Role> roleFromString(QStringView text)
{
    if (text == QLatin1StringView("clerk"))
        return Role::Clerk;
    if (text == QLatin1StringView("manager"))
        return Role::Manager;
    return std::nullopt;
}

QJsonObject ActingUser::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("role"), toText(role)}};
}

QJsonObject User::toJson(const QDateTime &now) const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), toText(role)},
            {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("failedLogins"), failedLogins},
            {QStringLiteral("lockedUntil"),
             isLockedAt(now) ? QJsonValue(lockedUntil.toString(Qt::ISODateWithMs)) : QJsonValue()}};
}

namespace UserRules {

Status validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalidInput(QStringLiteral("the user name cannot be empty"));
    if (trimmed.size() > MaxNameLength) {
        return Error::invalidInput(
            QStringLiteral("the user name is longer than %1 characters").arg(MaxNameLength));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Error::invalidInput(QStringLiteral("the user name has a control character"));
    }
    return {};
}

Status validatePin(const QString &pin)
{
    bool digits = pin.size() >= MinPinLength && pin.size() <= MaxPinLength;
    for (const QChar c : pin)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits) {
        return Error::invalidInput(
            QStringLiteral("a PIN is %1 to %2 digits (0-9), got %3 characters")
                .arg(MinPinLength)
                .arg(MaxPinLength)
                .arg(pin.size()));
    }
    return {};
}

Status validatePin(const QString &pin, int shopMinimum)
{
    SD_CHECK(validatePin(pin));
    if (pin.size() < shopMinimum) {
        return Error::invalidInput(
            QStringLiteral("this shop's PINs have at least %1 digits, got %2")
                .arg(shopMinimum)
                .arg(pin.size()),
            {{QStringLiteral("reason"), QStringLiteral("pinTooShort")},
             {QStringLiteral("minPinLength"), shopMinimum}});
    }
    return {};
}

Status validateMinPinLength(qint64 length)
{
    if (length < MinPinLength || length > MaxPinLength) {
        return Error::invalidInput(QStringLiteral("the minimum PIN length must be %1 to %2, got %3")
                                       .arg(MinPinLength)
                                       .arg(MaxPinLength)
                                       .arg(length));
    }
    return {};
}

std::chrono::seconds lockoutAfter(int failedLogins)
{
    if (failedLogins <= 0 || failedLogins % MaxFailedLogins != 0)
        return std::chrono::seconds(0);
    std::chrono::seconds lockout = FirstLockout;
    for (int n = failedLogins / MaxFailedLogins; n > 1 && lockout < MaxLockout; --n)
        lockout *= 2;
    return std::min(lockout, MaxLockout);
}

} // namespace UserRules

} // namespace ShopDesk
