#include "firstrundialog.h"
#include "errortext.h"
#include "listwidgets.h"
#include "protocol.h"
#include "user.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {
QLineEdit *field(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLineEdit *pinField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    QLineEdit *edit = field(objectName, accessibleName, parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(UserRules::MaxPinLength);
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(UserRules::MaxPinLength)), edit));
    return edit;
}
} // namespace

FirstRunDialog::FirstRunDialog(const QString &terminal, bool editable, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to ShopDesk"));
    setMinimumWidth(460);
    auto *intro = new QLabel(tr("Name this terminal and create the shop's first manager. The "
                                "manager can then add clerks and other managers."),
                             this);
    intro->setWordWrap(true);

    m_terminal = field(QStringLiteral("firstRunTerminal"), tr("Terminal name"), this);
    m_terminal->setText(terminal);
    m_terminal->setReadOnly(!editable);
    m_terminal->setMaxLength(16);
    m_terminal->setToolTip(tr("1-16 letters, digits, '-' or '_', starting with a letter; order "
                              "numbers begin with it (T1-000001)."));
    m_name = field(QStringLiteral("firstRunName"), tr("Manager name"), this);
    m_name->setMaxLength(64);
    m_pin = pinField(QStringLiteral("firstRunPin"), tr("PIN"), this);
    m_pinAgain = pinField(QStringLiteral("firstRunPinAgain"), tr("PIN again"), this);
    m_message = ListWidgets::createProblemLabel(QStringLiteral("firstRunMessage"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create manager"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Terminal:"), m_terminal);
    form->addRow(tr("&Manager name:"), m_name);
    form->addRow(
        tr("&PIN (%1-%2 digits):").arg(UserRules::MinPinLength).arg(UserRules::MaxPinLength),
        m_pin);
    form->addRow(tr("PIN &again:"), m_pinAgain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (editable ? m_terminal : m_name)->setFocus();
}

FirstRunAnswers FirstRunDialog::answers() const
{
    return {m_terminal->text().trimmed(), m_name->text().trimmed(), m_pin->text()};
}

void FirstRunDialog::showError(const QString &text, QLineEdit *field)
{
    ListWidgets::showProblem(m_message, text, field);
}

void FirstRunDialog::accept()
{
    const FirstRunAnswers typed = answers();
    if (typed.terminal.isEmpty())
        return showError(tr("Type a name for this terminal, for example T1."), m_terminal);
    if (!m_terminal->isReadOnly() && !Sync::isValidTerminalName(typed.terminal)) {
        return showError(tr("The terminal name '%1' is not valid: use 1-16 letters, digits, '-' "
                            "or '_', starting with a letter (for example T1).")
                             .arg(typed.terminal),
                         m_terminal);
    }
    if (typed.managerName.isEmpty())
        return showError(tr("Type the manager's name."), m_name);
    if (typed.pin.size() < UserRules::MinPinLength)
        return showError(tr("The PIN needs %1 to %2 digits.")
                             .arg(UserRules::MinPinLength)
                             .arg(UserRules::MaxPinLength),
                         m_pin);
    if (typed.pin != m_pinAgain->text()) {
        m_pinAgain->clear();
        return showError(tr("The two PINs differ. Type the PIN again."), m_pinAgain);
    }
    if (const Status applied = m_apply(typed); !applied)
        return showError(tr("Cannot create the manager: %1")
                             .arg(ErrorText::text(applied.error(), ErrorText::Context::FirstStart)),
                         nullptr);
    QDialog::accept();
}

} // namespace ShopDesk
