#pragma once

#include "catalogstore.h"
#include "protocol.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ShopDesk::Hub {

// What one push did to the log: the global sequence of every event of the batch (in batch
// order; a duplicate keeps the one it already had) and the events that were new, with their
// global sequences, for the fan-out to other terminals.
struct AppendResult
{
    QList<Sync::Assigned> assigned;
    QList<Sync::SyncEvent> added;
};

// A page of the log as one ready events frame (Sync::EventsFrameWriter), for catch-up.
struct EventPage
{
    QByteArray frame; // empty when count is 0
    int count = 0;
    qint64 lastSeq = 0; // globalSeq of the page's last event
};

// A terminal's token as stored: only a salted hash of the secret.
struct TokenRecord
{
    QString name;
    QByteArray hash; // SHA-256(salt + secret), hex
    QByteArray salt; // hex
    QDateTime created;
    std::optional<QDateTime> revoked;
};

// The hub's projection, built from the log in the same transaction as each append. Its stock
// rows are the terminal's (one type, so the two figures compare field by field).
using StockRow = ShopDesk::StockRow;

struct OrderRow
{
    QString orderId;
    QString origin;
    QString status;
    QString customerName;
    qint64 total = 0;
    QString paymentStatus;
    QString deliveryId;
    QString deliveryStatus;
};

struct DeliveryRow
{
    QString deliveryId;
    QString orderId;
    QString origin;
    QString status;
};

// The hub's storage port: the global event log, the terminals' tokens and the projection.
// One implementation (SqlHubStore) runs on SQLite and PostgreSQL; the server and the HTTP
// endpoints only see this interface. Errors are values: Storage for a failing database,
// InvalidInput for a batch the log must not take (a reused origin sequence), NotFound and
// InvalidState for token commands.
class HubStore
{
public:
    virtual ~HubStore() = default;

    // Appends a batch in one transaction: each event not yet in the log gets the next global
    // sequence and updates the projection; an event already there (same eventId, origin and
    // originSeq) keeps its sequence and changes nothing. An event whose (origin, originSeq)
    // the log holds under another eventId refuses the whole batch (InvalidInput).
    virtual Result<AppendResult> append(const QList<DomainEvent> &events) = 0;

    // Up to `limit` events with globalSeq > afterSeq whose origin is not `excludeOrigin`,
    // ascending. The caller pages through the log with the last globalSeq it got.
    virtual Result<QList<Sync::SyncEvent>> readAfter(qint64 afterSeq, const QString &excludeOrigin,
                                                     int limit) = 0;

    // The same page as readAfter, already encoded as an events frame.
    virtual Result<EventPage> readPage(qint64 afterSeq, const QString &excludeOrigin,
                                       int limit) = 0;

    // The highest global sequence (0 for an empty log); also the number of events stored,
    // since sequences start at 1 and nothing is ever deleted.
    virtual Result<qint64> lastSeq() = 0;

    // A query that only a working database answers (for /readyz).
    virtual Status ping() = 0;

    // Tokens. addToken refuses a name that has a token not revoked (InvalidState); after a
    // revoke, add replaces the old record.
    virtual Status addToken(const TokenRecord &token) = 0;
    virtual Result<std::optional<TokenRecord>> token(const QString &name) = 0;
    virtual Result<QList<TokenRecord>> tokens() = 0;
    // NotFound for a name without a token, InvalidState when already revoked.
    virtual Status revokeToken(const QString &name) = 0;

    virtual Result<QList<StockRow>> stock() = 0;
    virtual Result<QList<OrderRow>> orders() = 0;
    virtual Result<QList<DeliveryRow>> deliveries() = 0;
};

} // namespace ShopDesk::Hub
