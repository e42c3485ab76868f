// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "core/database.h"

#include <QDir>
#include <QUuid>

namespace hostdeck::test {

namespace {
const QString kOperator = QStringLiteral("hostdeck_test_admin");
}

TestDatabase::TestDatabase(const QString &rawName, bool migrate)
    : m_name(QStringLiteral("t_") + rawName.toLower())
{
    QString dir = qEnvironmentVariable("HOSTDECK_TEST_CLUSTER");
    if (dir.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/cluster/PG_VERSION"))) {
        // Outside ctest: a private cluster for this process, removed afterwards.
        m_privateDir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hostdeck-test-XXXXXX"));
        dir = m_privateDir->path();
    }
    EmbeddedCluster::Options options;
    options.baseDir = dir;
    options.durable = false;
    m_cluster = std::make_unique<EmbeddedCluster>(options);
    auto running = m_cluster->ensureRunning();
    if (!running) {
        m_error = running.error().fullText();
        return;
    }
    // Start from nothing: drop what an earlier run of this test left behind.
    {
        const QString conn = QStringLiteral("testdb-drop-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            auto db = db::open(m_cluster->superuserSettings(), conn, false);
            if (!db) {
                m_error = db.error().fullText();
            } else {
                Status s = db::execScript(
                    *db, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
                if (!s)
                    m_error = s.error().fullText();
                else if (!migrate)
                    s = db::execScript(*db, QStringLiteral("CREATE DATABASE \"%1\"").arg(m_name));
                if (!s)
                    m_error = s.error().fullText();
                db->close();
            }
        }
        QSqlDatabase::removeDatabase(conn);
        if (!m_error.isEmpty())
            return;
    }
    if (migrate) {
        auto s = bootstrapEmbeddedDatabase(*m_cluster, m_name, kOperator);
        if (!s) {
            m_error = s.error().fullText();
            return;
        }
        m_settings = *s;
    } else {
        m_settings = m_cluster->superuserSettings(m_name);
    }
}

TestDatabase::~TestDatabase()
{
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (m_privateDir && m_cluster)
        m_cluster->stop();
}

ConnectionSettings TestDatabase::superuser() const
{
    return m_cluster->superuserSettings(m_name);
}

ConnectionSettings TestDatabase::as(const QString &role) const
{
    ConnectionSettings s = superuser();
    s.user = role;
    return s;
}

QSqlDatabase TestDatabase::connection(const QString &suffix)
{
    const QString name = m_name + u'-' + suffix;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    m_connections << name;
    auto db = db::open(m_settings, name, false);
    if (!db) {
        m_error = db.error().fullText();
        return {};
    }
    return *db;
}

bool TestDatabase::superExec(const QString &sql)
{
    const QString name = m_name + QStringLiteral("-super");
    if (!m_connections.contains(name))
        m_connections << name;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : QSqlDatabase();
    if (!db.isOpen()) {
        auto opened = db::open(superuser(), name, false);
        if (!opened) {
            m_error = opened.error().fullText();
            return false;
        }
        db = *opened;
    }
    Status s = db::execScript(db, sql);
    if (!s) {
        m_error = s.error().fullText();
        return false;
    }
    return true;
}

bool TestDatabase::createRole(const QString &role, const QString &group)
{
    return superExec(QStringLiteral("DO $$ BEGIN CREATE ROLE \"%1\" LOGIN; "
                                    "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$; "
                                    "GRANT %2 TO \"%1\";")
                         .arg(role, group));
}

} // namespace hostdeck::test
