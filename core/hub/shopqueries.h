#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace ShopDesk::Hub {

// The shop as the hub knows it (every terminal's orders, deliveries, products and stock), as
// the REST API reads it: the hub's projection, kept in the same transaction as each append.

// One page of a list: page numbers from 0, at most 200 rows.
struct PageRequest
{
    int page = 0;
    int size = 20;
    QString sort;            // a key the list names (see each filter); empty: its default
    bool descending = false; // with an empty sort: the default's own direction
};

template<typename Row> struct PageOf
{
    QList<Row> rows;
    qint64 total = 0; // rows matching the filter, all pages together
};

// An order line as placed: price per unit, VAT included, before discounts.
struct OrderLineRecord
{
    QString productId;
    QString productName;
    qint64 qty = 0;
    qint64 price = 0;

    bool operator==(const OrderLineRecord &) const = default;
};

struct OrderRecord
{
    QString orderId;
    QString origin; // the terminal that placed (owns) it
    QString status; // placed, paid, delivering, delivered, cancelled, returned, ...
    QString customerName;
    QString customerPhone;
    qint64 total = 0;
    QString paymentMethod;  // empty until paid
    QString paymentStatus;  // empty until paid
    QString deliveryId;     // empty until delivery started
    QString deliveryStatus; // empty until delivery started
    QList<OrderLineRecord> lines;
    QDateTime placedAt;  // UTC
    QDateTime updatedAt; // UTC, the last event's time

    bool operator==(const OrderRecord &) const = default;
};

// Sort keys: "placedAt" (default, descending: newest first), "orderId", "total".
// status: exact; terminal: the origin, exact; since: placed at or after; search: a prefix of
// the order id or of the customer's name (case-sensitive, from an index).
struct OrderFilter
{
    QString status;
    QString terminal;
    QString search;
    std::optional<QDateTime> since;
};

struct DeliveryRecord
{
    QString deliveryId;
    QString orderId;
    QString origin;
    QString status; // started, completed, cancelled
    QDateTime startedAt;
    QDateTime updatedAt;

    bool operator==(const DeliveryRecord &) const = default;
};

// Sort keys: "startedAt" (default, descending), "deliveryId". since: started at or after;
// search: a prefix of the delivery id or the order id.
struct DeliveryFilter
{
    QString status;
    QString terminal;
    QString search;
    std::optional<QDateTime> since;
};

// A product with its stock (one row per product: /products and /stocks are two views of it).
struct ProductRecord
{
    QString productId;
    QString productName;
    qint64 price = 0;
    QString barcode;
    QString origin; // the terminal that registered or last changed it
    qint64 onHand = 0;
    qint64 reserved = 0;
    QDateTime updatedAt;

    qint64 available() const { return onHand - reserved; }
    bool operator==(const ProductRecord &) const = default;
};

// Sort keys: "productId" (default, ascending), "productName". search: a prefix of the id or
// of the name; since: changed at or after. status "short": available <= 0 (stock lists).
struct ProductFilter
{
    QString search;
    QString status;
    std::optional<QDateTime> since;
};

// The read port of the REST API. InvalidInput for a sort key the list does not know (the
// message names the keys); Storage for a failing database. A list never reads the whole
// table: each filter and sort runs from an index, and totals of the status and terminal
// filters come from counters the projection keeps.
class ShopQueries
{
public:
    virtual ~ShopQueries() = default;

    // Changes whenever what these queries read may have changed: answers read at one version
    // stay right while it does not change.
    virtual quint64 version() const = 0;

    virtual Result<PageOf<OrderRecord>> orders(const OrderFilter &filter,
                                               const PageRequest &page) = 0;
    virtual Result<std::optional<OrderRecord>> order(const QString &orderId) = 0;
    virtual Result<PageOf<DeliveryRecord>> deliveries(const DeliveryFilter &filter,
                                                      const PageRequest &page) = 0;
    virtual Result<std::optional<DeliveryRecord>> delivery(const QString &deliveryId) = 0;
    virtual Result<PageOf<ProductRecord>> products(const ProductFilter &filter,
                                                   const PageRequest &page) = 0;
    virtual Result<std::optional<ProductRecord>> product(const QString &productId) = 0;
};

} // namespace ShopDesk::Hub
