// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace hostdeck::db {

/// Opens (or reopens) the named QPSQL connection in the calling thread.
/// Checks that the QPSQL driver is present and that the schema is not newer
/// than this binary when `checkSchema` is set.
Result<QSqlDatabase> open(const ConnectionSettings &settings, const QString &connectionName,
                          bool checkSchema = true);

/// Turns a QSqlError into an Error with a translated message. Constraint
/// violations of the schema get a sentence naming the rule.
Error fromSqlError(const QSqlError &error, const QString &context = {});

/// True when the error means the connection itself is gone (SQLSTATE class 08,
/// admin shutdown, or a broken socket).
bool isConnectionLost(const QSqlError &error);

/// Prepares and runs `sql` with named bind values (":name"). Never builds SQL
/// from values.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {});

/// Runs `sql` without preparing it: for scripts with several statements
/// (migrations). Takes no values.
Status execScript(QSqlDatabase &db, const QString &sql);

/// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

/// Runs `work` inside one transaction; commits when it returns ok, rolls back
/// otherwise. Serialisation failures and deadlocks are retried a bounded
/// number of times.
template <typename Fn> auto inTransaction(QSqlDatabase &db, Fn &&work) -> decltype(work())
{
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        auto result = work();
        if (!result.ok()) {
            tx.rollback();
            const QString state = result.error().sqlState;
            if ((state == QLatin1String("40001") || state == QLatin1String("40P01")) && attempt < kAttempts)
                continue;
            return result;
        }
        if (Status s = tx.commit(); !s) {
            if ((s.error().sqlState == QLatin1String("40001")) && attempt < kAttempts)
                continue;
            return s.error();
        }
        return result;
    }
}

} // namespace hostdeck::db
