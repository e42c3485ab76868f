// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ipamalloc CLUSTER_DIR [SECONDS] [CLIENTS]: allocation throughput of
// SubnetAllocator with concurrent clients.
//
// Uses the (running or startable) throw-away cluster in CLUSTER_DIR (as
// `hostdeck_testcluster start DIR` leaves it), creates the database
// "bench_ipam" afresh, adds an IPv4 /12 pool and an IPv6 /44 pool, then lets
// CLIENTS (default 8) WorkerPool threads, each on its own connection, allocate
// /29s from the /12 for SECONDS (default 10), then /64s from the /44 for
// SECONDS. Each allocation is one SubnetAllocator transaction: one
// ipam_allocate_subnet call (exact fit or best-fit split of a leaf locked
// with SKIP LOCKED, the provisioning log rows), the activity-log trigger and
// the commit-time tiling check. Prints transactions per second per
// family and checks that no block was handed out twice. The table
// bench_rows (1,000 rows) is left for the pgbench baseline that
// scripts/bench_ipam.sh runs against the same database right after.
#include "core/database.h"
#include "core/embeddedcluster.h"
#include "core/workerpool.h"
#include "ipam/subnetallocator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace hostdeck;

namespace {

int fail(const QString &what, const Error &error)
{
    QTextStream(stderr) << "bench_ipamalloc: " << what << ": " << error.fullText() << '\n';
    return 1;
}

struct ClientResult
{
    int allocations = 0;
    int failures = 0;
};

struct Phase
{
    int allocations = 0;
    int failures = 0;
    double seconds = 0;
    double tps() const { return seconds > 0 ? allocations / seconds : 0; }
};

Phase runPhase(WorkerPool &pool, int clients, int seconds, int family, const Cidr &poolCidr, int prefix)
{
    QList<QFuture<Result<ClientResult>>> futures;
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < clients; ++c) {
        futures << pool.run<ClientResult>([=](QSqlDatabase &db) -> Result<ClientResult> {
            ClientResult r;
            SubnetAllocator allocator(db);
            const QDeadlineTimer deadline(qint64(seconds) * 1000);
            while (!deadline.hasExpired()) {
                SubnetRequest request;
                request.filter.family = family;
                request.filter.pools = {poolCidr};
                request.prefixLength = prefix;
                request.purpose = QStringLiteral("bench");
                if (allocator.allocateSubnet(request))
                    ++r.allocations;
                else
                    ++r.failures;
            }
            return r;
        });
    }
    Phase phase;
    for (auto &f : futures) {
        f.waitForFinished();
        const Result<ClientResult> r = f.result();
        if (r) {
            phase.allocations += r->allocations;
            phase.failures += r->failures;
        } else {
            ++phase.failures;
        }
    }
    phase.seconds = double(timer.nsecsElapsed()) / 1e9;
    return phase;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_ipamalloc CLUSTER_DIR [SECONDS] [CLIENTS]\n";
        return 2;
    }
    const int seconds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 10;
    const int clients = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 8;

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
                db::execScript(*super, QStringLiteral("DROP DATABASE IF EXISTS bench_ipam WITH (FORCE)"));
            !s)
            return fail(QStringLiteral("drop database"), s.error());
        super->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-super"));
    auto settings =
        bootstrapEmbeddedDatabase(cluster, QStringLiteral("bench_ipam"), QStringLiteral("bench_operator"));
    if (!settings)
        return fail(QStringLiteral("bootstrap"), settings.error());

    const Cidr pool4 = *Cidr::parse(QStringLiteral("10.0.0.0/12"));
    const Cidr pool6 = *Cidr::parse(QStringLiteral("2001:db8::/44"));
    {
        auto db = db::open(*settings, QStringLiteral("bench-setup"));
        if (!db)
            return fail(QStringLiteral("connect"), db.error());
        SubnetAllocator allocator(*db);
        for (const Cidr &c : {pool4, pool6}) {
            NewSubnet n;
            n.cidr = c;
            if (auto added = allocator.addSubnet(n); !added)
                return fail(QStringLiteral("pool"), added.error());
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-setup"));
    {
        // pgbench's table, as the superuser (operators may not create tables).
        auto super = db::open(cluster.superuserSettings(QStringLiteral("bench_ipam")),
                              QStringLiteral("bench-rows"), false);
        if (!super)
            return fail(QStringLiteral("connect"), super.error());
        if (Status s =
                db::execScript(*super, QStringLiteral("CREATE TABLE bench_rows (id integer PRIMARY KEY, n "
                                                      "bigint NOT NULL DEFAULT 0);"
                                                      "INSERT INTO bench_rows (id) SELECT generate_series(1, "
                                                      "1000);"));
            !s)
            return fail(QStringLiteral("bench_rows"), s.error());
        super->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-rows"));

    WorkerPool workers(*settings, clients);
    const Phase v4 = runPhase(workers, clients, seconds, 4, pool4, 29);
    const Phase v6 = runPhase(workers, clients, seconds, 6, pool6, 64);

    // No block handed out twice: the allocated leaves are distinct and never overlap (the
    // database refuses overlaps among siblings; this checks across the whole tree).
    qint64 overlaps = -1;
    {
        auto db = db::open(*settings, QStringLiteral("bench-check"));
        if (!db)
            return fail(QStringLiteral("connect"), db.error());
        { // the query goes before its connection closes
            auto q = db::exec(
                *db, QStringLiteral("SELECT count(*) FROM subnets a JOIN subnets b ON a.id < b.id AND "
                                    "a.cidr && b.cidr WHERE a.allocation_status = 'allocated' AND "
                                    "b.allocation_status = 'allocated'"));
            if (!q || !q->next())
                return fail(QStringLiteral("check"),
                            q ? Error::failure(QStringLiteral("no result")) : q.error());
            overlaps = q->value(0).toLongLong();
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-check"));

    out << QStringLiteral("bench_ipamalloc: IPv4 /29 from a /12: %1 allocations in %2 s with %3 clients = %4 "
                          "tx/s (%5 failed)")
               .arg(v4.allocations)
               .arg(v4.seconds, 0, 'f', 1)
               .arg(clients)
               .arg(v4.tps(), 0, 'f', 1)
               .arg(v4.failures)
        << '\n';
    out << QStringLiteral("bench_ipamalloc: IPv6 /64 from a /44: %1 allocations in %2 s with %3 clients = %4 "
                          "tx/s (%5 failed)")
               .arg(v6.allocations)
               .arg(v6.seconds, 0, 'f', 1)
               .arg(clients)
               .arg(v6.tps(), 0, 'f', 1)
               .arg(v6.failures)
        << '\n';
    out << QStringLiteral("bench_ipamalloc: overlapping allocations: %1").arg(overlaps) << '\n';
    // Machine-readable for scripts/bench_ipam.sh.
    out << QStringLiteral("RESULT ipv4_tps=%1 ipv6_tps=%2 overlaps=%3")
               .arg(v4.tps(), 0, 'f', 1)
               .arg(v6.tps(), 0, 'f', 1)
               .arg(overlaps)
        << '\n';
    out.flush();
    return overlaps == 0 && v4.allocations > 0 && v6.allocations > 0 ? 0 : 1;
}
