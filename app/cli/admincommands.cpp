#include "clisession.h"
#include "commandhandlers.h"

#include <QJsonArray>

namespace ShopDesk::CliHandlers {

int events(CliSession &session)
{
    CliOutput &out = session.out();
    EventQuery query;
    query.orderId = session.value(QStringLiteral("--order"));
    auto list = session.listQuery();
    if (!list)
        return out.fail(list.error());
    query.limit = list->limit;
    if (!query.orderId.isEmpty()) {
        if (auto order = session.shop().orders.order(query.orderId); !order)
            return out.fail(order.error());
    }
    CliOutput::List rows = out.list();
    const Status listed = session.shop().orders.forEachEvent(query, [&](const DomainEvent &e) {
        rows.add([&] { return e.toJson(); },
                 [&](QTextStream &text) {
                     text << QString::number(e.seq).rightJustified(7) << ' '
                          << e.occurredAt.toLocalTime().toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          << ' ' << CliOutput::padRight(e.type, 18) << ' '
                          << CliOutput::padRight(e.orderId, 12) << ' '
                          << QJsonDocument(e.payload).toJson(QJsonDocument::Compact) << '\n';
                 });
    });
    return rows.finish(listed);
}

int verify(CliSession &session)
{
    CliOutput &out = session.out();
    if (Status allowed =
            session.shop().work.authorize(Role::Clerk, QStringLiteral("verify the shop"));
        !allowed)
        return out.fail(allowed.error());
    auto report = session.store().audit();
    if (!report)
        return out.fail(report.error());
    out.print(
        QJsonObject{{QStringLiteral("ok"), report->ok()},
                    {QStringLiteral("errors"), QJsonArray::fromStringList(report->errors)},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
                    {QStringLiteral("counts"), report->counts}},
        [&](QTextStream &text) {
            for (const QString &error : report->errors)
                text << "error: " << error << '\n';
            for (const QString &warning : report->warnings)
                text << "warning: " << warning << '\n';
            text << (report->ok() ? "ok: " : "FAILED: ") << report->errors.size() << " errors, "
                 << report->warnings.size() << " warnings; "
                 << report->counts.value(QStringLiteral("events")).toInteger() << " events, "
                 << report->counts.value(QStringLiteral("orders")).toInteger()
                 << " orders checked\n";
        });
    return report->ok() ? ExitStatus::Ok : ExitStatus::VerifyFailed;
}

int demo(CliSession &session)
{
    CliOutput &out = session.out();
    auto products = session.integerOption(QStringLiteral("--products"));
    if (!products)
        return out.fail(products.error());
    auto orders = session.integerOption(QStringLiteral("--orders"));
    if (!orders)
        return out.fail(orders.error());
    int lastPercent = -1;
    auto made = session.shop().demo.generate(*products, *orders, [&](qint64 done, qint64 total) {
        const int percent = int(done * 100 / qMax<qint64>(total, 1));
        if (out.showsProgress() && percent != lastPercent) {
            lastPercent = percent;
            out.progress(QStringLiteral("demo: %1% (%2 of %3)").arg(percent).arg(done).arg(total));
        }
    });
    out.endProgress();
    if (!made)
        return out.fail(made.error());
    return out.print(*made, [&](QTextStream &text) {
        text << "Demo data: " << made->value(QStringLiteral("products")).toInteger()
             << " products, " << made->value(QStringLiteral("orders")).toInteger() << " orders ("
             << QJsonDocument(made->value(QStringLiteral("statuses")).toObject())
                    .toJson(QJsonDocument::Compact)
             << ")\n";
    });
}

} // namespace ShopDesk::CliHandlers
