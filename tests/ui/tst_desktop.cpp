#include "firstrundialog.h"
#include "processrun.h"
#include "testshop.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace ShopDesk;
using ShopDesk::Testing::ProcessRun;
using ShopDesk::Testing::runProcess;
using ShopDesk::Testing::TestShop;

// The shopdesk program as a user starts it (options, exit codes, --demo, --screenshot), and
// the first-start dialog.
class tst_Desktop : public QObject
{
    Q_OBJECT
private slots:
    void badOptionsExitTwo_data();
    void badOptionsExitTwo();
    void unopenableDatabaseExitsFour();
    void demoFillsANewDatabaseAndScreenshotShowsIt();
    void demoLeavesAShopWithDataAlone();
    void screenshotOfAShopWithUsersNeedsNoPin();
    void firstRunChecksWhatItCanSee();
    void firstRunKeepsWhatWasTypedWhenApplyFails();

private:
    static ProcessRun shopdesk(const QStringList &arguments);
};

ProcessRun tst_Desktop::shopdesk(const QStringList &arguments)
{
    return runProcess(QStringLiteral(SHOPDESK_DESKTOP), arguments);
}

void tst_Desktop::badOptionsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown language") << QStringList{"--lang", "fr"} << "--lang must be ko or en";
    QTest::newRow("unknown tab") << QStringList{"--tab", "money"} << "--tab must be orders";
    QTest::newRow("unknown option") << QStringList{"--colour"} << "Unknown option";
    QTest::newRow("stray argument") << QStringList{"shop.db"} << "unexpected argument";
}

void tst_Desktop::badOptionsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("never.db"));
    const ProcessRun run =
        shopdesk(arguments + QStringList{"--db", db, "--screenshot", dir.filePath("x.png")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY(!QFile::exists(db));
}

void tst_Desktop::unopenableDatabaseExitsFour()
{
    QTemporaryDir dir;
    QFile notADatabase(dir.filePath(QStringLiteral("notes.db")));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write("shopping list: apples, pears\n");
    notADatabase.close();
    const ProcessRun run =
        shopdesk({"--db", notADatabase.fileName(), "--screenshot", dir.filePath("x.png")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QStringLiteral("cannot open")), qPrintable(run.errText()));
    QVERIFY(!QFile::exists(dir.filePath("x.png")));
}

void tst_Desktop::demoFillsANewDatabaseAndScreenshotShowsIt()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    const QString png = dir.filePath(QStringLiteral("orders.png"));
    const ProcessRun run = shopdesk({"--db", db, "--demo", "--lang", "ko", "--screenshot", png});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));

    SqliteOptions options;
    options.path = db;
    auto store = SqliteStore::open(options);
    QVERIFY(store.ok());
    ShopServices shop(*store.value());
    QCOMPARE(shop.inventory.products().value().size(), 500);
    ListQuery all;
    all.limit = 10000;
    QCOMPARE(shop.orders.orders(all).value().size(), 3000);
    QVERIFY(store.value()->audit()->ok());
}

void tst_Desktop::demoLeavesAShopWithDataAlone()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 3);
    const qint64 events = t.eventCount();
    const ProcessRun run =
        shopdesk({"--db", t.path(), "--demo", "--screenshot", t.dir.filePath("x.png")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(QStringLiteral("has products already")),
             qPrintable(run.errText()));
    QCOMPARE(t.eventCount(), events);
}

void tst_Desktop::screenshotOfAShopWithUsersNeedsNoPin()
{
    TestShop t;
    t.shop->users.setIterations(1000);
    QVERIFY(t.shop->users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    const qint64 events = t.eventCount();
    const QString png = t.dir.filePath(QStringLiteral("inventory.png"));
    const ProcessRun run = shopdesk({"--db", t.path(), "--tab", "inventory", "--screenshot", png});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY(!QImage(png).isNull());
    QCOMPARE(t.eventCount(), events);
}

void tst_Desktop::firstRunChecksWhatItCanSee()
{
    int applied = 0;
    FirstRunDialog dialog(QStringLiteral("T1"), true, [&](const FirstRunAnswers &) {
        ++applied;
        return Status();
    });
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("firstRunName"));
    auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("firstRunPin"));
    auto *again = dialog.findChild<QLineEdit *>(QStringLiteral("firstRunPinAgain"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("firstRunMessage"));

    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(message->text().contains(QStringLiteral("manager's name")));
    QTest::keyClicks(name, QStringLiteral("Boss"));
    QTest::keyClicks(pin, QStringLiteral("12"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(message->text().contains(QStringLiteral("4 to 20 digits")));
    // The short PIN is selected for retyping.
    QCOMPARE(pin->selectedText(), QStringLiteral("12"));
    QTest::keyClicks(pin, QStringLiteral("1234"));
    QCOMPARE(pin->text(), QStringLiteral("1234"));
    QTest::keyClicks(again, QStringLiteral("1235"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(message->text().contains(QStringLiteral("differ")));
    QCOMPARE(again->text(), QString());
    QCOMPARE(applied, 0);
    QTest::keyClicks(again, QStringLiteral("1234"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(applied, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.answers().managerName, QStringLiteral("Boss"));
    QCOMPARE(dialog.answers().terminal, QStringLiteral("T1"));
}

void tst_Desktop::firstRunKeepsWhatWasTypedWhenApplyFails()
{
    FirstRunDialog dialog(QStringLiteral("T1"), true, [](const FirstRunAnswers &answers) -> Status {
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("terminal name '%1' is not valid").arg(answers.terminal),
                     {}};
    });
    dialog.show();
    auto *terminal = dialog.findChild<QLineEdit *>(QStringLiteral("firstRunTerminal"));
    terminal->setText(QStringLiteral("9 lives"));
    dialog.findChild<QLineEdit *>(QStringLiteral("firstRunName"))->setText(QStringLiteral("Boss"));
    dialog.findChild<QLineEdit *>(QStringLiteral("firstRunPin"))->setText(QStringLiteral("1234"));
    dialog.findChild<QLineEdit *>(QStringLiteral("firstRunPinAgain"))
        ->setText(QStringLiteral("1234"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("firstRunMessage"))
                ->text()
                .contains(QStringLiteral("'9 lives' is not valid")));
    QCOMPARE(dialog.answers().managerName, QStringLiteral("Boss"));
    QCOMPARE(dialog.answers().pin, QStringLiteral("1234"));
}

QTEST_MAIN(tst_Desktop)
#include "tst_desktop.moc"
