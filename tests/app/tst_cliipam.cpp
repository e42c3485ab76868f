// SPDX-License-Identifier: GPL-3.0-or-later
// The `hostdeck ipam` verbs, run in-process against a test database: adding
// pools and carving subnets, allocating subnets and addresses, releasing,
// the tree and the free blocks in human and JSON form (the shapes documented
// in docs/cli.md, bounded output for big trees, 128-bit counts as strings),
// and bad input: each refused with exit 1 or 2 and a message naming the
// problem, with nothing written (failed allocations leave exactly their one
// failure row in provisioning_logs, as SubnetAllocator documents).
#include "cli.h"
#include "clitestcase.h"
#include "core/database.h"
#include "ipam/subnetallocator.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace hostdeck;

namespace {
QStringList words(const QString &line)
{
    return line.split(u' ', Qt::SkipEmptyParts);
}

/// The node with `cidr` in a JSON tree (depth first), or an empty object.
QJsonObject findNode(const QJsonArray &nodes, const QString &cidr)
{
    for (const QJsonValue &v : nodes) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("cidr")).toString() == cidr)
            return o;
        const QJsonObject below = findNode(o.value(QStringLiteral("children")).toArray(), cidr);
        if (!below.isEmpty())
            return below;
    }
    return {};
}
} // namespace

class TstCliIpam : public test::CliTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void help();
    void addSubnet();
    void addSubnetJsonAndCarving();
    void allocateSubnetJson();
    void allocateSubnetHuman();
    void allocateAddressesJson();
    void allocateIpv6();
    void treeJson();
    void treeHumanIsBounded();
    void treeJsonIsBounded();
    void freeBlocks();
    void freeBlocksIpv6CountsAsStrings();
    void release();
    void badInput_data();
    void badInput();
    void fullAndParkedPools();
    void longIpv6PrefixesAndLirPools();
    void repairFillsHoles();

private:
    struct Counts
    {
        qint64 subnets = 0;
        qint64 addresses = 0;
        qint64 logs = 0;
        qint64 failures = 0;
        QString fingerprint;
        bool operator==(const Counts &o) const = default;
    };
    Counts counts();
    QString text(const QString &sql);
    Run ipam(const QString &line) const
    {
        return runArgs(db(QStringList{QStringLiteral("ipam")} + words(line)));
    }
};

void TstCliIpam::initTestCase()
{
    QVERIFY2(setUpCli(QStringLiteral("cliipam")), qPrintable(setUpError()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'T-SITE', 'Test site');"
        "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'T-ROOM', 'Test room' "
        "  FROM locations WHERE code = 'T-SITE';"
        "INSERT INTO vlans (location_id, vid, name) SELECT id, 100, 'mgmt' FROM locations WHERE code = "
        "'T-SITE';"
        "INSERT INTO vlans (location_id, vid, name) SELECT id, 102, 'customers' FROM locations WHERE code = "
        "'T-ROOM';"
        "INSERT INTO customers (code, name, email) VALUES ('cust-1', 'Test Customer', "
        "'noc@test.example');")));
}

QString TstCliIpam::text(const QString &sql)
{
    QSqlDatabase conn = m_db->connection();
    auto q = db::exec(conn, sql);
    if (!q || !q->next())
        return {};
    return q->value(0).toString();
}

TstCliIpam::Counts TstCliIpam::counts()
{
    Counts c;
    c.subnets = scalar(QStringLiteral("SELECT count(*) FROM subnets"));
    c.addresses = scalar(QStringLiteral("SELECT count(*) FROM ip_addresses"));
    c.logs = scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs"));
    c.failures = scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE NOT success"));
    c.fingerprint = text(QStringLiteral(
        "SELECT md5(coalesce(string_agg(concat_ws('|', cidr, allocation_status, is_unavailable, "
        "auto_allocatable, location_id, vlan_id, customer_id), ';' ORDER BY cidr), '')) FROM subnets"));
    return c;
}

void TstCliIpam::help()
{
    const Run r = runArgs({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("ipam allocate --family 4|6 (--prefix N | --ips K)")));
    QVERIFY(r.out.contains(QLatin1String("ipam free CIDR --prefix N [--json]")));
}

void TstCliIpam::addSubnet()
{
    const Run r = ipam(QStringLiteral("add-subnet 10.0.0.0/16 --location T-SITE --vlan 100"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Added 10.0.0.0/16 as a new pool.")), qPrintable(r.out));
    QCOMPARE(text(QStringLiteral("SELECT l.code FROM subnets s JOIN locations l ON l.id = s.location_id "
                                 "WHERE s.cidr = '10.0.0.0/16'")),
             QStringLiteral("T-SITE"));
    QCOMPARE(scalar(QStringLiteral("SELECT v.vid FROM subnets s JOIN vlans v ON v.id = s.vlan_id "
                                   "WHERE s.cidr = '10.0.0.0/16'")),
             qint64(100));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE cidr = '10.0.0.0/16' AND parent_id IS "
                                   "NULL AND auto_allocatable AND NOT is_unavailable")),
             qint64(1));

    const Run manual = ipam(QStringLiteral("add-subnet 192.0.2.0/24 --location T-SITE --no-auto"));
    QVERIFY2(manual.code == 0, qPrintable(describe(manual)));
    QVERIFY2(manual.out.contains(QLatin1String("no auto")), qPrintable(manual.out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE cidr = '192.0.2.0/24' AND NOT "
                                   "auto_allocatable")),
             qint64(1));
}

void TstCliIpam::addSubnetJsonAndCarving()
{
    // Carved out of the pool: the pool is halved down to it, the new subnet parked, the location inherited.
    const Run r = ipam(QStringLiteral("add-subnet 10.0.255.0/24 --unavailable --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject subnet = parseObject(r.out).value(QStringLiteral("subnet")).toObject();
    QCOMPARE(subnet.value(QStringLiteral("cidr")).toString(), QStringLiteral("10.0.255.0/24"));
    QCOMPARE(subnet.value(QStringLiteral("family")).toInt(), 4);
    QCOMPARE(subnet.value(QStringLiteral("status")).toString(), QStringLiteral("unallocated"));
    QCOMPARE(subnet.value(QStringLiteral("is_unavailable")).toBool(), true);
    QCOMPARE(subnet.value(QStringLiteral("effective_location")).toString(), QStringLiteral("T-SITE"));
    QCOMPARE(subnet.value(QStringLiteral("location_inherited")).toBool(), true);
    QCOMPARE(subnet.value(QStringLiteral("vlan")).toInt(), 100);
    QVERIFY(subnet.value(QStringLiteral("customer")).isNull());
    for (const char *key : {"id", "auto_allocatable", "effective_unavailable", "description", "addresses",
                            "utilisation", "child_count"})
        QVERIFY2(subnet.contains(QLatin1String(key)), key);
    QCOMPARE(scalar(QStringLiteral("SELECT allocation_status = 'subdivided' FROM subnets WHERE cidr = "
                                   "'10.0.0.0/16'")),
             qint64(1));

    // IPv6, with a VLAN found at the room's parent location.
    const Run six = ipam(QStringLiteral("add-subnet 2001:db8::/48 --location T-ROOM --vlan 100 --json"));
    QVERIFY2(six.code == 0, qPrintable(describe(six)));
    const QJsonObject node = parseObject(six.out).value(QStringLiteral("subnet")).toObject();
    QCOMPARE(node.value(QStringLiteral("cidr")).toString(), QStringLiteral("2001:db8::/48"));
    QCOMPARE(node.value(QStringLiteral("family")).toInt(), 6);
    QCOMPARE(node.value(QStringLiteral("effective_location")).toString(), QStringLiteral("T-ROOM"));
    QCOMPARE(node.value(QStringLiteral("location_inherited")).toBool(), false);
}

void TstCliIpam::allocateSubnetJson()
{
    const Run r =
        ipam(QStringLiteral("allocate --family 4 --prefix 29 --pool 10.0.0.0/16 --customer cust-1 --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("subnet"));
    // Best fit: the smallest free leaf is the /24 left over from carving the parked 10.0.255.0/24.
    QCOMPARE(o.value(QStringLiteral("cidr")).toString(), QStringLiteral("10.0.254.0/29"));
    QCOMPARE(o.value(QStringLiteral("pool")).toString(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(o.value(QStringLiteral("strategy")).toString(), QStringLiteral("split"));
    QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
    const QJsonArray splits = o.value(QStringLiteral("splits")).toArray();
    QVERIFY(!splits.isEmpty());
    QCOMPARE(splits.last().toObject().value(QStringLiteral("lower")).toString(),
             QStringLiteral("10.0.254.0/29"));
    QVERIFY(o.value(QStringLiteral("merges")).toArray().isEmpty());
    QCOMPARE(
        text(QStringLiteral("SELECT c.code FROM subnets s JOIN customers c ON c.id = s.customer_id WHERE "
                            "s.cidr = '10.0.254.0/29' AND s.allocation_status = 'allocated'")),
        QStringLiteral("cust-1"));
}

void TstCliIpam::allocateSubnetHuman()
{
    // By location: the room is served by the site's pool; the customer given by id.
    const QString id =
        QString::number(scalar(QStringLiteral("SELECT id FROM customers WHERE code = 'cust-1'")));
    const Run r =
        ipam(QStringLiteral("allocate --family 4 --prefix 29 --location T-ROOM --vlan 100 --customer ") + id);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Allocated 10.0.254.8/29 from the pool 10.0.0.0/16 (exact).")),
             qPrintable(r.out));
}

void TstCliIpam::allocateAddressesJson()
{
    const Run r = ipam(QStringLiteral("allocate --family 4 --ips 2 --pool 10.0.0.0/16 --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("ips"));
    const QJsonArray addresses = o.value(QStringLiteral("addresses")).toArray();
    QCOMPARE(addresses.size(), 2);
    for (const QJsonValue &v : addresses) {
        const QJsonObject a = v.toObject();
        QVERIFY(a.value(QStringLiteral("id")).toInteger() > 0);
        const QString address = a.value(QStringLiteral("address")).toString();
        QVERIFY2(address.startsWith(QLatin1String("10.0.")), qPrintable(address));
        QVERIFY(!address.contains(u'/'));
        QVERIFY(a.value(QStringLiteral("subnet")).toString().startsWith(QLatin1String("10.0.")));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE address = '%1'").arg(address)),
            qint64(1));
    }

    const Run human = ipam(QStringLiteral("allocate --family 4 --ips 1 --pool 10.0.0.0/16"));
    QVERIFY2(human.code == 0, qPrintable(describe(human)));
    QVERIFY2(human.out.contains(QLatin1String("Allocated 1 address")), qPrintable(human.out));
}

void TstCliIpam::allocateIpv6()
{
    const Run r = ipam(QStringLiteral("allocate --family 6 --prefix 64 --location T-ROOM --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(QStringLiteral("cidr")).toString(), QStringLiteral("2001:db8::/64"));
    QCOMPARE(o.value(QStringLiteral("pool")).toString(), QStringLiteral("2001:db8::/48"));
    QCOMPARE(o.value(QStringLiteral("splits")).toArray().size(), 16);
}

void TstCliIpam::treeJson()
{
    const Run r = ipam(QStringLiteral("tree --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonArray tree = parseObject(r.out).value(QStringLiteral("tree")).toArray();
    QStringList roots;
    for (const QJsonValue &v : tree)
        roots << v.toObject().value(QStringLiteral("cidr")).toString();
    QVERIFY2(roots.contains(QStringLiteral("10.0.0.0/16")) &&
                 roots.contains(QStringLiteral("192.0.2.0/24")) &&
                 roots.contains(QStringLiteral("2001:db8::/48")),
             qPrintable(roots.join(u' ')));
    const QJsonObject pool = findNode(tree, QStringLiteral("10.0.0.0/16"));
    QCOMPARE(pool.value(QStringLiteral("status")).toString(), QStringLiteral("subdivided"));
    QCOMPARE(pool.value(QStringLiteral("child_count")).toInt(), 2);
    QCOMPARE(pool.value(QStringLiteral("children")).toArray().size(), 2);
    QCOMPARE(pool.value(QStringLiteral("children_omitted")).toInt(), 0);
    const QJsonObject leaf = findNode(tree, QStringLiteral("10.0.254.0/29"));
    QCOMPARE(leaf.value(QStringLiteral("status")).toString(), QStringLiteral("allocated"));
    QCOMPARE(leaf.value(QStringLiteral("customer")).toString(), QStringLiteral("cust-1"));
    QCOMPARE(leaf.value(QStringLiteral("effective_location")).toString(), QStringLiteral("T-SITE"));
    QCOMPARE(leaf.value(QStringLiteral("location_inherited")).toBool(), true);
    QCOMPARE(leaf.value(QStringLiteral("is_unavailable")).toBool(), false);
    QVERIFY(leaf.value(QStringLiteral("children")).toArray().isEmpty());
    QCOMPARE(findNode(tree, QStringLiteral("10.0.255.0/24")).value(QStringLiteral("is_unavailable")).toBool(),
             true);

    // One subtree.
    const Run sub = ipam(QStringLiteral("tree 10.0.255.0/24 --json"));
    QVERIFY2(sub.code == 0, qPrintable(describe(sub)));
    const QJsonArray one = parseObject(sub.out).value(QStringLiteral("tree")).toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).toObject().value(QStringLiteral("cidr")).toString(), QStringLiteral("10.0.255.0/24"));

    const Run human = ipam(QStringLiteral("tree 10.0.0.0/16"));
    QVERIFY2(human.code == 0, qPrintable(describe(human)));
    QVERIFY2(human.out.startsWith(QLatin1String("10.0.0.0/16  subdivided  T-SITE  VLAN 100")),
             qPrintable(human.out));
    QVERIFY2(
        human.out.contains(QLatin1String("10.0.254.0/29  allocated  T-SITE (inherited)  VLAN 100  cust-1")),
        qPrintable(human.out));
    QVERIFY2(human.out.contains(QLatin1String("10.0.255.0/24  unallocated  parked")), qPrintable(human.out));
}

void TstCliIpam::treeHumanIsBounded()
{
    // A pool with 512 children: the human tree shows 32 and says how many more there are.
    QVERIFY2(ipam(QStringLiteral("add-subnet 10.8.0.0/16 --location T-SITE")).code == 0, "add");
    {
        QSqlDatabase conn = m_db->connection();
        SubnetAllocator allocator(conn);
        auto split = allocator.split(*Cidr::parse(QStringLiteral("10.8.0.0/16")), 25);
        QVERIFY2(split.ok(), qPrintable(split ? QString() : split.error().fullText()));
        QCOMPARE(split->size(), 512);
    }
    const Run r = ipam(QStringLiteral("tree 10.8.0.0/16"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1 + 32 + 1);
    QVERIFY(lines.at(1).startsWith(QLatin1String("  10.8.0.0/25  unallocated")));
    QVERIFY2(lines.last().contains(QStringLiteral("… 480 more child subnet")), qPrintable(lines.last()));
}

void TstCliIpam::treeJsonIsBounded()
{
    const Run r = ipam(QStringLiteral("tree 10.8.0.0/16 --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject root = parseObject(r.out).value(QStringLiteral("tree")).toArray().at(0).toObject();
    QCOMPARE(root.value(QStringLiteral("child_count")).toInt(), 512);
    QCOMPARE(root.value(QStringLiteral("children")).toArray().size(), 256);
    QCOMPARE(root.value(QStringLiteral("children_omitted")).toInt(), 256);
    QCOMPARE(
        root.value(QStringLiteral("children")).toArray().at(255).toObject().value(QStringLiteral("cidr")),
        QJsonValue(QStringLiteral("10.8.127.128/25")));
}

void TstCliIpam::freeBlocks()
{
    const Run r = ipam(QStringLiteral("free 10.8.0.0/16 --prefix 24 --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(QStringLiteral("within")).toString(), QStringLiteral("10.8.0.0/16"));
    QCOMPARE(o.value(QStringLiteral("prefix")).toInt(), 24);
    QVERIFY(o.value(QStringLiteral("count")).isDouble());
    QCOMPARE(o.value(QStringLiteral("count")).toInteger(), 256);
    QCOMPARE(o.value(QStringLiteral("blocks")).toArray().size(), 256);
    QCOMPARE(o.value(QStringLiteral("blocks")).toArray().at(1).toString(), QStringLiteral("10.8.1.0/24"));
    QCOMPARE(o.value(QStringLiteral("blocks_omitted")).toInteger(), 0);

    const Run human = ipam(QStringLiteral("free 10.0.0.0/16 --prefix 29"));
    QVERIFY2(human.code == 0, qPrintable(describe(human)));
    // 8,192 /29s in the /16, less the two allocated, the /28 holding addresses and the 32 parked.
    QVERIFY2(human.out.startsWith(QLatin1String("8156 free /29 block")), qPrintable(human.out));
    QVERIFY2(human.out.contains(QLatin1String(" in 10.0.0.0/16:\n  10.0.0.0/29\n")), qPrintable(human.out));
    QVERIFY2(human.out.contains(QStringLiteral("… 7900 more")), qPrintable(human.out));
}

void TstCliIpam::freeBlocksIpv6CountsAsStrings()
{
    const Run r = ipam(QStringLiteral("free 2001:db8::/48 --prefix 120 --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject o = parseObject(r.out);
    // 2^72 /120s less the 2^56 of the allocated /64.
    QVERIFY(o.value(QStringLiteral("count")).isString());
    QCOMPARE(o.value(QStringLiteral("count")).toString(), QStringLiteral("4722294425275607285760"));
    QCOMPARE(o.value(QStringLiteral("blocks")).toArray().size(), 256);
    QVERIFY(o.value(QStringLiteral("blocks_omitted")).isString());
    QCOMPARE(o.value(QStringLiteral("blocks")).toArray().at(0).toString(),
             QStringLiteral("2001:db8:0:1::/120"));
}

void TstCliIpam::release()
{
    const QString address =
        text(QStringLiteral("SELECT host(address) FROM ip_addresses ORDER BY address LIMIT 1"));
    QVERIFY(!address.isEmpty());
    const Run ip = ipam(QStringLiteral("release ") + address);
    QVERIFY2(ip.code == 0, qPrintable(describe(ip)));
    QCOMPARE(ip.out.trimmed(), QStringLiteral("Released %1.").arg(address));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE host(address) = '%1'").arg(address)),
        qint64(0));

    const Run subnet = ipam(QStringLiteral("release 10.0.254.8/29"));
    QVERIFY2(subnet.code == 0, qPrintable(describe(subnet)));
    QCOMPARE(text(QStringLiteral("SELECT allocation_status FROM subnets WHERE cidr = '10.0.254.8/29'")),
             QStringLiteral("unallocated"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_release_subnet' "
                              "AND success")),
        qint64(1));
}

void TstCliIpam::badInput_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("failureLogged"); ///< a failed allocation attempt, logged by design

    // Values the database never sees.
    QTest::newRow("host bits") << "add-subnet 10.0.0.1/8" << 1 << "host bits set; the network is 10.0.0.0/8"
                               << false;
    QTest::newRow("/0") << "add-subnet 0.0.0.0/0" << 1 << "/0 is outside the IPv4 range" << false;
    QTest::newRow("/129") << "add-subnet 2001:db8::/129" << 1 << "/129" << false;
    QTest::newRow("allocate /0") << "allocate --family 4 --prefix 0" << 1 << "/0 is outside the IPv4 range"
                                 << false;
    QTest::newRow("allocate /129") << "allocate --family 6 --prefix 129" << 1
                                   << "/129 is outside the IPv6 range" << false;
    QTest::newRow("allocate /33") << "allocate --family 4 --prefix 33" << 1 << "/33" << false;
    QTest::newRow("v6 pool for v4") << "allocate --family 4 --prefix 29 --pool 2001:db8::/48" << 1
                                    << "2001:db8::/48 is an IPv6 network, but an IPv4 one is needed" << false;
    QTest::newRow("v4 pool for v6") << "allocate --family 6 --prefix 64 --pool 10.0.0.0/16" << 1
                                    << "10.0.0.0/16 is an IPv4 network, but an IPv6 one is needed" << false;
    QTest::newRow("free /64 in v4") << "free 10.0.0.0/16 --prefix 64" << 1 << "/64 blocks cannot lie inside"
                                    << false;
    QTest::newRow("free larger") << "free 10.0.0.0/16 --prefix 8" << 1 << "/8 blocks cannot lie inside"
                                 << false;
    QTest::newRow("vlan range") << "add-subnet 10.9.0.0/16 --vlan 5000" << 1 << "VLAN 5000" << false;
    QTest::newRow("garbage") << "release 10.0.0.300" << 1 << "\"10.0.0.300\" is not an IPv4 or IPv6" << false;
    QTest::newRow("leading zero") << "add-subnet 010.1.1.0/24" << 1 << "the octet 010 with a leading zero"
                                  << false;
    QTest::newRow("leading zero (release)") << "release 10.0.0.07" << 1 << "07" << false;
    QTest::newRow("ipv4-mapped pool") << "add-subnet ::ffff:10.0.0.0/104" << 1 << "IPv4-mapped" << false;
    QTest::newRow("around ipv4-mapped") << "add-subnet ::/32" << 1 << "IPv4-mapped" << false;
    QTest::newRow("v6 larger than a registry's") << "add-subnet 2000::/8" << 1 << "/12 to /128" << false;

    // Names and rules the database checks.
    QTest::newRow("unknown location") << "add-subnet 10.9.0.0/16 --location NOWHERE" << 1
                                      << "no location with the code \"NOWHERE\"" << false;
    QTest::newRow("unknown location (allocate)")
        << "allocate --family 4 --prefix 29 --location NOWHERE" << 1 << "NOWHERE" << false;
    QTest::newRow("unknown vlan") << "add-subnet 10.9.0.0/16 --location T-SITE --vlan 777" << 1
                                  << "no VLAN 777 at T-SITE" << false;
    QTest::newRow("vlan of a room only")
        << "add-subnet 10.9.0.0/16 --location T-SITE --vlan 102" << 1 << "no VLAN 102 at T-SITE" << false;
    QTest::newRow("vlan without location")
        << "add-subnet 10.9.0.0/16 --vlan 100" << 1 << "needs a location" << false;
    QTest::newRow("unknown vlan (allocate)")
        << "allocate --family 4 --prefix 29 --vlan 777" << 1 << "no VLAN 777 in any location" << false;
    QTest::newRow("unknown customer") << "allocate --family 4 --prefix 29 --customer cust-none" << 1
                                      << "no customer with the id or code \"cust-none\"" << false;
    QTest::newRow("unknown pool") << "allocate --family 4 --prefix 29 --pool 10.77.0.0/16" << 1
                                  << "The pool 10.77.0.0/16 does not exist" << false;
    QTest::newRow("exists") << "add-subnet 10.0.0.0/16" << 1 << "The subnet 10.0.0.0/16 already exists"
                            << false;
    QTest::newRow("inside allocated") << "add-subnet 10.0.254.0/30" << 1 << "which is allocated" << false;
    QTest::newRow("release unallocated") << "release 10.0.255.0/24" << 1 << "not allocated" << false;
    QTest::newRow("release nothing") << "release 10.200.0.1" << 1 << "Nothing to release: 10.200.0.1"
                                     << false;
    QTest::newRow("tree unknown") << "tree 10.77.0.0/16" << 1 << "There is no subnet 10.77.0.0/16" << false;
    QTest::newRow("free unknown") << "free 10.77.0.0/16 --prefix 24" << 1 << "There is no subnet 10.77.0.0/16"
                                  << false;
    QTest::newRow("no space at location")
        << "allocate --family 4 --prefix 8 --location T-ROOM" << 1 << "/8" << true;

    // Usage errors.
    QTest::newRow("no subcommand") << "" << 2 << "\"ipam\" needs a subcommand" << false;
    QTest::newRow("unknown subcommand")
        << "split 10.0.0.0/16" << 2 << "Unknown command \"ipam split\"" << false;
    QTest::newRow("no family") << "allocate --prefix 29" << 2 << "needs --family 4 or --family 6" << false;
    QTest::newRow("family 5") << "allocate --family 5 --prefix 29" << 2 << "--family must be 4 or 6" << false;
    QTest::newRow("neither") << "allocate --family 4" << 2 << "either --prefix N (a subnet) or --ips K"
                             << false;
    QTest::newRow("both") << "allocate --family 4 --prefix 29 --ips 2" << 2 << "not both" << false;
    QTest::newRow("ips zero") << "allocate --family 4 --ips 0" << 2 << "--ips needs a number" << false;
    QTest::newRow("prefix text") << "allocate --family 4 --prefix big" << 2
                                 << "--prefix needs a prefix length" << false;
    QTest::newRow("free without prefix") << "free 10.0.0.0/16" << 2 << "needs --prefix N" << false;
    QTest::newRow("release without argument") << "release" << 2 << "needs more arguments" << false;
    QTest::newRow("tree two arguments")
        << "tree 10.0.0.0/16 10.8.0.0/16" << 2 << "Unexpected argument" << false;
    QTest::newRow("option not for release")
        << "release 10.0.0.0/29 --json" << 2 << "--json does not apply to \"ipam release\"" << false;
    QTest::newRow("option not for add-subnet")
        << "add-subnet 10.9.0.0/16 --prefix 24" << 2 << "--prefix does not apply" << false;
    QTest::newRow("vlan text") << "add-subnet 10.9.0.0/16 --vlan mgmt" << 2 << "--vlan needs a VLAN ID"
                               << false;
}

void TstCliIpam::badInput()
{
    QFETCH(QString, line);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(bool, failureLogged);
    const Counts before = counts();
    const Run r = ipam(line);
    QVERIFY2(r.code == code, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    if (code == 2)
        QVERIFY2(r.err.contains(QLatin1String("Usage: hostdeck")), qPrintable(r.err));
    Counts after = counts();
    if (failureLogged) {
        QCOMPARE(after.failures, before.failures + 1);
        QCOMPARE(after.logs, before.logs + 1);
        QVERIFY(
            text(QStringLiteral("SELECT detail ->> 'error' FROM provisioning_logs ORDER BY id DESC LIMIT 1"))
                .contains(message));
        after.failures = before.failures;
        after.logs = before.logs;
    }
    QVERIFY2(after == before, qPrintable(line));
}

void TstCliIpam::fullAndParkedPools()
{
    QVERIFY(ipam(QStringLiteral("add-subnet 10.50.0.0/29 --location T-SITE")).code == 0);
    QVERIFY(ipam(QStringLiteral("add-subnet 10.60.0.0/24 --location T-SITE --unavailable")).code == 0);
    QVERIFY(ipam(QStringLiteral("allocate --family 4 --prefix 29 --pool 10.50.0.0/29")).code == 0);

    // A full pool, a parked pool (subnets and addresses), a pool closed to automatic allocation.
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("allocate --family 4 --prefix 29 --pool 10.50.0.0/29"),
         QStringLiteral("No free /29 is left in the IPv4 pools (pool 10.50.0.0/29)")},
        {QStringLiteral("allocate --family 4 --prefix 28 --pool 10.60.0.0/24"),
         QStringLiteral("No free /28 is left in the IPv4 pools (pool 10.60.0.0/24)")},
        {QStringLiteral("allocate --family 4 --ips 1 --pool 10.60.0.0/24"),
         QStringLiteral("Only 0 of 1 IPv4 addresses could be found in the pools (pool 10.60.0.0/24)")},
        {QStringLiteral("allocate --family 4 --prefix 24 --pool 192.0.2.0/24"),
         QStringLiteral("No free /24 is left in the IPv4 pools (pool 192.0.2.0/24)")}};
    for (const auto &[line, message] : cases) {
        const Counts before = counts();
        const Run r = ipam(line);
        QVERIFY2(r.code == 1, qPrintable(line + u'\n' + describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        const Counts after = counts();
        QCOMPARE(after.subnets, before.subnets);
        QCOMPARE(after.addresses, before.addresses);
        QCOMPARE(after.fingerprint, before.fingerprint);
        QCOMPARE(after.failures, before.failures + 1);
        QCOMPARE(after.logs, before.logs + 1);
    }
}

// An LIR's /29 is one pool; /120 and /127 subnets and allocations keep the tree readable.
void TstCliIpam::longIpv6PrefixesAndLirPools()
{
    Run r = ipam(QStringLiteral("add-subnet 2a0e:8f00::/29"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("2a0e:8f00::/29")), qPrintable(r.out));
    r = ipam(QStringLiteral("add-subnet 2a0e:8f00:3::/120"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = ipam(QStringLiteral("allocate --family 6 --prefix 127 --pool 2a0e:8f00::/29"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = ipam(QStringLiteral("tree --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
    r = ipam(QStringLiteral("tree"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(QLatin1String("2a0e:8f00::/29")));
}

// Holes punched before the database checked tiling (simulated with the check switched off) are
// filled with the fewest aligned free subnets; a second run finds none.
void TstCliIpam::repairFillsHoles()
{
    QVERIFY2(ipam(QStringLiteral("add-subnet 198.18.0.0/16")).code == 0, "add");
    QVERIFY2(ipam(QStringLiteral("allocate --family 4 --prefix 24 --pool 198.18.0.0/16")).code == 0,
             "allocate");
    QVERIFY2(m_db->superExec(
                 QStringLiteral("ALTER TABLE subnets DISABLE TRIGGER subnets_children_tile_parent;"
                                "DELETE FROM subnets WHERE cidr IN ('198.18.128.0/17', '198.18.2.0/23');"
                                "ALTER TABLE subnets ENABLE TRIGGER subnets_children_tile_parent;")),
             qPrintable(m_db->error()));
    Run r = ipam(QStringLiteral("repair --json"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonArray filled = parseObject(r.out).value(QLatin1String("filled")).toArray();
    QStringList texts;
    for (const QJsonValue &v : filled)
        texts << v.toString();
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("198.18.128.0/17"), QStringLiteral("198.18.2.0/23")}));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_repair'")), 2);
    r = ipam(QStringLiteral("repair"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("no holes")), qPrintable(r.out));
    // The repaired space is free again.
    r = ipam(QStringLiteral("allocate --family 4 --prefix 17 --pool 198.18.0.0/16"));
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("198.18.128.0/17")), qPrintable(describe(r)));

    // A block around the existing pool, added afterwards, adopts it (import order does not matter).
    r = ipam(QStringLiteral("add-subnet 198.16.0.0/12"));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM subnets c JOIN subnets p ON p.id = c.parent_id WHERE "
                              "p.cidr = '198.16.0.0/12' AND c.cidr = '198.18.0.0/16'")),
        1);
}

QTEST_GUILESS_MAIN(TstCliIpam)
#include "tst_cliipam.moc"
