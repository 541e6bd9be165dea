#pragma once

#include "reportservice.h"

#include <QJsonArray>
#include <QVariantList>

#include <optional>

namespace ShopDesk {

// The ways a sales report is cut into a table: `report sales --by`, the Reports tab's tables,
// their CSV files and the report's PDF.
enum class ReportBy { Summary, Day, Hour, Product, Payment, Shift };

std::optional<ReportBy> reportByFromName(QStringView name);
QLatin1StringView toText(ReportBy by);

// One table of a sales report: stable column keys (JSON keys, CSV headers) and rows of cells
// that are qint64 (amounts and counts) or QString.
struct ReportTable
{
    ReportBy by = ReportBy::Summary;
    QStringList columns;
    QList<QVariantList> rows;

    // One object per row, keyed by column.
    QJsonArray toJson() const;
    // RFC 4180 with CRLF, the header line first (`headers` instead of the keys when given, as
    // many as there are columns). A text cell that a spreadsheet would read as a formula (=, +,
    // -, @, tab, CR first) gets a leading apostrophe; numbers are written as they are.
    QByteArray toCsv(const QStringList &headers = {}) const;
};

// The report's table of that cut. Summary: measure and value rows. Day: each day of the range.
// Hour: the 24 hours of the day. Product: every product sold, by net. Payment: cash and card.
// Shift: the shifts opened in the range.
ReportTable reportTable(const SalesReport &report, ReportBy by);

// The stock that needs a manager (ReportService::stockAlerts) as a table like the report's
// cuts: product, on hand, reserved, available, the threshold that applies and the level as a
// code (low, outOfStock, oversold).
ReportTable stockTable(const QList<StockAlert> &alerts);

} // namespace ShopDesk
