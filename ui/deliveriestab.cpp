#include "deliveriestab.h"

#include "deliverytablemodel.h"
#include "displaytext.h"
#include "errortext.h"
#include "listwidgets.h"
#include "printtargets.h"
#include "shopservices.h"
#include "slipprinter.h"
#include "terminalsettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {

// The ids of a job for a message line: a few, then how many more.
QString idList(const QStringList &ids)
{
    constexpr int Shown = 5;
    if (ids.size() <= Shown)
        return ids.join(QStringLiteral(", "));
    return DeliveriesTab::tr("%1 and %n more", nullptr, int(ids.size() - Shown))
        .arg(ids.first(Shown).join(QStringLiteral(", ")));
}

} // namespace

DeliveriesTab::DeliveriesTab(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
    , m_targets(std::make_unique<PrintTargets>())
{
    m_deliveries = new DeliveryTableModel(shop.orders, shop.bus, this);
    m_printer = new SlipPrinter(shop.slips, this);

    QStringList codes;
    for (DeliveryStatus status :
         {DeliveryStatus::Started, DeliveryStatus::Completed, DeliveryStatus::Cancelled})
        codes << toText(status);
    m_statusFilter = ListWidgets::createStatusFilter(QStringLiteral("deliveryStatusFilter"),
                                                     tr("Delivery status filter"), codes,
                                                     &DisplayText::deliveryStatus, this);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_deliveries->setStatusFilter(m_statusFilter->currentData().toString()); });
    m_search = ListWidgets::createSearch(
        QStringLiteral("deliverySearch"), tr("Search deliveries"),
        [this](const QString &text) { m_deliveries->setSearch(text); }, this);
    m_search->setPlaceholderText(tr("Order id or customer; scan a slip's QR code and Enter"));
    connect(m_search, &QLineEdit::returnPressed, this, &DeliveriesTab::scan);

    m_view = ListWidgets::createView(QStringLiteral("deliveriesView"), tr("Deliveries"), this);
    m_view->setModel(m_deliveries);
    m_view->setColumnWidth(DeliveryTableModel::DeliveryIdColumn, 130);
    m_view->setColumnWidth(DeliveryTableModel::OrderIdColumn, 130);
    m_view->setColumnWidth(DeliveryTableModel::AddressColumn, 360);
    m_emptyText = ListWidgets::createEmptyText(m_view, QStringLiteral("deliveriesEmptyText"));

    m_complete = ListWidgets::actionButton(
        tr("Complete delivery"), QStringLiteral("completeDeliveryButton"),
        QKeySequence(Qt::CTRL | Qt::Key_D), this, QStringLiteral("complete"));
    // Enter completes once a scan has put the focus here (after a confirmation).
    m_complete->setAutoDefault(true);
    m_complete->installEventFilter(this);
    m_completeToolTip = m_complete->toolTip();
    connect(m_complete, &QPushButton::clicked, this, &DeliveriesTab::completeSelected);

    m_page = new QComboBox(this);
    m_page->setObjectName(QStringLiteral("slipPageSize"));
    m_page->setAccessibleName(tr("Slip page size"));
    m_page->addItem(tr("A4"), SlipLayout::pageName(SlipPage::A4));
    m_page->addItem(tr("A5"), SlipLayout::pageName(SlipPage::A5));
    m_page->addItem(tr("80 mm roll"), SlipLayout::pageName(SlipPage::Roll80));
    m_page->setCurrentIndex(std::max(0, m_page->findData(TerminalSettings().slipPage())));
    connect(m_page, &QComboBox::currentIndexChanged, this,
            [this] { TerminalSettings().setSlipPage(m_page->currentData().toString()); });
    auto *pageLabel = new QLabel(tr("Slip &page:"), this);
    pageLabel->setBuddy(m_page);

    m_print = ListWidgets::actionButton(tr("Print slip…"), QStringLiteral("printSlipButton"),
                                        QKeySequence(Qt::CTRL | Qt::Key_P), this,
                                        QStringLiteral("print"));
    connect(m_print, &QPushButton::clicked, this, &DeliveriesTab::printSelected);
    m_preview = ListWidgets::actionButton(tr("Preview…"), QStringLiteral("previewSlipButton"),
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                                          QStringLiteral("preview"));
    connect(m_preview, &QPushButton::clicked, this, &DeliveriesTab::previewSelected);
    m_export =
        ListWidgets::actionButton(tr("Export PDF…"), QStringLiteral("exportSlipButton"),
                                  QKeySequence(Qt::CTRL | Qt::Key_E), this, QStringLiteral("pdf"));
    connect(m_export, &QPushButton::clicked, this, &DeliveriesTab::exportSelected);
    m_printAll = ListWidgets::actionButton(
        tr("Print all unprinted…"), QStringLiteral("printAllSlipsButton"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, QStringLiteral("print"));
    connect(m_printAll, &QPushButton::clicked, this, &DeliveriesTab::printAllUnprinted);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
    m_message->setAccessibleName(tr("Deliveries message"));
    m_message->setWordWrap(true);
    // Room for two lines from the start, so that the list does not jump when a message comes.
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_complete);
    actions->addStretch(1);
    actions->addWidget(pageLabel);
    actions->addWidget(m_page);
    actions->addWidget(m_print);
    actions->addWidget(m_preview);
    actions->addWidget(m_export);
    actions->addWidget(m_printAll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ListWidgets::filterBar(m_statusFilter, m_search));
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    setTabOrder(m_statusFilter, m_search);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_complete);
    setTabOrder(m_complete, m_page);
    setTabOrder(m_page, m_print);
    setTabOrder(m_print, m_preview);
    setTabOrder(m_preview, m_export);
    setTabOrder(m_export, m_printAll);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesTab::updateActions);
    connect(m_deliveries, &QAbstractItemModel::dataChanged, this, &DeliveriesTab::updateActions);
    // A reload (a search, another process's commit) keeps the delivery that was selected, so
    // that a scan's selection is not lost to the search its own typing started.
    connect(m_deliveries, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptOrderId = selectedOrderId(); });
    connect(m_deliveries, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_deliveries->rowOf(m_keptOrderId); row >= 0)
            m_view->selectRow(row);
        m_keptOrderId.clear();
        updateEmptyText();
        updateActions();
    });
    connect(m_deliveries, &QAbstractItemModel::rowsRemoved, this, &DeliveriesTab::updateActions);
    connect(m_deliveries, &OrderViewTableModel::loadFailed, this, [this](const QString &message) {
        showError(tr("The deliveries could not be read: %1").arg(message));
    });

    connect(m_printer, &SlipPrinter::jobFinished, this,
            [this](const QStringList &orderIds, const QString &target, bool replaced) {
                QString text = tr("Printed %n slip(s) to %1: %2", nullptr, int(orderIds.size()))
                                   .arg(target, idList(orderIds));
                if (replaced)
                    text += QLatin1Char('\n') + tr("It replaced the existing file %1.").arg(target);
                showMessage(text);
            });
    connect(m_printer, &SlipPrinter::jobFailed, this,
            [this](const QStringList &orderIds, const QString &target, const QString &message) {
                showError(tr("%n slip(s) not printed to %1 (%2); they stay marked as not "
                             "printed.\n%3",
                             nullptr, int(orderIds.size()))
                              .arg(target, idList(orderIds), message));
            });
    // Queued: the payment that started the delivery finishes its own work first.
    connect(&shop.bus, &EventBus::eventCommitted, this, &DeliveriesTab::onEvent,
            Qt::QueuedConnection);
    updateEmptyText();
    updateActions();
}

DeliveriesTab::~DeliveriesTab() = default;

void DeliveriesTab::setPrintTargets(std::unique_ptr<PrintTargets> targets)
{
    m_targets = std::move(targets);
}

QString DeliveriesTab::selectedOrderId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(OrderViewTableModel::OrderIdRole).toString();
}

SlipPage DeliveriesTab::slipPage() const
{
    return SlipLayout::pageFromName(m_page->currentData().toString()).value_or(SlipPage::A5);
}

SlipLanguage DeliveriesTab::slipLanguage() const
{
    return PrintTargets::windowLanguage();
}

bool DeliveriesTab::selectOrder(const QString &orderId)
{
    int row = m_deliveries->rowOf(orderId);
    if (row < 0) {
        // Not in the loaded rows: narrow the list to the order, over every status if needed.
        m_search->setText(orderId);
        m_deliveries->setSearch(orderId);
        row = m_deliveries->rowOf(orderId);
        if (row < 0 && m_statusFilter->currentIndex() != 0) {
            m_statusFilter->setCurrentIndex(0);
            row = m_deliveries->rowOf(orderId);
        }
        while (row < 0 && m_deliveries->canFetchMore({})) {
            m_deliveries->fetchMore({});
            row = m_deliveries->rowOf(orderId);
        }
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_deliveries->index(row, 0));
    updateActions();
    return true;
}

void DeliveriesTab::scan()
{
    const QString code = m_search->text().trimmed();
    if (code.isEmpty())
        return;
    const Result<OrderDetails> details = m_shop.orders.order(code);
    if (!details) {
        if (details.error().code != ErrorCode::NotFound) {
            showError(ErrorText::text(details.error(), ErrorText::Context::Reading));
            return;
        }
        // Not an order id: a search at once, without waiting for the pause in typing.
        m_deliveries->setSearch(code);
        if (m_deliveries->rowCount() > 0)
            m_view->selectRow(0);
        showMessage(m_deliveries->rowCount() > 0 ? QString()
                                                 : tr("No delivery matches \"%1\".").arg(code));
        return;
    }
    if (!details->delivery) {
        showMessage(tr("Order %1 is %2 and has no delivery yet: it must be paid first.")
                        .arg(code, DisplayText::orderStatus(toText(details->order.status()))));
        m_search->selectAll();
        return;
    }
    const Delivery &delivery = *details->delivery;
    if (!selectOrder(code)) {
        showError(tr("The delivery of order %1 could not be shown.").arg(code));
        return;
    }
    const QString customer = details->order.customer().name;
    if (delivery.status() == DeliveryStatus::Started && m_complete->isEnabled()) {
        showMessage(tr("Delivery %1 of order %2 for %3: press Enter to complete it.")
                        .arg(delivery.deliveryId(), code, customer));
        m_complete->setFocus(Qt::OtherFocusReason);
    } else {
        showMessage(tr("Delivery %1 of order %2 for %3 is %4.")
                        .arg(delivery.deliveryId(), code, customer,
                             DisplayText::deliveryStatus(toText(delivery.status()))));
        m_search->selectAll();
    }
}

bool DeliveriesTab::eventFilter(QObject *watched, QEvent *event)
{
    // After a scan the focus waits on Complete; the next scan's characters go back to the
    // search field instead of being lost on a button.
    if (watched == m_complete && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool modified = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
        if (!modified && !text.isEmpty() && text.at(0).isPrint() && text != QLatin1String(" ")) {
            m_search->clear();
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->insert(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeliveriesTab::completeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const OrderView &view = m_deliveries->viewAt(rows.first().row());
    if (view.origin != m_shop.sync.terminal()) {
        showMessage(ErrorText::ownedElsewhere(view.orderId, view.origin));
        return;
    }
    if (view.deliveryStatus != toText(DeliveryStatus::Started)) {
        showMessage(tr("Delivery %1 is %2; only a started delivery can be completed.")
                        .arg(view.deliveryId, DisplayText::deliveryStatus(view.deliveryStatus)));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Complete delivery"),
                                tr("Mark delivery %1 of order %2 as handed over to %3?")
                                    .arg(view.deliveryId, view.orderId, view.customerName),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmCompleteDialog"));
    box->setInformativeText(view.customerAddress);
    box->setDefaultButton(QMessageBox::Yes);
    box->button(QMessageBox::Yes)->setText(tr("Complete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString orderId = view.orderId;
    connect(box, &QMessageBox::finished, this, [this, orderId](int result) {
        if (result == QMessageBox::Yes)
            complete(orderId);
        else
            m_view->setFocus(Qt::OtherFocusReason);
    });
    box->open();
}

void DeliveriesTab::complete(const QString &orderId)
{
    const Result<OrderDetails> done = m_shop.orders.completeDelivery(orderId);
    if (!done) {
        showError(tr("The delivery of order %1 was not completed: %2")
                      .arg(orderId,
                           ErrorText::text(done.error(), ErrorText::Context::CompletingDelivery)));
        return;
    }
    const QString deliveryId = done->delivery ? done->delivery->deliveryId() : QString();
    showMessage(tr("Delivery %1 of order %2 completed.").arg(deliveryId, orderId));
    // Ready for the next scan.
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->selectAll();
}

void DeliveriesTab::printSelected()
{
    const QString orderId = selectedOrderId();
    if (orderId.isEmpty())
        return;
    if (m_targets->printerNames().isEmpty()) {
        showError(tr("No printer is installed on this computer, so the slip of %1 was not "
                     "printed. Export it as a PDF file instead (Ctrl+E).")
                      .arg(orderId));
        return;
    }
    // Refusals (unpaid, read-only database) before the dialog, not after it.
    if (const Status ready = m_shop.slips.canRecordPrints(); !ready) {
        showError(ErrorText::text(ready.error(), ErrorText::Context::Printing));
        return;
    }
    QPointer<DeliveriesTab> self(this);
    m_targets->choosePrinter(this, tr("Print the slip of %1").arg(orderId),
                             [self, orderId](std::shared_ptr<QPrinter> printer) {
                                 if (self)
                                     self->printTo({orderId}, std::move(printer));
                             });
}

void DeliveriesTab::printAllUnprinted()
{
    const Result<QStringList> unprinted = m_shop.slips.unprintedDeliveries(MaxBatch);
    if (!unprinted) {
        showError(ErrorText::text(unprinted.error(), ErrorText::Context::Reading));
        return;
    }
    QStringList orderIds;
    for (const QString &orderId : unprinted.value()) {
        if (!m_printer->isQueued(orderId))
            orderIds << orderId;
    }
    if (orderIds.isEmpty()) {
        showMessage(tr("Every started delivery's slip has been printed."));
        return;
    }
    if (m_targets->printerNames().isEmpty()) {
        showError(tr("No printer is installed on this computer, so the %n unprinted slip(s) "
                     "were not printed.",
                     nullptr, int(orderIds.size())));
        return;
    }
    QPointer<DeliveriesTab> self(this);
    m_targets->choosePrinter(
        this, tr("Print %n unprinted slip(s)", nullptr, int(orderIds.size())),
        [self, orderIds,
         capped = unprinted->size() >= MaxBatch](std::shared_ptr<QPrinter> printer) {
            if (!self)
                return;
            self->printTo(orderIds, std::move(printer));
            if (capped && self->m_printer->isQueued(orderIds.first()))
                self->showMessage(tr("Printing the oldest %n unprinted slip(s); press "
                                     "Print all unprinted again for the rest.",
                                     nullptr, int(orderIds.size())));
        });
}

void DeliveriesTab::printTo(const QStringList &orderIds, std::shared_ptr<QPrinter> printer)
{
    if (const QString why = m_targets->refusal(*printer); !why.isEmpty()) {
        showError(tr("%n slip(s) not printed (%1): %2. They stay marked as not printed.", nullptr,
                     int(orderIds.size()))
                      .arg(idList(orderIds), why));
        return;
    }
    const Status queued =
        m_printer->print(orderIds, std::move(printer), slipPage(), slipLanguage());
    if (!queued) {
        showError(tr("Not printed: %1")
                      .arg(ErrorText::text(queued.error(), ErrorText::Context::Printing)));
        return;
    }
    showMessage(tr("Printing %n slip(s): %1", nullptr, int(orderIds.size())).arg(idList(orderIds)));
}

void DeliveriesTab::previewSelected()
{
    const QString orderId = selectedOrderId();
    if (orderId.isEmpty())
        return;
    Result<SlipData> data = m_shop.slips.slip(orderId);
    if (!data) {
        showError(ErrorText::text(data.error(), ErrorText::Context::Printing));
        return;
    }
    auto layout = std::make_shared<SlipLayout>(std::move(data.value()), slipPage(), slipLanguage());
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("slipPreviewDialog"));
    dialog->setWindowTitle(tr("Slip of order %1").arg(orderId));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(900, 1000);
    auto painted = std::make_shared<Status>();
    // One slip painted in this thread: a few milliseconds, as a preview has to be.
    connect(
        dialog, &QPrintPreviewDialog::paintRequested, dialog, [layout, painted](QPrinter *device) {
            if (!layout->setUpDevice(*device)) {
                *painted =
                    Error::storage(QStringLiteral("the printer refused the page size"),
                                   {{QStringLiteral("printer"), device->printerName()},
                                    {QStringLiteral("reason"), QStringLiteral("pageSizeRefused")}});
                return;
            }
            const Result<int> pages = layout->paint(*device);
            *painted = pages ? Status() : Status(pages.error());
        });
    // Accepted only when the preview's own Print button sent the slip to a printer or file.
    connect(
        dialog, &QDialog::finished, this, [this, orderId, layout, painted, printer](int result) {
            if (result != QDialog::Accepted)
                return;
            if (!*painted) {
                showError(tr("The slip of %1 was not printed; it stays marked as not printed.\n%2")
                              .arg(orderId, ErrorText::text(painted->error(),
                                                            ErrorText::Context::Printing)));
                return;
            }
            const Result<SlipPrint> recorded =
                m_shop.slips.recordPrint(orderId, SlipLayout::pageName(layout->page()),
                                         SlipLayout::languageName(layout->language()));
            if (!recorded)
                showError(ErrorText::text(recorded.error(), ErrorText::Context::Printing));
            else
                showMessage(tr("Printed the slip of %1.").arg(orderId));
        });
    dialog->open();
}

void DeliveriesTab::exportSelected()
{
    const QString orderId = selectedOrderId();
    if (orderId.isEmpty())
        return;
    if (const Status ready = m_shop.slips.canRecordPrints(); !ready) {
        showError(ErrorText::text(ready.error(), ErrorText::Context::Printing));
        return;
    }
    PrintTargets::askPdfPath(
        this, tr("Export the slip of %1 as PDF").arg(orderId), QStringLiteral("slipPdfDialog"),
        QStringLiteral("slip-%1.pdf").arg(orderId), [this, orderId](const QString &path) {
            const Status queued = m_printer->exportPdf(orderId, path, slipPage(), slipLanguage());
            if (!queued)
                showError(tr("Not exported: %1")
                              .arg(ErrorText::text(queued.error(), ErrorText::Context::Printing)));
            else
                showMessage(tr("Writing the slip of %1 to %2…").arg(orderId, path));
        });
}

void DeliveriesTab::onEvent(const DomainEvent &event)
{
    if (event.type != EventType::DeliveryStarted || event.orderId.isEmpty())
        return;
    // Deliveries other terminals started (arriving through sync) print there, not here.
    if (event.origin != m_shop.slips.terminal() || !TerminalSettings().autoPrintSlips())
        return;
    autoPrint(event.orderId);
}

void DeliveriesTab::autoPrint(const QString &orderId)
{
    std::shared_ptr<QPrinter> printer = m_targets->defaultPrinter();
    if (!printer) {
        showError(tr("Automatic printing is on, but this computer has no printer: the slip of "
                     "order %1 was not printed. Print it later with Print all unprinted "
                     "(Ctrl+Shift+A).")
                      .arg(orderId));
        return;
    }
    printTo({orderId}, std::move(printer));
}

void DeliveriesTab::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const OrderView *view = selected ? &m_deliveries->viewAt(rows.first().row()) : nullptr;
    const bool started = view && view->deliveryStatus == toText(DeliveryStatus::Started);
    const bool here = !view || view->origin == m_shop.sync.terminal();
    m_complete->setEnabled(started && here);
    m_complete->setToolTip(here ? m_completeToolTip
                                : ErrorText::ownedElsewhere(view->orderId, view->origin));
    m_print->setEnabled(selected);
    m_preview->setEnabled(selected);
    m_export->setEnabled(selected);
}

void DeliveriesTab::updateEmptyText()
{
    const QString search = m_deliveries->search();
    const QString status = m_deliveries->statusFilter();
    if (!search.isEmpty()) {
        m_emptyText->setText(
            status.isEmpty()
                ? tr("Nothing matches \"%1\" — search by order id or customer.").arg(search)
                : tr("Nothing matches \"%1\" among the deliveries that are %2.")
                      .arg(search, DisplayText::deliveryStatus(status)));
    } else if (!status.isEmpty()) {
        m_emptyText->setText(tr("No delivery is %1; choose All statuses to see the others.")
                                 .arg(DisplayText::deliveryStatus(status)));
    } else {
        m_emptyText->setText(
            tr("No deliveries yet — a delivery starts when an order is paid (Orders tab)."));
    }
}

void DeliveriesTab::showMessage(const QString &text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
    if (!text.isEmpty())
        emit messageShown(text, false);
}

void DeliveriesTab::showError(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(text);
    emit messageShown(text, true);
    // A box too, so that a failure is seen from any tab (an automatic print, a slow printer);
    // opened, not executed: nothing waits for it.
    if (m_errorBox)
        m_errorBox->close();
    m_errorBox =
        new QMessageBox(QMessageBox::Warning, tr("Delivery slips"), text, QMessageBox::Ok, this);
    m_errorBox->setObjectName(QStringLiteral("deliveriesErrorDialog"));
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
}

} // namespace ShopDesk
