// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/peerpool.h"
#include "core/workerpool.h"
#include "telemetry/snmp.h"
#include "telemetry/trafficrepository.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace hostdeck {

class PatchPanelView;
class PortsView;
struct Change;

/// The Network page: on the left the network devices (switches, patch
/// panels, PDUs, servers with ports), grouped by kind and filtered by a
/// text field; on the right the selected device: a PortsView for a switch,
/// server or PDU, the PatchPanelView for a patch panel. "Trace cable…" from
/// either opens the cable trace dialog. Loads on the worker pool; live
/// refresh from the ChangeListener keeps the selection.
class NetworkView : public QWidget
{
    Q_OBJECT
public:
    enum Role
    {
        DeviceIdRole = Qt::UserRole + 1, ///< 0 for a group row
        GroupRole                        ///< int(NetworkDevice::Group)
    };

    NetworkView(WorkerPool *pool, PeerPool *peers, QWidget *parent = nullptr);
    ~NetworkView() override;

    /// Reads the device list again, keeping the selected device.
    void reload();
    /// Shows a device: selects it in the list (once loaded) and opens its
    /// ports or panel; a device that is not on the list shows why.
    void showDevice(qint64 deviceId);
    qint64 currentDeviceId() const { return m_deviceId; }
    /// Live refresh: device, port, cable, sample and SNMP settings changes.
    void onChange(const Change &change);
    /// The poller the ports view sets ifAdminStatus through.
    void setSnmpPoller(std::shared_ptr<SnmpPoller> poller);

    QTreeView *deviceTree() const { return m_tree; }
    QStandardItemModel *deviceModel() const { return m_model; }
    QSortFilterProxyModel *deviceProxy() const { return m_proxy; }
    QLineEdit *filterField() const { return m_filter; }
    QStackedWidget *stack() const { return m_stack; }
    PortsView *portsView() const { return m_ports; }
    PatchPanelView *patchPanelView() const { return m_panel; }
    QLabel *placeholder() const { return m_placeholder; }
    bool isLoading() const { return m_loading; }

signals:
    /// The device list was (re)loaded.
    void devicesLoaded();
    /// An error or a notice for the window's status bar.
    void message(const QString &text, bool error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyDevices(const QList<NetworkDevice> &devices);
    void onCurrentChanged();
    void open(const NetworkDevice &device);
    void selectInTree(qint64 deviceId);
    void openTrace(qint64 portId);

    WorkerPool *m_pool;
    QList<NetworkDevice> m_devices;
    qint64 m_deviceId = 0;
    qint64 m_pendingDevice = 0;
    int m_generation = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_syncing = false;
    QTimer m_changeTimer;

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    PortsView *m_ports;
    PatchPanelView *m_panel;
};

} // namespace hostdeck
