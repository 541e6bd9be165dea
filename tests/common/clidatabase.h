#pragma once

// What the tests of shopdesk-cli on a database share: running the binary with only the PIN
// variables given (none of the caller's SHOPDESK_* leaking in) and reading every row of the
// tables a refused command must leave alone.

#include "processrun.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ShopDesk::Testing {

// Runs shopdesk-cli --db db ARGS with SHOPDESK_PIN and SHOPDESK_NEW_PIN set only when given
// (a null string leaves them unset) and no SHOPDESK_DB.
inline ProcessRun runCliOn(const QString &cli, const QString &db, const QStringList &args,
                           const QString &pin = {}, const QString &newPin = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHOPDESK_PIN"));
    env.remove(QStringLiteral("SHOPDESK_NEW_PIN"));
    env.remove(QStringLiteral("SHOPDESK_DB"));
    if (!pin.isNull())
        env.insert(QStringLiteral("SHOPDESK_PIN"), pin);
    if (!newPin.isNull())
        env.insert(QStringLiteral("SHOPDESK_NEW_PIN"), newPin);
    return runProcess(cli, QStringList{QStringLiteral("--db"), db} + args, {.env = env});
}

// Every row of the tables, as "table:field|field|...", ordered by their first column.
inline QStringList dumpTables(const QString &db, const QStringList &tables)
{
    QStringList rows;
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        c.setDatabaseName(db);
        if (c.open()) {
            for (const QString &table : tables) {
                QSqlQuery q(c);
                q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
                while (q.next()) {
                    QStringList fields;
                    for (int i = 0; i < q.record().count(); ++i)
                        fields << q.value(i).toString();
                    rows << table + QLatin1Char(':') + fields.join(QLatin1Char('|'));
                }
            }
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return rows;
}

} // namespace ShopDesk::Testing
