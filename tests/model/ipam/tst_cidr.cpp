// SPDX-License-Identifier: GPL-3.0-or-later
// Cidr: parsing and formatting in both families, containment, halving and
// subdivision, 128-bit sizes, and the messages bad input gets.
#include "ipam/cidr.h"
#include "ipam/ipamtypes.h"

#include <QtTest>

using namespace hostdeck;

class TstCidr : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void refused_data();
    void refused();
    void hostAddresses();
    void containment();
    void halvesAndSiblings();
    void subdivide();
    void sizesAre128Bit();
    void managedRange();
    void ordering();
    void ipamConfig();
};

void TstCidr::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("prefix");
    QTest::newRow("v4 /8") << "10.0.0.0/8"
                           << "10.0.0.0/8" << 4 << 8;
    QTest::newRow("v4 /24") << "203.0.113.0/24"
                            << "203.0.113.0/24" << 4 << 24;
    QTest::newRow("v4 /32") << "203.0.113.7/32"
                            << "203.0.113.7/32" << 4 << 32;
    QTest::newRow("v4 /0") << "0.0.0.0/0"
                           << "0.0.0.0/0" << 4 << 0;
    QTest::newRow("v4 top") << "255.255.255.255/32"
                            << "255.255.255.255/32" << 4 << 32;
    QTest::newRow("v4 spaces") << "  192.0.2.0/25 "
                               << "192.0.2.0/25" << 4 << 25;
    QTest::newRow("v6 doc") << "2001:db8::/32"
                            << "2001:db8::/32" << 6 << 32;
    QTest::newRow("v6 full form") << "2001:0DB8:0001:000a:0000:0000:0000:0000/64"
                                  << "2001:db8:1:a::/64" << 6 << 64;
    QTest::newRow("v6 /48") << "2001:db8:1::/48"
                            << "2001:db8:1::/48" << 6 << 48;
    QTest::newRow("v6 host") << "2001:db8::1/128"
                             << "2001:db8::1/128" << 6 << 128;
    QTest::newRow("v6 all zero") << "::/0"
                                 << "::/0" << 6 << 0;
    QTest::newRow("v6 longest run") << "2001:0:0:1:0:0:0:1/128"
                                    << "2001:0:0:1::1/128" << 6 << 128;
    QTest::newRow("v6 single zero group kept") << "2001:db8:0:1:1:1:1:1/128"
                                               << "2001:db8:0:1:1:1:1:1/128" << 6 << 128;
    QTest::newRow("v6 first tie wins") << "2001:db8:0:0:1:0:0:1/128"
                                       << "2001:db8::1:0:0:1/128" << 6 << 128;
    // RFC 5952 section 5: IPv4-mapped addresses in mixed notation (as PostgreSQL prints them).
    QTest::newRow("v6 mapped v4") << "::ffff:192.0.2.1/128"
                                  << "::ffff:192.0.2.1/128" << 6 << 128;
    QTest::newRow("v6 mapped v4 in hex") << "::FFFF:C000:0201/128"
                                         << "::ffff:192.0.2.1/128" << 6 << 128;
    QTest::newRow("v6 embedded v4, not mapped") << "64:ff9b::192.0.2.1/128"
                                                << "64:ff9b::c000:201/128" << 6 << 128;
    QTest::newRow("v6 trailing ::") << "fe80::/10"
                                    << "fe80::/10" << 6 << 10;
    QTest::newRow("v6 top") << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"
                            << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128" << 6 << 128;
}

void TstCidr::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QFETCH(int, family);
    QFETCH(int, prefix);
    auto c = Cidr::parse(text);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->toString(), formatted);
    QCOMPARE(c->family(), family);
    QCOMPARE(c->prefixLength(), prefix);
    // Formatting and parsing again gives the same value.
    auto again = Cidr::parse(c->toString());
    QVERIFY(again.ok());
    QVERIFY(*again == *c);
}

void TstCidr::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedFamily");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("host bits v4") << "10.0.0.1/8" << 0 << "10.0.0.0/8";
    QTest::newRow("host bits v4 /31") << "192.0.2.1/31" << 0 << "192.0.2.0/31";
    QTest::newRow("host bits v6") << "2001:db8::1/64" << 0 << "2001:db8::/64";
    QTest::newRow("/33") << "10.0.0.0/33" << 0 << "/33";
    QTest::newRow("/129") << "2001:db8::/129" << 0 << "/129";
    QTest::newRow("v4 with v6 prefix") << "10.0.0.0/64" << 0 << "IPv4";
    QTest::newRow("garbage") << "banana" << 0 << "banana";
    QTest::newRow("empty") << "" << 0 << "No network";
    QTest::newRow("octet 256") << "10.0.256.0/24" << 0 << "10.0.256.0/24";
    QTest::newRow("three octets") << "10.0.0/24" << 0 << "10.0.0/24";
    QTest::newRow("two ::") << "2001::db8::/64" << 0 << "2001::db8::/64";
    QTest::newRow("five hex digits") << "2001:db80f::/32" << 0 << "2001:db80f::/32";
    QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9/128" << 0 << "1:2:3:4:5:6:7:8:9";
    QTest::newRow("empty prefix") << "10.0.0.0/" << 0 << "prefix length";
    QTest::newRow("negative prefix") << "10.0.0.0/-1" << 0 << "prefix length";
    QTest::newRow("v6 given, v4 wanted") << "2001:db8::/32" << 4 << "IPv6";
    QTest::newRow("v4 given, v6 wanted") << "10.0.0.0/8" << 6 << "IPv4";
    // Leading zeros are octal to some parsers (CVE-2021-29921): ambiguous, refused by name.
    QTest::newRow("leading zero") << "010.1.1.0/24" << 0 << "010";
    QTest::newRow("leading zero, last octet") << "10.1.1.00/24" << 0 << "leading zero";
    QTest::newRow("leading zero, v4 tail of v6") << "::ffff:192.0.02.1/128" << 0 << "02";
}

void TstCidr::refused()
{
    QFETCH(QString, text);
    QFETCH(int, expectedFamily);
    QFETCH(QString, mentions);
    auto c = Cidr::parse(text, expectedFamily);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
}

void TstCidr::hostAddresses()
{
    auto a = Cidr::parseAddress(QStringLiteral("192.0.2.10"));
    QVERIFY(a.ok());
    QVERIFY(a->isHost());
    QCOMPARE(a->addressString(), QStringLiteral("192.0.2.10"));
    QCOMPARE(a->toString(), QStringLiteral("192.0.2.10/32"));
    auto b = Cidr::parseAddress(QStringLiteral("2001:db8::a"));
    QVERIFY(b.ok());
    QCOMPARE(b->prefixLength(), 128);
    auto net = Cidr::parseAddress(QStringLiteral("192.0.2.0/24"));
    QVERIFY(!net.ok());
    QVERIFY2(net.error().message.contains(QStringLiteral("single address")), qPrintable(net.error().message));
    auto wrong = Cidr::parseAddress(QStringLiteral("192.0.2.1"), 6);
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().message.contains(QStringLiteral("IPv4 address")));
    auto octal = Cidr::parseAddress(QStringLiteral("192.0.2.010"));
    QVERIFY(!octal.ok());
    QVERIFY2(octal.error().message.contains(QStringLiteral("010")), qPrintable(octal.error().message));
    QVERIFY(Cidr::parseAddress(QStringLiteral("192.0.2.0")).ok()); // a single 0 is no leading zero
    auto garbage = Cidr::parseAddress(QStringLiteral("192.0.2.x"));
    QVERIFY(!garbage.ok());
    QVERIFY(garbage.error().message.contains(QStringLiteral("192.0.2.x")));
    // A bare network address without prefix is a host, not a classful network.
    auto bare = Cidr::parse(QStringLiteral("10.0.0.0"));
    QVERIFY(bare.ok());
    QCOMPARE(bare->prefixLength(), 32);
}

void TstCidr::containment()
{
    const Cidr v4 = Cidr::parse(QStringLiteral("10.0.0.0/8")).value();
    const Cidr inner = Cidr::parse(QStringLiteral("10.200.3.0/24")).value();
    const Cidr outside = Cidr::parse(QStringLiteral("11.0.0.0/24")).value();
    QVERIFY(v4.contains(inner));
    QVERIFY(v4.contains(v4));
    QVERIFY(!inner.contains(v4));
    QVERIFY(!v4.contains(outside));
    QVERIFY(v4.overlaps(inner) && inner.overlaps(v4));
    QVERIFY(!v4.overlaps(outside));
    QVERIFY(v4.containsAddress(Cidr::parseAddress(QStringLiteral("10.255.255.255")).value().network()));
    QVERIFY(!v4.containsAddress(Cidr::parseAddress(QStringLiteral("11.0.0.0")).value().network()));

    const Cidr v6 = Cidr::parse(QStringLiteral("2001:db8::/32")).value();
    const Cidr v6inner = Cidr::parse(QStringLiteral("2001:db8:ffff:ffff::/64")).value();
    QVERIFY(v6.contains(v6inner));
    QVERIFY(!v6.contains(Cidr::parse(QStringLiteral("2001:db9::/48")).value()));
    // Families never contain each other, even when the bits would match.
    QVERIFY(!Cidr::parse(QStringLiteral("::/0")).value().contains(v4));
    QVERIFY(!Cidr::parse(QStringLiteral("0.0.0.0/0")).value().contains(v6));
}

void TstCidr::halvesAndSiblings()
{
    const Cidr c = Cidr::parse(QStringLiteral("203.0.113.0/24")).value();
    const auto [lo, hi] = c.halves();
    QCOMPARE(lo.toString(), QStringLiteral("203.0.113.0/25"));
    QCOMPARE(hi.toString(), QStringLiteral("203.0.113.128/25"));
    QVERIFY(lo.sibling() == hi && hi.sibling() == lo);
    QVERIFY(lo.parent() == c && hi.parent() == c);
    QCOMPARE(c.supernet(16).toString(), QStringLiteral("203.0.0.0/16"));

    const Cidr h = Cidr::parse(QStringLiteral("192.0.2.6/31")).value();
    const auto [h0, h1] = h.halves();
    QCOMPARE(h0.toString(), QStringLiteral("192.0.2.6/32"));
    QCOMPARE(h1.toString(), QStringLiteral("192.0.2.7/32"));

    const Cidr v6 = Cidr::parse(QStringLiteral("2001:db8:1::/48")).value();
    const auto [v6lo, v6hi] = v6.halves();
    QCOMPARE(v6lo.toString(), QStringLiteral("2001:db8:1::/49"));
    QCOMPARE(v6hi.toString(), QStringLiteral("2001:db8:1:8000::/49"));
    const Cidr top = Cidr::parse(QStringLiteral("8000::/1")).value();
    QCOMPARE(top.sibling().toString(), QStringLiteral("::/1"));
    const Cidr v6host = Cidr::parse(QStringLiteral("2001:db8::ffff/128")).value();
    QCOMPARE(v6host.sibling().toString(), QStringLiteral("2001:db8::fffe/128"));
    QVERIFY(!Cidr::parse(QStringLiteral("::/0")).value().parent().isValid());
}

void TstCidr::subdivide()
{
    const Cidr c = Cidr::parse(QStringLiteral("10.1.0.0/22")).value();
    auto pieces = c.subdivide(24);
    QVERIFY(pieces.ok());
    QCOMPARE(pieces->size(), 4);
    QCOMPARE(pieces->at(0).toString(), QStringLiteral("10.1.0.0/24"));
    QCOMPARE(pieces->at(3).toString(), QStringLiteral("10.1.3.0/24"));

    auto v6 = Cidr::parse(QStringLiteral("2001:db8:1::/48")).value().subdivide(64);
    QVERIFY(v6.ok());
    QCOMPARE(v6->size(), 65536);
    QCOMPARE(v6->constLast().toString(), QStringLiteral("2001:db8:1:ffff::/64"));

    auto tooMany = Cidr::parse(QStringLiteral("2001:db8::/32")).value().subdivide(64);
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error().message.contains(QStringLiteral("65536")));
    auto bigger = c.subdivide(20);
    QVERIFY(!bigger.ok());
    QVERIFY(bigger.error().message.contains(QStringLiteral("/20")));
    auto past = c.subdivide(33);
    QVERIFY(!past.ok());
    QVERIFY(past.error().message.contains(QStringLiteral("/33")));
}

void TstCidr::sizesAre128Bit()
{
    QCOMPARE(Cidr::toDecimal(Cidr::parse(QStringLiteral("10.0.0.0/8")).value().size()),
             QStringLiteral("16777216"));
    QCOMPARE(Cidr::toDecimal(Cidr::parse(QStringLiteral("0.0.0.0/0")).value().size()),
             QStringLiteral("4294967296"));
    QCOMPARE(Cidr::toDecimal(Cidr::parse(QStringLiteral("2001:db8::/32")).value().size()),
             QStringLiteral("79228162514264337593543950336")); // 2^96
    QCOMPARE(Cidr::toDecimal(Cidr::parse(QStringLiteral("2001:db8::/64")).value().size()),
             QStringLiteral("18446744073709551616"));
    const Cidr v6 = Cidr::parse(QStringLiteral("2001:db8::/32")).value();
    QCOMPARE(v6.last(), v6.network() + v6.size() - 1);
    QCOMPARE(v6.host(v6.size() - 1).addressString(),
             QStringLiteral("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"));
    QVERIFY(!v6.host(v6.size()).isValid());
    QCOMPARE(Cidr::parse(QStringLiteral("192.0.2.0/24")).value().host(255).addressString(),
             QStringLiteral("192.0.2.255"));
}

void TstCidr::managedRange()
{
    QVERIFY(Cidr::checkManagedPrefix(4, 8).ok());
    QVERIFY(Cidr::checkManagedPrefix(4, 32).ok());
    QVERIFY(Cidr::checkManagedPrefix(6, 32).ok());
    QVERIFY(Cidr::checkManagedPrefix(6, 29).ok()); // an LIR's usual allocation
    QVERIFY(Cidr::checkManagedPrefix(6, 12).ok()); // a regional registry's block from IANA
    QVERIFY(Cidr::checkManagedPrefix(6, 128).ok());
    auto zero = Cidr::checkManagedPrefix(4, 0);
    QVERIFY(!zero.ok());
    QVERIFY2(zero.error().message.contains(QStringLiteral("/0")), qPrintable(zero.error().message));
    QVERIFY(!Cidr::checkManagedPrefix(4, 7).ok());
    QVERIFY(!Cidr::checkManagedPrefix(4, 33).ok());
    auto v6 = Cidr::checkManagedPrefix(6, 11);
    QVERIFY(!v6.ok());
    QVERIFY(v6.error().message.contains(QStringLiteral("IPv6")));
    QVERIFY(!Cidr::checkManagedPrefix(6, 129).ok());
    QVERIFY(!Cidr::checkManagedPrefix(5, 24).ok());

    // IPv4-mapped IPv6 space is IPv4: refused inside, equal to and around ::ffff:0:0/96.
    for (const char *text : {"::ffff:192.0.2.0/120", "::ffff:0.0.0.0/96", "::ffff:10.0.0.1/128", "::/32"}) {
        auto mapped = Cidr::checkManaged(Cidr::parse(QLatin1String(text)).value());
        QVERIFY2(!mapped.ok(), text);
        QVERIFY2(mapped.error().message.contains(QLatin1String("IPv4-mapped")),
                 qPrintable(mapped.error().message));
    }
    QVERIFY(Cidr::checkManaged(Cidr::parse(QStringLiteral("2001:db8::/29")).value()).ok());
    QVERIFY(Cidr::checkManaged(Cidr::parse(QStringLiteral("::fffe:0:0/96")).value()).ok());
    QVERIFY(!Cidr::checkManaged(Cidr::parse(QStringLiteral("10.0.0.0/7")).value()).ok());
}

void TstCidr::ordering()
{
    QList<Cidr> list{Cidr::parse(QStringLiteral("2001:db8::/32")).value(),
                     Cidr::parse(QStringLiteral("10.0.1.0/24")).value(),
                     Cidr::parse(QStringLiteral("10.0.0.0/16")).value(),
                     Cidr::parse(QStringLiteral("10.0.0.0/24")).value()};
    std::sort(list.begin(), list.end());
    QStringList texts;
    for (const Cidr &c : list)
        texts << c.toString();
    QCOMPARE(texts, (QStringList{QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.0/24"),
                                 QStringLiteral("10.0.1.0/24"), QStringLiteral("2001:db8::/32")}));
}

void TstCidr::ipamConfig()
{
    auto ok = IpamConfig::fromJson(
        R"({"mode":"full","rules":[{"type":"ip","family":4,"count":2,"purpose":"primary"},
        {"type":"subnet","family":6,"prefix_length":64,"pool_subnets":["2001:db8:1::/48"],"allowed_vlans":[102]}]})");
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QVERIFY(ok->enabled);
    QCOMPARE(ok->rules.size(), 2);
    QCOMPARE(ok->rules[0].count, 2);
    QCOMPARE(ok->rules[1].prefixLength, 64);
    QCOMPARE(ok->rules[1].pools.first().toString(), QStringLiteral("2001:db8:1::/48"));
    QCOMPARE(ok->rules[1].allowedVlans, QList<int>{102});
    auto mode = IpamConfig::fromJson(R"({"mode":"auto"})");
    QVERIFY(!mode.ok());
    QVERIFY(mode.error().message.contains(QStringLiteral("auto")));
    auto hostBits =
        IpamConfig::fromJson(R"({"mode":"full","rules":[{"type":"subnet","family":4,"prefix_length":29,
        "pool_subnets":["10.0.0.1/24"]}]})");
    QVERIFY(!hostBits.ok());
    QVERIFY2(hostBits.error().message.contains(QStringLiteral("10.0.0.0/24")),
             qPrintable(hostBits.error().message));
    auto mix = IpamConfig::fromJson(R"({"mode":"full","rules":[{"type":"subnet","family":4,"prefix_length":29,
        "pool_subnets":["2001:db8::/32"]}]})");
    QVERIFY(!mix.ok());
    QVERIFY(mix.error().message.contains(QStringLiteral("IPv6")));
    auto prefix =
        IpamConfig::fromJson(R"({"mode":"full","rules":[{"type":"subnet","family":6,"prefix_length":129}]})");
    QVERIFY(!prefix.ok());
    QVERIFY(prefix.error().message.contains(QStringLiteral("/129")));
    auto disabled = IpamConfig::fromJson(R"({"mode":"disabled"})");
    QVERIFY(disabled.ok());
    QVERIFY(!disabled->enabled);
}

QTEST_GUILESS_MAIN(TstCidr)
#include "tst_cidr.moc"
