// SPDX-License-Identifier: GPL-3.0-or-later
// `hostdeck bmc ...`, run in-process: power status/on/off/cycle against
// OpenIPMI's ipmi_sim (a database device and --ipmi direct), inventory --json
// and one-time PXE against the project's Redfish fake over HTTPS (a pinned
// certificate works; an unpinned one is refused with the fingerprint
// printed; accept-cert pins it, after which the verbs work), and refusals:
// usage errors (exit 2), a missing --password-env variable, an unknown
// device, a device without BMC settings, a role without BMC credentials.
#include "cli.h"
#include "clitestcase.h"
#include "core/database.h"
#include "ipmipeer.h"
#include "redfishpeer.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace hostdeck;

namespace {
/// "AB:CD:..." as in the human output.
QString colons(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(u':');
}
} // namespace

class TstCliBmc : public test::CliTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void badValues_data();
    void badValues();
    void unknownDevice();
    void deviceWithoutBmc();
    void roleWithoutCredentials();
    void ipmiPowerThroughDevice();
    void ipmiPowerDirect();
    void ipmiWrongPassword();
    void ipmiRepeatedWorkarounds();
    void ipmiHasNoCertificate();
    void ipmiWorkaroundIsFoundAndRemembered();
    void redfishUnpinnedIsRefused();
    void redfishAcceptCert();
    void redfishInventoryJson();
    void redfishSystemOption();
    void redfishPxe();
    void redfishChangedCertificate();
    void redfishDirect();

private:
    bool setRedfishBmc(const QString &url);
    /// HTTP requests that reached the Redfish fake (a refused handshake sends none).
    int redfishRequests() const
    {
        int n = 0;
        for (const QJsonObject &entry : m_redfish.requestLog())
            n += entry.contains(S("path")) ? 1 : 0;
        return n;
    }
    static QString ipmiUser() { return S(test::IpmiSim::kAdminUser); }
    static QString ipmiPassword() { return S(test::IpmiSim::kAdminPassword); }

    test::IpmiSim m_ipmi;
    test::RedfishPeer m_redfish;
    test::RedfishPeer::Options m_redfishOptions;
};

void TstCliBmc::initTestCase()
{
    QVERIFY2(setUpCli(S("clibmc")), qPrintable(setUpError()));
    QVERIFY(m_db->superExec(S(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES ('Dell', 'R650', 'server', 1);"
        "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types,"
        "  unnest(ARRAY['srv-ipmi', 'srv-redfish', 'srv-plain']) n;")));
}

void TstCliBmc::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QStringList ipmi = {S("--ipmi"), S("127.0.0.1:9"),    S("--user"),
                              S("admin"),  S("--password-env"), S("HOSTDECK_TEST_BMC_PW")};
    QTest::newRow("no subcommand") << QStringList{S("bmc")} << S("subcommand");
    QTest::newRow("unknown subcommand") << QStringList{S("bmc"), S("reboot"), S("x")} << S("bmc reboot");
    QTest::newRow("power without action") << QStringList{S("bmc"), S("power")} << S("action");
    QTest::newRow("unknown action") << QStringList{S("bmc"), S("power"), S("explode"), S("x")}
                                    << S("explode");
    QTest::newRow("power without device") << QStringList{S("bmc"), S("power"), S("status")} << S("DEVICE");
    QTest::newRow("inventory without device") << QStringList{S("bmc"), S("inventory")} << S("DEVICE");
    QTest::newRow("two devices") << QStringList{S("bmc"), S("pxe"), S("a"), S("b")} << S("\"b\"");
    QTest::newRow("device and direct target")
        << (QStringList{S("bmc"), S("power"), S("status"), S("srv-ipmi")} + ipmi) << S("not both");
    QTest::newRow("--ipmi without --user")
        << QStringList{S("bmc"), S("pxe"), S("--ipmi"), S("h"), S("--password-env"), S("X")} << S("--user");
    QTest::newRow("--ipmi without --password-env")
        << QStringList{S("bmc"), S("pxe"), S("--ipmi"), S("h"), S("--user"), S("u")} << S("--password-env");
    QTest::newRow("--redfish and --ipmi")
        << (QStringList{S("bmc"), S("pxe"), S("--redfish"), S("https://h")} + ipmi) << S("not both");
    QTest::newRow("--system with --ipmi")
        << (QStringList{S("bmc"), S("power"), S("status"), S("--system"), S("Blade2")} + ipmi)
        << S("--system applies to --redfish only");
    QTest::newRow("--system on accept-cert")
        << QStringList{S("bmc"), S("accept-cert"), S("srv-redfish"), S("--system"), S("Blade2")}
        << S("--system");
    QTest::newRow("--cert-sha256 with --ipmi")
        << (QStringList{S("bmc"), S("pxe"), S("--cert-sha256"), QString(64, u'a')} + ipmi)
        << S("--redfish only");
    QTest::newRow("--cipher-suite out of range")
        << (QStringList{S("bmc"), S("pxe"), S("--cipher-suite"), S("42")} + ipmi) << S("42");
    QTest::newRow("--workaround without target")
        << QStringList{S("bmc"), S("pxe"), S("x"), S("--workaround"), S("opensesspriv")} << S("--workaround");
    QTest::newRow("--json on pxe") << QStringList{S("bmc"), S("pxe"), S("x"), S("--json")} << S("--json");
    QTest::newRow("--yes on power") << QStringList{S("bmc"), S("power"), S("on"), S("x"), S("--yes")}
                                    << S("--yes");
    QTest::newRow("--snmp on bmc") << QStringList{S("bmc"), S("power"), S("on"), S("x"), S("--snmp"), S("h")}
                                   << S("--snmp");
    QTest::newRow("password on the command line")
        << QStringList{S("bmc"), S("pxe"), S("x"), S("--password"), S("secret")} << S("--password");
    QTest::newRow("--user given twice")
        << QStringList{S("bmc"), S("pxe"), S("x"), S("--user"), S("a"), S("--user"), S("b")} << S("twice");
}

void TstCliBmc::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    qputenv("HOSTDECK_TEST_BMC_PW", "x");
    // direct targets refuse --db (a usage error of its own), so only the others get it
    const bool direct = args.contains(S("--ipmi")) || args.contains(S("--redfish"));
    const Run r = direct ? runArgs(args) : run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(S("Usage:")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(mentions), qPrintable(describe(r)));
}

void TstCliBmc::badValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("password variable not set")
        << QStringList{S("bmc"),    S("power"),          S("status"),
                       S("--ipmi"), S("127.0.0.1"),      S("--user"),
                       S("admin"),  S("--password-env"), S("HOSTDECK_TEST_UNSET_VARIABLE")}
        << S("The environment variable HOSTDECK_TEST_UNSET_VARIABLE named by --password-env is not set.");
    QTest::newRow("not a Redfish URL")
        << QStringList{S("bmc"),    S("inventory"), S("--redfish"),      S("ftp://bmc"),
                       S("--user"), S("u"),         S("--password-env"), S("HOSTDECK_TEST_BMC_PW")}
        << S("https://HOST[:PORT]");
    QTest::newRow("bad IPMI port")
        << QStringList{S("bmc"),    S("pxe"), S("--ipmi"),         S("10.0.0.1:99999"),
                       S("--user"), S("u"),   S("--password-env"), S("HOSTDECK_TEST_BMC_PW")}
        << S("10.0.0.1:99999");
    QTest::newRow("bad fingerprint") << QStringList{S("bmc"), S("accept-cert"), S("srv-redfish"), S("abc")}
                                     << S("\"abc\" is not a SHA-256 fingerprint");
    QTest::newRow("bad --cert-sha256")
        << QStringList{S("bmc"),           S("pxe"),  S("--redfish"),      S("https://h"),
                       S("--user"),        S("u"),    S("--password-env"), S("HOSTDECK_TEST_BMC_PW"),
                       S("--cert-sha256"), S("12:34")}
        << S("--cert-sha256");
}

void TstCliBmc::badValues()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    qputenv("HOSTDECK_TEST_BMC_PW", "x");
    qunsetenv("HOSTDECK_TEST_UNSET_VARIABLE");
    // direct targets refuse --db, so these run without it
    const Run r = args.contains(S("srv-redfish")) ? run(args) : runArgs(args);
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(S("hostdeck: ")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(mentions), qPrintable(describe(r)));
    QVERIFY(!r.err.contains(S("Usage:")));
}

void TstCliBmc::unknownDevice()
{
    const Run r = run({S("bmc"), S("power"), S("status"), S("srv-nowhere")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("srv-nowhere")), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
}

void TstCliBmc::deviceWithoutBmc()
{
    for (const QString &verb : {S("inventory"), S("pxe")}) {
        const Run r = run({S("bmc"), verb, S("srv-plain")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(S("srv-plain has no BMC settings.")), qPrintable(describe(r)));
    }
}

void TstCliBmc::roleWithoutCredentials()
{
    QVERIFY(m_db->superExec(
        S("INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret)"
          "  SELECT id, 'ipmi', '192.0.2.1', 'admin', 'secret' FROM devices WHERE name = 'srv-plain';")));
    QVERIFY(m_db->createRole(S("clibmc_tech"), S("hostdeck_tech")));
    const QString techUrl = m_db->as(S("clibmc_tech")).displayUrl();
    for (const QString &verb : {S("inventory"), S("pxe")}) {
        const Run r = runArgs({S("bmc"), verb, S("srv-plain"), S("--db"), techUrl});
        QCOMPARE(r.code, 1);
        // a sentence first; the database's own text only as the indented detail
        QVERIFY2(r.err.startsWith(S("hostdeck: Your role may not use BMC credentials")),
                 qPrintable(describe(r)));
    }
    QVERIFY(m_db->superExec(S("DELETE FROM device_bmc WHERE device_id = (SELECT id FROM devices WHERE name = "
                              "'srv-plain');")));
}

void TstCliBmc::ipmiPowerThroughDevice()
{
    QVERIFY2(m_ipmi.start(), qPrintable(m_ipmi.error()));
    QVERIFY(m_db->superExec(
        S("INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_port, bmc_username, bmc_secret, "
          "  ipmi_cipher_suite, ipmi_workarounds)"
          "  SELECT id, 'ipmi', '127.0.0.1', %1, '%2', '%3', 3, '{opensesspriv}' FROM devices"
          "  WHERE name = 'srv-ipmi';")
            .arg(m_ipmi.port())
            .arg(ipmiUser(), ipmiPassword())));

    Run r = run({S("bmc"), S("power"), S("off"), S("srv-ipmi")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(S("Sent power off to srv-ipmi.")), qPrintable(r.out));
    QCOMPARE(m_ipmi.power(), 0);

    r = run({S("bmc"), S("power"), S("status"), S("srv-ipmi")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(r.out.trimmed(), S("Power of srv-ipmi: off"));

    r = run({S("bmc"), S("power"), S("on"), S("srv-ipmi"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(S("device")).toString(), S("srv-ipmi"));
    QCOMPARE(o.value(S("action")).toString(), S("on"));
    QCOMPARE(o.value(S("power")).toString(), S("on"));
    QCOMPARE(o.value(S("target")).toObject().value(S("kind")).toString(), S("ipmi"));
    QCOMPARE(o.value(S("target")).toObject().value(S("address")).toString(),
             S("127.0.0.1:%1").arg(m_ipmi.port()));
    QCOMPARE(m_ipmi.power(), 1);

    // cycle: ipmi_sim turns the power off and, a second later, on again
    m_ipmi.clearCalls();
    r = run({S("bmc"), S("power"), S("cycle"), S("srv-ipmi"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    o = parseObject(r.out);
    QCOMPARE(o.value(S("action")).toString(), S("cycle"));
    QVERIFY2(QStringList({S("on"), S("off")}).contains(o.value(S("power")).toString()), qPrintable(r.out));
    QVERIFY2(m_ipmi.calls().contains(S("power 0")), qPrintable(m_ipmi.calls().join(u',')));
    QTRY_COMPARE_WITH_TIMEOUT(m_ipmi.power(), 1, 10000);

    r = run({S("bmc"), S("pxe"), S("srv-ipmi")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("srv-ipmi boots from the network (PXE) once")));
    QCOMPARE(m_ipmi.bootDevice(), S("pxe"));

    // by id, too
    const qint64 id = scalar(S("SELECT id FROM devices WHERE name = 'srv-ipmi'"));
    r = run({S("bmc"), S("power"), S("status"), QString::number(id)});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(r.out.trimmed(), S("Power of srv-ipmi: on"));
}

void TstCliBmc::ipmiPowerDirect()
{
    QVERIFY2(m_ipmi.running() || m_ipmi.start(), qPrintable(m_ipmi.error()));
    qputenv("HOSTDECK_TEST_IPMI_PW", ipmiPassword().toUtf8());
    const QStringList target = {S("--ipmi"),         S("127.0.0.1:%1").arg(m_ipmi.port()),
                                S("--user"),         ipmiUser(),
                                S("--password-env"), S("HOSTDECK_TEST_IPMI_PW"),
                                S("--workaround"),   S("opensesspriv"),
                                S("--cipher-suite"), S("3")};
    Run r = runArgs(QStringList{S("bmc"), S("power"), S("off")} + target);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(m_ipmi.power(), 0);
    r = runArgs(QStringList{S("bmc"), S("power"), S("status"), S("--json")} + target);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QJsonObject o = parseObject(r.out);
    QVERIFY(o.value(S("device")).isNull());
    QCOMPARE(o.value(S("power")).toString(), S("off"));
    r = runArgs(QStringList{S("bmc"), S("power"), S("on")} + target);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(S("Sent power on to 127.0.0.1:%1.").arg(m_ipmi.port())), qPrintable(r.out));
    QCOMPARE(m_ipmi.power(), 1);
    m_ipmi.clearCalls();
    r = runArgs(QStringList{S("bmc"), S("power"), S("cycle")} + target);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("Sent power cycle to 127.0.0.1:%1.").arg(m_ipmi.port())));
    QVERIFY2(m_ipmi.calls().contains(S("power 0")), qPrintable(m_ipmi.calls().join(u',')));
    QTRY_COMPARE_WITH_TIMEOUT(m_ipmi.power(), 1, 10000);
}

void TstCliBmc::ipmiWrongPassword()
{
    QVERIFY2(m_ipmi.running() || m_ipmi.start(), qPrintable(m_ipmi.error()));
    qputenv("HOSTDECK_TEST_IPMI_BAD", "not-the-password");
    QElapsedTimer timer;
    timer.start();
    const Run r = runArgs({S("bmc"), S("power"), S("status"), S("--ipmi"),
                           S("127.0.0.1:%1").arg(m_ipmi.port()), S("--user"), ipmiUser(), S("--password-env"),
                           S("HOSTDECK_TEST_IPMI_BAD"), S("--workaround"), S("opensesspriv")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(S("hostdeck: ")) && r.err.contains(S("127.0.0.1")), qPrintable(describe(r)));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

void TstCliBmc::ipmiRepeatedWorkarounds()
{
    // Both --workaround values reach the driver: the unknown second one is named in its refusal.
    qputenv("HOSTDECK_TEST_IPMI_PW", ipmiPassword().toUtf8());
    const Run r =
        runArgs({S("bmc"), S("power"), S("status"), S("--ipmi"), S("127.0.0.1:%1").arg(m_ipmi.port()),
                 S("--user"), ipmiUser(), S("--password-env"), S("HOSTDECK_TEST_IPMI_PW"), S("--workaround"),
                 S("opensesspriv"), S("--workaround"), S("frobnicate20")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("frobnicate20")), qPrintable(describe(r)));
}

void TstCliBmc::ipmiHasNoCertificate()
{
    const Run r = run({S("bmc"), S("accept-cert"), S("srv-ipmi")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("IPMI")), qPrintable(describe(r)));
}

bool TstCliBmc::setRedfishBmc(const QString &url)
{
    return m_db->superExec(
        S("DELETE FROM device_bmc WHERE device_id = (SELECT id FROM devices WHERE name = 'srv-redfish');"
          "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret)"
          "  SELECT id, 'redfish', '%1', '%2', '%3' FROM devices WHERE name = 'srv-redfish';")
            .arg(url, m_redfishOptions.user, m_redfishOptions.password));
}

void TstCliBmc::redfishUnpinnedIsRefused()
{
    m_redfishOptions.vendor = S("dell");
    QVERIFY2(m_redfish.start(m_redfishOptions), qPrintable(m_redfish.error()));
    QVERIFY(setRedfishBmc(m_redfish.url()));
    const int requestsBefore = redfishRequests();
    const Run r = run({S("bmc"), S("power"), S("status"), S("srv-redfish")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(S("The certificate of the BMC of srv-redfish")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(S("not pinned yet")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(colons(m_redfish.certificateSha256())), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(S("hostdeck bmc accept-cert srv-redfish ") + m_redfish.certificateSha256()),
             qPrintable(describe(r)));
    // nothing with credentials reached the BMC
    QCOMPARE(redfishRequests(), requestsBefore);
}

void TstCliBmc::redfishAcceptCert()
{
    const QString hex = m_redfish.certificateSha256();
    // Alone: shows the fingerprint, pins nothing.
    Run r = run({S("bmc"), S("accept-cert"), S("srv-redfish")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(colons(hex)));
    QVERIFY(r.out.contains(S("Nothing was pinned.")));
    QCOMPARE(scalarText(S("SELECT COALESCE(redfish_cert_sha256, 'none') FROM device_bmc WHERE device_id = "
                          "(SELECT id FROM devices WHERE name = 'srv-redfish')")),
             S("none"));

    // A fingerprint that is not the presented one: refused, nothing pinned.
    r = run({S("bmc"), S("accept-cert"), S("srv-redfish"), QString(64, u'0')});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("not the fingerprint given")), qPrintable(describe(r)));
    QCOMPARE(scalarText(S("SELECT COALESCE(redfish_cert_sha256, 'none') FROM device_bmc WHERE device_id = "
                          "(SELECT id FROM devices WHERE name = 'srv-redfish')")),
             S("none"));

    // A read-only role sees nothing to accept: pinning needs the NOC role.
    QVERIFY(m_db->createRole(S("clibmc_ro"), S("hostdeck_readonly")));
    r = runArgs({S("bmc"), S("accept-cert"), S("srv-redfish"), hex, S("--db"),
                 m_db->as(S("clibmc_ro")).displayUrl()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("Your role may not")), qPrintable(describe(r)));

    // The presented fingerprint, typed with colons in upper case: pinned.
    r = run({S("bmc"), S("accept-cert"), S("srv-redfish"), colons(hex)});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("Pinned the certificate of the BMC of srv-redfish.")));
    QCOMPARE(scalarText(S("SELECT redfish_cert_sha256 FROM device_bmc WHERE device_id = (SELECT id FROM "
                          "devices WHERE name = 'srv-redfish')")),
             hex);
    QCOMPARE(scalarText(S("SELECT cert_pinned_at IS NOT NULL FROM device_bmc WHERE device_id = (SELECT id "
                          "FROM devices WHERE name = 'srv-redfish')")),
             S("true"));
    QVERIFY(scalar(S("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc' AND action = "
                     "'update'")) >= 1);

    r = run({S("bmc"), S("accept-cert"), S("srv-redfish")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("It is pinned already")));

    r = run({S("bmc"), S("power"), S("status"), S("srv-redfish")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.startsWith(S("Power of srv-redfish: ")), qPrintable(r.out));
}

void TstCliBmc::redfishInventoryJson()
{
    const Run r = run({S("bmc"), S("inventory"), S("srv-redfish"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QVERIFY2(!o.isEmpty(), qPrintable(r.out));
    QCOMPARE(o.value(S("device")).toString(), S("srv-redfish"));
    QCOMPARE(o.value(S("target")).toObject().value(S("kind")).toString(), S("redfish"));
    QVERIFY(!o.value(S("manufacturer")).toString().isEmpty());
    QVERIFY(!o.value(S("model")).toString().isEmpty());
    QVERIFY(!o.value(S("serial")).toString().isEmpty());
    QVERIFY(!o.value(S("cpus")).toArray().isEmpty());
    QVERIFY(o.value(S("cpus")).toArray().at(0).toObject().value(S("cores")).toInt() > 0);
    QVERIFY(!o.value(S("memory")).toArray().isEmpty());
    const QJsonArray nics = o.value(S("nics")).toArray();
    QVERIFY(!nics.isEmpty());
    static const QRegularExpression mac(S("^([0-9a-f]{2}:){5}[0-9a-f]{2}$"));
    QVERIFY2(mac.match(nics.at(0).toObject().value(S("mac")).toString()).hasMatch(),
             qPrintable(nics.at(0).toObject().value(S("mac")).toString()));
    QVERIFY(!o.value(S("drives")).toArray().isEmpty());
    QVERIFY(o.value(S("from_simple_storage")).isBool());

    const Run text = run({S("bmc"), S("inventory"), S("srv-redfish")});
    QVERIFY2(text.code == 0, qPrintable(describe(text)));
    QVERIFY(text.out.startsWith(S("Inventory of srv-redfish (redfish ")));
    QVERIFY(text.out.contains(o.value(S("serial")).toString()));
    QVERIFY(text.out.contains(nics.at(0).toObject().value(S("mac")).toString()));
    QVERIFY(o.value(S("unavailable")).toArray().isEmpty());

    // A part the BMC advertises but fails is listed; the command still succeeds with the rest.
    const QString memory = S("/redfish/v1/Systems/System.Embedded.1/Memory"); // the dell layout
    QVERIFY(m_redfish.setFaults(QJsonObject{
        {S("fail"), QJsonObject{{memory, QJsonArray{404, S("ResourceMissingAtURI"), S("No DIMM data.")}}}}}));
    const Run partial = run({S("bmc"), S("inventory"), S("srv-redfish"), S("--json")});
    const Run partialText = run({S("bmc"), S("inventory"), S("srv-redfish")});
    QVERIFY(m_redfish.setFaults(QJsonObject{{S("clear"), true}}));
    QVERIFY2(partial.code == 0, qPrintable(describe(partial)));
    const QJsonArray missing = parseObject(partial.out).value(S("unavailable")).toArray();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.at(0).toObject().value(S("part")).toString(), S("Memory"));
    QCOMPARE(missing.at(0).toObject().value(S("http_status")).toInt(), 404);
    QCOMPARE(missing.at(0).toObject().value(S("message")).toString(), S("No DIMM data."));
    QVERIFY(parseObject(partial.out).value(S("memory")).toArray().isEmpty());
    QVERIFY(!parseObject(partial.out).value(S("cpus")).toArray().isEmpty());
    QVERIFY2(partialText.out.contains(S("Not available from the BMC: 1")), qPrintable(partialText.out));
    QVERIFY(partialText.out.contains(S("HTTP 404: No DIMM data.")));
}

// --system picks a ComputerSystem for one command; one the service does not serve is refused with
// the list, and nothing is sent to any system.
void TstCliBmc::redfishSystemOption()
{
    Run r = run({S("bmc"), S("power"), S("off"), S("srv-redfish"), S("--system"), S("Blade9")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("has no system \"Blade9\"")) && r.err.contains(S("System.Embedded.1")),
             qPrintable(describe(r)));
    QCOMPARE(m_redfish.state().value(S("power")).toString(), S("On"));
    r = run({S("bmc"), S("power"), S("status"), S("srv-redfish"), S("--system"), S("System.Embedded.1")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = run({S("bmc"), S("power"), S("status"), S("srv-ipmi"), S("--system"), S("Blade2")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("speaks IPMI")), qPrintable(describe(r)));
}

void TstCliBmc::redfishPxe()
{
    const Run r = run({S("bmc"), S("pxe"), S("srv-redfish")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("srv-redfish boots from the network (PXE) once")));
    const QJsonObject boot = m_redfish.state().value(S("boot")).toObject();
    QCOMPARE(boot.value(S("BootSourceOverrideTarget")).toString(), S("Pxe"));
    QCOMPARE(boot.value(S("BootSourceOverrideEnabled")).toString(), S("Once"));
}

void TstCliBmc::redfishChangedCertificate()
{
    const QString old = m_redfish.certificateSha256();
    QVERIFY2(m_redfish.restart(true), qPrintable(m_redfish.error()));
    const QString now = m_redfish.certificateSha256();
    QVERIFY(now != old);
    QVERIFY(setRedfishBmc(m_redfish.url()));
    QVERIFY(m_db->superExec(S("UPDATE device_bmc SET redfish_cert_sha256 = '%1', cert_pinned_at = now() "
                              "WHERE bmc_kind = 'redfish';")
                                .arg(old)));
    const int requestsBefore = redfishRequests();
    Run r = run({S("bmc"), S("inventory"), S("srv-redfish")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("differs from the pinned one")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(S("Pinned:    SHA-256 ") + colons(old)), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(S("Presented: SHA-256 ") + colons(now)), qPrintable(describe(r)));
    QCOMPARE(redfishRequests(), requestsBefore);

    r = run({S("bmc"), S("accept-cert"), S("srv-redfish"), S("--yes")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(S("The pinned certificate differs:")));
    QCOMPARE(scalarText(S("SELECT redfish_cert_sha256 FROM device_bmc WHERE device_id = (SELECT id FROM "
                          "devices WHERE name = 'srv-redfish')")),
             now);
    r = run({S("bmc"), S("power"), S("status"), S("srv-redfish"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(parseObject(r.out).value(S("action")).toString(), S("status"));
}

void TstCliBmc::redfishDirect()
{
    qputenv("HOSTDECK_TEST_REDFISH_PW", m_redfishOptions.password.toUtf8());
    const QStringList target = {S("--redfish"),        m_redfish.url(),     S("--user"),
                                m_redfishOptions.user, S("--password-env"), S("HOSTDECK_TEST_REDFISH_PW")};
    const QString hex = m_redfish.certificateSha256();
    // Without --cert-sha256: refused, and told what to add.
    Run r = runArgs(QStringList{S("bmc"), S("power"), S("status")} + target);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(S("--cert-sha256 ") + hex), qPrintable(describe(r)));
    // accept-cert prints it; the user and password are not needed for that.
    r = runArgs({S("bmc"), S("accept-cert"), S("--redfish"), m_redfish.url()});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(colons(hex)));
    QVERIFY(r.out.contains(S("--cert-sha256 ") + hex));
    // With it: works.
    r = runArgs(QStringList{S("bmc"), S("inventory"), S("--json"), S("--cert-sha256"), colons(hex)} + target);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QVERIFY(o.value(S("device")).isNull());
    QCOMPARE(o.value(S("target")).toObject().value(S("address")).toString(), m_redfish.url());
    // --db with a direct target is a usage error
    r = runArgs(QStringList{S("bmc"), S("pxe"), S("--db"), m_url} + target);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(S("drop --db")));
}

// A device whose settings name no workaround: the first session needs opensesspriv, says so and
// remembers it for the device (activity-logged); the next one has it configured.
void TstCliBmc::ipmiWorkaroundIsFoundAndRemembered()
{
    QVERIFY2(m_ipmi.running() || m_ipmi.start(), qPrintable(m_ipmi.error()));
    QVERIFY(m_db->superExec(
        S("INSERT INTO devices (device_type_id, name) SELECT device_type_id, 'srv-learn' FROM devices WHERE "
          "name "
          "= 'srv-ipmi';"
          "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_port, bmc_username, bmc_secret) "
          "  SELECT id, 'ipmi', '127.0.0.1', %1, '%2', '%3' FROM devices WHERE name = 'srv-learn';")
            .arg(m_ipmi.port())
            .arg(ipmiUser(), ipmiPassword())));
    const qint64 logBefore = scalar(S("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc'"));
    Run r = run({S("bmc"), S("power"), S("status"), S("srv-learn"), S("--json")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(!parseObject(r.out).isEmpty()); // the note went to stderr
    QVERIFY2(r.err.contains(S("opened only with the opensesspriv workaround; remembered for srv-learn")),
             qPrintable(describe(r)));
    QCOMPARE(
        scalarText(S("SELECT array_to_string(b.ipmi_workarounds, ',') FROM device_bmc b JOIN devices d ON "
                     "d.id = b.device_id WHERE d.name = 'srv-learn'")),
        S("opensesspriv"));
    QCOMPARE(scalar(S("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc'")), logBefore + 1);
    r = run({S("bmc"), S("power"), S("status"), S("srv-learn")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TstCliBmc)
#include "tst_clibmc.moc"
