#include "escposdecoder.h"

#include "outputfile.h"
#include "qrcode.h"

#include <QFont>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPainter>
#include <QStringDecoder>

namespace ShopDesk {

using namespace EscPos;

namespace {

constexpr int Margin = 16; // white around the printable width in the picture
constexpr int NoteHeight = 30;
const QColor cutInk(0xc0, 0x10, 0x10);
const QColor noteInk(0x10, 0x40, 0xc0);
const QColor edgeInk(0xd8, 0xd8, 0xd8);

QString hex(uchar byte)
{
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

QFont cellFont(bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans Mono CJK KR"), QStringLiteral("Noto Sans CJK KR"),
                      QStringLiteral("DejaVu Sans Mono")});
    font.setPixelSize(CellHeight - 3);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont noteFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")});
    font.setPixelSize(15);
    return font;
}

int alignedX(Qt::Alignment alignment, int width, int paperWidth)
{
    if (alignment & Qt::AlignHCenter)
        return (paperWidth - width) / 2;
    if (alignment & Qt::AlignRight)
        return paperWidth - width;
    return 0;
}

} // namespace

EscPosDecoder::EscPosDecoder(const QByteArray &bytes, EscPosPaper paper)
    : m_paper(paper)
{
    decode(bytes);
}

QStringList EscPosDecoder::textLines() const
{
    QStringList lines;
    for (const EscPosTextLine &line : m_lines)
        lines << line.text;
    return lines;
}

QImage EscPosDecoder::raster() const
{
    if (m_bands.isEmpty())
        return {};
    int width = 0;
    int height = 0;
    for (const QImage &band : m_bands) {
        width = qMax(width, band.width());
        height += band.height();
    }
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    int y = 0;
    for (const QImage &band : m_bands) {
        painter.drawImage(0, y, band);
        y += band.height();
    }
    return image;
}

void EscPosDecoder::problem(qsizetype offset, const QString &what)
{
    const QString text = QStringLiteral("byte %1: %2").arg(offset).arg(what);
    m_problems << text;
    Element note;
    note.kind = Element::Note;
    note.note = text;
    note.problem = true;
    m_elements.append(note);
}

void EscPosDecoder::endLine()
{
    EscPosTextLine line;
    line.alignment = m_line.isEmpty() ? m_alignment : m_lineAlignment;
    for (const Glyph &glyph : std::as_const(m_line)) {
        line.text += glyph.text;
        line.cells += glyph.cells * glyph.width;
        line.bold = line.bold || glyph.bold;
        line.width = qMax(line.width, glyph.width);
        line.height = qMax(line.height, glyph.height);
    }
    if (m_line.isEmpty())
        line.height = m_height;
    Element element;
    element.kind = Element::Line;
    element.line = int(m_lines.size());
    element.alignment = line.alignment;
    element.dots = qMax(m_lineSpacing, CellHeight * line.height + (m_lineSpacing - CellHeight));
    m_lines.append(line);
    m_glyphs.append(m_line);
    m_elements.append(element);
    m_line.clear();
}

void EscPosDecoder::addGlyph(const Glyph &glyph, qsizetype offset)
{
    int used = 0;
    for (const Glyph &g : std::as_const(m_line))
        used += g.cells * g.width;
    if (used + glyph.cells * glyph.width > paperColumns(m_paper)) {
        problem(offset, QStringLiteral("the line is wider than the paper's %1 columns; the "
                                       "printer goes on on the next line")
                            .arg(paperColumns(m_paper)));
        endLine();
    }
    if (m_line.isEmpty())
        m_lineAlignment = m_alignment;
    m_line.append(glyph);
}

QString EscPosDecoder::decodeCharacters(const QByteArray &bytes, qsizetype offset)
{
    QString text;
    for (qsizetype k = 0; k < bytes.size(); ++k) {
        Glyph glyph{QString(), 1, m_bold, m_width, m_height};
        const uchar byte = uchar(bytes.at(k));
        if (byte < 0x80) {
            glyph.text = byte == 0x5c && m_korea ? QString(QChar(0x20a9)) : QString(QChar(byte));
        } else if (m_doubleByte && byte >= 0xa1 && byte <= 0xfe && k + 1 < bytes.size() &&
                   uchar(bytes.at(k + 1)) >= 0xa1 && uchar(bytes.at(k + 1)) <= 0xfe) {
            QStringDecoder decoder("EUC-KR");
            glyph.text = decoder.decode(bytes.mid(k, 2));
            glyph.cells = 2;
            if (decoder.hasError() || glyph.text.size() != 1) {
                problem(offset + k, QStringLiteral("%1 %2 is no KS X 1001 character")
                                        .arg(hex(byte), hex(uchar(bytes.at(k + 1)))));
                glyph.text = QString(QChar(QChar::ReplacementCharacter));
            }
            ++k;
        } else {
            problem(
                offset + k,
                m_doubleByte
                    ? QStringLiteral("%1 is no character of the Korean code page").arg(hex(byte))
                    : QStringLiteral("%1 outside double-byte mode (FS &): the code table "
                                     "(ESC t) is not shown")
                          .arg(hex(byte)));
            glyph.text = QString(QChar(QChar::ReplacementCharacter));
        }
        addGlyph(glyph, offset + k);
        text += glyph.text;
    }
    return text;
}

void EscPosDecoder::printQrCode()
{
    if (m_qrData.isEmpty())
        return;
    const QrCode code = QrCode::encodeBytes(m_qrData, QrCode::Level(m_qrLevel - '0'));
    if (code.isNull())
        return;
    QImage picture(code.size() * m_qrModule, code.size() * m_qrModule, QImage::Format_Grayscale8);
    picture.fill(Qt::white);
    for (int y = 0; y < picture.height(); ++y) {
        uchar *line = picture.scanLine(y);
        for (int x = 0; x < picture.width(); ++x) {
            if (code.isDark(x / m_qrModule, y / m_qrModule))
                line[x] = 0;
        }
    }
    Element element;
    element.kind = Element::Picture;
    element.picture = picture;
    element.alignment = m_alignment;
    m_elements.append(element);
    m_qrCodes << QString::fromUtf8(m_qrData);
}

void EscPosDecoder::decode(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    const auto at = [&](qsizetype k) { return uchar(bytes.at(k)); };
    // Whether the command at i has its count bytes; a problem otherwise.
    const auto has = [&](qsizetype count, const QString &name) {
        if (i + count <= size)
            return true;
        problem(i, QStringLiteral("%1 is cut short: it takes %2 bytes, %3 are left")
                       .arg(name)
                       .arg(count)
                       .arg(size - i));
        return false;
    };
    const auto take = [&](const QString &name, qsizetype length, qsizetype header) {
        m_commands.append({i, name, bytes.mid(i + header, length - header)});
        i += length;
    };
    const auto unknown = [&](qsizetype length) {
        QStringList shown;
        for (qsizetype k = i; k < qMin(size, i + length); ++k)
            shown << hex(at(k));
        problem(i, QStringLiteral("unknown command %1; the %2 bytes after it are not read")
                       .arg(shown.join(QLatin1Char(' ')))
                       .arg(size - i - length));
    };
    const auto printPending = [&] {
        if (!m_line.isEmpty())
            endLine();
    };
    const auto feed = [&](int dots) {
        Element element;
        element.kind = Element::Feed;
        element.dots = dots;
        m_elements.append(element);
    };

    while (i < size) {
        const uchar byte = at(i);
        if (byte == uchar(Lf)) {
            take(QStringLiteral("LF"), 1, 1);
            endLine();
            continue;
        }
        if (byte == 0x0d) {
            take(QStringLiteral("CR"), 1, 1); // ignored, as with auto line feed off
            continue;
        }
        if (byte == uchar(Esc)) {
            if (!has(2, QStringLiteral("ESC")))
                return;
            const uchar c = at(i + 1);
            const QString name = QStringLiteral("ESC ") + QChar(c);
            const bool withOne = QByteArrayView("RtaE!3dJ").contains(char(c));
            if (withOne && !has(3, name))
                return;
            const uchar n = withOne ? at(i + 2) : 0;
            switch (c) {
            case '@':
                m_line.clear();
                m_alignment = Qt::AlignLeft;
                m_bold = false;
                m_width = m_height = 1;
                m_doubleByte = m_korea = false;
                m_lineSpacing = LineSpacing;
                take(name, 2, 2);
                continue;
            case 'R':
                m_korea = n == KoreaCharacterSet;
                take(name, 3, 2);
                continue;
            case 't':
                take(name, 3, 2);
                continue;
            case 'a':
                if (n % 48 > 2) {
                    problem(i, QStringLiteral("ESC a %1 is no alignment").arg(n));
                    i += 3;
                    continue;
                }
                m_alignment = n % 48 == 0   ? Qt::AlignLeft
                              : n % 48 == 1 ? Qt::AlignHCenter
                                            : Qt::AlignRight;
                take(name, 3, 2);
                continue;
            case 'E':
                m_bold = n & 1;
                take(name, 3, 2);
                continue;
            case '!':
                m_bold = n & 0x08;
                m_height = n & 0x10 ? 2 : 1;
                m_width = n & 0x20 ? 2 : 1;
                take(name, 3, 2);
                continue;
            case '2':
                m_lineSpacing = LineSpacing;
                take(name, 2, 2);
                continue;
            case '3':
                m_lineSpacing = n;
                take(name, 3, 2);
                continue;
            case 'd':
                printPending();
                feed(n * m_lineSpacing);
                take(name, 3, 2);
                continue;
            case 'J':
                printPending();
                feed(n);
                take(name, 3, 2);
                continue;
            case 'p': {
                if (!has(5, name))
                    return;
                Element note;
                note.kind = Element::Note;
                note.note = QStringLiteral("cash drawer: pulse on pin %1, %2 ms on, %3 ms off")
                                .arg(at(i + 2) % 48 == 0 ? 2 : 5)
                                .arg(at(i + 3) * 2)
                                .arg(at(i + 4) * 2);
                m_elements.append(note);
                ++m_drawerPulses;
                take(name, 5, 2);
                continue;
            }
            default:
                unknown(2);
                return;
            }
        }
        if (byte == uchar(Gs)) {
            if (!has(3, QStringLiteral("GS")))
                return;
            const uchar c = at(i + 1);
            if (c == '!') {
                m_width = ((at(i + 2) >> 4) & 7) + 1;
                m_height = (at(i + 2) & 7) + 1;
                take(QStringLiteral("GS !"), 3, 2);
                continue;
            }
            if (c == 'V') {
                const uchar m = at(i + 2);
                qsizetype length = 3;
                if (m == 65 || m == 66) {
                    if (!has(4, QStringLiteral("GS V")))
                        return;
                    length = 4;
                } else if (m != 0 && m != 1 && m != 48 && m != 49) {
                    unknown(3);
                    return;
                }
                printPending();
                const bool partial = m == 1 || m == 49 || m == 66;
                if (length == 4)
                    feed(at(i + 3));
                Element cut;
                cut.kind = Element::Cut;
                cut.note = partial ? QStringLiteral("✂ partial cut") : QStringLiteral("✂ full cut");
                m_elements.append(cut);
                ++m_cuts;
                take(QStringLiteral("GS V"), length, 2);
                continue;
            }
            if (c == '(' && at(i + 2) == 'k') {
                if (!has(7, QStringLiteral("GS ( k")))
                    return;
                const qsizetype length = at(i + 3) + 256 * at(i + 4);
                if (!has(5 + length, QStringLiteral("GS ( k")))
                    return;
                const uchar cn = at(i + 5);
                const uchar fn = at(i + 6);
                if (cn != '1') {
                    problem(i, QStringLiteral("GS ( k for symbol %1 is not a QR code; not shown")
                                   .arg(hex(cn)));
                    i += 5 + length;
                    continue;
                }
                switch (fn) {
                case 65: // model: 2 is the one QR code of today
                    if (length >= 4 && at(i + 7) != '2') {
                        problem(i, QStringLiteral("QR model %1 is shown as model 2")
                                       .arg(QChar(at(i + 7))));
                    }
                    break;
                case 67:
                    m_qrModule = qBound(1, int(at(i + 7)), 16);
                    break;
                case 69:
                    m_qrLevel = qBound<int>('0', at(i + 7), '3');
                    break;
                case 80:
                    m_qrData = bytes.mid(i + 8, length - 3);
                    break;
                case 81:
                    printPending();
                    printQrCode();
                    break;
                default:
                    problem(i, QStringLiteral("QR function %1 is not shown").arg(fn));
                    break;
                }
                take(QStringLiteral("GS ( k"), 5 + length, 5);
                continue;
            }
            if (c == 'v' && at(i + 2) == '0') {
                if (!has(8, QStringLiteral("GS v 0")))
                    return;
                const int rowBytes = at(i + 4) + 256 * at(i + 5);
                const int rows = at(i + 6) + 256 * at(i + 7);
                if (!has(8 + qsizetype(rowBytes) * rows, QStringLiteral("GS v 0")))
                    return;
                if (at(i + 3) % 48 != 0)
                    problem(
                        i, QStringLiteral("GS v 0 scaled (m %1) is shown unscaled").arg(at(i + 3)));
                if (rowBytes * 8 > paperDots(m_paper)) {
                    problem(i, QStringLiteral("the picture is %1 dots wide, the paper %2")
                                   .arg(rowBytes * 8)
                                   .arg(paperDots(m_paper)));
                }
                printPending();
                QImage band(qMax(rowBytes * 8, 1), qMax(rows, 1), QImage::Format_Grayscale8);
                band.fill(Qt::white);
                const uchar *data = reinterpret_cast<const uchar *>(bytes.constData()) + i + 8;
                for (int y = 0; y < rows; ++y) {
                    uchar *line = band.scanLine(y);
                    for (int x = 0; x < rowBytes * 8; ++x) {
                        if (data[y * rowBytes + x / 8] & (0x80 >> (x % 8)))
                            line[x] = 0;
                    }
                }
                m_bands.append(band);
                Element element;
                element.kind = Element::Picture;
                element.picture = band;
                element.alignment = m_alignment;
                m_elements.append(element);
                take(QStringLiteral("GS v 0"), 8 + qsizetype(rowBytes) * rows, 3);
                m_commands.last().parameters.truncate(5); // m, xL, xH, yL, yH: not the dots
                continue;
            }
            unknown(2);
            return;
        }
        if (byte == uchar(Fs)) {
            if (!has(2, QStringLiteral("FS")))
                return;
            const uchar c = at(i + 1);
            if (c == '&' || c == '.') {
                m_doubleByte = c == '&';
                take(QStringLiteral("FS ") + QChar(c), 2, 2);
                continue;
            }
            unknown(2);
            return;
        }
        if (byte < 0x20 || byte == 0x7f) {
            unknown(1);
            return;
        }
        qsizetype end = i;
        while (end < size && at(end) >= 0x20 && at(end) != 0x7f)
            ++end;
        const QByteArray run = bytes.mid(i, end - i);
        const qsizetype start = i;
        take(QStringLiteral("text"), end - i, 0);
        decodeCharacters(run, start);
    }
    if (!m_line.isEmpty()) {
        problem(size, QStringLiteral("the stream ends with text that no LF prints"));
        endLine();
    }
}

QImage EscPosDecoder::render() const
{
    const int paper = paperDots(m_paper);
    int height = 0;
    for (const Element &element : m_elements) {
        switch (element.kind) {
        case Element::Line:
        case Element::Feed:
            height += element.dots;
            break;
        case Element::Picture:
            height += element.picture.height();
            break;
        case Element::Cut:
        case Element::Note:
            height += NoteHeight;
            break;
        }
    }
    QImage image(paper + 2 * Margin, height + 2 * Margin, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // The edges of the printable width, faint.
    painter.setPen(QPen(edgeInk, 1, Qt::DotLine));
    painter.drawLine(Margin - 1, 0, Margin - 1, image.height());
    painter.drawLine(Margin + paper, 0, Margin + paper, image.height());

    const QFont regular = cellFont(false);
    const QFont bold = cellFont(true);
    const QFont note = noteFont();
    int y = Margin;
    for (const Element &element : m_elements) {
        switch (element.kind) {
        case Element::Line: {
            const EscPosTextLine &line = m_lines.at(element.line);
            const int lineHeight = CellHeight * line.height;
            int x = Margin + alignedX(line.alignment, line.cells * CellWidth, paper);
            // Each character centred in its cells, on the line's bottom: the grid, not the
            // font, sets the columns.
            for (const Glyph &glyph : m_glyphs.at(element.line)) {
                const QRectF cell(0, 0, glyph.cells * CellWidth, CellHeight);
                painter.save();
                painter.translate(x, y + lineHeight - CellHeight * glyph.height);
                painter.scale(glyph.width, glyph.height);
                painter.setFont(glyph.bold ? bold : regular);
                painter.setPen(Qt::black);
                painter.drawText(cell, Qt::AlignCenter, glyph.text);
                painter.restore();
                x += glyph.cells * CellWidth * glyph.width;
            }
            y += element.dots;
            break;
        }
        case Element::Picture:
            painter.drawImage(Margin + alignedX(element.alignment, element.picture.width(), paper),
                              y, element.picture);
            y += element.picture.height();
            break;
        case Element::Feed:
            y += element.dots;
            break;
        case Element::Cut: {
            const int middle = y + NoteHeight / 2;
            painter.setPen(QPen(cutInk, 2, Qt::DashLine));
            painter.drawLine(0, middle, image.width(), middle);
            painter.setFont(note);
            const QString label = QLatin1Char(' ') + element.note + QLatin1Char(' ');
            const QFontMetricsF metrics(note);
            const QRectF box(Margin + 8, middle - metrics.height() / 2,
                             metrics.horizontalAdvance(label), metrics.height());
            painter.fillRect(box, Qt::white);
            painter.setPen(cutInk);
            painter.drawText(box, Qt::AlignCenter, label);
            y += NoteHeight;
            break;
        }
        case Element::Note: {
            painter.setFont(note);
            painter.setPen(element.problem ? cutInk : noteInk);
            painter.drawText(QRectF(Margin, y, paper, NoteHeight),
                             Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                             QStringLiteral("[%1]").arg(element.note));
            y += NoteHeight;
            break;
        }
        }
    }
    painter.end();
    return image;
}

Result<QSize> EscPosDecoder::writePng(OutputFile &output) const
{
    const QImage image = render();
    if (!image.save(&output.device(), "PNG")) {
        return Error::storage(QStringLiteral("cannot write the picture to %1: %2")
                                  .arg(output.path(), output.device().errorString()),
                              {{QStringLiteral("file"), output.path()},
                               {QStringLiteral("reason"), QStringLiteral("cannotWrite")}});
    }
    return image.size();
}

} // namespace ShopDesk
