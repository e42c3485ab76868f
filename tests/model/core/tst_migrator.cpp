// SPDX-License-Identifier: GPL-3.0-or-later
// Migrator with custom migration lists on fresh, unmigrated databases: order,
// once only, a failing migration rolled back whole, a newer schema refused,
// and two consoles migrating at once.
#include "core/database.h"
#include "core/migrator.h"
#include "testdatabase.h"

#include <QThread>
#include <QUuid>
#include <QtTest>

using namespace hostdeck;

class TstMigrator : public QObject
{
    Q_OBJECT
private slots:
    void shippedMigrationsAreNumbered();
    void appliesInOrderOnce();
    void failingMigrationRollsBackEntirely();
    void failingFirstStatement();
    void newerSchemaIsRefused();
    void concurrentMigratorsApplyEachOnce();
    void emptyListIsRefused();
    void demoTargetsOfAnEarlierDemoAreMarked();

private:
    static qint64 scalar(QSqlDatabase &db, const QString &sql);
    static QList<int> versions(QSqlDatabase &db);
    static bool tableExists(QSqlDatabase &db, const QString &table);
};

qint64 TstMigrator::scalar(QSqlDatabase &db, const QString &sql)
{
    auto q = db::exec(db, sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QList<int> TstMigrator::versions(QSqlDatabase &db)
{
    QList<int> result;
    auto q = db::exec(db, QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    if (!q)
        return {-1};
    while (q->next())
        result << q->value(0).toInt();
    return result;
}

bool TstMigrator::tableExists(QSqlDatabase &db, const QString &table)
{
    auto q =
        db::exec(db, QStringLiteral("SELECT to_regclass(:t) IS NOT NULL"), {{QStringLiteral("t"), table}});
    return q && q->next() && q->value(0).toBool();
}

void TstMigrator::shippedMigrationsAreNumbered()
{
    const QList<Migration> shipped = Migrator::shipped();
    QVERIFY(!shipped.isEmpty());
    QCOMPARE(shipped.first().version, 1);
    QCOMPARE(shipped.first().name, QStringLiteral("core"));
    for (qsizetype i = 1; i < shipped.size(); ++i)
        QVERIFY(shipped[i].version > shipped[i - 1].version);
    for (const Migration &m : shipped)
        QVERIFY2(!m.sql.trimmed().isEmpty(), qPrintable(m.name));
    QCOMPARE(Migrator().latestVersion(), shipped.constLast().version);
}

void TstMigrator::appliesInOrderOnce()
{
    test::TestDatabase tdb(QStringLiteral("migrator_order"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.connection();
    QVERIFY2(db.isOpen(), qPrintable(tdb.error()));

    // Given out of order on purpose: the Migrator sorts by version.
    const Migration m3{3, QStringLiteral("third"), QStringLiteral("INSERT INTO applied (v) VALUES (3);")};
    const Migration m1{1, QStringLiteral("first"),
                       QStringLiteral("CREATE TABLE applied (seq serial PRIMARY KEY, v int NOT NULL);"
                                      "INSERT INTO applied (v) VALUES (1);")};
    const Migration m2{
        2, QStringLiteral("second"),
        QStringLiteral("CREATE TABLE second_table (x int); INSERT INTO applied (v) VALUES (2);")};
    Migrator migrator({m3, m1, m2});
    QCOMPARE(migrator.latestVersion(), 3);

    auto before = migrator.status(db);
    QVERIFY(before.ok());
    QCOMPARE(before->current, 0);
    QCOMPARE(before->latest, 3);
    QCOMPARE(before->pending, (QList<int>{1, 2, 3}));

    QList<int> announced;
    auto applied = migrator.migrate(db, [&](const Migration &m) { announced << m.version; });
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().fullText()));
    QCOMPARE(applied.value(), 3);
    QCOMPARE(announced, (QList<int>{1, 2, 3}));

    QList<int> order;
    auto q = db::exec(db, QStringLiteral("SELECT v FROM applied ORDER BY seq"));
    QVERIFY(q.ok());
    while (q->next())
        order << q->value(0).toInt();
    QCOMPARE(order, (QList<int>{1, 2, 3}));
    QCOMPARE(versions(db), (QList<int>{1, 2, 3}));
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM schema_migrations WHERE version = 2 AND name = 'second'")),
             1);

    // Again: nothing to do, nothing run twice.
    announced.clear();
    auto again = migrator.migrate(db, [&](const Migration &m) { announced << m.version; });
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QVERIFY(announced.isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applied")), 3);

    // A newer binary brings #4: only #4 runs.
    Migrator newer(
        {m1, m2, m3,
         Migration{4, QStringLiteral("fourth"), QStringLiteral("INSERT INTO applied (v) VALUES (4);")}});
    auto status = newer.status(db);
    QVERIFY(status.ok());
    QCOMPARE(status->current, 3);
    QCOMPARE(status->pending, (QList<int>{4}));
    auto four = newer.migrate(db);
    QVERIFY(four.ok());
    QCOMPARE(four.value(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applied")), 4);
    QCOMPARE(versions(db), (QList<int>{1, 2, 3, 4}));
}

void TstMigrator::failingMigrationRollsBackEntirely()
{
    test::TestDatabase tdb(QStringLiteral("migrator_fail"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.connection();
    QVERIFY(db.isOpen());

    // #2 fails in its last statement, after creating a table and a row:
    // all of #2 must vanish, #1 stays, #3 never runs.
    Migrator migrator(
        {Migration{1, QStringLiteral("base"), QStringLiteral("CREATE TABLE base_table (x int);")},
         Migration{2, QStringLiteral("broken_step"),
                   QStringLiteral("CREATE TABLE half_done (x int);"
                                  "INSERT INTO half_done VALUES (1);"
                                  "INSERT INTO base_table VALUES (1 / 0);")},
         Migration{3, QStringLiteral("after"), QStringLiteral("CREATE TABLE after_table (x int);")}});
    auto result = migrator.migrate(db);
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("0002")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("broken_step")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("division by zero")), qPrintable(message));
    QCOMPARE(result.error().sqlState, QStringLiteral("22012"));

    QVERIFY(tableExists(db, QStringLiteral("base_table")));
    QVERIFY(!tableExists(db, QStringLiteral("half_done")));
    QVERIFY(!tableExists(db, QStringLiteral("after_table")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM base_table")), 0);
    QCOMPARE(versions(db), (QList<int>{1}));

    // The connection is usable, and a fixed #2 then applies.
    Migrator fixed(
        {Migration{1, QStringLiteral("base"), QStringLiteral("CREATE TABLE base_table (x int);")},
         Migration{2, QStringLiteral("broken_step"), QStringLiteral("CREATE TABLE half_done (x int);")},
         Migration{3, QStringLiteral("after"), QStringLiteral("CREATE TABLE after_table (x int);")}});
    auto retried = fixed.migrate(db);
    QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().fullText()));
    QCOMPARE(retried.value(), 2);
    QCOMPARE(versions(db), (QList<int>{1, 2, 3}));
}

void TstMigrator::failingFirstStatement()
{
    test::TestDatabase tdb(QStringLiteral("migrator_syntax"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.connection();
    Migrator migrator({Migration{1, QStringLiteral("typo"),
                                 QStringLiteral("CREATE TABLE ok_table (x int); CREAT TABLE t (x int);")}});
    auto result = migrator.migrate(db);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("0001")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("typo")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("syntax")), qPrintable(result.error().message));
    QVERIFY(!tableExists(db, QStringLiteral("ok_table")));
    // Even the bookkeeping table went with the failed transaction.
    QVERIFY(!tableExists(db, QStringLiteral("schema_migrations")));
}

void TstMigrator::newerSchemaIsRefused()
{
    test::TestDatabase tdb(QStringLiteral("migrator_newer"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.connection();
    // A newer HostDeck migrated this database to version 7.
    QVERIFY(db::execScript(
                db, QStringLiteral(
                        "CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
                        "applied_at timestamptz NOT NULL DEFAULT now(), "
                        "applied_by text NOT NULL DEFAULT session_user);"
                        "INSERT INTO schema_migrations (version, name) VALUES (7, 'future');"))
                .ok());

    Migrator migrator(
        {Migration{1, QStringLiteral("one"), QStringLiteral("CREATE TABLE one_table (x int);")},
         Migration{2, QStringLiteral("two"), QStringLiteral("CREATE TABLE two_table (x int);")}});
    auto status = migrator.status(db);
    QVERIFY(status.ok());
    QCOMPARE(status->current, 7);
    QCOMPARE(status->latest, 2);

    int progressCalls = 0;
    auto result = migrator.migrate(db, [&](const Migration &) { ++progressCalls; });
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("7")) && message.contains(QStringLiteral("2")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("newer")), qPrintable(message));
    QCOMPARE(progressCalls, 0);
    QVERIFY(!tableExists(db, QStringLiteral("one_table")));
    QVERIFY(!tableExists(db, QStringLiteral("two_table")));
    QCOMPARE(versions(db), (QList<int>{7}));
}

void TstMigrator::concurrentMigratorsApplyEachOnce()
{
    test::TestDatabase tdb(QStringLiteral("migrator_race"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.connection();
    QVERIFY(db.isOpen());

    // Each migration takes a while and records that it ran; the first creates
    // the record table (a second run of #1 would fail on it, too).
    QList<Migration> list{
        Migration{1, QStringLiteral("create"),
                  QStringLiteral("CREATE TABLE ran (v int NOT NULL, backend int NOT NULL);"
                                 "INSERT INTO ran VALUES (1, pg_backend_pid()); SELECT pg_sleep(0.1);")}};
    for (int v = 2; v <= 5; ++v)
        list << Migration{
            v, QStringLiteral("step%1").arg(v),
            QStringLiteral("SELECT pg_sleep(0.05); INSERT INTO ran VALUES (%1, pg_backend_pid());").arg(v)};
    const Migrator migrator(list);
    const ConnectionSettings settings = tdb.settings();

    struct Outcome
    {
        bool ok = false;
        int applied = 0;
        QString error;
    };
    Outcome outcomes[2];
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        threads << QThread::create([&, i] {
            const QString name = QStringLiteral("race-") + QUuid::createUuid().toString(QUuid::Id128);
            {
                auto conn = db::open(settings, name, false);
                if (!conn) {
                    outcomes[i].error = conn.error().fullText();
                } else {
                    auto r = migrator.migrate(*conn);
                    outcomes[i].ok = r.ok();
                    outcomes[i].applied = r.ok() ? r.value() : 0;
                    outcomes[i].error = r.ok() ? QString() : r.error().fullText();
                    conn->close();
                }
            }
            QSqlDatabase::removeDatabase(name);
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(outcomes[0].ok, qPrintable(outcomes[0].error));
    QVERIFY2(outcomes[1].ok, qPrintable(outcomes[1].error));
    QCOMPARE(outcomes[0].applied + outcomes[1].applied, 5);

    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ran")), 5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT v) FROM ran")), 5);
    QCOMPARE(versions(db), (QList<int>{1, 2, 3, 4, 5}));
}

void TstMigrator::emptyListIsRefused()
{
    test::TestDatabase tdb(QStringLiteral("migrator_empty"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.connection();
    auto result = Migrator(QList<Migration>{}).migrate(db);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("no schema migrations")));
    QVERIFY(!tableExists(db, QStringLiteral("schema_migrations")));
}

// A database that loaded the demo before schema 0006: its BMC and SNMP rows become demo rows, a
// real device's settings (another address or credentials) do not.
void TstMigrator::demoTargetsOfAnEarlierDemoAreMarked()
{
    test::TestDatabase tdb(QStringLiteral("migrator_demo"), false);
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.connection();
    const QList<Migration> shipped = Migrator::shipped();
    QList<Migration> before;
    for (const Migration &m : shipped)
        if (m.version < 6)
            before << m;
    QVERIFY(Migrator(before).migrate(db).ok());
    QVERIFY(tdb.superExec(QStringLiteral(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES ('Dell', 'R650', 'server', "
        "1), "
        " ('Arista', '7050', 'switch', 1);"
        "INSERT INTO devices (device_type_id, name) SELECT t.id, n FROM device_types t, (VALUES "
        " ('R650', 'demo-srv'), ('R650', 'real-srv'), ('7050', 'demo-sw'), ('7050', 'real-sw')) v(m, n) "
        " WHERE t.model = v.m;"
        "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret) "
        " SELECT id, 'redfish', 'https://10.20.0.2', 'root', 'calvin' FROM devices WHERE name = 'demo-srv';"
        "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret) "
        " SELECT id, 'redfish', 'https://10.20.0.3', 'root', 'Xk9!long-secret' FROM devices WHERE name = "
        " 'real-srv';"
        "INSERT INTO device_snmp (device_id, address, community) SELECT id, "
        "'fra1-a01-tor1.mgmt.example.net', "
        " 'public' FROM devices WHERE name = 'demo-sw';"
        "INSERT INTO device_snmp (device_id, address, community) SELECT id, '192.0.2.7', 'public' FROM "
        "devices "
        " WHERE name = 'real-sw';")));
    QVERIFY(Migrator(shipped).migrate(db).ok());
    auto q = db::exec(
        db, QStringLiteral("SELECT (SELECT string_agg(d.name, ',' ORDER BY d.name) FROM device_bmc b "
                           "JOIN devices d ON d.id = b.device_id WHERE b.demo), "
                           "(SELECT string_agg(d.name, ',' ORDER BY d.name) FROM device_snmp s "
                           "JOIN devices d ON d.id = s.device_id WHERE s.demo)"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("demo-srv"));
    QCOMPARE(q->value(1).toString(), QStringLiteral("demo-sw"));
}

QTEST_GUILESS_MAIN(TstMigrator)
#include "tst_migrator.moc"
