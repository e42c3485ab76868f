// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/vlanmodel.h"

namespace hostdeck {

void VlanModel::setVlans(const QList<VlanRow> &vlans)
{
    beginResetModel();
    m_vlans = vlans;
    endResetModel();
}

int VlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vlans.size());
}

int VlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_vlans.size())
        return {};
    const VlanRow &v = m_vlans[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case VidColumn:
            return v.vid;
        case NameColumn:
            return v.name;
        case LocationColumn:
            return v.locationCode;
        case EnabledColumn:
            return v.enabled ? tr("enabled") : tr("disabled");
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return v.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::UserRole)
        return v.id;
    return {};
}

QVariant VlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VidColumn:
        return tr("VID");
    case NameColumn:
        return tr("Name");
    case LocationColumn:
        return tr("Location");
    case EnabledColumn:
        return tr("Enabled");
    default:
        return {};
    }
}

} // namespace hostdeck
