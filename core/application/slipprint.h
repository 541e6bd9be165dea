#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ShopDesk {

// The shop as its delivery slips name it. Kept in the database (the meta table), so that the
// CLI and the window print the same; every field is empty until it is set.
struct ShopDetails
{
    QString name;
    QString address;
    QString phone;

    bool operator==(const ShopDetails &) const = default;
    QJsonObject toJson() const;
};

// One recorded print of an order's delivery slip (one SlipPrinted event).
struct SlipPrint
{
    QString orderId;
    QString deliveryId;
    int copy = 1;     // 1 for the first print; a higher copy is a reprint
    QString page;     // the page size's name, e.g. a5 or roll80
    QString language; // ko or en
    QString terminal; // where it was printed
    QDateTime printedAt;

    bool isReprint() const { return copy > 1; }
    QJsonObject toJson() const;
};

} // namespace ShopDesk
