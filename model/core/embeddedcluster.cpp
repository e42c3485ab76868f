// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/embeddedcluster.h"

#include "core/database.h"
#include "core/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedCluster)
};

constexpr int kSocketPort = 5432; // names the socket file only; no TCP listener
} // namespace

EmbeddedCluster::EmbeddedCluster()
    : EmbeddedCluster(Options{})
{}

EmbeddedCluster::EmbeddedCluster(Options options)
    : m_options(std::move(options))
{
    if (m_options.baseDir.isEmpty())
        m_options.baseDir = defaultBaseDir();
    if (m_options.systemUser.isEmpty())
        m_options.systemUser = QStringLiteral("hostdeck");
}

QString EmbeddedCluster::defaultBaseDir()
{
    const QString overridden = qEnvironmentVariable("HOSTDECK_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/hostdeck/root");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/hostdeck");
}

Result<QString> EmbeddedCluster::findBinDir()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("HOSTDECK_PG_BINDIR");
    if (!env.isEmpty()) {
        if (QFileInfo::exists(env + QStringLiteral("/initdb")) &&
            QFileInfo::exists(env + QStringLiteral("/pg_ctl")))
            return env;
        return Error::failure(
            Text::tr("HOSTDECK_PG_BINDIR is \"%1\", but initdb and pg_ctl are not there. "
                     "Install the PostgreSQL server programs with: sudo apt-get install postgresql-15, "
                     "or point HOSTDECK_PG_BINDIR at their directory.")
                .arg(env));
    }
    for (int major = 17; major >= 15; --major)
        candidates << QStringLiteral("/usr/lib/postgresql/%1/bin").arg(major);
    for (const QString &dir : candidates) {
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")) &&
            QFileInfo::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (!pgConfig.isEmpty()) {
        QProcess p;
        p.start(pgConfig, {QStringLiteral("--bindir")});
        if (p.waitForFinished(5000)) {
            const QString dir = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
            if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
                return dir;
        }
    }
    return Error::failure(Text::tr("PostgreSQL server programs (initdb, pg_ctl) were not found in %1. "
                                   "Install them with: sudo apt-get install postgresql-15, "
                                   "or point --db at an existing server.")
                              .arg(candidates.join(QStringLiteral(", "))));
}

QString EmbeddedCluster::dataDir() const
{
    return m_options.baseDir + QStringLiteral("/cluster");
}

QString EmbeddedCluster::socketDir() const
{
    return m_options.baseDir + QStringLiteral("/run");
}

QString EmbeddedCluster::logFile() const
{
    return m_options.baseDir + QStringLiteral("/run/postgresql.log");
}

bool EmbeddedCluster::runningAsRoot() const
{
    return ::geteuid() == 0;
}

ConnectionSettings EmbeddedCluster::superuserSettings(const QString &database) const
{
    ConnectionSettings s;
    s.embedded = true;
    s.host = socketDir();
    s.port = kSocketPort;
    s.user = QStringLiteral("postgres");
    s.database = database;
    return s;
}

Result<QString> EmbeddedCluster::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("PGDATA"));
    p.setProcessEnvironment(env);
    if (runningAsRoot()) {
        QStringList wrapped{QStringLiteral("-u"), m_options.systemUser, QStringLiteral("--"), program};
        wrapped += args;
        p.setWorkingDirectory(QStringLiteral("/"));
        p.start(QStringLiteral("runuser"), wrapped);
    } else {
        p.start(program, args);
    }
    if (!p.waitForStarted(5000))
        return Error::failure(Text::tr("Cannot start %1: %2").arg(program, p.errorString()));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return Error::failure(Text::tr("%1 did not finish within %2 seconds.")
                                  .arg(QFileInfo(program).fileName())
                                  .arg(timeoutMs / 1000),
                              QString::fromLocal8Bit(p.readAll()));
    }
    const QString output = QString::fromLocal8Bit(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        Error e{Text::tr("%1 failed (exit code %2).").arg(QFileInfo(program).fileName()).arg(p.exitCode()),
                output.trimmed(),
                {}};
        e.sqlState = QString::number(p.exitCode()); // callers use it for pg_ctl status codes
        return e;
    }
    return output;
}

Status EmbeddedCluster::ensureSystemUser()
{
    if (::getpwnam(m_options.systemUser.toLocal8Bit().constData()) != nullptr)
        return {};
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("useradd"),
            {QStringLiteral("--system"), QStringLiteral("--user-group"), QStringLiteral("--no-create-home"),
             QStringLiteral("--home-dir"), QStringLiteral("/nonexistent"), QStringLiteral("--shell"),
             QStringLiteral("/usr/sbin/nologin"), m_options.systemUser});
    if (!p.waitForFinished(15000) || p.exitCode() != 0) {
        // A concurrent process may have created it in the meantime.
        if (::getpwnam(m_options.systemUser.toLocal8Bit().constData()) != nullptr)
            return {};
        return Error::failure(
            Text::tr("PostgreSQL refuses to run as root, and the system user \"%1\" that should own the "
                     "cluster could not be created.")
                .arg(m_options.systemUser),
            QString::fromLocal8Bit(p.readAll()).trimmed());
    }
    return {};
}

Status EmbeddedCluster::prepareDirectories()
{
    QDir base(m_options.baseDir);
    if (!base.mkpath(QStringLiteral("run")))
        return Error::failure(Text::tr("Cannot create the directory %1.").arg(socketDir()));
    if (runningAsRoot()) {
        const passwd *pw = ::getpwnam(m_options.systemUser.toLocal8Bit().constData());
        if (pw == nullptr)
            return Error::failure(
                Text::tr("The system user \"%1\" does not exist.").arg(m_options.systemUser));
        // The owner must reach the base directory; everyone else stays out of run/ and cluster/.
        for (QString dir = m_options.baseDir; dir.size() > 1; dir = QFileInfo(dir).path()) {
            struct stat st
            {
            };
            if (::stat(dir.toLocal8Bit().constData(), &st) == 0 && (st.st_mode & S_IXOTH) == 0 &&
                st.st_uid != pw->pw_uid) {
                if (dir.startsWith(m_options.baseDir)) {
                    ::chmod(dir.toLocal8Bit().constData(), st.st_mode | S_IXOTH | S_IROTH);
                } else {
                    return Error::failure(
                        Text::tr("The cluster directory %1 lies below %2, which the system user \"%3\" "
                                 "cannot enter. Choose another place with HOSTDECK_DATA_DIR.")
                            .arg(m_options.baseDir, dir, m_options.systemUser));
                }
            }
        }
        if (::chown(socketDir().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0)
            return Error::failure(
                Text::tr("Cannot hand %1 to the system user \"%2\".").arg(socketDir(), m_options.systemUser));
        if (QFileInfo::exists(dataDir()) && QFileInfo(dataDir()).ownerId() != pw->pw_uid)
            return Error::failure(Text::tr("The cluster in %1 belongs to another user, not to \"%2\".")
                                      .arg(dataDir(), m_options.systemUser));
    }
    ::chmod(socketDir().toLocal8Bit().constData(), 0700);
    return {};
}

Status EmbeddedCluster::initialise()
{
    if (QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return {};
    auto binDir = m_options.binDir.isEmpty() ? findBinDir() : Result<QString>(m_options.binDir);
    if (!binDir)
        return binDir.error();
    // A half-finished initdb leaves a directory without PG_VERSION behind.
    if (QFileInfo::exists(dataDir()))
        QDir(dataDir()).removeRecursively();
    if (runningAsRoot()) {
        QDir().mkpath(dataDir());
        const passwd *pw = ::getpwnam(m_options.systemUser.toLocal8Bit().constData());
        if (::chown(dataDir().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0)
            return Error::failure(
                Text::tr("Cannot hand %1 to the system user \"%2\".").arg(dataDir(), m_options.systemUser));
    }
    QStringList args{QStringLiteral("-D"),         dataDir(),
                     QStringLiteral("-U"),         QStringLiteral("postgres"),
                     QStringLiteral("-A"),         QStringLiteral("trust"),
                     QStringLiteral("-E"),         QStringLiteral("UTF8"),
                     QStringLiteral("--no-locale")};
    if (!m_options.durable)
        args << QStringLiteral("--no-sync");
    auto out = run(*binDir + QStringLiteral("/initdb"), args, 120000);
    if (!out) {
        Error e = out.error();
        e.message = Text::tr("Creating the embedded PostgreSQL cluster in %1 failed.").arg(dataDir());
        return e;
    }
    return {};
}

void EmbeddedCluster::removeStalePidFile() const
{
    // postmaster.pid and the socket's lock file both start with the server's PID.
    // After a crash or a reboot that PID may be dead, or reused by an unrelated
    // process, which would make pg_ctl report a server that is not there and
    // the new server refuse to start.
    const QString socketLock = socketDir() + QStringLiteral("/.s.PGSQL.%1.lock").arg(kSocketPort);
    const QStringList lockFiles{dataDir() + QStringLiteral("/postmaster.pid"), socketLock};
    for (const QString &lockFile : lockFiles) {
        QFile f(lockFile);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = QString::fromLatin1(f.readLine()).trimmed().toLongLong();
        f.close();
        bool alive = pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
        if (alive) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            if (comm.open(QIODevice::ReadOnly)) {
                const QByteArray name = comm.readAll().trimmed();
                alive = name.startsWith("postgres") || name.startsWith("postmaster");
            }
        }
        if (alive)
            continue;
        QFile::remove(lockFile);
        if (lockFile == socketLock)
            QFile::remove(socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(kSocketPort));
    }
}

bool EmbeddedCluster::isRunning() const
{
    auto binDir = m_options.binDir.isEmpty() ? findBinDir() : Result<QString>(m_options.binDir);
    if (!binDir || !QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return false;
    return run(*binDir + QStringLiteral("/pg_ctl"),
               {QStringLiteral("status"), QStringLiteral("-D"), dataDir()}, 10000)
        .ok();
}

Result<ConnectionSettings> EmbeddedCluster::ensureRunning()
{
    auto binDir = m_options.binDir.isEmpty() ? findBinDir() : Result<QString>(m_options.binDir);
    if (!binDir)
        return binDir.error();
    // Checked before anything is created, so a missing installation leaves no trace.
    if (!QFileInfo::exists(*binDir + QStringLiteral("/initdb")) ||
        !QFileInfo::exists(*binDir + QStringLiteral("/pg_ctl")))
        return Error::failure(Text::tr("The PostgreSQL server programs initdb and pg_ctl are not in %1. "
                                       "Install them with: sudo apt-get install postgresql-15, "
                                       "or point --db at an existing server.")
                                  .arg(*binDir));
    m_options.binDir = *binDir;

    if (!QDir().mkpath(m_options.baseDir))
        return Error::failure(Text::tr("Cannot create the directory %1.").arg(m_options.baseDir));
    // Two consoles starting at once: one initialises and starts, the other waits and reuses.
    QLockFile lock(m_options.baseDir + QStringLiteral("/start.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(120000))
        return Error::failure(Text::tr("Another HostDeck is still starting the embedded database in %1.")
                                  .arg(m_options.baseDir));

    if (runningAsRoot()) {
        if (Status s = ensureSystemUser(); !s)
            return s.error();
    }
    if (Status s = prepareDirectories(); !s)
        return s.error();
    if (Status s = initialise(); !s)
        return s.error();

    removeStalePidFile();
    if (isRunning() && QFileInfo::exists(socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(kSocketPort))) {
        m_startedHere = false;
        return superuserSettings();
    }

    const QString serverOptions =
        QStringLiteral(
            "-k %1 -p %2 -c listen_addresses='' -c unix_socket_permissions=0700 -c max_connections=200")
            .arg(socketDir())
            .arg(kSocketPort) +
        (m_options.durable
             ? QString()
             : QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"));
    auto started = run(m_options.binDir + QStringLiteral("/pg_ctl"),
                       {QStringLiteral("start"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                        logFile(), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                        QStringLiteral("-o"), serverOptions},
                       90000);
    if (!started) {
        QFile log(logFile());
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromLocal8Bit(log.readAll()).right(2000);
        return Error::failure(Text::tr("The embedded PostgreSQL server in %1 did not start.").arg(dataDir()),
                              started.error().detail + u'\n' + tail);
    }
    m_startedHere = true;
    return superuserSettings();
}

Status EmbeddedCluster::stop()
{
    auto binDir = m_options.binDir.isEmpty() ? findBinDir() : Result<QString>(m_options.binDir);
    if (!binDir)
        return binDir.error();
    auto out = run(*binDir + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                    QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60")},
                   90000);
    if (!out)
        return out.error();
    m_startedHere = false;
    return {};
}

QString defaultOperatorRole()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::geteuid()))
            name = QString::fromLocal8Bit(pw->pw_name);
    }
    name = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    if (name.isEmpty() || name == QLatin1String("postgres"))
        name = QStringLiteral("operator");
    return name;
}

Result<ConnectionSettings> bootstrapEmbeddedDatabase(const EmbeddedCluster &cluster, const QString &name,
                                                     const QString &operatorRole)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!safe.match(name).hasMatch() || !safe.match(operatorRole).hasMatch())
        return Error::failure(QCoreApplication::translate(
                                  "EmbeddedCluster", "\"%1\"/\"%2\" is not a valid database or role name.")
                                  .arg(name, operatorRole));
    const QString connName =
        QStringLiteral("hostdeck-bootstrap-") + QUuid::createUuid().toString(QUuid::Id128);
    Status status;
    {
        auto admin = db::open(cluster.superuserSettings(), connName, false);
        if (!admin)
            return admin.error();
        QSqlDatabase &db = *admin;
        bool found = false;
        {
            // The query must go before the connection closes (QPSQL warns otherwise).
            auto exists = db::exec(db, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = :n"),
                                   {{QStringLiteral("n"), name}});
            if (!exists)
                status = exists.error();
            else
                found = exists->next();
        }
        if (status && !found) {
            // Identifiers cannot be bound; the name was checked against a strict pattern above.
            status = db::execScript(db, QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!status && status.error().sqlState == QLatin1String("42P04"))
                status = {}; // created concurrently
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connName);
    if (!status)
        return status.error();

    Result<int> migrated = 0;
    {
        auto owner = db::open(cluster.superuserSettings(name), connName, false);
        if (!owner)
            return owner.error();
        QSqlDatabase &db = *owner;
        // Re-running idempotent statements (GRANT, IF NOT EXISTS) is expected: no NOTICE chatter on stderr.
        db::execScript(db, QStringLiteral("SET client_min_messages = warning"));
        migrated = Migrator().migrate(db);
        if (migrated) {
            status = db::execScript(
                db, QStringLiteral("DO $$ BEGIN "
                                   "CREATE ROLE \"%1\" LOGIN; "
                                   "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; "
                                   "END $$; GRANT hostdeck_admin TO \"%1\";")
                        .arg(operatorRole));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connName);
    if (!migrated)
        return migrated.error();
    if (!status)
        return status.error();

    ConnectionSettings s = cluster.superuserSettings(name);
    s.user = operatorRole;
    return s;
}

} // namespace hostdeck
