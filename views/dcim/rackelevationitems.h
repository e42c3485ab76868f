// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

#include <QGraphicsItem>
#include <QRectF>

namespace hostdeck {

/// Where things are in the rack elevation: one rack block per rack, laid out
/// left to right. A block holds the U numbers, then the front face between its
/// left and right side channels, then the rear face between its channels.
class RackGeometry
{
public:
    static constexpr double kU = 18;
    static constexpr double kFaceWidth = 150;
    static constexpr double kChannelWidth = 14;
    static constexpr double kNumbersWidth = 24;
    static constexpr double kFaceGap = 14;
    static constexpr double kHeaderHeight = 62;
    static constexpr double kRackGap = 40;
    static constexpr double kMargin = 16;
    static constexpr double kFaceBlock = 2 * kChannelWidth + kFaceWidth;
    static constexpr double kRackWidth = kNumbersWidth + 2 * kFaceBlock + kFaceGap;
    static constexpr double kPitch = kRackWidth + kRackGap;

    RackGeometry(int index, int uHeight)
        : m_index(index)
        , m_uHeight(uHeight)
    {}

    int index() const { return m_index; }
    int uHeight() const { return m_uHeight; }
    double left() const { return kMargin + m_index * kPitch; }
    double top() const { return kMargin; }
    /// The whole block, header included.
    QRectF bounds() const;
    /// Top of the U area (the top edge of the highest U).
    double uTop() const { return top() + kHeaderHeight; }
    QRectF powerBar() const;
    /// The U area of one face (without channels).
    QRectF face(Face f) const;
    /// A side channel of one face.
    QRectF channel(Face f, Mount side) const;
    /// The rectangle a placement occupies when drawn on face `f`.
    QRectF slot(const Placement &p, Face f) const;
    /// The U (1 = bottom) under scene y; values outside 1..uHeight when above or below the rack.
    int uAt(double y) const;

private:
    int m_index;
    int m_uHeight;
};

/// Draws one rack's frame: name, customer, power headroom bar, face labels,
/// U numbers, empty U slots and the side channels. Devices are separate items.
class RackFrameItem : public QGraphicsItem
{
public:
    RackFrameItem(const Rack &rack, int index, QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const Rack &rack() const { return m_rack; }

    /// The power bar colour for a PowerBudget level (shared with the legend).
    static QColor powerColor(int level);

private:
    Rack m_rack;
    RackGeometry m_geometry;
};

/// One device as drawn on one face (a full-depth device has an item on each
/// face; a 0U device sits in a side channel). Selectable; carries its Device.
class DeviceItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    DeviceItem(const Device &device, Face drawnOn, const QRectF &sceneRect, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const Device &device() const { return m_device; }
    Face drawnOn() const { return m_face; }

private:
    Device m_device;
    Face m_face;
    QRectF m_rect;
};

/// The drop target shown while dragging: green when the drop would be
/// accepted, red with the reason when not.
class DropHighlightItem : public QGraphicsItem
{
public:
    DropHighlightItem();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void show(const QRectF &sceneRect, bool valid, const QString &reason);
    bool isValid() const { return m_valid; }
    const QString &reason() const { return m_reason; }

private:
    QRectF m_rect;
    QRectF m_textRect;
    bool m_valid = false;
    QString m_reason;
};

} // namespace hostdeck
