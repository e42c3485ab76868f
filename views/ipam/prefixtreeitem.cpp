// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/prefixtreeitem.h"

namespace hostdeck {

PrefixTreeItem::PrefixTreeItem(PrefixTreeItem *parent, SubnetRow row)
    : m_parent(parent)
    , m_data(std::move(row))
{}

int PrefixTreeItem::totalChildren() const
{
    if (isRoot())
        return childCount();
    return std::max(m_data.childCount, childCount());
}

bool PrefixTreeItem::canFetchMore() const
{
    if (m_fetching)
        return false;
    if (isRoot())
        return !m_rootLoaded;
    return childCount() < m_data.childCount;
}

void PrefixTreeItem::appendChildren(std::vector<std::unique_ptr<PrefixTreeItem>> children)
{
    m_children.reserve(m_children.size() + children.size());
    for (auto &c : children) {
        c->m_parent = this;
        c->m_row = childCount();
        m_children.push_back(std::move(c));
    }
}

void PrefixTreeItem::insertChild(int row, std::unique_ptr<PrefixTreeItem> child)
{
    child->m_parent = this;
    m_children.insert(m_children.begin() + row, std::move(child));
    renumberFrom(row);
}

std::unique_ptr<PrefixTreeItem> PrefixTreeItem::takeChild(int row)
{
    auto taken = std::move(m_children[size_t(row)]);
    m_children.erase(m_children.begin() + row);
    renumberFrom(row);
    taken->m_parent = nullptr;
    return taken;
}

void PrefixTreeItem::renumberFrom(int row)
{
    for (int i = row; i < childCount(); ++i)
        m_children[size_t(i)]->m_row = i;
}

} // namespace hostdeck
