// SPDX-License-Identifier: GPL-3.0-or-later
// resolveDatabase: the embedded default (starts and migrates a private cluster,
// a second call reuses it, stopEmbeddedIfIdle stops it only when nobody else is
// connected) and a server URL (verified once; unreachable, malformed and newer
// schemas refused with a clear message).
#include "core/database.h"
#include "core/migrator.h"
#include "startup.h"
#include "testdatabase.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace hostdeck;

class TstStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void embeddedStartsReusesAndStops();
    void serverUrlIsVerified();
    void settingsUrlIsUsed();
    void malformedUrlIsRefused();
    void unreachableServerIsNamed();
    void newerSchemaIsRefused();
    void dbArgument();
    void cleanupTestCase();

private:
    QTemporaryDir m_config;
    QTemporaryDir m_data{QStringLiteral("/tmp/hostdeck-startup-XXXXXX")};
    std::shared_ptr<EmbeddedCluster> m_started;
};

void TstStartup::initTestCase()
{
    QVERIFY(m_config.isValid());
    QVERIFY(m_data.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    qputenv("HOSTDECK_DATA_DIR", m_data.path().toLocal8Bit());
    qunsetenv("HOSTDECK_PG_BINDIR");
}

void TstStartup::embeddedStartsReusesAndStops()
{
    auto first = resolveDatabase(QString());
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().fullText()));
    m_started = first->cluster;
    QVERIFY(first->cluster);
    QVERIFY(first->cluster->startedHere());
    QCOMPARE(first->cluster->baseDir(), m_data.path());
    QVERIFY(first->settings.embedded);
    QCOMPARE(first->settings.database, QStringLiteral("hostdeck"));
    QCOMPARE(first->settings.user, defaultOperatorRole());
    QVERIFY(first->cluster->isRunning());

    // migrated, and the operator is an administrator
    {
        auto db = db::open(first->settings, QStringLiteral("startup-check"), true);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
        auto status = Migrator().status(*db);
        QVERIFY(status.ok());
        QVERIFY(status->pending.isEmpty());
        QCOMPARE(status->current, status->latest);
        auto admin =
            db::exec(*db, QStringLiteral("SELECT pg_has_role(current_user, 'hostdeck_admin', 'MEMBER')"));
        QVERIFY(admin && admin->next());
        QVERIFY(admin->value(0).toBool());

        // A second console reuses the running cluster and does not stop it.
        auto second = resolveDatabase(QString());
        QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().fullText()));
        QVERIFY(second->cluster);
        QVERIFY(!second->cluster->startedHere());
        QVERIFY(stopEmbeddedIfIdle(*second).ok());
        QVERIFY(first->cluster->isRunning());

        // Another client is still connected: the starter leaves it running.
        QVERIFY(stopEmbeddedIfIdle(*first).ok());
        QVERIFY(first->cluster->isRunning());
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("startup-check"));

    QVERIFY(stopEmbeddedIfIdle(*first).ok());
    QVERIFY(!first->cluster->isRunning());
}

void TstStartup::serverUrlIsVerified()
{
    test::TestDatabase testDb(QStringLiteral("startup"));
    QVERIFY2(testDb.ok(), qPrintable(testDb.error()));
    auto r = resolveDatabase(testDb.settings().displayUrl());
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().fullText()));
    QVERIFY(!r->cluster);
    QCOMPARE(r->settings.host, testDb.settings().host);
    QCOMPARE(r->settings.database, testDb.settings().database);
    QCOMPARE(r->settings.user, testDb.settings().user);
    QVERIFY(stopEmbeddedIfIdle(*r).ok());
    // the verifying connection was closed again
    QVERIFY(!QSqlDatabase::connectionNames().join(u',').contains(QLatin1String("hostdeck-verify")));
}

void TstStartup::settingsUrlIsUsed()
{
    {
        QSettings settings(QString::fromLatin1(kSettingsOrganization),
                           QString::fromLatin1(kSettingsApplication));
        settings.setValue(QStringLiteral("database/url"),
                          QStringLiteral("postgresql://x@127.0.0.1:1/fromsettings"));
    }
    auto r = resolveDatabase(QString());
    {
        QSettings settings(QString::fromLatin1(kSettingsOrganization),
                           QString::fromLatin1(kSettingsApplication));
        settings.remove(QStringLiteral("database/url"));
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("fromsettings")), qPrintable(r.error().message));
}

void TstStartup::malformedUrlIsRefused()
{
    auto r = resolveDatabase(QStringLiteral("postgresql://noc@db.example.net:port/dcim"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("\"port\" is not a number")),
             qPrintable(r.error().message));
}

void TstStartup::unreachableServerIsNamed()
{
    auto r = resolveDatabase(QStringLiteral("postgresql://x@127.0.0.1:1/db"));
    QVERIFY(!r.ok());
    const QString m = r.error().message;
    QVERIFY2(m.contains(QLatin1String("127.0.0.1")) && m.contains(QLatin1String("port 1")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(m));
    QVERIFY(r.error().connectionLost);
}

void TstStartup::newerSchemaIsRefused()
{
    test::TestDatabase testDb(QStringLiteral("startup_newer"));
    QVERIFY2(testDb.ok(), qPrintable(testDb.error()));
    QVERIFY(testDb.superExec(
        QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (9999, 'future')")));
    auto r = resolveDatabase(testDb.settings().displayUrl());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("9999")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("Upgrade HostDeck")), qPrintable(r.error().message));
}

void TstStartup::dbArgument()
{
    QCOMPARE(databaseUrlArgument({QStringLiteral("--db"), QStringLiteral("postgresql://a@b/c")}),
             QStringLiteral("postgresql://a@b/c"));
    QCOMPARE(databaseUrlArgument({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                  QStringLiteral("--db=postgresql://a@b/d")}),
             QStringLiteral("postgresql://a@b/d"));
    QCOMPARE(databaseUrlArgument({QStringLiteral("-platform"), QStringLiteral("offscreen")}), QString());
}

void TstStartup::cleanupTestCase()
{
    if (m_started && m_started->isRunning())
        m_started->stop();
}

QTEST_GUILESS_MAIN(TstStartup)
#include "tst_startup.moc"
