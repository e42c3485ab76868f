// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/pollsweeper.h"

#include "core/database.h"
#include "core/workerpool.h"
#include "telemetry/countermath.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>
#include <limits>

namespace hostdeck {

namespace {

constexpr qint64 kMaxBigint = std::numeric_limits<qint64>::max();

QString adminStatusName(int status)
{
    switch (status) {
    case 1:
        return QStringLiteral("up");
    case 2:
        return QStringLiteral("down");
    case 3:
        return QStringLiteral("testing");
    default:
        return QStringLiteral("unknown");
    }
}

// ifOperStatus: up(1), down(2), testing(3), unknown(4), dormant(5), notPresent(6), lowerLayerDown(7).
QString operStatusName(int status)
{
    switch (status) {
    case 1:
        return QStringLiteral("up");
    case 2:
    case 5:
    case 6:
    case 7:
        return QStringLiteral("down");
    case 3:
        return QStringLiteral("testing");
    default:
        return QStringLiteral("unknown");
    }
}

QVariant macOrNull(const QString &mac)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"));
    return re.match(mac).hasMatch() ? QVariant(mac.toLower()) : QVariant(QMetaType::fromType<QString>());
}

// A null QString binds as SQL NULL; these columns are NOT NULL with '' meaning "none".
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

double epochSeconds(const QDateTime &at)
{
    return double(at.toMSecsSinceEpoch()) / 1000.0;
}

struct StoredCounters
{
    qint64 polledAtMs = 0;
    CounterReading in;
    CounterReading out;
};

/// The port's stored baseline, locked for this transaction.
Result<std::optional<StoredCounters>> storedCounters(QSqlDatabase &db, qint64 portId)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT (extract(epoch FROM polled_at) * 1000)::bigint, sys_uptime, "
                                     "in_octets::text, out_octets::text, hc_counters, discontinuity_time "
                                     "FROM port_counters WHERE port_id = :port FOR UPDATE"),
                      {{QStringLiteral("port"), portId}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredCounters>{};
    StoredCounters s;
    s.polledAtMs = q->value(0).toLongLong();
    const int width = q->value(4).toBool() ? 64 : 32;
    std::optional<quint32> discontinuity;
    if (!q->value(5).isNull())
        discontinuity = quint32(q->value(5).toLongLong());
    const auto uptime = quint32(q->value(1).toLongLong());
    s.in = CounterReading{q->value(2).toString().toULongLong(), width, uptime, discontinuity};
    s.out = CounterReading{q->value(3).toString().toULongLong(), width, uptime, discontinuity};
    return std::optional<StoredCounters>{s};
}

Status saveCounters(QSqlDatabase &db, qint64 portId, const QDateTime &at, const SnmpPoll &poll,
                    const InterfaceSample &iface, const QString &verdict)
{
    auto q = db::exec(
        db,
        QStringLiteral(
            "INSERT INTO port_counters (port_id, polled_at, sys_uptime, in_octets, out_octets, "
            " hc_counters, discontinuity_time, last_verdict) "
            "VALUES (:port, to_timestamp(:at), :uptime, CAST(:in AS numeric), CAST(:out AS numeric), "
            " :hc, :discontinuity, :verdict) "
            "ON CONFLICT (port_id) DO UPDATE SET polled_at = EXCLUDED.polled_at, "
            " sys_uptime = EXCLUDED.sys_uptime, in_octets = EXCLUDED.in_octets, "
            " out_octets = EXCLUDED.out_octets, hc_counters = EXCLUDED.hc_counters, "
            " discontinuity_time = EXCLUDED.discontinuity_time, last_verdict = EXCLUDED.last_verdict"),
        {{QStringLiteral("port"), portId},
         {QStringLiteral("at"), epochSeconds(at)},
         {QStringLiteral("uptime"), qint64(poll.sysUpTime)},
         {QStringLiteral("in"), QString::number(iface.inOctets)},
         {QStringLiteral("out"), QString::number(iface.outOctets)},
         {QStringLiteral("hc"), iface.hcCounters},
         {QStringLiteral("discontinuity"), iface.discontinuityTime
                                               ? QVariant(qint64(*iface.discontinuityTime))
                                               : QVariant(QMetaType::fromType<qint64>())},
         {QStringLiteral("verdict"), verdict}});
    if (!q)
        return q.error();
    return {};
}

/// The ports row for an interface: by ifIndex, else an unindexed port of the
/// same name (which gets the ifIndex), else a new switch port named after
/// ifName. nullopt with `warning` set when the name belongs to a port with
/// another ifIndex.
Result<std::optional<qint64>> matchPort(QSqlDatabase &db, qint64 deviceId, const InterfaceSample &iface,
                                        const QString &name, const QDateTime &at, bool &created,
                                        QString &warning)
{
    QVariantMap binds = {
        {QStringLiteral("device"), deviceId},
        {QStringLiteral("if_index"), iface.ifIndex},
        {QStringLiteral("alias"),
         iface.alias.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(iface.alias)},
        {QStringLiteral("speed"), qint64(std::min<quint64>(iface.speedBps, quint64(kMaxBigint)))},
        {QStringLiteral("mac"), macOrNull(iface.mac)},
        {QStringLiteral("admin"), adminStatusName(iface.adminStatus)},
        {QStringLiteral("oper"), operStatusName(iface.operStatus)},
        {QStringLiteral("at"), epochSeconds(at)},
    };
    // A speed of 0, a missing MAC and a missing alias mean "the agent does not say": keep what is stored.
    const QString set = QStringLiteral(
        "alias = COALESCE(CAST(:alias AS text), alias), speed_bps = COALESCE(NULLIF(CAST(:speed AS bigint), "
        "0), speed_bps), "
        "mac = COALESCE(CAST(:mac AS macaddr), mac), admin_status = :admin, oper_status = :oper, "
        "last_polled = to_timestamp(:at)");
    created = false;
    auto byIndex =
        db::exec(db,
                 QStringLiteral("UPDATE ports SET ") + set +
                     QStringLiteral(" WHERE device_id = :device AND if_index = :if_index RETURNING id"),
                 binds);
    if (!byIndex)
        return byIndex.error();
    if (byIndex->next())
        return std::optional<qint64>{byIndex->value(0).toLongLong()};
    binds.insert(QStringLiteral("name"), name);
    auto byName =
        db::exec(db,
                 QStringLiteral("UPDATE ports SET if_index = :if_index, ") + set +
                     QStringLiteral(" WHERE device_id = :device AND name = :name AND if_index IS NULL "
                                    "RETURNING id"),
                 binds);
    if (!byName)
        return byName.error();
    if (byName->next())
        return std::optional<qint64>{byName->value(0).toLongLong()};
    auto inserted = db::exec(
        db,
        QStringLiteral(
            "INSERT INTO ports (device_id, name, kind, if_index, alias, speed_bps, mac, admin_status, "
            " oper_status, last_polled) "
            "VALUES (:device, :name, 'switch', :if_index, COALESCE(CAST(:alias AS text), ''), "
            " NULLIF(CAST(:speed AS bigint), 0), "
            " CAST(:mac AS macaddr), :admin, :oper, to_timestamp(:at)) "
            "ON CONFLICT (device_id, name) DO NOTHING RETURNING id"),
        binds);
    if (!inserted)
        return inserted.error();
    if (inserted->next()) {
        created = true;
        return std::optional<qint64>{inserted->value(0).toLongLong()};
    }
    warning = PollSweeper::tr("interface \"%1\" (ifIndex %2) left out: a port of that name has another "
                              "ifIndex (renumbered by the agent?)")
                  .arg(name)
                  .arg(iface.ifIndex);
    return std::optional<qint64>{};
}

} // namespace

// ---------------------------------------------------------------------------
// PollSummary
// ---------------------------------------------------------------------------

int PollSummary::devicesOk() const
{
    return int(
        std::count_if(devices.cbegin(), devices.cend(), [](const DevicePollResult &d) { return d.ok; }));
}

int PollSummary::devicesFailed() const
{
    return int(devices.size()) - devicesOk();
}

#define HOSTDECK_SUM(member)                                                                                 \
    int n = 0;                                                                                               \
    for (const DevicePollResult &d : devices)                                                                \
        n += d.member;                                                                                       \
    return n

int PollSummary::ports() const
{
    HOSTDECK_SUM(ports);
}
int PollSummary::portsCreated() const
{
    HOSTDECK_SUM(portsCreated);
}
int PollSummary::baselines() const
{
    HOSTDECK_SUM(baselines);
}
int PollSummary::trafficSamples() const
{
    HOSTDECK_SUM(trafficSamples);
}
int PollSummary::powerSamples() const
{
    HOSTDECK_SUM(powerSamples);
}
#undef HOSTDECK_SUM

QString PollSummary::logLine() const
{
    QString line = PollSweeper::tr("%1 devices polled, %2 failed; %3 ports (%4 new), %5 traffic samples, "
                                   "%6 power samples, %7 baselines; %8 s")
                       .arg(devicesOk() + devicesFailed())
                       .arg(devicesFailed())
                       .arg(ports())
                       .arg(portsCreated())
                       .arg(trafficSamples())
                       .arg(powerSamples())
                       .arg(baselines())
                       .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    if (demoSkipped > 0)
        line +=
            QStringLiteral("; ") + PollSweeper::tr("%n demo device(s) not contacted", nullptr, demoSkipped);
    // A few failures in words; a sweep of a dead site would otherwise write one endless line.
    constexpr int kListed = 5;
    int listed = 0;
    for (const DevicePollResult &d : devices) {
        if (!d.ok && listed++ < kListed)
            line += QStringLiteral("; ") + PollSweeper::tr("%1 failed: %2").arg(d.deviceName, d.error);
    }
    if (listed > kListed)
        line += QStringLiteral("; ") +
                PollSweeper::tr("%n more failed (each device's last error is kept with its SNMP settings)",
                                nullptr, listed - kListed);
    return line;
}

// ---------------------------------------------------------------------------
// PollSweeper
// ---------------------------------------------------------------------------

PollSweeper::PollSweeper(SnmpPoller &poller)
    : m_poller(poller)
{}

Result<PollSummary> PollSweeper::sweep(QSqlDatabase &db)
{
    QElapsedTimer timer;
    timer.start();
    PollSummary summary;
    summary.startedAt = QDateTime::currentDateTimeUtc();
    auto targets = SnmpSettingsRepository(db).enabledTargets();
    if (!targets)
        return targets.error();
    // Demo agents are not polled at all (the poller would refuse them anyway).
    targets->removeIf([&summary](const SnmpPollTarget &t) {
        summary.demoSkipped += t.request.target.demo ? 1 : 0;
        return t.request.target.demo;
    });
    QList<SnmpPollRequest> requests;
    for (const SnmpPollTarget &t : std::as_const(*targets))
        requests << t.request;
    const QList<SnmpPollResult> results =
        requests.isEmpty() ? QList<SnmpPollResult>{} : m_poller.sweep(requests);
    QHash<qint64, qsizetype> byKey;
    for (qsizetype i = 0; i < results.size(); ++i)
        byKey.insert(results.at(i).key, i);

    for (const SnmpPollTarget &t : std::as_const(*targets)) {
        const qsizetype index = byKey.value(t.deviceId, -1);
        if (index < 0 || !results.at(index).poll.ok()) {
            DevicePollResult failed;
            failed.deviceId = t.deviceId;
            failed.deviceName = t.deviceName;
            failed.error = index < 0 ? tr("the poller returned no result for this device")
                                     : results.at(index).poll.error().fullText();
            if (Status s = recordFailure(db, t.deviceId, QDateTime::currentDateTimeUtc(), failed.error); !s)
                failed.error += QStringLiteral(" (") + s.error().fullText() + u')';
            summary.devices << failed;
            continue;
        }
        summary.devices << store(db, t.deviceId, t.deviceName, results.at(index).poll.value());
    }
    summary.elapsedMs = timer.elapsed();
    return summary;
}

DevicePollResult PollSweeper::store(QSqlDatabase &db, qint64 deviceId, const QString &deviceName,
                                    const SnmpPoll &poll)
{
    const QDateTime at = poll.polledAt.isValid() ? poll.polledAt.toUTC() : QDateTime::currentDateTimeUtc();
    DevicePollResult result;
    Status stored = db::inTransaction(db, [&]() -> Status {
        result = DevicePollResult{};
        result.deviceId = deviceId;
        result.deviceName = deviceName;
        // One store per device at a time (the worker and a command-line poll may meet here).
        auto lock = db::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"),
                             {{QStringLiteral("key"), qint64(0x486f737450000000) + deviceId}});
        if (!lock)
            return lock.error();

        for (const InterfaceSample &iface : poll.interfaces) {
            if (iface.ifIndex <= 0) {
                result.warnings
                    << tr("an interface without a valid ifIndex (%1) left out").arg(iface.ifIndex);
                continue;
            }
            QString name = iface.name.trimmed();
            if (name.isEmpty())
                name = iface.descr.trimmed();
            if (name.isEmpty())
                name = QStringLiteral("ifIndex %1").arg(iface.ifIndex);
            bool created = false;
            QString warning;
            auto port = matchPort(db, deviceId, iface, name, at, created, warning);
            if (!port)
                return port.error();
            if (!*port) {
                result.warnings << warning;
                continue;
            }
            const qint64 portId = **port;
            ++result.ports;
            if (created)
                ++result.portsCreated;
            if (!iface.hasCounters) {
                ++result.withoutCounters; // listed and up to date, but nothing to rate
                continue;
            }

            auto previous = storedCounters(db, portId);
            if (!previous)
                return previous.error();
            const int width = iface.hcCounters ? 64 : 32;
            const CounterReading inNow{iface.inOctets, width, poll.sysUpTime, iface.discontinuityTime};
            const CounterReading outNow{iface.outOctets, width, poll.sysUpTime, iface.discontinuityTime};
            if (!*previous) {
                ++result.baselines;
                if (Status s = saveCounters(db, portId, at, poll, iface, QStringLiteral("baseline")); !s)
                    return s.error();
                continue;
            }
            const StoredCounters &before = **previous;
            const qint64 fromMs = before.polledAtMs;
            const qint64 toMs = at.toMSecsSinceEpoch();
            const double elapsed = double(toMs - fromMs) / 1000.0;
            if (elapsed >= 0 && elapsed < countermath::kMinIntervalSeconds)
                continue; // too soon: the stored baseline stays, the next poll covers this interval
            const CounterDelta in = counterDelta(before.in, inNow, elapsed, iface.speedBps);
            const CounterDelta out = counterDelta(before.out, outNow, elapsed, iface.speedBps);
            // Both directions or neither: a sample with one direction missing would under-bill.
            const CounterDelta &verdict = !in.usable() ? in : out;
            if (Status s = saveCounters(db, portId, at, poll, iface, counterVerdictName(verdict.verdict)); !s)
                return s.error();
            if (!in.usable() || !out.usable()) {
                ++result.baselines;
                continue;
            }
            const int interval = qBound(1, int(std::lround(elapsed)), 86400);
            auto sample =
                db::exec(db,
                         QStringLiteral(
                             "INSERT INTO traffic_samples (port_id, at, interval_s, in_bytes, out_bytes) "
                             "VALUES (:port, to_timestamp(:slot), :interval, :in, :out) "
                             "ON CONFLICT (port_id, at) DO UPDATE SET "
                             " interval_s = LEAST(traffic_samples.interval_s + EXCLUDED.interval_s, 86400), "
                             " in_bytes = traffic_samples.in_bytes + EXCLUDED.in_bytes, "
                             " out_bytes = traffic_samples.out_bytes + EXCLUDED.out_bytes"),
                         {{QStringLiteral("port"), portId},
                          {QStringLiteral("slot"), sampleSlot(fromMs, toMs)},
                          {QStringLiteral("interval"), interval},
                          {QStringLiteral("in"), qint64(in.delta)},
                          {QStringLiteral("out"), qint64(out.delta)}});
            if (!sample)
                return sample.error();
            ++result.trafficSamples;
        }

        // PDU outlets: ports named "Outlet <n>" of kind power-outlet (ifIndex belongs to the PDU's
        // own network interfaces), the outlet's name on the PDU as alias.
        const qint64 slot = slotOf(at.toMSecsSinceEpoch());
        // One power sample of the slot: an outlet's, or with a null port the device's total.
        const auto storeWatts = [&](const QVariant &portId, double watts) -> Status {
            auto sample = db::exec(db,
                                   QStringLiteral("INSERT INTO power_samples (device_id, port_id, at, watts) "
                                                  "VALUES (:device, :port, to_timestamp(:slot), :watts) "
                                                  "ON CONFLICT ON CONSTRAINT power_samples_key DO UPDATE SET "
                                                  " watts = EXCLUDED.watts"),
                                   {{QStringLiteral("device"), deviceId},
                                    {QStringLiteral("port"), portId},
                                    {QStringLiteral("slot"), slot},
                                    {QStringLiteral("watts"), watts}});
            if (!sample)
                return sample.error();
            ++result.powerSamples;
            return {};
        };
        double total = 0;
        bool anyWatts = false;
        for (const OutletSample &outlet : poll.outlets) {
            if (outlet.outlet <= 0) {
                result.warnings << tr("an outlet without a valid number (%1) left out").arg(outlet.outlet);
                continue;
            }
            const QString name = QStringLiteral("Outlet %1").arg(outlet.outlet);
            auto port = db::exec(
                db,
                QStringLiteral("INSERT INTO ports (device_id, name, kind, alias, last_polled) "
                               "VALUES (:device, :name, 'power-outlet', :alias, to_timestamp(:at)) "
                               "ON CONFLICT (device_id, name) DO UPDATE SET alias = EXCLUDED.alias, "
                               " last_polled = EXCLUDED.last_polled WHERE ports.kind = 'power-outlet' "
                               "RETURNING id, xmax = 0"),
                {{QStringLiteral("device"), deviceId},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("alias"), notNull(outlet.name.trimmed())},
                 {QStringLiteral("at"), epochSeconds(at)}});
            if (!port)
                return port.error();
            if (!port->next()) {
                result.warnings << tr("outlet %1 left out: port \"%2\" is not a power outlet")
                                       .arg(outlet.outlet)
                                       .arg(name);
                continue;
            }
            const qint64 portId = port->value(0).toLongLong();
            ++result.ports;
            if (port->value(1).toBool())
                ++result.portsCreated;
            if (!outlet.watts)
                continue;
            const double watts = *outlet.watts;
            if (!std::isfinite(watts) || watts < 0 || watts >= 1e8) {
                result.warnings << tr("outlet %1 left out: %2 W is not a plausible reading")
                                       .arg(outlet.outlet)
                                       .arg(watts);
                continue;
            }
            if (Status s = storeWatts(portId, watts); !s)
                return s;
            total += watts;
            anyWatts = true;
        }
        if (anyWatts) {
            if (Status s = storeWatts(QVariant(QMetaType::fromType<qint64>()), std::min(total, 99999999.0));
                !s)
                return s;
        }

        auto state =
            db::exec(db,
                     QStringLiteral("UPDATE device_snmp SET last_poll_at = to_timestamp(:at), "
                                    "last_poll_error = NULL WHERE device_id = :device"),
                     {{QStringLiteral("device"), deviceId}, {QStringLiteral("at"), epochSeconds(at)}});
        if (!state)
            return state.error();
        return {};
    });
    if (stored) {
        result.ok = true;
        return result;
    }
    DevicePollResult failed;
    failed.deviceId = deviceId;
    failed.deviceName = deviceName;
    failed.error = tr("storing the poll failed: %1").arg(stored.error().fullText());
    if (Status s = recordFailure(db, deviceId, at, failed.error); !s)
        failed.error += QStringLiteral(" (") + s.error().fullText() + u')';
    return failed;
}

Status PollSweeper::recordFailure(QSqlDatabase &db, qint64 deviceId, const QDateTime &at,
                                  const QString &error)
{
    return db::inTransaction(db, [&]() -> Status {
        auto q = db::exec(db,
                          QStringLiteral("UPDATE device_snmp SET last_poll_at = to_timestamp(:at), "
                                         "last_poll_error = :error WHERE device_id = :device"),
                          {{QStringLiteral("device"), deviceId},
                           {QStringLiteral("at"), epochSeconds(at)},
                           {QStringLiteral("error"), error.isEmpty() ? tr("unknown error") : error}});
        if (!q)
            return q.error();
        return {};
    });
}

Status PollSweeper::recordAdminStatus(QSqlDatabase &db, qint64 portId, bool up)
{
    return db::inTransaction(db, [&]() -> Status {
        auto q = db::exec(
            db, QStringLiteral("UPDATE ports SET admin_status = :status WHERE id = :port RETURNING id"),
            {{QStringLiteral("port"), portId},
             {QStringLiteral("status"), up ? QStringLiteral("up") : QStringLiteral("down")}});
        if (!q)
            return q.error();
        if (!q->next()) {
            Error e;
            e.message = tr("There is no port with id %1.").arg(portId);
            return e;
        }
        return {};
    });
}

// ---------------------------------------------------------------------------
// PollWorker
// ---------------------------------------------------------------------------

PollWorker::PollWorker(ConnectionSettings settings, std::shared_ptr<SnmpPoller> poller, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_poller(std::move(poller))
    , m_options(options)
    , m_pool(std::make_unique<WorkerPool>(std::move(settings), 1))
    , m_timer(new QTimer(this))
{
    m_options.intervalSeconds = std::max(1, m_options.intervalSeconds);
    m_options.offsetSeconds = std::max(0, m_options.offsetSeconds) % m_options.intervalSeconds;
    m_options.maxSweeps = std::max(0, m_options.maxSweeps);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PollWorker::tick);
}

PollWorker::PollWorker(ConnectionSettings settings, std::shared_ptr<SnmpPoller> poller, QObject *parent)
    : PollWorker(std::move(settings), std::move(poller), Options{}, parent)
{}

PollWorker::~PollWorker()
{
    m_running = false;
    m_timer->stop();
    m_pool.reset(); // waits for a running sweep
}

void PollWorker::setLogger(std::function<void(const QString &)> logger)
{
    m_logger = std::move(logger);
}

qint64 PollWorker::nextStartMs(qint64 nowMs, int intervalSeconds, int offsetSeconds)
{
    const qint64 period = qint64(std::max(1, intervalSeconds)) * 1000;
    const qint64 offset = (qint64(std::max(0, offsetSeconds)) * 1000) % period;
    qint64 base = nowMs - offset;
    qint64 rem = base % period;
    if (rem < 0)
        rem += period;
    return rem == 0 ? nowMs : nowMs + (period - rem);
}

QDateTime PollWorker::nextSweepAt() const
{
    if (!m_running || !m_timer->isActive())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_nextMs, Qt::UTC);
}

void PollWorker::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_started = 0;
    m_sweeps = 0;
    if (m_options.sweepAtStart) {
        m_nextMs = QDateTime::currentMSecsSinceEpoch();
        m_timer->start(0);
    } else {
        m_nextMs = 0;
        scheduleNext();
    }
}

void PollWorker::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_timer->stop();
    if (!m_busy) {
        m_running = false;
        emit finished();
    }
}

void PollWorker::scheduleNext()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Strictly after the tick just served, even when its timer fired a little early.
    m_nextMs = nextStartMs(std::max(m_nextMs + 1, now), m_options.intervalSeconds, m_options.offsetSeconds);
    m_timer->start(int(std::clamp<qint64>(m_nextMs - now, 0, std::numeric_limits<int>::max())));
}

void PollWorker::tick()
{
    if (!m_running || m_stopping)
        return;
    if (m_busy) {
        log(tr("%1 sweep skipped: the previous sweep is still running")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    } else {
        m_busy = true;
        ++m_started;
        auto poller = m_poller;
        auto future = m_pool->run<PollSummary>([poller](QSqlDatabase &db) -> Result<PollSummary> {
            PollSweeper service(*poller);
            return service.sweep(db);
        });
        auto *watcher = new QFutureWatcher<Result<PollSummary>>(this);
        connect(watcher, &QFutureWatcher<Result<PollSummary>>::finished, this, [this, watcher] {
            const Result<PollSummary> result = watcher->future().result();
            watcher->deleteLater();
            sweepDone(result);
        });
        watcher->setFuture(future);
    }
    if (m_options.maxSweeps > 0 && m_started >= m_options.maxSweeps)
        return; // the last sweep is under way; sweepDone() finishes
    scheduleNext();
}

void PollWorker::sweepDone(const Result<PollSummary> &result)
{
    m_busy = false;
    ++m_sweeps;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (result) {
        log(tr("%1 sweep %2: %3").arg(stamp).arg(m_sweeps).arg(result->logLine()));
        emit sweepFinished(*result, {});
    } else {
        log(tr("%1 sweep %2 failed: %3").arg(stamp).arg(m_sweeps).arg(result.error().fullText()));
        PollSummary empty;
        emit sweepFinished(empty, result.error().fullText());
    }
    if (m_running && (m_stopping || (m_options.maxSweeps > 0 && m_sweeps >= m_options.maxSweeps))) {
        m_running = false;
        m_timer->stop();
        emit finished();
    }
}

void PollWorker::log(const QString &line)
{
    if (m_logger)
        m_logger(line);
}

} // namespace hostdeck
