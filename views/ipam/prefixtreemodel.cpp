// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/prefixtreemodel.h"

#include "core/deliver.h"

#include <QAbstractProxyModel>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QScrollBar>
#include <QTreeView>

namespace hostdeck {

namespace {
// Rows a refresh re-reads at least when a parent's children changed.
constexpr int kMinimumRefreshRows = 256;

QString sizeText(const Cidr &cidr)
{
    if (cidr.family() == 4)
        return PrefixTreeModel::tr("%n address(es)", nullptr, int(std::min<uint128>(cidr.size(), 1 << 30)));
    if (cidr.prefixLength() <= 64)
        return PrefixTreeModel::tr("%1 /64 networks")
            .arg(Cidr::toDecimal(uint128(1) << (64 - cidr.prefixLength())));
    return PrefixTreeModel::tr("%1 addresses").arg(Cidr::toDecimal(cidr.size()));
}
} // namespace

PrefixTreeModel::PrefixTreeModel(IpamFront *front, QObject *parent)
    : QAbstractItemModel(parent)
    , m_front(front)
{}

PrefixTreeModel::~PrefixTreeModel() = default;

void PrefixTreeModel::reload()
{
    beginResetModel();
    ++m_generation;
    while (m_root.childCount() > 0)
        forget(m_root.takeChild(m_root.childCount() - 1).get());
    m_root.setRootLoaded(false);
    m_root.setFetching(false);
    m_byId.clear();
    m_fetchFailed.clear();
    endResetModel();
    fetchMore({});
}

void PrefixTreeModel::attachView(QTreeView *view)
{
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    m_gate = [view, proxy](const QModelIndex &parent) {
        const QModelIndex shown = proxy ? proxy->mapFromSource(parent) : parent;
        if (parent.isValid() && (!shown.isValid() || !view->isExpanded(shown)))
            return false;
        const int rows = view->model()->rowCount(shown);
        if (rows == 0)
            return true;
        const QRect last = view->visualRect(view->model()->index(rows - 1, 0, shown));
        return last.isValid() && last.top() <= view->viewport()->height();
    };
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, view, [view] {
        // Every node whose children show in the viewport may want its next page.
        QAbstractItemModel *shown = view->model();
        QSet<QPersistentModelIndex> asked;
        const int height = view->viewport()->height();
        for (QModelIndex row = view->indexAt(QPoint(4, 1));
             row.isValid() && view->visualRect(row).top() < height; row = view->indexBelow(row)) {
            for (QModelIndex p = row.parent(); p.isValid() && !asked.contains(p); p = p.parent()) {
                asked.insert(p);
                if (shown->canFetchMore(p))
                    shown->fetchMore(p);
            }
        }
    });
}

PrefixTreeItem *PrefixTreeModel::itemFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return const_cast<PrefixTreeItem *>(&m_root);
    return static_cast<PrefixTreeItem *>(index.internalPointer());
}

QModelIndex PrefixTreeModel::indexFor(PrefixTreeItem *item, int column) const
{
    if (!item || item->isRoot())
        return {};
    return createIndex(item->row(), column, item);
}

QModelIndex PrefixTreeModel::indexForId(qint64 id, int column) const
{
    return indexFor(m_byId.value(id), column);
}

const SubnetRow *PrefixTreeModel::subnetAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &itemFor(index)->data();
}

void PrefixTreeModel::forget(PrefixTreeItem *item)
{
    m_byId.remove(item->id());
    m_fetchFailed.remove(item->id());
    for (int i = 0; i < item->childCount(); ++i)
        forget(item->child(i));
}

QModelIndex PrefixTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    PrefixTreeItem *child = itemFor(parent)->child(row);
    return child ? createIndex(row, column, child) : QModelIndex();
}

QModelIndex PrefixTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent());
}

int PrefixTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return itemFor(parent)->childCount();
}

int PrefixTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool PrefixTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const PrefixTreeItem *item = itemFor(parent);
    return item->childCount() > 0 || (!item->isRoot() && item->data().childCount > 0);
}

bool PrefixTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const PrefixTreeItem *item = itemFor(parent);
    return item->canFetchMore() && !m_fetchFailed.contains(item->id());
}

void PrefixTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    PrefixTreeItem *item = itemFor(parent);
    if (item->childCount() > 0 && m_gate && !m_gate(parent))
        return; // not in sight yet: the view asks again when the user scrolls there
    item->setFetching(true);
    ++m_pending;
    const int generation = m_generation;
    const qint64 id = item->id();
    const int offset = item->childCount();
    const Cidr after = offset > 0 ? item->child(offset - 1)->data().node.cidr : Cidr();
    auto future = item->isRoot() ? m_front->roots(0) : m_front->children(id, after, m_pageSize);
    deliver(future, this, [this, generation, id, offset](const Result<QList<SubnetRow>> &r) {
        endPending();
        if (generation != m_generation)
            return;
        PrefixTreeItem *target = id == 0 ? &m_root : m_byId.value(id);
        if (!target)
            return; // removed by a refresh meanwhile
        target->setFetching(false);
        if (!r) {
            m_fetchFailed.insert(id);
            emit loadFailed(r.error().message);
            return;
        }
        if (target->isRoot())
            target->setRootLoaded(true);
        if (target->childCount() != offset)
            return; // a refresh re-read the children meanwhile; the view asks again
        std::vector<std::unique_ptr<PrefixTreeItem>> rows;
        rows.reserve(size_t(r->size()));
        for (const SubnetRow &row : *r) {
            if (!m_byId.contains(row.node.id))
                rows.push_back(std::make_unique<PrefixTreeItem>(nullptr, row));
        }
        if (rows.empty())
            return;
        const QModelIndex parentIndex = indexFor(target);
        const int first = target->childCount();
        const int last = first + int(rows.size()) - 1;
        beginInsertRows(parentIndex, first, last);
        for (const auto &row : rows)
            m_byId.insert(row->id(), row.get());
        target->appendChildren(std::move(rows));
        endInsertRows();
        emit pageLoaded(parentIndex, first, last);
    });
}

void PrefixTreeModel::endPending()
{
    m_pending = std::max(0, m_pending - 1);
}

QVariant PrefixTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const SubnetRow &row = itemFor(index)->data();
    const SubnetNode &n = row.node;
    switch (role) {
    case IdRole:
        return n.id;
    case CidrRole:
        return n.cidr.toString();
    case FamilyRole:
        return n.cidr.family();
    case PrefixRole:
        return n.cidr.prefixLength();
    case StatusRole:
        return n.status;
    case ParkedRole:
        return row.effectiveUnavailable;
    case LocationIdRole:
        return row.effectiveLocationId.value_or(0);
    case VlanRole:
        return row.vlanVid.value_or(0);
    case CustomerIdRole:
        return n.customerId.value_or(0);
    case UtilisationRole:
        return row.utilisation;
    case TotalChildrenRole:
        return itemFor(index)->totalChildren();
    default:
        break;
    }
    const bool vlanInherited = !n.vlanId && row.vlanVid;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CidrColumn:
            return n.cidr.toString();
        case StatusColumn: {
            QString status = n.status == QLatin1String("allocated")    ? tr("allocated")
                             : n.status == QLatin1String("subdivided") ? tr("subdivided")
                                                                       : tr("unallocated");
            if (n.isUnavailable)
                return tr("%1, parked").arg(status);
            if (row.effectiveUnavailable)
                return tr("%1, parked (inherited)").arg(status);
            return status;
        }
        case LocationColumn:
            if (row.effectiveLocationCode.isEmpty())
                return QString();
            return row.locationInherited ? tr("%1 (inherited)").arg(row.effectiveLocationCode)
                                         : row.effectiveLocationCode;
        case VlanColumn:
            if (!row.vlanVid)
                return QString();
            return vlanInherited ? tr("%1 (inherited)").arg(*row.vlanVid) : QString::number(*row.vlanVid);
        case CustomerColumn:
            return row.customerCode;
        case UtilisationColumn:
            return tr("%1 %").arg(row.utilisation * 100, 0, 'f',
                                  row.utilisation > 0 && row.utilisation < 0.01 ? 2 : 0);
        case DescriptionColumn:
            return n.description;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole) {
        if ((index.column() == LocationColumn && row.locationInherited) ||
            (index.column() == VlanColumn && vlanInherited)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && row.effectiveUnavailable)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1 — %2").arg(n.cidr.toString(), sizeText(n.cidr));
        if (row.childCount > 0)
            tip += u'\n' + tr("%n direct child subnet(s)", nullptr, row.childCount);
        tip += u'\n' + (n.cidr.family() == 6 ? tr("Utilisation %1 % (counted in /64 networks)")
                                             : tr("Utilisation %1 % (counted in addresses)"))
                           .arg(row.utilisation * 100, 0, 'f', 2);
        if (row.locationInherited)
            tip += u'\n' + tr("Location %1 inherited from a parent subnet").arg(row.effectiveLocationCode);
        if (row.effectiveUnavailable)
            tip += u'\n' + (n.isUnavailable ? tr("Parked: skipped by automatic allocation")
                                            : tr("Inside a parked subnet: skipped by automatic allocation"));
        if (!n.description.isEmpty())
            tip += u'\n' + n.description;
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() == UtilisationColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant PrefixTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CidrColumn:
        return tr("Prefix");
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    case VlanColumn:
        return tr("VLAN");
    case CustomerColumn:
        return tr("Customer");
    case UtilisationColumn:
        return tr("Utilisation");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags PrefixTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

// ---------------------------------------------------------------------------
// Live refresh

void PrefixTreeModel::refreshChanged(const QList<qint64> &subnetIds, const QList<qint64> &addressIds)
{
    if (subnetIds.isEmpty() && addressIds.isEmpty())
        return;
    ++m_pending;
    const int generation = m_generation;
    deliver(m_front->changeAnchors(subnetIds, addressIds), this,
            [this, generation, subnetIds](const Result<ChangeAnchors> &anchors) {
                endPending();
                if (generation != m_generation)
                    return;
                if (!anchors) {
                    emit loadFailed(anchors.error().message);
                    return;
                }
                QSet<qint64> rows;
                QSet<qint64> parents; // 0: the roots
                const auto withAncestors = [&](PrefixTreeItem *item) {
                    for (; item && !item->isRoot(); item = item->parent())
                        rows.insert(item->id());
                };
                for (qint64 id : subnetIds) {
                    PrefixTreeItem *item = m_byId.value(id);
                    const auto anchor = anchors->subnetParents.constFind(id);
                    if (item && anchor == anchors->subnetParents.cend()) {
                        // Deleted: its parent's children changed.
                        PrefixTreeItem *parent = item->parent();
                        parents.insert(parent->isRoot() ? 0 : parent->id());
                        withAncestors(parent);
                    } else if (item) {
                        withAncestors(item);
                        if (item->childCount() > 0)
                            parents.insert(id);
                    } else if (anchor != anchors->subnetParents.cend()) {
                        // Created: it belongs under a loaded parent, or is a new pool.
                        if (!anchor.value()) {
                            if (m_root.rootLoaded())
                                parents.insert(0);
                        } else if (PrefixTreeItem *parent = m_byId.value(*anchor.value())) {
                            if (parent->childCount() > 0)
                                parents.insert(parent->id());
                            withAncestors(parent);
                        }
                    }
                }
                for (qint64 subnet : anchors->addressSubnets)
                    withAncestors(m_byId.value(subnet));
                TreeRefreshRequest request;
                request.rowIds = QList<qint64>(rows.cbegin(), rows.cend());
                for (qint64 parent : std::as_const(parents)) {
                    PrefixTreeItem *item = parent == 0 ? &m_root : m_byId.value(parent);
                    request.parents.append({parent, std::max(item->childCount(), kMinimumRefreshRows)});
                }
                if (request.rowIds.isEmpty() && request.parents.isEmpty()) {
                    emit refreshApplied();
                    return;
                }
                ++m_pending;
                deliver(m_front->treeRefresh(request), this,
                        [this, generation](const Result<TreeRefresh> &r) {
                            endPending();
                            if (generation != m_generation)
                                return;
                            if (!r) {
                                emit loadFailed(r.error().message);
                                return;
                            }
                            applyRefresh(*r);
                            emit refreshApplied();
                        });
            });
}

void PrefixTreeModel::applyRefresh(const TreeRefresh &refresh)
{
    for (auto it = refresh.children.cbegin(); it != refresh.children.cend(); ++it) {
        PrefixTreeItem *parent = it.key() == 0 ? &m_root : m_byId.value(it.key());
        if (!parent)
            continue;
        applyChildren(parent, it.value());
    }
    for (const SubnetRow &row : refresh.rows) {
        PrefixTreeItem *item = m_byId.value(row.node.id);
        if (!item)
            continue;
        const int hadChildren = item->data().childCount;
        item->setData(row);
        m_fetchFailed.remove(row.node.id);
        emit dataChanged(indexFor(item, 0), indexFor(item, ColumnCount - 1));
        if (item->childCount() > 0 && row.childCount == 0) {
            applyChildren(item, {}); // merged: the children are gone
        } else if (hadChildren == 0 && row.childCount > 0 && item->childCount() == 0) {
            fetchMore(indexFor(item)); // newly split: show the first page so the view sees children
        }
    }
}

void PrefixTreeModel::applyChildren(PrefixTreeItem *parent, const QList<SubnetRow> &rows)
{
    const QModelIndex parentIndex = indexFor(parent);
    QSet<qint64> fresh;
    for (const SubnetRow &r : rows)
        fresh.insert(r.node.id);
    int i = 0;
    int j = 0;
    while (i < parent->childCount() || j < rows.size()) {
        PrefixTreeItem *old = parent->child(i);
        if (old && j < rows.size() && old->id() == rows[j].node.id) {
            old->setData(rows[j]);
            emit dataChanged(indexFor(old, 0), indexFor(old, ColumnCount - 1));
            ++i;
            ++j;
        } else if (old && (!fresh.contains(old->id()) || j >= rows.size())) {
            beginRemoveRows(parentIndex, i, i);
            auto taken = parent->takeChild(i);
            forget(taken.get());
            endRemoveRows();
        } else if (j < rows.size()) {
            if (m_byId.contains(rows[j].node.id)) {
                ++j; // moved elsewhere in the tree; left to its own refresh
                continue;
            }
            beginInsertRows(parentIndex, i, i);
            auto item = std::make_unique<PrefixTreeItem>(nullptr, rows[j]);
            m_byId.insert(item->id(), item.get());
            parent->insertChild(i, std::move(item));
            endInsertRows();
            ++i;
            ++j;
        } else {
            break;
        }
    }
    if (parent->isRoot())
        parent->setRootLoaded(true);
}

} // namespace hostdeck
