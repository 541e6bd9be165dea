#include "paydialog.h"

#include "displaytext.h"
#include "errortext.h"
#include "listwidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {

// The amount as the clerk would type it: 12000, or 12.50 in a currency with cents.
QString plainAmount(Money amount)
{
    const Currency currency = DisplayText::currency();
    if (currency.decimals == 0)
        return QString::number(amount);
    return QStringLiteral("%1.%2")
        .arg(amount / currency.unit())
        .arg(amount % currency.unit(), currency.decimals, 10, QLatin1Char('0'));
}

// The number as the receipt prints it, kept on one line where the text wraps: a word joiner
// after each '-' (a line may otherwise break after "010-").
QString unbroken(const QString &printed)
{
    QString text = printed;
    return text.replace(QLatin1Char('-'), QStringLiteral("-\u2060"));
}

QLabel *bigLabel(const QString &objectName, const QString &accessibleName, qreal scale,
                 QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * scale);
    big.setBold(true);
    label->setFont(big);
    return label;
}

} // namespace

QString paymentPartText(const Payment &payment)
{
    const QString method = DisplayText::paymentMethod(toText(payment.method()));
    QString text;
    if (payment.method() == PaymentMethod::Cash) {
        text =
            PayDialog::tr("%1. %2 %3, tendered %4, change %5")
                .arg(QString::number(payment.part()), method, DisplayText::money(payment.amount()),
                     DisplayText::money(payment.tendered()), DisplayText::money(payment.change()));
        if (const std::optional<CashReceipt> &receipt = payment.cashReceipt())
            text += QStringLiteral(", ") + cashReceiptText(*receipt);
    } else {
        const CardDetails &card = payment.card();
        text = PayDialog::tr("%1. %2 %3, approval %4")
                   .arg(QString::number(payment.part()), method,
                        DisplayText::money(payment.amount()), card.approval);
        if (!card.company.isEmpty())
            text += QStringLiteral(", ") + card.company;
        if (!card.last4.isEmpty())
            text += PayDialog::tr(", card ending %1").arg(card.last4);
        if (card.instalments > 0)
            text += PayDialog::tr(", %n months", nullptr, card.instalments);
    }
    if (payment.refunded() > 0)
        text += PayDialog::tr(" (%1 refunded)").arg(DisplayText::money(payment.refunded()));
    return text;
}

QString cashReceiptText(const CashReceipt &receipt)
{
    const QString purpose = DisplayText::cashReceiptPurpose(toText(receipt.purpose));
    const QString number = unbroken(receipt.printed());
    if (receipt.kind == CashReceipt::Kind::SelfIssued)
        return PayDialog::tr("cash receipt %1 (self-issued, %2)").arg(number, purpose);
    return PayDialog::tr("cash receipt %1 (%2)").arg(number, purpose);
}

PayDialog::PayDialog(const OrderDetails &details, QWidget *parent)
    : QDialog(parent)
    , m_details(details)
{
    setObjectName(QStringLiteral("payDialog"));
    setWindowTitle(tr("Pay order %1").arg(orderId()));
    setAccessibleName(windowTitle());

    m_due = bigLabel(QStringLiteral("payTotal"), tr("Left to pay"), 2.6, this);
    m_due->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_parts = new QLabel(this);
    m_parts->setObjectName(QStringLiteral("payParts"));
    m_parts->setAccessibleName(tr("Payments taken"));
    m_parts->setWordWrap(true);

    m_cash = new QRadioButton(tr("&Cash"), this);
    m_cash->setObjectName(QStringLiteral("payCash"));
    m_card = new QRadioButton(tr("C&ard"), this);
    m_card->setObjectName(QStringLiteral("payCard"));
    auto *methods = new QButtonGroup(this);
    methods->addButton(m_cash);
    methods->addButton(m_card);
    m_cash->setChecked(true);

    const QRegularExpression digits(QStringLiteral("[0-9][0-9,. ]{0,20}"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("payAmount"));
    m_amount->setAccessibleName(tr("Amount of this payment"));
    m_amount->setValidator(new QRegularExpressionValidator(digits, m_amount));
    m_amount->setAlignment(Qt::AlignRight);
    QFont large = m_amount->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_amount->setFont(large);

    m_tendered = new QLineEdit(this);
    m_tendered->setObjectName(QStringLiteral("payTendered"));
    m_tendered->setAccessibleName(tr("Cash tendered"));
    m_tendered->setPlaceholderText(tr("exact amount"));
    m_tendered->setValidator(new QRegularExpressionValidator(digits, m_tendered));
    m_tendered->setAlignment(Qt::AlignRight);
    m_tendered->setFont(large);
    m_change = bigLabel(QStringLiteral("payChange"), tr("Change"), 1.6, this);

    m_approval = new QLineEdit(this);
    m_approval->setObjectName(QStringLiteral("payApproval"));
    m_approval->setAccessibleName(tr("Approval number"));
    m_approval->setMaxLength(Limits::MaxTextLength);
    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("payCardCompany"));
    m_company->setAccessibleName(tr("Card company"));
    m_company->setMaxLength(Limits::MaxNameLength);
    m_instalments = new QSpinBox(this);
    m_instalments->setObjectName(QStringLiteral("payInstalments"));
    m_instalments->setAccessibleName(tr("Instalments"));
    m_instalments->setRange(0, 36);
    m_instalments->setSpecialValueText(tr("Single payment"));
    m_instalments->setSuffix(tr(" months"));
    m_last4 = new QLineEdit(this);
    m_last4->setObjectName(QStringLiteral("payLast4"));
    m_last4->setAccessibleName(tr("Last 4 digits of the card"));
    m_last4->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_last4));
    m_last4->setMaximumWidth(m_last4->fontMetrics().horizontalAdvance(QStringLiteral("00000000")));

    m_receipt = new QCheckBox(tr("Cash &receipt"), this);
    m_receipt->setObjectName(QStringLiteral("payCashReceipt"));
    m_receipt->setToolTip(tr("Issue a cash receipt for this cash part (Alt+R): to the customer's "
                             "phone, business registration or cash receipt card number, or "
                             "without a number to the tax office's self-issue number"));
    m_receiptNumber = new QLineEdit(this);
    m_receiptNumber->setObjectName(QStringLiteral("payReceiptNumber"));
    m_receiptNumber->setAccessibleName(tr("Cash receipt number"));
    m_receiptNumber->setPlaceholderText(tr("phone, business or card no.; none: self-issue"));
    m_receiptNumber->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 -]{0,24}")), m_receiptNumber));
    m_deduction = new QRadioButton(tr("Income &deduction"), this);
    m_deduction->setObjectName(QStringLiteral("payReceiptDeduction"));
    m_proof = new QRadioButton(tr("Expense &proof"), this);
    m_proof->setObjectName(QStringLiteral("payReceiptProof"));
    auto *purposes = new QButtonGroup(this);
    purposes->addButton(m_deduction);
    purposes->addButton(m_proof);
    m_deduction->setChecked(true);
    m_receiptShown = new QLabel(this);
    m_receiptShown->setObjectName(QStringLiteral("payReceiptShown"));
    m_receiptShown->setAccessibleName(tr("Cash receipt as issued"));
    m_receiptShown->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("payProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    // Room for the longest reason (a cash receipt number's), so that none is cut off when the
    // dialog does not grow with it.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 3 + 4);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Take payment (Enter)"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("payConfirm"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &PayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PayDialog::reject);

    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_cash);
    methodRow->addWidget(m_card);
    methodRow->addStretch(1);

    m_cashBox = new QWidget(this);
    auto *cashForm = new QFormLayout(m_cashBox);
    cashForm->setContentsMargins(0, 0, 0, 0);
    auto *tenderedLabel = new QLabel(tr("&Tendered:"), m_cashBox);
    tenderedLabel->setBuddy(m_tendered);
    cashForm->addRow(tenderedLabel, m_tendered);
    cashForm->addRow(tr("Change:"), m_change);
    cashForm->addRow(m_receipt);
    m_receiptBox = new QWidget(m_cashBox);
    auto *receiptForm = new QFormLayout(m_receiptBox);
    receiptForm->setContentsMargins(24, 0, 0, 0);
    auto *numberLabel = new QLabel(tr("&Number:"), m_receiptBox);
    numberLabel->setBuddy(m_receiptNumber);
    receiptForm->addRow(numberLabel, m_receiptNumber);
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_deduction);
    purposeRow->addWidget(m_proof);
    purposeRow->addStretch(1);
    receiptForm->addRow(tr("Purpose:"), purposeRow);
    receiptForm->addRow(m_receiptShown);
    cashForm->addRow(m_receiptBox);

    m_cardBox = new QWidget(this);
    auto *cardForm = new QFormLayout(m_cardBox);
    cardForm->setContentsMargins(0, 0, 0, 0);
    auto buddy = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, m_cardBox);
        label->setBuddy(field);
        return label;
    };
    cardForm->addRow(buddy(tr("Appro&val no.:"), m_approval), m_approval);
    cardForm->addRow(buddy(tr("Card c&ompany:"), m_company), m_company);
    cardForm->addRow(buddy(tr("&Instalments:"), m_instalments), m_instalments);
    cardForm->addRow(buddy(tr("&Last 4 digits:"), m_last4), m_last4);

    auto *form = new QFormLayout;
    form->addRow(tr("Left to pay:"), m_due);
    form->addRow(tr("Paid:"), m_parts);
    form->addRow(tr("Method:"), methodRow);
    auto *amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, m_amount);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_cashBox);
    layout->addWidget(m_cardBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QLineEdit *field : {m_amount, m_tendered, m_approval, m_last4, m_receiptNumber})
        connect(field, &QLineEdit::textChanged, this, &PayDialog::update);
    connect(m_receipt, &QCheckBox::toggled, this, [this](bool on) {
        update();
        if (on)
            m_receiptNumber->setFocus(Qt::OtherFocusReason);
    });
    for (QRadioButton *purpose : {m_deduction, m_proof}) {
        connect(purpose, &QRadioButton::clicked, this, [this] {
            m_purposeChosen = true;
            update();
        });
    }
    connect(m_instalments, &QSpinBox::valueChanged, this, &PayDialog::update);
    connect(m_card, &QRadioButton::toggled, this, [this] {
        update();
        if (m_card->isChecked())
            m_approval->setFocus(Qt::OtherFocusReason);
        else
            m_amount->setFocus(Qt::OtherFocusReason);
    });
    setTabOrder(m_amount, m_tendered);
    setTabOrder(m_tendered, m_receipt);
    setTabOrder(m_receipt, m_receiptNumber);
    setTabOrder(m_receiptNumber, m_deduction);
    setTabOrder(m_deduction, m_proof);
    setTabOrder(m_proof, m_cash);
    setTabOrder(m_cash, m_card);
    setTabOrder(m_card, m_approval);
    setTabOrder(m_approval, m_company);
    setTabOrder(m_company, m_instalments);
    setTabOrder(m_instalments, m_last4);
    showPaid(details);
    setMinimumWidth(480);
}

PaymentMethod PayDialog::method() const
{
    return m_card->isChecked() ? PaymentMethod::Card : PaymentMethod::Cash;
}

std::optional<Money> PayDialog::amount() const
{
    const auto typed =
        ListWidgets::readNumber(m_amount->text(), 1, due(), DisplayText::currency().decimals);
    return typed.ok() ? std::optional<Money>(typed.value) : std::nullopt;
}

std::optional<Money> PayDialog::tenderedCash() const
{
    if (m_tendered->text().trimmed().isEmpty())
        return std::nullopt;
    const auto typed = ListWidgets::readNumber(m_tendered->text(), 0, Limits::MaxMoney,
                                               DisplayText::currency().decimals);
    return typed.ok() ? std::optional<Money>(typed.value) : std::nullopt;
}

PaymentRequest PayDialog::request() const
{
    PaymentRequest request;
    request.method = method();
    request.amount = amount();
    if (request.method == PaymentMethod::Cash) {
        request.tendered = tenderedCash();
        if (const auto receipt = cashReceipt(); receipt && receipt->ok())
            request.cashReceipt = receipt->value();
    } else {
        request.card.approval = m_approval->text().trimmed();
        request.card.company = m_company->text().trimmed();
        request.card.instalments = m_instalments->value();
        request.card.last4 = m_last4->text();
    }
    return request;
}

QString PayDialog::problem() const
{
    if (due() <= 0)
        return tr("Nothing is left to pay.");
    const std::optional<Money> part = amount();
    if (!part) {
        return tr("Enter the amount of this payment, up to the %1 left.")
            .arg(DisplayText::money(due()));
    }
    if (method() == PaymentMethod::Card) {
        if (m_approval->text().trimmed().isEmpty())
            return tr("Type the approval number the card terminal printed (Alt+V).");
        if (m_instalments->value() == 1)
            return tr("Instalments are 2 to 36 months; 0 is a single payment.");
        if (!m_last4->text().isEmpty() && m_last4->text().size() != 4)
            return tr("Type all 4 last digits of the card, or none.");
        return {};
    }
    if (!m_tendered->text().trimmed().isEmpty()) {
        const std::optional<Money> cash = tenderedCash();
        if (!cash)
            return tr("Enter the amount the customer handed over.");
        if (*cash < *part) {
            return tr("%1 tendered is less than the amount %2: %3 missing.")
                .arg(DisplayText::money(*cash), DisplayText::money(*part),
                     DisplayText::money(*part - *cash));
        }
    }
    if (const auto receipt = cashReceipt(); receipt && !receipt->ok())
        return ErrorText::cashReceipt(receipt->error());
    return {};
}

std::optional<Result<CashReceipt>> PayDialog::cashReceipt() const
{
    if (method() != PaymentMethod::Cash || !m_receipt->isChecked())
        return std::nullopt;
    return CashReceipt::parse(m_receiptNumber->text(), m_proof->isChecked()
                                                           ? CashReceipt::Purpose::Proof
                                                           : CashReceipt::Purpose::Deduction);
}

void PayDialog::followPurpose()
{
    if (m_purposeChosen || !m_receipt->isChecked())
        return;
    // The domain says whether the number is for proof only; the dialog does not tell numbers.
    const Result<CashReceipt> asDeduction =
        CashReceipt::parse(m_receiptNumber->text(), CashReceipt::Purpose::Deduction);
    const bool proofOnly =
        !asDeduction && asDeduction.error().details.value(QStringLiteral("field")).toString() ==
                            QLatin1StringView("purpose");
    (proofOnly ? m_proof : m_deduction)->setChecked(true);
}

void PayDialog::update()
{
    const bool cash = method() == PaymentMethod::Cash;
    m_cashBox->setVisible(cash);
    m_cardBox->setVisible(!cash);
    followPurpose();
    m_receiptBox->setEnabled(m_receipt->isChecked());
    const auto receipt = cashReceipt();
    if (receipt && receipt->ok()) {
        const CashReceipt &shown = receipt->value();
        const QString purpose = DisplayText::cashReceiptPurpose(toText(shown.purpose));
        const QString number = unbroken(shown.printed());
        m_receiptShown->setText(
            shown.kind == CashReceipt::Kind::SelfIssued
                ? tr("No number given: issued to the tax office's self-issue number %1 (%2)")
                      .arg(number, purpose)
                : tr("Issued to %1 %2 (%3)")
                      .arg(DisplayText::cashReceiptKind(toText(shown.kind)), number, purpose));
    } else {
        m_receiptShown->clear();
    }
    const std::optional<Money> part = amount();
    const std::optional<Money> given = tenderedCash();
    m_change->setText(cash && part && given && *given >= *part ? DisplayText::money(*given - *part)
                                                               : QString());
    const QString why = problem();
    m_problem->setText(why);
    m_confirm->setEnabled(why.isEmpty());
}

void PayDialog::prefill()
{
    m_amount->setText(plainAmount(due()));
    m_tendered->clear();
    m_approval->clear();
    m_company->clear();
    m_instalments->setValue(0);
    m_last4->clear();
    m_receipt->setChecked(false);
    m_receiptNumber->clear();
    m_deduction->setChecked(true);
    m_purposeChosen = false;
    // What is typed next replaces the amount: F9, the amount, Enter.
    m_cash->setChecked(true);
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

void PayDialog::showPaid(const OrderDetails &details)
{
    m_details = details;
    m_due->setText(DisplayText::money(due()));
    QStringList parts;
    for (const Payment &payment : std::as_const(m_details.payments))
        parts << paymentPartText(payment);
    m_parts->setText(parts.isEmpty() ? tr("nothing yet") : parts.join(QLatin1Char('\n')));
    prefill();
    update();
    if (due() <= 0)
        QDialog::accept();
}

void PayDialog::showRefusal(const QString &text)
{
    m_problem->setText(text);
}

void PayDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        update();
        return; // Enter on a wrong amount keeps the dialog open with the reason shown
    }
    emit partRequested(orderId(), request());
}

} // namespace ShopDesk
