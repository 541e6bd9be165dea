#include "canceldialog.h"

#include "displaytext.h"
#include "listwidgets.h"
#include "orderservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ShopDesk {

CancelDialog::CancelDialog(const OrderDetails &details, QWidget *parent)
    : QDialog(parent)
    , m_orderId(details.order.orderId())
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(tr("Cancel order %1").arg(m_orderId));
    setAccessibleName(windowTitle());

    const Order &order = details.order;
    QStringList effects;
    effects << tr("Cancel order %1 of %2 (%3)?")
                   .arg(m_orderId, order.customer().name, DisplayText::money(order.total()));
    if (details.delivery)
        effects << tr("Its delivery %1 is cancelled and the stock goes back.")
                       .arg(details.delivery->deliveryId());
    else
        effects << tr("The reserved stock is released.");
    if (const Payment *payment = details.firstPayment(); payment && details.paid() > 0)
        effects << tr("The payment of %1 (%2) is refunded.")
                       .arg(DisplayText::money(details.paid()),
                            DisplayText::paymentMethod(toText(payment->method())));
    auto *summary = new QLabel(effects.join(QLatin1Char('\n')), this);
    summary->setObjectName(QStringLiteral("cancelSummary"));
    summary->setWordWrap(true);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setMaxLength(Limits::MaxTextLength);
    m_reason->setPlaceholderText(tr("For example: customer changed mind"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Cancel the order"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("cancelConfirm"));
    m_confirm->setDefault(true);
    m_confirm->setEnabled(false);
    auto *keep = buttons->addButton(tr("&Keep the order"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelKeep"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CancelDialog::reject);
    m_problem = ListWidgets::createProblemLabel(QStringLiteral("cancelProblem"), this);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_confirm->setEnabled(!reason().isEmpty()); });
    // Enter with no reason: the confirm button is off, so say what it waits for.
    connect(m_reason, &QLineEdit::returnPressed, this, [this] {
        if (reason().isEmpty())
            showMissingReason();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString CancelDialog::reason() const
{
    return m_reason->text().trimmed();
}

void CancelDialog::accept()
{
    if (reason().isEmpty()) {
        showMissingReason(); // a cancellation needs its reason
        return;
    }
    QDialog::accept();
}

void CancelDialog::showMissingReason()
{
    ListWidgets::showProblem(m_problem,
                             tr("Type why the order is cancelled (Alt+R): the reason is kept "
                                "with the order."),
                             m_reason);
}

} // namespace ShopDesk
