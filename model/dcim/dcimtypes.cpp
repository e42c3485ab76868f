// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/dcimtypes.h"

#include <QCoreApplication>

namespace hostdeck {

QString toDbString(Disposition d)
{
    switch (d) {
    case Disposition::Available:
        return QStringLiteral("available");
    case Disposition::Allocated:
        return QStringLiteral("allocated");
    case Disposition::Reserved:
        return QStringLiteral("reserved");
    case Disposition::Maintenance:
        return QStringLiteral("maintenance");
    case Disposition::Decommissioned:
        return QStringLiteral("decommissioned");
    case Disposition::Faulty:
        return QStringLiteral("faulty");
    }
    return {};
}

QString toDbString(Face f)
{
    return f == Face::Front ? QStringLiteral("front") : QStringLiteral("rear");
}

QString toDbString(Mount m)
{
    switch (m) {
    case Mount::Rack:
        return QStringLiteral("rack");
    case Mount::SideLeft:
        return QStringLiteral("side-left");
    case Mount::SideRight:
        return QStringLiteral("side-right");
    }
    return {};
}

QString toDbString(WidthSlot w)
{
    switch (w) {
    case WidthSlot::Full:
        return QStringLiteral("full");
    case WidthSlot::Left:
        return QStringLiteral("left");
    case WidthSlot::Right:
        return QStringLiteral("right");
    }
    return {};
}

QList<Disposition> allDispositions()
{
    return {Disposition::Available,   Disposition::Allocated,      Disposition::Reserved,
            Disposition::Maintenance, Disposition::Decommissioned, Disposition::Faulty};
}

std::optional<Disposition> dispositionFromString(const QString &s)
{
    for (Disposition d : allDispositions()) {
        if (toDbString(d) == s)
            return d;
    }
    return std::nullopt;
}

std::optional<Face> faceFromString(const QString &s)
{
    if (s == QLatin1String("front"))
        return Face::Front;
    if (s == QLatin1String("rear"))
        return Face::Rear;
    return std::nullopt;
}

std::optional<Mount> mountFromString(const QString &s)
{
    for (Mount m : {Mount::Rack, Mount::SideLeft, Mount::SideRight}) {
        if (toDbString(m) == s)
            return m;
    }
    return std::nullopt;
}

std::optional<WidthSlot> widthFromString(const QString &s)
{
    for (WidthSlot w : {WidthSlot::Full, WidthSlot::Left, WidthSlot::Right}) {
        if (toDbString(w) == s)
            return w;
    }
    return std::nullopt;
}

QString displayName(Disposition d)
{
    switch (d) {
    case Disposition::Available:
        return QCoreApplication::translate("Disposition", "Available");
    case Disposition::Allocated:
        return QCoreApplication::translate("Disposition", "Allocated");
    case Disposition::Reserved:
        return QCoreApplication::translate("Disposition", "Reserved");
    case Disposition::Maintenance:
        return QCoreApplication::translate("Disposition", "Maintenance");
    case Disposition::Decommissioned:
        return QCoreApplication::translate("Disposition", "Decommissioned");
    case Disposition::Faulty:
        return QCoreApplication::translate("Disposition", "Faulty");
    }
    return {};
}

} // namespace hostdeck
