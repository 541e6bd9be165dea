#pragma once

#include "catalogstore.h"
#include "product.h"

#include <QByteArray>
#include <QStringList>

namespace ShopDesk {

// The catalog as a spreadsheet reads it (issue 16): one row per product with its stock, the
// columns named as an import reads them back (catalogCsvColumns). UTF-8 with a byte order mark,
// so that Korean Excel shows Hangul rather than guessing CP949; RFC 4180 rows with CRLF; a text
// cell a spreadsheet would run as a formula gets a leading apostrophe, as the reports' CSV does.
// An unset threshold is an empty cell; tax is taxable or exempt.
QByteArray catalogCsv(const QList<Product> &products, const QList<StockRow> &stock);

// productId, productName, price, barcode, threshold, tax, stock, reserved.
const QStringList &catalogCsvColumns();

} // namespace ShopDesk
