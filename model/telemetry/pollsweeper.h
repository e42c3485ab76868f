// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "core/result.h"
#include "telemetry/snmp.h"
#include "telemetry/snmpsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTimer;

namespace hostdeck {

class WorkerPool;

/// What one device's poll stored.
struct DevicePollResult
{
    qint64 deviceId = 0;
    QString deviceName;
    bool ok = false;
    QString error;        ///< why the poll or its storage failed (stored in device_snmp.last_poll_error)
    int ports = 0;        ///< interfaces and outlets matched to ports rows
    int portsCreated = 0; ///< ... of which were created by this poll
    int baselines = 0; ///< ports whose reading became a baseline without a sample (first poll, discontinuity)
    int trafficSamples = 0;
    int powerSamples = 0;
    int withoutCounters = 0; ///< interfaces the agent lists without octet counters (no rate, no sample)
    QStringList warnings;    ///< interfaces or outlets left out, with the reason
};

/// What one sweep did: one entry per enabled device, in device name order.
struct PollSummary
{
    QDateTime startedAt; ///< UTC
    qint64 elapsedMs = 0;
    QList<DevicePollResult> devices;
    /// Enabled demo agents (device_snmp.demo) left out of the sweep: no packet goes to them.
    int demoSkipped = 0;

    int devicesOk() const;
    int devicesFailed() const;
    int ports() const;
    int portsCreated() const;
    int baselines() const;
    int trafficSamples() const;
    int powerSamples() const;
    /// One line for a log: counts, duration and the failed devices with their errors.
    QString logLine() const;
};

/// Polls every enabled device_snmp target in one sweep and stores what came
/// back: ports (created by ifIndex/ifName, updated with alias, speed, MAC,
/// status), counter baselines (port_counters), 5-minute traffic_samples from
/// countermath deltas, and PDU power_samples. Each device is stored in one
/// transaction of its own, so a failing agent or a refused write affects only
/// that device; its error goes to device_snmp.last_poll_error. The database
/// role must be hostdeck_noc (or an administrator). docs/network.md, "Poller
/// storage", states the rules.
class PollSweeper
{
    Q_DECLARE_TR_FUNCTIONS(PollSweeper)

public:
    explicit PollSweeper(SnmpPoller &poller);

    /// Loads the enabled targets, polls them all in one SnmpPoller::sweep()
    /// and stores each result. An Error only when the targets cannot be read
    /// (e.g. the role may not read SNMP credentials); per-device failures are
    /// in the summary.
    Result<PollSummary> sweep(QSqlDatabase &db);

    /// Stores one device's poll (a sweep calls this for every answer). Public
    /// for the command line and tests; runs its own transaction.
    DevicePollResult store(QSqlDatabase &db, qint64 deviceId, const QString &deviceName,
                           const SnmpPoll &poll);

    /// Records a failed poll of a device in device_snmp (last_poll_at, last_poll_error).
    static Status recordFailure(QSqlDatabase &db, qint64 deviceId, const QDateTime &at, const QString &error);

    /// After a successful SET of ifAdminStatus: stores the port's new admin
    /// status (activity-logged as the session's role), in one transaction. An
    /// error when the port does not exist.
    static Status recordAdminStatus(QSqlDatabase &db, qint64 portId, bool up);

private:
    SnmpPoller &m_poller;
};

/// Runs PollSweeper sweeps on a schedule, headless (the `hostdeck worker
/// --poll` verb). Sweeps start at every multiple of the interval since the
/// epoch plus an offset (by default :00:10, :05:10, ... UTC), run on a worker
/// thread with their own database connection, and never overlap: a tick that
/// comes while a sweep runs is skipped and logged. The worker lives in the
/// thread that creates it and needs that thread's event loop.
class PollWorker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int intervalSeconds = 300; ///< the schedule's period (tests use 1)
        int offsetSeconds = 10;    ///< after each boundary, so agents' 5-minute jobs are done
        int maxSweeps = 0;         ///< stop after this many sweeps; 0 = until stop()
        bool sweepAtStart = true;  ///< one sweep right away (baselines, connectivity check)
    };

    /// `settings` must name a NOC (or administrator) role; `poller` is
    /// drivers' makeSnmpPoller() or a test's own.
    PollWorker(ConnectionSettings settings, std::shared_ptr<SnmpPoller> poller, Options options,
               QObject *parent = nullptr);
    PollWorker(ConnectionSettings settings, std::shared_ptr<SnmpPoller> poller, QObject *parent = nullptr);
    ~PollWorker() override;

    /// Receives one line per sweep (and per skipped tick); called in this object's thread.
    void setLogger(std::function<void(const QString &)> logger);

    /// Starts the schedule. Calling it again while running does nothing.
    void start();
    /// No further sweeps; finished() follows once a running sweep has ended.
    void stop();

    bool isRunning() const { return m_running; }
    bool sweepInProgress() const { return m_busy; }
    int sweepsDone() const { return m_sweeps; }
    /// When the next sweep is due (UTC); invalid when not running.
    QDateTime nextSweepAt() const;

    /// The next start at or after `nowMs` (ms since the epoch) for a schedule
    /// of `intervalSeconds` with `offsetSeconds`.
    static qint64 nextStartMs(qint64 nowMs, int intervalSeconds, int offsetSeconds);

signals:
    /// After each sweep: its summary, or the error that stopped it as a whole.
    void sweepFinished(const hostdeck::PollSummary &summary, const QString &error);
    /// The worker stopped (stop(), or maxSweeps reached) and no sweep runs.
    void finished();

private:
    void scheduleNext();
    void tick();
    void sweepDone(const Result<PollSummary> &result);
    void log(const QString &line);

    std::shared_ptr<SnmpPoller> m_poller;
    Options m_options;
    std::unique_ptr<WorkerPool> m_pool;
    QTimer *m_timer = nullptr;
    std::function<void(const QString &)> m_logger;
    qint64 m_nextMs = 0;
    int m_sweeps = 0;
    int m_started = 0;
    bool m_running = false;
    bool m_busy = false;
    bool m_stopping = false;
};

} // namespace hostdeck

Q_DECLARE_METATYPE(hostdeck::PollSummary)
