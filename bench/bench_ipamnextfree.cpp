// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ipamnextfree CLUSTER_DIR [N]: how long finding the next free block
// takes in a big, full tree, against one indexed point lookup.
//
// Builds in the database "bench_nextfree" (afresh), with bulk SQL as the
// superuser (session_replication_role = replica skips the per-row triggers
// for speed; the rows still satisfy every tree invariant: subdivided parents,
// children that tile them, no sibling overlap, which the constraints check):
//   - IPv4: 10.0.0.0/8 split into 65,536 /24s; the first 15,625 /24s split
//     into 32 /29s each, all 500,000 allocated. The next free /29 needs a
//     best-fit split of the first free /24.
//   - IPv6: 2001:db8::/32 split into 65,536 /48s; the first two /48s into 256
//     /56s each, the first 391 /56s into 256 /64s each; 100,000 /64s allocated
//     (390 full /56s and 160 of the 391st). The next free /64 is an exact fit.
// Then times N (default 200) SubnetAllocator::allocateSubnetInTransaction
// calls per family, each in a transaction that is rolled back (so every call
// sees the same tree), against N `SELECT id FROM subnets WHERE cidr = $1`
// point lookups of random allocated blocks on the same connection, alternating
// in blocks. Prints medians and the ratio.
// Then the cost of the tree's commit-time check: N committed IPv4 /29
// allocations (SubnetAllocator::allocateSubnet, so the deferred constraint
// triggers subnets_children_tile_parent(_update) run at each commit) in blocks that
// alternate with the trigger enabled and disabled (ALTER TABLE as the
// superuser between blocks). Prints both medians and their ratio.
#include "core/database.h"
#include "core/embeddedcluster.h"
#include "ipam/subnetallocator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace hostdeck;

namespace {

int fail(const QString &what, const Error &error)
{
    QTextStream(stderr) << "bench_ipamnextfree: " << what << ": " << error.fullText() << '\n';
    return 1;
}

double median(QList<double> ms)
{
    if (ms.isEmpty())
        return 0;
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

const char *const kSetup = R"SQL(
SET session_replication_role = replica;
SET maintenance_work_mem = '256MB';
-- IPv4
INSERT INTO subnets (cidr, ip_version, allocation_status) VALUES ('10.0.0.0/8', 4, 'subdivided');
INSERT INTO subnets (parent_id, cidr, ip_version, allocation_status)
SELECT r.id, set_masklen('10.0.0.0'::inet + i * 256, 24)::cidr, 4,
       CASE WHEN i < 15625 THEN 'subdivided' ELSE 'unallocated' END
  FROM subnets r, generate_series(0, 65535) i WHERE r.cidr = '10.0.0.0/8';
INSERT INTO subnets (parent_id, cidr, ip_version, allocation_status)
SELECT p.id, set_masklen(host(p.cidr)::inet + k * 8, 29)::cidr, 4, 'allocated'
  FROM subnets p, generate_series(0, 31) k
 WHERE p.allocation_status = 'subdivided' AND masklen(p.cidr) = 24 AND family(p.cidr) = 4;
-- IPv6
INSERT INTO subnets (cidr, ip_version, allocation_status) VALUES ('2001:db8::/32', 6, 'subdivided');
INSERT INTO subnets (parent_id, cidr, ip_version, allocation_status)
SELECT r.id, ('2001:db8:' || to_hex(i) || '::/48')::cidr, 6,
       CASE WHEN i <= 1 THEN 'subdivided' ELSE 'unallocated' END
  FROM subnets r, generate_series(0, 65535) i WHERE r.cidr = '2001:db8::/32';
INSERT INTO subnets (parent_id, cidr, ip_version, allocation_status)
SELECT p.id, ('2001:db8:' || to_hex(h) || ':' || to_hex(j * 256) || '::/56')::cidr, 6,
       CASE WHEN h * 256 + j <= 390 THEN 'subdivided' ELSE 'unallocated' END
  FROM generate_series(0, 1) h
  JOIN subnets p ON p.cidr = ('2001:db8:' || to_hex(h) || '::/48')::cidr
  CROSS JOIN generate_series(0, 255) j;
INSERT INTO subnets (parent_id, cidr, ip_version, allocation_status)
SELECT p.id, ('2001:db8:' || to_hex(jj / 256) || ':' || to_hex((jj % 256) * 256 + k) || '::/64')::cidr, 6,
       CASE WHEN jj * 256 + k < 100000 THEN 'allocated' ELSE 'unallocated' END
  FROM generate_series(0, 390) jj
  JOIN subnets p ON p.cidr = ('2001:db8:' || to_hex(jj / 256) || ':' || to_hex((jj % 256) * 256) || '::/56')::cidr
  CROSS JOIN generate_series(0, 255) k;
SET session_replication_role = origin;
ANALYZE subnets;
)SQL";

struct Series
{
    QList<double> allocate;
    QList<double> lookup;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_ipamnextfree CLUSTER_DIR [N]\n";
        return 2;
    }
    const int n = args.size() > 2 ? std::max(10, args.at(2).toInt()) : 200;
    constexpr int kBlock = 20;

    EmbeddedCluster::Options options;
    options.baseDir = args.at(1);
    options.durable = false;
    EmbeddedCluster cluster(options);
    auto started = cluster.ensureRunning();
    if (!started)
        return fail(QStringLiteral("starting the cluster"), started.error());
    {
        auto super = db::open(cluster.superuserSettings(), QStringLiteral("bench-super"), false);
        if (!super)
            return fail(QStringLiteral("connect"), super.error());
        // Quietly: no NOTICE when there is nothing to drop.
        if (Status s = db::execScript(*super, QStringLiteral("SET client_min_messages = warning")); !s)
            return fail(QStringLiteral("set-up"), s.error());
        if (Status s =
                db::execScript(*super, QStringLiteral("DROP DATABASE IF EXISTS bench_nextfree WITH (FORCE)"));
            !s)
            return fail(QStringLiteral("drop database"), s.error());
        super->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-super"));
    auto settings = bootstrapEmbeddedDatabase(cluster, QStringLiteral("bench_nextfree"),
                                              QStringLiteral("bench_operator"));
    if (!settings)
        return fail(QStringLiteral("bootstrap"), settings.error());

    QElapsedTimer setupTimer;
    setupTimer.start();
    {
        auto super = db::open(cluster.superuserSettings(QStringLiteral("bench_nextfree")),
                              QStringLiteral("bench-fill"), false);
        if (!super)
            return fail(QStringLiteral("connect"), super.error());
        if (Status s = db::execScript(*super, QString::fromLatin1(kSetup)); !s)
            return fail(QStringLiteral("set-up"), s.error());
        super->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-fill"));
    out << QStringLiteral(
               "bench_nextfree: set-up (600,000+ allocated blocks, 131,000+ other subnets) took %1 s")
               .arg(double(setupTimer.elapsed()) / 1000.0, 0, 'f', 1)
        << '\n';

    int rc = 0;
    {
        auto db = db::open(*settings, QStringLiteral("bench-main"));
        if (!db)
            return fail(QStringLiteral("connect"), db.error());
        auto lookupQuery = std::make_unique<QSqlQuery>(*db); // freed before the connection closes
        QSqlQuery &lookup = *lookupQuery;
        if (!lookup.prepare(QStringLiteral("SELECT id FROM subnets WHERE cidr = CAST(? AS cidr)")))
            return fail(QStringLiteral("prepare"), db::fromSqlError(lookup.lastError()));
        QRandomGenerator rng(7);
        SubnetAllocator allocator(*db);

        struct Case
        {
            int family;
            int prefix;
            QString expected;
        };
        const Case cases[] = {{4, 29, QStringLiteral("10.61.9.0/29")},
                              {6, 64, QStringLiteral("2001:db8:1:86a0::/64")}};
        for (const Case &c : cases) {
            Series series;
            QElapsedTimer timer;
            QString got;
            auto allocateOnce = [&]() -> Status {
                db::Transaction tx(*db);
                if (Status s = tx.begin(); !s)
                    return s;
                SubnetRequest request;
                request.filter.family = c.family;
                request.prefixLength = c.prefix;
                auto r = allocator.allocateSubnetInTransaction(request);
                tx.rollback();
                if (!r)
                    return r.error();
                got = r->cidr.toString();
                return {};
            };
            auto lookupOnce = [&]() -> Status {
                QString cidr;
                if (c.family == 4) {
                    const quint32 i = rng.bounded(500000u);
                    const quint32 address = (10u << 24) + (i / 32) * 256 + (i % 32) * 8;
                    cidr = Cidr::fromParts(4, address, 29).toString();
                } else {
                    const quint32 i = rng.bounded(100000u);
                    const quint32 block = i / 256; // the /56, counted across the /48s
                    cidr = QStringLiteral("2001:db8:%1:%2::/64")
                               .arg(block / 256, 0, 16)
                               .arg((block % 256) * 256 + i % 256, 0, 16);
                }
                lookup.bindValue(0, cidr);
                if (!lookup.exec() || !lookup.next())
                    return db::fromSqlError(lookup.lastError());
                lookup.finish();
                return {};
            };
            for (int i = 0; i < 5 && rc == 0; ++i) { // warm-up
                if (Status s = allocateOnce(); !s)
                    rc = fail(QStringLiteral("allocate"), s.error());
                else if (Status l = lookupOnce(); !l)
                    rc = fail(QStringLiteral("lookup"), l.error());
            }
            for (int done = 0; done < n && rc == 0; done += kBlock) {
                for (int i = 0; i < kBlock && rc == 0; ++i) {
                    timer.start();
                    if (Status s = allocateOnce(); !s)
                        rc = fail(QStringLiteral("allocate"), s.error());
                    series.allocate << double(timer.nsecsElapsed()) / 1e6;
                }
                for (int i = 0; i < kBlock && rc == 0; ++i) {
                    timer.start();
                    if (Status s = lookupOnce(); !s)
                        rc = fail(QStringLiteral("lookup"), s.error());
                    series.lookup << double(timer.nsecsElapsed()) / 1e6;
                }
            }
            if (rc != 0)
                break;
            const double a = median(series.allocate);
            const double l = median(series.lookup);
            out << QStringLiteral(
                       "bench_nextfree: next free /%1 in %2: %3 ms (got %4, expected %5), point lookup "
                       "%6 ms, ratio %7 (medians, N=%8 each)")
                       .arg(c.prefix)
                       .arg(c.family == 4 ? QStringLiteral("a /8 holding 500,000 /29s")
                                          : QStringLiteral("a /32 holding 100,000 /64s"))
                       .arg(a, 0, 'f', 3)
                       .arg(got, c.expected)
                       .arg(l, 0, 'f', 3)
                       .arg(a / l, 0, 'f', 1)
                       .arg(series.allocate.size())
                << '\n';
            if (got != c.expected)
                rc = 1;
        }
        // The commit-time tiling check: committed allocations with and without the trigger.
        auto super = db::open(cluster.superuserSettings(QStringLiteral("bench_nextfree")),
                              QStringLiteral("bench-trigger"), false);
        if (!super && rc == 0)
            rc = fail(QStringLiteral("connect"), super.error());
        QList<double> withCheck;
        QList<double> withoutCheck;
        for (int done = 0; done < n && rc == 0; done += kBlock) {
            for (const bool enabled : {true, false}) {
                if (Status s = db::execScript(
                        *super, enabled
                                    ? QStringLiteral(
                                          "ALTER TABLE subnets ENABLE TRIGGER subnets_children_tile_parent, "
                                          "ENABLE TRIGGER subnets_children_tile_parent_update")
                                    : QStringLiteral(
                                          "ALTER TABLE subnets DISABLE TRIGGER subnets_children_tile_parent, "
                                          "DISABLE TRIGGER subnets_children_tile_parent_update"));
                    !s) {
                    rc = fail(QStringLiteral("trigger"), s.error());
                    break;
                }
                for (int i = 0; i < kBlock && rc == 0; ++i) {
                    SubnetRequest request;
                    request.filter.family = 4;
                    request.prefixLength = 29;
                    QElapsedTimer timer;
                    timer.start();
                    if (auto r = allocator.allocateSubnet(request); !r)
                        rc = fail(QStringLiteral("allocate"), r.error());
                    (enabled ? withCheck : withoutCheck) << double(timer.nsecsElapsed()) / 1e6;
                }
            }
        }
        if (super) {
            db::execScript(*super,
                           QStringLiteral("ALTER TABLE subnets ENABLE TRIGGER subnets_children_tile_parent, "
                                          "ENABLE TRIGGER subnets_children_tile_parent_update"));
            super->close();
        }
        if (rc == 0) {
            const double on = median(withCheck);
            const double off = median(withoutCheck);
            out << QStringLiteral(
                       "bench_nextfree: committed /29 allocation with the tiling check %1 ms, without "
                       "%2 ms, ratio %3 (medians, N=%4 each)")
                       .arg(on, 0, 'f', 3)
                       .arg(off, 0, 'f', 3)
                       .arg(on / off, 0, 'f', 2)
                       .arg(withCheck.size())
                << '\n';
        }
        lookupQuery.reset();
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-trigger"));
    QSqlDatabase::removeDatabase(QStringLiteral("bench-main"));
    out.flush();
    return rc;
}
