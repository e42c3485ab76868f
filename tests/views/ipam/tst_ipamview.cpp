// SPDX-License-Identifier: GPL-3.0-or-later
// The address-space page inside the main window over a real database:
// Ctrl+2 opens it; expanding the tree and allocating the next free /N from the
// context menu (the dialog answered programmatically) shows in the tree and
// in the database; the allocator's refusal is shown; Enter opens the IP map
// of a /24 with a few allocations (cell states, tooltips); an address's
// reverse DNS name set from the map; filters and the VLAN list; a second
// console's allocation shows up live.
#include "core/changelistener.h"
#include "core/database.h"
#include "core/workerpool.h"
#include "ipam/ipamview.h"
#include "ipam/ipmapwidget.h"
#include "ipam/prefixfilterproxy.h"
#include "ipam/prefixtreemodel.h"
#include "ipam/subnetallocator.h"
#include "ipam/vlanmodel.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace hostdeck;

class TstIpamView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrl2OpensTheAddressSpace();
    void contextMenuAllocatesTheNextFreeBlock();
    void allocatorRefusalIsShown();
    void enterOpensTheIpMap();
    void reverseDnsFromTheMap();
    void filtersAndVlanList();
    void secondConsoleAllocationShowsUp();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    QModelIndex proxyIndex(const QString &cidr, const QModelIndex &parent = {});
    QModelIndex expandTo(const QStringList &path);
    template <typename Dialog> Dialog *waitForDialog(const QString &name);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<MainWindow> m_window;
    IpamView *m_ipam = nullptr;
};

qint64 TstIpamView::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QModelIndex TstIpamView::proxyIndex(const QString &cidr, const QModelIndex &parent)
{
    QAbstractItemModel *model = m_ipam->treeView()->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex i = model->index(row, 0, parent);
        if (i.data(PrefixTreeModel::CidrRole).toString() == cidr)
            return i;
    }
    return {};
}

// Expands the tree along `path` (CIDRs from a root down) and returns the last one.
QModelIndex TstIpamView::expandTo(const QStringList &path)
{
    QModelIndex parent;
    for (const QString &cidr : path) {
        QModelIndex found;
        (void)QTest::qWaitFor(
            [&] {
                found = proxyIndex(cidr, parent);
                return found.isValid();
            },
            30000);
        if (!found.isValid())
            return {};
        if (&cidr != &path.constLast())
            m_ipam->treeView()->expand(found);
        parent = found;
    }
    return parent;
}

template <typename Dialog> Dialog *TstIpamView::waitForDialog(const QString &name)
{
    Dialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_ipam->findChild<Dialog *>(name);
            return dialog && dialog->isVisible();
        },
        5000);
    return dialog;
}

void TstIpamView::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_ipamview"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-TST', 'Test site'),"
        " ('site', 'US-TST', 'Other site');"
        "INSERT INTO customers (code, name) VALUES ('ACME', 'Acme Hosting'), ('GLOBEX', 'Globex');"
        "INSERT INTO vlans (location_id, vid, name) SELECT id, 100, 'public' FROM locations WHERE code = "
        "'EU-TST';"
        "INSERT INTO vlans (location_id, vid, name) SELECT id, 200, 'storage' FROM locations WHERE code = "
        "'EU-TST';"
        "INSERT INTO vlans (location_id, vid, name) SELECT id, 300, 'public' FROM locations WHERE code = "
        "'US-TST';"
        "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, watts)"
        " VALUES ('Dell', 'R650', 'server', 1, true, 450);"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'web-01' FROM device_types;")));

    // 198.51.100.0/22 in EU-TST: the first /24 with a few addresses, the last /24 parked.
    QSqlDatabase db = m_db->connection();
    SubnetAllocator allocator(db);
    NewSubnet pool;
    pool.cidr = Cidr::parse(QStringLiteral("198.51.100.0/22")).value();
    pool.locationId = scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'EU-TST'"));
    QVERIFY(allocator.addSubnet(pool));
    QVERIFY(allocator.split(pool.cidr, 24));
    QVERIFY(allocator.setUnavailable(Cidr::parse(QStringLiteral("198.51.103.0/24")).value(), true));
    NewSubnet us;
    us.cidr = Cidr::parse(QStringLiteral("203.0.113.0/24")).value();
    us.locationId = scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'US-TST'"));
    QVERIFY(allocator.addSubnet(us));
    NewSubnet v6;
    v6.cidr = Cidr::parse(QStringLiteral("2001:db8::/48")).value();
    QVERIFY(allocator.addSubnet(v6));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO ip_addresses (subnet_id, address, purpose, customer_id, device_id, rdns)"
        " SELECT s.id, '198.51.100.10', 'primary', c.id, d.id, 'web-01.example.net' FROM subnets s, "
        "customers c,"
        " devices d WHERE s.cidr = '198.51.100.0/24' AND c.code = 'ACME' AND d.name = 'web-01';"
        "INSERT INTO ip_addresses (subnet_id, address, purpose, device_id) SELECT s.id, '198.51.100.20',"
        " 'management', d.id FROM subnets s, devices d WHERE s.cidr = '198.51.100.0/24' AND d.name = "
        "'web-01';"
        "INSERT INTO ip_addresses (subnet_id, address, purpose, device_id) SELECT s.id, '198.51.100.21', "
        "'bmc',"
        " d.id FROM subnets s, devices d WHERE s.cidr = '198.51.100.0/24' AND d.name = 'web-01';"
        "INSERT INTO ip_addresses (subnet_id, address, purpose, is_unavailable) SELECT s.id, '198.51.100.30',"
        " 'reserved', true FROM subnets s WHERE s.cidr = '198.51.100.0/24';")));

    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 2);
    m_listener = std::make_unique<ChangeListener>(m_db->settings(), 1000);
    QSignalSpy listening(m_listener.get(), &ChangeListener::listening);
    m_listener->start();
    QVERIFY(listening.wait(10000));
    m_window = std::make_unique<MainWindow>(m_pool.get(), m_listener.get(), QStringLiteral("test database"));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_ipam = m_window->ipamView();
    QVERIFY(m_ipam);
}

void TstIpamView::cleanupTestCase()
{
    m_window.reset();
    m_listener.reset();
    m_pool.reset();
}

void TstIpamView::ctrl2OpensTheAddressSpace()
{
    QCOMPARE(m_window->centralTabs()->currentWidget(), m_window->rackView());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_window->centralTabs()->currentWidget(), m_ipam);
    QTRY_COMPARE_WITH_TIMEOUT(m_ipam->treeView()->model()->rowCount(), 3, 30000);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_window->centralTabs()->currentWidget(), m_window->rackView());
    m_window->showAddressSpacePage();
    QCOMPARE(m_window->centralTabs()->currentWidget(), m_ipam);
}

void TstIpamView::contextMenuAllocatesTheNextFreeBlock()
{
    QTreeView *tree = m_ipam->treeView();
    const QModelIndex second =
        expandTo({QStringLiteral("198.51.100.0/22"), QStringLiteral("198.51.101.0/24")});
    QVERIFY(second.isValid());
    QTRY_VERIFY(tree->isExpanded(second.parent()));

    // The context menu offers the action for the row under the mouse.
    tree->scrollTo(second);
    const QPoint at = tree->visualRect(second).center();
    emit tree->customContextMenuRequested(at);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_ipam->findChild<QMenu *>(QStringLiteral("prefixMenu"))) && menu->isVisible());
    QCOMPARE(tree->currentIndex(), second);
    auto *allocate = m_ipam->findChild<QAction *>(QStringLiteral("allocateAction"));
    QVERIFY(allocate && menu->actions().contains(allocate) && allocate->isEnabled());
    menu->close();

    allocate->trigger();
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("allocateDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->intMinimum(), 24);
    dialog->setIntValue(26);
    dialog->accept();

    // The database holds a /26 of 198.51.101.0/24, allocated; the tree shows it under the /24.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral(
            "SELECT count(*) FROM subnets WHERE cidr <<= '198.51.101.0/24' AND masklen(cidr) = 26"
            " AND allocation_status = 'allocated'")),
        1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_ipam->lastMessage().contains(QStringLiteral("198.51.101.0/26")), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(second.data(PrefixTreeModel::StatusRole).toString(),
                              QStringLiteral("subdivided"), 30000);
    // Split down by halves: /24 > /25 > /26.
    const QModelIndex allocated =
        expandTo({QStringLiteral("198.51.100.0/22"), QStringLiteral("198.51.101.0/24"),
                  QStringLiteral("198.51.101.0/25"), QStringLiteral("198.51.101.0/26")});
    QVERIFY(allocated.isValid());
    QCOMPARE(allocated.data(PrefixTreeModel::StatusRole).toString(), QStringLiteral("allocated"));
    QTRY_VERIFY(second.data(PrefixTreeModel::UtilisationRole).toDouble() > 0.24);
}

void TstIpamView::allocatorRefusalIsShown()
{
    QTreeView *tree = m_ipam->treeView();
    const QModelIndex parked =
        expandTo({QStringLiteral("198.51.100.0/22"), QStringLiteral("198.51.103.0/24")});
    QVERIFY(parked.isValid());
    QVERIFY(parked.data(PrefixTreeModel::ParkedRole).toBool());
    tree->setCurrentIndex(parked);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM subnets"));
    m_ipam->findChild<QAction *>(QStringLiteral("allocateAction"))->trigger();
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("allocateDialog"));
    QVERIFY(dialog);
    dialog->setIntValue(28);
    dialog->accept();
    auto *message = m_ipam->findChild<QLabel *>(QStringLiteral("ipamMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("failed")), 30000);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("198.51.103.0/24")), qPrintable(message->text()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subnets")), before);
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("failed")));
}

void TstIpamView::enterOpensTheIpMap()
{
    QTreeView *tree = m_ipam->treeView();
    const QModelIndex first =
        expandTo({QStringLiteral("198.51.100.0/22"), QStringLiteral("198.51.100.0/24")});
    QVERIFY(first.isValid());
    tree->setFocus();
    tree->setCurrentIndex(first);
    QTest::keyClick(tree, Qt::Key_Return);
    IpMapWidget *map = m_ipam->ipMap();
    QTRY_COMPARE_WITH_TIMEOUT(map->cellCount(), 256, 30000);
    QCOMPARE(map->subnet().toString(), QStringLiteral("198.51.100.0/24"));
    using S = IpMapWidget::CellState;
    QCOMPARE(map->cellState(0), S::Network);
    QCOMPARE(map->cellState(1), S::Gateway);
    QCOMPARE(map->cellState(255), S::Broadcast);
    QCOMPARE(map->cellState(2), S::Free);
    QCOMPARE(map->cellState(10), S::Allocated);
    QCOMPARE(map->cellState(20), S::Management);
    QCOMPARE(map->cellState(21), S::Bmc);
    QCOMPARE(map->cellState(30), S::Parked);
    QVERIFY(IpMapWidget::colour(S::Free) != IpMapWidget::colour(S::Allocated));
    QVERIFY(IpMapWidget::colour(S::Management) != IpMapWidget::colour(S::Bmc));
    const QString tip = map->cellToolTip(10);
    QVERIFY2(tip.contains(QStringLiteral("198.51.100.10")) && tip.contains(QStringLiteral("ACME")) &&
                 tip.contains(QStringLiteral("web-01")) && tip.contains(QStringLiteral("web-01.example.net")),
             qPrintable(tip));
    // The rendered grid uses the state colours.
    const QImage image = map->grab().toImage();
    QCOMPARE(QColor(image.pixel(map->cellRect(10).topLeft() + QPoint(1, 1))),
             IpMapWidget::colour(S::Allocated));
    QCOMPARE(QColor(image.pixel(map->cellRect(2).topLeft() + QPoint(1, 1))), IpMapWidget::colour(S::Free));

    // A parked /24 is parked throughout; a larger subnet shows its first 256 addresses.
    tree->setCurrentIndex(proxyIndex(QStringLiteral("198.51.103.0/24"), first.parent()));
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(map->subnet().toString(), QStringLiteral("198.51.103.0/24"), 30000);
    QTRY_COMPARE(map->cellState(5), S::Parked);
    m_ipam->showMap(first.parent());
    QTRY_COMPARE_WITH_TIMEOUT(map->subnet().toString(), QStringLiteral("198.51.100.0/22"), 30000);
    QTRY_COMPARE(map->cellCount(), 1024);
    QCOMPARE(map->cellState(0), S::Network);
    QCOMPARE(map->cellState(10), S::Allocated);
    QCOMPARE(map->cellState(1023), S::Parked); // the parked last /24
    QCOMPARE(IpMapWidget::rangeFor(Cidr::parse(QStringLiteral("10.0.0.0/16")).value()).toString(),
             QStringLiteral("10.0.0.0/24"));
    QCOMPARE(IpMapWidget::rangeFor(Cidr::parse(QStringLiteral("2001:db8::/48")).value()).toString(),
             QStringLiteral("2001:db8::/120"));
}

void TstIpamView::reverseDnsFromTheMap()
{
    QTreeView *tree = m_ipam->treeView();
    const QModelIndex first =
        expandTo({QStringLiteral("198.51.100.0/22"), QStringLiteral("198.51.100.0/24")});
    tree->setCurrentIndex(first);
    m_ipam->showMap(first);
    IpMapWidget *map = m_ipam->ipMap();
    QTRY_COMPARE_WITH_TIMEOUT(map->cellCount(), 256, 30000);
    QTRY_COMPARE(map->subnet().toString(), QStringLiteral("198.51.100.0/24"));

    // A click on the address opens its menu.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(10).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_ipam->findChild<QMenu *>(QStringLiteral("addressMenu"))) && menu->isVisible());
    auto *rdns = m_ipam->findChild<QAction *>(QStringLiteral("rdnsAction"));
    QVERIFY(rdns && rdns->isEnabled() && menu->actions().contains(rdns));
    QVERIFY(!m_ipam->findChild<QAction *>(QStringLiteral("parkAddressAction"))->isEnabled());
    menu->close();
    rdns->trigger();
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("rdnsDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("web-01.example.net"));
    dialog->setTextValue(QStringLiteral("www.example.net"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE address = '198.51.100.10'"
                              " AND rdns = 'www.example.net' AND rdns_updated_at IS NOT NULL")),
        1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(map->cellToolTip(10).contains(QStringLiteral("www.example.net")), 30000);

    // A bad name is refused with the reason, and nothing changes.
    m_ipam->setMapCell(10);
    rdns->trigger();
    dialog = waitForDialog<QInputDialog>(QStringLiteral("rdnsDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("not a host name!"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_ipam->lastMessage().contains(QStringLiteral("failed")), 30000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE rdns = 'www.example.net'")), 1);

    // Park a free address from the map.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(40).center());
    QTRY_VERIFY((menu = m_ipam->findChild<QMenu *>(QStringLiteral("addressMenu"))) && menu->isVisible());
    auto *park = m_ipam->findChild<QAction *>(QStringLiteral("parkAddressAction"));
    QVERIFY(park->isEnabled() && !rdns->isEnabled()); // a free address has no name to set
    menu->close();
    park->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral(
            "SELECT count(*) FROM ip_addresses WHERE address = '198.51.100.40' AND is_unavailable")),
        1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(map->cellState(40), IpMapWidget::CellState::Parked, 30000);
}

void TstIpamView::filtersAndVlanList()
{
    QAbstractItemModel *model = m_ipam->treeView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(m_ipam->vlanModel()->rowCount(), 3, 30000);
    QComboBox *family = m_ipam->familyFilter();
    family->setCurrentIndex(family->findData(6));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("2001:db8::/48"));
    family->setCurrentIndex(family->findData(4));
    QCOMPARE(model->rowCount(), 2);
    family->setCurrentIndex(0);

    QComboBox *location = m_ipam->locationFilter();
    QTRY_VERIFY_WITH_TIMEOUT(location->count() >= 3, 30000);
    location->setCurrentIndex(
        location->findData(scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'US-TST'"))));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("203.0.113.0/24"));
    QCOMPARE(m_ipam->vlanModel()->rowCount(), 1);
    QCOMPARE(m_ipam->vlanModel()->index(0, VlanModel::VidColumn).data().toInt(), 300);
    location->setCurrentIndex(
        location->findData(scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'EU-TST'"))));
    QCOMPARE(m_ipam->vlanModel()->rowCount(), 2);
    location->setCurrentIndex(0);

    QComboBox *status = m_ipam->statusFilter();
    status->setCurrentIndex(status->findData(int(PrefixFilterProxy::StatusFilter::Parked)));
    const QModelIndex pool = proxyIndex(QStringLiteral("198.51.100.0/22"));
    QVERIFY(pool.isValid());
    QVERIFY(proxyIndex(QStringLiteral("198.51.103.0/24"), pool).isValid());
    QVERIFY(!proxyIndex(QStringLiteral("198.51.102.0/24"), pool).isValid());
    QVERIFY(!proxyIndex(QStringLiteral("203.0.113.0/24")).isValid());
    status->setCurrentIndex(0);
    m_ipam->vlanFilter()->setValue(100);
    QVERIFY(!proxyIndex(QStringLiteral("198.51.100.0/22")).isValid());
    m_ipam->vlanFilter()->setValue(0);
    QCOMPARE(model->rowCount(), 3);
}

void TstIpamView::secondConsoleAllocationShowsUp()
{
    const QModelIndex third =
        expandTo({QStringLiteral("198.51.100.0/22"), QStringLiteral("198.51.102.0/24")});
    QVERIFY(third.isValid());
    QCOMPARE(third.data(PrefixTreeModel::StatusRole).toString(), QStringLiteral("unallocated"));
    // Another console (its own connection) assigns the /24 to GLOBEX.
    QSqlDatabase db = m_db->connection(QStringLiteral("second"));
    SubnetAllocator other(db);
    QVERIFY(other.assignCustomer(Cidr::parse(QStringLiteral("198.51.102.0/24")).value(),
                                 scalar(QStringLiteral("SELECT id FROM customers WHERE code = 'GLOBEX'"))));
    QTRY_COMPARE_WITH_TIMEOUT(third.siblingAtColumn(PrefixTreeModel::CustomerColumn).data().toString(),
                              QStringLiteral("GLOBEX"), 30000);
    QCOMPARE(third.data(PrefixTreeModel::StatusRole).toString(), QStringLiteral("allocated"));
    // An address allocated elsewhere raises the /24's utilisation and shows in its open map.
    m_ipam->showMap(proxyIndex(QStringLiteral("198.51.100.0/24"), third.parent()));
    QTRY_COMPARE_WITH_TIMEOUT(m_ipam->ipMap()->subnet().toString(), QStringLiteral("198.51.100.0/24"), 30000);
    QTRY_COMPARE(m_ipam->ipMap()->cellCount(), 256);
    AddressRequest request;
    request.filter.family = 4;
    request.filter.pools = {Cidr::parse(QStringLiteral("198.51.100.0/24")).value()};
    auto got = other.allocateAddresses(request);
    QVERIFY2(got, got ? "" : qPrintable(got.error().message));
    const int cell = int(got->addresses.first().address.network() - m_ipam->ipMap()->subnet().network());
    QTRY_COMPARE_WITH_TIMEOUT(m_ipam->ipMap()->cellState(cell), IpMapWidget::CellState::Allocated, 30000);
}

QTEST_MAIN(TstIpamView)
#include "tst_ipamview.moc"
