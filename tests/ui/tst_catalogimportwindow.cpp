// Inventory > Import and Export in the window (issue 16), offscreen on a real shop: a Korean
// Excel file (CP949) is previewed on a worker thread with its bad line named in the window's
// language, imported only once the bad line is skipped, and the lists show the new products;
// a cancelled import writes nothing; the export is the CLI's CSV; a clerk may not import.
#include "catalogcsv.h"
#include "catalogimportdialog.h"
#include "inventorytab.h"
#include "mainwindow.h"
#include "terminalsettings.h"
#include "testshop.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_CatalogImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewThenImportSkippingTheBadLine();
    void aCancelledImportWritesNothing();
    void exportWritesTheCatalog();
    void aClerkMayNotImport();
    void previewInKorean();

private:
    InventoryTab *tab() const { return m_window->findChild<InventoryTab *>(); }
    QString koreanFile(int extra = 0) const
    {
        QString text = QStringLiteral("상품코드,상품명,판매가,바코드,재고\r\n"
                                      "K1,신라면 멀티팩,\"4,500\",8801043014809,20\r\n"
                                      "K2,햇반 210g,1500,,12\r\n"
                                      "K3,제주 삼다수 2L,abc,,5\r\n"
                                      "K4,바나나우유,1400,,0\r\n");
        for (int i = 0; i < extra; ++i)
            text += QStringLiteral("X%1,추가 상품 %1,100,,1\r\n").arg(i);
        const QString path = m_dir.filePath(QStringLiteral("catalog-%1.csv").arg(extra));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QStringEncoder cp949("CP949");
        file.write(cp949.encode(text));
        return path;
    }
    CatalogImportDialog *openImport(const QString &path)
    {
        tab()->importFile(path);
        auto *dialog = qobject_cast<CatalogImportDialog *>(tab()->openDialog());
        // The preview has come when the dialog shows it (or why there is none).
        if (dialog && !QTest::qWaitFor(
                          [&] {
                              return !dialog->isBusy() &&
                                     (dialog->preview() || !dialog->message().isEmpty());
                          },
                          30'000))
            return nullptr;
        return dialog;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<MainWindow> m_window;
};

void tst_CatalogImportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void tst_CatalogImportWindow::init()
{
    QSettings().clear();
    TerminalSettings().setLanguage(QStringLiteral("en"));
    m_shop = std::make_unique<TestShop>();
    m_shop->staff(QStringLiteral("Boss"), QStringLiteral("1234"),
                  {{QStringLiteral("Kim"), QStringLiteral("5678")}});
    m_shop->product(QStringLiteral("P1"), 1'000, 5, QStringLiteral("사과"));
    m_window = std::make_unique<MainWindow>(*m_shop->shop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(tab());
}

void tst_CatalogImportWindow::cleanup()
{
    m_window.reset();
    m_shop.reset();
}

void tst_CatalogImportWindow::previewThenImportSkippingTheBadLine()
{
    const qint64 events = m_shop->eventCount();
    QPointer<CatalogImportDialog> dialog = openImport(koreanFile());
    QVERIFY(dialog);
    QVERIFY2(dialog->preview().has_value(), qPrintable(dialog->message()));
    QCOMPARE(dialog->preview()->encoding, TextEncoding::Cp949);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("5 lines, CP949, comma-separated")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("New: 3   Changed: 0   Unchanged: 0   Bad: 1")),
             qPrintable(summary));
    auto *bad = dialog->findChild<QTableWidget *>(QStringLiteral("importBadLines"));
    QVERIFY(bad->isVisible());
    QCOMPARE(bad->rowCount(), 1);
    QCOMPARE(bad->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(bad->item(0, 1)->text(), QStringLiteral("K3"));
    QCOMPARE(bad->item(0, 2)->text(), QStringLiteral("The price \"abc\" is not a whole number."));
    auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!import->isEnabled());
    QCOMPARE(m_shop->eventCount(), events); // the preview wrote nothing

    dialog->findChild<QCheckBox *>(QStringLiteral("importSkipBad"))->setChecked(true);
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000); // closed and deleted once written
    QCOMPARE(tab()->message(),
             QStringLiteral("Imported 3 new and 0 changed products from catalog-0.csv. Skipped 1 "
                            "bad lines."));
    QCOMPARE(m_shop->shop->inventory.products().value().size(), 4);
    QCOMPARE(m_shop->stock(QStringLiteral("K1")).onHand, 20);
    QCOMPARE(m_shop->shop->inventory.product(QStringLiteral("K1"))->price, 4500);
    QVERIFY(!m_shop->shop->inventory.product(QStringLiteral("K3")).ok());
    // The list shows them at once (the import wrote on its own connection).
    QVERIFY(tab()->selectProduct(QStringLiteral("K2")));
    QCOMPARE(tab()->selectedProductId(), QStringLiteral("K2"));
    QCOMPARE(m_shop->eventCount(), events + 5); // 3 registered, 2 with starting stock
}

void tst_CatalogImportWindow::aCancelledImportWritesNothing()
{
    QPointer<CatalogImportDialog> dialog = openImport(koreanFile(20'000));
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(QStringLiteral("importSkipBad"))->setChecked(true);
    const qint64 events = m_shop->eventCount();
    dialog->startImport();
    QVERIFY(dialog->isBusy());
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("importCancel"));
    QCOMPARE(stop->text(), QStringLiteral("S&top"));
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->message(),
                              QStringLiteral("The import was cancelled; nothing was changed."),
                              30'000);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible()); // stopping does not close it
    QCOMPARE(m_shop->eventCount(), events);
    QCOMPARE(m_shop->shop->inventory.products().value().size(), 1);
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void tst_CatalogImportWindow::exportWritesTheCatalog()
{
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(tab()->exportTo(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), catalogCsv(m_shop->shop->inventory.products().value(),
                                        m_shop->shop->inventory.stock().value()));
    QVERIFY2(tab()->message().startsWith(QStringLiteral("Exported 1 products to ")),
             qPrintable(tab()->message()));
    // A folder is refused, and said so.
    QVERIFY(!tab()->exportTo(m_dir.path()).ok());
}

void tst_CatalogImportWindow::aClerkMayNotImport()
{
    QVERIFY(m_shop->shop->users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    tab()->updateActions();
    auto *import = tab()->findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    QVERIFY(tab()->findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    tab()->importCatalog();
    QCOMPARE(tab()->message(), QStringLiteral("Only a manager may import products."));
    QVERIFY(!tab()->openDialog());
}

void tst_CatalogImportWindow::previewInKorean()
{
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/shopdesk_ko.qm")));
    QVERIFY(QCoreApplication::installTranslator(&korean));
    QPointer<CatalogImportDialog> dialog = openImport(koreanFile());
    QVERIFY(dialog);
    auto *bad = dialog->findChild<QTableWidget *>(QStringLiteral("importBadLines"));
    QCOMPARE(bad->rowCount(), 1);
    const QString why = bad->item(0, 2)->text();
    QVERIFY2(why.contains(QStringLiteral("abc")) && why.contains(QStringLiteral("가격")),
             qPrintable(why));
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("신규")), qPrintable(summary));
    QVERIFY(dialog->grab().save(QStringLiteral("/tmp/catalog-import-ko.png")));
    QCoreApplication::removeTranslator(&korean);
    dialog->reject();
}

QTEST_MAIN(tst_CatalogImportWindow)
#include "tst_catalogimportwindow.moc"
