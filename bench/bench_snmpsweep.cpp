// SPDX-License-Identifier: GPL-3.0-or-later
// bench_snmpsweep [AGENTS] [PORTS] [ENDPOINTS] [PARALLEL]: one SNMP sweep of
// AGENTS (default 100) simulated switches with PORTS (default 48) ports each
// with the Net-SNMP poller (drivers/snmppoller: one thread, asynchronous) vs
// Net-SNMP's own `snmpbulkwalk` over the same agents.
//
// snmpsimd serves AGENTS generated .snmprec files (community agentNNN) on
// ENDPOINTS (default 4) UDP endpoints on 127.0.0.1. After one warm-up sweep,
// it measures
//   - the poller: one sweep of ifTable + ifXTable columns and sysUpTime of all
//     agents (CPU of this process, getrusage RUSAGE_SELF, and wall time);
//   - snmpbulkwalk of ifXTable (1.3.6.1.2.1.31.1.1) per agent, run
//     sequentially, and PARALLEL (default 16) at a time (CPU of the children,
//     getrusage RUSAGE_CHILDREN, and wall time);
//   - snmpbulkwalk of ifTable and ifXTable per agent (two walks, the same
//     data the poller reads), sequentially.
// CPU is user+sys of the client side only; snmpsimd's CPU is not counted.
#include "snmppeers.h"
#include "snmppoller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

using namespace hostdeck;
using namespace hostdeck::test;

namespace {

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Figures
{
    double cpu = 0;
    double wall = 0;
    int failures = 0;
};

QString community(int i)
{
    return QStringLiteral("agent%1").arg(i, 3, 10, QLatin1Char('0'));
}

/// Runs snmpbulkwalk over every agent for each of `roots`, `parallel` processes at a time.
Figures bulkwalks(const QList<quint16> &ports, int agents, const QStringList &roots, int parallel)
{
    struct Job
    {
        int agent;
        QString root;
    };
    QList<Job> jobs;
    for (int i = 0; i < agents; ++i)
        for (const QString &root : roots)
            jobs.append({i, root});
    Figures figures;
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer wall;
    wall.start();
    QList<QProcess *> running;
    qsizetype next = 0;
    while (next < jobs.size() || !running.isEmpty()) {
        while (running.size() < parallel && next < jobs.size()) {
            const Job &job = jobs[next++];
            auto *process = new QProcess;
            process->setStandardOutputFile(QProcess::nullDevice());
            process->setStandardErrorFile(QProcess::nullDevice());
            process->start(QStringLiteral("snmpbulkwalk"),
                           {QStringLiteral("-v2c"), QStringLiteral("-c"), community(job.agent),
                            QStringLiteral("-m"), QString(), QStringLiteral("-M"), QString(),
                            QStringLiteral("-On"), QStringLiteral("-Cr25"), QStringLiteral("-t"),
                            QStringLiteral("5"), QStringLiteral("-r"), QStringLiteral("1"),
                            QStringLiteral("127.0.0.1:%1").arg(ports[job.agent % ports.size()]), job.root});
            running.append(process);
        }
        QProcess *first = running.takeFirst();
        if (!first->waitForFinished(120000) || first->exitStatus() != QProcess::NormalExit ||
            first->exitCode() != 0)
            ++figures.failures;
        delete first;
    }
    figures.wall = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    figures.cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int agents = args.size() > 1 ? args[1].toInt() : 100;
    const int ports = args.size() > 2 ? args[2].toInt() : 48;
    const int endpoints = args.size() > 3 ? args[3].toInt() : 4;
    const int parallel = args.size() > 4 ? args[4].toInt() : 16;
    QTextStream out(stdout);
    if (agents < 1 || ports < 1 || endpoints < 1 || parallel < 1) {
        QTextStream(stderr) << "usage: bench_snmpsweep [AGENTS] [PORTS] [ENDPOINTS] [PARALLEL]\n";
        return 2;
    }

    QMap<QString, QByteArray> files;
    for (int i = 0; i < agents; ++i) {
        SwitchSpec spec;
        spec.ports = ports;
        spec.seed = i;
        files.insert(community(i), switchSnmprec(spec));
    }
    SnmpSimulator sim;
    QElapsedTimer startup;
    startup.start();
    if (!sim.start(files, endpoints)) {
        QTextStream(stderr) << "bench_snmpsweep: " << sim.error() << '\n';
        return 1;
    }
    out << "bench_snmpsweep: snmpsimd with " << agents << " agents x " << ports << " ports on " << endpoints
        << " endpoints ready in " << startup.elapsed() << " ms\n";

    QList<SnmpPollRequest> requests;
    for (int i = 0; i < agents; ++i) {
        SnmpPollRequest request;
        request.key = i;
        request.target.host = QStringLiteral("127.0.0.1");
        request.target.port = sim.ports()[i % sim.ports().size()];
        request.target.community = community(i);
        request.target.timeoutMs = 5000;
        request.target.retries = 1;
        requests.append(request);
    }
    const auto poller = makeSnmpPoller();
    poller->sweep(requests); // warm-up: snmpsimd opens and caches each data file once

    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer wall;
    wall.start();
    const QList<SnmpPollResult> results = poller->sweep(requests);
    Figures sweep;
    sweep.wall = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    sweep.cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    qint64 rows = 0;
    for (const SnmpPollResult &result : results) {
        if (!result.poll.ok() || result.poll->interfaces.size() != ports) {
            ++sweep.failures;
            if (!result.poll.ok())
                QTextStream(stderr) << result.poll.error().fullText() << '\n';
        } else {
            rows += result.poll->interfaces.size();
        }
    }

    const QString ifXTable = QStringLiteral("1.3.6.1.2.1.31.1.1");
    const QString ifTable = QStringLiteral("1.3.6.1.2.1.2.2");
    const Figures sequential = bulkwalks(sim.ports(), agents, {ifXTable}, 1);
    const Figures concurrent = bulkwalks(sim.ports(), agents, {ifXTable}, parallel);
    const Figures both = bulkwalks(sim.ports(), agents, {ifTable, ifXTable}, 1);

    auto line = [&](const QString &what, const Figures &f) {
        out << "bench_snmpsweep: " << what << ": CPU " << QString::number(f.cpu, 'f', 3) << " s, wall "
            << QString::number(f.wall, 'f', 3) << " s, failures " << f.failures << '\n';
    };
    line(QStringLiteral("poller, one sweep (ifTable+ifXTable columns, %1 rows)").arg(rows), sweep);
    line(QStringLiteral("snmpbulkwalk ifXTable, sequential"), sequential);
    line(QStringLiteral("snmpbulkwalk ifXTable, %1 in parallel").arg(parallel), concurrent);
    line(QStringLiteral("snmpbulkwalk ifTable+ifXTable, sequential"), both);
    auto ratio = [](double a, double b) {
        return b > 0 ? QString::number(a / b, 'f', 1) : QStringLiteral("inf");
    };
    out << "bench_snmpsweep: CPU ratio snmpbulkwalk/poller: " << ratio(sequential.cpu, sweep.cpu)
        << " (ifXTable, sequential), " << ratio(concurrent.cpu, sweep.cpu) << " (ifXTable, parallel), "
        << ratio(both.cpu, sweep.cpu) << " (both tables)\n";
    out << "bench_snmpsweep: wall ratio snmpbulkwalk/poller: " << ratio(sequential.wall, sweep.wall)
        << " (ifXTable, sequential), " << ratio(concurrent.wall, sweep.wall) << " (ifXTable, parallel), "
        << ratio(both.wall, sweep.wall) << " (both tables)\n";
    return sweep.failures + sequential.failures + concurrent.failures + both.failures == 0 ? 0 : 1;
}
