// SPDX-License-Identifier: GPL-3.0-or-later
// EmbeddedCluster with its own throw-away cluster (not the shared fixture):
// first start initialises, a second console reuses, stale lock files left by
// a crash are recovered from, missing binaries are explained without creating
// anything, and bootstrapEmbeddedDatabase gives a migrated database with an
// operator role that can log in. As root the cluster runs as user "hostdeck".
#include "core/database.h"
#include "core/embeddedcluster.h"
#include "core/migrator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace hostdeck;

class TstEmbeddedCluster : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstStartInitialises();
    void secondInstanceReuses();
    void bootstrapCreatesMigratedDatabase();
    void bootstrapRefusesBadNames();
    void stopStops();
    void stalePidFileOfDeadProcess();
    void stalePidFileOfForeignProcess();
    void missingBinariesCreateNothing();
    void missingBinariesFromEnvironment();

private:
    EmbeddedCluster::Options options() const;
    bool canQuery(const ConnectionSettings &settings, QString *error = nullptr);
    void writeStaleLocks(qint64 pid, bool withSocket);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedCluster> m_cluster;
    ConnectionSettings m_first;
};

EmbeddedCluster::Options TstEmbeddedCluster::options() const
{
    EmbeddedCluster::Options o;
    o.baseDir = m_dir->path();
    o.durable = false;
    return o;
}

void TstEmbeddedCluster::initTestCase()
{
    // Under /tmp: the cluster's owner must be able to reach it when we are root.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/hostdeck-ec-XXXXXX"));
    QVERIFY(m_dir->isValid());
    auto bin = EmbeddedCluster::findBinDir();
    QVERIFY2(bin.ok(), qPrintable(bin.ok() ? QString() : bin.error().message));
}

void TstEmbeddedCluster::cleanupTestCase()
{
    EmbeddedCluster cluster(options());
    if (cluster.isRunning())
        QVERIFY(cluster.stop().ok());
}

bool TstEmbeddedCluster::canQuery(const ConnectionSettings &settings, QString *error)
{
    const QString name = QStringLiteral("ec-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        auto db = db::open(settings, name, false);
        if (db) {
            auto q = db::exec(*db, QStringLiteral("SELECT 41 + 1"));
            ok = q && q->next() && q->value(0).toInt() == 42;
            if (!q && error)
                *error = q.error().fullText();
            db->close();
        } else if (error) {
            *error = db.error().fullText();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void TstEmbeddedCluster::firstStartInitialises()
{
    m_cluster = std::make_unique<EmbeddedCluster>(options());
    QVERIFY(!QFileInfo::exists(m_cluster->dataDir() + QStringLiteral("/PG_VERSION")));
    QVERIFY(!m_cluster->isRunning());

    auto settings = m_cluster->ensureRunning();
    QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().fullText()));
    QVERIFY(m_cluster->startedHere());
    QVERIFY(m_cluster->isRunning());
    QVERIFY(QFileInfo::exists(m_cluster->dataDir() + QStringLiteral("/PG_VERSION")));
    QCOMPARE(settings->host, m_cluster->socketDir());
    QVERIFY(settings->embedded);
    QCOMPARE(settings->user, QStringLiteral("postgres"));
    QVERIFY(QFileInfo::exists(m_cluster->socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(settings->port)));
    QString error;
    QVERIFY2(canQuery(*settings, &error), qPrintable(error));
    m_first = *settings;

    // Unix socket only: the server listens on no TCP address.
    const QString name = QStringLiteral("ec-listen");
    {
        auto db = db::open(*settings, name, false);
        QVERIFY(db.ok());
        auto q = db::exec(*db, QStringLiteral("SELECT current_setting('listen_addresses')"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QString());
        db->close();
    }
    QSqlDatabase::removeDatabase(name);

    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("hostdeck");
        QVERIFY2(pw != nullptr, "running as root, the cluster must belong to the system user hostdeck");
        QCOMPARE(QFileInfo(m_cluster->dataDir()).ownerId(), uint(pw->pw_uid));
    }
}

void TstEmbeddedCluster::secondInstanceReuses()
{
    EmbeddedCluster second(options());
    auto settings = second.ensureRunning();
    QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().fullText()));
    QVERIFY(!second.startedHere());
    QCOMPARE(settings->host, m_first.host);
    QCOMPARE(settings->port, m_first.port);
    QVERIFY(canQuery(*settings));
}

void TstEmbeddedCluster::bootstrapCreatesMigratedDatabase()
{
    auto settings =
        bootstrapEmbeddedDatabase(*m_cluster, QStringLiteral("hd_boot"), QStringLiteral("op_boot"));
    QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().fullText()));
    QCOMPARE(settings->user, QStringLiteral("op_boot"));
    QCOMPARE(settings->database, QStringLiteral("hd_boot"));
    QCOMPARE(settings->host, m_cluster->socketDir());

    // The operator logs in, with the schema check on, and is an administrator.
    const QString name = QStringLiteral("ec-operator");
    {
        auto db = db::open(*settings, name, true);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        auto q = db::exec(
            *db,
            QStringLiteral(
                "SELECT current_user, pg_has_role(current_user, 'hostdeck_admin', 'MEMBER'), "
                "(SELECT count(*) FROM schema_migrations), (SELECT max(version) FROM schema_migrations)"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("op_boot"));
        QVERIFY(q->value(1).toBool());
        QCOMPARE(q->value(2).toLongLong(), Migrator().migrations().size());
        QCOMPARE(q->value(3).toInt(), Migrator().latestVersion());
        // Administrators may write.
        QVERIFY(
            db::exec(*db, QStringLiteral("INSERT INTO customers (code, name) VALUES ('C1', 'First')")).ok());
        db->close();
    }
    QSqlDatabase::removeDatabase(name);

    // Again: idempotent, nothing lost, nothing re-applied.
    auto again = bootstrapEmbeddedDatabase(*m_cluster, QStringLiteral("hd_boot"), QStringLiteral("op_boot"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().fullText()));
    {
        auto db = db::open(*again, name, true);
        QVERIFY(db.ok());
        auto q = db::exec(
            *db, QStringLiteral(
                     "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM schema_migrations)"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
        QCOMPARE(q->value(1).toLongLong(), Migrator().migrations().size());
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TstEmbeddedCluster::bootstrapRefusesBadNames()
{
    for (const auto &[database, role] :
         {std::pair{QStringLiteral("bad-name"), QStringLiteral("op")},
          std::pair{QStringLiteral("ok_db"), QStringLiteral("op\"; DROP ROLE x; --")},
          std::pair{QStringLiteral("Upper"), QStringLiteral("op")}}) {
        auto r = bootstrapEmbeddedDatabase(*m_cluster, database, role);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("not a valid")), qPrintable(r.error().message));
    }
    const QString name = QStringLiteral("ec-names");
    {
        auto db = db::open(m_cluster->superuserSettings(), name, false);
        QVERIFY(db.ok());
        auto q = db::exec(
            *db,
            QStringLiteral(
                "SELECT count(*) FROM pg_database WHERE datname IN ('bad-name', 'ok_db', 'Upper', 'upper')"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TstEmbeddedCluster::stopStops()
{
    QVERIFY(m_cluster->stop().ok());
    QVERIFY(!m_cluster->isRunning());
    QVERIFY(!QFileInfo::exists(m_cluster->socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(m_first.port)));
    QVERIFY(!canQuery(m_first));
}

// Lock files as a crashed server leaves them, naming `pid`.
void TstEmbeddedCluster::writeStaleLocks(qint64 pid, bool withSocket)
{
    const QByteArray content = QByteArray::number(pid) + '\n' + m_cluster->dataDir().toLocal8Bit() +
                               "\n1700000000\n" + QByteArray::number(m_first.port) + '\n' +
                               m_cluster->socketDir().toLocal8Bit() + "\n\n  5432001         0\nready   \n";
    QStringList files{m_cluster->dataDir() + QStringLiteral("/postmaster.pid")};
    if (withSocket) {
        files << m_cluster->socketDir() + QStringLiteral("/.s.PGSQL.%1.lock").arg(m_first.port)
              << m_cluster->socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(m_first.port);
    }
    const passwd *pw = ::geteuid() == 0 ? ::getpwnam("hostdeck") : nullptr;
    for (const QString &path : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        if (pw)
            QCOMPARE(::chown(path.toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid), 0);
    }
}

void TstEmbeddedCluster::stalePidFileOfDeadProcess()
{
    // A PID that certainly belongs to no process: one we started and reaped.
    QProcess gone;
    gone.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    QVERIFY(gone.waitForFinished(5000));
    const qint64 pid = gone.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY(pid > 0);
    QVERIFY(::kill(pid_t(pid), 0) != 0);
    writeStaleLocks(pid, false);
    if (QTest::currentTestFailed())
        return;

    EmbeddedCluster cluster(options());
    QVERIFY(!cluster.isRunning());
    auto settings = cluster.ensureRunning();
    QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().fullText()));
    QVERIFY(cluster.startedHere());
    QString error;
    QVERIFY2(canQuery(*settings, &error), qPrintable(error));
    QVERIFY(cluster.stop().ok());
}

void TstEmbeddedCluster::stalePidFileOfForeignProcess()
{
    // After a reboot the PID in the stale files may belong to an unrelated
    // process of the same user, and the old socket file is still there.
    QProcess sleeper;
    const passwd *pw = ::geteuid() == 0 ? ::getpwnam("hostdeck") : nullptr;
    if (pw) {
        const uid_t uid = pw->pw_uid;
        const gid_t gid = pw->pw_gid;
        sleeper.setChildProcessModifier([uid, gid] {
            if (::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(111);
        });
    }
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(sleeper.waitForStarted(5000));
    QTest::qWait(100);
    QCOMPARE(sleeper.state(), QProcess::Running);
    writeStaleLocks(sleeper.processId(), true);
    if (QTest::currentTestFailed())
        return;

    EmbeddedCluster cluster(options());
    auto settings = cluster.ensureRunning();
    sleeper.kill();
    sleeper.waitForFinished(5000);
    QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().fullText()));
    QVERIFY2(cluster.startedHere(), "a foreign process was taken for the running server");
    QString error;
    QVERIFY2(canQuery(*settings, &error), qPrintable(error));
    // The server wrote its own lock files again.
    QFile pidFile(cluster.dataDir() + QStringLiteral("/postmaster.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    QVERIFY(pidFile.readLine().trimmed().toLongLong() != sleeper.processId());
    QVERIFY(cluster.stop().ok());
}

void TstEmbeddedCluster::missingBinariesCreateNothing()
{
    const QString base = m_dir->path() + QStringLiteral("/never");
    EmbeddedCluster::Options o;
    o.baseDir = base;
    o.binDir = QStringLiteral("/nonexistent/postgresql/bin");
    o.durable = false;
    EmbeddedCluster cluster(o);
    auto settings = cluster.ensureRunning();
    QVERIFY(!settings.ok());
    const QString message = settings.error().message;
    QVERIFY2(message.contains(QStringLiteral("apt-get install postgresql")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("/nonexistent/postgresql/bin")), qPrintable(message));
    QVERIFY2(!QFileInfo::exists(base), "a directory was created although nothing can run");
    QVERIFY(!cluster.isRunning());
    QVERIFY(!cluster.stop().ok());
}

void TstEmbeddedCluster::missingBinariesFromEnvironment()
{
    const QString base = m_dir->path() + QStringLiteral("/never-env");
    qputenv("HOSTDECK_PG_BINDIR", "/nonexistent");
    auto bin = EmbeddedCluster::findBinDir();
    EmbeddedCluster::Options o;
    o.baseDir = base;
    o.durable = false;
    EmbeddedCluster cluster(o);
    auto settings = cluster.ensureRunning();
    qunsetenv("HOSTDECK_PG_BINDIR");
    QVERIFY(!bin.ok());
    QVERIFY(!settings.ok());
    const QString message = settings.error().message;
    QVERIFY2(message.contains(QStringLiteral("HOSTDECK_PG_BINDIR")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("apt-get install postgresql")), qPrintable(message));
    QVERIFY(!QFileInfo::exists(base));
}

QTEST_GUILESS_MAIN(TstEmbeddedCluster)
#include "tst_embeddedcluster.moc"
