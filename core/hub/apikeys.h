#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ShopDesk::Hub {

// What an API key may do over REST: read (GET only), or act as a clerk or a manager of the
// terminal the hub hosts, by the services' own role rules.
enum class ApiRole { Reader, Clerk, Manager };

QString toText(ApiRole role);
std::optional<ApiRole> apiRoleFromString(QStringView text);

// An API key as stored: only a salted SHA-256 of its secret, as for terminals' tokens.
struct ApiKeyRecord
{
    QString name; // 1-32 letters, digits or '-', starting with a letter
    ApiRole role = ApiRole::Reader;
    QByteArray hash; // SHA-256(salt + secret), hex
    QByteArray salt; // hex
    QDateTime created;
    std::optional<QDateTime> revoked;
};

// The hub's API keys. addApiKey refuses a name that has a key not revoked (InvalidState); after
// a revoke, add replaces the old record.
class ApiKeyStore
{
public:
    virtual ~ApiKeyStore() = default;

    virtual Status addApiKey(const ApiKeyRecord &key) = 0;
    virtual Result<std::optional<ApiKeyRecord>> apiKey(const QString &name) = 0;
    virtual Result<QList<ApiKeyRecord>> apiKeys() = 0; // by name
    // NotFound for a name without a key, InvalidState when already revoked.
    virtual Status revokeApiKey(const QString &name) = 0;
};

// A new key: the bearer text "sdk_NAME_SECRET" (SECRET: 64 hex characters, 256 random bits),
// shown once; the record holds its hash.
struct NewApiKey
{
    QString bearer;
    ApiKeyRecord record;
};

bool isValidApiKeyName(const QString &name);
NewApiKey makeApiKey(const QString &name, ApiRole role);
// The name and secret of a bearer text; nullopt when it is not shaped as makeApiKey makes them.
std::optional<std::pair<QString, QString>> splitApiKey(QStringView bearer);
// Constant-time comparison of the secret's hash with the record's.
bool apiKeyMatches(const ApiKeyRecord &record, const QString &secret);

} // namespace ShopDesk::Hub
