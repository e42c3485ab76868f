// SPDX-License-Identifier: GPL-3.0-or-later
// The schema's invariants, checked against a real PostgreSQL: migrations from
// an empty database, the overlap constraint under both depth rules, 0U side
// channels and half-width devices, the activity log and its actor, roles.
#include "core/database.h"
#include "core/migrator.h"
#include "dcim/dcimrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace hostdeck;

class TstSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void migrationsAreRecordedOnce();
    void newerSchemaIsRefused();
    void overlapRefusedFullDepth();
    void halfDepthSharesOppositeFaces();
    void halfWidthSideBySide();
    void zeroUInSideChannels();
    void pastTheTopIsRefused();
    void activityLogHasActor();
    void readonlyCannotWrite();
    void techCanMoveButNotEditCustomers();
    void namesAreUniqueWithoutCase();

private:
    qint64 scalar(const QString &sql);
    QVariant insertDevice(const QString &name, const QString &type, const QString &rack, int u,
                          const QString &face = QStringLiteral("front"),
                          const QString &mount = QStringLiteral("rack"),
                          const QString &width = QStringLiteral("full"));

    std::unique_ptr<test::TestDatabase> m_db;
    QString m_lastError;
};

void TstSchema::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("schema"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-TST', 'Test site');"
        "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-TST-R1', 'Room 1' FROM "
        "locations WHERE code = 'EU-TST';"
        "INSERT INTO racks (location_id, name, u_height, power_budget_kw) SELECT id, 'R1', 42, 4 FROM "
        "locations WHERE code = 'EU-TST-R1';"
        "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, watts) VALUES"
        " ('Dell', 'R650', 'server', 1, true, 450), ('Dell', 'R750', 'server', 2, true, 700),"
        " ('Ubiquiti', 'Half1U', 'switch', 1, false, 30);"
        "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, half_width, watts) VALUES"
        " ('Supermicro', 'Twin-Half', 'server', 1, true, true, 300);"
        "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, watts) VALUES"
        " ('APC', 'AP8841', 'pdu', 0, false, 0);")));
}

qint64 TstSchema::scalar(const QString &sql)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QVariant TstSchema::insertDevice(const QString &name, const QString &type, const QString &rack, int u,
                                 const QString &face, const QString &mount, const QString &width)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(
        db,
        QStringLiteral(
            "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end, face, mount, width) "
            "SELECT t.id, :name, r.id, :u, :u + GREATEST(t.u_height, 1) - 1, :face, :mount, :width "
            "FROM device_types t, racks r WHERE t.model = :type AND r.name = :rack RETURNING id"),
        {{QStringLiteral("name"), name},
         {QStringLiteral("type"), type},
         {QStringLiteral("rack"), rack},
         {QStringLiteral("u"), u},
         {QStringLiteral("face"), face},
         {QStringLiteral("mount"), mount},
         {QStringLiteral("width"), width}});
    if (!q) {
        m_lastError = q.error().message + QStringLiteral(" | ") + q.error().sqlState;
        return {};
    }
    q->next();
    return q->value(0);
}

void TstSchema::migrationsAreRecordedOnce()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")),
             Migrator().migrations().size());
    QSqlDatabase db = m_db->connection();
    auto again = Migrator().migrate(db);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again.value(), 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'")) == 1);
}

void TstSchema::newerSchemaIsRefused()
{
    test::TestDatabase newer(QStringLiteral("schema_newer"));
    QVERIFY2(newer.ok(), qPrintable(newer.error()));
    QVERIFY(newer.superExec(
        QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (9999, 'future')")));
    auto db = db::open(newer.settings(), QStringLiteral("newer-check"));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("9999")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("newer")));
    QSqlDatabase::removeDatabase(QStringLiteral("newer-check"));
}

void TstSchema::overlapRefusedFullDepth()
{
    QVERIFY2(
        insertDevice(QStringLiteral("web-1"), QStringLiteral("R750"), QStringLiteral("R1"), 10).isValid(),
        qPrintable(m_lastError));
    // R750 occupies U10-11 on both faces: U11 from the rear is taken too.
    QVERIFY(!insertDevice(QStringLiteral("web-2"), QStringLiteral("R650"), QStringLiteral("R1"), 11,
                          QStringLiteral("rear"))
                 .isValid());
    QVERIFY2(m_lastError.contains(QStringLiteral("23P01")), qPrintable(m_lastError));
    QVERIFY2(m_lastError.contains(QStringLiteral("occupied")), qPrintable(m_lastError));
    QVERIFY(
        insertDevice(QStringLiteral("web-2"), QStringLiteral("R650"), QStringLiteral("R1"), 12).isValid());
}

void TstSchema::halfDepthSharesOppositeFaces()
{
    QVERIFY(insertDevice(QStringLiteral("sw-front"), QStringLiteral("Half1U"), QStringLiteral("R1"), 20,
                         QStringLiteral("front"))
                .isValid());
    QVERIFY2(insertDevice(QStringLiteral("sw-rear"), QStringLiteral("Half1U"), QStringLiteral("R1"), 20,
                          QStringLiteral("rear"))
                 .isValid(),
             qPrintable(m_lastError));
    QVERIFY(!insertDevice(QStringLiteral("sw-front2"), QStringLiteral("Half1U"), QStringLiteral("R1"), 20,
                          QStringLiteral("front"))
                 .isValid());
    // A full-depth device cannot share U20 with either half.
    QVERIFY(
        !insertDevice(QStringLiteral("srv-20"), QStringLiteral("R650"), QStringLiteral("R1"), 20).isValid());
}

void TstSchema::halfWidthSideBySide()
{
    QVERIFY(insertDevice(QStringLiteral("twin-l"), QStringLiteral("Twin-Half"), QStringLiteral("R1"), 25,
                         QStringLiteral("front"), QStringLiteral("rack"), QStringLiteral("left"))
                .isValid());
    QVERIFY2(insertDevice(QStringLiteral("twin-r"), QStringLiteral("Twin-Half"), QStringLiteral("R1"), 25,
                          QStringLiteral("front"), QStringLiteral("rack"), QStringLiteral("right"))
                 .isValid(),
             qPrintable(m_lastError));
    QVERIFY(!insertDevice(QStringLiteral("twin-x"), QStringLiteral("Twin-Half"), QStringLiteral("R1"), 25,
                          QStringLiteral("front"), QStringLiteral("rack"), QStringLiteral("left"))
                 .isValid());
    // Full-width types cannot take half a U.
    QVERIFY(!insertDevice(QStringLiteral("srv-half"), QStringLiteral("R650"), QStringLiteral("R1"), 30,
                          QStringLiteral("front"), QStringLiteral("rack"), QStringLiteral("left"))
                 .isValid());
    QVERIFY2(m_lastError.contains(QStringLiteral("half")), qPrintable(m_lastError));
}

void TstSchema::zeroUInSideChannels()
{
    QSqlDatabase db = m_db->connection();
    auto pdu = db::exec(
        db,
        QStringLiteral("INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end, face, mount) "
                       "SELECT t.id, 'pdu-a', r.id, 1, 42, 'rear', 'side-left' FROM device_types t, racks r "
                       "WHERE t.model = 'AP8841' AND r.name = 'R1'"));
    QVERIFY2(pdu.ok(), qPrintable(pdu.ok() ? QString() : pdu.error().message));
    // The right channel is free; the left one is taken at the rear.
    QVERIFY(
        db::exec(db,
                 QStringLiteral(
                     "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end, face, mount) "
                     "SELECT t.id, 'pdu-b', r.id, 1, 42, 'rear', 'side-right' FROM device_types t, racks r "
                     "WHERE t.model = 'AP8841' AND r.name = 'R1'"))
            .ok());
    auto clash = db::exec(
        db,
        QStringLiteral("INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end, face, mount) "
                       "SELECT t.id, 'pdu-c', r.id, 10, 20, 'rear', 'side-left' FROM device_types t, racks r "
                       "WHERE t.model = 'AP8841' AND r.name = 'R1'"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().sqlState, QStringLiteral("23P01"));
    // A 0U device cannot take rack U space.
    auto inRack = db::exec(
        db, QStringLiteral("INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end, face, mount) "
                           "SELECT t.id, 'pdu-d', r.id, 40, 40, 'rear', 'rack' FROM device_types t, racks r "
                           "WHERE t.model = 'AP8841' AND r.name = 'R1'"));
    QVERIFY(!inRack.ok());
    QVERIFY2(inRack.error().message.contains(QStringLiteral("side channel")),
             qPrintable(inRack.error().message));
}

void TstSchema::pastTheTopIsRefused()
{
    QVERIFY(!insertDevice(QStringLiteral("top"), QStringLiteral("R750"), QStringLiteral("R1"), 42).isValid());
    QVERIFY2(m_lastError.contains(QStringLiteral("only 42 U")), qPrintable(m_lastError));
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM devices"));
    QVERIFY(!insertDevice(QStringLiteral("zero"), QStringLiteral("R650"), QStringLiteral("R1"), 0).isValid());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices")), before);
}

void TstSchema::activityLogHasActor()
{
    const qint64 id = scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'web-2'"));
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    QSqlDatabase db = m_db->connection();
    DcimRepository repo(db);
    auto dev = repo.device(id);
    QVERIFY(dev.ok());
    Placement to = dev->placement;
    to.uStart = 5;
    to.uEnd = 5;
    QVERIFY(repo.moveDevice(id, to).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), before + 1);
    auto row = db::exec(
        db, QStringLiteral("SELECT actor, action, entity_type, entity_id, detail->'u_start'->>'old', "
                           "detail->'u_start'->>'new' FROM activity_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(row.ok() && row->next());
    QCOMPARE(row->value(0).toString(), QStringLiteral("hostdeck_test_admin"));
    QCOMPARE(row->value(1).toString(), QStringLiteral("move"));
    QCOMPARE(row->value(2).toString(), QStringLiteral("devices"));
    QCOMPARE(row->value(3).toLongLong(), id);
    QCOMPARE(row->value(4).toInt(), 12);
    QCOMPARE(row->value(5).toInt(), 5);
    // Nobody rewrites history.
    auto forge = db::exec(db, QStringLiteral("DELETE FROM activity_log"));
    QVERIFY(!forge.ok());
    QCOMPARE(forge.error().sqlState, QStringLiteral("42501"));
}

void TstSchema::readonlyCannotWrite()
{
    QVERIFY(m_db->createRole(QStringLiteral("viewer_schema"), QStringLiteral("hostdeck_readonly")));
    auto db = db::open(m_db->as(QStringLiteral("viewer_schema")), QStringLiteral("viewer"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    auto read = db::exec(*db, QStringLiteral("SELECT count(*) FROM devices"));
    QVERIFY(read.ok());
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    for (const char *sql :
         {"UPDATE devices SET u_start = u_start", "DELETE FROM devices",
          "INSERT INTO customers (code, name) VALUES ('x', 'X')", "UPDATE racks SET name = name || 'x'"}) {
        auto w = db::exec(*db, QString::fromLatin1(sql));
        QVERIFY2(!w.ok(), sql);
        QCOMPARE(w.error().sqlState, QStringLiteral("42501"));
        QVERIFY(w.error().message.contains(QStringLiteral("Permission denied")));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), before);
    db->close();
    QSqlDatabase::removeDatabase(QStringLiteral("viewer"));
}

void TstSchema::techCanMoveButNotEditCustomers()
{
    QVERIFY(m_db->createRole(QStringLiteral("tech_schema"), QStringLiteral("hostdeck_tech")));
    {
        auto db = db::open(m_db->as(QStringLiteral("tech_schema")), QStringLiteral("tech"));
        QVERIFY(db.ok());
        DcimRepository repo(*db);
        auto dev = repo.device(0, QStringLiteral("web-2"));
        QVERIFY(dev.ok());
        Placement to = dev->placement;
        to.uStart = to.uEnd = 6;
        QVERIFY(repo.moveDevice(dev->id, to).ok());
        auto actor = db::exec(*db, QStringLiteral("SELECT actor FROM activity_log ORDER BY id DESC LIMIT 1"));
        QVERIFY(actor.ok() && actor->next());
        QCOMPARE(actor->value(0).toString(), QStringLiteral("tech_schema"));
        auto cust = db::exec(*db, QStringLiteral("INSERT INTO customers (code, name) VALUES ('c1', 'C1')"));
        QVERIFY(!cust.ok());
        QCOMPARE(cust.error().sqlState, QStringLiteral("42501"));
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tech"));
}

// A decoy that differs only in case is refused, so a look-up by name (lower(name) = lower(:name)) has
// at most one answer; the same for racks.
void TstSchema::namesAreUniqueWithoutCase()
{
    QVERIFY(insertDevice(QStringLiteral("fra1-a01-srv05"), QStringLiteral("R650"), QStringLiteral("R1"), 38)
                .isValid());
    m_lastError.clear();
    QVERIFY(!insertDevice(QStringLiteral("FRA1-A01-SRV05"), QStringLiteral("R650"), QStringLiteral("R1"), 39)
                 .isValid());
    QVERIFY2(m_lastError.contains(QLatin1String("names are compared without case")), qPrintable(m_lastError));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices WHERE lower(name) = 'fra1-a01-srv05'")),
             qint64(1));
    QSqlDatabase db = m_db->connection();
    auto rename =
        db::exec(db, QStringLiteral("UPDATE devices SET name = 'R1' WHERE name = 'fra1-a01-srv05'"));
    QVERIFY(rename.ok()); // devices and racks are named apart
    auto rack =
        db::exec(db, QStringLiteral("INSERT INTO racks (location_id, name, u_height) SELECT location_id, "
                                    "'r1', 42 FROM racks WHERE name = 'R1'"));
    QVERIFY(!rack.ok());
    QVERIFY2(rack.error().message.contains(QLatin1String("Another rack already has that name")),
             qPrintable(rack.error().message));
}

QTEST_GUILESS_MAIN(TstSchema)
#include "tst_schema.moc"
