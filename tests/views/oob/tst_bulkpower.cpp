// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk power actions over a real database and a scripted BMC factory: five
// devices with a BMC, one failing; a confirmation naming them; parallel runs
// bounded in number; a result per device and a summary; cancel for those not
// started; the "Power…" action of the main window.
#include "core/database.h"
#include "core/peerpool.h"
#include "core/workerpool.h"
#include "dcim/rackelevationscene.h"
#include "fakebmc.h"
#include "oob/bulkpowerdialog.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QGraphicsView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest>

using namespace hostdeck;

namespace {
constexpr int kWait = 15000;
const QStringList kNames = {QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3"),
                            QStringLiteral("b4"), QStringLiteral("b5")};
QString addressOf(const QString &name)
{
    return QStringLiteral("10.9.0.%1").arg(name.mid(1));
}
} // namespace

class TstBulkPower : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void listsTheDevicesWithABmc();
    void declinedConfirmationRunsNothing();
    void runsInParallelWithAResultPerDevice();
    void cancelStopsThoseNotStarted();
    void rackWithoutBmcsSaysSo();
    void demoDevicesCannotBeChosen();
    void columnsShowLongNamesWhole();
    void powerActionInTheMainWindow();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 deviceId(const QString &name)
    {
        return scalar(QStringLiteral("SELECT id FROM devices WHERE name = :n"),
                      {{QStringLiteral("n"), name}});
    }
    std::unique_ptr<BulkPowerDialog> openDialog(const QList<qint64> &racks, qint64 preselected = 0);
    void confirm(BulkPowerDialog &dialog, bool yes);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    PeerPool m_peers{4}; // after m_pool: destroyed first, its jobs use the WorkerPool
    std::shared_ptr<test::FakeBmcFactory> m_factory;
    qint64 m_rack1 = 0;
    qint64 m_rack2 = 0;
};

qint64 TstBulkPower::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

void TstBulkPower::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_bulkpower"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'BLK-S', 'Site');"
        "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'BLK-R', 'Room' FROM "
        "locations "
        " WHERE code = 'BLK-S';"
        "INSERT INTO racks (location_id, name, position, u_height) SELECT id, 'R1', 1, 42 FROM locations "
        " WHERE code = 'BLK-R';"
        "INSERT INTO racks (location_id, name, position, u_height) SELECT id, 'R2', 2, 42 FROM locations "
        " WHERE code = 'BLK-R';"
        "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, watts) VALUES "
        " ('Dell', 'R650', 'server', 1, true, 450);"
        "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, 'b' || i, r.id, "
        " i * 2, i * 2 FROM device_types t, racks r, generate_series(1, 5) i WHERE r.name = 'R1';"
        "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, 'nobmc', r.id, 30, "
        "30 "
        " FROM device_types t, racks r WHERE r.name = 'R1';"
        "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, 'r2-plain', r.id, "
        "5, 5 "
        " FROM device_types t, racks r WHERE r.name = 'R2';"
        "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret) SELECT id, "
        " 'ipmi', '10.9.0.' || substr(name, 2), 'admin', 'pw' FROM devices WHERE name LIKE 'b_';")));
    m_rack1 = scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'R1'"));
    m_rack2 = scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'R2'"));
    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 4);
}

void TstBulkPower::init()
{
    m_factory = std::make_shared<test::FakeBmcFactory>();
    for (const QString &name : kNames) {
        test::FakeBmc bmc;
        bmc.state = PowerState::On;
        bmc.latencyMs = 300;
        if (name == QLatin1String("b3"))
            bmc.powerError = QStringLiteral("10.9.0.3: chassis control refused (node busy)");
        m_factory->set(addressOf(name), bmc);
    }
}

std::unique_ptr<BulkPowerDialog> TstBulkPower::openDialog(const QList<qint64> &racks, qint64 preselected)
{
    auto dialog = std::make_unique<BulkPowerDialog>(m_pool.get(), BmcFront(m_pool.get(), &m_peers, m_factory),
                                                    racks, preselected);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()) ||
        !QTest::qWaitFor([&] { return dialog->isLoaded(); }, kWait))
        qWarning("the bulk power dialog did not load");
    return dialog;
}

void TstBulkPower::confirm(BulkPowerDialog &dialog, bool yes)
{
    QTRY_VERIFY_WITH_TIMEOUT(dialog.confirmation(), kWait);
    QMessageBox *box = dialog.confirmation();
    QTest::mouseClick(box->button(yes ? QMessageBox::Yes : QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.confirmation(), kWait);
}

void TstBulkPower::listsTheDevicesWithABmc()
{
    auto dialog = openDialog({m_rack1}, deviceId(QStringLiteral("b2")));
    QVERIFY(dialog->isLoaded());
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStandardItemModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 5);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->item(row, BulkPowerDialog::DeviceColumn)->text();
    // From the top U down; the device without a BMC is not offered.
    QCOMPARE(names, (QStringList{QStringLiteral("b5"), QStringLiteral("b4"), QStringLiteral("b3"),
                                 QStringLiteral("b2"), QStringLiteral("b1")}));
    QCOMPARE(model->item(0, BulkPowerDialog::PlaceColumn)->text(), QStringLiteral("R1 U10 (front)"));
    QVERIFY(model->item(0, BulkPowerDialog::BmcColumn)->text().contains(QStringLiteral("10.9.0.5")));
    // The selected device starts checked, the others not.
    QCOMPARE(dialog->checkedDevices(), QList<qint64>{deviceId(QStringLiteral("b2"))});
    QVERIFY(dialog->runButton()->isEnabled());
    dialog->setChecked(deviceId(QStringLiteral("b2")), false);
    QVERIFY(!dialog->runButton()->isEnabled());
    QVERIFY(!dialog->cancelButton()->isEnabled());
    QCOMPARE(dialog->actionBox()->count(), 5);
    // It says which racks it covers and counts nothing before a run. (View tests load no
    // translator, so "%n rack(s)" is not resolved here; tst_i18n checks the forms.)
    QVERIFY2(dialog->windowTitle().endsWith(QStringLiteral(": R1")), qPrintable(dialog->windowTitle()));
    QVERIFY2(dialog->introText().startsWith(QStringLiteral("Devices with a BMC in 1 rack")) &&
                 dialog->introText().contains(QStringLiteral("(R1)")),
             qPrintable(dialog->introText()));
    QVERIFY(!dialog->progressBar()->isVisible());
}

// Names and addresses as a real site has them are shown whole, not cut off.
void TstBulkPower::columnsShowLongNamesWhole()
{
    const QString longName = QStringLiteral("fra1-a01-srv05-gpu-node-with-a-long-name");
    QVERIFY(
        m_db->superExec(QStringLiteral("UPDATE devices SET name = '%1' WHERE name = 'b1';"
                                       "UPDATE racks SET name = 'FRA1-ROOM2-ROW-A-RACK-01' WHERE id = %2;")
                            .arg(longName)
                            .arg(m_rack1)));
    auto dialog = openDialog({m_rack1});
    QVERIFY(m_db->superExec(QStringLiteral("UPDATE devices SET name = 'b1' WHERE name = '%1';"
                                           "UPDATE racks SET name = 'R1' WHERE id = %2;")
                                .arg(longName)
                                .arg(m_rack1)));
    QVERIFY(dialog->isLoaded());
    QStandardItemModel *model = dialog->model();
    auto *view = dialog->findChild<QTreeView *>(QStringLiteral("bulkPowerDevices"));
    QVERIFY(view);
    for (int column : {int(BulkPowerDialog::DeviceColumn), int(BulkPowerDialog::PlaceColumn),
                       int(BulkPowerDialog::BmcColumn)}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->item(row, column)->text();
            const int needed = view->fontMetrics().horizontalAdvance(text);
            // The header sizes its sections from the event loop: wait for it, boundedly.
            QTRY_VERIFY2_WITH_TIMEOUT(view->columnWidth(column) >= needed,
                                      qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                                                     .arg(text)
                                                     .arg(view->columnWidth(column))
                                                     .arg(needed)),
                                      5000);
        }
    }
}

// A demo device is listed, says why, and can be neither preselected nor checked.
void TstBulkPower::demoDevicesCannotBeChosen()
{
    QVERIFY(m_db->superExec(QStringLiteral("UPDATE device_bmc SET demo = true WHERE device_id = %1")
                                .arg(deviceId(QStringLiteral("b4")))));
    auto dialog = openDialog({m_rack1}, deviceId(QStringLiteral("b4")));
    QVERIFY(m_db->superExec(QStringLiteral("UPDATE device_bmc SET demo = false")));
    QVERIFY(dialog->isLoaded());
    QCOMPARE(dialog->model()->rowCount(), 5);
    QCOMPARE(dialog->model()->item(1, BulkPowerDialog::DeviceColumn)->text(), QStringLiteral("b4"));
    QVERIFY2(dialog->model()
                 ->item(1, BulkPowerDialog::ResultColumn)
                 ->text()
                 .contains(QLatin1String("Demo device")),
             qPrintable(dialog->model()->item(1, BulkPowerDialog::ResultColumn)->text()));
    QVERIFY(dialog->checkedDevices().isEmpty());
    dialog->setChecked(deviceId(QStringLiteral("b4")), true);
    QVERIFY(dialog->checkedDevices().isEmpty());
    QVERIFY(!dialog->runButton()->isEnabled());
}

void TstBulkPower::declinedConfirmationRunsNothing()
{
    auto dialog = openDialog({m_rack1});
    for (const QString &name : kNames)
        dialog->setChecked(deviceId(name), true);
    dialog->setAction(PowerAction::Off);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmation(), kWait);
    QVERIFY2(dialog->confirmation()->text().startsWith(QStringLiteral("Power off (hard): 5 device")),
             qPrintable(dialog->confirmation()->text()));
    for (const QString &name : kNames)
        QVERIFY(dialog->confirmation()->informativeText().contains(name));
    confirm(*dialog, false);
    QTest::qWait(200);
    QVERIFY(!dialog->isRunning());
    for (const QString &name : kNames)
        QCOMPARE(m_factory->get(addressOf(name)).powerCalls, 0);
}

void TstBulkPower::runsInParallelWithAResultPerDevice()
{
    auto dialog = openDialog({m_rack1});
    dialog->setMaxConcurrent(2);
    for (const QString &name : kNames)
        dialog->setChecked(deviceId(name), true);
    dialog->setAction(PowerAction::Cycle);
    QSignalSpy each(dialog.get(), &BulkPowerDialog::deviceFinished);
    QSignalSpy all(dialog.get(), &BulkPowerDialog::finishedAll);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    confirm(*dialog, true);
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->runButton()->isEnabled());
    QCOMPARE(dialog->progressBar()->maximum(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(all.size(), 1, kWait);
    QCOMPARE(each.size(), 5);
    QCOMPARE(dialog->progressBar()->value(), 5);
    for (const QString &name : kNames) {
        const QString result = dialog->resultFor(deviceId(name));
        if (name == QLatin1String("b3")) {
            QVERIFY2(result.contains(QStringLiteral("chassis control refused")), qPrintable(result));
            QVERIFY(m_factory->get(addressOf(name)).actions.isEmpty());
        } else {
            QCOMPARE(result, QStringLiteral("ok"));
            QCOMPARE(m_factory->get(addressOf(name)).actions, QList<PowerAction>{PowerAction::Cycle});
        }
        QCOMPARE(m_factory->get(addressOf(name)).powerCalls, 1); // a failure is not repeated
    }
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("4 succeeded, 1 failed")),
             qPrintable(dialog->summaryText()));
    // Parallel, but never more than allowed.
    QCOMPARE(m_factory->maxConcurrent(), 2);
    QVERIFY(!dialog->isRunning());
    QVERIFY(dialog->runButton()->isEnabled());
    QVERIFY(m_pool->isConnected());
}

void TstBulkPower::cancelStopsThoseNotStarted()
{
    for (const QString &name : kNames)
        m_factory->change(addressOf(name), [](test::FakeBmc &b) { b.latencyMs = 600; });
    auto dialog = openDialog({m_rack1});
    dialog->setMaxConcurrent(2);
    for (const QString &name : kNames)
        dialog->setChecked(deviceId(name), true);
    dialog->setAction(PowerAction::Off);
    QSignalSpy all(dialog.get(), &BulkPowerDialog::finishedAll);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    confirm(*dialog, true);
    QVERIFY(dialog->cancelButton()->isEnabled());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog->cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(all.size(), 1, kWait);
    // b5 and b4 (the first two rows) were running; the rest never started.
    int started = 0;
    for (const QString &name : kNames) {
        const QString result = dialog->resultFor(deviceId(name));
        if (name == QLatin1String("b5") || name == QLatin1String("b4")) {
            QCOMPARE(result, QStringLiteral("ok"));
            ++started;
        } else {
            QVERIFY2(result.contains(QStringLiteral("cancelled")), qPrintable(result));
            QCOMPARE(m_factory->get(addressOf(name)).powerCalls, 0);
        }
    }
    QCOMPARE(started, 2);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("2 succeeded, 0 failed, 3 cancelled")),
             qPrintable(dialog->summaryText()));
    QCOMPARE(dialog->progressBar()->value(), 5);
}

void TstBulkPower::rackWithoutBmcsSaysSo()
{
    auto dialog = openDialog({m_rack2});
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!dialog->runButton()->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("bulkPowerIntro"))
                ->text()
                .contains(QStringLiteral("No device")));

    BulkPowerDialog noDrivers(m_pool.get(), BmcFront(m_pool.get(), &m_peers), {m_rack1}, 0);
    QTRY_VERIFY_WITH_TIMEOUT(noDrivers.isLoaded(), kWait);
    QVERIFY(!noDrivers.runButton()->isEnabled());
}

void TstBulkPower::powerActionInTheMainWindow()
{
    MainWindow window(m_pool.get(), nullptr, QStringLiteral("test"));
    window.setBmcFactory(m_factory);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = window.bulkPowerAction();
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QVERIFY(window.rackView()->actions().contains(action));
    QCOMPARE(window.rackView()->contextMenuPolicy(), Qt::ActionsContextMenu);
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inMenu = true;
    }
    QVERIFY(inMenu);

    window.showRack(m_rack1);
    QTRY_VERIFY_WITH_TIMEOUT(window.scene()->device(deviceId(QStringLiteral("b4"))).has_value(), kWait);
    window.scene()->selectDevice(deviceId(QStringLiteral("b4")));
    action->trigger();
    auto *dialog = window.findChild<BulkPowerDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kWait);
    QCOMPARE(dialog->model()->rowCount(), 5);
    QCOMPARE(dialog->checkedDevices(), QList<qint64>{deviceId(QStringLiteral("b4"))});
    // BMC work runs on the window's PeerPool (8 threads), leaving two for the Out-of-band panel.
    QCOMPARE(dialog->maxConcurrent(), 6);
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<BulkPowerDialog *>(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), kWait);
}

QTEST_MAIN(TstBulkPower)
#include "tst_bulkpower.moc"
