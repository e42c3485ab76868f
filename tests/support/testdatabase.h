// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "core/embeddedcluster.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hostdeck::test {

/// A fresh, migrated database for one test executable, in the shared
/// throw-away cluster named by HOSTDECK_TEST_CLUSTER (started by the "pg"
/// ctest fixture), or in a private cluster when run outside ctest.
class TestDatabase
{
public:
    /// Drops and recreates database `name`, migrated, with the operator role
    /// "hostdeck_test_admin" (a member of hostdeck_admin). QVERIFY-friendly:
    /// check ok() and error().
    explicit TestDatabase(const QString &name, bool migrate = true);
    ~TestDatabase();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// Connects as the admin operator role.
    ConnectionSettings settings() const { return m_settings; }
    /// Connects as the bootstrap superuser.
    ConnectionSettings superuser() const;
    /// Settings for another login role in the same database.
    ConnectionSettings as(const QString &role) const;
    const EmbeddedCluster &cluster() const { return *m_cluster; }

    /// A connection in the calling thread (opened on first use).
    QSqlDatabase connection(const QString &suffix = QStringLiteral("main"));
    /// Runs SQL as the superuser (test set-up only); fails the test on error.
    bool superExec(const QString &sql);
    /// Creates a login role that is member of `group`.
    bool createRole(const QString &role, const QString &group);

private:
    QString m_name;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_privateDir;
    std::unique_ptr<EmbeddedCluster> m_cluster;
    ConnectionSettings m_settings;
    QStringList m_connections;
};

} // namespace hostdeck::test
