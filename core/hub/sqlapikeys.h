#pragma once

#include "apikeys.h"

namespace ShopDesk::Hub {

class SqlHubStore;

// ApiKeyStore over the hub database's api_keys table, on the connection of a SqlHubStore (same
// thread). Each call is one statement: add is an upsert that replaces only a revoked key.
class SqlApiKeys final : public ApiKeyStore
{
public:
    // `store` must outlive this.
    explicit SqlApiKeys(SqlHubStore &store);

    Status addApiKey(const ApiKeyRecord &key) override;
    Result<std::optional<ApiKeyRecord>> apiKey(const QString &name) override;
    Result<QList<ApiKeyRecord>> apiKeys() override;
    Status revokeApiKey(const QString &name) override;

private:
    SqlHubStore &m_store;
};

} // namespace ShopDesk::Hub
