#include "clisession.h"
#include "commandhandlers.h"
#include "outputfile.h"
#include "sliplayout.h"

namespace ShopDesk::CliHandlers {

int deliveryList(CliSession &session)
{
    auto query = session.listQuery();
    if (!query)
        return session.out().fail(query.error());
    if (!query->status.isEmpty() && !deliveryStatusFromString(query->status)) {
        return session.out().fail(Error::invalidInput(
            QStringLiteral("--status must be one of started, completed, cancelled; got '%1'")
                .arg(query->status)));
    }
    return printOrderViews(session, *query, true);
}

int deliveryComplete(CliSession &session)
{
    return printOrder(session, session.shop().orders.completeDelivery(session.argument()));
}

Result<PrintChoice> printChoice(CliSession &session, SlipPage defaultPage,
                                std::optional<SlipPage> (*pageFromName)(QStringView),
                                const QString &pages)
{
    const QString pageName = session.has(QStringLiteral("--page"))
                                 ? session.value(QStringLiteral("--page"))
                                 : SlipLayout::pageName(defaultPage);
    const std::optional<SlipPage> page = pageFromName(pageName);
    if (!page) {
        return Error::invalidInput(
            QStringLiteral("--page must be %1, got '%2'").arg(pages, pageName));
    }
    const QString languageName = session.has(QStringLiteral("--lang"))
                                     ? session.value(QStringLiteral("--lang"))
                                     : SlipLayout::languageName(SlipLanguage::Korean);
    const std::optional<SlipLanguage> language = SlipLayout::languageFromName(languageName);
    if (!language) {
        return Error::invalidInput(
            QStringLiteral("--lang must be ko or en, got '%1'").arg(languageName));
    }
    const QString file = session.value(QStringLiteral("--pdf"));
    if (session.has(QStringLiteral("--pdf")) && file.isEmpty())
        return Error::invalidInput(QStringLiteral("--pdf needs a file name"));
    return PrintChoice{*page, *language, file};
}

int deliverySlip(CliSession &session)
{
    CliOutput &out = session.out();
    const QString orderId = session.argument();
    const auto choice = printChoice(session, SlipPage::A5, &SlipLayout::pageFromName,
                                    QStringLiteral("a4, a5 or roll80"));
    if (!choice)
        return out.fail(choice.error());
    const std::optional<SlipPage> page = choice->page;
    const std::optional<SlipLanguage> language = choice->language;
    const QString pageName = SlipLayout::pageName(*page);
    const QString languageName = SlipLayout::languageName(*language);
    const QString file = choice->file;

    SlipService &slips = session.shop().slips;
    auto slip = slips.slip(orderId);
    if (!slip)
        return out.fail(slip.error());
    // A print that could not be recorded would be printed again as if it were the first.
    if (Status recordable = slips.canRecordPrints(); !recordable)
        return out.fail(recordable.error());
    // The PDF goes to a temporary file beside --pdf and takes its name only once the print is
    // recorded: a failure anywhere leaves what --pdf named as it was, and nothing recorded.
    auto output = OutputFile::create(file, QStringLiteral("the slip"));
    if (!output)
        return out.fail(output.error());
    const SlipLayout layout(*slip, *page, *language);
    const Result<int> pages = layout.writePdf(**output);
    if (!pages)
        return out.fail(pages.error());
    auto done = recordPrintedPdf(**output, orderId, *pages, [&] {
        return slips.recordPrint(orderId, pageName, languageName);
    });
    if (!done)
        return out.fail(done.error());
    const auto &[print, printed] = done.value();
    const SlipPrint *recorded = &print;
    QJsonObject json = printed;
    const QString path = json.value(QStringLiteral("file")).toString();
    const bool replaced = json.value(QStringLiteral("replaced")).toBool();
    json.insert(QStringLiteral("cancelled"), slip->isCancelled());
    return out.print(json, [&](QTextStream &text) {
        text << "Slip of " << orderId << " (" << recorded->deliveryId << ") written to " << path
             << ": " << pageName << ", " << languageName << ", " << *pages
             << (*pages == 1 ? " page" : " pages") << "; "
             << (recorded->isReprint() ? QStringLiteral("reprint, copy %1").arg(recorded->copy)
                                       : QStringLiteral("first print"))
             << (slip->isCancelled() ? "; marked cancelled" : "") << '\n';
        if (replaced)
            text << "Replaced the existing file " << path << '\n';
    });
}

} // namespace ShopDesk::CliHandlers
