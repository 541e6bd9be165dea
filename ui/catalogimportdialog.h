#pragma once

#include "catalogimport.h"
#include "result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ShopDesk {

class InventoryService;

// Inventory > Import (issue 16, a manager): the file read as it was chosen, then a preview of
// what an import would do (new, changed and unchanged products, and each bad line with its
// line number and why, in the window's language) before anything is written. The encoding
// is detected and can be chosen. Import writes the good lines when none is bad or the
// manager chose to skip the bad ones; both the preview and the import run on a worker
// thread on a connection of their own, with a progress bar and Cancel (a cancelled import
// writes nothing), so the window goes on painting and the counter's other terminals on
// selling.
class CatalogImportDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogImportDialog(InventoryService &inventory, const QString &fileName, QByteArray bytes,
                        QWidget *parent = nullptr);
    ~CatalogImportDialog() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    // The last preview, once one has come.
    const std::optional<ImportPreview> &preview() const { return m_preview; }
    // The message the dialog shows (a refusal, a failure), empty when none.
    QString message() const;

    // A bad line in the window's language.
    static QString badLineText(const BadImportLine &bad);

public slots:
    void startPreview();
    void startImport();
    void reject() override;

signals:
    // The import is written; the message says what it did.
    void imported(const QString &message);

private:
    void runJob(bool dryRun);
    void finished();
    void showPreview(const ImportPreview &preview);
    void updateButtons();
    // Says how many lines are bad until the manager chooses to skip them.
    void showBadLinesHint();
    void showMessage(const QString &text);
    QString errorText(const Error &error) const;

    InventoryService &m_inventory;
    QString m_fileName;
    QByteArray m_bytes;
    std::optional<ImportPreview> m_preview;
    bool m_dryRun = true;
    std::shared_ptr<std::atomic_bool> m_stop;
    QFutureWatcher<Result<ImportPreview>> m_watcher;
    QComboBox *m_encoding = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_bad = nullptr;
    QCheckBox *m_skip = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace ShopDesk
