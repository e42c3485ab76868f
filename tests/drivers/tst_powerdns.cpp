// SPDX-License-Identifier: GPL-3.0-or-later
// PowerDnsClient against a real pdns_server started by the test, checked with
// DNS queries (dig) against the same server.
#include "dnspeers.h"
#include "ipam/rdnspublisher.h"
#include "powerdnsclient.h"
#include "rdnsfactory.h"

#include <QTest>

using namespace hostdeck;

class TstPowerDns : public QObject
{
    Q_OBJECT

private:
    test::PowerDnsServer m_pdns;
    const QString m_key = QStringLiteral("hostdeck-test-key");

    RdnsProviderConfig config(const QString &key) const
    {
        RdnsProviderConfig c;
        c.kind = RdnsProviderConfig::Kind::PowerDns;
        c.name = QStringLiteral("pdns-test");
        c.baseUrl = m_pdns.webserverUrl();
        c.secret = key;
        c.ttl = 600;
        c.timeoutMs = 10000;
        return c;
    }

    static PtrChange change(const QString &address, const QString &target, int zonePrefix)
    {
        const Cidr host = *Cidr::parseAddress(address);
        PtrChange c;
        c.address = address;
        c.reverseName = RdnsPublisher::reverseName(host);
        c.zone = RdnsPublisher::reverseZone(host, zonePrefix);
        c.target = target;
        c.ttl = 600;
        return c;
    }

private slots:
    void initTestCase() { QVERIFY2(m_pdns.start(m_key), qPrintable(m_pdns.error())); }

    void setCreatesTheMissingZone()
    {
        PowerDnsClient client(config(m_key));
        auto before = client.zoneExists(QStringLiteral("113.0.203.in-addr.arpa."));
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().fullText()));
        QVERIFY(!*before);
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.10")), QStringList());

        Status s =
            client.apply(change(QStringLiteral("203.0.113.10"), QStringLiteral("web1.example.net."), 24));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        auto after = client.zoneExists(QStringLiteral("113.0.203.in-addr.arpa."));
        QVERIFY(after.ok() && *after);
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.10")),
                 QStringList{QStringLiteral("web1.example.net.")});
    }

    void replaceChangesTheName()
    {
        PowerDnsClient client(config(m_key));
        Status s =
            client.apply(change(QStringLiteral("203.0.113.10"), QStringLiteral("web2.example.net."), 24));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.10")),
                 QStringList{QStringLiteral("web2.example.net.")});
        // a neighbour in the same zone is independent
        s = client.apply(change(QStringLiteral("203.0.113.11"), QStringLiteral("web3.example.net."), 24));
        QVERIFY(s.ok());
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.11")),
                 QStringList{QStringLiteral("web3.example.net.")});
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.10")),
                 QStringList{QStringLiteral("web2.example.net.")});
    }

    void deleteRemovesTheRecord()
    {
        PowerDnsClient client(config(m_key));
        Status s = client.apply(change(QStringLiteral("203.0.113.10"), QString(), 24));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.10")), QStringList());
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.11")),
                 QStringList{QStringLiteral("web3.example.net.")});
        // deleting what is gone, or in a zone that does not exist, succeeds
        QVERIFY(client.apply(change(QStringLiteral("203.0.113.10"), QString(), 24)).ok());
        QVERIFY(client.apply(change(QStringLiteral("198.51.100.7"), QString(), 24)).ok());
        auto zone = client.zoneExists(QStringLiteral("100.51.198.in-addr.arpa."));
        QVERIFY(zone.ok() && !*zone);
    }

    void ipv6NibbleZone()
    {
        auto provider = makeRdnsProviderFactory()->create(config(m_key));
        QVERIFY(provider);
        const QString address = QStringLiteral("2001:db8:42:7::10");
        Status s = provider->apply(change(address, QStringLiteral("v6host.example.net."), 48));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        PowerDnsClient client(config(m_key));
        auto zone = client.zoneExists(QStringLiteral("2.4.0.0.8.b.d.0.1.0.0.2.ip6.arpa."));
        QVERIFY(zone.ok() && *zone);
        QCOMPARE(m_pdns.reverseLookup(address), QStringList{QStringLiteral("v6host.example.net.")});
    }

    void upstreamErrorIsCarried()
    {
        PowerDnsClient client(config(m_key));
        Status s = client.apply(change(QStringLiteral("203.0.113.12"), QStringLiteral("bad name!."), 24));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("HTTP 422")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("PowerDNS")), qPrintable(s.error().message));
        // PowerDNS's own explanation
        QVERIFY2(s.error().message.contains(QLatin1String("bad name!")), qPrintable(s.error().message));
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.12")), QStringList());
    }

    void wrongApiKey()
    {
        PowerDnsClient client(config(QStringLiteral("not-the-key")));
        Status s = client.apply(change(QStringLiteral("203.0.113.20"), QStringLiteral("x.example.net."), 24));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("PowerDNS rejected the API key")),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QLatin1String("401")));
        QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.20")), QStringList());
    }

    void unreachableServer()
    {
        RdnsProviderConfig c = config(m_key);
        const quint16 closed = test::freePort();
        QVERIFY(closed != 0);
        c.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed);
        PowerDnsClient client(c);
        Status s = client.apply(change(QStringLiteral("203.0.113.21"), QStringLiteral("x.example.net."), 24));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(
                     QStringLiteral("connection refused to http://127.0.0.1:%1").arg(closed)),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QLatin1String("PowerDNS could not be reached")));
    }

    void cleanupTestCase() { m_pdns.stop(); }
};

QTEST_GUILESS_MAIN(TstPowerDns)
#include "tst_powerdns.moc"
