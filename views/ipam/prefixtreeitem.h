// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipam/ipamrepository.h"

#include <memory>
#include <vector>

namespace hostdeck {

/// One node of the prefix tree: a subnet row with the children loaded so far.
/// The invisible root holds the top-level pools. Children arrive a page at a
/// time (PrefixTreeModel::fetchMore); `totalChildren()` is what the database
/// says there are, `childCount()` what has been loaded.
class PrefixTreeItem
{
public:
    /// The invisible root.
    PrefixTreeItem() = default;
    PrefixTreeItem(PrefixTreeItem *parent, SubnetRow row);

    bool isRoot() const { return m_parent == nullptr; }
    PrefixTreeItem *parent() const { return m_parent; }
    /// Position among the parent's children.
    int row() const { return m_row; }

    const SubnetRow &data() const { return m_data; }
    void setData(SubnetRow row) { m_data = std::move(row); }
    qint64 id() const { return m_data.node.id; }

    int childCount() const { return int(m_children.size()); }
    PrefixTreeItem *child(int row) const
    {
        return row >= 0 && row < childCount() ? m_children[size_t(row)].get() : nullptr;
    }
    /// Children the database holds (for the root: loaded ones once loaded).
    int totalChildren() const;
    /// True when the database holds children not yet loaded and no page is on its way.
    bool canFetchMore() const;

    /// Appends loaded children at the end.
    void appendChildren(std::vector<std::unique_ptr<PrefixTreeItem>> children);
    /// Inserts one child at `row`.
    void insertChild(int row, std::unique_ptr<PrefixTreeItem> child);
    /// Removes the child at `row`, returning it.
    std::unique_ptr<PrefixTreeItem> takeChild(int row);

    bool isFetching() const { return m_fetching; }
    void setFetching(bool fetching) { m_fetching = fetching; }
    /// The root: whether the top-level pools have been loaded.
    bool rootLoaded() const { return m_rootLoaded; }
    void setRootLoaded(bool loaded) { m_rootLoaded = loaded; }

private:
    void renumberFrom(int row);

    PrefixTreeItem *m_parent = nullptr;
    int m_row = 0;
    SubnetRow m_data;
    std::vector<std::unique_ptr<PrefixTreeItem>> m_children;
    bool m_fetching = false;
    bool m_rootLoaded = false;
};

} // namespace hostdeck
