#include "catalogcsv.h"
#include "clisession.h"
#include "commandhandlers.h"
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
    InventoryService &inventory = session.shop().inventory;
    const auto products = inventory.products();
    if (!products)
        return out.fail(products.error());
    const auto stock = inventory.stock();
    if (!stock)
        return out.fail(stock.error());
    const QByteArray csv = catalogCsv(*products, *stock);
    if (!toFile)
        return out.raw(csv);
    auto output = OutputFile::create(session.value(QStringLiteral("--file")),
                                     QStringLiteral("the product export"));
    if (!output)
        return out.fail(output.error());
    OutputFile &file = **output;
    if (Status written = file.write(csv); !written) {
        file.discard();
        return out.fail(written.error());
    }
    const bool replaced = file.replacesExisting();
    if (Status committed = file.commit(); !committed)
        return out.fail(committed.error());
    const QJsonObject json{{QStringLiteral("file"), file.path()},
                           {QStringLiteral("products"), products->size()},
                           {QStringLiteral("bytes"), csv.size()},
                           {QStringLiteral("replaced"), replaced}};
    return out.print(json, [&](QTextStream &text) {
        text << "Exported " << products->size() << " products to " << file.path() << '\n';
        if (replaced)
            text << "Replaced the existing file " << file.path() << '\n';
    });
}

} // namespace ShopDesk::CliHandlers
