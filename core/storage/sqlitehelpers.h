#pragma once

#include "domainevent.h"
#include "orderview.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Helpers the parts of the SQLite store share: reading rows, and building search terms.
namespace ShopDesk {

inline QDateTime timeAt(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

inline QString likePattern(const QString &text, bool prefixOnly)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1StringView("\\\\"))
        .replace(QLatin1Char('%'), QLatin1StringView("\\%"))
        .replace(QLatin1Char('_'), QLatin1StringView("\\_"));
    return prefixOnly ? escaped + QLatin1Char('%') : QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The bounds of the strings that start with prefix, for a range on an index: [prefix, end).
// U+FFFF sorts after every character an id holds in SQLite's binary (UTF-8) order.
inline QVariantList prefixRange(const QString &prefix)
{
    return {prefix, prefix + QChar(0xFFFF)};
}

// The text as typed, upper- and lower-cased: the forms an ASCII-case-blind prefix may take
// in an id, each searched as a range on the id's index.
inline QStringList caseForms(const QString &text)
{
    QStringList forms{text};
    for (const QString &form : {text.toUpper(), text.toLower()}) {
        if (!forms.contains(form))
            forms << form;
    }
    return forms;
}

// An FTS5 string literal: the text as one phrase, its double quotes doubled.
inline QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Resets a cached statement once its rows are read, so that it holds no read snapshot.
struct QueryFinisher
{
    QSqlQuery *query;
    ~QueryFinisher() { query->finish(); }
};

inline const QString orderViewColumns = QStringLiteral(
    "order_id, status, customer_name, customer_phone, customer_address, total, line_count, "
    "item_count, payment_method, payment_status, delivery_id, delivery_status, origin, placed_at, "
    "delivery_started_at, updated_at");

inline OrderView readOrderView(const QSqlQuery &q)
{
    OrderView v;
    v.orderId = q.value(0).toString();
    v.status = q.value(1).toString();
    v.customerName = q.value(2).toString();
    v.customerPhone = q.value(3).toString();
    v.customerAddress = q.value(4).toString();
    v.total = q.value(5).toLongLong();
    v.lineCount = q.value(6).toInt();
    v.itemCount = q.value(7).toLongLong();
    v.paymentMethod = q.value(8).toString();
    v.paymentStatus = q.value(9).toString();
    v.deliveryId = q.value(10).toString();
    v.deliveryStatus = q.value(11).toString();
    v.origin = q.value(12).toString();
    v.placedAt = timeAt(q.value(13));
    v.deliveryStartedAt = timeAt(q.value(14));
    v.updatedAt = timeAt(q.value(15));
    return v;
}

inline const QString eventColumns = QStringLiteral(
    "seq, event_id, type, order_id, product_id, origin, origin_seq, actor, causation_id, "
    "occurred_at, payload");

inline DomainEvent readEvent(const QSqlQuery &q, int first = 0)
{
    DomainEvent e;
    e.seq = q.value(first + 0).toLongLong();
    e.eventId = q.value(first + 1).toString();
    e.type = q.value(first + 2).toString();
    e.orderId = q.value(first + 3).toString();
    e.productId = q.value(first + 4).toString();
    e.origin = q.value(first + 5).toString();
    e.originSeq = q.value(first + 6).toLongLong();
    e.actor = q.value(first + 7).toString();
    e.causationId = q.value(first + 8).toString();
    e.occurredAt = timeAt(q.value(first + 9));
    e.payload = QJsonDocument::fromJson(q.value(first + 10).toString().toUtf8()).object();
    return e;
}
} // namespace ShopDesk
