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

/// The one rule for running a transaction again (docs/architecture.md, "Retries"): only when
/// the server rolled it back as a whole for a reason that another attempt can cure, which is a
/// serialisation failure (40001) or a deadlock (40P01), during the work or at commit, and, when
/// the caller sets a lock timeout and asks for it, a lock wait that timed out (55P03). At most
/// kTransactionAttempts attempts in all. A lost connection is not retried here: whether the
/// work may run again is the WorkerPool's decision (Repeat), made once per job.
constexpr int kTransactionAttempts = 4;
inline bool isRetryableRollback(const QString &sqlState, bool lockTimeouts)
{
    return sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") ||
           (lockTimeouts && sqlState == QLatin1String("55P03"));
}

/// Runs `work` inside one transaction; commits when it returns ok, rolls back otherwise, and
/// runs it again as isRetryableRollback() allows.
template <typename Fn>
auto inTransaction(QSqlDatabase &db, Fn &&work, bool retryLockTimeouts = false) -> decltype(work())
{
    for (int attempt = 1;; ++attempt) {
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        auto result = work();
        if (!result.ok()) {
            tx.rollback();
            if (isRetryableRollback(result.error().sqlState, retryLockTimeouts) &&
                attempt < kTransactionAttempts)
                continue;
            return result;
        }
        if (Status s = tx.commit(); !s) {
            // Deferred checks run at commit, so a deadlock or serialisation failure can come here.
            if (isRetryableRollback(s.error().sqlState, retryLockTimeouts) && attempt < kTransactionAttempts)
                continue;
            return s.error();
        }
        return result;
    }
}

} // namespace hostdeck::db
