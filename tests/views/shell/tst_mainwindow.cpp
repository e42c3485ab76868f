// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over a real database: dragging a device with the mouse to
// a free U and onto an occupied one, undo; a palette drop creating a device;
// the search field jumping to a device; live refresh from another
// connection; the device panel saving and refusing.
#include "core/changelistener.h"
#include "core/database.h"
#include "core/workerpool.h"
#include "dcim/devicepanel.h"
#include "dcim/devicetypepalettemodel.h"
#include "dcim/locationtreemodel.h"
#include "dcim/newdevicedialog.h"
#include "dcim/rackelevationitems.h"
#include "dcim/rackelevationscene.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace hostdeck;

class TstMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheFirstRoom();
    void dragToFreeUMovesInTheDatabase();
    void dragOntoOccupiedUIsRefused();
    void undoMovesBackAndRedoAgain();
    void paletteDropCreatesDevice();
    void searchByAssetTagSelectsDevice();
    void searchWithoutHitSaysSo();
    void secondConsoleMoveShowsUp();
    void devicePanelSavesAndShowsDatabaseErrors();
    void treeSelectsSingleRack();
    void dragToAnotherRack();
    void searchWithSeveralHitsOffersAChoice();
    void databaseRefusesWhatAnotherConsoleTook();
    void connectionLossIsShown();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 deviceId(const QString &name)
    {
        return scalar(QStringLiteral("SELECT id FROM devices WHERE name = :n"),
                      {{QStringLiteral("n"), name}});
    }
    int uStart(const QString &name)
    {
        return int(scalar(QStringLiteral("SELECT u_start FROM devices WHERE name = :n"),
                          {{QStringLiteral("n"), name}}));
    }
    QPoint viewportPoint(const QPointF &scenePos);
    void drag(const QPointF &from, const QPointF &to, bool release = true);
    int sceneUStart(const QString &name);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_rack1 = 0;
    qint64 m_rack2 = 0;
    qint64 m_room = 0;
};

qint64 TstMainWindow::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

void TstMainWindow::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_mainwindow"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO locations (kind, code, name) VALUES ('site', 'EU-TST', 'Test site');"
        "INSERT INTO locations (parent_id, kind, code, name) SELECT id, 'room', 'EU-TST-R1', 'Room 1' FROM "
        "locations WHERE code = 'EU-TST';"
        "INSERT INTO racks (location_id, name, position, u_height, power_budget_kw) SELECT id, 'R1', 1, 42, "
        "4 FROM locations WHERE code = 'EU-TST-R1';"
        "INSERT INTO racks (location_id, name, position, u_height, power_budget_kw) SELECT id, 'R2', 2, 42, "
        "4 FROM locations WHERE code = 'EU-TST-R1';"
        "INSERT INTO customers (code, name) VALUES ('ACME', 'Acme Hosting');"
        "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, watts) VALUES"
        " ('Dell', 'R650', 'server', 1, true, 450), ('Dell', 'R750', 'server', 2, true, 700),"
        " ('Ubiquiti', 'Half1U', 'switch', 1, false, 30), ('APC', 'AP8841', 'pdu', 0, false, 0);"
        "INSERT INTO devices (device_type_id, name, serial, asset_tag, rack_id, u_start, u_end) SELECT t.id, "
        "'web-01', 'SN-WEB-01', 'AT-0001', r.id, 10, 10 FROM device_types t, racks r WHERE t.model = 'R650' "
        "AND r.name = 'R1';"
        "INSERT INTO devices (device_type_id, name, serial, asset_tag, rack_id, u_start, u_end) SELECT t.id, "
        "'db-01', 'SN-DB-01', 'AT-0002', r.id, 20, 21 FROM device_types t, racks r WHERE t.model = 'R750' "
        "AND r.name = 'R1';"
        "INSERT INTO devices (device_type_id, name, asset_tag, rack_id, u_start, u_end, face) SELECT t.id, "
        "'sw-01', 'AT-0003', r.id, 42, 42, 'rear' FROM device_types t, racks r WHERE t.model = 'Half1U' AND "
        "r.name = 'R1';"
        "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end, mount, face) SELECT t.id, "
        "'pdu-01', r.id, 1, 20, 'side-left', 'rear' FROM device_types t, racks r WHERE t.model = 'AP8841' "
        "AND r.name = 'R1';"
        "INSERT INTO devices (device_type_id, name, asset_tag, rack_id, u_start, u_end) SELECT t.id, "
        "'web-02', 'AT-0004', r.id, 5, 5 FROM device_types t, racks r WHERE t.model = 'R650' AND r.name = "
        "'R2';")));
    m_rack1 = scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'R1'"));
    m_rack2 = scalar(QStringLiteral("SELECT id FROM racks WHERE name = 'R2'"));
    m_room = scalar(QStringLiteral("SELECT id FROM locations WHERE code = 'EU-TST-R1'"));
    QVERIFY(m_rack1 > 0 && m_rack2 > 0 && m_room > 0);

    // The window logs in as a role of its own, so the connection-loss test can
    // lock it out without disturbing other tests sharing the cluster.
    QVERIFY(m_db->createRole(QStringLiteral("mw_operator"), QStringLiteral("hostdeck_admin")));
    m_pool = std::make_unique<WorkerPool>(m_db->as(QStringLiteral("mw_operator")), 2);
    m_listener = std::make_unique<ChangeListener>(m_db->as(QStringLiteral("mw_operator")), 1000);
    QSignalSpy listening(m_listener.get(), &ChangeListener::listening);
    m_listener->start();
    QVERIFY(listening.wait(10000));
    m_window = std::make_unique<MainWindow>(m_pool.get(), m_listener.get(), QStringLiteral("test database"));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_listener.reset();
    m_pool.reset();
}

QPoint TstMainWindow::viewportPoint(const QPointF &scenePos)
{
    QGraphicsView *view = m_window->rackView();
    view->ensureVisible(QRectF(scenePos, QSizeF(1, 1)), 80, 80);
    return view->mapFromScene(scenePos);
}

void TstMainWindow::drag(const QPointF &from, const QPointF &to, bool release)
{
    QWidget *viewport = m_window->rackView()->viewport();
    const QPoint start = viewportPoint(from);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    const QPoint end = m_window->rackView()->mapFromScene(to);
    constexpr int kSteps = 6;
    for (int i = 1; i <= kSteps; ++i)
        QTest::mouseMove(viewport, start + (end - start) * i / kSteps);
    if (release)
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
}

int TstMainWindow::sceneUStart(const QString &name)
{
    for (const RackContents &rc : m_window->scene()->racks()) {
        for (const Device &d : rc.devices) {
            if (d.name == name)
                return d.placement.uStart;
        }
    }
    return -1;
}

void TstMainWindow::opensOnTheFirstRoom()
{
    RackElevationScene *scene = m_window->scene();
    QTRY_VERIFY_WITH_TIMEOUT(scene->deviceItem(deviceId(QStringLiteral("web-01"))) != nullptr, 10000);
    QCOMPARE(scene->racks().size(), 2); // the row: both racks side by side
    QVERIFY(scene->rackRect(m_rack2).left() > scene->rackRect(m_rack1).right());
    QVERIFY(m_window->locationModel()->rowCount() == 1);
    QVERIFY(!m_window->isConnectionLost());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"))
                ->text()
                .contains(QStringLiteral("test database")));
    // Full depth on both faces, half depth on its face only, 0U in a side channel.
    const qint64 web = deviceId(QStringLiteral("web-01"));
    QCOMPARE(scene->deviceItem(web, Face::Rear)->drawnOn(), Face::Rear);
    QCOMPARE(scene->deviceItem(deviceId(QStringLiteral("sw-01")), Face::Front)->drawnOn(), Face::Rear);
    QCOMPARE(
        scene->spotAt(scene->deviceItem(deviceId(QStringLiteral("pdu-01")))->sceneBoundingRect().center())
            .mount,
        Mount::SideLeft);
}

void TstMainWindow::dragToFreeUMovesInTheDatabase()
{
    RackElevationScene *scene = m_window->scene();
    const qint64 web = deviceId(QStringLiteral("web-01"));
    QTRY_VERIFY_WITH_TIMEOUT(scene->deviceItem(web) != nullptr, 10000);
    const QPointF from = scene->deviceItem(web, Face::Front)->sceneBoundingRect().center();
    const QPointF to = scene->slotCenter(m_rack1, Face::Front, 14);
    drag(from, to, false);
    // While dragging, the target is highlighted as valid.
    QVERIFY(scene->isDropHighlightVisible());
    QVERIFY2(scene->isDropHighlightValid(), qPrintable(scene->dropHint()));
    QTest::mouseRelease(m_window->rackView()->viewport(), Qt::LeftButton, {},
                        m_window->rackView()->mapFromScene(to));
    QVERIFY(!scene->isDropHighlightVisible());
    QTRY_COMPARE_WITH_TIMEOUT(uStart(QStringLiteral("web-01")), 14, 5000);
    QCOMPARE(scalar(QStringLiteral("SELECT u_end FROM devices WHERE name = 'web-01'")), 14);
    QTRY_COMPARE(m_window->undoStack()->count(), 1);
    // The view follows the database.
    QTRY_COMPARE_WITH_TIMEOUT(sceneUStart(QStringLiteral("web-01")), 14, 5000);
    // A move is logged once, by the operator role.
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM activity_log WHERE entity_type = 'devices' AND action = 'move' "
                        "AND entity_id = :id"),
                    {{QStringLiteral("id"), web}}),
             1);
}

void TstMainWindow::dragOntoOccupiedUIsRefused()
{
    RackElevationScene *scene = m_window->scene();
    const qint64 web = deviceId(QStringLiteral("web-01"));
    QTRY_COMPARE_WITH_TIMEOUT(sceneUStart(QStringLiteral("web-01")), 14, 5000);
    const int logBefore = int(scalar(QStringLiteral("SELECT count(*) FROM activity_log")));
    const QPointF from = scene->deviceItem(web, Face::Front)->sceneBoundingRect().center();
    const QPointF onto = scene->slotCenter(m_rack1, Face::Front, 21); // db-01 (U 20-21)
    drag(from, onto, false);
    QVERIFY(scene->isDropHighlightVisible());
    QVERIFY(!scene->isDropHighlightValid());
    QVERIFY2(scene->dropHint().contains(QStringLiteral("db-01")), qPrintable(scene->dropHint()));
    QTest::mouseRelease(m_window->rackView()->viewport(), Qt::LeftButton, {},
                        m_window->rackView()->mapFromScene(onto));
    QVERIFY2(m_window->lastMessage().contains(QStringLiteral("db-01")), qPrintable(m_window->lastMessage()));
    QTest::qWait(300);
    QCOMPARE(uStart(QStringLiteral("web-01")), 14);
    QCOMPARE(int(scalar(QStringLiteral("SELECT count(*) FROM activity_log"))), logBefore);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Past the top: a 2U device dragged so its top would be U 43.
    const qint64 dbId = deviceId(QStringLiteral("db-01"));
    const QPointF dbFrom = scene->slotCenter(m_rack1, Face::Front, 20); // grabbed at its bottom U
    drag(dbFrom, scene->slotCenter(m_rack2, Face::Front, 42), false);
    QVERIFY(!scene->isDropHighlightValid());
    QVERIFY2(scene->dropHint().contains(QStringLiteral("42")), qPrintable(scene->dropHint()));
    QTest::mouseRelease(m_window->rackView()->viewport(), Qt::LeftButton, {},
                        m_window->rackView()->mapFromScene(scene->slotCenter(m_rack2, Face::Front, 42)));
    QTest::qWait(300);
    QCOMPARE(
        scalar(QStringLiteral("SELECT rack_id FROM devices WHERE id = :id"), {{QStringLiteral("id"), dbId}}),
        m_rack1);
}

void TstMainWindow::undoMovesBackAndRedoAgain()
{
    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QTRY_COMPARE_WITH_TIMEOUT(uStart(QStringLiteral("web-01")), 10, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(sceneUStart(QStringLiteral("web-01")), 10, 5000);
    undo->redo();
    QTRY_COMPARE_WITH_TIMEOUT(uStart(QStringLiteral("web-01")), 14, 5000);
    undo->undo();
    QTRY_COMPARE_WITH_TIMEOUT(uStart(QStringLiteral("web-01")), 10, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(sceneUStart(QStringLiteral("web-01")), 10, 5000);
}

void TstMainWindow::paletteDropCreatesDevice()
{
    RackElevationScene *scene = m_window->scene();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->paletteModel()->rowCount(), 4, 5000);
    int r650Row = -1;
    for (int i = 0; i < m_window->paletteModel()->types().size(); ++i) {
        if (m_window->paletteModel()->types().at(i).model == QLatin1String("R650"))
            r650Row = i;
    }
    QVERIFY(r650Row >= 0);
    // The drag carries what the palette's model packs for that row.
    const QModelIndex row = m_window->paletteModel()->index(r650Row);
    std::unique_ptr<QMimeData> mime(m_window->paletteModel()->mimeData({row}));
    QVERIFY(mime);
    QWidget *viewport = m_window->rackView()->viewport();
    const auto dragTo = [&](const QPointF &scenePos) {
        const QPoint at = viewportPoint(scenePos);
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &move);
        return move.isAccepted();
    };
    const auto dropAt = [&](const QPointF &scenePos) {
        QDropEvent drop(QPointF(m_window->rackView()->mapFromScene(scenePos)), Qt::CopyAction, mime.get(),
                        Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    };

    // An occupied U is refused while dragging, with the reason; the drop asks nothing, creates nothing.
    const QPointF occupied = scene->slotCenter(m_rack2, Face::Front, 5); // web-02
    QVERIFY(!dragTo(occupied));
    QVERIFY(scene->isDropHighlightVisible());
    QVERIFY(!scene->isDropHighlightValid());
    QVERIFY2(scene->dropHint().contains(QStringLiteral("web-02")), qPrintable(scene->dropHint()));
    QVERIFY(!dropAt(occupied));
    QTest::qWait(50);
    QVERIFY(m_window->findChild<NewDeviceDialog *>() == nullptr);

    const int before = int(scalar(QStringLiteral("SELECT count(*) FROM devices")));
    const QPointF free = scene->slotCenter(m_rack2, Face::Front, 30);
    QVERIFY(dragTo(free));
    QVERIFY(scene->isDropHighlightValid());
    QVERIFY(dropAt(free));
    QVERIFY(!scene->isDropHighlightVisible());
    NewDeviceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NewDeviceDialog *>()) != nullptr);
    QVERIFY(!dialog->name().isEmpty()); // a suggestion
    dialog->setName(QStringLiteral("new-01"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(uStart(QStringLiteral("new-01")), 30, 5000);
    QCOMPARE(scalar(QStringLiteral("SELECT rack_id FROM devices WHERE name = 'new-01'")), m_rack2);
    QCOMPARE(int(scalar(QStringLiteral("SELECT count(*) FROM devices"))), before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(scene->device(deviceId(QStringLiteral("new-01"))).has_value(), 5000);
    // Undo deletes it.
    m_window->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(int(scalar(QStringLiteral("SELECT count(*) FROM devices"))), before, 5000);
    m_window->undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(uStart(QStringLiteral("new-01")), 30, 5000);
}

void TstMainWindow::searchByAssetTagSelectsDevice()
{
    RackElevationScene *scene = m_window->scene();
    const qint64 db = deviceId(QStringLiteral("db-01"));
    scene->selectDevice(0);
    QLineEdit *field = m_window->searchField();
    field->setFocus();
    field->clear();
    // As a barcode scanner does: the tag, then Enter.
    QTest::keyClicks(field, QStringLiteral("AT-0002"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(scene->selectedDeviceId(), db, 5000);
    QVERIFY(scene->deviceItem(db)->isSelected());
    QTRY_COMPARE(m_window->devicePanel()->deviceId(), db);
    // The device is scrolled into view.
    const QRectF visible =
        m_window->rackView()->mapToScene(m_window->rackView()->viewport()->rect()).boundingRect();
    QVERIFY(visible.intersects(scene->deviceItem(db)->sceneBoundingRect()));
}

void TstMainWindow::searchWithoutHitSaysSo()
{
    m_window->search(QStringLiteral("no-such-thing-xyz"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastMessage().contains(QStringLiteral("no-such-thing-xyz")), 5000);
}

void TstMainWindow::secondConsoleMoveShowsUp()
{
    QTRY_COMPARE_WITH_TIMEOUT(sceneUStart(QStringLiteral("web-02")), 5, 5000);
    // Another console moves web-02 on its own connection.
    QSqlDatabase other = m_db->connection(QStringLiteral("other-console"));
    auto q =
        db::exec(other, QStringLiteral("UPDATE devices SET u_start = 8, u_end = 8 WHERE name = 'web-02'"));
    QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().fullText()));
    // No refresh() here: the NOTIFY reaches the window.
    QTRY_COMPARE_WITH_TIMEOUT(sceneUStart(QStringLiteral("web-02")), 8, 2000);
}

void TstMainWindow::devicePanelSavesAndShowsDatabaseErrors()
{
    RackElevationScene *scene = m_window->scene();
    DevicePanel *panel = m_window->devicePanel();
    const qint64 web = deviceId(QStringLiteral("web-01"));
    scene->selectDevice(web);
    QTRY_COMPARE(panel->deviceId(), web);
    auto *name = panel->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *tag = panel->findChild<QLineEdit *>(QStringLiteral("assetTagEdit"));
    auto *apply = panel->findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *message = panel->findChild<QLabel *>(QStringLiteral("messageLabel"));
    auto *disposition = panel->findChild<QComboBox *>(QStringLiteral("dispositionCombo"));

    // Empty name: Apply disabled, the reason shown.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!apply->isEnabled());
    QVERIFY(!message->text().isEmpty());

    // A duplicate asset tag is refused by the database, shown inline.
    QTest::keyClicks(name, QStringLiteral("web-01"));
    tag->selectAll();
    QTest::keyClicks(tag, QStringLiteral("AT-0002"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("asset tag")), 5000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices WHERE asset_tag = 'AT-0002'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM devices WHERE asset_tag = 'AT-0001'")), 1);

    // A disposition change saves and can be undone.
    tag->selectAll();
    QTest::keyClicks(tag, QStringLiteral("AT-0001"));
    disposition->setCurrentIndex(disposition->findData(int(Disposition::Faulty)));
    QVERIFY(apply->isEnabled());
    const int commands = m_window->undoStack()->index();
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(
            QStringLiteral("SELECT count(*) FROM devices WHERE name = 'web-01' AND disposition = 'faulty'")),
        1, 5000);
    QTRY_COMPARE(m_window->undoStack()->index(), commands + 1);
    m_window->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral(
            "SELECT count(*) FROM devices WHERE name = 'web-01' AND disposition = 'available'")),
        1, 5000);
}

void TstMainWindow::treeSelectsSingleRack()
{
    const QModelIndex rack = m_window->locationModel()->indexFor(LocationTreeItem::Kind::Rack, m_rack2);
    QVERIFY(rack.isValid());
    m_window->locationView()->setCurrentIndex(rack);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->scene()->racks().size(), 1, 5000);
    QCOMPARE(m_window->scene()->racks().first().rack.id, m_rack2);
    const QModelIndex room = m_window->locationModel()->indexFor(LocationTreeItem::Kind::Room, m_room);
    m_window->locationView()->setCurrentIndex(room);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->scene()->racks().size(), 2, 5000);
}

void TstMainWindow::dragToAnotherRack()
{
    RackElevationScene *scene = m_window->scene();
    QTRY_COMPARE_WITH_TIMEOUT(scene->racks().size(), 2, 5000);
    const qint64 web2 = deviceId(QStringLiteral("web-02"));
    QTRY_VERIFY_WITH_TIMEOUT(scene->deviceItem(web2) != nullptr, 5000);
    drag(scene->deviceItem(web2, Face::Rear)->sceneBoundingRect().center(),
         scene->slotCenter(m_rack1, Face::Rear, 33));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT rack_id FROM devices WHERE id = :id"), {{QStringLiteral("id"), web2}}),
        m_rack1, 5000);
    QCOMPARE(uStart(QStringLiteral("web-02")), 33);
    QTRY_VERIFY(m_window->undoStack()->undoText().contains(QStringLiteral("web-02")));
    m_window->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT rack_id FROM devices WHERE id = :id"), {{QStringLiteral("id"), web2}}),
        m_rack2, 5000);
    QCOMPARE(uStart(QStringLiteral("web-02")), 8);
}

void TstMainWindow::searchWithSeveralHitsOffersAChoice()
{
    RackElevationScene *scene = m_window->scene();
    scene->selectDevice(0);
    m_window->search(QStringLiteral("web-0"));
    QMenu *menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = m_window->findChild<QMenu *>(QStringLiteral("searchHits"))) != nullptr,
                             5000);
    QVERIFY(menu->actions().size() >= 2);
    QCOMPARE(scene->selectedDeviceId(), 0); // nothing chosen yet
    QAction *second = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().startsWith(QStringLiteral("web-02")))
            second = a;
    }
    QVERIFY(second);
    second->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(scene->selectedDeviceId(), deviceId(QStringLiteral("web-02")), 5000);
    menu->close();
}

void TstMainWindow::databaseRefusesWhatAnotherConsoleTook()
{
    RackElevationScene *scene = m_window->scene();
    m_window->showLocation(m_room);
    const qint64 web = deviceId(QStringLiteral("web-02"));
    QTRY_VERIFY_WITH_TIMEOUT(scene->deviceItem(web) != nullptr, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
    const int before = uStart(QStringLiteral("web-02"));
    const int undoCount = m_window->undoStack()->count();
    const QPointF target = scene->slotCenter(m_rack2, Face::Front, 36);

    // Another console takes U 36 of R2; this window has not heard of it yet.
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO devices (device_type_id, name, rack_id, u_start, u_end) SELECT t.id, 'intruder', r.id, "
        "36, 36 FROM device_types t, racks r WHERE t.model = 'R650' AND r.name = 'R2'")));
    drag(scene->deviceItem(web, Face::Front)->sceneBoundingRect().center(), target, false);
    QVERIFY2(scene->isDropHighlightValid(), qPrintable(scene->dropHint())); // the stale view allows it
    QTest::mouseRelease(m_window->rackView()->viewport(), Qt::LeftButton, {},
                        m_window->rackView()->mapFromScene(target));

    // The database refuses, the window says why, and nothing moved.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastMessage().contains(QStringLiteral("intruder")), 5000);
    QCOMPARE(uStart(QStringLiteral("web-02")), before);
    QCOMPARE(m_window->undoStack()->count(), undoCount);
    // The view catches up with what the other console did.
    QTRY_VERIFY_WITH_TIMEOUT(scene->deviceItem(deviceId(QStringLiteral("intruder"))) != nullptr, 5000);
    QCOMPARE(sceneUStart(QStringLiteral("web-02")), before);
    QVERIFY(m_db->superExec(QStringLiteral("DELETE FROM devices WHERE name = 'intruder'")));
}

void TstMainWindow::connectionLossIsShown()
{
    QVERIFY(!m_window->isConnectionLost());
    // The server throws the window's sessions out and refuses new ones.
    QVERIFY(m_db->superExec(QStringLiteral(
        "ALTER ROLE mw_operator NOLOGIN; "
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'mw_operator'")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isConnectionLost(), 10000);
    QVERIFY2(m_window->connectionText().contains(QStringLiteral("lost")),
             qPrintable(m_window->connectionText()));
    // The window still responds: a refresh is accepted and the event loop runs.
    m_window->refresh();
    QTest::qWait(200);
    QVERIFY(m_window->isConnectionLost());

    // Back in: the listener reconnects and the next job succeeds on a fresh connection.
    QVERIFY(m_db->superExec(QStringLiteral("ALTER ROLE mw_operator LOGIN")));
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isConnectionLost(), 15000);
    QVERIFY(!m_window->connectionText().contains(QStringLiteral("lost")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->scene()->deviceItem(deviceId(QStringLiteral("web-02"))) != nullptr,
                             10000);
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
