// SPDX-License-Identifier: GPL-3.0-or-later
// bench_prefixtree [N]: opening a /8 that holds 65,536 /24s in the prefix tree.
//
// Starts a throw-away embedded cluster, bootstraps a database and fills it
// with 10.0.0.0/8 split into 65,536 /24s (set-up only: one generate_series
// INSERT with session_replication_role = replica, which skips the per-row
// tree-check and notification triggers; the rows are consistent by
// construction). Then, N times, in an offscreen QTreeView over PrefixTreeModel
// (lazy, paged through the WorkerPool): expand the /8 and time until the first
// page of children has been painted, and read VmRSS before and after.
//
// Baselines measured in the same run:
//  - one plain indexed query for the first page (the same 256 children by
//    parent_id and cidr, ids and CIDRs only) on one connection: the floor any
//    lazy tree pays;
//  - a QStandardItemModel holding 65,536 rows of the same texts in a
//    QTreeView (everything in memory at once): time to the first paint and
//    resident memory.
// Prints medians and the ratios.
#include "core/database.h"
#include "core/embeddedcluster.h"
#include "core/workerpool.h"
#include "ipam/ipamfront.h"
#include "ipam/prefixtreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>

using namespace hostdeck;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Resident set size in KiB, from /proc/self/status.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

int fail(const QString &what, const QString &message)
{
    QTextStream(stderr) << "bench_prefixtree: " << what << ": " << message << '\n';
    return 1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    constexpr int kChildren = 65536;
    QTextStream out(stdout);

    QTemporaryDir dir(QStringLiteral("/tmp/hostdeck-bench-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("temporary directory"), dir.errorString());
    EmbeddedCluster::Options options;
    options.baseDir = dir.path();
    options.durable = false;
    EmbeddedCluster cluster(options);
    auto started = cluster.ensureRunning();
    if (!started)
        return fail(QStringLiteral("starting the cluster"), started.error().fullText());

    int rc = 0;
    {
        auto settings =
            bootstrapEmbeddedDatabase(cluster, QStringLiteral("bench"), QStringLiteral("bench_operator"));
        if (!settings) {
            cluster.stop();
            return fail(QStringLiteral("bootstrap"), settings.error().fullText());
        }
        qint64 parentId = 0;
        {
            auto db =
                db::open(cluster.superuserSettings(QStringLiteral("bench")), QStringLiteral("bench-setup"));
            if (!db) {
                cluster.stop();
                return fail(QStringLiteral("connect"), db.error().fullText());
            }
            QElapsedTimer fill;
            fill.start();
            Status s = db::execScript(
                *db,
                QStringLiteral("SET session_replication_role = replica;"
                               "INSERT INTO subnets (cidr, ip_version, allocation_status)"
                               " VALUES ('10.0.0.0/8', 4, 'subdivided');"
                               "INSERT INTO subnets (parent_id, cidr, ip_version)"
                               " SELECT p.id, set_masklen('10.0.0.0'::inet + g * 256, 24)::cidr, 4"
                               " FROM subnets p, generate_series(0, 65535) g WHERE p.cidr = '10.0.0.0/8';"
                               "SET session_replication_role = DEFAULT;"
                               "ANALYZE subnets;"));
            if (!s) {
                cluster.stop();
                return fail(QStringLiteral("fixture"), s.error().fullText());
            }
            auto q = db::exec(*db, QStringLiteral("SELECT id FROM subnets WHERE cidr = '10.0.0.0/8'"), {});
            if (!q || !q->next()) {
                cluster.stop();
                return fail(QStringLiteral("fixture"), QStringLiteral("no /8"));
            }
            parentId = q->value(0).toLongLong();
            out << "bench_prefixtree: " << kChildren << " /24s under 10.0.0.0/8 set up in " << fill.elapsed()
                << " ms\n";
            db->close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-setup"));

        WorkerPool pool(*settings, 2);
        IpamFront front(&pool);

        // Baseline 1: the plain indexed query for the first page, on one connection.
        QList<double> queryMs;
        {
            auto db = db::open(*settings, QStringLiteral("bench-query"));
            if (!db) {
                cluster.stop();
                return fail(QStringLiteral("connect"), db.error().fullText());
            }
            for (int i = 0; i < n + 2; ++i) {
                QElapsedTimer t;
                t.start();
                auto q = db::exec(*db,
                                  QStringLiteral("SELECT id, cidr::text FROM subnets WHERE parent_id = :p"
                                                 " ORDER BY cidr LIMIT 256"),
                                  {{QStringLiteral("p"), parentId}});
                int rows = 0;
                while (q && q->next())
                    ++rows;
                if (i >= 2) // warm-up
                    queryMs << double(t.nsecsElapsed()) / 1e6;
            }
            db->close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-query"));

        // The lazy tree.
        const qint64 rssStart = residentKiB();
        PrefixTreeModel model(&front);
        QTreeView view;
        view.setModel(&model);
        view.setUniformRowHeights(true);
        model.attachView(&view);
        view.resize(1200, 800);
        view.show();
        QList<double> lazyMs;
        qint64 lazyRssDelta = 0;
        for (int i = 0; i < n + 1 && rc == 0; ++i) {
            model.reload();
            if (!waitFor([&] { return model.rowCount() > 0 && !model.isLoading(); })) {
                rc = fail(QStringLiteral("tree"), QStringLiteral("the roots did not load"));
                break;
            }
            const QModelIndex eight = model.index(0, 0);
            const qint64 rssBefore = residentKiB();
            bool painted = false;
            QElapsedTimer t;
            QObject::connect(&model, &PrefixTreeModel::pageLoaded, &view, [&](const QModelIndex &parent) {
                if (parent != eight || painted)
                    return;
                view.viewport()->repaint(); // synchronous: the first page on screen
                painted = true;
            });
            t.start();
            view.expand(eight);
            if (!waitFor([&] { return painted; })) {
                rc = fail(QStringLiteral("tree"), QStringLiteral("the first page did not arrive"));
                break;
            }
            const double ms = double(t.nsecsElapsed()) / 1e6;
            QObject::disconnect(&model, &PrefixTreeModel::pageLoaded, &view, nullptr);
            if (i == 0)
                continue; // warm-up
            lazyMs << ms;
            lazyRssDelta = std::max(lazyRssDelta, residentKiB() - rssBefore);
            if (model.rowCount(eight) >= kChildren) {
                rc = fail(QStringLiteral("tree"), QStringLiteral("everything was loaded at once"));
                break;
            }
        }
        const int rowsLoaded = model.rowCount(model.index(0, 0));
        const qint64 lazyRssTotal = residentKiB() - rssStart;

        // Baseline 2: every row in a QStandardItemModel at once.
        QList<double> eagerMs;
        qint64 eagerRssDelta = 0;
        for (int i = 0; i < 3 && rc == 0; ++i) {
            const qint64 rssBefore = residentKiB();
            QElapsedTimer t;
            t.start();
            auto *standard = new QStandardItemModel(kChildren, PrefixTreeModel::ColumnCount);
            for (int row = 0; row < kChildren; ++row) {
                const Cidr cidr = Cidr::fromParts(4, (uint128(10) << 24) + (uint128(row) << 8), 24);
                standard->setItem(row, 0, new QStandardItem(cidr.toString()));
                standard->setItem(row, 1, new QStandardItem(QStringLiteral("unallocated")));
                standard->setItem(row, 5, new QStandardItem(QStringLiteral("0 %")));
            }
            QTreeView eager;
            eager.setUniformRowHeights(true);
            eager.setModel(standard);
            eager.resize(1200, 800);
            eager.show();
            eager.viewport()->repaint();
            eagerMs << double(t.nsecsElapsed()) / 1e6;
            eagerRssDelta = std::max(eagerRssDelta, residentKiB() - rssBefore);
            eager.setModel(nullptr);
            delete standard;
        }

        if (rc == 0) {
            const double lazy = median(lazyMs);
            const double query = median(queryMs);
            const double eager = median(eagerMs);
            out << "bench_prefixtree: expand the /8 to the first page painted: "
                << QString::number(lazy, 'f', 2) << " ms (median of " << lazyMs.size() << "; " << rowsLoaded
                << " of " << kChildren << " rows loaded)\n";
            out << "bench_prefixtree: plain indexed query for the first page: "
                << QString::number(query, 'f', 2) << " ms, ratio "
                << QString::number(lazy / std::max(query, 1e-6), 'f', 1) << '\n';
            out << "bench_prefixtree: QStandardItemModel with all " << kChildren
                << " rows, to first paint: " << QString::number(eager, 'f', 2) << " ms, ratio lazy/eager "
                << QString::number(lazy / std::max(eager, 1e-6), 'f', 2) << '\n';
            out << "bench_prefixtree: resident memory: lazy tree +" << lazyRssDelta << " KiB per open (+"
                << lazyRssTotal << " KiB after " << lazyMs.size() + 1 << " opens), eager model +"
                << eagerRssDelta << " KiB, ratio eager/lazy "
                << QString::number(double(eagerRssDelta) / double(std::max<qint64>(lazyRssDelta, 1)), 'f', 0)
                << '\n';
        }
    }
    cluster.stop();
    return rc;
}
