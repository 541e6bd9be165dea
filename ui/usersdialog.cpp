#include "usersdialog.h"

#include "errortext.h"
#include "listwidgets.h"
#include "shopservices.h"
#include "usertablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace ShopDesk {

namespace {

// The small form behind Add user, Change role and Reset PIN. It checks what it can itself
// (a name, a PIN of 4-12 digits typed the same twice) before `submit` runs the command;
// submit answers the refusal's text, or an empty one when done, and the form closes only then.
class UserForm : public QDialog
{
public:
    enum Field { NameField = 1, RoleField = 2, PinField = 4 };

    UserForm(int fields, const QString &objectName, const QString &title, const QString &acceptText,
             QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(objectName);
        setWindowTitle(title);
        setMinimumWidth(360);
        auto *form = new QFormLayout;
        if (fields & NameField) {
            m_name = new QLineEdit(this);
            m_name->setObjectName(QStringLiteral("userFormName"));
            m_name->setAccessibleName(UsersDialog::tr("Name"));
            m_name->setMaxLength(UserRules::MaxNameLength);
            form->addRow(UsersDialog::tr("&Name:"), m_name);
        }
        if (fields & RoleField) {
            m_role = new QComboBox(this);
            m_role->setObjectName(QStringLiteral("userFormRole"));
            m_role->setAccessibleName(UsersDialog::tr("Role"));
            m_role->addItem(UserTableModel::roleText(Role::Clerk), int(Role::Clerk));
            m_role->addItem(UserTableModel::roleText(Role::Manager), int(Role::Manager));
            form->addRow(UsersDialog::tr("&Role:"), m_role);
        }
        if (fields & PinField) {
            m_pin = pinEdit(QStringLiteral("userFormPin"), UsersDialog::tr("PIN"));
            m_again = pinEdit(QStringLiteral("userFormPinAgain"), UsersDialog::tr("PIN again"));
            form->addRow(UsersDialog::tr("&PIN:"), m_pin);
            form->addRow(UsersDialog::tr("PIN &again:"), m_again);
        }
        m_message = ListWidgets::createProblemLabel(QStringLiteral("userFormMessage"), this);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->setObjectName(QStringLiteral("userFormButtons"));
        buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
    }

    std::function<QString(UserForm &)> submit;
    int minPinLength = UserRules::MinPinLength; // the shop's setting

    QString name() const { return m_name ? m_name->text().trimmed() : QString(); }
    Role role() const { return m_role ? Role(m_role->currentData().toInt()) : Role::Clerk; }
    QString pin() const { return m_pin ? m_pin->text() : QString(); }
    void setRole(Role role, bool fixed)
    {
        m_role->setCurrentIndex(m_role->findData(int(role)));
        m_role->setEnabled(!fixed);
        if (fixed)
            m_role->setToolTip(UsersDialog::tr("The shop's first user is a manager."));
    }
    void focusFirst()
    {
        QWidget *first = m_name   ? static_cast<QWidget *>(m_name)
                         : m_role ? static_cast<QWidget *>(m_role)
                                  : m_pin;
        first->setFocus();
    }

    void accept() override
    {
        if (m_name && name().isEmpty())
            return ListWidgets::showProblem(m_message, UsersDialog::tr("Type the user's name."),
                                            m_name);
        if (m_pin) {
            const int length = int(m_pin->text().size());
            if (length < minPinLength || length > UserRules::MaxPinLength) {
                return ListWidgets::showProblem(m_message,
                                                UsersDialog::tr("A PIN is %1 to %2 digits.")
                                                    .arg(minPinLength)
                                                    .arg(UserRules::MaxPinLength),
                                                m_pin);
            }
            if (m_again->text() != m_pin->text()) {
                m_again->clear();
                return ListWidgets::showProblem(
                    m_message, UsersDialog::tr("The two PINs differ. Type the PIN again."),
                    m_again);
            }
        }
        const QString refused = submit ? submit(*this) : QString();
        if (!refused.isEmpty()) {
            QWidget *field = m_name   ? static_cast<QWidget *>(m_name)
                             : m_role ? static_cast<QWidget *>(m_role)
                                      : m_pin;
            return ListWidgets::showProblem(m_message, refused, field);
        }
        QDialog::accept();
    }

private:
    QLineEdit *pinEdit(const QString &objectName, const QString &accessibleName)
    {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(UserRules::MaxPinLength);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(UserRules::MaxPinLength)), edit));
        return edit;
    }

    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_message = nullptr;
};

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(objectName);
    made->setAutoDefault(false);
    return made;
}

} // namespace

UsersDialog::UsersDialog(ShopServices &shop, QWidget *parent)
    : QDialog(parent)
    , m_shop(shop)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    setMinimumSize(560, 360);
    m_model = new UserTableModel(this);
    m_view = ListWidgets::createView(QStringLiteral("usersView"), tr("Users"), this);
    m_view->setModel(m_model);
    ListWidgets::createEmptyText(m_view, QStringLiteral("usersEmpty"))
        ->setText(tr("No users yet: nobody needs to log in. Add a manager to start using PINs."));
    auto *listLabel = new QLabel(tr("&Users of this terminal:"), this);
    listLabel->setBuddy(m_view);

    m_add = button(tr("&Add user..."), QStringLiteral("addUserButton"), this);
    m_role = button(tr("Change &role..."), QStringLiteral("changeRoleButton"), this);
    m_pin = button(tr("Reset &PIN..."), QStringLiteral("resetPinButton"), this);
    m_disable = button(tr("&Disable"), QStringLiteral("disableUserButton"), this);
    m_unlock = button(tr("Un&lock"), QStringLiteral("unlockUserButton"), this);
    m_unlock->setToolTip(tr("Lets a user locked after wrong PINs log in again at once."));
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_pin, &QPushButton::clicked, this, &UsersDialog::resetPin);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_unlock, &QPushButton::clicked, this, &UsersDialog::unlock);

    m_message = ListWidgets::createProblemLabel(QStringLiteral("usersMessage"), this);
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("usersDone"));
    m_done->setWordWrap(true);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *actions = new QVBoxLayout;
    for (QPushButton *each : {m_add, m_role, m_pin, m_disable, m_unlock})
        actions->addWidget(each);
    actions->addStretch();
    auto *list = new QVBoxLayout;
    list->addWidget(listLabel);
    list->addWidget(m_view);
    auto *middle = new QHBoxLayout;
    middle->addLayout(list, 1);
    middle->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle);
    layout->addWidget(m_done);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersDialog::updateButtons);
    connect(&shop.bus, &EventBus::eventCommitted, this, [this](const DomainEvent &event) {
        if (event.type.startsWith(QLatin1StringView("User")))
            reload();
    });
    connect(&shop.bus, &EventBus::reset, this, &UsersDialog::reload);
    reload();
    if (m_model->rowCount() > 0)
        selectUser(m_model->users().first().name);
    m_view->setFocus();
}

QString UsersDialog::selectedName() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return {};
    return current.data(UserTableModel::NameRole).toString();
}

void UsersDialog::selectUser(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        m_view->selectionModel()->clear();
    } else {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    }
    updateButtons();
}

void UsersDialog::reload()
{
    const QString selected = selectedName();
    const Result<QList<User>> users = m_shop.users.users();
    m_model->setUsers(users ? users.value() : QList<User>());
    if (!users)
        showRefusal(users.error(), {});
    if (!selected.isEmpty())
        selectUser(selected);
    m_view->resizeColumnsToContents();
    updateButtons();
}

bool UsersDialog::canManage() const
{
    if (const auto &acting = m_shop.work.actingUser())
        return acting->isManager();
    const Result<bool> exist = m_shop.users.hasUsers();
    return exist && !exist.value();
}

void UsersDialog::updateButtons()
{
    const bool manage = canManage();
    const QString name = selectedName();
    const int row = m_model->rowOf(name);
    const bool selected = row >= 0;
    const bool disabled = selected && m_model->users().at(row).disabled;
    const bool failures = selected && m_model->users().at(row).failedLogins > 0;
    const auto &acting = m_shop.work.actingUser();
    const bool self = selected && acting && acting->name.compare(name, Qt::CaseInsensitive) == 0;
    m_add->setEnabled(manage);
    m_role->setEnabled(manage && selected);
    m_pin->setEnabled(manage && selected);
    m_disable->setText(disabled ? tr("&Enable") : tr("&Disable"));
    m_disable->setEnabled(manage && selected && !(self && !disabled));
    m_unlock->setEnabled(manage && failures);
    const QString onlyManagers =
        manage ? QString() : tr("Only a manager manages users. Switch user to log in as one.");
    for (QPushButton *each : {m_add, m_role, m_pin})
        each->setToolTip(onlyManagers);
    m_disable->setToolTip(manage && self ? tr("You cannot disable yourself while logged in; "
                                              "another manager can.")
                                         : onlyManagers);
}

void UsersDialog::showDone(const QString &text)
{
    ListWidgets::clearProblem(m_message);
    m_done->setText(text);
}

void UsersDialog::showRefusal(const Error &error, const QString &name)
{
    m_done->clear();
    ListWidgets::showProblem(m_message, refusalText(error, name));
}

QString UsersDialog::refusalText(const Error &error, const QString &name)
{
    // The user the command was about, where the refusal does not name one.
    Error about = error;
    if (!about.details.contains(QStringLiteral("user")))
        about.details.insert(QStringLiteral("user"), name);
    return ErrorText::text(about, ErrorText::Context::ManagingUsers);
}

void UsersDialog::addUser()
{
    const Result<bool> exist = m_shop.users.hasUsers();
    const bool first = exist && !exist.value();
    auto *form =
        new UserForm(UserForm::NameField | UserForm::RoleField | UserForm::PinField,
                     QStringLiteral("addUserDialog"), tr("Add a user"), tr("Add user"), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (first)
        form->setRole(Role::Manager, true);
    form->minPinLength = m_shop.users.minPinLength().ok() ? m_shop.users.minPinLength().value()
                                                          : UserRules::MinPinLength;
    form->submit = [this, first](UserForm &f) -> QString {
        const Result<User> added = m_shop.users.addUser(f.name(), f.role(), f.pin());
        if (!added)
            return refusalText(added.error(), f.name());
        if (first) {
            // As the first-start wizard does: the first manager is the one working now.
            if (m_shop.users.logIn(added->name, f.pin()))
                emit actingUserChanged();
        }
        reload();
        selectUser(added->name);
        showDone(added->role == Role::Manager ? tr("%1 was added as a manager.").arg(added->name)
                                              : tr("%1 was added as a clerk.").arg(added->name));
        return {};
    };
    form->focusFirst();
    form->open();
}

void UsersDialog::changeRole()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0)
        return;
    const User user = m_model->users().at(row);
    auto *form = new UserForm(UserForm::RoleField, QStringLiteral("changeRoleDialog"),
                              tr("Change the role of %1").arg(user.name), tr("Change role"), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setRole(user.role, false);
    form->submit = [this, name = user.name](UserForm &f) -> QString {
        const auto &before = m_shop.work.actingUser();
        const bool self = before && before->name.compare(name, Qt::CaseInsensitive) == 0;
        const Result<User> changed = m_shop.users.changeRole(name, f.role());
        if (!changed)
            return refusalText(changed.error(), name);
        reload();
        selectUser(changed->name);
        if (self && changed->role == Role::Clerk) {
            emit actingUserChanged();
            showDone(tr("You are a clerk now: another manager manages users from here on."));
        } else {
            showDone(changed->role == Role::Manager ? tr("%1 is a manager now.").arg(changed->name)
                                                    : tr("%1 is a clerk now.").arg(changed->name));
        }
        return {};
    };
    form->focusFirst();
    form->open();
}

void UsersDialog::resetPin()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *form = new UserForm(UserForm::PinField, QStringLiteral("resetPinDialog"),
                              tr("New PIN for %1").arg(name), tr("Reset PIN"), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->minPinLength = m_shop.users.minPinLength().ok() ? m_shop.users.minPinLength().value()
                                                          : UserRules::MinPinLength;
    form->submit = [this, name](UserForm &f) -> QString {
        if (Status reset = m_shop.users.resetPin(name, f.pin()); !reset)
            return refusalText(reset.error(), name);
        showDone(tr("The PIN of %1 was changed. The old PIN no longer works.").arg(name));
        return {};
    };
    form->focusFirst();
    form->open();
}

void UsersDialog::toggleDisabled()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0)
        return;
    const User user = m_model->users().at(row);
    const Result<User> changed =
        user.disabled ? m_shop.users.enableUser(user.name) : m_shop.users.disableUser(user.name);
    if (!changed) {
        showRefusal(changed.error(), user.name);
        reload();
        return;
    }
    reload();
    selectUser(changed->name);
    showDone(changed->disabled
                 ? tr("%1 is disabled: no login until a manager enables the user again.")
                       .arg(changed->name)
                 : tr("%1 is enabled and can log in again.").arg(changed->name));
}

void UsersDialog::unlock()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const Result<User> unlocked = m_shop.users.unlockUser(name);
    reload();
    if (!unlocked) {
        showRefusal(unlocked.error(), name);
        return;
    }
    selectUser(unlocked->name);
    showDone(tr("%1 is unlocked and can log in again.").arg(unlocked->name));
}

} // namespace ShopDesk
