#pragma once

#include "escpos.h"
#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QStringList>

namespace ShopDesk {

class OutputFile;

// One command of the stream, in order; a run of printable characters is one "text".
struct EscPosCommand
{
    qsizetype offset = 0; // of its first byte
    QString name;         // "ESC @", "GS ( k", "GS v 0", "GS V", "ESC p", "LF", "text", ...
    QByteArray parameters;
};

// A printed line of text: its characters decoded back through the code page.
struct EscPosTextLine
{
    QString text;
    int cells = 0; // Font A cells it takes, its characters' width (GS !) counted
    Qt::Alignment alignment = Qt::AlignLeft;
    bool bold = false;
    int width = 1; // the largest character width and height on the line
    int height = 1;
};

// Reads an ESC/POS byte stream the way a Korean thermal printer would, and draws what it
// would print (issue 14: seeing a receipt without a printer). It knows the commands ShopDesk
// sends (escposreceipt.h) and the common ones around them: ESC @, ESC R, ESC t, FS &, FS .,
// ESC a, ESC E, ESC !, GS !, ESC 2, ESC 3, ESC d, ESC J, LF, CR, GS ( k (QR code), GS v 0,
// GS V and ESC p. Text in double-byte mode is decoded as EUC-KR, ₩ at 0x5C under ESC R 13.
// Anything else is a problem: reported with its offset, and the rest of the stream is not
// read, since its length cannot be known.
class EscPosDecoder
{
public:
    EscPosDecoder(const QByteArray &bytes, EscPosPaper paper = EscPosPaper::Mm80);

    EscPosPaper paper() const { return m_paper; }
    const QList<EscPosCommand> &commands() const { return m_commands; }
    // The printed text lines, in order (blank lines too), without QR codes and pictures.
    const QList<EscPosTextLine> &lines() const { return m_lines; }
    QStringList textLines() const;
    // Every GS v 0 band one under the other, black (0) on white (255); null without any.
    QImage raster() const;
    // The data of each QR code printed with GS ( k, as UTF-8.
    const QStringList &qrCodes() const { return m_qrCodes; }
    int cuts() const { return m_cuts; }
    int drawerPulses() const { return m_drawerPulses; }
    // Unknown or malformed commands, characters the code page does not have, lines wider
    // than the paper; empty when the stream is all understood.
    const QStringList &problems() const { return m_problems; }

    // The paper as it would come out of the printer: text in a grid of Font A cells, pictures
    // and QR codes as printed, a cut as a dashed line with scissors, the drawer's pulse and
    // each problem as a coloured note (those are not printed). Needs a QGuiApplication.
    QImage render() const;
    // render() as a PNG written into output, which the caller commits.
    Result<QSize> writePng(OutputFile &output) const;

private:
    // One thing on the paper, in order.
    struct Element
    {
        enum Kind { Line, Picture, Feed, Cut, Note } kind = Line;
        int line = -1;  // Line: index into lines()
        QImage picture; // Picture: a raster band or a QR code, black on white
        Qt::Alignment alignment = Qt::AlignLeft;
        int dots = 0;         // Line: its advance; Feed: the paper fed
        QString note;         // Cut, Note
        bool problem = false; // Note: a problem rather than a drawer pulse
    };

    struct Glyph
    {
        QString text;
        int cells = 1; // 2 for a double-byte character
        bool bold = false;
        int width = 1;
        int height = 1;
    };

    void decode(const QByteArray &bytes);
    void problem(qsizetype offset, const QString &what);
    void endLine();
    void addGlyph(const Glyph &glyph, qsizetype offset);
    void printQrCode();
    QString decodeCharacters(const QByteArray &bytes, qsizetype offset);

    EscPosPaper m_paper;
    QList<EscPosCommand> m_commands;
    QList<EscPosTextLine> m_lines;
    QList<QList<Glyph>> m_glyphs; // of each line
    QList<Element> m_elements;
    QList<QImage> m_bands;
    QStringList m_qrCodes;
    QStringList m_problems;
    int m_cuts = 0;
    int m_drawerPulses = 0;

    // The printer's state.
    QList<Glyph> m_line;
    Qt::Alignment m_alignment = Qt::AlignLeft;
    Qt::Alignment m_lineAlignment = Qt::AlignLeft;
    bool m_bold = false;
    int m_width = 1;
    int m_height = 1;
    bool m_doubleByte = false;
    bool m_korea = false;
    int m_lineSpacing = EscPos::LineSpacing;
    QByteArray m_qrData;
    int m_qrModule = 3;
    int m_qrLevel = '0';
};

} // namespace ShopDesk
