// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

namespace hostdeck {

/// A rack's allocated draw against its budget. Allocated watts come from the
/// rack_power view (devices' watts, decommissioned devices excluded).
class PowerBudget
{
public:
    enum class Level
    {
        Comfortable,
        Tight,
        Over
    };

    PowerBudget(qint64 allocatedWatts, double budgetKw, QString redundancy = QStringLiteral("N+1"));
    explicit PowerBudget(const Rack &rack);

    qint64 allocatedWatts() const { return m_allocated; }
    qint64 budgetWatts() const { return m_budget; }
    qint64 headroomWatts() const { return m_budget - m_allocated; }
    /// allocated / budget; 0 for a zero budget with nothing allocated, +inf with something.
    double utilisation() const;
    /// Over: above budget. Tight: above 80 %.
    Level level() const;
    bool isOver() const { return level() == Level::Over; }
    const QString &redundancy() const { return m_redundancy; }
    /// "3.2 / 5.0 kW (N+1)"
    QString summary() const;

    /// Sum of watts of devices that draw power (not decommissioned), for the
    /// views' optimistic updates; the database's rack_power view is the same rule.
    static qint64 allocatedWatts(const QList<Device> &devices);

private:
    qint64 m_allocated;
    qint64 m_budget;
    QString m_redundancy;
};

} // namespace hostdeck
