#include "user.h"

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

QJsonObject User::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), toText(role)},
            {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("disabled"), disabled}};
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

} // namespace UserRules

} // namespace ShopDesk
