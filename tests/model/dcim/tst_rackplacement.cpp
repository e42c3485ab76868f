// SPDX-License-Identifier: GPL-3.0-or-later
// RackPlacement: the client-side mirror of devices_no_overlap and the position
// trigger that the rack elevation uses to refuse a drop while dragging.
#include "dcim/rackplacement.h"

#include <QtTest>

using namespace hostdeck;

class TstRackPlacement : public QObject
{
    Q_OBJECT
private slots:
    void fullDepthBlocksBothFaces();
    void halfDepthSharesOppositeFaces();
    void halfWidthSideBySide();
    void sideChannels();
    void zeroUInRackRefused();
    void heightMismatch();
    void pastTheTop();
    void belowOne();
    void otherRack();
    void movingDeviceIgnoresItself();
    void unrackedOccupantsIgnored();
    void atSizesFromType();
    void zeroUMountsInASideChannel();
    void firstFree();
    void firstFreeFullRack();

private:
    static Rack rack(int height = 42);
    static Device device(qint64 id, const QString &name, int height, bool fullDepth, Placement p,
                         bool halfWidth = false);
    static Placement place(int uStart, int uEnd, Face face = Face::Front, Mount mount = Mount::Rack,
                           WidthSlot width = WidthSlot::Full);
};

Rack TstRackPlacement::rack(int height)
{
    Rack r;
    r.id = 7;
    r.name = QStringLiteral("FRA1-A01");
    r.uHeight = height;
    return r;
}

Device TstRackPlacement::device(qint64 id, const QString &name, int height, bool fullDepth, Placement p,
                                bool halfWidth)
{
    Device d;
    d.id = id;
    d.name = name;
    d.typeUHeight = height;
    d.fullDepth = fullDepth;
    d.halfWidthType = halfWidth;
    d.placement = p;
    return d;
}

Placement TstRackPlacement::place(int uStart, int uEnd, Face face, Mount mount, WidthSlot width)
{
    Placement p;
    p.rackId = 7;
    p.uStart = uStart;
    p.uEnd = uEnd;
    p.face = face;
    p.mount = mount;
    p.width = width;
    return p;
}

void TstRackPlacement::fullDepthBlocksBothFaces()
{
    const QList<Device> occupants{device(1, QStringLiteral("db-01"), 2, true, place(10, 11))};
    const Device moving = device(2, QStringLiteral("web-01"), 1, true, place(1, 1));

    auto v = RackPlacement::check(rack(), occupants, moving, place(11, 11, Face::Rear));
    QVERIFY(!v.ok);
    QCOMPARE(v.conflictingId, 1);
    QVERIFY2(v.reason.contains(QStringLiteral("db-01")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QStringLiteral("10")) && v.reason.contains(QStringLiteral("11")),
             qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QStringLiteral("both faces")), qPrintable(v.reason));

    QVERIFY(!RackPlacement::check(rack(), occupants, moving, place(10, 10)).ok);
    QVERIFY(RackPlacement::check(rack(), occupants, moving, place(12, 12)).ok);
    QVERIFY(RackPlacement::check(rack(), occupants, moving, place(9, 9, Face::Rear)).ok);

    // A half-depth device cannot take the rear of a full-depth one either.
    const Device halfDepth = device(3, QStringLiteral("sw-01"), 1, false, place(1, 1));
    QVERIFY(!RackPlacement::check(rack(), occupants, halfDepth, place(11, 11, Face::Rear)).ok);
}

void TstRackPlacement::halfDepthSharesOppositeFaces()
{
    const QList<Device> occupants{
        device(1, QStringLiteral("sw-front"), 1, false, place(20, 20, Face::Front))};
    const Device rearSwitch = device(2, QStringLiteral("sw-rear"), 1, false, place(1, 1));
    QVERIFY(RackPlacement::check(rack(), occupants, rearSwitch, place(20, 20, Face::Rear)).ok);

    auto same = RackPlacement::check(rack(), occupants, rearSwitch, place(20, 20, Face::Front));
    QVERIFY(!same.ok);
    QCOMPARE(same.conflictingId, 1);
    QVERIFY2(same.reason.contains(QStringLiteral("front")), qPrintable(same.reason));

    // A full-depth server needs both faces.
    const Device server = device(3, QStringLiteral("srv"), 1, true, place(1, 1));
    QVERIFY(!RackPlacement::check(rack(), occupants, server, place(20, 20, Face::Rear)).ok);

    QVERIFY(RackPlacement::overlaps(place(5, 6, Face::Front), true, place(6, 6, Face::Rear), false));
    QVERIFY(!RackPlacement::overlaps(place(5, 6, Face::Front), false, place(6, 6, Face::Rear), false));
    QVERIFY(!RackPlacement::overlaps(place(5, 6), true, place(7, 7), true));
}

void TstRackPlacement::halfWidthSideBySide()
{
    const QList<Device> occupants{device(1, QStringLiteral("twin-l"), 1, true,
                                         place(25, 25, Face::Front, Mount::Rack, WidthSlot::Left), true)};
    const Device twin = device(2, QStringLiteral("twin-r"), 1, true, place(1, 1), true);
    QVERIFY(RackPlacement::check(rack(), occupants, twin,
                                 place(25, 25, Face::Front, Mount::Rack, WidthSlot::Right))
                .ok);
    auto left = RackPlacement::check(rack(), occupants, twin,
                                     place(25, 25, Face::Front, Mount::Rack, WidthSlot::Left));
    QVERIFY(!left.ok);
    QVERIFY(left.reason.contains(QStringLiteral("twin-l")));
    // Full width takes both halves.
    QVERIFY(!RackPlacement::check(rack(), occupants, twin, place(25, 25)).ok);

    // A full-width type cannot sit in half a U, even in an empty rack.
    const Device server = device(3, QStringLiteral("srv"), 1, true, place(1, 1));
    auto half =
        RackPlacement::check(rack(), {}, server, place(30, 30, Face::Front, Mount::Rack, WidthSlot::Left));
    QVERIFY(!half.ok);
    QVERIFY2(half.reason.contains(QStringLiteral("full-width")), qPrintable(half.reason));
}

void TstRackPlacement::sideChannels()
{
    const QList<Device> occupants{
        device(1, QStringLiteral("pdu-a"), 0, false, place(1, 42, Face::Rear, Mount::SideLeft)),
        device(2, QStringLiteral("srv"), 1, true, place(1, 1))};
    const Device pdu = device(3, QStringLiteral("pdu-b"), 0, false, place(0, 0));

    // The rack's U space and the other channel are separate zones.
    QVERIFY(RackPlacement::check(rack(), occupants, pdu, place(1, 42, Face::Rear, Mount::SideRight)).ok);
    auto clash = RackPlacement::check(rack(), occupants, pdu, place(10, 20, Face::Rear, Mount::SideLeft));
    QVERIFY(!clash.ok);
    QCOMPARE(clash.conflictingId, 1);
    // Half-depth 0U devices share a channel front/rear.
    QVERIFY(RackPlacement::check(rack(), occupants, pdu, place(10, 20, Face::Front, Mount::SideLeft)).ok);

    // Devices with a height do not go into a side channel.
    const Device server = device(4, QStringLiteral("srv-2"), 1, true, place(1, 1));
    auto side = RackPlacement::check(rack(), occupants, server, place(5, 5, Face::Front, Mount::SideRight));
    QVERIFY(!side.ok);
    QVERIFY2(side.reason.contains(QStringLiteral("side channel")), qPrintable(side.reason));

    // Side channels are full width.
    Device halfPdu = pdu;
    halfPdu.halfWidthType = true;
    QVERIFY(!RackPlacement::check(rack(), occupants, halfPdu,
                                  place(1, 10, Face::Front, Mount::SideRight, WidthSlot::Left))
                 .ok);
}

void TstRackPlacement::zeroUInRackRefused()
{
    const Device pdu = device(3, QStringLiteral("pdu-b"), 0, false, place(0, 0));
    auto v = RackPlacement::check(rack(), {}, pdu, place(40, 40));
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QStringLiteral("0U")) && v.reason.contains(QStringLiteral("pdu-b")),
             qPrintable(v.reason));
}

void TstRackPlacement::heightMismatch()
{
    const Device server = device(1, QStringLiteral("db-01"), 2, true, place(1, 2));
    auto v = RackPlacement::check(rack(), {}, server, place(5, 5));
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QStringLiteral("2 U")), qPrintable(v.reason));
    QVERIFY(!RackPlacement::check(rack(), {}, server, place(5, 7)).ok);
    QVERIFY(RackPlacement::check(rack(), {}, server, place(5, 6)).ok);
    auto inverted = RackPlacement::check(rack(), {}, server, place(6, 5));
    QVERIFY(!inverted.ok);
}

void TstRackPlacement::pastTheTop()
{
    const Device server = device(1, QStringLiteral("db-01"), 2, true, place(1, 2));
    auto v = RackPlacement::check(rack(42), {}, server, place(42, 43));
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QStringLiteral("42 U")) && v.reason.contains(QStringLiteral("FRA1-A01")),
             qPrintable(v.reason));
    QVERIFY(RackPlacement::check(rack(42), {}, server, place(41, 42)).ok);
    // A smaller rack.
    QVERIFY(!RackPlacement::check(rack(24), {}, server, place(24, 25)).ok);
}

void TstRackPlacement::belowOne()
{
    const Device server = device(1, QStringLiteral("srv"), 1, true, place(1, 1));
    auto v = RackPlacement::check(rack(), {}, server, place(0, 0));
    QVERIFY(!v.ok);
    QVERIFY(v.reason.contains(QStringLiteral("start at 1")));
}

void TstRackPlacement::otherRack()
{
    const Device server = device(1, QStringLiteral("srv"), 1, true, place(1, 1));
    Placement elsewhere = place(5, 5);
    elsewhere.rackId = 8;
    auto v = RackPlacement::check(rack(), {}, server, elsewhere);
    QVERIFY(!v.ok);
    QVERIFY(v.reason.contains(QStringLiteral("FRA1-A01")));
    // Devices in different racks never overlap.
    QVERIFY(!RackPlacement::overlaps(place(5, 5), true, elsewhere, true));
}

void TstRackPlacement::movingDeviceIgnoresItself()
{
    // Moving a 2U device one U up overlaps its own old position only.
    const Device server = device(1, QStringLiteral("db-01"), 2, true, place(10, 11));
    QVERIFY(RackPlacement::check(rack(), {server}, server, place(11, 12)).ok);
}

void TstRackPlacement::unrackedOccupantsIgnored()
{
    Device spare = device(2, QStringLiteral("spare"), 1, true, place(5, 5));
    spare.placement.rackId = 0;
    const Device server = device(1, QStringLiteral("srv"), 1, true, place(1, 1));
    QVERIFY(RackPlacement::check(rack(), {spare}, server, place(5, 5)).ok);
}

void TstRackPlacement::atSizesFromType()
{
    Device twin = device(1, QStringLiteral("twin"), 2, true,
                         place(3, 4, Face::Front, Mount::Rack, WidthSlot::Right), true);
    const Placement p = RackPlacement::at(twin, 9, 20, Face::Rear);
    QCOMPARE(p.rackId, 9);
    QCOMPARE(p.uStart, 20);
    QCOMPARE(p.uEnd, 21);
    QCOMPARE(p.face, Face::Rear);
    QCOMPARE(p.width, WidthSlot::Right);
    QCOMPARE(p.mount, Mount::Rack);

    // A 0U device keeps its own length in the side channel.
    const Device pdu = device(2, QStringLiteral("pdu"), 0, false, place(1, 30, Face::Rear, Mount::SideLeft));
    const Placement q = RackPlacement::at(pdu, 7, 5, Face::Rear);
    QCOMPARE(q.uStart, 5);
    QCOMPARE(q.uEnd, 34);
    QCOMPARE(q.mount, Mount::SideLeft);
}

void TstRackPlacement::zeroUMountsInASideChannel()
{
    const Device pdu = device(3, QStringLiteral("pdu-b"), 0, false, place(0, 0));
    const Device server = device(4, QStringLiteral("srv-2"), 1, true, place(0, 0));
    QCOMPARE(RackPlacement::mountFor(pdu, Mount::Rack), Mount::SideLeft);
    QCOMPARE(RackPlacement::mountFor(pdu, Mount::Rack, WidthSlot::Right), Mount::SideRight);
    QCOMPARE(RackPlacement::mountFor(pdu, Mount::SideRight), Mount::SideRight);
    QCOMPARE(RackPlacement::mountFor(server, Mount::SideLeft), Mount::Rack);
    QCOMPARE(RackPlacement::mountFor(server, Mount::Rack, WidthSlot::Right), Mount::Rack);

    // at() (device move) applies it: an unracked 0U strip goes to the left channel, one already
    // in the right channel stays there.
    const Placement moved = RackPlacement::at(pdu, 7, 1, Face::Rear);
    QCOMPARE(moved.mount, Mount::SideLeft);
    QVERIFY(RackPlacement::check(rack(), {}, pdu, moved).ok);
    const Device rightPdu =
        device(5, QStringLiteral("pdu-c"), 0, false, place(1, 20, Face::Rear, Mount::SideRight));
    QCOMPARE(RackPlacement::at(rightPdu, 7, 5, Face::Rear).mount, Mount::SideRight);
    QCOMPARE(RackPlacement::at(server, 7, 5, Face::Front).mount, Mount::Rack);
}

void TstRackPlacement::firstFree()
{
    DeviceType type2u;
    type2u.model = QStringLiteral("R750");
    type2u.uHeight = 2;
    type2u.fullDepth = true;
    const QList<Device> occupants{device(1, QStringLiteral("a"), 1, true, place(1, 1)),
                                  device(2, QStringLiteral("b"), 1, true, place(3, 3)),
                                  device(3, QStringLiteral("c"), 1, false, place(4, 4, Face::Rear))};
    const Placement p = RackPlacement::firstFree(rack(), occupants, type2u, Face::Front);
    // U2 is free but only 1 U high; U4 is taken at the rear and the type is full depth.
    QCOMPARE(p.uStart, 5);
    QCOMPARE(p.uEnd, 6);
    QCOMPARE(p.rackId, 7);

    DeviceType halfDepth;
    halfDepth.model = QStringLiteral("Half1U");
    halfDepth.uHeight = 1;
    halfDepth.fullDepth = false;
    QCOMPARE(RackPlacement::firstFree(rack(), occupants, halfDepth, Face::Front).uStart, 2);
    const Placement front4 =
        RackPlacement::firstFree(rack(), {occupants[0], occupants[2]}, halfDepth, Face::Front);
    QCOMPARE(front4.uStart, 2);
}

void TstRackPlacement::firstFreeFullRack()
{
    DeviceType type1u;
    type1u.model = QStringLiteral("R650");
    type1u.uHeight = 1;
    QList<Device> occupants;
    for (int u = 1; u <= 4; ++u)
        occupants << device(u, QStringLiteral("s%1").arg(u), 1, true, place(u, u));
    QCOMPARE(RackPlacement::firstFree(rack(4), occupants, type1u, Face::Front).uStart, 0);
    QCOMPARE(RackPlacement::firstFree(rack(5), occupants, type1u, Face::Front).uStart, 5);
}

QTEST_GUILESS_MAIN(TstRackPlacement)
#include "tst_rackplacement.moc"
