#pragma once

#include "reportstore.h"
#include "sqlitepart.h"

namespace ShopDesk {

// The report tables in SQLite: report_hours and report_products (schema 14), and
// report_product_periods (schema 15).
class SqliteReports final : public ReportStore, private SqlitePart
{
public:
    explicit SqliteReports(SqliteConnection &connection);

    Status addSales(const SalesBucket &bucket, const QString &terminal,
                    const SalesFigures &figures) override;
    Status visitHourSales(const ReportRange &range,
                          const std::function<void(const HourSales &)> &visit) override;
    Status visitProductSales(const ReportRange &range,
                             const std::function<void(const ProductSalesRow &)> &visit) override;
    Result<QStringList> reportTerminals() override;
    Status rebuildReports() override;

    // The log folded into report rows by the domain's rule (for rebuildReports and verify).
    Result<SalesTally> foldLog();
    // The tables as they are (the days; the months and years are checked against them).
    Result<SalesTally> storedTally();
    // The rows of report_product_periods that are not the sum of their days, a few of each
    // way, as verify names them; empty when the months and years agree with the days.
    Result<QStringList> periodDifferences();
};

} // namespace ShopDesk
