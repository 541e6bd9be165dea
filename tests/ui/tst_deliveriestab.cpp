// The Deliveries tab driven as a clerk would, over a real shop: the status filter and search,
// a scanned slip selecting its delivery and completing it, slips exported, printed one by one
// and all unprinted at once, printed automatically on payment, and failures that record
// nothing. "The printer" is a PDF file (QPrinter::PdfFormat) read back with pdftotext.
#include "deliveriestab.h"
#include "deliverytablemodel.h"
#include "listwidgets.h"
#include "pdftargets.h"
#include "shopfonts.h"
#include "slipprinter.h"
#include "terminalsettings.h"
#include "testshop.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace ShopDesk;
using ShopDesk::Testing::PdfTargets;
using ShopDesk::Testing::pdfText;
using ShopDesk::Testing::runTool;
using ShopDesk::Testing::TestShop;

class tst_DeliveriesTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void statusFilterAndSearch();
    void scanSelectsAndCompletes();
    void scanOfAListedDeliverySelectsItAtOnce();
    void scanOfUnpaidOrderSaysSo();
    void emptyListSaysWhy();
    void printedQrCodeScansToItsDelivery();
    void exportPdfFromTheTab();
    void exportToUnwritablePathRecordsNothing();
    void printWithoutPrinterSaysSo();
    void printSelectedDoesNotBlock();
    void printAllPrintsOnlyUnprinted();
    void printAllOnRollGivesEachSlipItsLength();
    void printAllTakesTheOldestBatchFirst();
    void failedPrintRecordsNothing();
    void refusingPrinterRecordsNothing();
    void autoPrintOnPayment();
    void autoPrintWithoutPrinter();
    void pageSizeIsRemembered();
    void previewPaintsTheSlip();
    void printFromPreviewRecordsIt();
    void ctrlDCompletesAfterConfirmation();
    void anotherTerminalsDeliveryIsCompletedThere();

private:
    QString place(const QString &customer,
                  const QString &address = QStringLiteral("서울시 중구 세종대로 110"));
    QString placePaid(const QString &customer,
                      const QString &address = QStringLiteral("서울시 중구 세종대로 110"));
    void makeTab();
    template<typename T> T *child(const QString &name) const
    {
        auto *found = m_tab->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QStringList shownColumn(int column) const;
    int prints(const QString &orderId) const
    {
        return int(m_shop->shop->slips.prints(orderId).value().size());
    }
    QString message() const { return child<QLabel>(QStringLiteral("deliveriesMessage"))->text(); }
    void waitIdle() { QTRY_COMPARE_WITH_TIMEOUT(m_tab->slipPrinter()->pendingJobs(), 0, 30000); }
    // Waits for the next job to end, however soon after it was queued (the print dialog hands
    // the printer over from the event loop, and a small job may be done by the next look).
    void waitForJob()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_jobsEnded > m_jobsWaitedFor, 30000);
        m_jobsWaitedFor = m_jobsEnded;
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<DeliveriesTab> m_tab;
    QTemporaryDir m_out;
    PdfTargets *m_targets = nullptr;
    int m_jobsEnded = 0;
    int m_jobsWaitedFor = 0;
    // When each job was queued: how many jobs were pending, and the prints of its first slip.
    QList<std::pair<int, int>> m_atQueue;
};

void tst_DeliveriesTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ShopFonts::apply(); // as the window does
    QVERIFY(m_out.isValid());
    // This run's own settings (page size, auto-print), whatever else runs beside it.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_out.filePath(QStringLiteral("settings")));
    // To look at what was printed: SHOPDESK_KEEP_TEST_OUTPUT=1 keeps the PDF files.
    if (qEnvironmentVariableIsSet("SHOPDESK_KEEP_TEST_OUTPUT")) {
        m_out.setAutoRemove(false);
        qInfo("printed PDF files are kept in %s", qPrintable(m_out.path()));
    }
}

void tst_DeliveriesTab::init()
{
    QSettings().clear();
    TerminalSettings().setLanguage(QStringLiteral("en"));
    m_shop = std::make_unique<TestShop>();
    m_shop->product(QStringLiteral("P1"), 12'000, 500, QStringLiteral("유기농 사과 1kg"));
    m_shop->product(QStringLiteral("P2"), 2'500, 500, QStringLiteral("Pear box"));
}

void tst_DeliveriesTab::cleanup()
{
    m_tab.reset();
    m_shop.reset();
}

void tst_DeliveriesTab::makeTab()
{
    m_tab = std::make_unique<DeliveriesTab>(*m_shop->shop);
    auto targets = std::make_unique<PdfTargets>(m_out.path());
    m_targets = targets.get();
    m_tab->setPrintTargets(std::move(targets));
    m_jobsEnded = m_jobsWaitedFor = 0;
    m_atQueue.clear();
    SlipPrinter *printer = m_tab->slipPrinter();
    connect(printer, &SlipPrinter::jobQueued, m_tab.get(), [this](const QStringList &orderIds) {
        m_atQueue.append({m_tab->slipPrinter()->pendingJobs(), prints(orderIds.first())});
    });
    connect(printer, &SlipPrinter::jobFinished, m_tab.get(), [this] { ++m_jobsEnded; });
    connect(printer, &SlipPrinter::jobFailed, m_tab.get(), [this] { ++m_jobsEnded; });
    m_tab->resize(1200, 700);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

QString tst_DeliveriesTab::place(const QString &customer, const QString &address)
{
    auto placed =
        m_shop->shop->orders.placeOrder({customer, QStringLiteral("010-1234-5678"), address},
                                        {{QStringLiteral("P1"), 2}, {QStringLiteral("P2"), 1}});
    if (!placed)
        qFatal("cannot place: %s", qPrintable(placed.error().message));
    return placed->order.orderId();
}

QString tst_DeliveriesTab::placePaid(const QString &customer, const QString &address)
{
    const QString orderId = place(customer, address);
    auto paid = m_shop->shop->orders.payOrder(orderId, PaymentMethod::Card);
    if (!paid)
        qFatal("cannot pay: %s", qPrintable(paid.error().message));
    return orderId;
}

QStringList tst_DeliveriesTab::shownColumn(int column) const
{
    QStringList values;
    const QAbstractItemModel *model = child<QTableView>(QStringLiteral("deliveriesView"))->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

void tst_DeliveriesTab::statusFilterAndSearch()
{
    const QString a = placePaid(QStringLiteral("김민수"));
    const QString b = placePaid(QStringLiteral("Alice Kim"));
    const QString c = placePaid(QStringLiteral("Bob Lee"));
    place(QStringLiteral("Unpaid Person"));
    QVERIFY(m_shop->shop->orders.completeDelivery(b).ok());
    makeTab();
    QCOMPARE(shownColumn(DeliveryTableModel::OrderIdColumn), (QStringList{c, b, a}));

    auto *filter = child<QComboBox>(QStringLiteral("deliveryStatusFilter"));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down); // Started
    QCOMPARE(filter->currentData().toString(), QStringLiteral("started"));
    QCOMPARE(shownColumn(DeliveryTableModel::OrderIdColumn), (QStringList{c, a}));
    QTest::keyClick(filter, Qt::Key_Down); // Completed
    QCOMPARE(shownColumn(DeliveryTableModel::OrderIdColumn), (QStringList{b}));
    QCOMPARE(shownColumn(DeliveryTableModel::StatusColumn),
             (QStringList{QStringLiteral("Completed")}));
    QTest::keyClick(filter, Qt::Key_Home);

    auto *search = child<QLineEdit>(QStringLiteral("deliverySearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("alice"));
    QTRY_COMPARE(shownColumn(DeliveryTableModel::OrderIdColumn), (QStringList{b}));
    // Hangul arrives from the input method as committed text, not as key clicks.
    search->clear();
    search->insert(QStringLiteral("민수"));
    QTRY_COMPARE(shownColumn(DeliveryTableModel::OrderIdColumn), (QStringList{a}));
    QCOMPARE(shownColumn(DeliveryTableModel::CustomerColumn),
             (QStringList{QStringLiteral("김민수")}));
    search->clear();
    QTRY_COMPARE(shownColumn(DeliveryTableModel::OrderIdColumn).size(), 3);
}

void tst_DeliveriesTab::scanSelectsAndCompletes()
{
    const QString oldest = placePaid(QStringLiteral("최지우"), QStringLiteral("부산시 해운대구 1"));
    for (int i = 0; i < 7; ++i)
        placePaid(QStringLiteral("Customer %1").arg(i));
    const QString completed = placePaid(QStringLiteral("Done Already"));
    QVERIFY(m_shop->shop->orders.completeDelivery(completed).ok());
    makeTab();
    // A page of 3 rows, and a filter that hides completed deliveries: the oldest is not loaded.
    m_tab->model()->setPageSize(3);
    auto *filter = child<QComboBox>(QStringLiteral("deliveryStatusFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("completed")));
    m_tab->model()->reload();
    QCOMPARE(m_tab->model()->rowOf(oldest), -1);

    auto *search = child<QLineEdit>(QStringLiteral("deliverySearch"));
    auto *complete = child<QPushButton>(QStringLiteral("completeDeliveryButton"));
    search->setFocus();
    // The scanner types the QR code's text and Enter.
    QTest::keyClicks(search, oldest);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_tab->selectedOrderId(), oldest);
    QVERIFY(complete->isEnabled());
    QCOMPARE(QApplication::focusWidget(), complete);
    QVERIFY2(message().contains(QStringLiteral("press Enter")), qPrintable(message()));
    if (const QString shot = qEnvironmentVariable("SHOPDESK_SCAN_PNG"); !shot.isEmpty())
        m_tab->grab().save(shot);

    // Enter on Complete asks first; Enter again confirms.
    QTest::keyClick(complete, Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QCOMPARE(box->objectName(), QStringLiteral("confirmCompleteDialog"));
    QVERIFY(box->text().contains(oldest));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(m_shop->order(oldest).delivery->status(), DeliveryStatus::Completed);

    const int row = m_tab->model()->rowOf(oldest);
    QVERIFY(row >= 0);
    QCOMPARE(m_tab->model()->index(row, DeliveryTableModel::StatusColumn).data().toString(),
             QStringLiteral("Completed"));
    QVERIFY(!complete->isEnabled());
    QCOMPARE(QApplication::focusWidget(), search);

    // A scan of a delivery already completed selects it and says so; Complete stays off.
    QTest::keyClicks(search, completed);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_tab->selectedOrderId(), completed);
    QVERIFY(!complete->isEnabled());
    QVERIFY2(message().contains(QStringLiteral("Completed")), qPrintable(message()));
}

void tst_DeliveriesTab::scanOfAListedDeliverySelectsItAtOnce()
{
    // Issue 10: the delivery is on the list already; the scanner types its order id and Enter
    // faster than the search field's pause, and one Enter must be enough.
    const QString wanted = placePaid(QStringLiteral("Scan Once"));
    const QString other = placePaid(QStringLiteral("Someone Else"));
    makeTab();
    QVERIFY(m_tab->model()->rowOf(wanted) >= 0);
    QVERIFY(m_tab->model()->rowOf(other) >= 0);

    auto *search = child<QLineEdit>(QStringLiteral("deliverySearch"));
    auto *complete = child<QPushButton>(QStringLiteral("completeDeliveryButton"));
    search->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, wanted);
    QTest::keyClick(search, Qt::Key_Enter);
    // What was pending from the typing runs now; the scan's result must survive it.
    QTest::qWait(3 * ListWidgets::SearchDelayMs);
    QCoreApplication::processEvents();

    QCOMPARE(m_tab->selectedOrderId(), wanted);
    QVERIFY(complete->isEnabled());
    for (const char *name : {"printSlipButton", "previewSlipButton", "exportSlipButton"})
        QVERIFY2(child<QPushButton>(QString::fromLatin1(name))->isEnabled(), name);
    QCOMPARE(QApplication::focusWidget(), complete);
    QVERIFY2(message().contains(QStringLiteral("press Enter")), qPrintable(message()));

    // The next Enter asks to complete it: no second scan needed.
    QTest::keyClick(complete, Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QVERIFY(box->text().contains(wanted));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(m_shop->order(wanted).delivery->status(), DeliveryStatus::Completed);
    QCOMPARE(m_shop->order(other).delivery->status(), DeliveryStatus::Started);
}

void tst_DeliveriesTab::scanOfUnpaidOrderSaysSo()
{
    const QString started = placePaid(QStringLiteral("Scanned First"));
    const QString unpaid = place(QStringLiteral("Not Paid"));
    makeTab();
    auto *search = child<QLineEdit>(QStringLiteral("deliverySearch"));
    auto *complete = child<QPushButton>(QStringLiteral("completeDeliveryButton"));
    search->setFocus();
    QTest::keyClicks(search, started);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), complete);
    // The next scan arrives while Complete has the focus: from its first key on it goes to the
    // search field (keys go where the focus is, as a scanner's do).
    QTest::keyClicks(complete, unpaid.left(1));
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(QApplication::focusWidget(), unpaid.mid(1));
    QCOMPARE(search->text(), unpaid);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY2(message().contains(QStringLiteral("must be paid first")), qPrintable(message()));
    QCOMPARE(m_shop->order(started).delivery->status(), DeliveryStatus::Started);
}

void tst_DeliveriesTab::printedQrCodeScansToItsDelivery()
{
    const QString wanted = placePaid(QStringLiteral("QR Customer"));
    placePaid(QStringLiteral("Someone Else"));
    makeTab();
    QVERIFY(m_tab->selectOrder(wanted));
    child<QPushButton>(QStringLiteral("printSlipButton"))->click();
    waitForJob();
    // What a scanner reads off the printed slip...
    const QString image = m_out.filePath(QStringLiteral("qr-page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), m_targets->lastPath, image});
    const QString code =
        runTool(QStringLiteral("zbarimg"),
                {QStringLiteral("--raw"), QStringLiteral("-q"), image + QStringLiteral(".png")})
            .trimmed();
    QCOMPARE(code, wanted);
    // ...typed into the search field with Enter, as the scanner does.
    auto *search = child<QLineEdit>(QStringLiteral("deliverySearch"));
    m_tab->model()->setSearch(QStringLiteral("Someone"));
    search->setFocus();
    QTest::keyClicks(search, code);
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(m_tab->selectedOrderId(), wanted);
    QCOMPARE(QApplication::focusWidget(),
             child<QPushButton>(QStringLiteral("completeDeliveryButton")));
}

void tst_DeliveriesTab::exportPdfFromTheTab()
{
    const QString orderId =
        placePaid(QStringLiteral("김민수"), QStringLiteral("서울시 강남구 테헤란로 152"));
    makeTab();
    QVERIFY(m_tab->selectOrder(orderId));
    auto *exportButton = child<QPushButton>(QStringLiteral("exportSlipButton"));
    QVERIFY(exportButton->isEnabled());
    QTest::keyClick(m_tab.get(), Qt::Key_E, Qt::ControlModifier);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_tab->findChild<QFileDialog *>(QStringLiteral("slipPdfDialog"))));
    QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("slip-%1.pdf").arg(orderId)));
    const QString path = m_out.filePath(QStringLiteral("exported.pdf"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    waitIdle();
    QVERIFY2(QFileInfo::exists(path), qPrintable(message()));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(orderId), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("김민수")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("테헤란로 152")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Delivery slip")), qPrintable(text));
    QCOMPARE(prints(orderId), 1);
    QVERIFY2(message().contains(path), qPrintable(message()));
}

void tst_DeliveriesTab::exportToUnwritablePathRecordsNothing()
{
    const QString orderId = placePaid(QStringLiteral("Alice Kim"));
    makeTab();
    QVERIFY(m_tab->selectOrder(orderId));
    // A folder that is a file: no one can write there, root included.
    QFile blocker(m_out.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = blocker.fileName() + QStringLiteral("/slip.pdf");
    QSignalSpy failed(m_tab->slipPrinter(), &SlipPrinter::jobFailed);
    QVERIFY(failed.isValid());
    child<QPushButton>(QStringLiteral("exportSlipButton"))->click();
    auto *dialog = m_tab->findChild<QFileDialog *>(QStringLiteral("slipPdfDialog"));
    QVERIFY(dialog);
    emit dialog->fileSelected(path); // what the dialog says once a name is chosen
    dialog->close();
    waitIdle();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(prints(orderId), 0);
    QVERIFY2(message().contains(QStringLiteral("not printed")), qPrintable(message()));
    QVERIFY2(message().contains(QStringLiteral("not-a-folder")), qPrintable(message()));
    auto *box = m_tab->findChild<QMessageBox *>(QStringLiteral("deliveriesErrorDialog"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), message());
    QVERIFY(!QFileInfo::exists(path));
}

void tst_DeliveriesTab::printWithoutPrinterSaysSo()
{
    const QString orderId = placePaid(QStringLiteral("Alice Kim"));
    makeTab();
    m_tab->setPrintTargets(std::make_unique<PdfTargets>(m_out.path(), false));
    QVERIFY(m_tab->selectOrder(orderId));
    m_tab->setFocus();
    QTest::keyClick(m_tab.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(message().contains(QStringLiteral("No printer is installed")), qPrintable(message()));
    QCOMPARE(m_tab->slipPrinter()->pendingJobs(), 0);
    QCOMPARE(prints(orderId), 0);
    child<QPushButton>(QStringLiteral("printAllSlipsButton"))->click();
    QVERIFY2(message().contains(QStringLiteral("No printer is installed")), qPrintable(message()));
    QCOMPARE(prints(orderId), 0);
}

void tst_DeliveriesTab::printSelectedDoesNotBlock()
{
    const QString orderId = placePaid(QStringLiteral("Bob Lee"));
    makeTab();
    QVERIFY(m_tab->selectOrder(orderId));
    QSignalSpy finished(m_tab->slipPrinter(), &SlipPrinter::jobFinished);
    child<QPushButton>(QStringLiteral("printSlipButton"))->click();
    QCOMPARE(m_targets->dialogs, 1);
    waitForJob();
    // Queued, then painted while the window went on; nothing was recorded before it was done.
    QCOMPARE(m_atQueue.size(), 1);
    QCOMPARE(m_atQueue.first(), std::make_pair(1, 0));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_tab->slipPrinter()->isQueued(orderId));
    QCOMPARE(prints(orderId), 1);
    const QString text = pdfText(m_targets->lastPath);
    QVERIFY2(text.contains(orderId) && text.contains(QStringLiteral("Bob Lee")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("REPRINT")));

    // The second print of the same slip is a reprint.
    child<QPushButton>(QStringLiteral("printSlipButton"))->click();
    waitForJob();
    QCOMPARE(prints(orderId), 2);
    QVERIFY(pdfText(m_targets->lastPath).contains(QStringLiteral("REPRINT")));
}

void tst_DeliveriesTab::printAllPrintsOnlyUnprinted()
{
    const QString printed = placePaid(QStringLiteral("Already Printed"));
    const QString first = placePaid(QStringLiteral("김민수"));
    const QString second = placePaid(QStringLiteral("Alice Kim"));
    const QString done = placePaid(QStringLiteral("Completed Person"));
    const QString unpaid = place(QStringLiteral("Unpaid Person"));
    QVERIFY(m_shop->shop->orders.completeDelivery(done).ok());
    QVERIFY(
        m_shop->shop->slips.recordPrint(printed, QStringLiteral("a5"), QStringLiteral("en")).ok());
    makeTab();

    QTest::keyClick(m_tab.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_targets->dialogs, 1);
    QCOMPARE(m_targets->lastTitle, QStringLiteral("Print 2 unprinted slip(s)"));
    waitForJob();
    QCOMPARE(prints(first), 1);
    QCOMPARE(prints(second), 1);
    QCOMPARE(prints(printed), 1);
    QCOMPARE(prints(done), 0);
    QCOMPARE(prints(unpaid), 0);
    const QString text = pdfText(m_targets->lastPath);
    QVERIFY2(text.contains(first) && text.contains(QStringLiteral("김민수")), qPrintable(text));
    QVERIFY2(text.contains(second) && text.contains(QStringLiteral("Alice Kim")), qPrintable(text));
    QVERIFY(!text.contains(printed));
    QVERIFY(!text.contains(done));
    // Two slips, each from a page of its own.
    const QString info = runTool(QStringLiteral("pdfinfo"), {m_targets->lastPath});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))), qPrintable(info));

    // A second run has nothing to print: no dialog, no job, no record.
    child<QPushButton>(QStringLiteral("printAllSlipsButton"))->click();
    QCOMPARE(m_targets->dialogs, 1);
    QCOMPARE(m_tab->slipPrinter()->pendingJobs(), 0);
    QCOMPARE(prints(first), 1);
    QVERIFY2(message().contains(QStringLiteral("has been printed")), qPrintable(message()));
    QCOMPARE(m_shop->shop->slips.unprintedDeliveries().value(), QStringList());
}

void tst_DeliveriesTab::printAllOnRollGivesEachSlipItsLength()
{
    const QString shorter = placePaid(QStringLiteral("Short Slip"));
    QList<OrderRequestLine> lines;
    for (int i = 0; i < 12; ++i) {
        const QString id = QStringLiteral("L%1").arg(i);
        m_shop->product(id, 1'000 + i, 10, QStringLiteral("긴 상품 이름 %1").arg(i));
        lines.append({id, 1});
    }
    auto placed =
        m_shop->shop->orders.placeOrder({QStringLiteral("이서연"), QStringLiteral("010-5555-0000"),
                                         QStringLiteral("대전시 유성구 3")},
                                        lines);
    QVERIFY(placed.ok());
    const QString longer = placed->order.orderId();
    QVERIFY(m_shop->shop->orders.payOrder(longer, PaymentMethod::Cash, 100'000).ok());
    TerminalSettings().setSlipPage(QStringLiteral("roll80"));
    makeTab();
    child<QPushButton>(QStringLiteral("printAllSlipsButton"))->click();
    waitForJob();
    QCOMPARE(prints(shorter), 1);
    QCOMPARE(prints(longer), 1);
    // One job, one page per slip, each page as long as its slip.
    const QString info = runTool(QStringLiteral("pdfinfo"),
                                 {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                  QStringLiteral("2"), m_targets->lastPath});
    static const QRegularExpression pageSize(
        QStringLiteral("Page +(\\d) size: +([\\d.]+) x ([\\d.]+)"));
    QList<double> widths, heights;
    for (auto it = pageSize.globalMatch(info); it.hasNext();) {
        const auto match = it.next();
        widths << match.captured(2).toDouble();
        heights << match.captured(3).toDouble();
    }
    QCOMPARE(widths.size(), 2);
    QVERIFY2(qAbs(widths.at(0) - 226.77) < 1 && qAbs(widths.at(1) - 226.77) < 1, qPrintable(info));
    QVERIFY2(heights.at(1) > heights.at(0) + 100, qPrintable(info)); // twelve more lines
    const QString text = pdfText(m_targets->lastPath);
    QVERIFY2(text.contains(QStringLiteral("긴 상품 이름 11")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Short Slip")), qPrintable(text));
}

void tst_DeliveriesTab::printAllTakesTheOldestBatchFirst()
{
    QStringList orderIds;
    for (int i = 0; i < DeliveriesTab::MaxBatch + 2; ++i)
        orderIds << placePaid(QStringLiteral("Customer %1").arg(i));
    makeTab();
    auto *printAll = child<QPushButton>(QStringLiteral("printAllSlipsButton"));
    printAll->click();
    QCOMPARE(m_targets->lastTitle,
             QStringLiteral("Print %1 unprinted slip(s)").arg(DeliveriesTab::MaxBatch));
    QTRY_VERIFY2(message().contains(QStringLiteral("again for the rest")), qPrintable(message()));
    waitForJob();
    for (int i = 0; i < orderIds.size(); ++i)
        QCOMPARE(prints(orderIds.at(i)), i < DeliveriesTab::MaxBatch ? 1 : 0);
    printAll->click();
    QCOMPARE(m_targets->lastTitle, QStringLiteral("Print 2 unprinted slip(s)"));
    waitForJob();
    QCOMPARE(prints(orderIds.last()), 1);
    printAll->click();
    QVERIFY2(message().contains(QStringLiteral("has been printed")), qPrintable(message()));
}

void tst_DeliveriesTab::failedPrintRecordsNothing()
{
    const QString a = placePaid(QStringLiteral("Alice Kim"));
    const QString b = placePaid(QStringLiteral("Bob Lee"));
    makeTab();
    QFile blocker(m_out.filePath(QStringLiteral("printer-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_targets->folderOverride = blocker.fileName(); // the printer cannot open its output
    QSignalSpy failed(m_tab->slipPrinter(), &SlipPrinter::jobFailed);
    child<QPushButton>(QStringLiteral("printAllSlipsButton"))->click();
    QTRY_COMPARE(failed.size(), 1);
    waitIdle();
    QCOMPARE(failed.first().at(0).toStringList(), (QStringList{a, b}));
    QCOMPARE(prints(a), 0);
    QCOMPARE(prints(b), 0);
    QCOMPARE(m_shop->shop->slips.unprintedDeliveries().value(), (QStringList{a, b}));
    QVERIFY2(message().contains(QStringLiteral("not printed")), qPrintable(message()));
    QVERIFY(m_tab->findChild<QMessageBox *>(QStringLiteral("deliveriesErrorDialog")));
    QVERIFY(!m_tab->slipPrinter()->isQueued(a));
}

void tst_DeliveriesTab::refusingPrinterRecordsNothing()
{
    const QString orderId = placePaid(QStringLiteral("Alice Kim"));
    makeTab();
    m_targets->refuses = QStringLiteral("the printer Counter refuses new jobs");
    QVERIFY(m_tab->selectOrder(orderId));
    child<QPushButton>(QStringLiteral("printSlipButton"))->click();
    QTRY_VERIFY2(message().contains(QStringLiteral("refuses new jobs")), qPrintable(message()));
    QVERIFY(message().contains(orderId));
    QCOMPARE(m_tab->slipPrinter()->pendingJobs(), 0);
    QCOMPARE(prints(orderId), 0);
    QVERIFY(!QFileInfo::exists(m_targets->lastPath));
    // Automatic printing meets the same refusal.
    TerminalSettings().setAutoPrintSlips(true);
    const QString paid = placePaid(QStringLiteral("Bob Lee"));
    QTRY_VERIFY2(message().contains(paid), qPrintable(message()));
    QCOMPARE(prints(paid), 0);
}

void tst_DeliveriesTab::autoPrintOnPayment()
{
    makeTab();
    const QString off = placePaid(QStringLiteral("No Auto Print"));
    QTest::qWait(50);
    QCOMPARE(m_tab->slipPrinter()->pendingJobs(), 0);
    QCOMPARE(prints(off), 0);

    TerminalSettings().setAutoPrintSlips(true);
    QSignalSpy finished(m_tab->slipPrinter(), &SlipPrinter::jobFinished);
    const QString on = placePaid(QStringLiteral("김민수"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toStringList(), QStringList{on});
    QCOMPARE(prints(on), 1);
    QCOMPARE(prints(off), 0);
    QCOMPARE(m_targets->dialogs, 0); // the default printer, no dialog
    const QString text = pdfText(m_targets->lastPath);
    QVERIFY2(text.contains(on) && text.contains(QStringLiteral("김민수")), qPrintable(text));
    // Placing an order alone prints nothing.
    place(QStringLiteral("Only Placed"));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void tst_DeliveriesTab::autoPrintWithoutPrinter()
{
    makeTab();
    m_tab->setPrintTargets(std::make_unique<PdfTargets>(m_out.path(), false));
    TerminalSettings().setAutoPrintSlips(true);
    const QString orderId = placePaid(QStringLiteral("Alice Kim"));
    QTRY_VERIFY2(message().contains(QStringLiteral("no printer")), qPrintable(message()));
    QVERIFY(message().contains(orderId));
    QCOMPARE(prints(orderId), 0);
    QCOMPARE(m_shop->shop->slips.unprintedDeliveries().value(), QStringList{orderId});
}

void tst_DeliveriesTab::pageSizeIsRemembered()
{
    const QString orderId = placePaid(QStringLiteral("Roll Customer"));
    makeTab();
    auto *page = child<QComboBox>(QStringLiteral("slipPageSize"));
    QCOMPARE(page->currentData().toString(), QStringLiteral("a5"));
    page->setCurrentIndex(page->findData(QStringLiteral("roll80")));
    QCOMPARE(TerminalSettings().slipPage(), QStringLiteral("roll80"));
    m_tab.reset();
    makeTab();
    page = child<QComboBox>(QStringLiteral("slipPageSize"));
    QCOMPARE(page->currentData().toString(), QStringLiteral("roll80"));
    QCOMPARE(m_tab->slipPage(), SlipPage::Roll80);

    QVERIFY(m_tab->selectOrder(orderId));
    child<QPushButton>(QStringLiteral("printSlipButton"))->click();
    waitForJob();
    QCOMPARE(m_shop->shop->slips.prints(orderId).value().first().page, QStringLiteral("roll80"));
    // The roll is 80 mm wide: 226.8 pt.
    const QString info = runTool(QStringLiteral("pdfinfo"), {m_targets->lastPath});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+22[67](\\.\\d+)? x"))),
             qPrintable(info));
}

void tst_DeliveriesTab::previewPaintsTheSlip()
{
    const QString orderId = placePaid(QStringLiteral("Preview Customer"));
    makeTab();
    QVERIFY(m_tab->selectOrder(orderId));
    child<QPushButton>(QStringLiteral("previewSlipButton"))->click();
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = m_tab->findChild<QPrintPreviewDialog *>(QStringLiteral("slipPreviewDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(orderId));
    const QString shot = qEnvironmentVariable("SHOPDESK_PREVIEW_PNG");
    if (!shot.isEmpty())
        dialog->grab().save(shot);
    dialog->reject();
    // Looking is not printing.
    QCOMPARE(prints(orderId), 0);
}

void tst_DeliveriesTab::printFromPreviewRecordsIt()
{
    const QString orderId = placePaid(QStringLiteral("Preview Printer"));
    makeTab();
    QVERIFY(m_tab->selectOrder(orderId));
    child<QPushButton>(QStringLiteral("previewSlipButton"))->click();
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = m_tab->findChild<QPrintPreviewDialog *>(QStringLiteral("slipPreviewDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    // The preview's own Print button: the system print dialog, where, with no printer
    // installed, the clerk prints to a PDF file.
    QAction *print = nullptr;
    for (QAction *action : dialog->findChildren<QAction *>()) {
        if (action->text().contains(QStringLiteral("Print"), Qt::CaseInsensitive) &&
            !action->text().contains(QStringLiteral("setup"), Qt::CaseInsensitive))
            print = action;
    }
    QVERIFY(print);
    const QString path = m_out.filePath(QStringLiteral("from-preview.pdf"));
    bool asked = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *printDialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
        if (!printDialog)
            return;
        poll.stop();
        if (auto *file = printDialog->findChild<QLineEdit *>(QStringLiteral("filename"))) {
            asked = true;
            file->setText(path);
            printDialog->accept();
        } else {
            printDialog->reject();
        }
    });
    poll.start();
    print->trigger();
    QVERIFY(asked);
    QTRY_COMPARE(prints(orderId), 1);
    QVERIFY2(pdfText(path).contains(orderId), qPrintable(pdfText(path)));
    QVERIFY2(message().contains(orderId), qPrintable(message()));
}

void tst_DeliveriesTab::ctrlDCompletesAfterConfirmation()
{
    const QString orderId = placePaid(QStringLiteral("Keyboard Only"));
    makeTab();
    auto *view = child<QTableView>(QStringLiteral("deliveriesView"));
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 1)).center());
    QCOMPARE(m_tab->selectedOrderId(), orderId);
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QTest::keyClick(box, Qt::Key_Escape); // not now
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_shop->order(orderId).delivery->status(), DeliveryStatus::Started);
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(m_shop->order(orderId).delivery->status(), DeliveryStatus::Completed);
    QCOMPARE(m_tab->model()->index(0, DeliveryTableModel::StatusColumn).data().toString(),
             QStringLiteral("Completed"));
}

void tst_DeliveriesTab::anotherTerminalsDeliveryIsCompletedThere()
{
    TestShop counter(QStringLiteral("T2"));
    counter.product(QStringLiteral("P9"), 4'000, 5, QStringLiteral("한우 불고기"));
    auto placed = counter.shop->orders.placeOrder(
        {QStringLiteral("이민호"), {}, QStringLiteral("부산 해운대구 1")},
        {{QStringLiteral("P9"), 1}});
    QVERIFY(placed.ok());
    const QString theirs = placed->order.orderId();
    QVERIFY(counter.shop->orders.payOrder(theirs, PaymentMethod::Card).ok());
    m_shop->receiveFrom(counter);
    makeTab();
    auto *view = child<QTableView>(QStringLiteral("deliveriesView"));
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 1)).center());
    QCOMPARE(m_tab->selectedOrderId(), theirs);
    auto *complete = child<QPushButton>(QStringLiteral("completeDeliveryButton"));
    const QString why = QStringLiteral("Order %1 was placed at terminal T2: pay, cancel or "
                                       "complete it there.")
                            .arg(theirs);
    QVERIFY(!complete->isEnabled());
    QCOMPARE(complete->toolTip(), why);
    // Ctrl+D does nothing; the action itself says why instead of asking to confirm.
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QTest::qWait(50);
    QVERIFY(!QApplication::activeModalWidget());
    m_tab->completeSelected();
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(message(), why);
    // Its slip can still be printed here.
    QCOMPARE(m_shop->order(theirs).delivery->status(), DeliveryStatus::Started);
    QVERIFY(child<QPushButton>(QStringLiteral("printSlipButton"))->isEnabled());

    // A delivery of this terminal's is completed as ever.
    const QString mine = placePaid(QStringLiteral("Kim"));
    QTRY_COMPARE(m_tab->model()->rowCount(), 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 1)).center());
    QCOMPARE(m_tab->selectedOrderId(), mine);
    QVERIFY(complete->isEnabled());
    QVERIFY(!complete->toolTip().contains(QStringLiteral("terminal T2")));
}

void tst_DeliveriesTab::emptyListSaysWhy()
{
    place(QStringLiteral("Unpaid Person")); // no delivery yet
    makeTab();
    auto *empty = child<QLabel>(QStringLiteral("deliveriesEmptyText"));
    QCOMPARE(m_tab->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("No deliveries yet")),
             qPrintable(empty->text()));

    const QString orderId = placePaid(QStringLiteral("Alice Kim"));
    QTRY_COMPARE(m_tab->model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());

    auto *search = child<QLineEdit>(QStringLiteral("deliverySearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("nobody"));
    QTRY_COMPARE(m_tab->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Nothing matches \"nobody\"")),
             qPrintable(empty->text()));
    search->clear();
    QTRY_COMPARE(m_tab->model()->rowCount(), 1);

    auto *filter = child<QComboBox>(QStringLiteral("deliveryStatusFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("completed")));
    QCOMPARE(m_tab->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Completed")), qPrintable(empty->text()));
    QVERIFY(m_shop->shop->orders.completeDelivery(orderId).ok());
    QTRY_COMPARE(m_tab->model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
}

QTEST_MAIN(tst_DeliveriesTab)
#include "tst_deliveriestab.moc"
