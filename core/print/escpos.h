#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The ESC/POS that ShopDesk writes and reads back (escposreceipt.h, escposdecoder.h): the
// command bytes, the paper widths and the Korean code page. Korean printers print KS X 1001
// (EUC-KR) double-byte characters once FS & selects their double-byte mode, and ESC R 13
// (the Korean international set) prints 0x5C as ₩.
namespace ShopDesk::EscPos {

inline constexpr char Esc = 0x1b;
inline constexpr char Gs = 0x1d;
inline constexpr char Fs = 0x1c;
inline constexpr char Lf = 0x0a;

inline constexpr int DotsPerInch = 203;
// Font A: one single-byte character is a cell 12 dots wide and 24 high; a double-byte
// (Hangul) character takes two cells.
inline constexpr int CellWidth = 12;
inline constexpr int CellHeight = 24;
// The default line spacing (ESC 2): a line of single-height characters advances 30 dots.
inline constexpr int LineSpacing = 30;
inline constexpr int KoreaCharacterSet = 13; // ESC R 13
// GS v 0 is sent in bands of at most this many rows: printers with a small buffer take them.
inline constexpr int RasterBandRows = 256;
// ESC p m t1 t2: the cash drawer hangs off pin 2 (m = 0); the pulse is on for t1 x 2 ms and
// off for t2 x 2 ms (50 and 500 ms), long enough for the drawers sold with Korean printers.
inline constexpr int DrawerPin = 0;
inline constexpr int DrawerPulseOn = 25;
inline constexpr int DrawerPulseOff = 250;

enum class Paper {
    Mm80,       // 576 dots, 48 characters of Font A
    Mm58,       // 384 dots, 32 characters
    Mm80Narrow, // 80 mm paper under a 64 mm head: 512 dots, 42 characters
};

// 80, 80-42 (80 mm paper, 42 characters) or 58; nullopt for anything else.
std::optional<Paper> paperFromName(QStringView name);
QString paperName(Paper paper);
// The printable width in dots, and in Font A cells.
int paperDots(Paper paper);
int paperColumns(Paper paper);
// 576 dots is 80 mm, 384 is 58 mm; nullopt for another width.
std::optional<Paper> paperOfDots(int dots);

// ESC @: clears the modes an earlier job left; the first command of every job.
QByteArray initialize();
// ESC p with the pin and times above: opens the cash drawer.
QByteArray drawerPulse();
// A whole job that only opens the drawer: ESC @, then the pulse.
QByteArray drawerJob();

// The character as the Korean printer's code page has it: one byte for ASCII (and ₩, 0x5C
// under ESC R 13), two for KS X 1001; nullopt when it has none. A no-break space is printed
// as a space; control characters and '\' (which would print as ₩) have none.
std::optional<QByteArray> encodeCharacter(char32_t character);
// The text's bytes when every character has them.
std::optional<QByteArray> encode(const QString &text);
// The characters of text the code page lacks, each once, in order of appearance.
QString unencodable(const QString &text);
// Font A cells the text takes: 1 per single-byte character, 2 per double-byte one. Only for
// text encode() accepts.
int cells(const QString &text);

} // namespace ShopDesk::EscPos

namespace ShopDesk {
using EscPosPaper = EscPos::Paper;
} // namespace ShopDesk
