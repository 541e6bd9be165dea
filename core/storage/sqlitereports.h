#pragma once

#include "reportstore.h"
#include "sqlitepart.h"

namespace ShopDesk {

// The report tables in SQLite (schema 14): report_hours and report_products.
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
    // The tables as they are.
    Result<SalesTally> storedTally();
};

} // namespace ShopDesk
