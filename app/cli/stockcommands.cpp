#include "clisession.h"
#include "commandhandlers.h"

namespace ShopDesk::CliHandlers {

namespace {

int printStockRow(CliSession &session, const Result<StockRow> &row)
{
    if (!row)
        return session.out().fail(row.error());
    return session.out().print(row->toJson(), [&](QTextStream &text) {
        text << row->productId << " " << row->productName << ": on hand " << row->onHand
             << ", reserved " << row->reserved << ", available " << row->available() << '\n';
    });
}

} // namespace

int stockAdjust(CliSession &session)
{
    auto delta = session.integerOption(QStringLiteral("--delta"));
    if (!delta)
        return session.out().fail(delta.error());
    return printStockRow(session, session.shop().inventory.adjustStock(
                                      session.value(QStringLiteral("--product")), *delta,
                                      session.value(QStringLiteral("--reason"))));
}

int stockCount(CliSession &session)
{
    auto counted = session.integerOption(QStringLiteral("--counted"));
    if (!counted)
        return session.out().fail(counted.error());
    return printStockRow(session, session.shop().inventory.countStock(
                                      session.value(QStringLiteral("--product")), *counted,
                                      session.value(QStringLiteral("--reason"))));
}

int stockList(CliSession &session)
{
    CliOutput &out = session.out();
    auto query = session.listQuery();
    if (!query)
        return out.fail(query.error());
    auto rows = session.shop().inventory.stock(*query);
    if (!rows)
        return out.fail(rows.error());
    CliOutput::List list =
        out.list(CliOutput::padRight(QStringLiteral("PRODUCT"), 10) + QLatin1Char(' ') +
                 CliOutput::padRight(QStringLiteral("NAME"), 30) +
                 QStringLiteral("   ON HAND  RESERVED AVAILABLE"));
    for (const StockRow &row : *rows) {
        list.add([&] { return row.toJson(); },
                 [&](QTextStream &text) {
                     text << CliOutput::padRight(row.productId, 10) << ' '
                          << CliOutput::padRight(row.productName, 30) << ' '
                          << QString::number(row.onHand).rightJustified(9) << ' '
                          << QString::number(row.reserved).rightJustified(9) << ' '
                          << QString::number(row.available()).rightJustified(9)
                          << (row.available() < 0 ? QStringLiteral("  OVERSOLD") : QString())
                          << '\n';
                 });
    }
    return list.finish();
}

} // namespace ShopDesk::CliHandlers
