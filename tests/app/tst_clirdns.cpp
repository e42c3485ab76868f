// SPDX-License-Identifier: GPL-3.0-or-later
// `hostdeck ipam rdns set IP NAME`, run in-process: stored only (internal),
// published at a real PowerDNS and removed again (--delete), and refusals of
// bad input (exit 1, nothing written) and bad usage (exit 2).
#include "cli.h"
#include "clitestcase.h"
#include "core/database.h"
#include "dnspeers.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace hostdeck;

class TstCliRdns : public test::CliTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void internalAddress();
    void publishedAtPowerDns();
    void badInput_data();
    void badInput();

private:
    QVariant rdns(const QString &address)
    {
        QSqlDatabase conn = m_db->connection();
        auto q =
            db::exec(conn, QStringLiteral("SELECT rdns FROM ip_addresses WHERE address = CAST(:a AS inet)"),
                     {{QStringLiteral("a"), address}});
        return q && q->next() ? q->value(0) : QVariant(QStringLiteral("<no row>"));
    }

    test::PowerDnsServer m_pdns;
};

void TstCliRdns::initTestCase()
{
    QVERIFY2(setUpCli(QStringLiteral("clirdns"), Locale::Unchanged), qPrintable(setUpError()));
    QVERIFY2(m_pdns.start(QStringLiteral("cli-key")), qPrintable(m_pdns.error()));
    QVERIFY2(
        m_db->superExec(
            QStringLiteral(
                "INSERT INTO subnets (cidr, ip_version) VALUES ('192.0.2.0/24', 4), ('203.0.113.0/24', 4);"
                "INSERT INTO ip_addresses (subnet_id, address) SELECT id, '192.0.2.5' FROM subnets"
                "  WHERE cidr = '192.0.2.0/24';"
                "INSERT INTO ip_addresses (subnet_id, address) SELECT id, '203.0.113.5' FROM subnets"
                "  WHERE cidr = '203.0.113.0/24';"
                "INSERT INTO rdns_providers (name, kind, base_url, api_secret)"
                "  VALUES ('pdns-cli', 'powerdns', '%1', 'cli-key');"
                "INSERT INTO rdns_bindings (provider_id, subnet_id) SELECT p.id, s.id"
                "  FROM rdns_providers p, subnets s WHERE s.cidr = '203.0.113.0/24';")
                .arg(m_pdns.webserverUrl())),
        qPrintable(m_db->error()));
}

void TstCliRdns::internalAddress()
{
    const Run r = run({QStringLiteral("ipam"), QStringLiteral("rdns"), QStringLiteral("set"),
                       QStringLiteral("192.0.2.5"), QStringLiteral("mail.example.com.")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("192.0.2.5 to mail.example.com (stored only")), qPrintable(r.out));
    QCOMPARE(rdns(QStringLiteral("192.0.2.5")).toString(), QStringLiteral("mail.example.com"));
    // an empty name removes it
    const Run removed = run({QStringLiteral("ipam"), QStringLiteral("rdns"), QStringLiteral("set"),
                             QStringLiteral("192.0.2.5"), QString()});
    QVERIFY2(removed.code == 0, qPrintable(describe(removed)));
    QVERIFY(rdns(QStringLiteral("192.0.2.5")).isNull());
}

void TstCliRdns::publishedAtPowerDns()
{
    const Run r = run({QStringLiteral("ipam"), QStringLiteral("rdns"), QStringLiteral("set"),
                       QStringLiteral("203.0.113.5"), QStringLiteral("web5.example.net")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("PowerDNS provider \"pdns-cli\"")), qPrintable(r.out));
    QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.5")),
             QStringList{QStringLiteral("web5.example.net.")});
    QCOMPARE(rdns(QStringLiteral("203.0.113.5")).toString(), QStringLiteral("web5.example.net"));

    const Run removed = run({QStringLiteral("ipam"), QStringLiteral("rdns"), QStringLiteral("set"),
                             QStringLiteral("203.0.113.5"), QStringLiteral("--delete")});
    QVERIFY2(removed.code == 0, qPrintable(describe(removed)));
    QVERIFY2(removed.out.contains(QLatin1String("Removed the reverse DNS name of 203.0.113.5")),
             qPrintable(removed.out));
    QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.5")), QStringList());
    QVERIFY(rdns(QStringLiteral("203.0.113.5")).isNull());

    // the provider's refusal reaches the operator, and nothing is written
    QVERIFY(m_db->superExec(
        QStringLiteral("UPDATE rdns_providers SET api_secret = 'wrong' WHERE name = 'pdns-cli'")));
    const Run refused = run({QStringLiteral("ipam"), QStringLiteral("rdns"), QStringLiteral("set"),
                             QStringLiteral("203.0.113.5"), QStringLiteral("web6.example.net")});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("PowerDNS rejected the API key")), qPrintable(refused.err));
    QVERIFY(rdns(QStringLiteral("203.0.113.5")).isNull());
    QCOMPARE(m_pdns.reverseLookup(QStringLiteral("203.0.113.5")), QStringList());
}

void TstCliRdns::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    const QStringList set{QStringLiteral("ipam"), QStringLiteral("rdns"), QStringLiteral("set")};
    QTest::newRow("bad name") << (set +
                                  QStringList{QStringLiteral("192.0.2.5"), QStringLiteral("a_b.example")})
                              << 1 << QStringLiteral("contains \"_\"");
    QTest::newRow("unknown address") << (set + QStringList{QStringLiteral("192.0.2.77"),
                                                           QStringLiteral("x.example")})
                                     << 1 << QStringLiteral("192.0.2.77 is not a recorded IP address");
    QTest::newRow("not an address") << (set +
                                        QStringList{QStringLiteral("host"), QStringLiteral("x.example")})
                                    << 1 << QStringLiteral("not an IPv4 or IPv6 address");
    QTest::newRow("no name") << (set + QStringList{QStringLiteral("192.0.2.5")}) << 2
                             << QStringLiteral("needs an IP address and a host name");
    QTest::newRow("extra") << (set + QStringList{QStringLiteral("192.0.2.5"), QStringLiteral("a.example"),
                                                 QStringLiteral("b")})
                           << 2 << QStringLiteral("Unexpected argument \"b\"");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("ipam"), QStringLiteral("rdns")} << 2
                                   << QStringLiteral("needs a subcommand: set");
    QTest::newRow("wrong option") << (set + QStringList{QStringLiteral("192.0.2.5"),
                                                        QStringLiteral("a.example"),
                                                        QStringLiteral("--json")})
                                  << 2 << QStringLiteral("--json does not apply");
}

void TstCliRdns::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, expected);
    const Run r = run(args);
    QVERIFY2(r.code == code, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(expected), qPrintable(describe(r)));
    QVERIFY(rdns(QStringLiteral("192.0.2.5")).isNull());
}

QTEST_GUILESS_MAIN(TstCliRdns)
#include "tst_clirdns.moc"
