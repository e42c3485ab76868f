// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/locationtreemodel.h"

#include <QHash>

#include <map>

namespace hostdeck {

LocationTreeModel::LocationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<LocationTreeItem>())
{}

LocationTreeModel::~LocationTreeModel() = default;

void LocationTreeModel::setContents(const QList<Location> &locations, const QList<Rack> &racks)
{
    beginResetModel();
    m_root = std::make_unique<LocationTreeItem>();
    std::map<qint64, std::unique_ptr<LocationNode>> pending;
    QHash<qint64, LocationNode *> byId;
    for (const Location &l : locations) {
        auto node = std::make_unique<LocationNode>(l);
        byId.insert(l.id, node.get());
        pending[l.id] = std::move(node);
    }
    for (const Location &l : locations) {
        auto node = std::move(pending[l.id]);
        if (!node)
            continue; // a duplicate id
        LocationNode *parent = byId.value(l.parentId);
        if (parent && l.parentId != l.id)
            parent->appendChild(std::move(node));
        else
            m_root->appendChild(std::move(node));
    }
    for (const Rack &r : racks) {
        if (LocationNode *parent = byId.value(r.locationId))
            parent->appendChild(std::make_unique<RackNode>(r));
    }
    m_root->sortChildren();
    endResetModel();
}

LocationTreeItem *LocationTreeModel::itemOrRoot(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<LocationTreeItem *>(index.internalPointer());
}

const LocationTreeItem *LocationTreeModel::item(const QModelIndex &index) const
{
    return index.isValid() ? itemOrRoot(index) : nullptr;
}

QModelIndex LocationTreeModel::find(const QModelIndex &parent, LocationTreeItem::Kind kind, qint64 id) const
{
    const int rows = rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex i = index(r, 0, parent);
        const LocationTreeItem *node = item(i);
        const bool isLocationKind = kind != LocationTreeItem::Kind::Rack;
        const bool nodeIsLocation = node->kind() != LocationTreeItem::Kind::Rack;
        if (node->id() == id && (node->kind() == kind || (isLocationKind && nodeIsLocation)))
            return i;
        const QModelIndex found = find(i, kind, id);
        if (found.isValid())
            return found;
    }
    return {};
}

QModelIndex LocationTreeModel::indexFor(LocationTreeItem::Kind kind, qint64 id) const
{
    return find({}, kind, id);
}

QModelIndex LocationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    LocationTreeItem *p = itemOrRoot(parent);
    LocationTreeItem *c = p->child(row);
    return c ? createIndex(row, 0, c) : QModelIndex();
}

QModelIndex LocationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    LocationTreeItem *p = itemOrRoot(child)->parent();
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row(), 0, p);
}

int LocationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return itemOrRoot(parent)->childCount();
}

int LocationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LocationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const LocationTreeItem *node = itemOrRoot(index);
    if (role == KindRole)
        return int(node->kind());
    if (role == IdRole)
        return node->id();
    return node->data(role);
}

Qt::ItemFlags LocationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (itemOrRoot(index)->kind() == LocationTreeItem::Kind::Rack)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace hostdeck
