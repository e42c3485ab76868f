// SPDX-License-Identifier: GPL-3.0-or-later
// PatchPanelView over a real database: a filled panel (both sides, cable type
// with its colour, far ends) checked by QAbstractItemModelTester; removing a
// cable asks first and Ctrl+Z brings it back; a cable inserted by another
// connection shows up live through the ChangeListener; Trace emits the port;
// Connect… opens the editor for the current port.
#include "cabling/cableeditor.h"
#include "cabling/cablerepository.h"
#include "cabling/patchpanelview.h"
#include "core/changelistener.h"
#include "core/database.h"
#include "core/workerpool.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace hostdeck;

class TstPatchPanelView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsAFilledPanel();
    void removeAndUndo();
    void cancelKeepsTheCable();
    void liveRefreshFromAnotherConnection();
    void traceAndConnect();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 port(const QString &device, const QString &name);
    QModelIndex cell(const QString &portName, int column);
    QMessageBox *confirmation();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<PatchPanelView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_panelId = 0;
};

qint64 TstPatchPanelView::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TstPatchPanelView::port(const QString &device, const QString &name)
{
    QSqlDatabase db = m_db->connection();
    auto id = findPort(db, device, name);
    return id ? *id : -1;
}

// The cell of `column` in the row holding front port `portName`.
QModelIndex TstPatchPanelView::cell(const QString &portName, int column)
{
    PatchPanelModel *model = m_view->model();
    const int row = model->rowOf(port(QStringLiteral("pp-a"), portName));
    return row < 0 ? QModelIndex() : model->index(row, column);
}

QMessageBox *TstPatchPanelView::confirmation()
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = m_view->findChild<QMessageBox *>(QStringLiteral("removeCableConfirmation"));
            return box && box->isVisible();
        },
        5000);
    return box;
}

void TstPatchPanelView::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_patchpanel"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
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
        " unnest(ARRAY['eth0', 'eth1', 'eth2']) n WHERE name = 'srv-01';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'Ethernet' || i, 'switch' FROM devices,"
        " generate_series(1, 4) i WHERE name = 'sw-01';"
        "INSERT INTO ports (device_id, name, kind, connector) SELECT d.id, 'R' || i, 'patch-rear', 'LC'"
        " FROM devices d, generate_series(1, 12) i WHERE d.name IN ('pp-a', 'pp-b');"
        "INSERT INTO ports (device_id, name, kind, connector, label, rear_port_id)"
        " SELECT d.id, 'F' || i, 'patch-front', 'RJ45', 'desk ' || i, r.id FROM devices d, "
        "generate_series(1, 12) i"
        " JOIN ports r ON r.name = 'R' || i WHERE r.device_id = d.id AND d.name IN ('pp-a', 'pp-b');")));
    QSqlDatabase db = m_db->connection();
    CableRepository repo(db);
    const QList<CableSpec> cables = {
        {port(QStringLiteral("srv-01"), QStringLiteral("eth0")),
         port(QStringLiteral("pp-a"), QStringLiteral("F1")), QStringLiteral("Cat6"), QStringLiteral("blue"),
         QStringLiteral("S1"), 2.0},
        {port(QStringLiteral("pp-a"), QStringLiteral("R1")),
         port(QStringLiteral("pp-b"), QStringLiteral("R1")),
         QStringLiteral("OM4"),
         QStringLiteral("#aa00ff"),
         {},
         std::nullopt},
        {port(QStringLiteral("pp-b"), QStringLiteral("F1")),
         port(QStringLiteral("sw-01"), QStringLiteral("Ethernet1")),
         QStringLiteral("Cat6a"),
         QStringLiteral("yellow"),
         {},
         std::nullopt},
        {port(QStringLiteral("srv-01"), QStringLiteral("eth1")),
         port(QStringLiteral("pp-a"), QStringLiteral("F2")), QStringLiteral("Cat5e"), QStringLiteral("red"),
         QStringLiteral("S2"), 1.0},
    };
    for (const CableSpec &spec : cables)
        QVERIFY(repo.createCable(spec));
    m_panelId = scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'pp-a'"));

    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 2);
    m_listener = std::make_unique<ChangeListener>(m_db->settings(), 1000);
    QSignalSpy listening(m_listener.get(), &ChangeListener::listening);
    m_listener->start();
    QCOMPARE(listening.count(), 0);
    QVERIFY(listening.wait(10000));
    m_view = std::make_unique<PatchPanelView>(m_pool.get());
    connect(m_listener.get(), &ChangeListener::changed, m_view.get(), &PatchPanelView::onChange);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1400, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstPatchPanelView::cleanupTestCase()
{
    m_tester.reset();
    m_view.reset();
    m_listener.reset();
    m_pool.reset();
}

void TstPatchPanelView::showsAFilledPanel()
{
    QSignalSpy loaded(m_view.get(), &PatchPanelView::loaded);
    m_view->showDevice(m_panelId);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(20000));
    PatchPanelModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(model->columnCount(), int(PatchPanelModel::ColumnCount));
    // Natural order: F1, F2, ... F10, F11, F12.
    QCOMPARE(model->index(9, PatchPanelModel::FrontPortColumn).data().toString(),
             QStringLiteral("F10 (desk 10)"));

    const QModelIndex frontCable = cell(QStringLiteral("F1"), PatchPanelModel::FrontCableColumn);
    QCOMPARE(frontCable.data().toString(), QStringLiteral("Cat6 “S1”"));
    QCOMPARE(frontCable.data(Qt::DecorationRole).value<QColor>(),
             QColor(cableColourHex(QStringLiteral("blue"))));
    QCOMPARE(cell(QStringLiteral("F1"), PatchPanelModel::FrontFarEndColumn).data().toString(),
             QStringLiteral("srv-01 / eth0"));
    QCOMPARE(cell(QStringLiteral("F1"), PatchPanelModel::FrontConnectorColumn).data().toString(),
             QStringLiteral("RJ45"));
    QCOMPARE(cell(QStringLiteral("F1"), PatchPanelModel::RearPortColumn).data().toString(),
             QStringLiteral("R1"));
    QCOMPARE(cell(QStringLiteral("F1"), PatchPanelModel::RearConnectorColumn).data().toString(),
             QStringLiteral("LC"));
    const QModelIndex rearCable = cell(QStringLiteral("F1"), PatchPanelModel::RearCableColumn);
    QCOMPARE(rearCable.data().toString(), QStringLiteral("OM4"));
    QCOMPARE(rearCable.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#aa00ff")));
    // The rear's far end is the switch port behind pp-b.
    QCOMPARE(cell(QStringLiteral("F1"), PatchPanelModel::RearFarEndColumn).data().toString(),
             QStringLiteral("sw-01 / Ethernet1 via pp-b / R1"));
    QCOMPARE(cell(QStringLiteral("F1"), PatchPanelModel::RearFarEndColumn)
                 .data(PatchPanelModel::FarEndRole)
                 .toString(),
             QStringLiteral("sw-01 / Ethernet1"));
    // A free position.
    QCOMPARE(cell(QStringLiteral("F5"), PatchPanelModel::FrontCableColumn).data().toString(),
             QStringLiteral("—"));
    QVERIFY(!cell(QStringLiteral("F5"), PatchPanelModel::FrontCableColumn)
                 .data(PatchPanelModel::CableIdRole)
                 .isValid());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("patchPanelTitle"))
                ->text()
                .contains(QStringLiteral("pp-a")));

    // Actions follow the current cell.
    m_view->tableView()->setCurrentIndex(cell(QStringLiteral("F5"), PatchPanelModel::FrontPortColumn));
    QCOMPARE(m_view->connectAction()->text(), QStringLiteral("Connect…"));
    QVERIFY(!m_view->removeAction()->isEnabled());
    m_view->tableView()->setCurrentIndex(cell(QStringLiteral("F2"), PatchPanelModel::FrontCableColumn));
    QCOMPARE(m_view->connectAction()->text(), QStringLiteral("Edit cable…"));
    QVERIFY(m_view->removeAction()->isEnabled());
    QCOMPARE(m_view->currentPortId(), port(QStringLiteral("pp-a"), QStringLiteral("F2")));
}

void TstPatchPanelView::removeAndUndo()
{
    const qint64 f2 = port(QStringLiteral("pp-a"), QStringLiteral("F2"));
    const qint64 eth1 = port(QStringLiteral("srv-01"), QStringLiteral("eth1"));
    QTableView *table = m_view->tableView();
    table->setFocus();
    table->setCurrentIndex(cell(QStringLiteral("F2"), PatchPanelModel::FrontCableColumn));
    QVERIFY(m_view->removeAction()->isEnabled());

    QSignalSpy messages(m_view.get(), &PatchPanelView::message);
    QTest::keyClick(table, Qt::Key_Delete); // the Remove cable shortcut
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("pp-a / F2")));
    QVERIFY(box->text().contains(QStringLiteral("srv-01 / eth1")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM cable_ends WHERE port_id = :p"),
                                     {{QStringLiteral("p"), f2}}),
                              0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!cell(QStringLiteral("F2"), PatchPanelModel::FrontCableColumn)
                                  .data(PatchPanelModel::CableIdRole)
                                  .isValid(),
                             20000);
    QTRY_VERIFY(!messages.isEmpty());
    QCOMPARE(messages.constLast().at(0).toString(), QStringLiteral("Cable removed. Undo with Ctrl+Z."));
    QCOMPARE(messages.constLast().at(1).toBool(), false);
    QTRY_VERIFY(m_view->undoAction()->isEnabled());
    QVERIFY(m_view->undoAction()->text().startsWith(QStringLiteral("Undo remove cable")));

    // Ctrl+Z in the table restores it, with all its attributes.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM cable_ends WHERE port_id = :p"),
                                     {{QStringLiteral("p"), f2}}),
                              1, 20000);
    QSqlDatabase db = m_db->connection();
    auto restored = CableRepository(db).cableAt(f2);
    QVERIFY(restored && *restored);
    QCOMPARE((*restored)->portA, eth1);
    QCOMPARE((*restored)->type, QStringLiteral("Cat5e"));
    QCOMPARE((*restored)->colour, QStringLiteral("red"));
    QCOMPARE((*restored)->label, QStringLiteral("S2"));
    QCOMPARE((*restored)->lengthM, std::optional<double>(1.0));
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(QStringLiteral("F2"), PatchPanelModel::FrontFarEndColumn).data().toString(),
        QStringLiteral("srv-01 / eth1"), 20000);
    QTRY_COMPARE(messages.constLast().at(0).toString(), QStringLiteral("Cable restored."));

    // Redo removes it again; the Undo button restores it again.
    QTRY_VERIFY(!m_view->isBusy());
    m_view->undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM cable_ends WHERE port_id = :p"),
                                     {{QStringLiteral("p"), f2}}),
                              0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->undoAction()->isEnabled(), 20000);
    m_view->undoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM cable_ends WHERE port_id = :p"),
                                     {{QStringLiteral("p"), f2}}),
                              1, 20000);
    QTRY_VERIFY(!m_view->isBusy());
}

void TstPatchPanelView::cancelKeepsTheCable()
{
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM cables"));
    m_view->tableView()->setCurrentIndex(cell(QStringLiteral("F1"), PatchPanelModel::FrontPortColumn));
    m_view->removeAction()->trigger();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<QMessageBox *>(QStringLiteral("removeCableConfirmation")));
    QTest::qWait(300);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cables")), before);
    QVERIFY(cell(QStringLiteral("F1"), PatchPanelModel::FrontCableColumn)
                .data(PatchPanelModel::CableIdRole)
                .isValid());
}

void TstPatchPanelView::liveRefreshFromAnotherConnection()
{
    QVERIFY(!cell(QStringLiteral("F3"), PatchPanelModel::FrontCableColumn)
                 .data(PatchPanelModel::CableIdRole)
                 .isValid());
    QSqlDatabase other = m_db->connection(QStringLiteral("other"));
    QVERIFY(CableRepository(other).createCable({port(QStringLiteral("srv-01"), QStringLiteral("eth2")),
                                                port(QStringLiteral("pp-a"), QStringLiteral("F3")),
                                                QStringLiteral("Cat7"),
                                                QStringLiteral("green"),
                                                {},
                                                std::nullopt}));
    QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("F3"), PatchPanelModel::FrontCableColumn).data().toString(),
                              QStringLiteral("Cat7"), 20000);
    QCOMPARE(cell(QStringLiteral("F3"), PatchPanelModel::FrontCableColumn)
                 .data(Qt::DecorationRole)
                 .value<QColor>(),
             QColor(cableColourHex(QStringLiteral("green"))));
    QCOMPARE(cell(QStringLiteral("F3"), PatchPanelModel::FrontFarEndColumn).data().toString(),
             QStringLiteral("srv-01 / eth2"));
    // A port renamed elsewhere shows too.
    QVERIFY(db::exec(other, QStringLiteral("UPDATE ports SET label = 'moved desk' WHERE id = :id"),
                     {{QStringLiteral("id"), port(QStringLiteral("pp-a"), QStringLiteral("F4"))}}));
    QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("F4"), PatchPanelModel::FrontPortColumn).data().toString(),
                              QStringLiteral("F4 (moved desk)"), 20000);
}

void TstPatchPanelView::traceAndConnect()
{
    QSignalSpy trace(m_view.get(), &PatchPanelView::traceRequested);
    m_view->selectPort(port(QStringLiteral("pp-a"), QStringLiteral("R1")));
    QCOMPARE(m_view->tableView()->currentIndex().column(), int(PatchPanelModel::RearPortColumn));
    m_view->traceAction()->trigger();
    QCOMPARE(trace.count(), 1);
    QCOMPARE(trace.first().at(0).toLongLong(), port(QStringLiteral("pp-a"), QStringLiteral("R1")));

    // Connect… on a free port opens the editor with that port as end A.
    m_view->selectPort(port(QStringLiteral("pp-a"), QStringLiteral("F6")));
    m_view->connectAction()->trigger();
    CableEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = m_view->findChild<CableEditorDialog *>()) && editor->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(editor->isReady(), 20000);
    QVERIFY(!editor->cableId());
    QCOMPARE(editor->windowTitle(), QStringLiteral("Connect pp-a / F6"));
    // Saving through it refreshes the panel.
    QSignalSpy ports(editor, &CableEditorDialog::portsLoaded);
    editor->selectDevice(scalar(QStringLiteral("SELECT id FROM devices WHERE name = 'sw-01'")));
    QCOMPARE(ports.count(), 0);
    QVERIFY(ports.wait(20000));
    editor->selectPort(port(QStringLiteral("sw-01"), QStringLiteral("Ethernet3")));
    QVERIFY(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(QStringLiteral("F6"), PatchPanelModel::FrontFarEndColumn).data().toString(),
        QStringLiteral("sw-01 / Ethernet3"), 20000);
    QTRY_VERIFY(!m_view->findChild<CableEditorDialog *>());
}

QTEST_MAIN(TstPatchPanelView)
#include "tst_patchpanelview.moc"
