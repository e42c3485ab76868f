// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace hostdeck {

/// Filters the prefix tree by family, effective location, effective VLAN and
/// status. A subnet is shown when it matches or when a loaded descendant
/// matches; with a status filter also when it is subdivided, matches the other
/// filters and not all its children are loaded yet (expanding it finds out).
/// Containers shown for their descendants are drawn greyed.
class PrefixFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// Status filter values; Any shows everything.
    enum class StatusFilter
    {
        Any,
        Unallocated,
        Allocated,
        Subdivided,
        Parked
    };

    explicit PrefixFilterProxy(QObject *parent = nullptr);

    /// 0 for both families, else 4 or 6.
    void setFamily(int family);
    /// Effective locations accepted (a site and its rooms); empty for any.
    void setLocations(const QSet<qint64> &locationIds);
    /// Effective VID; 0 for any.
    void setVlan(int vid);
    void setStatus(StatusFilter status);

    int family() const { return m_family; }
    bool isFiltering() const;
    /// True when the source row matches every filter by itself.
    bool matches(const QModelIndex &sourceIndex) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();
    /// Family, location and VLAN (the inherited properties) match.
    bool matchesPlace(const QModelIndex &sourceIndex) const;

    int m_family = 0;
    QSet<qint64> m_locations;
    int m_vlan = 0;
    StatusFilter m_status = StatusFilter::Any;
};

} // namespace hostdeck
