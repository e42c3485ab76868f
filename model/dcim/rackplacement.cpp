// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/rackplacement.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RackPlacement)
};

int depthMask(const Placement &p, bool fullDepth)
{
    if (fullDepth)
        return 0b11;
    return p.face == Face::Front ? 0b01 : 0b10;
}

int widthMask(const Placement &p)
{
    switch (p.width) {
    case WidthSlot::Left:
        return 0b01;
    case WidthSlot::Right:
        return 0b10;
    case WidthSlot::Full:
        break;
    }
    return 0b11;
}

QString faceName(Face f)
{
    return f == Face::Front ? Text::tr("front") : Text::tr("rear");
}
} // namespace

bool RackPlacement::overlaps(const Placement &a, bool aFullDepth, const Placement &b, bool bFullDepth)
{
    return a.rackId == b.rackId && a.mount == b.mount && a.uStart <= b.uEnd && b.uStart <= a.uEnd &&
           (depthMask(a, aFullDepth) & depthMask(b, bFullDepth)) != 0 && (widthMask(a) & widthMask(b)) != 0;
}

RackPlacement::Verdict RackPlacement::check(const Rack &rack, const QList<Device> &occupants,
                                            const Device &moving, const Placement &target)
{
    if (target.rackId != rack.id)
        return {false, Text::tr("The target is not in rack %1.").arg(rack.name), 0};
    if (target.uStart < 1)
        return {false, Text::tr("U positions start at 1."), 0};
    if (target.uEnd < target.uStart)
        return {false, Text::tr("The last U lies below the first U."), 0};
    if (target.uEnd > rack.uHeight)
        return {false,
                Text::tr("%1 needs U %2–%3, but rack %4 has only %5 U.")
                    .arg(moving.name)
                    .arg(target.uStart)
                    .arg(target.uEnd)
                    .arg(rack.name)
                    .arg(rack.uHeight),
                0};
    if (moving.typeUHeight == 0 && target.mount == Mount::Rack)
        return {false, Text::tr("%1 is a 0U device and mounts in a side channel.").arg(moving.name), 0};
    if (moving.typeUHeight > 0 && target.mount != Mount::Rack)
        return {false,
                Text::tr("%1 is %2 U tall and cannot mount in a side channel.")
                    .arg(moving.name)
                    .arg(moving.typeUHeight),
                0};
    if (moving.typeUHeight > 0 && target.uEnd - target.uStart + 1 != moving.typeUHeight)
        return {false, Text::tr("%1 is %2 U tall.").arg(moving.name).arg(moving.typeUHeight), 0};
    if (target.width != WidthSlot::Full && !moving.halfWidthType)
        return {false, Text::tr("%1 is full-width and cannot sit in half a U.").arg(moving.name), 0};
    if (target.mount != Mount::Rack && target.width != WidthSlot::Full)
        return {false, Text::tr("Side channels hold full-width devices only."), 0};

    for (const Device &other : occupants) {
        if (other.id == moving.id || !other.isRacked())
            continue;
        if (overlaps(target, moving.fullDepth, other.placement, other.fullDepth)) {
            const QString where =
                other.placement.uStart == other.placement.uEnd
                    ? Text::tr("U %1").arg(other.placement.uStart)
                    : Text::tr("U %1–%2").arg(other.placement.uStart).arg(other.placement.uEnd);
            const QString face = other.fullDepth ? Text::tr("both faces") : faceName(other.placement.face);
            return {false, Text::tr("Occupied by %1 (%2, %3).").arg(other.name, where, face), other.id};
        }
    }
    return {};
}

Mount RackPlacement::mountFor(const Device &device, Mount wanted, WidthSlot half)
{
    if (device.typeUHeight != 0)
        return Mount::Rack;
    if (wanted != Mount::Rack)
        return wanted;
    return half == WidthSlot::Right ? Mount::SideRight : Mount::SideLeft;
}

Placement RackPlacement::at(const Device &device, qint64 rackId, int uStart, Face face)
{
    Placement p = device.placement;
    p.rackId = rackId;
    p.face = face;
    p.mount = mountFor(device, p.mount);
    const int height = device.typeUHeight > 0
                           ? device.typeUHeight
                           : std::max(1, device.placement.uEnd - device.placement.uStart + 1);
    p.uStart = uStart;
    p.uEnd = uStart + height - 1;
    return p;
}

Placement RackPlacement::firstFree(const Rack &rack, const QList<Device> &occupants, const DeviceType &type,
                                   Face face)
{
    Device probe;
    probe.id = -1;
    probe.name = type.model;
    probe.typeUHeight = type.uHeight;
    probe.fullDepth = type.fullDepth;
    probe.halfWidthType = type.halfWidth;
    probe.placement.mount = type.uHeight == 0 ? Mount::SideLeft : Mount::Rack;
    const int height = std::max(1, type.uHeight);
    for (int u = 1; u + height - 1 <= rack.uHeight; ++u) {
        Placement p = probe.placement;
        p.rackId = rack.id;
        p.face = face;
        p.uStart = u;
        p.uEnd = u + height - 1;
        if (check(rack, occupants, probe, p).ok)
            return p;
    }
    return {};
}

} // namespace hostdeck
