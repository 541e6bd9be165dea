#include "apikeys.h"

#include "tokens.h"

#include <QRegularExpression>

namespace ShopDesk::Hub {

namespace {

constexpr qsizetype SecretLength = 64;

} // namespace

QString toText(ApiRole role)
{
    switch (role) {
    case ApiRole::Reader:
        return QStringLiteral("reader");
    case ApiRole::Clerk:
        return QStringLiteral("clerk");
    case ApiRole::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

std::optional<ApiRole> apiRoleFromString(QStringView text)
{
    for (ApiRole role : {ApiRole::Reader, ApiRole::Clerk, ApiRole::Manager}) {
        if (text == toText(role))
            return role;
    }
    return std::nullopt;
}

bool isValidApiKeyName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{0,31}$"));
    return pattern.match(name).hasMatch();
}

NewApiKey makeApiKey(const QString &name, ApiRole role)
{
    const SaltedSecret made = makeSaltedSecret();
    NewApiKey key;
    key.bearer = QStringLiteral("sdk_%1_%2").arg(name, made.secret);
    key.record.name = name;
    key.record.role = role;
    key.record.salt = made.salt;
    key.record.hash = made.hash;
    key.record.created = QDateTime::currentDateTimeUtc();
    return key;
}

std::optional<std::pair<QString, QString>> splitApiKey(QStringView bearer)
{
    // sdk_NAME_SECRET; names hold no '_', so the last one ends the name.
    if (!bearer.startsWith(QLatin1StringView("sdk_")) || bearer.size() > 4 + 32 + 1 + SecretLength)
        return std::nullopt;
    const qsizetype cut = bearer.lastIndexOf('_');
    if (cut <= 4)
        return std::nullopt;
    const QString name = bearer.mid(4, cut - 4).toString();
    const QStringView secret = bearer.mid(cut + 1);
    if (!isValidApiKeyName(name) || secret.size() != SecretLength)
        return std::nullopt;
    for (QChar c : secret) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    }
    return std::make_pair(name, secret.toString());
}

bool apiKeyMatches(const ApiKeyRecord &record, const QString &secret)
{
    return secretMatches(record.salt, record.hash, secret);
}

} // namespace ShopDesk::Hub
