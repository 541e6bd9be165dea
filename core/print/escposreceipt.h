#pragma once

#include "escpos.h"
#include "receiptservice.h"
#include "sliplayout.h"

#include <QImage>
#include <QStringList>

namespace ShopDesk {

class OutputFile;

enum class EscPosMode {
    Auto,   // text, unless the code page lacks a character of the receipt: then raster
    Text,   // the printer's Korean font: EUC-KR text, GS ( k for the QR code
    Raster, // the roll receipt's picture, 1 bit per dot, as GS v 0 bands
};

// How a receipt goes to a thermal printer.
struct EscPosOptions
{
    EscPosPaper paper = EscPosPaper::Mm80;
    EscPosMode mode = EscPosMode::Auto;
    bool openDrawer = false; // ESC p: pulse the cash drawer's pin 2 before printing
    bool cutPaper = true;    // a partial cut at the end; else the paper is fed to tear it off

    // From the names the CLI takes: paper 80, 80-42 or 58, mode auto, text or raster; InvalidInput
    // saying what is accepted otherwise.
    static Result<EscPosOptions> fromNames(const QString &paper, const QString &mode,
                                           bool openDrawer);
};

// One receipt's bytes for the printer, with what they hold.
struct EscPosJob
{
    QByteArray bytes;
    EscPosMode mode = EscPosMode::Text; // the one used: Text or Raster
    // Why auto printed a picture: the receipt's characters the code page lacks, each once.
    QString unencodable;
    // Text mode: every line as the printer prints it, without its alignment (centred lines
    // are not padded); blank lines are empty.
    QStringList lines;
    // Raster mode: the picture sent, black and white, paperDots() wide.
    QImage image;

    bool fellBackToRaster() const { return !unencodable.isEmpty(); }
};

// The customer's receipt as ESC/POS (issue 14): the same rows as the PDF (receiptcontent.h),
// for 80 mm (48 or 42 characters) or 58 mm paper. Text mode: ESC @, the Korean set (ESC R 13) and
// double-byte mode (FS &), each row laid out in the paper's columns (Hangul two each), label left
// and amount right, the shop, title and total bold and large (GS !), alignment (ESC a), the order
// id's QR code (GS ( k, model 2, level M), and a partial cut (GS V 66). Raster mode: the roll
// receipt painted by ReceiptLayout at 203 dpi, as wide as the paper prints, thresholded to
// black and white and sent as GS v 0 bands, then the cut. The drawer pulse (ESC p) comes
// right after ESC @, so the drawer opens while the receipt prints; the cut is always last.
class EscPosReceipt
{
public:
    EscPosReceipt(ReceiptData data, SlipLanguage language, EscPosOptions options);

    static QString modeName(EscPosMode mode); // auto, text, raster
    static std::optional<EscPosMode> modeFromName(QStringView name);
    // The page a print records: escpos80, escpos58.
    static QString pageName(EscPosPaper paper);

    // The bytes. InvalidState when text mode is asked for and the code page lacks a character
    // (nothing is ever printed as '?'); raster needs a QGuiApplication for its fonts.
    Result<EscPosJob> encode() const;
    // encode() written into output, which the caller commits once it has recorded the print.
    Result<EscPosJob> write(OutputFile &output) const;

private:
    Result<EscPosJob> encodeText() const;
    Result<EscPosJob> encodeRaster() const;

    ReceiptData m_data;
    SlipLanguage m_language;
    EscPosOptions m_options;
};

// A printer's test page in text mode, by the receipt's text writer: the shop's name, "ShopDesk
// test page / 테스트 페이지", the printer's address, the paper and its characters a line, a
// Hangul and a Latin line, a ruler as wide as a line, the address as a QR code, the cut.
// InvalidState when the code page lacks a character of the shop's name or the address.
Result<EscPosJob> escPosTestPage(const QString &shopName, const QString &printer, EscPosPaper paper,
                                 SlipLanguage language);

// A report of labels and values for a thermal printer (a shift's X or Z report, 마감정산): the
// shop's name, the title large, then each label with its value at the right, in the receipt's
// text mode; in raster mode, or in auto mode when the code page lacks a character (named in
// unencodable), the same lines painted in the printer's cells and sent as a picture. The
// caller gives the words in the language it prints. InvalidState in text mode for a character
// the code page lacks, naming what ("the report of shift T1-S0001").
Result<EscPosJob> escPosReport(const QString &shopName, const QString &title,
                               const QList<std::pair<QString, QString>> &rows,
                               const EscPosOptions &options, const QString &what);

} // namespace ShopDesk
