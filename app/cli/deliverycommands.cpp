#include "clisession.h"
#include "commandhandlers.h"
#include "sliplayout.h"

#include <QFile>
#include <QFileInfo>

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

int deliverySlip(CliSession &session)
{
    CliOutput &out = session.out();
    const QString orderId = session.argument();
    const QString pageName = session.has(QStringLiteral("--page"))
                                 ? session.value(QStringLiteral("--page"))
                                 : SlipLayout::pageName(SlipPage::A5);
    const std::optional<SlipPage> page = SlipLayout::pageFromName(pageName);
    if (!page) {
        return out.fail(Error::invalidInput(
            QStringLiteral("--page must be a4, a5 or roll80, got '%1'").arg(pageName)));
    }
    const QString languageName = session.has(QStringLiteral("--lang"))
                                     ? session.value(QStringLiteral("--lang"))
                                     : SlipLayout::languageName(SlipLanguage::Korean);
    const std::optional<SlipLanguage> language = SlipLayout::languageFromName(languageName);
    if (!language) {
        return out.fail(Error::invalidInput(
            QStringLiteral("--lang must be ko or en, got '%1'").arg(languageName)));
    }
    const QString file = session.value(QStringLiteral("--pdf"));
    if (file.isEmpty())
        return out.fail(Error::invalidInput(QStringLiteral("--pdf needs a file name")));

    SlipService &slips = session.shop().slips;
    auto slip = slips.slip(orderId);
    if (!slip)
        return out.fail(slip.error());
    // A print that could not be recorded would be printed again as if it were the first.
    if (Status recordable = slips.canRecordPrints(); !recordable)
        return out.fail(recordable.error());
    const SlipLayout layout(*slip, *page, *language);
    const Result<int> pages = layout.writePdf(file);
    if (!pages)
        return out.fail(pages.error());
    // Recorded only once the whole file is there; a failure takes the file back.
    auto recorded = slips.recordPrint(orderId, pageName, languageName);
    if (!recorded) {
        QFile::remove(file);
        return out.fail(recorded.error());
    }
    const QString path = QFileInfo(file).absoluteFilePath();
    QJsonObject json = recorded->toJson();
    json.insert(QStringLiteral("file"), path);
    json.insert(QStringLiteral("pages"), *pages);
    json.insert(QStringLiteral("cancelled"), slip->isCancelled());
    return out.print(json, [&](QTextStream &text) {
        text << "Slip of " << orderId << " (" << recorded->deliveryId << ") written to " << path
             << ": " << pageName << ", " << languageName << ", " << *pages
             << (*pages == 1 ? " page" : " pages") << "; "
             << (recorded->isReprint() ? QStringLiteral("reprint, copy %1").arg(recorded->copy)
                                       : QStringLiteral("first print"))
             << (slip->isCancelled() ? "; marked cancelled" : "") << '\n';
    });
}

} // namespace ShopDesk::CliHandlers
