// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

#include <QVariant>

#include <memory>
#include <vector>

namespace hostdeck {

/// One node of the navigation tree: the invisible root, a location (site,
/// room, cage) or a rack. Owns its children; knows its parent and its row.
class LocationTreeItem
{
public:
    enum class Kind
    {
        Root,
        Site,
        Room,
        Cage,
        Rack
    };

    explicit LocationTreeItem(LocationTreeItem *parent = nullptr)
        : m_parent(parent)
    {}
    virtual ~LocationTreeItem() = default;
    LocationTreeItem(const LocationTreeItem &) = delete;
    LocationTreeItem &operator=(const LocationTreeItem &) = delete;

    virtual Kind kind() const { return Kind::Root; }
    virtual qint64 id() const { return 0; }
    /// Data for an item role (display, tooltip); an invalid QVariant otherwise.
    virtual QVariant data(int role) const;
    /// Sort key among siblings.
    virtual QString sortKey() const { return {}; }

    LocationTreeItem *parent() const { return m_parent; }
    int childCount() const { return int(m_children.size()); }
    LocationTreeItem *child(int row) const;
    /// This item's row under its parent.
    int row() const;
    /// Takes ownership; sets the child's parent.
    LocationTreeItem *appendChild(std::unique_ptr<LocationTreeItem> child);
    /// Sorts the children (recursively) by sortKey().
    void sortChildren();

private:
    LocationTreeItem *m_parent;
    std::vector<std::unique_ptr<LocationTreeItem>> m_children;
};

/// A site, room or cage.
class LocationNode : public LocationTreeItem
{
public:
    explicit LocationNode(Location location)
        : m_location(std::move(location))
    {}

    Kind kind() const override;
    qint64 id() const override { return m_location.id; }
    QVariant data(int role) const override;
    QString sortKey() const override { return QStringLiteral("0") + m_location.code; }
    const Location &location() const { return m_location; }

private:
    Location m_location;
};

/// A rack inside a room or cage.
class RackNode : public LocationTreeItem
{
public:
    explicit RackNode(Rack rack)
        : m_rack(std::move(rack))
    {}

    Kind kind() const override { return Kind::Rack; }
    qint64 id() const override { return m_rack.id; }
    QVariant data(int role) const override;
    QString sortKey() const override;
    const Rack &rack() const { return m_rack; }

private:
    Rack m_rack;
};

} // namespace hostdeck
