#include "customersdialog.h"

#include "displaytext.h"
#include "errortext.h"
#include "shopservices.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {
constexpr int Listed = 200; // customers listed at once; the search finds the others
}

CustomersDialog::CustomersDialog(ShopServices &shop, QWidget *parent)
    : QDialog(parent)
    , m_shop(shop)
{
    setObjectName(QStringLiteral("customersDialog"));
    setWindowTitle(tr("Customers"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Digits of a phone number, or a part of a name"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersDialog::reload);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_list = new QTableWidget(0, 3, this);
    m_list->setObjectName(QStringLiteral("customerList"));
    m_list->setAccessibleName(tr("Customers"));
    m_list->setHorizontalHeaderLabels({tr("Name"), tr("Phones"), tr("Last address")});
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 140);
    m_list->setColumnWidth(1, 160);
    connect(m_list, &QTableWidget::currentCellChanged, this, &CustomersDialog::showDetails);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("customerDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("customersMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #9c0006;"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_edit = buttons->addButton(tr("E&dit…"), QDialogButtonBox::ActionRole);
    m_edit->setObjectName(QStringLiteral("editCustomerButton"));
    connect(m_edit, &QPushButton::clicked, this, &CustomersDialog::editSelected);
    connect(m_list, &QTableWidget::cellDoubleClicked, this, &CustomersDialog::editSelected);
    m_erase = buttons->addButton(tr("&Erase personal data…"), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("eraseCustomerButton"));
    connect(m_erase, &QPushButton::clicked, this, &CustomersDialog::eraseSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list, 3);
    panes->addWidget(scroll, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(panes, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 520);
    reload();
}

QStringList CustomersDialog::listedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->rowCount(); ++row)
        ids << m_list->item(row, 0)->data(Qt::UserRole).toString();
    return ids;
}

QString CustomersDialog::detailsText() const
{
    return m_details->text();
}

QString CustomersDialog::selectedId() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_list->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

bool CustomersDialog::selectCustomer(const QString &customerId)
{
    const int row = int(listedIds().indexOf(customerId));
    if (row < 0)
        return false;
    m_list->setCurrentCell(row, 0);
    return true;
}

void CustomersDialog::reload()
{
    const QString keep = selectedId();
    const QString text = m_search->text().trimmed();
    Result<QList<CustomerRecord>> found =
        text.isEmpty() ? m_shop.customers.customers(ListQuery{{}, {}, false, Listed, 0})
                       : m_shop.customers.search(text, Listed);
    m_list->setRowCount(0);
    if (!found) {
        m_message->setText(ErrorText::text(found.error(), ErrorText::Context::Reading));
        m_message->show();
        showDetails();
        return;
    }
    m_message->hide();
    m_list->setRowCount(int(found->size()));
    for (int row = 0; row < found->size(); ++row) {
        const CustomerRecord &c = found->at(row);
        auto *name = new QTableWidgetItem(c.erased ? tr("(erased)") : c.name);
        name->setData(Qt::UserRole, c.customerId);
        m_list->setItem(row, 0, name);
        m_list->setItem(row, 1, new QTableWidgetItem(c.phones.join(QStringLiteral(", "))));
        m_list->setItem(row, 2, new QTableWidgetItem(c.lastAddress()));
    }
    if (!selectCustomer(keep) && m_list->rowCount() > 0)
        m_list->setCurrentCell(0, 0);
    showDetails();
}

void CustomersDialog::showDetails()
{
    const QString id = selectedId();
    const bool manager = m_shop.work.authorize(Role::Manager, {}).ok();
    if (id.isEmpty()) {
        m_details->setText(m_search->text().trimmed().isEmpty()
                               ? tr("No customers yet: one is saved with the first order "
                                    "placed with a new phone number.")
                               : tr("Nobody matches. Search by digits of a phone number or a "
                                    "part of a name."));
        m_erase->setEnabled(false);
        m_edit->setEnabled(false);
        return;
    }
    const Result<CustomerDetails> details = m_shop.customers.details(id, 10);
    if (!details) {
        m_details->setText(ErrorText::text(details.error(), ErrorText::Context::Reading));
        m_erase->setEnabled(false);
        return;
    }
    const CustomerRecord &c = details->customer;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)")
                 .arg((c.erased ? tr("(erased)") : c.name).toHtmlEscaped(), c.customerId);
    if (c.erased) {
        lines << tr("The personal data of this customer was erased; their orders keep only the "
                    "money.");
    } else {
        lines << tr("Phones: %1").arg(c.phones.join(QStringLiteral(", ")).toHtmlEscaped());
        QStringList addresses = c.addresses;
        std::reverse(addresses.begin(), addresses.end());
        for (const QString &address : addresses)
            lines << tr("Address: %1").arg(address.toHtmlEscaped());
        if (!c.note.isEmpty())
            lines << tr("Note: %1").arg(c.note.toHtmlEscaped());
    }
    const CustomerTotals &t = details->totals;
    lines << QString()
          << tr("%n order(s), %1 in all, %2 paid", nullptr, int(t.orders))
                 .arg(DisplayText::money(t.total), DisplayText::money(t.paid));
    if (t.cancelled > 0)
        lines << tr("%n cancelled", nullptr, int(t.cancelled));
    for (const OrderView &order : details->orders) {
        lines << QStringLiteral("%1 · %2 · %3")
                     .arg(order.orderId, DisplayText::orderStatus(order.status),
                          DisplayText::money(order.total));
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
    m_erase->setEnabled(manager && !c.erased);
    m_edit->setEnabled(!c.erased);
    m_erase->setToolTip(manager ? QString() : tr("Only a manager may erase a customer's data."));
}

void CustomersDialog::eraseSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const Result<CustomerRecord> customer = m_shop.customers.customer(id);
    if (!customer)
        return;
    if (m_confirm) {
        const auto answer = QMessageBox::warning(
            this, tr("Erase personal data"),
            tr("Erase the name, phones, addresses and note of %1 here and on every terminal? "
               "Their orders keep only the money. This cannot be undone.")
                .arg(customer->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const Result<CustomerRecord> erased = m_shop.customers.eraseCustomer(id);
    if (!erased) {
        m_message->setText(ErrorText::text(erased.error(), ErrorText::Context::SavingProduct));
        m_message->show();
        return;
    }
    reload();
    selectCustomer(id);
}

void CustomersDialog::editSelected()
{
    const QString id = selectedId();
    const Result<CustomerRecord> customer = m_shop.customers.customer(id);
    if (id.isEmpty() || !customer || customer->erased)
        return;
    m_editing = id;
    if (!m_editor) {
        m_editor = new QDialog(this);
        m_editor->setObjectName(QStringLiteral("customerEditor"));
        m_editor->setWindowTitle(tr("Edit customer"));
        m_editName = new QLineEdit(m_editor);
        m_editName->setObjectName(QStringLiteral("customerEditName"));
        m_editPhones = new QPlainTextEdit(m_editor);
        m_editPhones->setObjectName(QStringLiteral("customerEditPhones"));
        m_editPhones->setTabChangesFocus(true);
        m_editAddresses = new QPlainTextEdit(m_editor);
        m_editAddresses->setObjectName(QStringLiteral("customerEditAddresses"));
        m_editAddresses->setTabChangesFocus(true);
        m_editNote = new QLineEdit(m_editor);
        m_editNote->setObjectName(QStringLiteral("customerEditNote"));
        m_editMessage = new QLabel(m_editor);
        m_editMessage->setWordWrap(true);
        m_editMessage->setStyleSheet(QStringLiteral("color: #9c0006;"));
        m_editMessage->hide();
        auto *form = new QFormLayout;
        auto add = [&](const QString &caption, QWidget *field) {
            auto *label = new QLabel(caption, m_editor);
            label->setBuddy(field);
            form->addRow(label, field);
        };
        add(tr("&Name:"), m_editName);
        add(tr("&Phones (one per line):"), m_editPhones);
        add(tr("&Addresses (one per line, the newest first):"), m_editAddresses);
        add(tr("N&ote:"), m_editNote);
        auto *buttons =
            new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, m_editor);
        connect(buttons, &QDialogButtonBox::accepted, this, &CustomersDialog::saveEdit);
        connect(buttons, &QDialogButtonBox::rejected, m_editor, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_editor);
        layout->addLayout(form);
        layout->addWidget(m_editMessage);
        layout->addWidget(buttons);
        m_editor->resize(520, 360);
    }
    m_editName->setText(customer->name);
    m_editPhones->setPlainText(customer->phones.join(QLatin1Char('\n')));
    QStringList addresses = customer->addresses;
    std::reverse(addresses.begin(), addresses.end());
    m_editAddresses->setPlainText(addresses.join(QLatin1Char('\n')));
    m_editNote->setText(customer->note);
    m_editMessage->hide();
    m_editor->open();
    m_editName->setFocus();
}

bool CustomersDialog::saveEdit()
{
    auto lines = [](const QString &text) {
        QStringList kept;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                kept << line.trimmed();
        }
        return kept;
    };
    CustomerEdit edit;
    edit.name = m_editName->text();
    edit.phones = lines(m_editPhones->toPlainText());
    QStringList addresses = lines(m_editAddresses->toPlainText());
    std::reverse(addresses.begin(), addresses.end()); // the book keeps the newest last
    edit.addresses = addresses;
    edit.note = m_editNote->text();
    const Result<CustomerRecord> saved = m_shop.customers.editCustomer(m_editing, edit);
    if (!saved) {
        m_editMessage->setText(saved.error().code == ErrorCode::InvalidInput
                                   ? tr("Not saved: %1.").arg(saved.error().message)
                                   : ErrorText::text(saved.error(), ErrorText::Context::Reading));
        m_editMessage->show();
        return false;
    }
    m_editor->accept();
    reload();
    selectCustomer(m_editing);
    return true;
}

} // namespace ShopDesk
