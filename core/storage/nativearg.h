#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <sqlite3.h>

#include <optional>

namespace ShopDesk {

// A value for a parameter of a native statement: null, an integer or text. Text is bound
// without a copy; the value outlives the statement's step, as the temporaries of a write()
// call do.
struct NativeArg
{
    enum class Kind { Null, Integer, Utf16, Utf8 };

    NativeArg(std::nullptr_t) {}
    NativeArg(qint64 value)
        : kind(Kind::Integer)
        , integer(value)
    {}
    NativeArg(int value)
        : NativeArg(qint64(value))
    {}
    // A null QString binds NULL, as Qt Sql does (a NOT NULL column refuses it); text()
    // binds '' instead, nullIfEmpty() NULL for an empty one too.
    NativeArg(const QString &value)
        : kind(value.isNull() ? Kind::Null : Kind::Utf16)
        , data(value.constData())
        , bytes(value.size() * qsizetype(sizeof(QChar)))
    {}
    NativeArg(const QByteArray &utf8)
        : kind(Kind::Utf8)
        , data(utf8.isNull() ? "" : utf8.constData())
        , bytes(utf8.size())
    {}
    static NativeArg text(const QString &value)
    {
        NativeArg arg(value);
        if (value.isNull()) {
            arg.kind = Kind::Utf16;
            arg.data = u"";
            arg.bytes = 0;
        }
        return arg;
    }
    static NativeArg nullIfEmpty(const QString &value)
    {
        return value.isEmpty() ? NativeArg(nullptr) : NativeArg(value);
    }
    static NativeArg orNull(const std::optional<QString> &value)
    {
        return value ? NativeArg(*value) : NativeArg(nullptr);
    }
    static NativeArg time(const QDateTime &at)
    {
        return at.isValid() ? NativeArg(at.toMSecsSinceEpoch()) : NativeArg(nullptr);
    }

    int bind(sqlite3_stmt *statement, int index) const
    {
        switch (kind) {
        case Kind::Null:
            return sqlite3_bind_null(statement, index);
        case Kind::Integer:
            return sqlite3_bind_int64(statement, index, integer);
        case Kind::Utf16:
            return sqlite3_bind_text16(statement, index, data, int(bytes), SQLITE_STATIC);
        case Kind::Utf8:
            return sqlite3_bind_text(statement, index, static_cast<const char *>(data), int(bytes),
                                     SQLITE_STATIC);
        }
        return SQLITE_MISUSE;
    }

    Kind kind = Kind::Null;
    qint64 integer = 0;
    const void *data = nullptr;
    qsizetype bytes = 0;
};
} // namespace ShopDesk
