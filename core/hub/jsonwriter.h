#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVarLengthArray>

namespace ShopDesk::Hub {

// Writes compact JSON straight into bytes, for the REST API's hot paths: building a QJsonObject
// per row and serialising it costs several times more than the SQL that read the row. Keys are
// ASCII literals; strings are escaped as RFC 8259 asks (quote, backslash, control characters).
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(1024); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    JsonWriter &key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_afterKey = true;
        return *this;
    }

    void string(const QString &text)
    {
        separate();
        const QByteArray utf8 = text.toUtf8();
        m_out += '"';
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 15];
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }
    // A string, or null when it is empty.
    void stringOrNull(const QString &text)
    {
        if (text.isEmpty())
            null();
        else
            string(text);
    }
    void number(qint64 value)
    {
        separate();
        m_out += QByteArray::number(value);
    }
    void null()
    {
        separate();
        m_out += "null";
    }
    // ISO 8601 in UTC with milliseconds (2026-12-04T09:30:00.000Z), or null when invalid.
    void time(const QDateTime &at)
    {
        if (!at.isValid()) {
            null();
            return;
        }
        separate();
        const qint64 ms = at.toMSecsSinceEpoch();
        qint64 days = ms / 86'400'000;
        qint64 inDay = ms % 86'400'000;
        if (inDay < 0) {
            inDay += 86'400'000;
            --days;
        }
        const QDate date = QDate(1970, 1, 1).addDays(days);
        char text[32];
        const int n =
            std::snprintf(text, sizeof text, "\"%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\"", date.year(),
                          date.month(), date.day(), int(inDay / 3'600'000),
                          int(inDay / 60'000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
        m_out.append(text, n);
    }
    // {"href": path}
    void link(const char *relation, const QString &href)
    {
        key(relation).beginObject();
        key("href").string(href);
        endObject();
    }

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first.isEmpty()) {
            if (!m_first.last())
                m_out += ',';
            m_first.last() = false;
        }
    }
    void open(char c)
    {
        separate();
        m_out += c;
        m_first.append(true);
    }
    void close(char c)
    {
        m_out += c;
        m_first.removeLast();
    }

    QByteArray m_out;
    QVarLengthArray<bool, 16> m_first;
    bool m_afterKey = false;
};

} // namespace ShopDesk::Hub
