// SPDX-License-Identifier: GPL-3.0-or-later
// CableRepository against a real PostgreSQL: a patch panel's positions with
// what each side connects to (the cable's other end and the path's far end),
// creating, editing and deleting cables, the sentence for each refusal of the
// database (and that a refusal writes nothing), candidate ports for an editor,
// and the traced path with its cables.
#include "cabling/cablerepository.h"
#include "core/database.h"
#include "testdatabase.h"

#include <QtTest>

using namespace hostdeck;

class TstCableRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void colourRules();
    void panelPositionsAndFarEnds();
    void otherDevicesListTheirPorts();
    void unknownDevice();
    void createUpdateDelete();
    void refusalsAreSentences();
    void candidates();
    void tracedPathCarriesCables();
    void readOnlyRoleCannotCable();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 port(const QString &device, const QString &name);
    qint64 cableCount() { return scalar(QStringLiteral("SELECT count(*) FROM cables")); }

    std::unique_ptr<test::TestDatabase> m_db;
};

qint64 TstCableRepository::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TstCableRepository::port(const QString &device, const QString &name)
{
    QSqlDatabase db = m_db->connection();
    auto id = findPort(db, device, name);
    return id ? *id : -1;
}

void TstCableRepository::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("cablerepository"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    // srv-01/eth0 -> pp-a/F1 | pp-a/R1 -> pp-b/R1 | pp-b/F1 -> sw-01/Ethernet1
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
        " ('Dell', 'R650', 'server', 1), ('Arista', '7050', 'switch', 1), ('Generic', 'PP', 'patch-panel', "
        "1);"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'srv-01' FROM device_types WHERE model = "
        "'R650';"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'sw-01' FROM device_types WHERE model = "
        "'7050';"
        "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types,"
        " unnest(ARRAY['pp-a', 'pp-b']) n WHERE model = 'PP';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, n, 'nic' FROM devices,"
        " unnest(ARRAY['eth0', 'eth1']) n WHERE name = 'srv-01';"
        "INSERT INTO ports (device_id, name, kind, if_index) SELECT id, 'Ethernet' || i, 'switch', i"
        " FROM devices, unnest(ARRAY[10, 2, 1, 3]) i WHERE name = 'sw-01';"
        "INSERT INTO ports (device_id, name, kind, connector, label) SELECT d.id, 'R' || i, 'patch-rear', "
        "'MPO',"
        " 'rear ' || i FROM devices d, generate_series(1, 4) i WHERE d.name IN ('pp-a', 'pp-b');"
        "INSERT INTO ports (device_id, name, kind, connector, label, rear_port_id)"
        " SELECT d.id, 'F' || i, 'patch-front', 'RJ45', 'A' || i, r.id FROM devices d, generate_series(4, 1, "
        "-1) i"
        " JOIN ports r ON r.name = 'R' || i WHERE r.device_id = d.id AND d.name IN ('pp-a', 'pp-b');"
        "INSERT INTO ports (device_id, name, kind, connector) SELECT id, 'R9', 'patch-rear', 'LC'"
        " FROM devices WHERE name = 'pp-a';")));
    QSqlDatabase db = m_db->connection();
    CableRepository repo(db);
    CableSpec a{port(QStringLiteral("srv-01"), QStringLiteral("eth0")),
                port(QStringLiteral("pp-a"), QStringLiteral("F1")),
                QStringLiteral("Cat6"),
                QStringLiteral("blue"),
                QStringLiteral("L1"),
                2.0};
    CableSpec b{port(QStringLiteral("pp-a"), QStringLiteral("R1")),
                port(QStringLiteral("pp-b"), QStringLiteral("R1")),
                QStringLiteral("OM4"),
                QStringLiteral("aqua"),
                {},
                std::nullopt};
    CableSpec c{port(QStringLiteral("pp-b"), QStringLiteral("F1")),
                port(QStringLiteral("sw-01"), QStringLiteral("Ethernet1")),
                QStringLiteral("Cat6"),
                QStringLiteral("#ffcc00"),
                {},
                1.5};
    for (const CableSpec &spec : {a, b, c}) {
        auto id = repo.createCable(spec);
        QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
    }
    QCOMPARE(cableCount(), 3);
}

void TstCableRepository::colourRules()
{
    QVERIFY(isValidCableColour(QStringLiteral("blue")));
    QVERIFY(isValidCableColour(QStringLiteral("light grey")));
    QVERIFY(isValidCableColour(QStringLiteral("#A0b1C2")));
    QVERIFY(!isValidCableColour(QStringLiteral("Blue")));
    QVERIFY(!isValidCableColour(QStringLiteral("very light grey")));
    QVERIFY(!isValidCableColour(QStringLiteral("#12345")));
    QVERIFY(!isValidCableColour(QString()));
    QCOMPARE(cableColourHex(QStringLiteral("#A0B1C2")), QStringLiteral("#a0b1c2"));
    QCOMPARE(cableColourHex(QStringLiteral("blue")), QStringLiteral("#1f5fd1"));
    QCOMPARE(cableColourHex(QStringLiteral("sparkly")), QString());
    // Every offered name passes the schema's rule.
    for (const NamedCableColour &c : namedCableColours()) {
        QVERIFY2(isValidCableColour(c.name), qPrintable(c.name));
        QCOMPARE(cableColourHex(c.name), c.hex);
    }
    QCOMPARE(cableTypes().size(), 9);
}

void TstCableRepository::panelPositionsAndFarEnds()
{
    QSqlDatabase db = m_db->connection();
    auto panel =
        CableRepository(db).panelPorts(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'pp-a'")));
    QVERIFY2(panel, panel ? "" : qPrintable(panel.error().fullText()));
    QCOMPARE(panel->deviceName, QStringLiteral("pp-a"));
    // F1..F4 with their rear ports (inserted in reverse order), then the unmapped R9.
    QCOMPARE(panel->positions.size(), 5);
    QStringList names;
    for (const PanelPosition &p : panel->positions)
        names << (p.front ? p.front->portName : QStringLiteral("-")) + QLatin1Char('|') +
                     (p.rear ? p.rear->portName : QStringLiteral("-"));
    QCOMPARE(names, QStringList({QStringLiteral("F1|R1"), QStringLiteral("F2|R2"), QStringLiteral("F3|R3"),
                                 QStringLiteral("F4|R4"), QStringLiteral("-|R9")}));

    const PanelPosition &first = panel->positions.first();
    QCOMPARE(first.front->connector, QStringLiteral("RJ45"));
    QCOMPARE(first.front->label, QStringLiteral("A1"));
    QCOMPARE(first.rear->connector, QStringLiteral("MPO"));
    QVERIFY(first.front->cable);
    QCOMPARE(first.front->cable->type, QStringLiteral("Cat6"));
    QCOMPARE(first.front->cable->colour, QStringLiteral("blue"));
    QCOMPARE(first.front->cable->label, QStringLiteral("L1"));
    QCOMPARE(first.front->cable->lengthM, std::optional<double>(2.0));
    QCOMPARE(first.front->peer->display(), QStringLiteral("srv-01 / eth0"));
    QCOMPARE(first.front->farEnd->display(), QStringLiteral("srv-01 / eth0"));
    QVERIFY(!first.front->farLoop);
    // The rear goes to pp-b's rear, and through pp-b to the switch.
    QCOMPARE(first.rear->cable->type, QStringLiteral("OM4"));
    QCOMPARE(first.rear->peer->display(), QStringLiteral("pp-b / R1"));
    QCOMPARE(first.rear->farEnd->display(), QStringLiteral("sw-01 / Ethernet1"));
    QCOMPARE(first.rear->farEnd->portKind, QStringLiteral("switch"));
    // Free positions carry nothing.
    QVERIFY(!panel->positions.at(1).front->cable);
    QVERIFY(!panel->positions.at(1).front->peer);
    QVERIFY(!panel->positions.at(1).front->farEnd);
    QVERIFY(!panel->positions.at(1).rear->cable);
}

void TstCableRepository::otherDevicesListTheirPorts()
{
    QSqlDatabase db = m_db->connection();
    auto sw =
        CableRepository(db).panelPorts(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'sw-01'")));
    QVERIFY(sw);
    QStringList names;
    for (const PanelPosition &p : sw->positions) {
        QVERIFY(p.front && !p.rear);
        names << p.front->portName;
    }
    // Natural order: Ethernet10 after Ethernet3.
    QCOMPARE(names, QStringList({QStringLiteral("Ethernet1"), QStringLiteral("Ethernet2"),
                                 QStringLiteral("Ethernet3"), QStringLiteral("Ethernet10")}));
    QCOMPARE(sw->positions.first().front->farEnd->display(), QStringLiteral("srv-01 / eth0"));
    QCOMPARE(sw->positions.first().front->peer->display(), QStringLiteral("pp-b / F1"));
}

void TstCableRepository::unknownDevice()
{
    QSqlDatabase db = m_db->connection();
    auto none = CableRepository(db).panelPorts(987654);
    QVERIFY(!none);
    QCOMPARE(none.error().message, QStringLiteral("There is no device with id 987654."));
    auto noPort = CableRepository(db).port(987654);
    QVERIFY(!noPort);
    QCOMPARE(noPort.error().message, QStringLiteral("There is no port with id 987654."));
}

void TstCableRepository::createUpdateDelete()
{
    QSqlDatabase db = m_db->connection();
    CableRepository repo(db);
    const qint64 eth1 = port(QStringLiteral("srv-01"), QStringLiteral("eth1"));
    const qint64 f2 = port(QStringLiteral("pp-a"), QStringLiteral("F2"));
    const qint64 f3 = port(QStringLiteral("pp-a"), QStringLiteral("F3"));
    CableSpec spec{eth1, f2, QStringLiteral("Cat6a"), QStringLiteral("light grey"), QStringLiteral("L2"),
                   2.5};
    auto id = repo.createCable(spec);
    QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
    auto at = repo.cableAt(f2);
    QVERIFY(at && *at);
    QCOMPARE((*at)->id, *id);
    QCOMPARE((*at)->portA, eth1);
    QCOMPARE((*at)->colour, QStringLiteral("light grey"));
    QCOMPARE((*at)->lengthM, std::optional<double>(2.5));

    // Move end B to F3 and recolour: the ends follow.
    spec.portB = f3;
    spec.colour = QStringLiteral("#00ff00");
    spec.lengthM.reset();
    QVERIFY(repo.updateCable(*id, spec));
    at = repo.cableAt(f2);
    QVERIFY(at && !*at);
    at = repo.cableAt(f3);
    QVERIFY(at && *at);
    QCOMPARE((*at)->colour, QStringLiteral("#00ff00"));
    QVERIFY(!(*at)->lengthM);
    QCOMPARE(scalar(QStringLiteral("SELECT cable_id FROM cable_ends WHERE port_id = :p"),
                    {{QStringLiteral("p"), f3}}),
             *id);

    auto removed = repo.deleteCable(*id);
    QVERIFY(removed);
    QCOMPARE(removed->portB, f3);
    QCOMPARE(removed->type, QStringLiteral("Cat6a"));
    QCOMPARE(removed->label, QStringLiteral("L2"));
    at = repo.cableAt(f3);
    QVERIFY(at && !*at);
    QCOMPARE(cableCount(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'cables' AND "
                                   "entity_id = :id"),
                    {{QStringLiteral("id"), *id}}),
             3);
}

void TstCableRepository::refusalsAreSentences()
{
    QSqlDatabase db = m_db->connection();
    CableRepository repo(db);
    const qint64 eth0 = port(QStringLiteral("srv-01"), QStringLiteral("eth0"));
    const qint64 eth1 = port(QStringLiteral("srv-01"), QStringLiteral("eth1"));
    const qint64 f4 = port(QStringLiteral("pp-a"), QStringLiteral("F4"));
    const qint64 before = cableCount();

    auto busy =
        repo.createCable({f4, eth0, QStringLiteral("Cat6"), QStringLiteral("blue"), {}, std::nullopt});
    QVERIFY(!busy);
    QCOMPARE(busy.error().message,
             QStringLiteral("Port \"eth0\" of srv-01 already has a cable. Remove that cable "
                            "first or choose a free port."));
    QCOMPARE(busy.error().sqlState, QStringLiteral("23505"));

    auto same =
        repo.createCable({eth1, eth1, QStringLiteral("Cat6"), QStringLiteral("blue"), {}, std::nullopt});
    QVERIFY(!same);
    QCOMPARE(same.error().message,
             QStringLiteral("Both ends are the same port. A cable connects two different ports."));

    auto type =
        repo.createCable({eth1, f4, QStringLiteral("Cat8"), QStringLiteral("blue"), {}, std::nullopt});
    QVERIFY(!type);
    QCOMPARE(type.error().message,
             QStringLiteral("\"Cat8\" is not a cable type. Use Cat5e, Cat6, Cat6a, Cat7, "
                            "OM3, OM4, SM fibre, DAC or twinax."));

    auto colour =
        repo.createCable({eth1, f4, QStringLiteral("Cat6"), QStringLiteral("Blue!"), {}, std::nullopt});
    QVERIFY(!colour);
    QCOMPARE(colour.error().message,
             QStringLiteral("\"Blue!\" is not a cable colour. Use a colour name such as "
                            "\"blue\" or \"light grey\", or #rrggbb."));

    auto zero = repo.createCable({eth1, f4, QStringLiteral("Cat6"), QStringLiteral("blue"), {}, 0.0});
    QVERIFY(!zero);
    QCOMPARE(zero.error().message, QStringLiteral("A cable's length must be more than 0 m."));

    auto huge = repo.createCable({eth1, f4, QStringLiteral("Cat6"), QStringLiteral("blue"), {}, 1e6});
    QVERIFY(!huge);
    QCOMPARE(huge.error().message, QStringLiteral("A cable's length is at most 99999.99 m."));

    auto gone =
        repo.createCable({eth1, 987654, QStringLiteral("Cat6"), QStringLiteral("blue"), {}, std::nullopt});
    QVERIFY(!gone);
    QCOMPARE(gone.error().message,
             QStringLiteral("One end of the cable is a port that does not exist (any more)."));
    QCOMPARE(cableCount(), before);

    // Moving an existing cable onto a busy port is refused the same way, and leaves it as it was.
    const qint64 cableId = scalar(QStringLiteral("SELECT cable_id FROM cable_ends WHERE port_id = :p"),
                                  {{QStringLiteral("p"), eth0}});
    auto current = repo.cableAt(eth0);
    QVERIFY(current && *current);
    CableSpec moved{(*current)->portA, port(QStringLiteral("sw-01"), QStringLiteral("Ethernet1")),
                    (*current)->type,  (*current)->colour,
                    (*current)->label, (*current)->lengthM};
    Status refused = repo.updateCable(cableId, moved);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("Port \"Ethernet1\" of sw-01 already has a cable. Remove that "
                            "cable first or choose a free port."));
    auto after = repo.cableAt(eth0);
    QVERIFY(after && *after);
    QCOMPARE((*after)->portB, (*current)->portB);

    // A cable someone else removed.
    Status missing = repo.updateCable(987654, moved);
    QVERIFY(!missing);
    QCOMPARE(missing.error().message,
             QStringLiteral("The cable (id 987654) no longer exists: someone removed it."));
    auto missingDelete = repo.deleteCable(987654);
    QVERIFY(!missingDelete);
    QCOMPARE(missingDelete.error().message,
             QStringLiteral("The cable (id 987654) no longer exists: someone removed it."));
    QCOMPARE(cableCount(), before);
}

void TstCableRepository::candidates()
{
    QSqlDatabase db = m_db->connection();
    CableRepository repo(db);
    auto devices = repo.candidateDevices();
    QVERIFY(devices);
    QStringList names;
    for (const CandidateDevice &d : *devices)
        names << QStringLiteral("%1:%2/%3").arg(d.name).arg(d.freeCount).arg(d.portCount);
    QCOMPARE(names, QStringList({QStringLiteral("pp-a:7/9"), QStringLiteral("pp-b:6/8"),
                                 QStringLiteral("srv-01:1/2"), QStringLiteral("sw-01:3/4")}));

    const qint64 ppa = scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'pp-a'"));
    auto ports = repo.candidatePorts(ppa);
    QVERIFY(ports);
    QCOMPARE(ports->size(), 9);
    QCOMPARE(ports->first().name, QStringLiteral("F1"));
    QVERIFY(ports->first().busy);
    QCOMPARE(ports->first().busyWith, QStringLiteral("srv-01 / eth0"));
    QCOMPARE(ports->first().label, QStringLiteral("A1"));
    QCOMPARE(ports->at(1).name, QStringLiteral("F2"));
    QVERIFY(!ports->at(1).busy);
    QVERIFY(ports->at(1).busyWith.isEmpty());
    QCOMPARE(ports->at(4).name, QStringLiteral("R1"));
    QVERIFY(ports->at(4).busy);
    QCOMPARE(ports->at(4).busyWith, QStringLiteral("pp-b / R1"));

    // The cable being edited does not make its own ends busy.
    const qint64 f1Cable =
        scalar(QStringLiteral("SELECT cable_id FROM cable_ends WHERE port_id = :p"),
               {{QStringLiteral("p"), port(QStringLiteral("pp-a"), QStringLiteral("F1"))}});
    auto editing = repo.candidatePorts(ppa, f1Cable);
    QVERIFY(editing);
    QVERIFY(!editing->first().busy);
    QVERIFY(editing->at(4).busy);
}

void TstCableRepository::tracedPathCarriesCables()
{
    QSqlDatabase db = m_db->connection();
    auto path = CableRepository(db).tracedPath(port(QStringLiteral("srv-01"), QStringLiteral("eth0")));
    QVERIFY2(path, path ? "" : qPrintable(path.error().fullText()));
    QStringList hops;
    for (const CableHop &hop : path->trace.hops)
        hops << hop.deviceName + QLatin1Char('/') + hop.portName;
    QCOMPARE(hops, QStringList({QStringLiteral("srv-01/eth0"), QStringLiteral("pp-a/F1"),
                                QStringLiteral("pp-a/R1"), QStringLiteral("pp-b/R1"),
                                QStringLiteral("pp-b/F1"), QStringLiteral("sw-01/Ethernet1")}));
    QCOMPARE(path->cables.size(), 3);
    QCOMPARE(path->cables.value(*path->trace.hops.at(1).cableId).colour, QStringLiteral("blue"));
    QCOMPARE(path->cables.value(*path->trace.hops.at(3).cableId).type, QStringLiteral("OM4"));
    QCOMPARE(path->cables.value(*path->trace.hops.at(5).cableId).colour, QStringLiteral("#ffcc00"));

    // A port without a cable is a path of one; an unknown port an error.
    auto lone = CableRepository(db).tracedPath(port(QStringLiteral("pp-a"), QStringLiteral("R9")));
    QVERIFY(lone);
    QCOMPARE(lone->trace.hops.size(), 1);
    QVERIFY(lone->cables.isEmpty());
    QVERIFY(!CableRepository(db).tracedPath(987654));
}

void TstCableRepository::readOnlyRoleCannotCable()
{
    QVERIFY(m_db->createRole(QStringLiteral("cable_viewer"), QStringLiteral("hostdeck_readonly")));
    auto conn = db::open(m_db->as(QStringLiteral("cable_viewer")), QStringLiteral("cablerepo_viewer"), false);
    QVERIFY2(conn, conn ? "" : qPrintable(conn.error().fullText()));
    CableRepository repo(*conn);
    // Reading works ...
    QVERIFY(repo.panelPorts(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'pp-a'"))));
    // ... writing does not.
    auto refused = repo.createCable({port(QStringLiteral("srv-01"), QStringLiteral("eth1")),
                                     port(QStringLiteral("pp-a"), QStringLiteral("F4")),
                                     QStringLiteral("Cat6"),
                                     QStringLiteral("blue"),
                                     {},
                                     std::nullopt});
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("Permission denied: your database role may not do this."));
}

QTEST_GUILESS_MAIN(TstCableRepository)
#include "tst_cablerepository.moc"
