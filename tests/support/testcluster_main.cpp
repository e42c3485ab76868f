// SPDX-License-Identifier: GPL-3.0-or-later
// hostdeck_testcluster start|stop DIR: the "pg" ctest fixture. Starts one
// throw-away cluster per test run with the console's own EmbeddedCluster code.
#include "core/embeddedcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace hostdeck;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("start") && args[1] != QLatin1String("stop"))) {
        err << "usage: hostdeck_testcluster start|stop DIR\n";
        return 2;
    }
    EmbeddedCluster::Options options;
    options.baseDir = args[2];
    options.durable = false;
    EmbeddedCluster cluster(options);
    if (args[1] == QLatin1String("start")) {
        auto s = cluster.ensureRunning();
        if (!s) {
            err << s.error().fullText() << '\n';
            return 1;
        }
        QTextStream(stdout) << "cluster running in " << cluster.dataDir() << '\n';
        return 0;
    }
    if (!cluster.isRunning())
        return 0;
    Status s = cluster.stop();
    if (!s) {
        err << s.error().fullText() << '\n';
        return 1;
    }
    return 0;
}
