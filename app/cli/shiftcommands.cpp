#include "clisession.h"
#include "commandhandlers.h"
#include "reporttables.h"
#include "shiftservice.h"

#include <QJsonArray>

namespace ShopDesk::CliHandlers {

namespace {

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// A money option that must be given: whole, 0 or more.
Result<Money> amountOption(CliSession &session, const QString &option)
{
    SD_TRY(const qint64 amount, session.integerOption(option));
    if (amount < 0) {
        return Error::invalidInput(
            QStringLiteral("%1 cannot be negative, got %2").arg(option).arg(amount),
            {{QStringLiteral("field"), option}});
    }
    return amount;
}

// --count 50000=3 (repeated): the notes and coins counted one by one.
Result<QList<CashCount>> countsOption(CliSession &session)
{
    QList<CashCount> counts;
    for (const QString &item : session.values(QStringLiteral("--count"))) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        bool denominationOk = false;
        bool countOk = false;
        const qint64 denomination = equals > 0 ? item.left(equals).toLongLong(&denominationOk) : 0;
        const qint64 count = equals > 0 ? item.mid(equals + 1).toLongLong(&countOk) : 0;
        if (!denominationOk || !countOk) {
            return Error::invalidInput(
                QStringLiteral("--count takes DENOMINATION=COUNT, such as 10000=3, got '%1'")
                    .arg(item));
        }
        if (count < 0) {
            return Error::invalidInput(
                QStringLiteral("--count %1: a count cannot be negative").arg(item));
        }
        counts.append({denomination, count});
    }
    SD_TRY(const QList<CashCount> checked, cashCountsFromJson(toJson(counts)));
    return checked;
}

void writeReport(QTextStream &text, const ShiftReport &report)
{
    const ShiftRecord &s = report.shift;
    const ShiftFigures &f = report.figures;
    const SalesFigures &sales = f.sales;
    text << (report.isFinal() ? "Z report" : "X report") << " of shift " << s.shiftId << " on "
         << s.terminal << '\n'
         << "Opened: " << localTime(s.openedAt) << " by " << s.openedBy << '\n';
    if (s.closed)
        text << "Closed: " << localTime(s.closedAt) << " by " << s.closedBy << '\n';
    text << "Orders: " << sales.orders << '\n'
         << "Gross: " << CliOutput::money(sales.gross) << '\n'
         << "Discounts: " << CliOutput::money(sales.discounts) << '\n'
         << "Net sales: " << CliOutput::money(sales.netSales()) << '\n'
         << "VAT: " << CliOutput::money(sales.vat) << '\n'
         << "Returns: " << sales.returns << " (" << CliOutput::money(sales.returned) << ")\n"
         << "Cancellations: " << sales.cancellations << " (" << CliOutput::money(sales.cancelled)
         << ")\n"
         << "Paid cash: " << CliOutput::money(sales.paidCash) << '\n'
         << "Paid card: " << CliOutput::money(sales.paidCard) << '\n'
         << "Refunded cash: " << CliOutput::money(sales.refundedCash) << '\n'
         << "Refunded card: " << CliOutput::money(sales.refundedCard) << '\n'
         << "Float: " << CliOutput::money(f.openingFloat) << '\n'
         << "Pay-ins: " << CliOutput::money(f.payIns) << " (" << f.payInCount << ")\n"
         << "Pay-outs: " << CliOutput::money(f.payOuts) << " (" << f.payOutCount << ")\n"
         << "Drawer openings: " << f.drawerOpenings << " (" << f.manualOpenings << " on demand)\n"
         << "Expected cash: " << CliOutput::money(f.expectedCash()) << '\n';
    if (s.closed) {
        for (const CashCount &c : report.counts)
            text << "  " << CliOutput::money(c.denomination) << " x " << c.count << '\n';
        text << "Counted: " << CliOutput::money(s.counted) << '\n'
             << "Difference: " << CliOutput::money(s.difference()) << '\n';
    }
}

int printReport(CliSession &session, const Result<ShiftReport> &report)
{
    if (!report)
        return session.out().fail(report.error());
    return session.out().print(report->toJson(),
                               [&](QTextStream &text) { writeReport(text, *report); });
}

Result<QDate> dayOption(CliSession &session, const QString &option)
{
    const QString text = session.value(option);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10) {
        return Error::invalidInput(
            QStringLiteral("%1 takes a day as YYYY-MM-DD, got '%2'").arg(option, text),
            {{QStringLiteral("field"), option}});
    }
    return day;
}

} // namespace

int shiftOpen(CliSession &session)
{
    const auto openingFloat = amountOption(session, QStringLiteral("--float"));
    if (!openingFloat)
        return session.out().fail(openingFloat.error());
    const auto opened = session.shop().shifts.open(*openingFloat);
    if (!opened)
        return session.out().fail(opened.error());
    return session.out().print(opened->toJson(), [&](QTextStream &text) {
        text << "Opened shift " << opened->shiftId << " on " << opened->terminal
             << " with a float of " << CliOutput::money(opened->openingFloat) << '\n';
    });
}

int shiftPayIn(CliSession &session)
{
    const auto amount = amountOption(session, QStringLiteral("--amount"));
    if (!amount)
        return session.out().fail(amount.error());
    return printReport(session,
                       session.shop().shifts.moveCash(CashMove::PayIn, *amount,
                                                      session.value(QStringLiteral("--reason"))));
}

int shiftPayOut(CliSession &session)
{
    const auto amount = amountOption(session, QStringLiteral("--amount"));
    if (!amount)
        return session.out().fail(amount.error());
    return printReport(session,
                       session.shop().shifts.moveCash(CashMove::PayOut, *amount,
                                                      session.value(QStringLiteral("--reason"))));
}

int shiftClose(CliSession &session)
{
    const auto counts = countsOption(session);
    if (!counts)
        return session.out().fail(counts.error());
    Money counted = countedTotal(*counts);
    if (session.has(QStringLiteral("--counted"))) {
        const auto total = amountOption(session, QStringLiteral("--counted"));
        if (!total)
            return session.out().fail(total.error());
        if (!counts->isEmpty() && *total != counted) {
            return session.out().fail(Error::invalidInput(
                QStringLiteral("--counted %1 is not what the --count options add up to (%2)")
                    .arg(*total)
                    .arg(counted)));
        }
        counted = *total;
    } else if (counts->isEmpty()) {
        return session.out().usageFail(
            QStringLiteral("`shift close` needs --counted TOTAL or the notes and coins as --count "
                           "DENOMINATION=COUNT"));
    }
    return printReport(session, session.shop().shifts.close(counted, *counts));
}

int shiftReport(CliSession &session)
{
    return printReport(session,
                       session.shop().shifts.report(session.value(QStringLiteral("--shift"))));
}

int shiftList(CliSession &session)
{
    CliOutput &out = session.out();
    ShiftQuery query;
    query.terminal = session.value(QStringLiteral("--terminal"));
    const auto listed = session.listQuery(); // --limit, as every list command reads it
    if (!listed)
        return out.fail(listed.error());
    if (listed->limit >= 0)
        query.limit = qMin(listed->limit, 100'000);
    const auto shifts = session.shop().shifts.shifts(query);
    if (!shifts)
        return out.fail(shifts.error());
    CliOutput::List rows = out.list();
    for (const ShiftRecord &s : *shifts) {
        rows.add([&] { return s.toJson(); },
                 [&](QTextStream &text) {
                     text << CliOutput::padRight(s.shiftId, 12) << ' '
                          << CliOutput::padRight(s.openedBy, 10) << ' ' << localTime(s.openedAt)
                          << ' '
                          << CliOutput::padRight(
                                 s.closed ? localTime(s.closedAt) : QStringLiteral("open"), 16)
                          << " float " << CliOutput::money(s.openingFloat);
                     if (s.closed)
                         text << " expected " << CliOutput::money(s.expected) << " counted "
                              << CliOutput::money(s.counted) << " difference "
                              << CliOutput::money(s.difference());
                     text << '\n';
                 });
    }
    return rows.finish();
}

int reportSales(CliSession &session)
{
    CliOutput &out = session.out();
    const bool csv = session.has(QStringLiteral("--csv"));
    if (csv && session.globalFlag(QStringLiteral("--json")))
        return out.usageFail(QStringLiteral("--csv and --json are two forms: give one"));
    ReportRange range;
    for (const auto &[option, field] : {std::pair{QStringLiteral("--from"), &ReportRange::from},
                                        std::pair{QStringLiteral("--to"), &ReportRange::to}}) {
        const auto day = dayOption(session, option);
        if (!day)
            return out.fail(day.error());
        range.*field = *day;
    }
    range.terminal = session.value(QStringLiteral("--terminal"));
    const QString byText =
        session.has(QStringLiteral("--by")) ? session.value(QStringLiteral("--by")) : "summary";
    const std::optional<ReportBy> by = reportByFromName(byText);
    if (!by) {
        return out.fail(Error::invalidInput(
            QStringLiteral("--by must be summary, day, hour, product, payment or shift, got '%1'")
                .arg(byText)));
    }
    const auto report = session.shop().reports.sales(range);
    if (!report)
        return out.fail(report.error());
    const ReportTable table = reportTable(*report, *by);
    if (csv)
        return out.raw(table.toCsv());
    const QJsonObject json{{QStringLiteral("from"), range.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), range.to.toString(Qt::ISODate)},
                           {QStringLiteral("terminal"), range.terminal},
                           {QStringLiteral("by"), toText(*by)},
                           {QStringLiteral("rows"), table.toJson()}};
    return out.print(json, [&](QTextStream &text) {
        text << "Sales " << range.from.toString(Qt::ISODate) << " to "
             << range.to.toString(Qt::ISODate) << " ("
             << (range.terminal.isEmpty() ? QStringLiteral("the whole shop") : range.terminal)
             << ")\n";
        QList<int> widths;
        for (const QString &column : table.columns)
            widths << int(column.size());
        for (const QVariantList &row : table.rows) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = qMax(widths[i], int(row[i].toString().size()));
        }
        const auto line = [&](const QStringList &cells) {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (i > 0)
                    text << "  ";
                text << CliOutput::padRight(cells[i], widths.value(i));
            }
            text << '\n';
        };
        line(table.columns);
        for (const QVariantList &row : table.rows) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells << cell.toString();
            line(cells);
        }
    });
}

} // namespace ShopDesk::CliHandlers
