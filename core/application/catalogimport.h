#pragma once

#include "product.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace ShopDesk {

// Reading a catalog as spreadsheets write it (issue 16): CSV or tab-separated text in UTF-8
// (with or without a byte order mark), UTF-16 (Excel's "Unicode text"), or CP949/EUC-KR (what
// Korean Excel writes by default).

enum class TextEncoding { Auto, Utf8, Utf16, Cp949 };
QString toText(TextEncoding encoding); // auto, utf-8, utf-16, cp949
// auto, utf-8 (utf8), utf-16 (utf16), cp949 (euc-kr, ms949, windows-949), any case.
std::optional<TextEncoding> textEncodingFromName(QStringView name);

// The largest catalog file read, and the most product lines in one.
inline constexpr qint64 MaxCatalogBytes = 64 * 1024 * 1024;
inline constexpr int MaxCatalogLines = 1'000'000;

// A line of the file that cannot be imported, and why ("price 'abc' is not a whole number").
struct BadImportLine
{
    int line = 0; // the file's line the record starts on; the header is line 1
    QString productId;
    QString reason; // in English, as the CLI shows it
    // What is wrong, for a window to say in its language, with the facts in args:
    // unclosedQuote; missingCells (cells, header's cells, the missing columns);
    // extraCells (cells, header's cells); duplicateId (first line); duplicateBarcode (barcode,
    // first line); notANumber (column, cell); negative (column, value); tooMuchStock (value,
    // most); emptyId; badTax (cell); barcodeTaken (barcode, its product); needsName;
    // needsPrice; invalid (the reason is the product's own check).
    QString kind;
    QStringList args;

    QJsonObject toJson() const;
};

// A product line as the file gives it: the fields its columns hold (a column the file does not
// have is unset). Cells are trimmed; an empty cell of barcode or threshold clears it, of tax
// leaves it to the product, of stock is none.
struct ImportRow
{
    int line = 0;
    QString productId;
    std::optional<QString> productName;
    std::optional<Money> price;
    std::optional<QString> barcode;
    std::optional<StockThreshold> threshold;
    std::optional<TaxKind> tax;
    std::optional<qint64> stock;
};

struct CatalogFile
{
    TextEncoding encoding = TextEncoding::Utf8; // the one read, never Auto
    QChar delimiter;                            // ',', '\t' or ';'
    QStringList ignoredColumns;                 // header cells no field is named by
    int lines = 0;                              // the file's lines, the header included
    QList<ImportRow> rows;
    QList<BadImportLine> bad; // cells that are not what their column needs, duplicate ids
};

// Decodes and splits the file. The header row names the columns in English or Korean, any
// case and order: productId|상품코드|상품ID, productName|상품명, price|가격|판매가,
// barcode|바코드, threshold|lowStockThreshold|안전재고, tax|과세구분, stock|재고 (the export's
// `reserved` and other columns are ignored). Only productId is needed by every file; a new
// product needs a name and a price. A cell the export defused with a leading apostrophe
// ("'=SUM(...)") is read without it. Fails (InvalidInput) for a file that cannot be imported at
// all: empty, not text in the encoding, no productId column, a column named twice, too many
// lines.
Result<CatalogFile> readCatalogFile(const QByteArray &bytes, TextEncoding encoding);

// What an import does with one product line.
struct ImportItem
{
    enum class Kind { New, Changed, Unchanged };
    int line = 0;
    Kind kind = Kind::New;
    Product product;                  // as it will be
    qint64 startingStock = 0;         // a new product's stock
    std::optional<DomainEvent> event; // ProductRegistered or ProductChanged; none if unchanged
};

// The preview of an import: what it will do, and what it cannot.
struct ImportPreview
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QStringList ignoredColumns;
    int lines = 0;
    QList<ImportItem> items; // the good lines, in the file's order
    QList<BadImportLine> bad;
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    // Products the shop has whose stock in the file differs from the shop's: an import never
    // changes the stock of a product the shop has (sales since the export would be lost); a
    // stock-take does.
    int stockIgnored = 0;
    qint64 startingStock = 0; // units the new products start with

    QJsonObject toJson() const;
};

// Where an import is: checking the lines, or writing them; done of total lines. Returning
// false stops it: nothing is written, and it fails with InvalidState (reason "cancelled").
enum class ImportStage { Checking, Writing };
using ImportProgress = std::function<bool(ImportStage stage, qint64 done, qint64 total)>;

// What the import of a file refused for bad lines says: each bad line (the first `shown` of
// them in the message, all of them in the details).
Error badLinesError(const QList<BadImportLine> &bad, int shown = 20);

} // namespace ShopDesk
