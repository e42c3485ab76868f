// SPDX-License-Identifier: GPL-3.0-or-later
// The switch ports view over a real database: PortsModel checked by
// QAbstractItemModelTester (in-place updates and resets), sorting and
// filtering through the proxy; the sparkline delegate paints both
// directions (and nothing for no samples); live refresh keeps the selected
// port; the admin toggle with a fake SnmpPoller: confirmed -> setAdminStatus
// with the port's ifIndex and the device's target, and the database updated;
// declined -> nothing; a failing agent -> the error shown and the database
// unchanged; no SNMP settings or no poller -> disabled with the reason; the
// traffic chart's 95th percentile line equals PercentileRater's.
#include "core/changelistener.h"
#include "core/database.h"
#include "core/peerpool.h"
#include "core/workerpool.h"
#include "network/portsmodel.h"
#include "network/portsview.h"
#include "network/sparklinedelegate.h"
#include "network/trafficchart.h"
#include "telemetry/trafficrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QtTest>

using namespace hostdeck;

namespace {
/// Records setAdminStatus calls (from the worker thread) and answers as told.
class FakePoller : public SnmpPoller
{
public:
    struct Call
    {
        SnmpTarget target;
        int ifIndex = 0;
        bool up = false;
    };

    QList<SnmpPollResult> sweep(const QList<SnmpPollRequest> &) override { return {}; }
    Status setAdminStatus(const SnmpTarget &target, int ifIndex, bool up) override
    {
        QMutexLocker lock(&m_mutex);
        m_calls << Call{target, ifIndex, up};
        return m_answer;
    }
    QList<Call> calls()
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    void answer(Status s)
    {
        QMutexLocker lock(&m_mutex);
        m_answer = std::move(s);
    }

private:
    QMutex m_mutex;
    QList<Call> m_calls;
    Status m_answer;
};

PortRow makePort(qint64 id, const QString &name, double in)
{
    PortRow p;
    p.id = id;
    p.deviceId = 1;
    p.deviceName = QStringLiteral("sw-x");
    p.name = name;
    p.adminStatus = QStringLiteral("up");
    p.operStatus = QStringLiteral("down");
    p.inBps = in;
    p.outBps = in / 2;
    p.speedBps = 1000000000;
    return p;
}
} // namespace

class TstPortsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelIsConsistent();
    void sortAndFilter();
    void sparklineDelegatePaints();
    void formatting();
    void loadsPortsAndKeepsSelectionOnRefresh();
    void adminToggleConfirmed();
    void adminToggleDeclined();
    void adminToggleFailure();
    void toggleDisabledWithReason();
    void technicianWithoutNocIsRefused();
    void contextMenuAndTrace();
    void chartPercentileEqualsRater();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 portId(const QString &device, const QString &name);
    QString adminStatus(qint64 portId);
    QMessageBox *waitForConfirmation();
    bool showAndWait(qint64 deviceId);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<PeerPool> m_peers = std::make_unique<PeerPool>(2); // reset before m_pool: its jobs use it
    std::unique_ptr<PortsView> m_view;
    std::shared_ptr<FakePoller> m_poller;
    qint64 m_base = 0;
};

qint64 TstPortsView::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TstPortsView::portId(const QString &device, const QString &name)
{
    return scalar(QStringLiteral("SELECT p.id FROM ports p JOIN devices d ON d.id = p.device_id "
                                 "WHERE d.name = :d AND p.name = :p"),
                  {{QStringLiteral("d"), device}, {QStringLiteral("p"), name}});
}

QString TstPortsView::adminStatus(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, QStringLiteral("SELECT admin_status FROM ports WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q || !q->next())
        return {};
    return q->value(0).toString();
}

QMessageBox *TstPortsView::waitForConfirmation()
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmAdminStatus"));
            return box && box->isVisible();
        },
        5000);
    return box;
}

bool TstPortsView::showAndWait(qint64 deviceId)
{
    QSignalSpy loaded(m_view.get(), &PortsView::loaded);
    m_view->showDevice(deviceId);
    return loaded.isEmpty() && loaded.wait(15000);
}

void TstPortsView::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_portsview"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_base = QDateTime::currentSecsSinceEpoch() / 300 * 300;
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
        " ('Arista', '7050', 'switch', 1), ('Dell', 'R650', 'server', 1);"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'sw-01' FROM device_types WHERE model = "
        "'7050';"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'srv-01' FROM device_types WHERE model = "
        "'R650';"
        "INSERT INTO ports (device_id, name, kind, if_index, speed_bps, admin_status, oper_status) "
        " SELECT id, 'Ethernet' || i, 'switch', i + 100, 10000000000, 'up', 'up' FROM devices, "
        " generate_series(1, 3) i WHERE name = 'sw-01';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'mgmt0', 'switch' FROM devices WHERE name = "
        "'sw-01';"
        "INSERT INTO ports (device_id, name, kind, if_index) SELECT id, 'eth0', 'nic', 2 FROM devices "
        " WHERE name = 'srv-01';"
        "INSERT INTO cables (port_a, port_b, type) SELECT a.id, b.id, 'Cat6' FROM ports a, ports b "
        " WHERE a.name = 'Ethernet1' AND b.name = 'eth0';"
        "INSERT INTO device_snmp (device_id, address, port, community) "
        " SELECT id, '127.0.0.1', 16161, 'sw01-community' FROM devices WHERE name = 'sw-01';")));
    // Ethernet1: 400 samples, in = 1000 * (i + 1) bit/s, out = 500 bit/s.
    QVERIFY(
        m_db->superExec(QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) "
                                       "SELECT p.id, to_timestamp(%1 - i * 300), 37500 * (i + 1), 18750 "
                                       "FROM ports p, generate_series(0, 399) i WHERE p.name = 'Ethernet1';")
                            .arg(m_base)));
    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 2);
    m_poller = std::make_shared<FakePoller>();
    m_view = std::make_unique<PortsView>(m_pool.get(), m_peers.get());
    m_view->resize(1000, 700);
    m_view->setSnmpPoller(m_poller);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstPortsView::cleanupTestCase()
{
    m_view.reset();
    m_peers.reset(); // waits for a set-admin still in flight, which uses m_pool
    m_pool.reset();
}

void TstPortsView::modelIsConsistent()
{
    PortsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(PortsModel::ColumnCount));
    model.setPorts(
        {makePort(1, QStringLiteral("Gi1/0/1"), 5e6), makePort(2, QStringLiteral("Gi1/0/2"), 2e9)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, PortsModel::InColumn).data().toString(), QStringLiteral("2.00 Gbit/s"));
    QCOMPARE(model.index(0, PortsModel::SpeedColumn).data().toString(), QStringLiteral("1 Gbit/s"));
    QCOMPARE(model.index(0, PortsModel::AdminColumn).data().toString(), QStringLiteral("up"));
    QCOMPARE(model.index(0, PortsModel::OperColumn).data().toString(), QStringLiteral("down"));
    QCOMPARE(model.index(0, 0).data(PortsModel::PortIdRole).toLongLong(), qint64(1));
    QVERIFY(model.index(0, 0).data(PortsModel::AdminUpRole).toBool());
    QVERIFY(
        model.index(0, PortsModel::TrafficColumn).data(PortsModel::SparklineRole).canConvert<Sparkline>());
    QVERIFY(!model.index(0, PortsModel::NameColumn).data(PortsModel::SparklineRole).isValid());
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(99), -1);
    QVERIFY(model.port(5) == nullptr);

    // The same ports again: rows stay (no reset), the data changes.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    PortRow slower = makePort(2, QStringLiteral("Gi1/0/2"), 1500);
    model.setPorts({makePort(1, QStringLiteral("Gi1/0/1"), 5e6), slower});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(1, PortsModel::InColumn).data().toString(), QStringLiteral("1.50 kbit/s"));
    // Another set: a reset.
    model.setPorts({makePort(3, QStringLiteral("Gi1/0/3"), 0)});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(1), -1);
    QCOMPARE(model.rowOf(3), 0);
    PortRow cabled = makePort(4, QStringLiteral("Gi1/0/4"), 0);
    cabled.cabled = true;
    cabled.farPortId = 9;
    cabled.farDevice = QStringLiteral("srv-9");
    cabled.farPort = QStringLiteral("eth1");
    PortRow unknown = makePort(5, QStringLiteral("Gi1/0/5"), 0);
    unknown.inBps.reset();
    model.setPorts({cabled, unknown});
    QCOMPARE(model.index(0, PortsModel::FarEndColumn).data().toString(), QStringLiteral("srv-9 eth1"));
    QCOMPARE(model.index(1, PortsModel::FarEndColumn).data().toString(), QString());
    QCOMPARE(model.index(1, PortsModel::InColumn).data().toString(), QString());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstPortsView::sortAndFilter()
{
    PortsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PortsModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PortRow a = makePort(1, QStringLiteral("Gi1/0/2"), 900);  // 900 bit/s
    PortRow b = makePort(2, QStringLiteral("Gi1/0/10"), 2e6); // 2 Mbit/s
    PortRow c = makePort(3, QStringLiteral("Gi1/0/1"), 30e3); // 30 kbit/s
    c.alias = QStringLiteral("Uplink core");
    model.setPorts({a, b, c});
    // By rate, numerically (not "2.00 Mbit/s" < "30.0 kbit/s" < "900 bit/s" as text).
    proxy.sort(PortsModel::InColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, PortsModel::NameColumn).data().toString(), QStringLiteral("Gi1/0/10"));
    QCOMPARE(proxy.index(1, PortsModel::NameColumn).data().toString(), QStringLiteral("Gi1/0/1"));
    QCOMPARE(proxy.index(2, PortsModel::NameColumn).data().toString(), QStringLiteral("Gi1/0/2"));
    // By name: the repository's order (ifIndex), not text order.
    proxy.sort(PortsModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, PortsModel::NameColumn).data().toString(), QStringLiteral("Gi1/0/2"));
    QCOMPARE(proxy.index(2, PortsModel::NameColumn).data().toString(), QStringLiteral("Gi1/0/1"));
    proxy.setFilterFixedString(QStringLiteral("uplink"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(PortsModel::PortIdRole).toLongLong(), qint64(3));
    proxy.setFilterFixedString(QStringLiteral("no such port"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TstPortsView::sparklineDelegatePaints()
{
    const QDateTime to = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    Sparkline line{{}, to.addSecs(-86400), to};
    for (int i = 0; i < 288; ++i)
        line.points << TrafficRate{to.addSecs(-86400 + i * 300), 1000.0 * (i % 50), 60000.0};
    QStandardItemModel model(1, 2);
    model.setData(model.index(0, 0), QVariant::fromValue(line), PortsModel::SparklineRole);
    SparklineDelegate delegate(PortsModel::SparklineRole);
    QCOMPARE(delegate.sizeHint(QStyleOptionViewItem(), model.index(0, 0)).width() >= 120, true);

    auto render = [&](const QModelIndex &index) {
        QImage image(160, 30, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.state = QStyle::State_Enabled;
        delegate.paint(&painter, option, index);
        painter.end();
        return image;
    };
    // Pixels where the colour's dominant channel clearly wins (antialiasing blends with white).
    auto countNear = [](const QImage &image, const QColor &colour) {
        const bool wantGreen = colour.green() > colour.blue();
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (wantGreen ? (c.green() > c.red() + 30 && c.green() > c.blue() + 30)
                              : (c.blue() > c.red() + 30 && c.blue() > c.green() + 15))
                    ++n;
            }
        }
        return n;
    };
    const QImage drawn = render(model.index(0, 0));
    QVERIFY(countNear(drawn, SparklineDelegate::inColour()) > 50);
    QVERIFY(countNear(drawn, SparklineDelegate::outColour()) > 50);
    // The constant outbound rate, the peak, runs along the top.
    int topBlue = 0;
    for (int x = 10; x < 150; ++x) {
        for (int y = 0; y < 8; ++y) {
            const QColor c = drawn.pixelColor(x, y);
            if (c.blue() > c.red() + 30 && c.blue() > c.green() + 15) {
                ++topBlue;
                break;
            }
        }
    }
    QVERIFY(topBlue > 100);
    // No samples: nothing drawn.
    const QImage empty = render(model.index(0, 1));
    QCOMPARE(countNear(empty, SparklineDelegate::inColour()), 0);
    QCOMPARE(countNear(empty, SparklineDelegate::outColour()), 0);
}

void TstPortsView::formatting()
{
    QCOMPARE(formatRate(0), QStringLiteral("0 bit/s"));
    QCOMPARE(formatRate(999), QStringLiteral("999 bit/s"));
    QCOMPARE(formatRate(12500), QStringLiteral("12.5 kbit/s"));
    QCOMPARE(formatRate(3.2e6), QStringLiteral("3.20 Mbit/s"));
    QCOMPARE(formatRate(987e6), QStringLiteral("987 Mbit/s"));
    QCOMPARE(formatRate(9.87e9), QStringLiteral("9.87 Gbit/s"));
    QCOMPARE(formatRate(-1), QString());
    QCOMPARE(formatSpeed(100000000), QStringLiteral("100 Mbit/s"));
    QCOMPARE(formatSpeed(25000000000), QStringLiteral("25 Gbit/s"));
    QCOMPARE(formatSpeed(0), QString());
    QCOMPARE(rateUnitFor(5e8).name, QStringLiteral("Mbit/s"));
    QCOMPARE(rateUnitFor(5e8).divisor, 1e6);
    QCOMPARE(rateUnitFor(4e10).name, QStringLiteral("Gbit/s"));
}

void TstPortsView::loadsPortsAndKeepsSelectionOnRefresh()
{
    QVERIFY(showAndWait(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'sw-01'"))));
    QAbstractItemModelTester tester(m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_view->model()->rowCount(), 4);
    const PortsModel *model = m_view->model();
    QCOMPARE(model->port(0)->name, QStringLiteral("Ethernet1"));
    QCOMPARE(model->index(0, PortsModel::InColumn).data().toString(), QStringLiteral("1.00 kbit/s"));
    QCOMPARE(model->index(0, PortsModel::FarEndColumn).data().toString(), QStringLiteral("srv-01 eth0"));
    QVERIFY(model->port(0)->sparkline.size() >= 287);

    const qint64 e2 = portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet2"));
    QVERIFY(m_view->selectPort(e2));
    QCOMPARE(m_view->currentPort()->id, e2);

    // A sample arrives for Ethernet2 and its alias changes; the live refresh keeps the selection.
    QVERIFY(m_db->superExec(QStringLiteral("INSERT INTO traffic_samples (port_id, at, in_bytes, out_bytes) "
                                           "VALUES (%1, to_timestamp(%2), 375000000, 0);"
                                           "UPDATE ports SET alias = 'backup link' WHERE id = %1;")
                                .arg(e2)
                                .arg(m_base)));
    QSignalSpy loaded(m_view.get(), &PortsView::loaded);
    m_view->onChange(Change{QStringLiteral("traffic_samples"), 0, QStringLiteral("samples"), {}});
    m_view->onChange(Change{QStringLiteral("ports"), e2, QStringLiteral("update"), {}});
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(loaded.count(), 1); // both changes in one reload
    QVERIFY(m_view->currentPort());
    QCOMPARE(m_view->currentPort()->id, e2);
    QCOMPARE(m_view->currentPort()->alias, QStringLiteral("backup link"));
    const int row = model->rowOf(e2);
    QCOMPARE(model->index(row, PortsModel::InColumn).data().toString(), QStringLiteral("10.0 Mbit/s"));

    // Changes of other tables are ignored.
    loaded.clear();
    m_view->onChange(Change{QStringLiteral("subnets"), 1, QStringLiteral("update"), {}});
    QVERIFY(loaded.count() == 0 && !loaded.wait(600));

    // The filter narrows the table.
    m_view->filterField()->setText(QStringLiteral("backup"));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    m_view->filterField()->clear();
    QCOMPARE(m_view->proxy()->rowCount(), 4);
}

void TstPortsView::adminToggleConfirmed()
{
    const qint64 e1 = portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet1"));
    QVERIFY(m_view->selectPort(e1));
    QVERIFY(m_view->adminAction()->isEnabled());
    QCOMPARE(m_view->adminAction()->text(), QStringLiteral("Shut down port"));
    const int callsBefore = int(m_poller->calls().size());
    QSignalSpy finished(m_view.get(), &PortsView::adminStatusFinished);

    m_view->adminAction()->trigger();
    QMessageBox *box = waitForConfirmation();
    QVERIFY(box);
    QCOMPARE(
        box->text(),
        QStringLiteral("Shutting down Ethernet1 on sw-01 cuts off whatever is connected (srv-01 eth0)."));
    QVERIFY(box->informativeText().contains(QStringLiteral("ifIndex 101")));
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);

    const auto calls = m_poller->calls();
    QCOMPARE(calls.size(), callsBefore + 1);
    QCOMPARE(calls.last().ifIndex, 101);
    QCOMPARE(calls.last().up, false);
    QCOMPARE(calls.last().target.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(calls.last().target.port, 16161);
    QCOMPARE(calls.last().target.community, QStringLiteral("sw01-community"));
    QCOMPARE(adminStatus(e1), QStringLiteral("down"));
    QVERIFY(!m_view->lastMessageWasError());
    QCOMPARE(m_view->lastMessage(), QStringLiteral("Ethernet1 on sw-01 is shut down (admin down)."));

    // The table follows; the toggle now enables.
    QVERIFY(QTest::qWaitFor(
        [&] { return m_view->currentPort() && m_view->currentPort()->adminStatus == QLatin1String("down"); },
        15000));
    QCOMPARE(m_view->currentPort()->id, e1);
    QCOMPARE(m_view->adminAction()->text(), QStringLiteral("Enable port"));
    finished.clear();
    m_view->adminAction()->trigger();
    box = waitForConfirmation();
    QVERIFY(box);
    QVERIFY(box->text().startsWith(QStringLiteral("Enabling Ethernet1 on sw-01")));
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_poller->calls().last().up, true);
    QCOMPARE(adminStatus(e1), QStringLiteral("up"));
}

void TstPortsView::adminToggleDeclined()
{
    const qint64 e3 = portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet3"));
    QVERIFY(QTest::qWaitFor([&] { return !m_view->isBusy(); }, 15000));
    QVERIFY(m_view->selectPort(e3));
    const int callsBefore = int(m_poller->calls().size());
    QSignalSpy finished(m_view.get(), &PortsView::adminStatusFinished);
    m_view->toggleAdminStatus();
    QMessageBox *box = waitForConfirmation();
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(finished.count() == 0 && !finished.wait(800));
    QCOMPARE(m_poller->calls().size(), callsBefore);
    QCOMPARE(adminStatus(e3), QStringLiteral("up"));
}

void TstPortsView::adminToggleFailure()
{
    const qint64 e3 = portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet3"));
    QVERIFY(m_view->selectPort(e3));
    Error e;
    e.message = QStringLiteral("No answer from 127.0.0.1:16161 (SET ifAdminStatus.103) within 2 s.");
    m_poller->answer(e);
    QSignalSpy finished(m_view.get(), &PortsView::adminStatusFinished);
    QSignalSpy messages(m_view.get(), &PortsView::message);
    m_view->toggleAdminStatus();
    QMessageBox *box = waitForConfirmation();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_poller->calls().last().ifIndex, 103);
    QVERIFY(m_view->lastMessageWasError());
    QCOMPARE(m_view->lastMessage(),
             QStringLiteral("Could not shut down Ethernet3 on sw-01: No answer from 127.0.0.1:16161 "
                            "(SET ifAdminStatus.103) within 2 s."));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().at(1).toBool(), true);
    QCOMPARE(adminStatus(e3), QStringLiteral("up"));
    m_poller->answer(Status());
}

void TstPortsView::toggleDisabledWithReason()
{
    // A port without ifIndex.
    QVERIFY(m_view->selectPort(portId(QStringLiteral("sw-01"), QStringLiteral("mgmt0"))));
    QVERIFY(!m_view->adminAction()->isEnabled());
    QVERIFY(m_view->adminAction()->toolTip().contains(QStringLiteral("mgmt0 has no ifIndex")));
    // No poller in this console.
    QVERIFY(m_view->selectPort(portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet2"))));
    m_view->setSnmpPoller(nullptr);
    QVERIFY(!m_view->adminAction()->isEnabled());
    QCOMPARE(m_view->adminAction()->toolTip(), QStringLiteral("This console has no SNMP poller."));
    m_view->setSnmpPoller(m_poller);
    QVERIFY(m_view->adminAction()->isEnabled());

    // A device without SNMP settings: a server.
    QVERIFY(showAndWait(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'srv-01'"))));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QVERIFY(m_view->selectPort(portId(QStringLiteral("srv-01"), QStringLiteral("eth0"))));
    QVERIFY(!m_view->adminAction()->isEnabled());
    QCOMPARE(m_view->adminAction()->toolTip(),
             QStringLiteral("srv-01 has no SNMP settings, so its ports cannot be switched from here."));
    const int callsBefore = int(m_poller->calls().size());
    m_view->toggleAdminStatus(); // does nothing
    QVERIFY(!m_view->findChild<QMessageBox *>(QStringLiteral("confirmAdminStatus")));
    QCOMPARE(m_poller->calls().size(), callsBefore);
    QCOMPARE(m_view->model()->index(0, PortsModel::FarEndColumn).data().toString(),
             QStringLiteral("sw-01 Ethernet1"));
}

// A technician's console may see the ports but not read the community: the
// change is refused with the reason before the switch is touched.
void TstPortsView::technicianWithoutNocIsRefused()
{
    QVERIFY(m_db->createRole(QStringLiteral("ports_tech"), QStringLiteral("hostdeck_tech")));
    WorkerPool pool(m_db->as(QStringLiteral("ports_tech")), 1);
    PeerPool peers(1); // destroyed before pool
    PortsView view(&pool, &peers);
    view.setSnmpPoller(m_poller);
    view.show();
    QSignalSpy loaded(&view, &PortsView::loaded);
    view.showDevice(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'sw-01'")));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(15000));
    const qint64 e2 = portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet2"));
    QVERIFY(view.selectPort(e2));
    QVERIFY(view.adminAction()->isEnabled());
    const int callsBefore = int(m_poller->calls().size());
    QSignalSpy finished(&view, &PortsView::adminStatusFinished);
    view.toggleAdminStatus();
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            box = view.findChild<QMessageBox *>(QStringLiteral("confirmAdminStatus"));
            return box && box->isVisible();
        },
        5000));
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_poller->calls().size(), callsBefore);
    QVERIFY(view.lastMessageWasError());
    QVERIFY2(view.lastMessage().startsWith(QStringLiteral("Could not shut down Ethernet2 on sw-01: ")),
             qPrintable(view.lastMessage()));
    QVERIFY2(view.lastMessage().contains(QStringLiteral("hostdeck_noc")), qPrintable(view.lastMessage()));
    QCOMPARE(adminStatus(e2), QStringLiteral("up"));
}

void TstPortsView::contextMenuAndTrace()
{
    QVERIFY(showAndWait(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'sw-01'"))));
    const qint64 e1 = portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet1"));
    const QModelIndex index = m_view->proxy()->mapFromSource(
        m_view->model()->index(m_view->model()->rowOf(e1), PortsModel::AliasColumn));
    const QPoint pos = m_view->tableView()->visualRect(index).center();
    emit m_view->tableView()->customContextMenuRequested(pos);
    QMenu *menu = m_view->findChild<QMenu *>(QStringLiteral("portsContextMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(m_view->adminAction()));
    QVERIFY(menu->actions().contains(m_view->traceAction()));
    QCOMPARE(m_view->currentPort()->id, e1);
    menu->close();

    QSignalSpy trace(m_view.get(), &PortsView::traceRequested);
    m_view->traceAction()->trigger();
    QCOMPARE(trace.count(), 1);
    QCOMPARE(trace.first().first().toLongLong(), e1);
}

void TstPortsView::chartPercentileEqualsRater()
{
    const qint64 e1 = portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet1"));
    TrafficChart *chart = m_view->chart();
    QVERIFY(m_view->selectPort(e1));
    QVERIFY(QTest::qWaitFor(
        [&] { return chart->portId() == e1 && !chart->isLoading() && chart->percentile(); }, 15000));
    QCOMPARE(chart->period(), TrafficChart::Period::Last24Hours);

    auto expectedFor = [&](RateDirection direction) {
        QSqlDatabase db = m_db->connection();
        TrafficRepository repository(db);
        auto series = repository.series(e1, chart->from(), chart->to());
        return series ? PercentileRater().rate(*series, direction) : std::nullopt;
    };
    auto expected = expectedFor(RateDirection::In);
    QVERIFY(expected);
    // 288 samples in the last 24 hours: 14 dropped.
    QCOMPARE(expected->samples, qsizetype(288));
    QCOMPARE(chart->percentile()->bps, expected->bps);
    QVERIFY(expected->bps == 274000.0 || expected->bps == 275000.0);
    // The line is drawn at that value in the axis unit, and its value is in the legend.
    QCOMPARE(chart->unit().name, QStringLiteral("kbit/s"));
    QCOMPARE(chart->valueAxis()->titleText(), QStringLiteral("kbit/s"));
    const auto points = chart->percentileSeries()->points();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points[0].y() * chart->unit().divisor, expected->bps);
    QCOMPARE(points[1].y(), points[0].y());
    QVERIFY(chart->percentileSeries()->name().contains(formatRate(expected->bps)));
    QCOMPARE(chart->inSeries()->count(), 288);
    QCOMPARE(chart->outSeries()->count(), 288);

    // Outbound is a constant 500 bit/s.
    chart->setDirection(RateDirection::Out);
    QCOMPARE(chart->percentile()->bps, 500.0);
    QCOMPARE(chart->percentile()->bps, expectedFor(RateDirection::Out)->bps);
    QVERIFY(chart->percentileSeries()->name().contains(QStringLiteral("500 bit/s")));
    chart->setDirection(RateDirection::Max);
    QCOMPARE(chart->percentile()->bps, expectedFor(RateDirection::Max)->bps);

    // Seven days: all 400 samples.
    QSignalSpy loaded(chart, &TrafficChart::loaded);
    chart->setPeriod(TrafficChart::Period::Last7Days);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(chart->rates().size(), 400);
    QCOMPARE(chart->percentile()->bps, expectedFor(RateDirection::Max)->bps);
    QCOMPARE(chart->percentile()->samples, qsizetype(400));

    // The periods' ranges.
    const QDateTime now(QDate(2026, 3, 15), QTime(10, 30), Qt::UTC);
    QCOMPARE(TrafficChart::range(TrafficChart::Period::ThisMonth, now).first,
             QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(TrafficChart::range(TrafficChart::Period::ThisMonth, now).second, now);
    QCOMPARE(TrafficChart::range(TrafficChart::Period::Last30Days, now).first, now.addDays(-30));
    QCOMPARE(TrafficChart::range(TrafficChart::Period::Last24Hours, now).first, now.addSecs(-86400));

    // A port without samples: no line.
    loaded.clear();
    QVERIFY(m_view->selectPort(portId(QStringLiteral("sw-01"), QStringLiteral("Ethernet3"))));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(15000));
    QVERIFY(!chart->percentile());
    QCOMPARE(chart->percentileSeries()->count(), 0);
}

QTEST_MAIN(TstPortsView)
#include "tst_portsview.moc"
