#include "clisession.h"
#include "commandhandlers.h"
#include "inputfile.h"
#include "outputfile.h"

#include <QJsonObject>

namespace ShopDesk::CliHandlers {

int productAdd(CliSession &session)
{
    CliOutput &out = session.out();
    auto price = session.integerOption(QStringLiteral("--price"));
    if (!price)
        return out.fail(price.error());
    TaxKind tax = TaxKind::Taxable;
    if (session.has(QStringLiteral("--tax"))) {
        const QString text = session.value(QStringLiteral("--tax"));
        const std::optional<TaxKind> kind = taxKindFromString(text);
        if (!kind) {
            return out.fail(Error::invalidInput(
                QStringLiteral("--tax must be taxable or exempt, got '%1'").arg(text)));
        }
        tax = *kind;
    }
    auto product = session.shop().inventory.registerProduct(
        session.value(QStringLiteral("--id")), session.value(QStringLiteral("--name")), *price,
        session.value(QStringLiteral("--barcode")), {}, tax);
    if (!product)
        return out.fail(product.error());
    return out.print(product->toJson(), [&](QTextStream &text) {
        text << "Registered " << product->productId << " " << product->productName << " at "
             << CliOutput::money(product->price)
             << (product->barcode.isEmpty() ? QString()
                                            : QStringLiteral(" (barcode %1)").arg(product->barcode))
             << (product->tax == TaxKind::Exempt ? " (VAT exempt)" : "") << '\n';
    });
}

int productList(CliSession &session)
{
    CliOutput &out = session.out();
    auto query = session.listQuery();
    if (!query)
        return out.fail(query.error());
    auto products = session.shop().inventory.products(*query);
    if (!products)
        return out.fail(products.error());
    CliOutput::List list = out.list();
    for (const Product &p : *products) {
        list.add([&] { return p.toJson(); },
                 [&](QTextStream &text) {
                     text << CliOutput::padRight(p.productId, 10) << ' '
                          << CliOutput::padRight(p.productName, 30) << ' '
                          << CliOutput::money(p.price).rightJustified(12) << "  " << p.barcode
                          << '\n';
                 });
    }
    return list.finish();
}

int productExport(CliSession &session)
{
    CliOutput &out = session.out();
    const bool toFile = session.has(QStringLiteral("--file"));
    if (!toFile && session.globalFlag(QStringLiteral("--json")))
        return out.usageFail(QStringLiteral(
            "the export is CSV: give --file FILE to have --json describe what was written"));
    const auto exported = session.shop().inventory.exportCatalog();
    if (!exported)
        return out.fail(exported.error());
    if (!toFile)
        return out.raw(exported->csv);
    const auto saved = OutputFile::save(session.value(QStringLiteral("--file")),
                                        QStringLiteral("the product export"), exported->csv);
    if (!saved)
        return out.fail(saved.error());
    const QJsonObject json{{QStringLiteral("file"), saved->path},
                           {QStringLiteral("products"), exported->products},
                           {QStringLiteral("bytes"), exported->csv.size()},
                           {QStringLiteral("replaced"), saved->replaced}};
    return out.print(json, [&](QTextStream &text) {
        text << "Exported " << exported->products << " products to " << saved->path << '\n';
        if (saved->replaced)
            text << "Replaced the existing file " << saved->path << '\n';
    });
}

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return QStringLiteral("tab-separated");
    if (delimiter == u';')
        return QStringLiteral("semicolon-separated");
    return QStringLiteral("comma-separated");
}

void writePreview(QTextStream &text, const QString &file, const ImportPreview &preview)
{
    text << file << ": " << toText(preview.encoding) << ", " << delimiterName(preview.delimiter)
         << ", " << preview.lines << " lines\n";
    text << "  " << preview.added << " new";
    if (preview.startingStock > 0)
        text << " (" << preview.startingStock << " units of starting stock)";
    text << ", " << preview.changed << " changed, " << preview.unchanged << " unchanged, "
         << preview.bad.size() << " bad\n";
    for (const BadImportLine &bad : preview.bad) {
        text << "  bad line " << bad.line;
        if (!bad.productId.isEmpty())
            text << " (" << bad.productId << ")";
        text << ": " << bad.reason << '\n';
    }
    if (!preview.ignoredColumns.isEmpty())
        text << "  ignored columns: " << preview.ignoredColumns.join(QStringLiteral(", ")) << '\n';
    if (preview.stockIgnored > 0) {
        text << "  the stock in the file differs for " << preview.stockIgnored
             << " products the shop has: an import leaves their stock as it is (record a count "
                "with `stock count`)\n";
    }
}

} // namespace

int productImport(CliSession &session)
{
    CliOutput &out = session.out();
    TextEncoding encoding = TextEncoding::Auto;
    if (session.has(QStringLiteral("--encoding"))) {
        const QString name = session.value(QStringLiteral("--encoding"));
        const std::optional<TextEncoding> named = textEncodingFromName(name);
        if (!named) {
            return out.fail(Error::invalidInput(
                QStringLiteral("--encoding must be auto, utf-8, utf-16 or cp949 (euc-kr), got '%1'")
                    .arg(name)));
        }
        encoding = *named;
    }
    const QString path = session.argument();
    const auto bytes = readInputFile(path, QStringLiteral("the catalog"), MaxCatalogBytes);
    if (!bytes)
        return out.fail(bytes.error());
    const bool dryRun = session.has(QStringLiteral("--dry-run"));
    const bool skipBad = session.has(QStringLiteral("--skip-bad"));
    ImportProgress progress;
    if (out.showsProgress()) {
        progress = [&out](ImportStage stage, qint64 done, qint64 total) {
            out.progress(QStringLiteral("import: %1 %2 of %3")
                             .arg(stage == ImportStage::Checking ? QStringLiteral("checking")
                                                                 : QStringLiteral("writing"))
                             .arg(done)
                             .arg(total));
            return true;
        };
    }
    InventoryService &inventory = session.shop().inventory;
    const auto preview = dryRun ? inventory.previewImport(*bytes, encoding, progress)
                                : inventory.importCatalog(*bytes, encoding, skipBad, progress);
    if (!preview)
        return out.fail(preview.error());
    const bool refused = dryRun && !skipBad && !preview->bad.isEmpty();
    QJsonObject json = preview->toJson();
    json.insert(QStringLiteral("file"), path);
    json.insert(QStringLiteral("imported"), !dryRun);
    out.print(json, [&](QTextStream &text) {
        writePreview(text, path, *preview);
        if (dryRun) {
            text << (refused ? "Dry run: the import would be refused for its bad lines (or give "
                               "--skip-bad); nothing was written\n"
                             : "Dry run: nothing was written\n");
        } else {
            text << "Imported " << preview->added << " new and " << preview->changed
                 << " changed products";
            if (!preview->bad.isEmpty())
                text << "; skipped " << preview->bad.size() << " bad lines";
            text << '\n';
        }
    });
    if (refused) {
        out.warning(badLinesError(preview->bad).message);
        return ExitStatus::UsageError;
    }
    return ExitStatus::Ok;
}

} // namespace ShopDesk::CliHandlers
