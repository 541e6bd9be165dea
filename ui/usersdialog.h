#pragma once

#include "result.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace ShopDesk {

class ShopServices;
class UserTableModel;

// A manager's Users dialog (File > Users...): the users of this terminal with their role,
// whether disabled and when created; Add user (name, role, PIN typed twice), Change role,
// Reset PIN (typed twice), Disable and Enable, Unlock (a user locked after wrong PINs). The
// services decide; every refusal is shown as a translated message saying what to do, in the form
// that asked (the form stays open to be corrected) or, for Disable and Enable, under the list.
// Follows the event bus: changes made elsewhere (shopdesk-cli, another window) appear without a
// refresh button.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(ShopServices &shop, QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    // The name of the user selected in the list; empty when none.
    QString selectedName() const;
    void selectUser(const QString &name);
    // Reads the users again, keeping the selection.
    void reload();

    // What a refusal of a user command says, in the window's language (ErrorText's words for
    // managing users): never the core's own English sentence. `name` is the user the command
    // was about, for a refusal that names none.
    static QString refusalText(const Error &error, const QString &name);

signals:
    // Who acts changed: a manager made themselves a clerk, or the shop's first manager was
    // added here and logged in.
    void actingUserChanged();

private:
    void addUser();
    void changeRole();
    void resetPin();
    void toggleDisabled();
    void unlock();
    void updateButtons();
    void showDone(const QString &text);
    void showRefusal(const Error &error, const QString &name);
    // Whether the acting user may manage users (or the shop has no users yet).
    bool canManage() const;

    ShopServices &m_shop;
    UserTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_done = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace ShopDesk
