// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipam/ipamfront.h"
#include "ipam/prefixtreeitem.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <functional>

class QAbstractProxyModel;
class QTreeView;

namespace hostdeck {

/// The prefix tree (subnets under their parents) as an item model over
/// PrefixTreeItem nodes. Loads lazily: the top-level pools on the first
/// fetchMore of the root, then each node's children a page at a time as the
/// view asks (canFetchMore/fetchMore), on the worker pool; pages are inserted
/// on the GUI thread. A /8 with 65,536 children opens with its first page.
class PrefixTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        CidrColumn,
        StatusColumn,
        LocationColumn,
        VlanColumn,
        CustomerColumn,
        UtilisationColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CidrRole,        ///< "10.0.0.0/8"
        FamilyRole,      ///< 4 or 6
        PrefixRole,      ///< prefix length
        StatusRole,      ///< unallocated, allocated, subdivided
        ParkedRole,      ///< parked itself or below a parked ancestor
        LocationIdRole,  ///< effective location id, 0 for none
        VlanRole,        ///< effective VID, 0 for none
        CustomerIdRole,  ///< 0 for none
        UtilisationRole, ///< 0..1 (IPv6 in /64s)
        TotalChildrenRole
    };

    explicit PrefixTreeModel(IpamFront *front, QObject *parent = nullptr);
    ~PrefixTreeModel() override;

    /// Children loaded per fetchMore.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    /// Decides whether a further page (not the first) of `parent`'s children is
    /// wanted now. QTreeView asks for more whenever it lays out an expanded
    /// node that has more; a view installs a gate that says yes only when the
    /// last loaded child is in sight, so pages load as the user scrolls.
    using FetchGate = std::function<bool(const QModelIndex &parent)>;
    void setFetchGate(FetchGate gate) { m_gate = std::move(gate); }
    /// Makes `view` (showing this model directly or through one proxy) load
    /// pages as the user scrolls: installs the gate, and asks for the next
    /// page of the nodes whose loaded children end in sight after a scroll
    /// (QTreeView itself asks only at the very end of the whole tree).
    void attachView(QTreeView *view);

    /// Drops everything and loads the top-level pools again.
    void reload();
    /// Live refresh: re-reads the changed subnets and the subnets holding the
    /// changed addresses, the loaded children of parents whose children came
    /// or went, and every ancestor (utilisation), and applies the differences
    /// as row insertions, removals and dataChanged.
    void refreshChanged(const QList<qint64> &subnetIds, const QList<qint64> &addressIds);

    /// The loaded node with this subnet id; invalid when not loaded.
    QModelIndex indexForId(qint64 id, int column = 0) const;
    /// The row behind an index; nullptr for an invalid one.
    const SubnetRow *subnetAt(const QModelIndex &index) const;
    /// True while a page or a refresh is on its way.
    bool isLoading() const { return m_pending > 0; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// Rows first..last under `parent` arrived from the database.
    void pageLoaded(const QModelIndex &parent, int first, int last);
    /// A load or refresh failed; `message` names the problem.
    void loadFailed(const QString &message);
    /// A refreshChanged() has been applied.
    void refreshApplied();

private:
    PrefixTreeItem *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(PrefixTreeItem *item, int column = 0) const;
    void forget(PrefixTreeItem *item);
    void applyRefresh(const TreeRefresh &refresh);
    void applyChildren(PrefixTreeItem *parent, const QList<SubnetRow> &rows);
    void endPending();

    IpamFront *m_front;
    PrefixTreeItem m_root;
    QHash<qint64, PrefixTreeItem *> m_byId;
    QSet<qint64> m_fetchFailed; ///< no automatic retry until the next refresh
    FetchGate m_gate;
    int m_pageSize = 256;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace hostdeck
