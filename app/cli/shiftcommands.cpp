#include "clisession.h"
#include "commandhandlers.h"
#include "escposreceipt.h"
#include "outputfile.h"
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

QString reportTitle(const ShiftReport &report)
{
    return QStringLiteral("%1 report of shift %2 on %3")
        .arg(report.isFinal() ? QLatin1Char('Z') : QLatin1Char('X'))
        .arg(report.shift.shiftId, report.shift.terminal);
}

// The report's lines as label and value, for the text output and the thermal printer alike; a
// denomination's count is a label alone.
QList<std::pair<QString, QString>> reportRows(const ShiftReport &report)
{
    const ShiftRecord &s = report.shift;
    const ShiftFigures &f = report.figures;
    const SalesFigures &sales = f.sales;
    const auto money = [](Money amount) { return CliOutput::money(amount); };
    const auto counted = [&](Money amount, qint64 count) {
        return QStringLiteral("%1 (%2)").arg(money(amount)).arg(count);
    };
    QList<std::pair<QString, QString>> rows{
        {QStringLiteral("Opened"),
         QStringLiteral("%1 by %2").arg(localTime(s.openedAt), s.openedBy)}};
    if (s.closed) {
        rows.append({QStringLiteral("Closed"),
                     QStringLiteral("%1 by %2").arg(localTime(s.closedAt), s.closedBy)});
    }
    rows += {
        {QStringLiteral("Orders"), QString::number(sales.orders)},
        {QStringLiteral("Gross"), money(sales.gross)},
        {QStringLiteral("Discounts"), money(sales.discounts)},
        {QStringLiteral("Net sales"), money(sales.netSales())},
        {QStringLiteral("VAT"), money(sales.vat)},
        {QStringLiteral("Returns"),
         QStringLiteral("%1 (%2)").arg(sales.returns).arg(money(sales.returned))},
        {QStringLiteral("Cancellations"),
         QStringLiteral("%1 (%2)").arg(sales.cancellations).arg(money(sales.cancelled))},
        {QStringLiteral("Paid cash"), money(sales.paidCash)},
        {QStringLiteral("Paid card"), money(sales.paidCard)},
        {QStringLiteral("Refunded cash"), money(sales.refundedCash)},
        {QStringLiteral("Refunded card"), money(sales.refundedCard)},
        {QStringLiteral("Float"), money(f.openingFloat)},
        {QStringLiteral("Pay-ins"), counted(f.payIns, f.payInCount)},
        {QStringLiteral("Pay-outs"), counted(f.payOuts, f.payOutCount)},
        {QStringLiteral("Drawer openings"),
         QStringLiteral("%1 (%2 on demand)").arg(f.drawerOpenings).arg(f.manualOpenings)},
        {QStringLiteral("Expected cash"), money(f.expectedCash())},
    };
    if (s.closed) {
        for (const CashCount &c : report.counts)
            rows.append({QStringLiteral("  %1 x %2").arg(money(c.denomination)).arg(c.count), {}});
        rows.append({QStringLiteral("Counted"), money(s.counted)});
        rows.append({QStringLiteral("Difference"), money(s.difference())});
    }
    return rows;
}

void writeReport(QTextStream &text, const ShiftReport &report)
{
    text << reportTitle(report) << '\n';
    for (const auto &[label, value] : reportRows(report)) {
        text << label;
        if (!value.isEmpty())
            text << ": " << value;
        text << '\n';
    }
}

// `shift report --printer ADDRESS` or `--escpos FILE`: the report on a thermal printer, or its
// bytes in a file, in English, as escPosReport lays it out. Printing records nothing: a Z report
// printed twice is the same report.
int printReportOn(CliSession &session, const ShiftReport &report)
{
    CliOutput &out = session.out();
    const bool toFile = session.has(QStringLiteral("--escpos"));
    if (toFile == session.has(QStringLiteral("--printer"))) {
        return out.fail(Error::invalidInput(
            QStringLiteral("`shift report` prints on one of --printer ADDRESS and --escpos FILE")));
    }
    const auto options = escposOptions(session, false);
    if (!options)
        return out.fail(options.error());
    std::optional<PrinterAddress> address;
    if (!toFile) {
        auto parsed = PrinterAddress::parse(session.value(QStringLiteral("--printer")));
        if (!parsed)
            return out.fail(parsed.error());
        address = *parsed;
    } else if (session.value(QStringLiteral("--escpos")).isEmpty()) {
        return out.fail(Error::invalidInput(QStringLiteral("--escpos needs a file name")));
    }
    const auto shop = session.shop().slips.shopDetails();
    if (!shop)
        return out.fail(shop.error());
    const QString what = QStringLiteral("the %1 report of shift %2")
                             .arg(report.isFinal() ? QLatin1Char('Z') : QLatin1Char('X'))
                             .arg(report.shift.shiftId);
    QList<std::pair<QString, QString>> rows = reportRows(report);
    rows.prepend({QStringLiteral("Terminal"), report.shift.terminal});
    rows.prepend({QStringLiteral("Shift"), report.shift.shiftId});
    rows.append({QStringLiteral("Printed"), localTime(QDateTime::currentDateTimeUtc())});
    const auto job = escPosReport(
        shop->name, report.isFinal() ? QStringLiteral("Z report") : QStringLiteral("X report"),
        rows, *options, what);
    if (!job)
        return out.fail(job.error());
    QJsonObject json = report.toJson();
    QString where;
    if (address) {
        where = address->toString();
        if (Status sent = sendToPrinter(*address, job->bytes, what); !sent)
            return out.fail(sent.error());
        json.insert(QStringLiteral("printer"), where);
    } else {
        auto output = OutputFile::create(session.value(QStringLiteral("--escpos")), what);
        if (!output)
            return out.fail(output.error());
        OutputFile &file = **output;
        if (Status written = file.write(job->bytes); !written) {
            file.discard();
            return out.fail(written.error());
        }
        if (Status committed = file.commit(); !committed)
            return out.fail(committed.error());
        where = file.path();
        json.insert(QStringLiteral("file"), where);
    }
    json.insert(QStringLiteral("paper"), EscPos::paperName(options->paper));
    json.insert(QStringLiteral("mode"), EscPosReceipt::modeName(job->mode));
    json.insert(QStringLiteral("fellBackToRaster"), job->fellBackToRaster());
    if (job->fellBackToRaster())
        json.insert(QStringLiteral("unencodable"), job->unencodable);
    json.insert(QStringLiteral("bytes"), job->bytes.size());
    return out.print(json, [&](QTextStream &text) {
        text << reportTitle(report) << (address ? " printed on " : " written to ") << where << ": "
             << EscPosReceipt::modeName(job->mode) << " mode, " << job->bytes.size() << " bytes\n";
        if (job->fellBackToRaster()) {
            text << "Printed as a picture: the printer's Korean code page lacks "
                 << job->unencodable << '\n';
        }
    });
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
    const auto report = session.shop().shifts.report(session.value(QStringLiteral("--shift")));
    if (report &&
        (session.has(QStringLiteral("--printer")) || session.has(QStringLiteral("--escpos"))))
        return printReportOn(session, *report);
    if (report) {
        for (const QString &option : {QStringLiteral("--paper"), QStringLiteral("--escpos-mode")}) {
            if (session.has(option)) {
                return session.out().fail(Error::invalidInput(
                    QStringLiteral("%1 goes with --printer or --escpos").arg(option)));
            }
        }
    }
    return printReport(session, report);
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
