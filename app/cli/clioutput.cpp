#include "clioutput.h"

#include <QFileDevice>

#include <QJsonArray>
#include <QLocale>

#include <unistd.h>

namespace ShopDesk {

CliOutput::CliOutput(QTextStream &out, QTextStream &err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
    , m_showProgress(isatty(STDERR_FILENO))
{}

int CliOutput::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
    return ExitStatus::Ok;
}

int CliOutput::raw(const QByteArray &document)
{
    // The bytes as they are (a CSV's byte order mark included), where the stream has a device.
    m_out.flush();
    if (QIODevice *device = m_out.device()) {
        device->write(document);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
    } else {
        m_out << QString::fromUtf8(document);
        m_out.flush();
    }
    return ExitStatus::Ok;
}

CliOutput::List CliOutput::list(const QString &textHeader)
{
    if (!m_json && !textHeader.isEmpty())
        m_out << textHeader << '\n';
    return List(*this);
}

void CliOutput::List::addJson(const QJsonObject &row)
{
    m_output.m_out << (m_count++ > 0 ? ',' : '[');
    m_output.m_out << QJsonDocument(row).toJson(QJsonDocument::Compact);
}

int CliOutput::List::finish(const Status &listed)
{
    if (m_output.m_json && (listed || m_count > 0)) {
        if (m_count == 0)
            m_output.m_out << '[';
        m_output.m_out << "]\n";
        m_output.m_out.flush();
    }
    return listed ? int(ExitStatus::Ok) : m_output.fail(listed.error());
}

void CliOutput::writeError(const QString &code, const QString &message, const QString &after,
                           const QJsonObject &details)
{
    m_err << "shopdesk-cli: error: " << message << after << '\n';
    m_err.flush();
    if (!m_json)
        return;
    QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        body.insert(QStringLiteral("details"), details);
    printJson(QJsonObject{{QStringLiteral("error"), body}});
}

int CliOutput::fail(const Error &error)
{
    const QString hint = error.code == ErrorCode::Unauthorized && !m_userGiven
                             ? QStringLiteral(" (give --user NAME, with the PIN in SHOPDESK_PIN "
                                              "or typed when asked)")
                             : QString();
    writeError(errorCodeName(error.code), error.message, hint, error.details);
    return exitStatusFor(error.code);
}

int CliOutput::fail(const QString &code, const QString &message, int status)
{
    writeError(code, message, QString(), {});
    return status;
}

int CliOutput::usageFail(const QString &message)
{
    writeError(QStringLiteral("usage"), message,
               QStringLiteral("\nRun `shopdesk-cli --help` for the commands and their options."),
               {});
    return ExitStatus::UsageError;
}

void CliOutput::warning(const QString &message)
{
    m_err << "shopdesk-cli: warning: " << message << '\n';
}

void CliOutput::progress(const QString &line)
{
    if (!m_showProgress)
        return;
    m_err << '\r' << line;
    m_err.flush();
}

void CliOutput::endProgress()
{
    if (m_showProgress)
        m_err << '\n';
}

QString CliOutput::money(Money amount)
{
    return QLocale(QLocale::English).toString(amount);
}

QString CliOutput::padRight(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace ShopDesk
