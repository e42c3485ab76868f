// SPDX-License-Identifier: GPL-3.0-or-later
// PowerBudget: the headroom levels the rack elevation colours by, and the
// database's rack_power roll-up agreeing with PowerBudget::allocatedWatts.
#include "core/database.h"
#include "dcim/dcimrepository.h"
#include "dcim/powerbudget.h"
#include "testdatabase.h"

#include <QtTest>

#include <cmath>

using namespace hostdeck;

class TstPowerBudget : public QObject
{
    Q_OBJECT
private slots:
    void levels_data();
    void levels();
    void zeroBudget();
    void summaryAndHeadroom();
    void fromRack();
    void allocatedWattsSkipsDecommissioned();
    void rollUpMatchesDatabase();
};

void TstPowerBudget::levels_data()
{
    QTest::addColumn<qint64>("watts");
    QTest::addColumn<double>("budgetKw");
    QTest::addColumn<int>("level");
    QTest::addColumn<double>("utilisation");

    const int comfortable = int(PowerBudget::Level::Comfortable);
    const int tight = int(PowerBudget::Level::Tight);
    const int over = int(PowerBudget::Level::Over);
    QTest::newRow("empty rack") << qint64(0) << 5.0 << comfortable << 0.0;
    QTest::newRow("half") << qint64(2500) << 5.0 << comfortable << 0.5;
    QTest::newRow("exactly 80 %") << qint64(4000) << 5.0 << comfortable << 0.8;
    QTest::newRow("just above 80 %") << qint64(4001) << 5.0 << tight << 0.8002;
    QTest::newRow("exactly full") << qint64(5000) << 5.0 << tight << 1.0;
    QTest::newRow("one watt over") << qint64(5001) << 5.0 << over << 1.0002;
    QTest::newRow("fractional budget") << qint64(2000) << 2.5 << comfortable << 0.8;
    QTest::newRow("fractional over") << qint64(2600) << 2.5 << over << 1.04;
}

void TstPowerBudget::levels()
{
    QFETCH(qint64, watts);
    QFETCH(double, budgetKw);
    QFETCH(int, level);
    QFETCH(double, utilisation);
    const PowerBudget b(watts, budgetKw);
    QCOMPARE(int(b.level()), level);
    QVERIFY2(std::abs(b.utilisation() - utilisation) < 1e-9, qPrintable(QString::number(b.utilisation())));
    QCOMPARE(b.isOver(), level == int(PowerBudget::Level::Over));
}

void TstPowerBudget::zeroBudget()
{
    const PowerBudget idle(0, 0.0);
    QCOMPARE(idle.utilisation(), 0.0);
    QCOMPARE(idle.level(), PowerBudget::Level::Comfortable);
    QVERIFY(!idle.isOver());

    const PowerBudget drawing(10, 0.0);
    QVERIFY(std::isinf(drawing.utilisation()));
    QCOMPARE(drawing.level(), PowerBudget::Level::Over);
    QCOMPARE(drawing.headroomWatts(), -10);
}

void TstPowerBudget::summaryAndHeadroom()
{
    const PowerBudget b(3250, 5.0, QStringLiteral("2N"));
    QCOMPARE(b.budgetWatts(), 5000);
    QCOMPARE(b.allocatedWatts(), 3250);
    QCOMPARE(b.headroomWatts(), 1750);
    QCOMPARE(b.redundancy(), QStringLiteral("2N"));
    QCOMPARE(b.summary(), QStringLiteral("3.3 / 5.0 kW (2N)"));
    QCOMPARE(PowerBudget(0, 4.0).summary(), QStringLiteral("0.0 / 4.0 kW (N+1)"));
    // kW with two decimals round to whole watts.
    QCOMPARE(PowerBudget(0, 3.45).budgetWatts(), 3450);
}

void TstPowerBudget::fromRack()
{
    Rack r;
    r.allocatedWatts = 4200;
    r.powerBudgetKw = 4.0;
    r.redundancy = QStringLiteral("N");
    const PowerBudget b(r);
    QCOMPARE(b.allocatedWatts(), 4200);
    QCOMPARE(b.budgetWatts(), 4000);
    QVERIFY(b.isOver());
    QCOMPARE(b.redundancy(), QStringLiteral("N"));
}

void TstPowerBudget::allocatedWattsSkipsDecommissioned()
{
    QList<Device> devices;
    const QList<QPair<int, Disposition>> spec{
        {450, Disposition::Allocated}, {700, Disposition::Available},  {300, Disposition::Decommissioned},
        {120, Disposition::Faulty},    {80, Disposition::Maintenance}, {60, Disposition::Reserved}};
    for (const auto &[watts, disposition] : spec) {
        Device d;
        d.watts = watts;
        d.disposition = disposition;
        devices << d;
    }
    QCOMPARE(PowerBudget::allocatedWatts(devices), 450 + 700 + 120 + 80 + 60);
    QCOMPARE(PowerBudget::allocatedWatts({}), 0);
}

void TstPowerBudget::rollUpMatchesDatabase()
{
    test::TestDatabase tdb(QStringLiteral("powerbudget"));
    QVERIFY2(tdb.ok(), qPrintable(tdb.error()));
    QVERIFY2(
        tdb.superExec(QStringLiteral(
            "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-PWR', 'Power site');"
            "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-PWR-R1', 'Room' FROM "
            "locations WHERE code = 'EU-PWR';"
            "INSERT INTO racks (location_id, name, position, power_budget_kw, redundancy) "
            " SELECT id, 'P1', 1, 2.0, '2N' FROM locations WHERE code = 'EU-PWR-R1';"
            "INSERT INTO racks (location_id, name, position, power_budget_kw) "
            " SELECT id, 'P2', 2, 5.0 FROM locations WHERE code = 'EU-PWR-R1';"
            "INSERT INTO racks (location_id, name, position, power_budget_kw) "
            " SELECT id, 'P3', 3, 1.5 FROM locations WHERE code = 'EU-PWR-R1';"
            "INSERT INTO device_types (manufacturer, model, u_height, watts) VALUES ('Dell', 'R650', 1, 450);"
            "INSERT INTO device_types (manufacturer, model, u_height, full_depth, watts) VALUES ('APC', "
            "'AP8841', 0, false, 0);")),
        qPrintable(tdb.error()));
    QSqlDatabase db = tdb.connection();
    DcimRepository repo(db);
    auto types = repo.deviceTypes();
    QVERIFY(types.ok());
    qint64 server = 0, pdu = 0;
    for (const DeviceType &t : *types)
        (t.model == QLatin1String("R650") ? server : pdu) = t.id;

    auto add = [&](const QString &rackName, const QString &name, int u, int watts, Disposition disposition) {
        DeviceProperties p;
        p.name = name;
        p.watts = watts;
        p.disposition = disposition;
        Placement at;
        at.rackId = repo.rack(0, rackName)->id;
        at.uStart = at.uEnd = u;
        return repo.createDevice(server, p, at).ok();
    };
    // P1: 1900 W drawing + 800 W decommissioned (excluded): 95 % of 2 kW, tight.
    QVERIFY(add(QStringLiteral("P1"), QStringLiteral("p1-a"), 1, 900, Disposition::Allocated));
    QVERIFY(add(QStringLiteral("P1"), QStringLiteral("p1-b"), 2, 1000, Disposition::Faulty));
    QVERIFY(add(QStringLiteral("P1"), QStringLiteral("p1-old"), 3, 800, Disposition::Decommissioned));
    // P2: 5100 W, over.
    for (int i = 0; i < 6; ++i)
        QVERIFY(
            add(QStringLiteral("P2"), QStringLiteral("p2-%1").arg(i), i + 1, 850, Disposition::Allocated));
    // P3: nothing but a 0 W PDU and an unracked spare elsewhere.
    Placement side;
    side.rackId = repo.rack(0, QStringLiteral("P3"))->id;
    side.mount = Mount::SideLeft;
    side.uStart = 1;
    side.uEnd = 42;
    DeviceProperties pduProps;
    pduProps.name = QStringLiteral("p3-pdu");
    QVERIFY(repo.createDevice(pdu, pduProps, side).ok());
    DeviceProperties spare;
    spare.name = QStringLiteral("spare");
    spare.watts = 999;
    QVERIFY(repo.createDevice(server, spare, Placement{}).ok());

    auto racks = repo.racks();
    QVERIFY(racks.ok());
    QCOMPARE(racks->size(), 3);
    QHash<QString, PowerBudget::Level> expected{{QStringLiteral("P1"), PowerBudget::Level::Tight},
                                                {QStringLiteral("P2"), PowerBudget::Level::Over},
                                                {QStringLiteral("P3"), PowerBudget::Level::Comfortable}};
    QHash<QString, qint64> expectedWatts{
        {QStringLiteral("P1"), 1900}, {QStringLiteral("P2"), 5100}, {QStringLiteral("P3"), 0}};
    for (const Rack &r : *racks) {
        auto contents = repo.rackContents(r.id);
        QVERIFY(contents.ok());
        // The view and the client-side rule agree on the same devices.
        QCOMPARE(r.allocatedWatts, PowerBudget::allocatedWatts(contents->devices));
        QCOMPARE(r.allocatedWatts, expectedWatts.value(r.name));
        QCOMPARE(PowerBudget(r).level(), expected.value(r.name));
    }
    QCOMPARE(PowerBudget(*repo.rack(0, QStringLiteral("P1"))).redundancy(), QStringLiteral("2N"));

    // Decommissioning a device frees its watts in the view at once.
    auto victim = repo.device(0, QStringLiteral("p2-0"));
    QVERIFY(victim.ok());
    QVERIFY(repo.setDisposition(victim->id, Disposition::Decommissioned).ok());
    auto p2 = repo.rack(0, QStringLiteral("P2"));
    QCOMPARE(p2->allocatedWatts, 4250);
    QCOMPARE(PowerBudget(*p2).level(), PowerBudget::Level::Tight);
    QCOMPARE(p2->allocatedWatts, PowerBudget::allocatedWatts(repo.rackContents(p2->id)->devices));
}

QTEST_GUILESS_MAIN(TstPowerBudget)
#include "tst_powerbudget.moc"
