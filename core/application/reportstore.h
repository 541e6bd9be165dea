#pragma once

#include "result.h"
#include "sales.h"

#include <QDate>

#include <functional>

namespace ShopDesk {

// Days of the shop's local time, both included, of one terminal or (empty) the whole shop.
struct ReportRange
{
    QDate from;
    QDate to;
    QString terminal;
};

// The sales of one hour of one day (the products are left out: see visitProductSales).
struct HourSales
{
    SalesBucket bucket;
    SalesFigures figures;
};

// What one product sold in a range, with its name as the catalog has it now.
struct ProductSalesRow
{
    QString productId;
    QString productName;
    ProductSales sales;
};

// The report tables port: sales per hour and per product and day, kept by the events in the
// same transaction that logs them (SalesFigures by the domain's fold), rebuildable from the
// log and checked by verify.
class ReportStore
{
public:
    virtual ~ReportStore() = default;

    // Inside the open transaction: adds the figures to the terminal's hour and day.
    virtual Status addSales(const SalesBucket &bucket, const QString &terminal,
                            const SalesFigures &figures) = 0;
    // The hours with sales in the range, oldest first; summed over the terminals unless the
    // range names one.
    virtual Status visitHourSales(const ReportRange &range,
                                  const std::function<void(const HourSales &)> &visit) = 0;
    // Every product with sales in the range, in no particular order.
    virtual Status visitProductSales(const ReportRange &range,
                                     const std::function<void(const ProductSalesRow &)> &visit) = 0;
    // The terminals that have sales in the report tables, by name.
    virtual Result<QStringList> reportTerminals() = 0;
    // Replaces the report tables with ones folded from the whole log.
    virtual Status rebuildReports() = 0;
};

} // namespace ShopDesk
