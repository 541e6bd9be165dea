#pragma once

#include <QFont>
#include <QStringList>

namespace ShopDesk {

// ShopDesk's one font setup, for the window and for paper alike (a slip in the print preview,
// on a printer and in a PDF): the same families in the same order and the same choices, so
// that a text sits on the same baseline in a field, in the preview and in the PDF.
class ShopFonts
{
public:
    // Noto Sans CJK KR first: it draws Hangul, Latin and digits with one ascent and descent,
    // so a line's height and baseline never depend on whether it holds Hangul. A fallback
    // face with other vertical metrics would move them: widgets centre a line by its height,
    // and the print preview replays each run of text placed by the first family's ascent.
    // DejaVu Sans only draws what Noto Sans CJK KR lacks.
    static QStringList families();
    // The font at the given size with the shared families and choices.
    static QFont font(qreal pointSize, bool bold = false);
    // base with the shared families and choices; its size and weight are kept.
    static QFont styled(QFont base);
    // Gives the application's default font the shared families and choices, at the size the
    // platform chose. Call once, after the QGuiApplication (or QApplication) is made.
    static void apply();
};

} // namespace ShopDesk
