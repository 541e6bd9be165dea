// The event-storming board (docs/eventstorming.dot) against the code: every event type of
// EventType::all() and every policy of allPolicies() is a sticky note of its kind on the
// board, and the board has no event or policy note the code does not know, so that the
// picture cannot drift either way.
//
// A note's kind is its node id (event_<EventType>, policy_<Policy>); its label must name it
// and its colour must be the colour of its kind in the board's legend.
#include "domainevent.h"
#include "policies.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace ShopDesk;

namespace {

struct Note
{
    bool declared = false; // a node statement with attributes, not only an edge's end
    QString label;
    QString fillColor;
};

// What the board holds, read from its Graphviz source.
struct Board
{
    QMap<QString, Note> events;   // by event type
    QMap<QString, Note> policies; // by policy name
    QMap<QString, Note> legend;   // by kind: legend_event -> "event"

    // "event:A event:B? policy:C": the notes in order, '?' marking one not declared.
    QString summary() const
    {
        QStringList parts;
        for (auto it = events.cbegin(); it != events.cend(); ++it)
            parts << QStringLiteral("event:") + it.key() +
                         (it->declared ? QString() : QStringLiteral("?"));
        for (auto it = policies.cbegin(); it != policies.cend(); ++it)
            parts << QStringLiteral("policy:") + it.key() +
                         (it->declared ? QString() : QStringLiteral("?"));
        return parts.join(QLatin1Char(' '));
    }
};

// The DOT source without its comments, each quoted string replaced by "N", N indexing
// strings, so that ids inside labels or comments are not taken for nodes.
struct Stripped
{
    QString code;
    QStringList strings;
};

Stripped strip(const QString &source)
{
    Stripped out;
    const qsizetype n = source.size();
    bool lineStart = true;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < n ? source.at(i + 1) : QChar();
        if (c == QLatin1Char('"')) {
            QString text;
            for (++i; i < n && source.at(i) != QLatin1Char('"'); ++i) {
                if (source.at(i) == QLatin1Char('\\') && i + 1 < n)
                    text += source.at(i++);
                text += source.at(i);
            }
            out.code += QStringLiteral("\"%1\"").arg(out.strings.size());
            out.strings << text;
            lineStart = false;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < n && source.at(i) != QLatin1Char('\n'))
                ++i;
            out.code += QLatin1Char('\n');
            lineStart = true;
        } else if (c == QLatin1Char('#') && lineStart) {
            while (i < n && source.at(i) != QLatin1Char('\n'))
                ++i;
            out.code += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = source.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            out.code += QLatin1Char(' ');
        } else {
            out.code += c;
            if (c == QLatin1Char('\n'))
                lineStart = true;
            else if (!c.isSpace())
                lineStart = false;
        }
    }
    return out;
}

// A label as Graphviz shows it: \n, \l and \r break lines.
QString unescape(QString label)
{
    static const QRegularExpression lineBreak(QStringLiteral(R"(\\[nlr])"));
    label.replace(lineBreak, QStringLiteral("\n"));
    label.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    return label;
}

Board readBoard(const QString &source)
{
    const Stripped dot = strip(source);
    Board board;
    auto notes = [&board](const QString &kind) -> QMap<QString, Note> * {
        if (kind == QLatin1StringView("event"))
            return &board.events;
        if (kind == QLatin1StringView("policy"))
            return &board.policies;
        return nullptr;
    };

    // Every id of a note, whether declared or only named by an edge (Graphviz then draws a
    // plain node of that name, still on the board).
    static const QRegularExpression id(
        QStringLiteral(R"((?<![A-Za-z0-9_.])(event|policy)_([A-Za-z0-9_]+)(?![A-Za-z0-9_]))"));
    for (auto m = id.globalMatch(dot.code); m.hasNext();) {
        const auto match = m.next();
        QMap<QString, Note> *map = notes(match.captured(1));
        if (!map->contains(match.captured(2)))
            map->insert(match.captured(2), Note{});
    }

    // Node statements: an id and its attributes, not preceded by an edge operator (there the
    // attributes belong to the edge).
    static const QRegularExpression statement(
        QStringLiteral(R"((?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*)\s*\[([^\]]*)\])"));
    static const QRegularExpression attribute(
        QStringLiteral(R"re(([A-Za-z_]+)\s*=\s*(?:"(\d+)"|([^,;\s\]]+)))re"));
    static const QRegularExpression edgeBefore(QStringLiteral(R"((->|--)\s*$)"));
    static const QRegularExpression kindOf(QStringLiteral("^(event|policy|legend)_(.+)$"));
    for (auto m = statement.globalMatch(dot.code); m.hasNext();) {
        const auto match = m.next();
        if (edgeBefore.match(dot.code.left(match.capturedStart())).hasMatch())
            continue;
        const auto kind = kindOf.match(match.captured(1));
        if (!kind.hasMatch())
            continue;
        // A node declared twice keeps what each statement set, as Graphviz does.
        Note &note = kind.captured(1) == QLatin1StringView("legend")
                         ? board.legend[kind.captured(2)]
                         : (*notes(kind.captured(1)))[kind.captured(2)];
        note.declared = true;
        for (auto a = attribute.globalMatch(match.captured(2)); a.hasNext();) {
            const auto pair = a.next();
            const QString value = pair.captured(2).isEmpty()
                                      ? pair.captured(3)
                                      : dot.strings.value(pair.captured(2).toInt());
            if (pair.captured(1) == QLatin1StringView("label"))
                note.label = unescape(value);
            else if (pair.captured(1) == QLatin1StringView("fillcolor"))
                note.fillColor = value.toLower();
        }
    }
    return board;
}

// Whether the label names the note as a word of its own ("StartDelivery", not
// "StartDeliveryNow").
bool labelNames(const QString &label, const QString &name)
{
    return QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])%1(?![A-Za-z0-9_])")
                                  .arg(QRegularExpression::escape(name)))
        .match(label)
        .hasMatch();
}

} // namespace

class tst_EventBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readerSeesWhatGraphvizDraws_data();
    void readerSeesWhatGraphvizDraws();
    void everyEventTypeIsAnEventNote_data();
    void everyEventTypeIsAnEventNote();
    void everyPolicyIsAPolicyNote_data();
    void everyPolicyIsAPolicyNote();
    void noNoteTheCodeDoesNotKnow();

private:
    void checkNote(const QMap<QString, Note> &notes, const QString &kind, const QString &name);

    Board m_board;
};

void tst_EventBoard::initTestCase()
{
    QFile file(QStringLiteral(SHOPDESK_SOURCE_DIR "/docs/eventstorming.dot"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_board = readBoard(QString::fromUtf8(file.readAll()));
    QVERIFY2(!m_board.legend.value(QStringLiteral("event")).fillColor.isEmpty(),
             "the legend has no colour for events");
    QVERIFY2(!m_board.legend.value(QStringLiteral("policy")).fillColor.isEmpty(),
             "the legend has no colour for policies");
}

void tst_EventBoard::readerSeesWhatGraphvizDraws_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("notes");

    QTest::newRow("declared") << R"(digraph { event_A [label="A"]; policy_B [label="B"]; })"
                              << "event:A policy:B";
    QTest::newRow("only an edge's end") << R"(digraph { x -> event_A [style=dashed]; })"
                                        << "event:A?";
    QTest::newRow("declared twice")
        << "digraph {\n event_A [label=\"A\"];\n event_A [fillcolor=\"#f5a55a\"];\n}"
        << "event:A";
    QTest::newRow("declared after its edge")
        << "digraph {\n x -> event_A -> policy_B [style=dashed];\n event_A [label=\"A\"]\n}"
        << "event:A policy:B?";
    QTest::newRow("line comment") << "digraph {\n // event_A [label=\"A\"];\n}"
                                  << "";
    QTest::newRow("block comment") << R"(digraph { /* event_A [label="A"]; */ })"
                                   << "";
    QTest::newRow("preprocessor line") << "digraph {\n# event_A [label=\"A\"];\n}"
                                       << "";
    QTest::newRow("inside a label") << R"(digraph { x [label="event_A // policy_B"]; })"
                                    << "";
    QTest::newRow("other kinds") << R"(digraph { command_A [label="A"]; my_event_A; })"
                                 << "";
}

void tst_EventBoard::readerSeesWhatGraphvizDraws()
{
    QFETCH(QString, source);
    QFETCH(QString, notes);
    QCOMPARE(readBoard(source).summary(), notes);
}

void tst_EventBoard::checkNote(const QMap<QString, Note> &notes, const QString &kind,
                               const QString &name)
{
    const QString id = kind + QLatin1Char('_') + name;
    QVERIFY2(notes.contains(name),
             qPrintable(QStringLiteral("%1 is not on the board (no node %2)").arg(name, id)));
    const Note note = notes.value(name);
    QVERIFY2(note.declared,
             qPrintable(QStringLiteral("%1 is only an edge's end, never declared").arg(id)));
    QVERIFY2(
        labelNames(note.label, name),
        qPrintable(QStringLiteral("the label of %1 does not name it: \"%2\"").arg(id, note.label)));
    QCOMPARE(note.fillColor, m_board.legend.value(kind).fillColor);
}

void tst_EventBoard::everyEventTypeIsAnEventNote_data()
{
    QTest::addColumn<QString>("type");
    for (const QLatin1StringView type : EventType::all())
        QTest::newRow(type.data()) << QString(type);
}

void tst_EventBoard::everyEventTypeIsAnEventNote()
{
    QFETCH(QString, type);
    checkNote(m_board.events, QStringLiteral("event"), type);
}

void tst_EventBoard::everyPolicyIsAPolicyNote_data()
{
    QTest::addColumn<QString>("policy");
    for (const Policy policy : allPolicies())
        QTest::newRow(qPrintable(policyName(policy))) << policyName(policy);
}

void tst_EventBoard::everyPolicyIsAPolicyNote()
{
    QFETCH(QString, policy);
    checkNote(m_board.policies, QStringLiteral("policy"), policy);
}

void tst_EventBoard::noNoteTheCodeDoesNotKnow()
{
    QStringList known;
    for (const QLatin1StringView type : EventType::all())
        known << QString(type);
    QStringList unknown;
    for (const QString &type : m_board.events.keys()) {
        if (!known.contains(type))
            unknown << QStringLiteral("event_") + type;
    }
    for (const QString &name : m_board.policies.keys()) {
        if (!policyFromName(name))
            unknown << QStringLiteral("policy_") + name;
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("on the board, unknown to the code: %1")
                                               .arg(unknown.join(QStringLiteral(", ")))));
    QCOMPARE(m_board.events.size(), EventType::all().size());
    QCOMPARE(m_board.policies.size(), allPolicies().size());
}

QTEST_GUILESS_MAIN(tst_EventBoard)

#include "tst_eventboard.moc"
