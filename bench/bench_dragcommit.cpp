// SPDX-License-Identifier: GPL-3.0-or-later
// bench_dragcommit [N]: what one drag-and-drop in the rack elevation costs.
//
// Starts a throw-away embedded cluster, bootstraps a database and a rack of
// devices, then times N drops exactly as the GUI commits them (a
// DcimRepository::moveDevice transaction with one UPDATE, run through the
// WorkerPool and waited on) against N bare prepared
// `UPDATE devices SET u_start = u_start WHERE id = $1` round trips in
// autocommit on one connection. Prints both per-operation times and their
// ratio; the two are measured in the same run, alternating in blocks, so the
// ratio does not depend on how fast the machine is.
#include "core/database.h"
#include "core/embeddedcluster.h"
#include "core/workerpool.h"
#include "dcim/dcimrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <numeric>

using namespace hostdeck;

namespace {

struct Samples
{
    QList<double> ms;

    double mean() const
    {
        return ms.isEmpty() ? 0 : std::accumulate(ms.cbegin(), ms.cend(), 0.0) / double(ms.size());
    }
    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto index = std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size())));
        return sorted.at(index);
    }
};

int fail(const QString &what, const Error &error)
{
    QTextStream(stderr) << "bench_dragcommit: " << what << ": " << error.fullText() << '\n';
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 500;
    constexpr int kBlock = 50;
    constexpr int kWarmUp = 20;
    QTextStream out(stdout);

    // Under /tmp so that the cluster's system user can reach it when run as root.
    QTemporaryDir dir(QStringLiteral("/tmp/hostdeck-bench-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("temporary directory"), Error::failure(dir.errorString()));
    EmbeddedCluster::Options options;
    options.baseDir = dir.path();
    options.durable = false;
    EmbeddedCluster cluster(options);
    auto started = cluster.ensureRunning();
    if (!started)
        return fail(QStringLiteral("starting the cluster"), started.error());

    int rc = 0;
    {
        auto settings =
            bootstrapEmbeddedDatabase(cluster, QStringLiteral("bench"), QStringLiteral("bench_operator"));
        if (!settings) {
            cluster.stop();
            return fail(QStringLiteral("bootstrap"), settings.error());
        }

        qint64 deviceId = 0;
        qint64 rackId = 0;
        {
            auto db = db::open(*settings, QStringLiteral("bench-setup"));
            if (!db) {
                cluster.stop();
                return fail(QStringLiteral("connect"), db.error());
            }
            Status s = db::execScript(
                *db,
                QStringLiteral("INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-BEN', 'Bench');"
                               "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', "
                               "'EU-BEN-R1', 'Room' "
                               " FROM locations WHERE code = 'EU-BEN';"
                               "INSERT INTO racks (location_id, name, u_height, power_budget_kw) SELECT id, "
                               "'B01', 42, 8 "
                               " FROM locations WHERE code = 'EU-BEN-R1';"
                               "INSERT INTO device_types (manufacturer, model, kind, u_height, watts) VALUES "
                               "('Dell', 'R650', 'server', 1, 450);"
                               "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end, watts) "
                               " SELECT t.id, 'srv-' || g, r.id, g, g, 450 FROM device_types t, racks r, "
                               "generate_series(1, 30) g;"));
            if (!s) {
                cluster.stop();
                return fail(QStringLiteral("fixture"), s.error());
            }
            DcimRepository repo(*db);
            auto dev = repo.device(0, QStringLiteral("srv-30"));
            if (!dev) {
                cluster.stop();
                return fail(QStringLiteral("fixture"), dev.error());
            }
            deviceId = dev->id;
            rackId = dev->placement.rackId;
            db->close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-setup"));

        WorkerPool pool(*settings);
        int flip = 0;
        // One drop: the device goes between U30 and U32, as a user dragging it would.
        auto commit = [&]() -> Status {
            Placement to;
            to.rackId = rackId;
            to.uStart = to.uEnd = (flip++ % 2 == 0) ? 32 : 30;
            auto future = pool.run<bool>([deviceId, to](QSqlDatabase &db) -> Result<bool> {
                Status s = DcimRepository(db).moveDevice(deviceId, to);
                if (!s)
                    return s.error();
                return true;
            });
            future.waitForFinished();
            const Result<bool> r = future.result();
            return r ? Status{} : Status{r.error()};
        };

        auto bare = db::open(*settings, QStringLiteral("bench-bare"));
        if (!bare) {
            cluster.stop();
            return fail(QStringLiteral("connect"), bare.error());
        }
        {
            QSqlQuery update(*bare);
            if (!update.prepare(QStringLiteral("UPDATE devices SET u_start = u_start WHERE id = ?"))) {
                cluster.stop();
                return fail(QStringLiteral("prepare"), db::fromSqlError(update.lastError()));
            }
            auto roundTrip = [&]() -> Status {
                update.bindValue(0, deviceId);
                if (!update.exec())
                    return db::fromSqlError(update.lastError());
                return {};
            };

            Samples commits;
            Samples bareUpdates;
            QElapsedTimer timer;
            for (int i = 0; i < kWarmUp && rc == 0; ++i) {
                if (Status s = commit(); !s)
                    rc = fail(QStringLiteral("commit"), s.error());
                else if (Status b = roundTrip(); !b)
                    rc = fail(QStringLiteral("bare UPDATE"), b.error());
            }
            // Alternate blocks, so drift (autovacuum, caches, the other
            // processes on the machine) hits both sides alike.
            for (int done = 0; done < n && rc == 0; done += kBlock) {
                const int block = std::min(kBlock, n - done);
                for (int i = 0; i < block && rc == 0; ++i) {
                    timer.start();
                    if (Status s = commit(); !s)
                        rc = fail(QStringLiteral("commit"), s.error());
                    commits.ms << double(timer.nsecsElapsed()) / 1e6;
                }
                for (int i = 0; i < block && rc == 0; ++i) {
                    timer.start();
                    if (Status s = roundTrip(); !s)
                        rc = fail(QStringLiteral("bare UPDATE"), s.error());
                    bareUpdates.ms << double(timer.nsecsElapsed()) / 1e6;
                }
            }
            if (rc == 0) {
                // Medians lead: on a shared machine they resist the outliers that move the mean.
                const double commitMedian = commits.percentile(0.5);
                const double bareMedian = bareUpdates.percentile(0.5);
                out << QStringLiteral(
                           "bench_dragcommit: commit %1 ms, bare UPDATE %2 ms, ratio %3 (medians, N=%4 each)")
                           .arg(commitMedian, 0, 'f', 3)
                           .arg(bareMedian, 0, 'f', 3)
                           .arg(commitMedian / bareMedian, 0, 'f', 1)
                           .arg(n)
                    << '\n';
                out << QStringLiteral("bench_dragcommit: means %1 ms vs %2 ms (ratio %3); p95 %4 ms vs %5 ms")
                           .arg(commits.mean(), 0, 'f', 3)
                           .arg(bareUpdates.mean(), 0, 'f', 3)
                           .arg(commits.mean() / bareUpdates.mean(), 0, 'f', 1)
                           .arg(commits.percentile(0.95), 0, 'f', 3)
                           .arg(bareUpdates.percentile(0.95), 0, 'f', 3)
                    << '\n';
            }
        }
        bare->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-bare"));
    if (Status s = cluster.stop(); !s && rc == 0)
        rc = fail(QStringLiteral("stopping the cluster"), s.error());
    return rc;
}
