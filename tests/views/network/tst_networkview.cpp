// SPDX-License-Identifier: GPL-3.0-or-later
// The Network page inside the main window over a real database: Ctrl+3 opens
// it (and the rack docks make room, coming back with Ctrl+1 also after the
// address-space page); the device list grouped by kind and filtered; a
// switch opens its ports, a patch panel the panel view, a device without
// ports says why; a device selected on the Racks page is shown by Ctrl+3;
// "Trace cable…" opens the trace dialog; another console's new sample and
// new port show up live with the selection kept.
#include "cabling/patchpanelview.h"
#include "core/changelistener.h"
#include "core/database.h"
#include "core/workerpool.h"
#include "dcim/rackelevationscene.h"
#include "ipam/ipamview.h"
#include "network/networkview.h"
#include "network/portsmodel.h"
#include "network/portsview.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace hostdeck;

class TstNetworkView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrl3OpensTheNetworkPage();
    void devicesAreGroupedAndFiltered();
    void switchPanelAndOtherDevices();
    void racksSelectionThenCtrl3();
    void traceOpensTheDialog();
    void liveRefreshKeepsTheSelection();

private:
    qint64 scalar(const QString &sql);
    QStringList visibleTree() const;
    bool waitForPorts(qint64 deviceId);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<MainWindow> m_window;
    NetworkView *m_network = nullptr;
    qint64 m_switch = 0;
};

qint64 TstNetworkView::scalar(const QString &sql)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

// "Group/device" for every row the tree shows.
QStringList TstNetworkView::visibleTree() const
{
    QStringList rows;
    QAbstractItemModel *model = m_network->deviceTree()->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r)
            rows << group.data().toString() + QLatin1Char('/') + model->index(r, 0, group).data().toString();
    }
    return rows;
}

bool TstNetworkView::waitForPorts(qint64 deviceId)
{
    return QTest::qWaitFor(
        [&] {
            PortsView *ports = m_network->portsView();
            return m_network->stack()->currentWidget() == ports && ports->deviceId() == deviceId &&
                   ports->model()->rowCount() > 0 && ports->model()->port(0)->deviceId == deviceId;
        },
        15000);
}

void TstNetworkView::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_networkview"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    const qint64 base = QDateTime::currentSecsSinceEpoch() / 300 * 300;
    QVERIFY(m_db->superExec(
        QStringLiteral(
            "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-NET', 'Net site');"
            "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-NET-R1', 'Room 1' "
            " FROM locations WHERE code = 'EU-NET';"
            "INSERT INTO racks (location_id, name, position, u_height, power_budget_kw) SELECT id, 'N1', 1, "
            "42, 4 "
            " FROM locations WHERE code = 'EU-NET-R1';"
            "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
            " ('Arista', '7050', 'switch', 1), ('Dell', 'R650', 'server', 1), ('Generic', 'PP24', "
            "'patch-panel', 1),"
            " ('APC', 'AP8941', 'pdu', 0);"
            "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, 'sw-fra1-r01', "
            "r.id, "
            " 42, 42 FROM device_types t, racks r WHERE t.model = '7050';"
            "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, 'pp-fra1-r01', "
            "r.id, "
            " 41, 41 FROM device_types t, racks r WHERE t.model = 'PP24';"
            "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, n, r.id, u, u "
            " FROM device_types t, racks r, (VALUES ('web-01', 10), ('web-02', 11)) v(n, u) WHERE t.model = "
            "'R650';"
            "INSERT INTO devices (device_type_id, name) SELECT id, 'pdu-a' FROM device_types WHERE model = "
            "'AP8941';"
            "INSERT INTO ports (device_id, name, kind, if_index, speed_bps, admin_status, oper_status) "
            " SELECT id, 'Gi1/0/' || i, 'switch', i, 1000000000, 'up', 'up' FROM devices, generate_series(1, "
            "12) i "
            " WHERE name = 'sw-fra1-r01';"
            "INSERT INTO ports (device_id, name, kind) SELECT id, 'eth0', 'nic' FROM devices WHERE name = "
            "'web-01';"
            "INSERT INTO ports (device_id, name, kind) SELECT id, 'R1', 'patch-rear' FROM devices "
            " WHERE name = 'pp-fra1-r01';"
            "INSERT INTO ports (device_id, name, kind, rear_port_id) SELECT d.id, 'F1', 'patch-front', r.id "
            " FROM devices d JOIN ports r ON r.device_id = d.id AND r.name = 'R1' WHERE d.name = "
            "'pp-fra1-r01';"
            "INSERT INTO cables (port_a, port_b, type) SELECT a.id, b.id, 'Cat6' FROM ports a, ports b "
            " WHERE a.name = 'Gi1/0/12' AND b.name = 'R1';"
            "INSERT INTO cables (port_a, port_b, type) SELECT a.id, b.id, 'Cat6' FROM ports a, ports b "
            " WHERE a.name = 'F1' AND b.name = 'eth0';"
            "INSERT INTO device_snmp (device_id, address, community) SELECT id, '127.0.0.1', 'public' "
            " FROM devices WHERE name = 'sw-fra1-r01';"
            "INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) SELECT p.id, to_timestamp(%1 - i "
            "* "
            "300), 3750000, 7500000 FROM ports p, generate_series(1, 20) i WHERE p.name = 'Gi1/0/12';")
            .arg(base)));
    m_switch = scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'sw-fra1-r01'"));

    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 2);
    m_listener = std::make_unique<ChangeListener>(m_db->settings(), 1000);
    QSignalSpy listening(m_listener.get(), &ChangeListener::listening);
    m_listener->start();
    QVERIFY(listening.wait(10000));
    m_window = std::make_unique<MainWindow>(m_pool.get(), m_listener.get(), QStringLiteral("test database"));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_network = m_window->networkView();
    QVERIFY(m_network);
}

void TstNetworkView::cleanupTestCase()
{
    m_window.reset();
    m_listener.reset();
    m_pool.reset();
}

void TstNetworkView::ctrl3OpensTheNetworkPage()
{
    QTabWidget *tabs = m_window->centralTabs();
    QCOMPARE(tabs->currentWidget(), m_window->rackView());
    QCOMPARE(tabs->tabText(tabs->indexOf(m_network)), QStringLiteral("&Network"));
    QCOMPARE(tabs->indexOf(m_network), 2);
    auto *navigation = m_window->findChild<QDockWidget *>(QStringLiteral("navigationDock"));
    QVERIFY(navigation);
    QVERIFY(navigation->isVisible());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("showNetworkAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));

    QSignalSpy loaded(m_network, &NetworkView::devicesLoaded);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_network);
    QVERIFY(m_network->isVisible());
    QVERIFY(!navigation->isVisible()); // the rack docks make room
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(15000));

    // Via the address-space page and back: the docks come back with the racks.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_window->ipamView());
    QVERIFY(!navigation->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_network);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_window->rackView());
    QVERIFY(navigation->isVisible());
    m_window->showNetworkPage();
    QCOMPARE(tabs->currentWidget(), m_network);
}

void TstNetworkView::devicesAreGroupedAndFiltered()
{
    QVERIFY(QTest::qWaitFor(
        [&] { return !m_network->isLoading() && m_network->deviceModel()->rowCount() > 0; }, 15000));
    // web-02 has no ports: not listed.
    QCOMPARE(visibleTree(),
             (QStringList{QStringLiteral("Switches/sw-fra1-r01"), QStringLiteral("Patch panels/pp-fra1-r01"),
                          QStringLiteral("PDUs/pdu-a"), QStringLiteral("Servers/web-01")}));
    m_network->filterField()->setText(QStringLiteral("FRA1"));
    QCOMPARE(visibleTree(), (QStringList{QStringLiteral("Switches/sw-fra1-r01"),
                                         QStringLiteral("Patch panels/pp-fra1-r01")}));
    m_network->filterField()->setText(QStringLiteral("nothing like this"));
    QVERIFY(visibleTree().isEmpty());
    m_network->filterField()->clear();
    QCOMPARE(visibleTree().size(), 4);
}

void TstNetworkView::switchPanelAndOtherDevices()
{
    // Clicking the switch in the tree opens its ports.
    QTreeView *tree = m_network->deviceTree();
    const QModelIndex switches = tree->model()->index(0, 0);
    const QModelIndex sw = tree->model()->index(0, 0, switches);
    QCOMPARE(sw.data().toString(), QStringLiteral("sw-fra1-r01"));
    tree->scrollTo(sw);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(sw).center());
    QVERIFY(waitForPorts(m_switch));
    QCOMPARE(m_network->currentDeviceId(), m_switch);
    QCOMPARE(m_network->portsView()->model()->rowCount(), 12);

    // A patch panel opens the panel view.
    const qint64 panel = scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'pp-fra1-r01'"));
    m_network->showDevice(panel);
    QCOMPARE(m_network->stack()->currentWidget(), m_network->patchPanelView());
    QCOMPARE(m_network->patchPanelView()->deviceId(), panel);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("pp-fra1-r01"));

    // A device with no ports says so.
    m_network->showDevice(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'web-02'")));
    QCOMPARE(m_network->stack()->currentWidget(), m_network->placeholder());
    QVERIFY(m_network->placeholder()->text().contains(QStringLiteral("no ports")));
    QCOMPARE(m_network->currentDeviceId(), qint64(0));
}

void TstNetworkView::racksSelectionThenCtrl3()
{
    QTabWidget *tabs = m_window->centralTabs();
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_window->rackView());
    QSignalSpy rackLoaded(m_window.get(), &MainWindow::rackDataLoaded);
    m_window->showRack(scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'N1'")));
    QVERIFY(QTest::qWaitFor([&] { return m_window->scene()->device(m_switch).has_value(); }, 15000));
    m_window->scene()->selectDevice(m_switch);
    QCOMPARE(m_window->scene()->selectedDeviceId(), m_switch);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_network);
    QVERIFY(waitForPorts(m_switch));
    QCOMPARE(m_network->deviceTree()->currentIndex().data().toString(), QStringLiteral("sw-fra1-r01"));

    // Ctrl+3 while already on the page keeps what it shows.
    m_network->showDevice(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'web-01'")));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_network->deviceTree()->currentIndex().data().toString(), QStringLiteral("web-01"));
}

void TstNetworkView::traceOpensTheDialog()
{
    m_network->showDevice(m_switch);
    QVERIFY(waitForPorts(m_switch));
    PortsView *ports = m_network->portsView();
    const qint64 port = scalar(QStringLiteral("SELECT id FROM ports WHERE name = 'Gi1/0/12'"));
    QVERIFY(ports->selectPort(port));
    QCOMPARE(ports->model()->index(ports->model()->rowOf(port), PortsModel::FarEndColumn).data().toString(),
             QStringLiteral("web-01 eth0"));
    ports->traceAction()->trigger();
    QDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            dialog = m_network->findChild<QDialog *>(QStringLiteral("cableTraceDialog"));
            return dialog && dialog->isVisible();
        },
        5000));
    dialog->close();
}

void TstNetworkView::liveRefreshKeepsTheSelection()
{
    m_network->showDevice(m_switch);
    QVERIFY(waitForPorts(m_switch));
    PortsView *ports = m_network->portsView();
    const qint64 port = scalar(QStringLiteral("SELECT id FROM ports WHERE name = 'Gi1/0/5'"));
    QVERIFY(ports->selectPort(port));
    QVERIFY(ports->model()->port(ports->model()->rowOf(port))->inBps == std::nullopt);

    // Another console: the poller writes a sample, a technician adds a port.
    QVERIFY(m_db->superExec(
        QStringLiteral(
            "INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) VALUES (%1, "
            "to_timestamp(%2), 37500000, 0);"
            "INSERT INTO ports (device_id, name, kind, if_index) VALUES (%3, 'Gi1/0/13', 'switch', 13);")
            .arg(port)
            .arg(QDateTime::currentSecsSinceEpoch() / 300 * 300)
            .arg(m_switch)));
    QVERIFY(QTest::qWaitFor([&] { return ports->model()->rowCount() == 13; }, 15000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int row = ports->model()->rowOf(port);
            return row >= 0 && ports->model()->port(row)->inBps.has_value();
        },
        15000));
    QCOMPARE(ports->model()->index(ports->model()->rowOf(port), PortsModel::InColumn).data().toString(),
             QStringLiteral("1.00 Mbit/s"));
    QVERIFY(ports->currentPort());
    QCOMPARE(ports->currentPort()->id, port);
}

QTEST_MAIN(TstNetworkView)
#include "tst_networkview.moc"
