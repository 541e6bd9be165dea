// SlipPrinter over a real shop: refusals queue and record nothing, slips are painted on the
// printer's own thread while the window's event loop keeps turning, and only a job the device
// took is recorded.
#include "slipprinter.h"
#include "testshop.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QPrinter>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

namespace {

// A PDF printer that notes which threads asked it for its metrics, i.e. painted on it.
class ThreadSpyPrinter : public QPrinter
{
public:
    explicit ThreadSpyPrinter(const QString &path)
        : QPrinter(QPrinter::HighResolution)
    {
        setOutputFormat(QPrinter::PdfFormat);
        setOutputFileName(path);
    }
    QSet<QThread *> threads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_threads;
    }

protected:
    int metric(PaintDeviceMetric id) const override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_threads.insert(QThread::currentThread());
        }
        return QPrinter::metric(id);
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QThread *> m_threads;
};

} // namespace

class tst_SlipPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusalsQueueNothing();
    void paintsOnItsOwnThread();
    void manySlipsKeepTheWindowResponsive();
    void exportWritesTheWholeFileOrNone();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void replacingAFileIsSaid();

private:
    QString placePaid(const QString &customer);
    int prints(const QString &orderId) const
    {
        return int(m_shop->shop->slips.prints(orderId).value().size());
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<SlipPrinter> m_printer;
    QTemporaryDir m_out;
};

void tst_SlipPrinter::initTestCase()
{
    QVERIFY(m_out.isValid());
}

void tst_SlipPrinter::init()
{
    m_shop = std::make_unique<TestShop>();
    m_shop->product(QStringLiteral("P1"), 12'000, 10'000, QStringLiteral("유기농 사과 1kg"));
    m_printer = std::make_unique<SlipPrinter>(m_shop->shop->slips);
}

void tst_SlipPrinter::cleanup()
{
    m_printer.reset();
    m_shop.reset();
}

QString tst_SlipPrinter::placePaid(const QString &customer)
{
    auto placed = m_shop->shop->orders.placeOrder(
        {customer, QStringLiteral("010-1234-5678"), QStringLiteral("서울시 중구 세종대로 110")},
        {{QStringLiteral("P1"), 1}});
    if (!placed)
        qFatal("cannot place: %s", qPrintable(placed.error().message));
    auto paid = m_shop->shop->orders.payOrder(placed->order.orderId(), PaymentMethod::Card);
    if (!paid)
        qFatal("cannot pay: %s", qPrintable(paid.error().message));
    return placed->order.orderId();
}

void tst_SlipPrinter::refusalsQueueNothing()
{
    const QString paid = placePaid(QStringLiteral("Alice Kim"));
    auto unpaid = m_shop->shop->orders.placeOrder({QStringLiteral("Bob Lee"), {}, {}},
                                                  {{QStringLiteral("P1"), 1}});
    QVERIFY(unpaid.ok());
    const QString path = m_out.filePath(QStringLiteral("refused.pdf"));
    auto printer = [&] { return std::make_shared<ThreadSpyPrinter>(path); };

    Status queued = m_printer->print({paid, QStringLiteral("T1-999999")}, printer(), SlipPage::A5,
                                     SlipLanguage::English);
    QVERIFY(!queued.ok());
    QCOMPARE(queued.error().code, ErrorCode::NotFound);
    queued = m_printer->print({paid, unpaid->order.orderId()}, printer(), SlipPage::A5,
                              SlipLanguage::English);
    QVERIFY(!queued.ok());
    QCOMPARE(queued.error().code, ErrorCode::InvalidState);
    queued = m_printer->print({paid, paid}, printer(), SlipPage::A5, SlipLanguage::English);
    QCOMPARE(queued.error().code, ErrorCode::InvalidState);
    QVERIFY(!m_printer->print({}, printer(), SlipPage::A5, SlipLanguage::English).ok());
    QVERIFY(!m_printer->print({paid}, nullptr, SlipPage::A5, SlipLanguage::English).ok());
    QCOMPARE(m_printer->pendingJobs(), 0);
    QVERIFY(!m_printer->isQueued(paid));

    // A slip already on its way is not queued a second time.
    QVERIFY(m_printer->print({paid}, printer(), SlipPage::A5, SlipLanguage::English).ok());
    queued = m_printer->print({paid}, printer(), SlipPage::A5, SlipLanguage::English);
    QCOMPARE(queued.error().code, ErrorCode::InvalidState);
    QTRY_COMPARE(m_printer->pendingJobs(), 0);
    QCOMPARE(prints(paid), 1);
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("never.pdf"))));
}

void tst_SlipPrinter::paintsOnItsOwnThread()
{
    const QString orderId = placePaid(QStringLiteral("김민수"));
    auto printer = std::make_shared<ThreadSpyPrinter>(m_out.filePath(QStringLiteral("thread.pdf")));
    QSignalSpy finished(m_printer.get(), &SlipPrinter::jobFinished);
    QSignalSpy idle(m_printer.get(), &SlipPrinter::idle);
    QVERIFY(m_printer->print({orderId}, printer, SlipPage::A4, SlipLanguage::Korean).ok());
    QCOMPARE(m_printer->pendingJobs(), 1);
    QCOMPARE(prints(orderId), 0); // nothing recorded before the device took the slip
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(idle.size(), 1);
    QCOMPARE(finished.first().at(0).toStringList(), QStringList{orderId});
    QCOMPARE(prints(orderId), 1);
    const SlipPrint print = m_shop->shop->slips.prints(orderId).value().first();
    QCOMPARE(print.page, QStringLiteral("a4"));
    QCOMPARE(print.language, QStringLiteral("ko"));
    const QSet<QThread *> threads = printer->threads();
    QVERIFY(!threads.isEmpty());
    QVERIFY2(!threads.contains(QThread::currentThread()), "the window's thread painted the slip");
}

void tst_SlipPrinter::manySlipsKeepTheWindowResponsive()
{
    constexpr int Slips = 100;
    QStringList orderIds;
    for (int i = 0; i < Slips; ++i)
        orderIds << placePaid(QStringLiteral("Customer %1").arg(i));
    const QString path = m_out.filePath(QStringLiteral("hundred.pdf"));
    auto printer = std::make_shared<ThreadSpyPrinter>(path);

    // The window's event loop: how long it waits between two turns while the job prints.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = std::max(longestGap, sinceTick.restart()); });

    QElapsedTimer queueTime;
    queueTime.start();
    QVERIFY(m_printer->print(orderIds, printer, SlipPage::A5, SlipLanguage::English).ok());
    const qint64 queueMs = queueTime.elapsed();
    QElapsedTimer jobTime;
    jobTime.start();
    sinceTick.start();
    ticker.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->pendingJobs(), 0, 60000);
    ticker.stop();
    qInfo("%d slips: read and queued on the window thread in %lld ms, painted and recorded in "
          "%lld ms more; longest pause of the window's event loop meanwhile %lld ms",
          Slips, queueMs, jobTime.elapsed(), longestGap);
    for (const QString &orderId : std::as_const(orderIds))
        QCOMPARE(prints(orderId), 1);
    QCOMPARE(m_shop->shop->slips.unprintedDeliveries().value(), QStringList());
}

void tst_SlipPrinter::exportWritesTheWholeFileOrNone()
{
    const QString orderId = placePaid(QStringLiteral("Alice Kim"));
    QSignalSpy failed(m_printer.get(), &SlipPrinter::jobFailed);
    const QString folderAsFile = m_out.filePath(QStringLiteral("file"));
    QFile blocker(folderAsFile);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(m_printer
                ->exportPdf(orderId, folderAsFile + QStringLiteral("/x.pdf"), SlipPage::A5,
                            SlipLanguage::English)
                .ok());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(2).toString().contains(QStringLiteral("cannot write the slip")));
    QCOMPARE(prints(orderId), 0);

    const QString good = m_out.filePath(QStringLiteral("good.pdf"));
    QSignalSpy finished(m_printer.get(), &SlipPrinter::jobFinished);
    QVERIFY(m_printer->exportPdf(orderId, good, SlipPage::Roll80, SlipLanguage::English).ok());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), QFileInfo(good).absoluteFilePath());
    QVERIFY(QFileInfo(good).size() > 1000);
    QCOMPARE(prints(orderId), 1);
}

void tst_SlipPrinter::specialFilesAreRefused_data()
{
    QTest::addColumn<bool>("throughPrinter"); // the print dialog's PDF printer, or Export
    QTest::addColumn<QString>("kind");
    QTest::newRow("export to a FIFO") << false << "fifo";
    QTest::newRow("export to a character device") << false << "chardev";
    QTest::newRow("export to a symlink") << false << "symlink";
    QTest::newRow("print to a FIFO") << true << "fifo";
    QTest::newRow("print to a character device") << true << "chardev";
}

void tst_SlipPrinter::specialFilesAreRefused()
{
    QFETCH(bool, throughPrinter);
    QFETCH(QString, kind);
    const QString orderId = placePaid(QStringLiteral("Alice Kim"));
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("slip.pdf"));
    const QByteArray name = QFile::encodeName(target);
    mode_t type = 0;
    if (kind == QLatin1StringView("fifo")) {
        QVERIFY(::mkfifo(name.constData(), 0644) == 0);
        type = S_IFIFO;
    } else if (kind == QLatin1StringView("chardev")) {
        // The null device's numbers, made in a temporary folder: never /dev itself.
        if (::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("mknod is not permitted here (not root, or no CAP_MKNOD)");
        type = S_IFCHR;
    } else {
        QVERIFY(QFile::link(out.filePath(QStringLiteral("elsewhere.pdf")), target));
        type = S_IFLNK;
    }
    QSignalSpy failed(m_printer.get(), &SlipPrinter::jobFailed);
    const Status queued =
        throughPrinter ? m_printer->print({orderId}, std::make_shared<ThreadSpyPrinter>(target),
                                          SlipPage::A5, SlipLanguage::English)
                       : m_printer->exportPdf(orderId, target, SlipPage::A5, SlipLanguage::English);
    QVERIFY(queued.ok());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(2).toString().contains(QStringLiteral("not a regular file")),
             qPrintable(failed.first().at(2).toString()));
    QCOMPARE(prints(orderId), 0);
    struct stat info;
    QVERIFY(::lstat(name.constData(), &info) == 0);
    QCOMPARE(info.st_mode & S_IFMT, type);
    QCOMPARE(QDir(out.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System),
             QStringList{QStringLiteral("slip.pdf")});
}

void tst_SlipPrinter::replacingAFileIsSaid()
{
    const QString orderId = placePaid(QStringLiteral("Alice Kim"));
    const QString target = m_out.filePath(QStringLiteral("replaced.pdf"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QSignalSpy finished(m_printer.get(), &SlipPrinter::jobFinished);
    QVERIFY(m_printer->exportPdf(orderId, target, SlipPage::A5, SlipLanguage::English).ok());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(2).toBool(), true);
    QVERIFY(QFileInfo(target).size() > 1000);
    QCOMPARE(prints(orderId), 1);

    // Through the print dialog's PDF printer as well; a new file replaces nothing.
    const QString fresh = m_out.filePath(QStringLiteral("fresh.pdf"));
    QVERIFY(m_printer
                ->print({orderId}, std::make_shared<ThreadSpyPrinter>(fresh), SlipPage::A5,
                        SlipLanguage::English)
                .ok());
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(2).toBool(), false);
    QCOMPARE(finished.at(1).at(1).toString(), fresh);
    QVERIFY(QFileInfo(fresh).size() > 1000);
    QCOMPARE(prints(orderId), 2);
    QVERIFY(m_printer
                ->print({orderId}, std::make_shared<ThreadSpyPrinter>(fresh), SlipPage::A5,
                        SlipLanguage::English)
                .ok());
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(finished.at(2).at(2).toBool(), true);
}

QTEST_MAIN(tst_SlipPrinter)
#include "tst_slipprinter.moc"
