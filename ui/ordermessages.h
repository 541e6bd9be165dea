#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>

namespace ShopDesk {

// The Orders tab's words for the core's error codes: the core returns codes and details, the
// clerk reads a translated sentence saying what went wrong and what to do.
class OrderMessages
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::OrderMessages)

public:
    // One sentence (or a few lines for a stock refusal) for the error.
    static QString error(const Error &error);
    // "P1 사과: 5 wanted, 2 available (3 short)", one line per short product of a refusal.
    static QStringList shortages(const Error &error);
    // Product id -> units short, from a refusal's details.
    static QHash<QString, qint64> shortByProduct(const Error &error);
    // An order of another terminal: paid, cancelled and completed only where it was placed.
    static QString ownedElsewhere(const QString &orderId, const QString &owner);
};

} // namespace ShopDesk
