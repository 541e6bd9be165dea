// The customer's receipt from the Orders tab, driven by keys offscreen over a real shop: which
// receipts an order has (none before a payment, the sale's, a refund per return), printed
// through the print dialog (Ctrl+P) and written as a PDF (Ctrl+E), a reprint said as such,
// printed by itself when the payment that settles the order is taken and when a return refunds
// money, and failures that record nothing. "The printer" is a PDF file read back with pdftotext.
#include "escposdecoder.h"
#include "fakeprinter.h"
#include "orderdetailsview.h"
#include "orderstab.h"
#include "paydialog.h"
#include "pdftargets.h"
#include "receiptprinter.h"
#include "returndialog.h"
#include "settingsdialog.h"
#include "shopfonts.h"
#include "terminalsettings.h"
#include "testshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace ShopDesk;
using ShopDesk::Testing::FakePrinterBehaviour;
using ShopDesk::Testing::FakeTcpPrinter;
using ShopDesk::Testing::PdfTargets;
using ShopDesk::Testing::pdfText;
using ShopDesk::Testing::TestShop;

class tst_ReceiptPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void choiceFollowsTheOrder();
    void printSaleReceiptThenReprint();
    void refundReceiptOfAReturn();
    void writePdfInKorean();
    void autoPrintOnTheSettlingPart();
    void autoPrintAfterAReturn();
    void withoutPrinterSaysSo();
    void failedFileRecordsNothing();

    void thermalReceiptAtOnce();
    void cashPartOpensTheDrawer();
    void settlingCashPrintsWithThePulse();
    void printerOutOfPaperKeepsTheJob();
    void drawerOnDemand();
    void settingsCheckTheReceiptPrinter();

private:
    QString place();
    QString placePaid();
    void makeTab();
    void select(const QString &orderId);
    int prints(const QString &orderId, int returnNo = 0) const;
    QString message() const { return m_tab->receiptMessage(); }
    QComboBox *choice() const
    {
        return m_tab->findChild<QComboBox *>(QStringLiteral("receiptChoice"));
    }
    QStringList choices() const
    {
        QStringList items;
        for (int i = 0; i < choice()->count(); ++i)
            items << choice()->itemText(i);
        return items;
    }
    // Waits for the next job to end.
    void waitForJob()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_jobsEnded > m_jobsWaitedFor, 30000);
        m_jobsWaitedFor = m_jobsEnded;
    }

    void useThermal(const FakeTcpPrinter &printer, bool drawerOnCash = true)
    {
        TerminalSettings settings;
        settings.setThermalPrinter(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port()));
        settings.setThermalPaper(QStringLiteral("80"));
        settings.setThermalMode(QStringLiteral("text"));
        settings.setDrawerOnCash(drawerOnCash);
    }
    int drawerEvents(DrawerCause cause) const
    {
        int count = 0;
        for (const DrawerOpening &opening : m_shop->shop->drawer.openings(100).value())
            count += opening.cause == cause ? 1 : 0;
        return count;
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<OrdersTab> m_tab;
    QTemporaryDir m_out;
    PdfTargets *m_targets = nullptr;
    int m_jobsEnded = 0;
    int m_jobsWaitedFor = 0;
};

void tst_ReceiptPrinting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ShopFonts::apply();
    QVERIFY(m_out.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_out.filePath(QStringLiteral("settings")));
    if (qEnvironmentVariableIsSet("SHOPDESK_KEEP_TEST_OUTPUT")) {
        m_out.setAutoRemove(false);
        qInfo("printed PDF files are kept in %s", qPrintable(m_out.path()));
    }
}

void tst_ReceiptPrinting::init()
{
    QSettings().clear();
    TerminalSettings().setLanguage(QStringLiteral("en"));
    m_shop = std::make_unique<TestShop>();
    m_shop->product(QStringLiteral("P1"), 12'000, 500, QStringLiteral("유기농 사과 1kg"));
    m_shop->product(QStringLiteral("P2"), 2'500, 500, QStringLiteral("Pear box"));
    ShopDetailsChange change;
    change.name = QStringLiteral("행복마트");
    change.businessNumber = QStringLiteral("123-45-67891");
    change.representative = QStringLiteral("김행복");
    QVERIFY(m_shop->shop->slips.changeShopDetails(change).ok());
}

void tst_ReceiptPrinting::cleanup()
{
    m_tab.reset();
    m_shop.reset();
}

QString tst_ReceiptPrinting::place()
{
    auto placed =
        m_shop->shop->orders.placeOrder({QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                                         QStringLiteral("서울시 중구 1")},
                                        {{QStringLiteral("P1"), 2}, {QStringLiteral("P2"), 1}});
    if (!placed)
        qFatal("cannot place: %s", qPrintable(placed.error().message));
    return placed->order.orderId();
}

QString tst_ReceiptPrinting::placePaid()
{
    const QString orderId = place();
    PaymentRequest card;
    card.method = PaymentMethod::Card;
    card.card.approval = QStringLiteral("30012345");
    card.card.company = QStringLiteral("신한");
    auto paid = m_shop->shop->orders.pay(orderId, card);
    if (!paid)
        qFatal("cannot pay: %s", qPrintable(paid.error().message));
    return orderId;
}

void tst_ReceiptPrinting::makeTab()
{
    m_tab = std::make_unique<OrdersTab>(*m_shop->shop);
    auto targets = std::make_unique<PdfTargets>(m_out.path());
    m_targets = targets.get();
    m_tab->setPrintTargets(std::move(targets));
    m_jobsEnded = m_jobsWaitedFor = 0;
    connect(m_tab->receiptPrinter(), &PrintQueue::jobFinished, m_tab.get(),
            [this] { ++m_jobsEnded; });
    connect(m_tab->receiptPrinter(), &PrintQueue::jobFailed, m_tab.get(),
            [this] { ++m_jobsEnded; });
    m_tab->resize(1400, 800);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void tst_ReceiptPrinting::select(const QString &orderId)
{
    QVERIFY(m_tab->selectOrder(orderId));
    QCOMPARE(m_tab->detailsView()->orderId(), orderId);
    m_tab->setFocus();
}

int tst_ReceiptPrinting::prints(const QString &orderId, int returnNo) const
{
    int count = 0;
    for (const ReceiptPrint &print : m_shop->shop->receipts.prints(orderId).value())
        count += print.returnNo == returnNo ? 1 : 0;
    return count;
}

void tst_ReceiptPrinting::choiceFollowsTheOrder()
{
    const QString orderId = place();
    makeTab();
    select(orderId);
    // No payment, no receipt: nothing to choose, nothing to press.
    QCOMPARE(choice()->count(), 0);
    QVERIFY(!choice()->isEnabled());
    QVERIFY(!m_tab->findChild<QPushButton *>(QStringLiteral("printReceiptButton"))->isEnabled());
    QVERIFY(!m_tab->findChild<QPushButton *>(QStringLiteral("exportReceiptButton"))->isEnabled());
    QTest::keyClick(m_tab.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(m_targets->dialogs, 0);

    // Paid in cash: the sale's receipt.
    QVERIFY(m_shop->shop->orders.pay(orderId, PaymentRequest{}).ok());
    QTRY_COMPARE(choices(), QStringList{QStringLiteral("Sale")});
    QVERIFY(m_tab->findChild<QPushButton *>(QStringLiteral("printReceiptButton"))->isEnabled());

    // A return that refunds money adds its receipt, and it is the one chosen.
    ReturnOptions options;
    options.reason = QStringLiteral("damaged");
    auto returned = m_shop->shop->orders.returnLines(orderId, {{QStringLiteral("P2"), 1}}, options);
    QVERIFY2(returned.ok(), qPrintable(returned.ok() ? QString() : returned.error().message));
    QTRY_COMPARE(choice()->count(), 2);
    QCOMPARE(choice()->itemText(1), QStringLiteral("Refund 1"));
    QCOMPARE(choice()->itemData(1, Qt::ToolTipRole).toString(),
             QStringLiteral("The refund receipt of return 1: ₩2,500 refunded"));
    QCOMPARE(choice()->currentIndex(), 1);
    if (qEnvironmentVariableIsSet("SHOPDESK_KEEP_TEST_OUTPUT"))
        QVERIFY(m_tab->grab().save(m_out.filePath(QStringLiteral("orders-receipts.png"))));
    // The clerk's choice stays while the same order is read again.
    choice()->setCurrentIndex(0);
    QVERIFY(m_shop->shop->orders.completeDelivery(orderId).ok());
    QTRY_COMPARE(m_tab->detailsView()->details()->order.status(), OrderStatus::Delivered);
    QCOMPARE(choice()->currentIndex(), 0);
}

void tst_ReceiptPrinting::printSaleReceiptThenReprint()
{
    const QString orderId = placePaid();
    makeTab();
    select(orderId);
    QTest::keyClick(m_tab.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(m_targets->dialogs, 1);
    QCOMPARE(m_targets->lastTitle, QStringLiteral("Print the receipt of %1").arg(orderId));
    waitForJob();
    QCOMPARE(prints(orderId), 1);
    QVERIFY2(message().contains(QStringLiteral("Printed the receipt of %1").arg(orderId)),
             qPrintable(message()));
    const QString first = m_targets->lastPath;
    const QString text = pdfText(first);
    for (const QString &expected :
         {QStringLiteral("RECEIPT"), orderId, QStringLiteral("행복마트"),
          QStringLiteral("123-45-67891"), QStringLiteral("김행복"), QStringLiteral("30012345"),
          QStringLiteral("신한"), QStringLiteral("26,500")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in\n") + text));
    QVERIFY2(!text.contains(QStringLiteral("REPRINT")), qPrintable(text));

    QTest::keyClick(m_tab.get(), Qt::Key_P, Qt::ControlModifier);
    waitForJob();
    QCOMPARE(prints(orderId), 2);
    QVERIFY(m_targets->lastPath != first);
    QVERIFY2(pdfText(m_targets->lastPath).contains(QStringLiteral("REPRINT (copy 2)")),
             qPrintable(pdfText(m_targets->lastPath)));
}

void tst_ReceiptPrinting::refundReceiptOfAReturn()
{
    const QString orderId = placePaid();
    ReturnOptions options;
    options.reason = QStringLiteral("wrong size");
    QVERIFY(m_shop->shop->orders.returnLines(orderId, {{QStringLiteral("P1"), 1}}, options).ok());
    makeTab();
    select(orderId);
    QCOMPARE(choice()->currentData().toInt(), 1);
    QTest::keyClick(m_tab.get(), Qt::Key_P, Qt::ControlModifier);
    waitForJob();
    QCOMPARE(prints(orderId, 1), 1);
    QCOMPARE(prints(orderId, 0), 0);
    const QString text = pdfText(m_targets->lastPath);
    QVERIFY2(text.contains(QStringLiteral("REFUND RECEIPT")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("12,000")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("wrong size")), qPrintable(text));
}

void tst_ReceiptPrinting::writePdfInKorean()
{
    TerminalSettings settings;
    settings.setLanguage(QStringLiteral("ko"));
    settings.setReceiptPage(QStringLiteral("a5"));
    const QString orderId = placePaid();
    makeTab();
    select(orderId);
    QTest::keyClick(m_tab.get(), Qt::Key_E, Qt::ControlModifier);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_tab->findChild<QFileDialog *>(QStringLiteral("receiptPdfDialog"))));
    QVERIFY2(
        dialog->selectedFiles().value(0).endsWith(QStringLiteral("receipt-%1.pdf").arg(orderId)),
        qPrintable(dialog->selectedFiles().value(0)));
    const QString path = m_out.filePath(QStringLiteral("영수증.pdf"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept();
    waitForJob();
    QVERIFY2(QFileInfo::exists(path), qPrintable(message()));
    QCOMPARE(prints(orderId), 1);
    const auto recorded = m_shop->shop->receipts.prints(orderId).value();
    QCOMPARE(recorded.first().page, QStringLiteral("a5"));
    QCOMPARE(recorded.first().language, QStringLiteral("ko"));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("영수증")) && text.contains(QStringLiteral("부가세")),
             qPrintable(text));
    QVERIFY2(message().contains(path), qPrintable(message()));
}

void tst_ReceiptPrinting::autoPrintOnTheSettlingPart()
{
    TerminalSettings().setAutoPrintReceipts(true);
    const QString orderId = place();
    makeTab();
    select(orderId);
    QVERIFY(m_tab->paySelected());
    PayDialog *dialog = m_tab->payDialog();
    QVERIFY(dialog);
    // 10,000 in cash first: the order is not paid yet, so no receipt.
    PaymentRequest cash;
    cash.amount = 10'000;
    emit dialog->partRequested(orderId, cash);
    QCOMPARE(m_tab->receiptPrinter()->pendingJobs(), 0);
    QCOMPARE(m_targets->dialogs, 0);
    // The rest by card settles it: the receipt goes to the default printer, no dialog.
    PaymentRequest card;
    card.method = PaymentMethod::Card;
    card.card.approval = QStringLiteral("77001234");
    emit dialog->partRequested(orderId, card);
    waitForJob();
    QCOMPARE(m_targets->dialogs, 0);
    QCOMPARE(prints(orderId), 1);
    const QString text = pdfText(m_targets->lastPath);
    QVERIFY2(text.contains(QStringLiteral("10,000")) && text.contains(QStringLiteral("16,500")) &&
                 text.contains(QStringLiteral("77001234")),
             qPrintable(text));
}

void tst_ReceiptPrinting::autoPrintAfterAReturn()
{
    TerminalSettings().setAutoPrintReceipts(true);
    const QString orderId = placePaid();
    makeTab();
    select(orderId);
    QVERIFY(m_tab->detailsView()->returnItems());
    ReturnDialog *dialog = m_tab->detailsView()->returnDialog();
    QVERIFY(dialog);
    dialog->quantityBox(1)->setValue(1); // the pear box
    dialog->findChild<QLineEdit *>(QStringLiteral("returnReason"))
        ->setText(QStringLiteral("changed mind"));
    dialog->accept();
    waitForJob();
    QCOMPARE(prints(orderId, 1), 1);
    QCOMPARE(prints(orderId, 0), 0);
    QVERIFY(pdfText(m_targets->lastPath).contains(QStringLiteral("REFUND RECEIPT")));
    QCOMPARE(choice()->currentData().toInt(), 1);
}

void tst_ReceiptPrinting::withoutPrinterSaysSo()
{
    TerminalSettings().setAutoPrintReceipts(true);
    const QString orderId = place();
    makeTab();
    m_tab->setPrintTargets(std::make_unique<PdfTargets>(m_out.path(), false));
    select(orderId);
    QVERIFY(m_tab->paySelected());
    emit m_tab->payDialog()->partRequested(orderId, PaymentRequest{});
    // The payment is taken; the receipt waits for a printer, and the clerk is told.
    QCOMPARE(m_shop->shop->orders.order(orderId)->order.status(), OrderStatus::Delivering);
    QVERIFY2(message().contains(QStringLiteral("no printer")), qPrintable(message()));
    QTest::keyClick(m_tab.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(message().contains(QStringLiteral("No printer is installed")), qPrintable(message()));
    QCOMPARE(m_tab->receiptPrinter()->pendingJobs(), 0);
    QCOMPARE(prints(orderId), 0);
}

void tst_ReceiptPrinting::failedFileRecordsNothing()
{
    const QString orderId = placePaid();
    makeTab();
    select(orderId);
    // A folder that is a file: no one can write there, root included.
    QFile blocker(m_out.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = blocker.fileName() + QStringLiteral("/receipt.pdf");
    QSignalSpy failed(m_tab->receiptPrinter(), &PrintQueue::jobFailed);
    m_tab->findChild<QPushButton *>(QStringLiteral("exportReceiptButton"))->click();
    auto *dialog = m_tab->findChild<QFileDialog *>(QStringLiteral("receiptPdfDialog"));
    QVERIFY(dialog);
    emit dialog->fileSelected(path);
    dialog->close();
    waitForJob();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(prints(orderId), 0);
    QVERIFY2(message().contains(QStringLiteral("not printed")), qPrintable(message()));
    QVERIFY2(message().contains(QStringLiteral("not-a-folder")), qPrintable(message()));
    QVERIFY(!QFileInfo::exists(path));
    // The same receipt is free to print again at once.
    QVERIFY(!m_tab->receiptPrinter()->isQueued(orderId, 0));
}

namespace {

// The job's own bytes, without the status requests (DLE EOT n) ShopDesk sends around them.
QByteArray jobOf(QByteArray received)
{
    const QByteArray ask1("\x10\x04\x01", 3);
    const QByteArray ask4("\x10\x04\x04", 3);
    while (received.startsWith(ask1) || received.startsWith(ask4))
        received.remove(0, 3);
    while (received.endsWith(ask1))
        received.chop(3);
    return received;
}

} // namespace

void tst_ReceiptPrinting::thermalReceiptAtOnce()
{
    FakeTcpPrinter printer;
    useThermal(printer);
    const QString orderId = placePaid();
    makeTab();
    select(orderId);
    QTest::keyClick(m_tab.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(m_targets->dialogs, 0); // the counter's printer prints without asking
    waitForJob();
    QCOMPARE(prints(orderId), 1);
    QCOMPARE(m_shop->shop->receipts.prints(orderId)->first().page, QStringLiteral("escpos80"));
    const EscPosDecoder decoded(jobOf(printer.received()));
    QVERIFY2(decoded.problems().isEmpty(), qPrintable(decoded.problems().join(u'\n')));
    const QString text = decoded.textLines().join(u'\n');
    for (const QString &expected : {QStringLiteral("RECEIPT"), orderId, QStringLiteral("행복마트"),
                                    QStringLiteral("30012345"), QStringLiteral("26,500")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in\n") + text));
    QCOMPARE(decoded.qrCodes(), QStringList{orderId});
    QCOMPARE(decoded.cuts(), 1);
    QCOMPARE(decoded.drawerPulses(), 0); // paid by card: the drawer stays shut
    QCOMPARE(drawerEvents(DrawerCause::Sale), 0);
    QVERIFY2(message().contains(QStringLiteral("Printed the receipt")), qPrintable(message()));
}

void tst_ReceiptPrinting::cashPartOpensTheDrawer()
{
    FakeTcpPrinter printer;
    useThermal(printer);
    const QString orderId = place();
    makeTab();
    select(orderId);
    QVERIFY(m_tab->paySelected());
    PaymentRequest cash;
    cash.amount = 10'000;
    emit m_tab->payDialog()->partRequested(orderId, cash);
    waitForJob();
    // The cash went into the drawer: the pulse alone, and its opening recorded.
    const EscPosDecoder pulse(jobOf(printer.received()));
    QCOMPARE(pulse.drawerPulses(), 1);
    QCOMPARE(pulse.textLines().join(QString()).trimmed(), QString());
    QCOMPARE(drawerEvents(DrawerCause::Sale), 1);
    QCOMPARE(m_shop->shop->drawer.openings(1)->first().orderId, orderId);
    QCOMPARE(prints(orderId), 0);
    // The rest by card: nothing for the drawer, and no receipt (automatic receipts are off).
    PaymentRequest card;
    card.method = PaymentMethod::Card;
    card.card.approval = QStringLiteral("55001234");
    emit m_tab->payDialog()->partRequested(orderId, card);
    QTest::qWait(200);
    QCOMPARE(m_tab->receiptPrinter()->pendingJobs(), 0);
    QCOMPARE(drawerEvents(DrawerCause::Sale), 1);
    QCOMPARE(printer.connections(), 1);
}

void tst_ReceiptPrinting::settlingCashPrintsWithThePulse()
{
    FakeTcpPrinter printer;
    useThermal(printer);
    TerminalSettings().setAutoPrintReceipts(true);
    const QString orderId = place();
    makeTab();
    select(orderId);
    QVERIFY(m_tab->paySelected());
    PaymentRequest cash;
    cash.tendered = 30'000;
    emit m_tab->payDialog()->partRequested(orderId, cash);
    waitForJob();
    QCOMPARE(printer.connections(), 1); // one job: the receipt, opening the drawer as it prints
    const EscPosDecoder decoded(jobOf(printer.received()));
    QCOMPARE(decoded.drawerPulses(), 1);
    QCOMPARE(decoded.qrCodes(), QStringList{orderId});
    QVERIFY(decoded.textLines().join(u'\n').contains(QStringLiteral("3,500"))); // the change
    QCOMPARE(prints(orderId), 1);
    QCOMPARE(drawerEvents(DrawerCause::Sale), 1);

    // A return refunded in cash: the refund receipt, and the drawer opens to pay it out.
    QVERIFY(m_tab->detailsView()->returnItems());
    ReturnDialog *dialog = m_tab->detailsView()->returnDialog();
    dialog->quantityBox(1)->setValue(1);
    dialog->findChild<QLineEdit *>(QStringLiteral("returnReason"))->setText(QStringLiteral("x"));
    dialog->accept();
    waitForJob();
    QCOMPARE(prints(orderId, 1), 1);
    QCOMPARE(drawerEvents(DrawerCause::Refund), 1);
}

void tst_ReceiptPrinting::printerOutOfPaperKeepsTheJob()
{
    FakePrinterBehaviour empty;
    empty.paperStatus = 0x72;
    auto printer = std::make_unique<FakeTcpPrinter>(empty);
    useThermal(*printer);
    const QString orderId = placePaid();
    makeTab();
    select(orderId);
    auto *again = m_tab->findChild<QPushButton *>(QStringLiteral("retryReceiptsButton"));
    QVERIFY(again->isHidden());
    QTest::keyClick(m_tab.get(), Qt::Key_P, Qt::ControlModifier);
    waitForJob();
    QCOMPARE(prints(orderId), 0);
    QVERIFY2(message().contains(QStringLiteral("out of paper")), qPrintable(message()));
    QTRY_VERIFY(!again->isHidden());
    QCOMPARE(again->text(), QStringLiteral("Print again (1)"));
    QCOMPARE(m_tab->receiptPrinter()->failedJobs(), 1);
    // Only the questions reached the printer, not a byte of the receipt.
    QCOMPARE(printer->received(), QByteArray("\x10\x04\x01\x10\x04\x04", 6));

    // A new roll (here: a printer with paper at the same place) and Print again.
    const QString address = TerminalSettings().thermalPrinter();
    printer.reset();
    FakeTcpPrinter refilled;
    useThermal(refilled);
    QVERIFY(address != TerminalSettings().thermalPrinter());
    QCOMPARE(m_tab->retryReceipts(), 1);
    waitForJob();
    QCOMPARE(prints(orderId), 1);
    QTRY_VERIFY(again->isHidden());
    QCOMPARE(m_tab->receiptPrinter()->failedJobs(), 0);
    QCOMPARE(EscPosDecoder(jobOf(refilled.received())).qrCodes(), QStringList{orderId});
    QCOMPARE(m_tab->retryReceipts(), 0); // nothing left to print again
}

void tst_ReceiptPrinting::drawerOnDemand()
{
    FakeTcpPrinter printer;
    useThermal(printer);
    m_shop->shop->users.setFailureDelay(std::chrono::milliseconds(0));
    QVERIFY(m_shop->shop->users.createFirstManager(QStringLiteral("boss"), QStringLiteral("9876"))
                .ok());
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("boss"), QStringLiteral("9876")).ok());
    QVERIFY(m_shop->shop->users.addUser(QStringLiteral("kim"), Role::Clerk, QStringLiteral("1111"))
                .ok());
    makeTab();
    QVERIFY(m_tab->openDrawer(QString())); // a manager needs no reason
    waitForJob();
    QCOMPARE(drawerEvents(DrawerCause::Manual), 1);
    QCOMPARE(EscPosDecoder(jobOf(printer.received())).drawerPulses(), 1);

    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("kim"), QStringLiteral("1111")).ok());
    const int connections = printer.connections();
    QVERIFY(!m_tab->openDrawer(QString())); // a clerk says why
    QVERIFY2(message().contains(QStringLiteral("did not open")), qPrintable(message()));
    QTest::qWait(100);
    QCOMPARE(printer.connections(), connections);
    QCOMPARE(drawerEvents(DrawerCause::Manual), 1);
    QVERIFY(m_tab->openDrawer(QStringLiteral("change for the float")));
    waitForJob();
    QCOMPARE(drawerEvents(DrawerCause::Manual), 2);
    QCOMPARE(m_shop->shop->drawer.openings(1)->first().reason,
             QStringLiteral("change for the float"));
    QCOMPARE(m_shop->shop->drawer.openings(1)->first().actor, QStringLiteral("kim"));
}

void tst_ReceiptPrinting::settingsCheckTheReceiptPrinter()
{
    FakePrinterBehaviour low;
    low.paperStatus = 0x1E;
    FakeTcpPrinter printer(low);
    TerminalSettings settings;
    SettingsDialog dialog(*m_shop->shop, settings);
    dialog.show();
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("terminalThermalPrinter"));
    auto *state = dialog.findChild<QLabel *>(QStringLiteral("printerState"));
    address->setText(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port()));
    dialog.findChild<QPushButton *>(QStringLiteral("checkPrinterButton"))->click();
    QTRY_VERIFY2(state->text().contains(QStringLiteral("paper is near the end")),
                 qPrintable(state->text()));
    if (qEnvironmentVariableIsSet("SHOPDESK_KEEP_TEST_OUTPUT"))
        QVERIFY(dialog.grab().save(m_out.filePath(QStringLiteral("settings.png"))));
    // A test page: the shop's name, the paper's columns and the address as a QR code.
    dialog.findChild<QPushButton *>(QStringLiteral("testPageButton"))->click();
    QTRY_VERIFY2(state->text().contains(QStringLiteral("took the test page")),
                 qPrintable(state->text()));
    const EscPosDecoder page(jobOf(printer.received())); // without the status requests
    QVERIFY2(page.textLines().join(u'\n').contains(QStringLiteral("행복마트")),
             qPrintable(page.textLines().join(u'\n')));
    QCOMPARE(page.qrCodes(), QStringList{address->text()});
    QCOMPARE(page.cuts(), 1);
    // A bad address is refused and nothing is saved.
    address->setText(QStringLiteral("192.168.0.50"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"))
                ->text()
                .contains(QStringLiteral("tcp://192.168.0.50")));
    QCOMPARE(TerminalSettings().thermalPrinter(), QString());
    address->setText(QStringLiteral("device:/dev/usb/lp0"));
    auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("terminalThermalPaper"));
    paper->setCurrentIndex(paper->findData(QStringLiteral("80-42")));
    dialog.findChild<QCheckBox *>(QStringLiteral("terminalThermalCut"))->setChecked(false);
    dialog.accept();
    QCOMPARE(TerminalSettings().thermalPrinter(), QStringLiteral("device:/dev/usb/lp0"));
    QCOMPARE(TerminalSettings().thermalPaper(), QStringLiteral("80-42"));
    QVERIFY(!TerminalSettings().thermalCut());
}

QTEST_MAIN(tst_ReceiptPrinting)
#include "tst_receiptprinting.moc"
