// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/ipamview.h"

#include "core/changelistener.h"
#include "core/deliver.h"
#include "ipam/ipmapwidget.h"
#include "ipam/prefixfilterproxy.h"
#include "ipam/prefixtreemodel.h"
#include "ipam/utilisationdelegate.h"
#include "ipam/vlanmodel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace hostdeck {

namespace {
// Changes from the database are gathered this long before re-reading.
constexpr int kChangeDebounceMs = 150;

QString strategyText(AllocationStrategy strategy)
{
    switch (strategy) {
    case AllocationStrategy::ExactFit:
        return IpamView::tr("an exact fit");
    case AllocationStrategy::Merge:
        return IpamView::tr("merged free blocks");
    case AllocationStrategy::Split:
        return IpamView::tr("split a larger block");
    }
    return {};
}
} // namespace

IpamView::IpamView(WorkerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_front(pool)
    , m_dcim(pool)
{
    setObjectName(QStringLiteral("ipamView"));
    m_model = new PrefixTreeModel(&m_front, this);
    m_proxy = new PrefixFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_familyFilter = new QComboBox(this);
    m_familyFilter->setObjectName(QStringLiteral("familyFilter"));
    m_familyFilter->addItem(tr("IPv4 and IPv6"), 0);
    m_familyFilter->addItem(tr("IPv4"), 4);
    m_familyFilter->addItem(tr("IPv6"), 6);
    m_locationFilter = new QComboBox(this);
    m_locationFilter->setObjectName(QStringLiteral("locationFilter"));
    m_locationFilter->addItem(tr("Any location"), qint64(0));
    m_vlanFilter = new QSpinBox(this);
    m_vlanFilter->setObjectName(QStringLiteral("vlanFilter"));
    m_vlanFilter->setRange(0, 4094);
    m_vlanFilter->setSpecialValueText(tr("Any VLAN"));
    m_vlanFilter->setPrefix(tr("VLAN "));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), int(PrefixFilterProxy::StatusFilter::Any));
    m_statusFilter->addItem(tr("Unallocated"), int(PrefixFilterProxy::StatusFilter::Unallocated));
    m_statusFilter->addItem(tr("Allocated"), int(PrefixFilterProxy::StatusFilter::Allocated));
    m_statusFilter->addItem(tr("Subdivided"), int(PrefixFilterProxy::StatusFilter::Subdivided));
    m_statusFilter->addItem(tr("Parked"), int(PrefixFilterProxy::StatusFilter::Parked));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_familyFilter);
    filters->addWidget(m_locationFilter);
    filters->addWidget(m_vlanFilter);
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);
    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("ipamBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(100);
    m_busyBar->setVisible(false);
    filters->addWidget(m_busyLabel);
    filters->addWidget(m_busyBar);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("prefixTree"));
    m_tree->setModel(m_proxy);
    m_model->attachView(m_tree);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegateForColumn(PrefixTreeModel::UtilisationColumn, new UtilisationDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(PrefixTreeModel::CidrColumn, 210);
    m_tree->setColumnWidth(PrefixTreeModel::StatusColumn, 150);
    m_tree->setColumnWidth(PrefixTreeModel::LocationColumn, 140);
    m_tree->setColumnWidth(PrefixTreeModel::VlanColumn, 90);
    m_tree->setColumnWidth(PrefixTreeModel::CustomerColumn, 90);
    m_tree->setColumnWidth(PrefixTreeModel::UtilisationColumn, 110);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ipamMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_message);

    m_mapTitle = new QLabel(tr("IP map"), this);
    m_mapTitle->setObjectName(QStringLiteral("ipMapTitle"));
    m_mapTitle->setWordWrap(true);
    m_map = new IpMapWidget(this);
    m_map->setObjectName(QStringLiteral("ipMap"));
    auto *mapScroll = new QScrollArea(this);
    mapScroll->setWidget(m_map);
    mapScroll->setWidgetResizable(false);
    auto *legend = new QLabel(this);
    QStringList legendParts;
    for (auto state :
         {IpMapWidget::CellState::Free, IpMapWidget::CellState::Allocated, IpMapWidget::CellState::Parked,
          IpMapWidget::CellState::Network, IpMapWidget::CellState::Gateway,
          IpMapWidget::CellState::Management, IpMapWidget::CellState::Bmc}) {
        legendParts << QStringLiteral(
                           "<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2")
                           .arg(IpMapWidget::colour(state).name(),
                                IpMapWidget::stateName(state).toHtmlEscaped());
    }
    legend->setText(legendParts.join(QStringLiteral(" &nbsp; ")));
    legend->setWordWrap(true);

    m_vlans = new VlanModel(this);
    m_vlanView = new QTableView(this);
    m_vlanView->setObjectName(QStringLiteral("vlanTable"));
    m_vlanView->setModel(m_vlans);
    m_vlanView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vlanView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vlanView->verticalHeader()->setVisible(false);
    m_vlanView->horizontalHeader()->setStretchLastSection(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_mapTitle);
    rightLayout->addWidget(mapScroll, 3);
    rightLayout->addWidget(legend);
    rightLayout->addWidget(new QLabel(tr("VLANs"), this));
    rightLayout->addWidget(m_vlanView, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, m_map->sizeHint().width() + 40});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    createActions();

    connect(m_familyFilter, &QComboBox::currentIndexChanged, this, &IpamView::applyFilters);
    connect(m_locationFilter, &QComboBox::currentIndexChanged, this, &IpamView::applyFilters);
    connect(m_vlanFilter, &QSpinBox::valueChanged, this, &IpamView::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &IpamView::applyFilters);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &IpamView::showContextMenu);
    connect(m_tree, &QTreeView::activated, this, &IpamView::showMap);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &IpamView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IpamView::updateActions);
    connect(m_model, &PrefixTreeModel::loadFailed, this, [this](const QString &text) {
        showMessage(tr("Could not load the prefix tree: %1").arg(text), true);
    });
    connect(m_model, &PrefixTreeModel::refreshApplied, this, [this] {
        // The map follows its subnet when a change touched it.
        if (m_mapSubnetId != 0 && m_model->indexForId(m_mapSubnetId).isValid())
            reloadMap();
    });
    connect(m_map, &IpMapWidget::cellActivated, this, &IpamView::onMapCell);

    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeDebounceMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &IpamView::flushChanges);
    updateActions();
}

IpamView::~IpamView() = default;

void IpamView::createActions()
{
    const auto make = [this](const QString &name, const QString &text) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        return action;
    };
    m_showMapAction = make(QStringLiteral("showMapAction"), tr("Show &IP map"));
    connect(m_showMapAction, &QAction::triggered, this, [this] { showMap(m_tree->currentIndex()); });
    m_allocateAction = make(QStringLiteral("allocateAction"), tr("&Allocate the next free /N here…"));
    connect(m_allocateAction, &QAction::triggered, this, &IpamView::allocateInCurrent);
    m_allocateAddressAction =
        make(QStringLiteral("allocateAddressAction"), tr("Allocate the next free a&ddress"));
    connect(m_allocateAddressAction, &QAction::triggered, this, &IpamView::allocateAddressInCurrent);
    m_splitAction = make(QStringLiteral("splitAction"), tr("&Split…"));
    connect(m_splitAction, &QAction::triggered, this, &IpamView::splitCurrent);
    m_mergeAction = make(QStringLiteral("mergeAction"), tr("&Merge with sibling"));
    connect(m_mergeAction, &QAction::triggered, this, &IpamView::mergeCurrent);
    m_parkAction = make(QStringLiteral("parkAction"), tr("&Park"));
    connect(m_parkAction, &QAction::triggered, this, [this] { setCurrentParked(true); });
    m_unparkAction = make(QStringLiteral("unparkAction"), tr("&Unpark"));
    connect(m_unparkAction, &QAction::triggered, this, [this] { setCurrentParked(false); });
    m_assignAction = make(QStringLiteral("assignAction"), tr("Assign to a &customer…"));
    connect(m_assignAction, &QAction::triggered, this, &IpamView::assignCurrent);
    m_unassignAction = make(QStringLiteral("unassignAction"), tr("U&nassign the customer"));
    connect(m_unassignAction, &QAction::triggered, this, &IpamView::unassignCurrent);

    m_parkAddressAction = make(QStringLiteral("parkAddressAction"), tr("&Park this address"));
    connect(m_parkAddressAction, &QAction::triggered, this, [this] { parkMapAddress(true); });
    m_unparkAddressAction = make(QStringLiteral("unparkAddressAction"), tr("&Unpark this address"));
    connect(m_unparkAddressAction, &QAction::triggered, this, [this] { parkMapAddress(false); });
    m_releaseAddressAction = make(QStringLiteral("releaseAddressAction"), tr("&Release this address"));
    connect(m_releaseAddressAction, &QAction::triggered, this, &IpamView::releaseMapAddress);
    m_rdnsAction = make(QStringLiteral("rdnsAction"), tr("Set &reverse DNS…"));
    connect(m_rdnsAction, &QAction::triggered, this, &IpamView::setMapReverseName);
}

void IpamView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void IpamView::reload()
{
    m_loadedOnce = true;
    m_model->reload();
    loadLocations();
    loadCustomers();
    loadVlans();
    reloadMap();
}

void IpamView::loadLocations()
{
    deliver(m_dcim.locations(), this, [this](const Result<QList<Location>> &r) {
        if (!r) {
            showMessage(tr("Could not load the locations: %1").arg(r.error().message), true);
            return;
        }
        m_locations = *r;
        const qint64 selected = m_locationFilter->currentData().toLongLong();
        QSignalBlocker block(m_locationFilter);
        m_locationFilter->clear();
        m_locationFilter->addItem(tr("Any location"), qint64(0));
        // Sites, each followed by what lies inside it, indented.
        const std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
            for (const Location &l : std::as_const(m_locations)) {
                if (l.parentId != parent)
                    continue;
                m_locationFilter->addItem(QString(depth * 2, u' ') + l.code, l.id);
                add(l.id, depth + 1);
            }
        };
        add(0, 0);
        const int again = m_locationFilter->findData(selected);
        m_locationFilter->setCurrentIndex(std::max(0, again));
        applyFilters();
    });
}

void IpamView::loadCustomers()
{
    deliver(m_dcim.customers(), this, [this](const Result<QList<Customer>> &r) {
        if (r)
            m_customers = *r;
        else
            showMessage(tr("Could not load the customers: %1").arg(r.error().message), true);
    });
}

void IpamView::loadVlans()
{
    deliver(m_front.vlans(std::nullopt), this, [this](const Result<QList<VlanRow>> &r) {
        if (!r) {
            showMessage(tr("Could not load the VLANs: %1").arg(r.error().message), true);
            return;
        }
        m_allVlans = *r;
        applyVlanFilter();
    });
}

QSet<qint64> IpamView::locationSubtree(qint64 locationId) const
{
    QSet<qint64> ids{locationId};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Location &l : m_locations) {
            if (ids.contains(l.parentId) && !ids.contains(l.id)) {
                ids.insert(l.id);
                grew = true;
            }
        }
    }
    return ids;
}

void IpamView::applyFilters()
{
    m_proxy->setFamily(m_familyFilter->currentData().toInt());
    const qint64 location = m_locationFilter->currentData().toLongLong();
    m_proxy->setLocations(location == 0 ? QSet<qint64>() : locationSubtree(location));
    m_proxy->setVlan(m_vlanFilter->value());
    m_proxy->setStatus(PrefixFilterProxy::StatusFilter(m_statusFilter->currentData().toInt()));
    applyVlanFilter();
}

void IpamView::applyVlanFilter()
{
    const qint64 location = m_locationFilter->currentData().toLongLong();
    if (location == 0) {
        m_vlans->setVlans(m_allVlans);
        return;
    }
    // The location's own VLANs, those of what lies inside it, and those of the
    // sites and rooms it lies in (a room uses its site's VLANs).
    QSet<qint64> shown = locationSubtree(location);
    for (qint64 id = location; id != 0;) {
        shown.insert(id);
        qint64 parent = 0;
        for (const Location &l : std::as_const(m_locations)) {
            if (l.id == id)
                parent = l.parentId;
        }
        id = parent;
    }
    QList<VlanRow> rows;
    for (const VlanRow &v : std::as_const(m_allVlans)) {
        if (shown.contains(v.locationId))
            rows << v;
    }
    m_vlans->setVlans(rows);
}

const SubnetRow *IpamView::currentSubnet() const
{
    return m_model->subnetAt(m_proxy->mapToSource(m_tree->currentIndex()));
}

void IpamView::updateActions()
{
    const SubnetRow *row = currentSubnet();
    const bool has = row != nullptr;
    const SubnetNode node = has ? row->node : SubnetNode{};
    const bool leaf = has && node.isLeaf();
    const bool free = leaf && node.status == QLatin1String("unallocated");
    const bool room = has && node.cidr.prefixLength() < node.cidr.maxPrefix();
    m_showMapAction->setEnabled(has);
    m_allocateAction->setEnabled(has && node.status != QLatin1String("allocated") && room);
    m_allocateAddressAction->setEnabled(free);
    m_splitAction->setEnabled(free && room);
    m_mergeAction->setEnabled(free && node.parentId.has_value());
    m_parkAction->setEnabled(has && !node.isUnavailable);
    m_unparkAction->setEnabled(has && node.isUnavailable);
    m_assignAction->setEnabled(free);
    m_unassignAction->setEnabled(has && node.status == QLatin1String("allocated"));
}

void IpamView::showContextMenu(const QPoint &pos)
{
    QModelIndex index = m_tree->indexAt(pos);
    QPoint at = pos;
    if (!index.isValid()) {
        // The menu key: the current row.
        index = m_tree->currentIndex();
        if (!index.isValid())
            return;
        at = m_tree->visualRect(index).center();
    }
    m_tree->setCurrentIndex(index);
    updateActions();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("prefixMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_showMapAction);
    menu->addSeparator();
    menu->addAction(m_allocateAction);
    menu->addAction(m_allocateAddressAction);
    menu->addSeparator();
    menu->addAction(m_splitAction);
    menu->addAction(m_mergeAction);
    menu->addSeparator();
    menu->addAction(m_parkAction);
    menu->addAction(m_unparkAction);
    menu->addAction(m_assignAction);
    menu->addAction(m_unassignAction);
    menu->popup(m_tree->viewport()->mapToGlobal(at));
}

// ---------------------------------------------------------------------------
// The IP map

void IpamView::showMap(const QModelIndex &index)
{
    const QModelIndex source = index.model() == m_proxy ? m_proxy->mapToSource(index) : index;
    const SubnetRow *row = m_model->subnetAt(source);
    if (!row)
        return;
    m_mapSubnetId = row->node.id;
    m_mapCell = -1;
    reloadMap();
}

void IpamView::reloadMap()
{
    const SubnetRow *row = m_model->subnetAt(m_model->indexForId(m_mapSubnetId));
    if (!row) {
        m_mapSubnetId = 0;
        m_map->clear();
        m_mapTitle->setText(tr("IP map: press Enter on a subnet to open it."));
        return;
    }
    const SubnetRow subnet = *row;
    const Cidr range = IpMapWidget::rangeFor(subnet.node.cidr);
    beginBusy(tr("Loading the addresses of %1…").arg(subnet.node.cidr.toString()));
    deliver(m_front.addressMap(range), this, [this, subnet](const Result<AddressMapData> &r) {
        endBusy();
        if (subnet.node.id != m_mapSubnetId)
            return; // another subnet was opened meanwhile
        if (!r) {
            showMessage(tr("Could not load the addresses of %1: %2")
                            .arg(subnet.node.cidr.toString(), r.error().message),
                        true);
            return;
        }
        m_map->setData(subnet, *r);
        m_mapTitle->setText(r->range == subnet.node.cidr ? tr("IP map of %1").arg(subnet.node.cidr.toString())
                                                         : tr("IP map of %1: the first %2 addresses (%3)")
                                                               .arg(subnet.node.cidr.toString())
                                                               .arg(m_map->cellCount())
                                                               .arg(r->range.toString()));
    });
}

void IpamView::onMapCell(int cell, const QPoint &globalPos)
{
    m_mapCell = cell;
    const IpAddressRow *address = m_map->addressAt(cell);
    const auto state = m_map->cellState(cell);
    const bool reserved = state == IpMapWidget::CellState::Network ||
                          state == IpMapWidget::CellState::Broadcast ||
                          state == IpMapWidget::CellState::Gateway;
    m_parkAddressAction->setEnabled(!address && !reserved);
    m_unparkAddressAction->setEnabled(address && address->isUnavailable);
    m_releaseAddressAction->setEnabled(address && !address->isUnavailable);
    m_rdnsAction->setEnabled(address != nullptr);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("addressMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(m_map->cellAddress(cell).addressString());
    menu->addAction(m_rdnsAction);
    menu->addAction(m_parkAddressAction);
    menu->addAction(m_unparkAddressAction);
    menu->addAction(m_releaseAddressAction);
    menu->popup(globalPos);
}

// ---------------------------------------------------------------------------
// Operations

void IpamView::beginBusy(const QString &what)
{
    ++m_busy;
    m_busyLabel->setText(what);
    m_busyBar->setVisible(true);
}

void IpamView::endBusy()
{
    m_busy = std::max(0, m_busy - 1);
    if (m_busy == 0) {
        m_busyLabel->clear();
        m_busyBar->setVisible(false);
    }
}

void IpamView::showMessage(const QString &text, bool error)
{
    m_lastMessage = text;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: white; background-color: #c62828; padding: 3px;")
                                   : QStringLiteral("color: #1b5e20; padding: 3px;"));
    m_message->setVisible(true);
    emit message(text, error);
}

template <typename T, typename Done>
void IpamView::runOperation(const QString &what, QFuture<Result<T>> future, const QList<qint64> &touched,
                            Done done)
{
    beginBusy(what);
    deliver(future, this, [this, what, touched, done](const Result<T> &r) {
        endBusy();
        if (!r) {
            showMessage(tr("%1 failed: %2").arg(what, r.error().message), true);
            return;
        }
        if constexpr (std::is_void_v<T>)
            showMessage(done(), false);
        else
            showMessage(done(*r), false);
        m_model->refreshChanged(touched, {});
    });
}

void IpamView::allocateInCurrent()
{
    const SubnetRow *row = currentSubnet();
    if (!row)
        return;
    const Cidr pool = row->node.cidr;
    const qint64 poolId = row->node.id;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("allocateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Allocate in %1").arg(pool.toString()));
    dialog->setLabelText(
        tr("Allocate the next free block of prefix length /N inside %1.\nN:").arg(pool.toString()));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(pool.prefixLength(), pool.maxPrefix());
    dialog->setIntValue(
        std::min(pool.maxPrefix(), std::max(pool.prefixLength() + 1, pool.family() == 4 ? 29 : 64)));
    connect(dialog, &QInputDialog::intValueSelected, this, [this, pool, poolId](int prefix) {
        runOperation<SubnetAllocation>(tr("Allocating a /%1 in %2").arg(prefix).arg(pool.toString()),
                                       m_front.allocateSubnetIn(pool, prefix, std::nullopt), {poolId},
                                       [pool](const SubnetAllocation &a) {
                                           return tr("Allocated %1 in %2 (%3).")
                                               .arg(a.cidr.toString(), pool.toString(),
                                                    strategyText(a.strategy));
                                       });
    });
    dialog->open();
}

void IpamView::allocateAddressInCurrent()
{
    const SubnetRow *row = currentSubnet();
    if (!row)
        return;
    const Cidr pool = row->node.cidr;
    const qint64 id = row->node.id;
    runOperation<AddressAllocation>(tr("Allocating an address in %1").arg(pool.toString()),
                                    m_front.allocateAddressIn(pool, std::nullopt), {id},
                                    [this, id](const AddressAllocation &a) {
                                        if (m_mapSubnetId == id)
                                            reloadMap();
                                        QStringList addresses;
                                        for (const AllocatedAddress &x : a.addresses)
                                            addresses << x.address.addressString();
                                        return tr("Allocated %1.").arg(addresses.join(QStringLiteral(", ")));
                                    });
}

void IpamView::splitCurrent()
{
    const SubnetRow *row = currentSubnet();
    if (!row)
        return;
    const Cidr cidr = row->node.cidr;
    const qint64 id = row->node.id;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("splitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Split %1").arg(cidr.toString()));
    dialog->setLabelText(tr("Split %1 into pieces of prefix length /N (/%2: two halves).\nN:")
                             .arg(cidr.toString())
                             .arg(cidr.prefixLength() + 1));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(cidr.prefixLength() + 1, std::min(cidr.maxPrefix(), cidr.prefixLength() + 16));
    dialog->setIntValue(cidr.prefixLength() + 1);
    connect(dialog, &QInputDialog::intValueSelected, this, [this, cidr, id](int prefix) {
        runOperation<QList<SubnetNode>>(
            tr("Splitting %1 into /%2").arg(cidr.toString()).arg(prefix), m_front.split(cidr, prefix), {id},
            [cidr](const QList<SubnetNode> &c) {
                return tr("Split %1 into %n subnet(s).", nullptr, int(c.size())).arg(cidr.toString());
            });
    });
    dialog->open();
}

void IpamView::mergeCurrent()
{
    const SubnetRow *row = currentSubnet();
    if (!row)
        return;
    const Cidr cidr = row->node.cidr;
    QList<qint64> touched{row->node.id};
    if (row->node.parentId)
        touched << *row->node.parentId;
    runOperation<SubnetNode>(
        tr("Merging %1 with its sibling").arg(cidr.toString()), m_front.mergeWithSibling(cidr), touched,
        [](const SubnetNode &n) { return tr("Merged into %1.").arg(n.cidr.toString()); });
}

void IpamView::setCurrentParked(bool parked)
{
    const SubnetRow *row = currentSubnet();
    if (!row)
        return;
    const Cidr cidr = row->node.cidr;
    runOperation<void>(
        parked ? tr("Parking %1").arg(cidr.toString()) : tr("Unparking %1").arg(cidr.toString()),
        m_front.setUnavailable(cidr, parked), {row->node.id}, [cidr, parked] {
            return parked ? tr("Parked %1.").arg(cidr.toString()) : tr("Unparked %1.").arg(cidr.toString());
        });
}

void IpamView::assignCurrent()
{
    const SubnetRow *row = currentSubnet();
    if (!row)
        return;
    if (m_customers.isEmpty()) {
        showMessage(tr("There are no customers to assign %1 to.").arg(row->node.cidr.toString()), true);
        return;
    }
    const Cidr cidr = row->node.cidr;
    const qint64 id = row->node.id;
    QStringList items;
    for (const Customer &c : std::as_const(m_customers))
        items << tr("%1 — %2").arg(c.code, c.name);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("assignDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Assign %1").arg(cidr.toString()));
    dialog->setLabelText(tr("Assign %1 to the customer:").arg(cidr.toString()));
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    const QList<Customer> customers = m_customers;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, cidr, id, items, customers](const QString &text) {
                const qsizetype i = items.indexOf(text);
                if (i < 0)
                    return;
                const Customer customer = customers[i];
                runOperation<void>(tr("Assigning %1 to %2").arg(cidr.toString(), customer.code),
                                   m_front.assignCustomer(cidr, customer.id), {id}, [cidr, customer] {
                                       return tr("Assigned %1 to %2.").arg(cidr.toString(), customer.code);
                                   });
            });
    dialog->open();
}

void IpamView::unassignCurrent()
{
    const SubnetRow *row = currentSubnet();
    if (!row)
        return;
    const Cidr cidr = row->node.cidr;
    runOperation<void>(tr("Unassigning %1").arg(cidr.toString()), m_front.assignCustomer(cidr, std::nullopt),
                       {row->node.id},
                       [cidr] { return tr("%1 is unallocated again.").arg(cidr.toString()); });
}

void IpamView::parkMapAddress(bool parked)
{
    const Cidr address = m_map->cellAddress(m_mapCell);
    if (!address.isValid())
        return;
    const qint64 id = m_mapSubnetId;
    runOperation<void>(parked ? tr("Parking %1").arg(address.addressString())
                              : tr("Unparking %1").arg(address.addressString()),
                       m_front.setAddressUnavailable(address, parked), {id}, [this, address, parked] {
                           reloadMap();
                           return parked ? tr("Parked %1.").arg(address.addressString())
                                         : tr("Unparked %1.").arg(address.addressString());
                       });
}

void IpamView::releaseMapAddress()
{
    const Cidr address = m_map->cellAddress(m_mapCell);
    if (!address.isValid())
        return;
    runOperation<void>(tr("Releasing %1").arg(address.addressString()), m_front.releaseAddress(address),
                       {m_mapSubnetId}, [this, address] {
                           reloadMap();
                           return tr("Released %1.").arg(address.addressString());
                       });
}

void IpamView::setMapReverseName()
{
    const IpAddressRow *row = m_map->addressAt(m_mapCell);
    if (!row)
        return;
    const Cidr address = row->address;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("rdnsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reverse DNS of %1").arg(address.addressString()));
    dialog->setLabelText(tr("Host name for %1 (empty removes the PTR record):").arg(address.addressString()));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(row->rdns);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, address](const QString &name) {
        const QString trimmed = name.trimmed();
        runOperation<void>(
            tr("Setting the reverse DNS of %1").arg(address.addressString()),
            m_front.setReverseName(address, trimmed, m_rdnsFactory), {}, [this, address, trimmed] {
                reloadMap();
                return trimmed.isEmpty()
                           ? tr("Removed the reverse DNS name of %1.").arg(address.addressString())
                           : tr("%1 is now %2.").arg(address.addressString(), trimmed);
            });
    });
    dialog->open();
}

// ---------------------------------------------------------------------------
// Live refresh

void IpamView::onChange(const Change &change)
{
    if (change.topic() == Topic::Subnets)
        m_changedSubnets.insert(change.id);
    else if (change.topic() == Topic::IpAddresses)
        m_changedAddresses.insert(change.id);
    else if (change.topic() == Topic::Vlans)
        m_vlansChanged = true;
    else if (change.topic() == Topic::Customers)
        loadCustomers();
    else if (change.topic() == Topic::Locations)
        loadLocations();
    else
        return;
    m_changeTimer.start();
}

void IpamView::flushChanges()
{
    if (!m_loadedOnce) {
        m_changedSubnets.clear();
        m_changedAddresses.clear();
        m_vlansChanged = false;
        return;
    }
    if (m_vlansChanged)
        loadVlans();
    m_vlansChanged = false;
    const QList<qint64> subnets(m_changedSubnets.cbegin(), m_changedSubnets.cend());
    const QList<qint64> addresses(m_changedAddresses.cbegin(), m_changedAddresses.cend());
    m_changedSubnets.clear();
    m_changedAddresses.clear();
    if (!addresses.isEmpty() && m_mapSubnetId != 0)
        reloadMap(); // a deleted address names no subnet any more
    m_model->refreshChanged(subnets, addresses);
}

} // namespace hostdeck
