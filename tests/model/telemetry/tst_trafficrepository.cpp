// SPDX-License-Identifier: GPL-3.0-or-later
// TrafficRepository against a real database filled by the test: which devices
// the Network page lists and in which group; a device's ports with the newest
// rate (bytes * 8 / interval, also for a late poll), the 24-hour sparkline,
// the cable's far end through a patch panel; a port's traffic series over a
// period; a technician reads all of it (no SNMP secrets needed); recording
// an admin status, and what bad ids and a read-only role get.
#include "core/database.h"
#include "telemetry/pollsweeper.h"
#include "telemetry/trafficrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace hostdeck;

class TstTrafficRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void networkDevicesAreGrouped();
    void portsWithRatesSparklinesAndFarEnds();
    void seriesOverAPeriod();
    void technicianReadsPortsWithoutSecrets();
    void recordAdminStatus();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 port(const QString &device, const QString &name);

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_base = 0; ///< the newest sample's start (epoch seconds, aligned to 5 minutes)
};

qint64 TstTrafficRepository::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q) {
        qWarning("%s", qPrintable(q.error().fullText()));
        return -1;
    }
    if (!q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TstTrafficRepository::port(const QString &device, const QString &name)
{
    return scalar(QStringLiteral("SELECT p.id FROM ports p JOIN devices d ON d.id = p.device_id "
                                 "WHERE d.name = :d AND p.name = :p"),
                  {{QStringLiteral("d"), device}, {QStringLiteral("p"), name}});
}

void TstTrafficRepository::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("trafficrepository"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_base = QDateTime::currentSecsSinceEpoch() / 300 * 300;
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
        " ('Arista', '7050', 'switch', 1), ('Dell', 'R650', 'server', 1), ('Generic', 'PP24', 'patch-panel', "
        "1),"
        " ('APC', 'AP8941', 'pdu', 0), ('NetApp', 'FAS', 'storage', 2);"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'sw-01' FROM device_types WHERE model = "
        "'7050';"
        "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types, unnest(ARRAY['srv-01', "
        "'srv-02']) n WHERE model = 'R650';"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'pp-01' FROM device_types WHERE model = "
        "'PP24';"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'pdu-01' FROM device_types WHERE model = "
        "'AP8941';"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'nas-01' FROM device_types WHERE model = "
        "'FAS';"
        "INSERT INTO ports (device_id, name, kind, if_index, speed_bps, alias, admin_status, oper_status) "
        " SELECT id, 'Ethernet' || i, 'switch', i, 10000000000, 'to ' || i, 'up', 'up' FROM devices, "
        " unnest(ARRAY[1, 2, 10]) i WHERE name = 'sw-01';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'mgmt', 'switch' FROM devices WHERE name = "
        "'sw-01';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'eth0', 'nic' FROM devices WHERE name = "
        "'srv-01';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'R1', 'patch-rear' FROM devices WHERE name = "
        "'pp-01';"
        "INSERT INTO ports (device_id, name, kind, rear_port_id) SELECT d.id, 'F1', 'patch-front', r.id "
        " FROM devices d JOIN ports r ON r.device_id = d.id AND r.name = 'R1' WHERE d.name = 'pp-01';"
        "INSERT INTO cables (port_a, port_b, type) "
        " SELECT a.id, b.id, 'Cat6' FROM ports a, ports b JOIN devices bd ON bd.id = b.device_id "
        " WHERE a.name = 'Ethernet1' AND b.name = 'R1' AND bd.name = 'pp-01';"
        "INSERT INTO cables (port_a, port_b, type) "
        " SELECT a.id, b.id, 'Cat6' FROM ports a, ports b WHERE a.name = 'F1' AND b.name = 'eth0';"
        "INSERT INTO device_snmp (device_id, address, port, community, timeout_ms, retries) "
        " SELECT id, '127.0.0.1', 16161, 'sw01-secret', 1500, 1 FROM devices WHERE name = 'sw-01';"
        "INSERT INTO device_snmp (device_id, address, version, v3_user, v3_auth_protocol, v3_auth_secret, "
        " v3_priv_protocol, v3_priv_secret, enabled) "
        " SELECT id, 'pdu-01.mgmt', 'v3', 'ops', 'SHA-256', 'authpass123', 'DES', 'privpass123', true "
        " FROM devices WHERE name = 'pdu-01';")));
    // Ethernet1: 300 samples back from m_base, in = 1000 * (i + 1) bit/s, out 2000 bit/s.
    QVERIFY(m_db->superExec(
        QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) "
                       "SELECT p.id, to_timestamp(%1 - i * 300), 37500 * (i + 1), 75000 "
                       "FROM ports p, generate_series(0, 299) i WHERE p.name = 'Ethernet1';"
                       // Ethernet2: one late poll covering 10 minutes: 750000 bytes -> 10 kbit/s.
                       "INSERT INTO traffic_samples (port_id, at, interval_s, in_bytes, out_bytes) "
                       "SELECT p.id, to_timestamp(%1 - 600), 600, 750000, 0 FROM ports p WHERE p.name = "
                       "'Ethernet2';")
            .arg(m_base)));
}

void TstTrafficRepository::networkDevicesAreGrouped()
{
    QSqlDatabase db = m_db->connection();
    TrafficRepository repository(db);
    auto devices = repository.networkDevices();
    QVERIFY2(devices, qPrintable(devices ? QString() : devices.error().fullText()));
    QStringList names;
    for (const NetworkDevice &d : *devices)
        names << d.name;
    // srv-02 and nas-01 have no ports and are no network gear: left out.
    QCOMPARE(names, (QStringList{QStringLiteral("sw-01"), QStringLiteral("pp-01"), QStringLiteral("pdu-01"),
                                 QStringLiteral("srv-01")}));
    QCOMPARE(devices->at(0).group, NetworkDevice::Group::Switches);
    QCOMPARE(devices->at(0).portCount, 4);
    QVERIFY(devices->at(0).hasSnmp);
    QCOMPARE(devices->at(1).group, NetworkDevice::Group::PatchPanels);
    QCOMPARE(devices->at(1).portCount, 2);
    QCOMPARE(devices->at(2).group, NetworkDevice::Group::Pdus);
    QCOMPARE(devices->at(2).portCount, 0);
    QCOMPARE(devices->at(3).group, NetworkDevice::Group::Servers);
    QCOMPARE(devices->at(3).typeKind, QStringLiteral("server"));
    QVERIFY(!devices->at(3).hasSnmp);

    auto one = repository.networkDevice(devices->at(0).id);
    QVERIFY(one);
    QCOMPARE(one->name, QStringLiteral("sw-01"));
    auto none =
        repository.networkDevice(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'srv-02'")));
    QVERIFY(!none);
    QVERIFY(!none.error().message.isEmpty());
}

void TstTrafficRepository::portsWithRatesSparklinesAndFarEnds()
{
    QSqlDatabase db = m_db->connection();
    TrafficRepository repository(db);
    const qint64 sw = scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'sw-01'"));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_base + 150, Qt::UTC);
    auto ports = repository.ports(sw, now);
    QVERIFY2(ports, qPrintable(ports ? QString() : ports.error().fullText()));
    QCOMPARE(ports->size(), 4);
    // ifIndex order (1, 2, 10), the port without one last.
    QCOMPARE(ports->at(0).name, QStringLiteral("Ethernet1"));
    QCOMPARE(ports->at(1).name, QStringLiteral("Ethernet2"));
    QCOMPARE(ports->at(2).name, QStringLiteral("Ethernet10"));
    QCOMPARE(ports->at(3).name, QStringLiteral("mgmt"));

    const PortRow &e1 = ports->at(0);
    QCOMPARE(e1.deviceName, QStringLiteral("sw-01"));
    QCOMPARE(e1.alias, QStringLiteral("to 1"));
    QCOMPARE(e1.adminStatus, QStringLiteral("up"));
    QCOMPARE(e1.ifIndex.value_or(0), 1);
    QCOMPARE(e1.speedBps.value_or(0), Q_INT64_C(10000000000));
    QVERIFY(e1.deviceHasSnmp);
    QCOMPARE(e1.inBps.value_or(-1), 1000.0);
    QCOMPARE(e1.outBps.value_or(-1), 2000.0);
    QCOMPARE(e1.rateAt, QDateTime::fromSecsSinceEpoch(m_base, Qt::UTC));
    // The last 24 hours: 288 five-minute samples, oldest first.
    QCOMPARE(e1.sparkline.size(), 288);
    QCOMPARE(e1.sparkline.first().at, QDateTime::fromSecsSinceEpoch(m_base - 287 * 300, Qt::UTC));
    QCOMPARE(e1.sparkline.first().inBps, 288000.0);
    QCOMPARE(e1.sparkline.last().inBps, 1000.0);
    QCOMPARE(e1.sparkFrom, now.addSecs(-86400));
    QCOMPARE(e1.sparkTo, now);
    // Cabled through pp-01 R1 -> F1 to srv-01 eth0.
    QVERIFY(e1.cabled);
    QCOMPARE(e1.farDevice, QStringLiteral("srv-01"));
    QCOMPARE(e1.farPort, QStringLiteral("eth0"));
    QCOMPARE(e1.farPortId, port(QStringLiteral("srv-01"), QStringLiteral("eth0")));
    QVERIFY(!e1.farLoop);

    const PortRow &e2 = ports->at(1);
    QCOMPARE(e2.inBps.value_or(-1), 10000.0); // 750000 bytes * 8 / 600 s
    QCOMPARE(e2.outBps.value_or(-1), 0.0);
    QCOMPARE(e2.sparkline.size(), 1);
    QVERIFY(!e2.cabled);
    QCOMPARE(e2.farPortId, qint64(0));

    const PortRow &e10 = ports->at(2);
    QVERIFY(!e10.inBps.has_value());
    QVERIFY(!e10.rateAt.isValid());
    QVERIFY(e10.sparkline.isEmpty());
    QVERIFY(!ports->at(3).ifIndex.has_value());

    // The server end traces back to the switch.
    auto server = repository.ports(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'srv-01'")));
    QVERIFY(server);
    QCOMPARE(server->size(), 1);
    QCOMPARE(server->at(0).farDevice, QStringLiteral("sw-01"));
    QCOMPARE(server->at(0).farPort, QStringLiteral("Ethernet1"));
    QVERIFY(!server->at(0).deviceHasSnmp);

    // A device that does not exist has no ports.
    auto missing = repository.ports(-7);
    QVERIFY(missing);
    QVERIFY(missing->isEmpty());
}

void TstTrafficRepository::seriesOverAPeriod()
{
    QSqlDatabase db = m_db->connection();
    TrafficRepository repository(db);
    const qint64 e1 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet1"));
    const QDateTime to = QDateTime::fromSecsSinceEpoch(m_base, Qt::UTC);
    auto series = repository.series(e1, to.addSecs(-10 * 300), to);
    QVERIFY(series);
    // [from, to): samples i = 10 .. 1, oldest first; the one starting at `to` is outside.
    QCOMPARE(series->size(), 10);
    QCOMPARE(series->first().at, to.addSecs(-3000));
    QCOMPARE(series->first().inBps, 11000.0);
    QCOMPARE(series->last().inBps, 2000.0);
    QCOMPARE(series->last().outBps, 2000.0);
    auto all = repository.series(e1, to.addDays(-30), to.addSecs(300));
    QVERIFY(all);
    QCOMPARE(all->size(), 300);
    auto empty = repository.series(e1, to.addDays(-60), to.addDays(-59));
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    auto nothing = repository.series(-1, to.addDays(-1), to);
    QVERIFY(nothing);
    QVERIFY(nothing->isEmpty());
}

void TstTrafficRepository::technicianReadsPortsWithoutSecrets()
{
    QVERIFY(m_db->createRole(QStringLiteral("traffic_tech"), QStringLiteral("hostdeck_tech")));
    auto opened = db::open(m_db->as(QStringLiteral("traffic_tech")), QStringLiteral("traffic_tech"));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    QSqlDatabase db = *opened;
    TrafficRepository repository(db);
    const qint64 sw = scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'sw-01'"));
    // A technician sees the ports and that SNMP is set up ...
    auto ports = repository.ports(sw);
    QVERIFY2(ports, qPrintable(ports ? QString() : ports.error().fullText()));
    QVERIFY(ports->at(0).deviceHasSnmp);
    auto devices = repository.networkDevices();
    QVERIFY(devices);
    // ... without reading the community (a NOC privilege).
    QSqlQuery secret(db);
    QVERIFY(!secret.exec(QStringLiteral("SELECT community FROM device_snmp")));
    db.close();
}

void TstTrafficRepository::recordAdminStatus()
{
    QSqlDatabase db = m_db->connection();
    const qint64 e10 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet10"));
    const qint64 logBefore =
        scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'ports'"));
    QVERIFY(PollSweeper::recordAdminStatus(db, e10, false));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE id = :id AND admin_status = 'down'"),
                    {{QStringLiteral("id"), e10}}),
             1);
    // An operator change: logged.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'ports'")),
             logBefore + 1);
    QVERIFY(PollSweeper::recordAdminStatus(db, e10, true));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE id = :id AND admin_status = 'up'"),
                    {{QStringLiteral("id"), e10}}),
             1);
    const Status missing = PollSweeper::recordAdminStatus(db, -5, false);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("-5")));

    // Read-only operators cannot change ports.
    QVERIFY(m_db->createRole(QStringLiteral("traffic_viewer"), QStringLiteral("hostdeck_readonly")));
    auto opened = db::open(m_db->as(QStringLiteral("traffic_viewer")), QStringLiteral("traffic_viewer"));
    QVERIFY(opened);
    QSqlDatabase ro = *opened;
    const Status refused = PollSweeper::recordAdminStatus(ro, e10, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));
    QCOMPARE(scalar(QStringLiteral("SELECT (admin_status = 'up')::int FROM ports WHERE id = :id"),
                    {{QStringLiteral("id"), e10}}),
             1);
    ro.close();
}

QTEST_GUILESS_MAIN(TstTrafficRepository)
#include "tst_trafficrepository.moc"
