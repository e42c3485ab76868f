// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace hostdeck {

/// A private PostgreSQL cluster owned by one user: initdb'd on first use under
/// `baseDir`, listening on a unix socket in `baseDir/run` only (no TCP port),
/// started with the installed pg_ctl or reused when another console of the
/// same user started it already.
///
/// PostgreSQL refuses to run as root. When the process is root the cluster is
/// owned by an unprivileged system user (default "hostdeck", created when
/// missing) and the server programs run as that user through runuser(1).
class EmbeddedCluster
{
public:
    struct Options
    {
        QString baseDir;     ///< empty: defaultBaseDir()
        QString binDir;      ///< empty: findBinDir()
        QString systemUser;  ///< owner when running as root; empty: "hostdeck"
        bool durable = true; ///< false: fsync off (throw-away test clusters)
    };

    EmbeddedCluster();
    explicit EmbeddedCluster(Options options);

    /// $XDG_DATA_HOME/hostdeck for ordinary users (overridable with
    /// HOSTDECK_DATA_DIR). For root, whose home the cluster owner cannot reach,
    /// /var/lib/hostdeck/root.
    static QString defaultBaseDir();
    /// HOSTDECK_PG_BINDIR, then /usr/lib/postgresql/<15..>/bin, then pg_config.
    static Result<QString> findBinDir();

    QString baseDir() const { return m_options.baseDir; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;

    /// Initialises (once) and starts the cluster, or reuses a running one.
    /// Returns settings for the bootstrap superuser "postgres".
    Result<ConnectionSettings> ensureRunning();
    /// True when this object started the server (rather than reusing it).
    bool startedHere() const { return m_startedHere; }
    bool isRunning() const;
    /// Stops the server (fast shutdown: open sessions are disconnected).
    Status stop();

    /// Settings for the bootstrap superuser, valid once the cluster runs.
    ConnectionSettings superuserSettings(const QString &database = QStringLiteral("postgres")) const;

private:
    Result<QString> run(const QString &program, const QStringList &args, int timeoutMs) const;
    Status prepareDirectories();
    Status ensureSystemUser();
    Status initialise();
    void removeStalePidFile() const;
    bool runningAsRoot() const;

    Options m_options;
    bool m_startedHere = false;
};

/// Creates the database `name` in the cluster if it does not exist, runs the
/// migrations and makes `operatorRole` a login role in hostdeck_admin. Used by
/// the console's embedded default and by the test fixture alike.
Result<ConnectionSettings> bootstrapEmbeddedDatabase(const EmbeddedCluster &cluster, const QString &name,
                                                     const QString &operatorRole);

/// The operator role name for this OS user (lower-case, safe characters).
QString defaultOperatorRole();

} // namespace hostdeck
