// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeListener: a change committed on one connection reaches a listener on
// another within a second; a rolled-back change announces nothing.
#include "core/changelistener.h"
#include "core/database.h"
#include "dcim/dcimrepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace hostdeck;

class TstChangeListener : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void moveReachesSecondConnection();
    void rolledBackChangeAnnouncesNothing();
    void unreachableServerIsReported();
    void payloadsAreHintsNotData();
    void floodsAreCoalescedAndGarbageDropped();

private:
    qint64 m_device = 0;
    qint64 m_rack = 0;
    std::unique_ptr<test::TestDatabase> m_db;
};

void TstChangeListener::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("changelistener"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-TST', 'Test site');"
        "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-TST-R1', 'Room 1' FROM "
        "locations WHERE code = 'EU-TST';"
        "INSERT INTO racks (location_id, name) SELECT id, 'R1' FROM locations WHERE code = 'EU-TST-R1';"
        "INSERT INTO device_types (manufacturer, model, u_height) VALUES ('Dell', 'R650', 1);"
        "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) "
        " SELECT t.id, 'web-1', r.id, 1, 1 FROM device_types t, racks r;")));
    QSqlDatabase db = m_db->connection();
    DcimRepository repo(db);
    auto dev = repo.device(0, QStringLiteral("web-1"));
    QVERIFY(dev.ok());
    m_device = dev->id;
    m_rack = dev->placement.rackId;
}

void TstChangeListener::moveReachesSecondConnection()
{
    ChangeListener listener(m_db->settings(), 3000);
    QSignalSpy listening(&listener, &ChangeListener::listening);
    QSignalSpy changed(&listener, &ChangeListener::changed);
    listener.start();
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);

    QSqlDatabase db = m_db->connection();
    DcimRepository repo(db);
    Placement to;
    to.rackId = m_rack;
    to.uStart = to.uEnd = 7;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(repo.moveDevice(m_device, to).ok());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
    const qint64 latency = timer.elapsed();
    QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));

    const auto change = changed.first().at(0).value<Change>();
    QCOMPARE(change.entity, QStringLiteral("devices"));
    QCOMPARE(change.id, m_device);
    QCOMPARE(change.op, QStringLiteral("move"));
    QCOMPARE(change.actor, QStringLiteral("hostdeck_test_admin"));

    // A disposition change is announced as such.
    QVERIFY(repo.setDisposition(m_device, Disposition::Maintenance).ok());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000);
    QCOMPARE(changed.at(1).at(0).value<Change>().op, QStringLiteral("disposition"));
}

void TstChangeListener::rolledBackChangeAnnouncesNothing()
{
    ChangeListener listener(m_db->settings(), 3000);
    QSignalSpy listening(&listener, &ChangeListener::listening);
    QSignalSpy changed(&listener, &ChangeListener::changed);
    listener.start();
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);

    QSqlDatabase db = m_db->connection();
    {
        db::Transaction tx(db);
        QVERIFY(tx.begin().ok());
        QVERIFY(db::exec(db, QStringLiteral("UPDATE devices SET u_start = 20, u_end = 20 WHERE id = :id"),
                         {{QStringLiteral("id"), m_device}})
                    .ok());
        tx.rollback();
    }
    // A failed move (past the top) rolls back as well.
    DcimRepository repo(db);
    Placement tooHigh;
    tooHigh.rackId = m_rack;
    tooHigh.uStart = tooHigh.uEnd = 43;
    QVERIFY(!repo.moveDevice(m_device, tooHigh).ok());

    QTest::qWait(500);
    QCOMPARE(changed.count(), 0);

    Placement to;
    to.rackId = m_rack;
    to.uStart = to.uEnd = 9;
    QVERIFY(repo.moveDevice(m_device, to).ok());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
    QTest::qWait(200);
    QCOMPARE(changed.count(), 1);
    const auto change = changed.first().at(0).value<Change>();
    QCOMPARE(change.id, m_device);
    QCOMPARE(change.op, QStringLiteral("move"));
    QCOMPARE(m_db->connection().isOpen(), true);
    auto row = db::exec(db, QStringLiteral("SELECT u_start FROM devices WHERE id = :id"),
                        {{QStringLiteral("id"), m_device}});
    QVERIFY(row.ok() && row->next());
    QCOMPARE(row->value(0).toInt(), 9);
}

void TstChangeListener::unreachableServerIsReported()
{
    ConnectionSettings settings = m_db->settings();
    settings.host = QStringLiteral("/nonexistent/hostdeck-socket");
    ChangeListener listener(settings, 200);
    QSignalSpy state(&listener, &ChangeListener::connectionStateChanged);
    QSignalSpy listening(&listener, &ChangeListener::listening);
    listener.start();
    QTRY_VERIFY_WITH_TIMEOUT(state.count() >= 1, 5000);
    QCOMPARE(state.first().at(0).toBool(), false);
    QVERIFY2(state.first().at(1).toString().contains(QStringLiteral("/nonexistent/hostdeck-socket")),
             qPrintable(state.first().at(1).toString()));
    QCOMPARE(listening.count(), 0);
}

void TstChangeListener::payloadsAreHintsNotData()
{
    auto c = changeFrom(QStringLiteral(R"({"entity": "devices", "id": 7, "op": "move", "actor": "noc1"})"));
    QVERIFY(c.has_value());
    QCOMPARE(c->entity, QStringLiteral("devices"));
    QCOMPARE(c->topic(), Topic::Devices);
    QCOMPARE(c->id, qint64(7));
    // Views match on topics: every table they re-read for has one, anything else is Other.
    QCOMPARE(topicOf(QStringLiteral("ip_addresses")), Topic::IpAddresses);
    QCOMPARE(topicOf(QStringLiteral("traffic_samples")), Topic::TrafficSamples);
    QCOMPARE(topicOf(QStringLiteral("device_bmc")), Topic::DeviceBmc);
    QCOMPARE(changeFrom(QStringLiteral(R"({"entity": "power_samples", "id": 1, "op": "create"})"))->topic(),
             Topic::Other);
    for (const char *bad :
         {"not json", "[1, 2]", R"({"entity": "DROP TABLE x", "id": 1, "op": "update"})",
          R"({"entity": "devices", "id": -5, "op": "update"})",
          R"({"entity": "devices", "id": "7", "op": "update"})",
          R"({"entity": "devices", "id": 7, "op": "<script>"})", R"({"id": 7, "op": "update"})"})
        QVERIFY2(!changeFrom(QString::fromUtf8(bad)).has_value(), bad);
    QVERIFY(!changeFrom(QStringLiteral(R"({"entity": "devices", "id": 1, "op": "update", "x": "%1"})")
                            .arg(QString(600, u'a')))
                 .has_value());
}

// Any role may NOTIFY the channel: a flood of one made-up payload reaches the consoles a handful of
// times at most, garbage not at all, and a real change still arrives.
void TstChangeListener::floodsAreCoalescedAndGarbageDropped()
{
    ChangeListener listener(m_db->settings(), 3000);
    QSignalSpy listening(&listener, &ChangeListener::listening);
    QSignalSpy changed(&listener, &ChangeListener::changed);
    listener.start();
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);
    QSqlDatabase db = m_db->connection();
    constexpr int kFlood = 300;
    for (int i = 0; i < kFlood; ++i) { // one transaction each: PostgreSQL folds repeats only within one
        QVERIFY(db::exec(db, QStringLiteral("SELECT pg_notify('hostdeck_changes', "
                                            "'{\"entity\": \"racks\", \"id\": 1, \"op\": \"update\"}')"))
                    .ok());
        if (i % 50 == 0)
            QVERIFY(db::exec(db, QStringLiteral("SELECT pg_notify('hostdeck_changes', 'garbage %1')").arg(i))
                        .ok());
    }
    QVERIFY(db::exec(db, QStringLiteral("SELECT pg_notify('hostdeck_changes', "
                                        "'{\"entity\": \"devices\", \"id\": 42, \"op\": \"update\"}')"))
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() &&
                                 changed.constLast().at(0).value<Change>().entity == QLatin1String("devices"),
                             5000);
    int racks = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const Change c = args.at(0).value<Change>();
        QVERIFY(c.entity == QLatin1String("racks") || c.entity == QLatin1String("devices"));
        racks += c.entity == QLatin1String("racks") ? 1 : 0;
    }
    QVERIFY2(racks >= 1 && racks < kFlood / 5, qPrintable(QString::number(racks)));
}

QTEST_GUILESS_MAIN(TstChangeListener)
#include "tst_changelistener.moc"
