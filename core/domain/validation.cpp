#include "validation.h"

#include "types.h"

namespace ShopDesk::Validate {

namespace {

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

Status identifier(const QString &value, const QString &field)
{
    if (value.isEmpty())
        return Error::invalidInput(
            QStringLiteral("%1 is empty; give an id such as P001").arg(field));
    if (value.size() > Limits::MaxIdLength)
        return Error::invalidInput(
            QStringLiteral("%1 is longer than %2 characters").arg(field).arg(Limits::MaxIdLength));
    for (const QChar c : value) {
        if (c.isSpace() || c == u':' || c.category() == QChar::Other_Control)
            return Error::invalidInput(
                QStringLiteral("%1 '%2' contains a space, ':' or control character; use letters, "
                               "digits, '-', '_' or '.'")
                    .arg(field, value));
    }
    return {};
}

Status requiredText(const QString &value, const QString &field, int maxLength)
{
    if (value.trimmed().isEmpty())
        return Error::invalidInput(QStringLiteral("%1 is empty; it is required").arg(field));
    return optionalText(value, field, maxLength);
}

Status optionalText(const QString &value, const QString &field, int maxLength)
{
    if (value.size() > maxLength)
        return Error::invalidInput(
            QStringLiteral("%1 is longer than %2 characters").arg(field).arg(maxLength));
    if (hasControlCharacters(value))
        return Error::invalidInput(QStringLiteral("%1 contains control characters").arg(field));
    return {};
}

Status quantity(qint64 qty, const QString &field)
{
    if (qty < 1 || qty > Limits::MaxQty)
        return Error::invalidInput(QStringLiteral("%1 must be a whole number from 1 to %2, got %3")
                                       .arg(field)
                                       .arg(Limits::MaxQty)
                                       .arg(qty));
    return {};
}

Status price(qint64 price, const QString &field)
{
    if (price < 0 || price > Limits::MaxPrice)
        return Error::invalidInput(QStringLiteral("%1 must be a whole amount from 0 to %2, got %3")
                                       .arg(field)
                                       .arg(Limits::MaxPrice)
                                       .arg(price));
    return {};
}

} // namespace ShopDesk::Validate
