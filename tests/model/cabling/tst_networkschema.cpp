// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 0004 (ports, patch panels, cables, samples, BMC settings) against a
// real PostgreSQL: what the database refuses, with the sentence the operator
// sees; the cable trace; who reads BMC credentials; the activity log.
#include "cabling/cabletrace.h"
#include "core/database.h"
#include "testdatabase.h"

#include <QtTest>

using namespace hostdeck;

class TstNetworkSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void portRules();
    void patchMappingRules();
    void cableEndsAreExclusive();
    void cableAttributeRules();
    void concurrentCablesOnOnePort();
    void samplesAreAligned();
    void traceThroughPanels();
    void loopsAreBounded();
    void longPathsAreTruncated();
    void repositoryTrace();
    void bmcSecretsNeedNoc();
    void activityIsLogged();
    void activityLogHidesWhatReadersMayNotRead();

private:
    Result<QSqlQuery> run(const QString &sql);
    QString failure(const QString &sql);
    qint64 scalar(const QString &sql);
    qint64 port(const QString &device, const QString &name);
    QStringList trace(qint64 portId, QStringList *vias = nullptr);

    std::unique_ptr<test::TestDatabase> m_db;
};

void TstNetworkSchema::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("networkschema"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
        "('Dell', 'R650', 'server', 1), ('Arista', '7050', 'switch', 1), ('Generic', 'PP24', 'patch-panel', "
        "1);"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'srv-01' FROM device_types WHERE model = "
        "'R650';"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'sw-01' FROM device_types WHERE model = "
        "'7050';"
        "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types, "
        "  unnest(ARRAY['pp-a', 'pp-b', 'pp-c']) n WHERE model = 'PP24';"
        "INSERT INTO ports (device_id, name, kind, mac) SELECT id, 'eth0', 'nic', '52:54:00:00:00:01' "
        "  FROM devices WHERE name = 'srv-01';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'eth1', 'nic' FROM devices WHERE name = "
        "'srv-01';"
        "INSERT INTO ports (device_id, name, kind, if_index, speed_bps) SELECT id, 'Ethernet' || i, "
        "'switch', i, "
        "  10000000000 FROM devices, generate_series(1, 4) i WHERE name = 'sw-01';"
        "INSERT INTO ports (device_id, name, kind, connector, label) SELECT id, 'R1', 'patch-rear', 'LC', "
        "'R1' "
        "  FROM devices WHERE name IN ('pp-a', 'pp-b', 'pp-c');"
        "INSERT INTO ports (device_id, name, kind, connector, label, rear_port_id) "
        "  SELECT d.id, 'F1', 'patch-front', 'LC', 'F1', r.id FROM devices d JOIN ports r ON r.device_id = "
        "d.id "
        "  AND r.name = 'R1' WHERE d.name IN ('pp-a', 'pp-b', 'pp-c');")));
}

Result<QSqlQuery> TstNetworkSchema::run(const QString &sql)
{
    QSqlDatabase db = m_db->connection();
    auto result = db::exec(db, sql);
    if (!result)
        qInfo("%s\n  -> %s", qPrintable(sql), qPrintable(result.error().fullText()));
    return result;
}

// The operator-facing message of a statement that must fail; empty when it succeeded.
QString TstNetworkSchema::failure(const QString &sql)
{
    auto q = run(sql);
    return q.ok() ? QString() : q.error().message;
}

qint64 TstNetworkSchema::scalar(const QString &sql)
{
    auto q = run(sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TstNetworkSchema::port(const QString &device, const QString &name)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db,
                      QStringLiteral("SELECT p.id FROM ports p JOIN devices d ON d.id = p.device_id "
                                     "WHERE d.name = :device AND p.name = :name"),
                      {{QStringLiteral("device"), device}, {QStringLiteral("name"), name}});
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

// "device/port" per hop of cable_trace(), in order.
QStringList TstNetworkSchema::trace(qint64 portId, QStringList *vias)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db,
                      QStringLiteral("SELECT hop, device_name, port_name, via FROM cable_trace(:port) "
                                     "ORDER BY hop"),
                      {{QStringLiteral("port"), portId}});
    QStringList path;
    if (!q)
        return {q.error().message};
    while (q->next()) {
        path << q->value(1).toString() + QLatin1Char('/') + q->value(2).toString();
        if (vias)
            *vias << q->value(3).toString();
    }
    return path;
}

void TstNetworkSchema::portRules()
{
    QString message = failure(QStringLiteral("INSERT INTO ports (device_id, name, kind) SELECT id, 'eth0', "
                                             "'nic' FROM devices WHERE name = 'srv-01'"));
    QVERIFY2(message.contains(QStringLiteral("already has a port with that name")), qPrintable(message));
    message =
        failure(QStringLiteral("INSERT INTO ports (device_id, name, kind, if_index) SELECT id, 'Ethernet9', "
                               "'switch', 1 FROM devices WHERE name = 'sw-01'"));
    QVERIFY2(message.contains(QStringLiteral("interface index")), qPrintable(message));
    message = failure(QStringLiteral("INSERT INTO ports (device_id, name, kind) SELECT id, 'x', 'serial' "
                                     "FROM devices WHERE name = 'srv-01'"));
    QVERIFY2(message.contains(QStringLiteral("Unknown port kind")), qPrintable(message));
    QVERIFY(!run(QStringLiteral("UPDATE ports SET oper_status = 'sideways' WHERE name = 'eth0'")).ok());
    // if_index is unique per device only; NULL never collides
    QVERIFY(
        run(QStringLiteral("INSERT INTO ports (device_id, name, kind, if_index) SELECT id, 'bmc', 'bmc', 1 "
                           "FROM devices WHERE name = 'srv-01'"))
            .ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE name IN ('Ethernet9', 'x')")), 0);
}

void TstNetworkSchema::patchMappingRules()
{
    // A front port of pp-b mapped to the rear port of pp-a: across devices.
    QString message = failure(QStringLiteral(
        "INSERT INTO ports (device_id, name, kind, rear_port_id) SELECT d.id, 'F2', 'patch-front', r.id "
        "FROM devices d, ports r JOIN devices rd ON rd.id = r.device_id "
        "WHERE d.name = 'pp-b' AND rd.name = 'pp-a' AND r.name = 'R1'"));
    QVERIFY2(message.contains(QStringLiteral("own patch panel")), qPrintable(message));
    // Moving an existing front port's mapping across devices is refused the same way.
    message = failure(QStringLiteral("UPDATE ports SET rear_port_id = %1 WHERE id = %2")
                          .arg(port(QStringLiteral("pp-a"), QStringLiteral("R1")))
                          .arg(port(QStringLiteral("pp-b"), QStringLiteral("F1"))));
    QVERIFY2(message.contains(QStringLiteral("own patch panel")), qPrintable(message));
    // A front port mapped to something that is not a rear port.
    QVERIFY(run(QStringLiteral("INSERT INTO ports (device_id, name, kind) SELECT id, 'F9', 'patch-rear' FROM "
                               "devices WHERE name = 'pp-c'"))
                .ok());
    message = failure(QStringLiteral(
        "INSERT INTO ports (device_id, name, kind, rear_port_id) SELECT d.id, 'F3', 'patch-front', r.id "
        "FROM devices d JOIN ports r ON r.device_id = d.id AND r.name = 'F1' WHERE d.name = 'pp-c'"));
    QVERIFY2(message.contains(QStringLiteral("patch-rear port")), qPrintable(message));
    // A front port without a rear port, and a rear port that already has its front port.
    message = failure(QStringLiteral("INSERT INTO ports (device_id, name, kind) SELECT id, 'F4', "
                                     "'patch-front' FROM devices WHERE name = 'pp-c'"));
    QVERIFY2(message.contains(QStringLiteral("exactly one rear port")), qPrintable(message));
    message = failure(QStringLiteral(
        "INSERT INTO ports (device_id, name, kind, rear_port_id) SELECT d.id, 'F5', 'patch-front', r.id "
        "FROM devices d JOIN ports r ON r.device_id = d.id AND r.name = 'R1' WHERE d.name = 'pp-c'"));
    QVERIFY2(message.contains(QStringLiteral("already mapped")), qPrintable(message));
    // A mapped rear port keeps its device and kind.
    message = failure(QStringLiteral("UPDATE ports SET kind = 'nic' WHERE id = %1")
                          .arg(port(QStringLiteral("pp-c"), QStringLiteral("R1"))));
    QVERIFY2(message.contains(QStringLiteral("keeps its device and kind")), qPrintable(message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE name IN ('F2', 'F3', 'F4', 'F5')")), 0);
    QVERIFY(run(QStringLiteral("DELETE FROM ports WHERE name = 'F9'")).ok());
}

void TstNetworkSchema::cableEndsAreExclusive()
{
    const qint64 eth0 = port(QStringLiteral("srv-01"), QStringLiteral("eth0"));
    const qint64 rearA = port(QStringLiteral("pp-a"), QStringLiteral("R1"));
    const qint64 sw4 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet4"));
    const qint64 eth1 = port(QStringLiteral("srv-01"), QStringLiteral("eth1"));
    QVERIFY(run(QStringLiteral("INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                               "VALUES (%1, %2, 'OM4', 'aqua', 'C-0001', 2.5)")
                    .arg(eth0)
                    .arg(rearA))
                .ok());
    // The same port again, as port_a and as port_b.
    for (const QString &sql :
         {QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%1, %2, 'Cat6')"),
          QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%2, %1, 'Cat6')")}) {
        const QString message = failure(sql.arg(eth0).arg(sw4));
        QVERIFY2(message.contains(QStringLiteral("port \"eth0\" of device \"srv-01\" already has a cable")),
                 qPrintable(message));
        const QString other = failure(sql.arg(rearA).arg(sw4));
        QVERIFY2(other.contains(QStringLiteral("\"R1\" of device \"pp-a\" already has a cable")),
                 qPrintable(other));
    }
    // Re-pointing another cable onto a cabled port is refused too.
    QVERIFY(run(QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%1, %2, 'Cat6')")
                    .arg(eth1)
                    .arg(sw4))
                .ok());
    const QString moved =
        failure(QStringLiteral("UPDATE cables SET port_b = %1 WHERE port_a = %2").arg(eth0).arg(eth1));
    QVERIFY2(moved.contains(QStringLiteral("already has a cable")), qPrintable(moved));
    // Same port on both ends.
    const QString self =
        failure(QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%1, %1, 'Cat6')")
                    .arg(port(QStringLiteral("sw-01"), QStringLiteral("Ethernet3"))));
    QVERIFY2(self.contains(QStringLiteral("two different ports")), qPrintable(self));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cables")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cable_ends")), 4);
    // Deleting a cable frees its ports.
    QVERIFY(run(QStringLiteral("DELETE FROM cables WHERE port_a = %1").arg(eth1)).ok());
    QCOMPARE(
        scalar(
            QStringLiteral("SELECT count(*) FROM cable_ends WHERE port_id IN (%1, %2)").arg(eth1).arg(sw4)),
        0);
}

void TstNetworkSchema::cableAttributeRules()
{
    const qint64 sw2 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet2"));
    const qint64 sw3 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet3"));
    QString message =
        failure(QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%1, %2, 'Cat8')")
                    .arg(sw2)
                    .arg(sw3));
    QVERIFY2(message.contains(QStringLiteral("Unknown cable type")), qPrintable(message));
    message = failure(
        QStringLiteral("INSERT INTO cables (port_a, port_b, type, colour) VALUES (%1, %2, 'DAC', '#12345')")
            .arg(sw2)
            .arg(sw3));
    QVERIFY2(message.contains(QStringLiteral("#rrggbb")), qPrintable(message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cables WHERE port_a = %1").arg(sw2)), 0);
    QVERIFY(run(QStringLiteral(
                    "INSERT INTO cables (port_a, port_b, type, colour) VALUES (%1, %2, 'DAC', '#1a2B3c')")
                    .arg(sw2)
                    .arg(sw3))
                .ok());
    QVERIFY(run(QStringLiteral("DELETE FROM cables WHERE port_a = %1").arg(sw2)).ok());
}

// Two sessions cable the same free port at once, from different sides: one wins.
void TstNetworkSchema::concurrentCablesOnOnePort()
{
    const qint64 sw2 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet2"));
    const qint64 sw3 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet3"));
    const qint64 sw4 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet4"));
    QSqlDatabase first = m_db->connection(QStringLiteral("first"));
    QVERIFY(first.transaction());
    QVERIFY(
        db::exec(first, QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%1, %2, 'Cat6')")
                            .arg(sw2)
                            .arg(sw3))
            .ok());
    // The second session's insert waits on the first one's uncommitted unique index entry.
    QString lateError;
    bool lateOk = true;
    QThread *second = QThread::create([&] {
        const QString name = QStringLiteral("late-cable");
        {
            auto conn = db::open(m_db->settings(), name, false);
            if (!conn) {
                lateError = conn.error().message;
                return;
            }
            auto late =
                db::exec(*conn, QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%1, %2, "
                                               "'Cat6')")
                                    .arg(sw4)
                                    .arg(sw3));
            lateOk = late.ok();
            if (!late)
                lateError = late.error().message;
            conn->close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    second->start();
    QThread::msleep(500);
    QVERIFY(first.commit());
    QVERIFY(second->wait(60000));
    delete second;
    QVERIFY(!lateOk);
    QVERIFY2(lateError.contains(QStringLiteral("already has a cable")), qPrintable(lateError));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cable_ends WHERE port_id = %1").arg(sw3)), 1);
    QVERIFY(run(QStringLiteral("DELETE FROM cables WHERE port_a = %1").arg(sw2)).ok());
}

void TstNetworkSchema::samplesAreAligned()
{
    const qint64 sw1 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet1"));
    QString message = failure(QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) "
                                             "VALUES (%1, '2026-11-01 12:03:00+00', 1, 2)")
                                  .arg(sw1));
    QVERIFY2(message.contains(QStringLiteral("5-minute boundary")), qPrintable(message));
    message = failure(QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) "
                                     "VALUES (%1, '2026-11-01 12:05:00.5+00', 1, 2)")
                          .arg(sw1));
    QVERIFY2(message.contains(QStringLiteral("5-minute boundary")), qPrintable(message));
    QVERIFY(run(QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) "
                               "VALUES (%1, '2026-11-01 12:05:00+00', 1000, 2000)")
                    .arg(sw1))
                .ok());
    // A second sample for the same interval is a duplicate.
    QVERIFY(!run(QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) "
                                "VALUES (%1, '2026-11-01 12:05:00+00', 1, 1)")
                     .arg(sw1))
                 .ok());
    message = failure(QStringLiteral("INSERT INTO power_samples (device_id, at, watts) SELECT id, "
                                     "'2026-11-01 12:01:00+00', 230 FROM devices WHERE name = 'srv-01'"));
    QVERIFY2(message.contains(QStringLiteral("5-minute boundary")), qPrintable(message));
    QVERIFY(run(QStringLiteral("INSERT INTO power_samples (device_id, at, watts) SELECT id, "
                               "'2026-11-01 12:00:00+00', 230 FROM devices WHERE name = 'srv-01'"))
                .ok());
    // Whole-device readings (no outlet) are unique per interval as well.
    QVERIFY(!run(QStringLiteral("INSERT INTO power_samples (device_id, at, watts) SELECT id, "
                                "'2026-11-01 12:00:00+00', 231 FROM devices WHERE name = 'srv-01'"))
                 .ok());
    // An outlet of another device is refused.
    QVERIFY(!run(QStringLiteral("INSERT INTO power_samples (device_id, port_id, at, watts) SELECT id, %1, "
                                "'2026-11-01 12:00:00+00', 230 FROM devices WHERE name = 'srv-01'")
                     .arg(sw1))
                 .ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM traffic_samples")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM power_samples")), 1);
}

// srv-01/eth0 -> pp-a rear -> pp-a front -> cable -> pp-b front -> pp-b rear -> sw-01/Ethernet1
void TstNetworkSchema::traceThroughPanels()
{
    const qint64 frontA = port(QStringLiteral("pp-a"), QStringLiteral("F1"));
    const qint64 frontB = port(QStringLiteral("pp-b"), QStringLiteral("F1"));
    const qint64 rearB = port(QStringLiteral("pp-b"), QStringLiteral("R1"));
    const qint64 sw1 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet1"));
    QVERIFY(run(QStringLiteral(
                    "INSERT INTO cables (port_a, port_b, type, colour) VALUES (%1, %2, 'OM4', 'aqua'), "
                    "(%3, %4, 'OM4', '#00ffff')")
                    .arg(frontB)
                    .arg(frontA)
                    .arg(sw1)
                    .arg(rearB))
                .ok());
    QStringList vias;
    const QStringList path = trace(port(QStringLiteral("srv-01"), QStringLiteral("eth0")), &vias);
    QCOMPARE(path, (QStringList{QStringLiteral("srv-01/eth0"), QStringLiteral("pp-a/R1"),
                                QStringLiteral("pp-a/F1"), QStringLiteral("pp-b/F1"),
                                QStringLiteral("pp-b/R1"), QStringLiteral("sw-01/Ethernet1")}));
    QCOMPARE(vias, (QStringList{QStringLiteral("start"), QStringLiteral("cable"), QStringLiteral("panel"),
                                QStringLiteral("cable"), QStringLiteral("panel"), QStringLiteral("cable")}));
    // From the switch end the same path, reversed.
    QStringList back = trace(sw1);
    std::reverse(back.begin(), back.end());
    QCOMPARE(back, path);
    // A port without a cable traces to itself; an unknown port to nothing.
    QCOMPARE(trace(port(QStringLiteral("sw-01"), QStringLiteral("Ethernet4"))),
             QStringList{QStringLiteral("sw-01/Ethernet4")});
    QVERIFY(trace(-1).isEmpty());
}

// pp-c's front port cabled to its own rear port: a loop, reported and ended.
void TstNetworkSchema::loopsAreBounded()
{
    const qint64 frontC = port(QStringLiteral("pp-c"), QStringLiteral("F1"));
    const qint64 rearC = port(QStringLiteral("pp-c"), QStringLiteral("R1"));
    QVERIFY(run(QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%1, %2, 'Cat6a')")
                    .arg(frontC)
                    .arg(rearC))
                .ok());
    QStringList vias;
    const QStringList path = trace(frontC, &vias);
    QCOMPARE(path,
             (QStringList{QStringLiteral("pp-c/F1"), QStringLiteral("pp-c/R1"), QStringLiteral("pp-c/F1")}));
    QCOMPARE(vias, (QStringList{QStringLiteral("start"), QStringLiteral("cable"), QStringLiteral("loop")}));
    QVERIFY(run(QStringLiteral("DELETE FROM cables WHERE port_a = %1").arg(frontC)).ok());
}

// 20 panels in a chain: 40 hops, cut after 32 with a 'truncated' row.
void TstNetworkSchema::longPathsAreTruncated()
{
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO devices (device_type_id, name) SELECT t.id, 'chain-' || i FROM device_types t, "
        "  generate_series(1, 20) i WHERE t.model = 'PP24';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'R1', 'patch-rear' FROM devices "
        "  WHERE name LIKE 'chain-%';"
        "INSERT INTO ports (device_id, name, kind, rear_port_id) SELECT d.id, 'F1', 'patch-front', r.id "
        "  FROM devices d JOIN ports r ON r.device_id = d.id AND r.name = 'R1' WHERE d.name LIKE 'chain-%';"
        "INSERT INTO cables (port_a, port_b, type) SELECT f.id, r.id, 'SM fibre' "
        "  FROM generate_series(1, 19) i "
        "  JOIN devices fd ON fd.name = 'chain-' || i JOIN ports f ON f.device_id = fd.id AND f.name = 'F1' "
        "  JOIN devices rd ON rd.name = 'chain-' || (i + 1) JOIN ports r ON r.device_id = rd.id AND r.name = "
        "'R1';")));
    QStringList vias;
    const QStringList path = trace(port(QStringLiteral("chain-1"), QStringLiteral("R1")), &vias);
    QCOMPARE(path.size(), 34);
    QCOMPARE(vias.constLast(), QStringLiteral("truncated"));
    QCOMPARE(vias.count(QStringLiteral("truncated")), 1);
    QCOMPARE(vias.count(QStringLiteral("loop")), 0);
    // From the front of the last panel backwards: 39 hops, also cut.
    QVERIFY(trace(port(QStringLiteral("chain-20"), QStringLiteral("F1"))).size() == 34);
    // Short enough with a larger bound: the whole chain.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cable_trace(%1, 64)")
                        .arg(port(QStringLiteral("chain-1"), QStringLiteral("R1")))),
             40);
}

// The model's traceCable() / findPort() over the same function.
void TstNetworkSchema::repositoryTrace()
{
    QSqlDatabase db = m_db->connection();
    auto eth0 = findPort(db, QStringLiteral("srv-01"), QStringLiteral("eth0"));
    QVERIFY(eth0.ok());
    auto path = traceCable(db, *eth0);
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().message));
    QCOMPARE(path->hops.size(), 6);
    QCOMPARE(path->hops.first().via, CableHop::Via::Start);
    QVERIFY(!path->hops.first().cableId.has_value());
    QCOMPARE(path->hops[2].via, CableHop::Via::Panel);
    QCOMPARE(path->hops[2].deviceName, QStringLiteral("pp-a"));
    QCOMPARE(path->hops[2].portKind, QStringLiteral("patch-front"));
    QCOMPARE(path->hops.constLast().portName, QStringLiteral("Ethernet1"));
    QCOMPARE(path->hops.constLast().via, CableHop::Via::Cable);
    QVERIFY(path->hops.constLast().cableId.has_value());
    QVERIFY(!path->loop());
    QVERIFY(!path->truncated());
    // A smaller bound cuts the same path.
    auto cut = traceCable(db, *eth0, 3);
    QVERIFY(cut.ok());
    QCOMPARE(cut->hops.size(), 5);
    QVERIFY(cut->truncated());

    auto missing = findPort(db, QStringLiteral("srv-01"), QStringLiteral("eth9"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("\"srv-01\" has no port \"eth9\"")),
             qPrintable(missing.error().message));
    auto unknown = traceCable(db, 999999);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.contains(QStringLiteral("no port with id 999999")),
             qPrintable(unknown.error().message));
}

void TstNetworkSchema::bmcSecretsNeedNoc()
{
    QVERIFY(run(QStringLiteral(
                    "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret, "
                    "ipmi_workarounds) SELECT id, 'ipmi', '10.0.0.10', 'root', 'calvin', "
                    "'{opensesspriv}' FROM devices WHERE name = 'srv-01'"))
                .ok());
    QString message = failure(
        QStringLiteral("UPDATE device_bmc SET redfish_cert_sha256 = 'AB' WHERE bmc_address = '10.0.0.10'"));
    QVERIFY2(message.contains(QStringLiteral("64 lower-case hex digits")), qPrintable(message));
    QVERIFY(!run(QStringLiteral("UPDATE device_bmc SET ipmi_workarounds = '{bogus}'")).ok());

    QVERIFY(m_db->createRole(QStringLiteral("net_reader"), QStringLiteral("hostdeck_readonly")));
    QVERIFY(m_db->createRole(QStringLiteral("net_tech"), QStringLiteral("hostdeck_tech")));
    QVERIFY(m_db->createRole(QStringLiteral("net_noc"), QStringLiteral("hostdeck_noc")));
    for (const QString &role : {QStringLiteral("net_reader"), QStringLiteral("net_tech")}) {
        auto conn = db::open(m_db->as(role), role, false);
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
        auto address = db::exec(*conn, QStringLiteral("SELECT bmc_address, bmc_kind FROM device_bmc"));
        QVERIFY(address.ok());
        QVERIFY(address->next());
        QCOMPARE(address->value(0).toString(), QStringLiteral("10.0.0.10"));
        for (const QString &column : {QStringLiteral("bmc_secret"), QStringLiteral("bmc_username")}) {
            auto secret = db::exec(*conn, QStringLiteral("SELECT %1 FROM device_bmc").arg(column));
            QVERIFY(!secret.ok());
            QCOMPARE(secret.error().sqlState, QStringLiteral("42501"));
        }
        QVERIFY(!db::exec(*conn, QStringLiteral("SELECT * FROM device_bmc")).ok());
        QVERIFY(!db::exec(*conn, QStringLiteral("UPDATE device_bmc SET bmc_address = '10.0.0.11'")).ok());
        // The log never holds the secret, so reading it reveals nothing.
        auto leaked =
            db::exec(*conn, QStringLiteral("SELECT count(*) FROM activity_log WHERE detail::text LIKE "
                                           "'%calvin%'"));
        QVERIFY(leaked.ok() && leaked->next());
        QCOMPARE(leaked->value(0).toLongLong(), 0);
    }
    auto tech = db::open(m_db->as(QStringLiteral("net_tech")), QStringLiteral("net_tech"), false);
    QVERIFY(tech.ok());
    QVERIFY(
        db::exec(*tech, QStringLiteral("UPDATE ports SET alias = 'uplink' WHERE name = 'Ethernet1'")).ok());

    auto noc = db::open(m_db->as(QStringLiteral("net_noc")), QStringLiteral("net_noc"), false);
    QVERIFY2(noc.ok(), qPrintable(noc.ok() ? QString() : noc.error().message));
    auto secret = db::exec(*noc, QStringLiteral("SELECT bmc_username, bmc_secret FROM device_bmc"));
    QVERIFY2(secret.ok(), qPrintable(secret.ok() ? QString() : secret.error().message));
    QVERIFY(secret->next());
    QCOMPARE(secret->value(0).toString(), QStringLiteral("root"));
    QCOMPARE(secret->value(1).toString(), QStringLiteral("calvin"));
    QVERIFY(db::exec(*noc, QStringLiteral("UPDATE device_bmc SET redfish_cert_sha256 = repeat('ab', 32), "
                                          "cert_pinned_at = now()"))
                .ok());
    QVERIFY(db::exec(*noc, QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) "
                                          "SELECT id, '2026-11-01 12:10:00+00', 5, 6 FROM ports "
                                          "WHERE name = 'Ethernet1'"))
                .ok());
    // The admin operator is a NOC member.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE bmc_secret = 'calvin'")), 1);
}

void TstNetworkSchema::activityIsLogged()
{
    auto count = [this](const QString &where) {
        return scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE ") + where);
    };
    const qint64 sw2 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet2"));
    const qint64 sw3 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet3"));
    const qint64 before = count(QStringLiteral("true"));

    QVERIFY(run(QStringLiteral("INSERT INTO cables (port_a, port_b, type) VALUES (%1, %2, 'Cat6')")
                    .arg(sw2)
                    .arg(sw3))
                .ok());
    const qint64 cable = scalar(QStringLiteral("SELECT id FROM cables WHERE port_a = %1").arg(sw2));
    QCOMPARE(
        count(QStringLiteral("entity_type = 'cables' AND action = 'create' AND entity_id = %1").arg(cable)),
        1);
    QCOMPARE(count(QStringLiteral("true")), before + 1);

    QVERIFY(run(QStringLiteral("UPDATE cables SET colour = 'red' WHERE id = %1").arg(cable)).ok());
    QCOMPARE(count(QStringLiteral("entity_type = 'cables' AND action = 'update' AND entity_id = %1 AND "
                                  "detail -> 'colour' ->> 'new' = 'red'")
                       .arg(cable)),
             1);
    // Polling state alone writes no row; an operator's alias does.
    QVERIFY(
        run(QStringLiteral("UPDATE ports SET last_polled = now(), oper_status = 'up' WHERE id = %1").arg(sw2))
            .ok());
    QCOMPARE(count(QStringLiteral("true")), before + 2);
    QVERIFY(
        run(QStringLiteral("UPDATE ports SET alias = 'to core', last_polled = now() WHERE id = %1").arg(sw2))
            .ok());
    QCOMPARE(count(QStringLiteral("entity_type = 'ports' AND action = 'update' AND entity_id = %1 AND detail "
                                  "-> 'alias' IS NOT NULL AND "
                                  "detail -> 'last_polled' IS NULL")
                       .arg(sw2)),
             1);
    // Samples are measurements, not changes.
    QVERIFY(run(QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) VALUES "
                               "(%1, '2026-11-01 12:15:00+00', 1, 1)")
                    .arg(sw2))
                .ok());
    QCOMPARE(count(QStringLiteral("true")), before + 3);
    // A changed secret is logged as changed, never by value.
    QVERIFY(run(QStringLiteral("UPDATE device_bmc SET bmc_secret = 'n3w-s3cret'")).ok());
    QCOMPARE(count(QStringLiteral("entity_type = 'device_bmc' AND action = 'update' AND "
                                  "detail ->> 'bmc_secret' = 'changed'")),
             1);
    QCOMPARE(count(QStringLiteral("detail::text LIKE '%n3w-s3cret%' OR detail::text LIKE '%calvin%'")), 0);
    QVERIFY(run(QStringLiteral("DELETE FROM cables WHERE id = %1").arg(cable)).ok());
    QCOMPARE(
        count(QStringLiteral("entity_type = 'cables' AND action = 'delete' AND entity_id = %1").arg(cable)),
        1);
    QCOMPARE(count(QStringLiteral("true")), before + 5);
}

// The log leaves out every column its readers may not read (SNMP v3 user names too, which no
// trigger argument named before), and records only that it changed.
void TstNetworkSchema::activityLogHidesWhatReadersMayNotRead()
{
    QVERIFY(
        run(QStringLiteral("INSERT INTO device_snmp (device_id, address, version, v3_user, v3_auth_secret, "
                           "v3_priv_secret) SELECT id, '192.0.2.40', 'v3', 'nocwatch-v3user', 'authpass-x', "
                           "'privpass-y' FROM devices WHERE name = 'srv-01'"))
            .ok());
    QVERIFY(
        run(QStringLiteral("UPDATE device_snmp SET v3_user = 'renamed-v3user', retries = 3 WHERE address = "
                           "'192.0.2.40'"))
            .ok());
    QVERIFY(m_db->createRole(QStringLiteral("net_reader2"), QStringLiteral("hostdeck_readonly")));
    auto conn = db::open(m_db->as(QStringLiteral("net_reader2")), QStringLiteral("net_reader2"), false);
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
    auto leaked = db::exec(*conn, QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = "
                                                 "'device_snmp' AND (detail::text LIKE '%v3user%' OR "
                                                 "detail::text LIKE '%pass-%')"));
    QVERIFY(leaked.ok() && leaked->next());
    QCOMPARE(leaked->value(0).toLongLong(), 0);
    auto update =
        db::exec(*conn, QStringLiteral("SELECT detail->>'v3_user', detail->'retries'->>'new' FROM "
                                       "activity_log WHERE entity_type = 'device_snmp' AND action = "
                                       "'update' ORDER BY id DESC LIMIT 1"));
    QVERIFY(update.ok() && update->next());
    QCOMPARE(update->value(0).toString(), QStringLiteral("changed"));
    QCOMPARE(update->value(1).toString(), QStringLiteral("3"));
    // The address, which readers may read, is in the log as it was created.
    auto created =
        db::exec(*conn, QStringLiteral("SELECT detail->>'address' FROM activity_log WHERE entity_type "
                                       "= 'device_snmp' AND action = 'create' ORDER BY id DESC LIMIT 1"));
    QVERIFY(created.ok() && created->next());
    QCOMPARE(created->value(0).toString(), QStringLiteral("192.0.2.40"));
}

QTEST_GUILESS_MAIN(TstNetworkSchema)
#include "tst_networkschema.moc"
