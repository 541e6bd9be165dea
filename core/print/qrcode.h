#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace ShopDesk {

// A QR code (libqrencode): its modules, and painting them as filled rectangles.
class QrCode
{
public:
    // Modules of light margin on each side, as the QR standard asks of a printed code.
    static constexpr int QuietZone = 4;

    QrCode() = default;

    // Encodes the text as UTF-8 bytes with error correction level M; a null code when it
    // cannot (empty or too long).
    static QrCode encode(const QString &text);

    // Error correction levels, as GS ( k numbers them (0 L, 1 M, 2 Q, 3 H).
    enum class Level { L, M, Q, H };
    // Encodes the bytes as they are (8-bit mode where they need it) at the level; a null
    // code when it cannot.
    static QrCode encodeBytes(const QByteArray &bytes, Level level);

    bool isNull() const { return m_size == 0; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Fills the square target with the code and its quiet zone: a white square, then the
    // dark modules as one filled path, so that no seams show between neighbouring modules.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace ShopDesk
