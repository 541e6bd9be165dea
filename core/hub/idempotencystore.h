#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ShopDesk::Hub {

// A POST's Idempotency-Key and what the first request with it got. A record is written as
// pending (status 0) before the request runs, and finished with its answer after: a pending
// record found later means the hub stopped while the first request ran.
struct IdempotencyRecord
{
    QString apiKey;      // the API key's name: keys of two callers never meet
    QString key;         // the Idempotency-Key header, 1-255 printable ASCII characters
    QByteArray request;  // SHA-256 hex of method, path and body: what "the same request" is
    int status = 0;      // the answer's HTTP status; 0 while pending
    QByteArray location; // the answer's Location header, if any
    QByteArray body;     // the answer's body
    QDateTime created;
};

class IdempotencyStore
{
public:
    virtual ~IdempotencyStore() = default;

    virtual Result<std::optional<IdempotencyRecord>> idempotency(const QString &apiKey,
                                                                 const QString &key) = 0;
    // Inserts the pending record; InvalidState when (apiKey, key) is taken.
    virtual Status beginIdempotent(const IdempotencyRecord &pending) = 0;
    // Stores the answer of (apiKey, key).
    virtual Status finishIdempotent(const IdempotencyRecord &finished) = 0;
    // Forgets a pending record whose request failed for a reason worth a retry (the hub's
    // database, a busy terminal): the same key may then run again.
    virtual Status dropIdempotent(const QString &apiKey, const QString &key) = 0;
    // Deletes records created before `before`; returns how many.
    virtual Result<qint64> purgeIdempotency(const QDateTime &before) = 0;
};

} // namespace ShopDesk::Hub
