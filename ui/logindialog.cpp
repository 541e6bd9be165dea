#include "logindialog.h"
#include "errortext.h"
#include "listwidgets.h"

#include "terminalsettings.h"
#include "unitofwork.h"
#include "userservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {
QString roleText(Role role)
{
    return role == Role::Manager ? LoginDialog::tr("manager") : LoginDialog::tr("clerk");
}
} // namespace

LoginDialog::LoginDialog(UserService &users, UnitOfWork &work, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_work(work)
{
    setWindowTitle(tr("Log in to ShopDesk"));
    setObjectName(QStringLiteral("loginDialog"));
    setMinimumWidth(380);
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("loginName"));
    m_name->setAccessibleName(tr("User"));
    if (auto choices = users.loginChoices()) {
        for (const ActingUser &user : choices.value())
            m_name->addItem(tr("%1 (%2)").arg(user.name, roleText(user.role)), user.name);
    }
    // Whoever is working (at Switch user), else whoever last logged in on this terminal; the
    // first user when that one is gone or disabled.
    const auto &current = work.actingUser();
    const QString preselected = current ? current->name : TerminalSettings().lastUser();
    m_name->setCurrentIndex(qMax(0, m_name->findData(preselected)));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("loginPin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(UserRules::MaxPinLength);
    m_pin->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(UserRules::MaxPinLength)), m_pin));
    m_message = ListWidgets::createProblemLabel(QStringLiteral("loginMessage"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_name);
    form->addRow(tr("&PIN:"), m_pin);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // The name is usually right already (the last user, or the only one): start at the PIN.
    m_pin->setFocus();
}

QString LoginDialog::userName() const
{
    return m_name->currentData().toString();
}

void LoginDialog::accept()
{
    const QString name = userName();
    if (name.isEmpty()) {
        m_message->setText(tr("This shop has no users yet."));
        m_message->show();
        return;
    }
    m_buttons->setEnabled(false);
    // authenticate() leaves the acting user alone on failure: a wrong PIN at "switch user"
    // does not log out whoever is working.
    const Result<ActingUser> user = m_users.authenticate(name, m_pin->text());
    m_buttons->setEnabled(true);
    m_pin->clear();
    if (!user) {
        m_message->setText(ErrorText::text(user.error(), ErrorText::Context::LoggingIn));
        m_message->show();
        m_pin->setFocus();
        return;
    }
    m_work.setActingUser(user.value());
    TerminalSettings().setLastUser(user->name);
    QDialog::accept();
}

} // namespace ShopDesk
