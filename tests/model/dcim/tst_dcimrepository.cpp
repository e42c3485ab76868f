// SPDX-License-Identifier: GPL-3.0-or-later
// DcimRepository against a real PostgreSQL: round trips of every device
// property, moves refused with a sentence that names the reason (and nothing
// written), search ordering, location contents and the activity log.
#include "core/database.h"
#include "dcim/dcimrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace hostdeck;

class TstDcimRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createReadBackEveryProperty();
    void createUnracked();
    void updateProperties();
    void updateRefusesBadInput();
    void setDisposition();
    void deleteDevice();
    void moveWithinAndAcrossRacks();
    void moveOntoOccupiedU();
    void movePastTheTop();
    void moveUnknownDevice();
    void duplicateAssetTag();
    void createRefusesBadInput();
    void searchOrdering();
    void searchWildcardsAreLiteral();
    void searchEmpty();
    void racksAndLocationContents();
    void rackByName();
    void deviceByNameOrId();
    void oneActivityRowPerChange();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    QString rowOf(qint64 deviceId);
    qint64 typeId(const QString &model) { return m_types.value(model); }
    DeviceProperties props(const QString &name, const QString &tag = {}, const QString &serial = {});
    Placement at(qint64 rackId, int u, int height = 1, Face face = Face::Front);
    qint64 create(const QString &model, const DeviceProperties &p, const Placement &where);

    std::unique_ptr<test::TestDatabase> m_db;
    DcimRepository *m_repo = nullptr;
    QHash<QString, qint64> m_types;
    qint64 m_site = 0, m_room1 = 0, m_room2 = 0, m_cage = 0;
    qint64 m_rackA = 0, m_rackB = 0, m_rackC = 0, m_rackD = 0;
    qint64 m_customer = 0;
};

void TstDcimRepository::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("dcimrepository"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY2(
        m_db->superExec(QStringLiteral(
            "INSERT INTO customers (code, name) VALUES ('ACME', 'Acme Hosting GmbH'), ('BETA', 'Beta AG');"
            "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-TST', 'Test site'), ('site', "
            "'US-OTH', 'Other');"
            "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-TST-R1', 'Room 1' "
            "FROM locations WHERE code = 'EU-TST';"
            "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-TST-R2', 'Room 2' "
            "FROM locations WHERE code = 'EU-TST';"
            "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'cage', 'EU-TST-R2-C1', 'Cage 1' "
            "FROM locations WHERE code = 'EU-TST-R2';"
            "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'US-OTH-R1', 'Room' FROM "
            "locations WHERE code = 'US-OTH';"
            "INSERT INTO racks (location_id, name, position, u_height, power_budget_kw) "
            " SELECT id, 'A01', 1, 42, 4 FROM locations WHERE code = 'EU-TST-R1';"
            "INSERT INTO racks (location_id, name, position, u_height, power_budget_kw) "
            " SELECT id, 'A02', 2, 24, 2.5 FROM locations WHERE code = 'EU-TST-R1';"
            "INSERT INTO racks (location_id, name, position, u_height) SELECT id, 'C01', 1, 42 FROM "
            "locations WHERE code = 'EU-TST-R2-C1';"
            "INSERT INTO racks (location_id, name, position, u_height) SELECT id, 'X01', 1, 42 FROM "
            "locations WHERE code = 'US-OTH-R1';"
            "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, watts) VALUES"
            " ('Dell', 'R650', 'server', 1, true, 450), ('Dell', 'R750', 'server', 2, true, 700),"
            " ('Ubiquiti', 'Half1U', 'switch', 1, false, 30), ('APC', 'AP8841', 'pdu', 0, false, 0);")),
        qPrintable(m_db->error()));
    QSqlDatabase db = m_db->connection();
    QVERIFY2(db.isOpen(), qPrintable(m_db->error()));
    m_repo = new DcimRepository(db);

    auto types = m_repo->deviceTypes();
    QVERIFY(types.ok());
    QCOMPARE(types->size(), 4);
    for (const DeviceType &t : *types)
        m_types.insert(t.model, t.id);
    const DeviceType r750 = *std::find_if(
        types->cbegin(), types->cend(), [](const DeviceType &t) { return t.model == QLatin1String("R750"); });
    QCOMPARE(r750.uHeight, 2);
    QCOMPARE(r750.watts, 700);
    QCOMPARE(r750.kind, QStringLiteral("server"));

    auto locations = m_repo->locations();
    QVERIFY(locations.ok());
    for (const Location &l : *locations) {
        if (l.code == QLatin1String("EU-TST"))
            m_site = l.id;
        else if (l.code == QLatin1String("EU-TST-R1"))
            m_room1 = l.id;
        else if (l.code == QLatin1String("EU-TST-R2"))
            m_room2 = l.id;
        else if (l.code == QLatin1String("EU-TST-R2-C1"))
            m_cage = l.id;
    }
    QVERIFY(m_site && m_room1 && m_room2 && m_cage);
    // Sites come first (parent 0), children name their parent.
    QCOMPARE(locations->first().parentId, 0);
    m_rackA = m_repo->rack(0, QStringLiteral("A01"))->id;
    m_rackB = m_repo->rack(0, QStringLiteral("A02"))->id;
    m_rackC = m_repo->rack(0, QStringLiteral("C01"))->id;
    m_rackD = m_repo->rack(0, QStringLiteral("X01"))->id;
    auto customers = m_repo->customers();
    QVERIFY(customers.ok());
    QCOMPARE(customers->size(), 2);
    QCOMPARE(customers->first().name, QStringLiteral("Acme Hosting GmbH"));
    m_customer = customers->first().id;
}

void TstDcimRepository::cleanupTestCase()
{
    delete m_repo;
    m_repo = nullptr;
}

qint64 TstDcimRepository::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection(QStringLiteral("check"));
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

// The whole row as text, to prove a refused change left it alone.
QString TstDcimRepository::rowOf(qint64 deviceId)
{
    QSqlDatabase db = m_db->connection(QStringLiteral("check"));
    auto q = db::exec(db, QStringLiteral("SELECT (d.*)::text FROM devices d WHERE id = :id"),
                      {{QStringLiteral("id"), deviceId}});
    if (!q || !q->next())
        return {};
    return q->value(0).toString();
}

DeviceProperties TstDcimRepository::props(const QString &name, const QString &tag, const QString &serial)
{
    DeviceProperties p;
    p.name = name;
    p.assetTag = tag;
    p.serial = serial;
    return p;
}

Placement TstDcimRepository::at(qint64 rackId, int u, int height, Face face)
{
    Placement p;
    p.rackId = rackId;
    p.uStart = u;
    p.uEnd = u + height - 1;
    p.face = face;
    return p;
}

qint64 TstDcimRepository::create(const QString &model, const DeviceProperties &p, const Placement &where)
{
    auto id = m_repo->createDevice(typeId(model), p, where);
    if (!id) {
        qWarning() << "createDevice" << p.name << id.error().fullText();
        return 0;
    }
    return *id;
}

void TstDcimRepository::createReadBackEveryProperty()
{
    DeviceProperties p;
    p.name = QStringLiteral("db-01");
    p.serial = QStringLiteral("SN-DB-0001");
    p.assetTag = QStringLiteral("AT-10001");
    p.manufacturer = QStringLiteral("Dell Inc.");
    p.model = QStringLiteral("PowerEdge R750");
    p.warrantyExpires = QDate(2028, 2, 29);
    p.disposition = Disposition::Allocated;
    p.watts = 650;
    p.customerId = m_customer;
    p.notes = QStringLiteral("Primary database, ticket #4711");
    Placement where = at(m_rackA, 10, 2, Face::Rear);
    auto id = m_repo->createDevice(typeId(QStringLiteral("R750")), p, where);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));

    auto d = m_repo->device(*id);
    QVERIFY(d.ok());
    QCOMPARE(d->id, *id);
    QCOMPARE(d->typeId, typeId(QStringLiteral("R750")));
    QCOMPARE(d->typeKind, QStringLiteral("server"));
    QCOMPARE(d->name, p.name);
    QCOMPARE(d->serial, p.serial);
    QCOMPARE(d->assetTag, p.assetTag);
    QCOMPARE(d->manufacturer, p.manufacturer);
    QCOMPARE(d->model, p.model);
    QCOMPARE(d->warrantyExpires, QDate(2028, 2, 29));
    QCOMPARE(d->disposition, Disposition::Allocated);
    QCOMPARE(d->watts, 650);
    QCOMPARE(d->customerId, m_customer);
    QCOMPARE(d->customerName, QStringLiteral("Acme Hosting GmbH"));
    QCOMPARE(d->notes, p.notes);
    QCOMPARE(d->rackName, QStringLiteral("A01"));
    QVERIFY(d->fullDepth);
    QVERIFY(!d->halfWidthType);
    QCOMPARE(d->typeUHeight, 2);
    QVERIFY(d->isRacked());
    QCOMPARE(d->placement, where);

    // By name too, case-insensitively.
    auto byName = m_repo->device(0, QStringLiteral("DB-01"));
    QVERIFY(byName.ok());
    QCOMPARE(byName->id, *id);

    // A half-depth device in a side channel and a 0U PDU keep their placement.
    Placement side;
    side.rackId = m_rackA;
    side.mount = Mount::SideLeft;
    side.face = Face::Rear;
    side.uStart = 1;
    side.uEnd = 42;
    const qint64 pdu = create(QStringLiteral("AP8841"), props(QStringLiteral("pdu-a01-l")), side);
    QVERIFY(pdu != 0);
    auto pduBack = m_repo->device(pdu);
    QVERIFY(pduBack.ok());
    QCOMPARE(pduBack->placement, side);
    QVERIFY(!pduBack->fullDepth);
    QCOMPARE(pduBack->typeUHeight, 0);
    // Blank manufacturer/model fall back to the type's.
    QCOMPARE(pduBack->manufacturer, QStringLiteral("APC"));
    QCOMPARE(pduBack->model, QStringLiteral("AP8841"));
    QVERIFY(pduBack->serial.isEmpty());
    QVERIFY(!pduBack->warrantyExpires.isValid());
    QCOMPARE(pduBack->customerId, 0);
}

void TstDcimRepository::createUnracked()
{
    auto id =
        m_repo->createDevice(typeId(QStringLiteral("R650")), props(QStringLiteral("spare-01")), Placement{});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));
    auto d = m_repo->device(*id);
    QVERIFY(d.ok());
    QVERIFY(!d->isRacked());
    QCOMPARE(d->placement.uStart, 0);
    QVERIFY(d->rackName.isEmpty());
    QCOMPARE(
        scalar(QStringLiteral(
                   "SELECT count(*) FROM devices WHERE id = :id AND rack_id IS NULL AND u_start IS NULL"),
               {{QStringLiteral("id"), *id}}),
        1);
}

void TstDcimRepository::updateProperties()
{
    const qint64 id = create(QStringLiteral("R650"),
                             props(QStringLiteral("web-upd"), QStringLiteral("AT-UPD-1")), at(m_rackA, 30));
    QVERIFY(id != 0);
    DeviceProperties p;
    p.name = QStringLiteral("web-upd-renamed");
    p.serial = QStringLiteral("SN-UPD");
    p.assetTag = QString(); // cleared
    p.manufacturer = QStringLiteral("Dell");
    p.model = QStringLiteral("R650xs");
    p.warrantyExpires = QDate(2030, 12, 31);
    p.disposition = Disposition::Reserved;
    p.watts = 320;
    p.customerId = m_customer;
    p.notes = QStringLiteral("moved to customer");
    const Placement before = m_repo->device(id)->placement;
    QVERIFY(m_repo->updateDevice(id, p).ok());
    auto d = m_repo->device(id);
    QVERIFY(d.ok());
    QCOMPARE(d->name, p.name);
    QCOMPARE(d->serial, p.serial);
    QVERIFY(d->assetTag.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices WHERE id = :id AND asset_tag IS NULL"),
                    {{QStringLiteral("id"), id}}),
             1);
    QCOMPARE(d->model, QStringLiteral("R650xs"));
    QCOMPARE(d->warrantyExpires, QDate(2030, 12, 31));
    QCOMPARE(d->disposition, Disposition::Reserved);
    QCOMPARE(d->watts, 320);
    QCOMPARE(d->customerName, QStringLiteral("Acme Hosting GmbH"));
    QCOMPARE(d->notes, p.notes);
    QCOMPARE(d->placement, before); // properties never move a device

    // Clearing the customer and the warranty.
    p.customerId = 0;
    p.warrantyExpires = QDate();
    QVERIFY(m_repo->updateDevice(id, p).ok());
    QCOMPARE(m_repo->device(id)->customerId, 0);
    QVERIFY(!m_repo->device(id)->warrantyExpires.isValid());
}

void TstDcimRepository::updateRefusesBadInput()
{
    const qint64 id = create(QStringLiteral("R650"), props(QStringLiteral("web-bad")), at(m_rackA, 31));
    QVERIFY(id != 0);
    const QString row = rowOf(id);
    const qint64 log = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));

    DeviceProperties p = props(QStringLiteral("   "));
    Status s = m_repo->updateDevice(id, p);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("name")), qPrintable(s.error().message));

    p = props(QStringLiteral("web-bad"));
    p.watts = -5;
    s = m_repo->updateDevice(id, p);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("negative")), qPrintable(s.error().message));

    // Another device's name.
    s = m_repo->updateDevice(id, props(QStringLiteral("db-01")));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("already has that name")),
             qPrintable(s.error().message));

    s = m_repo->updateDevice(987654, props(QStringLiteral("ghost")));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("987654")), qPrintable(s.error().message));

    QCOMPARE(rowOf(id), row);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), log);
}

void TstDcimRepository::setDisposition()
{
    const qint64 id = create(QStringLiteral("R650"), props(QStringLiteral("web-disp")), at(m_rackA, 32));
    QVERIFY(id != 0);
    for (Disposition d : allDispositions()) {
        QVERIFY(m_repo->setDisposition(id, d).ok());
        QCOMPARE(m_repo->device(id)->disposition, d);
    }
    Status missing = m_repo->setDisposition(987654, Disposition::Faulty);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("987654")));
}

void TstDcimRepository::deleteDevice()
{
    const qint64 id = create(QStringLiteral("R650"), props(QStringLiteral("web-del")), at(m_rackA, 33));
    QVERIFY(id != 0);
    QVERIFY(m_repo->deleteDevice(id).ok());
    auto gone = m_repo->device(id);
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().message.contains(QString::number(id)));
    Status again = m_repo->deleteDevice(id);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QString::number(id)));
    // The freed U takes a new device.
    QVERIFY(create(QStringLiteral("R650"), props(QStringLiteral("web-del-2")), at(m_rackA, 33)) != 0);
}

void TstDcimRepository::moveWithinAndAcrossRacks()
{
    const qint64 id = create(QStringLiteral("R750"), props(QStringLiteral("app-mv")), at(m_rackA, 20, 2));
    QVERIFY(id != 0);
    Placement up = at(m_rackA, 22, 2, Face::Front);
    Status s = m_repo->moveDevice(id, up);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
    QCOMPARE(m_repo->device(id)->placement, up);

    // Overlapping its own old position is fine (one UPDATE).
    Placement oneUp = at(m_rackA, 23, 2);
    QVERIFY(m_repo->moveDevice(id, oneUp).ok());
    QCOMPARE(m_repo->device(id)->placement, oneUp);

    Placement other = at(m_rackB, 1, 2, Face::Rear);
    QVERIFY(m_repo->moveDevice(id, other).ok());
    auto d = m_repo->device(id);
    QCOMPARE(d->placement, other);
    QCOMPARE(d->rackName, QStringLiteral("A02"));

    // Out of the rack altogether, and back.
    QVERIFY(m_repo->moveDevice(id, Placement{}).ok());
    QVERIFY(!m_repo->device(id)->isRacked());
    QVERIFY(m_repo->moveDevice(id, other).ok());
}

void TstDcimRepository::moveOntoOccupiedU()
{
    const qint64 blocker =
        create(QStringLiteral("R750"), props(QStringLiteral("blocker-01")), at(m_rackA, 5, 2));
    const qint64 mover = create(QStringLiteral("R650"), props(QStringLiteral("mover-01")), at(m_rackA, 2));
    QVERIFY(blocker && mover);
    const QString row = rowOf(mover);
    const qint64 log = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));

    Status s = m_repo->moveDevice(mover, at(m_rackA, 6, 1, Face::Rear));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("blocker-01")), qPrintable(s.error().message));
    QCOMPARE(s.error().sqlState, QStringLiteral("23P01"));
    QVERIFY(!s.error().connectionLost);
    QCOMPARE(rowOf(mover), row);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), log);

    // The connection is usable afterwards (the failed transaction was rolled back).
    QVERIFY(m_repo->moveDevice(mover, at(m_rackA, 3)).ok());
}

void TstDcimRepository::movePastTheTop()
{
    const qint64 id = create(QStringLiteral("R750"), props(QStringLiteral("top-01")), at(m_rackB, 10, 2));
    QVERIFY(id != 0);
    const QString row = rowOf(id);
    // Rack A02 has 24 U: U24-25 does not exist.
    Status s = m_repo->moveDevice(id, at(m_rackB, 24, 2));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("24 U")), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QStringLiteral("A02")), qPrintable(s.error().message));
    QCOMPARE(rowOf(id), row);

    // U 0 and an inverted range are refused too.
    s = m_repo->moveDevice(id, at(m_rackB, 0, 2));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("start at 1")), qPrintable(s.error().message));
    Placement inverted = at(m_rackB, 12, 2);
    std::swap(inverted.uStart, inverted.uEnd);
    s = m_repo->moveDevice(id, inverted);
    QVERIFY(!s.ok());
    QCOMPARE(rowOf(id), row);

    // The wrong height for the type.
    s = m_repo->moveDevice(id, at(m_rackB, 12, 3));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("2 U")), qPrintable(s.error().message));
    QCOMPARE(rowOf(id), row);
}

void TstDcimRepository::moveUnknownDevice()
{
    const qint64 log = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    Status s = m_repo->moveDevice(987654, at(m_rackA, 40));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("987654")), qPrintable(s.error().message));
    // Even onto an occupied U it is the missing device that is reported.
    s = m_repo->moveDevice(987654, at(m_rackA, 5));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("987654")), qPrintable(s.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), log);
}

void TstDcimRepository::duplicateAssetTag()
{
    const qint64 count = scalar(QStringLiteral("SELECT count(*) FROM devices"));
    auto dup =
        m_repo->createDevice(typeId(QStringLiteral("R650")),
                             props(QStringLiteral("dup-01"), QStringLiteral("AT-10001")), at(m_rackA, 40));
    QVERIFY(!dup.ok());
    QVERIFY2(dup.error().message.contains(QStringLiteral("already has that asset tag")),
             qPrintable(dup.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices")), count);

    // The same through an update.
    const qint64 id = create(QStringLiteral("R650"),
                             props(QStringLiteral("dup-02"), QStringLiteral("AT-DUP-2")), at(m_rackA, 40));
    QVERIFY(id != 0);
    const QString row = rowOf(id);
    Status s = m_repo->updateDevice(id, props(QStringLiteral("dup-02"), QStringLiteral("AT-10001")));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("already has that asset tag")),
             qPrintable(s.error().message));
    QCOMPARE(rowOf(id), row);

    auto serial =
        m_repo->createDevice(typeId(QStringLiteral("R650")),
                             props(QStringLiteral("dup-03"), {}, QStringLiteral("SN-DB-0001")), Placement{});
    QVERIFY(!serial.ok());
    QVERIFY2(serial.error().message.contains(QStringLiteral("serial")), qPrintable(serial.error().message));
}

void TstDcimRepository::createRefusesBadInput()
{
    const qint64 count = scalar(QStringLiteral("SELECT count(*) FROM devices"));
    const qint64 log = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));

    auto noName = m_repo->createDevice(typeId(QStringLiteral("R650")), props(QString()), at(m_rackA, 41));
    QVERIFY(!noName.ok());
    QVERIFY(noName.error().message.contains(QStringLiteral("name")));

    auto occupied = m_repo->createDevice(typeId(QStringLiteral("R650")), props(QStringLiteral("new-occ")),
                                         at(m_rackA, 5));
    QVERIFY(!occupied.ok());
    QVERIFY2(occupied.error().message.contains(QStringLiteral("occupied")),
             qPrintable(occupied.error().message));

    auto top = m_repo->createDevice(typeId(QStringLiteral("R750")), props(QStringLiteral("new-top")),
                                    at(m_rackA, 42, 2));
    QVERIFY(!top.ok());
    QVERIFY2(top.error().message.contains(QStringLiteral("42 U")), qPrintable(top.error().message));

    Placement pduInRack = at(m_rackA, 41);
    auto pdu =
        m_repo->createDevice(typeId(QStringLiteral("AP8841")), props(QStringLiteral("new-pdu")), pduInRack);
    QVERIFY(!pdu.ok());
    QVERIFY2(pdu.error().message.contains(QStringLiteral("side channel")), qPrintable(pdu.error().message));

    auto noType = m_repo->createDevice(987654, props(QStringLiteral("new-notype")), Placement{});
    QVERIFY(!noType.ok());

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices")), count);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), log);
}

void TstDcimRepository::searchOrdering()
{
    // A device whose name starts with another's asset tag, one with that text
    // as its serial, and the exact asset tag: the exact hit comes first.
    QVERIFY(create(QStringLiteral("R650"), props(QStringLiteral("at-77-web")), at(m_rackC, 1)));
    QVERIFY(create(QStringLiteral("R650"), props(QStringLiteral("at-77-db")), at(m_rackC, 2)));
    const qint64 tagged = create(QStringLiteral("R650"),
                                 props(QStringLiteral("zz-tagged"), QStringLiteral("AT-77")), at(m_rackC, 3));
    const qint64 longerTag = create(
        QStringLiteral("R650"), props(QStringLiteral("zz-longer"), QStringLiteral("AT-770")), at(m_rackC, 4));
    QVERIFY(tagged && longerTag);

    auto hits = m_repo->search(QStringLiteral("at-77"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 4);
    QCOMPARE(hits->at(0).deviceId, tagged);
    QVERIFY(hits->at(0).exact);
    QCOMPARE(hits->at(0).rackId, m_rackC);
    QCOMPARE(hits->at(0).rackName, QStringLiteral("C01"));
    QCOMPARE(hits->at(0).roomId, m_cage);
    QCOMPARE(hits->at(0).uStart, 3);
    for (qsizetype i = 1; i < hits->size(); ++i)
        QVERIFY2(!hits->at(i).exact, qPrintable(hits->at(i).name));
    // Name prefixes rank before a tag prefix.
    QCOMPARE(hits->at(1).name, QStringLiteral("at-77-db"));
    QCOMPARE(hits->at(2).name, QStringLiteral("at-77-web"));
    QCOMPARE(hits->at(3).deviceId, longerTag);

    // A scanner typing the asset tag lands on it; so does the serial, in any case.
    auto scan = m_repo->search(QStringLiteral("AT-10001"));
    QVERIFY(scan.ok() && !scan->isEmpty());
    QCOMPARE(scan->first().name, QStringLiteral("db-01"));
    QVERIFY(scan->first().exact);
    auto serial = m_repo->search(QStringLiteral("sn-db-0001"));
    QVERIFY(serial.ok() && !serial->isEmpty());
    QCOMPARE(serial->first().name, QStringLiteral("db-01"));
    QVERIFY(serial->first().exact);
    // A name prefix.
    auto prefix = m_repo->search(QStringLiteral("  DB-0"));
    QVERIFY(prefix.ok());
    QCOMPARE(prefix->size(), 1);
    QCOMPARE(prefix->first().name, QStringLiteral("db-01"));
    QVERIFY(!prefix->first().exact);
    // The limit holds.
    auto limited = m_repo->search(QStringLiteral("at-77"), 2);
    QVERIFY(limited.ok());
    QCOMPARE(limited->size(), 2);
    QCOMPARE(limited->first().deviceId, tagged);
}

void TstDcimRepository::searchWildcardsAreLiteral()
{
    QVERIFY(create(QStringLiteral("R650"), props(QStringLiteral("lit_1")), at(m_rackC, 10)));
    QVERIFY(create(QStringLiteral("R650"), props(QStringLiteral("litx1")), at(m_rackC, 11)));
    QVERIFY(create(QStringLiteral("R650"), props(QStringLiteral("pct%web")), at(m_rackC, 12)));
    QVERIFY(create(QStringLiteral("R650"), props(QStringLiteral("pctaweb")), at(m_rackC, 13)));
    QVERIFY(create(QStringLiteral("R650"), props(QStringLiteral("back\\slash")), at(m_rackC, 14)));

    auto underscore = m_repo->search(QStringLiteral("lit_"));
    QVERIFY(underscore.ok());
    QCOMPARE(underscore->size(), 1);
    QCOMPARE(underscore->first().name, QStringLiteral("lit_1"));

    auto percent = m_repo->search(QStringLiteral("pct%"));
    QVERIFY(percent.ok());
    QCOMPARE(percent->size(), 1);
    QCOMPARE(percent->first().name, QStringLiteral("pct%web"));

    auto onlyPercent = m_repo->search(QStringLiteral("%"));
    QVERIFY(onlyPercent.ok());
    QCOMPARE(onlyPercent->size(), 1);

    auto backslash = m_repo->search(QStringLiteral("back\\s"));
    QVERIFY(backslash.ok());
    QCOMPARE(backslash->size(), 1);

    auto quote = m_repo->search(QStringLiteral("x' OR '1'='1"));
    QVERIFY(quote.ok());
    QCOMPARE(quote->size(), 0);
}

void TstDcimRepository::searchEmpty()
{
    auto none = m_repo->search(QStringLiteral("   "));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    auto nothing = m_repo->search(QStringLiteral("no-such-device-anywhere"));
    QVERIFY(nothing.ok());
    QVERIFY(nothing->isEmpty());
}

void TstDcimRepository::racksAndLocationContents()
{
    const qint64 other = create(QStringLiteral("R650"), props(QStringLiteral("far-away")), at(m_rackD, 1));
    QVERIFY(other != 0);

    auto room = m_repo->locationContents(m_room1);
    QVERIFY(room.ok());
    QCOMPARE(room->size(), 2);
    QCOMPARE(room->at(0).rack.name, QStringLiteral("A01"));
    QCOMPARE(room->at(1).rack.name, QStringLiteral("A02"));
    for (const RackContents &rc : *room) {
        QCOMPARE(rc.devices.size(), scalar(QStringLiteral("SELECT count(*) FROM devices WHERE rack_id = :r"),
                                           {{QStringLiteral("r"), rc.rack.id}}));
        QVERIFY(!rc.devices.isEmpty());
        for (const Device &d : rc.devices)
            QCOMPARE(d.placement.rackId, rc.rack.id);
    }
    QCOMPARE(room->at(0).rack.uHeight, 42);
    QCOMPARE(room->at(1).rack.uHeight, 24);
    QCOMPARE(room->at(1).rack.powerBudgetKw, 2.5);
    QCOMPARE(room->at(0).rack.redundancy, QStringLiteral("N+1"));

    // The whole site: both rooms, including the rack in room 2's cage; never another site's.
    auto site = m_repo->locationContents(m_site);
    QVERIFY(site.ok());
    QStringList names;
    qsizetype devices = 0;
    for (const RackContents &rc : *site) {
        names << rc.rack.name;
        devices += rc.devices.size();
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("C01")}));
    QCOMPARE(devices, scalar(QStringLiteral("SELECT count(*) FROM devices d JOIN racks r ON r.id = d.rack_id "
                                            "WHERE r.name IN ('A01', 'A02', 'C01')")));

    auto room2 = m_repo->racks(m_room2);
    QVERIFY(room2.ok());
    QCOMPARE(room2->size(), 1);
    QCOMPARE(room2->first().name, QStringLiteral("C01"));

    auto all = m_repo->racks();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);

    auto contents = m_repo->rackContents(m_rackD);
    QVERIFY(contents.ok());
    QCOMPARE(contents->devices.size(), 1);
    QCOMPARE(contents->devices.first().id, other);
    QCOMPARE(contents->rack.allocatedWatts, 0); // device watts default to 0

    auto missing = m_repo->rackContents(987654);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("987654")));
}

void TstDcimRepository::rackByName()
{
    auto r = m_repo->rack(0, QStringLiteral("a02"));
    QVERIFY(r.ok());
    QCOMPARE(r->id, m_rackB);
    QCOMPARE(r->locationId, m_room1);
    QCOMPARE(r->position, 2);
    auto missing = m_repo->rack(0, QStringLiteral("Z99"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("Z99")));
}

void TstDcimRepository::deviceByNameOrId()
{
    const qint64 id = create(QStringLiteral("R650"), props(QStringLiteral("Lookup-Srv01")), Placement{});
    QVERIFY(id > 0);
    auto byName = m_repo->deviceByNameOrId(QStringLiteral("lookup-srv01"));
    QVERIFY(byName.ok());
    QCOMPARE(byName->id, id);
    auto byId = m_repo->deviceByNameOrId(QString::number(id));
    QVERIFY(byId.ok());
    QCOMPARE(byId->name, QStringLiteral("Lookup-Srv01"));
    // A device named like another's id is found by its name, not by the number.
    const qint64 numbered = create(QStringLiteral("R650"), props(QString::number(id)), Placement{});
    QVERIFY(numbered > 0);
    auto name = m_repo->deviceByNameOrId(QString::number(id));
    QVERIFY(name.ok());
    QCOMPARE(name->id, numbered);
    // Neither: the error names what was typed.
    auto none = m_repo->deviceByNameOrId(QStringLiteral("no-such-box"));
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(QStringLiteral("\"no-such-box\"")),
             qPrintable(none.error().message));
    auto noId = m_repo->deviceByNameOrId(QStringLiteral("987654321"));
    QVERIFY(!noId.ok());
    QVERIFY2(noId.error().message.contains(QStringLiteral("987654321")), qPrintable(noId.error().message));
}

void TstDcimRepository::oneActivityRowPerChange()
{
    const qint64 before =
        scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'devices'"));
    const qint64 id = create(QStringLiteral("R650"), props(QStringLiteral("logged-01")), at(m_rackA, 38));
    QVERIFY(id != 0);
    QVERIFY(m_repo->moveDevice(id, at(m_rackA, 37)).ok());
    QVERIFY(m_repo->updateDevice(id, props(QStringLiteral("logged-01"), QStringLiteral("AT-LOG"))).ok());
    QVERIFY(m_repo->setDisposition(id, Disposition::Maintenance).ok());
    QVERIFY(m_repo->deleteDevice(id).ok());

    QSqlDatabase db = m_db->connection(QStringLiteral("check"));
    auto q = db::exec(
        db,
        QStringLiteral(
            "SELECT action, actor FROM activity_log WHERE entity_type = 'devices' AND entity_id = :id "
            "ORDER BY id"),
        {{QStringLiteral("id"), id}});
    QVERIFY(q.ok());
    QStringList actions;
    while (q->next()) {
        actions << q->value(0).toString();
        QCOMPARE(q->value(1).toString(), QStringLiteral("hostdeck_test_admin"));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("move"), QStringLiteral("update"),
                                   QStringLiteral("disposition"), QStringLiteral("delete")}));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'devices'")),
             before + 5);

    // A move onto the same place changes nothing and logs nothing.
    const qint64 still = create(QStringLiteral("R650"), props(QStringLiteral("logged-02")), at(m_rackA, 38));
    const qint64 mid = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    QVERIFY(m_repo->moveDevice(still, at(m_rackA, 38)).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), mid);
}

QTEST_GUILESS_MAIN(TstDcimRepository)
#include "tst_dcimrepository.moc"
