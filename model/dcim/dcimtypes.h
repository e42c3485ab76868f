// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace hostdeck {

/// Where a device is in its life. The schema's CHECK lists the same values.
enum class Disposition
{
    Available,
    Allocated,
    Reserved,
    Maintenance,
    Decommissioned,
    Faulty
};
enum class Face
{
    Front,
    Rear
};
/// The rack's U space, or one of its vertical side channels (0U devices).
enum class Mount
{
    Rack,
    SideLeft,
    SideRight
};
/// Full width, or the left or right half of a U (half-width devices).
enum class WidthSlot
{
    Full,
    Left,
    Right
};

QString toDbString(Disposition d);
QString toDbString(Face f);
QString toDbString(Mount m);
QString toDbString(WidthSlot w);
std::optional<Disposition> dispositionFromString(const QString &s);
std::optional<Face> faceFromString(const QString &s);
std::optional<Mount> mountFromString(const QString &s);
std::optional<WidthSlot> widthFromString(const QString &s);
/// Translated name for display.
QString displayName(Disposition d);
QList<Disposition> allDispositions();

struct Customer
{
    qint64 id = 0;
    QString code;
    QString name;
};

struct Location
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a site
    QString kind;        ///< site, room, cage
    QString code;        ///< EU-FRA, EU-FRA-R1
    QString name;
};

struct Rack
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString name;
    int position = 0;
    int uHeight = 42;
    double powerBudgetKw = 0;
    double circuitAmps = 16;
    int voltage = 230;
    QString redundancy = QStringLiteral("N+1");
    qint64 customerId = 0;
    QString customerName;
    qint64 allocatedWatts = 0; ///< from the rack_power view
};

struct DeviceType
{
    qint64 id = 0;
    QString manufacturer;
    QString model;
    QString kind; ///< server, switch, patch-panel, pdu, ...
    int uHeight = 1;
    bool fullDepth = true;
    bool halfWidth = false;
    int watts = 0;
};

/// Where a device sits in a rack.
struct Placement
{
    qint64 rackId = 0;
    Mount mount = Mount::Rack;
    Face face = Face::Front;
    WidthSlot width = WidthSlot::Full;
    int uStart = 0;
    int uEnd = 0;

    bool operator==(const Placement &) const = default;
};

struct Device
{
    qint64 id = 0;
    qint64 typeId = 0;
    QString typeKind;
    QString name;
    QString serial;
    QString assetTag;
    QString manufacturer;
    QString model;
    QDate warrantyExpires;
    Disposition disposition = Disposition::Available;
    int watts = 0;
    qint64 customerId = 0;
    QString customerName;
    bool fullDepth = true;
    bool halfWidthType = false;
    int typeUHeight = 1;
    QString notes;
    QString rackName;
    Placement placement; ///< rackId 0: not in a rack

    bool isRacked() const { return placement.rackId != 0; }
};

struct RackContents
{
    Rack rack;
    QList<Device> devices;
};

/// A search hit: enough to navigate to the device.
struct DeviceHit
{
    qint64 deviceId = 0;
    QString name;
    QString serial;
    QString assetTag;
    qint64 rackId = 0;
    QString rackName;
    qint64 roomId = 0;
    int uStart = 0;
    bool exact = false; ///< the text equals the name, serial or asset tag
};

/// The editable properties of a device (not its position).
struct DeviceProperties
{
    QString name;
    QString serial;
    QString assetTag;
    QString manufacturer;
    QString model;
    QDate warrantyExpires;
    Disposition disposition = Disposition::Available;
    int watts = 0;
    qint64 customerId = 0;
    QString notes;
};

} // namespace hostdeck

Q_DECLARE_METATYPE(hostdeck::Rack)
Q_DECLARE_METATYPE(hostdeck::Device)
Q_DECLARE_METATYPE(hostdeck::DeviceType)
Q_DECLARE_METATYPE(hostdeck::Placement)
