// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/rackelevationscene.h"

#include "dcim/devicetypepalettemodel.h"
#include "dcim/rackelevationitems.h"
#include "dcim/rackplacement.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>

#include <cmath>

namespace hostdeck {

namespace {
// A new 0U device (vertical PDU, cable manager) spans this many U, or the whole rack when shorter.
constexpr int kNewZeroUSpan = 20;
} // namespace

RackElevationScene::RackElevationScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
    m_highlight = new DropHighlightItem;
    addItem(m_highlight);
    connect(this, &QGraphicsScene::selectionChanged, this, &RackElevationScene::onSelectionChanged);
}

RackElevationScene::~RackElevationScene()
{
    // Items go with the scene; don't report selection changes while they do.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &RackElevationScene::onSelectionChanged);
}

void RackElevationScene::setRacks(const QList<RackContents> &racks)
{
    const qint64 selected = m_selectedId;
    m_selecting = true;
    clear(); // deletes the highlight too
    m_selecting = false;
    m_highlight = new DropHighlightItem;
    addItem(m_highlight);
    m_racks = racks;
    m_rackIndex.clear();
    m_deviceItems.clear();

    int maxU = 0;
    for (int i = 0; i < m_racks.size(); ++i) {
        const RackContents &rc = m_racks.at(i);
        m_rackIndex.insert(rc.rack.id, i);
        maxU = std::max(maxU, rc.rack.uHeight);
        addItem(new RackFrameItem(rc.rack, i));
        const RackGeometry g(i, rc.rack.uHeight);
        for (const Device &d : rc.devices) {
            if (!d.isRacked())
                continue;
            for (Face f : {Face::Front, Face::Rear}) {
                // Full depth occupies both faces; half depth only its own.
                if (!d.fullDepth && d.placement.face != f)
                    continue;
                auto *item = new DeviceItem(d, f, g.slot(d.placement, f));
                addItem(item);
                m_deviceItems.insert(d.id, item);
            }
        }
    }
    const double width = 2 * RackGeometry::kMargin +
                         std::max<qsizetype>(1, m_racks.size()) * RackGeometry::kPitch -
                         RackGeometry::kRackGap;
    const double height =
        2 * RackGeometry::kMargin + RackGeometry::kHeaderHeight + std::max(maxU, 1) * RackGeometry::kU;
    setSceneRect(0, 0, width, height);

    if (m_drag.deviceId != 0 && !m_deviceItems.contains(m_drag.deviceId))
        m_drag = {};
    if (m_drag.active)
        showHighlight(m_drag.check);

    m_selectedId = 0;
    if (selected != 0 && m_deviceItems.contains(selected))
        selectDevice(selected);
    else if (selected != 0)
        emit selectedDeviceChanged(0);
}

const RackContents *RackElevationScene::rackContents(qint64 rackId) const
{
    const auto it = m_rackIndex.constFind(rackId);
    return it == m_rackIndex.constEnd() ? nullptr : &m_racks.at(*it);
}

std::optional<Device> RackElevationScene::device(qint64 deviceId) const
{
    if (DeviceItem *item = deviceItem(deviceId))
        return item->device();
    return std::nullopt;
}

DeviceItem *RackElevationScene::deviceItem(qint64 deviceId, Face face) const
{
    DeviceItem *any = nullptr;
    for (auto it = m_deviceItems.constFind(deviceId); it != m_deviceItems.constEnd() && it.key() == deviceId;
         ++it) {
        if ((*it)->drawnOn() == face)
            return *it;
        any = *it;
    }
    return any;
}

QRectF RackElevationScene::rackRect(qint64 rackId) const
{
    const RackContents *rc = rackContents(rackId);
    if (!rc)
        return {};
    return RackGeometry(m_rackIndex.value(rackId), rc->rack.uHeight).bounds();
}

QPointF RackElevationScene::slotCenter(qint64 rackId, Face face, int u, WidthSlot width, Mount mount) const
{
    const RackContents *rc = rackContents(rackId);
    if (!rc)
        return {};
    Placement p;
    p.rackId = rackId;
    p.mount = mount;
    p.face = face;
    p.width = width;
    p.uStart = u;
    p.uEnd = u;
    return RackGeometry(m_rackIndex.value(rackId), rc->rack.uHeight).slot(p, face).center();
}

RackElevationScene::Spot RackElevationScene::spotAt(const QPointF &scenePos) const
{
    Spot spot;
    const double offset = scenePos.x() - RackGeometry::kMargin;
    if (offset < 0)
        return spot;
    const int index = int(offset / RackGeometry::kPitch);
    if (index >= m_racks.size())
        return spot;
    const RackGeometry g(index, m_racks.at(index).rack.uHeight);
    const double x = scenePos.x();
    bool found = false;
    for (Face f : {Face::Front, Face::Rear}) {
        const QRectF left = g.channel(f, Mount::SideLeft);
        const QRectF right = g.channel(f, Mount::SideRight);
        const QRectF face = g.face(f);
        if (x >= left.left() && x < left.right()) {
            spot.mount = Mount::SideLeft;
        } else if (x >= face.left() && x < face.right()) {
            spot.mount = Mount::Rack;
            // Halves are named as seen from the front; the rear view is mirrored.
            spot.half = (x < face.center().x()) != (f == Face::Rear) ? WidthSlot::Left : WidthSlot::Right;
        } else if (x >= right.left() && x < right.right()) {
            spot.mount = Mount::SideRight;
        } else {
            continue;
        }
        spot.face = f;
        found = true;
        break;
    }
    if (!found)
        return spot;
    spot.rackIndex = index;
    spot.u = g.uAt(scenePos.y());
    return spot;
}

RackElevationScene::DropCheck RackElevationScene::checkPlacement(const Device &moving,
                                                                 const QPointF &scenePos, int grabOffset,
                                                                 int zeroUSpan) const
{
    DropCheck result;
    const Spot spot = spotAt(scenePos);
    if (spot.rackIndex < 0) {
        result.reason = tr("Drop onto a rack's front or rear face.");
        return result;
    }
    const RackContents &rc = m_racks.at(spot.rackIndex);
    Placement p;
    p.rackId = rc.rack.id;
    p.face = spot.face;
    int span = 1;
    p.mount = RackPlacement::mountFor(moving, spot.mount, spot.half); // 0U: the side nearest the pointer
    if (moving.typeUHeight == 0) {
        p.width = WidthSlot::Full;
        span = std::max(1, zeroUSpan);
    } else {
        if (moving.halfWidthType)
            p.width = spot.mount == Mount::Rack
                          ? spot.half
                          : (spot.mount == Mount::SideLeft ? WidthSlot::Left : WidthSlot::Right);
        else
            p.width = WidthSlot::Full;
        span = moving.typeUHeight;
    }
    p.uStart = spot.u - grabOffset;
    p.uEnd = p.uStart + span - 1;
    result.placement = p;
    const RackPlacement::Verdict verdict = RackPlacement::check(rc.rack, rc.devices, moving, p);
    result.ok = verdict.ok;
    result.reason = verdict.reason;
    return result;
}

RackElevationScene::DropCheck RackElevationScene::checkMove(const Device &moving, const QPointF &scenePos,
                                                            int grabOffset) const
{
    const Placement &current = moving.placement;
    const int span =
        current.mount != Mount::Rack && moving.isRacked() ? current.uEnd - current.uStart + 1 : kNewZeroUSpan;
    return checkPlacement(moving, scenePos, grabOffset, span);
}

RackElevationScene::DropCheck RackElevationScene::checkNewDevice(const DeviceType &type,
                                                                 const QPointF &scenePos) const
{
    Device probe;
    probe.id = -1;
    probe.typeId = type.id;
    probe.name = type.manufacturer + u' ' + type.model;
    probe.typeUHeight = type.uHeight;
    probe.fullDepth = type.fullDepth;
    probe.halfWidthType = type.halfWidth;
    const Spot spot = spotAt(scenePos);
    int span = kNewZeroUSpan;
    if (spot.rackIndex >= 0)
        span = std::min(kNewZeroUSpan, m_racks.at(spot.rackIndex).rack.uHeight);
    return checkPlacement(probe, scenePos, 0, span);
}

bool RackElevationScene::dropDeviceType(const DeviceType &type, const QPointF &scenePos)
{
    const DropCheck check = checkNewDevice(type, scenePos);
    hideHighlight();
    if (!check.ok) {
        emit dropRefused(check.reason);
        return false;
    }
    emit createRequested(type, check.placement);
    return true;
}

void RackElevationScene::selectDevice(qint64 deviceId)
{
    m_selecting = true;
    clearSelection();
    for (auto it = m_deviceItems.constFind(deviceId); it != m_deviceItems.constEnd() && it.key() == deviceId;
         ++it)
        (*it)->setSelected(true);
    m_selecting = false;
    const qint64 now = m_deviceItems.contains(deviceId) ? deviceId : 0;
    if (now != m_selectedId) {
        m_selectedId = now;
        emit selectedDeviceChanged(now);
    }
}

void RackElevationScene::onSelectionChanged()
{
    if (m_selecting)
        return;
    qint64 id = 0;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == DeviceItem::Type) {
            id = static_cast<DeviceItem *>(item)->device().id;
            break;
        }
    }
    if (id != 0) {
        selectDevice(id); // the other face too
    } else if (m_selectedId != 0) {
        m_selectedId = 0;
        emit selectedDeviceChanged(0);
    }
}

bool RackElevationScene::isDropHighlightVisible() const
{
    return m_highlight && m_highlight->isVisible();
}

bool RackElevationScene::isDropHighlightValid() const
{
    return m_highlight && m_highlight->isVisible() && m_highlight->isValid();
}

QString RackElevationScene::dropHint() const
{
    return m_highlight && m_highlight->isVisible() ? m_highlight->reason() : QString();
}

void RackElevationScene::showHighlight(const DropCheck &check)
{
    QRectF rect;
    if (const RackContents *rc = rackContents(check.placement.rackId)) {
        const RackGeometry g(m_rackIndex.value(rc->rack.id), rc->rack.uHeight);
        Placement p = check.placement;
        // Keep an out-of-range target drawn at the rack's edge.
        const int span = p.uEnd - p.uStart;
        if (p.uEnd > rc->rack.uHeight + 1) {
            p.uEnd = rc->rack.uHeight + 1;
            p.uStart = p.uEnd - span;
        }
        if (p.uStart < 0) {
            p.uStart = 0;
            p.uEnd = span;
        }
        rect = g.slot(p, p.face);
    } else {
        rect = QRectF(0, 0, 0, 0);
    }
    m_highlight->show(rect, check.ok, check.reason);
}

void RackElevationScene::hideHighlight()
{
    if (m_highlight)
        m_highlight->setVisible(false);
}

void RackElevationScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_drag = {};
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item : items(event->scenePos())) {
            if (item->type() != DeviceItem::Type)
                continue;
            const Device &d = static_cast<DeviceItem *>(item)->device();
            const Spot spot = spotAt(event->scenePos());
            const int span = d.placement.uEnd - d.placement.uStart;
            m_drag.deviceId = d.id;
            m_drag.grabOffset = std::clamp(spot.u - d.placement.uStart, 0, span);
            m_drag.pressPos = event->scenePos();
            break;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void RackElevationScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag.deviceId != 0 && (event->buttons() & Qt::LeftButton)) {
        if (!m_drag.active &&
            (event->scenePos() - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance()) {
            event->accept();
            return;
        }
        const std::optional<Device> moving = device(m_drag.deviceId);
        if (!moving) {
            m_drag = {};
            hideHighlight();
            return;
        }
        m_drag.active = true;
        m_drag.check = checkMove(*moving, event->scenePos(), m_drag.grabOffset);
        if (m_drag.check.ok && m_drag.check.placement == moving->placement)
            m_drag.check.reason = tr("%1 is already here.").arg(moving->name);
        showHighlight(m_drag.check);
        emit dropHintChanged(m_drag.check.reason, m_drag.check.ok);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void RackElevationScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const DragState drag = m_drag;
    m_drag = {};
    if (drag.active) {
        hideHighlight();
        emit dropHintChanged({}, drag.check.ok);
        const std::optional<Device> moving = device(drag.deviceId);
        if (moving && drag.check.ok && !(drag.check.placement == moving->placement))
            emit moveRequested(*moving, drag.check.placement);
        else if (moving && !drag.check.ok)
            emit dropRefused(drag.check.reason);
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void RackElevationScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (DeviceTypePaletteModel::decode(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void RackElevationScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto type = DeviceTypePaletteModel::decode(event->mimeData());
    if (!type) {
        event->ignore();
        return;
    }
    const DropCheck check = checkNewDevice(*type, event->scenePos());
    showHighlight(check);
    emit dropHintChanged(check.reason, check.ok);
    event->setDropAction(Qt::CopyAction);
    event->setAccepted(check.ok);
}

void RackElevationScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    hideHighlight();
    emit dropHintChanged({}, true);
    event->accept();
}

void RackElevationScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto type = DeviceTypePaletteModel::decode(event->mimeData());
    if (!type) {
        event->ignore();
        return;
    }
    if (dropDeviceType(*type, event->scenePos())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace hostdeck
