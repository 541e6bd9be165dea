#include "escposreceipt.h"

#include "outputfile.h"
#include "qrcode.h"
#include "receiptcontent.h"

#include <QIODevice>
#include <QPainter>

namespace ShopDesk {

using namespace EscPos;

namespace {

// A pixel darker than this prints black: the layout's grey text (#555) and rules (#808080)
// print, and the light edge of anti-aliased text does not.
constexpr int InkThreshold = 160;
// The QR code is printed about as large as on the PDF roll (26 mm).
constexpr int QrTargetDots = 26 * DotsPerInch * 10 / 254;

enum class Align : char { Left = 0, Centre = 1, Right = 2 };

// What the text mode prints, one piece after the other.
struct Piece
{
    enum Kind { Text, Qr } kind = Text;
    QString text; // the line, or the QR code's data
    Align align = Align::Left;
    bool bold = false;
    int width = 1; // times the normal character width and height (GS !)
    int height = 1;
};

int cellsOf(QChar c)
{
    return cells(QString(c));
}

// The text in lines of at most width cells: broken at spaces where it can be, inside a word
// that is wider than a whole line.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (cells(word) > width) {
            if (!line.isEmpty()) {
                lines << line;
                line.clear();
            }
            qsizetype n = 0;
            int used = 0;
            while (n < word.size() && used + cellsOf(word.at(n)) <= width)
                used += cellsOf(word.at(n++));
            lines << word.left(n);
            word = word.mid(n);
        }
        if (word.isEmpty())
            continue;
        if (line.isEmpty())
            line = word;
        else if (cells(line) + 1 + cells(word) <= width)
            line += QLatin1Char(' ') + word;
        else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

QString spaces(int count)
{
    return QString(qMax(count, 0), QLatin1Char(' '));
}

// A label on the left and its amount or value on the right of the same line. A label too
// long to share a line wraps, and its amount goes at the right of its last line, or under it
// when there is no room: the text reads in the order of the words, label before amount.
QStringList rowLines(const QString &left, const QString &right, int columns, int indent)
{
    const QString pad = spaces(indent);
    const int room = columns - indent;
    QStringList lines;
    for (const QString &line : wrap(left, room))
        lines << pad + line;
    if (right.isEmpty())
        return lines;
    const QStringList rightLines = wrap(right, room);
    const int lastCells = cells(lines.last()) - indent;
    const int rightCells = cells(rightLines.first());
    if (rightLines.size() == 1 && (lastCells == 0 || lastCells + 1 + rightCells <= room)) {
        lines.last() += spaces(room - lastCells - rightCells) + right;
        return lines;
    }
    for (const QString &line : rightLines)
        lines << pad + spaces(room - cells(line)) + line;
    return lines;
}

// Lays the receipt's rows out in the paper's columns.
class TextComposer
{
public:
    explicit TextComposer(int columns)
        : m_columns(columns)
    {}

    QList<Piece> compose(const QList<ReceiptRow> &rows)
    {
        for (const ReceiptRow &row : rows)
            add(row);
        return m_pieces;
    }

private:
    void text(const QString &line, Align align = Align::Left, bool bold = false, int width = 1,
              int height = 1)
    {
        m_pieces.append({Piece::Text, line, align, bold, width, height});
    }
    void blank() { text(QString()); }
    void rule(QChar c) { text(QString(m_columns, c)); }
    void rows(const QStringList &lines, bool bold = false)
    {
        for (const QString &line : lines)
            text(line, Align::Left, bold);
    }
    // Large: twice as wide and high where it fits half the columns, else only twice as high.
    void large(const QString &left, const QString &right, Align align)
    {
        const int half = m_columns / 2;
        const bool wide =
            right.isEmpty() ? cells(left) <= half : cells(left) + 1 + cells(right) <= half;
        const int columns = wide ? half : m_columns;
        const QStringList lines =
            right.isEmpty() ? wrap(left, columns) : rowLines(left, right, columns, 0);
        for (const QString &line : lines)
            text(line, align, true, wide ? 2 : 1, 2);
    }
    void centred(const QString &value)
    {
        for (const QString &line : wrap(value, m_columns))
            text(line, Align::Centre);
    }

    void add(const ReceiptRow &row)
    {
        switch (row.kind) {
        case ReceiptRowKind::Shop:
            large(row.left, QString(), Align::Centre);
            break;
        case ReceiptRowKind::ShopDetail:
        case ReceiptRowKind::ThankYou:
            centred(row.left);
            break;
        case ReceiptRowKind::Title:
            blank();
            large(row.left, QString(), Align::Centre);
            break;
        case ReceiptRowKind::Reprint:
            for (const QString &line : wrap(row.left, m_columns))
                text(line, Align::Centre, true);
            break;
        case ReceiptRowKind::Rule:
            rule(row.name == QLatin1StringView("header rule") ? QLatin1Char('=')
                                                              : QLatin1Char('-'));
            break;
        case ReceiptRowKind::Info:
        case ReceiptRowKind::Heading:
        case ReceiptRowKind::Entry:
        case ReceiptRowKind::Figure:
            rows(rowLines(row.left, row.right, m_columns, 0));
            break;
        case ReceiptRowKind::EntryDetail:
        case ReceiptRowKind::Note:
            rows(rowLines(row.left, row.right, m_columns, 2));
            break;
        case ReceiptRowKind::Payment:
            rows(rowLines(row.left, row.right, m_columns, 0), true);
            break;
        case ReceiptRowKind::Total:
            large(row.left, row.right, Align::Left);
            break;
        case ReceiptRowKind::QrCode:
            rule(QLatin1Char('-'));
            blank();
            m_pieces.append({Piece::Qr, row.left, Align::Centre});
            centred(row.left);
            break;
        }
    }

    int m_columns;
    QList<Piece> m_pieces;
};

QByteArray command(std::initializer_list<int> bytes)
{
    QByteArray result;
    for (const int byte : bytes)
        result.append(char(byte));
    return result;
}

QByteArray qrCommand(int function, const QByteArray &parameters)
{
    const int length = int(parameters.size()) + 2;
    return command({Gs, '(', 'k', length & 0xff, length >> 8, '1', function}) + parameters;
}

// The beginning of every job: ESC @, then the drawer pulse when asked for.
QByteArray start(bool openDrawer)
{
    QByteArray bytes = initialize();
    if (openDrawer)
        bytes += drawerPulse();
    return bytes;
}

// The end of every job: a partial cut after feeding the last line past the cutter; for a
// printer without a cutter, six lines fed so the receipt can be torn off.
QByteArray finish(bool cutPaper)
{
    return cutPaper ? command({Gs, 'V', 66, 3}) : command({Esc, 'd', 6});
}

// InvalidState naming the characters of the rows the code page lacks: text mode never prints
// one as '?'. `what` names the page in the message.
Status checkEncodable(const QList<ReceiptRow> &rows, const QString &what)
{
    QString all;
    for (const ReceiptRow &row : rows)
        all += row.left + row.right;
    if (const QString missing = unencodable(all); !missing.isEmpty()) {
        return Error::invalidState(
            QStringLiteral("%1 has characters the printer's Korean code page (EUC-KR) lacks: %2; "
                           "print it in raster mode")
                .arg(what, missing),
            {{QStringLiteral("reason"), QStringLiteral("unencodable")},
             {QStringLiteral("characters"), missing}});
    }
    return {};
}

// The text mode's writer, for the receipt and the test page alike: the start of the job, the
// Korean character set and double-byte mode, each piece with its alignment, emphasis and
// size, and the cut. Every piece's text encodes (checkEncodable).
EscPosJob writeText(const QList<Piece> &pieces, bool openDrawer, bool cutPaper = true)
{
    EscPosJob job;
    job.mode = EscPosMode::Text;
    QByteArray &out = job.bytes;
    out = start(openDrawer);
    out += command({Esc, 'R', KoreaCharacterSet});
    out += command({Fs, '&'});
    Align align = Align::Left;
    bool bold = false;
    int size = 0;
    for (const Piece &piece : pieces) {
        if (piece.align != align) {
            align = piece.align;
            out += command({Esc, 'a', int(align)});
        }
        if (piece.kind == Piece::Qr) {
            const QByteArray data = piece.text.toUtf8();
            const QrCode code = QrCode::encode(piece.text);
            const int module = qBound(3, QrTargetDots / qMax(code.size(), 1), 8);
            out += qrCommand(65, command({'2', 0}));         // model 2
            out += qrCommand(67, command({module}));         // module size in dots
            out += qrCommand(69, command({'1'}));            // error correction M
            out += qrCommand(80, QByteArray(1, '0') + data); // store the data
            out += qrCommand(81, QByteArray(1, '0'));        // print it
            continue;
        }
        if (piece.bold != bold) {
            bold = piece.bold;
            out += command({Esc, 'E', bold ? 1 : 0});
        }
        const int pieceSize = (piece.width - 1) << 4 | (piece.height - 1);
        if (pieceSize != size) {
            size = pieceSize;
            out += command({Gs, '!', size});
        }
        const std::optional<QByteArray> bytes = EscPos::encode(piece.text);
        Q_ASSERT(bytes); // every character was checked before
        out += bytes.value_or(QByteArray());
        out += Lf;
        job.lines << QString(piece.text).replace(QChar(0x00a0), QLatin1Char(' '));
    }
    out += finish(cutPaper);
    return job;
}

// The ruler of the test page: one mark per column, a '+' every five and the tens' digit every
// ten, so that a printer that wraps or clips a full line shows it.
QString ruler(int columns)
{
    QString marks;
    for (int column = 1; column <= columns; ++column) {
        if (column % 10 == 0)
            marks += QChar(u'0' + (column / 10) % 10);
        else
            marks += column % 5 == 0 ? u'+' : u'.';
    }
    return marks;
}

// A picture as wide as the paper prints, thresholded to black and white and sent as GS v 0
// bands after the start of the job, then the cut.
EscPosJob writeRaster(const QImage &painted, const EscPosOptions &options)
{
    const int width = painted.width();
    const int rowBytes = width / 8;
    EscPosJob job;
    job.mode = EscPosMode::Raster;
    job.image = QImage(width, painted.height(), QImage::Format_Grayscale8);
    job.image.fill(Qt::white);
    QByteArray &out = job.bytes;
    out = start(options.openDrawer);
    for (int top = 0; top < painted.height(); top += RasterBandRows) {
        const int rows = qMin(RasterBandRows, painted.height() - top);
        out += command({Gs, 'v', '0', 0, rowBytes & 0xff, rowBytes >> 8, rows & 0xff, rows >> 8});
        for (int y = top; y < top + rows; ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(painted.constScanLine(y));
            uchar *mono = job.image.scanLine(y);
            for (int byte = 0; byte < rowBytes; ++byte) {
                uchar bits = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = byte * 8 + bit;
                    if (qGray(line[x]) < InkThreshold) {
                        bits |= uchar(0x80 >> bit);
                        mono[x] = 0;
                    }
                }
                out += char(bits);
            }
        }
    }
    out += finish(options.cutPaper);
    return job;
}

// The text mode's pieces painted as the printer's own font prints them (a Latin character one
// Font A cell, a Hangul two: Noto Sans Mono CJK KR), QR codes as their modules: the picture a
// raster job sends when the code page lacks a character of them.
QImage paintPieces(const QList<Piece> &pieces, EscPosPaper paper)
{
    const int width = paperDots(paper);
    const int cell = width / paperColumns(paper);
    const int lineHeight = 2 * cell + 6;
    const auto qrModule = [](const QrCode &code) {
        return qBound(3, QrTargetDots / qMax(code.size(), 1), 8);
    };
    int height = lineHeight;
    for (const Piece &piece : pieces) {
        if (piece.kind == Piece::Qr) {
            const QrCode code = QrCode::encode(piece.text);
            height += (code.size() + 2 * QrCode::QuietZone) * qrModule(code);
        } else {
            height += lineHeight * piece.height;
        }
    }
    QImage image(width, height + lineHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    int y = lineHeight / 2;
    const auto alignedX = [width](Align align, int used) {
        switch (align) {
        case Align::Centre:
            return (width - used) / 2;
        case Align::Right:
            return width - used;
        case Align::Left:
            break;
        }
        return 0;
    };
    for (const Piece &piece : pieces) {
        if (piece.kind == Piece::Qr) {
            const QrCode code = QrCode::encode(piece.text);
            const int module = qrModule(code);
            const int side = (code.size() + 2 * QrCode::QuietZone) * module;
            const int left = alignedX(piece.align, side) + QrCode::QuietZone * module;
            const int top = y + QrCode::QuietZone * module;
            for (int row = 0; row < code.size(); ++row) {
                for (int column = 0; column < code.size(); ++column) {
                    if (code.isDark(column, row))
                        painter.fillRect(left + column * module, top + row * module, module, module,
                                         Qt::black);
                }
            }
            y += side;
            continue;
        }
        QFont font;
        font.setFamilies({QStringLiteral("Noto Sans Mono CJK KR"),
                          QStringLiteral("Noto Sans CJK KR"), QStringLiteral("DejaVu Sans Mono")});
        font.setPixelSize(2 * cell * piece.height);
        font.setStretch(100 * piece.width / piece.height);
        font.setBold(piece.bold);
        painter.setFont(font);
        const int used = cells(piece.text) * cell * piece.width;
        const int rowHeight = lineHeight * piece.height;
        painter.drawText(QRect(alignedX(piece.align, used), y, used + cell, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, piece.text);
        y += rowHeight;
    }
    return image;
}

} // namespace

Result<EscPosOptions> EscPosOptions::fromNames(const QString &paper, const QString &mode,
                                               bool openDrawer)
{
    EscPosOptions options;
    const std::optional<EscPosPaper> paperSize = paperFromName(paper);
    if (!paperSize) {
        return Error::invalidInput(
            QStringLiteral("the paper must be 80, 80-42 (80 mm, 42 characters) or 58, got '%1'")
                .arg(paper),
            {{QStringLiteral("paper"), paper}});
    }
    const std::optional<EscPosMode> modeValue = EscPosReceipt::modeFromName(mode);
    if (!modeValue) {
        return Error::invalidInput(
            QStringLiteral("the ESC/POS mode must be auto, text or raster, got '%1'").arg(mode),
            {{QStringLiteral("mode"), mode}});
    }
    options.paper = *paperSize;
    options.mode = *modeValue;
    options.openDrawer = openDrawer;
    return options;
}

EscPosReceipt::EscPosReceipt(ReceiptData data, SlipLanguage language, EscPosOptions options)
    : m_data(std::move(data))
    , m_language(language)
    , m_options(options)
{}

QString EscPosReceipt::modeName(EscPosMode mode)
{
    switch (mode) {
    case EscPosMode::Auto:
        return QStringLiteral("auto");
    case EscPosMode::Text:
        return QStringLiteral("text");
    case EscPosMode::Raster:
        return QStringLiteral("raster");
    }
    return {};
}

std::optional<EscPosMode> EscPosReceipt::modeFromName(QStringView name)
{
    for (EscPosMode mode : {EscPosMode::Auto, EscPosMode::Text, EscPosMode::Raster}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

QString EscPosReceipt::pageName(EscPosPaper paper)
{
    return QStringLiteral("escpos") + paperName(paper);
}

Result<EscPosJob> EscPosReceipt::encode() const
{
    if (m_options.mode == EscPosMode::Raster)
        return encodeRaster();
    auto text = encodeText();
    if (text || m_options.mode == EscPosMode::Text ||
        text.error().details.value(QStringLiteral("reason")) != QLatin1StringView("unencodable"))
        return text;
    SD_TRY(EscPosJob raster, encodeRaster());
    raster.unencodable = text.error().details.value(QStringLiteral("characters")).toString();
    return raster;
}

Result<EscPosJob> EscPosReceipt::encodeText() const
{
    SD_TRY(const ReceiptContent content, ReceiptContent::build(m_data, m_language));
    const QList<ReceiptRow> rows = content.rows();
    SD_CHECK(checkEncodable(rows, QStringLiteral("the receipt of %1").arg(m_data.orderId())));
    return writeText(TextComposer(paperColumns(m_options.paper)).compose(rows),
                     m_options.openDrawer, m_options.cutPaper);
}

Result<EscPosJob> EscPosReceipt::encodeRaster() const
{
    SD_TRY(const QImage painted, ReceiptLayout(m_data, SlipPage::Roll80, m_language)
                                     .paintRoll(paperDots(m_options.paper), DotsPerInch));
    return writeRaster(painted, m_options);
}

Result<EscPosJob> EscPosReceipt::write(OutputFile &output) const
{
    SD_TRY(EscPosJob job, encode());
    SD_CHECK(output.write(job.bytes));
    return job;
}

Result<EscPosJob> escPosTestPage(const QString &shopName, const QString &printer, EscPosPaper paper,
                                 SlipLanguage language)
{
    const bool korean = language == SlipLanguage::Korean;
    const auto say = [korean](const char *english, const char *hangul) {
        return korean ? QString::fromUtf8(hangul) : QString::fromUtf8(english);
    };
    const int columns = paperColumns(paper);
    QList<ReceiptRow> rows;
    if (!shopName.trimmed().isEmpty())
        rows.append({ReceiptRowKind::Shop, QStringLiteral("shop"), shopName.trimmed(), {}});
    // No-break spaces keep "테스트 페이지" on one line where the title wraps (58 mm).
    rows.append({ReceiptRowKind::Title,
                 QStringLiteral("title"),
                 QStringLiteral("ShopDesk test page / 테스트\u00a0페이지"),
                 {}});
    rows.append({ReceiptRowKind::Rule, QStringLiteral("header rule"), {}, {}});
    rows.append(
        {ReceiptRowKind::Info, QStringLiteral("printer"), say("Printer", "프린터"), printer});
    rows.append(
        {ReceiptRowKind::Info, QStringLiteral("paper"), say("Paper", "용지"),
         say("%1 mm, %2 dots", "%1mm, %2도트").arg(paperName(paper)).arg(paperDots(paper))});
    rows.append({ReceiptRowKind::Info, QStringLiteral("columns"),
                 say("Characters a line", "한 줄 글자 수"), QString::number(columns)});
    rows.append({ReceiptRowKind::Rule, QStringLiteral("rule"), {}, {}});
    rows.append({ReceiptRowKind::Entry,
                 QStringLiteral("hangul"),
                 QStringLiteral("한글: 다람쥐 헌 쳇바퀴에 타고파"),
                 {}});
    rows.append({ReceiptRowKind::Entry,
                 QStringLiteral("latin"),
                 QStringLiteral("Latin: The quick brown fox jumps over the lazy dog 0123456789 "
                                "₩1,000"),
                 {}});
    rows.append({ReceiptRowKind::Entry, QStringLiteral("ruler"), ruler(columns), {}});
    rows.append({ReceiptRowKind::QrCode, QStringLiteral("qr code"), printer, {}});
    SD_CHECK(checkEncodable(rows, QStringLiteral("the test page of %1").arg(printer)));
    return writeText(TextComposer(columns).compose(rows), false);
}

Result<EscPosJob> escPosReport(const QString &shopName, const QString &title,
                               const QList<std::pair<QString, QString>> &rows,
                               const EscPosOptions &options, const QString &what)
{
    QList<ReceiptRow> lines;
    if (!shopName.trimmed().isEmpty())
        lines.append({ReceiptRowKind::Shop, QStringLiteral("shop"), shopName.trimmed(), {}});
    lines.append({ReceiptRowKind::Title, QStringLiteral("title"), title, {}});
    lines.append({ReceiptRowKind::Rule, QStringLiteral("header rule"), {}, {}});
    for (const auto &[label, value] : rows)
        lines.append({ReceiptRowKind::Info, label, label, value});
    lines.append({ReceiptRowKind::Rule, QStringLiteral("rule"), {}, {}});
    const QList<Piece> pieces = TextComposer(paperColumns(options.paper)).compose(lines);
    Status encodable = options.mode == EscPosMode::Raster ? Status() : checkEncodable(lines, what);
    if (options.mode == EscPosMode::Text && !encodable)
        return encodable.error();
    if (options.mode != EscPosMode::Raster && encodable)
        return writeText(pieces, options.openDrawer, options.cutPaper);
    EscPosJob job = writeRaster(paintPieces(pieces, options.paper), options);
    if (!encodable)
        job.unencodable = encodable.error().details.value(QStringLiteral("characters")).toString();
    return job;
}

} // namespace ShopDesk
