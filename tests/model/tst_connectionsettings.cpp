// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionSettings::fromUrl: what --db and the Settings dialog accept, what
// they refuse (with a message naming the problem), and displayUrl's promise
// never to show the password while still round-tripping through fromUrl.
#include "connectionsettings.h"

#include <QtTest>

using namespace hostdeck;

class TstConnectionSettings : public QObject
{
    Q_OBJECT
private slots:
    void acceptsServerUrl();
    void acceptsSocketDirectory();
    void acceptsPostgresAlias();
    void defaults();
    void refuses_data();
    void refuses();
    void displayUrlHidesPassword();
    void displayUrlRoundTrips_data();
    void displayUrlRoundTrips();
};

namespace {
QStringList optionSet(const QString &options)
{
    QStringList list = options.split(u';', Qt::SkipEmptyParts);
    list.sort();
    return list;
}
} // namespace

void TstConnectionSettings::acceptsServerUrl()
{
    auto s = ConnectionSettings::fromUrl(
        QStringLiteral("postgresql://noc@db.example.net:5433/dcim?sslmode=verify-full&sslrootcert=/x"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->user, QStringLiteral("noc"));
    QCOMPARE(s->host, QStringLiteral("db.example.net"));
    QCOMPARE(s->port, 5433);
    QCOMPARE(s->database, QStringLiteral("dcim"));
    QVERIFY(s->password.isEmpty());
    QVERIFY(!s->embedded);
    const QStringList options = optionSet(s->options);
    QVERIFY2(options.contains(QStringLiteral("sslmode=verify-full")), qPrintable(s->options));
    QVERIFY2(options.contains(QStringLiteral("sslrootcert=/x")), qPrintable(s->options));
}

void TstConnectionSettings::acceptsSocketDirectory()
{
    auto s = ConnectionSettings::fromUrl(QStringLiteral("postgresql:///db?host=/tmp/sock"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->host, QStringLiteral("/tmp/sock"));
    QCOMPARE(s->database, QStringLiteral("db"));
    QCOMPARE(s->port, 5432);
    QVERIFY2(!s->options.contains(QStringLiteral("host=")), qPrintable(s->options));
}

void TstConnectionSettings::acceptsPostgresAlias()
{
    auto s = ConnectionSettings::fromUrl(QStringLiteral("postgres://ops:secret@10.0.0.5/hostdeck"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->host, QStringLiteral("10.0.0.5"));
    QCOMPARE(s->user, QStringLiteral("ops"));
    QCOMPARE(s->password, QStringLiteral("secret"));
    QCOMPARE(s->database, QStringLiteral("hostdeck"));
}

void TstConnectionSettings::defaults()
{
    // No database named: "hostdeck"; no timeout given: a bounded one, so an
    // unreachable server cannot hang a worker forever.
    auto s = ConnectionSettings::fromUrl(QStringLiteral("  postgresql://db.example.net  "));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->database, QStringLiteral("hostdeck"));
    QCOMPARE(s->port, 5432);
    QVERIFY2(s->options.contains(QStringLiteral("connect_timeout=")), qPrintable(s->options));
}

void TstConnectionSettings::refuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named"); // the message must contain this (case-insensitive)

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("not a url") << QStringLiteral("just some words") << QStringLiteral("malformed");
    QTest::newRow("plain host") << QStringLiteral("db.example.net") << QStringLiteral("postgresql://");
    QTest::newRow("mysql") << QStringLiteral("mysql://root@db/app") << QStringLiteral("postgresql://");
    QTest::newRow("http") << QStringLiteral("http://db.example.net/") << QStringLiteral("postgresql://");
    QTest::newRow("port too big") << QStringLiteral("postgresql://db:99999/x") << QStringLiteral("port");
    QTest::newRow("port zero") << QStringLiteral("postgresql://db:0/x") << QStringLiteral("port 0");
    QTest::newRow("port letters") << QStringLiteral("postgresql://db:abc/x") << QStringLiteral("port");
    QTest::newRow("unknown parameter") << QStringLiteral("postgresql://db/x?password=hunter2")
                                       << QStringLiteral("\"password\" is not supported");
    QTest::newRow("unknown parameter 2") << QStringLiteral("postgresql://db/x?sslmode=require&options=-c%20x")
                                         << QStringLiteral("\"options\"");
    QTest::newRow("bad sslmode") << QStringLiteral("postgresql://db/x?sslmode=sometimes")
                                 << QStringLiteral("sslmode \"sometimes\"");
    QTest::newRow("bad timeout") << QStringLiteral("postgresql://db/x?connect_timeout=soon")
                                 << QStringLiteral("connect_timeout \"soon\"");
    QTest::newRow("relative socket") << QStringLiteral("postgresql:///x?host=tmp/sock")
                                     << QStringLiteral("\"tmp/sock\" must be an absolute");
    QTest::newRow("slash in db name") << QStringLiteral("postgresql://db/a/b") << QStringLiteral("\"a/b\"");
    QTest::newRow("fragment") << QStringLiteral("postgresql://db/x#main") << QStringLiteral("fragment");
    QTest::newRow("no host") << QStringLiteral("postgresql:///x") << QStringLiteral("no host");
    QTest::newRow("option injection")
        << QStringLiteral("postgresql://db/x?sslrootcert=/a;sslmode=disable") << QStringLiteral("';'");
}

void TstConnectionSettings::refuses()
{
    QFETCH(QString, url);
    QFETCH(QString, named);
    auto s = ConnectionSettings::fromUrl(url);
    QVERIFY2(!s.ok(), qPrintable(QStringLiteral("accepted: ") + url));
    QVERIFY2(s.error().message.contains(named, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("message \"%1\" does not name \"%2\"").arg(s.error().message, named)));
    QVERIFY(!s.error().connectionLost);
}

void TstConnectionSettings::displayUrlHidesPassword()
{
    auto s =
        ConnectionSettings::fromUrl(QStringLiteral("postgresql://ops:s3cr3t-pw@db.example.net:6432/dcim"));
    QVERIFY(s.ok());
    QCOMPARE(s->password, QStringLiteral("s3cr3t-pw"));
    const QString shown = s->displayUrl();
    QVERIFY2(!shown.contains(QStringLiteral("s3cr3t-pw")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("ops@db.example.net:6432")), qPrintable(shown));
    QVERIFY2(!s->describe().contains(QStringLiteral("s3cr3t-pw")), qPrintable(s->describe()));

    // A password set in memory (e.g. typed into a dialog) is not shown either.
    ConnectionSettings manual;
    manual.host = QStringLiteral("/run/hostdeck");
    manual.user = QStringLiteral("noc");
    manual.password = QStringLiteral("typed-in");
    manual.database = QStringLiteral("hostdeck");
    QVERIFY(!manual.displayUrl().contains(QStringLiteral("typed-in")));
}

void TstConnectionSettings::displayUrlRoundTrips_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("tls") << QStringLiteral(
        "postgresql://noc:pw@db.example.net:5433/dcim?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem");
    QTest::newRow("socket") << QStringLiteral("postgresql:///hostdeck?host=/var/lib/hostdeck/run");
    QTest::newRow("socket with user")
        << QStringLiteral("postgresql://ops@/hostdeck?host=/tmp/sock&sslmode=disable");
    QTest::newRow("socket other port") << QStringLiteral("postgresql://ops@:5433/db?host=/tmp/sock");
    QTest::newRow("default port") << QStringLiteral("postgres://db.example.net/x");
    QTest::newRow("timeout") << QStringLiteral(
        "postgresql://db.example.net/x?connect_timeout=12&application_name=noc-wall");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://ops@[2001:db8::5]:5433/x");
}

void TstConnectionSettings::displayUrlRoundTrips()
{
    QFETCH(QString, url);
    auto first = ConnectionSettings::fromUrl(url);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    const QString shown = first->displayUrl();
    auto second = ConnectionSettings::fromUrl(shown);
    QVERIFY2(second.ok(),
             qPrintable(shown + QStringLiteral(": ") + (second.ok() ? QString() : second.error().message)));
    QCOMPARE(second->user, first->user);
    QCOMPARE(second->host, first->host);
    QCOMPARE(second->port, first->port);
    QCOMPARE(second->database, first->database);
    QCOMPARE(optionSet(second->options), optionSet(first->options));
    QVERIFY(second->password.isEmpty());
    // Stable: showing it again gives the same text.
    QCOMPARE(second->displayUrl(), shown);
}

QTEST_GUILESS_MAIN(TstConnectionSettings)
#include "tst_connectionsettings.moc"
