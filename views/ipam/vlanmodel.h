// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipam/ipamrepository.h"

#include <QAbstractTableModel>

namespace hostdeck {

/// The VLANs of a location (or of all locations) as a table: VID, name,
/// location, enabled. Filled with rows read on the worker pool.
class VlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        VidColumn,
        NameColumn,
        LocationColumn,
        EnabledColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setVlans(const QList<VlanRow> &vlans);
    const QList<VlanRow> &vlans() const { return m_vlans; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VlanRow> m_vlans;
};

} // namespace hostdeck
