// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimfront.h"
#include "dcim/dcimtypes.h"
#include "ipam/ipamfront.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTableView;
class QTreeView;

namespace hostdeck {

class IpMapWidget;
class PrefixFilterProxy;
class PrefixTreeModel;
class VlanModel;
struct Change;

/// The address-space page: the prefix tree (lazy, filtered by family,
/// location, VLAN and status) with its context menu (split, merge, allocate
/// the next free /N, park, assign a customer), the IP map of the subnet
/// opened with Enter, and the VLANs of the selected location. Every read and
/// write runs on the worker pool; errors and progress show in the page's
/// message line and through message().
class IpamView : public QWidget
{
    Q_OBJECT
public:
    explicit IpamView(WorkerPool *pool, QWidget *parent = nullptr);
    ~IpamView() override;

    /// Reloads the tree, the locations, the customers and the VLANs.
    void reload();
    /// Live refresh: subnets, ip_addresses and vlans changes are gathered
    /// briefly, then the affected nodes, the map and the VLAN list are re-read.
    void onChange(const Change &change);
    /// Providers for "Set reverse DNS…"; without them only internally served addresses change.
    void setRdnsProviderFactory(std::shared_ptr<RdnsProviderFactory> factory)
    {
        m_rdnsFactory = std::move(factory);
    }

    /// Opens the IP map for a subnet of the tree (a proxy or model index).
    void showMap(const QModelIndex &index);
    /// The subnet of the tree's current row; nullptr when none.
    const SubnetRow *currentSubnet() const;

    QTreeView *treeView() const { return m_tree; }
    PrefixTreeModel *model() const { return m_model; }
    PrefixFilterProxy *proxy() const { return m_proxy; }
    IpMapWidget *ipMap() const { return m_map; }
    VlanModel *vlanModel() const { return m_vlans; }
    QComboBox *familyFilter() const { return m_familyFilter; }
    QComboBox *locationFilter() const { return m_locationFilter; }
    QSpinBox *vlanFilter() const { return m_vlanFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    /// The cell of the IP map the address actions apply to.
    void setMapCell(int cell) { m_mapCell = cell; }
    bool isBusy() const { return m_busy > 0; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    /// An error or a notice for the window's status bar.
    void message(const QString &text, bool error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void loadLocations();
    void loadCustomers();
    void loadVlans();
    void applyFilters();
    void applyVlanFilter();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void onMapCell(int cell, const QPoint &globalPos);
    void reloadMap();
    void flushChanges();

    void splitCurrent();
    void mergeCurrent();
    void allocateInCurrent();
    void allocateAddressInCurrent();
    void setCurrentParked(bool parked);
    void assignCurrent();
    void unassignCurrent();
    void parkMapAddress(bool parked);
    void releaseMapAddress();
    void setMapReverseName();

    /// Runs a write with progress shown; on success shows done(value) (done()
    /// for a Status) and refreshes the touched subnets, on failure the error.
    template <typename T, typename Done>
    void runOperation(const QString &what, QFuture<Result<T>> future, const QList<qint64> &touched,
                      Done done);
    void beginBusy(const QString &what);
    void endBusy();
    void showMessage(const QString &text, bool error);
    QSet<qint64> locationSubtree(qint64 locationId) const;

    IpamFront m_front;
    DcimFront m_dcim;
    std::shared_ptr<RdnsProviderFactory> m_rdnsFactory;

    PrefixTreeModel *m_model;
    PrefixFilterProxy *m_proxy;
    QTreeView *m_tree;
    QComboBox *m_familyFilter;
    QComboBox *m_locationFilter;
    QSpinBox *m_vlanFilter;
    QComboBox *m_statusFilter;
    IpMapWidget *m_map;
    QLabel *m_mapTitle;
    VlanModel *m_vlans;
    QTableView *m_vlanView;
    QLabel *m_message;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;

    QAction *m_splitAction;
    QAction *m_mergeAction;
    QAction *m_allocateAction;
    QAction *m_allocateAddressAction;
    QAction *m_parkAction;
    QAction *m_unparkAction;
    QAction *m_assignAction;
    QAction *m_unassignAction;
    QAction *m_showMapAction;
    QAction *m_parkAddressAction;
    QAction *m_unparkAddressAction;
    QAction *m_releaseAddressAction;
    QAction *m_rdnsAction;

    QList<Location> m_locations;
    QList<Customer> m_customers;
    QList<VlanRow> m_allVlans;
    qint64 m_mapSubnetId = 0;
    int m_mapCell = -1;
    bool m_loadedOnce = false;
    int m_busy = 0;
    QString m_lastMessage;

    QTimer m_changeTimer;
    QSet<qint64> m_changedSubnets;
    QSet<qint64> m_changedAddresses;
    bool m_vlansChanged = false;
};

} // namespace hostdeck
