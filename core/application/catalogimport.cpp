#include "catalogimport.h"

#include <QHash>
#include <QJsonArray>
#include <QStringDecoder>

namespace ShopDesk {

namespace {

enum class Field { ProductId, ProductName, Price, Barcode, Threshold, Tax, Stock };
constexpr int FieldCount = 7;

const char *fieldName(Field field)
{
    static const char *const names[FieldCount] = {"productId", "productName", "price", "barcode",
                                                  "threshold", "tax",         "stock"};
    return names[int(field)];
}

// Header names, compared without case, spaces, '_' and '-'.
std::optional<Field> fieldOf(const QString &header)
{
    static const QHash<QString, Field> names = [] {
        QHash<QString, Field> n;
        auto add = [&n](Field field, std::initializer_list<const char *> words) {
            for (const char *w : words)
                n.insert(QString::fromUtf8(w), field);
        };
        add(Field::ProductId, {"productid", "id", "sku", "상품코드", "상품id", "코드", "품번"});
        add(Field::ProductName, {"productname", "name", "상품명", "품명", "상품이름"});
        add(Field::Price, {"price", "가격", "판매가", "판매가격", "단가"});
        add(Field::Barcode, {"barcode", "바코드"});
        add(Field::Threshold, {"threshold", "lowstockthreshold", "안전재고"});
        add(Field::Tax, {"tax", "과세구분", "과세"});
        add(Field::Stock, {"stock", "onhand", "재고", "재고수량"});
        return n;
    }();
    QString key = header.trimmed().toLower();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    const auto it = names.constFind(key);
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

struct Decoded
{
    QString text;
    TextEncoding encoding;
};

Error notText(TextEncoding encoding)
{
    return Error::invalidInput(
        encoding == TextEncoding::Auto
            ? QStringLiteral("the file is neither UTF-8 nor CP949 (EUC-KR) text; save it as CSV "
                             "from the spreadsheet, or name its encoding (--encoding)")
            : QStringLiteral("the file is not %1 text; name the encoding it has (auto, utf-8, "
                             "utf-16 or cp949)")
                  .arg(toText(encoding)),
        {{QStringLiteral("reason"), QStringLiteral("encoding")}});
}

// All of bytes in the decoder's encoding; none when the decoder is unknown or a byte is not
// of that encoding.
std::optional<QString> decodeAll(QStringDecoder decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

Result<Decoded> decode(const QByteArray &bytes, TextEncoding wanted)
{
    const QByteArrayView all(bytes);
    const bool utf8Bom = all.startsWith("\xEF\xBB\xBF");
    const bool utf16Le = all.startsWith("\xFF\xFE");
    const bool utf16Be = all.startsWith("\xFE\xFF");
    TextEncoding encoding = wanted;
    if (encoding == TextEncoding::Auto) {
        if (utf8Bom)
            encoding = TextEncoding::Utf8;
        else if (utf16Le || utf16Be)
            encoding = TextEncoding::Utf16;
    }
    switch (encoding) {
    case TextEncoding::Utf8:
        if (auto text =
                decodeAll(QStringDecoder(QStringConverter::Utf8), utf8Bom ? all.sliced(3) : all))
            return Decoded{*text, encoding};
        return notText(wanted);
    case TextEncoding::Utf16: {
        const auto order = utf16Be ? QStringConverter::Utf16BE : QStringConverter::Utf16LE;
        if (auto text = decodeAll(QStringDecoder(order), utf16Le || utf16Be ? all.sliced(2) : all))
            return Decoded{*text, encoding};
        return notText(wanted);
    }
    case TextEncoding::Cp949:
        if (auto text = decodeAll(QStringDecoder("CP949"), all))
            return Decoded{*text, encoding};
        return notText(wanted);
    case TextEncoding::Auto:
        if (auto text = decodeAll(QStringDecoder(QStringConverter::Utf8), all))
            return Decoded{*text, TextEncoding::Utf8};
        if (auto text = decodeAll(QStringDecoder("CP949"), all))
            return Decoded{*text, TextEncoding::Cp949};
        return notText(wanted);
    }
    return notText(wanted);
}

// One record of the file: its cells and the line it starts on.
struct Record
{
    int line = 0;
    QStringList cells;
    bool unclosedQuote = false;
};

// RFC 4180 with the leniency spreadsheets need: CRLF, LF or CR line ends, quotes only where a
// cell starts with one, text after a closing quote kept.
class RecordReader
{
public:
    RecordReader(const QString &text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    Record next()
    {
        Record record;
        record.line = m_line;
        QString cell;
        const qsizetype size = m_text.size();
        const QChar *data = m_text.constData();
        bool quoted = false;
        bool cellStart = true;
        while (m_pos < size) {
            const QChar c = data[m_pos];
            if (quoted) {
                ++m_pos;
                if (c == u'"') {
                    if (m_pos < size && data[m_pos] == u'"') {
                        cell += u'"';
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == u'\n' || (c == u'\r' && !(m_pos < size && data[m_pos] == u'\n')))
                        ++m_line;
                    cell += c;
                }
                continue;
            }
            if (c == u'"' && cellStart) {
                quoted = true;
                cellStart = false;
                ++m_pos;
                continue;
            }
            if (c == m_delimiter) {
                record.cells << cell;
                cell.clear();
                cellStart = true;
                ++m_pos;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                ++m_pos;
                if (c == u'\r' && m_pos < size && data[m_pos] == u'\n')
                    ++m_pos;
                ++m_line;
                record.cells << cell;
                return record;
            }
            cell += c;
            cellStart = false;
            ++m_pos;
        }
        record.unclosedQuote = quoted;
        record.cells << cell;
        return record;
    }

private:
    const QString &m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// The delimiter the header uses most outside quotes: tab, comma or semicolon.
QChar delimiterOf(const QString &text)
{
    int tabs = 0, commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    if (tabs > 0 && tabs >= commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

// The cell as written, without what the export added: the apostrophe before a formula.
QString cellText(const QString &raw)
{
    QString text = raw.trimmed();
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (text.size() > 1 && text.front() == u'\'' && formulaStarts.contains(text.at(1)))
        text.remove(0, 1);
    return text;
}

// The kind and facts of a bad line (BadImportLine), as an error's details.
QJsonObject why(const char *kind, const QStringList &args)
{
    return {{QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
}

// A whole number as spreadsheets show one: "1500", "1,500", "₩1,500", "1500원", "1500.00".
Result<qint64> wholeNumber(const QString &cell, const char *field)
{
    QString text = cell;
    for (const QChar c : {QChar(u','), QChar(u' '), QChar(u'\u20A9'), QChar(u'\uFFE6'),
                          QChar(u'\\'), QChar(u'\u00A0')})
        text.remove(c);
    if (text.endsWith(u'원'))
        text.chop(1);
    if (const qsizetype dot = text.indexOf(u'.'); dot >= 0) {
        const QStringView fraction = QStringView(text).sliced(dot + 1);
        if (!fraction.isEmpty() &&
            std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c == u'0'; }))
            text.truncate(dot);
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || text.startsWith(u'+')) {
        return Error::invalidInput(QStringLiteral("%1 '%2' is not a whole number")
                                       .arg(QLatin1String(field), cell.left(40)),
                                   why("notANumber", {QLatin1String(field), cell.left(40)}));
    }
    if (value < 0) {
        return Error::invalidInput(
            QStringLiteral("%1 %2 is negative").arg(QLatin1String(field)).arg(value),
            why("negative", {QLatin1String(field), QString::number(value)}));
    }
    return value;
}

std::optional<TaxKind> taxOf(const QString &cell)
{
    const QString text = cell.toLower();
    if (auto kind = taxKindFromString(text))
        return kind;
    if (text == QStringLiteral("과세"))
        return TaxKind::Taxable;
    if (text == QStringLiteral("면세") || text == QStringLiteral("비과세"))
        return TaxKind::Exempt;
    return std::nullopt;
}

// Reads the cells of one record into a row; the first cell that is not what its column needs
// makes the line bad.
Result<ImportRow> rowOf(const Record &record, const std::array<int, FieldCount> &column)
{
    ImportRow row;
    row.line = record.line;
    auto cell = [&](Field field) -> std::optional<QString> {
        const int at = column[int(field)];
        if (at < 0)
            return std::nullopt;
        return cellText(record.cells.at(at));
    };
    row.productId = cell(Field::ProductId).value_or(QString());
    if (row.productId.isEmpty())
        return Error::invalidInput(QStringLiteral("the product id is empty"), why("emptyId", {}));
    if (auto name = cell(Field::ProductName); name && !name->isEmpty())
        row.productName = *name;
    if (auto price = cell(Field::Price); price && !price->isEmpty()) {
        SD_TRY(row.price, wholeNumber(*price, "price"));
    }
    if (auto barcode = cell(Field::Barcode))
        row.barcode = *barcode;
    if (auto threshold = cell(Field::Threshold)) {
        if (threshold->isEmpty()) {
            row.threshold = StockThreshold();
        } else {
            SD_TRY(const qint64 value, wholeNumber(*threshold, "threshold"));
            row.threshold = StockThreshold(value);
        }
    }
    if (auto tax = cell(Field::Tax); tax && !tax->isEmpty()) {
        row.tax = taxOf(*tax);
        if (!row.tax) {
            return Error::invalidInput(
                QStringLiteral("tax '%1' is neither taxable (과세) nor exempt (면세)")
                    .arg(tax->left(40)),
                why("badTax", {tax->left(40)}));
        }
    }
    if (auto stock = cell(Field::Stock); stock && !stock->isEmpty()) {
        SD_TRY(const qint64 value, wholeNumber(*stock, "stock"));
        if (value > Limits::MaxStockDelta) {
            return Error::invalidInput(
                QStringLiteral("stock %1 is more than %2").arg(value).arg(Limits::MaxStockDelta));
        }
        row.stock = value;
    }
    return row;
}

// The text's lines: its line breaks (CRLF, LF or CR), and a last line without one.
int lineCount(const QString &text)
{
    int lines = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n' ||
            (text.at(i) == u'\r' && (i + 1 == text.size() || text.at(i + 1) != u'\n')))
            ++lines;
    }
    if (!text.isEmpty() && text.back() != u'\n' && text.back() != u'\r')
        ++lines;
    return lines;
}

bool blank(const Record &record)
{
    return std::all_of(record.cells.cbegin(), record.cells.cend(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

} // namespace

QString toText(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16:
        return QStringLiteral("utf-16");
    case TextEncoding::Cp949:
        return QStringLiteral("cp949");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"auto")
        return TextEncoding::Auto;
    if (key == u"utf-8" || key == u"utf8")
        return TextEncoding::Utf8;
    if (key == u"utf-16" || key == u"utf16")
        return TextEncoding::Utf16;
    if (key == u"cp949" || key == u"euc-kr" || key == u"euckr" || key == u"ms949" ||
        key == u"windows-949")
        return TextEncoding::Cp949;
    return std::nullopt;
}

QJsonObject BadImportLine::toJson() const
{
    return {{QStringLiteral("line"), line},
            {QStringLiteral("productId"), productId},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
}

QJsonObject ImportPreview::toJson() const
{
    QJsonArray badLines;
    for (const BadImportLine &b : bad)
        badLines.append(b.toJson());
    return {{QStringLiteral("encoding"), toText(encoding)},
            {QStringLiteral("delimiter"), QString(delimiter)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("new"), added},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("bad"), badLines},
            {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(ignoredColumns)},
            {QStringLiteral("stockIgnored"), stockIgnored},
            {QStringLiteral("startingStock"), startingStock}};
}

Error badLinesError(const QList<BadImportLine> &bad, int shown)
{
    QStringList lines;
    for (const BadImportLine &b : bad.first(std::min<qsizetype>(bad.size(), shown)))
        lines << QStringLiteral("line %1: %2").arg(b.line).arg(b.reason);
    if (bad.size() > shown)
        lines << QStringLiteral("and %1 more").arg(bad.size() - shown);
    QJsonArray all;
    for (const BadImportLine &b : bad)
        all.append(b.toJson());
    return Error::invalidInput(
        QStringLiteral("%1 of the file cannot be imported, so nothing was: %2; mend them, or "
                       "skip them to import the other lines")
            .arg(bad.size() == 1 ? QStringLiteral("1 line")
                                 : QStringLiteral("%1 lines").arg(bad.size()),
                 lines.join(QStringLiteral("; "))),
        {{QStringLiteral("badLines"), all}});
}

Result<CatalogFile> readCatalogFile(const QByteArray &bytes, TextEncoding encoding)
{
    if (bytes.size() > MaxCatalogBytes) {
        return Error::invalidInput(
            QStringLiteral("the file has %1 bytes, more than the %2 a catalog may have")
                .arg(bytes.size())
                .arg(MaxCatalogBytes));
    }
    SD_TRY(const Decoded decoded, decode(bytes, encoding));
    CatalogFile file;
    file.encoding = decoded.encoding;
    file.delimiter = delimiterOf(decoded.text);
    RecordReader reader(decoded.text, file.delimiter);
    Record header;
    while (!reader.atEnd()) {
        header = reader.next();
        if (!blank(header))
            break;
    }
    if (header.cells.isEmpty() || blank(header))
        return Error::invalidInput(QStringLiteral("the file is empty: it has no header row"));
    std::array<int, FieldCount> column;
    column.fill(-1);
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells.at(i).trimmed();
        if (name.isEmpty())
            continue;
        const std::optional<Field> field = fieldOf(name);
        if (!field) {
            file.ignoredColumns << name;
            continue;
        }
        if (const int before = column[int(*field)]; before >= 0) {
            return Error::invalidInput(
                QStringLiteral("the columns '%1' and '%2' both name the %3; keep one")
                    .arg(header.cells.at(before).trimmed(), name,
                         QLatin1String(fieldName(*field))));
        }
        column[int(*field)] = i;
    }
    if (column[int(Field::ProductId)] < 0) {
        return Error::invalidInput(
            QStringLiteral("the header row (line %1) has no product id column: name one "
                           "productId or 상품코드 (the columns are read by their names: "
                           "productId, productName, price, barcode, threshold, tax, stock)")
                .arg(header.line),
            {{QStringLiteral("reason"), QStringLiteral("noIdColumn")}});
    }
    const int lastUsed = *std::max_element(column.cbegin(), column.cend());
    QHash<QString, int> lineOfId;
    QHash<QString, int> lineOfBarcode;
    while (!reader.atEnd()) {
        const Record record = reader.next();
        if (blank(record))
            continue;
        if (file.rows.size() + file.bad.size() >= MaxCatalogLines) {
            return Error::invalidInput(
                QStringLiteral("the file has more than %1 product lines; import it in parts")
                    .arg(MaxCatalogLines));
        }
        const QString id = cellText(record.cells.value(column[int(Field::ProductId)]));
        auto bad = [&](const QString &reason, const char *kind, const QStringList &args) {
            file.bad.append({record.line, id, reason, QLatin1String(kind), args});
        };
        if (record.unclosedQuote) {
            bad(QStringLiteral("a quoted cell that starts on this line is never closed"),
                "unclosedQuote", {});
            continue;
        }
        if (record.cells.size() <= lastUsed) {
            QStringList missing; // as the header names them, in its order
            for (qsizetype i = record.cells.size(); i < header.cells.size(); ++i) {
                if (std::find(column.cbegin(), column.cend(), int(i)) != column.cend())
                    missing << header.cells.at(i).trimmed();
            }
            bad(QStringLiteral("the line has %1 cells where the header has %2: %3 missing")
                    .arg(record.cells.size())
                    .arg(header.cells.size())
                    .arg(missing.join(QStringLiteral(", "))),
                "missingCells",
                {QString::number(record.cells.size()), QString::number(header.cells.size()),
                 missing.join(QStringLiteral(", "))});
            continue;
        }
        if (record.cells.size() > header.cells.size() &&
            std::any_of(record.cells.cbegin() + header.cells.size(), record.cells.cend(),
                        [](const QString &cell) { return !cell.trimmed().isEmpty(); })) {
            bad(QStringLiteral("the line has %1 cells where the header has %2")
                    .arg(record.cells.size())
                    .arg(header.cells.size()),
                "extraCells",
                {QString::number(record.cells.size()), QString::number(header.cells.size())});
            continue;
        }
        Result<ImportRow> row = rowOf(record, column);
        if (!row) {
            const QJsonObject &details = row.error().details;
            file.bad.append({record.line, id, row.error().message,
                             details.value(QStringLiteral("kind")).toString(),
                             details.value(QStringLiteral("args")).toVariant().toStringList()});
            continue;
        }
        if (const int first = lineOfId.value(row->productId); first > 0) {
            bad(QStringLiteral("product id '%1' is on line %2 already").arg(id).arg(first),
                "duplicateId", {QString::number(first)});
            continue;
        }
        if (row->barcode && !row->barcode->isEmpty()) {
            if (const int first = lineOfBarcode.value(*row->barcode); first > 0) {
                bad(QStringLiteral("barcode '%1' is on line %2 already")
                        .arg(*row->barcode)
                        .arg(first),
                    "duplicateBarcode", {*row->barcode, QString::number(first)});
                continue;
            }
            lineOfBarcode.insert(*row->barcode, record.line);
        }
        lineOfId.insert(row->productId, record.line);
        file.rows.append(std::move(*row));
    }
    file.lines = lineCount(decoded.text);
    return file;
}

} // namespace ShopDesk
