#include "logtext.h"

namespace ShopDesk::Hub {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0xfeff;
}

} // namespace

QString logSafe(QStringView peerText)
{
    QString out;
    out.reserve(peerText.size());
    for (const QChar qc : peerText) {
        const char16_t c = qc.unicode();
        if (c == u'\\') {
            out += QLatin1StringView("\\\\");
        } else if (c == u'\n') {
            out += QLatin1StringView("\\n");
        } else if (c == u'\r') {
            out += QLatin1StringView("\\r");
        } else if (c == u'\t') {
            out += QLatin1StringView("\\t");
        } else if (c <= 0xff && needsEscape(c)) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (needsEscape(c)) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += qc;
        }
    }
    return out;
}

} // namespace ShopDesk::Hub
