// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/powerbudget.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace hostdeck {

PowerBudget::PowerBudget(qint64 allocatedWatts, double budgetKw, QString redundancy)
    : m_allocated(allocatedWatts)
    , m_budget(std::llround(budgetKw * 1000.0))
    , m_redundancy(std::move(redundancy))
{}

PowerBudget::PowerBudget(const Rack &rack)
    : PowerBudget(rack.allocatedWatts, rack.powerBudgetKw, rack.redundancy)
{}

double PowerBudget::utilisation() const
{
    if (m_budget <= 0)
        return m_allocated > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return double(m_allocated) / double(m_budget);
}

PowerBudget::Level PowerBudget::level() const
{
    const double u = utilisation();
    if (u > 1.0)
        return Level::Over;
    if (u > 0.8)
        return Level::Tight;
    return Level::Comfortable;
}

QString PowerBudget::summary() const
{
    return QCoreApplication::translate("PowerBudget", "%1 / %2 kW (%3)")
        .arg(double(m_allocated) / 1000.0, 0, 'f', 1)
        .arg(double(m_budget) / 1000.0, 0, 'f', 1)
        .arg(m_redundancy);
}

qint64 PowerBudget::allocatedWatts(const QList<Device> &devices)
{
    qint64 sum = 0;
    for (const Device &d : devices) {
        if (d.disposition != Disposition::Decommissioned)
            sum += d.watts;
    }
    return sum;
}

} // namespace hostdeck
