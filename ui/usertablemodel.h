#pragma once

#include "user.h"

#include <QAbstractTableModel>
#include <QList>

namespace ShopDesk {

// The users of the Users dialog, as UserService::users() returns them (by name): name, role,
// whether disabled, and when created. The model only shows rows; the dialog reads them again
// after each change.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, StateColumn, CreatedColumn, ColumnCount };
    // The user's name in every column, for finding a row whatever the language.
    static constexpr int NameRole = Qt::UserRole;

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QList<User> &users);
    const QList<User> &users() const { return m_users; }
    // The row of the user of that name (ASCII case ignored), -1 when none.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString roleText(Role role);

private:
    QList<User> m_users;
};

} // namespace ShopDesk
