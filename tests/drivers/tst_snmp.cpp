// SPDX-License-Identifier: GPL-3.0-or-later
// The Net-SNMP poller against real agents: snmpsimd with generated switch and
// PDU data, the host's snmpd, and a hostile agent (tests/fixtures/snmp_hostile.py).
#include "dnspeers.h"
#include "pduoidmap.h"
#include "snmppeers.h"
#include "snmppoller.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace hostdeck;
using namespace hostdeck::test;

namespace {
const QString kV3User = QStringLiteral("ops");
const QString kAuth = QStringLiteral("authpass123");
const QString kPriv = QStringLiteral("privpass123");
constexpr int kSweepAgents = 20;

/// The error text of a failed result, empty for a good one (QVERIFY2 evaluates its message eagerly).
template <typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().fullText();
}

QString agentCommunity(int i)
{
    return QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0'));
}
} // namespace

class TestSnmp : public QObject
{
    Q_OBJECT

private:
    SnmpSimulator m_sim;
    SnmpdAgent m_snmpd;
    HostileSnmpAgent m_hostile;
    std::shared_ptr<SnmpPoller> m_poller = makeSnmpPoller();

    SnmpTarget simTarget(const QString &community, int endpoint = 0) const
    {
        SnmpTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_sim.ports().value(endpoint);
        target.community = community;
        target.timeoutMs = 1500;
        target.retries = 1;
        return target;
    }

    SnmpTarget v3(SnmpTarget target) const
    {
        target.version = SnmpTarget::Version::V3;
        target.user = kV3User;
        target.authProtocol = SnmpTarget::AuthProtocol::Sha;
        target.authPassword = kAuth;
        target.privProtocol = SnmpTarget::PrivProtocol::Aes;
        target.privPassword = kPriv;
        return target;
    }

    Result<SnmpPoll> pollOne(const SnmpTarget &target, const QString &pduModel = {}, bool interfaces = true)
    {
        SnmpPollRequest request;
        request.key = 7;
        request.target = target;
        request.pduModel = pduModel;
        request.interfaces = interfaces;
        const QList<SnmpPollResult> results = m_poller->sweep({request});
        if (results.size() != 1 || results.first().key != 7)
            return Error::failure(QStringLiteral("sweep returned the wrong results"));
        return results.first().poll;
    }

private slots:
    void initTestCase()
    {
        QMap<QString, QByteArray> files;
        files.insert(QStringLiteral("switch48"), switchSnmprec({}));
        SwitchSpec narrow;
        narrow.ports = 8;
        narrow.hcCounters = false;
        narrow.seed = 7;
        files.insert(QStringLiteral("switch32"), switchSnmprec(narrow));
        for (const QString &model : PduOidMap::builtIn().keys())
            files.insert(QStringLiteral("pdu-") + model, pduSnmprec(model, 8));
        for (int i = 0; i < kSweepAgents; ++i) {
            SwitchSpec spec;
            spec.seed = 100 + i;
            files.insert(agentCommunity(i), switchSnmprec(spec));
        }
        for (const char *recorded : {"cisco-c3750-stack", "edge-router"}) {
            QFile file(QStringLiteral(HOSTDECK_FIXTURES_DIR "/snmp/%1.snmprec").arg(QLatin1String(recorded)));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            files.insert(QLatin1String(recorded), file.readAll());
        }
        SnmpSimV3User user;
        user.user = kV3User;
        user.authKey = kAuth;
        user.privKey = kPriv;
        QVERIFY2(m_sim.start(files, 2, user), qPrintable(m_sim.error()));
        QVERIFY2(m_snmpd.start(QStringLiteral("hdpublic"), kV3User, kAuth, kPriv),
                 qPrintable(m_snmpd.error()));
        QVERIFY2(m_hostile.start(), qPrintable(m_hostile.error()));
    }

    void pduOidMapData()
    {
        const QStringList keys = PduOidMap::builtIn().keys();
        QVERIFY2(PduOidMap::builtIn().loadError().isEmpty(), qPrintable(PduOidMap::builtIn().loadError()));
        for (const char *key : {"apc-rpdu2", "raritan-px2", "servertech-pro2", "generic-test"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        const auto raritan = PduOidMap::builtIn().model(QStringLiteral("raritan-px2"));
        QVERIFY(raritan.ok());
        QCOMPARE(numericOidText(raritan->outletPower.oid), QStringLiteral("1.3.6.1.4.1.13742.6.5.4.3.1.4"));
        QCOMPARE(raritan->outletPower.suffix, QList<quint32>{5});
        const auto unknown = PduOidMap::builtIn().model(QStringLiteral("acme-9000"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("unknown-pdu-model"));
        QVERIFY(unknown.error().message.contains(QLatin1String("acme-9000")));
        QVERIFY(unknown.error().message.contains(QLatin1String("apc-rpdu2")));

        QVERIFY(!PduOidMap::parse("not json").ok());
        QVERIFY(!PduOidMap::parse(R"({"format": 2, "models": {}})").ok());
        const auto badOid = PduOidMap::parse(
            R"({"format": 1, "models": {"x": {"outletName": {"oid": "1.3.x"}, "outletPower": {"oid": "1.3.6"}}}})");
        QVERIFY(!badOid.ok());
        QVERIFY(badOid.error().message.contains(QLatin1String("outletName")));
        QVERIFY(parseNumericOid(QStringLiteral(".1.3.6.1")) == (QList<quint32>{1, 3, 6, 1}));
        QVERIFY(parseNumericOid(QStringLiteral("1.3.-6")).isEmpty());
        QVERIFY(parseNumericOid(QStringLiteral("1.3.99999999999")).isEmpty());
    }

    void v2cWalkOf48Ports()
    {
        const auto poll = pollOne(simTarget(QStringLiteral("switch48")));
        QVERIFY2(poll.ok(), qPrintable(why(poll)));
        QCOMPARE(poll->interfaces.size(), 48);
        QVERIFY(poll->sysUpTime >= 100000);
        QVERIFY(poll->polledAt.isValid());
        const SwitchSpec spec;
        for (int port = 1; port <= 48; ++port) {
            const InterfaceSample &sample = poll->interfaces.at(port - 1);
            const SwitchPort expected = switchPort(spec, port);
            QCOMPARE(sample.ifIndex, port);
            QCOMPARE(sample.name, expected.name);
            QCOMPARE(sample.descr, expected.descr);
            QCOMPARE(sample.alias, expected.alias);
            QCOMPARE(sample.mac, expected.mac);
            QCOMPARE(sample.speedBps, expected.speedBps);
            QCOMPARE(sample.operStatus, expected.operStatus);
            QVERIFY(sample.hcCounters);
            QVERIFY(sample.inOctets >= 10000000000ULL);
            QVERIFY(sample.outOctets >= 20000000000ULL);
            QCOMPARE(sample.discontinuityTime, std::optional<quint32>(0));
        }
        QCOMPARE(poll->interfaces.at(47).speedBps, 10000000000ULL);
        QCOMPARE(poll->interfaces.at(0).speedBps, 1000000000ULL);
        QVERIFY(poll->outlets.isEmpty());
    }

    void countersGrowBetweenPolls()
    {
        const auto first = pollOne(simTarget(QStringLiteral("switch48")));
        QVERIFY2(first.ok(), qPrintable(why(first)));
        QThread::msleep(1200);
        const auto second = pollOne(simTarget(QStringLiteral("switch48")));
        QVERIFY2(second.ok(), qPrintable(why(second)));
        QVERIFY(second->sysUpTime > first->sysUpTime);
        for (int i : {0, 23, 47}) {
            QVERIFY(second->interfaces.at(i).inOctets > first->interfaces.at(i).inOctets);
            QVERIFY(second->interfaces.at(i).outOctets > first->interfaces.at(i).outOctets);
        }
        // Port 10 grows at 10 MB/s in the generated data: about 12 MB in 1.2 s.
        const quint64 delta = second->interfaces.at(9).inOctets - first->interfaces.at(9).inOctets;
        QVERIFY2(delta > 5000000 && delta < 60000000, qPrintable(QString::number(delta)));
    }

    void fallsBackTo32BitCounters()
    {
        const auto poll = pollOne(simTarget(QStringLiteral("switch32")));
        QVERIFY2(poll.ok(), qPrintable(why(poll)));
        QCOMPARE(poll->interfaces.size(), 8);
        SwitchSpec spec;
        spec.ports = 8;
        spec.hcCounters = false;
        spec.seed = 7;
        for (const InterfaceSample &sample : poll->interfaces) {
            const SwitchPort expected = switchPort(spec, sample.ifIndex);
            QVERIFY(!sample.hcCounters);
            QCOMPARE(sample.name, expected.descr); // no ifXTable: ifName falls back to ifDescr
            // ifSpeed saturated at 2^32-1 and no ifHighSpeed: the speed is unknown, not 4.29 Gbit/s.
            QCOMPARE(sample.speedBps, expected.speedBps == 4294967295ULL ? 0ULL : expected.speedBps);
            QCOMPARE(sample.mac, expected.mac);
            QVERIFY(sample.hasCounters);
            QVERIFY(sample.inOctets > 0);
            QVERIFY(!sample.discontinuityTime.has_value());
        }
    }

    // A recording of a real Catalyst 3750 stack: StackSub interfaces without any octet counter, a
    // StackPort and Null0 with 32-bit counters only, the rest 64-bit. Every interface comes back.
    void recordedCiscoStack()
    {
        const auto poll = pollOne(simTarget(QStringLiteral("cisco-c3750-stack")));
        QVERIFY2(poll.ok(), qPrintable(why(poll)));
        QCOMPARE(poll->interfaces.size(), 59);
        QCOMPARE(poll->sysUpTime, 697202257U);
        QMap<int, InterfaceSample> byIndex;
        for (const InterfaceSample &i : poll->interfaces)
            byIndex.insert(i.ifIndex, i);
        for (int bare : {5186, 5187}) {
            QVERIFY(!byIndex.value(bare).hasCounters);
            QCOMPARE(byIndex.value(bare).name, QStringLiteral("StackSub-St3-%1").arg(bare - 5185));
        }
        for (int narrow : {5185, 14501}) {
            QVERIFY(byIndex.value(narrow).hasCounters);
            QVERIFY(!byIndex.value(narrow).hcCounters);
        }
        QCOMPARE(byIndex.value(14501).name, QStringLiteral("Nu0"));
        QCOMPARE(byIndex.value(14501).descr, QStringLiteral("Null0"));
        const InterfaceSample vlan60 = byIndex.value(60);
        QVERIFY(vlan60.hcCounters);
        QCOMPARE(vlan60.inOctets, 37505809994ULL);
        QCOMPARE(vlan60.outOctets, 48360660686ULL);
        QCOMPARE(vlan60.speedBps, 1000000000ULL);
        int wide = 0;
        for (const InterfaceSample &i : poll->interfaces)
            wide += i.hcCounters ? 1 : 0;
        QCOMPARE(wide, 55);
    }

    // The same recording replayed as raw GETBULK answers (the snmpwalk fuzz target's seeds, made by
    // fuzz/make_snmp_corpus.py): the poller's answer path alone gives what the poll over UDP gave, and
    // a walk whose answers stop half-way fails as an agent that stopped answering.
    void replayedCiscoStackAnswers()
    {
        const auto replay = [](const QString &seed) -> SnmpPollResult {
            QFile file(QStringLiteral(HOSTDECK_SOURCE_DIR "/fuzz/corpus/snmpwalk/") + seed);
            if (!file.open(QIODevice::ReadOnly))
                return {};
            const QByteArray data = file.readAll();
            SnmpPollRequest request;
            request.target.host = QStringLiteral("replay.invalid");
            request.target.maxRepetitions = 1 + uchar(data.at(0));
            QList<QByteArray> answers;
            for (qsizetype at = 2; at + 2 <= data.size();) {
                const qsizetype length = (qsizetype(uchar(data.at(at))) << 8) | uchar(data.at(at + 1));
                answers.append(data.mid(at + 2, length));
                at += 2 + length;
            }
            return walkOverAnswers(request, answers);
        };
        for (const char *seed : {"cisco-c3750-stack-r25", "cisco-c3750-stack-r7"}) {
            const SnmpPollResult result = replay(QString::fromLatin1(seed));
            QVERIFY2(result.poll.ok(),
                     qPrintable(result.poll.ok() ? QString() : result.poll.error().message));
            QCOMPARE(result.poll->interfaces.size(), 59);
            QCOMPARE(result.poll->sysUpTime, 697202257U);
            int wide = 0;
            int bare = 0;
            for (const InterfaceSample &i : result.poll->interfaces) {
                wide += i.hcCounters ? 1 : 0;
                bare += i.hasCounters ? 0 : 1;
            }
            QCOMPARE(wide, 55);
            QCOMPARE(bare, 2);
        }
        const SnmpPollResult cut = replay(QStringLiteral("cisco-c3750-stack-r25-cut"));
        QVERIFY(!cut.poll.ok());
        QVERIFY2(cut.poll.error().message.contains(QLatin1String("no answer")),
                 qPrintable(cut.poll.error().message));
    }

    // A router modelled on IOS-XE/Junos answers: saturated ifSpeed, ifXTable-only counters, no
    // ifPhysAddress, no ifAlias, no ifHighSpeed, Null0 without counters.
    void modelledEdgeRouter()
    {
        const auto poll = pollOne(simTarget(QStringLiteral("edge-router")));
        QVERIFY2(poll.ok(), qPrintable(why(poll)));
        QCOMPARE(poll->interfaces.size(), 7);
        const QList<InterfaceSample> &i = poll->interfaces;
        QCOMPARE(i.at(1).name, QStringLiteral("Te0/1/0"));
        QCOMPARE(i.at(1).speedBps, 10000000000ULL); // ifHighSpeed, not the saturated ifSpeed
        QCOMPARE(i.at(2).name, QStringLiteral("Gi0/0/0.100"));
        QVERIFY(i.at(2).hcCounters);
        QCOMPARE(i.at(2).inOctets, 7000003ULL);
        QVERIFY(i.at(3).mac.isEmpty());  // loopback: no ifPhysAddress
        QVERIFY(i.at(3).alias.isNull()); // no ifAlias row: unknown, not empty
        QCOMPARE(i.at(4).descr, QStringLiteral("Null0"));
        QVERIFY(!i.at(4).hasCounters);
        QCOMPARE(i.at(5).name, QStringLiteral("Tu0"));
        QVERIFY(i.at(5).hasCounters);
        QVERIFY(!i.at(5).hcCounters);
        QCOMPARE(i.at(5).speedBps, 100000ULL);
        QCOMPARE(i.at(6).speedBps, 0ULL); // saturated ifSpeed, no ifHighSpeed: unknown
        QCOMPARE(i.at(6).operStatus, 2);
        QCOMPARE(i.at(0).alias, QStringLiteral("transit-a"));
    }

    void v3WalkAgainstSnmpsim()
    {
        SnmpTarget target = v3(simTarget(QString()));
        target.context = QStringLiteral("switch48");
        const auto poll = pollOne(target);
        QVERIFY2(poll.ok(), qPrintable(why(poll)));
        QCOMPARE(poll->interfaces.size(), 48);
        QCOMPARE(poll->interfaces.at(4).name, switchPort({}, 5).name);
    }

    void v3WrongKeyAgainstSnmpsimIsABoundedError()
    {
        SnmpTarget target = v3(simTarget(QString()));
        target.context = QStringLiteral("switch48");
        target.authPassword = QStringLiteral("wrongpass123");
        target.timeoutMs = 500;
        QElapsedTimer timer;
        timer.start();
        const auto poll = pollOne(target);
        QVERIFY(!poll.ok());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(poll.error().message.contains(target.peerName()));
    }

    void snmpdV2cAndV3()
    {
        SnmpTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_snmpd.port();
        target.community = QStringLiteral("hdpublic");
        target.timeoutMs = 2000;
        const auto plain = pollOne(target);
        QVERIFY2(plain.ok(), qPrintable(why(plain)));
        QVERIFY(!plain->interfaces.isEmpty());
        const auto lo = std::find_if(plain->interfaces.begin(), plain->interfaces.end(),
                                     [](const InterfaceSample &s) { return s.name == QLatin1String("lo"); });
        QVERIFY2(lo != plain->interfaces.end(), "snmpd lists the loopback interface");
        QCOMPARE(lo->adminStatus, 1);
        QVERIFY(lo->hcCounters);
        QVERIFY(plain->sysUpTime > 0);

        const auto secure = pollOne(v3(target));
        QVERIFY2(secure.ok(), qPrintable(why(secure)));
        QCOMPARE(secure->interfaces.size(), plain->interfaces.size());

        SnmpTarget wrongAuth = v3(target);
        wrongAuth.authPassword = QStringLiteral("not-the-password");
        const auto refused = pollOne(wrongAuth);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("uthentication")), qPrintable(why(refused)));
        QVERIFY(refused.error().message.contains(wrongAuth.peerName()));

        SnmpTarget wrongPriv = v3(target);
        wrongPriv.privPassword = QStringLiteral("not-the-privacy-password");
        wrongPriv.timeoutMs = 500;
        const auto undecryptable = pollOne(wrongPriv);
        QVERIFY(!undecryptable.ok());

        // A read-only community cannot SET: the agent's refusal is reported.
        const Status set = m_poller->setAdminStatus(target, 1, false);
        QVERIFY(!set.ok());
        QVERIFY2(set.error().message.contains(QLatin1String("refused")) ||
                     set.error().message.contains(QLatin1String("no answer")),
                 qPrintable(why(set)));
    }

    void wrongCommunityTimesOut()
    {
        SnmpTarget target = simTarget(QStringLiteral("no-such-community"));
        target.timeoutMs = 300;
        target.retries = 1;
        QElapsedTimer timer;
        timer.start();
        const auto poll = pollOne(target);
        QVERIFY(!poll.ok());
        QVERIFY2(poll.error().message.contains(QLatin1String("no answer within 300 ms (2 tries)")),
                 qPrintable(why(poll)));
        QVERIFY(timer.elapsed() >= 500);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void setAdminStatusAndReadBack()
    {
        const SnmpTarget target = simTarget(QStringLiteral("switch48"));
        Status down = m_poller->setAdminStatus(target, 3, false);
        QVERIFY2(down.ok(), qPrintable(why(down)));
        auto poll = pollOne(target);
        QVERIFY(poll.ok());
        QCOMPARE(poll->interfaces.at(2).adminStatus, 2);
        QCOMPARE(poll->interfaces.at(3).adminStatus, 1);

        Status up = m_poller->setAdminStatus(v3([&] {
                                                 SnmpTarget t = target;
                                                 t.context = QStringLiteral("switch48");
                                                 return t;
                                             }()),
                                             3, true);
        QVERIFY2(up.ok(), qPrintable(why(up)));
        poll = pollOne(target);
        QVERIFY(poll.ok());
        QCOMPARE(poll->interfaces.at(2).adminStatus, 1);

        const Status invalid = m_poller->setAdminStatus(target, 0, true);
        QVERIFY(!invalid.ok());
        QVERIFY(invalid.error().message.contains(QLatin1String("ifIndex 0")));
        const Status missing = m_poller->setAdminStatus(target, 4999, true);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QLatin1String("ifAdminStatus.4999")),
                 qPrintable(why(missing)));
    }

    void pduOutlets_data()
    {
        QTest::addColumn<QString>("model");
        for (const QString &model : PduOidMap::builtIn().keys())
            QTest::newRow(qPrintable(model)) << model;
    }

    void pduOutlets()
    {
        QFETCH(QString, model);
        const auto poll = pollOne(simTarget(QStringLiteral("pdu-") + model), model, false);
        QVERIFY2(poll.ok(), qPrintable(why(poll)));
        QVERIFY(poll->interfaces.isEmpty());
        QCOMPARE(poll->outlets.size(), 8);
        const double scale = PduOidMap::builtIn().model(model)->outletPower.scale;
        for (int n = 1; n <= 8; ++n) {
            const OutletSample &outlet = poll->outlets.at(n - 1);
            QCOMPARE(outlet.outlet, n);
            QCOMPARE(outlet.name, QStringLiteral("outlet-%1").arg(n));
            QVERIFY(outlet.watts.has_value());
            QCOMPARE(*outlet.watts, static_cast<double>(pduRawPower(n)) * scale);
        }
    }

    void pduWrongModelOrUnknownModel()
    {
        // A switch has none of the PDU's OIDs: a clear error, not an empty list.
        const auto empty = pollOne(simTarget(QStringLiteral("switch48")), QStringLiteral("apc-rpdu2"), false);
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().message.contains(QLatin1String("PDU model")), qPrintable(why(empty)));

        SnmpPollRequest unknown;
        unknown.key = 1;
        unknown.target = simTarget(QStringLiteral("pdu-generic-test"));
        unknown.pduModel = QStringLiteral("acme-9000");
        SnmpPollRequest good = unknown;
        good.key = 2;
        good.pduModel = QStringLiteral("generic-test");
        good.interfaces = false;
        const auto results = m_poller->sweep({unknown, good});
        QCOMPARE(results.size(), 2);
        QVERIFY(!results[0].poll.ok());
        QCOMPARE(results[0].poll.error().code, QStringLiteral("unknown-pdu-model"));
        QVERIFY2(results[1].poll.ok(), qPrintable(why(results[1].poll)));
        QCOMPARE(results[1].poll->outlets.size(), 8);
    }

    void sweepOfManyAgents()
    {
        QList<SnmpPollRequest> requests;
        for (int i = 0; i < kSweepAgents; ++i) {
            SnmpPollRequest request;
            request.key = 1000 + i;
            request.target = simTarget(agentCommunity(i), i % 2);
            requests.append(request);
            if (i == 7) { // one dead agent in the middle must not disturb the others
                SnmpPollRequest dead;
                dead.key = -1;
                dead.target = simTarget(QStringLiteral("nobody-home"));
                dead.target.timeoutMs = 400;
                dead.target.retries = 0;
                requests.append(dead);
            }
        }
        QElapsedTimer timer;
        timer.start();
        const QList<SnmpPollResult> results = m_poller->sweep(requests);
        const qint64 elapsed = timer.elapsed();
        qInfo("sweep of %d agents x 48 ports: %lld ms", kSweepAgents, elapsed);
        QCOMPARE(results.size(), requests.size());
        for (qsizetype r = 0; r < results.size(); ++r) {
            QCOMPARE(results[r].key, requests[r].key);
            if (results[r].key == -1) {
                QVERIFY(!results[r].poll.ok());
                QVERIFY(results[r].poll.error().message.contains(QLatin1String("no answer")));
                continue;
            }
            const int i = static_cast<int>(results[r].key - 1000);
            QVERIFY2(results[r].poll.ok(), qPrintable(why(results[r].poll)));
            QCOMPARE(results[r].poll->interfaces.size(), 48);
            SwitchSpec spec;
            spec.seed = 100 + i;
            QCOMPARE(results[r].poll->interfaces.at(0).name, switchPort(spec, 1).name);
            QCOMPARE(results[r].poll->interfaces.at(47).mac, switchPort(spec, 48).mac);
        }
        QVERIFY2(elapsed < 60000, qPrintable(QString::number(elapsed)));
    }

    void sweepsFromTwoThreadsAtOnce()
    {
        QList<SnmpPollRequest> left;
        QList<SnmpPollRequest> right;
        for (int i = 0; i < 6; ++i) {
            SnmpPollRequest request;
            request.key = i;
            request.target = simTarget(agentCommunity(i), i % 2);
            (i < 3 ? left : right).append(request);
        }
        right.append(SnmpPollRequest{99, v3([this] {
                                         SnmpTarget t = simTarget(QString());
                                         t.context = QStringLiteral("switch48");
                                         return t;
                                     }()),
                                     true, QString()});
        QList<SnmpPollResult> leftResults;
        QThread *thread = QThread::create([&] { leftResults = m_poller->sweep(left); });
        thread->start();
        const QList<SnmpPollResult> rightResults = m_poller->sweep(right);
        QVERIFY(thread->wait(120000));
        delete thread;
        QCOMPARE(leftResults.size(), 3);
        QCOMPARE(rightResults.size(), 4);
        for (const auto &result : leftResults + rightResults) {
            QVERIFY2(result.poll.ok(), qPrintable(why(result.poll)));
            QCOMPARE(result.poll->interfaces.size(), 48);
        }
        SwitchSpec spec;
        spec.seed = 102;
        QCOMPARE(leftResults[2].poll->interfaces.at(0).name, switchPort(spec, 1).name);
    }

    void v3DiscoveryDoesNotBlockTheSweep()
    {
        // Three silent v3 agents (never seen, so their engine IDs must be
        // discovered) and a live one: the probes run concurrently, so the sweep
        // takes one agent's timeout x tries (3 s), not three (9 s).
        QList<SnmpPollRequest> requests;
        for (int i = 0; i < 3; ++i) {
            SnmpPollRequest dead;
            dead.key = i;
            dead.target = v3(simTarget(QString()));
            dead.target.port = freePort(true);
            dead.target.timeoutMs = 1500;
            dead.target.retries = 1;
            requests.append(dead);
        }
        SnmpPollRequest live;
        live.key = 3;
        live.target = v3(simTarget(QString(), 1));
        live.target.context = QStringLiteral("switch48");
        requests.append(live);
        QElapsedTimer timer;
        timer.start();
        const auto results = m_poller->sweep(requests);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(results.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!results[i].poll.ok());
            QVERIFY2(results[i].poll.error().message.contains(QLatin1String("engine-ID probe")),
                     qPrintable(why(results[i].poll)));
        }
        QVERIFY2(results[3].poll.ok(), qPrintable(why(results[3].poll)));
        QCOMPARE(results[3].poll->interfaces.size(), 48);
        QVERIFY2(elapsed >= 2900 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    }

    void badTargets()
    {
        SnmpTarget noHost;
        noHost.host = QString();
        QVERIFY(pollOne(noHost).error().message.contains(QLatin1String("no host")));

        SnmpTarget shortPassword = v3(simTarget(QString()));
        shortPassword.authPassword = QStringLiteral("short");
        const auto tooShort = pollOne(shortPassword);
        QVERIFY(!tooShort.ok());
        QVERIFY(tooShort.error().message.contains(QLatin1String("at least 8 characters")));

        SnmpTarget privWithoutAuth = v3(simTarget(QString()));
        privWithoutAuth.authProtocol = SnmpTarget::AuthProtocol::None;
        QVERIFY(
            pollOne(privWithoutAuth).error().message.contains(QLatin1String("privacy needs authentication")));

        SnmpTarget badPort = simTarget(QStringLiteral("switch48"));
        badPort.port = 70000;
        QVERIFY(!pollOne(badPort).ok());
        QCOMPARE(m_poller->sweep({}).size(), 0);
    }

    void hostileAgent_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("normal") << "normal" << QString();
        QTest::newRow("wrongtype") << "wrongtype"
                                   << "returned OCTET STRING for ifHCInOctets";
        QTest::newRow("adminstring") << "adminstring"
                                     << "returned OCTET STRING for ifAdminStatus";
        QTest::newRow("endless") << "endless"
                                 << "ifDescr has more than 300 rows";
        QTest::newRow("notincreasing") << "notincreasing"
                                       << "OID not increasing in ifDescr";
        QTest::newRow("wrongindex") << "wrongindex"
                                    << "unexpected row index in ifDescr";
        QTest::newRow("oversized") << "oversized"
                                   << "ifAlias (1.3.6.1.2.1.31.1.1.1.18.1) is 20000 bytes long";
        // Larger than Net-SNMP accepts for one message: dropped, so it ends as a timeout.
        QTest::newRow("huge") << "huge"
                              << "no answer within 400 ms";
        QTest::newRow("toomany") << "toomany"
                                 << "values where at most";
        QTest::newRow("garbage") << "garbage"
                                 << "no answer within 400 ms";
        QTest::newRow("silent") << "silent"
                                << "no answer within 400 ms";
    }

    void hostileAgent()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        SnmpTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_hostile.port();
        target.community = mode;
        target.timeoutMs = 400;
        target.retries = 1;
        target.maxRowsPerWalk = 300;
        target.maxRepetitions = 10;
        QElapsedTimer timer;
        timer.start();
        const auto poll = pollOne(target);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        if (expected.isEmpty()) {
            QVERIFY2(poll.ok(), qPrintable(why(poll)));
            QCOMPARE(poll->interfaces.size(), 4);
            QCOMPARE(poll->interfaces.at(3).name, QStringLiteral("p4"));
            QCOMPARE(poll->interfaces.at(3).inOctets, 1000000000004ULL);
            return;
        }
        QVERIFY(!poll.ok());
        QVERIFY2(poll.error().message.contains(expected), qPrintable(why(poll)));
        QVERIFY(poll.error().message.contains(target.peerName()));
    }

    // Columns a real agent leaves out for some rows are no error: the row comes back with what it has.
    void missingColumnsInSomeRowsAreNoError()
    {
        SnmpTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_hostile.port();
        target.timeoutMs = 400;
        target.retries = 1;
        target.community = QStringLiteral("noname");
        auto poll = pollOne(target);
        QVERIFY2(poll.ok(), qPrintable(why(poll)));
        QCOMPARE(poll->interfaces.size(), 4);
        QCOMPARE(poll->interfaces.at(1).name, QStringLiteral("p2"));
        QCOMPARE(poll->interfaces.at(2).name, QStringLiteral("port3")); // no ifName: ifDescr
        QVERIFY(poll->interfaces.at(2).hasCounters);

        target.community = QStringLiteral("nocounters");
        poll = pollOne(target);
        QVERIFY2(poll.ok(), qPrintable(why(poll)));
        QCOMPARE(poll->interfaces.size(), 4);
        const InterfaceSample &bare = poll->interfaces.at(1);
        QCOMPARE(bare.ifIndex, 2);
        QCOMPARE(bare.name, QStringLiteral("p2"));
        QVERIFY(!bare.hasCounters);
        QCOMPARE(bare.operStatus, 1);
        QCOMPARE(bare.alias, QStringLiteral("alias2"));
        for (int i : {0, 2, 3}) {
            QVERIFY(poll->interfaces.at(i).hasCounters);
            QVERIFY(poll->interfaces.at(i).hcCounters);
            QCOMPARE(poll->interfaces.at(i).inOctets, quint64(1000000000000ULL + quint64(i) + 1));
        }
    }

    void hostileAgentDoesNotDisturbASweep()
    {
        QList<SnmpPollRequest> requests;
        int key = 0;
        for (const char *mode : {"endless", "garbage", "normal", "wrongtype", "silent"}) {
            SnmpPollRequest request;
            request.key = ++key;
            request.target.host = QStringLiteral("127.0.0.1");
            request.target.port = m_hostile.port();
            request.target.community = QString::fromLatin1(mode);
            request.target.timeoutMs = 400;
            request.target.retries = 0;
            request.target.maxRowsPerWalk = 200;
            requests.append(request);
        }
        SnmpPollRequest good;
        good.key = 100;
        good.target = simTarget(QStringLiteral("switch48"));
        requests.append(good);
        const auto results = m_poller->sweep(requests);
        QCOMPARE(results.size(), 6);
        QVERIFY(!results[0].poll.ok());
        QVERIFY(!results[1].poll.ok());
        QVERIFY(results[2].poll.ok());
        QVERIFY(!results[3].poll.ok());
        QVERIFY(!results[4].poll.ok());
        QVERIFY2(results[5].poll.ok(), qPrintable(why(results[5].poll)));
        QCOMPARE(results[5].poll->interfaces.size(), 48);
    }
};

QTEST_GUILESS_MAIN(TestSnmp)
#include "tst_snmp.moc"
