#pragma once

#include "result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ShopDesk {

// What the first start asks for.
struct FirstRunAnswers
{
    QString terminal;
    QString managerName;
    QString pin;
};

// The first start of a shop without users: name this terminal (when its database is new) and
// create the first manager with a PIN typed twice. The dialog checks what it can see (empty
// fields, a terminal name the naming rule refuses, PINs that differ or are not 4-12 digits),
// then hands the answers to apply, which creates the database and the manager; an error from
// apply is shown in ErrorText's words and the dialog stays open, with everything typed kept.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const FirstRunAnswers &)>;

    // terminal: the database's terminal name; editable says whether it can still be chosen
    // (a database that does not exist yet).
    FirstRunDialog(const QString &terminal, bool editable, Apply apply, QWidget *parent = nullptr);

    FirstRunAnswers answers() const;
    void accept() override;

private:
    void showError(const QString &text, QLineEdit *field);

    Apply m_apply;
    QLineEdit *m_terminal = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ShopDesk
