// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run in-process against a test database: every verb, the
// JSON shapes documented in docs/cli.md, device moves (success, overlap, past
// the top: refused with the reason and nothing written), usage errors (exit 2)
// and start-up errors (malformed URL, unreachable server, PostgreSQL missing: exit 1).
#include "cli.h"
#include "cliterminal.h"
#include "clitestcase.h"
#include "core/connectionsettings.h"
#include "core/database.h"
#include "startup.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace hostdeck;

class TstCli : public test::CliTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void urlRoundTrips();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void dbStatus();
    void dbMigrate();
    void demoLoad();
    void rackListHuman();
    void rackListJson();
    void rackShowHuman();
    void rackShowJson();
    void rackShowUnknown();
    void databaseFromSettings();
    void deviceMove();
    void deviceMoveOverlapIsRefused();
    void deviceMovePastTheTopIsRefused();
    void deviceMoveUnknownDevice();
    void malformedUrl_data();
    void malformedUrl();
    void unreachableServer();
    void postgresqlMissing();
    void controlCharactersAreEscaped();
    void escapeControls();
    void qtWarningsGoToTheDebugLog();
};

void TstCli::initTestCase()
{
    // No user settings may leak in; human output in English, as these checks read English numbers.
    QVERIFY2(setUpCli(QStringLiteral("cli")), qPrintable(setUpError()));
}

void TstCli::urlRoundTrips()
{
    // --db takes what the status bar shows: the test database's socket URL.
    const ConnectionSettings original = m_db->settings();
    auto parsed = ConnectionSettings::fromUrl(m_url);
    QVERIFY2(parsed.ok(), qPrintable(m_url));
    QCOMPARE(parsed->host, original.host);
    QCOMPARE(parsed->port, original.port);
    QCOMPARE(parsed->user, original.user);
    QCOMPARE(parsed->database, original.database);
    QVERIFY(!original.user.isEmpty());
}

void TstCli::version()
{
    const Run r = runArgs({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("hostdeck ") + QStringLiteral(HOSTDECK_VERSION));
    QVERIFY(r.err.isEmpty());
}

void TstCli::help()
{
    const Run r = runArgs({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("device move DEVICE --rack RACK --u N")));
    QVERIFY(isCliInvocation({QStringLiteral("rack"), QStringLiteral("list")}));
    QVERIFY(isCliInvocation({QStringLiteral("--db"), m_url, QStringLiteral("--version")}));
    QVERIFY(!isCliInvocation({QStringLiteral("--db"), m_url}));
    QVERIFY(!isCliInvocation({QStringLiteral("-platform"), QStringLiteral("offscreen")}));
    QVERIFY(!isCliInvocation({}));
    QVERIFY(!isCliInvocation({QStringLiteral("--startup-probe"), QStringLiteral("--db=") + m_url}));
    QVERIFY(isCliInvocation({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("rack"),
                             QStringLiteral("list")}));
    QVERIFY(isCliInvocation({QStringLiteral("frobnicate")}));
    QVERIFY(!isCliInvocation({QStringLiteral("--screenshots"), QStringLiteral("/tmp/shots")}));
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    auto s = [](const char *text) { return QString::fromLatin1(text); };
    QTest::newRow("nothing") << QStringList{} << s("No command");
    QTest::newRow("unknown verb") << QStringList{s("frobnicate")} << s("frobnicate");
    QTest::newRow("missing subcommand") << QStringList{s("rack")} << s("subcommand");
    QTest::newRow("unknown subcommand") << QStringList{s("rack"), s("burn")} << s("rack burn");
    QTest::newRow("unknown option") << QStringList{s("rack"), s("list"), s("--bogus")} << s("--bogus");
    QTest::newRow("option of another verb") << QStringList{s("demo"), s("load"), s("--json")} << s("--json");
    QTest::newRow("flag with value") << QStringList{s("rack"), s("list"), s("--json=yes")} << s("--json");
    QTest::newRow("missing rack") << QStringList{s("rack"), s("show")} << s("rack show");
    QTest::newRow("extra argument") << QStringList{s("db"), s("status"), s("now")} << s("now");
    QTest::newRow("--db without value") << QStringList{s("rack"), s("list"), s("--db")} << s("--db");
    QTest::newRow("move without --rack")
        << QStringList{s("device"), s("move"), s("x"), s("--u"), s("3")} << s("--rack");
    QTest::newRow("move without --u")
        << QStringList{s("device"), s("move"), s("x"), s("--rack"), s("R")} << s("--u");
    QTest::newRow("u not a number") << QStringList{s("device"), s("move"), s("x"),  s("--rack"),
                                                   s("R"),      s("--u"),  s("ten")}
                                    << s("ten");
    QTest::newRow("u zero") << QStringList{s("device"), s("move"), s("x"), s("--rack"),
                                           s("R"),      s("--u"),  s("0")}
                            << s("--u");
    QTest::newRow("u negative") << QStringList{s("device"), s("move"), s("x"),
                                               s("--rack"), s("R"),    s("--u=-4")}
                                << s("-4");
    QTest::newRow("bad face") << QStringList{s("device"), s("move"), s("x"),      s("--rack"), s("R"),
                                             s("--u"),    s("3"),    s("--face"), s("top")}
                              << s("top");
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const qint64 logBefore = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    const Run r = runArgs(db(QStringList()) + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Usage:")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(mentions), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), logBefore);
}

void TstCli::dbStatus()
{
    const Run r = runArgs(db({QStringLiteral("db"), QStringLiteral("status")}));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Server:\\s+PostgreSQL 1[5-9]"))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(m_db->settings().database));
    QVERIFY(r.out.contains(QLatin1String("hostdeck_test_admin")));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Schema version:\\s+(\\d+) \\(latest \\1\\)"))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("Pending migrations:\\s+none"))));
}

void TstCli::dbMigrate()
{
    // --db=URL before the verb works as well.
    const Run r = runArgs({QStringLiteral("--db=") + m_url, QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("up to date")), qPrintable(r.out));
}

void TstCli::demoLoad()
{
    Run r = runArgs({QStringLiteral("--db"), m_url, QStringLiteral("demo"), QStringLiteral("load")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("24 racks")), qPrintable(r.out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM racks")), qint64(24));
    const qint64 devices = scalar(QStringLiteral("SELECT count(*) FROM devices"));
    // The network part of the summary reports what is in the database.
    const QString network = QStringLiteral("Network: %1 ports, %2 cables")
                                .arg(scalar(QStringLiteral("SELECT count(*) FROM ports")))
                                .arg(scalar(QStringLiteral("SELECT count(*) FROM cables")));
    QVERIFY2(r.out.contains(network), qPrintable(r.out + u'\n' + network));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cables")) > 0);

    r = runArgs(db({QStringLiteral("demo"), QStringLiteral("load")}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("already has racks")), qPrintable(describe(r)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices")), devices);

    r = runArgs(db({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--if-empty")}));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(QLatin1String("not loaded")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices")), devices);
}

void TstCli::rackListHuman()
{
    const Run r = runArgs(db({QStringLiteral("rack"), QStringLiteral("list")}));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 25); // header and 24 racks
    QVERIFY(lines.first().startsWith(QLatin1String("RACK")));
    // aligned: the LOCATION column starts at the same place in every line
    const qsizetype column = lines.first().indexOf(QLatin1String("LOCATION"));
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.mid(column).startsWith(QLatin1String("EU-FRA-R")), qPrintable(line));
    QVERIFY(r.out.contains(QLatin1String("over budget")));
}

void TstCli::rackListJson()
{
    const Run r = runArgs(db({QStringLiteral("rack"), QStringLiteral("list"), QStringLiteral("--json")}));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject root = parseObject(r.out);
    QVERIFY2(root.value(QLatin1String("racks")).isArray(), qPrintable(r.out));
    const QJsonArray racks = root.value(QLatin1String("racks")).toArray();
    QCOMPARE(racks.size(), 24);
    int over = 0;
    for (const QJsonValue &v : racks) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QLatin1String("id")).isDouble());
        QVERIFY(o.value(QLatin1String("name")).isString());
        QVERIFY(o.value(QLatin1String("location")).toString().startsWith(QLatin1String("EU-FRA-R")));
        QVERIFY(o.value(QLatin1String("u_height")).toInt() >= 42);
        QVERIFY(o.value(QLatin1String("power_budget_kw")).toDouble() > 0);
        QVERIFY(o.value(QLatin1String("allocated_watts")).isDouble());
        QVERIFY(o.value(QLatin1String("redundancy")).isString());
        QVERIFY(o.value(QLatin1String("over_budget")).isBool());
        QVERIFY(o.value(QLatin1String("devices")).toInt() > 5);
        QVERIFY(o.contains(QLatin1String("customer")));
        const double budgetW = o.value(QLatin1String("power_budget_kw")).toDouble() * 1000;
        const double allocated = o.value(QLatin1String("allocated_watts")).toDouble();
        QVERIFY(qAbs(o.value(QLatin1String("utilisation")).toDouble() - allocated / budgetW) < 0.001);
        QCOMPARE(o.value(QLatin1String("over_budget")).toBool(), allocated > budgetW);
        // agrees with the database
        QCOMPARE(qint64(allocated),
                 scalar(QStringLiteral("SELECT allocated_watts FROM rack_power WHERE rack_id = %1")
                            .arg(o.value(QLatin1String("id")).toInteger())));
        over += o.value(QLatin1String("over_budget")).toBool() ? 1 : 0;
    }
    QVERIFY(over >= 1);
    QCOMPARE(racks.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("FRA1-A01"));
}

void TstCli::rackShowHuman()
{
    const Run r = runArgs(db({QStringLiteral("rack"), QStringLiteral("show"), QStringLiteral("FRA1-A01")}));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.startsWith(QLatin1String("Rack FRA1-A01 in EU-FRA-R1: 42 U")));
    QVERIFY(r.out.contains(
        QRegularExpression(QStringLiteral("Power: [0-9.]+ kW allocated of [0-9.]+ kW budget"))));
    QVERIFY(r.out.contains(QLatin1String("fra1-a01-tor1")));
    QVERIFY(r.out.contains(QLatin1String("fra1-a01-pdu-l")));
    // top of the rack first
    const qsizetype firstServer = r.out.indexOf(QRegularExpression(QStringLiteral("fra1-a01-srv[0-9]")));
    QVERIFY(firstServer > 0);
    QVERIFY(r.out.indexOf(QLatin1String("fra1-a01-tor1")) < firstServer);
}

void TstCli::rackShowJson()
{
    // rack names are matched without regard to case
    const Run r = runArgs(db({QStringLiteral("rack"), QStringLiteral("show"), QStringLiteral("fra2-b07"),
                              QStringLiteral("--json")}));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject root = parseObject(r.out);
    const QJsonObject rack = root.value(QLatin1String("rack")).toObject();
    QCOMPARE(rack.value(QLatin1String("name")).toString(), QStringLiteral("FRA2-B07"));
    QVERIFY(rack.value(QLatin1String("customer")).isString()); // the whole-rack colocation customer
    const QJsonArray devices = root.value(QLatin1String("devices")).toArray();
    QCOMPARE(devices.size(), rack.value(QLatin1String("devices")).toInt());
    QCOMPARE(
        qint64(devices.size()),
        scalar(QStringLiteral(
            "SELECT count(*) FROM devices d JOIN racks r ON r.id = d.rack_id WHERE r.name = 'FRA2-B07'")));
    const QStringList keys = {
        QStringLiteral("id"),       QStringLiteral("name"),         QStringLiteral("u_start"),
        QStringLiteral("u_end"),    QStringLiteral("face"),         QStringLiteral("mount"),
        QStringLiteral("width"),    QStringLiteral("full_depth"),   QStringLiteral("disposition"),
        QStringLiteral("watts"),    QStringLiteral("manufacturer"), QStringLiteral("model"),
        QStringLiteral("customer"), QStringLiteral("serial"),       QStringLiteral("asset_tag")};
    int previousTop = 1000;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        for (const QString &key : keys)
            QVERIFY2(d.contains(key), qPrintable(key));
        QVERIFY(d.value(QLatin1String("u_start")).toInt() <= d.value(QLatin1String("u_end")).toInt());
        QVERIFY(QStringList({QStringLiteral("front"), QStringLiteral("rear")})
                    .contains(d.value(QLatin1String("face")).toString()));
        QVERIFY(d.value(QLatin1String("full_depth")).isBool());
        QVERIFY(d.value(QLatin1String("asset_tag")).toString().startsWith(QLatin1String("HD-")));
        if (d.value(QLatin1String("mount")).toString() == QLatin1String("rack")) {
            QVERIFY(d.value(QLatin1String("u_start")).toInt() <= previousTop); // by U, top first
            previousTop = d.value(QLatin1String("u_start")).toInt();
        }
    }
}

void TstCli::rackShowUnknown()
{
    const Run r = runArgs(db({QStringLiteral("rack"), QStringLiteral("show"), QStringLiteral("NOPE-99")}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("NOPE-99")), qPrintable(describe(r)));
    QVERIFY(!r.err.contains(QLatin1String("Usage:")));
}

void TstCli::databaseFromSettings()
{
    {
        QSettings settings(QString::fromLatin1(kSettingsOrganization),
                           QString::fromLatin1(kSettingsApplication));
        settings.setValue(QStringLiteral("database/url"), m_url);
    }
    const Run r = runArgs({QStringLiteral("rack"), QStringLiteral("show"), QStringLiteral("FRA1-A02")});
    {
        QSettings settings(QString::fromLatin1(kSettingsOrganization),
                           QString::fromLatin1(kSettingsApplication));
        settings.remove(QStringLiteral("database/url"));
    }
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(QLatin1String("fra1-a02-tor1")));
}

void TstCli::deviceMove()
{
    QVERIFY(m_db->superExec(
        QStringLiteral("INSERT INTO racks (location_id, name, u_height, power_budget_kw) "
                       " SELECT id, 'TEST-R1', 42, 6 FROM locations WHERE code = 'EU-FRA-R1';"
                       "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) "
                       " SELECT t.id, 'mover-1u', r.id, 10, 10 FROM device_types t, racks r "
                       " WHERE t.model = 'PowerEdge R650' AND r.name = 'TEST-R1';"
                       "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) "
                       " SELECT t.id, 'blocker-2u', r.id, 20, 21 FROM device_types t, racks r "
                       " WHERE t.model = 'PowerEdge R750' AND r.name = 'TEST-R1';")));
    Run r = runArgs(db({QStringLiteral("device"), QStringLiteral("move"), QStringLiteral("mover-1u"),
                        QStringLiteral("--rack"), QStringLiteral("TEST-R1"), QStringLiteral("--u"),
                        QStringLiteral("30")}));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(QLatin1String("TEST-R1")));
    QCOMPARE(scalar(QStringLiteral("SELECT u_start FROM devices WHERE name = 'mover-1u'")), qint64(30));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM activity_log a JOIN devices d ON d.id = a.entity_id "
                 "WHERE a.entity_type = 'devices' AND a.action = 'move' AND d.name = 'mover-1u'")),
             qint64(1));

    // to another rack, rear face, options before the device name
    r = runArgs(db({QStringLiteral("device"), QStringLiteral("move"), QStringLiteral("--rack"),
                    QStringLiteral("FRA1-A01"), QStringLiteral("--u=39"), QStringLiteral("--face"),
                    QStringLiteral("rear"), QStringLiteral("mover-1u")}));
    // U 39 of FRA1-A01 holds half-depth devices (cable manager, fibre enclosure): no room for a full-depth
    // server
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("fra1-a01-(cm|odf)39"))),
             qPrintable(describe(r)));
    QCOMPARE(scalar(QStringLiteral("SELECT u_start FROM devices WHERE name = 'mover-1u'")), qint64(30));

    r = runArgs(db({QStringLiteral("device"), QStringLiteral("move"), QStringLiteral("mover-1u"),
                    QStringLiteral("--rack"), QStringLiteral("TEST-R1"), QStringLiteral("--u"),
                    QStringLiteral("5"), QStringLiteral("--face"), QStringLiteral("rear")}));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM devices WHERE name = 'mover-1u' AND u_start = 5 AND face = 'rear'")),
             qint64(1));
}

void TstCli::deviceMoveOverlapIsRefused()
{
    const qint64 logBefore = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    const Run r = runArgs(db({QStringLiteral("device"), QStringLiteral("move"), QStringLiteral("mover-1u"),
                              QStringLiteral("--rack"), QStringLiteral("TEST-R1"), QStringLiteral("--u"),
                              QStringLiteral("21")}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("blocker-2u")), qPrintable(describe(r))); // names the occupant
    QVERIFY2(r.err.contains(QLatin1String("devices_no_overlap")),
             qPrintable(describe(r))); // the database's reason
    QVERIFY(r.out.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT u_start FROM devices WHERE name = 'mover-1u'")), qint64(5));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), logBefore);
}

void TstCli::deviceMovePastTheTopIsRefused()
{
    const qint64 logBefore = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    const Run r = runArgs(db({QStringLiteral("device"), QStringLiteral("move"), QStringLiteral("blocker-2u"),
                              QStringLiteral("--rack"), QStringLiteral("TEST-R1"), QStringLiteral("--u"),
                              QStringLiteral("42")}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("42 U")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("42-43")), qPrintable(describe(r)));
    QCOMPARE(scalar(QStringLiteral("SELECT u_start FROM devices WHERE name = 'blocker-2u'")), qint64(20));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), logBefore);
}

void TstCli::deviceMoveUnknownDevice()
{
    const Run r = runArgs(db({QStringLiteral("device"), QStringLiteral("move"), QStringLiteral("ghost"),
                              QStringLiteral("--rack"), QStringLiteral("TEST-R1"), QStringLiteral("--u"),
                              QStringLiteral("3")}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("ghost")), qPrintable(describe(r)));
}

void TstCli::malformedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad port") << QStringLiteral("postgresql://noc@db.example.net:port/dcim")
                              << QStringLiteral("\"port\" is not a number");
    QTest::newRow("wrong scheme") << QStringLiteral("mysql://noc@db.example.net/dcim")
                                  << QStringLiteral("postgresql://");
    QTest::newRow("unknown parameter")
        << QStringLiteral("postgresql://noc@db.example.net/dcim?pool=3") << QStringLiteral("pool");
}

void TstCli::malformedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const Run r = runArgs({QStringLiteral("rack"), QStringLiteral("list"), QStringLiteral("--db"), url});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(mentions), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
}

void TstCli::unreachableServer()
{
    const Run r = runArgs({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"),
                           QStringLiteral("postgresql://x@127.0.0.1:1/db")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("127.0.0.1")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("port 1")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith(QLatin1String("hostdeck: ")),
             qPrintable(describe(r))); // no driver chatter first
}

void TstCli::postgresqlMissing()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    qputenv("HOSTDECK_PG_BINDIR", "/nonexistent");
    qputenv("HOSTDECK_DATA_DIR", data.path().toLocal8Bit());
    const Run r = runArgs({QStringLiteral("rack"), QStringLiteral("list")});
    qunsetenv("HOSTDECK_PG_BINDIR");
    qunsetenv("HOSTDECK_DATA_DIR");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("apt-get install postgresql")), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(data.path() + QStringLiteral("/cluster/PG_VERSION")));
}

// A name holding an escape sequence and a carriage return cannot forge lines in `rack show`.
void TstCli::controlCharactersAreEscaped()
{
    QVERIFY(m_db->superExec(
        S("UPDATE devices SET name = E'fra1-a01-tor1\\x1b[2J\\rfake line' WHERE name = 'fra1-a01-tor1'")));
    const Run r = runArgs(db({S("rack"), S("show"), S("FRA1-A01")}));
    const Run json = runArgs(db({S("rack"), S("show"), S("FRA1-A01"), S("--json")}));
    QVERIFY(m_db->superExec(S("UPDATE devices SET name = 'fra1-a01-tor1' WHERE name LIKE 'fra1-a01-tor1%'")));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(S("fra1-a01-tor1\\x1b[2J\\x0dfake line")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QChar(0x1b)));
    QVERIFY(!r.out.contains(u'\r'));
    // JSON carries the name itself, escaped by JSON's own rules.
    QVERIFY2(json.out.contains(S("fra1-a01-tor1\\u001b[2J\\rfake line")), qPrintable(json.out));
}

void TstCli::escapeControls()
{
    QCOMPARE(cli::escapeControls(S("plain\ttext\n")), S("plain\ttext\n"));
    QCOMPARE(cli::escapeControls(S("a\x07"
                                   "b\x7f")),
             S("a\\x07b\\x7f"));
    QCOMPARE(cli::escapeControls(QString(QChar(0x9b)) + S("31m")), S("\\u009b31m")); // C1 CSI
    QCOMPARE(cli::escapeControls(QString::fromUtf8("Gr\xc3\xbc\xc3\x9f"
                                                   "e")),
             QString::fromUtf8("Gr\xc3\xbc\xc3\x9f"
                               "e"));
}

// Qt SQL's own warnings never reach the user's terminal ahead of HostDeck's message: they go to the
// debug log.
void TstCli::qtWarningsGoToTheDebugLog()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(S("debug.log"));
    {
        const cli::CliMessageLog messages(log);
        qWarning("QPSQLDriver::rollbackTransaction: Database not open");
    }
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(S("warning: QPSQLDriver::rollbackTransaction: Database not open")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
