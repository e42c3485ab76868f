// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP poll service against a real PostgreSQL with a scripted poller: the
// first poll creates ports and stores baselines, later polls write 5-minute
// traffic samples with the right bytes (32-bit wraps included), agent
// restarts, discontinuities and implausible jumps record nothing and start a
// new baseline, two polls in one slot add up, a failing agent is recorded and
// does not stop the others, PDU outlets give power samples, only NOC roles
// read SNMP credentials, admin status changes are logged, and PollWorker runs
// a bounded number of sweeps without overlapping and stops cleanly.
#include "core/database.h"
#include "telemetry/countermath.h"
#include "telemetry/pollsweeper.h"
#include "telemetry/snmpsettings.h"
#include "testdatabase.h"

#include <QMutex>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <functional>
#include <map>

using namespace hostdeck;

namespace {

constexpr quint64 k10G = 10'000'000'000ull;
constexpr quint64 k2p32 = quint64(1) << 32;

/// A poller that answers from a script: per device id either a poll or an error.
class FakePoller : public SnmpPoller
{
public:
    QList<SnmpPollResult> sweep(const QList<SnmpPollRequest> &requests) override
    {
        const int now = ++m_active;
        int seen = m_maxActive.load();
        while (now > seen && !m_maxActive.compare_exchange_weak(seen, now)) {
        }
        if (m_delayMs > 0)
            QThread::msleep(m_delayMs);
        QList<SnmpPollResult> results;
        {
            QMutexLocker lock(&m_mutex);
            ++m_sweeps;
            m_requests << requests;
            for (const SnmpPollRequest &r : requests) {
                SnmpPollResult result;
                result.key = r.key;
                if (m_generator) {
                    result.poll = m_generator(r.key, m_sweeps);
                } else if (auto it = m_polls.find(r.key); it != m_polls.end()) {
                    result.poll = it->second;
                } else {
                    Error e;
                    e.message = QStringLiteral("udp:%1:%2: no answer (timeout)")
                                    .arg(r.target.host)
                                    .arg(r.target.port);
                    result.poll = e;
                }
                results << result;
            }
        }
        --m_active;
        return results;
    }

    Status setAdminStatus(const SnmpTarget &, int, bool) override { return {}; }

    void script(qint64 key, const SnmpPoll &poll)
    {
        QMutexLocker lock(&m_mutex);
        m_polls.insert_or_assign(key, Result<SnmpPoll>(poll));
    }
    void fail(qint64 key, const QString &message)
    {
        QMutexLocker lock(&m_mutex);
        Error e;
        e.message = message;
        m_polls.insert_or_assign(key, Result<SnmpPoll>(e));
    }
    void setGenerator(std::function<Result<SnmpPoll>(qint64, int)> generator)
    {
        QMutexLocker lock(&m_mutex);
        m_generator = std::move(generator);
    }
    void setDelay(int ms) { m_delayMs = ms; }
    int sweeps()
    {
        QMutexLocker lock(&m_mutex);
        return m_sweeps;
    }
    QList<SnmpPollRequest> requests()
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    int maxActive() const { return m_maxActive.load(); }

private:
    QMutex m_mutex;
    std::map<qint64, Result<SnmpPoll>> m_polls;
    std::function<Result<SnmpPoll>(qint64, int)> m_generator;
    QList<SnmpPollRequest> m_requests;
    int m_sweeps = 0;
    std::atomic_int m_delayMs{0};
    std::atomic_int m_active{0};
    std::atomic_int m_maxActive{0};
};

InterfaceSample iface(int index, const QString &name, quint64 in, quint64 out, bool hc = true,
                      quint64 speed = k10G)
{
    InterfaceSample s;
    s.ifIndex = index;
    s.name = name;
    s.descr = name;
    s.alias = QStringLiteral("to %1").arg(name);
    s.adminStatus = 1;
    s.operStatus = 1;
    s.speedBps = speed;
    s.mac = QStringLiteral("52:54:00:00:00:%1").arg(index, 2, 16, QLatin1Char('0'));
    s.inOctets = in;
    s.outOctets = out;
    s.hcCounters = hc;
    return s;
}

SnmpPoll poll(const QDateTime &at, quint32 uptime, const QList<InterfaceSample> &interfaces)
{
    SnmpPoll p;
    p.polledAt = at;
    p.sysUpTime = uptime;
    p.interfaces = interfaces;
    return p;
}

// 2026-01-05T10:00:10Z: ten seconds after a 5-minute boundary.
const QDateTime kT0 = QDateTime(QDate(2026, 1, 5), QTime(10, 0, 10), Qt::UTC);

} // namespace

class TstPollSweeper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void firstPollCreatesPortsAndBaselines();
    void logLineListsAFewFailures();
    void secondPollWritesSamples();
    void interfacesWithoutCountersAreListedNotRated();
    void wrap32();
    void agentRestartStartsNewBaseline();
    void discontinuityAndWidthChange();
    void implausibleJumpRecordsNothing();
    void twoPollsInOneSlotAdd();
    void tooSoonKeepsBaseline();
    void existingPortsAreAdopted();
    void failingAgentDoesNotStopOthers();
    void demoAgentsAreNotPolled();
    void pduPowerSamples();
    void credentialsNeedNoc();
    void settingsRoundTrip();
    void recordAdminStatus();
    void scheduleMath();
    void workerRunsNSweepsAndStops();
    void workerNeverOverlaps();
    void workerStopsOnRequest();

private:
    qint64 device(const QString &name, const QString &kind = QStringLiteral("switch"));
    void enableSnmp(qint64 deviceId, const QString &pduModel = {});
    Result<PollSummary> sweep(const QString &conn = QStringLiteral("noc"));
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    QString text(const QString &sql, const QVariantMap &binds = {});
    QSqlDatabase as(const QString &role);

    std::unique_ptr<test::TestDatabase> m_db;
    FakePoller m_poller;
    int m_devices = 0;
};

void TstPollSweeper::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("pollsweeper"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral("INSERT INTO device_types (manufacturer, model, kind, u_height) "
                                           "VALUES ('Arista', '7050', 'switch', 1), "
                                           "('APC', 'AP8941', 'pdu', 0)")));
    QVERIFY(m_db->createRole(QStringLiteral("poll_noc"), QStringLiteral("hostdeck_noc")));
    QVERIFY(m_db->createRole(QStringLiteral("poll_tech"), QStringLiteral("hostdeck_tech")));
    QVERIFY(m_db->createRole(QStringLiteral("poll_reader"), QStringLiteral("hostdeck_readonly")));
}

void TstPollSweeper::init()
{
    // Each test polls only its own devices.
    QVERIFY(m_db->superExec(QStringLiteral("UPDATE device_snmp SET enabled = false")));
}

QSqlDatabase TstPollSweeper::as(const QString &role)
{
    const QString name = QStringLiteral("pollsweeper-") + role;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    auto db = role == QLatin1String("admin")
                  ? Result<QSqlDatabase>(m_db->connection())
                  : db::open(m_db->as(QStringLiteral("poll_") + role), name, false);
    if (!db) {
        qWarning() << db.error().fullText();
        return {};
    }
    return *db;
}

qint64 TstPollSweeper::device(const QString &name, const QString &kind)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(
        db,
        QStringLiteral("INSERT INTO devices (device_type_id, name) SELECT id, :name FROM device_types "
                       "WHERE kind = :kind RETURNING id"),
        {{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}});
    if (!q || !q->next()) {
        qWarning() << (q ? QStringLiteral("no row") : q.error().fullText());
        return 0;
    }
    return q->value(0).toLongLong();
}

void TstPollSweeper::enableSnmp(qint64 deviceId, const QString &pduModel)
{
    SnmpSettings s;
    s.target.host = QStringLiteral("192.0.2.%1").arg(++m_devices);
    s.target.community = QStringLiteral("s3cret-%1").arg(deviceId);
    s.pduModel = pduModel;
    s.pollInterfaces = pduModel.isEmpty();
    QSqlDatabase db = as(QStringLiteral("noc"));
    Status saved = SnmpSettingsRepository(db).save(deviceId, s);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().fullText()));
}

Result<PollSummary> TstPollSweeper::sweep(const QString &conn)
{
    QSqlDatabase db = as(conn);
    PollSweeper service(m_poller);
    return service.sweep(db);
}

qint64 TstPollSweeper::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q) {
        qWarning() << q.error().fullText();
        return -1;
    }
    if (!q->next())
        return -1;
    return q->value(0).isNull() ? -2 : q->value(0).toLongLong();
}

QString TstPollSweeper::text(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return QStringLiteral("<none>");
    return q->value(0).isNull() ? QStringLiteral("<null>") : q->value(0).toString();
}

#define SWEEP_OK(var, expr)                                                                                  \
    auto var = (expr);                                                                                       \
    QVERIFY2(var.ok(), qPrintable(var ? QString() : var.error().fullText()))

void TstPollSweeper::firstPollCreatesPortsAndBaselines()
{
    const qint64 sw = device(QStringLiteral("sw-first"));
    enableSnmp(sw);
    m_poller.script(sw, poll(kT0, 1000,
                             {iface(1, QStringLiteral("Ethernet1"), 1000, 2000),
                              iface(2, QStringLiteral("Ethernet2"), 0, 0, true, 25'000'000'000ull),
                              iface(49, QStringLiteral("Ethernet49/1"), 5, 6, true, 100'000'000'000ull)}));
    SWEEP_OK(summary, sweep());
    QCOMPARE(summary->devices.size(), 1);
    QCOMPARE(summary->devicesOk(), 1);
    QCOMPARE(summary->ports(), 3);
    QCOMPARE(summary->portsCreated(), 3);
    QCOMPARE(summary->baselines(), 3);
    QCOMPARE(summary->trafficSamples(), 0);
    // The request carried the stored target, credentials included.
    const SnmpPollRequest request = m_poller.requests().constLast();
    QCOMPARE(request.key, sw);
    QCOMPARE(request.target.community, QStringLiteral("s3cret-%1").arg(sw));
    QVERIFY(request.interfaces);

    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE device_id = :d AND kind = 'switch'"), d),
             qint64(3));
    QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', name, if_index, alias, speed_bps, mac, admin_status, "
                                 "oper_status, last_polled = '2026-01-05 10:00:10+00') FROM ports "
                                 "WHERE device_id = :d AND if_index = 2"),
                  d),
             QStringLiteral("Ethernet2|2|to Ethernet2|25000000000|52:54:00:00:00:02|up|up|t"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM port_counters c JOIN ports p ON p.id = c.port_id "
                                   "WHERE p.device_id = :d AND c.last_verdict = 'baseline'"),
                    d),
             qint64(3));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM traffic_samples s JOIN ports p ON p.id = s.port_id "
                                   "WHERE p.device_id = :d"),
                    d),
             qint64(0));
    QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', last_poll_at = '2026-01-05 10:00:10+00', "
                                 "last_poll_error IS NULL) FROM device_snmp WHERE device_id = :d"),
                  d),
             QStringLiteral("t|t"));
    // Created ports are logged as the poller's role; a new device shows up as "create".
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'ports' AND action = "
                              "'create' AND actor = 'poll_noc' AND (detail->>'device_id')::bigint = :d"),
               d),
        qint64(3));
}

void TstPollSweeper::interfacesWithoutCountersAreListedNotRated()
{
    const qint64 sw = device(QStringLiteral("sw-stack"));
    enableSnmp(sw);
    InterfaceSample bare = iface(9, QStringLiteral("StackSub-St3-1"), 0, 0);
    bare.hasCounters = false;
    bare.alias = QString(); // the agent has no ifAlias row: keep what is stored
    m_poller.script(sw, poll(kT0, 1000, {iface(1, QStringLiteral("Gi3/0/1"), 1000, 2000), bare}));
    SWEEP_OK(first, sweep());
    QCOMPARE(first->devicesOk(), 1);
    QCOMPARE(first->devices.at(0).ports, 2);
    QCOMPARE(first->devices.at(0).withoutCounters, 1);
    QCOMPARE(first->baselines(), 1); // only the port with counters
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QVERIFY(m_db->superExec(
        QStringLiteral("UPDATE ports SET alias = 'stack member' WHERE device_id = %1 AND if_index = 9")
            .arg(sw)));
    m_poller.script(sw, poll(kT0.addSecs(300), 31000,
                             {iface(1, QStringLiteral("Gi3/0/1"), 1000 + 300'000, 2000 + 600'000), bare}));
    SWEEP_OK(second, sweep());
    QCOMPARE(second->devicesOk(), 1);
    QCOMPARE(second->trafficSamples(), 1);
    QCOMPARE(text(QStringLiteral("SELECT string_agg(p.name, ',') FROM traffic_samples s JOIN ports p ON "
                                 "p.id = s.port_id WHERE p.device_id = :d"),
                  d),
             QStringLiteral("Gi3/0/1"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM port_counters c JOIN ports p ON p.id = c.port_id "
                                   "WHERE p.device_id = :d AND p.if_index = 9"),
                    d),
             qint64(0));
    QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', name, alias, last_polled IS NOT NULL) FROM ports "
                                 "WHERE device_id = :d AND if_index = 9"),
                  d),
             QStringLiteral("StackSub-St3-1|stack member|t"));
}

void TstPollSweeper::secondPollWritesSamples()
{
    const qint64 sw = device(QStringLiteral("sw-second"));
    enableSnmp(sw);
    m_poller.script(sw, poll(kT0, 1000,
                             {iface(1, QStringLiteral("Ethernet1"), 1000, 2000),
                              iface(2, QStringLiteral("Ethernet2"), k2p32 * 3, 7)}));
    SWEEP_OK(first, sweep());
    const qint64 logBefore = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    InterfaceSample e1 = iface(1, QStringLiteral("Ethernet1"), 1000 + 375'000'000, 2000 + 1'000'000);
    e1.operStatus = 2; // went down: not logged
    InterfaceSample e2 = iface(2, QStringLiteral("Ethernet2"), k2p32 * 3 + 10'000'000'000ull, 7);
    e2.alias = QStringLiteral("uplink to core"); // logged
    m_poller.script(sw, poll(kT0.addSecs(300), 1000 + 30000, {e1, e2}));
    SWEEP_OK(second, sweep());
    QCOMPARE(second->trafficSamples(), 2);
    QCOMPARE(second->baselines(), 0);
    QCOMPARE(second->portsCreated(), 0);

    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QCOMPARE(text(QStringLiteral("SELECT string_agg(concat_ws('|', p.name, s.at = '2026-01-05 10:00:00+00', "
                                 "s.interval_s, s.in_bytes, s.out_bytes), ';' ORDER BY p.name) FROM "
                                 "traffic_samples s JOIN ports p ON p.id = s.port_id WHERE p.device_id = :d"),
                  d),
             QStringLiteral("Ethernet1|t|300|375000000|1000000;Ethernet2|t|300|10000000000|0"));
    QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', oper_status, alias) FROM ports WHERE device_id = :d "
                                 "AND if_index = 1"),
                  d),
             QStringLiteral("down|to Ethernet1"));
    // The stored baseline is the new reading, as unsigned 64-bit.
    QCOMPARE(
        text(QStringLiteral("SELECT concat_ws('|', c.in_octets, c.last_verdict, c.sys_uptime) FROM "
                            "port_counters c JOIN ports p ON p.id = c.port_id WHERE p.device_id = :d AND "
                            "p.if_index = 2"),
             d),
        QString::number(k2p32 * 3 + 10'000'000'000ull) + QStringLiteral("|ok|31000"));
    // Only the alias change reached the activity log.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), logBefore + 1);
    QCOMPARE(
        text(QStringLiteral("SELECT detail->'alias'->>'new' FROM activity_log ORDER BY id DESC LIMIT 1")),
        QStringLiteral("uplink to core"));
}

void TstPollSweeper::wrap32()
{
    const qint64 sw = device(QStringLiteral("sw-wrap"));
    enableSnmp(sw);
    const quint64 speed = 1'000'000'000ull;
    m_poller.script(
        sw, poll(kT0, 500, {iface(7, QStringLiteral("ge-0/0/7"), k2p32 - 1000, k2p32 - 1, false, speed)}));
    SWEEP_OK(first, sweep());
    m_poller.script(
        sw, poll(kT0.addSecs(300), 30500, {iface(7, QStringLiteral("ge-0/0/7"), 4000, 0, false, speed)}));
    SWEEP_OK(second, sweep());
    QCOMPARE(second->trafficSamples(), 1);
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', s.in_bytes, s.out_bytes) FROM traffic_samples s JOIN "
                                 "ports p ON p.id = s.port_id WHERE p.device_id = :d"),
                  d),
             QStringLiteral("5000|1"));
    QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', c.hc_counters, c.last_verdict) FROM port_counters c "
                                 "JOIN ports p ON p.id = c.port_id WHERE p.device_id = :d"),
                  d),
             QStringLiteral("f|wrapped"));
}

void TstPollSweeper::agentRestartStartsNewBaseline()
{
    const qint64 sw = device(QStringLiteral("sw-restart"));
    enableSnmp(sw);
    m_poller.script(sw, poll(kT0, 900000, {iface(1, QStringLiteral("Ethernet1"), 50'000'000, 60'000'000)}));
    SWEEP_OK(first, sweep());
    // Restarted: sysUpTime went backwards and the counters start again near zero.
    m_poller.script(sw, poll(kT0.addSecs(300), 12000, {iface(1, QStringLiteral("Ethernet1"), 1000, 2000)}));
    SWEEP_OK(second, sweep());
    QCOMPARE(second->trafficSamples(), 0);
    QCOMPARE(second->baselines(), 1);
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QCOMPARE(
        text(QStringLiteral("SELECT concat_ws('|', c.in_octets, c.out_octets, c.sys_uptime, c.last_verdict) "
                            "FROM port_counters c JOIN ports p ON p.id = c.port_id WHERE p.device_id = :d"),
             d),
        QStringLiteral("1000|2000|12000|restart"));
    // The next poll counts from the new baseline.
    m_poller.script(sw, poll(kT0.addSecs(600), 42000, {iface(1, QStringLiteral("Ethernet1"), 1500, 2600)}));
    SWEEP_OK(third, sweep());
    QCOMPARE(third->trafficSamples(), 1);
    QCOMPARE(
        text(QStringLiteral("SELECT string_agg(concat_ws('|', s.at = '2026-01-05 10:05:00+00', s.in_bytes, "
                            "s.out_bytes), ';') FROM traffic_samples s JOIN ports p ON p.id = s.port_id "
                            "WHERE p.device_id = :d"),
             d),
        QStringLiteral("t|500|600"));
}

void TstPollSweeper::discontinuityAndWidthChange()
{
    const qint64 sw = device(QStringLiteral("sw-disc"));
    enableSnmp(sw);
    InterfaceSample a = iface(1, QStringLiteral("Ethernet1"), 1000, 1000);
    a.discontinuityTime = 100;
    InterfaceSample b = iface(2, QStringLiteral("Ethernet2"), 1000, 1000, false);
    m_poller.script(sw, poll(kT0, 1000, {a, b}));
    SWEEP_OK(first, sweep());
    a.inOctets = a.outOctets = 5000;
    a.discontinuityTime = 25000; // counters were cleared on the switch
    b.inOctets = b.outOctets = 5000;
    b.hcCounters = true; // the agent now offers ifHC counters
    m_poller.script(sw, poll(kT0.addSecs(300), 31000, {a, b}));
    SWEEP_OK(second, sweep());
    QCOMPARE(second->trafficSamples(), 0);
    QCOMPARE(second->baselines(), 2);
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QCOMPARE(
        text(QStringLiteral("SELECT string_agg(concat_ws('|', p.name, c.last_verdict, c.hc_counters, "
                            "c.discontinuity_time), ';' ORDER BY p.name) FROM port_counters c JOIN ports p "
                            "ON p.id = c.port_id WHERE p.device_id = :d"),
             d),
        QStringLiteral("Ethernet1|discontinuity|t|25000;Ethernet2|width-changed|t"));
}

void TstPollSweeper::implausibleJumpRecordsNothing()
{
    const qint64 sw = device(QStringLiteral("sw-jump"));
    enableSnmp(sw);
    const quint64 speed = 1'000'000'000ull; // 1 Gbit/s: at most 56.25e9 octets in 300 s with the margin
    m_poller.script(sw, poll(kT0, 1000,
                             {iface(1, QStringLiteral("ge-0/0/1"), 1000, 1000, true, speed),
                              iface(2, QStringLiteral("ge-0/0/2"), 1000, 1000, true, speed)}));
    SWEEP_OK(first, sweep());
    m_poller.script(
        sw, poll(kT0.addSecs(300), 31000,
                 {iface(1, QStringLiteral("ge-0/0/1"), 1000 + 1'000'000'000'000ull, 2000, true, speed),
                  iface(2, QStringLiteral("ge-0/0/2"), 2000, 2000, true, speed)}));
    SWEEP_OK(second, sweep());
    QCOMPARE(second->trafficSamples(), 1);
    QCOMPARE(second->baselines(), 1);
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QCOMPARE(
        text(QStringLiteral("SELECT string_agg(p.name, ';') FROM traffic_samples s JOIN ports p ON p.id = "
                            "s.port_id WHERE p.device_id = :d"),
             d),
        QStringLiteral("ge-0/0/2"));
    QCOMPARE(
        text(QStringLiteral("SELECT concat_ws('|', c.in_octets, c.last_verdict) FROM port_counters c JOIN "
                            "ports p ON p.id = c.port_id WHERE p.device_id = :d AND p.if_index = 1"),
             d),
        QStringLiteral("1000000001000|implausible"));
}

void TstPollSweeper::twoPollsInOneSlotAdd()
{
    // Decision: deltas are disjoint, so a second poll whose interval's middle falls in the same
    // slot adds its bytes and seconds to the sample: the slot's rate stays bytes / interval_s.
    const qint64 sw = device(QStringLiteral("sw-twice"));
    enableSnmp(sw);
    m_poller.script(sw, poll(kT0, 1000, {iface(1, QStringLiteral("Ethernet1"), 0, 0)}));
    SWEEP_OK(a, sweep());
    m_poller.script(sw, poll(kT0.addSecs(100), 11000, {iface(1, QStringLiteral("Ethernet1"), 1000, 10)}));
    SWEEP_OK(b, sweep());
    m_poller.script(sw, poll(kT0.addSecs(300), 31000, {iface(1, QStringLiteral("Ethernet1"), 3000, 30)}));
    SWEEP_OK(c, sweep());
    QCOMPARE(b->trafficSamples() + c->trafficSamples(), 2);
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QCOMPARE(
        text(QStringLiteral("SELECT string_agg(concat_ws('|', s.at = '2026-01-05 10:00:00+00', s.interval_s, "
                            "s.in_bytes, s.out_bytes), ';') FROM traffic_samples s JOIN ports p ON p.id = "
                            "s.port_id WHERE p.device_id = :d"),
             d),
        QStringLiteral("t|300|3000|30"));
}

void TstPollSweeper::tooSoonKeepsBaseline()
{
    const qint64 sw = device(QStringLiteral("sw-soon"));
    enableSnmp(sw);
    m_poller.script(sw, poll(kT0, 1000, {iface(1, QStringLiteral("Ethernet1"), 0, 0)}));
    SWEEP_OK(a, sweep());
    m_poller.script(sw, poll(kT0.addMSecs(400), 1040, {iface(1, QStringLiteral("Ethernet1"), 10, 10)}));
    SWEEP_OK(b, sweep());
    QCOMPARE(b->trafficSamples(), 0);
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QCOMPARE(
        text(QStringLiteral("SELECT concat_ws('|', c.in_octets, c.polled_at = '2026-01-05 10:00:10+00') FROM "
                            "port_counters c JOIN ports p ON p.id = c.port_id WHERE p.device_id = :d"),
             d),
        QStringLiteral("0|t"));
    m_poller.script(sw, poll(kT0.addSecs(300), 31000, {iface(1, QStringLiteral("Ethernet1"), 70, 80)}));
    SWEEP_OK(c, sweep());
    QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', s.interval_s, s.in_bytes, s.out_bytes) FROM "
                                 "traffic_samples s JOIN ports p ON p.id = s.port_id WHERE p.device_id = :d"),
                  d),
             QStringLiteral("300|70|80"));
}

void TstPollSweeper::existingPortsAreAdopted()
{
    const qint64 sw = device(QStringLiteral("sw-adopt"));
    enableSnmp(sw);
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    // An operator created Ethernet3 without an ifIndex, and Ethernet4 with ifIndex 40.
    QVERIFY(m_db->superExec(
        QStringLiteral("INSERT INTO ports (device_id, name, kind) VALUES (%1, 'Ethernet3', "
                       "'switch'); INSERT INTO ports (device_id, name, kind, if_index) VALUES "
                       "(%1, 'Ethernet4', 'switch', 40);")
            .arg(sw)));
    InterfaceSample bad = iface(0, QStringLiteral("bogus"), 0, 0);
    InterfaceSample badMac = iface(5, QStringLiteral("Ethernet5"), 0, 0);
    badMac.mac = QStringLiteral("00:11"); // not six octets: stored as no MAC
    m_poller.script(sw, poll(kT0, 1000,
                             {iface(3, QStringLiteral("Ethernet3"), 0, 0),
                              iface(4, QStringLiteral("Ethernet4"), 0, 0), bad, badMac}));
    SWEEP_OK(summary, sweep());
    QCOMPARE(summary->devicesOk(), 1);
    QCOMPARE(summary->ports(), 2); // Ethernet3 adopted, Ethernet5 created
    QCOMPARE(summary->portsCreated(), 1);
    const QStringList warnings = summary->devices.constFirst().warnings;
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.join(u'\n').contains(QLatin1String("Ethernet4")), qPrintable(warnings.join(u'\n')));
    QCOMPARE(
        text(QStringLiteral("SELECT string_agg(concat_ws('|', name, if_index, mac), ';' ORDER BY name) FROM "
                            "ports WHERE device_id = :d"),
             d),
        QStringLiteral("Ethernet3|3|52:54:00:00:00:03;Ethernet4|40;Ethernet5|5"));
}

void TstPollSweeper::demoAgentsAreNotPolled()
{
    const qint64 real = device(QStringLiteral("sw-real"));
    const qint64 demo = device(QStringLiteral("sw-demo"));
    enableSnmp(real);
    enableSnmp(demo);
    QVERIFY(
        m_db->superExec(QStringLiteral("UPDATE device_snmp SET demo = true WHERE device_id = %1").arg(demo)));
    m_poller.script(real, poll(kT0, 1000, {iface(1, QStringLiteral("Ethernet1"), 0, 0)}));
    const qsizetype before = m_poller.requests().size();
    SWEEP_OK(summary, sweep());
    QCOMPARE(summary->devices.size(), 1);
    QCOMPARE(summary->devices.at(0).deviceId, real);
    QCOMPARE(summary->demoSkipped, 1);
    QVERIFY2(summary->logLine().contains(QLatin1String("1 demo device(s) not contacted")),
             qPrintable(summary->logLine()));
    const QList<SnmpPollRequest> asked = m_poller.requests().mid(before);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).key, real);
    // Any role sees the flag; the NOC's target carries it to the driver.
    QSqlDatabase db = as(QStringLiteral("noc"));
    SnmpSettingsRepository repo(db);
    QVERIFY(repo.info(demo)->demo);
    QVERIFY(repo.target(demo)->demo);
    QVERIFY(!repo.info(real)->demo);
    // Saving the same agent keeps it demo; another address is a real agent.
    auto settings = repo.settings(demo);
    QVERIFY(settings && settings->has_value());
    SnmpSettings same = **settings;
    same.target.retries = 1;
    QVERIFY(repo.save(demo, same));
    QVERIFY(repo.info(demo)->demo);
    SnmpSettings moved = same;
    moved.target.host = QStringLiteral("192.0.2.200");
    QVERIFY(repo.save(demo, moved));
    QVERIFY(!repo.info(demo)->demo);
}

void TstPollSweeper::failingAgentDoesNotStopOthers()
{
    const qint64 good = device(QStringLiteral("sw-good"));
    const qint64 bad = device(QStringLiteral("sw-bad"));
    const qint64 broken = device(QStringLiteral("sw-broken"));
    enableSnmp(good);
    enableSnmp(bad);
    enableSnmp(broken);
    m_poller.script(good, poll(kT0, 1000, {iface(1, QStringLiteral("Ethernet1"), 0, 0)}));
    m_poller.fail(bad, QStringLiteral("udp:192.0.2.99:161: no answer after 3 tries (timeout)"));
    // An answer the database refuses (a test trigger rejects one port): that device's
    // transaction rolls back, its first port included.
    QVERIFY(m_db->superExec(
        QStringLiteral("CREATE FUNCTION test_refuse_port() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "IF NEW.name = 'refuse-me' THEN RAISE EXCEPTION 'port refused by the test'; END IF; "
                       "RETURN NEW; END $$; "
                       "CREATE TRIGGER test_refuse_port BEFORE INSERT ON ports FOR EACH ROW EXECUTE FUNCTION "
                       "test_refuse_port();")));
    m_poller.script(broken, poll(kT0, 1000,
                                 {iface(2, QStringLiteral("Ethernet2"), 0, 0),
                                  iface(3, QStringLiteral("refuse-me"), 0, 0)}));
    SWEEP_OK(summary, sweep());
    QCOMPARE(summary->devices.size(), 3);
    QCOMPARE(summary->devicesOk(), 1);
    QCOMPARE(summary->devicesFailed(), 2);
    QCOMPARE(summary->devices.at(0).deviceName, QStringLiteral("sw-bad")); // name order
    QVERIFY(summary->logLine().contains(QLatin1String("sw-bad failed: udp:192.0.2.99:161: no answer")));
    QCOMPARE(text(QStringLiteral("SELECT last_poll_error FROM device_snmp WHERE device_id = :d"),
                  {{QStringLiteral("d"), bad}}),
             QStringLiteral("udp:192.0.2.99:161: no answer after 3 tries (timeout)"));
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM device_snmp WHERE device_id = :d AND last_poll_at IS NOT "
                              "NULL"),
               {{QStringLiteral("d"), bad}}) == 1);
    QCOMPARE(text(QStringLiteral("SELECT last_poll_error IS NULL FROM device_snmp WHERE device_id = :d"),
                  {{QStringLiteral("d"), good}}),
             QStringLiteral("true"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE device_id = :d"),
                    {{QStringLiteral("d"), good}}),
             qint64(1));
    // Nothing of the refused device was kept, and its error says why.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ports WHERE device_id = :d"),
                    {{QStringLiteral("d"), broken}}),
             qint64(0));
    const QString refused =
        text(QStringLiteral("SELECT last_poll_error FROM device_snmp WHERE device_id = :d"),
             {{QStringLiteral("d"), broken}});
    QVERIFY2(refused.startsWith(QLatin1String("storing the poll failed")) &&
                 refused.contains(QLatin1String("port refused by the test")),
             qPrintable(refused));
    QVERIFY(m_db->superExec(QStringLiteral("DROP TRIGGER test_refuse_port ON ports")));
    // The error clears once the agent answers again.
    m_poller.script(bad, poll(kT0.addSecs(300), 1000, {iface(1, QStringLiteral("Ethernet1"), 0, 0)}));
    SWEEP_OK(again, sweep());
    QCOMPARE(text(QStringLiteral("SELECT last_poll_error IS NULL FROM device_snmp WHERE device_id = :d"),
                  {{QStringLiteral("d"), bad}}),
             QStringLiteral("true"));
}

void TstPollSweeper::pduPowerSamples()
{
    const qint64 pdu = device(QStringLiteral("pdu-a01-l"), QStringLiteral("pdu"));
    enableSnmp(pdu, QStringLiteral("apc-rpdu2"));
    SnmpPoll p = poll(kT0, 1000, {});
    p.outlets = {OutletSample{1, QStringLiteral("srv01-psu1"), 212.5},
                 OutletSample{2, QStringLiteral("srv02-psu1"), 180.0},
                 OutletSample{3, QStringLiteral("spare"), std::nullopt},
                 OutletSample{4, QStringLiteral("broken meter"), -5.0}};
    m_poller.script(pdu, p);
    SWEEP_OK(summary, sweep());
    const SnmpPollRequest request = m_poller.requests().constLast();
    QCOMPARE(request.pduModel, QStringLiteral("apc-rpdu2"));
    QVERIFY(!request.interfaces);
    QCOMPARE(summary->powerSamples(), 3); // two outlets and the total
    QCOMPARE(summary->ports(), 4);
    QCOMPARE(summary->devices.constFirst().warnings.size(), 1);
    const QVariantMap d = {{QStringLiteral("d"), pdu}};
    QCOMPARE(
        text(QStringLiteral("SELECT string_agg(concat_ws('|', name, kind, alias), ';' ORDER BY name) FROM "
                            "ports WHERE device_id = :d"),
             d),
        QStringLiteral("Outlet 1|power-outlet|srv01-psu1;Outlet 2|power-outlet|srv02-psu1;Outlet "
                       "3|power-outlet|spare;Outlet 4|power-outlet|broken meter"));
    QCOMPARE(
        text(QStringLiteral("SELECT string_agg(concat_ws('|', COALESCE(p.name, 'total'), s.at = "
                            "'2026-01-05 10:00:00+00', s.watts), ';' ORDER BY p.name NULLS LAST) FROM "
                            "power_samples s LEFT JOIN ports p ON p.id = s.port_id WHERE s.device_id = :d"),
             d),
        QStringLiteral("Outlet 1|t|212.50;Outlet 2|t|180.00;total|t|392.50"));
    // A later reading in the same slot replaces the earlier one.
    p.polledAt = kT0.addSecs(60);
    p.outlets = {OutletSample{1, QStringLiteral("srv01-psu1"), 220.0}};
    m_poller.script(pdu, p);
    SWEEP_OK(again, sweep());
    QCOMPARE(
        text(QStringLiteral("SELECT string_agg(concat_ws('|', COALESCE(p.name, 'total'), s.watts), ';' "
                            "ORDER BY p.name NULLS LAST) FROM power_samples s LEFT JOIN ports p ON p.id = "
                            "s.port_id WHERE s.device_id = :d"),
             d),
        QStringLiteral("Outlet 1|220.00;Outlet 2|180.00;total|220.00"));
    // A port called "Outlet 5" that is no outlet is left alone.
    QVERIFY(m_db->superExec(
        QStringLiteral("INSERT INTO ports (device_id, name, kind) VALUES (%1, 'Outlet 5', 'nic')").arg(pdu)));
    p.polledAt = kT0.addSecs(300);
    p.outlets = {OutletSample{5, QStringLiteral("x"), 10.0}};
    m_poller.script(pdu, p);
    SWEEP_OK(third, sweep());
    QCOMPARE(third->powerSamples(), 0);
    QVERIFY(third->devices.constFirst().warnings.join(u'\n').contains(QLatin1String("not a power outlet")));
}

void TstPollSweeper::credentialsNeedNoc()
{
    const qint64 sw = device(QStringLiteral("sw-secret"));
    enableSnmp(sw);
    for (const QString &role : {QStringLiteral("reader"), QStringLiteral("tech")}) {
        QSqlDatabase db = as(role);
        QVERIFY(db.isOpen());
        SnmpSettingsRepository repo(db);
        // The non-secret part is readable.
        auto info = repo.info(sw);
        QVERIFY2(info.ok(), qPrintable(info ? QString() : info.error().fullText()));
        QVERIFY(info->configured);
        QVERIFY(info->address.startsWith(QLatin1String("192.0.2.")));
        auto target = repo.target(sw);
        QVERIFY(!target.ok());
        QCOMPARE(target.error().sqlState, QStringLiteral("42501"));
        QCOMPARE(target.error().code, QStringLiteral("snmp-permission"));
        QVERIFY2(target.error().message.contains(QLatin1String("hostdeck_noc")) &&
                     target.error().message.contains(QLatin1String("sw-secret")),
                 qPrintable(target.error().message));
        // A sweep as that role fails as a whole, clearly, before polling anything.
        const int sweepsBefore = m_poller.sweeps();
        auto summary = sweep(role);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, QStringLiteral("snmp-permission"));
        QVERIFY(summary.error().message.contains(QLatin1String("NOC role")));
        QCOMPARE(m_poller.sweeps(), sweepsBefore);
        // Nor may it change settings.
        SnmpSettings s;
        s.target.host = QStringLiteral("192.0.2.200");
        Status saved = repo.save(sw, s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("snmp-permission"));
    }
    QSqlDatabase noc = as(QStringLiteral("noc"));
    auto target = SnmpSettingsRepository(noc).target(sw);
    QVERIFY2(target.ok(), qPrintable(target ? QString() : target.error().fullText()));
    QCOMPARE(target->community, QStringLiteral("s3cret-%1").arg(sw));
}

void TstPollSweeper::settingsRoundTrip()
{
    const qint64 sw = device(QStringLiteral("sw-v3"));
    QSqlDatabase db = as(QStringLiteral("noc"));
    SnmpSettingsRepository repo(db);
    auto none = repo.target(sw);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QStringLiteral("no-snmp"));
    auto unknown = repo.info(999999);
    QVERIFY(!unknown.ok());

    SnmpSettings s;
    s.target.host = QStringLiteral("2001:db8::10");
    s.target.port = 1161;
    s.target.version = SnmpTarget::Version::V3;
    s.target.user = QStringLiteral("ops");
    s.target.authProtocol = SnmpTarget::AuthProtocol::Sha256;
    s.target.authPassword = QStringLiteral("authpass123");
    s.target.privProtocol = SnmpTarget::PrivProtocol::Aes;
    s.target.privPassword = QStringLiteral("privpass123");
    s.target.timeoutMs = 1500;
    s.target.retries = 1;
    QVERIFY(repo.save(sw, s).ok());
    auto t = repo.target(sw);
    QVERIFY(t.ok());
    QCOMPARE(t->host, s.target.host);
    QCOMPARE(t->port, 1161);
    QCOMPARE(t->version, SnmpTarget::Version::V3);
    QCOMPARE(t->user, QStringLiteral("ops"));
    QCOMPARE(t->authProtocol, SnmpTarget::AuthProtocol::Sha256);
    QCOMPARE(t->authPassword, QStringLiteral("authpass123"));
    QCOMPARE(t->privPassword, QStringLiteral("privpass123"));
    QCOMPARE(t->timeoutMs, 1500);
    QCOMPARE(t->retries, 1);
    // The activity log never holds the keys.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'device_snmp' AND "
                                   "detail::text LIKE '%pass123%'")),
             qint64(0));
    // Bad input is refused with a sentence, before the database.
    SnmpSettings bad;
    bad.target.host = QStringLiteral(" ");
    QVERIFY(!repo.save(sw, bad).ok());
    bad.target.host = QStringLiteral("192.0.2.1");
    bad.target.community.clear();
    QVERIFY(repo.save(sw, bad).error().message.contains(QLatin1String("community")));
    bad.target.community = QStringLiteral("public");
    bad.target.port = 0;
    QVERIFY(!repo.save(sw, bad).ok());
    bad.target.port = 161;
    bad.target.timeoutMs = 5; // the database's CHECK
    QVERIFY(!repo.save(sw, bad).ok());
    QVERIFY(repo.remove(sw).ok());
    auto info = repo.info(sw);
    QVERIFY(info.ok());
    QVERIFY(!info->configured);
}

void TstPollSweeper::recordAdminStatus()
{
    const qint64 sw = device(QStringLiteral("sw-admin"));
    QVERIFY(
        m_db->superExec(QStringLiteral("INSERT INTO ports (device_id, name, kind, if_index, admin_status) "
                                       "VALUES (%1, 'Ethernet9', 'switch', 9, 'up')")
                            .arg(sw)));
    const qint64 port =
        scalar(QStringLiteral("SELECT id FROM ports WHERE device_id = :d"), {{QStringLiteral("d"), sw}});
    QSqlDatabase db = as(QStringLiteral("noc"));
    QVERIFY(PollSweeper::recordAdminStatus(db, port, false).ok());
    QCOMPARE(
        text(QStringLiteral("SELECT admin_status FROM ports WHERE id = :p"), {{QStringLiteral("p"), port}}),
        QStringLiteral("down"));
    QCOMPARE(
        text(QStringLiteral("SELECT concat_ws('|', actor, detail->'admin_status'->>'old', "
                            "detail->'admin_status'->>'new') FROM activity_log WHERE entity_type = 'ports' "
                            "AND entity_id = :p ORDER BY id DESC LIMIT 1"),
             {{QStringLiteral("p"), port}}),
        QStringLiteral("poll_noc|up|down"));
    QVERIFY(PollSweeper::recordAdminStatus(db, port, true).ok());
    QCOMPARE(
        text(QStringLiteral("SELECT admin_status FROM ports WHERE id = :p"), {{QStringLiteral("p"), port}}),
        QStringLiteral("up"));
    Status missing = PollSweeper::recordAdminStatus(db, 987654321, true);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("987654321")));
    // A reader may not.
    QSqlDatabase reader = as(QStringLiteral("reader"));
    Status refused = PollSweeper::recordAdminStatus(reader, port, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));
}

void TstPollSweeper::scheduleMath()
{
    const qint64 boundary = qint64(1'700'000'100) * 1000; // a multiple of 300 s
    QCOMPARE(PollWorker::nextStartMs(boundary, 300, 10), boundary + 10'000);
    QCOMPARE(PollWorker::nextStartMs(boundary + 10'000, 300, 10), boundary + 10'000);
    QCOMPARE(PollWorker::nextStartMs(boundary + 10'001, 300, 10), boundary + 310'000);
    QCOMPARE(PollWorker::nextStartMs(boundary - 1, 300, 0), boundary);
    QCOMPARE(PollWorker::nextStartMs(boundary + 1, 1, 0), boundary + 1000);
    QCOMPARE(PollWorker::nextStartMs(boundary + 299'999, 300, 10), boundary + 310'000);
}

void TstPollSweeper::workerRunsNSweepsAndStops()
{
    const qint64 sw = device(QStringLiteral("sw-worker"));
    enableSnmp(sw);
    // Counters grow by 1 MB per sweep, answers 5 minutes apart: how late a loaded machine runs a
    // sweep cannot make two answers "too soon" for a sample.
    m_poller.setGenerator([](qint64, int n) -> Result<SnmpPoll> {
        return poll(kT0.addSecs(300 * qint64(n)), quint32(100000 + n * 30000),
                    {iface(1, QStringLiteral("Ethernet1"), quint64(n) * 1'000'000, quint64(n) * 2'000'000)});
    });
    const int before = m_poller.sweeps();
    PollWorker::Options options;
    options.intervalSeconds = 1;
    options.offsetSeconds = 0;
    options.maxSweeps = 3;
    PollWorker worker(m_db->as(QStringLiteral("poll_noc")),
                      std::shared_ptr<SnmpPoller>(&m_poller, [](SnmpPoller *) {}), options);
    QStringList lines;
    worker.setLogger([&lines](const QString &line) { lines << line; });
    QSignalSpy sweeps(&worker, &PollWorker::sweepFinished);
    QSignalSpy finished(&worker, &PollWorker::finished);
    worker.start();
    QVERIFY(worker.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(sweeps.count(), 3);
    QCOMPARE(worker.sweepsDone(), 3);
    QVERIFY(!worker.isRunning());
    QCOMPARE(m_poller.sweeps() - before, 3);
    // A loaded machine may take longer than the 1 s interval for a sweep: the tick that finds it
    // still running is logged as skipped (never run beside it); every other line is a sweep's.
    QStringList sweepLines;
    for (const QString &line : std::as_const(lines)) {
        if (!line.contains(QLatin1String("sweep skipped: the previous sweep is still running")))
            sweepLines << line;
    }
    QCOMPARE(sweepLines.size(), 3);
    for (const QString &line : std::as_const(sweepLines))
        QVERIFY2(line.contains(QLatin1String("1 devices polled, 0 failed")), qPrintable(line));
    for (const auto &args : std::as_const(sweeps))
        QVERIFY(args.at(1).toString().isEmpty());
    // Sweeps 2 and 3 wrote samples (each its own delta).
    const QVariantMap d = {{QStringLiteral("d"), sw}};
    QVERIFY(scalar(QStringLiteral(
                       "SELECT sum(s.in_bytes) FROM traffic_samples s JOIN ports p ON p.id = s.port_id "
                       "WHERE p.device_id = :d"),
                   d) == 2'000'000);
    // Nothing more happens after finished().
    QTest::qWait(1500);
    QCOMPARE(m_poller.sweeps() - before, 3);
    m_poller.setGenerator({});
}

void TstPollSweeper::workerNeverOverlaps()
{
    const qint64 sw = device(QStringLiteral("sw-slow"));
    enableSnmp(sw);
    m_poller.setGenerator([](qint64, int n) -> Result<SnmpPoll> {
        return poll(QDateTime::currentDateTimeUtc(), quint32(100000 + n * 100),
                    {iface(1, QStringLiteral("Ethernet1"), quint64(n), quint64(n))});
    });
    m_poller.setDelay(1600); // longer than the interval
    PollWorker::Options options;
    options.intervalSeconds = 1;
    options.offsetSeconds = 0;
    options.maxSweeps = 2;
    PollWorker worker(m_db->as(QStringLiteral("poll_noc")),
                      std::shared_ptr<SnmpPoller>(&m_poller, [](SnmpPoller *) {}), options);
    QStringList lines;
    worker.setLogger([&lines](const QString &line) { lines << line; });
    QSignalSpy finished(&worker, &PollWorker::finished);
    worker.start();
    QVERIFY(finished.wait(20000));
    m_poller.setDelay(0);
    m_poller.setGenerator({});
    QCOMPARE(m_poller.maxActive(), 1);
    QCOMPARE(worker.sweepsDone(), 2);
    QVERIFY2(lines.join(u'\n').contains(QLatin1String("skipped")), qPrintable(lines.join(u'\n')));
}

void TstPollSweeper::workerStopsOnRequest()
{
    const qint64 sw = device(QStringLiteral("sw-stop"));
    enableSnmp(sw);
    m_poller.setGenerator([](qint64, int n) -> Result<SnmpPoll> {
        return poll(QDateTime::currentDateTimeUtc(), quint32(100000 + n * 100),
                    {iface(1, QStringLiteral("Ethernet1"), quint64(n), quint64(n))});
    });
    m_poller.setDelay(300);
    PollWorker::Options options;
    options.intervalSeconds = 1;
    options.offsetSeconds = 0;
    PollWorker worker(m_db->as(QStringLiteral("poll_noc")),
                      std::shared_ptr<SnmpPoller>(&m_poller, [](SnmpPoller *) {}), options);
    QSignalSpy sweeps(&worker, &PollWorker::sweepFinished);
    QSignalSpy finished(&worker, &PollWorker::finished);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(worker.sweepInProgress(), 5000);
    worker.stop(); // while a sweep runs: it completes, then finished()
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(sweeps.count(), 1);
    QVERIFY(!worker.isRunning());
    QVERIFY(!worker.nextSweepAt().isValid());
    const int after = m_poller.sweeps();
    QTest::qWait(1500);
    QCOMPARE(m_poller.sweeps(), after);
    m_poller.setDelay(0);
    m_poller.setGenerator({});
    // Stopping an idle worker finishes at once; starting again works.
    PollWorker idle(m_db->as(QStringLiteral("poll_noc")),
                    std::shared_ptr<SnmpPoller>(&m_poller, [](SnmpPoller *) {}));
    QSignalSpy idleFinished(&idle, &PollWorker::finished);
    idle.stop();
    QCOMPARE(idleFinished.count(), 0); // not running: nothing to finish
    PollWorker::Options late;
    late.sweepAtStart = false;
    PollWorker scheduled(m_db->as(QStringLiteral("poll_noc")),
                         std::shared_ptr<SnmpPoller>(&m_poller, [](SnmpPoller *) {}), late);
    QSignalSpy scheduledFinished(&scheduled, &PollWorker::finished);
    scheduled.start();
    const QDateTime next = scheduled.nextSweepAt();
    QVERIFY(next.isValid());
    QCOMPARE(next.toSecsSinceEpoch() % 300, qint64(10));
    QVERIFY(next > QDateTime::currentDateTimeUtc());
    scheduled.stop();
    QCOMPARE(scheduledFinished.count(), 1);
    QCOMPARE(scheduled.sweepsDone(), 0);
}

void TstPollSweeper::logLineListsAFewFailures()
{
    PollSummary summary;
    for (int i = 1; i <= 8; ++i) {
        DevicePollResult d;
        d.deviceId = i;
        d.deviceName = QStringLiteral("pdu-%1").arg(i);
        d.error = QStringLiteral("no answer");
        summary.devices << d;
    }
    DevicePollResult good;
    good.deviceName = QStringLiteral("sw-1");
    good.ok = true;
    summary.devices << good;
    const QString line = summary.logLine();
    QVERIFY2(line.startsWith(QLatin1String("9 devices polled, 8 failed")), qPrintable(line));
    QCOMPARE(line.count(QLatin1String("failed: no answer")), 5);
    QVERIFY2(line.contains(QLatin1String("pdu-5 failed")) && !line.contains(QLatin1String("pdu-6 failed")),
             qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("3 more failed")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TstPollSweeper)
#include "tst_pollsweeper.moc"
