// SPDX-License-Identifier: GPL-3.0-or-later
// IpamRepository: roots and paged children with effective (inherited) values,
// utilisation in addresses (IPv4) and /64s (IPv6), free blocks of a size
// (inside free leaves and made of free fragments), addresses and the
// provisioning log.
#include "core/database.h"
#include "ipam/ipamrepository.h"
#include "ipam/subnetallocator.h"
#include "testdatabase.h"

#include <QtTest>

#include <cmath>

using namespace hostdeck;

namespace {
Cidr C(const char *text)
{
    return Cidr::parse(QString::fromLatin1(text)).value();
}

QStringList texts(const QList<Cidr> &cidrs)
{
    QStringList out;
    for (const Cidr &c : cidrs)
        out << c.toString();
    return out;
}
} // namespace

class TstIpamRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rootsAndChildren();
    void utilisation();
    void freeBlocks();
    void freeBlocksRefusesBadPrefix();
    void addressesAndLog();
    void everyPrefixLength_data();
    void everyPrefixLength();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    QSqlDatabase m_conn;
};

void TstIpamRepository::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("ipamrepository"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY2(m_db->superExec(
                 QStringLiteral("INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-FRA', "
                                "'Frankfurt'), ('site', 'EU-AMS', 'Amsterdam');"
                                "INSERT INTO customers (code, name) VALUES ('cust-7421', 'Customer 7421');"
                                "INSERT INTO vlans (location_id, vid, name) SELECT id, 102, 'public' FROM "
                                "locations WHERE code = 'EU-FRA';")),
             qPrintable(m_db->error()));
    m_conn = m_db->connection();
    SubnetAllocator a(m_conn);
    NewSubnet v4;
    v4.cidr = C("203.0.113.0/24");
    auto q = db::exec(m_conn, QStringLiteral("SELECT id FROM locations WHERE code = 'EU-FRA'"));
    QVERIFY(q && q->next());
    v4.locationId = q->value(0).toLongLong();
    QVERIFY(a.addSubnet(v4).ok());
    NewSubnet v6;
    v6.cidr = C("2001:db8:1::/48");
    v6.locationId = v4.locationId;
    QVERIFY(a.addSubnet(v6).ok());
    QVERIFY(db::exec(m_conn,
                     QStringLiteral(
                         "UPDATE subnets SET vlan_id = (SELECT id FROM vlans) WHERE cidr = '203.0.113.0/24'"))
                .ok());
}

void TstIpamRepository::rootsAndChildren()
{
    SubnetAllocator a(m_conn);
    IpamRepository repo(m_conn);
    QVERIFY(a.split(C("203.0.113.0/24"), 26).ok());
    auto customer = db::exec(m_conn, QStringLiteral("SELECT id FROM customers WHERE code = 'cust-7421'"));
    QVERIFY(customer && customer->next());
    QVERIFY(a.assignCustomer(C("203.0.113.0/26"), customer->value(0).toLongLong()).ok());
    auto roots = repo.roots();
    QVERIFY(roots.ok());
    QCOMPARE(roots->size(), 2);
    QCOMPARE(roots->at(0).node.cidr.toString(), QStringLiteral("203.0.113.0/24"));
    QCOMPARE(roots->at(0).childCount, 4);
    QCOMPARE(roots->at(0).effectiveLocationCode, QStringLiteral("EU-FRA"));
    QVERIFY(!roots->at(0).locationInherited);
    auto v6 = repo.roots(6);
    QVERIFY(v6.ok());
    QCOMPARE(v6->size(), 1);

    auto page = repo.children(roots->at(0).node.id, 1, 2);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).node.cidr.toString(), QStringLiteral("203.0.113.64/26"));
    QCOMPARE(page->at(1).node.cidr.toString(), QStringLiteral("203.0.113.128/26"));
    // Children inherit location and VLAN.
    QCOMPARE(page->at(0).effectiveLocationCode, QStringLiteral("EU-FRA"));
    QVERIFY(page->at(0).locationInherited);
    QCOMPARE(page->at(0).vlanVid, 102);

    auto one = repo.subnet(C("203.0.113.0/26"));
    QVERIFY(one.ok());
    QCOMPARE(one->node.status, QStringLiteral("allocated"));
    QCOMPARE(one->customerCode, QStringLiteral("cust-7421"));
    QVERIFY(a.setUnavailable(C("203.0.113.0/24"), true).ok());
    auto parked = repo.subnet(C("203.0.113.192/26"));
    QVERIFY(parked.ok());
    QVERIFY(parked->effectiveUnavailable);
    QVERIFY(!parked->node.isUnavailable);
    QVERIFY(a.setUnavailable(C("203.0.113.0/24"), false).ok());
    auto missing = repo.subnet(C("198.51.100.0/24"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("198.51.100.0/24")));
}

void TstIpamRepository::utilisation()
{
    SubnetAllocator a(m_conn);
    IpamRepository repo(m_conn);
    // One /26 of four is allocated; one address row in a free /26 counts one address.
    AddressRequest r;
    r.filter.family = 4;
    r.filter.pools = {C("203.0.113.128/26")};
    QVERIFY(a.allocateAddresses(r).ok());
    auto root = repo.subnet(C("203.0.113.0/24"));
    QVERIFY(root.ok());
    QCOMPARE(root->utilisation, 65.0 / 256.0);
    QCOMPARE(root->addressCount, 1);
    // IPv6 counts /64s: two /64 of 65,536 in the /48.
    SubnetRequest s;
    s.filter.family = 6;
    s.prefixLength = 64;
    QVERIFY(a.allocateSubnet(s).ok());
    QVERIFY(a.allocateSubnet(s).ok());
    auto v6 = repo.subnet(C("2001:db8:1::/48"));
    QVERIFY(v6.ok());
    QCOMPARE(v6->utilisation, 2.0 / 65536.0);
    auto half = repo.subnet(C("2001:db8:1::/63"));
    QVERIFY(half.ok());
    QCOMPARE(half->utilisation, 1.0);
}

void TstIpamRepository::freeBlocks()
{
    IpamRepository repo(m_conn);
    // 203.0.113.0/24: .0/26 allocated, .128/26 holds an address, .64/26 and .192/26 free.
    auto f = repo.freeBlocks(C("203.0.113.0/24"), 28, 5);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
    QCOMPARE(Cidr::toDecimal(f->count), QStringLiteral("8"));
    QCOMPARE(texts(f->blocks),
             (QStringList{QStringLiteral("203.0.113.64/28"), QStringLiteral("203.0.113.80/28"),
                          QStringLiteral("203.0.113.96/28"), QStringLiteral("203.0.113.112/28"),
                          QStringLiteral("203.0.113.192/28")}));
    // A /25 can only come from merging fragments: none here (.0/26 is allocated, .128/26 in use).
    auto none = repo.freeBlocks(C("203.0.113.0/24"), 25);
    QVERIFY(none.ok());
    QCOMPARE(Cidr::toDecimal(none->count), QStringLiteral("0"));
    // Fragments that merge count as free blocks of the larger size.
    SubnetAllocator a(m_conn);
    QVERIFY(a.split(C("203.0.113.64/26"), 28).ok());
    auto merged = repo.freeBlocks(C("203.0.113.0/24"), 26);
    QVERIFY(merged.ok());
    QCOMPARE(texts(merged->blocks),
             (QStringList{QStringLiteral("203.0.113.64/26"), QStringLiteral("203.0.113.192/26")}));
    // 128-bit counts: the free /64s of the /48 (two are allocated).
    auto v6 = repo.freeBlocks(C("2001:db8:1::/48"), 64, 3);
    QVERIFY(v6.ok());
    QCOMPARE(Cidr::toDecimal(v6->count), QStringLiteral("65534"));
    QCOMPARE(v6->blocks.first().toString(), QStringLiteral("2001:db8:1:2::/64"));
    auto hosts = repo.freeBlocks(C("2001:db8:1::/48"), 128, 1);
    QVERIFY(hosts.ok());
    QCOMPARE(Cidr::toDecimal(hosts->count), QStringLiteral("1208888926126481755602944")); // (2^16 - 2) * 2^64
    // Inside a free leaf: the blocks of a smaller area.
    auto inside = repo.freeBlocks(C("2001:db8:1:8000::/56"), 64, 2);
    QVERIFY(inside.ok());
    QCOMPARE(Cidr::toDecimal(inside->count), QStringLiteral("256"));
    QCOMPARE(texts(inside->blocks),
             (QStringList{QStringLiteral("2001:db8:1:8000::/64"), QStringLiteral("2001:db8:1:8001::/64")}));
}

void TstIpamRepository::freeBlocksRefusesBadPrefix()
{
    IpamRepository repo(m_conn);
    auto larger = repo.freeBlocks(C("203.0.113.0/24"), 16);
    QVERIFY(!larger.ok());
    QVERIFY2(larger.error().message.contains(QStringLiteral("/24 to /32")),
             qPrintable(larger.error().message));
    auto past = repo.freeBlocks(C("203.0.113.0/24"), 33);
    QVERIFY(!past.ok());
}

void TstIpamRepository::addressesAndLog()
{
    IpamRepository repo(m_conn);
    auto rows = repo.addresses(C("203.0.113.0/24"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().address.addressString(), QStringLiteral("203.0.113.130"));
    QCOMPARE(rows->first().purpose, QStringLiteral("primary"));
    QCOMPARE(rows->first().vlanVid, 102);
    auto log = repo.provisioningLog(500);
    QVERIFY(log.ok());
    QVERIFY(!log->isEmpty());
    QCOMPARE(log->first().event, QStringLiteral("ipam_subnet_split")); // the newest: the split of .64/26
    QCOMPARE(log->first().detail.value(QStringLiteral("source")).toString(),
             QStringLiteral("203.0.113.64/26"));
    QCOMPARE(log->first().actor, QStringLiteral("hostdeck_test_admin"));
    int allocations = 0;
    for (const auto &row : *log)
        allocations += row.event == QLatin1String("ipam_allocate_ip") ? 1 : 0;
    QCOMPARE(allocations, 1);
    auto none = repo.provisioningLog(10, 424242);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TstIpamRepository::everyPrefixLength_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("length");
    for (int length = 0; length <= 32; ++length)
        QTest::addRow("v4 /%d", length) << 4 << length;
    for (int length = 0; length <= 128; ++length)
        QTest::addRow("v6 /%d", length) << 6 << length;
}

// Every query over a pool of every prefix length: the row, the roots, the children and the free
// blocks answer, and the utilisation of one allocated host-sized block is exact (2^-hostbits).
// Lengths HostDeck does not manage are refused with a sentence and write nothing.
void TstIpamRepository::everyPrefixLength()
{
    QFETCH(int, family);
    QFETCH(int, length);
    const int max = family == 4 ? 32 : 128;
    const Cidr pool = C(family == 4 ? "100.0.0.0/32" : "2a00::/128").supernet(length);
    QVERIFY(pool.isValid());
    SubnetAllocator a(m_conn);
    IpamRepository repo(m_conn);
    NewSubnet n;
    n.cidr = pool;
    if (!Cidr::checkManagedPrefix(family, length)) {
        auto refused = a.addSubnet(n);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("/%1").arg(length)),
                 qPrintable(refused.error().message));
        QVERIFY(!repo.subnet(pool));
        return;
    }
    // The previous lengths' pools overlap this one: empty the largest managed block around it,
    // leaves first (a parent cannot go before its children), bounded by the tree's depth.
    int floor = 0;
    while (!Cidr::checkManagedPrefix(family, floor))
        ++floor;
    const Cidr range = pool.supernet(floor);
    // In one transaction: between the statements a parent has lost children (the tree must tile at commit).
    QVERIFY(m_conn.transaction());
    for (int depth = 0; depth <= 129; ++depth) {
        auto cleared =
            db::exec(m_conn,
                     QStringLiteral("DELETE FROM subnets s WHERE s.cidr && CAST(:c AS cidr) AND NOT "
                                    "EXISTS (SELECT 1 FROM subnets k WHERE k.parent_id = s.id)"),
                     {{QStringLiteral("c"), range.toString()}});
        QVERIFY2(cleared, qPrintable(cleared ? QString() : cleared.error().fullText()));
        if (cleared->numRowsAffected() == 0)
            break;
    }
    QVERIFY(m_conn.commit());
    auto added = a.addSubnet(n);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().fullText()));
    auto row = repo.subnet(pool);
    QVERIFY2(row, qPrintable(row ? QString() : row.error().fullText()));
    QCOMPARE(row->utilisation, 0.0);

    SubnetRequest r;
    r.filter.family = family;
    r.filter.pools = {pool};
    r.prefixLength = max;
    auto host = a.allocateSubnet(r);
    QVERIFY2(host, qPrintable(host ? QString() : host.error().fullText()));
    row = repo.subnet(pool);
    QVERIFY2(row, qPrintable(row ? QString() : row.error().fullText()));
    QCOMPARE(row->utilisation, std::ldexp(1.0, length - max));
    auto roots = repo.roots(family);
    QVERIFY2(roots, qPrintable(roots ? QString() : roots.error().fullText()));
    auto children = repo.children(row->node.id);
    QVERIFY2(children, qPrintable(children ? QString() : children.error().fullText()));
    QCOMPARE(children->size(), length == max ? 0 : 2);
    for (const SubnetRow &child : std::as_const(*children))
        QVERIFY(child.utilisation >= 0.0 && child.utilisation <= 1.0);
    auto free = repo.freeBlocks(pool, max);
    QVERIFY2(free, qPrintable(free ? QString() : free.error().fullText()));
    QVERIFY(free->count == pool.size() - 1);
    auto leaf = repo.subnet(host->cidr);
    QVERIFY(leaf);
    QCOMPARE(leaf->utilisation, 1.0);
}

QTEST_GUILESS_MAIN(TstIpamRepository)
#include "tst_ipamrepository.moc"
