#pragma once

#include "idempotencystore.h"

namespace ShopDesk::Hub {

class SqlHubStore;

// IdempotencyStore over the hub database's idempotency table, on the connection of a
// SqlHubStore (same thread). Each call is one statement.
class SqlIdempotency final : public IdempotencyStore
{
public:
    // `store` must outlive this.
    explicit SqlIdempotency(SqlHubStore &store);

    Result<std::optional<IdempotencyRecord>> idempotency(const QString &apiKey,
                                                         const QString &key) override;
    Status beginIdempotent(const IdempotencyRecord &pending) override;
    Status finishIdempotent(const IdempotencyRecord &finished) override;
    // Deletes the record only while it is pending: a finished answer stays.
    Status dropIdempotent(const QString &apiKey, const QString &key) override;
    Result<qint64> purgeIdempotency(const QDateTime &before) override;

private:
    SqlHubStore &m_store;
};

} // namespace ShopDesk::Hub
