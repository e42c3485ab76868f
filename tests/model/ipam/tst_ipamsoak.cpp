// SPDX-License-Identifier: GPL-3.0-or-later
// The allocator under sustained concurrent load (ctest label "soak", not in
// the default run; scripts/soak.sh runs it): 16 clients, each on its own
// connection, make 10,000 mixed operations each (subnet and address
// allocations and releases over IPv4 and IPv6 pools), then SQL checks what is
// left: no two allocations overlap, every pool is still tiled by its leaves
// (no address lost), what the clients hold is exactly what the database holds,
// and every provisioning_logs row matches a change (and every change a row).
//
// HOSTDECK_SOAK_CLIENTS and HOSTDECK_SOAK_OPS scale it (e.g. for a quick look).
#include "core/database.h"
#include "core/workerpool.h"
#include "ipam/subnetallocator.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <set>

using namespace hostdeck;

namespace {
QString S(const char *text)
{
    return QString::fromLatin1(text);
}

Cidr C(const char *text)
{
    return Cidr::parse(S(text)).value();
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// What one client did, counted as the provisioning log should show it.
struct Tally
{
    QStringList heldSubnets;   // CIDRs this client holds at the end
    QStringList heldAddresses; // addresses this client holds at the end
    int subnetAllocations = 0;
    int addressAllocations = 0; // addresses, not requests
    int subnetReleases = 0;
    int addressReleases = 0;
    int failures = 0;
    QStringList errors; // the first few, for the report
};

const Cidr kPool4 = C("10.64.0.0/10");
const Cidr kAddr4 = C("100.64.0.0/16");
const Cidr kPool6 = C("2001:db8:100::/40");
const Cidr kAddr6 = C("2001:db8:200::/64");

Tally runClient(QSqlDatabase &db, quint64 seed, int ops)
{
    SubnetAllocator allocator(db);
    QRandomGenerator rng(seed);
    Tally t;
    auto failed = [&t](const Error &e) {
        ++t.failures;
        if (t.errors.size() < 5)
            t.errors << e.message;
    };
    for (int i = 0; i < ops; ++i) {
        const int dice = int(rng.bounded(100));
        if (dice < 30 && !(t.heldSubnets.isEmpty() && t.heldAddresses.isEmpty())) {
            // Release something this client holds, chosen at random.
            const bool subnet =
                t.heldAddresses.isEmpty() || (!t.heldSubnets.isEmpty() && rng.bounded(2) == 0);
            QStringList &held = subnet ? t.heldSubnets : t.heldAddresses;
            const qsizetype at = rng.bounded(int(held.size()));
            const QString what = held.at(at);
            const Status s = subnet ? allocator.releaseSubnet(Cidr::parse(what).value())
                                    : allocator.releaseAddress(Cidr::parseAddress(what).value());
            if (!s) {
                failed(s.error());
                continue;
            }
            held.removeAt(at);
            ++(subnet ? t.subnetReleases : t.addressReleases);
        } else if (dice < 65) {
            SubnetRequest r;
            const bool v6 = rng.bounded(3) == 0;
            r.filter.family = v6 ? 6 : 4;
            r.filter.pools = {v6 ? kPool6 : kPool4};
            r.prefixLength = v6 ? 56 + int(rng.bounded(9)) : 25 + int(rng.bounded(6));
            r.purpose = S("soak");
            auto a = allocator.allocateSubnet(r);
            if (!a) {
                failed(a.error());
                continue;
            }
            t.heldSubnets << a->cidr.toString();
            ++t.subnetAllocations;
        } else {
            AddressRequest r;
            const bool v6 = rng.bounded(2) == 0;
            r.filter.family = v6 ? 6 : 4;
            r.filter.pools = {v6 ? kAddr6 : kAddr4};
            r.count = 1 + int(rng.bounded(3));
            // IPv6 hosts get random addresses in their /64 (as SLAAC-style plans do); IPv4 ones mostly
            // the next free address in the pool's /24s.
            r.pick = v6 || rng.bounded(4) == 0 ? AddressPick::Random : AddressPick::Next;
            r.randomSeed = rng.generate64() | 1;
            r.purpose = S("additional");
            auto a = allocator.allocateAddresses(r);
            if (!a) {
                failed(a.error());
                continue;
            }
            for (const AllocatedAddress &x : a->addresses)
                t.heldAddresses << x.address.addressString();
            t.addressAllocations += int(a->addresses.size());
        }
    }
    return t;
}
} // namespace

class TstIpamSoak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mixedLoadKeepsTheTreeExact();

private:
    qint64 scalar(const QString &sql);
    QStringList column(const QString &sql);

    std::unique_ptr<test::TestDatabase> m_db;
    QSqlDatabase m_conn;
};

void TstIpamSoak::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(S("ipamsoak"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_conn = m_db->connection();
    SubnetAllocator allocator(m_conn);
    for (const Cidr &c : {kPool4, kAddr4, kPool6, kAddr6}) {
        NewSubnet n;
        n.cidr = c;
        auto added = allocator.addSubnet(n);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }
    // The IPv4 address pool as sites run it: /24s of hosts.
    auto split = allocator.split(kAddr4, 24);
    QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.error().message));
    QVERIFY(m_db->superExec(S("TRUNCATE provisioning_logs")));
}

qint64 TstIpamSoak::scalar(const QString &sql)
{
    auto q = db::exec(m_conn, sql);
    if (!q) {
        qWarning("%s", qPrintable(q.error().message));
        return -1;
    }
    return q->next() ? q->value(0).toLongLong() : -1;
}

QStringList TstIpamSoak::column(const QString &sql)
{
    QStringList out;
    auto q = db::exec(m_conn, sql);
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

void TstIpamSoak::mixedLoadKeepsTheTreeExact()
{
    const int clients = envInt("HOSTDECK_SOAK_CLIENTS", 16);
    const int ops = envInt("HOSTDECK_SOAK_OPS", 10000);
    WorkerPool pool(m_db->settings(), clients);
    QList<QFuture<Result<Tally>>> futures;
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < clients; ++c)
        futures << pool.run<Tally>(
            [c, ops](QSqlDatabase &db) -> Result<Tally> { return runClient(db, 0x50a4 + c, ops); });
    Tally all;
    for (auto &f : futures) {
        f.waitForFinished();
        const Result<Tally> r = f.result();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        all.heldSubnets << r->heldSubnets;
        all.heldAddresses << r->heldAddresses;
        all.subnetAllocations += r->subnetAllocations;
        all.addressAllocations += r->addressAllocations;
        all.subnetReleases += r->subnetReleases;
        all.addressReleases += r->addressReleases;
        all.failures += r->failures;
        all.errors << r->errors;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo("soak: %d clients x %d operations in %.1f s (%.0f operations/s): %d subnet allocations, %d "
          "addresses allocated, %d subnet and %d address releases, %d failed",
          clients, ops, seconds, (clients * ops) / seconds, all.subnetAllocations, all.addressAllocations,
          all.subnetReleases, all.addressReleases, all.failures);
    // The pools are far larger than the load: any refusal is a false one.
    QVERIFY2(all.failures == 0, qPrintable(all.errors.join(u'\n')));

    // No two allocations overlap, and no address lies in an allocated subnet of someone else.
    QCOMPARE(scalar(S("SELECT count(*) FROM subnets a JOIN subnets b ON a.id < b.id AND a.cidr && b.cidr"
                      " WHERE a.allocation_status = 'allocated' AND b.allocation_status = 'allocated'")),
             0);
    // No address lost: every subdivided subnet is covered exactly by its children, and the
    // leaves of each pool add up to the pool.
    QCOMPARE(scalar(S("SELECT count(*) FROM subnets p, subnet_tiling(p.id) t"
                      " WHERE p.allocation_status = 'subdivided' AND t.covered <> t.size")),
             0);
    QCOMPARE(
        scalar(S("SELECT count(*) FROM subnets r WHERE r.parent_id IS NULL AND"
                 " power(2::numeric, CASE family(r.cidr) WHEN 4 THEN 32 ELSE 128 END - masklen(r.cidr)) <>"
                 " (SELECT sum(power(2::numeric, CASE family(l.cidr) WHEN 4 THEN 32 ELSE 128 END -"
                 " masklen(l.cidr))) FROM subnets l WHERE l.cidr <<= r.cidr AND l.allocation_status <>"
                 " 'subdivided')")),
        0);
    // The database holds exactly what the clients hold.
    QStringList dbSubnets = column(S("SELECT cidr::text FROM subnets WHERE allocation_status = 'allocated'"));
    QStringList dbAddresses = column(S("SELECT host(address) FROM ip_addresses"));
    auto normalise = [](QStringList list, bool address) {
        for (QString &s : list)
            s = address ? Cidr::parseAddress(s).value().addressString() : Cidr::parse(s).value().toString();
        list.sort();
        return list;
    };
    QCOMPARE(normalise(dbSubnets, false), normalise(all.heldSubnets, false));
    QCOMPARE(normalise(dbAddresses, true), normalise(all.heldAddresses, true));
    // Every log row matches a change and every change has its row.
    QCOMPARE(
        scalar(S("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_allocate_subnet' AND success")),
        all.subnetAllocations);
    QCOMPARE(scalar(S("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_allocate_ip' AND success")),
             all.addressAllocations);
    QCOMPARE(scalar(S("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_release_subnet'")),
             all.subnetReleases);
    QCOMPARE(scalar(S("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_release_ip'")),
             all.addressReleases);
    QCOMPARE(scalar(S("SELECT count(*) FROM provisioning_logs WHERE NOT success")), 0);
    // Each allocated subnet and address has the allocation row naming it, with its CIDR.
    QCOMPARE(
        scalar(
            S("SELECT count(*) FROM subnets s WHERE s.allocation_status = 'allocated' AND NOT EXISTS"
              " (SELECT 1 FROM provisioning_logs l WHERE l.event = 'ipam_allocate_subnet'"
              "  AND (l.detail->>'allocation_id')::bigint = s.id AND (l.detail->>'cidr')::cidr = s.cidr)")),
        0);
    QCOMPARE(scalar(S("SELECT count(*) FROM ip_addresses a WHERE NOT EXISTS"
                      " (SELECT 1 FROM provisioning_logs l WHERE l.event = 'ipam_allocate_ip'"
                      "  AND (l.detail->>'allocation_id')::bigint = a.id AND (l.detail->>'address')::inet = "
                      "a.address)")),
             0);
    // Each halving row names the subnet it split (if a merge has not removed it since), each
    // merge row the block it built or the one that holds it.
    QCOMPARE(scalar(S("SELECT count(*) FROM provisioning_logs l JOIN subnets s ON s.id = l.subnet_id"
                      " WHERE l.event = 'ipam_subnet_split' AND s.cidr <> (l.detail->>'source')::cidr")),
             0);
    QCOMPARE(scalar(S("SELECT count(*) FROM provisioning_logs l JOIN subnets s ON s.id = l.subnet_id"
                      " WHERE l.event = 'ipam_subnet_merge' AND NOT s.cidr >>= (l.detail->>'cidr')::cidr")),
             0);
    const qint64 rows = scalar(S("SELECT count(*) FROM subnets"));
    const qint64 splits =
        scalar(S("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_subnet_split'"));
    const qint64 merges =
        scalar(S("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_subnet_merge'"));
    // Four pools and the 256 /24s of the address pool; a halving adds two rows, a merge only
    // removes them.
    QVERIFY2(rows <= 4 + 256 + 2 * splits,
             qPrintable(QStringLiteral("%1 rows, %2 splits").arg(rows).arg(splits)));
    qInfo("soak: %lld subnets in the tree after %lld halvings and %lld pairwise merges", rows, splits,
          merges);
}

QTEST_GUILESS_MAIN(TstIpamSoak)
#include "tst_ipamsoak.moc"
