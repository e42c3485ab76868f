// SPDX-License-Identifier: GPL-3.0-or-later
// BmcRepository over a real database: the non-secret view for every role,
// credentials for the NOC only (with a sentence, not the SQL text, for the
// others), saving, pinning a certificate (guarded against a pin accepted
// meanwhile, logged), and the devices of racks with a BMC.
#include "core/database.h"
#include "oob/bmcrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace hostdeck;

// Verifies that a Status or Result is ok, printing its error otherwise.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().fullText()));                          \
    } while (false)

namespace {
const QString kFingerprintA = QStringLiteral("aa").repeated(32);
const QString kFingerprintB = QStringLiteral("0123456789abcdef").repeated(4);
} // namespace

class TstBmcRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void deviceWithoutSettings();
    void unknownDevice();
    void saveRedfishAndReadTarget();
    void saveIpmiAndReadTarget();
    void saveRefusesBadInput();
    void saveToNoneRemovesTheBmc();
    void pinCertificate();
    void pinIsGuardedAgainstAConcurrentAccept();
    void pinRefusesBadFingerprintAndIpmi();
    void newAddressDropsThePin();
    void rolesWithoutCredentials_data();
    void rolesWithoutCredentials();
    void nocRoleUsesCredentials();
    void rackDevices();
    void demoFlagReachesTheTargetUntilTheBmcChanges();
    void redfishSystemIsNamedByTheNocOnly();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 deviceId(const QString &name)
    {
        return scalar(QStringLiteral("SELECT id FROM devices WHERE name = :n"),
                      {{QStringLiteral("n"), name}});
    }
    QSqlDatabase connectionAs(const QString &role);

    std::unique_ptr<test::TestDatabase> m_db;
};

qint64 TstBmcRepository::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QSqlDatabase TstBmcRepository::connectionAs(const QString &role)
{
    auto conn = db::open(m_db->as(role), QStringLiteral("bmcrepo_") + role, false);
    if (!conn)
        qWarning("%s", qPrintable(conn.error().fullText()));
    return conn ? *conn : QSqlDatabase();
}

void TstBmcRepository::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("model_bmcrepository"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'BMC-S', 'Site');"
        "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'BMC-R', 'Room' FROM "
        "locations "
        " WHERE code = 'BMC-S';"
        "INSERT INTO racks (location_id, name, position, u_height) SELECT id, 'RA', 1, 42 FROM locations "
        " WHERE code = 'BMC-R';"
        "INSERT INTO racks (location_id, name, position, u_height) SELECT id, 'RB', 2, 42 FROM locations "
        " WHERE code = 'BMC-R';"
        "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, watts) VALUES "
        " ('Dell', 'R650', 'server', 1, true, 450);"
        "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, n, r.id, u, u "
        " FROM device_types t, racks r, (VALUES ('ra-10', 'RA', 10), ('ra-20', 'RA', 20), ('ra-30', 'RA', "
        "30),"
        " ('ra-40', 'RA', 40), ('rb-05', 'RB', 5)) v(n, rack, u) WHERE r.name = v.rack;"
        "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types, "
        " unnest(ARRAY['plain', 'rf', 'ipmi', 'gone', 'pins', 'roles', 'demo']) n;")));
    for (const auto &[role, group] :
         {std::pair{QStringLiteral("bmcrepo_reader"), QStringLiteral("hostdeck_readonly")},
          std::pair{QStringLiteral("bmcrepo_tech"), QStringLiteral("hostdeck_tech")},
          std::pair{QStringLiteral("bmcrepo_noc"), QStringLiteral("hostdeck_noc")}})
        QVERIFY(m_db->createRole(role, group));
}

void TstBmcRepository::deviceWithoutSettings()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    auto info = repo.info(deviceId(QStringLiteral("plain")));
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
    QVERIFY(!info->configured());
    QCOMPARE(info->deviceName, QStringLiteral("plain"));
    QVERIFY(info->certSha256.isEmpty());
    QVERIFY(!info->certPinnedAt.isValid());

    auto target = repo.target(deviceId(QStringLiteral("plain")));
    QVERIFY(!target.ok());
    QCOMPARE(target.error().code, QStringLiteral("no-bmc"));
    QVERIFY2(target.error().message.contains(QStringLiteral("plain has no BMC settings")),
             qPrintable(target.error().message));
}

void TstBmcRepository::unknownDevice()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    auto info = repo.info(987654);
    QVERIFY(!info.ok());
    QVERIFY(info.error().message.contains(QStringLiteral("987654")));
    QVERIFY(!repo.target(987654).ok());
    BmcSettings s;
    s.kind = BmcTarget::Kind::Ipmi;
    s.address = QStringLiteral("10.0.0.1");
    const Status saved = repo.save(987654, s);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(QStringLiteral("no device with id 987654")),
             qPrintable(saved.error().message));
    QVERIFY(!repo.pinCertificate(987654, kFingerprintA).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE device_id = 987654")), 0);
}

void TstBmcRepository::saveRedfishAndReadTarget()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("rf"));
    BmcSettings s;
    s.kind = BmcTarget::Kind::Redfish;
    s.address = QStringLiteral("  idrac-rf.example/ ");
    s.port = 8443;
    s.user = QStringLiteral("root");
    s.password = QStringLiteral("calvin");
    const Status saved = repo.save(id, s);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().fullText()));

    auto info = repo.info(id);
    QVERIFY(info.ok());
    QVERIFY(info->configured());
    QCOMPARE(*info->kind, BmcTarget::Kind::Redfish);
    QCOMPARE(info->address, QStringLiteral("idrac-rf.example/"));
    QCOMPARE(info->port, 8443);

    auto target = repo.target(id);
    QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().fullText()));
    QCOMPARE(target->kind, BmcTarget::Kind::Redfish);
    // A bare host becomes an https URL with the stored port.
    QCOMPARE(target->address, QStringLiteral("https://idrac-rf.example:8443"));
    QCOMPARE(target->port, 0);
    QCOMPARE(target->user, QStringLiteral("root"));
    QCOMPARE(target->password, QStringLiteral("calvin"));
    QVERIFY(target->pinnedCertSha256.isEmpty());

    // A URL with its own port keeps it; saving again replaces the row, not adds one.
    s.address = QStringLiteral("https://127.0.0.1:9443");
    QVERIFY_OK(repo.save(id, s));
    QCOMPARE(repo.target(id)->address, QStringLiteral("https://127.0.0.1:9443"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE device_id = :id"),
                    {{QStringLiteral("id"), id}}),
             1);
    // The activity log records that the secret changed, never the secret.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc' "
                                   "AND detail::text LIKE '%calvin%'")),
             0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc'")) >=
            2);
}

void TstBmcRepository::saveIpmiAndReadTarget()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("ipmi"));
    BmcSettings s;
    s.kind = BmcTarget::Kind::Ipmi;
    s.address = QStringLiteral("127.0.0.1");
    s.port = 9623;
    s.user = QStringLiteral("admin");
    s.password = QStringLiteral("Passw0rd!");
    s.cipherSuite = 17;
    s.workarounds = {QStringLiteral("opensesspriv"), QStringLiteral("intel20")};
    QVERIFY_OK(repo.save(id, s));
    auto target = repo.target(id);
    QVERIFY(target.ok());
    QCOMPARE(target->kind, BmcTarget::Kind::Ipmi);
    QCOMPARE(target->address, QStringLiteral("127.0.0.1"));
    QCOMPARE(target->port, 9623);
    QCOMPARE(target->cipherSuite, 17);
    QCOMPARE(target->workarounds, (QStringList{QStringLiteral("opensesspriv"), QStringLiteral("intel20")}));
    QCOMPARE(target->password, QStringLiteral("Passw0rd!"));

    // No workarounds and the default port.
    s.workarounds.clear();
    s.port = 0;
    QVERIFY_OK(repo.save(id, s));
    target = repo.target(id);
    QVERIFY(target->workarounds.isEmpty());
    QCOMPARE(target->port, 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE device_id = :id AND bmc_port IS NULL "
                              "AND ipmi_workarounds = '{}'"),
               {{QStringLiteral("id"), id}}),
        1);
}

void TstBmcRepository::saveRefusesBadInput()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("gone"));
    BmcSettings s;
    s.kind = BmcTarget::Kind::Ipmi;
    s.address = QStringLiteral("   ");
    Status r = repo.save(id, s);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("needs an address")), qPrintable(r.error().message));

    s.address = QStringLiteral("10.1.1.1");
    s.port = 70000;
    r = repo.save(id, s);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("65535")));

    s.port = 0;
    s.cipherSuite = 18;
    QVERIFY(!repo.save(id, s).ok());

    s.cipherSuite = 3;
    s.workarounds = {QStringLiteral("bogus")};
    r = repo.save(id, s);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("“bogus”")), qPrintable(r.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE device_id = :id"),
                    {{QStringLiteral("id"), id}}),
             0);
}

void TstBmcRepository::saveToNoneRemovesTheBmc()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("gone"));
    BmcSettings s;
    s.kind = BmcTarget::Kind::Ipmi;
    s.address = QStringLiteral("10.1.1.1");
    QVERIFY_OK(repo.save(id, s));
    QVERIFY(repo.info(id)->configured());
    s.kind.reset();
    s.address.clear();
    const Status r = repo.save(id, s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
    QVERIFY(!repo.info(id)->configured());
    QCOMPARE(repo.target(id).error().code, QStringLiteral("no-bmc"));
}

void TstBmcRepository::pinCertificate()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("pins"));
    BmcSettings s;
    s.kind = BmcTarget::Kind::Redfish;
    s.address = QStringLiteral("https://127.0.0.1:9444");
    QVERIFY_OK(repo.save(id, s));
    const qint64 logged =
        scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc' AND "
                              "detail -> 'redfish_cert_sha256' IS NOT NULL"));

    // As operators read it: upper case with colons.
    const Status pinned = repo.pinCertificate(id, formatFingerprint(kFingerprintA), QString());
    QVERIFY2(pinned.ok(), qPrintable(pinned.ok() ? QString() : pinned.error().fullText()));
    auto info = repo.info(id);
    QCOMPARE(info->certSha256, kFingerprintA);
    QVERIFY(info->certPinnedAt.isValid());
    QVERIFY(qAbs(info->certPinnedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(repo.target(id)->pinnedCertSha256, kFingerprintA);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc' AND "
                                   "detail -> 'redfish_cert_sha256' IS NOT NULL")),
             logged + 1);

    // Replacing it with the operator having seen the old one.
    QVERIFY_OK(repo.pinCertificate(id, kFingerprintB, kFingerprintA));
    QCOMPARE(repo.info(id)->certSha256, kFingerprintB);

    // Saving the same BMC again keeps the pin.
    s.user = QStringLiteral("new-user");
    QVERIFY_OK(repo.save(id, s));
    QCOMPARE(repo.info(id)->certSha256, kFingerprintB);
}

void TstBmcRepository::pinIsGuardedAgainstAConcurrentAccept()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("pins"));
    QCOMPARE(repo.info(id)->certSha256, kFingerprintB);
    // The operator saw A pinned (stale): someone has pinned B meanwhile.
    Status r = repo.pinCertificate(id, kFingerprintA, kFingerprintA);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("certificate-moved"));
    QVERIFY2(r.error().message.contains(formatFingerprint(kFingerprintB)), qPrintable(r.error().message));
    // The operator saw nothing pinned (first use) while B is.
    r = repo.pinCertificate(id, kFingerprintA, QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("certificate-moved"));
    QCOMPARE(repo.info(id)->certSha256, kFingerprintB);
}

void TstBmcRepository::pinRefusesBadFingerprintAndIpmi()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("pins"));
    for (const QString &bad : {QString(), QStringLiteral("abc"), QStringLiteral("zz").repeated(32),
                               kFingerprintA + QStringLiteral("00")}) {
        const Status r = repo.pinCertificate(id, bad);
        QVERIFY2(!r.ok(), qPrintable(bad));
        QVERIFY2(r.error().message.contains(QStringLiteral("SHA-256")), qPrintable(r.error().message));
    }
    QCOMPARE(repo.info(id)->certSha256, kFingerprintB);

    const Status ipmi = repo.pinCertificate(deviceId(QStringLiteral("ipmi")), kFingerprintA);
    QVERIFY(!ipmi.ok());
    QVERIFY2(ipmi.error().message.contains(QStringLiteral("no Redfish BMC")),
             qPrintable(ipmi.error().message));
    QVERIFY(!repo.pinCertificate(deviceId(QStringLiteral("plain")), kFingerprintA).ok());
}

void TstBmcRepository::newAddressDropsThePin()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("pins"));
    QVERIFY(!repo.info(id)->certSha256.isEmpty());
    BmcSettings s;
    s.kind = BmcTarget::Kind::Redfish;
    s.address = QStringLiteral("https://10.9.9.9");
    QVERIFY_OK(repo.save(id, s));
    auto info = repo.info(id);
    QVERIFY(info->certSha256.isEmpty());
    QVERIFY(!info->certPinnedAt.isValid());
}

void TstBmcRepository::rolesWithoutCredentials_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("readonly") << QStringLiteral("bmcrepo_reader");
    QTest::newRow("tech") << QStringLiteral("bmcrepo_tech");
}

void TstBmcRepository::rolesWithoutCredentials()
{
    QFETCH(QString, role);
    {
        QSqlDatabase admin = m_db->connection();
        BmcRepository adminRepo(admin);
        BmcSettings s;
        s.kind = BmcTarget::Kind::Redfish;
        s.address = QStringLiteral("https://10.2.2.2");
        s.user = QStringLiteral("root");
        s.password = QStringLiteral("s3cret");
        QVERIFY_OK(adminRepo.save(deviceId(QStringLiteral("roles")), s));
        QVERIFY_OK(adminRepo.pinCertificate(deviceId(QStringLiteral("roles")), kFingerprintA));
    }
    QSqlDatabase db = connectionAs(role);
    QVERIFY(db.isOpen());
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("roles"));

    // Everyone sees where the BMC is and which certificate is pinned.
    auto info = repo.info(id);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
    QCOMPARE(info->address, QStringLiteral("https://10.2.2.2"));
    QCOMPARE(info->certSha256, kFingerprintA);
    auto rack = repo.rackDevices({scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'RA'"))});
    QVERIFY(rack.ok());

    auto target = repo.target(id);
    QVERIFY(!target.ok());
    QCOMPARE(target.error().code, QStringLiteral("bmc-permission"));
    QVERIFY2(target.error().message.contains(QStringLiteral("Your role may not use BMC credentials")),
             qPrintable(target.error().message));
    QVERIFY2(target.error().message.contains(QStringLiteral("roles")), qPrintable(target.error().message));
    QVERIFY(!target.error().message.contains(QStringLiteral("permission denied for")));
    QCOMPARE(target.error().sqlState, QStringLiteral("42501"));

    BmcSettings s;
    s.kind = BmcTarget::Kind::Ipmi;
    s.address = QStringLiteral("10.3.3.3");
    const Status saved = repo.save(id, s);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("bmc-permission"));
    QVERIFY2(saved.error().message.contains(QStringLiteral("may not change BMC settings")),
             qPrintable(saved.error().message));

    const Status pinned = repo.pinCertificate(id, kFingerprintB, kFingerprintA);
    QVERIFY(!pinned.ok());
    QCOMPARE(pinned.error().code, QStringLiteral("bmc-permission"));
    QVERIFY2(pinned.error().message.contains(QStringLiteral("may not accept BMC certificates")),
             qPrintable(pinned.error().message));
    QCOMPARE(m_db->connection().isOpen(), true);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE device_id = :id AND bmc_kind = "
                                   "'redfish' AND redfish_cert_sha256 = :a"),
                    {{QStringLiteral("id"), id}, {QStringLiteral("a"), kFingerprintA}}),
             1);
}

void TstBmcRepository::nocRoleUsesCredentials()
{
    QSqlDatabase db = connectionAs(QStringLiteral("bmcrepo_noc"));
    QVERIFY(db.isOpen());
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("roles"));
    auto target = repo.target(id);
    QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().fullText()));
    QCOMPARE(target->password, QStringLiteral("s3cret"));
    QVERIFY_OK(repo.pinCertificate(id, kFingerprintB, kFingerprintA));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc' AND "
                                   "actor = 'bmcrepo_noc' AND detail -> 'redfish_cert_sha256' IS NOT NULL")),
             1);
    BmcSettings s;
    s.kind = BmcTarget::Kind::Redfish;
    s.address = QStringLiteral("https://10.2.2.2");
    s.user = QStringLiteral("root");
    s.password = QStringLiteral("n3w");
    QVERIFY_OK(repo.save(id, s));
    QCOMPARE(repo.target(id)->password, QStringLiteral("n3w"));
}

void TstBmcRepository::rackDevices()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 ra = scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'RA'"));
    const qint64 rb = scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'RB'"));
    BmcSettings s;
    s.kind = BmcTarget::Kind::Ipmi;
    for (const QString &name : {QStringLiteral("ra-10"), QStringLiteral("ra-30"), QStringLiteral("ra-40"),
                                QStringLiteral("rb-05")}) {
        s.address = name + QStringLiteral(".bmc");
        QVERIFY_OK(repo.save(deviceId(name), s));
    }
    // ra-40 has a row whose kind is 'none': no BMC. ra-20 has no row.
    BmcSettings none;
    QVERIFY_OK(repo.save(deviceId(QStringLiteral("ra-40")), none));

    auto rows = repo.rackDevices({ra});
    QVERIFY(rows.ok());
    QStringList names;
    for (const BmcRackDevice &r : *rows) {
        names << r.bmc.deviceName;
        QCOMPARE(r.rackName, QStringLiteral("RA"));
        QCOMPARE(r.rackId, ra);
        QVERIFY(r.bmc.configured());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("ra-30"), QStringLiteral("ra-10")}));
    QCOMPARE(rows->first().uStart, 30);
    QCOMPARE(rows->first().face, QStringLiteral("front"));
    QCOMPARE(rows->first().bmc.address, QStringLiteral("ra-30.bmc"));

    rows = repo.rackDevices({rb, ra});
    QVERIFY(rows.ok());
    names.clear();
    for (const BmcRackDevice &r : *rows)
        names << r.bmc.deviceName;
    QCOMPARE(names, (QStringList{QStringLiteral("rb-05"), QStringLiteral("ra-30"), QStringLiteral("ra-10")}));

    rows = repo.rackDevices({});
    QVERIFY(rows.ok());
    QVERIFY(rows->isEmpty());
    rows = repo.rackDevices({424242});
    QVERIFY(rows.ok());
    QVERIFY(rows->isEmpty());
}

void TstBmcRepository::demoFlagReachesTheTargetUntilTheBmcChanges()
{
    QSqlDatabase db = m_db->connection();
    BmcRepository repo(db);
    const qint64 id = deviceId(QStringLiteral("demo"));
    BmcSettings s;
    s.kind = BmcTarget::Kind::Redfish;
    s.address = QStringLiteral("https://10.20.0.2");
    s.user = QStringLiteral("root");
    s.password = QStringLiteral("calvin");
    QVERIFY_OK(repo.save(id, s));
    QVERIFY(!repo.info(id)->demo);
    QVERIFY(
        m_db->superExec(QStringLiteral("UPDATE device_bmc SET demo = true WHERE device_id = %1").arg(id)));
    QVERIFY(repo.info(id)->demo);
    auto target = repo.target(id);
    QVERIFY(target.ok());
    QVERIFY(target->demo);
    // A demo target is refused before anything is sent (tst_demotargets covers the drivers).
    QCOMPARE(target->demoRefusal().code, QStringLiteral("demo-target"));
    // Readers see the flag too (the console disables the power buttons on it).
    QSqlDatabase reader = connectionAs(QStringLiteral("bmcrepo_reader"));
    QVERIFY(BmcRepository(reader).info(id)->demo);
    // The same BMC with another password stays demo; another address is a real BMC.
    s.password = QStringLiteral("other");
    QVERIFY_OK(repo.save(id, s));
    QVERIFY(repo.info(id)->demo);
    s.address = QStringLiteral("https://127.0.0.1:8443");
    QVERIFY_OK(repo.save(id, s));
    QVERIFY(!repo.info(id)->demo);
    QVERIFY(!repo.target(id)->demo);

    // The ComputerSystem a device is, on a service that serves several.
    s.system = QStringLiteral("Blade2");
    QVERIFY_OK(repo.save(id, s));
    QCOMPARE(repo.info(id)->system, QStringLiteral("Blade2"));
    QCOMPARE(repo.target(id)->system, QStringLiteral("Blade2"));
    QCOMPARE(BmcRepository(reader).info(id)->system, QStringLiteral("Blade2"));
    s.system = QStringLiteral("Blade 2");
    const Status blank = repo.save(id, s);
    QVERIFY(!blank.ok());
    QVERIFY2(blank.error().message.contains(QLatin1String("no blanks")), qPrintable(blank.error().message));
}

// The console's system chooser stores through setRedfishSystem: an Id or path, for a Redfish BMC,
// by the NOC role; bad input and other roles change nothing.
void TstBmcRepository::redfishSystemIsNamedByTheNocOnly()
{
    const qint64 rf = deviceId(QStringLiteral("rf"));
    const auto stored = [this, rf](const QString &expected) {
        return scalar(QStringLiteral("SELECT count(*) FROM device_bmc WHERE device_id = :id AND "
                                     "redfish_system IS NOT DISTINCT FROM NULLIF(:s, '')"),
                      {{QStringLiteral("id"), rf}, {QStringLiteral("s"), expected}});
    };
    QSqlDatabase noc = connectionAs(QStringLiteral("bmcrepo_noc"));
    QVERIFY(noc.isOpen());
    BmcRepository repo(noc);
    QVERIFY_OK(repo.setRedfishSystem(rf, QStringLiteral(" Blade2 ")));
    QCOMPARE(repo.info(rf)->system, QStringLiteral("Blade2"));
    QCOMPARE(stored(QStringLiteral("Blade2")), 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc' AND "
                                  "actor = 'bmcrepo_noc' AND detail -> 'redfish_system' IS NOT NULL")) >= 1);

    for (const QString &bad : {QStringLiteral("Blade 2"), QStringLiteral("x").repeated(201)}) {
        const Status refused = repo.setRedfishSystem(rf, bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("is not a Redfish system Id or path")),
                 qPrintable(refused.error().message));
        QCOMPARE(stored(QStringLiteral("Blade2")), 1);
    }
    const Status ipmi = repo.setRedfishSystem(deviceId(QStringLiteral("ipmi")), QStringLiteral("Blade2"));
    QVERIFY(!ipmi.ok());
    QVERIFY2(ipmi.error().message.contains(QStringLiteral("has no Redfish BMC")),
             qPrintable(ipmi.error().message));

    QSqlDatabase tech = connectionAs(QStringLiteral("bmcrepo_tech"));
    QVERIFY(tech.isOpen());
    const Status denied = BmcRepository(tech).setRedfishSystem(rf, QStringLiteral("Blade3"));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, QStringLiteral("bmc-permission"));
    QVERIFY2(denied.error().message.contains(QStringLiteral("may not change BMC settings")),
             qPrintable(denied.error().message));
    QCOMPARE(stored(QStringLiteral("Blade2")), 1);

    // Empty clears it: the service's only system again.
    QVERIFY_OK(repo.setRedfishSystem(rf, QString()));
    QCOMPARE(stored(QString()), 1);
    QVERIFY(repo.info(rf)->system.isEmpty());
}

QTEST_GUILESS_MAIN(TstBmcRepository)
#include "tst_bmcrepository.moc"
