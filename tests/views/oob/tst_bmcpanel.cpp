// SPDX-License-Identifier: GPL-3.0-or-later
// The "Out-of-band" panel over a real database and a scripted BMC factory:
// a device without a BMC, the power state on show and on Refresh, power
// actions confirmed and declined with progress and results, failures, the
// inventory tree and the sensors, the certificate flow (unpinned -> accept
// -> pinned in the database -> retried; changed -> refused until accepted),
// a role without BMC credentials, and the dock in the main window.
#include "core/database.h"
#include "core/peerpool.h"
#include "core/workerpool.h"
#include "dcim/rackelevationscene.h"
#include "fakebmc.h"
#include "oob/bmcpanel.h"
#include "oob/certificatedialog.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QToolButton>
#include <QtTest>

using namespace hostdeck;

namespace {
const QString kCertA = QStringLiteral("a1").repeated(32);
const QString kCertB = QStringLiteral("b2").repeated(32);
const QString kRedfish = QStringLiteral("https://rf.bmc.test");
const QString kIpmi = QStringLiteral("10.0.0.20");
constexpr int kWait = 15000;
} // namespace

class TstBmcPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deviceWithoutBmcShowsANote();
    void stateIsQueriedOnShowAndByRefresh();
    void declinedConfirmationDoesNothing();
    void acceptedPowerActionShowsProgressResultAndNewState();
    void failedPowerActionShowsTheError();
    void resetAndSoftOffFromTheMenu();
    void inventoryTree();
    void sensorsTable();
    void unpinnedCertificateIsAcceptedPinnedAndRetried();
    void changedCertificateIsRefusedUntilAccepted();
    void settingsChangedElsewhereAreReread();
    void roleWithoutCredentialsIsTold();
    void withoutDriversTheButtonsStayOff();
    void dockInTheMainWindowFollowsTheSelection();
    void anotherDeviceDuringAQueryDoesNotStick();
    void powerOutcomeForADeviceNoLongerShownReachesTheStatusBar();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 deviceId(const QString &name)
    {
        return scalar(QStringLiteral("SELECT id FROM devices WHERE name = :n"),
                      {{QStringLiteral("n"), name}});
    }
    QString pinned(const QString &device);
    void showAndWait(const QString &device);
    QMessageBox *confirmation();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    PeerPool m_peers{4}; // after m_pool: destroyed first, its jobs use the WorkerPool
    std::shared_ptr<test::FakeBmcFactory> m_factory;
    std::unique_ptr<BmcPanel> m_panel;
};

qint64 TstBmcPanel::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QString TstBmcPanel::pinned(const QString &device)
{
    QSqlDatabase db = m_db->connection();
    auto q =
        db::exec(db,
                 QStringLiteral("SELECT COALESCE(b.redfish_cert_sha256, '') FROM device_bmc b JOIN devices d "
                                "ON d.id = b.device_id WHERE d.name = :n"),
                 {{QStringLiteral("n"), device}});
    if (!q || !q->next())
        return QStringLiteral("<none>");
    return q->value(0).toString();
}

void TstBmcPanel::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_bmcpanel"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'OOB-S', 'Site');"
        "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'OOB-R', 'Room' FROM "
        "locations "
        " WHERE code = 'OOB-S';"
        "INSERT INTO racks (location_id, name, position, u_height) SELECT id, 'R1', 1, 42 FROM locations "
        " WHERE code = 'OOB-R';"
        "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, watts) VALUES "
        " ('Dell', 'R650', 'server', 1, true, 450);"
        "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, v.n, r.id, v.u, "
        "v.u "
        " FROM device_types t, racks r, (VALUES ('srv-rf', 30), ('srv-ipmi', 20), ('srv-plain', 10)) v(n, u);"
        "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret) SELECT id, "
        " 'redfish', 'https://rf.bmc.test', 'root', 'calvin' FROM devices WHERE name = 'srv-rf';"
        "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret, "
        "ipmi_workarounds) "
        " SELECT id, 'ipmi', '10.0.0.20', 'admin', 'Passw0rd!', '{opensesspriv}' FROM devices "
        " WHERE name = 'srv-ipmi';")));
    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 4);
}

void TstBmcPanel::init()
{
    m_factory = std::make_shared<test::FakeBmcFactory>();
    test::FakeBmc ipmi;
    ipmi.state = PowerState::On;
    m_factory->set(kIpmi, ipmi);
    test::FakeBmc rf;
    rf.state = PowerState::On;
    rf.presentedCert = kCertA;
    m_factory->set(kRedfish, rf);
    m_panel = std::make_unique<BmcPanel>(m_pool.get(), &m_peers);
    m_panel->setFactory(m_factory);
    m_panel->resize(520, 640);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TstBmcPanel::cleanup()
{
    // Let work still on the pool report before the panel goes.
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kWait);
    m_panel.reset();
}

void TstBmcPanel::showAndWait(const QString &device)
{
    m_panel->showDevice(deviceId(device), device);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->info().deviceName == device, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kWait);
}

QMessageBox *TstBmcPanel::confirmation()
{
    QMessageBox *box = nullptr;
    for (int i = 0; i < 100 && !box; ++i) {
        box = m_panel->confirmation();
        if (!box)
            QTest::qWait(20);
    }
    return box;
}

void TstBmcPanel::deviceWithoutBmcShowsANote()
{
    showAndWait(QStringLiteral("srv-plain"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->noteText().contains(QStringLiteral("srv-plain has no BMC settings")),
                             kWait);
    QVERIFY(!m_panel->hasBmc());
    QVERIFY(!m_panel->powerButton(PowerAction::On)->isVisible());
    // Asking anyway does nothing.
    m_panel->requestPower(PowerAction::Off);
    QVERIFY(!m_panel->confirmation());

    m_panel->clearDevice();
    QVERIFY(m_panel->noteText().contains(QStringLiteral("Select a device")));
}

void TstBmcPanel::stateIsQueriedOnShowAndByRefresh()
{
    showAndWait(QStringLiteral("srv-ipmi"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateText(), QStringLiteral("On"), kWait);
    QCOMPARE(m_panel->powerState(), PowerState::On);
    QCOMPARE(m_factory->get(kIpmi).lastUser, QStringLiteral("admin"));
    QVERIFY(m_panel->noteText().isEmpty());
    QVERIFY(m_panel->fingerprintText().contains(QStringLiteral("IPMI has no certificate")));

    // A hidden panel waits until it is shown.
    m_panel->hide();
    const int opens = m_factory->get(kIpmi).opens;
    m_panel->clearDevice();
    m_panel->showDevice(deviceId(QStringLiteral("srv-ipmi")), QStringLiteral("srv-ipmi"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->hasBmc(), kWait);
    QTest::qWait(100);
    QCOMPARE(m_factory->get(kIpmi).opens, opens);
    m_panel->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_factory->get(kIpmi).opens, opens + 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kWait);

    // Refresh: progress while the BMC answers slowly, then the new state.
    m_factory->change(kIpmi, [](test::FakeBmc &b) {
        b.state = PowerState::Off;
        b.latencyMs = 400;
    });
    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QVERIFY(m_panel->isBusy());
    QVERIFY(m_panel->progressBar()->isVisible());
    QVERIFY(!m_panel->refreshButton()->isEnabled());
    QVERIFY(!m_panel->powerButton(PowerAction::On)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QCOMPARE(m_panel->stateText(), QStringLiteral("Off"));
    QVERIFY(!m_panel->progressBar()->isVisible());
    QVERIFY(m_panel->powerButton(PowerAction::On)->isEnabled());

    // A BMC that cannot say: Unknown, and the reason.
    m_factory->change(kIpmi, [](test::FakeBmc &b) {
        b.latencyMs = 0;
        b.stateError = QStringLiteral("IPMI session to 10.0.0.20 timed out");
    });
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QCOMPARE(m_panel->stateText(), QStringLiteral("Unknown"));
    QVERIFY2(m_panel->resultText().contains(QStringLiteral("timed out")), qPrintable(m_panel->resultText()));
    QVERIFY(m_pool->isConnected()); // a BMC failure is not a database failure
}

void TstBmcPanel::declinedConfirmationDoesNothing()
{
    showAndWait(QStringLiteral("srv-ipmi"));
    QTest::mouseClick(m_panel->powerButton(PowerAction::Off), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("power off srv-ipmi")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY2(box->informativeText().contains(QStringLiteral("not asked first")),
             qPrintable(box->informativeText()));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->confirmation(), kWait);
    QVERIFY(m_panel->resultText().contains(QStringLiteral("Cancelled")));
    // Each action's confirmation says what that action does.
    QTest::mouseClick(m_panel->powerButton(PowerAction::On), Qt::LeftButton);
    box = confirmation();
    QVERIFY(box);
    QCOMPARE(box->informativeText(), QStringLiteral("The BMC at 10.0.0.20 powers the machine on at once."));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->confirmation(), kWait);
    QTest::qWait(100);
    QCOMPARE(m_factory->get(kIpmi).powerCalls, 0);
    QCOMPARE(m_factory->get(kIpmi).state, PowerState::On);
}

void TstBmcPanel::acceptedPowerActionShowsProgressResultAndNewState()
{
    showAndWait(QStringLiteral("srv-ipmi"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateText(), QStringLiteral("On"), kWait);
    m_factory->change(kIpmi, [](test::FakeBmc &b) { b.latencyMs = 400; });
    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    QTest::mouseClick(m_panel->powerButton(PowerAction::Off), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY(box->button(QMessageBox::Yes)->text().contains(QStringLiteral("srv-ipmi")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->isBusy(), kWait);
    QVERIFY(m_panel->progressBar()->isVisible());
    for (PowerAction a : {PowerAction::On, PowerAction::Off, PowerAction::Cycle})
        QVERIFY(!m_panel->powerButton(a)->isEnabled());
    // The action, then the state query after it.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kWait);
    QVERIFY2(m_panel->resultText().contains(QStringLiteral("srv-ipmi: power off done")),
             qPrintable(m_panel->resultText()));
    QCOMPARE(m_factory->get(kIpmi).actions, QList<PowerAction>{PowerAction::Off});
    QCOMPARE(m_panel->stateText(), QStringLiteral("Off"));
    QVERIFY(m_panel->powerButton(PowerAction::On)->isEnabled());

    QTest::mouseClick(m_panel->powerButton(PowerAction::Cycle), Qt::LeftButton);
    box = confirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("power cycle srv-ipmi")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, kWait);
    QCOMPARE(m_factory->get(kIpmi).actions, (QList<PowerAction>{PowerAction::Off, PowerAction::Cycle}));
    QCOMPARE(m_panel->stateText(), QStringLiteral("On"));
}

void TstBmcPanel::failedPowerActionShowsTheError()
{
    showAndWait(QStringLiteral("srv-ipmi"));
    m_factory->change(kIpmi, [](test::FakeBmc &b) {
        b.powerError = QStringLiteral("10.0.0.20 refused chassis control: insufficient privilege");
    });
    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    QSignalSpy messages(m_panel.get(), &BmcPanel::message);
    QTest::mouseClick(m_panel->powerButton(PowerAction::On), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY2(
        m_panel->resultText().contains(QStringLiteral("power on failed: 10.0.0.20 refused chassis control")),
        qPrintable(m_panel->resultText()));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().at(1).toBool(), true);
    // Tried once: the error said "connection lost", which must not make the pool repeat a power action.
    QCOMPARE(m_factory->get(kIpmi).powerCalls, 1);
    QVERIFY(m_factory->get(kIpmi).actions.isEmpty());
    QVERIFY(m_pool->isConnected());
}

void TstBmcPanel::resetAndSoftOffFromTheMenu()
{
    showAndWait(QStringLiteral("srv-ipmi"));
    auto *more = m_panel->findChild<QToolButton *>(QStringLiteral("bmcMore"));
    QVERIFY(more && more->menu());
    const QList<QAction *> entries = more->menu()->actions();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0)->text().contains(QStringLiteral("Reset")));
    QVERIFY(entries.at(1)->text().contains(QStringLiteral("Soft off")));

    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    entries.at(0)->trigger();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("reset srv-ipmi")), qPrintable(box->text()));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    entries.at(1)->trigger();
    box = confirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("shut down (soft off) srv-ipmi")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, kWait);
    QCOMPARE(m_factory->get(kIpmi).actions, (QList<PowerAction>{PowerAction::Reset, PowerAction::SoftOff}));
    QCOMPARE(m_panel->stateText(), QStringLiteral("Off"));
}

void TstBmcPanel::inventoryTree()
{
    BmcInventory inv;
    inv.manufacturer = QStringLiteral("Dell Inc.");
    inv.model = QStringLiteral("PowerEdge R650");
    inv.serial = QStringLiteral("7XK2Q53");
    inv.biosVersion = QStringLiteral("1.9.2");
    inv.cpus = {{QStringLiteral("CPU.Socket.1"), QStringLiteral("Intel Xeon Gold 6338"), 32, 64, 3200},
                {QStringLiteral("CPU.Socket.2"), QStringLiteral("Intel Xeon Gold 6338"), 32, 64, 3200}};
    inv.memory = {{QStringLiteral("DIMM.A1"), 32768, QStringLiteral("DDR4"), 3200},
                  {QStringLiteral("DIMM.B1"), 32768, QStringLiteral("DDR4"), 3200}};
    inv.nics = {{QStringLiteral("NIC.Integrated.1-1"), QStringLiteral("b0:7b:25:00:00:01"), 25000,
                 QStringLiteral("LinkUp")}};
    inv.drives = {{QStringLiteral("Disk 0"), QStringLiteral("MZ7L3480"), QStringLiteral("S6KN0001"),
                   480000000000, QStringLiteral("SSD"), QStringLiteral("SimpleStorage 1")}};
    inv.fromSimpleStorage = true;
    m_factory->change(kIpmi, [&](test::FakeBmc &b) { b.inventory = inv; });

    showAndWait(QStringLiteral("srv-ipmi"));
    QAbstractItemModelTester tester(m_panel->inventoryModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("bmcLoadInventory")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QStandardItemModel *model = m_panel->inventoryModel();
    QCOMPARE(model->rowCount(), 5);
    auto findChild = [&](int top, const QString &name) -> QString {
        QStandardItem *parent = model->item(top, 0);
        for (int r = 0; r < parent->rowCount(); ++r) {
            if (parent->child(r, 0)->text() == name)
                return parent->child(r, 1)->text();
        }
        return QStringLiteral("<missing %1>").arg(name);
    };
    QCOMPARE(model->item(0, 0)->text(), QStringLiteral("System"));
    QCOMPARE(findChild(0, QStringLiteral("Serial")), QStringLiteral("7XK2Q53"));
    QCOMPARE(findChild(0, QStringLiteral("Model")), QStringLiteral("PowerEdge R650"));
    QCOMPARE(findChild(0, QStringLiteral("BIOS")), QStringLiteral("1.9.2"));
    QCOMPARE(model->item(1, 1)->text(), QStringLiteral("2"));
    QVERIFY(findChild(1, QStringLiteral("CPU.Socket.2")).contains(QStringLiteral("Intel Xeon Gold 6338")));
    QVERIFY(findChild(1, QStringLiteral("CPU.Socket.2")).contains(QStringLiteral("32 cores")));
    QVERIFY(model->item(2, 1)->text().contains(QStringLiteral("2 modules")));
    QVERIFY(findChild(2, QStringLiteral("DIMM.A1")).contains(QStringLiteral("DDR4")));
    QVERIFY(findChild(3, QStringLiteral("NIC.Integrated.1-1")).contains(QStringLiteral("b0:7b:25:00:00:01")));
    QVERIFY2(model->item(4, 1)->text().contains(QStringLiteral("from SimpleStorage")),
             qPrintable(model->item(4, 1)->text()));
    QVERIFY(findChild(4, QStringLiteral("Disk 0")).contains(QStringLiteral("S6KN0001")));
    auto *note = m_panel->findChild<QLabel *>(QStringLiteral("bmcInventoryNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("SimpleStorage")));

    // A BMC with a Storage collection: no note.
    inv.fromSimpleStorage = false;
    m_factory->change(kIpmi, [&](test::FakeBmc &b) { b.inventory = inv; });
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("bmcLoadInventory")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QVERIFY(!note->isVisible());
    QCOMPARE(model->item(4, 1)->text(), QStringLiteral("1 drives"));
}

void TstBmcPanel::sensorsTable()
{
    m_factory->change(kIpmi, [](test::FakeBmc &b) {
        b.sensors = {{QStringLiteral("Inlet Temp"), QStringLiteral("Temperature"), 24.5, QStringLiteral("°C"),
                      QStringLiteral("ok")},
                     {QStringLiteral("Fan1"), QStringLiteral("Fan"), 7200, QStringLiteral("RPM"),
                      QStringLiteral("ok")},
                     {QStringLiteral("PS2 Status"), QStringLiteral("Power"), std::nullopt, QString(),
                      QStringLiteral("critical")}};
    });
    showAndWait(QStringLiteral("srv-ipmi"));
    QAbstractItemModelTester tester(m_panel->sensorModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("bmcLoadSensors")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QStandardItemModel *model = m_panel->sensorModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->item(0, 0)->text(), QStringLiteral("Inlet Temp"));
    QCOMPARE(model->item(0, 2)->text(), QLocale().toString(24.5, 'f', 2) + QStringLiteral(" °C"));
    QCOMPARE(model->item(1, 2)->text(), QLocale().toString(7200.0, 'f', 2) + QStringLiteral(" RPM"));
    QCOMPARE(model->item(2, 2)->text(), QStringLiteral("no reading"));
    QCOMPARE(model->item(2, 3)->text(), QStringLiteral("critical"));

    // Another device clears them.
    showAndWait(QStringLiteral("srv-plain"));
    QCOMPARE(model->rowCount(), 0);
}

void TstBmcPanel::unpinnedCertificateIsAcceptedPinnedAndRetried()
{
    QCOMPARE(pinned(QStringLiteral("srv-rf")), QString());
    showAndWait(QStringLiteral("srv-rf"));
    QVERIFY(m_panel->fingerprintText().contains(QStringLiteral("none pinned")));
    // The state query on show is refused before credentials are sent; the panel fetches what the BMC
    // presents.
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->certificateProblem(), QStringLiteral("certificate-unpinned"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->presentedFingerprint(), kCertA, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kWait);
    auto *problem = m_panel->findChild<QLabel *>(QStringLiteral("bmcCertificateProblem"));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text().count(formatFingerprint(kCertA)), 1); // said once
    QVERIFY2(problem->text().contains(QStringLiteral("until its certificate is accepted")),
             qPrintable(problem->text()));
    QVERIFY(m_panel->acceptCertificateButton()->isEnabled());
    QCOMPARE(m_panel->stateText(), QStringLiteral("Unknown"));
    // Until it is accepted nothing else can work, so nothing else is offered; Refresh retries.
    for (PowerAction a : {PowerAction::On, PowerAction::Off, PowerAction::Cycle})
        QVERIFY(!m_panel->powerButton(a)->isEnabled());
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("bmcLoadInventory"))->isEnabled());
    QVERIFY(m_panel->refreshButton()->isEnabled());
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->resultText().startsWith(QStringLiteral("Still refused")), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kWait);
    QCOMPARE(problem->text().count(formatFingerprint(kCertA)), 1);
    QCOMPARE(m_factory->get(kRedfish).powerCalls, 0);

    QTest::mouseClick(m_panel->acceptCertificateButton(), Qt::LeftButton);
    CertificateDialog *dialog = m_panel->certificateDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->pinnedText(), QStringLiteral("(none)"));
    QCOMPARE(dialog->presentedText(), formatFingerprint(kCertA));
    QVERIFY(dialog->warningText().contains(QStringLiteral("srv-rf")));
    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    // Pinned, then the state query retried.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QCOMPARE(pinned(QStringLiteral("srv-rf")), kCertA);
    QCOMPARE(m_panel->fingerprintText(), formatFingerprint(kCertA));
    QVERIFY(m_panel->info().certPinnedAt.isValid());
    QVERIFY(m_panel->certificateProblem().isEmpty());
    QVERIFY(!problem->isVisible());
    QCOMPARE(m_panel->stateText(), QStringLiteral("On"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE entity_type = 'device_bmc' "
                                   "AND detail -> 'redfish_cert_sha256' IS NOT NULL AND action = 'update'")),
             1);
}

void TstBmcPanel::changedCertificateIsRefusedUntilAccepted()
{
    QCOMPARE(pinned(QStringLiteral("srv-rf")), kCertA); // from the test before
    showAndWait(QStringLiteral("srv-rf"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateText(), QStringLiteral("On"), kWait);

    // The certificate changes between the state query and a power action: the action is
    // refused before anything reaches the BMC.
    m_factory->change(kRedfish, [](test::FakeBmc &b) { b.presentedCert = kCertB; });
    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    QTest::mouseClick(m_panel->powerButton(PowerAction::Off), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait); // the action, the certificate read
    QCOMPARE(m_panel->certificateProblem(), QStringLiteral("certificate-changed"));
    QCOMPARE(m_panel->presentedFingerprint(), kCertB);
    QCOMPARE(m_factory->get(kRedfish).powerCalls, 0);
    // From then on no other action is offered until the certificate is accepted.
    QVERIFY(!m_panel->powerButton(PowerAction::Off)->isEnabled());
    m_panel->requestPower(PowerAction::Cycle);
    QVERIFY(!m_panel->confirmation());

    // Declining the dialog keeps the old pin and the refusal.
    QTest::mouseClick(m_panel->acceptCertificateButton(), Qt::LeftButton);
    CertificateDialog *dialog = m_panel->certificateDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->pinnedText(), formatFingerprint(kCertA));
    QCOMPARE(dialog->presentedText(), formatFingerprint(kCertB));
    QVERIFY(dialog->warningText().contains(QStringLiteral("different certificate")));
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->certificateDialog(), kWait);
    QTest::qWait(100);
    QCOMPARE(pinned(QStringLiteral("srv-rf")), kCertA);
    QCOMPARE(m_panel->certificateProblem(), QStringLiteral("certificate-changed"));

    // Accepting pins B and carries out the confirmed power action.
    QTest::mouseClick(m_panel->acceptCertificateButton(), Qt::LeftButton);
    dialog = m_panel->certificateDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_factory->get(kRedfish).actions, QList<PowerAction>{PowerAction::Off}, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateText(), QStringLiteral("Off"), kWait);
    QCOMPARE(pinned(QStringLiteral("srv-rf")), kCertB);
    QCOMPARE(m_panel->fingerprintText(), formatFingerprint(kCertB));
    QVERIFY(m_panel->certificateProblem().isEmpty());
}

void TstBmcPanel::settingsChangedElsewhereAreReread()
{
    showAndWait(QStringLiteral("srv-ipmi"));
    QVERIFY(m_panel->hasBmc());
    // Another console removes the BMC (the window calls reloadSettings on a device_bmc change).
    QVERIFY(m_db->superExec(QStringLiteral(
        "UPDATE device_bmc SET bmc_kind = 'none' WHERE device_id = (SELECT id FROM devices WHERE name = "
        "'srv-ipmi')")));
    m_panel->reloadSettings();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->hasBmc(), kWait);
    QVERIFY(m_panel->noteText().contains(QStringLiteral("has no BMC settings")));
    QVERIFY(m_db->superExec(QStringLiteral(
        "UPDATE device_bmc SET bmc_kind = 'ipmi', bmc_port = 6230 WHERE device_id = (SELECT id FROM devices "
        "WHERE name = 'srv-ipmi')")));
    m_panel->reloadSettings();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->hasBmc(), kWait);
    QCOMPARE(m_panel->info().port, 6230);
    QVERIFY(m_panel->noteText().isEmpty());
    QVERIFY(m_db->superExec(QStringLiteral(
        "UPDATE device_bmc SET bmc_port = NULL WHERE device_id = (SELECT id FROM devices WHERE name = "
        "'srv-ipmi')")));
}

void TstBmcPanel::roleWithoutCredentialsIsTold()
{
    QVERIFY(m_db->createRole(QStringLiteral("bmcpanel_tech"), QStringLiteral("hostdeck_tech")));
    WorkerPool techPool(m_db->as(QStringLiteral("bmcpanel_tech")), 2);
    PeerPool techPeers(2); // destroyed before techPool
    BmcPanel panel(&techPool, &techPeers);
    panel.setFactory(m_factory);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy finished(&panel, &BmcPanel::operationFinished);
    panel.showDevice(deviceId(QStringLiteral("srv-ipmi")), QStringLiteral("srv-ipmi"));
    // The settings show (every role may see them); the state query is refused with a sentence.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY(panel.hasBmc());
    QVERIFY2(panel.resultText().contains(QStringLiteral("Your role may not use BMC credentials")),
             qPrintable(panel.resultText()));
    QVERIFY(!panel.resultText().contains(QStringLiteral("permission denied")));
    QCOMPARE(m_factory->get(kIpmi).opens, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
}

void TstBmcPanel::withoutDriversTheButtonsStayOff()
{
    BmcPanel panel(m_pool.get(), &m_peers);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showDevice(deviceId(QStringLiteral("srv-ipmi")), QStringLiteral("srv-ipmi"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.hasBmc(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(panel.resultText().contains(QStringLiteral("No BMC drivers")), kWait);
    QVERIFY(!panel.powerButton(PowerAction::Off)->isEnabled());
    QVERIFY(!panel.refreshButton()->isEnabled());
    panel.requestPower(PowerAction::Off);
    QVERIFY(!panel.confirmation());
}

void TstBmcPanel::dockInTheMainWindowFollowsTheSelection()
{
    m_panel->hide();
    MainWindow window(m_pool.get(), nullptr, QStringLiteral("test"));
    window.setBmcFactory(m_factory);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 rack = scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'R1'"));
    QSignalSpy loaded(&window, &MainWindow::rackDataLoaded);
    window.showRack(rack);
    QTRY_VERIFY_WITH_TIMEOUT(window.scene()->device(deviceId(QStringLiteral("srv-ipmi"))).has_value(), kWait);

    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("bmcDock"));
    auto *deviceDock = window.findChild<QDockWidget *>(QStringLiteral("deviceDock"));
    QVERIFY(dock && deviceDock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Out-of-band"));
    QVERIFY(window.tabifiedDockWidgets(deviceDock).contains(dock));
    QVERIFY(window.bmcPanel()->factory() == m_factory);

    QTRY_VERIFY_WITH_TIMEOUT(deviceDock->widget()->isVisible(), kWait);
    window.scene()->selectDevice(deviceId(QStringLiteral("srv-ipmi")));
    QCOMPARE(window.bmcPanel()->deviceId(), deviceId(QStringLiteral("srv-ipmi")));
    QTRY_VERIFY_WITH_TIMEOUT(window.bmcPanel()->hasBmc(), kWait);
    // Behind the Device tab the BMC is not asked; opening the tab asks.
    QTest::qWait(100);
    const int opens = m_factory->get(kIpmi).opens;
    QCOMPARE(opens, 0);
    dock->raise();
    QTRY_COMPARE_WITH_TIMEOUT(window.bmcPanel()->stateText(), QStringLiteral("On"), kWait);
    QVERIFY(m_factory->get(kIpmi).opens > opens);

    window.scene()->selectDevice(0);
    QCOMPARE(window.bmcPanel()->deviceId(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window.bmcPanel()->isBusy(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), kWait);
}

void TstBmcPanel::anotherDeviceDuringAQueryDoesNotStick()
{
    // A slow BMC still answering for the device the operator left: the panel shows the next
    // device at once, its own query runs, and the late answer changes nothing.
    m_factory->change(kIpmi, [](test::FakeBmc &b) { b.latencyMs = 1500; });
    QSignalSpy finished(m_panel.get(), &BmcPanel::operationFinished);
    m_panel->showDevice(deviceId(QStringLiteral("srv-ipmi")), QStringLiteral("srv-ipmi"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->isBusy(), kWait);
    const int opens = m_factory->get(kIpmi).opens;
    m_panel->showDevice(deviceId(QStringLiteral("srv-plain")), QStringLiteral("srv-plain"));
    QVERIFY(!m_panel->isBusy());
    QVERIFY(!m_panel->progressBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->noteText().contains(QStringLiteral("srv-plain has no BMC settings")),
                             kWait);

    m_factory->change(kIpmi, [](test::FakeBmc &b) {
        b.latencyMs = 0;
        b.state = PowerState::Off;
    });
    m_panel->showDevice(deviceId(QStringLiteral("srv-ipmi")), QStringLiteral("srv-ipmi"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateText(), QStringLiteral("Off"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kWait);
    QVERIFY(m_panel->refreshButton()->isEnabled());
    QVERIFY(m_panel->powerButton(PowerAction::On)->isEnabled());
    // The first query's answer (On, 1.5 s late) arrives meanwhile and is dropped.
    QTRY_VERIFY_WITH_TIMEOUT(m_factory->get(kIpmi).opens >= opens + 1, kWait);
    QTest::qWait(1800);
    QCOMPARE(m_panel->stateText(), QStringLiteral("Off"));
    QVERIFY(!m_panel->isBusy());
    QCOMPARE(finished.size(), 1); // only the query for what is shown finished here
}

void TstBmcPanel::powerOutcomeForADeviceNoLongerShownReachesTheStatusBar()
{
    showAndWait(QStringLiteral("srv-ipmi"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateText(), QStringLiteral("On"), kWait);
    m_factory->change(kIpmi, [](test::FakeBmc &b) { b.latencyMs = 800; });
    QSignalSpy messages(m_panel.get(), &BmcPanel::message);
    QTest::mouseClick(m_panel->powerButton(PowerAction::Off), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->isBusy(), kWait);
    m_panel->showDevice(deviceId(QStringLiteral("srv-plain")), QStringLiteral("srv-plain"));
    const auto said = [&messages](const QString &text) {
        for (const QList<QVariant> &m : std::as_const(messages))
            if (m.at(0).toString() == text)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("srv-ipmi: power off done.")), kWait);
    QCOMPARE(m_factory->get(kIpmi).state, PowerState::Off);
    QCOMPARE(m_factory->get(kIpmi).powerCalls, 1);
    QVERIFY(m_panel->resultText().isEmpty()); // the panel shows srv-plain, not the old result
}

QTEST_MAIN(TstBmcPanel)
#include "tst_bmcpanel.moc"
