#include "orderlinestext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShopDesk::Hub {

namespace {

const QString ProductId = QStringLiteral("productId");
const QString ProductName = QStringLiteral("productName");
const QString Qty = QStringLiteral("qty");
const QString Price = QStringLiteral("price");

} // namespace

QString orderLinesText(const QList<OrderLine> &lines)
{
    QJsonArray array;
    for (const OrderLine &line : lines) {
        array.append(QJsonObject{{ProductId, line.productId},
                                 {ProductName, line.productName},
                                 {Qty, line.qty},
                                 {Price, line.price}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<OrderLineRecord> orderLinesFromText(const QString &text)
{
    QList<OrderLineRecord> lines;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    lines.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        lines.append({o.value(ProductId).toString(), o.value(ProductName).toString(),
                      o.value(Qty).toInteger(), o.value(Price).toInteger()});
    }
    return lines;
}

} // namespace ShopDesk::Hub
