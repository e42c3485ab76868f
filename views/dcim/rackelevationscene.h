// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

#include <QGraphicsScene>
#include <QHash>

#include <optional>

namespace hostdeck {

class DeviceItem;
class DropHighlightItem;

/// The rack elevation: racks side by side (a row, or a single rack), each
/// with its front and rear faces, side channels for 0U devices and a power
/// headroom bar. Holds value structs only and never touches the database:
/// moves and creations leave as signals for the window to carry out.
///
/// Dragging a device (mouse press, move, release on a device) or a device
/// type from the palette (MIME DeviceTypePaletteModel::kMimeType) shows the
/// target highlighted green or red, with RackPlacement's reason when red.
class RackElevationScene : public QGraphicsScene
{
    Q_OBJECT
public:
    /// What lies under a scene point.
    struct Spot
    {
        int rackIndex = -1; ///< -1: not over a rack
        Face face = Face::Front;
        Mount mount = Mount::Rack;
        WidthSlot half = WidthSlot::Left; ///< which half of the U the point is in
        int u = 0;                        ///< 1 = bottom U; outside 1..uHeight above or below the rack
    };

    /// The verdict on a drop at a point.
    struct DropCheck
    {
        bool ok = false;
        QString reason;
        Placement placement;
    };

    explicit RackElevationScene(QObject *parent = nullptr);
    ~RackElevationScene() override;

    /// Replaces the racks shown (in the given order), keeping the selected device selected.
    void setRacks(const QList<RackContents> &racks);
    const QList<RackContents> &racks() const { return m_racks; }
    const RackContents *rackContents(qint64 rackId) const;
    std::optional<Device> device(qint64 deviceId) const;

    /// The item drawing `deviceId` on `face`, else on any face, else nullptr.
    DeviceItem *deviceItem(qint64 deviceId, Face face = Face::Front) const;
    int deviceItemCount() const { return int(m_deviceItems.size()); }
    /// The block of a rack (header included); null when not shown.
    QRectF rackRect(qint64 rackId) const;
    /// The centre of U `u` of a rack's face (or side channel / half), in scene coordinates.
    QPointF slotCenter(qint64 rackId, Face face, int u, WidthSlot width = WidthSlot::Full,
                       Mount mount = Mount::Rack) const;
    Spot spotAt(const QPointF &scenePos) const;

    /// Would moving `moving` so that U (cursor U - grabOffset) is its bottom U at `scenePos` be accepted?
    DropCheck checkMove(const Device &moving, const QPointF &scenePos, int grabOffset = 0) const;
    /// Would a new device of `type` with its bottom U at `scenePos` be accepted?
    DropCheck checkNewDevice(const DeviceType &type, const QPointF &scenePos) const;
    /// The palette drop: emits createRequested and returns true when the target is
    /// valid; otherwise emits dropRefused with the reason and returns false. dropEvent calls this.
    bool dropDeviceType(const DeviceType &type, const QPointF &scenePos);

    /// Selects every item of the device (both faces); 0 clears the selection.
    void selectDevice(qint64 deviceId);
    qint64 selectedDeviceId() const { return m_selectedId; }

    /// The drop target highlight: visible while dragging, and its verdict.
    bool isDropHighlightVisible() const;
    bool isDropHighlightValid() const;
    QString dropHint() const;

signals:
    /// The user dropped `device` on a valid, different placement.
    void moveRequested(const hostdeck::Device &device, const hostdeck::Placement &to);
    /// The user dropped a device type from the palette on a valid placement.
    void createRequested(const hostdeck::DeviceType &type, const hostdeck::Placement &at);
    /// While dragging: the verdict on the current target (empty hint when the drag ended).
    void dropHintChanged(const QString &hint, bool valid);
    /// A drop was released on an invalid target; nothing was requested.
    void dropRefused(const QString &reason);
    void selectedDeviceChanged(qint64 deviceId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    struct DragState
    {
        qint64 deviceId = 0;
        int grabOffset = 0;
        QPointF pressPos;
        bool active = false;
        DropCheck check;
    };

    DropCheck checkPlacement(const Device &moving, const QPointF &scenePos, int grabOffset,
                             int zeroUSpan) const;
    void showHighlight(const DropCheck &check);
    void hideHighlight();
    void onSelectionChanged();

    QList<RackContents> m_racks;
    QHash<qint64, int> m_rackIndex;
    QMultiHash<qint64, DeviceItem *> m_deviceItems;
    DropHighlightItem *m_highlight = nullptr;
    DragState m_drag;
    qint64 m_selectedId = 0;
    bool m_selecting = false;
};

} // namespace hostdeck
