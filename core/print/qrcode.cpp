#include "qrcode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace ShopDesk {

QrCode QrCode::encode(const QString &text)
{
    return encodeBytes(text.toUtf8(), Level::M);
}

QrCode QrCode::encodeBytes(const QByteArray &bytes, Level level)
{
    if (bytes.isEmpty())
        return {};
    const QRecLevel levels[] = {QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H};
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.data()),
                          0, levels[int(level)]),
        &QRcode_free);
    if (!code)
        return {};
    QrCode result;
    result.m_size = code->width;
    result.m_modules.reserve(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        result.m_modules.append((code->data[i] & 1) != 0); // bit 0: dark module
    return result;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white);
    if (!isNull()) {
        const qreal module = target.width() / (m_size + 2 * QuietZone);
        const QPointF origin = target.topLeft() + QPointF(QuietZone * module, QuietZone * module);
        QPainterPath dark;
        dark.setFillRule(Qt::WindingFill);
        for (int y = 0; y < m_size; ++y) {
            for (int x = 0; x < m_size;) {
                if (!isDark(x, y)) {
                    ++x;
                    continue;
                }
                const int start = x;
                while (x < m_size && isDark(x, y))
                    ++x;
                dark.addRect(QRectF(origin.x() + start * module, origin.y() + y * module,
                                    (x - start) * module, module));
            }
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillPath(dark, Qt::black);
    }
    painter.restore();
}

} // namespace ShopDesk
