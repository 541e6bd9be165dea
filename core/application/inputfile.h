#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace ShopDesk {

// A file ShopDesk reads for the user (a catalog to import): a regular file, through a link
// too, of at most maxBytes. A folder, a device, a FIFO or a socket is refused before anything
// reads from it (a FIFO is opened without waiting for a writer), so that no import hangs or
// reads a device. A missing file is NotFound; a file that is not regular or too big is
// InvalidInput; one that cannot be read is a Storage error. Details name the file ("file") and
// the reason ("reason": notRegular, tooBig, cannotRead). `what` names it in messages ("the
// catalog").
Result<QByteArray> readInputFile(const QString &path, const QString &what, qint64 maxBytes);

} // namespace ShopDesk
