#include "shopfonts.h"

#include <QGuiApplication>

namespace ShopDesk {

QStringList ShopFonts::families()
{
    return {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("DejaVu Sans")};
}

QFont ShopFonts::font(qreal pointSize, bool bold)
{
    QFont font;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return styled(font);
}

QFont ShopFonts::styled(QFont base)
{
    base.setFamilies(families());
    base.setStyleHint(QFont::SansSerif);
    // No shaping where the script does not need it (Hangul and Latin do not): Latin shaped
    // with Noto Sans CJK comes out of a PDF without its digits (pdftotext reads T1-000001 as
    // "T -"), and an "fl" ligature as one character, so that a search for "floor" misses it.
    base.setStyleStrategy(QFont::PreferNoShaping);
    return base;
}

void ShopFonts::apply()
{
    QGuiApplication::setFont(styled(QGuiApplication::font()));
}

} // namespace ShopDesk
