#include "escpos.h"

#include <QList>
#include <QStringEncoder>

namespace ShopDesk::EscPos {

std::optional<Paper> paperFromName(QStringView name)
{
    if (name == u"80")
        return Paper::Mm80;
    if (name == u"58")
        return Paper::Mm58;
    if (name == u"80-42")
        return Paper::Mm80Narrow;
    return std::nullopt;
}

QString paperName(Paper paper)
{
    switch (paper) {
    case Paper::Mm80:
        return QStringLiteral("80");
    case Paper::Mm58:
        return QStringLiteral("58");
    case Paper::Mm80Narrow:
        return QStringLiteral("80-42");
    }
    return {};
}

int paperDots(Paper paper)
{
    switch (paper) {
    case Paper::Mm80:
        return 576;
    case Paper::Mm58:
        return 384;
    case Paper::Mm80Narrow:
        return 512;
    }
    return 0;
}

int paperColumns(Paper paper)
{
    return paperDots(paper) / CellWidth;
}

std::optional<Paper> paperOfDots(int dots)
{
    for (Paper paper : {Paper::Mm80, Paper::Mm58, Paper::Mm80Narrow}) {
        if (paperDots(paper) == dots)
            return paper;
    }
    return std::nullopt;
}

QByteArray initialize()
{
    const char reset[] = {Esc, '@'};
    return QByteArray(reset, sizeof reset);
}

QByteArray drawerPulse()
{
    const char pulse[] = {Esc, 'p', char(DrawerPin), char(DrawerPulseOn), char(DrawerPulseOff)};
    return QByteArray(pulse, sizeof pulse);
}

QByteArray drawerJob()
{
    return initialize() + drawerPulse();
}

std::optional<QByteArray> encodeCharacter(char32_t character)
{
    if (character == 0x00a0)
        return QByteArray(1, ' ');
    if (character == 0x20a9) // ₩
        return QByteArray(1, 0x5c);
    if (character == 0x5c || character < 0x20 || character == 0x7f)
        return std::nullopt;
    if (character < 0x80)
        return QByteArray(1, char(character));
    // ICU's EUC-KR is KS X 1001 alone: 똠 and 뷁 (only in the UHC extension) are errors, not
    // '?'. A fresh encoder each time, so that one error never sticks to the next character.
    QStringEncoder encoder("EUC-KR");
    if (!encoder.isValid())
        return std::nullopt;
    const QByteArray bytes = encoder.encode(QString::fromUcs4(&character, 1));
    if (encoder.hasError() || bytes.size() != 2)
        return std::nullopt;
    for (const char byte : bytes) {
        if (uchar(byte) < 0xa1 || uchar(byte) > 0xfe)
            return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> encode(const QString &text)
{
    QByteArray bytes;
    for (const uint character : text.toUcs4()) {
        const std::optional<QByteArray> encoded = encodeCharacter(character);
        if (!encoded)
            return std::nullopt;
        bytes += *encoded;
    }
    return bytes;
}

QString unencodable(const QString &text)
{
    QList<char32_t> missing;
    for (const uint character : text.toUcs4()) {
        if (!missing.contains(char32_t(character)) && !encodeCharacter(character))
            missing.append(char32_t(character));
    }
    return QString::fromUcs4(missing.constData(), missing.size());
}

int cells(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() < 0x80 || c.unicode() == 0x00a0 || c.unicode() == 0x20a9 ? 1 : 2;
    return width;
}

} // namespace ShopDesk::EscPos
