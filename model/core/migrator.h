// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace hostdeck {

/// One versioned SQL script from resources/sql, named NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

struct SchemaStatus
{
    int current = 0; ///< highest applied version, 0 for an empty database
    int latest = 0;  ///< highest version this binary ships
    QList<int> pending;
};

/// Applies the shipped migrations in order, each once and each in its own
/// transaction, recording them in schema_migrations. Concurrent migrators
/// serialise on an advisory lock. Refuses a database newer than the binary.
class Migrator
{
public:
    Migrator();
    /// For tests: a custom list instead of the shipped scripts.
    explicit Migrator(QList<Migration> migrations);

    const QList<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const;

    Result<SchemaStatus> status(QSqlDatabase &db) const;
    /// Returns the number of migrations applied.
    Result<int> migrate(QSqlDatabase &db, const std::function<void(const Migration &)> &progress = {}) const;

    /// The scripts compiled into the binary (":/sql/NNNN_*.sql").
    static QList<Migration> shipped();

private:
    QList<Migration> m_migrations;
};

} // namespace hostdeck
