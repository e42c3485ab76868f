// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/peerpool.h"
#include "core/workerpool.h"
#include "telemetry/snmp.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace hostdeck {

class PortsModel;
class TrafficChart;
struct Change;
struct PortRow;

/// The ports of one switch, server or PDU: a sortable, filterable table
/// (PortsModel with a sparkline column), the traffic chart of the selected
/// port, and the admin up/down toggle (button and context menu) that asks
/// for confirmation, sets ifAdminStatus through the SnmpPoller on the worker
/// pool and then records the new status in the database. "Trace cable…"
/// asks for the cable trace through traceRequested(). Live refresh keeps the
/// selection.
class PortsView : public QWidget
{
    Q_OBJECT
public:
    /// Database work on `pool`; the SNMP SET of set-admin on `peers`.
    PortsView(WorkerPool *pool, PeerPool *peers, QWidget *parent = nullptr);
    ~PortsView() override;

    /// Shows the ports of a device (0 clears).
    void showDevice(qint64 deviceId);
    qint64 deviceId() const { return m_deviceId; }
    /// Reads the ports again, keeping the selection.
    void reload();
    /// Live refresh: ports, traffic_samples, cables and device_snmp changes
    /// are gathered briefly, then the ports (and the chart) are read again.
    void onChange(const Change &change);
    /// The poller that sets ifAdminStatus; without one the toggle is disabled.
    void setSnmpPoller(std::shared_ptr<SnmpPoller> poller);

    /// The port of the current row; nullptr when none.
    const PortRow *currentPort() const;
    /// Makes a port current (when it is shown).
    bool selectPort(qint64 portId);
    /// Asks to set the current port's admin status to the other state; on
    /// confirmation sets it (see the class comment).
    void toggleAdminStatus();

    QTableView *tableView() const { return m_table; }
    PortsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterField() const { return m_filter; }
    QAction *adminAction() const { return m_adminAction; }
    QAction *traceAction() const { return m_traceAction; }
    TrafficChart *chart() const { return m_chart; }
    bool isBusy() const { return m_busy > 0; }
    QString lastMessage() const { return m_lastMessage; }
    bool lastMessageWasError() const { return m_lastError; }

signals:
    /// The ports of the device were (re)loaded.
    void loaded();
    /// The admin status change finished (ok or not).
    void adminStatusFinished(bool ok);
    /// "Trace cable…" for a port.
    void traceRequested(qint64 portId);
    /// An error or a notice for the window's status bar.
    void message(const QString &text, bool error);

private:
    void applyPorts(const QList<PortRow> &ports);
    void updateActions();
    void onCurrentChanged();
    void showContextMenu(const QPoint &pos);
    void setAdminStatus(const PortRow &port, bool up);
    void showMessage(const QString &text, bool error);
    void beginBusy(const QString &what);
    void endBusy();

    WorkerPool *m_pool;
    PeerPool *m_peers;
    std::shared_ptr<SnmpPoller> m_poller;
    qint64 m_deviceId = 0;
    int m_generation = 0;
    int m_busy = 0;
    bool m_changing = false; ///< an admin status change is under way
    QString m_lastMessage;
    bool m_lastError = false;
    qint64 m_chartPort = 0;
    QTimer m_changeTimer;
    bool m_samplesChanged = false;

    PortsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QToolButton *m_adminButton;
    QToolButton *m_traceButton;
    QAction *m_adminAction;
    QAction *m_traceAction;
    QLabel *m_message;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    TrafficChart *m_chart;
};

} // namespace hostdeck
