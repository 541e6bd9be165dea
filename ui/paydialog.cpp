#include "paydialog.h"

#include "displaytext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ShopDesk {

PayDialog::PayDialog(const QString &orderId, Money total, QWidget *parent)
    : QDialog(parent)
    , m_orderId(orderId)
    , m_total(total)
{
    setObjectName(QStringLiteral("payDialog"));
    setWindowTitle(tr("Pay order %1").arg(orderId));
    setAccessibleName(windowTitle());

    auto *totalLabel = new QLabel(DisplayText::money(total), this);
    totalLabel->setObjectName(QStringLiteral("payTotal"));
    totalLabel->setAccessibleName(tr("Total to pay"));
    QFont big = totalLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    totalLabel->setFont(big);

    m_cash = new QRadioButton(tr("&Cash"), this);
    m_cash->setObjectName(QStringLiteral("payCash"));
    m_card = new QRadioButton(tr("C&ard"), this);
    m_card->setObjectName(QStringLiteral("payCard"));
    auto *methods = new QButtonGroup(this);
    methods->addButton(m_cash);
    methods->addButton(m_card);
    m_cash->setChecked(true);

    m_tendered = new QLineEdit(this);
    m_tendered->setObjectName(QStringLiteral("payTendered"));
    m_tendered->setAccessibleName(tr("Cash tendered"));
    m_tendered->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9][0-9,. ]{0,20}")), m_tendered));
    m_tendered->setText(QString::number(total));
    m_tendered->selectAll();
    m_tendered->setAlignment(Qt::AlignRight);
    m_tendered->setFont(big);

    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("payChange"));
    m_change->setAccessibleName(tr("Change"));
    m_change->setFont(big);

    m_approved = new QCheckBox(this);
    m_approved->setObjectName(QStringLiteral("payCardApproved"));
    m_approved->setText(tr("The card terminal appro&ved %1").arg(DisplayText::money(total)));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("payProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Confirm payment"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("payConfirm"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PayDialog::reject);

    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_cash);
    methodRow->addWidget(m_card);
    methodRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Total:"), totalLabel);
    form->addRow(tr("Method:"), methodRow);
    auto *tenderedLabel = new QLabel(tr("&Tendered:"), this);
    tenderedLabel->setBuddy(m_tendered);
    form->addRow(tenderedLabel, m_tendered);
    form->addRow(tr("Change:"), m_change);
    form->addRow(m_approved);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_tendered, &QLineEdit::textChanged, this, &PayDialog::update);
    connect(m_cash, &QRadioButton::toggled, this, [this] {
        update();
        (m_cash->isChecked() ? static_cast<QWidget *>(m_tendered) : m_approved)->setFocus();
    });
    connect(m_approved, &QCheckBox::toggled, this, &PayDialog::update);
    setTabOrder(m_tendered, m_cash);
    setTabOrder(m_cash, m_card);
    setTabOrder(m_card, m_approved);
    m_tendered->setFocus();
    update();
}

PaymentMethod PayDialog::method() const
{
    return m_card->isChecked() ? PaymentMethod::Card : PaymentMethod::Cash;
}

std::optional<Money> PayDialog::tendered() const
{
    if (method() != PaymentMethod::Cash)
        return std::nullopt;
    QString digits = m_tendered->text();
    digits.remove(QRegularExpression(QStringLiteral("[,. ]")));
    bool ok = false;
    const Money amount = digits.toLongLong(&ok);
    if (!ok || amount < 0 || amount > Limits::MaxPrice * Limits::MaxQty)
        return std::nullopt;
    return amount;
}

QString PayDialog::problem() const
{
    if (method() == PaymentMethod::Card) {
        return m_approved->isChecked()
                   ? QString()
                   : tr("Confirm that the card terminal approved the payment (Alt+V).");
    }
    const std::optional<Money> cash = tendered();
    if (!cash)
        return tr("Enter the amount the customer handed over.");
    if (*cash < m_total) {
        return tr("%1 tendered is less than the total %2: %3 missing.")
            .arg(DisplayText::money(*cash), DisplayText::money(m_total),
                 DisplayText::money(m_total - *cash));
    }
    return {};
}

void PayDialog::update()
{
    const bool cash = method() == PaymentMethod::Cash;
    m_tendered->setEnabled(cash);
    m_approved->setEnabled(!cash);
    const std::optional<Money> given = tendered();
    m_change->setText(cash && given && *given >= m_total ? DisplayText::money(*given - m_total)
                                                         : QString());
    const QString why = problem();
    m_problem->setText(why);
    m_confirm->setEnabled(why.isEmpty());
}

void PayDialog::accept()
{
    if (!problem().isEmpty()) {
        update();
        return; // Enter on a wrong amount keeps the dialog open with the reason shown
    }
    QDialog::accept();
}

} // namespace ShopDesk
