// SPDX-License-Identifier: GPL-3.0-or-later
// The prefix tree model over a real database: QAbstractItemModelTester while
// pages arrive, lazy loading of a /8 holding 65,536 /24s (the first page only),
// the filter proxy, and the live refresh applying splits, merges and
// assignments made on another connection.
#include "core/database.h"
#include "core/workerpool.h"
#include "ipam/ipamfront.h"
#include "ipam/prefixfilterproxy.h"
#include "ipam/prefixtreemodel.h"
#include "ipam/subnetallocator.h"
#include "ipam/vlanmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTreeView>
#include <QtTest>

using namespace hostdeck;

namespace {
// An upper bound, not a measure: under AddressSanitizer with the model tester
// checking every insertion, a page of the /8 on a busy machine takes tens of seconds.
constexpr int kWait = 120000;
} // namespace

class TstPrefixTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void rootsLoadUnderTheTester();
    void slashEightOpensWithTheFirstPageOnly();
    void treeViewExpandFetchesOnePage();
    void columnsShowInheritedLocationAndUtilisation();
    void filtersByFamilyLocationVlanAndStatus();
    void refreshAppliesSplitMergeAndAssignment();
    void vlanModelPassesTheTester();

private:
    qint64 scalar(const QString &sql);
    QModelIndex waitForChild(PrefixTreeModel &model, const QModelIndex &parent, const QString &cidr);
    QModelIndex findChild(QAbstractItemModel &model, const QModelIndex &parent, const QString &cidr);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<IpamFront> m_service;
};

qint64 TstPrefixTreeModel::scalar(const QString &sql)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, {});
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QModelIndex TstPrefixTreeModel::findChild(QAbstractItemModel &model, const QModelIndex &parent,
                                          const QString &cidr)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        if (i.data(PrefixTreeModel::CidrRole).toString() == cidr)
            return i;
    }
    return {};
}

QModelIndex TstPrefixTreeModel::waitForChild(PrefixTreeModel &model, const QModelIndex &parent,
                                             const QString &cidr)
{
    QModelIndex found;
    (void)QTest::qWaitFor(
        [&] {
            found = findChild(model, parent, cidr);
            return found.isValid();
        },
        kWait);
    return found;
}

void TstPrefixTreeModel::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_prefixtree"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-TST', 'Test site'),"
        " ('site', 'US-TST', 'Other site');"
        "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-TST-R1', 'Room 1'"
        " FROM locations WHERE code = 'EU-TST';"
        "INSERT INTO customers (code, name) VALUES ('ACME', 'Acme Hosting');"
        "INSERT INTO vlans (location_id, vid, name) SELECT id, 100, 'public' FROM locations WHERE code = "
        "'EU-TST';"
        "INSERT INTO vlans (location_id, vid, name, enabled) SELECT id, 200, 'storage', false"
        " FROM locations WHERE code = 'EU-TST';"
        "INSERT INTO vlans (location_id, vid, name) SELECT id, 100, 'public' FROM locations WHERE code = "
        "'US-TST';"
        // Test set-up only: 65,536 /24s under a /8 in one statement. session_replication_role = replica
        // skips the per-row triggers (tree check, change notification), which makes this take a second
        // instead of minutes; the rows are consistent by construction. Reset at once.
        "SET session_replication_role = replica;"
        "INSERT INTO subnets (cidr, ip_version, allocation_status, location_id)"
        " SELECT '10.0.0.0/8', 4, 'subdivided', id FROM locations WHERE code = 'US-TST';"
        "INSERT INTO subnets (parent_id, cidr, ip_version)"
        " SELECT p.id, set_masklen('10.0.0.0'::inet + g * 256, 24)::cidr, 4"
        " FROM subnets p, generate_series(0, 65535) g WHERE p.cidr = '10.0.0.0/8';"
        "SET session_replication_role = DEFAULT;")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets WHERE masklen(cidr) = 24")), 65536);

    // A small pool built through the allocator: 192.168.0.0/16 in EU-TST on VLAN 100, split into
    // /18s; the first /18 split again into /20s, one assigned to ACME, one parked; an IPv6 /32.
    QSqlDatabase db = m_db->connection();
    SubnetAllocator allocator(db);
    NewSubnet pool;
    pool.cidr = Cidr::parse(QStringLiteral("192.168.0.0/16")).value();
    pool.locationId = scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'EU-TST'"));
    pool.vlanId = scalar(QStringLiteral("SELECT v.id FROM vlans v JOIN locations l ON l.id = v.location_id"
                                        " WHERE v.vid = 100 AND l.code = 'EU-TST'"));
    QVERIFY(allocator.addSubnet(pool));
    QVERIFY(allocator.split(pool.cidr, 18));
    QVERIFY(allocator.split(Cidr::parse(QStringLiteral("192.168.0.0/18")).value(), 20));
    QVERIFY(allocator.assignCustomer(Cidr::parse(QStringLiteral("192.168.0.0/20")).value(),
                                     scalar(QStringLiteral("SELECT id FROM customers WHERE code = 'ACME'"))));
    QVERIFY(allocator.setUnavailable(Cidr::parse(QStringLiteral("192.168.16.0/20")).value(), true));
    NewSubnet v6;
    v6.cidr = Cidr::parse(QStringLiteral("2001:db8::/32")).value();
    QVERIFY(allocator.addSubnet(v6));

    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 2);
    m_service = std::make_unique<IpamFront>(m_pool.get());
}

void TstPrefixTreeModel::cleanupTestCase()
{
    m_service.reset();
    m_pool.reset();
}

void TstPrefixTreeModel::rootsLoadUnderTheTester()
{
    PrefixTreeModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &PrefixTreeModel::pageLoaded);
    // The tester itself asks for the roots (fetchMore on the invisible root); one request at a time.
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWait);
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.first().first().value<QModelIndex>(), QModelIndex());
    QCOMPARE(pages.first().at(2).toInt(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("10.0.0.0/8"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("192.168.0.0/16"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("2001:db8::/32"));
    QVERIFY(model.hasChildren(model.index(0, 0)));
    QVERIFY(!model.hasChildren(model.index(2, 0)));
    QVERIFY(!model.canFetchMore({}));
}

void TstPrefixTreeModel::slashEightOpensWithTheFirstPageOnly()
{
    PrefixTreeModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const QModelIndex eight = waitForChild(model, {}, QStringLiteral("10.0.0.0/8"));
    QVERIFY(eight.isValid());
    QCOMPARE(eight.data(PrefixTreeModel::TotalChildrenRole).toInt(), 65536);
    QVERIFY(model.hasChildren(eight));
    if (model.canFetchMore(eight))
        model.fetchMore(eight);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(eight), model.pageSize(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWait);
    QCOMPARE(model.rowCount(eight), model.pageSize());
    QVERIFY(model.rowCount(eight) < 65536);
    QVERIFY(model.canFetchMore(eight));
    QCOMPARE(model.index(0, 0, eight).data().toString(), QStringLiteral("10.0.0.0/24"));
    QCOMPARE(model.index(1, 0, eight).data().toString(), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(model.indexForId(model.index(1, 0, eight).data(PrefixTreeModel::IdRole).toLongLong()),
             model.index(1, 0, eight));

    // The next page continues where the first ended (the tester checks every insertion).
    model.fetchMore(eight);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(eight), 2 * model.pageSize(), kWait);
    QCOMPARE(model.index(model.pageSize(), 0, eight).data().toString(),
             Cidr::fromParts(4, (uint128(10) << 24) + (uint128(model.pageSize()) << 8), 24).toString());
    // Inherited location: the /24s have none of their own.
    QCOMPARE(model.index(0, PrefixTreeModel::LocationColumn, eight).data().toString(),
             QStringLiteral("US-TST (inherited)"));
}

void TstPrefixTreeModel::treeViewExpandFetchesOnePage()
{
    PrefixTreeModel model(m_service.get());
    QTreeView view;
    view.setModel(&model);
    model.attachView(&view);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.reload();
    const QModelIndex eight = waitForChild(model, {}, QStringLiteral("10.0.0.0/8"));
    QVERIFY(eight.isValid());
    view.expand(eight);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(eight) > 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWait);
    QTest::qWait(300); // the view would ask for more now if it were going to
    QCOMPARE(model.rowCount(eight), model.pageSize());
    QVERIFY(model.canFetchMore(eight));
    // Scrolling to the end of the loaded children asks for the next page.
    const int loaded = model.rowCount(eight);
    view.scrollTo(model.index(loaded - 1, 0, eight), QAbstractItemView::PositionAtBottom);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(eight) > loaded, kWait);
}

void TstPrefixTreeModel::columnsShowInheritedLocationAndUtilisation()
{
    PrefixTreeModel model(m_service.get());
    model.reload();
    const QModelIndex pool = waitForChild(model, {}, QStringLiteral("192.168.0.0/16"));
    QVERIFY(pool.isValid());
    QCOMPARE(pool.siblingAtColumn(PrefixTreeModel::LocationColumn).data().toString(),
             QStringLiteral("EU-TST"));
    QCOMPARE(pool.siblingAtColumn(PrefixTreeModel::VlanColumn).data().toString(), QStringLiteral("100"));
    QCOMPARE(pool.siblingAtColumn(PrefixTreeModel::StatusColumn).data().toString(),
             QStringLiteral("subdivided"));
    // One /20 of 16 allocated: 1/16 of the /16.
    QCOMPARE(pool.data(PrefixTreeModel::UtilisationRole).toDouble(), 1.0 / 16);
    model.fetchMore(pool);
    const QModelIndex first18 = waitForChild(model, pool, QStringLiteral("192.168.0.0/18"));
    QVERIFY(first18.isValid());
    QCOMPARE(first18.siblingAtColumn(PrefixTreeModel::LocationColumn).data().toString(),
             QStringLiteral("EU-TST (inherited)"));
    QVERIFY(
        first18.siblingAtColumn(PrefixTreeModel::LocationColumn).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(
        !pool.siblingAtColumn(PrefixTreeModel::LocationColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(first18.siblingAtColumn(PrefixTreeModel::VlanColumn).data().toString(),
             QStringLiteral("100 (inherited)"));
    model.fetchMore(first18);
    const QModelIndex acme = waitForChild(model, first18, QStringLiteral("192.168.0.0/20"));
    const QModelIndex parked = waitForChild(model, first18, QStringLiteral("192.168.16.0/20"));
    QVERIFY(acme.isValid() && parked.isValid());
    QCOMPARE(acme.siblingAtColumn(PrefixTreeModel::CustomerColumn).data().toString(), QStringLiteral("ACME"));
    QCOMPARE(acme.siblingAtColumn(PrefixTreeModel::StatusColumn).data().toString(),
             QStringLiteral("allocated"));
    QCOMPARE(acme.siblingAtColumn(PrefixTreeModel::UtilisationColumn).data().toString(),
             QStringLiteral("100 %"));
    QCOMPARE(parked.siblingAtColumn(PrefixTreeModel::StatusColumn).data().toString(),
             QStringLiteral("unallocated, parked"));
    QVERIFY(parked.data(PrefixTreeModel::ParkedRole).toBool());

    // IPv6 utilisation is counted in /64s (tooltip says so).
    const QModelIndex v6 = waitForChild(model, {}, QStringLiteral("2001:db8::/32"));
    QVERIFY(v6.data(Qt::ToolTipRole).toString().contains(QStringLiteral("/64")));
}

void TstPrefixTreeModel::filtersByFamilyLocationVlanAndStatus()
{
    PrefixTreeModel model(m_service.get());
    PrefixFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const QModelIndex pool = waitForChild(model, {}, QStringLiteral("192.168.0.0/16"));
    QVERIFY(pool.isValid());
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setFamily(6);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("2001:db8::/32"));
    proxy.setFamily(4);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFamily(0);

    const qint64 eu = scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'EU-TST'"));
    const qint64 room = scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'EU-TST-R1'"));
    proxy.setLocations({eu, room});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("192.168.0.0/16"));
    QVERIFY(!proxy.index(0, 0).data(Qt::ForegroundRole).isValid());
    proxy.setLocations({});

    proxy.setVlan(100);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("192.168.0.0/16"));
    proxy.setVlan(999);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setVlan(0);

    // With a status filter, a container whose children are not all loaded (the /8) stays,
    // greyed: expanding it finds out. The IPv6 leaf goes.
    proxy.setStatus(PrefixFilterProxy::StatusFilter::Allocated);
    QVERIFY(findChild(proxy, {}, QStringLiteral("10.0.0.0/8")).data(Qt::ForegroundRole).isValid());
    QVERIFY(!findChild(proxy, {}, QStringLiteral("2001:db8::/32")).isValid());
    proxy.setStatus(PrefixFilterProxy::StatusFilter::Any);

    // Status: allocated space inside the pool shows with the containers leading to it.
    model.fetchMore(pool);
    const QModelIndex first18 = waitForChild(model, pool, QStringLiteral("192.168.0.0/18"));
    model.fetchMore(first18);
    QVERIFY(waitForChild(model, first18, QStringLiteral("192.168.16.0/20")).isValid());
    proxy.setStatus(PrefixFilterProxy::StatusFilter::Allocated);
    const QModelIndex proxyPool = findChild(proxy, {}, QStringLiteral("192.168.0.0/16"));
    QVERIFY(proxyPool.isValid());
    QCOMPARE(proxy.rowCount(proxyPool), 1);
    const QModelIndex proxy18 = proxy.index(0, 0, proxyPool);
    QCOMPARE(proxy.rowCount(proxy18), 1);
    QCOMPARE(proxy.index(0, 0, proxy18).data().toString(), QStringLiteral("192.168.0.0/20"));
    QVERIFY(!proxy.index(0, 0, proxy18).data(Qt::ForegroundRole).isValid()); // a match, not greyed
    QVERIFY(proxy18.data(Qt::ForegroundRole).isValid());                     // a container, greyed

    proxy.setStatus(PrefixFilterProxy::StatusFilter::Parked);
    const QModelIndex parkedPool = findChild(proxy, {}, QStringLiteral("192.168.0.0/16"));
    QVERIFY(parkedPool.isValid());
    const QModelIndex parked18 = proxy.index(0, 0, parkedPool);
    QCOMPARE(proxy.rowCount(parked18), 1);
    QCOMPARE(proxy.index(0, 0, parked18).data().toString(), QStringLiteral("192.168.16.0/20"));
    proxy.setStatus(PrefixFilterProxy::StatusFilter::Any);
    QCOMPARE(proxy.rowCount(), 3);
}

void TstPrefixTreeModel::refreshAppliesSplitMergeAndAssignment()
{
    PrefixTreeModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const QModelIndex pool = waitForChild(model, {}, QStringLiteral("192.168.0.0/16"));
    model.fetchMore(pool);
    QPersistentModelIndex last18 = waitForChild(model, pool, QStringLiteral("192.168.192.0/18"));
    QVERIFY(last18.isValid());
    QCOMPARE(model.rowCount(last18), 0);

    // Another console splits the /18: its row turns subdivided and the children appear.
    QSqlDatabase db = m_db->connection(QStringLiteral("second"));
    SubnetAllocator other(db);
    const Cidr cidr18 = Cidr::parse(QStringLiteral("192.168.192.0/18")).value();
    auto children = other.split(cidr18, 19);
    QVERIFY2(children, children ? "" : qPrintable(children.error().message));
    QList<qint64> changed{last18.data(PrefixTreeModel::IdRole).toLongLong()};
    for (const SubnetNode &n : *children)
        changed << n.id;
    QSignalSpy applied(&model, &PrefixTreeModel::refreshApplied);
    model.refreshChanged(changed, {});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(last18), 2, kWait);
    QCOMPARE(last18.data(PrefixTreeModel::StatusRole).toString(), QStringLiteral("subdivided"));
    QCOMPARE(model.index(1, 0, last18).data().toString(), QStringLiteral("192.168.224.0/19"));

    // An assignment shows the customer, and the ancestors' utilisation follows.
    const double before = pool.data(PrefixTreeModel::UtilisationRole).toDouble();
    QVERIFY(other.assignCustomer(Cidr::parse(QStringLiteral("192.168.224.0/19")).value(),
                                 scalar(QStringLiteral("SELECT id FROM customers WHERE code = 'ACME'"))));
    model.refreshChanged({children->at(1).id}, {});
    QTRY_COMPARE_WITH_TIMEOUT(model.index(1, PrefixTreeModel::CustomerColumn, last18).data().toString(),
                              QStringLiteral("ACME"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(pool.data(PrefixTreeModel::UtilisationRole).toDouble() > before, kWait);

    // Released and merged back: the children go, the /18 is a leaf again.
    QVERIFY(other.assignCustomer(Cidr::parse(QStringLiteral("192.168.224.0/19")).value(), std::nullopt));
    auto merged = other.mergeWithSibling(Cidr::parse(QStringLiteral("192.168.192.0/19")).value());
    QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
    model.refreshChanged(changed, {});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(last18), 0, kWait);
    QCOMPARE(last18.data(PrefixTreeModel::StatusRole).toString(), QStringLiteral("unallocated"));
    QVERIFY(!model.hasChildren(last18));
    QVERIFY(!model.indexForId(children->at(0).id).isValid());
}

void TstPrefixTreeModel::vlanModelPassesTheTester()
{
    VlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto vlans = m_service->vlans(std::nullopt);
    vlans.waitForFinished();
    QVERIFY(vlans.result());
    model.setVlans(*vlans.result());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, VlanModel::LocationColumn).data().toString(), QStringLiteral("EU-TST"));
    QCOMPARE(model.index(1, VlanModel::VidColumn).data().toInt(), 200);
    QCOMPARE(model.index(1, VlanModel::EnabledColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    const qint64 us = scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'US-TST'"));
    auto usOnly = m_service->vlans(us);
    usOnly.waitForFinished();
    model.setVlans(*usOnly.result());
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TstPrefixTreeModel)
#include "tst_prefixtreemodel.moc"
