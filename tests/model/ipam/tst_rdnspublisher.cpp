// SPDX-License-Identifier: GPL-3.0-or-later
// RdnsPublisher: provider resolution (subnet binding up the tree, then the
// effective location up the location tree, then internal), reverse names and
// zones, writes on success only, clear refusals of bad input, the secret
// column closed to non-administrators, and one run through a real PowerDNS.
#include "core/database.h"
#include "dnspeers.h"
#include "ipam/rdnspublisher.h"
#include "rdnsfactory.h"
#include "testdatabase.h"

#include <QtTest>

using namespace hostdeck;

namespace {
/// Records what it was asked and answers as scripted.
class ScriptedFactory final : public RdnsProviderFactory
{
public:
    struct Call
    {
        RdnsProviderConfig config;
        PtrChange change;
    };
    QList<Call> calls;
    std::optional<Error> failWith;

    std::unique_ptr<RdnsProvider> create(const RdnsProviderConfig &config) override
    {
        return std::make_unique<Provider>(this, config);
    }

private:
    class Provider final : public RdnsProvider
    {
    public:
        Provider(ScriptedFactory *owner, RdnsProviderConfig config)
            : m_owner(owner)
            , m_config(std::move(config))
        {}
        Status apply(const PtrChange &change) override
        {
            m_owner->calls.append({m_config, change});
            if (m_owner->failWith)
                return *m_owner->failWith;
            return {};
        }

    private:
        ScriptedFactory *m_owner;
        RdnsProviderConfig m_config;
    };
};

struct Row
{
    QVariant rdns;
    QVariant updatedAt;
};
} // namespace

class TstRdnsPublisher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reverseNamesAndZones();
    void resolution();
    void internalStoresOnly();
    void providerSuccessWritesNameAndTime();
    void providerFailureWritesNothing();
    void emptyNameDeletes();
    void badHostNamesRefused_data();
    void badHostNamesRefused();
    void unknownAddressRefused();
    void secretsClosedToNonAdministrators();
    void endToEndThroughPowerDns();

private:
    Row row(const QString &address);
    QString providerName(const QString &address);

    std::unique_ptr<test::TestDatabase> m_db;
    QSqlDatabase m_conn;
    std::shared_ptr<ScriptedFactory> m_factory = std::make_shared<ScriptedFactory>();
};

void TstRdnsPublisher::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("rdnspublisher"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY2(m_db->superExec(QStringLiteral(R"SQL(
INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-FRA', 'Frankfurt'), ('site', 'EU-AMS', 'Amsterdam');
INSERT INTO locations (kind, code, name, parent_id) SELECT 'room', 'FRA-R1', 'Room 1', id FROM locations WHERE code = 'EU-FRA';
INSERT INTO subnets (cidr, ip_version, location_id, allocation_status)
    SELECT '198.51.100.0/24', 4, id, 'subdivided' FROM locations WHERE code = 'FRA-R1';
INSERT INTO subnets (cidr, ip_version, parent_id) SELECT '198.51.100.0/25', 4, id FROM subnets WHERE cidr = '198.51.100.0/24';
INSERT INTO subnets (cidr, ip_version, parent_id, allocation_status)
    SELECT '198.51.100.128/25', 4, id, 'subdivided' FROM subnets WHERE cidr = '198.51.100.0/24';
INSERT INTO subnets (cidr, ip_version, parent_id) SELECT c, 4, id FROM subnets,
    (VALUES ('198.51.100.128/26'::cidr), ('198.51.100.192/26')) v(c) WHERE cidr = '198.51.100.128/25';
INSERT INTO subnets (cidr, ip_version, location_id) SELECT '203.0.113.0/24', 4, id FROM locations WHERE code = 'EU-AMS';
INSERT INTO subnets (cidr, ip_version, location_id) SELECT '2001:db8:5::/48', 6, id FROM locations WHERE code = 'EU-AMS';
INSERT INTO subnets (cidr, ip_version) VALUES ('192.0.2.0/24', 4), ('100.64.10.0/24', 4);
INSERT INTO ip_addresses (subnet_id, address)
    SELECT s.id, a FROM (VALUES ('198.51.100.10'::inet), ('198.51.100.130'), ('198.51.100.200'), ('203.0.113.10'),
                                ('203.0.113.11'), ('2001:db8:5::10'), ('192.0.2.10'), ('100.64.10.5')) v(a)
    JOIN subnets s ON s.cidr >> a AND s.allocation_status <> 'subdivided';
INSERT INTO rdns_providers (name, kind, base_url, api_secret, ttl, zone_prefix_v6) VALUES
    ('pdns-fra', 'powerdns', 'http://127.0.0.1:1', 'fra-key', 300, 48),
    ('cf-sub', 'cloudflare', 'https://api.cloudflare.com/client/v4', 'cf-token', 3600, 48),
    ('pdns-ams', 'powerdns', 'http://127.0.0.1:2', 'ams-key', 900, 40),
    ('cf-room', 'cloudflare', 'https://api.cloudflare.com/client/v4', 'room-token', 3600, 48);
INSERT INTO rdns_bindings (provider_id, location_id)
    SELECT p.id, l.id FROM rdns_providers p, locations l WHERE p.name = 'pdns-fra' AND l.code = 'EU-FRA';
INSERT INTO rdns_bindings (provider_id, location_id)
    SELECT p.id, l.id FROM rdns_providers p, locations l WHERE p.name = 'pdns-ams' AND l.code = 'EU-AMS';
INSERT INTO rdns_bindings (provider_id, subnet_id)
    SELECT p.id, s.id FROM rdns_providers p, subnets s WHERE p.name = 'cf-sub' AND s.cidr = '198.51.100.128/25';
)SQL")),
             qPrintable(m_db->error()));
    m_conn = m_db->connection();
}

Row TstRdnsPublisher::row(const QString &address)
{
    auto q = db::exec(
        m_conn,
        QStringLiteral("SELECT rdns, rdns_updated_at FROM ip_addresses WHERE address = CAST(:a AS inet)"),
        {{QStringLiteral("a"), address}});
    if (!q || !q->next())
        return {};
    return {q->value(0), q->value(1)};
}

QString TstRdnsPublisher::providerName(const QString &address)
{
    RdnsPublisher service(m_conn, m_factory);
    auto config = service.providerFor(address);
    return config ? config->name : QStringLiteral("error: ") + config.error().fullText();
}

void TstRdnsPublisher::reverseNamesAndZones()
{
    const Cidr v4 = *Cidr::parseAddress(QStringLiteral("203.0.113.10"));
    QCOMPARE(RdnsPublisher::reverseName(v4), QStringLiteral("10.113.0.203.in-addr.arpa."));
    QCOMPARE(RdnsPublisher::reverseZone(v4, 24), QStringLiteral("113.0.203.in-addr.arpa."));
    QCOMPARE(RdnsPublisher::reverseZone(v4, 16), QStringLiteral("0.203.in-addr.arpa."));
    QCOMPARE(RdnsPublisher::reverseZone(v4, 8), QStringLiteral("203.in-addr.arpa."));
    const Cidr v6 = *Cidr::parseAddress(QStringLiteral("2001:db8::567:89ab"));
    QCOMPARE(RdnsPublisher::reverseName(v6),
             QStringLiteral("b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa."));
    QCOMPARE(RdnsPublisher::reverseZone(v6, 48), QStringLiteral("0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa."));
    QCOMPARE(RdnsPublisher::reverseZone(v6, 32), QStringLiteral("8.b.d.0.1.0.0.2.ip6.arpa."));
    QCOMPARE(RdnsPublisher::reverseZone(v6, 64), QStringLiteral("0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa."));
}

void TstRdnsPublisher::resolution()
{
    // the site's binding, through the room that is the subnet's effective location
    QCOMPARE(providerName(QStringLiteral("198.51.100.10")), QStringLiteral("pdns-fra"));
    // a subnet binding on an ancestor beats the location binding
    QCOMPARE(providerName(QStringLiteral("198.51.100.130")), QStringLiteral("cf-sub"));
    QCOMPARE(providerName(QStringLiteral("198.51.100.200")), QStringLiteral("cf-sub"));
    QCOMPARE(providerName(QStringLiteral("203.0.113.10")), QStringLiteral("pdns-ams"));
    QCOMPARE(providerName(QStringLiteral("2001:db8:5::10")), QStringLiteral("pdns-ams"));
    // nothing bound: internal
    RdnsPublisher service(m_conn, m_factory);
    auto internal = service.providerFor(QStringLiteral("192.0.2.10"));
    QVERIFY(internal.ok());
    QCOMPARE(internal->kind, RdnsProviderConfig::Kind::Internal);
    QCOMPARE(internal->id, 0);

    // the nearer location (the room) beats its site
    QVERIFY(m_db->superExec(QStringLiteral("INSERT INTO rdns_bindings (provider_id, location_id) SELECT "
                                           "p.id, l.id FROM rdns_providers p, locations l"
                                           " WHERE p.name = 'cf-room' AND l.code = 'FRA-R1'")));
    QCOMPARE(providerName(QStringLiteral("198.51.100.10")), QStringLiteral("cf-room"));
    QCOMPARE(providerName(QStringLiteral("198.51.100.130")), QStringLiteral("cf-sub"));
    // a binding on the address's own subnet beats its ancestor's
    QVERIFY(m_db->superExec(QStringLiteral("INSERT INTO rdns_bindings (provider_id, subnet_id) SELECT p.id, "
                                           "s.id FROM rdns_providers p, subnets s"
                                           " WHERE p.name = 'pdns-ams' AND s.cidr = '198.51.100.192/26'")));
    QCOMPARE(providerName(QStringLiteral("198.51.100.200")), QStringLiteral("pdns-ams"));
    QCOMPARE(providerName(QStringLiteral("198.51.100.130")), QStringLiteral("cf-sub"));

    // the provider the service calls is the resolved one, with its secret and settings
    m_factory->calls.clear();
    QVERIFY(service.setName(QStringLiteral("198.51.100.130"), QStringLiteral("a.example.net")).ok());
    QCOMPARE(m_factory->calls.size(), 1);
    const auto &call = m_factory->calls.first();
    QCOMPARE(call.config.name, QStringLiteral("cf-sub"));
    QCOMPARE(call.config.kind, RdnsProviderConfig::Kind::Cloudflare);
    QCOMPARE(call.config.secret, QStringLiteral("cf-token"));
    QCOMPARE(call.config.baseUrl, QStringLiteral("https://api.cloudflare.com/client/v4"));
    QCOMPARE(call.change.zone, QStringLiteral("100.51.198.in-addr.arpa."));
}

void TstRdnsPublisher::internalStoresOnly()
{
    m_factory->calls.clear();
    RdnsPublisher service(m_conn, m_factory);
    Status s = service.setName(QStringLiteral("192.0.2.10"), QStringLiteral("Mail.Example.com."));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
    QCOMPARE(m_factory->calls.size(), 0);
    const Row r = row(QStringLiteral("192.0.2.10"));
    QCOMPARE(r.rdns.toString(), QStringLiteral("Mail.Example.com"));
    QVERIFY(!r.updatedAt.isNull());
    // no factory at all is fine for internal addresses
    RdnsPublisher bare(m_conn, nullptr);
    QVERIFY(bare.setName(QStringLiteral("192.0.2.10"), QStringLiteral("mx.example.com")).ok());
    QCOMPARE(row(QStringLiteral("192.0.2.10")).rdns.toString(), QStringLiteral("mx.example.com"));
    // but not for provider-bound ones
    Status refused = bare.setName(QStringLiteral("203.0.113.10"), QStringLiteral("x.example.com"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("pdns-ams")),
             qPrintable(refused.error().message));
}

void TstRdnsPublisher::providerSuccessWritesNameAndTime()
{
    m_factory->calls.clear();
    RdnsPublisher service(m_conn, m_factory);
    QVERIFY(row(QStringLiteral("203.0.113.10")).updatedAt.isNull());
    Status s = service.setName(QStringLiteral("203.0.113.10"), QStringLiteral("web1.example.net."));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
    QCOMPARE(m_factory->calls.size(), 1);
    const PtrChange &c = m_factory->calls.first().change;
    QCOMPARE(c.reverseName, QStringLiteral("10.113.0.203.in-addr.arpa."));
    QCOMPARE(c.zone, QStringLiteral("113.0.203.in-addr.arpa."));
    QCOMPARE(c.target, QStringLiteral("web1.example.net."));
    QCOMPARE(c.ttl, 900);
    const Row r = row(QStringLiteral("203.0.113.10"));
    QCOMPARE(r.rdns.toString(), QStringLiteral("web1.example.net"));
    QVERIFY(!r.updatedAt.isNull());

    // IPv6 with the provider's /40 reverse zone
    m_factory->calls.clear();
    QVERIFY(service.setName(QStringLiteral("2001:db8:5::10"), QStringLiteral("v6.example.net")).ok());
    QCOMPARE(m_factory->calls.size(), 1);
    QCOMPARE(m_factory->calls.first().change.zone, QStringLiteral("0.0.8.b.d.0.1.0.0.2.ip6.arpa."));
    QCOMPARE(m_factory->calls.first().change.reverseName,
             QStringLiteral("0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.5.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa."));
    QCOMPARE(row(QStringLiteral("2001:db8:5::10")).rdns.toString(), QStringLiteral("v6.example.net"));
}

void TstRdnsPublisher::providerFailureWritesNothing()
{
    RdnsPublisher service(m_conn, m_factory);
    const Row before = row(QStringLiteral("203.0.113.10"));
    QCOMPARE(before.rdns.toString(), QStringLiteral("web1.example.net"));
    m_factory->failWith =
        Error::failure(QStringLiteral("PowerDNS answered HTTP 500 while setting the PTR: Backend error"),
                       QStringLiteral("Backend error"));
    Status s = service.setName(QStringLiteral("203.0.113.10"), QStringLiteral("web9.example.net"));
    m_factory->failWith.reset();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("\"pdns-ams\" (PowerDNS)")),
             qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QLatin1String("HTTP 500")), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QLatin1String("Backend error")), qPrintable(s.error().message));
    const Row after = row(QStringLiteral("203.0.113.10"));
    QCOMPARE(after.rdns, before.rdns);
    QCOMPARE(after.updatedAt, before.updatedAt);
    // the connection is usable and not left inside a transaction
    QVERIFY(db::exec(m_conn, QStringLiteral("SELECT 1")).ok());
    QVERIFY(service.setName(QStringLiteral("203.0.113.10"), QStringLiteral("web9.example.net")).ok());
    QCOMPARE(row(QStringLiteral("203.0.113.10")).rdns.toString(), QStringLiteral("web9.example.net"));
}

void TstRdnsPublisher::emptyNameDeletes()
{
    m_factory->calls.clear();
    RdnsPublisher service(m_conn, m_factory);
    QVERIFY(service.setName(QStringLiteral("203.0.113.10"), QString()).ok());
    QCOMPARE(m_factory->calls.size(), 1);
    QVERIFY(m_factory->calls.first().change.target.isEmpty());
    const Row r = row(QStringLiteral("203.0.113.10"));
    QVERIFY(r.rdns.isNull());
    QVERIFY(!r.updatedAt.isNull());
}

void TstRdnsPublisher::badHostNamesRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("underscore") << QStringLiteral("web_1.example.net") << QStringLiteral("contains \"_\"");
    QTest::newRow("space") << QStringLiteral("web 1.example.net") << QStringLiteral("contains \" \"");
    QTest::newRow("double dot") << QStringLiteral("web..example.net") << QStringLiteral("empty label");
    QTest::newRow("leading hyphen") << QStringLiteral("-web.example.net")
                                    << QStringLiteral("starts or ends with a hyphen");
    QTest::newRow("long label") << QString(64, u'a') + QStringLiteral(".example.net")
                                << QStringLiteral("is 64 characters long; at most 63");
    QString longName;
    for (int i = 0; i < 5; ++i)
        longName += QString(60, u'b') + u'.';
    longName += QStringLiteral("net");
    QTest::newRow("too long") << longName << QStringLiteral("at most 253 are allowed");
    QTest::newRow("only a dot") << QStringLiteral(".") << QStringLiteral("is not a host name");
}

void TstRdnsPublisher::badHostNamesRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    m_factory->calls.clear();
    RdnsPublisher service(m_conn, m_factory);
    const Row before = row(QStringLiteral("203.0.113.11"));
    Status s = service.setName(QStringLiteral("203.0.113.11"), name);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    QCOMPARE(m_factory->calls.size(), 0);
    const Row after = row(QStringLiteral("203.0.113.11"));
    QCOMPARE(after.rdns, before.rdns);
    QCOMPARE(after.updatedAt, before.updatedAt);
}

void TstRdnsPublisher::unknownAddressRefused()
{
    m_factory->calls.clear();
    RdnsPublisher service(m_conn, m_factory);
    Status s = service.setName(QStringLiteral("203.0.113.99"), QStringLiteral("x.example.net"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("203.0.113.99 is not a recorded IP address")),
             qPrintable(s.error().message));
    s = service.setName(QStringLiteral("not-an-address"), QStringLiteral("x.example.net"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("not an IPv4 or IPv6 address")),
             qPrintable(s.error().message));
    s = service.setName(QStringLiteral("203.0.113.0/24"), QStringLiteral("x.example.net"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("is a network")), qPrintable(s.error().message));
    QCOMPARE(m_factory->calls.size(), 0);
    auto count =
        db::exec(m_conn, QStringLiteral("SELECT count(*) FROM ip_addresses WHERE address = '203.0.113.99'"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TstRdnsPublisher::secretsClosedToNonAdministrators()
{
    QVERIFY(m_db->createRole(QStringLiteral("rdns_reader"), QStringLiteral("hostdeck_readonly")));
    QVERIFY(m_db->createRole(QStringLiteral("rdns_tech"), QStringLiteral("hostdeck_tech")));
    {
        auto reader = db::open(m_db->as(QStringLiteral("rdns_reader")), QStringLiteral("rdns-reader"), false);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().fullText()));
        QSqlDatabase r = *reader;
        auto names =
            db::exec(r, QStringLiteral("SELECT name, kind, base_url FROM rdns_providers ORDER BY name"));
        QVERIFY(names && names->next());
        auto secret = db::exec(r, QStringLiteral("SELECT api_secret FROM rdns_providers"));
        QVERIFY(!secret.ok());
        QCOMPARE(secret.error().sqlState, QStringLiteral("42501"));
        QVERIFY(secret.error().detail.contains(QLatin1String("permission denied")));
        auto everything = db::exec(r, QStringLiteral("SELECT * FROM rdns_providers"));
        QVERIFY(!everything.ok());
        // the activity log records provider changes but never a secret
        QVERIFY(m_db->superExec(
            QStringLiteral("UPDATE rdns_providers SET api_secret = 'cf-token-2' WHERE name = 'cf-sub'")));
        auto log = db::exec(
            r, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE strpos(detail::text, 'cf-token') > 0"
                              " OR strpos(detail::text, 'fra-key') > 0),"
                              " count(*) FILTER (WHERE detail->>'api_secret' = 'changed')"
                              " FROM activity_log WHERE entity_type = 'rdns_providers'"));
        QVERIFY2(log.ok(), qPrintable(log.ok() ? QString() : log.error().fullText()));
        QVERIFY(log->next());
        QCOMPARE(log->value(0).toInt(), 5); // four inserts and one update
        QCOMPARE(log->value(1).toInt(), 0);
        QCOMPARE(log->value(2).toInt(), 1);
        // nor may a reader change the configuration
        QVERIFY(!db::exec(r, QStringLiteral("UPDATE rdns_providers SET ttl = 60")).ok());
    }
    {
        auto tech = db::open(m_db->as(QStringLiteral("rdns_tech")), QStringLiteral("rdns-tech"), false);
        QVERIFY(tech.ok());
        QSqlDatabase t = *tech;
        QVERIFY(!db::exec(t, QStringLiteral("SELECT api_secret FROM rdns_providers")).ok());
        m_factory->calls.clear();
        RdnsPublisher service(t, m_factory);
        const Row before = row(QStringLiteral("203.0.113.11"));
        Status s = service.setName(QStringLiteral("203.0.113.11"), QStringLiteral("t.example.net"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("Only an administrator")),
                 qPrintable(s.error().message));
        QCOMPARE(m_factory->calls.size(), 0);
        QCOMPARE(row(QStringLiteral("203.0.113.11")).rdns, before.rdns);
        // internal addresses need no secret
        QVERIFY(service.setName(QStringLiteral("192.0.2.10"), QStringLiteral("tech.example.net")).ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rdns-reader"));
    QSqlDatabase::removeDatabase(QStringLiteral("rdns-tech"));
    QCOMPARE(row(QStringLiteral("192.0.2.10")).rdns.toString(), QStringLiteral("tech.example.net"));
}

void TstRdnsPublisher::endToEndThroughPowerDns()
{
    test::PowerDnsServer pdns;
    QVERIFY2(pdns.start(QStringLiteral("e2e-key")), qPrintable(pdns.error()));
    QVERIFY(db::exec(m_conn,
                     QStringLiteral("INSERT INTO rdns_providers (name, kind, base_url, api_secret, ttl)"
                                    " VALUES ('pdns-real', 'powerdns', :url, 'e2e-key', 120)"),
                     {{QStringLiteral("url"), pdns.webserverUrl()}})
                .ok());
    QVERIFY(db::exec(m_conn, QStringLiteral("INSERT INTO rdns_bindings (provider_id, subnet_id)"
                                            " SELECT p.id, s.id FROM rdns_providers p, subnets s"
                                            " WHERE p.name = 'pdns-real' AND s.cidr = '100.64.10.0/24'"))
                .ok());
    RdnsPublisher service(m_conn, makeRdnsProviderFactory());
    Status s = service.setName(QStringLiteral("100.64.10.5"), QStringLiteral("edge5.example.net"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
    QCOMPARE(pdns.reverseLookup(QStringLiteral("100.64.10.5")),
             QStringList{QStringLiteral("edge5.example.net.")});
    QCOMPARE(row(QStringLiteral("100.64.10.5")).rdns.toString(), QStringLiteral("edge5.example.net"));

    QVERIFY(service.setName(QStringLiteral("100.64.10.5"), QString()).ok());
    QCOMPARE(pdns.reverseLookup(QStringLiteral("100.64.10.5")), QStringList());
    QVERIFY(row(QStringLiteral("100.64.10.5")).rdns.isNull());

    // PowerDNS gone: a clear error and nothing written
    pdns.stop();
    const Row before = row(QStringLiteral("100.64.10.5"));
    s = service.setName(QStringLiteral("100.64.10.5"), QStringLiteral("edge6.example.net"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("\"pdns-real\" (PowerDNS)")),
             qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QLatin1String("connection refused")), qPrintable(s.error().message));
    QCOMPARE(row(QStringLiteral("100.64.10.5")).rdns, before.rdns);
    QCOMPARE(row(QStringLiteral("100.64.10.5")).updatedAt, before.updatedAt);
}

QTEST_GUILESS_MAIN(TstRdnsPublisher)
#include "tst_rdnspublisher.moc"
