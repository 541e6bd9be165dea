// The shift in the window (issue 15), offscreen on a real shop: the Shift menu follows the
// terminal's open shift; the float, a pay-in and a pay-out go through their dialogs (a pay-out
// beyond the drawer is refused there and nothing is recorded); the closing dialog counts the
// drawer note by note and shows the difference as the clerk types; the Z report shows what was
// recorded. With "cash only during a shift" on, a cash part refused for want of a shift opens
// the shift dialog. renderDialogs saves the closing dialog and the Z report in Korean as
// /tmp/shift-*.png to look at, and prints the Z report on a thermal printer on 127.0.0.1.
#include "displaytext.h"
#include "escposdecoder.h"
#include "fakeprinter.h"
#include "language.h"
#include "mainwindow.h"
#include "orderstab.h"
#include "paydialog.h"
#include "settingsdialog.h"
#include "shiftdialogs.h"
#include "terminalsettings.h"
#include "testshop.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>

#include <sys/stat.h>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_ShiftDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aShiftThroughTheMenu();
    void cashWithoutAShiftAsksForOne();
    void settingTheRule();
    void renderDialogsInKorean();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QString shiftLabel() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("shiftLabel"))->text();
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ShiftDialogs::initTestCase()
{
    // Amounts as a Korean shop writes them (₩53,000), the words in English.
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
}

void tst_ShiftDialogs::init()
{
    QSettings().clear();
    m_shop = std::make_unique<TestShop>();
    m_shop->staff(QStringLiteral("Boss"), QStringLiteral("1234"),
                  {{QStringLiteral("Kim"), QStringLiteral("5678")}});
    m_shop->product(QStringLiteral("P1"), 1'000, 50, QStringLiteral("사과"));
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ShiftDialogs::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

void tst_ShiftDialogs::aShiftThroughTheMenu()
{
    ShiftService &shifts = m_shop->shop->shifts;
    QVERIFY(action("openShiftAction")->isEnabled());
    QVERIFY(!action("closeShiftAction")->isEnabled());
    QVERIFY(!action("payOutAction")->isEnabled());
    QCOMPARE(shiftLabel(), QStringLiteral("No shift open"));

    // A float that is no amount is refused in the dialog.
    action("openShiftAction")->trigger();
    auto *open = m_window->findChild<ShiftOpenDialog *>();
    QTRY_VERIFY(open && open->isVisible());
    open->setFloat(QStringLiteral("-5"));
    open->accept();
    QVERIFY(open->isVisible());
    QVERIFY2(!open->problem().isEmpty(), "no problem shown");
    QVERIFY(!shifts.currentShift().value());
    open->setFloat(QStringLiteral("50,000"));
    open->accept();
    QTRY_VERIFY(!m_window->findChild<ShiftOpenDialog *>());
    QVERIFY(shiftLabel().startsWith(QStringLiteral("Shift T1-S0001 since")));
    QVERIFY(shiftLabel().endsWith(QStringLiteral("(Kim)")));
    QVERIFY(!action("openShiftAction")->isEnabled());
    QVERIFY(action("closeShiftAction")->isEnabled());

    // A sale in cash, then a pay-out beyond the drawer: refused, nothing recorded.
    const OrderDetails placed = m_shop->shop->orders
                                    .placeOrder({QStringLiteral("Ahn"), QStringLiteral("010"), {}},
                                                {{QStringLiteral("P1"), 3}})
                                    .value();
    QVERIFY(m_shop->shop->orders.payOrder(placed.order.orderId(), PaymentMethod::Cash).ok());
    const qint64 events = m_shop->eventCount();
    action("payOutAction")->trigger();
    auto *out = m_window->findChild<CashMoveDialog *>();
    QTRY_VERIFY(out && out->isVisible());
    const QString intro = out->findChild<QLabel *>(QStringLiteral("cashMoveIntro"))->text();
    QVERIFY2(intro.contains(QStringLiteral("₩53,000")), qPrintable(intro));
    out->setAmount(QStringLiteral("60000"));
    out->setReason(QStringLiteral("bank"));
    out->accept();
    QVERIFY(out->isVisible());
    QCOMPARE(out->problem(),
             QStringLiteral("The drawer should hold ₩53,000: a pay-out cannot be more."));
    QCOMPARE(m_shop->eventCount(), events);
    out->setReason(QStringLiteral("  "));
    out->setAmount(QStringLiteral("3000"));
    out->accept();
    QCOMPARE(out->problem(), QStringLiteral("Say why the cash is moved."));
    out->setReason(QStringLiteral("택배비"));
    out->accept();
    QTRY_VERIFY(!m_window->findChild<CashMoveDialog *>());
    QCOMPARE(shifts.report()->figures.payOuts, 3000);

    // The X report: the figures as the service has them, nothing recorded by looking.
    action("shiftReportAction")->trigger();
    auto *x = m_window->findChild<ShiftReportDialog *>();
    QTRY_VERIFY(x && x->isVisible());
    const auto xRows = x->rows();
    const auto row = [](const QList<std::pair<QString, QString>> &rows, const QString &label) {
        for (const auto &[l, v] : rows) {
            if (l == label)
                return v;
        }
        return QString();
    };
    QCOMPARE(row(xRows, QStringLiteral("Cash expected")), QStringLiteral("₩50,000"));
    QCOMPARE(row(xRows, QStringLiteral("Net sales")), QStringLiteral("₩3,000"));
    QCOMPARE(row(xRows, QStringLiteral("Difference")), QString()); // not counted yet
    x->reject();
    QTRY_VERIFY(!m_window->findChild<ShiftReportDialog *>());
    QCOMPARE(m_shop->eventCount(), events + 1);

    // Closing: counted note by note, the difference follows the count.
    action("closeShiftAction")->trigger();
    auto *close = m_window->findChild<ShiftCloseDialog *>();
    QTRY_VERIFY(close && close->isVisible());
    QCOMPARE(close->expected(), 50'000);
    QVERIFY(close->setCount(10'000, 4));
    QVERIFY(close->setCount(1'000, 9));
    QVERIFY(close->setCount(500, 1));
    QVERIFY(!close->setCount(20'000, 1)); // no such note
    QCOMPARE(close->counted(), 49'500);
    QCOMPARE(close->differenceText(), QStringLiteral("₩500 short"));
    QVERIFY(close->setCount(500, 2));
    QCOMPARE(close->differenceText(), QStringLiteral("₩0 (even)"));
    QVERIFY(close->setCount(100, 3));
    QCOMPARE(close->differenceText(), QStringLiteral("₩300 over"));
    close->accept();
    QTRY_VERIFY(!m_window->findChild<ShiftCloseDialog *>());

    // The Z report shows what was recorded.
    auto *z = m_window->findChild<ShiftReportDialog *>();
    QTRY_VERIFY(z && z->isVisible());
    QVERIFY(z->windowTitle().contains(QStringLiteral("(Z)")));
    QCOMPARE(row(z->rows(), QStringLiteral("Cash counted")), QStringLiteral("₩50,300"));
    QCOMPARE(row(z->rows(), QStringLiteral("Difference")), QStringLiteral("₩300"));
    const ShiftRecord recorded = shifts.report(QStringLiteral("T1-S0001"))->shift;
    QVERIFY(recorded.closed);
    QCOMPARE(recorded.counted, 50'300);
    QCOMPARE(recorded.expected, 50'000);
    QCOMPARE(shifts.report(QStringLiteral("T1-S0001"))->counts.size(), 8); // every note and coin
    QCOMPARE(row(z->rows(), QStringLiteral("  ₩500 × 2")), QStringLiteral("₩1,000"));
    QCOMPARE(row(z->rows(), QStringLiteral("  ₩50 × 0")), QString()); // none counted, not shown
    z->reject();
    QCOMPARE(shiftLabel(), QStringLiteral("No shift open"));
    QVERIFY(action("openShiftAction")->isEnabled());
}

void tst_ShiftDialogs::cashWithoutAShiftAsksForOne()
{
    ShopDetailsChange rule;
    rule.cashNeedsShift = true;
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(m_shop->shop->slips.changeShopDetails(rule).ok());
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    const OrderDetails placed = m_shop->shop->orders
                                    .placeOrder({QStringLiteral("Ahn"), QStringLiteral("010"), {}},
                                                {{QStringLiteral("P1"), 1}})
                                    .value();
    auto *tab = m_window->findChild<OrdersTab *>();
    QVERIFY(tab->selectOrder(placed.order.orderId()));
    QVERIFY(tab->paySelected());
    PayDialog *pay = tab->payDialog();
    QTRY_VERIFY(pay && pay->isVisible());
    pay->accept(); // cash, exactly
    // Refused, said in the dialog, and the shift dialog offered.
    QCOMPARE(m_shop->order(placed.order.orderId()).payments.size(), 0);
    QVERIFY2(tab->actionMessage().contains(QStringLiteral("only during a shift")),
             qPrintable(tab->actionMessage()));
    auto *open = m_window->findChild<ShiftOpenDialog *>();
    QTRY_VERIFY(open && open->isVisible());
    open->setFloat(QStringLiteral("10000"));
    open->accept();
    QTRY_VERIFY(!m_window->findChild<ShiftOpenDialog *>());
    // Now the same part is taken.
    pay->accept();
    QCOMPARE(m_shop->order(placed.order.orderId()).payments.size(), 1);
    QCOMPARE(m_shop->shop->shifts.report()->figures.expectedCash(), 11'000);
}

void tst_ShiftDialogs::settingTheRule()
{
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    m_window->openSettings();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("shopCashNeedsShift"));
    QVERIFY(box && box->isEnabled() && !box->isChecked());
    box->setChecked(true);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QVERIFY(m_shop->shop->slips.shopDetails()->cashNeedsShift);
}

void tst_ShiftDialogs::renderDialogsInKorean()
{
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/shopdesk_ko.qm")));
    QVERIFY(QCoreApplication::installTranslator(&korean));
    const auto restore = qScopeGuard([&korean] { QCoreApplication::removeTranslator(&korean); });
    ShiftService &shifts = m_shop->shop->shifts;
    QVERIFY(shifts.open(100'000).ok());
    const OrderDetails placed = m_shop->shop->orders
                                    .placeOrder({QStringLiteral("안"), QStringLiteral("010"), {}},
                                                {{QStringLiteral("P1"), 12}})
                                    .value();
    QVERIFY(m_shop->shop->orders.payOrder(placed.order.orderId(), PaymentMethod::Cash).ok());
    QVERIFY(shifts.moveCash(CashMove::PayOut, 4'000, QStringLiteral("택배비")).ok());

    ShiftCloseDialog close(shifts, shifts.report().value(), QStringLiteral("KRW"));
    close.setCount(50'000, 2);
    close.setCount(1'000, 7);
    close.setCount(500, 1);
    close.show();
    QVERIFY(QTest::qWaitForWindowExposed(&close));
    QCOMPARE(close.windowTitle(), QStringLiteral("근무 T1-S0001 마감"));
    QCOMPARE(close.differenceText(), QStringLiteral("₩500 모자람"));
    QVERIFY(close.grab().save(QStringLiteral("/tmp/shift-close-ko.png")));
    close.accept();
    QVERIFY(close.report());
    ShopDesk::Testing::FakeTcpPrinter printer;
    TerminalSettings().setThermalPrinter(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port()));
    ShiftReportDialog z(*close.report(), QStringLiteral("행복마트"));
    z.show();
    QVERIFY(QTest::qWaitForWindowExposed(&z));
    QCOMPARE(z.windowTitle(), QStringLiteral("근무 T1-S0001 마감 정산(Z)"));
    QCOMPARE(z.rows().last(),
             (std::pair<QString, QString>(QStringLiteral("차액"), QStringLiteral("(₩500)"))));
    QVERIFY(z.grab().save(QStringLiteral("/tmp/shift-z-ko.png")));

    // The Z report as a PDF, read back: the shift, the figures and the difference, in Korean.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("z.pdf"));
    QVERIFY2(z.exportPdf(pdf), qPrintable(z.message()));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString read = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("근무 T1-S0001 마감 정산(Z)"), QStringLiteral("있어야 할 현금"),
          QStringLiteral("₩108,000"), QStringLiteral("센 현금"), QStringLiteral("₩107,500"),
          QStringLiteral("차액"), QStringLiteral("(₩500)"), QStringLiteral("₩50,000 × 2"),
          QStringLiteral("출금"), QStringLiteral("₩4,000 (1)")}) {
        QVERIFY2(read.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + read));
    }
    // Printed on the receipt printer: the rows as shown, in Korean, each amount at the right
    // edge of the paper's 48 columns, and the cut.
    auto *print = z.findChild<QPushButton *>(QStringLiteral("shiftReportPrint"));
    QVERIFY(print);
    QCOMPARE(print->text(), QStringLiteral("인쇄(&R)"));
    print->click();
    QTRY_VERIFY2(z.message().contains(QStringLiteral("127.0.0.1")) && print->isEnabled(),
                 qPrintable(z.message()));
    QVERIFY2(!z.message().contains(QStringLiteral("못")), qPrintable(z.message()));
    QByteArray job = printer.received();
    const QByteArray askStatus = QByteArrayLiteral("\x10\x04\x01");
    while (job.startsWith(QByteArrayLiteral("\x10\x04")))
        job.remove(0, 3);
    if (job.endsWith(askStatus))
        job.chop(3);
    const EscPosDecoder decoded(job, EscPosPaper::Mm80);
    QCOMPARE(decoded.problems(), QStringList());
    QVERIFY(decoded.render().save(QStringLiteral("/tmp/shift-z-thermal-ko.png")));
    const QStringList lines = decoded.textLines();
    QVERIFY2(lines.contains(QStringLiteral("행복마트")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("근무 T1-S0001 마감 정산(Z)")),
             qPrintable(lines.join(u'\n')));
    const qsizetype body = lines.indexOf(QString(48, u'=')); // the rows come after the title
    QVERIFY(body > 0);
    const auto line = [&](const QString &label) {
        for (qsizetype i = body; i < lines.size(); ++i) {
            if (lines[i].startsWith(label + QLatin1Char(' ')))
                return lines[i];
        }
        return QString();
    };
    for (const auto &[label, figure] : z.rows()) {
        if (label.startsWith(u' '))
            continue;
        const QString printed = line(label);
        QVERIFY2(printed.endsWith(QLatin1Char(' ') + figure), qPrintable(label + u'|' + printed));
        QCOMPARE(EscPos::cells(printed), 48);
    }
    QCOMPARE(decoded.cuts(), 1);

    // A FIFO as the target is refused, and nothing waits on it.
    const QString fifo = dir.filePath(QStringLiteral("fifo.pdf"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!z.exportPdf(fifo));
    QVERIFY2(z.message().contains(QStringLiteral("fifo.pdf")), qPrintable(z.message()));
}

QTEST_MAIN(tst_ShiftDialogs)
#include "tst_shiftdialogs.moc"
