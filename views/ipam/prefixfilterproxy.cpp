// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/prefixfilterproxy.h"

#include "ipam/prefixtreemodel.h"

#include <QBrush>
#include <QPalette>

namespace hostdeck {

PrefixFilterProxy::PrefixFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void PrefixFilterProxy::setFamily(int family)
{
    if (m_family == family)
        return;
    m_family = family;
    changed();
}

void PrefixFilterProxy::setLocations(const QSet<qint64> &locationIds)
{
    if (m_locations == locationIds)
        return;
    m_locations = locationIds;
    changed();
}

void PrefixFilterProxy::setVlan(int vid)
{
    if (m_vlan == vid)
        return;
    m_vlan = vid;
    changed();
}

void PrefixFilterProxy::setStatus(StatusFilter status)
{
    if (m_status == status)
        return;
    m_status = status;
    changed();
}

void PrefixFilterProxy::changed()
{
    invalidateFilter();
}

bool PrefixFilterProxy::isFiltering() const
{
    return m_family != 0 || !m_locations.isEmpty() || m_vlan != 0 || m_status != StatusFilter::Any;
}

bool PrefixFilterProxy::matchesPlace(const QModelIndex &source) const
{
    if (m_family != 0 && source.data(PrefixTreeModel::FamilyRole).toInt() != m_family)
        return false;
    if (!m_locations.isEmpty() &&
        !m_locations.contains(source.data(PrefixTreeModel::LocationIdRole).toLongLong()))
        return false;
    return m_vlan == 0 || source.data(PrefixTreeModel::VlanRole).toInt() == m_vlan;
}

bool PrefixFilterProxy::matches(const QModelIndex &source) const
{
    if (!matchesPlace(source))
        return false;
    const QString status = source.data(PrefixTreeModel::StatusRole).toString();
    const bool parked = source.data(PrefixTreeModel::ParkedRole).toBool();
    switch (m_status) {
    case StatusFilter::Any:
        return true;
    case StatusFilter::Unallocated:
        return status == QLatin1String("unallocated") && !parked;
    case StatusFilter::Allocated:
        return status == QLatin1String("allocated");
    case StatusFilter::Subdivided:
        return status == QLatin1String("subdivided");
    case StatusFilter::Parked:
        return parked;
    }
    return true;
}

bool PrefixFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_family != 0 && source.data(PrefixTreeModel::FamilyRole).toInt() != m_family)
        return false;
    if (matches(source))
        return true;
    // Status is not inherited: a container whose children are not all loaded
    // may hold matches. Location and VLAN are, so the container itself decides.
    return m_status != StatusFilter::Any && matchesPlace(source) &&
           source.data(PrefixTreeModel::StatusRole).toString() == QLatin1String("subdivided") &&
           source.data(PrefixTreeModel::TotalChildrenRole).toInt() > sourceModel()->rowCount(source);
}

QVariant PrefixFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && isFiltering() && !matches(mapToSource(index)))
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    return QSortFilterProxyModel::data(index, role);
}

} // namespace hostdeck
