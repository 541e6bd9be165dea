#pragma once

#include "catalogstore.h"
#include "reportstore.h"
#include "shiftstore.h"

#include <array>

namespace ShopDesk {

class UnitOfWork;

// A sales report for a range of days (the Reports tab, `report sales`): the totals, the sales
// by day, by hour of the day and by product, the shifts opened in the range. Every figure comes
// from the report tables, never from a read of the orders.
struct SalesReport
{
    ReportRange range;
    SalesFigures total;                         // products in `products`, not here
    QList<std::pair<QDate, SalesFigures>> days; // each day of the range, oldest first
    std::array<SalesFigures, 24> hoursOfDay{};  // by the hour of the day, over the range
    QList<ProductSalesRow> products;            // every product sold, by net, largest first
    QList<ShiftRecord> shifts;                  // opened in the range, newest first

    Money averageOrder() const { return total.orders > 0 ? total.netSales() / total.orders : 0; }
    // The products with the most units sold, at most limit.
    QList<ProductSalesRow> topByQuantity(int limit) const;
    QList<ProductSalesRow> topByRevenue(int limit) const;
};

// Reports (보고서) for a manager: sales over a range of days of the shop's local time, for one
// terminal or the whole shop.
class ReportService
{
public:
    explicit ReportService(UnitOfWork &work);

    // The report; InvalidInput for a range whose end comes before its start, or longer than
    // MaxDays.
    Result<SalesReport> sales(const ReportRange &range) const;
    // The products whose stock needs a manager now (low, out of stock, oversold), oversold
    // first, at most limit: not of the range, but of this moment.
    Result<QList<StockAlert>> stockAlerts(int limit = 200) const;
    // The terminals with sales, for choosing one.
    Result<QStringList> terminals() const;
    // Rebuilds the report tables and shifts from the log (a manager's repair).
    Status rebuild();

    static constexpr qint64 MaxDays = 3660;

private:
    UnitOfWork &m_work;
};

} // namespace ShopDesk
