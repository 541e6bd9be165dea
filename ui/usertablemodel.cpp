#include "usertablemodel.h"

#include <QLocale>

#include "displaytext.h"

#include <QColor>
#include <QPalette>

namespace ShopDesk {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserTableModel::rowOf(const QString &name) const
{
    for (qsizetype row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(row);
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::roleText(Role role)
{
    return role == Role::Manager ? tr("Manager") : tr("Clerk");
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.name;
        case RoleColumn:
            return roleText(user.role);
        case StateColumn:
            if (user.disabled)
                return tr("Disabled");
            if (user.isLockedAt(QDateTime::currentDateTimeUtc()))
                return tr("Locked until %1")
                    .arg(QLocale().toString(user.lockedUntil.toLocalTime().time(),
                                            QStringLiteral("HH:mm:ss")));
            return tr("Active");
        case CreatedColumn:
            return DisplayText::dateTime(user.createdAt);
        }
        return {};
    case Qt::ForegroundRole:
        // A disabled user's row is greyed, like a cancelled order's.
        if (user.disabled)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case NameRole:
        return user.name;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace ShopDesk
