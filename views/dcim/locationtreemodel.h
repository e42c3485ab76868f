// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"
#include "dcim/locationtreeitem.h"

#include <QAbstractItemModel>

#include <memory>

namespace hostdeck {

/// The navigation tree: sites > rooms (> cages) > racks, built from value
/// lists the window loaded on a worker. Read-only.
class LocationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole
    };

    explicit LocationTreeModel(QObject *parent = nullptr);
    ~LocationTreeModel() override;

    /// Replaces the whole tree. Locations whose parent is unknown become top level;
    /// racks whose location is unknown are left out.
    void setContents(const QList<Location> &locations, const QList<Rack> &racks);

    /// The index of the location or rack with `id`, or an invalid index.
    QModelIndex indexFor(LocationTreeItem::Kind kind, qint64 id) const;
    /// The node behind `index` (nullptr for an invalid one).
    const LocationTreeItem *item(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    LocationTreeItem *itemOrRoot(const QModelIndex &index) const;
    QModelIndex find(const QModelIndex &parent, LocationTreeItem::Kind kind, qint64 id) const;

    std::unique_ptr<LocationTreeItem> m_root;
};

} // namespace hostdeck
