#include "clisession.h"
#include "commandhandlers.h"
#include "drawerservice.h"
#include "escpos.h"
#include "escposreceipt.h"

#include <QJsonObject>

#include <limits>

namespace ShopDesk::CliHandlers {

namespace {

QJsonObject openingJson(const DrawerOpening &opening)
{
    return {{QStringLiteral("cause"), toText(opening.cause)},
            {QStringLiteral("reason"), opening.reason},
            {QStringLiteral("printer"), opening.printer},
            {QStringLiteral("orderId"), opening.orderId},
            {QStringLiteral("actor"), opening.actor},
            {QStringLiteral("terminal"), opening.terminal},
            {QStringLiteral("at"), opening.at.toString(Qt::ISODateWithMs)}};
}

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

Result<EscPosOptions> escposOptions(const CliSession &session, bool openDrawer)
{
    const QString paper = session.has(QStringLiteral("--paper"))
                              ? session.value(QStringLiteral("--paper"))
                              : QStringLiteral("80");
    const QString mode = session.has(QStringLiteral("--escpos-mode"))
                             ? session.value(QStringLiteral("--escpos-mode"))
                             : QStringLiteral("auto");
    return EscPosOptions::fromNames(paper, mode, openDrawer);
}

Status sendToPrinter(const PrinterAddress &address, const QByteArray &job, const QString &what)
{
    RawPrinter printer(address);
    const Status sent = printer.send(job);
    if (sent)
        return {};
    Error error = sent.error();
    const QString reason = error.details.value(QStringLiteral("reason")).toString();
    error.message =
        QStringLiteral("%1 was not printed, and nothing was recorded: %2").arg(what, error.message);
    if (reason == QLatin1StringView("disconnected") || reason == QLatin1StringView("timeout"))
        error.message += QStringLiteral("; the printer may have printed a part of it");
    return error;
}

int drawerOpen(CliSession &session)
{
    CliOutput &out = session.out();
    const auto address = PrinterAddress::parse(session.value(QStringLiteral("--printer")));
    if (!address)
        return out.fail(address.error());
    const QString reason = session.value(QStringLiteral("--reason"));
    DrawerService &drawer = session.shop().drawer;
    // Asked before the pulse: a drawer opened that cannot be recorded goes uncounted.
    if (Status allowed = drawer.canOpenOnDemand(reason); !allowed)
        return out.fail(allowed.error());
    const QString printer = address->toString();
    if (Status sent =
            sendToPrinter(*address, EscPos::drawerJob(), QStringLiteral("the drawer's pulse"));
        !sent)
        return out.fail(sent.error());
    const auto opening = drawer.recordOpening(DrawerCause::Manual, printer, reason);
    if (!opening) {
        Error error = opening.error();
        error.message =
            QStringLiteral("the drawer on %1 opened, but ").arg(printer) + error.message;
        return out.fail(error);
    }
    return out.print(openingJson(*opening), [&](QTextStream &text) {
        text << "Opened the cash drawer on " << printer;
        if (!opening->reason.isEmpty())
            text << " (" << opening->reason << ')';
        text << "; recorded for " << opening->actor << '\n';
    });
}

int drawerOpenings(CliSession &session)
{
    CliOutput &out = session.out();
    if (Status allowed = session.shop().work.authorize(
            Role::Clerk, QStringLiteral("list the cash drawer's openings"));
        !allowed)
        return out.fail(allowed.error());
    const auto limit = session.integerOption(QStringLiteral("--limit"));
    if (!limit)
        return out.fail(limit.error());
    if (session.has(QStringLiteral("--limit")) && *limit < 0) {
        return out.fail(
            Error::invalidInput(QStringLiteral("--limit must be 0 or more, got %1").arg(*limit)));
    }
    const auto openings =
        session.shop().drawer.openings(int(qMin<qint64>(*limit, std::numeric_limits<int>::max())));
    if (!openings)
        return out.fail(openings.error());
    CliOutput::List rows = out.list();
    for (const DrawerOpening &opening : *openings) {
        rows.add([&] { return openingJson(opening); },
                 [&](QTextStream &text) {
                     text << localTime(opening.at) << ' '
                          << CliOutput::padRight(toText(opening.cause), 7) << ' '
                          << CliOutput::padRight(opening.orderId.isEmpty() ? QStringLiteral("-")
                                                                           : opening.orderId,
                                                 12)
                          << ' ' << CliOutput::padRight(opening.actor, 10) << ' '
                          << opening.terminal << ' ' << opening.printer;
                     if (!opening.reason.isEmpty())
                         text << " (" << opening.reason << ')';
                     text << '\n';
                 });
    }
    return rows.finish();
}

int printerStatus(CliSession &session)
{
    CliOutput &out = session.out();
    const auto address = PrinterAddress::parse(session.argument());
    if (!address)
        return out.fail(address.error());
    const QString printer = address->toString();
    RawPrinter raw(*address);
    const auto status = raw.status();
    if (!status)
        return out.fail(status.error());
    QJsonObject json{{QStringLiteral("printer"), printer},
                     {QStringLiteral("readsBack"), status->has_value()}};
    QString problem;
    if (const std::optional<PrinterStatus> &known = *status) {
        problem = known->reason();
        json.insert(QStringLiteral("online"), !known->offline);
        json.insert(QStringLiteral("paperOut"), known->paperOut);
        json.insert(QStringLiteral("paperNearEnd"), known->paperNearEnd);
        json.insert(QStringLiteral("coverOpen"), known->coverOpen);
        json.insert(QStringLiteral("problem"), problem);
    } else {
        // A connection that does not read back (a CUPS queue, a write-only device, a printer
        // that does not answer): it took the connection, and that is all that is known.
        for (const char *field : {"online", "paperOut", "paperNearEnd", "coverOpen"})
            json.insert(QLatin1StringView(field), QJsonValue::Null);
        json.insert(QStringLiteral("problem"), QString());
    }
    if (!problem.isEmpty())
        out.warning(QStringLiteral("the printer %1 %2: it cannot print")
                        .arg(printer, (*status)->problem()));
    out.print(json, [&](QTextStream &text) {
        text << "Printer " << printer << ": ";
        if (!status->has_value())
            text << "reachable; it does not report its status";
        else if (!problem.isEmpty())
            text << "cannot print, it " << (*status)->problem();
        else
            text << "online, ready to print";
        if (status->has_value() && (*status)->paperNearEnd)
            text << "; the paper roll is near its end";
        text << '\n';
    });
    return problem.isEmpty() ? int(ExitStatus::Ok) : int(ExitStatus::StorageError);
}

int printerTest(CliSession &session)
{
    CliOutput &out = session.out();
    const auto address = PrinterAddress::parse(session.argument());
    if (!address)
        return out.fail(address.error());
    const Result<EscPosPaper> paper = paperOption(session);
    if (!paper)
        return out.fail(paper.error());
    const QString languageName = session.has(QStringLiteral("--lang"))
                                     ? session.value(QStringLiteral("--lang"))
                                     : SlipLayout::languageName(SlipLanguage::Korean);
    const std::optional<SlipLanguage> language = SlipLayout::languageFromName(languageName);
    if (!language) {
        return out.fail(Error::invalidInput(
            QStringLiteral("--lang must be ko or en, got '%1'").arg(languageName)));
    }
    if (Status allowed = session.shop().work.authorize(
            Role::Clerk, QStringLiteral("print a printer's test page"));
        !allowed)
        return out.fail(allowed.error());
    const auto shop = session.shop().slips.shopDetails();
    if (!shop)
        return out.fail(shop.error());
    const QString printer = address->toString();
    const auto page = escPosTestPage(shop->name, printer, *paper, *language);
    if (!page)
        return out.fail(page.error());
    if (Status sent = sendToPrinter(*address, page->bytes, QStringLiteral("the test page")); !sent)
        return out.fail(sent.error());
    const QJsonObject json{{QStringLiteral("printer"), printer},
                           {QStringLiteral("paper"), EscPos::paperName(*paper)},
                           {QStringLiteral("columns"), EscPos::paperColumns(*paper)},
                           {QStringLiteral("language"), SlipLayout::languageName(*language)},
                           {QStringLiteral("bytes"), page->bytes.size()}};
    return out.print(json, [&](QTextStream &text) {
        text << "Printed a test page on " << printer << ": " << EscPos::paperName(*paper)
             << " mm paper, " << EscPos::paperColumns(*paper) << " characters a line, "
             << page->bytes.size() << " bytes\n";
    });
}

} // namespace ShopDesk::CliHandlers
