// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networkview.h"

#include "cabling/cabletraceview.h"
#include "cabling/patchpanelview.h"
#include "core/changelistener.h"
#include "core/deliver.h"
#include "network/portsview.h"

#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hostdeck {

namespace {
// Changes are gathered this long before the device list is read again.
constexpr int kChangeDebounceMs = 300;

QString groupTitle(NetworkDevice::Group group)
{
    switch (group) {
    case NetworkDevice::Group::Switches:
        return NetworkView::tr("Switches");
    case NetworkDevice::Group::PatchPanels:
        return NetworkView::tr("Patch panels");
    case NetworkDevice::Group::Pdus:
        return NetworkView::tr("PDUs");
    case NetworkDevice::Group::Servers:
        return NetworkView::tr("Servers");
    }
    return {};
}
} // namespace

NetworkView::NetworkView(WorkerPool *pool, PeerPool *peers, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
{
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("networkDeviceFilter"));
    m_filter->setPlaceholderText(tr("Filter devices"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("networkDeviceTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NetworkView::onCurrentChanged);

    m_placeholder = new QLabel(tr("Select a switch, patch panel, PDU or server."), this);
    m_placeholder->setObjectName(QStringLiteral("networkPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_ports = new PortsView(pool, peers, this);
    m_panel = new PatchPanelView(pool, this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("networkStack"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_ports);
    m_stack->addWidget(m_panel);

    connect(m_ports, &PortsView::message, this, &NetworkView::message);
    connect(m_panel, &PatchPanelView::message, this, &NetworkView::message);
    connect(m_ports, &PortsView::traceRequested, this, &NetworkView::openTrace);
    connect(m_panel, &PatchPanelView::traceRequested, this, &NetworkView::openTrace);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({260, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeDebounceMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &NetworkView::reload);
}

NetworkView::~NetworkView() = default;

void NetworkView::setSnmpPoller(std::shared_ptr<SnmpPoller> poller)
{
    m_ports->setSnmpPoller(std::move(poller));
}

void NetworkView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_loading)
        reload();
}

void NetworkView::reload()
{
    if (!m_pool)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    m_pool->read<QList<NetworkDevice>>(
        [](QSqlDatabase &db) -> Result<QList<NetworkDevice>> {
            TrafficRepository repository(db);
            return repository.networkDevices();
        },
        this,
        [this, generation](const Result<QList<NetworkDevice>> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r) {
                emit message(tr("Could not load the network devices: %1").arg(r.error().message), true);
                return;
            }
            m_loadedOnce = true;
            applyDevices(*r);
            emit devicesLoaded();
        });
}

void NetworkView::applyDevices(const QList<NetworkDevice> &devices)
{
    m_devices = devices;
    m_syncing = true;
    m_model->clear();
    QStandardItem *groups[4] = {};
    for (const NetworkDevice &d : devices) {
        QStandardItem *&group = groups[int(d.group)];
        if (!group) {
            group = new QStandardItem(groupTitle(d.group));
            group->setData(qint64(0), DeviceIdRole);
            group->setData(int(d.group), GroupRole);
            group->setSelectable(false);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            m_model->appendRow(group);
        }
        auto *item = new QStandardItem(d.name);
        item->setData(d.id, DeviceIdRole);
        item->setData(int(d.group), GroupRole);
        QString tip = d.rackName.isEmpty() ? tr("%1: not in a rack").arg(d.name)
                                           : tr("%1 in rack %2").arg(d.name, d.rackName);
        tip += QLatin1Char('\n') + tr("%n ports", nullptr, d.portCount);
        if (d.group != NetworkDevice::Group::PatchPanels)
            tip += QLatin1Char('\n') + (d.hasSnmp ? tr("Polled over SNMP") : tr("No SNMP settings"));
        item->setToolTip(tip);
        group->appendRow(item);
    }
    // Groups in their fixed order (Switches, Patch panels, PDUs, Servers) as appended.
    m_tree->expandAll();
    m_syncing = false;

    const qint64 wanted = m_pendingDevice != 0 ? m_pendingDevice : m_deviceId;
    m_pendingDevice = 0;
    if (wanted != 0)
        showDevice(wanted);
}

void NetworkView::showDevice(qint64 deviceId)
{
    if (!m_loadedOnce) {
        m_pendingDevice = deviceId;
        if (!m_loading)
            reload();
        return;
    }
    const auto it = std::find_if(m_devices.cbegin(), m_devices.cend(),
                                 [deviceId](const NetworkDevice &d) { return d.id == deviceId; });
    if (it == m_devices.cend()) {
        m_deviceId = 0;
        m_tree->setCurrentIndex({});
        m_ports->showDevice(0);
        m_panel->showDevice(0);
        m_placeholder->setText(deviceId == 0 ? tr("Select a switch, patch panel, PDU or server.")
                                             : tr("This device has no ports and is no switch, patch panel or "
                                                  "PDU: there is nothing to show on the Network page."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    selectInTree(deviceId);
    open(*it);
}

void NetworkView::selectInTree(qint64 deviceId)
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *group = m_model->item(g);
        for (int row = 0; row < group->rowCount(); ++row) {
            if (group->child(row)->data(DeviceIdRole).toLongLong() != deviceId)
                continue;
            const QModelIndex index = m_proxy->mapFromSource(group->child(row)->index());
            if (!index.isValid()) {
                // Hidden by the filter: show it anyway.
                m_filter->clear();
            }
            m_syncing = true;
            const QModelIndex visible = m_proxy->mapFromSource(group->child(row)->index());
            m_tree->setCurrentIndex(visible);
            m_tree->scrollTo(visible);
            m_syncing = false;
            return;
        }
    }
}

void NetworkView::onCurrentChanged()
{
    if (m_syncing)
        return;
    const QModelIndex index = m_tree->currentIndex();
    const qint64 id = index.data(DeviceIdRole).toLongLong();
    if (id == 0)
        return;
    const auto it = std::find_if(m_devices.cbegin(), m_devices.cend(),
                                 [id](const NetworkDevice &d) { return d.id == id; });
    if (it != m_devices.cend())
        open(*it);
}

void NetworkView::open(const NetworkDevice &device)
{
    m_deviceId = device.id;
    if (device.group == NetworkDevice::Group::PatchPanels) {
        m_ports->showDevice(0);
        if (m_panel->deviceId() != device.id)
            m_panel->showDevice(device.id);
        m_stack->setCurrentWidget(m_panel);
    } else {
        m_panel->showDevice(0);
        m_ports->showDevice(device.id);
        m_stack->setCurrentWidget(m_ports);
    }
}

void NetworkView::openTrace(qint64 portId)
{
    CableTraceView::openDialog(m_pool, portId, this);
}

void NetworkView::onChange(const Change &change)
{
    const Topic t = change.topic();
    if (t == Topic::Devices || t == Topic::Ports || t == Topic::DeviceSnmp || t == Topic::DeviceTypes) {
        if (m_loadedOnce)
            m_changeTimer.start();
    }
    if (m_stack->currentWidget() == m_ports)
        m_ports->onChange(change);
    else if (m_stack->currentWidget() == m_panel)
        m_panel->onChange(change);
}

} // namespace hostdeck
