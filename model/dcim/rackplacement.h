// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

namespace hostdeck {

/// Decides whether a device fits at a placement, by the same rules as the
/// schema's devices_no_overlap constraint and position trigger. The views use
/// it to refuse a drop while dragging; the database stays the final judge.
class RackPlacement
{
public:
    struct Verdict
    {
        bool ok = true;
        QString reason;           ///< translated, names the problem
        qint64 conflictingId = 0; ///< the device in the way, if any
    };

    /// `occupants` are the rack's current devices (the moving one may be among
    /// them and is ignored). `uHeight` and `fullDepth`/`halfWidth` come from the
    /// device's type.
    static Verdict check(const Rack &rack, const QList<Device> &occupants, const Device &moving,
                         const Placement &target);

    /// True when the two placements share a zone, a U, a depth slot and a width slot.
    static bool overlaps(const Placement &a, bool aFullDepth, const Placement &b, bool bFullDepth);

    /// Where a device of this type mounts when `wanted` is asked for: a 0U device
    /// (PDU strip, cable manager) only in a side channel, the one asked for, or for the
    /// rack zone the one on `half`'s side (left unless the right half was meant); any
    /// other device in the rack zone. The rule the scene's drop and `device move` share.
    static Mount mountFor(const Device &device, Mount wanted, WidthSlot half = WidthSlot::Left);

    /// The placement for `device` with its bottom U at `uStart` (keeps face and width,
    /// the mount as mountFor() allows, sizes the range from the type's height).
    static Placement at(const Device &device, qint64 rackId, int uStart, Face face);

    /// Lowest free U range of the type's height in the rack, or uStart 0 when full.
    static Placement firstFree(const Rack &rack, const QList<Device> &occupants, const DeviceType &type,
                               Face face);
};

} // namespace hostdeck
