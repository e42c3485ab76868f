// SPDX-License-Identifier: GPL-3.0-or-later
// `hostdeck cable trace PORT [--json]`, run in-process against a test
// database: a server NIC through two patch panels to a switch port (text and
// JSON, by DEVICE:PORT and by id, names in any case), an uncabled port, a
// loop, a read-only role, unknown devices and ports (exit 1) and bad PORT
// syntax (exit 2).
#include "cli.h"
#include "clitestcase.h"
#include "core/database.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace hostdeck;

class TstCliCable : public test::CliTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void traceText();
    void traceJson();
    void traceById();
    void namesInAnyCase();
    void uncabledPort();
    void loopIsReported();
    void readOnlyRoleMayTrace();
    void unknownDeviceOrPort_data();
    void unknownDeviceOrPort();
    void badPort_data();
    void badPort();
};

void TstCliCable::initTestCase()
{
    QVERIFY2(setUpCli(S("clicable")), qPrintable(setUpError()));
    // srv-01 eth0 -Cat6-> pp-a F1 | pp-a R1 -OM4-> pp-b R1 | pp-b F1 -DAC-> sw-01 Ethernet1;
    // pp-c F1 -Cat6a-> pp-c R1 makes a loop; srv-01 eth1 has no cable.
    QVERIFY(m_db->superExec(
        S("INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
          "  ('Dell', 'R650', 'server', 1), ('Arista', '7050', 'switch', 1), ('Generic', 'PP24', "
          "'patch-panel', 1);"
          "INSERT INTO devices (device_type_id, name) SELECT id, 'srv-01' FROM device_types WHERE model = "
          "'R650';"
          "INSERT INTO devices (device_type_id, name) SELECT id, 'sw-01' FROM device_types WHERE model = "
          "'7050';"
          "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types,"
          "  unnest(ARRAY['pp-a', 'pp-b', 'pp-c']) n WHERE model = 'PP24';"
          "INSERT INTO ports (device_id, name, kind) SELECT id, n, 'nic' FROM devices, unnest(ARRAY['eth0', "
          "'eth1']) n"
          "  WHERE name = 'srv-01';"
          "INSERT INTO ports (device_id, name, kind, if_index) SELECT id, 'Ethernet' || i, 'switch', i"
          "  FROM devices, generate_series(1, 4) i WHERE name = 'sw-01';"
          "INSERT INTO ports (device_id, name, kind, connector, label) SELECT id, 'R1', 'patch-rear', 'LC', "
          "'R1'"
          "  FROM devices WHERE name IN ('pp-a', 'pp-b', 'pp-c');"
          "INSERT INTO ports (device_id, name, kind, connector, label, rear_port_id)"
          "  SELECT d.id, 'F1', 'patch-front', 'RJ45', 'F1', r.id FROM devices d"
          "  JOIN ports r ON r.device_id = d.id AND r.name = 'R1' WHERE d.name IN ('pp-a', 'pp-b', 'pp-c');"
          "CREATE FUNCTION pid(dev text, port text) RETURNS bigint LANGUAGE sql AS"
          "  $$ SELECT p.id FROM ports p JOIN devices d ON d.id = p.device_id WHERE d.name = dev AND p.name "
          "= port $$;"
          "INSERT INTO cables (port_a, port_b, type, colour, label, length_m) VALUES"
          "  (pid('srv-01', 'eth0'), pid('pp-a', 'F1'), 'Cat6', 'blue', 'A-01', 2.5),"
          "  (pid('pp-a', 'R1'), pid('pp-b', 'R1'), 'OM4', 'aqua', '', 30),"
          "  (pid('pp-b', 'F1'), pid('sw-01', 'Ethernet1'), 'DAC', 'black', '', NULL),"
          "  (pid('pp-c', 'F1'), pid('pp-c', 'R1'), 'Cat6a', 'red', '', 1);")));
}

void TstCliCable::traceText()
{
    const Run r = run({S("cable"), S("trace"), S("srv-01:eth0")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    // a title, a header, six hops and the far end
    QCOMPARE(lines.size(), 9);
    QVERIFY2(lines.at(0).contains(S("srv-01 eth0 (nic)")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).contains(S("HOP")) && lines.at(1).contains(S("VIA")));
    const QStringList expected = {S("srv-01 +eth0 +nic +start"),
                                  S("pp-a +F1 +patch-front +cable #\\d+ \\(Cat6, blue, 2.5 m, \"A-01\"\\)"),
                                  S("pp-a +R1 +patch-rear +through the panel"),
                                  S("pp-b +R1 +patch-rear +cable #\\d+ \\(OM4, aqua, 30 m\\)"),
                                  S("pp-b +F1 +patch-front +through the panel"),
                                  S("sw-01 +Ethernet1 +switch +cable #\\d+ \\(DAC, black\\)")};
    for (int i = 0; i < expected.size(); ++i) {
        const QRegularExpression re(S("^ *%1 +").arg(i) + expected.at(i) + u'$');
        QVERIFY2(re.match(lines.at(i + 2)).hasMatch(),
                 qPrintable(lines.at(i + 2) + S("  vs  ") + re.pattern()));
    }
    QCOMPARE(lines.at(8), S("Far end: sw-01 Ethernet1 (switch)."));
}

void TstCliCable::traceJson()
{
    const Run r = run({S("cable"), S("trace"), S("srv-01:eth0"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QVERIFY2(!o.isEmpty(), qPrintable(r.out));
    QCOMPARE(o.value(S("start")).toObject().value(S("device")).toString(), S("srv-01"));
    QCOMPARE(o.value(S("start")).toObject().value(S("port")).toString(), S("eth0"));
    QCOMPARE(o.value(S("start")).toObject().value(S("port_id")).toInteger(),
             scalar(S("SELECT pid('srv-01', 'eth0')")));
    const QJsonObject far = o.value(S("far_end")).toObject();
    QCOMPARE(far.value(S("device")).toString(), S("sw-01"));
    QCOMPARE(far.value(S("port")).toString(), S("Ethernet1"));
    QCOMPARE(far.value(S("port_kind")).toString(), S("switch"));
    QCOMPARE(o.value(S("loop")).toBool(true), false);
    QCOMPARE(o.value(S("truncated")).toBool(true), false);
    const QJsonArray hops = o.value(S("hops")).toArray();
    QCOMPARE(hops.size(), 6);
    const QStringList vias = {S("start"), S("cable"), S("panel"), S("cable"), S("panel"), S("cable")};
    const QStringList types = {QString(), S("Cat6"), QString(), S("OM4"), QString(), S("DAC")};
    for (int i = 0; i < hops.size(); ++i) {
        const QJsonObject h = hops.at(i).toObject();
        QCOMPARE(h.value(S("hop")).toInt(), i);
        QCOMPARE(h.value(S("via")).toString(), vias.at(i));
        if (types.at(i).isEmpty()) {
            QVERIFY(h.value(S("cable")).isNull());
        } else {
            const QJsonObject cable = h.value(S("cable")).toObject();
            QCOMPARE(cable.value(S("type")).toString(), types.at(i));
            QVERIFY(cable.value(S("id")).toInteger() > 0);
        }
    }
    const QJsonObject first = hops.at(1).toObject().value(S("cable")).toObject();
    QCOMPARE(first.value(S("colour")).toString(), S("blue"));
    QCOMPARE(first.value(S("label")).toString(), S("A-01"));
    QCOMPARE(first.value(S("length_m")).toDouble(), 2.5);
    const QJsonObject dac = hops.at(5).toObject().value(S("cable")).toObject();
    QVERIFY(dac.value(S("label")).isNull());
    QVERIFY(dac.value(S("length_m")).isNull());
}

void TstCliCable::traceById()
{
    // From the switch end, by id: the same path backwards.
    const qint64 id = scalar(S("SELECT pid('sw-01', 'Ethernet1')"));
    QVERIFY(id > 0);
    const Run r = run({S("cable"), S("trace"), QString::number(id), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(S("hops")).toArray().size(), 6);
    QCOMPARE(o.value(S("far_end")).toObject().value(S("device")).toString(), S("srv-01"));
    QCOMPARE(o.value(S("far_end")).toObject().value(S("port")).toString(), S("eth0"));
}

void TstCliCable::namesInAnyCase()
{
    const Run r = run({S("cable"), S("trace"), S("SRV-01:ETH0")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("Far end: sw-01 Ethernet1 (switch).")));
}

void TstCliCable::uncabledPort()
{
    const Run text = run({S("cable"), S("trace"), S("srv-01:eth1")});
    QVERIFY2(text.code == 0, qPrintable(describe(text)));
    QVERIFY2(text.out.contains(S("srv-01 eth1 has no cable.")), qPrintable(text.out));
    const Run json = run({S("cable"), S("trace"), S("srv-01:eth1"), S("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject o = parseObject(json.out);
    QCOMPARE(o.value(S("hops")).toArray().size(), 1);
    QVERIFY(o.value(S("far_end")).isNull());
}

void TstCliCable::loopIsReported()
{
    const Run text = run({S("cable"), S("trace"), S("pp-c:F1")});
    QVERIFY2(text.code == 0, qPrintable(describe(text)));
    QVERIFY2(text.out.contains(S("The path loops: it returns to pp-c F1.")), qPrintable(text.out));
    const Run json = run({S("cable"), S("trace"), S("pp-c:F1"), S("--json")});
    const QJsonObject o = parseObject(json.out);
    QCOMPARE(o.value(S("loop")).toBool(), true);
    QVERIFY(o.value(S("far_end")).isNull());
    const QJsonArray hops = o.value(S("hops")).toArray();
    QCOMPARE(hops.size(), 3);
    QCOMPARE(hops.last().toObject().value(S("via")).toString(), S("loop"));
}

void TstCliCable::readOnlyRoleMayTrace()
{
    QVERIFY(m_db->createRole(S("clicable_ro"), S("hostdeck_readonly")));
    const Run r = run({S("cable"), S("trace"), S("srv-01:eth0")}, m_db->as(S("clicable_ro")).displayUrl());
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("Far end: sw-01 Ethernet1 (switch).")));
}

void TstCliCable::unknownDeviceOrPort_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown device") << S("srv-99:eth0") << S("srv-99");
    QTest::newRow("unknown port") << S("srv-01:eth7") << S("eth7");
    QTest::newRow("unknown id") << S("987654") << S("987654");
}

void TstCliCable::unknownDeviceOrPort()
{
    QFETCH(QString, port);
    QFETCH(QString, mentions);
    const Run r = run({S("cable"), S("trace"), port});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(S("hostdeck: ")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(mentions), qPrintable(describe(r)));
    QVERIFY(!r.err.contains(S("Usage:")));
}

void TstCliCable::badPort_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no port") << QStringList{S("cable"), S("trace")} << 2 << S("cable trace");
    QTest::newRow("no subcommand") << QStringList{S("cable")} << 2 << S("subcommand");
    QTest::newRow("unknown subcommand") << QStringList{S("cable"), S("cut")} << 2 << S("cable cut");
    QTest::newRow("device only") << QStringList{S("cable"), S("trace"), S("srv-01")} << 2
                                 << S("DEVICE:PORTNAME");
    QTest::newRow("no device") << QStringList{S("cable"), S("trace"), S(":eth0")} << 2
                               << S("DEVICE:PORTNAME");
    QTest::newRow("no port name") << QStringList{S("cable"), S("trace"), S("srv-01:")} << 2
                                  << S("DEVICE:PORTNAME");
    QTest::newRow("zero id") << QStringList{S("cable"), S("trace"), S("0")} << 1 << S("positive");
    QTest::newRow("two ports") << QStringList{S("cable"), S("trace"), S("a:b"), S("c:d")} << 2 << S("c:d");
    QTest::newRow("foreign option") << QStringList{S("cable"), S("trace"), S("a:b"), S("--yes")} << 2
                                    << S("--yes");
}

void TstCliCable::badPort()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions), qPrintable(describe(r)));
    QCOMPARE(r.err.contains(S("Usage:")), code == 2);
}

QTEST_GUILESS_MAIN(TstCliCable)
#include "tst_clicable.moc"
