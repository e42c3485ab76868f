// SPDX-License-Identifier: GPL-3.0-or-later
// CloudflareClient against the project's Cloudflare API v4 fake.
#include "cloudflareclient.h"
#include "dnspeers.h"
#include "httpclient.h"
#include "ipam/rdnspublisher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hostdeck;

class TstCloudflare : public QObject
{
    Q_OBJECT

private:
    test::CloudflareFake m_fake;
    const QString m_token = QStringLiteral("cf-test-token");
    const QString m_zone = QStringLiteral("113.0.203.in-addr.arpa");

    RdnsProviderConfig config(const QString &token) const
    {
        RdnsProviderConfig c;
        c.kind = RdnsProviderConfig::Kind::Cloudflare;
        c.name = QStringLiteral("cf-test");
        c.baseUrl = m_fake.baseUrl();
        c.secret = token;
        c.ttl = 3600;
        return c;
    }

    static PtrChange change(const QString &address, const QString &target)
    {
        const Cidr host = *Cidr::parseAddress(address);
        PtrChange c;
        c.address = address;
        c.reverseName = RdnsPublisher::reverseName(host);
        c.zone = RdnsPublisher::reverseZone(host, 24);
        c.target = target;
        c.ttl = 3600;
        return c;
    }

    /// The PTR records the fake holds for `name`, read through its API.
    QJsonArray records(const QString &name)
    {
        CloudflareClient client(config(m_token));
        auto zone = client.zoneId(m_zone);
        if (!zone)
            return {};
        HttpRequest r;
        r.url = m_fake.baseUrl() + QStringLiteral("/zones/%1/dns_records?type=PTR&name=%2").arg(*zone, name);
        r.headers = {{QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8()}};
        auto response = HttpClient::send(r);
        if (!response)
            return {};
        return QJsonDocument::fromJson(response->body).object().value(QLatin1String("result")).toArray();
    }

private slots:
    void initTestCase() { QVERIFY2(m_fake.start(m_token, {m_zone}), qPrintable(m_fake.error())); }

    void createUpdateDelete()
    {
        CloudflareClient client(config(m_token));
        const QString name = QStringLiteral("10.113.0.203.in-addr.arpa");
        QCOMPARE(records(name).size(), 0);

        Status s = client.apply(change(QStringLiteral("203.0.113.10"), QStringLiteral("web1.example.net.")));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        QJsonArray found = records(name);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0)[QLatin1String("content")].toString(), QStringLiteral("web1.example.net"));
        QCOMPARE(found.at(0)[QLatin1String("ttl")].toInt(), 3600);
        const QString id = found.at(0)[QLatin1String("id")].toString();

        s = client.apply(change(QStringLiteral("203.0.113.10"), QStringLiteral("web2.example.net.")));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        found = records(name);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0)[QLatin1String("content")].toString(), QStringLiteral("web2.example.net"));
        QCOMPARE(found.at(0)[QLatin1String("id")].toString(), id); // updated in place (PUT)

        s = client.apply(change(QStringLiteral("203.0.113.10"), QString()));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        QCOMPARE(records(name).size(), 0);
        // deleting what is gone succeeds
        QVERIFY(client.apply(change(QStringLiteral("203.0.113.10"), QString())).ok());
    }

    void badTokenCarriesCloudflaresMessage()
    {
        CloudflareClient client(config(QStringLiteral("wrong-token")));
        Status s = client.apply(change(QStringLiteral("203.0.113.11"), QStringLiteral("x.example.net.")));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("HTTP 403")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("Authentication error (code 10000)")),
                 qPrintable(s.error().message));
        QCOMPARE(records(QStringLiteral("11.113.0.203.in-addr.arpa")).size(), 0);
    }

    void missingZone()
    {
        CloudflareClient client(config(m_token));
        Status s = client.apply(change(QStringLiteral("198.51.100.7"), QStringLiteral("x.example.net.")));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("no zone named 100.51.198.in-addr.arpa")),
                 qPrintable(s.error().message));
    }

    void invalidContentIsRefusedByCloudflare()
    {
        CloudflareClient client(config(m_token));
        Status s = client.apply(change(QStringLiteral("203.0.113.12"), QStringLiteral("bad name!.")));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("HTTP 400")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("code 9005")), qPrintable(s.error().message));
        QCOMPARE(records(QStringLiteral("12.113.0.203.in-addr.arpa")).size(), 0);
    }

    void unreachable()
    {
        RdnsProviderConfig c = config(m_token);
        const quint16 closed = test::freePort();
        c.baseUrl = QStringLiteral("http://127.0.0.1:%1/client/v4").arg(closed);
        CloudflareClient client(c);
        Status s = client.apply(change(QStringLiteral("203.0.113.13"), QStringLiteral("x.example.net.")));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(
                     QStringLiteral("connection refused to http://127.0.0.1:%1").arg(closed)),
                 qPrintable(s.error().message));
    }

    void cleanupTestCase() { m_fake.stop(); }
};

QTEST_GUILESS_MAIN(TstCloudflare)
#include "tst_cloudflare.moc"
