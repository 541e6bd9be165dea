// The layout rules of ARCHITECTURE.md, checked on the sources: each layer includes only
// what it may, so that the CLI and the hub can link the core without a window.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_DependencyRules : public QObject
{
    Q_OBJECT

private slots:
    void layerIncludes_data();
    void layerIncludes();

private:
    static QStringList includesUnder(const QString &folder)
    {
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
            QRegularExpression::MultilineOption);
        QStringList found;
        QDirIterator it(QStringLiteral(SHOPDESK_SOURCE_DIR) + QLatin1Char('/') + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = include.globalMatch(text); m.hasNext();)
                found << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(),
                                                      m.next().captured(1));
        }
        return found;
    }
};

void tst_DependencyRules::layerIncludes_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("forbidden");

    const QString widgets = QStringLiteral(
        "^(QtWidgets|QtPrintSupport|QWidget|QMainWindow|QDialog|QApplication|QPrinter)");
    const QString gui =
        QStringLiteral("^(QtGui|QPainter|QPdfWriter|QImage|QFont|QPixmap|QGuiApplication)");
    const QString sql = QStringLiteral("^(QtSql|QSql)");
    const QString network = QStringLiteral("^(QtNetwork|QtWebSockets|QTcp|QWebSocket)");
    QTest::newRow("domain: Qt Core only")
        << "core/domain" << QStringLiteral("%1|%2|%3|%4").arg(widgets, gui, sql, network);
    QTest::newRow("application: Qt Core only")
        << "core/application" << QStringLiteral("%1|%2|%3|%4").arg(widgets, gui, sql, network);
    QTest::newRow("storage: no GUI") << "core/storage" << QStringLiteral("%1|%2").arg(widgets, gui);
    QTest::newRow("print: Qt Gui, no Widgets, no SQL")
        << "core/print" << QStringLiteral("%1|%2|%3").arg(widgets, sql, network);
    QTest::newRow("printer: Network and SerialPort, no GUI, no SQL")
        << "core/printer" << QStringLiteral("%1|%2|%3").arg(widgets, gui, sql);
    QTest::newRow("sync: WebSockets, no GUI, no SQL")
        << "core/sync" << QStringLiteral("%1|%2|%3").arg(widgets, gui, sql);
    QTest::newRow("ui: no SQL") << "ui" << sql;
    QTest::newRow("cli: no GUI") << "app/cli" << QStringLiteral("%1|%2").arg(widgets, gui);
    QTest::newRow("hub library: no GUI") << "core/hub" << QStringLiteral("%1|%2").arg(widgets, gui);
    QTest::newRow("hub program: no GUI") << "app/hub" << QStringLiteral("%1|%2").arg(widgets, gui);
}

void tst_DependencyRules::layerIncludes()
{
    QFETCH(QString, folder);
    QFETCH(QString, forbidden);

    const QRegularExpression rule(forbidden);
    QStringList broken;
    const QStringList includes = includesUnder(folder);
    for (const QString &line : includes) {
        if (rule.match(line.section(QStringLiteral(": "), 1)).hasMatch())
            broken << line;
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral("; "))));
    if (folder.startsWith(QLatin1StringView("core")) || folder == QLatin1StringView("ui"))
        QVERIFY(!includes.isEmpty()); // the scan did read the sources
}

QTEST_GUILESS_MAIN(tst_DependencyRules)
#include "tst_dependencyrules.moc"
