// shopdesk-cli's command table: every command it declares is in --help with its synopsis and
// help line, the exit statuses in --help are those of core's exit-status table, README.md
// quotes --help as it is, and a command line that does not fit the table is refused with exit
// 2 and a message saying what does not fit, before any database is opened.

#include "commandtable.h"
#include "exitstatus.h"
#include "processrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif
#ifndef SHOPDESK_README
#error "SHOPDESK_README must name the README.md of the sources"
#endif

using namespace ShopDesk;

namespace {

using Testing::ProcessRun;

ProcessRun cli(const QStringList &arguments)
{
    return Testing::runProcess(QStringLiteral(SHOPDESK_CLI), arguments, {.timeoutMs = 30'000});
}

// The lines of one exit status in --help: its own line and the lines that continue it.
QString exitStatusParagraph(const QString &usage, int status)
{
    const QStringList lines = usage.section(QStringLiteral("\nExit status:\n"), 1)
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList paragraph;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("  %1 ").arg(status)))
            paragraph.append(line);
        else if (!paragraph.isEmpty() && line.startsWith(QStringLiteral("    ")))
            paragraph.append(line);
        else if (!paragraph.isEmpty())
            break;
    }
    return paragraph.join(QLatin1Char(' ')).simplified();
}

} // namespace

class tst_CliTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableIsComplete();
    void everyCommandInHelp_data();
    void everyCommandInHelp();
    void helpFitsATerminal();
    void exitStatuses_data();
    void exitStatuses();
    void exitStatusesInHelp_data();
    void exitStatusesInHelp();
    void readmeQuotesHelp();
    void misfitsAreUsageErrors_data();
    void misfitsAreUsageErrors();

private:
    QString m_usage;
};

void tst_CliTable::initTestCase()
{
    const ProcessRun help = cli({QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    QVERIFY(help.err.isEmpty());
    m_usage = QString::fromUtf8(help.out);
    QVERIFY(m_usage.startsWith(QStringLiteral("Usage: shopdesk-cli ")));
}

void tst_CliTable::tableIsComplete()
{
    QSet<QString> names;
    for (const CliCommand &command : cliCommands()) {
        QVERIFY2(!names.contains(command.name()), qPrintable(command.name()));
        names.insert(command.name());
        QVERIFY2(command.run, qPrintable(command.name()));
        QVERIFY2(command.help && *command.help, qPrintable(command.name()));
        // An option without a value is a flag (order return --restock); it is never required.
        for (const CliOption &option : command.options) {
            QVERIFY2(option.value || !option.required(),
                     qPrintable(command.name() + QLatin1Char(' ') + option.name));
        }
    }
    // README's contract: these commands, and only `delivery slip`, `order receipt`, `escpos
    // render` and `shift report` start Qt's GUI layer; only `escpos render`, `printer status`
    // and `restore` open no database before they run (restore opens it to ask for a manager).
    const QStringList contract{"product add",     "product list",   "stock adjust",
                               "stock count",     "stock list",     "order place",
                               "order pay",       "order cancel",   "order show",
                               "order list",      "delivery list",  "delivery complete",
                               "delivery slip",   "shop set",       "shop show",
                               "events",          "verify",         "demo",
                               "user add",        "user list",      "user role",
                               "user disable",    "user enable",    "user pin",
                               "user unlock",     "user min-pin",   "sync",
                               "order receipt",   "order return",   "escpos render",
                               "printer status",  "printer test",   "drawer open",
                               "drawer openings", "shift open",     "shift pay-in",
                               "shift pay-out",   "shift close",    "shift report",
                               "shift list",      "report sales",   "backup",
                               "restore",         "product export", "product import",
                               "customer add",    "customer edit",  "customer list",
                               "customer show",   "customer erase"};
    QCOMPARE(names, QSet<QString>(contract.cbegin(), contract.cend()));
    for (const CliCommand &command : cliCommands()) {
        QCOMPARE(command.paints, command.name() == QLatin1StringView("delivery slip") ||
                                     command.name() == QLatin1StringView("order receipt") ||
                                     command.name() == QLatin1StringView("escpos render") ||
                                     command.name() == QLatin1StringView("shift report"));
        QCOMPARE(command.opensShop, command.name() != QLatin1StringView("escpos render") &&
                                        command.name() != QLatin1StringView("printer status") &&
                                        command.name() != QLatin1StringView("restore"));
    }
}

void tst_CliTable::everyCommandInHelp_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("synopsis");
    QTest::addColumn<QString>("help");
    for (const CliCommand &command : cliCommands()) {
        QTest::newRow(qPrintable(command.name()))
            << command.name() << command.synopsis() << QString::fromLatin1(command.help);
    }
}

void tst_CliTable::everyCommandInHelp()
{
    QFETCH(QString, name);
    QFETCH(QString, synopsis);
    QFETCH(QString, help);

    // Listed once, on a line of its own, and its help line right after its synopsis (either
    // may wrap onto indented lines).
    const QStringList starts =
        m_usage.split(QLatin1Char('\n'))
            .filter(QRegularExpression(
                QStringLiteral("^  %1( |$)").arg(QRegularExpression::escape(name))));
    QVERIFY2(starts.size() == 1, qPrintable(starts.join(QLatin1Char('\n'))));
    QVERIFY2(m_usage.simplified().contains(synopsis + QLatin1Char(' ') + help),
             qPrintable(synopsis + QLatin1Char('\n') + help + QLatin1Char('\n') + m_usage));
}

void tst_CliTable::helpFitsATerminal()
{
    for (const QString &line : m_usage.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 80, qPrintable(line));
    for (const CliOption &option : cliGlobalOptions())
        QVERIFY2(m_usage.contains(QStringLiteral("[%1]").arg(option.text())), option.name);
}

void tst_CliTable::exitStatuses_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("cli");
    QTest::addColumn<int>("hub");
    QTest::addColumn<int>("desktop");
    // The numbers each program has always given; README.md holds the CLI's.
    QTest::newRow("invalid_input") << ErrorCode::InvalidInput << 2 << 2 << 3;
    QTest::newRow("not_found") << ErrorCode::NotFound << 3 << 3 << 3;
    QTest::newRow("insufficient_stock") << ErrorCode::InsufficientStock << 3 << 3 << 3;
    QTest::newRow("invalid_state") << ErrorCode::InvalidState << 3 << 3 << 3;
    QTest::newRow("storage") << ErrorCode::Storage << 4 << 4 << 4;
    QTest::newRow("unauthorized") << ErrorCode::Unauthorized << 5 << 4 << 3;
    QTest::newRow("forbidden") << ErrorCode::Forbidden << 5 << 4 << 3;
}

void tst_CliTable::exitStatuses()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, cli);
    QFETCH(int, hub);
    QFETCH(int, desktop);

    QCOMPARE(exitStatusFor(code), cli);
    QCOMPARE(exitStatusFor(code, ExitProgram::Cli), cli);
    QCOMPARE(exitStatusFor(code, ExitProgram::Hub), hub);
    QCOMPARE(exitStatusFor(code, ExitProgram::Desktop), desktop);
    QVERIFY(errorCodesExitingWith(cli).contains(code));
    QVERIFY(errorCodesExitingWith(hub, ExitProgram::Hub).contains(code));
    QVERIFY(errorCodesExitingWith(desktop, ExitProgram::Desktop).contains(code));

    QCOMPARE(int(ExitStatus::Ok), 0);
    QCOMPARE(int(ExitStatus::VerifyFailed), 1);
    QCOMPARE(int(ExitStatus::UsageError), 2);
    QCOMPARE(int(ExitStatus::Refused), 3);
    QCOMPARE(int(ExitStatus::StorageError), 4);
    QCOMPARE(int(ExitStatus::Denied), 5);
    QCOMPARE(int(ExitStatus::ReactionPending), 6);
    // No error code exits with 6: the command did not fail.
    QVERIFY(errorCodesExitingWith(ExitStatus::ReactionPending).isEmpty());
}

void tst_CliTable::exitStatusesInHelp_data()
{
    exitStatuses_data();
}

void tst_CliTable::exitStatusesInHelp()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, cli);

    const QString paragraph = exitStatusParagraph(m_usage, cli);
    QVERIFY2(paragraph.contains(errorCodeName(code)), qPrintable(paragraph));
    QVERIFY2(exitStatusParagraph(m_usage, ExitStatus::UsageError).contains(QStringLiteral("usage")),
             qPrintable(m_usage));
    QVERIFY2(exitStatusParagraph(m_usage, ExitStatus::ReactionPending)
                 .contains(QStringLiteral("pending")),
             qPrintable(m_usage));
}

void tst_CliTable::readmeQuotesHelp()
{
    QFile file(QStringLiteral(SHOPDESK_README));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString readme = QString::fromUtf8(file.readAll());
    const QString opening = QStringLiteral("## shopdesk-cli\n\n```\n");
    const qsizetype start = readme.indexOf(opening);
    QVERIFY2(start >= 0, "README.md has no usage block under ## shopdesk-cli");
    const qsizetype from = start + opening.size();
    const qsizetype end = readme.indexOf(QStringLiteral("```\n"), from);
    QVERIFY(end > from);
    QCOMPARE(readme.mid(from, end - from), m_usage);
}

void tst_CliTable::misfitsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto words = [](const char *text) {
        return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("no command") << QStringList() << "no command given";
    QTest::newRow("unknown command") << words("frobnicate") << "unknown command 'frobnicate'";
    QTest::newRow("unknown verb") << words("order frob") << "unknown command 'order frob'";
    QTest::newRow("unknown option")
        << words("order list --frob 1") << "`order list` has no option --frob";
    QTest::newRow("option of another command")
        << words("order show T1-000001 --customer Kim") << "`order show` has no option --customer";
    QTest::newRow("flag with a value") << words("--json=yes verify") << "--json takes no value";
    QTest::newRow("option without its value")
        << words("order list --status") << "--status needs a value";
    QTest::newRow("missing argument")
        << words("order pay --method card") << "`order pay` needs exactly one ORDER_ID";
    QTest::newRow("extra argument") << words("verify now") << "`verify` takes no argument 'now'";
    QTest::newRow("missing option")
        << words("order place --item P1:1") << "`order place` needs --customer";
    QTest::newRow("missing repeated option")
        << words("order place --customer Kim") << "`order place` needs --item";
    QTest::newRow("repeated option") << words("demo --products 1 --products 2 --orders 1")
                                     << "--products is given more than once";
}

void tst_CliTable::misfitsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("never.db"));
    const ProcessRun run =
        cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + arguments);
    QVERIFY2(run.exitCode == ExitStatus::UsageError, qPrintable(run.describe()));
    const QJsonObject error =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    const QStringList lines =
        QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{QStringLiteral("shopdesk-cli: error: ") + message,
                                 QStringLiteral("Run `shopdesk-cli --help` for the commands and "
                                                "their options.")}));
    // Refused before the database is opened: not even an empty file is made.
    QVERIFY(!QFile::exists(db));
}

QTEST_GUILESS_MAIN(tst_CliTable)
#include "tst_clitable.moc"
