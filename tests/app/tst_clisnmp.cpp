// SPDX-License-Identifier: GPL-3.0-or-later
// `hostdeck snmp ...` and `hostdeck worker --poll` against snmpsim (a
// generated 48-port switch with growing 64-bit counters and a settable
// ifAdminStatus): poll --json of a database device and of a direct target
// (v2c and v3), set-admin down/up through the agent's write cache with the
// ports row updated, the worker writing traffic samples in two sweeps and
// stopping on SIGTERM (the real binary), and refusals: usage errors (exit 2),
// missing variables, unknown devices and ports, a device without SNMP
// settings, roles without SNMP credentials.
#include "cli.h"
#include "clitestcase.h"
#include "core/database.h"
#include "dnspeers.h"
#include "snmppeers.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hostdeck;

namespace {
const QString kCommunity = QStringLiteral("switch48");
const QString kV3User = QStringLiteral("ops");
const QString kAuthKey = QStringLiteral("authpass123");
const QString kPrivKey = QStringLiteral("privpass123");

/// ifName of port `n` of the generated switch.
QString ifName(int n)
{
    return test::switchPort(test::SwitchSpec{}, n).name;
}

/// A JSON counter: a number up to 2^53, else a decimal string.
quint64 counter(const QJsonValue &v)
{
    return v.isString() ? v.toString().toULongLong() : quint64(v.toDouble());
}
} // namespace

class TstCliSnmp : public test::CliTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void badValues_data();
    void badValues();
    void unknownDevice();
    void deviceWithoutSnmp();
    void roleWithoutCredentials();
    void pollDeviceJson();
    void pollDeviceText();
    void pollDirectV2c();
    void pollDirectV3();
    void pollWrongCommunity();
    void setAdminThroughDevice();
    void setAdminUnknownPort();
    void setAdminDirect();
    void workerWritesTrafficSamples();
    void workerRefusesRoleWithoutCredentials();
    void workerFailsWhenNoAgentAnswers();
    void workerStopsOnSigterm();

private:
    test::SnmpSimulator m_sim;
};

void TstCliSnmp::initTestCase()
{
    QVERIFY2(setUpCli(S("clisnmp")), qPrintable(setUpError()));
    test::SnmpSimV3User user;
    user.user = kV3User;
    user.authKey = kAuthKey;
    user.privKey = kPrivKey;
    QVERIFY2(m_sim.start({{kCommunity, test::switchSnmprec(test::SwitchSpec{})}}, 1, user),
             qPrintable(m_sim.error()));
    QVERIFY(m_db->superExec(
        S("INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES ('Arista', '7050', "
          "'switch', 1);"
          "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types,"
          "  unnest(ARRAY['sw-01', 'sw-bare']) n;"
          "INSERT INTO device_snmp (device_id, address, port, version, community, timeout_ms, retries)"
          "  SELECT id, '127.0.0.1', %1, 'v2c', '%2', 1000, 1 FROM devices WHERE name = 'sw-01';")
            .arg(m_sim.port())
            .arg(kCommunity)));
}

void TstCliSnmp::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no subcommand") << QStringList{S("snmp")} << S("subcommand");
    QTest::newRow("unknown subcommand") << QStringList{S("snmp"), S("walk"), S("sw-01")} << S("snmp walk");
    QTest::newRow("poll without device") << QStringList{S("snmp"), S("poll")} << S("DEVICE");
    QTest::newRow("poll two devices") << QStringList{S("snmp"), S("poll"), S("a"), S("b")} << S("\"b\"");
    QTest::newRow("set-admin too few")
        << QStringList{S("snmp"), S("set-admin"), S("sw-01"), S("up")} << S("DEVICE, PORT and up or down");
    QTest::newRow("set-admin bad state")
        << QStringList{S("snmp"), S("set-admin"), S("sw-01"), S("Ethernet1"), S("sideways")} << S("sideways");
    QTest::newRow("set-admin --json")
        << QStringList{S("snmp"), S("set-admin"), S("sw-01"), S("Ethernet1"), S("up"), S("--json")}
        << S("--json");
    QTest::newRow("community and v3") << QStringList{S("snmp"),        S("poll"), S("--snmp"),    S("h"),
                                                     S("--community"), S("c"),    S("--v3-user"), S("u")}
                                      << S("either --community");
    QTest::newRow("neither community nor v3")
        << QStringList{S("snmp"), S("poll"), S("--snmp"), S("h")} << S("either --community");
    QTest::newRow("v3 option with v2c")
        << QStringList{S("snmp"),        S("poll"), S("--snmp"),       S("h"),
                       S("--community"), S("c"),    S("--auth-proto"), S("SHA")}
        << S("v3");
    QTest::newRow("v3 without auth password")
        << QStringList{S("snmp"), S("poll"), S("--snmp"), S("h"), S("--v3-user"), S("u")}
        << S("--auth-password-env");
    QTest::newRow("bad auth protocol")
        << QStringList{S("snmp"),      S("poll"), S("--snmp"),       S("h"),
                       S("--v3-user"), S("u"),    S("--auth-proto"), S("ROT13")}
        << S("ROT13");
    QTest::newRow("community without --snmp")
        << QStringList{S("snmp"), S("poll"), S("sw-01"), S("--community"), S("c")} << S("--snmp HOST");
    QTest::newRow("device and --snmp")
        << QStringList{S("snmp"), S("poll"), S("sw-01"), S("--snmp"), S("h"), S("--community"), S("c")}
        << S("not both");
    QTest::newRow("--snmp with --db")
        << QStringList{S("snmp"), S("poll"), S("--snmp"), S("h"), S("--community"), S("c"), S("--db"), m_url}
        << S("drop --db");
    QTest::newRow("--ipmi on snmp") << QStringList{S("snmp"), S("poll"), S("sw-01"), S("--ipmi"), S("h")}
                                    << S("--ipmi");
    QTest::newRow("worker without --poll") << QStringList{S("worker")} << S("--poll");
    QTest::newRow("worker bad interval")
        << QStringList{S("worker"), S("--poll"), S("--interval-s"), S("0")} << S("--interval-s");
    QTest::newRow("worker bad sweeps")
        << QStringList{S("worker"), S("--poll"), S("--sweeps"), S("many")} << S("many");
    QTest::newRow("worker argument") << QStringList{S("worker"), S("--poll"), S("now")} << S("now");
    QTest::newRow("worker --json") << QStringList{S("worker"), S("--poll"), S("--json")} << S("--json");
    QTest::newRow("worker unknown option")
        << QStringList{S("worker"), S("--poll"), S("--sweep"), S("1")} << S("--sweep");
}

void TstCliSnmp::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const qint64 logBefore = scalar(S("SELECT count(*) FROM activity_log"));
    // direct targets refuse --db (a usage error of its own), so only the others get it
    const Run r = args.contains(S("--snmp")) ? runArgs(args) : run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(S("Usage:")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(mentions), qPrintable(describe(r)));
    QCOMPARE(scalar(S("SELECT count(*) FROM activity_log")), logBefore);
}

void TstCliSnmp::badValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("auth variable not set") << QStringList{S("snmp"),
                                                          S("poll"),
                                                          S("--snmp"),
                                                          S("127.0.0.1"),
                                                          S("--v3-user"),
                                                          S("u"),
                                                          S("--auth-password-env"),
                                                          S("HOSTDECK_TEST_UNSET_VARIABLE"),
                                                          S("--priv-password-env"),
                                                          S("HOSTDECK_TEST_UNSET_VARIABLE")}
                                           << S("The environment variable HOSTDECK_TEST_UNSET_VARIABLE named "
                                                "by --auth-password-env is not set.");
    QTest::newRow("bad port") << QStringList{S("snmp"),        S("poll"),        S("--snmp"),
                                             S("127.0.0.1:0"), S("--community"), S("c")}
                              << S("127.0.0.1:0");
    QTest::newRow("bad host") << QStringList{S("snmp"),      S("poll"),        S("--snmp"),
                                             S("user@host"), S("--community"), S("c")}
                              << S("user@host");
}

void TstCliSnmp::badValues()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    qunsetenv("HOSTDECK_TEST_UNSET_VARIABLE");
    const Run r = runArgs(args);
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(S("hostdeck: ")) && r.err.contains(mentions), qPrintable(describe(r)));
}

void TstCliSnmp::unknownDevice()
{
    const Run r = run({S("snmp"), S("poll"), S("sw-99")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("sw-99")), qPrintable(describe(r)));
}

void TstCliSnmp::deviceWithoutSnmp()
{
    const Run r = run({S("snmp"), S("poll"), S("sw-bare")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("Device \"sw-bare\" has no SNMP settings.")), qPrintable(describe(r)));
    const Run set = run({S("snmp"), S("set-admin"), S("sw-bare"), S("Ethernet1"), S("down")});
    QCOMPARE(set.code, 1);
    QVERIFY2(set.err.contains(S("has no SNMP settings")), qPrintable(describe(set)));
}

void TstCliSnmp::roleWithoutCredentials()
{
    QVERIFY(m_db->createRole(S("clisnmp_tech"), S("hostdeck_tech")));
    const Run r =
        runArgs({S("snmp"), S("poll"), S("sw-01"), S("--db"), m_db->as(S("clisnmp_tech")).displayUrl()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("Your role may not read SNMP credentials")), qPrintable(describe(r)));
}

void TstCliSnmp::pollDeviceJson()
{
    const Run r = run({S("snmp"), S("poll"), S("sw-01"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QVERIFY2(!o.isEmpty(), qPrintable(r.out));
    QCOMPARE(o.value(S("device")).toString(), S("sw-01"));
    QCOMPARE(o.value(S("target")).toString(), S("127.0.0.1:%1").arg(m_sim.port()));
    QVERIFY(QDateTime::fromString(o.value(S("polled_at")).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(o.value(S("sys_uptime")).toDouble() > 0);
    const QJsonArray ports = o.value(S("ports")).toArray();
    QCOMPARE(ports.size(), 48);
    for (int i = 0; i < ports.size(); ++i) {
        const QJsonObject p = ports.at(i).toObject();
        QCOMPARE(p.value(S("if_index")).toInt(), i + 1);
        QVERIFY(!p.value(S("name")).toString().isEmpty());
        QVERIFY(p.value(S("hc_counters")).toBool());
        QVERIFY(p.value(S("speed_bps")).toDouble() > 0);
        QVERIFY(QStringList({S("up"), S("down")}).contains(p.value(S("admin_status")).toString()));
        QVERIFY(QStringList({S("up"), S("down")}).contains(p.value(S("oper_status")).toString()));
        QVERIFY(p.contains(S("alias")) && p.contains(S("mac")) && p.contains(S("discontinuity_time")));
    }
    const QJsonObject first = ports.at(0).toObject();
    QCOMPARE(first.value(S("name")).toString(), ifName(1));
    // the generated counters start above 2^32: 64-bit values come through unharmed
    QVERIFY(counter(first.value(S("in_octets"))) > 0xFFFFFFFFULL);
    QVERIFY(counter(first.value(S("out_octets"))) > 0);
    // reading only: nothing stored
    QCOMPARE(scalar(S("SELECT count(*) FROM ports")), 0);
}

void TstCliSnmp::pollDeviceText()
{
    const Run r = run({S("snmp"), S("poll"), S("sw-01")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 1 + 48);
    QVERIFY2(lines.at(0).startsWith(S("sw-01 (127.0.0.1:%1): 48 interface").arg(m_sim.port())),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).contains(S("IFINDEX")) && lines.at(1).contains(S("OUT OCTETS")));
    QVERIFY2(lines.at(2).contains(ifName(1)) && lines.at(2).contains(S("64-bit")), qPrintable(lines.at(2)));
}

void TstCliSnmp::pollDirectV2c()
{
    const Run r = runArgs({S("snmp"), S("poll"), S("--snmp"), S("127.0.0.1:%1").arg(m_sim.port()),
                           S("--community"), kCommunity, S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QVERIFY(o.value(S("device")).isNull());
    QCOMPARE(o.value(S("ports")).toArray().size(), 48);
}

void TstCliSnmp::pollDirectV3()
{
    qputenv("HOSTDECK_TEST_SNMP_AUTH", kAuthKey.toUtf8());
    qputenv("HOSTDECK_TEST_SNMP_PRIV", kPrivKey.toUtf8());
    const Run r =
        runArgs({S("snmp"), S("poll"), S("--snmp"), S("127.0.0.1:%1").arg(m_sim.port()), S("--v3-user"),
                 kV3User, S("--v3-context"), kCommunity, S("--auth-proto"), S("SHA"),
                 S("--auth-password-env"), S("HOSTDECK_TEST_SNMP_AUTH"), S("--priv-proto"), S("AES"),
                 S("--priv-password-env"), S("HOSTDECK_TEST_SNMP_PRIV"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(parseObject(r.out).value(S("ports")).toArray().size(), 48);
}

void TstCliSnmp::pollWrongCommunity()
{
    QElapsedTimer timer;
    timer.start();
    const Run r = runArgs({S("snmp"), S("poll"), S("--snmp"), S("127.0.0.1:%1").arg(m_sim.port()),
                           S("--community"), S("no-such-community")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(S("hostdeck: ")) && r.err.contains(S("127.0.0.1")), qPrintable(describe(r)));
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

void TstCliSnmp::setAdminThroughDevice()
{
    // The ports row is what the CLI resolves PORT against and records the status in.
    QVERIFY(m_db->superExec(S("INSERT INTO ports (device_id, name, kind, if_index, admin_status)"
                              "  SELECT id, '%1', 'switch', 5, 'up' FROM devices WHERE name = 'sw-01';")
                                .arg(ifName(5))));
    Run r = run({S("snmp"), S("set-admin"), S("sw-01"), ifName(5), S("down")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(r.out.trimmed(), S("Set port %1 (ifIndex 5) of sw-01 administratively down.").arg(ifName(5)));
    QCOMPARE(scalarText(S("SELECT admin_status FROM ports WHERE if_index = 5")), S("down"));
    QVERIFY(scalar(S(
                "SELECT count(*) FROM activity_log WHERE entity_type = 'ports' AND action = 'update'")) >= 1);
    // the agent has it too
    r = run({S("snmp"), S("poll"), S("sw-01"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(
        parseObject(r.out).value(S("ports")).toArray().at(4).toObject().value(S("admin_status")).toString(),
        S("down"));

    // by ifIndex, back up
    r = run({S("snmp"), S("set-admin"), S("sw-01"), S("5"), S("up")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(scalarText(S("SELECT admin_status FROM ports WHERE if_index = 5")), S("up"));
    r = run({S("snmp"), S("poll"), S("sw-01"), S("--json")});
    QCOMPARE(
        parseObject(r.out).value(S("ports")).toArray().at(4).toObject().value(S("admin_status")).toString(),
        S("up"));
}

void TstCliSnmp::setAdminUnknownPort()
{
    const Run r = run({S("snmp"), S("set-admin"), S("sw-01"), S("Ethernet99/9"), S("down")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("Device sw-01 has no port \"Ethernet99/9\"")), qPrintable(describe(r)));
    QVERIFY(m_db->superExec(S("INSERT INTO ports (device_id, name, kind) SELECT id, 'mgmt0', 'switch'"
                              "  FROM devices WHERE name = 'sw-01';")));
    const Run noIndex = run({S("snmp"), S("set-admin"), S("sw-01"), S("mgmt0"), S("down")});
    QCOMPARE(noIndex.code, 1);
    QVERIFY2(noIndex.err.contains(S("has no ifIndex yet")), qPrintable(describe(noIndex)));
    QCOMPARE(scalarText(S("SELECT admin_status FROM ports WHERE name = 'mgmt0'")), S("unknown"));
}

void TstCliSnmp::setAdminDirect()
{
    const QStringList target = {S("--snmp"), S("127.0.0.1:%1").arg(m_sim.port()), S("--community"),
                                kCommunity};
    Run r = runArgs(QStringList{S("snmp"), S("set-admin"), ifName(7), S("down")} + target);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("(ifIndex 7)")));
    r = runArgs(QStringList{S("snmp"), S("poll"), S("--json")} + target);
    QCOMPARE(
        parseObject(r.out).value(S("ports")).toArray().at(6).toObject().value(S("admin_status")).toString(),
        S("down"));
    r = runArgs(QStringList{S("snmp"), S("set-admin"), S("7"), S("up")} + target);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = runArgs(QStringList{S("snmp"), S("set-admin"), S("NoSuchPort"), S("up")} + target);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("no interface named \"NoSuchPort\"")), qPrintable(describe(r)));
}

void TstCliSnmp::workerWritesTrafficSamples()
{
    // The first sweep runs at once, the next ones on 2 s boundaries: the second may come less than the
    // poller's minimum of 1 s after the first (then the baseline stays), the third never does.
    const Run r = run({S("worker"), S("--poll"), S("--interval-s"), S("2"), S("--sweeps"), S("3")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(S("The worker stopped after 3 sweep")), qPrintable(r.out));
    // the first sweep made the ports and baselines, a later one the samples
    QVERIFY(scalar(S("SELECT count(*) FROM ports WHERE if_index IS NOT NULL")) >= 48);
    QVERIFY2(scalar(S("SELECT count(*) FROM traffic_samples")) > 0, qPrintable(r.out));
    QVERIFY(scalar(S("SELECT count(*) FROM traffic_samples WHERE in_bytes > 0")) > 0);
    QCOMPARE(scalarText(S("SELECT last_poll_at IS NOT NULL AND last_poll_error IS NULL FROM device_snmp")),
             S("true"));
}

// A job that reached no agent failed, in its exit status and in words; the agents' errors are kept.
void TstCliSnmp::workerFailsWhenNoAgentAnswers()
{
    QVERIFY(m_db->superExec(
        S("UPDATE device_snmp SET port = %1, timeout_ms = 200, retries = 0").arg(test::freePort(true))));
    const Run r = run({S("worker"), S("--poll"), S("--interval-s"), S("1"), S("--sweeps"), S("1")});
    QVERIFY(m_db->superExec(
        S("UPDATE device_snmp SET port = %1, timeout_ms = 1000, retries = 1").arg(m_sim.port())));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("No SNMP agent answered in this sweep (1 tried)")), qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith(S("hostdeck: ")), qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("The worker stopped after 1 sweep")));
    QVERIFY(scalar(S("SELECT count(*) FROM device_snmp WHERE last_poll_error LIKE '%no answer%'")) > 0);
}

void TstCliSnmp::workerRefusesRoleWithoutCredentials()
{
    QVERIFY(m_db->createRole(S("clisnmp_ro"), S("hostdeck_readonly")));
    const Run r = runArgs({S("worker"), S("--poll"), S("--sweeps"), S("1"), S("--interval-s"), S("1"),
                           S("--db"), m_db->as(S("clisnmp_ro")).displayUrl()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("Your role may not read SNMP credentials")), qPrintable(describe(r)));
}

void TstCliSnmp::workerStopsOnSigterm()
{
    QProcess worker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(S("XDG_CONFIG_HOME"), m_config.path());
    worker.setProcessEnvironment(env);
    worker.start(S(HOSTDECK_BINARY),
                 {S("worker"), S("--poll"), S("--interval-s"), S("3600"), S("--db"), m_url});
    QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));
    // wait (bounded) for the first sweep's log line
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (timer.elapsed() < 60000 && output.count('\n') < 2 && worker.state() == QProcess::Running) {
        worker.waitForReadyRead(500);
        output += worker.readAllStandardOutput();
    }
    QVERIFY2(output.count('\n') >= 2, output.constData());
    worker.terminate(); // SIGTERM
    QVERIFY2(worker.waitForFinished(30000), "the worker did not stop on SIGTERM");
    output += worker.readAllStandardOutput();
    output += worker.readAllStandardError();
    QVERIFY2(worker.exitStatus() == QProcess::NormalExit, output.constData());
    QCOMPARE(worker.exitCode(), 0);
    QVERIFY2(output.contains("Stopping on SIGTERM"), output.constData());
    QVERIFY2(output.contains("The worker stopped after 1 sweep"), output.constData());
}

QTEST_GUILESS_MAIN(TstCliSnmp)
#include "tst_clisnmp.moc"
