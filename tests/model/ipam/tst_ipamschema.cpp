// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 0002 (IPAM) against a real PostgreSQL: what the database itself
// refuses, with the sentence the operator sees, and what it derives
// (effective location, activity log, privileges).
#include "core/database.h"
#include "testdatabase.h"

#include <QtTest>

using namespace hostdeck;

class TstIpamSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hostBitsRefused();
    void prefixRangeRefused();
    void rootsMustNotOverlap();
    void siblingsMustNotOverlap();
    void childOutsideParentRefused();
    void treeMustTile();
    void onlyTheFunctionsWriteTheProvisioningLog();
    void familyMismatchRefused();
    void ipVersionMustMatch();
    void parentMustBeSubdivided();
    void subdividedIsNotAllocated();
    void cidrIsImmutable();
    void addressRules();
    void effectiveLocationCascades();
    void activityIsLogged();
    void ipamConfigShape();
    void privileges();

private:
    Result<QSqlQuery> run(const QString &sql);
    QString failure(const QString &sql);
    qint64 scalar(const QString &sql);

    std::unique_ptr<test::TestDatabase> m_db;
};

void TstIpamSchema::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("ipamschema"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(
        QStringLiteral("INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-FRA', 'Frankfurt'), "
                       "('site', 'EU-AMS', 'Amsterdam');"
                       "INSERT INTO customers (code, name) VALUES ('cust-1', 'Customer One');")));
}

Result<QSqlQuery> TstIpamSchema::run(const QString &sql)
{
    QSqlDatabase db = m_db->connection();
    return db::exec(db, sql);
}

// The operator-facing message of a statement that must fail; empty when it succeeded.
QString TstIpamSchema::failure(const QString &sql)
{
    auto q = run(sql);
    return q.ok() ? QString() : q.error().message;
}

qint64 TstIpamSchema::scalar(const QString &sql)
{
    auto q = run(sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

void TstIpamSchema::hostBitsRefused()
{
    const QString message =
        failure(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('10.0.0.1/8', 4)"));
    QVERIFY2(message.contains(QStringLiteral("host bits must be zero")), qPrintable(message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets")), 0);
}

void TstIpamSchema::prefixRangeRefused()
{
    QString message =
        failure(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('0.0.0.0/0', 4)"));
    QVERIFY2(message.contains(QStringLiteral("/8 to /32")), qPrintable(message));
    message = failure(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('2000::/8', 6)"));
    QVERIFY2(message.contains(QStringLiteral("/12 to /128")), qPrintable(message));
    // The database refuses IPv4-mapped IPv6 space, whoever asks (psql too), inside or around it.
    for (const char *mapped : {"::ffff:192.0.2.0/120", "::/64"}) {
        message = failure(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('%1', 6)")
                              .arg(QLatin1String(mapped)));
        QVERIFY2(message.contains(QStringLiteral("IPv4-mapped")), qPrintable(message));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets")), 0);
}

void TstIpamSchema::rootsMustNotOverlap()
{
    QVERIFY(run(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('10.0.0.0/16', 4)")).ok());
    QString message =
        failure(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('10.0.128.0/17', 4)"));
    QVERIFY2(message.contains(QStringLiteral("overlaps another subnet")), qPrintable(message));
    // The same CIDR again: refused as an overlap at the same level.
    message = failure(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('10.0.0.0/16', 4)"));
    QVERIFY2(message.contains(QStringLiteral("already exists")) ||
                 message.contains(QStringLiteral("overlaps another subnet")),
             qPrintable(message));
    // IPv6 space never overlaps IPv4 space.
    QVERIFY(run(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('2001:db8::/32', 6)")).ok());
    QVERIFY(run(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('10.1.0.0/16', 4)")).ok());
}

void TstIpamSchema::siblingsMustNotOverlap()
{
    // One transaction (a multi-statement query): the children must cover the parent when it commits.
    QVERIFY2(
        m_db->superExec(QStringLiteral(
            "UPDATE subnets SET allocation_status = 'subdivided' WHERE cidr = '10.0.0.0/16';"
            "INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, '10.0.0.0/17', 4 FROM subnets "
            "WHERE cidr = '10.0.0.0/16';"
            "INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, '10.0.128.0/17', 4 FROM subnets "
            "WHERE cidr = '10.0.0.0/16';")),
        qPrintable(m_db->error()));
    const QString message = failure(
        QStringLiteral("INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, '10.0.64.0/18', 4 "
                       "FROM subnets WHERE cidr = '10.0.0.0/16'"));
    QVERIFY2(message.contains(QStringLiteral("overlaps another subnet")), qPrintable(message));
    // Nesting under the wrong parent is an overlap with the sibling that holds it.
    const QString nested = failure(
        QStringLiteral("INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, '10.0.0.0/24', 4 "
                       "FROM subnets WHERE cidr = '10.0.0.0/16'"));
    QVERIFY2(nested.contains(QStringLiteral("overlaps another subnet")), qPrintable(nested));
}

void TstIpamSchema::childOutsideParentRefused()
{
    const QString message = failure(
        QStringLiteral("INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, '10.1.0.0/24', 4 "
                       "FROM subnets WHERE cidr = '10.0.0.0/17'"));
    QVERIFY2(message.contains(QStringLiteral("10.1.0.0/24 lies outside its parent 10.0.0.0/17")),
             qPrintable(message));
    // A child equal to its parent is not strictly inside.
    QVERIFY(!m_db->superExec(
        QStringLiteral("UPDATE subnets SET allocation_status = 'subdivided' WHERE cidr = '10.1.0.0/16';"
                       "INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, '10.1.0.0/16', 4 "
                       "FROM subnets WHERE cidr = '10.1.0.0/16';")));
    QVERIFY2(m_db->error().contains(QLatin1String("outside its parent")), qPrintable(m_db->error()));
}

// The children of a subdivided subnet cover it: a hole punched by a plain DELETE, or a subdivided
// subnet left without children, is refused when the transaction commits, and nothing changes.
void TstIpamSchema::treeMustTile()
{
    QString message = failure(QStringLiteral("DELETE FROM subnets WHERE cidr = '10.0.128.0/17'"));
    QVERIFY2(message.contains(QStringLiteral("32768 of its 65536 addresses")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("hostdeck ipam repair")), qPrintable(message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE cidr = '10.0.128.0/17'")), 1);
    message = failure(QStringLiteral("UPDATE subnets SET allocation_status = 'subdivided' WHERE cidr = "
                                     "'10.1.0.0/16'"));
    QVERIFY2(message.contains(QStringLiteral("no longer cover it")), qPrintable(message));
    // Replacing a child by its two halves in one transaction is fine.
    QVERIFY2(m_db->superExec(QStringLiteral(
                 "INSERT INTO subnets (cidr, ip_version) VALUES ('10.7.0.0/16', 4);"
                 "UPDATE subnets SET allocation_status = 'subdivided' WHERE cidr = '10.7.0.0/16';"
                 "INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, c, 4 FROM subnets, "
                 " unnest(ARRAY['10.7.0.0/17', '10.7.128.0/17']::cidr[]) c WHERE cidr = '10.7.0.0/16';")),
             qPrintable(m_db->error()));
    // A whole tree goes at once.
    QVERIFY2(m_db->superExec(QStringLiteral("DELETE FROM subnets WHERE cidr <<= '10.7.0.0/16';")),
             qPrintable(m_db->error()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE cidr <<= '10.7.0.0/16'")), 0);
}

// provisioning_logs are written only by the IPAM functions (schemas 0012, 0013), each row for a
// change that happened, naming the session's role and the time of writing.
void TstIpamSchema::onlyTheFunctionsWriteTheProvisioningLog()
{
    auto forged = run(QStringLiteral("INSERT INTO provisioning_logs (actor, at, event, success) VALUES "
                                     "('someone_else', '2001-01-01', 'ipam_allocate_subnet', true)"));
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().sqlState, QStringLiteral("42501"));

    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs"));
    QVERIFY(run(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('10.61.0.0/16', 4)")).ok());
    QVERIFY(run(QStringLiteral("SELECT ipam_park_subnet('10.61.0.0/16', true)")).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs")), before + 1);
    auto q = run(QStringLiteral("SELECT actor = session_user, at > now() - interval '1 hour', event, "
                                "detail ->> 'cidr' FROM provisioning_logs ORDER BY id DESC LIMIT 1"));
    QVERIFY(q && q->next());
    QVERIFY(q->value(0).toBool());
    QVERIFY(q->value(1).toBool());
    QCOMPARE(q->value(2).toString(), QStringLiteral("ipam_subnet_park"));
    QCOMPARE(q->value(3).toString(), QStringLiteral("10.61.0.0/16"));

    // A function refuses what its row would misstate, and writes nothing.
    auto notAllocated = run(QStringLiteral("SELECT ipam_release_subnet('10.61.0.0/16')"));
    QVERIFY(!notAllocated.ok());
    QCOMPARE(notAllocated.error().sqlState, QStringLiteral("22023"));
    auto noSuch = run(QStringLiteral("SELECT ipam_split_subnet('10.62.0.0/16', 17)"));
    QVERIFY(!noSuch.ok());
    QVERIFY2(noSuch.error().message.contains(QStringLiteral("there is no subnet 10.62.0.0/16")),
             qPrintable(noSuch.error().message));
    // Failure rows: only for the allocation events, only as failures.
    auto fakeRelease = run(QStringLiteral(
        "SELECT ipam_log_failure('ipam_release_subnet', NULL, NULL, '{\"cidr\": \"10.61.0.0/16\"}')"));
    QVERIFY(!fakeRelease.ok());
    QCOMPARE(fakeRelease.error().sqlState, QStringLiteral("22023"));
    QVERIFY(
        run(QStringLiteral(
                "SELECT ipam_log_failure('ipam_allocate_subnet', NULL, NULL, '{\"error\": \"no space\"}')"))
            .ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs")), before + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE id = (SELECT max(id) FROM "
                                   "provisioning_logs) AND NOT success AND subnet_id IS NULL")),
             1);
    // Even the superuser's own rows name the session, not what the row says.
    QVERIFY2(
        m_db->superExec(QStringLiteral("INSERT INTO provisioning_logs (actor, at, event, success) VALUES "
                                       "('someone_else', '2001-01-01', 'ipam_test', true)")),
        qPrintable(m_db->error()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provisioning_logs WHERE event = 'ipam_test' AND "
                                   "actor <> 'someone_else' AND at > now() - interval '1 hour'")),
             1);
    QVERIFY(run(QStringLiteral("DELETE FROM subnets WHERE cidr = '10.61.0.0/16'")).ok());
}

void TstIpamSchema::familyMismatchRefused()
{
    const QString message = failure(
        QStringLiteral("INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, '2001:db8::/48', 6 "
                       "FROM subnets WHERE cidr = '10.0.0.0/16'"));
    QVERIFY2(message.contains(QStringLiteral("is IPv6 but its parent 10.0.0.0/16 is IPv4")),
             qPrintable(message));
}

void TstIpamSchema::ipVersionMustMatch()
{
    const QString message =
        failure(QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('10.9.0.0/16', 6)"));
    QVERIFY2(message.contains(QStringLiteral("IP version does not match")), qPrintable(message));
}

void TstIpamSchema::parentMustBeSubdivided()
{
    const QString message = failure(
        QStringLiteral("INSERT INTO subnets (parent_id, cidr, ip_version) SELECT id, '2001:db8:1::/48', 6 "
                       "FROM subnets WHERE cidr = '2001:db8::/32'"));
    QVERIFY2(message.contains(QStringLiteral("not subdivided")), qPrintable(message));
    // A subnet with children cannot stop being subdivided.
    const QString back = failure(
        QStringLiteral("UPDATE subnets SET allocation_status = 'unallocated' WHERE cidr = '10.0.0.0/16'"));
    QVERIFY2(back.contains(QStringLiteral("must stay subdivided")), qPrintable(back));
}

void TstIpamSchema::subdividedIsNotAllocated()
{
    const QString message =
        failure(QStringLiteral("UPDATE subnets SET customer_id = (SELECT id FROM customers) "
                               "WHERE cidr = '10.0.0.0/16'"));
    QVERIFY2(message.contains(QStringLiteral("subdivided subnet cannot itself be allocated")),
             qPrintable(message));
    const QString unallocated =
        failure(QStringLiteral("UPDATE subnets SET customer_id = (SELECT id FROM customers) "
                               "WHERE cidr = '10.0.0.0/17'"));
    QVERIFY2(unallocated.contains(QStringLiteral("unallocated subnet cannot have")), qPrintable(unallocated));
    QVERIFY(run(QStringLiteral("UPDATE subnets SET allocation_status = 'allocated', customer_id = (SELECT id "
                               "FROM customers) "
                               "WHERE cidr = '10.0.0.0/17'"))
                .ok());
    QVERIFY(run(QStringLiteral("UPDATE subnets SET allocation_status = 'unallocated', customer_id = NULL "
                               "WHERE cidr = '10.0.0.0/17'"))
                .ok());
}

void TstIpamSchema::cidrIsImmutable()
{
    const QString message =
        failure(QStringLiteral("UPDATE subnets SET cidr = '10.0.0.0/18' WHERE cidr = '10.0.0.0/17'"));
    QVERIFY2(message.contains(QStringLiteral("cannot change")), qPrintable(message));
}

void TstIpamSchema::addressRules()
{
    const QString insertInto = QStringLiteral(
        "INSERT INTO ip_addresses (subnet_id, address) SELECT id, '%1' FROM subnets WHERE cidr = '%2'");
    QVERIFY(run(insertInto.arg(QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.0/17"))).ok());
    QString message = failure(insertInto.arg(QStringLiteral("10.0.200.1"), QStringLiteral("10.0.0.0/17")));
    QVERIFY2(message.contains(QStringLiteral("10.0.200.1 lies outside its subnet 10.0.0.0/17")),
             qPrintable(message));
    message = failure(insertInto.arg(QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.0/17")));
    QVERIFY2(message.contains(QStringLiteral("already in use")), qPrintable(message));
    message = failure(insertInto.arg(QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.0.0/17")));
    QVERIFY2(message.contains(QStringLiteral("single address")), qPrintable(message));
    message = failure(insertInto.arg(QStringLiteral("10.0.1.1"), QStringLiteral("10.0.0.0/16")));
    QVERIFY2(message.contains(QStringLiteral("subdivided")), qPrintable(message));
    // A subnet holding addresses cannot be subdivided.
    message = failure(
        QStringLiteral("UPDATE subnets SET allocation_status = 'subdivided' WHERE cidr = '10.0.0.0/17'"));
    QVERIFY2(message.contains(QStringLiteral("holds IP addresses")), qPrintable(message));
    message = failure(
        QStringLiteral("UPDATE ip_addresses SET rdns = 'not a host name' WHERE address = '10.0.0.10'"));
    QVERIFY2(message.contains(QStringLiteral("reverse DNS")), qPrintable(message));
    QVERIFY(
        run(QStringLiteral("UPDATE ip_addresses SET rdns = 'srv-1.example.net.' WHERE address = '10.0.0.10'"))
            .ok());
}

void TstIpamSchema::effectiveLocationCascades()
{
    QVERIFY(run(QStringLiteral(
                    "UPDATE subnets SET location_id = (SELECT id FROM locations WHERE code = 'EU-FRA') "
                    "WHERE cidr = '10.0.0.0/16'"))
                .ok());
    const QString effective = QStringLiteral(
        "SELECT l.code FROM subnets_effective e JOIN locations l ON l.id = e.effective_location_id "
        "WHERE e.cidr = '%1'");
    auto code = [&](const QString &cidr) {
        auto q = run(effective.arg(cidr));
        return q && q->next() ? q->value(0).toString() : QString();
    };
    QCOMPARE(code(QStringLiteral("10.0.128.0/17")), QStringLiteral("EU-FRA"));
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(*) FROM subnets_effective WHERE cidr = '10.0.128.0/17' AND location_inherited")),
        1);
    QVERIFY(run(QStringLiteral(
                    "UPDATE subnets SET location_id = (SELECT id FROM locations WHERE code = 'EU-AMS') "
                    "WHERE cidr = '10.0.0.0/17'"))
                .ok());
    // Moving the parent moves every descendant without a location of its own.
    QVERIFY(run(QStringLiteral(
                    "UPDATE subnets SET location_id = (SELECT id FROM locations WHERE code = 'EU-AMS') "
                    "WHERE cidr = '10.0.0.0/16'"))
                .ok());
    QCOMPARE(code(QStringLiteral("10.0.128.0/17")), QStringLiteral("EU-AMS"));
    QVERIFY(run(QStringLiteral(
                    "UPDATE subnets SET location_id = (SELECT id FROM locations WHERE code = 'EU-FRA') "
                    "WHERE cidr = '10.0.0.0/16'"))
                .ok());
    QCOMPARE(code(QStringLiteral("10.0.128.0/17")), QStringLiteral("EU-FRA"));
    QCOMPARE(code(QStringLiteral("10.0.0.0/17")), QStringLiteral("EU-AMS"));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM subnets_effective WHERE cidr = '10.0.0.0/17' AND location_inherited")),
             0);
}

void TstIpamSchema::activityIsLogged()
{
    const qint64 before =
        scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'subnets'"));
    QVERIFY(run(QStringLiteral("UPDATE subnets SET description = 'public pool' WHERE cidr = '10.0.0.0/16'"))
                .ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'subnets'")),
             before + 1);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM activity_log WHERE entity_type = 'subnets' AND action = 'update' "
                 "AND jsonb_exists(detail, 'description') AND actor = 'hostdeck_test_admin'")),
             1);
}

void TstIpamSchema::ipamConfigShape()
{
    QVERIFY(run(QStringLiteral(
                    "INSERT INTO products (name, ipam_config) VALUES ('Dedicated S', "
                    "'{\"mode\": \"full\", \"rules\": [{\"type\": \"ip\", \"family\": 4, \"count\": 1}, "
                    "{\"type\": \"subnet\", \"family\": 6, \"prefix_length\": 64, \"pool_subnets\": "
                    "[\"2001:db8::/32\"]}]}')"))
                .ok());
    QString message = failure(QStringLiteral(
        "INSERT INTO products (name, ipam_config) VALUES ('Bad', '{\"mode\": \"sometimes\"}')"));
    QVERIFY2(message.contains(QStringLiteral("IPAM configuration is malformed")), qPrintable(message));
    message = failure(QStringLiteral("INSERT INTO products (name, ipam_config) VALUES ('Bad', "
                                     "'{\"mode\": \"full\", \"rules\": [{\"type\": \"subnet\", \"family\": "
                                     "4, \"prefix_length\": 40}]}')"));
    QVERIFY2(message.contains(QStringLiteral("IPAM configuration is malformed")), qPrintable(message));
    message =
        failure(QStringLiteral("INSERT INTO products (name, ipam_config) VALUES ('Bad', "
                               "'{\"mode\": \"full\", \"rules\": [{\"type\": \"ip\", \"family\": 5}]}')"));
    QVERIFY2(message.contains(QStringLiteral("IPAM configuration is malformed")), qPrintable(message));
}

void TstIpamSchema::privileges()
{
    QVERIFY(m_db->createRole(QStringLiteral("ipam_reader"), QStringLiteral("hostdeck_readonly")));
    QVERIFY(m_db->createRole(QStringLiteral("ipam_tech"), QStringLiteral("hostdeck_tech")));
    {
        auto reader = db::open(m_db->as(QStringLiteral("ipam_reader")), QStringLiteral("ipam-reader"), false);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        QVERIFY(db::exec(*reader, QStringLiteral("SELECT count(*) FROM subnets_effective")).ok());
        QVERIFY(db::exec(*reader, QStringLiteral("SELECT count(*) FROM provisioning_logs")).ok());
        auto write = db::exec(*reader, QStringLiteral("UPDATE subnets SET description = 'x'"));
        QVERIFY(!write.ok());
        QVERIFY2(write.error().message.contains(QStringLiteral("Permission denied")),
                 qPrintable(write.error().message));

        auto tech = db::open(m_db->as(QStringLiteral("ipam_tech")), QStringLiteral("ipam-tech"), false);
        QVERIFY(tech.ok());
        // No one but the owner creates objects in public, so nobody can plant a function there that
        // the SECURITY DEFINER allocator (search_path = public, pg_temp) would call instead
        // (PostgreSQL 15's default for new databases; 0012 makes it so for upgraded ones too).
        const Status planted =
            db::execScript(*tech, QStringLiteral("CREATE FUNCTION public.masklen(cidr) RETURNS int"
                                                 " LANGUAGE sql AS 'SELECT 0'"));
        QVERIFY(!planted.ok());
        QCOMPARE(planted.error().sqlState, QStringLiteral("42501"));
        QVERIFY(db::exec(*tech,
                         QStringLiteral("INSERT INTO subnets (cidr, ip_version) VALUES ('172.16.0.0/12', 4)"))
                    .ok());
        QVERIFY(
            db::exec(*tech,
                     QStringLiteral(
                         "INSERT INTO vlans (location_id, vid, name) SELECT id, 102, 'public' FROM locations "
                         "WHERE code = 'EU-FRA'"))
                .ok());
        auto logged = db::exec(
            *tech,
            QStringLiteral("INSERT INTO provisioning_logs (event, success) VALUES ('ipam_test', true)"));
        QVERIFY(!logged.ok());
        QCOMPARE(logged.error().sqlState, QStringLiteral("42501"));
        QVERIFY(db::exec(*tech, QStringLiteral("SELECT ipam_park_subnet('172.16.0.0/12', true)")).ok());
        QVERIFY(!db::exec(*reader, QStringLiteral("SELECT ipam_park_subnet('172.16.0.0/12', false)")).ok());
        QVERIFY(!db::exec(*tech, QStringLiteral("DELETE FROM provisioning_logs")).ok());
        QVERIFY(!db::exec(*tech, QStringLiteral("UPDATE provisioning_logs SET success = false")).ok());
        // Billing owns products.
        QVERIFY(!db::exec(*tech, QStringLiteral("INSERT INTO products (name) VALUES ('Tech product')")).ok());
        auto vid = db::exec(
            *tech,
            QStringLiteral("INSERT INTO vlans (location_id, vid, name) SELECT id, 4095, 'x' FROM locations "
                           "WHERE code = 'EU-FRA'"));
        QVERIFY(!vid.ok());
        QVERIFY2(vid.error().message.contains(QStringLiteral("1 to 4094")), qPrintable(vid.error().message));
        auto dup = db::exec(
            *tech, QStringLiteral(
                       "INSERT INTO vlans (location_id, vid, name) SELECT id, 102, 'again' FROM locations "
                       "WHERE code = 'EU-FRA'"));
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().message.contains(QStringLiteral("already has a VLAN")),
                 qPrintable(dup.error().message));
        reader->close();
        tech->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ipam-reader"));
    QSqlDatabase::removeDatabase(QStringLiteral("ipam-tech"));
}

QTEST_GUILESS_MAIN(TstIpamSchema)
#include "tst_ipamschema.moc"
