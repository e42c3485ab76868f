// SPDX-License-Identifier: GPL-3.0-or-later
// SubnetAllocator against a real PostgreSQL: the exact / merge / split
// strategy, the filters it honours, address allocation, the provisioning log
// (and its rollback), manual operations, a randomised property test of the
// tree invariants, and eight concurrent allocators.
#include "core/changelistener.h"
#include "core/database.h"
#include "core/workerpool.h"
#include "ipam/subnetallocator.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <map>
#include <set>

using namespace hostdeck;

namespace {
Cidr C(const char *text)
{
    return Cidr::parse(QString::fromLatin1(text)).value();
}

QString S(const char *text)
{
    return QString::fromLatin1(text);
}

QString errorText(const Error &e)
{
    return e.message;
}
} // namespace

class TstSubnetAllocator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void exactFit();
    void mergeFreeSiblings();
    void mergeIntoParent();
    void splitBestFit();
    void skipsParkedNonAutoAndWrongLocation();
    void vlanAndPoolFilters();
    void ipv6Pool();
    void deviceLocationSelectsPool();
    void addressesSkipNetworkBroadcastGateway();
    void randomAddresses();
    void fullPoolFailsCleanly();
    void logsRollBackWithTransaction();
    void releaseAndManualOperations();
    void addSubnetCarvesTheTree();
    void coveringBlockAdoptsRoots();
    void badInputWritesNothing();
    void fulfilWipeAndCancel();
    void fulfilmentIsAllOrNothing();
    void changesAreAnnounced();
    void propertyRandomOperations();
    void eightConcurrentAllocators();
    void allocatorsLockOnlyWhatTheyCarve();
    void busyPoolIsWaitedForNotReportedFull();
    void mergeThatLosesItsBlockLooksAgain();
    void addressesFromALeafSplitMeanwhile();
    void allocationFunctionsGuardThemselves();
    void editFunctionsGuardThemselves();

private:
    SubnetAllocator allocator() { return SubnetAllocator(m_conn); }
    qint64 scalar(const QString &sql);
    qint64 logs(const QString &event, bool success = true);
    qint64 locationId(const QString &code);
    void addPool(const char *cidr, const QString &location = {}, bool unavailable = false,
                 bool autoAllocatable = true);
    SubnetRequest request(int family, int prefix, const QString &location = {});
    QString status(const char *cidr);
    /// True once a backend of this database waits for a lock while `work` is still running
    /// (polled for at most 5 s).
    template <typename T> bool waitsForALock(const QFuture<T> &work);
    /// Snapshot of everything an operation could write.
    QString snapshot();

    std::unique_ptr<test::TestDatabase> m_db;
    QSqlDatabase m_conn;
    qint64 m_customer = 0;
    qint64 m_device = 0;
};

void TstSubnetAllocator::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("subnetallocator"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY2(m_db->superExec(QStringLiteral(
                 "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-FRA', 'Frankfurt'), ('site', "
                 "'EU-AMS', 'Amsterdam');"
                 "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-FRA-R1', 'Room "
                 "1' FROM locations WHERE code = 'EU-FRA';"
                 "INSERT INTO racks (location_id, name) SELECT id, 'FRA-R1-01' FROM locations WHERE code = "
                 "'EU-FRA-R1';"
                 "INSERT INTO device_types (manufacturer, model, u_height) VALUES ('Dell', 'R650', 1);"
                 "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, 'srv-1', "
                 "r.id, 10, 10 "
                 "  FROM device_types t, racks r;"
                 "INSERT INTO customers (code, name) VALUES ('cust-7421', 'Customer 7421');"
                 "INSERT INTO vlans (location_id, vid, name) SELECT id, 102, 'public' FROM locations WHERE "
                 "code = 'EU-FRA';"
                 "INSERT INTO vlans (location_id, vid, name, enabled) SELECT id, 103, 'old', true FROM "
                 "locations WHERE code = 'EU-FRA';")),
             qPrintable(m_db->error()));
    m_conn = m_db->connection();
    QVERIFY(m_conn.isOpen());
    m_customer = scalar(QStringLiteral("SELECT id FROM customers"));
    m_device = scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'srv-1'"));
}

void TstSubnetAllocator::init()
{
    QVERIFY2(m_db->superExec(
                 QStringLiteral("TRUNCATE provisioning_logs; DELETE FROM ip_addresses; DELETE FROM subnets;"
                                "DELETE FROM services; DELETE FROM products;")),
             qPrintable(m_db->error()));
}

qint64 TstSubnetAllocator::scalar(const QString &sql)
{
    auto q = db::exec(m_conn, sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TstSubnetAllocator::logs(const QString &event, bool success)
{
    auto q = db::exec(
        m_conn, QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE event = :e AND success = :s"),
        {{S("e"), event}, {S("s"), success}});
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TstSubnetAllocator::locationId(const QString &code)
{
    auto q = db::exec(m_conn, QStringLiteral("SELECT id FROM locations WHERE code = :c"), {{S("c"), code}});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TstSubnetAllocator::addPool(const char *cidr, const QString &location, bool unavailable,
                                 bool autoAllocatable)
{
    NewSubnet s;
    s.cidr = C(cidr);
    if (!location.isEmpty())
        s.locationId = locationId(location);
    s.unavailable = unavailable;
    s.autoAllocatable = autoAllocatable;
    auto added = allocator().addSubnet(s);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
}

SubnetRequest TstSubnetAllocator::request(int family, int prefix, const QString &location)
{
    SubnetRequest r;
    r.filter.family = family;
    r.prefixLength = prefix;
    if (!location.isEmpty())
        r.filter.locationId = locationId(location);
    return r;
}

QString TstSubnetAllocator::status(const char *cidr)
{
    auto q = db::exec(m_conn,
                      QStringLiteral("SELECT allocation_status FROM subnets WHERE cidr = CAST(:c AS cidr)"),
                      {{S("c"), QString::fromLatin1(cidr)}});
    return q && q->next() ? q->value(0).toString() : QStringLiteral("(none)");
}

template <typename T> bool TstSubnetAllocator::waitsForALock(const QFuture<T> &work)
{
    for (int i = 0; i < 200 && !work.isFinished(); ++i) {
        if (scalar(S("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     " AND wait_event_type = 'Lock'")) > 0)
            return !work.isFinished();
        QTest::qSleep(25);
    }
    return false;
}

QString TstSubnetAllocator::snapshot()
{
    auto q = db::exec(
        m_conn,
        QStringLiteral("SELECT (SELECT string_agg(cidr::text || allocation_status || is_unavailable || "
                       "coalesce(customer_id, 0), ',' "
                       "ORDER BY cidr) FROM subnets) || '|' || (SELECT count(*) FROM ip_addresses) || '|' || "
                       "(SELECT count(*) FROM provisioning_logs WHERE success)"));
    return q && q->next() ? q->value(0).toString() : QString();
}

void TstSubnetAllocator::exactFit()
{
    addPool("10.0.0.0/24", QStringLiteral("EU-FRA"));
    QVERIFY(allocator().split(C("10.0.0.0/24"), 26).ok());
    auto a = allocator().allocateSubnet(request(4, 26));
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    QCOMPARE(a->cidr.toString(), QStringLiteral("10.0.0.0/26"));
    QCOMPARE(a->strategy, AllocationStrategy::ExactFit);
    QVERIFY(a->splits.isEmpty() && a->merges.isEmpty());
    QCOMPARE(a->pool.toString(), QStringLiteral("10.0.0.0/24"));
    QCOMPARE(status("10.0.0.0/26"), QStringLiteral("allocated"));
    QCOMPARE(logs(S("ipam_allocate_subnet")), 1);
    QCOMPARE(logs(S("ipam_subnet_split")), 1); // the manual split only
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_allocate_subnet' "
                 "AND detail->>'pool' = '10.0.0.0/24' AND (detail->>'allocation_id')::bigint = subnet_id "
                 "AND subnet_id = (SELECT id FROM subnets WHERE cidr = '10.0.0.0/26')")),
             1);
    auto b = allocator().allocateSubnet(request(4, 26));
    QVERIFY(b.ok());
    QCOMPARE(b->cidr.toString(), QStringLiteral("10.0.0.64/26"));
}

void TstSubnetAllocator::mergeFreeSiblings()
{
    addPool("10.0.0.0/24");
    QVERIFY(allocator().split(C("10.0.0.0/24"), 28).ok());
    // Take one /28 in the first /26, so the first /26 block cannot be merged.
    auto first = allocator().allocateSubnet(request(4, 28));
    QVERIFY(first.ok());
    QCOMPARE(first->cidr.toString(), QStringLiteral("10.0.0.0/28"));
    auto a = allocator().allocateSubnet(request(4, 26));
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    QCOMPARE(a->strategy, AllocationStrategy::Merge);
    QCOMPARE(a->cidr.toString(), QStringLiteral("10.0.0.64/26"));
    // Four /28s become one /26 in three pairwise merges.
    QCOMPARE(a->merges.size(), 3);
    QCOMPARE(a->merges.constLast().merged.toString(), QStringLiteral("10.0.0.64/26"));
    QCOMPARE(logs(S("ipam_subnet_merge")), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_subnet_merge' "
                                   "AND detail->>'cidr' = '10.0.0.64/26' "
                                   "AND detail->'children' = '[\"10.0.0.64/27\", \"10.0.0.96/27\"]'::jsonb")),
             1);
    QCOMPARE(status("10.0.0.64/26"), QStringLiteral("allocated"));
    QCOMPARE(status("10.0.0.64/28"), QStringLiteral("(none)"));
    // The merged leaf is a direct child of the /24, beside the remaining /28s.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE parent_id = (SELECT id FROM subnets "
                                   "WHERE cidr = '10.0.0.0/24')")),
             16 - 4 + 1);
}

void TstSubnetAllocator::mergeIntoParent()
{
    addPool("10.0.0.0/24");
    QVERIFY(allocator().split(C("10.0.0.0/24"), 25).ok());
    QVERIFY(allocator().split(C("10.0.0.128/25"), 26).ok());
    auto a = allocator().allocateSubnet(request(4, 24));
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    QCOMPARE(a->strategy, AllocationStrategy::Merge);
    QCOMPARE(a->cidr.toString(), QStringLiteral("10.0.0.0/24"));
    QCOMPARE(a->merges.size(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets")), 1);
    QCOMPARE(status("10.0.0.0/24"), QStringLiteral("allocated"));
}

void TstSubnetAllocator::splitBestFit()
{
    addPool("10.0.0.0/16");
    addPool("10.1.0.0/23");
    auto a = allocator().allocateSubnet(request(4, 24));
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    // The /23 is the smallest free block that fits: the /16 stays whole.
    QCOMPARE(a->cidr.toString(), QStringLiteral("10.1.0.0/24"));
    QCOMPARE(a->strategy, AllocationStrategy::Split);
    QCOMPARE(a->splits.size(), 1);
    QCOMPARE(status("10.0.0.0/16"), QStringLiteral("unallocated"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_subnet_split' "
                                   "AND detail->>'source' = '10.1.0.0/23' "
                                   "AND detail->'children' = '[\"10.1.0.0/24\", \"10.1.1.0/24\"]'::jsonb")),
             1);
    auto b = allocator().allocateSubnet(request(4, 24));
    QVERIFY(b.ok());
    QCOMPARE(b->cidr.toString(), QStringLiteral("10.1.1.0/24"));
    QCOMPARE(b->strategy, AllocationStrategy::ExactFit);
    auto c = allocator().allocateSubnet(request(4, 24));
    QVERIFY(c.ok());
    QCOMPARE(c->cidr.toString(), QStringLiteral("10.0.0.0/24"));
    QCOMPARE(c->splits.size(), 8); // /16 -> /17 -> ... -> /24
    QCOMPARE(logs(S("ipam_subnet_split")), 9);
    QCOMPARE(status("10.0.0.0/16"), QStringLiteral("subdivided"));
    QCOMPARE(status("10.0.128.0/17"), QStringLiteral("unallocated"));
    QCOMPARE(status("10.0.1.0/24"), QStringLiteral("unallocated"));
}

void TstSubnetAllocator::skipsParkedNonAutoAndWrongLocation()
{
    addPool("10.10.0.0/24", QStringLiteral("EU-FRA"), true);
    addPool("10.11.0.0/24", QStringLiteral("EU-FRA"), false, false);
    addPool("10.12.0.0/24", QStringLiteral("EU-AMS"));
    addPool("10.13.0.0/24", QStringLiteral("EU-FRA"));
    // A room's request is served by its site's pool.
    auto a = allocator().allocateSubnet(request(4, 26, QStringLiteral("EU-FRA-R1")));
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    QCOMPARE(a->cidr.toString(), QStringLiteral("10.13.0.0/26"));
    auto ams = allocator().allocateSubnet(request(4, 26, QStringLiteral("EU-AMS")));
    QVERIFY(ams.ok());
    QCOMPARE(ams->cidr.toString(), QStringLiteral("10.12.0.0/26"));
    // A parked ancestor parks everything below it.
    QVERIFY(allocator().setUnavailable(C("10.13.0.0/24"), true).ok());
    auto parked = allocator().allocateSubnet(request(4, 26, QStringLiteral("EU-FRA")));
    QVERIFY(!parked.ok());
    QVERIFY2(parked.error().message.contains(QStringLiteral("No free /26")),
             qPrintable(parked.error().message));
    QVERIFY2(parked.error().message.contains(QStringLiteral("EU-FRA")), qPrintable(parked.error().message));
    QVERIFY(allocator().setUnavailable(C("10.13.0.0/24"), false).ok());
    auto again = allocator().allocateSubnet(request(4, 26, QStringLiteral("EU-FRA")));
    QVERIFY(again.ok());
    QCOMPARE(again->cidr.toString(), QStringLiteral("10.13.0.64/26"));
    // Non-auto-allocatable space is only skipped, never changed.
    QCOMPARE(status("10.11.0.0/24"), QStringLiteral("unallocated"));
    QCOMPARE(status("10.10.0.0/24"), QStringLiteral("unallocated"));
}

void TstSubnetAllocator::vlanAndPoolFilters()
{
    addPool("10.40.0.0/24", QStringLiteral("EU-FRA"));
    addPool("10.41.0.0/24", QStringLiteral("EU-FRA"));
    QVERIFY(
        db::exec(m_conn, QStringLiteral("UPDATE subnets SET vlan_id = (SELECT id FROM vlans WHERE vid = 102) "
                                        "WHERE cidr = '10.41.0.0/24'"))
            .ok());
    QVERIFY(
        db::exec(m_conn, QStringLiteral("UPDATE subnets SET vlan_id = (SELECT id FROM vlans WHERE vid = 103) "
                                        "WHERE cidr = '10.40.0.0/24'"))
            .ok());
    QVERIFY(db::exec(m_conn, QStringLiteral("UPDATE vlans SET enabled = false WHERE vid = 103")).ok());
    SubnetRequest r = request(4, 28);
    r.filter.allowedVlans = {102};
    auto a = allocator().allocateSubnet(r);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    QCOMPARE(a->cidr.toString(), QStringLiteral("10.41.0.0/28"));
    // A disabled VLAN does not match.
    r.filter.allowedVlans = {103};
    auto disabled = allocator().allocateSubnet(r);
    QVERIFY(!disabled.ok());
    QVERIFY(disabled.error().message.contains(QStringLiteral("VLAN 103")));
    r.filter.allowedVlans = {};
    r.filter.pools = {C("10.41.0.0/24")};
    auto pool = allocator().allocateSubnet(r);
    QVERIFY(pool.ok());
    QCOMPARE(pool->cidr.toString(), QStringLiteral("10.41.0.16/28"));
    r.filter.pools = {C("10.42.0.0/24")};
    auto missing = allocator().allocateSubnet(r);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message, QStringLiteral("The pool subnet 10.42.0.0/24 does not exist."));
    AddressRequest missingIp;
    missingIp.filter.pools = {C("10.42.0.0/24")};
    auto missingAddress = allocator().allocateAddresses(missingIp);
    QVERIFY(!missingAddress.ok());
    QCOMPARE(missingAddress.error().message, QStringLiteral("The pool subnet 10.42.0.0/24 does not exist."));
    r.filter.pools = {C("10.40.0.0/24")};
    r.filter.locationId = locationId(QStringLiteral("EU-AMS"));
    auto wrongSite = allocator().allocateSubnet(r);
    QVERIFY(!wrongSite.ok());
    QVERIFY(wrongSite.error().message.contains(QStringLiteral("EU-AMS")));
}

void TstSubnetAllocator::ipv6Pool()
{
    addPool("2001:db8:1::/48", QStringLiteral("EU-FRA"));
    QStringList got;
    for (int i = 0; i < 4; ++i) {
        auto a = allocator().allocateSubnet(request(6, 64, QStringLiteral("EU-FRA")));
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
        got << a->cidr.toString();
        if (i == 0)
            QCOMPARE(a->splits.size(), 16);
        QCOMPARE(a->pool.toString(), QStringLiteral("2001:db8:1::/48"));
    }
    QCOMPARE(got, (QStringList{S("2001:db8:1::/64"), S("2001:db8:1:1::/64"), S("2001:db8:1:2::/64"),
                               S("2001:db8:1:3::/64")}));
    QCOMPARE(status("2001:db8:1:8000::/49"), QStringLiteral("unallocated"));
    // IPv4 requests never touch IPv6 space.
    auto v4 = allocator().allocateSubnet(request(4, 24));
    QVERIFY(!v4.ok());
    QVERIFY(v4.error().message.contains(QStringLiteral("No free /24 is left in the IPv4 pools")));
    // The full depth of both families, by 128-bit halving: a /128 out of a /32, a /32 out of a /8.
    addPool("2001:db9::/32");
    SubnetRequest deep = request(6, 128);
    deep.filter.pools = {C("2001:db9::/32")};
    auto host = allocator().allocateSubnet(deep);
    QVERIFY2(host.ok(), qPrintable(host.ok() ? QString() : errorText(host.error())));
    QCOMPARE(host->cidr.toString(), QStringLiteral("2001:db9::/128"));
    QCOMPARE(host->splits.size(), 96);
    QCOMPARE(host->splits.first().upper.toString(), QStringLiteral("2001:db9:8000::/33"));
    addPool("10.0.0.0/8");
    auto v4host = allocator().allocateSubnet(request(4, 32));
    QVERIFY(v4host.ok());
    QCOMPARE(v4host->cidr.toString(), QStringLiteral("10.0.0.0/32"));
    QCOMPARE(v4host->splits.size(), 24);
}

void TstSubnetAllocator::deviceLocationSelectsPool()
{
    addPool("10.50.0.0/24", QStringLiteral("EU-AMS"));
    addPool("10.51.0.0/24", QStringLiteral("EU-FRA"));
    SubnetRequest r = request(4, 29);
    r.owner.deviceId = m_device;
    r.owner.customerId = m_customer;
    auto a = allocator().allocateSubnet(r);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    QCOMPARE(a->cidr.toString(), QStringLiteral("10.51.0.0/29"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE cidr = '10.51.0.0/29' AND device_id = "
                                   "%1 AND customer_id = %2")
                        .arg(m_device)
                        .arg(m_customer)),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE event = "
                                   "'ipam_allocate_subnet' AND device_id = %1")
                        .arg(m_device)),
             1);
}

void TstSubnetAllocator::addressesSkipNetworkBroadcastGateway()
{
    addPool("192.0.2.0/29", QStringLiteral("EU-FRA"));
    AddressRequest r;
    r.filter.family = 4;
    r.count = 5;
    r.purpose = QStringLiteral("additional");
    auto a = allocator().allocateAddresses(r);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    QStringList got;
    for (const auto &x : a->addresses)
        got << x.address.addressString();
    QCOMPARE(got,
             (QStringList{S("192.0.2.2"), S("192.0.2.3"), S("192.0.2.4"), S("192.0.2.5"), S("192.0.2.6")}));
    QCOMPARE(logs(S("ipam_allocate_ip")), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_allocate_ip' "
                                   "AND detail->>'purpose' = 'additional' AND jsonb_exists(detail, 'vlan') "
                                   "AND jsonb_exists(detail, 'allocation_id') "
                                   "AND detail->>'address' = '192.0.2.4'")),
             1);
    // Full: a clear error, nothing written, the failure logged.
    const QString before = snapshot();
    r.count = 1;
    auto full = allocator().allocateAddresses(r);
    QVERIFY(!full.ok());
    QVERIFY2(full.error().message.contains(QStringLiteral("Only 0 of 1 IPv4")),
             qPrintable(full.error().message));
    QCOMPARE(snapshot(), before);
    QCOMPARE(logs(S("ipam_allocate_ip"), false), 1);
    // A released address is the next one handed out.
    QVERIFY(allocator().releaseAddress(Cidr::parseAddress(QStringLiteral("192.0.2.3")).value()).ok());
    QCOMPARE(logs(S("ipam_release_ip")), 1);
    auto again = allocator().allocateAddresses(r);
    QVERIFY(again.ok());
    QCOMPARE(again->addresses.first().address.addressString(), QStringLiteral("192.0.2.3"));
    auto gone = allocator().releaseAddress(Cidr::parseAddress(QStringLiteral("192.0.2.1")).value());
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().message.contains(QStringLiteral("192.0.2.1 is not allocated")));
    // A parked address is skipped; /31 and /32 leaves use every address.
    addPool("198.51.100.0/31");
    addPool("198.51.100.9/32");
    QVERIFY(allocator()
                .setAddressUnavailable(Cidr::parseAddress(QStringLiteral("198.51.100.0")).value(), true)
                .ok());
    r.count = 2;
    auto small = allocator().allocateAddresses(r);
    QVERIFY2(small.ok(), qPrintable(small.ok() ? QString() : errorText(small.error())));
    got.clear();
    for (const auto &x : small->addresses)
        got << x.address.addressString();
    QCOMPARE(got, (QStringList{S("198.51.100.9"), S("198.51.100.1")}));
    // IPv6: addresses come from a /64 (or longer), never straight from a larger pool.
    addPool("2001:db8:fe::/48");
    AddressRequest fromPool;
    fromPool.filter.family = 6;
    auto pinned = allocator().allocateAddresses(fromPool);
    QVERIFY(!pinned.ok());
    QVERIFY2(pinned.error().message.contains(QStringLiteral("IPv6 /64 or longer")),
             qPrintable(pinned.error().message));
    // The subnet-router anycast address and the gateway (::1) are skipped.
    addPool("2001:db8:ff::/64");
    AddressRequest v6;
    v6.filter.family = 6;
    auto six = allocator().allocateAddresses(v6);
    QVERIFY(six.ok());
    QCOMPARE(six->addresses.first().address.addressString(), QStringLiteral("2001:db8:ff::2"));
}

void TstSubnetAllocator::randomAddresses()
{
    addPool("198.51.100.0/24");
    AddressRequest r;
    r.filter.family = 4;
    r.count = 200;
    r.pick = AddressPick::Random;
    r.randomSeed = 7;
    auto a = allocator().allocateAddresses(r);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : errorText(a.error())));
    std::set<QString> seen;
    bool inOrder = true;
    uint128 previous = 0;
    for (const auto &x : a->addresses) {
        const QString text = x.address.addressString();
        QVERIFY2(seen.insert(text).second, qPrintable(text));
        QVERIFY(text != QLatin1String("198.51.100.0") && text != QLatin1String("198.51.100.1") &&
                text != QLatin1String("198.51.100.255"));
        inOrder = inOrder && x.address.network() > previous;
        previous = x.address.network();
    }
    QVERIFY(!inOrder);
    // The last 53 usable addresses are found through the gaps, then the pool is full.
    r.count = 53;
    QVERIFY(allocator().allocateAddresses(r).ok());
    r.count = 1;
    QVERIFY(!allocator().allocateAddresses(r).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses")), 253);
    // Random picks inside a /64 never enumerate it.
    addPool("2001:db8:77::/64");
    AddressRequest v6;
    v6.filter.family = 6;
    v6.pick = AddressPick::Random;
    v6.count = 3;
    auto six = allocator().allocateAddresses(v6);
    QVERIFY(six.ok());
    QCOMPARE(six->addresses.size(), 3);
}

void TstSubnetAllocator::fullPoolFailsCleanly()
{
    addPool("10.20.0.0/24");
    auto all = allocator().allocateSubnet(request(4, 24));
    QVERIFY(all.ok());
    const QString before = snapshot();
    auto none = allocator().allocateSubnet(request(4, 26));
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(QStringLiteral("No free /26 is left in the IPv4 pools")),
             qPrintable(none.error().message));
    QCOMPARE(snapshot(), before);
    QCOMPARE(logs(S("ipam_allocate_subnet"), false), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE NOT success AND "
                                   "detail->>'error' LIKE 'No free /26%'")),
             1);

    // A failure is logged even when the request carried more text than the log takes
    // (ipam_log_failure refuses a detail over 8 KiB): the client clips it and says so.
    SubnetRequest wordy = request(4, 26);
    wordy.purpose = QStringLiteral("rack-row-12 ") + QString(20000, u'#');
    QVERIFY(!allocator().allocateSubnet(wordy).ok());
    QCOMPARE(logs(S("ipam_allocate_subnet"), false), 2);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM provisioning_logs WHERE NOT success AND "
                 "left(detail->>'purpose', 12) = 'rack-row-12 ' AND detail->>'purpose' LIKE '%(clipped)' AND "
                 "length(detail->>'purpose') < 1100 AND length(detail::text) <= 8192")),
             1);
    // The function itself refuses an oversized detail, and writes nothing.
    auto oversized = db::exec(m_conn, S("SELECT ipam_log_failure('ipam_allocate_subnet', NULL, NULL, "
                                        "jsonb_build_object('error', repeat('y', 8200)))"));
    QVERIFY(!oversized.ok());
    QCOMPARE(oversized.error().sqlState, S("22023"));
    QCOMPARE(logs(S("ipam_allocate_subnet"), false), 2);
}

void TstSubnetAllocator::logsRollBackWithTransaction()
{
    addPool("10.30.0.0/22");
    const QString before = snapshot();
    QVERIFY(m_conn.transaction());
    auto a = allocator().allocateSubnetInTransaction(request(4, 24));
    QVERIFY(a.ok());
    QCOMPARE(logs(S("ipam_subnet_split")), 2);
    QCOMPARE(logs(S("ipam_allocate_subnet")), 1);
    QVERIFY(m_conn.rollback());
    QCOMPARE(logs(S("ipam_subnet_split")), 0);
    QCOMPARE(logs(S("ipam_allocate_subnet")), 0);
    QCOMPARE(snapshot(), before);
}

void TstSubnetAllocator::releaseAndManualOperations()
{
    addPool("10.60.0.0/24");
    auto halves = allocator().split(C("10.60.0.0/24"), 25);
    QVERIFY(halves.ok());
    QCOMPARE(halves->size(), 2);
    auto quarters = allocator().split(C("10.60.0.128/25"), 27);
    QVERIFY(quarters.ok());
    QCOMPARE(quarters->size(), 4);
    QCOMPARE(quarters->at(3).cidr.toString(), QStringLiteral("10.60.0.224/27"));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_subnet_split' "
                 "AND detail->>'source' = '10.60.0.128/25' AND jsonb_array_length(detail->'children') = 4")),
             1);

    // Assign and unassign a customer.
    QVERIFY(allocator().assignCustomer(C("10.60.0.128/27"), m_customer).ok());
    QCOMPARE(status("10.60.0.128/27"), QStringLiteral("allocated"));
    QString before = snapshot();
    auto subdivided = allocator().assignCustomer(C("10.60.0.128/25"), m_customer);
    QVERIFY(!subdivided.ok());
    QVERIFY(subdivided.error().message.contains(QStringLiteral("10.60.0.128/25 is subdivided")));
    // Merging with an allocated sibling is refused, naming it.
    auto busy = allocator().mergeWithSibling(C("10.60.0.160/27"));
    QVERIFY(!busy.ok());
    QVERIFY2(busy.error().message.contains(QStringLiteral("10.60.0.128/27 is allocated")),
             qPrintable(busy.error().message));
    auto splitAllocated = allocator().split(C("10.60.0.128/27"), 28);
    QVERIFY(!splitAllocated.ok());
    QVERIFY(splitAllocated.error().message.contains(QStringLiteral("release it")));
    QCOMPARE(snapshot(), before);
    QVERIFY(allocator().assignCustomer(C("10.60.0.128/27"), std::nullopt).ok());
    QCOMPARE(status("10.60.0.128/27"), QStringLiteral("unallocated"));

    // Merge free siblings: two /27 into a new /26 leaf beside the others.
    auto merged = allocator().mergeWithSibling(C("10.60.0.160/27"));
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : errorText(merged.error())));
    QCOMPARE(merged->cidr.toString(), QStringLiteral("10.60.0.128/26"));
    QCOMPARE(logs(S("ipam_subnet_merge")), 1);
    // The other /27 pair, then the two /26 become the /25 again.
    QVERIFY(allocator().mergeWithSibling(C("10.60.0.192/27")).ok());
    auto back = allocator().mergeWithSibling(C("10.60.0.128/26"));
    QVERIFY(back.ok());
    QCOMPARE(back->cidr.toString(), QStringLiteral("10.60.0.128/25"));
    QVERIFY(back->isLeaf());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets")), 3);

    // Park and unpark.
    QVERIFY(allocator().setUnavailable(C("10.60.0.0/25"), true).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE is_unavailable")), 1);
    auto parkedMerge = allocator().mergeWithSibling(C("10.60.0.0/25"));
    QVERIFY(!parkedMerge.ok());
    QVERIFY(parkedMerge.error().message.contains(QStringLiteral("parked")));
    QVERIFY(allocator().setUnavailable(C("10.60.0.0/25"), false).ok());
    QCOMPARE(logs(S("ipam_subnet_park")), 1);
    QCOMPARE(logs(S("ipam_subnet_unpark")), 1);

    // Release: only allocated leaves; the leaf stays where it is.
    auto a = allocator().allocateSubnet(request(4, 25));
    QVERIFY(a.ok());
    auto notAllocated = allocator().releaseSubnet(C("10.60.0.128/25"));
    QVERIFY(!notAllocated.ok());
    QVERIFY(notAllocated.error().message.contains(QStringLiteral("not allocated")));
    QVERIFY(allocator().releaseSubnet(a->cidr).ok());
    QCOMPARE(status(a->cidr.toString().toLatin1().constData()), QStringLiteral("unallocated"));
    QCOMPARE(logs(S("ipam_release_subnet")), 1);

    // Delete: an empty root goes; a child or a subdivided subnet does not.
    before = snapshot();
    auto child = allocator().deleteLeaf(C("10.60.0.0/25"));
    QVERIFY(!child.ok());
    QVERIFY(child.error().message.contains(QStringLiteral("merge it")));
    auto inner = allocator().deleteLeaf(C("10.60.0.0/24"));
    QVERIFY(!inner.ok());
    QVERIFY(inner.error().message.contains(QStringLiteral("subdivided")));
    auto unknown = allocator().deleteLeaf(C("10.61.0.0/24"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("There is no subnet 10.61.0.0/24")));
    QCOMPARE(snapshot(), before);
    QVERIFY(allocator().mergeWithSibling(C("10.60.0.0/25")).ok());
    QVERIFY(allocator().deleteLeaf(C("10.60.0.0/24")).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets")), 0);
}

// A block added around existing top-level blocks (an address plan imported in any order) makes them
// its children, fills the space between them with free subnets, and keeps their own locations,
// statuses and allocations; the tree still tiles, and a log row says what happened.
void TstSubnetAllocator::coveringBlockAdoptsRoots()
{
    addPool("10.20.0.0/16", QStringLiteral("EU-FRA"));
    addPool("10.30.0.0/16", QStringLiteral("EU-FRA"));
    auto taken = allocator().allocateSubnet(request(4, 24));
    QVERIFY(taken.ok());
    NewSubnet s;
    s.cidr = C("10.0.0.0/8");
    s.description = QStringLiteral("RFC 1918 block");
    auto added = allocator().addSubnet(s);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : errorText(added.error())));
    QCOMPARE(status("10.0.0.0/8"), QStringLiteral("subdivided"));
    QCOMPARE(status("10.20.0.0/16"), QStringLiteral("subdivided"));
    QCOMPARE(status(qPrintable(taken->cidr.toString())), QStringLiteral("allocated"));
    QCOMPARE(logs(S("ipam_add_covering_pool")), 1);
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(
        db, S("SELECT (SELECT count(*) FROM subnets WHERE parent_id IS NULL AND cidr <<= '10.0.0.0/8'), "
              "(SELECT string_agg(c.cidr::text, ',' ORDER BY c.cidr) FROM subnets c JOIN subnets p ON "
              "p.id = c.parent_id WHERE p.cidr = '10.0.0.0/8' AND c.cidr IN ('10.20.0.0/16', "
              "'10.30.0.0/16')), (SELECT covered = size FROM subnet_tiling((SELECT id FROM subnets "
              "WHERE cidr = '10.0.0.0/8'))), (SELECT l.code FROM subnets s JOIN locations l ON l.id = "
              "s.location_id WHERE s.cidr = '10.30.0.0/16')"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toLongLong(), 1);
    QCOMPARE(q->value(1).toString(), QStringLiteral("10.20.0.0/16,10.30.0.0/16"));
    QVERIFY(q->value(2).toBool());
    QCOMPARE(q->value(3).toString(), QStringLiteral("EU-FRA"));
    // Allocation goes on in the adopted pools and in the new free space.
    QVERIFY(allocator().allocateSubnet(request(4, 24)).ok());
    SubnetRequest big = request(4, 12);
    QVERIFY(allocator().allocateSubnet(big).ok());
}

void TstSubnetAllocator::addSubnetCarvesTheTree()
{
    addPool("10.70.0.0/16", QStringLiteral("EU-FRA"));
    NewSubnet s;
    s.cidr = C("10.70.5.0/24");
    s.description = QStringLiteral("office");
    s.autoAllocatable = false;
    auto added = allocator().addSubnet(s);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : errorText(added.error())));
    QCOMPARE(added->description, QStringLiteral("office"));
    QVERIFY(!added->autoAllocatable);
    QCOMPARE(logs(S("ipam_subnet_split")), 8);
    QCOMPARE(status("10.70.0.0/16"), QStringLiteral("subdivided"));
    QCOMPARE(status("10.70.4.0/24"), QStringLiteral("unallocated"));
    const QString before = snapshot();
    auto again = allocator().addSubnet(s);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("10.70.5.0/24 already exists")));
    QVERIFY(allocator().split(C("10.70.128.0/17"), 20).ok());
    const QString carved = snapshot();
    s.cidr = C("10.70.128.0/18");
    auto straddle = allocator().addSubnet(s);
    QVERIFY(!straddle.ok());
    QVERIFY(straddle.error().message.contains(QStringLiteral("would contain existing subnets")));
    s.cidr = C("10.0.0.0/7");
    auto huge = allocator().addSubnet(s);
    QVERIFY(!huge.ok());
    QVERIFY(huge.error().message.contains(QStringLiteral("/7")));
    QCOMPARE(snapshot(), carved);
    QVERIFY(before != carved);
    // The carved /24 is not auto-allocatable; its siblings are.
    auto a = allocator().allocateSubnet(request(4, 24));
    QVERIFY(a.ok());
    QCOMPARE(a->cidr.toString(), QStringLiteral("10.70.4.0/24"));
}

void TstSubnetAllocator::badInputWritesNothing()
{
    addPool("10.80.0.0/24");
    addPool("2001:db8:80::/48");
    const QString before = snapshot();
    auto zero = allocator().allocateSubnet(request(4, 0));
    QVERIFY(!zero.ok());
    QVERIFY2(zero.error().message.contains(QStringLiteral("/0")), qPrintable(zero.error().message));
    auto v6 = allocator().allocateSubnet(request(6, 129));
    QVERIFY(!v6.ok());
    QVERIFY(v6.error().message.contains(QStringLiteral("/129")));
    auto v4long = allocator().allocateSubnet(request(4, 64));
    QVERIFY(!v4long.ok());
    QVERIFY(v4long.error().message.contains(QStringLiteral("/64")));
    SubnetRequest mix = request(4, 28);
    mix.filter.pools = {C("2001:db8:80::/48")};
    auto mixed = allocator().allocateSubnet(mix);
    QVERIFY(!mixed.ok());
    QVERIFY2(mixed.error().message.contains(QStringLiteral("2001:db8:80::/48 is not an IPv4 network")),
             qPrintable(mixed.error().message));
    SubnetRequest nowhere = request(4, 28);
    nowhere.filter.locationId = 999999;
    auto loc = allocator().allocateSubnet(nowhere);
    QVERIFY(!loc.ok());
    QVERIFY(loc.error().message.contains(QStringLiteral("no location with id 999999")));
    auto pieces = allocator().split(C("10.80.0.0/24"), 24);
    QVERIFY(!pieces.ok());
    QVERIFY(pieces.error().message.contains(QStringLiteral("smaller")));
    auto tooMany = allocator().split(C("2001:db8:80::/48"), 128);
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error().message.contains(QStringLiteral("more than")));
    auto root = allocator().mergeWithSibling(C("10.80.0.0/24"));
    QVERIFY(!root.ok());
    QVERIFY(root.error().message.contains(QStringLiteral("top-level")));
    AddressRequest none;
    none.count = 0;
    auto count = allocator().allocateAddresses(none);
    QVERIFY(!count.ok());
    QVERIFY(count.error().message.contains(QStringLiteral("between 1 and 9999")));
    const QString after = snapshot();
    QCOMPARE(after, before);
    // Only failed allocation attempts leave a (failure) row.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE success")), 0);
}

void TstSubnetAllocator::fulfilWipeAndCancel()
{
    addPool("192.0.2.0/24", QStringLiteral("EU-FRA"));
    addPool("198.51.100.0/24", QStringLiteral("EU-AMS"));
    addPool("2001:db8:1::/48", QStringLiteral("EU-FRA"));
    QVERIFY(db::exec(m_conn, QStringLiteral(
                                 "INSERT INTO products (name, ipam_config) VALUES ('Dedicated M', "
                                 "'{\"mode\": \"full\", \"rules\": ["
                                 "{\"type\": \"ip\", \"family\": 4, \"count\": 2, \"purpose\": \"primary\"},"
                                 "{\"type\": \"subnet\", \"family\": 6, \"prefix_length\": 64},"
                                 "{\"type\": \"ip\", \"family\": 4, \"count\": 1, \"purpose\": \"bmc\"}]}')"))
                .ok());
    const qint64 service = scalar(QStringLiteral(
        "INSERT INTO services (customer_id, product_id, device_id, status) "
        "SELECT c.id, p.id, d.id, 'provisioning_pending' FROM customers c, products p, devices d "
        "WHERE d.name = 'srv-1' RETURNING id"));
    QVERIFY(service > 0);
    auto done = allocator().fulfilService(service);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : errorText(done.error())));
    QCOMPARE(done->addresses.size(), 3);
    QCOMPARE(done->subnets.size(), 1);
    // The device sits in EU-FRA-R1: every address comes from the EU-FRA pool.
    for (const auto &a : done->addresses)
        QVERIFY2(C("192.0.2.0/24").contains(a.address), qPrintable(a.address.toString()));
    QCOMPARE(done->subnets.first().cidr.toString(), QStringLiteral("2001:db8:1::/64"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE service_id = %1 AND device_id = "
                                   "%2 AND customer_id = %3")
                        .arg(service)
                        .arg(m_device)
                        .arg(m_customer)),
             3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE service_id = %1 AND success")
                        .arg(service)),
             3 + 1 + 16);

    // Re-provisioning wipes everything but the BMC address.
    auto wiped = allocator().wipeDevice(m_device);
    QVERIFY2(wiped.ok(), qPrintable(wiped.ok() ? QString() : errorText(wiped.error())));
    QCOMPARE(wiped->addresses.size(), 2);
    QCOMPARE(wiped->subnets.size(), 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE device_id = %1 AND purpose = 'bmc'")
                   .arg(m_device)),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE device_id = %1").arg(m_device)),
             1);
    QCOMPARE(status("2001:db8:1::/64"), QStringLiteral("unallocated"));
    QCOMPARE(logs(S("ipam_wipe_device")), 1);

    // Provision again, then cancel: the service's allocations go, the BMC address stays with the hardware.
    auto again = allocator().fulfilService(service);
    QVERIFY(again.ok());
    auto cancelled = allocator().releaseService(service);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->addresses.size(), 2);
    QCOMPARE(cancelled->subnets.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE purpose = 'bmc'")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE allocation_status = 'allocated'")), 0);
    QCOMPARE(logs(S("ipam_release_on_cancel")), 1);
}

void TstSubnetAllocator::fulfilmentIsAllOrNothing()
{
    addPool("192.0.2.0/24", QStringLiteral("EU-FRA"));
    addPool("2001:db8:2::/64", QStringLiteral("EU-FRA"));
    QVERIFY(
        db::exec(m_conn, QStringLiteral("INSERT INTO products (name, ipam_config) VALUES ('Needs a /56', "
                                        "'{\"mode\": \"full\", \"rules\": ["
                                        "{\"type\": \"ip\", \"family\": 4, \"count\": 1},"
                                        "{\"type\": \"subnet\", \"family\": 6, \"prefix_length\": 56}]}')"))
            .ok());
    QVERIFY(
        db::exec(m_conn,
                 QStringLiteral(
                     "INSERT INTO products (name, ipam_config) VALUES ('Off', '{\"mode\": \"disabled\"}')"))
            .ok());
    const qint64 service =
        scalar(QStringLiteral("INSERT INTO services (customer_id, product_id, device_id) "
                              "SELECT c.id, p.id, d.id FROM customers c, products p, devices d "
                              "WHERE p.name = 'Needs a /56' RETURNING id"));
    const QString before = snapshot();
    auto failed = allocator().fulfilService(service);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("No free /56")),
             qPrintable(failed.error().message));
    QCOMPARE(snapshot(), before);
    QCOMPARE(logs(S("ipam_allocate_subnet"), false), 1);
    const qint64 off = scalar(
        QStringLiteral("INSERT INTO services (customer_id, product_id) SELECT c.id, p.id FROM customers c, "
                       "products p WHERE p.name = 'Off' RETURNING id"));
    auto nothing = allocator().fulfilService(off);
    QVERIFY(nothing.ok());
    QVERIFY(nothing->addresses.isEmpty() && nothing->subnets.isEmpty());
}

void TstSubnetAllocator::changesAreAnnounced()
{
    addPool("10.90.0.0/24");
    ChangeListener listener(m_db->settings(), 500);
    QSignalSpy listening(&listener, &ChangeListener::listening);
    QList<Change> changes;
    connect(&listener, &ChangeListener::changed, this, [&](const Change &c) { changes << c; });
    listener.start();
    QTRY_VERIFY_WITH_TIMEOUT(listening.count() > 0, 10000);
    // Work that is rolled back is never announced.
    QVERIFY(m_conn.transaction());
    QVERIFY(allocator().allocateSubnetInTransaction(request(4, 28)).ok());
    QVERIFY(m_conn.rollback());
    QTest::qWait(1000);
    QVERIFY(changes.isEmpty());
    auto a = allocator().allocateSubnet(request(4, 26));
    QVERIFY(a.ok());
    // The split of the pool (an update) and the halves it made, the allocated one among them.
    const qint64 poolId = scalar(QStringLiteral("SELECT id FROM subnets WHERE cidr = '10.90.0.0/24'"));
    auto announced = [&](qint64 id, const QString &op) {
        for (const Change &c : std::as_const(changes)) {
            if (c.entity == QLatin1String("subnets") && c.id == id && c.op == op)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(announced(a->subnetId, QStringLiteral("create")), 10000);
    QVERIFY(announced(poolId, QStringLiteral("update")));
    for (const Change &c : std::as_const(changes))
        QVERIFY2(c.entity == QLatin1String("subnets"), qPrintable(c.entity));
}

namespace {
struct Node
{
    qint64 id;
    qint64 parent;
    Cidr cidr;
    QString status;
    bool parked;
    qint64 addresses;
};
} // namespace

void TstSubnetAllocator::propertyRandomOperations()
{
    const Cidr roots[2] = {C("10.96.0.0/20"), C("2001:db8:96::/52")};
    for (const Cidr &r : roots)
        addPool(r.toString().toLatin1().constData());
    QRandomGenerator rng(20261121);
    const QStringList events{S("ipam_allocate_subnet"), S("ipam_subnet_split"), S("ipam_subnet_merge"),
                             S("ipam_release_subnet"),  S("ipam_subnet_park"),  S("ipam_subnet_unpark"),
                             S("ipam_allocate_ip"),     S("ipam_release_ip")};
    auto logCounts = [&]() {
        std::map<QString, qint64> counts;
        auto q = db::exec(
            m_conn,
            QStringLiteral("SELECT event || ':' || success, count(*) FROM provisioning_logs GROUP BY 1"));
        while (q && q->next())
            counts[q->value(0).toString()] = q->value(1).toLongLong();
        return counts;
    };
    auto loadTree = [&](const Cidr &root) {
        QList<Node> nodes;
        auto q = db::exec(
            m_conn,
            QStringLiteral(
                "SELECT s.id, coalesce(s.parent_id, 0), s.cidr::text, s.allocation_status, s.is_unavailable,"
                " coalesce(a.n, 0) FROM subnets s LEFT JOIN (SELECT subnet_id, count(*) AS n"
                " FROM ip_addresses GROUP BY subnet_id) a ON a.subnet_id = s.id"
                " WHERE s.cidr <<= CAST(:r AS cidr) ORDER BY s.cidr"),
            {{S("r"), root.toString()}});
        while (q && q->next())
            nodes << Node{q->value(0).toLongLong(),
                          q->value(1).toLongLong(),
                          Cidr::parse(q->value(2).toString()).value(),
                          q->value(3).toString(),
                          q->value(4).toBool(),
                          q->value(5).toLongLong()};
        return nodes;
    };

    // Each operation touches one tree; the tree loaded for its checks is the next operation's input.
    QList<Node> trees[2] = {loadTree(roots[0]), loadTree(roots[1])};
    const int kOperations = 2000;
    int succeeded = 0;
    std::map<QString, int> kinds;
    for (int op = 0; op < kOperations; ++op) {
        const int f = rng.bounded(2);
        const Cidr &root = roots[f];
        const int family = root.family();
        const QList<Node> tree = trees[f];
        QList<Node> leaves, freeLeaves, allocatedLeaves, childLeaves;
        for (const Node &n : tree) {
            if (n.status == QLatin1String("subdivided"))
                continue;
            leaves << n;
            if (n.status == QLatin1String("allocated"))
                allocatedLeaves << n;
            else if (!n.parked && n.addresses == 0 && n.cidr.hostBits() >= 2)
                freeLeaves << n;
            if (n.parent != 0 && n.status == QLatin1String("unallocated") && !n.parked)
                childLeaves << n;
        }
        const auto before = logCounts();
        std::map<QString, qint64> expected; // event:success -> delta
        const int kind = rng.bounded(100);
        QString name;
        bool ok = false;
        if (kind < 40) {
            name = QStringLiteral("allocate");
            const int prefix = family == 4 ? 24 + rng.bounded(7) : 56 + rng.bounded(9);
            auto a = allocator().allocateSubnet(request(family, prefix));
            ok = a.ok();
            if (ok) {
                expected[S("ipam_allocate_subnet:true")] = 1;
                expected[S("ipam_subnet_split:true")] = a->splits.size();
                expected[S("ipam_subnet_merge:true")] = a->merges.size();
                QCOMPARE(a->cidr.prefixLength(), prefix);
                QVERIFY(root.contains(a->cidr));
            } else {
                expected[S("ipam_allocate_subnet:false")] = 1;
                QVERIFY2(a.error().message.contains(QStringLiteral("No free")),
                         qPrintable(a.error().message));
            }
        } else if (kind < 58 && !allocatedLeaves.isEmpty()) {
            name = QStringLiteral("release");
            const Node n = allocatedLeaves.at(rng.bounded(int(allocatedLeaves.size())));
            ok = allocator().releaseSubnet(n.cidr).ok();
            QVERIFY(ok);
            expected[S("ipam_release_subnet:true")] = 1;
        } else if (kind < 70 && !freeLeaves.isEmpty()) {
            name = QStringLiteral("split");
            const Node n = freeLeaves.at(rng.bounded(int(freeLeaves.size())));
            const int to = std::min(n.cidr.prefixLength() + 1 + rng.bounded(3), n.cidr.maxPrefix());
            auto s = allocator().split(n.cidr, to);
            ok = s.ok();
            QVERIFY2(ok, qPrintable(ok ? QString() : s.error().message));
            QCOMPARE(s->size(), 1 << (to - n.cidr.prefixLength()));
            expected[S("ipam_subnet_split:true")] = 1;
        } else if (kind < 82 && !childLeaves.isEmpty()) {
            name = QStringLiteral("merge");
            const Node n = childLeaves.at(rng.bounded(int(childLeaves.size())));
            auto m = allocator().mergeWithSibling(n.cidr);
            ok = m.ok();
            // Possible exactly when the buddy is a free sibling leaf of the same size.
            bool possible = n.addresses == 0;
            bool buddyFound = false;
            for (const Node &b : tree) {
                if (b.cidr == n.cidr.sibling() && b.parent == n.parent) {
                    buddyFound = true;
                    possible =
                        possible && b.status == QLatin1String("unallocated") && !b.parked && b.addresses == 0;
                }
            }
            QCOMPARE(ok, possible && buddyFound);
            if (ok)
                expected[S("ipam_subnet_merge:true")] = 1;
        } else if (kind < 90 && tree.size() > 1) {
            name = QStringLiteral("park");
            // Below the root: a parked root would only make every request fail.
            const Node n = tree.at(1 + rng.bounded(int(tree.size()) - 1));
            ok = allocator().setUnavailable(n.cidr, !n.parked).ok();
            QVERIFY(ok);
            expected[n.parked ? S("ipam_subnet_unpark:true") : S("ipam_subnet_park:true")] = 1;
        } else {
            name = QStringLiteral("address");
            AddressRequest r;
            r.filter.family = family;
            r.filter.pools = {root};
            auto a = allocator().allocateAddresses(r);
            ok = a.ok();
            expected[ok ? S("ipam_allocate_ip:true") : S("ipam_allocate_ip:false")] = 1;
            if (ok && rng.bounded(2) == 0) {
                QVERIFY(allocator().releaseAddress(a->addresses.first().address).ok());
                expected[S("ipam_release_ip:true")] = 1;
            }
        }
        kinds[name + (ok ? QStringLiteral(" ok") : QStringLiteral(" refused"))]++;
        succeeded += ok ? 1 : 0;

        // The logs match the operation exactly.
        const auto after = logCounts();
        std::set<QString> keys;
        for (const auto &[k, v] : before)
            keys.insert(k);
        for (const auto &[k, v] : after)
            keys.insert(k);
        for (const auto &[k, v] : expected)
            keys.insert(k);
        for (const QString &k : keys) {
            const qint64 delta = (after.count(k) ? after.at(k) : 0) - (before.count(k) ? before.at(k) : 0);
            const qint64 want = expected.count(k) ? expected.at(k) : 0;
            if (delta != want)
                QFAIL(qPrintable(QStringLiteral("op %1 (%2): log %3 changed by %4, expected %5")
                                     .arg(op)
                                     .arg(name, k)
                                     .arg(delta)
                                     .arg(want)));
        }

        // Tree invariants of the tree the operation touched (the other one is checked when it is touched).
        {
            const Cidr &r = root;
            trees[f] = loadTree(r);
            const QList<Node> &nodes = trees[f];
            std::map<qint64, QList<Cidr>> children;
            std::map<qint64, Node> byId;
            uint128 allocated = 0, freeSpace = 0, parked = 0;
            QList<Cidr> leafCidrs;
            for (const Node &n : nodes) {
                byId[n.id] = n;
                if (n.parent != 0)
                    children[n.parent] << n.cidr;
            }
            QVERIFY(!nodes.isEmpty() && nodes.first().cidr == r && nodes.first().parent == 0);
            for (const Node &n : nodes) {
                const bool leaf = n.status != QLatin1String("subdivided");
                if (!leaf) {
                    // Children tile the subdivided node exactly, in order, without overlap.
                    QList<Cidr> c = children[n.id];
                    std::sort(c.begin(), c.end());
                    QVERIFY2(!c.isEmpty(), qPrintable(n.cidr.toString()));
                    uint128 next = n.cidr.network();
                    for (const Cidr &k : c) {
                        if (k.network() != next || !n.cidr.contains(k) || k == n.cidr)
                            QFAIL(qPrintable(QStringLiteral("op %1: children of %2 do not tile it at %3")
                                                 .arg(op)
                                                 .arg(n.cidr.toString(), k.toString())));
                        next = k.last() + 1;
                    }
                    QVERIFY(c.constLast().last() == n.cidr.last());
                    QCOMPARE(n.addresses, 0);
                    continue;
                }
                QVERIFY2(children[n.id].isEmpty(), qPrintable(n.cidr.toString()));
                leafCidrs << n.cidr;
                bool effectivelyParked = n.parked;
                for (qint64 p = n.parent; p != 0 && !effectivelyParked; p = byId[p].parent)
                    effectivelyParked = byId[p].parked;
                if (n.status == QLatin1String("allocated"))
                    allocated += n.cidr.size();
                else if (effectivelyParked)
                    parked += n.cidr.size();
                else
                    freeSpace += n.cidr.size();
            }
            std::sort(leafCidrs.begin(), leafCidrs.end());
            for (qsizetype i = 1; i < leafCidrs.size(); ++i)
                QVERIFY2(leafCidrs[i - 1].last() < leafCidrs[i].network(),
                         qPrintable(leafCidrs[i - 1].toString() + QStringLiteral(" overlaps ") +
                                    leafCidrs[i].toString()));
            QVERIFY2(
                allocated + freeSpace + parked == r.size(),
                qPrintable(QStringLiteral("op %1: space of %2 not accounted for").arg(op).arg(r.toString())));
        }
    }
    // The random walk exercised every kind of operation, successful and refused.
    for (const auto &[k, v] : kinds)
        qInfo("%s: %d", qPrintable(k), v);
    QVERIFY(kinds[QStringLiteral("allocate ok")] > 100);
    QVERIFY(kinds[QStringLiteral("allocate refused")] > 0);
    QVERIFY(kinds[QStringLiteral("merge ok")] > 10);
    QVERIFY(kinds[QStringLiteral("split ok")] > 10);
    QVERIFY(kinds[QStringLiteral("release ok")] > 10);
    QVERIFY(succeeded > kOperations / 2);
    QVERIFY(logs(S("ipam_subnet_merge")) > 0);
}

void TstSubnetAllocator::eightConcurrentAllocators()
{
    addPool("10.99.0.0/22");
    addPool("192.0.2.0/24");
    WorkerPool pool(m_db->settings(), 8);
    QList<QFuture<Result<QStringList>>> futures;
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < 8; ++t) {
        futures << pool.run<QStringList>([](QSqlDatabase &db) -> Result<QStringList> {
            SubnetAllocator a(db);
            QStringList got;
            for (int i = 0; i < 12; ++i) {
                SubnetRequest r;
                r.filter.family = 4;
                r.filter.pools = {Cidr::parse(QStringLiteral("10.99.0.0/22")).value()};
                r.prefixLength = 29;
                auto s = a.allocateSubnet(r);
                if (!s)
                    return s.error();
                got << s->cidr.toString();
                AddressRequest ar;
                ar.filter.family = 4;
                ar.filter.pools = {Cidr::parse(QStringLiteral("192.0.2.0/24")).value()};
                auto ip = a.allocateAddresses(ar);
                if (!ip)
                    return ip.error();
                got << ip->addresses.first().address.toString();
            }
            return got;
        });
    }
    std::set<QString> all;
    for (auto &f : futures) {
        f.waitForFinished();
        const Result<QStringList> r = f.result();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        for (const QString &c : r.value())
            QVERIFY2(all.insert(c).second, qPrintable(QStringLiteral("handed out twice: ") + c));
    }
    QVERIFY2(timer.elapsed() < 120000, "allocators took too long: lock waits are not bounded");
    QCOMPARE(int(all.size()), 8 * 12 * 2);
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(*) FROM subnets WHERE allocation_status = 'allocated' AND cidr << '10.99.0.0/22'")),
        96);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses")), 96);
    QCOMPARE(logs(S("ipam_allocate_subnet")), 96);
    QCOMPARE(logs(S("ipam_allocate_subnet"), false), 0);
}

void TstSubnetAllocator::allocatorsLockOnlyWhatTheyCarve()
{
    addPool("10.1.0.0/16");
    addPool("10.2.0.0/16");
    addPool("2001:db8:5::/48");
    addPool("198.51.100.0/24");
    // One committed /29 leaves free buddies (/17 ... /29) in 10.1.0.0/16.
    SubnetRequest in1 = request(4, 29);
    in1.filter.pools = {C("10.1.0.0/16")};
    QVERIFY(allocator().allocateSubnet(in1).ok());

    // Console A allocates from 10.1.0.0/16 and keeps its transaction open.
    QSqlDatabase a = m_db->connection(S("holder"));
    QVERIFY(a.transaction());
    auto held = SubnetAllocator(a).allocateSubnetInTransaction(in1);
    QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
    QCOMPARE(held->cidr.toString(), S("10.1.0.8/29"));
    AddressRequest heldIp;
    heldIp.filter.pools = {C("198.51.100.0/24")};
    QVERIFY(SubnetAllocator(a).allocateAddressesInTransaction(heldIp).ok());

    // Meanwhile console B is served at once from every pool, including the same one: it never waits
    // for A's locks (had it waited, this thread would hold A open and B would fail as "busy").
    QSqlDatabase b = m_db->connection(S("other"));
    SubnetRequest in2 = request(4, 29);
    in2.filter.pools = {C("10.2.0.0/16")};
    auto other = SubnetAllocator(b).allocateSubnet(in2);
    QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
    QCOMPARE(other->cidr.toString(), S("10.2.0.0/29"));
    auto same = SubnetAllocator(b).allocateSubnet(in1);
    QVERIFY2(same.ok(), qPrintable(same.ok() ? QString() : same.error().message));
    QCOMPARE(same->cidr.toString(), S("10.1.0.16/29")); // A holds 10.1.0.8/29; B split the free /28
    QCOMPARE(same->strategy, AllocationStrategy::Split);
    auto v6 = SubnetAllocator(b).allocateSubnet(request(6, 64));
    QVERIFY2(v6.ok(), qPrintable(v6.ok() ? QString() : v6.error().message));
    auto ip = SubnetAllocator(b).allocateAddresses(heldIp);
    QVERIFY2(ip.ok(), qPrintable(ip.ok() ? QString() : ip.error().message));
    QCOMPARE(ip->addresses.first().address.addressString(), S("198.51.100.3")); // A holds .2

    QVERIFY(a.commit());
    QCOMPARE(
        scalar(S("SELECT count(*) FROM subnets WHERE allocation_status = 'allocated' AND ip_version = 4")),
        4);
    QCOMPARE(scalar(S("SELECT count(*) FROM subnets a JOIN subnets b ON a.id < b.id AND a.cidr && b.cidr"
                      " WHERE a.allocation_status = 'allocated' AND b.allocation_status = 'allocated'")),
             0);
    QCOMPARE(logs(S("ipam_allocate_subnet")), 5);
    QCOMPARE(logs(S("ipam_allocate_ip")), 2);
}

void TstSubnetAllocator::busyPoolIsWaitedForNotReportedFull()
{
    addPool("10.3.0.0/24");
    SubnetRequest r = request(4, 29);
    r.filter.pools = {C("10.3.0.0/24")};
    // A takes the pool's only leaf (splitting it) and holds it: the free halves it made are not
    // visible to anyone else until it commits.
    QSqlDatabase a = m_db->connection(S("holder"));
    QVERIFY(a.transaction());
    auto held = SubnetAllocator(a).allocateSubnetInTransaction(r);
    QVERIFY(held.ok());
    QCOMPARE(held->cidr.toString(), S("10.3.0.0/29"));

    WorkerPool pool(m_db->settings(), 1);
    auto waiting = pool.run<SubnetAllocation>(
        [r](QSqlDatabase &db) -> Result<SubnetAllocation> { return SubnetAllocator(db).allocateSubnet(r); });
    // B waits on A's leaf instead of answering "no free /29"...
    QVERIFY2(waitsForALock(waiting), "the second allocator did not wait for the first one's leaf");
    QVERIFY(!waiting.isFinished());
    // ... and takes the next block once A commits.
    QVERIFY(a.commit());
    waiting.waitForFinished();
    const Result<SubnetAllocation> got = waiting.result();
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
    QCOMPARE(got->cidr.toString(), S("10.3.0.8/29"));
    QCOMPARE(got->strategy, AllocationStrategy::ExactFit);
    QCOMPARE(logs(S("ipam_allocate_subnet"), false), 0);
}

// Found by the soak test: a merge that waited for another merge, which meanwhile made the space
// around its block one allocated leaf, must look again and answer, not insert its block as a
// second root ("overlaps another subnet at the same level").
void TstSubnetAllocator::mergeThatLosesItsBlockLooksAgain()
{
    addPool("10.5.0.0/24");
    QVERIFY(allocator().split(C("10.5.0.0/24"), 25).ok());
    QVERIFY(allocator().split(C("10.5.0.0/25"), 26).ok());
    SubnetRequest whole = request(4, 24);
    whole.filter.pools = {C("10.5.0.0/24")};
    SubnetRequest half = request(4, 25);
    half.filter.pools = {C("10.5.0.0/24")};
    // A merges the whole /24 back into one leaf and allocates it, and holds its transaction.
    QSqlDatabase a = m_db->connection(S("holder"));
    QVERIFY(a.transaction());
    auto held = SubnetAllocator(a).allocateSubnetInTransaction(whole);
    QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
    QCOMPARE(held->strategy, AllocationStrategy::Merge);
    // B wants a /25: the free one is held by A, so it sets out to merge 10.5.0.0/25's halves and
    // waits for A's locks.
    WorkerPool pool(m_db->settings(), 1);
    auto waiting = pool.run<SubnetAllocation>([half](QSqlDatabase &db) -> Result<SubnetAllocation> {
        return SubnetAllocator(db).allocateSubnet(half);
    });
    QVERIFY2(waitsForALock(waiting), "the second allocator did not wait for the first one's merge");
    QVERIFY(a.commit());
    waiting.waitForFinished();
    const Result<SubnetAllocation> got = waiting.result();
    QVERIFY(!got.ok());
    QVERIFY2(got.error().message.contains(S("No free /25")), qPrintable(got.error().message));
    QCOMPARE(scalar(S("SELECT count(*) FROM subnets")), 1);
    QCOMPARE(status("10.5.0.0/24"), S("allocated"));
}

// An address request that meets a leaf being split by a subnet allocator waits for it and then
// takes an address from the free half the split made, instead of answering "Only 0 of 1".
void TstSubnetAllocator::addressesFromALeafSplitMeanwhile()
{
    addPool("198.51.100.0/24");
    SubnetRequest half = request(4, 25);
    half.filter.pools = {C("198.51.100.0/24")};
    QSqlDatabase a = m_db->connection(S("holder"));
    QVERIFY(a.transaction());
    auto held = SubnetAllocator(a).allocateSubnetInTransaction(half);
    QVERIFY(held.ok());
    QCOMPARE(held->cidr.toString(), S("198.51.100.0/25"));
    WorkerPool pool(m_db->settings(), 1);
    auto waiting = pool.run<AddressAllocation>([](QSqlDatabase &db) -> Result<AddressAllocation> {
        AddressRequest r;
        r.filter.pools = {Cidr::parse(QStringLiteral("198.51.100.0/24")).value()};
        return SubnetAllocator(db).allocateAddresses(r);
    });
    QVERIFY2(waitsForALock(waiting), "the address allocator did not wait for the split");
    QVERIFY(a.commit());
    waiting.waitForFinished();
    const Result<AddressAllocation> got = waiting.result();
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
    QCOMPARE(got->addresses.size(), 1);
    QCOMPARE(got->addresses.first().address.addressString(), S("198.51.100.130"));
}

void TstSubnetAllocator::allocationFunctionsGuardThemselves()
{
    addPool("10.4.0.0/24");
    // Only technicians may call them (psql users included); a reader is refused and nothing changes.
    QVERIFY(m_db->createRole(S("ipam_reader"), S("hostdeck_readonly")));
    QSqlDatabase reader = db::open(m_db->as(S("ipam_reader")), S("subnetallocator_reader"), false).value();
    const QString before = snapshot();
    auto refused =
        db::exec(reader, S("SELECT ipam_allocate_subnet(4, 29, '{}', '{}', '{}', NULL, NULL, NULL, '', '')"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().sqlState, S("42501"));
    auto refusedIp =
        db::exec(reader, S("SELECT ipam_allocate_addresses(4, 1, 'next', 0, '{}', '{}', '{}', NULL, "
                           "NULL, NULL, 'primary')"));
    QVERIFY(!refusedIp.ok());
    QCOMPARE(refusedIp.error().sqlState, S("42501"));
    // A technician calling them directly gets the same checks as the console.
    for (const char *bad :
         {"SELECT ipam_allocate_subnet(5, 29, '{}', '{}', '{}', NULL, NULL, NULL, '', '')",
          "SELECT ipam_allocate_subnet(4, 7, '{}', '{}', '{}', NULL, NULL, NULL, '', '')",
          "SELECT ipam_allocate_subnet(4, 29, '{2001:db8::/32}', '{}', '{}', NULL, NULL, NULL, '', '')",
          "SELECT ipam_allocate_addresses(4, 0, 'next', 0, '{}', '{}', '{}', NULL, NULL, NULL, '')",
          "SELECT ipam_allocate_addresses(4, 1, 'sideways', 0, '{}', '{}', '{}', NULL, NULL, NULL, '')"}) {
        auto q = db::exec(m_conn, S(bad));
        QVERIFY2(!q.ok(), bad);
        QCOMPARE(q.error().sqlState, S("22023"));
    }
    QCOMPARE(snapshot(), before);
    // The log names the session's user, whatever the caller passes.
    QVERIFY(
        db::exec(m_conn, S("SELECT ipam_allocate_subnet(4, 29, '{}', '{}', '{}', NULL, NULL, NULL, '', 'x')"))
            .ok());
    auto actor = db::exec(m_conn, S("SELECT actor = session_user FROM provisioning_logs WHERE event = "
                                    "'ipam_allocate_subnet'"));
    QVERIFY(actor.ok() && actor->next());
    QVERIFY(actor->value(0).toBool());
}

// The edit functions (schema 0013) make a change and log it as one; called directly (psql), they
// refuse what the console refuses, change nothing then, and work in every part of the space.
void TstSubnetAllocator::editFunctionsGuardThemselves()
{
    addPool("10.5.0.0/24");
    auto taken = allocator().allocateSubnet(request(4, 26));
    QVERIFY(taken.ok());
    QCOMPARE(taken->cidr, C("10.5.0.0/26"));
    QVERIFY(m_db->createRole(S("ipam_edit_reader"), S("hostdeck_readonly")));
    QSqlDatabase reader =
        db::open(m_db->as(S("ipam_edit_reader")), S("subnetallocator_edit_reader"), false).value();
    const QString before = snapshot();
    auto refused = db::exec(reader, S("SELECT ipam_split_subnet('10.5.0.128/25', 26)"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().sqlState, S("42501"));
    for (const char *bad :
         {"SELECT ipam_merge_block('10.5.0.0/25')",        // holds an allocation
          "SELECT ipam_split_subnet('10.5.0.0/26', 27)",   // allocated
          "SELECT ipam_split_subnet('10.5.0.128/25', 24)", // not smaller
          "SELECT ipam_split_subnet('10.5.0.128/25', 33)", "SELECT ipam_split_subnet('10.5.0.128/25', NULL)",
          "SELECT ipam_release_subnet('10.5.0.128/25')",        // not allocated
          "SELECT ipam_delete_subnet('10.5.0.128/25')",         // not a root
          "SELECT ipam_delete_subnet('10.5.0.0/24')",           // subdivided
          "SELECT ipam_assign_customer('10.5.0.0/25', NULL)",   // subdivided
          "SELECT ipam_assign_customer('10.5.0.128/25', NULL)", // not assigned
          "SELECT ipam_release_address('10.5.0.200')",
          "SELECT ipam_add_root('10.5.0.0/26')",          // inside a pool
          "SELECT ipam_park_subnet('10.6.0.0/24', true)", // no such subnet
          "SELECT ipam_release_owner('customer', 1)",
          "SELECT ipam_log_failure('ipam_subnet_split', NULL, NULL, '{}')",
          "SELECT ipam_log_failure('ipam_allocate_ip', NULL, NULL, '[1]')"}) {
        auto q = db::exec(m_conn, S(bad));
        QVERIFY2(!q.ok(), bad);
        QVERIFY2(q.error().sqlState == S("22023"), qPrintable(S(bad) + u' ' + q.error().message));
    }
    QCOMPARE(snapshot(), before);

    // High in the IPv6 space (where address offsets overflow a bigint): split, then merge back.
    addPool("2001:db8:ffff:ff00::/56");
    const qint64 splits = logs(S("ipam_subnet_split"));
    const qint64 merges = logs(S("ipam_subnet_merge"));
    QVERIFY(db::exec(m_conn, S("SELECT ipam_split_subnet('2001:db8:ffff:ff00::/56', 60)")).ok());
    auto pieces = db::exec(m_conn, S("SELECT count(*), min(cidr)::text, max(cidr)::text FROM subnets WHERE "
                                     "parent_id = (SELECT id FROM subnets WHERE cidr = "
                                     "'2001:db8:ffff:ff00::/56')"));
    QVERIFY(pieces && pieces->next());
    QCOMPARE(pieces->value(0).toInt(), 16);
    QCOMPARE(pieces->value(1).toString(), S("2001:db8:ffff:ff00::/60"));
    QCOMPARE(pieces->value(2).toString(), S("2001:db8:ffff:fff0::/60"));
    QCOMPARE(logs(S("ipam_subnet_split")), splits + 1);
    QVERIFY(db::exec(m_conn, S("SELECT ipam_merge_block('2001:db8:ffff:ff00::/56')")).ok());
    QCOMPARE(status("2001:db8:ffff:ff00::/56"), S("unallocated"));
    QCOMPARE(logs(S("ipam_subnet_merge")), merges + 15); // 8 + 4 + 2 + 1 pairwise merges
}

QTEST_GUILESS_MAIN(TstSubnetAllocator)
#include "tst_subnetallocator.moc"
