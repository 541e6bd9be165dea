#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The .ts files must hold a finished translation of every tr() string of ui/ and app/desktop/:
// lupdate is run over the sources into a copy of each file, and any entry it leaves new,
// unfinished or empty fails the test with the string named. The embedded .qm files must
// translate for real.
class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void embeddedKoreanTranslates();

private:
    struct Problem
    {
        QString context;
        QString source;
        QString why;
    };
    static QList<Problem> unfinished(const QString &tsFile, int *messages);
};

QList<tst_Translations::Problem> tst_Translations::unfinished(const QString &tsFile, int *messages)
{
    QList<Problem> problems;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append({QString(), tsFile, QStringLiteral("cannot be read")});
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    *messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("translation")) {
            ++*messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == QLatin1StringView("vanished") || type == QLatin1StringView("obsolete")) {
                --*messages;
                continue;
            }
            // Numerus forms sit in <numerusform> children; readElementText gathers them.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append({context, source, type});
            else if (text.trimmed().isEmpty())
                problems.append({context, source, QStringLiteral("empty")});
        }
    }
    if (xml.hasError())
        problems.append({QString(), tsFile, xml.errorString()});
    return problems;
}

void tst_Translations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    for (const QString &file : QStringLiteral(SHOPDESK_TS_FILES).split(QLatin1Char('|')))
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void tst_Translations::everyStringIsTranslated()
{
    QFETCH(QString, tsFile);
    QVERIFY2(QFile::exists(tsFile), qPrintable(tsFile + QStringLiteral(" is missing")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // lupdate adds what the sources have and the file lacks, as unfinished.
    QProcess lupdate;
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-no-obsolete")};
    arguments += QStringLiteral(SHOPDESK_TRANSLATED_DIRS).split(QLatin1Char('|'));
    arguments << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(SHOPDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    int messages = 0;
    const QList<Problem> problems = unfinished(copy, &messages);
    QVERIFY2(messages > 100, qPrintable(QStringLiteral("only %1 strings found").arg(messages)));
    QStringList lines;
    for (const Problem &problem : problems)
        lines << QStringLiteral("  [%1] %2: \"%3\"")
                     .arg(problem.why, problem.context, problem.source);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 strings not translated in %3 (run `ninja -C build "
                                       "update_translations`, then translate them):\n%4")
                            .arg(problems.size())
                            .arg(messages)
                            .arg(QFileInfo(tsFile).fileName(), lines.join(u'\n'))));
}

void tst_Translations::embeddedKoreanTranslates()
{
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/shopdesk_ko.qm")));
    QCOMPARE(korean.translate("ShopDesk::MainWindow", "Orders"), QStringLiteral("주문"));
    QCOMPARE(korean.translate("ShopDesk::MainWindow", "Inventory"), QStringLiteral("재고"));
    QCOMPARE(korean.translate("ShopDesk::MainWindow", "Deliveries"), QStringLiteral("배송"));
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/shopdesk_en.qm")));
    QCOMPARE(english.translate("ShopDesk::MainWindow", "Orders"), QStringLiteral("Orders"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
