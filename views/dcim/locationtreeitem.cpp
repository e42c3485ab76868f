// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/locationtreeitem.h"

#include "dcim/powerbudget.h"

#include <QCoreApplication>

#include <algorithm>

namespace hostdeck {

QVariant LocationTreeItem::data(int) const
{
    return {};
}

LocationTreeItem *LocationTreeItem::child(int row) const
{
    if (row < 0 || row >= childCount())
        return nullptr;
    return m_children[size_t(row)].get();
}

int LocationTreeItem::row() const
{
    if (!m_parent)
        return 0;
    const auto &siblings = m_parent->m_children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == this)
            return int(i);
    }
    return 0;
}

LocationTreeItem *LocationTreeItem::appendChild(std::unique_ptr<LocationTreeItem> child)
{
    child->m_parent = this;
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

void LocationTreeItem::sortChildren()
{
    std::stable_sort(m_children.begin(), m_children.end(),
                     [](const auto &a, const auto &b) { return a->sortKey() < b->sortKey(); });
    for (auto &c : m_children)
        c->sortChildren();
}

LocationTreeItem::Kind LocationNode::kind() const
{
    if (m_location.kind == QLatin1String("site"))
        return Kind::Site;
    if (m_location.kind == QLatin1String("cage"))
        return Kind::Cage;
    return Kind::Room;
}

QVariant LocationNode::data(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return m_location.name.isEmpty() || m_location.name == m_location.code
                   ? m_location.code
                   : QStringLiteral("%1 — %2").arg(m_location.code, m_location.name);
    case Qt::ToolTipRole:
        return m_location.code;
    default:
        return {};
    }
}

QString RackNode::sortKey() const
{
    return QStringLiteral("1%1 %2").arg(m_rack.position, 6, 10, QLatin1Char('0')).arg(m_rack.name);
}

QVariant RackNode::data(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return m_rack.name;
    case Qt::ToolTipRole:
        return QCoreApplication::translate("LocationTreeModel", "%1 U, power %2")
            .arg(m_rack.uHeight)
            .arg(PowerBudget(m_rack).summary());
    default:
        return {};
    }
}

} // namespace hostdeck
