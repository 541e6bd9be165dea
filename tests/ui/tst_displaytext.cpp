#include "displaytext.h"

#include <QTest>

using namespace ShopDesk;

class tst_DisplayText : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { DisplayText::setCurrency(Currency::defaultCurrency()); }
    void money_data();
    void money();
};

void tst_DisplayText::money_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("shown");
    QTest::newRow("won, Korean") << "KRW"
                                 << "ko_KR" << qint64(18000) << QStringLiteral("₩18,000");
    QTest::newRow("won, English") << "KRW"
                                  << "en_US" << qint64(1234567) << QStringLiteral("₩1,234,567");
    QTest::newRow("dollars in cents") << "USD"
                                      << "en_US" << qint64(12005) << QStringLiteral("$120.05");
    QTest::newRow("yen") << "JPY"
                         << "en_US" << qint64(500) << QStringLiteral("¥500");
    QTest::newRow("euro, German grouping")
        << "EUR"
        << "de_DE" << qint64(123456) << QStringLiteral("1.234,56\u00a0€");
    QTest::newRow("nothing") << "KRW"
                             << "ko_KR" << qint64(0) << QStringLiteral("₩0");
}

void tst_DisplayText::money()
{
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(qint64, amount);
    QFETCH(QString, shown);
    DisplayText::setCurrency(*Currency::find(currency));
    QCOMPARE(DisplayText::money(amount, QLocale(locale)), shown);
}

QTEST_GUILESS_MAIN(tst_DisplayText)
#include "tst_displaytext.moc"
