// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionSettings::fromUrl: what --db and the Settings dialog accept (what
// libpq accepts: every URI form and key=value strings), what they refuse (libpq's
// own reason, naming the parameter), and displayUrl's promise never to show the
// password while still round-tripping through fromUrl. tst_libpqconnections
// connects with these forms to a real server.
#include "core/connectionsettings.h"

#include <QtTest>

using namespace hostdeck;

class TstConnectionSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void acceptsServerUrl();
    void acceptsSocketDirectory_data();
    void acceptsSocketDirectory();
    void acceptsMultipleHosts();
    void acceptsKeyValueAndService();
    void acceptsPostgresAlias();
    void defaults();
    void environmentFillsTheShownFields();
    void refuses_data();
    void refuses();
    void displayUrlHidesPassword_data();
    void displayUrlHidesPassword();
    void displayUrlRoundTrips_data();
    void displayUrlRoundTrips();
};

namespace {
Result<ConnectionSettings> parse(const char *text)
{
    return ConnectionSettings::fromUrl(QString::fromUtf8(text));
}
} // namespace

#define PARSED(var, text)                                                                                    \
    auto var = parse(text);                                                                                  \
    QVERIFY2(var.ok(), qPrintable(var.ok() ? QString() : var.error().message))

void TstConnectionSettings::initTestCase()
{
    // The PG* variables fill in what a string leaves out; these checks start from none.
    for (const char *v : {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "PGAPPNAME",
                          "PGCONNECT_TIMEOUT", "PGSSLMODE"})
        qunsetenv(v);
}

void TstConnectionSettings::acceptsServerUrl()
{
    PARSED(s, "postgresql://noc@db.example.net:5433/dcim?sslmode=verify-full&sslrootcert=/x");
    QCOMPARE(s->user, QStringLiteral("noc"));
    QCOMPARE(s->host, QStringLiteral("db.example.net"));
    QCOMPARE(s->port, 5433);
    QCOMPARE(s->database, QStringLiteral("dcim"));
    QVERIFY(s->password.isEmpty());
    QVERIFY(!s->embedded);
    QVERIFY2(s->conninfo.contains(QStringLiteral("sslmode='verify-full'")), qPrintable(s->conninfo));
    QVERIFY2(s->conninfo.contains(QStringLiteral("sslrootcert='/x'")), qPrintable(s->conninfo));
    QVERIFY2(s->conninfo.contains(QStringLiteral("host='db.example.net'")), qPrintable(s->conninfo));
}

void TstConnectionSettings::acceptsSocketDirectory_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("port");
    QTest::newRow("host parameter") << QStringLiteral("postgresql:///db?host=/run/pg") << 5432;
    QTest::newRow("host and port parameters")
        << QStringLiteral("postgresql:///db?host=/run/pg&port=5433") << 5433;
    QTest::newRow("percent-encoded socket") << QStringLiteral("postgresql://%2Frun%2Fpg:5433/db") << 5433;
    QTest::newRow("key=value") << QStringLiteral("host=/run/pg port=5433 dbname=db") << 5433;
}

void TstConnectionSettings::acceptsSocketDirectory()
{
    QFETCH(QString, text);
    QFETCH(int, port);
    auto s = ConnectionSettings::fromUrl(text);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->host, QStringLiteral("/run/pg"));
    QCOMPARE(s->database, QStringLiteral("db"));
    QCOMPARE(s->port, port);
}

void TstConnectionSettings::acceptsMultipleHosts()
{
    PARSED(s, "postgresql://u@h1:5432,h2:5433/db?target_session_attrs=read-write");
    QCOMPARE(s->host, QStringLiteral("h1,h2"));
    QCOMPARE(s->port, 5432);
    QVERIFY2(s->conninfo.contains(QStringLiteral("port='5432,5433'")), qPrintable(s->conninfo));
    QVERIFY2(s->conninfo.contains(QStringLiteral("target_session_attrs='read-write'")),
             qPrintable(s->conninfo));
}

void TstConnectionSettings::acceptsKeyValueAndService()
{
    PARSED(kv, "host=db.example.net user='noc wall' dbname=dcim sslmode=require");
    QCOMPARE(kv->user, QStringLiteral("noc wall"));
    QCOMPARE(kv->database, QStringLiteral("dcim"));
    QVERIFY2(kv->conninfo.contains(QStringLiteral("user='noc wall'")), qPrintable(kv->conninfo));
    // A service names its database in pg_service.conf: no default is added.
    PARSED(service, "service=prod");
    QVERIFY2(service->conninfo.contains(QStringLiteral("service='prod'")), qPrintable(service->conninfo));
    QVERIFY2(!service->conninfo.contains(QStringLiteral("dbname")), qPrintable(service->conninfo));
}

void TstConnectionSettings::acceptsPostgresAlias()
{
    PARSED(s, "postgres://ops:secret@10.0.0.5/hostdeck");
    QCOMPARE(s->host, QStringLiteral("10.0.0.5"));
    QCOMPARE(s->user, QStringLiteral("ops"));
    QCOMPARE(s->password, QStringLiteral("secret"));
    QCOMPARE(s->database, QStringLiteral("hostdeck"));
}

void TstConnectionSettings::defaults()
{
    // No database named: "hostdeck"; no timeout given: a bounded one, so an
    // unreachable server cannot hang a worker forever.
    PARSED(s, "  postgresql://db.example.net  ");
    QCOMPARE(s->database, QStringLiteral("hostdeck"));
    QCOMPARE(s->port, 5432);
    QVERIFY2(s->conninfo.contains(QStringLiteral("connect_timeout='5'")), qPrintable(s->conninfo));
    QVERIFY2(s->conninfo.contains(QStringLiteral("application_name='hostdeck'")), qPrintable(s->conninfo));
    PARSED(own, "postgresql://db.example.net/x?connect_timeout=12&application_name=noc-wall");
    QVERIFY2(!own->conninfo.contains(QStringLiteral("'5'")), qPrintable(own->conninfo));
    QVERIFY2(!own->conninfo.contains(QStringLiteral("'hostdeck'")), qPrintable(own->conninfo));
}

void TstConnectionSettings::environmentFillsTheShownFields()
{
    qputenv("PGPORT", "6543");
    qputenv("PGDATABASE", "fromenv");
    PARSED(s, "postgresql://db.example.net");
    qunsetenv("PGPORT");
    qunsetenv("PGDATABASE");
    QCOMPARE(s->port, 6543);
    QCOMPARE(s->database, QStringLiteral("fromenv"));
    // libpq itself reads the variables when it connects: nothing of them goes into the string.
    QVERIFY2(!s->conninfo.contains(QStringLiteral("6543")), qPrintable(s->conninfo));
    QVERIFY2(!s->conninfo.contains(QStringLiteral("dbname")), qPrintable(s->conninfo));
}

void TstConnectionSettings::refuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named"); // the message must contain this (case-insensitive)

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("not a url") << QStringLiteral("just some words") << QStringLiteral("neither");
    QTest::newRow("plain host") << QStringLiteral("db.example.net") << QStringLiteral("postgresql://");
    QTest::newRow("mysql") << QStringLiteral("mysql://root@db/app") << QStringLiteral("postgresql://");
    QTest::newRow("unknown uri parameter")
        << QStringLiteral("postgresql://db/x?pool=3") << QStringLiteral("\"pool\"");
    QTest::newRow("unknown keyword") << QStringLiteral("host=db bogus=1") << QStringLiteral("\"bogus\"");
    QTest::newRow("unterminated quote") << QStringLiteral("host='db") << QStringLiteral("unterminated");
    QTest::newRow("bad percent encoding")
        << QStringLiteral("postgresql://%zz/db") << QStringLiteral("percent");
    QTest::newRow("option injection")
        << QStringLiteral("host=db sslrootcert='/a;sslmode=disable'") << QStringLiteral("';'");
    QTest::newRow("option injection, encoded")
        << QStringLiteral("postgresql://db/x?sslrootcert=/a%3Bsslmode%3Ddisable") << QStringLiteral("';'");
    QTest::newRow("newline") << QStringLiteral("postgresql://db/x\nhost=elsewhere")
                             << QStringLiteral("control character");
    QTest::newRow("nul") << (QStringLiteral("postgres://:secret@db") + QChar(0) + QStringLiteral("@x"))
                         << QStringLiteral("control character");
    QTest::newRow("port letters") << QStringLiteral("postgresql://noc@db:port/dcim")
                                  << QStringLiteral("\"port\"");
    QTest::newRow("port too big") << QStringLiteral("postgresql://db:99999/x") << QStringLiteral("99999");
    QTest::newRow("port zero in a list") << QStringLiteral("host=a,b port=5432,0") << QStringLiteral("\"0\"");
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

void TstConnectionSettings::displayUrlHidesPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shows");
    QTest::newRow("uri user info") << QStringLiteral("postgresql://ops:s3cr3t-pw@db.example.net:6432/dcim")
                                   << QStringLiteral("postgresql://ops@db.example.net:6432/dcim");
    QTest::newRow("uri parameter")
        << QStringLiteral("postgresql://db.example.net/dcim?password=s3cr3t-pw&sslmode=require")
        << QStringLiteral("postgresql://db.example.net/dcim?sslmode=require");
    QTest::newRow("uri last parameter")
        << QStringLiteral("postgresql://db.example.net/dcim?sslmode=require&password=s3cr3t-pw")
        << QStringLiteral("postgresql://db.example.net/dcim?sslmode=require");
    QTest::newRow("key=value") << QStringLiteral("host=db.example.net password='s3cr3t-pw' dbname=dcim")
                               << QStringLiteral("dbname=dcim host=db.example.net"); // libpq's order
}

void TstConnectionSettings::displayUrlHidesPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, shows);
    auto s = ConnectionSettings::fromUrl(text);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->password, QStringLiteral("s3cr3t-pw"));
    QCOMPARE(s->displayUrl(), shows);
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
    QTest::newRow("ipv6") << QStringLiteral("postgresql://ops@[2001:db8::5]:5433/x");
    QTest::newRow("multi-host") << QStringLiteral(
        "postgresql://u@h1:5432,h2:5433/db?target_session_attrs=read-write");
    QTest::newRow("key=value") << QStringLiteral(
        "host=/tmp/sock port=5433 user='noc wall' password=pw dbname=x");
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
    QString withoutPassword = first->conninfo;
    withoutPassword.remove(QStringLiteral("password='pw' "));
    QCOMPARE(second->conninfo, withoutPassword);
    QVERIFY(second->password.isEmpty());
    // Stable: showing it again gives the same text.
    QCOMPARE(second->displayUrl(), shown);
}

QTEST_GUILESS_MAIN(TstConnectionSettings)
#include "tst_connectionsettings.moc"
