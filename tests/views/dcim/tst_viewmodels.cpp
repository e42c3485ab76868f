// SPDX-License-Identifier: GPL-3.0-or-later
// The views' item models under QAbstractItemModelTester, the scene's layout
// and drop checks on value data (no database), and the dialogs' validation.
#include "dcim/devicepanel.h"
#include "dcim/devicetypepalettemodel.h"
#include "dcim/locationtreemodel.h"
#include "dcim/newdevicedialog.h"
#include "dcim/rackelevationitems.h"
#include "dcim/rackelevationscene.h"
#include "shell/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QtTest>

using namespace hostdeck;

namespace {
Location location(qint64 id, qint64 parent, const QString &kind, const QString &code)
{
    return {id, parent, kind, code, code + QStringLiteral(" name")};
}

Rack rack(qint64 id, qint64 locationId, const QString &name, int position, int u = 42)
{
    Rack r;
    r.id = id;
    r.locationId = locationId;
    r.name = name;
    r.position = position;
    r.uHeight = u;
    r.powerBudgetKw = 5;
    return r;
}

Device device(qint64 id, const QString &name, qint64 rackId, int uStart, int height, bool fullDepth = true,
              Face face = Face::Front, Mount mount = Mount::Rack, WidthSlot width = WidthSlot::Full)
{
    Device d;
    d.id = id;
    d.name = name;
    d.model = QStringLiteral("Model");
    d.typeUHeight = height;
    d.fullDepth = fullDepth;
    d.halfWidthType = width != WidthSlot::Full;
    d.placement = {rackId, mount, face, width, uStart, uStart + std::max(height, 1) - 1};
    if (height == 0)
        d.placement.uEnd = uStart + 9;
    return d;
}
} // namespace

class TstViewModels : public QObject
{
    Q_OBJECT
private slots:
    void locationTreeShape();
    void locationTreeWithOrphans();
    void paletteModel();
    void paletteMimeRoundTrip();
    void sceneDrawsFacesAndChannels();
    void sceneDropChecks();
    void sceneDragShowsReasonAndRefusesInvalid();
    void devicePanelValidation();
    void settingsRefusesPasswordAndBadUrls();
    void newDeviceNameSuggestionIsUnique();

private:
    QList<RackContents> sampleRow();
};

void TstViewModels::locationTreeShape()
{
    LocationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContents({location(1, 0, QStringLiteral("site"), QStringLiteral("EU-FRA")),
                       location(2, 1, QStringLiteral("room"), QStringLiteral("EU-FRA-R2")),
                       location(3, 1, QStringLiteral("room"), QStringLiteral("EU-FRA-R1"))},
                      {rack(10, 3, QStringLiteral("B"), 2), rack(11, 3, QStringLiteral("A"), 1),
                       rack(12, 2, QStringLiteral("C"), 1)});
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex site = model.index(0, 0);
    QCOMPARE(site.data(LocationTreeModel::KindRole).toInt(), int(LocationTreeItem::Kind::Site));
    QCOMPARE(model.rowCount(site), 2);
    // Rooms sorted by code, racks by position.
    const QModelIndex r1 = model.index(0, 0, site);
    QCOMPARE(r1.data(LocationTreeModel::IdRole).toLongLong(), 3);
    QCOMPARE(model.rowCount(r1), 2);
    QCOMPARE(model.index(0, 0, r1).data().toString(), QStringLiteral("A"));
    QCOMPARE(model.index(1, 0, r1).data().toString(), QStringLiteral("B"));
    QCOMPARE(model.parent(model.index(1, 0, r1)), r1);

    const QModelIndex rackB = model.indexFor(LocationTreeItem::Kind::Rack, 10);
    QVERIFY(rackB.isValid());
    QCOMPARE(rackB.data().toString(), QStringLiteral("B"));
    QCOMPARE(model.indexFor(LocationTreeItem::Kind::Room, 2).data(LocationTreeModel::IdRole).toLongLong(), 2);
    QVERIFY(!model.indexFor(LocationTreeItem::Kind::Rack, 99).isValid());

    // A second load replaces the tree (the tester checks the reset).
    model.setContents({location(1, 0, QStringLiteral("site"), QStringLiteral("EU-FRA"))}, {});
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    model.setContents({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TstViewModels::locationTreeWithOrphans()
{
    LocationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A cage listed before its room, a room whose site is missing, a rack of an unknown location.
    model.setContents({location(5, 4, QStringLiteral("cage"), QStringLiteral("CAGE-1")),
                       location(4, 1, QStringLiteral("room"), QStringLiteral("ROOM-1")),
                       location(6, 77, QStringLiteral("room"), QStringLiteral("ROOM-X"))},
                      {rack(20, 5, QStringLiteral("CR1"), 1), rack(21, 999, QStringLiteral("LOST"), 1)});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex cage = model.indexFor(LocationTreeItem::Kind::Cage, 5);
    QVERIFY(cage.isValid());
    QCOMPARE(model.parent(cage).data(LocationTreeModel::IdRole).toLongLong(), 4);
    QCOMPARE(model.rowCount(cage), 1);
    QVERIFY(!model.indexFor(LocationTreeItem::Kind::Rack, 21).isValid());
}

void TstViewModels::paletteModel()
{
    DeviceTypePaletteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTypes(
        {{1, QStringLiteral("Dell"), QStringLiteral("R650"), QStringLiteral("server"), 1, true, false, 450},
         {2, QStringLiteral("APC"), QStringLiteral("AP8841"), QStringLiteral("pdu"), 0, false, false, 0}});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
    QVERIFY(model.index(0).data().toString().contains(QStringLiteral("R650")));
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0U")));
    QCOMPARE(model.mimeTypes(), QStringList{DeviceTypePaletteModel::kMimeType});
    model.setTypes({});
    QCOMPARE(model.rowCount(), 0);
}

void TstViewModels::paletteMimeRoundTrip()
{
    DeviceTypePaletteModel model;
    const DeviceType type{
        7,  QStringLiteral("Supermicro"), QStringLiteral("Twin"), QStringLiteral("server"), 2, false, true,
        300};
    model.setTypes({type});
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0)}));
    QVERIFY(mime);
    const auto back = DeviceTypePaletteModel::decode(mime.get());
    QVERIFY(back.has_value());
    QCOMPARE(back->id, 7);
    QCOMPARE(back->uHeight, 2);
    QCOMPARE(back->fullDepth, false);
    QCOMPARE(back->halfWidth, true);
    QCOMPARE(back->watts, 300);
    QMimeData other;
    other.setText(QStringLiteral("R650"));
    QVERIFY(!DeviceTypePaletteModel::decode(&other).has_value());
}

QList<RackContents> TstViewModels::sampleRow()
{
    RackContents a{rack(1, 3, QStringLiteral("R1"), 1), {}};
    a.devices << device(100, QStringLiteral("full"), 1, 10, 2)
              << device(101, QStringLiteral("halfdepth"), 1, 20, 1, false, Face::Rear)
              << device(102, QStringLiteral("left"), 1, 30, 1, true, Face::Front, Mount::Rack,
                        WidthSlot::Left)
              << device(103, QStringLiteral("right"), 1, 30, 1, true, Face::Front, Mount::Rack,
                        WidthSlot::Right)
              << device(104, QStringLiteral("pdu"), 1, 1, 0, false, Face::Rear, Mount::SideLeft);
    a.rack.allocatedWatts = 6000; // over the 5 kW budget
    RackContents b{rack(2, 3, QStringLiteral("R2"), 2, 48), {}};
    b.devices << device(200, QStringLiteral("other"), 2, 1, 1);
    return {a, b};
}

void TstViewModels::sceneDrawsFacesAndChannels()
{
    RackElevationScene scene;
    scene.setRacks(sampleRow());
    // Full depth: drawn on both faces, at the same height.
    DeviceItem *front = scene.deviceItem(100, Face::Front);
    DeviceItem *rear = scene.deviceItem(100, Face::Rear);
    QVERIFY(front && rear && front != rear);
    QCOMPARE(front->sceneBoundingRect().center().y(), rear->sceneBoundingRect().center().y());
    QVERIFY(rear->sceneBoundingRect().left() > front->sceneBoundingRect().right());
    QCOMPARE(front->boundingRect().height() - 3, 2 * RackGeometry::kU);
    // Half depth: only on its own face.
    QCOMPARE(scene.deviceItem(101, Face::Front)->drawnOn(), Face::Rear);
    // Half width: side by side in one U.
    const QRectF left = scene.deviceItem(102)->sceneBoundingRect();
    const QRectF right = scene.deviceItem(103)->sceneBoundingRect();
    QCOMPARE(left.center().y(), right.center().y());
    QVERIFY(left.center().x() < right.center().x());
    QVERIFY(left.width() < front->sceneBoundingRect().width());
    // The rear view is mirrored: seen from behind, the front's left half is on the right.
    const QRectF leftRear = scene.deviceItem(102, Face::Rear)->sceneBoundingRect();
    const QRectF rightRear = scene.deviceItem(103, Face::Rear)->sceneBoundingRect();
    QVERIFY(leftRear.center().x() > rightRear.center().x());
    QCOMPARE(scene.spotAt(leftRear.center()).half, WidthSlot::Left);
    QCOMPARE(scene.spotAt(scene.slotCenter(1, Face::Rear, 30, WidthSlot::Right)).half, WidthSlot::Right);
    // 0U: the left side channel (named from the front) is right of the rear face, outside the U area.
    const QRectF pdu = scene.deviceItem(104)->sceneBoundingRect();
    const QRectF rearFace = RackGeometry(0, 42).face(Face::Rear);
    QVERIFY(pdu.center().x() > rearFace.right());
    QCOMPARE(scene.spotAt(pdu.center()).mount, Mount::SideLeft);
    QVERIFY(RackGeometry(0, 42).channel(Face::Front, Mount::SideLeft).right() <=
            RackGeometry(0, 42).face(Face::Front).left());
    // The second rack lies to the right; 2 racks + devices.
    QVERIFY(scene.rackRect(2).left() > scene.rackRect(1).right());
    QCOMPARE(scene.deviceItemCount(), 2 + 1 + 2 + 2 + 1 + 2); // half width here is full depth
    // U lookup: the centre of U 12 is U 12.
    const RackElevationScene::Spot spot = scene.spotAt(scene.slotCenter(2, Face::Rear, 12));
    QCOMPARE(spot.rackIndex, 1);
    QCOMPARE(spot.face, Face::Rear);
    QCOMPARE(spot.u, 12);
    QCOMPARE(scene.spotAt(QPointF(-50, 100)).rackIndex, -1);

    // Selecting selects both faces; a reload keeps the selection.
    scene.selectDevice(100);
    QVERIFY(scene.deviceItem(100, Face::Front)->isSelected());
    QVERIFY(scene.deviceItem(100, Face::Rear)->isSelected());
    scene.setRacks(sampleRow());
    QCOMPARE(scene.selectedDeviceId(), 100);
    QVERIFY(scene.deviceItem(100, Face::Rear)->isSelected());
}

void TstViewModels::sceneDropChecks()
{
    RackElevationScene scene;
    scene.setRacks(sampleRow());
    const DeviceType oneU{
        5, QStringLiteral("Dell"), QStringLiteral("R650"), QStringLiteral("server"), 1, true, false, 450};
    // Free U.
    auto ok = scene.checkNewDevice(oneU, scene.slotCenter(1, Face::Front, 5));
    QVERIFY2(ok.ok, qPrintable(ok.reason));
    QCOMPARE(ok.placement.uStart, 5);
    QCOMPARE(ok.placement.rackId, 1);
    // Occupied (the full-depth device at U 10-11), reason names it.
    auto busy = scene.checkNewDevice(oneU, scene.slotCenter(1, Face::Rear, 11));
    QVERIFY(!busy.ok);
    QVERIFY2(busy.reason.contains(QStringLiteral("full")), qPrintable(busy.reason));
    // A full-depth device conflicts with the half-depth one at the rear...
    QVERIFY(!scene.checkNewDevice(oneU, scene.slotCenter(1, Face::Front, 20)).ok);
    // ...but a half-depth one fits in front of it.
    const DeviceType halfDepth{
        6, QStringLiteral("Ubiquiti"), QStringLiteral("Flex"), QStringLiteral("switch"), 1, false, false, 20};
    QVERIFY(scene.checkNewDevice(halfDepth, scene.slotCenter(1, Face::Front, 20)).ok);
    // Past the top of the rack: a 2U device with its bottom at U 42.
    const DeviceType twoU{
        8, QStringLiteral("Dell"), QStringLiteral("R750"), QStringLiteral("server"), 2, true, false, 700};
    auto top = scene.checkNewDevice(twoU, scene.slotCenter(1, Face::Front, 42));
    QVERIFY(!top.ok);
    QVERIFY2(top.reason.contains(QStringLiteral("42")), qPrintable(top.reason));
    // Not over a rack.
    QVERIFY(!scene.checkNewDevice(oneU, QPointF(2, 2)).ok);
    // A move of the device onto itself shifted by one U overlaps nothing else.
    const Device full = *scene.device(100);
    QVERIFY(scene.checkMove(full, scene.slotCenter(1, Face::Front, 11), 0).ok);
    QVERIFY(!scene.checkMove(full, scene.slotCenter(1, Face::Front, 29), 0).ok);
}

void TstViewModels::sceneDragShowsReasonAndRefusesInvalid()
{
    RackElevationScene scene;
    scene.setRacks(sampleRow());
    QSignalSpy moves(&scene, &RackElevationScene::moveRequested);
    QSignalSpy refused(&scene, &RackElevationScene::dropRefused);
    QSignalSpy creates(&scene, &RackElevationScene::createRequested);
    // A refused palette drop emits the reason and creates nothing.
    const DeviceType oneU{
        5, QStringLiteral("Dell"), QStringLiteral("R650"), QStringLiteral("server"), 1, true, false, 450};
    QVERIFY(!scene.dropDeviceType(oneU, scene.slotCenter(1, Face::Front, 10)));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(creates.size(), 0);
    QVERIFY(scene.dropDeviceType(oneU, scene.slotCenter(2, Face::Front, 40)));
    QCOMPARE(creates.size(), 1);
    QCOMPARE(creates.first().at(1).value<Placement>().uStart, 40);
    QCOMPARE(moves.size(), 0);
}

void TstViewModels::devicePanelValidation()
{
    DevicePanel panel;
    panel.show();
    auto *name = panel.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *watts = panel.findChild<QLineEdit *>(QStringLiteral("wattsEdit"));
    auto *apply = panel.findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *message = panel.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(name && watts && apply && message);
    QVERIFY(!apply->isEnabled()); // nothing shown

    Device d = device(100, QStringLiteral("web-01"), 1, 10, 1);
    d.watts = 300;
    panel.showDevice(d);
    QCOMPARE(name->text(), QStringLiteral("web-01"));
    QVERIFY(!apply->isEnabled()); // nothing edited yet

    QSignalSpy applied(&panel, &DevicePanel::applyRequested);
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(name->text().isEmpty());
    QVERIFY(!apply->isEnabled());
    QVERIFY2(message->text().contains(QStringLiteral("name")), qPrintable(message->text()));
    QVERIFY(name->property("invalid").toBool());
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(applied.size(), 0);

    QTest::keyClicks(name, QStringLiteral("web-02"));
    QVERIFY(apply->isEnabled());
    QVERIFY(message->text().isEmpty());

    watts->selectAll();
    QTest::keyClicks(watts, QStringLiteral("-5"));
    QVERIFY(!apply->isEnabled());
    QVERIFY(watts->property("invalid").toBool());
    QVERIFY(message->text().contains(QStringLiteral("Watts")));
    watts->selectAll();
    QTest::keyClicks(watts, QStringLiteral("250"));
    QVERIFY(apply->isEnabled());

    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    const auto props = applied.first().at(1).value<DeviceProperties>();
    QCOMPARE(props.name, QStringLiteral("web-02"));
    QCOMPARE(props.watts, 250);
    // An error from the database is shown inline.
    panel.showError(QStringLiteral("Asset tag AT-1 is in use by web-03."));
    QCOMPARE(message->text(), QStringLiteral("Asset tag AT-1 is in use by web-03."));
}

void TstViewModels::settingsRefusesPasswordAndBadUrls()
{
    QVERIFY(SettingsDialog::validateUrl(QString()).isEmpty());
    QVERIFY(SettingsDialog::validateUrl(QStringLiteral("postgresql://ops@db.example.net:5432/hostdeck"))
                .isEmpty());
    const QString password =
        SettingsDialog::validateUrl(QStringLiteral("postgresql://ops:secret@db.example.net/hostdeck"));
    QVERIFY(password.contains(QStringLiteral("PGPASSWORD")));
    QVERIFY(password.contains(QStringLiteral(".pgpass")));
    QVERIFY(!SettingsDialog::validateUrl(QStringLiteral("mysql://db.example.net/x")).isEmpty());

    QCoreApplication::setOrganizationName(QStringLiteral("HostDeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_viewmodels"));
    QSettings().clear();
    SettingsDialog dialog;
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(url && buttons);
    url->setText(QStringLiteral("postgresql://ops:secret@db/hostdeck"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    url->setText(QStringLiteral("postgresql://ops@db/hostdeck"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("database/url")).toString(),
             QStringLiteral("postgresql://ops@db/hostdeck"));
    QSettings().clear();
}

void TstViewModels::newDeviceNameSuggestionIsUnique()
{
    const DeviceType t{
        1, QStringLiteral("Dell"), QStringLiteral("R650"), QStringLiteral("server"), 1, true, false, 450};
    const QString first = NewDeviceDialog::suggestName(t, QStringLiteral("R1"), 5, {});
    QVERIFY(!first.isEmpty());
    const QString second = NewDeviceDialog::suggestName(t, QStringLiteral("R1"), 5, {first.toUpper()});
    QVERIFY(second.compare(first, Qt::CaseInsensitive) != 0);
    NewDeviceDialog dialog(t, QStringLiteral("R1 U5"), first, {QStringLiteral("taken")});
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setName(QStringLiteral("Taken"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setName(QString());
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TstViewModels)
#include "tst_viewmodels.moc"
