#include "returndialog.h"

#include "displaytext.h"
#include "errortext.h"
#include "shopservices.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// "Card ₩8,000 (part 2), Cash ₩2,800 (part 1)": where a refund goes, first part first.
QString refundPartsText(const QList<Events::PaymentRefunded::Part> &parts)
{
    QStringList texts;
    for (const auto &part : parts) {
        texts << ReturnDialog::tr("%1 %2 (part %3)")
                     .arg(DisplayText::paymentMethod(toText(part.method)),
                          DisplayText::money(part.amount), QString::number(part.part));
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace

ReturnDialog::ReturnDialog(ShopServices &shop, const OrderDetails &details, QWidget *parent)
    : QDialog(parent)
    , m_shop(shop)
    , m_details(details)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return items of order %1").arg(orderId()));
    setAccessibleName(windowTitle());

    const QList<OrderLine> &lines = m_details.order.lines();
    m_lines = new QTableWidget(int(lines.size()), 5, this);
    m_lines->setObjectName(QStringLiteral("returnLines"));
    m_lines->setAccessibleName(tr("Lines to return"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Product"), tr("Name"), tr("Price"), tr("Remaining"), tr("Return")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setTabKeyNavigation(false);
    QHeaderView *header = m_lines->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < lines.size(); ++row) {
        const OrderLine &line = lines.at(row);
        m_lines->setItem(row, 0, cell(line.productId));
        m_lines->setItem(row, 1, cell(line.productName));
        m_lines->setItem(row, 2, cell(DisplayText::money(line.price), true));
        m_lines->setItem(row, 3, cell(DisplayText::count(line.remaining()), true));
        auto *qty = new QSpinBox(m_lines);
        qty->setObjectName(QStringLiteral("returnQty%1").arg(row));
        qty->setAccessibleName(tr("Units of %1 to return").arg(line.productName));
        qty->setRange(0, int(qMin<qint64>(line.remaining(), Limits::MaxQty)));
        qty->setEnabled(line.remaining() > 0);
        qty->setAlignment(Qt::AlignRight);
        connect(qty, &QSpinBox::valueChanged, this, &ReturnDialog::updateRefund);
        m_lines->setCellWidget(row, 4, qty);
        m_quantities << qty;
    }

    m_writeOff = new QCheckBox(tr("&Write off (damaged: not back in stock)"), this);
    m_writeOff->setObjectName(QStringLiteral("returnWriteOff"));
    const bool delivered = m_details.order.status() == OrderStatus::Delivered;
    m_writeOff->setEnabled(delivered);
    m_writeOff->setToolTip(delivered
                               ? tr("The returned units are written off instead of restocked")
                               : tr("Only the units of a delivered order can be written off"));

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setAccessibleName(tr("Reason for the return"));
    m_reason->setMaxLength(Limits::MaxTextLength);

    m_refund = new QLabel(this);
    m_refund->setObjectName(QStringLiteral("returnRefund"));
    m_refund->setAccessibleName(tr("Refund"));
    QFont big = m_refund->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_refund->setFont(big);

    m_cardFirst = new QRadioButton(tr("&Card"), this);
    m_cardFirst->setObjectName(QStringLiteral("returnCardFirst"));
    m_cardFirst->setToolTip(tr("The refund goes back to the card parts first, then cash"));
    m_cashFirst = new QRadioButton(tr("Cas&h"), this);
    m_cashFirst->setObjectName(QStringLiteral("returnCashFirst"));
    m_cashFirst->setToolTip(tr("The refund is paid out in cash first, then to the card parts"));
    auto *firsts = new QButtonGroup(this);
    firsts->addButton(m_cardFirst);
    firsts->addButton(m_cashFirst);
    m_cardFirst->setChecked(true);
    connect(m_cashFirst, &QRadioButton::toggled, this, &ReturnDialog::updateRefund);
    m_refundOrderBox = new QWidget(this);
    m_refundOrderBox->setObjectName(QStringLiteral("returnRefundFirst"));
    m_refundOrderBox->setAccessibleName(tr("Refund first"));
    auto *firstRow = new QHBoxLayout(m_refundOrderBox);
    firstRow->setContentsMargins(0, 0, 0, 0);
    firstRow->addWidget(m_cardFirst);
    firstRow->addWidget(m_cashFirst);
    firstRow->addStretch(1);

    m_refundParts = new QLabel(this);
    m_refundParts->setObjectName(QStringLiteral("returnRefundParts"));
    m_refundParts->setAccessibleName(tr("Refund to"));
    m_refundParts->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("returnProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Confirm return"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("returnConfirm"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnDialog::reject);

    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("Rea&son:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->addRow(m_writeOff);
    form->addRow(tr("Refund first:"), m_refundOrderBox);
    form->setRowVisible(m_refundOrderBox, offersRefundOrder());
    form->addRow(tr("Refund:"), m_refund);
    form->addRow(tr("Refund to:"), m_refundParts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lines, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (!m_quantities.isEmpty())
        setTabOrder(m_quantities.last(), m_reason);
    setTabOrder(m_reason, m_writeOff);
    setTabOrder(m_writeOff, m_cardFirst);
    setTabOrder(m_cardFirst, m_cashFirst);
    setTabOrder(m_cashFirst, m_confirm);
    if (!m_quantities.isEmpty())
        m_quantities.first()->setFocus();
    resize(640, 380);
    updateRefund();
}

QSpinBox *ReturnDialog::quantityBox(int row) const
{
    return m_quantities.value(row);
}

RefundOrder ReturnDialog::refundOrder() const
{
    return m_cashFirst->isChecked() ? RefundOrder::CashFirst : RefundOrder::CardFirst;
}

bool ReturnDialog::offersRefundOrder() const
{
    bool card = false;
    bool cash = false;
    for (const Payment &payment : std::as_const(m_details.payments)) {
        if (payment.held() > 0)
            (payment.method() == PaymentMethod::Card ? card : cash) = true;
    }
    return card && cash;
}

QList<OrderRequestLine> ReturnDialog::chosenLines() const
{
    QList<OrderRequestLine> chosen;
    const QList<OrderLine> &lines = m_details.order.lines();
    for (int row = 0; row < m_quantities.size(); ++row) {
        if (const int qty = m_quantities.at(row)->value(); qty > 0)
            chosen.append(OrderRequestLine(lines.at(row).productId, qty));
    }
    return chosen;
}

void ReturnDialog::updateRefund()
{
    const QList<OrderRequestLine> chosen = chosenLines();
    m_problem->clear();
    m_refundParts->clear();
    if (chosen.isEmpty()) {
        m_refund->setText(DisplayText::money(0));
        m_problem->setText(tr("Choose how many units of which lines are returned."));
        m_confirm->setEnabled(false);
        return;
    }
    const Result<Money> refund = m_shop.orders.refundFor(orderId(), chosen);
    if (!refund) {
        m_refund->clear();
        m_problem->setText(ErrorText::text(refund.error(), ErrorText::Context::CancellingOrder));
        m_confirm->setEnabled(false);
        return;
    }
    m_refund->setText(DisplayText::money(refund.value()));
    // Which parts it comes from: the domain's refund, tried on a copy of the payments.
    Payments payments = m_details.payments;
    const auto refunded = ShopDesk::refund(payments, refund.value(), refundOrder(), {});
    if (refunded && refunded.value()) {
        const auto event = decodeAs<Events::PaymentRefunded>(*refunded.value());
        if (event)
            m_refundParts->setText(refundPartsText(event->parts));
    } else if (refund.value() == 0) {
        m_refundParts->setText(tr("nothing to refund"));
    }
    m_confirm->setEnabled(true);
}

void ReturnDialog::accept()
{
    const QList<OrderRequestLine> chosen = chosenLines();
    if (chosen.isEmpty() || !m_confirm->isEnabled())
        return;
    ReturnOptions options;
    options.writeOff = m_writeOff->isEnabled() && m_writeOff->isChecked();
    options.reason = m_reason->text().trimmed();
    options.refundOrder = refundOrder();
    auto returned = m_shop.orders.returnLines(orderId(), chosen, options);
    if (!returned) {
        m_problem->setText(ErrorText::text(returned.error(), ErrorText::Context::CancellingOrder));
        return;
    }
    m_result = std::move(returned.value());
    QDialog::accept();
}

QString ReturnDialog::resultText() const
{
    if (!m_result || m_result->returns.isEmpty())
        return {};
    const OrderReturn &last = m_result->returns.last();
    const QString refund = last.refund > 0 ? tr("%1 refunded: %2")
                                                 .arg(DisplayText::money(last.refund),
                                                      refundPartsText(last.refundParts))
                                           : tr("nothing to refund");
    return tr("Return %1 of order %2 done; %3. The order now comes to %4.")
        .arg(QString::number(last.returnNo), orderId(), refund,
             DisplayText::money(last.totalAfter));
}

} // namespace ShopDesk
