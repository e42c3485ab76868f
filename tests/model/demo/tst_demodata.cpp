// SPDX-License-Identifier: GPL-3.0-or-later
// The demo data centre (`hostdeck demo load`): its promised shape (24 racks in
// two rooms, ~400 devices, 0U, half-depth and half-width devices, racks over
// budget, decommissioned devices, customers), its address plan (IPv4 and IPv6
// pools, VLANs, customer subnets, server, BMC and management addresses with
// rDNS names, parked ranges, a manual-only pool, a tree that tiles), its
// network (ports on every switch, server, panel and PDU, cables of every kind
// with a server NIC traced through two panels to a switch port, one cable per
// port, BMC and SNMP settings, a week of traffic and power samples), that it
// loads in one transaction, the same every time, and that it never loads over
// existing racks.
#include "cabling/cabletrace.h"
#include "core/database.h"
#include "demo/demodata.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace hostdeck;

class TstDemoData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void summaryMatchesDatabase();
    void siteRoomsAndRacks();
    void deviceMix();
    void powerBudgetsVary();
    void dispositionsAndWarranty();
    void customersOwnDevices();
    void identifiersAreRealistic();
    void nothingOverlaps();
    void addressPlanPools();
    void addressPlanAllocations();
    void addressPlanTreeTiles();
    void networkSummaryMatches();
    void switchAndServerPorts();
    void patchPanelsAndOutlets();
    void serverNicTracesThroughTwoPanels();
    void cablesOfEveryTypeOnePerPort();
    void bmcAndSnmpSettings();
    void trafficSamplesCoverAWeek();
    void powerSamplesCoverAWeek();
    void loadingTwiceIsRefused();
    void onlyIfEmptyIsANoOp();
    void failedLoadWritesNothingAndLoadIsDeterministic();

private:
    qint64 scalar(const QString &sql, QSqlDatabase db = {});
    QString fingerprint(QSqlDatabase db);
    QString networkFingerprint(QSqlDatabase db);

    std::unique_ptr<test::TestDatabase> m_db;
    DemoSummary m_summary;
};

void TstDemoData::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("demodata"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QSqlDatabase db = m_db->connection();
    auto empty = DemoData::isEmpty(db);
    QVERIFY2(empty.ok(), qPrintable(empty ? QString() : empty.error().fullText()));
    QVERIFY(*empty);
    QElapsedTimer timer;
    timer.start();
    auto loaded = DemoData::load(db, false);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    qInfo("demo load took %lld ms", timer.elapsed());
    m_summary = *loaded;
    empty = DemoData::isEmpty(db);
    QVERIFY(empty.ok());
    QVERIFY(!*empty);
}

qint64 TstDemoData::scalar(const QString &sql, QSqlDatabase db)
{
    if (!db.isValid())
        db = m_db->connection();
    auto q = db::exec(db, sql);
    if (!q) {
        qWarning() << q.error().fullText();
        return -1;
    }
    if (!q->next())
        return -1;
    return q->value(0).toLongLong();
}

void TstDemoData::summaryMatchesDatabase()
{
    QCOMPARE(m_summary.sites, 1);
    QCOMPARE(m_summary.rooms, 2);
    QCOMPARE(m_summary.racks, 24);
    QVERIFY2(m_summary.devices >= 350 && m_summary.devices <= 450,
             qPrintable(QString::number(m_summary.devices)));
    QVERIFY(m_summary.customers >= 4);
    QVERIFY(m_summary.deviceTypes >= 12);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM racks")), qint64(m_summary.racks));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices")), qint64(m_summary.devices));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), qint64(m_summary.customers));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_types")), qint64(m_summary.deviceTypes));
    // every device is racked
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices WHERE rack_id IS NULL")), qint64(0));
    // the triggers logged every row, as the loading role
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM activity_log WHERE entity_type = 'devices' AND action = 'create' "
                 "AND actor = 'hostdeck_test_admin'")),
             qint64(m_summary.devices));
}

void TstDemoData::siteRoomsAndRacks()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM locations WHERE kind = 'site' AND code = 'EU-FRA' "
                                   "AND name = 'Frankfurt'")),
             qint64(1));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM locations l JOIN locations s ON s.id = l.parent_id "
                 "WHERE l.kind = 'room' AND s.code = 'EU-FRA' AND l.code IN ('EU-FRA-R1', 'EU-FRA-R2')")),
             qint64(2));
    for (const QString &room : {QStringLiteral("EU-FRA-R1"), QStringLiteral("EU-FRA-R2")}) {
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM racks r JOIN locations l ON l.id = r.location_id "
                                  "WHERE l.code = '%1'")
                       .arg(room)),
            qint64(12));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM racks WHERE name ~ '^FRA1-A(0[1-9]|1[0-2])$'")),
             qint64(12));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM racks WHERE name ~ '^FRA2-B(0[1-9]|1[0-2])$'")),
             qint64(12));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM racks WHERE u_height = 42")) >= 20);
    const qint64 tall = scalar(QStringLiteral("SELECT count(*) FROM racks WHERE u_height IN (47, 48)"));
    QVERIFY(tall >= 1 && tall <= 2);
}

void TstDemoData::deviceMix()
{
    // 1U and 2U servers of real makes
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN device_types t ON t.id = d.device_type_id "
                              "WHERE t.kind = 'server' AND t.u_height = 1")) >= 50);
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN device_types t ON t.id = d.device_type_id "
                              "WHERE t.kind = 'server' AND t.u_height = 2")) >= 50);
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT manufacturer) FROM devices WHERE model ~ "
                                  "'PowerEdge|ProLiant|ThinkSystem|SYS-'")) >= 4);
    // top-of-rack switches: two per rack
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM devices WHERE name LIKE '%-tor_'")) == 48);
    // patch panels draw nothing
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN device_types t ON t.id = d.device_type_id "
                              "WHERE t.kind = 'patch-panel'")) >= 24);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN device_types t ON t.id = d.device_type_id "
                              "WHERE t.kind = 'patch-panel' AND d.watts <> 0")),
        qint64(0));
    // 0U vertical PDUs: one per side channel at the rear of every rack
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT rack_id) FROM devices d JOIN device_types t "
                                   "ON t.id = d.device_type_id WHERE t.u_height = 0 AND t.kind = 'pdu' "
                                   "AND d.mount = 'side-left' AND d.face = 'rear'")),
             qint64(24));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT rack_id) FROM devices d JOIN device_types t "
                                   "ON t.id = d.device_type_id WHERE t.u_height = 0 AND t.kind = 'pdu' "
                                   "AND d.mount = 'side-right' AND d.face = 'rear'")),
             qint64(24));
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN device_types t ON t.id = d.device_type_id "
                              "WHERE t.kind = 'cable-manager'")) >= 24);
    // half depth on the rear face, sharing a U with a half-depth device in front
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM devices WHERE NOT full_depth AND face = 'rear' AND mount = 'rack'")) >=
            1);
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM devices f JOIN devices r ON r.rack_id = f.rack_id "
                "AND r.u_start = f.u_start AND r.mount = 'rack' AND f.mount = 'rack' "
                "WHERE f.face = 'front' AND r.face = 'rear' AND NOT f.full_depth AND NOT r.full_depth")) >=
            1);
    // a half-width pair side by side in one U
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM devices l JOIN devices r ON r.rack_id = l.rack_id "
                                  "AND r.u_start = l.u_start AND r.mount = l.mount "
                                  "WHERE l.width = 'left' AND r.width = 'right'")) >= 1);
    // empty U remain visible somewhere
    QVERIFY(scalar(QStringLiteral(
                "SELECT sum(r.u_height) - sum(COALESCE(used.u, 0)) FROM racks r LEFT JOIN "
                "(SELECT rack_id, count(DISTINCT g) AS u FROM devices, generate_series(u_start, u_end) g "
                " WHERE mount = 'rack' GROUP BY rack_id) used ON used.rack_id = r.id")) > 100);
}

void TstDemoData::powerBudgetsVary()
{
    const QString util = QStringLiteral("SELECT count(*) FROM rack_power WHERE power_budget_kw > 0 AND %1");
    const qint64 over = scalar(util.arg(QStringLiteral("allocated_watts > power_budget_kw * 1000")));
    const qint64 tight = scalar(util.arg(QStringLiteral("allocated_watts > power_budget_kw * 800 "
                                                        "AND allocated_watts <= power_budget_kw * 1000")));
    const qint64 comfortable = scalar(util.arg(QStringLiteral("allocated_watts <= power_budget_kw * 800")));
    QVERIFY2(over >= 1 && over <= 8, qPrintable(QString::number(over)));
    QVERIFY2(tight >= 1, qPrintable(QString::number(tight)));
    QVERIFY2(comfortable >= 10, qPrintable(QString::number(comfortable)));
    QCOMPARE(over + tight + comfortable, qint64(24));
    // realistic watts: servers between 100 W and 1.2 kW
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN device_types t ON t.id = d.device_type_id "
                              "WHERE t.kind = 'server' AND (d.watts < 100 OR d.watts > 1200)")),
        qint64(0));
}

void TstDemoData::dispositionsAndWarranty()
{
    const qint64 total = m_summary.devices;
    const qint64 allocated =
        scalar(QStringLiteral("SELECT count(*) FROM devices WHERE disposition = 'allocated'"));
    const qint64 available =
        scalar(QStringLiteral("SELECT count(*) FROM devices WHERE disposition = 'available'"));
    QVERIFY(allocated + available > total / 2);
    for (const char *d : {"reserved", "maintenance", "faulty", "decommissioned"}) {
        const qint64 n = scalar(
            QStringLiteral("SELECT count(*) FROM devices WHERE disposition = '%1'").arg(QLatin1String(d)));
        QVERIFY2(n >= 1 && n < total / 5, d);
    }
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM devices WHERE warranty_expires < DATE '2026-01-01'")) >= 10);
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM devices WHERE warranty_expires > DATE '2028-01-01'")) >= 10);
}

void TstDemoData::customersOwnDevices()
{
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE code ~ '^cust-[0-9]{4}$'")) >= 4);
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT customer_id) FROM devices")) >= 4);
    // one customer rents a whole rack, and owns what is in it
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM racks WHERE customer_id IS NOT NULL")), qint64(1));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN racks r ON r.id = d.rack_id "
                                  "WHERE r.customer_id IS NOT NULL AND d.customer_id = r.customer_id")) >= 8);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN racks r ON r.id = d.rack_id "
                                   "WHERE r.customer_id IS NOT NULL AND d.customer_id <> r.customer_id")),
             qint64(0));
}

void TstDemoData::identifiersAreRealistic()
{
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM devices WHERE asset_tag !~ '^HD-[0-9]{6}$' OR asset_tag IS NULL")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT asset_tag) FROM devices")),
             qint64(m_summary.devices));
    const qint64 serials = scalar(QStringLiteral("SELECT count(serial) FROM devices"));
    QVERIFY(serials > m_summary.devices / 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT serial) FROM devices")), serials);
    // Dell service tags are seven characters
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM devices WHERE manufacturer = 'Dell' AND serial !~ '^[0-9A-Z]{7}$'")),
             qint64(0));
}

void TstDemoData::nothingOverlaps()
{
    // The constraint is in force and validated, and an independent check finds no pair sharing space.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM pg_constraint WHERE conname = 'devices_no_overlap' AND convalidated")),
             qint64(1));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM devices a JOIN devices b ON a.id < b.id AND a.rack_id = b.rack_id "
                 "AND a.mount = b.mount AND a.u_slots && b.u_slots AND a.depth_slots && b.depth_slots "
                 "AND a.width_slots && b.width_slots")),
             qint64(0));
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(*) FROM devices d JOIN racks r ON r.id = d.rack_id WHERE d.u_end > r.u_height")),
        qint64(0));
}

void TstDemoData::addressPlanPools()
{
    // Pools (roots) in both families at the site, the public IPv4 pools among them.
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM subnets WHERE parent_id IS NULL AND ip_version = 4")) >= 3);
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM subnets WHERE parent_id IS NULL AND ip_version = 6")) >= 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets s JOIN locations l ON l.id = s.location_id "
                                   "WHERE s.parent_id IS NULL AND l.code = 'EU-FRA' AND s.cidr IN "
                                   "('203.0.113.0/24', '198.51.100.0/24', '2001:db8:1::/48')")),
             qint64(3));
    // A management network per room, its location the room's.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(DISTINCT s.location_id) FROM subnets s JOIN locations l ON l.id = "
                 "s.location_id WHERE l.kind = 'room' AND s.cidr <<= '10.20.0.0/16'")),
             qint64(2));
    // VLANs per location: management, customers and storage in every room, one disabled.
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM vlans v JOIN locations l ON l.id = v.location_id WHERE "
                              "l.kind = 'room' AND v.vid IN (100, 102, 200)")),
        qint64(6));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM vlans WHERE NOT enabled")) >= 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE vlan_id IS NOT NULL")) >= 4);
    // A pool for manual assignment only, and parked ranges in both families.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE NOT auto_allocatable")) >= 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE is_unavailable AND ip_version = 4")) >=
            1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE is_unavailable AND ip_version = 6")) >=
            1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE is_unavailable AND allocation_status <> "
                              "'unallocated'")),
        qint64(0));
}

void TstDemoData::addressPlanAllocations()
{
    // Every customer holds an IPv4 and an IPv6 subnet.
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(DISTINCT customer_id) FROM subnets WHERE allocation_status = "
                              "'allocated' AND ip_version = 4")),
        qint64(m_summary.customers));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(DISTINCT customer_id) FROM subnets WHERE allocation_status = "
                              "'allocated' AND ip_version = 6")),
        qint64(m_summary.customers));
    // Servers' addresses carry rDNS names made of the server's name.
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM ip_addresses WHERE purpose = 'primary' AND family(address) "
                "= 4")) >= 50);
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM ip_addresses WHERE purpose = 'primary' AND family(address) "
                "= 6")) >= 20);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses a JOIN devices d ON d.id = a.device_id "
                                   "WHERE a.purpose = 'primary' AND a.rdns IS DISTINCT FROM d.name || "
                                   "'.example.net'")),
             qint64(0));
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE rdns ~ "
                              "'^fra[12]-[a-z][0-9]{2}-srv[0-9]{2}\\.example\\.net$' AND rdns_updated_at IS "
                              "NOT NULL")) >= 50);
    // BMC and switch management addresses on the management network of the device's own room.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE purpose = 'bmc'")) >= 20);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE purpose = 'management'")) >= 2);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM ip_addresses a JOIN devices d ON d.id = a.device_id JOIN "
                 "racks r ON r.id = d.rack_id JOIN subnets s ON s.id = a.subnet_id WHERE a.purpose "
                 "IN ('bmc', 'management') AND (NOT a.address <<= '10.20.0.0/16' OR "
                 "subnet_effective_location(s.cidr) <> r.location_id)")),
             qint64(0));
    // The allocator wrote the history.
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_allocate_subnet' AND "
                "success")) >= 2 * m_summary.customers);
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_allocate_ip'")) >= 50);
}

void TstDemoData::addressPlanTreeTiles()
{
    // Children tile their parents: sizes add up, and nothing overlaps anywhere in the tree
    // except a node and its ancestors.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM subnets p WHERE p.allocation_status = 'subdivided' AND "
                 "(SELECT coalesce(sum(2::numeric ^ (CASE family(c.cidr) WHEN 4 THEN 32 ELSE 128 END - "
                 "masklen(c.cidr))), 0) FROM subnets c WHERE c.parent_id = p.id) <> 2::numeric ^ "
                 "(CASE family(p.cidr) WHEN 4 THEN 32 ELSE 128 END - masklen(p.cidr))")),
             qint64(0));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM subnets a JOIN subnets b ON a.id < b.id AND a.cidr && "
                              "b.cidr WHERE a.allocation_status <> 'subdivided' AND b.allocation_status <> "
                              "'subdivided'")),
        qint64(0));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM subnets c JOIN subnets p ON p.id = c.parent_id WHERE NOT "
                              "(c.cidr << p.cidr) OR p.allocation_status <> 'subdivided'")),
        qint64(0));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM ip_addresses a JOIN subnets s ON s.id = a.subnet_id WHERE "
                 "NOT (a.address <<= s.cidr) OR s.allocation_status = 'subdivided'")),
             qint64(0));
}

void TstDemoData::networkSummaryMatches()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ports")), qint64(m_summary.ports));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cables")), qint64(m_summary.cables));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_bmc")), qint64(m_summary.bmcSettings));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_snmp")), qint64(m_summary.snmpAgents));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM traffic_samples")),
             qint64(m_summary.trafficSamples));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM power_samples")), qint64(m_summary.powerSamples));
    QVERIFY2(m_summary.ports > 7000, qPrintable(QString::number(m_summary.ports)));
    QVERIFY2(m_summary.cables >= 100, qPrintable(QString::number(m_summary.cables)));
    QVERIFY(m_summary.trafficSamples >= 50 * 2016);
    QVERIFY(m_summary.powerSamples >= 20 * 2016);
}

void TstDemoData::switchAndServerPorts()
{
    // Every top-of-rack switch: 48 x 25G plus 100G uplinks, each with an ifIndex and a MAC.
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(*) FROM (SELECT d.id FROM devices d JOIN ports p ON p.device_id = d.id AND p.kind "
            "= 'switch' WHERE d.name LIKE '%-tor_' GROUP BY d.id HAVING count(*) FILTER (WHERE p.speed_bps "
            "= 25000000000) = 48 AND count(*) FILTER (WHERE p.speed_bps = 100000000000) >= 6) s")),
        qint64(48));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM ports WHERE kind = 'switch' AND (if_index IS NULL OR mac IS NULL)")),
             qint64(0));
    // The vendors' names: Arista Ethernet1, Juniper et-0/0/0, Cisco Ethernet1/1 (ifIndex 0x1a000000).
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(DISTINCT t.manufacturer) FROM ports p JOIN devices d ON d.id = p.device_id JOIN "
            "device_types t ON t.id = d.device_type_id WHERE (t.manufacturer = 'Arista' AND p.name = "
            "'Ethernet1' AND p.if_index = 1) OR (t.manufacturer = 'Juniper' AND p.name = 'et-0/0/0') OR "
            "(t.manufacturer = 'Cisco' AND p.name = 'Ethernet1/1' AND p.if_index = 436207616)")),
        qint64(3));
    // Some ports are shut down; ports with a cable have link, the others do not.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE kind = 'switch' AND admin_status = "
                                  "'down'")) >= 48);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM ports p WHERE kind = 'switch' AND (oper_status = 'up') "
                              "<> EXISTS (SELECT 1 FROM cable_ends e WHERE e.port_id = p.id)")),
        qint64(0));
    // Servers: three NICs and a BMC port, all with MACs.
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(*) FROM devices d WHERE d.name LIKE '%-srv%' AND ((SELECT count(*) FROM ports p "
            "WHERE p.device_id = d.id AND p.kind = 'nic' AND p.mac IS NOT NULL) <> 3 OR (SELECT count(*) "
            "FROM ports p WHERE p.device_id = d.id AND p.kind = 'bmc' AND p.mac IS NOT NULL) <> 1)")),
        qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT mac) FROM ports WHERE kind IN ('nic', 'bmc')")),
             scalar(QStringLiteral("SELECT count(*) FROM ports WHERE kind IN ('nic', 'bmc')")));
}

void TstDemoData::patchPanelsAndOutlets()
{
    // Every panel: front ports mapped one-to-one to rear ports of the same panel, labelled,
    // RJ45 on the copper panels and LC on the fibre panels.
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(*) FROM devices d JOIN device_types t ON t.id = d.device_type_id WHERE t.kind = "
            "'patch-panel' AND ((SELECT count(*) FROM ports p WHERE p.device_id = d.id AND p.kind = "
            "'patch-front') <> (SELECT count(*) FROM ports p WHERE p.device_id = d.id AND p.kind = "
            "'patch-rear') OR NOT EXISTS (SELECT 1 FROM ports p WHERE p.device_id = d.id))")),
        qint64(0));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM ports f JOIN ports r ON r.id = f.rear_port_id WHERE "
                              "f.kind = 'patch-front' AND (r.device_id <> f.device_id OR substr(f.name, 2) "
                              "<> substr(r.name, 2) OR f.label = '' OR f.connector IS NULL)")),
        qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT connector) FROM ports WHERE kind = 'patch-front'")),
             qint64(2));
    // Every PDU: 24 outlets, named as the poller matches them; outlets feeding servers say which.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (SELECT device_id FROM ports WHERE kind = "
                                   "'power-outlet' AND name ~ '^Outlet [0-9]+$' GROUP BY device_id HAVING "
                                   "count(*) = 24) s")),
             qint64(48));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE kind = 'power-outlet' AND alias ~ "
                                  "'-srv[0-9]+[ab]?-psu[12]$'")) >= 2 * 200);
}

void TstDemoData::serverNicTracesThroughTwoPanels()
{
    // The lowest server of rack FRA1-A01: its provisioning NIC.
    QSqlDatabase db = m_db->connection();
    auto q =
        db::exec(db, QStringLiteral("SELECT p.id FROM ports p JOIN devices d ON d.id = p.device_id WHERE "
                                    "d.name LIKE 'fra1-a01-srv%' AND p.name = 'eno1' ORDER BY d.u_start, "
                                    "d.name LIMIT 1"));
    QVERIFY(q && q->next());
    auto trace = traceCable(db, q->value(0).toLongLong());
    QVERIFY2(trace.ok(), qPrintable(trace ? QString() : trace.error().fullText()));
    QStringList kinds;
    QSet<qint64> panels;
    for (const CableHop &hop : trace->hops) {
        kinds << hop.portKind;
        if (hop.portKind.startsWith(QLatin1String("patch-")))
            panels.insert(hop.deviceId);
    }
    // NIC -> panel A front -> rear -> trunk -> panel B rear -> front -> switch port
    QCOMPARE(kinds, QStringList({QStringLiteral("nic"), QStringLiteral("patch-front"),
                                 QStringLiteral("patch-rear"), QStringLiteral("patch-rear"),
                                 QStringLiteral("patch-front"), QStringLiteral("switch")}));
    QCOMPARE(panels.size(), 2);
    QVERIFY(!trace->loop() && !trace->truncated());
    QVERIFY2(trace->hops.constLast().deviceName == QLatin1String("fra1-a02-mgmt"),
             qPrintable(trace->hops.constLast().deviceName));
    // Every cabled server NIC ends at a switch port, directly or through panels.
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(*) FROM ports p WHERE p.kind IN ('nic', 'bmc') AND EXISTS (SELECT 1 FROM "
            "cable_ends e WHERE e.port_id = p.id) AND (SELECT t.port_kind FROM cable_trace(p.id) t ORDER "
            "BY t.hop DESC LIMIT 1) <> 'switch'")),
        qint64(0));
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM ports p WHERE p.kind = 'nic' AND EXISTS (SELECT 1 FROM "
                              "cable_ends e WHERE e.port_id = p.id)")) >= 30);
}

void TstDemoData::cablesOfEveryTypeOnePerPort()
{
    for (const char *type : {"Cat6", "Cat6a", "OM4", "SM fibre", "DAC"}) {
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM cables WHERE type = '%1'")
                            .arg(QLatin1String(type))) >= 1,
                 type);
    }
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT colour) FROM cables")) >= 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cables WHERE label = '' OR length_m IS NULL")),
             qint64(0));
    // No port has two cables, counted from the cables themselves.
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM (SELECT port FROM (SELECT port_a AS port FROM cables "
                              "UNION ALL SELECT port_b FROM cables) e GROUP BY port HAVING count(*) > 1) s")),
        qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cable_ends")), 2 * qint64(m_summary.cables));
}

void TstDemoData::bmcAndSnmpSettings()
{
    // Redfish for some vendors, IPMI for others, at the BMC's management address.
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE bmc_kind = 'redfish' AND bmc_address "
                              "LIKE 'https://10.20.%'")) >= 10);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE bmc_kind = 'ipmi'")) >= 3);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM device_bmc b JOIN ip_addresses a ON a.device_id = "
                 "b.device_id AND a.purpose = 'bmc' WHERE b.bmc_address NOT IN (host(a.address), "
                 "'https://' || host(a.address)) OR b.bmc_username = '' OR b.bmc_secret = ''")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_bmc")),
             scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE purpose = 'bmc'")));
    // Every demo BMC and agent is marked demo, so no driver contacts the made-up site.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE NOT demo")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_snmp WHERE NOT demo")), qint64(0));
    // SNMP for every switch and PDU; PDUs name the outlet OID map's models.
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN device_types t ON t.id = "
                              "d.device_type_id WHERE t.kind IN ('switch', 'pdu') AND NOT EXISTS (SELECT 1 "
                              "FROM device_snmp s WHERE s.device_id = d.id)")),
        qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT pdu_model) FROM device_snmp WHERE pdu_model IN "
                                   "('apc-rpdu2', 'raritan-px2')")),
             qint64(2));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_snmp WHERE community <> 'public' OR "
                                   "(pdu_model IS NOT NULL) = poll_interfaces")),
             qint64(0));
}

void TstDemoData::trafficSamplesCoverAWeek()
{
    // Every cabled switch port and only those: 7 days of 5-minute samples, ending at the last
    // complete slot before the load.
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(*) FROM ports p WHERE p.kind = 'switch' AND EXISTS (SELECT 1 FROM cable_ends e "
            "WHERE e.port_id = p.id) AND (SELECT count(*) FROM traffic_samples s WHERE s.port_id = p.id) "
            "<> 2016")),
        qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM traffic_samples s WHERE NOT EXISTS (SELECT 1 FROM "
                                   "cable_ends e WHERE e.port_id = s.port_id)")),
             qint64(0));
    QCOMPARE(
        scalar(QStringLiteral("SELECT extract(epoch FROM max(at) - min(at))::bigint FROM traffic_samples")),
        qint64(7 * 86400 - 300));
    QVERIFY(scalar(QStringLiteral(
                "SELECT extract(epoch FROM now() - max(at))::bigint FROM traffic_samples")) <= 900);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM traffic_samples WHERE interval_s <> 300 OR in_bytes <= 0 "
                              "OR out_bytes <= 0")),
        qint64(0));
    // Never more than the port carries in 5 minutes.
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM traffic_samples s JOIN ports p ON p.id = s.port_id "
                              "WHERE s.in_bytes * 8 > p.speed_bps * 300 OR s.out_bytes * 8 > p.speed_bps * "
                              "300")),
        qint64(0));
    // A diurnal curve: evenings are busier than the early morning.
    QVERIFY(
        scalar(QStringLiteral("SELECT (avg(in_bytes) FILTER (WHERE extract(hour FROM at AT TIME ZONE "
                              "'UTC') = 19) / avg(in_bytes) FILTER (WHERE extract(hour FROM at AT TIME ZONE "
                              "'UTC') = 7) * 100)::bigint FROM traffic_samples")) > 150);
    // Bursting ports: their peak is far above their 95th percentile's neighbourhood of the median.
    QVERIFY(
        scalar(QStringLiteral(
            "SELECT count(*) FROM (SELECT port_id, percentile_disc(0.5) WITHIN GROUP (ORDER BY in_bytes) AS "
            "med, max(in_bytes) AS peak FROM traffic_samples GROUP BY port_id) s WHERE peak > 3 * med")) >=
        3);
}

void TstDemoData::powerSamplesCoverAWeek()
{
    QCOMPARE(
        scalar(QStringLiteral("SELECT extract(epoch FROM max(at) - min(at))::bigint FROM power_samples")),
        qint64(7 * 86400 - 300));
    // PDU totals (no outlet) and outlets, each with a full week.
    QVERIFY(scalar(QStringLiteral(
                "SELECT count(DISTINCT device_id) FROM power_samples WHERE port_id IS NULL")) >= 4);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM (SELECT device_id, port_id FROM power_samples GROUP BY "
                              "device_id, port_id HAVING count(*) <> 2016) s")),
        qint64(0));
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT port_id) FROM power_samples")) >= 20);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM power_samples s JOIN ports p ON p.id = s.port_id "
                                   "WHERE p.kind <> 'power-outlet' OR s.watts <= 0 OR s.watts > 1000")),
             qint64(0));
}

void TstDemoData::loadingTwiceIsRefused()
{
    QSqlDatabase db = m_db->connection();
    const qint64 logBefore = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    auto again = DemoData::load(db, false);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("racks")), qPrintable(again.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM racks")), qint64(24));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices")), qint64(m_summary.devices));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), logBefore);
}

void TstDemoData::onlyIfEmptyIsANoOp()
{
    QSqlDatabase db = m_db->connection();
    const qint64 logBefore = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    auto again = DemoData::load(db, true);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().fullText()));
    QCOMPARE(again->racks, 0);
    QCOMPARE(again->devices, 0);
    QCOMPARE(again->customers, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices")), qint64(m_summary.devices));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), logBefore);
}

QString TstDemoData::fingerprint(QSqlDatabase db)
{
    auto q = db::exec(
        db,
        QStringLiteral(
            "SELECT md5(string_agg(concat_ws('|', d.name, d.serial, d.asset_tag, d.warranty_expires, "
            "d.disposition, d.watts, "
            "  c.code, r.name, r.power_budget_kw, r.u_height, d.mount, d.face, d.width, d.u_start, d.u_end), "
            "';' ORDER BY d.name)) "
            "FROM devices d JOIN racks r ON r.id = d.rack_id LEFT JOIN customers c ON c.id = d.customer_id"));
    if (!q || !q->next())
        return {};
    return q->value(0).toString();
}

QString TstDemoData::networkFingerprint(QSqlDatabase db)
{
    auto q = db::exec(
        db,
        QStringLiteral(
            "SELECT md5((SELECT string_agg(concat_ws('|', d.name, p.name, p.kind, p.if_index, p.speed_bps, "
            "p.mac, "
            "  p.admin_status, p.oper_status, p.alias, p.connector, p.label, r.name), ';' ORDER BY d.name, "
            "  p.name) FROM ports p JOIN devices d ON d.id = p.device_id LEFT JOIN ports r ON r.id = "
            "  p.rear_port_id) || (SELECT string_agg(concat_ws('|', a.name, b.name, c.type, c.colour, "
            "  c.label, c.length_m), ';' ORDER BY c.label, a.name) FROM cables c JOIN ports a ON a.id = "
            "  c.port_a JOIN ports b ON b.id = c.port_b) || (SELECT string_agg(concat_ws('|', d.name, "
            "  b.bmc_kind, b.bmc_address), ';' ORDER BY d.name) FROM device_bmc b JOIN devices d ON d.id = "
            "  b.device_id))"));
    if (!q || !q->next())
        return {};
    return q->value(0).toString();
}

void TstDemoData::failedLoadWritesNothingAndLoadIsDeterministic()
{
    test::TestDatabase second(QStringLiteral("demodata_second"));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QSqlDatabase db = second.connection();
    // An unracked device already holds a name the demo uses: the load fails part-way and rolls back.
    QVERIFY(second.superExec(QStringLiteral(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES ('Acme', 'Spare', 'other', 1);"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'fra2-b12-tor2' FROM device_types WHERE model "
        "= 'Spare';")));
    auto failed = DemoData::load(db, true);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QLatin1String("name")), qPrintable(failed.error().fullText()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM racks"), db), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM locations"), db), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers"), db), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices"), db), qint64(1));

    QVERIFY(second.superExec(QStringLiteral("DELETE FROM devices; DELETE FROM device_types;")));
    auto loaded = DemoData::load(db, true);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    QCOMPARE(loaded->devices, m_summary.devices);
    QCOMPARE(loaded->ports, m_summary.ports);
    QCOMPARE(loaded->cables, m_summary.cables);
    QCOMPARE(loaded->trafficSamples, m_summary.trafficSamples);
    QCOMPARE(loaded->powerSamples, m_summary.powerSamples);
    const QString a = fingerprint(m_db->connection());
    QVERIFY(!a.isEmpty());
    QCOMPARE(fingerprint(db), a);
    const QString n = networkFingerprint(m_db->connection());
    QVERIFY(!n.isEmpty());
    QCOMPARE(networkFingerprint(db), n);
}

QTEST_GUILESS_MAIN(TstDemoData)
#include "tst_demodata.moc"
