#include "ordermessages.h"

#include "displaytext.h"

#include <QJsonArray>

namespace ShopDesk {

QString OrderMessages::error(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InsufficientStock:
        return tr("Not enough stock; the order was not placed. Lower the quantities or remove "
                  "these lines:\n%1")
            .arg(shortages(error).join(QLatin1Char('\n')));
    case ErrorCode::InvalidInput:
        return tr("Please correct the entry: %1").arg(error.message);
    case ErrorCode::NotFound:
        return tr("Not found: %1").arg(error.message);
    case ErrorCode::InvalidState:
        if (const QString owner = error.details.value(QStringLiteral("owner")).toString();
            !owner.isEmpty()) {
            return ownedElsewhere(error.details.value(QStringLiteral("orderId")).toString(), owner);
        }
        return tr("Not possible in the order's present state: %1").arg(error.message);
    case ErrorCode::Storage:
        return tr("The database could not do this (nothing was changed): %1").arg(error.message);
    case ErrorCode::Unauthorized:
        return tr("Please log in first.");
    case ErrorCode::Forbidden:
        return tr("Your role may not do this; ask a manager.");
    }
    return error.message;
}

QStringList OrderMessages::shortages(const Error &error)
{
    QStringList lines;
    const QJsonArray items = error.details.value(QStringLiteral("shortages")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject shortage = item.toObject();
        lines
            << tr("%1 %2: %3 wanted, %4 available (%5 short)")
                   .arg(shortage.value(QStringLiteral("productId")).toString(),
                        shortage.value(QStringLiteral("productName")).toString(),
                        DisplayText::count(shortage.value(QStringLiteral("requested")).toInteger()),
                        DisplayText::count(shortage.value(QStringLiteral("available")).toInteger()),
                        DisplayText::count(shortage.value(QStringLiteral("short")).toInteger()));
    }
    return lines;
}

QString OrderMessages::ownedElsewhere(const QString &orderId, const QString &owner)
{
    return tr("Order %1 was placed at terminal %2: pay, cancel or complete it there.")
        .arg(orderId, owner);
}

QHash<QString, qint64> OrderMessages::shortByProduct(const Error &error)
{
    QHash<QString, qint64> shortBy;
    const QJsonArray items = error.details.value(QStringLiteral("shortages")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject shortage = item.toObject();
        shortBy.insert(shortage.value(QStringLiteral("productId")).toString(),
                       shortage.value(QStringLiteral("short")).toInteger());
    }
    return shortBy;
}

} // namespace ShopDesk
