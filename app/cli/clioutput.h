#pragma once

#include "exitstatus.h"
#include "result.h"
#include "types.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ShopDesk {

// The one place shopdesk-cli writes. A result goes to stdout as text or, with --json, as one
// JSON document; an error is one line on stderr ("shopdesk-cli: error: ...") and, with
// --json, {"error":{code, message, details}} on stdout; warnings and progress go to stderr.
// Handlers give both forms of a result and never ask which one is wanted.
class CliOutput
{
public:
    CliOutput(QTextStream &out, QTextStream &err, bool json);

    // Whether --user was given; without it an unauthorized error says how to log in.
    void setUserGiven(bool given) { m_userGiven = given; }

    // One result: `json` with --json, else what `writeText(QTextStream &)` writes.
    // Returns ExitStatus::Ok.
    template<typename WriteText> int print(const QJsonValue &json, WriteText &&writeText)
    {
        if (m_json)
            return printJson(json);
        writeText(m_out);
        return ExitStatus::Ok;
    }

    // A document in a form of its own (CSV), UTF-8, written as it is. Returns ExitStatus::Ok.
    int raw(const QByteArray &document);

    // A list written row by row, so that millions of rows are never held at once: a JSON
    // array with --json, else the text of each row under a header line. Nothing is written
    // before the first row or finish(), so that a list refused before its first row leaves
    // stdout to the error document.
    class List
    {
    public:
        // `makeJson()` returns the row's QJsonObject; `writeText(QTextStream &)` its text.
        template<typename MakeJson, typename WriteText>
        void add(MakeJson &&makeJson, WriteText &&writeText)
        {
            if (m_output.m_json)
                addJson(makeJson());
            else
                writeText(m_output.m_out);
        }
        // Ends the list and returns the exit status: Ok, or the failure of `listed` (after
        // closing the array when rows were written).
        int finish(const Status &listed = {});

    private:
        friend class CliOutput;
        explicit List(CliOutput &output)
            : m_output(output)
        {}
        void addJson(const QJsonObject &row);

        CliOutput &m_output;
        qint64 m_count = 0;
    };
    // `textHeader`, when given, is the first line of the text form.
    List list(const QString &textHeader = {});

    // An error as the contract says; returns the exit status of its code.
    int fail(const Error &error);
    // A failure with a code of its own (a hub's refusal), and the exit status to give.
    int fail(const QString &code, const QString &message, int status);
    // A command line that does not fit the table; returns ExitStatus::UsageError.
    int usageFail(const QString &message);
    void warning(const QString &message);

    // A progress line redrawn in place on stderr, only when stderr is a terminal.
    bool showsProgress() const { return m_showProgress; }
    void progress(const QString &line);
    void endProgress();

    // Text helpers for the text form.
    static QString money(Money amount);
    static QString padRight(const QString &text, int width);

private:
    int printJson(const QJsonValue &value);
    // `after` follows the message on stderr (a hint, or a second line).
    void writeError(const QString &code, const QString &message, const QString &after,
                    const QJsonObject &details);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_userGiven = false;
    bool m_showProgress = false;
};

} // namespace ShopDesk
