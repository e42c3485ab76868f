// SPDX-License-Identifier: GPL-3.0-or-later
// Demo targets (device_bmc.demo, device_snmp.demo) are never contacted: every
// driver refuses them before it resolves a name or opens a socket. Each case
// points a demo target at a listener of the test's own on loopback and checks
// that nothing arrived, then points the same target, not demo, at the same
// listener and checks that something did (so the listener would have seen it).
#include "bmcfactory.h"
#include "ipmisession.h"
#include "redfishsession.h"
#include "snmppoller.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace hostdeck;

namespace {
constexpr int kQuietMs = 300; ///< how long a listener waits for traffic that must not come

BmcTarget redfishAt(quint16 port, bool demo)
{
    BmcTarget t;
    t.kind = BmcTarget::Kind::Redfish;
    t.address = QStringLiteral("https://127.0.0.1:%1").arg(port);
    t.user = QStringLiteral("root");
    t.password = QStringLiteral("calvin");
    t.connectTimeoutMs = 1000;
    t.timeoutMs = 1000;
    t.demo = demo;
    return t;
}

BmcTarget ipmiAt(quint16 port, bool demo)
{
    BmcTarget t;
    t.kind = BmcTarget::Kind::Ipmi;
    t.address = QStringLiteral("127.0.0.1");
    t.port = port;
    t.user = QStringLiteral("ADMIN");
    t.password = QStringLiteral("ADMIN");
    t.timeoutMs = 500;
    t.demo = demo;
    return t;
}

SnmpTarget snmpAt(quint16 port, bool demo)
{
    SnmpTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.community = QStringLiteral("public");
    t.timeoutMs = 200;
    t.retries = 0;
    t.demo = demo;
    return t;
}
} // namespace

class TestDemoTargets : public QObject
{
    Q_OBJECT

private slots:
    void redfishDemoTargetOpensNoConnection()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        auto factory = makeBmcFactory();

        auto opened = factory->open(redfishAt(server.serverPort(), true));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("demo-target"));
        QVERIFY2(opened.error().message.contains(QLatin1String("no BMC to talk to")),
                 qPrintable(opened.error().message));
        auto fingerprint = factory->certificateSha256(redfishAt(server.serverPort(), true));
        QVERIFY(!fingerprint);
        QCOMPARE(fingerprint.error().code, QStringLiteral("demo-target"));
        QVERIFY(!openRedfishSession(redfishAt(server.serverPort(), true)));
        QVERIFY(!server.waitForNewConnection(kQuietMs));

        // The same target, not demo, does connect (and fails its TLS handshake on a plain listener).
        QVERIFY(!factory->certificateSha256(redfishAt(server.serverPort(), false)));
        QVERIFY(server.hasPendingConnections() || server.waitForNewConnection(2000));
    }

    void ipmiDemoTargetSendsNoDatagram()
    {
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        auto opened = makeBmcFactory()->open(ipmiAt(listener.localPort(), true));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("demo-target"));
        QVERIFY(!openIpmiSession(ipmiAt(listener.localPort(), true)));
        QVERIFY(!listener.waitForReadyRead(kQuietMs));
        QVERIFY(!listener.hasPendingDatagrams());

        QVERIFY(!openIpmiSession(ipmiAt(listener.localPort(), false)));
        QVERIFY(listener.hasPendingDatagrams() || listener.waitForReadyRead(2000));
    }

    void snmpDemoTargetSendsNoDatagram()
    {
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        auto poller = makeSnmpPoller();

        SnmpPollRequest demo;
        demo.key = 7;
        demo.target = snmpAt(listener.localPort(), true);
        const QList<SnmpPollResult> results = poller->sweep({demo});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).key, qint64(7));
        QVERIFY(!results.at(0).poll);
        QCOMPARE(results.at(0).poll.error().code, QStringLiteral("demo-target"));
        QVERIFY2(results.at(0).poll.error().message.contains(QLatin1String("no SNMP agent to talk to")),
                 qPrintable(results.at(0).poll.error().message));
        const Status set = poller->setAdminStatus(snmpAt(listener.localPort(), true), 1, false);
        QVERIFY(!set);
        QCOMPARE(set.error().code, QStringLiteral("demo-target"));
        QVERIFY(!listener.waitForReadyRead(kQuietMs));
        QVERIFY(!listener.hasPendingDatagrams());

        SnmpPollRequest real = demo;
        real.target.demo = false;
        QVERIFY(!poller->sweep({real}).at(0).poll); // nothing answers: a timeout
        QVERIFY(listener.hasPendingDatagrams() || listener.waitForReadyRead(2000));
    }

    void demoTargetsInASweepLeaveTheOthersAlone()
    {
        QUdpSocket demoListener;
        QUdpSocket realListener;
        QVERIFY(demoListener.bind(QHostAddress::LocalHost, 0));
        QVERIFY(realListener.bind(QHostAddress::LocalHost, 0));
        SnmpPollRequest demo;
        demo.key = 1;
        demo.target = snmpAt(demoListener.localPort(), true);
        SnmpPollRequest real;
        real.key = 2;
        real.target = snmpAt(realListener.localPort(), false);
        const QList<SnmpPollResult> results = makeSnmpPoller()->sweep({demo, real, demo});
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).poll.error().code, QStringLiteral("demo-target"));
        QVERIFY(results.at(1).poll.error().code != QLatin1String("demo-target"));
        QCOMPARE(results.at(2).poll.error().code, QStringLiteral("demo-target"));
        QVERIFY(realListener.hasPendingDatagrams() || realListener.waitForReadyRead(2000));
        QVERIFY(!demoListener.hasPendingDatagrams());
    }
};

QTEST_GUILESS_MAIN(TestDemoTargets)
#include "tst_demotargets.moc"
