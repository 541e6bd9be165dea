#include "reporttables.h"

#include <QJsonObject>

namespace ShopDesk {

namespace {

struct ByName
{
    ReportBy by;
    QLatin1StringView name;
};

constexpr ByName names[] = {
    {ReportBy::Summary, QLatin1StringView("summary")},
    {ReportBy::Day, QLatin1StringView("day")},
    {ReportBy::Hour, QLatin1StringView("hour")},
    {ReportBy::Product, QLatin1StringView("product")},
    {ReportBy::Payment, QLatin1StringView("payment")},
    {ReportBy::Shift, QLatin1StringView("shift")},
};

QString csvCell(const QVariant &cell)
{
    if (cell.typeId() != QMetaType::QString)
        return cell.toString();
    QString text = cell.toString();
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString localText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QVariantList figuresRow(QVariantList first, const SalesFigures &f)
{
    first << QVariant::fromValue<qint64>(f.orders) << QVariant::fromValue<qint64>(f.gross)
          << QVariant::fromValue<qint64>(f.discounts) << QVariant::fromValue<qint64>(f.vat)
          << QVariant::fromValue<qint64>(f.returned) << QVariant::fromValue<qint64>(f.cancelled)
          << QVariant::fromValue<qint64>(f.netSales()) << QVariant::fromValue<qint64>(f.refunds);
    return first;
}

const QStringList figuresColumns{QStringLiteral("orders"),    QStringLiteral("gross"),
                                 QStringLiteral("discounts"), QStringLiteral("vat"),
                                 QStringLiteral("returned"),  QStringLiteral("cancelled"),
                                 QStringLiteral("netSales"),  QStringLiteral("refunds")};

QVariant number(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}

QString levelCode(StockLevel level)
{
    switch (level) {
    case StockLevel::Oversold:
        return QStringLiteral("oversold");
    case StockLevel::OutOfStock:
        return QStringLiteral("outOfStock");
    case StockLevel::Low:
    case StockLevel::Normal:
        break;
    }
    return QStringLiteral("low");
}

} // namespace

ReportTable stockTable(const QList<StockAlert> &alerts)
{
    ReportTable table;
    table.columns = {QStringLiteral("productId"), QStringLiteral("productName"),
                     QStringLiteral("onHand"),    QStringLiteral("reserved"),
                     QStringLiteral("available"), QStringLiteral("threshold"),
                     QStringLiteral("level")};
    for (const StockAlert &alert : alerts) {
        table.rows.append({alert.stock.productId, alert.stock.productName,
                           number(alert.stock.onHand), number(alert.stock.reserved),
                           number(alert.stock.available()), number(alert.threshold),
                           levelCode(alert.level)});
    }
    return table;
}

std::optional<ReportBy> reportByFromName(QStringView name)
{
    for (const ByName &n : names) {
        if (n.name == name)
            return n.by;
    }
    return std::nullopt;
}

QLatin1StringView toText(ReportBy by)
{
    for (const ByName &n : names) {
        if (n.by == by)
            return n.name;
    }
    return QLatin1StringView("summary");
}

QJsonArray ReportTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i)
            object.insert(columns[i], QJsonValue::fromVariant(row[i]));
        array.append(object);
    }
    return array;
}

QByteArray ReportTable::toCsv(const QStringList &headers) const
{
    const QStringList &head = headers.size() == columns.size() ? headers : columns;
    QString csv;
    QStringList cells;
    for (const QString &h : head)
        cells << csvCell(h);
    csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : rows) {
        cells.clear();
        for (const QVariant &cell : row)
            cells << csvCell(cell);
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

ReportTable reportTable(const SalesReport &report, ReportBy by)
{
    ReportTable table;
    table.by = by;
    switch (by) {
    case ReportBy::Summary: {
        table.columns = {QStringLiteral("measure"), QStringLiteral("value")};
        const SalesFigures &t = report.total;
        const std::pair<const char *, qint64> measures[] = {
            {"orders", t.orders},
            {"gross", t.gross},
            {"discounts", t.discounts},
            {"net", t.net},
            {"vat", t.vat},
            {"returns", t.returns},
            {"returned", t.returned},
            {"cancellations", t.cancellations},
            {"cancelled", t.cancelled},
            {"netSales", t.netSales()},
            {"averageOrder", report.averageOrder()},
            {"refunds", t.refunds},
            {"paid.cash", t.paidCash},
            {"paid.card", t.paidCard},
            {"refunded.cash", t.refundedCash},
            {"refunded.card", t.refundedCard},
        };
        for (const auto &[name, value] : measures)
            table.rows.append({QString::fromLatin1(name), number(value)});
        break;
    }
    case ReportBy::Day:
        table.columns = QStringList{QStringLiteral("day")} + figuresColumns;
        for (const auto &[day, figures] : report.days)
            table.rows.append(figuresRow({day.toString(Qt::ISODate)}, figures));
        break;
    case ReportBy::Hour:
        table.columns = QStringList{QStringLiteral("hour")} + figuresColumns;
        for (int hour = 0; hour < 24; ++hour) {
            table.rows.append(figuresRow({QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'))},
                                         report.hoursOfDay[size_t(hour)]));
        }
        break;
    case ReportBy::Product:
        table.columns = {QStringLiteral("productId"), QStringLiteral("productName"),
                         QStringLiteral("qty"), QStringLiteral("net")};
        for (const ProductSalesRow &row : report.products)
            table.rows.append(
                {row.productId, row.productName, number(row.sales.qty), number(row.sales.net)});
        break;
    case ReportBy::Payment:
        table.columns = {QStringLiteral("method"), QStringLiteral("paid"),
                         QStringLiteral("refunded"), QStringLiteral("net")};
        for (const PaymentMethod method : {PaymentMethod::Cash, PaymentMethod::Card}) {
            const Money paid = report.total.paid(method);
            const Money refunded = report.total.refunded(method);
            table.rows.append(
                {QString(toText(method)), number(paid), number(refunded), number(paid - refunded)});
        }
        break;
    case ReportBy::Shift:
        table.columns = {
            QStringLiteral("shiftId"),  QStringLiteral("terminal"), QStringLiteral("openedBy"),
            QStringLiteral("openedAt"), QStringLiteral("closedAt"), QStringLiteral("openingFloat"),
            QStringLiteral("expected"), QStringLiteral("counted"),  QStringLiteral("difference")};
        for (const ShiftRecord &s : report.shifts) {
            table.rows.append({s.shiftId, s.terminal, s.openedBy, localText(s.openedAt),
                               localText(s.closedAt), number(s.openingFloat),
                               s.closed ? number(s.expected) : QVariant(QString()),
                               s.closed ? number(s.counted) : QVariant(QString()),
                               s.closed ? number(s.difference()) : QVariant(QString())});
        }
        break;
    }
    return table;
}

} // namespace ShopDesk
