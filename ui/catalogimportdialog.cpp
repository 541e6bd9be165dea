#include "catalogimportdialog.h"

#include "displaytext.h"
#include "errortext.h"
#include "inventoryservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ShopDesk {

namespace {

// The column a bad line names, as the window calls it.
QString columnName(const QString &column)
{
    if (column == QLatin1StringView("price"))
        return CatalogImportDialog::tr("price");
    if (column == QLatin1StringView("threshold"))
        return CatalogImportDialog::tr("low-stock threshold");
    if (column == QLatin1StringView("stock"))
        return CatalogImportDialog::tr("stock");
    return column;
}

} // namespace

CatalogImportDialog::CatalogImportDialog(InventoryService &inventory, const QString &fileName,
                                         QByteArray bytes, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_fileName(fileName)
    , m_bytes(std::move(bytes))
{
    setObjectName(QStringLiteral("catalogImportDialog"));
    setWindowTitle(tr("Import products"));

    auto *file = new QLabel(QFileInfo(fileName).fileName(), this);
    file->setObjectName(QStringLiteral("importFile"));
    file->setToolTip(fileName);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("CP949 (EUC-KR, Korean Excel)"), int(TextEncoding::Cp949));
    m_encoding->addItem(tr("UTF-16 (Excel Unicode text)"), int(TextEncoding::Utf16));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CatalogImportDialog::startPreview);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), file);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_bad = new QTableWidget(0, 3, this);
    m_bad->setObjectName(QStringLiteral("importBadLines"));
    m_bad->setAccessibleName(tr("Bad lines"));
    m_bad->setHorizontalHeaderLabels({tr("Line"), tr("Product"), tr("Why")});
    m_bad->verticalHeader()->hide();
    m_bad->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bad->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bad->horizontalHeader()->setStretchLastSection(true);
    m_bad->setColumnWidth(0, 60);
    m_bad->setColumnWidth(1, 110);
    m_bad->hide();
    m_skip = new QCheckBox(tr("&Skip the bad lines and import the others"), this);
    m_skip->setObjectName(QStringLiteral("importSkipBad"));
    m_skip->hide();
    connect(m_skip, &QCheckBox::toggled, this, [this] {
        showBadLinesHint();
        updateButtons();
    });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #9c0006;"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("importCancel"));
    connect(m_import, &QPushButton::clicked, this, &CatalogImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &CatalogImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_bad, 1);
    layout->addWidget(m_skip);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CatalogImportDialog::finished);
    startPreview();
}

CatalogImportDialog::~CatalogImportDialog()
{
    if (m_stop)
        m_stop->store(true);
    m_watcher.waitForFinished();
}

QString CatalogImportDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CatalogImportDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CatalogImportDialog::badLineText(const BadImportLine &bad)
{
    const QStringList &a = bad.args;
    const QString kind = bad.kind;
    if (kind == QLatin1StringView("unclosedQuote"))
        return tr("A quoted cell that starts here is never closed.");
    if (kind == QLatin1StringView("missingCells") && a.size() == 3)
        return tr("%1 cells where the header has %2: %3 missing.").arg(a[0], a[1], a[2]);
    if (kind == QLatin1StringView("extraCells") && a.size() == 2)
        return tr("%1 cells where the header has %2.").arg(a[0], a[1]);
    if (kind == QLatin1StringView("duplicateId") && a.size() == 1)
        return tr("The same product id is on line %1.").arg(a[0]);
    if (kind == QLatin1StringView("duplicateBarcode") && a.size() == 2)
        return tr("Barcode %1 is on line %2 too.").arg(a[0], a[1]);
    if (kind == QLatin1StringView("notANumber") && a.size() == 2)
        return tr("The %1 \"%2\" is not a whole number.").arg(columnName(a[0]), a[1]);
    if (kind == QLatin1StringView("negative") && a.size() == 2)
        return tr("The %1 %2 is below zero.").arg(columnName(a[0]), a[1]);
    if (kind == QLatin1StringView("tooMuchStock") && a.size() == 2)
        return tr("The stock %1 is more than %2.").arg(a[0], a[1]);
    if (kind == QLatin1StringView("emptyId"))
        return tr("The product id is empty.");
    if (kind == QLatin1StringView("badTax") && a.size() == 1)
        return tr("Tax \"%1\" is neither taxable (과세) nor exempt (면세).").arg(a[0]);
    if (kind == QLatin1StringView("barcodeTaken") && a.size() == 2)
        return tr("Barcode %1 already belongs to product %2.").arg(a[0], a[1]);
    if (kind == QLatin1StringView("needsName"))
        return tr("A new product needs a name.");
    if (kind == QLatin1StringView("needsPrice"))
        return tr("A new product needs a price.");
    return tr("Not accepted: %1.").arg(bad.reason);
}

QString CatalogImportDialog::errorText(const Error &error) const
{
    const QString reason = error.details.value(QStringLiteral("reason")).toString();
    if (reason == QLatin1StringView("encoding"))
        return tr("The file is not text in the encoding chosen. Choose its encoding above, or "
                  "save it from the spreadsheet as CSV.");
    if (reason == QLatin1StringView("noIdColumn"))
        return tr("The first row names no product id column: name one productId or 상품코드 "
                  "(the columns are productId, productName, price, barcode, threshold, tax and "
                  "stock, or 상품코드, 상품명, 판매가, 바코드, 안전재고, 과세구분 and 재고).");
    if (reason == QLatin1StringView("cancelled"))
        return tr("The import was cancelled; nothing was changed.");
    if (error.code == ErrorCode::InvalidInput &&
        !error.details.contains(QStringLiteral("badLines")))
        return tr("The file cannot be imported: %1.").arg(error.message);
    return ErrorText::text(error, ErrorText::Context::SavingProduct);
}

void CatalogImportDialog::runJob(bool dryRun)
{
    if (isBusy())
        return;
    m_dryRun = dryRun;
    const auto encoding = TextEncoding(m_encoding->currentData().toInt());
    const Result<InventoryService::ImportJob> job =
        m_inventory.importJob(m_bytes, encoding, m_skip->isChecked(), dryRun);
    if (!job) {
        showMessage(errorText(job.error()));
        return;
    }
    showMessage({});
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progress->setFormat(dryRun ? tr("Checking… %p%") : tr("Importing… %p%"));
    m_progress->show();
    m_encoding->setEnabled(false);
    updateButtons();
    QPointer<QProgressBar> bar = m_progress;
    ImportProgress progress = [bar, stop = m_stop](ImportStage stage, qint64 done, qint64 total) {
        // Checking is the first half of an import, writing the second.
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        QMetaObject::invokeMethod(
            bar,
            [bar, stage, percent] {
                if (bar) {
                    bar->setValue(percent);
                    if (stage == ImportStage::Writing)
                        bar->setFormat(CatalogImportDialog::tr("Writing… %p%"));
                }
            },
            Qt::QueuedConnection);
        return !stop->load();
    };
    m_watcher.setFuture(QtConcurrent::run([run = *job, progress] { return run(progress); }));
    updateButtons();
}

void CatalogImportDialog::startPreview()
{
    runJob(true);
}

void CatalogImportDialog::startImport()
{
    if (!m_preview || (!m_preview->bad.isEmpty() && !m_skip->isChecked()))
        return;
    runJob(false);
}

void CatalogImportDialog::reject()
{
    if (isBusy()) {
        m_stop->store(true);
        return; // finished() closes nothing: the manager sees that it stopped
    }
    QDialog::reject();
}

void CatalogImportDialog::finished()
{
    const Result<ImportPreview> outcome = m_watcher.result();
    m_progress->hide();
    m_encoding->setEnabled(true);
    if (!outcome) {
        if (m_dryRun)
            m_preview.reset();
        m_summary->clear();
        m_bad->hide();
        m_skip->hide();
        showMessage(errorText(outcome.error()));
        updateButtons();
        return;
    }
    if (m_dryRun) {
        showPreview(*outcome);
        updateButtons();
        return;
    }
    QString text = tr("Imported %1 new and %2 changed products from %3.")
                       .arg(DisplayText::count(outcome->added),
                            DisplayText::count(outcome->changed), QFileInfo(m_fileName).fileName());
    if (!outcome->bad.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped %1 bad lines.").arg(outcome->bad.size());
    emit imported(text);
    accept();
}

void CatalogImportDialog::showPreview(const ImportPreview &preview)
{
    m_preview = preview;
    const QString delimiter = preview.delimiter == u'\t'  ? tr("tab-separated")
                              : preview.delimiter == u';' ? tr("semicolon-separated")
                                                          : tr("comma-separated");
    const QString encoding = preview.encoding == TextEncoding::Cp949   ? tr("CP949")
                             : preview.encoding == TextEncoding::Utf16 ? tr("UTF-16")
                                                                       : tr("UTF-8");
    QStringList lines;
    lines << tr("%1 lines, %2, %3.").arg(DisplayText::count(preview.lines), encoding, delimiter);
    lines << tr("New: %1   Changed: %2   Unchanged: %3   Bad: %4")
                 .arg(DisplayText::count(preview.added), DisplayText::count(preview.changed),
                      DisplayText::count(preview.unchanged),
                      DisplayText::count(preview.bad.size()));
    if (preview.startingStock > 0)
        lines << tr("The new products start with %1 units in stock.")
                     .arg(DisplayText::count(preview.startingStock));
    if (preview.stockIgnored > 0)
        lines << tr("The stock in the file differs for %1 products the shop has: an import "
                    "leaves their stock as it is (record a stock-take for them).")
                     .arg(DisplayText::count(preview.stockIgnored));
    if (!preview.ignoredColumns.isEmpty())
        lines << tr("Columns not imported: %1.")
                     .arg(preview.ignoredColumns.join(QStringLiteral(", ")));
    if (preview.added + preview.changed == 0 && preview.bad.isEmpty())
        lines << tr("Nothing to import: the shop has every product as the file has it.");
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_bad->setRowCount(0);
    constexpr int MaxShown = 1000;
    const qsizetype shown = std::min<qsizetype>(preview.bad.size(), MaxShown);
    m_bad->setRowCount(int(shown));
    for (int row = 0; row < shown; ++row) {
        const BadImportLine &bad = preview.bad.at(row);
        auto *line = new QTableWidgetItem(DisplayText::count(bad.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_bad->setItem(row, 0, line);
        m_bad->setItem(row, 1, new QTableWidgetItem(bad.productId));
        auto *why = new QTableWidgetItem(badLineText(bad));
        why->setToolTip(bad.reason);
        m_bad->setItem(row, 2, why);
    }
    m_bad->setVisible(!preview.bad.isEmpty());
    m_skip->setVisible(!preview.bad.isEmpty());
    showBadLinesHint();
}

void CatalogImportDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool something = m_preview && m_preview->added + m_preview->changed > 0;
    const bool allowed = m_preview && (m_preview->bad.isEmpty() || m_skip->isChecked());
    m_import->setEnabled(!busy && something && allowed);
    m_close->setText(busy ? tr("S&top") : tr("Close"));
}

void CatalogImportDialog::showBadLinesHint()
{
    if (m_preview && !m_preview->bad.isEmpty())
        showMessage(m_skip->isChecked()
                        ? QString()
                        : tr("%n bad line(s): mend them in the file and choose it again, or skip "
                             "them.",
                             nullptr, int(m_preview->bad.size())));
}

} // namespace ShopDesk
