#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ShopDesk {

class UserService;
class UnitOfWork;

// Log in, or switch user: pick a name, type the PIN, Enter. A wrong PIN is refused after the
// service's short delay, with a message; the PIN field is cleared for the next try and
// whoever was logged in before stays logged in until a PIN is right.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(UserService &users, UnitOfWork &work, QWidget *parent = nullptr);

    // The user who logged in, once accepted.
    QString userName() const;
    void accept() override;

private:
    UserService &m_users;
    UnitOfWork &m_work;
    QComboBox *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ShopDesk
