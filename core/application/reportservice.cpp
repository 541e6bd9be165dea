#include "reportservice.h"

#include "shopstore.h"
#include "unitofwork.h"

#include <algorithm>

namespace ShopDesk {

namespace {

const QString ReadReports = QStringLiteral("read the reports");

QList<ProductSalesRow> top(QList<ProductSalesRow> rows, int limit, qint64 ProductSales::*first,
                           qint64 ProductSales::*second)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        if (a.sales.*first != b.sales.*first)
            return a.sales.*first > b.sales.*first;
        if (a.sales.*second != b.sales.*second)
            return a.sales.*second > b.sales.*second;
        return a.productId < b.productId;
    });
    if (limit >= 0 && rows.size() > limit)
        rows.resize(limit);
    return rows;
}

} // namespace

QList<ProductSalesRow> SalesReport::topByQuantity(int limit) const
{
    return top(products, limit, &ProductSales::qty, &ProductSales::net);
}

QList<ProductSalesRow> SalesReport::topByRevenue(int limit) const
{
    return top(products, limit, &ProductSales::net, &ProductSales::qty);
}

ReportService::ReportService(UnitOfWork &work)
    : m_work(work)
{}

Result<SalesReport> ReportService::sales(const ReportRange &range) const
{
    SD_CHECK(m_work.authorize(Role::Manager, ReadReports));
    if (!range.from.isValid() || !range.to.isValid())
        return Error::invalidInput(QStringLiteral("a report needs the first and the last day"));
    if (range.to < range.from) {
        return Error::invalidInput(
            QStringLiteral("the range ends (%1) before it starts (%2)")
                .arg(range.to.toString(Qt::ISODate), range.from.toString(Qt::ISODate)));
    }
    if (range.from.daysTo(range.to) >= MaxDays) {
        return Error::invalidInput(QStringLiteral("a report covers at most %1 days").arg(MaxDays));
    }
    ShopStore &store = m_work.store();
    SalesReport report;
    report.range = range;
    for (QDate day = range.from; day <= range.to; day = day.addDays(1))
        report.days.append({day, SalesFigures{}});
    SD_CHECK(store.visitHourSales(range, [&](const HourSales &hour) {
        report.total.add(hour.figures);
        report.hoursOfDay[size_t(qBound(0, hour.bucket.hour, 23))].add(hour.figures);
        const qint64 index = range.from.daysTo(hour.bucket.day);
        if (index >= 0 && index < report.days.size())
            report.days[index].second.add(hour.figures);
    }));
    SD_CHECK(store.visitProductSales(range, [&](const ProductSalesRow &row) {
        if (!row.sales.isZero())
            report.products.append(row);
    }));
    report.products = report.topByRevenue(-1);
    ShiftQuery shifts;
    shifts.terminal = range.terminal;
    shifts.from = range.from.startOfDay();
    shifts.before = range.to.addDays(1).startOfDay();
    shifts.limit = 1000;
    SD_TRY(report.shifts, store.shifts(shifts));
    return report;
}

Result<QList<StockAlert>> ReportService::stockAlerts(int limit) const
{
    SD_CHECK(m_work.authorize(Role::Manager, ReadReports));
    ShopStore &store = m_work.store();
    SD_TRY(const ShopDetails shop, store.shopDetails());
    return store.stockAlerts(shop.lowStockThreshold, qBound(0, limit, 100'000));
}

Result<QStringList> ReportService::terminals() const
{
    SD_CHECK(m_work.authorize(Role::Manager, ReadReports));
    return m_work.store().reportTerminals();
}

Status ReportService::rebuild()
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("rebuild the reports")));
    SD_CHECK(m_work.store().rebuildReports());
    return m_work.store().rebuildShifts();
}

} // namespace ShopDesk
