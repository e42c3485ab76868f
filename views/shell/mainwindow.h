// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/peerpool.h"
#include "dcim/dcimfront.h"
#include "dcim/dcimtypes.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QDockWidget;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QTabWidget;
class QTreeView;
class QUndoStack;
class QAction;

namespace hostdeck {

class ChangeListener;
// Out-of-band (BMC)
class BmcFactory;
class BmcPanel;
class BulkPowerDialog;
class DevicePanel;
class IpamView;
// Network page
class NetworkView;
class SnmpPoller;
class RdnsProviderFactory;
class DeviceTypePaletteModel;
class LocationTreeModel;
class RackElevationScene;
struct Change;

/// The console's main window: navigation tree (sites > rooms > racks), the
/// rack elevation (a room's row of racks, or one rack), the device panel, the
/// device type palette and the legend; a search field that jumps to a device;
/// undo/redo of moves, additions and disposition changes; live refresh from
/// the ChangeListener. Every database access goes through `pool`; the window
/// never blocks on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(WorkerPool *pool, ChangeListener *listener, const QString &databaseDescription,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows every rack of a location (room, cage or site) side by side.
    void showLocation(qint64 locationId);
    /// Shows one rack's elevation.
    void showRack(qint64 rackId);
    /// Reloads the tree, the palette, the customers and the racks shown.
    void refresh();
    /// Runs the search for `text` as if typed into the search field and Enter pressed.
    void search(const QString &text);

    RackElevationScene *scene() const { return m_scene; }
    QGraphicsView *rackView() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    QLineEdit *searchField() const { return m_search; }
    DevicePanel *devicePanel() const { return m_panel; }
    LocationTreeModel *locationModel() const { return m_locations; }
    QTreeView *locationView() const { return m_tree; }
    DeviceTypePaletteModel *paletteModel() const { return m_palette; }
    /// The address-space page (prefix tree, IP map, VLANs).
    IpamView *ipamView() const { return m_ipam; }
    /// The central pages: "Racks" (Ctrl+1) and "Address space" (Ctrl+2).
    QTabWidget *centralTabs() const { return m_tabs; }
    void showRacksPage();
    void showAddressSpacePage();
    /// Providers the address-space page publishes reverse DNS names through.
    void setRdnsProviderFactory(std::shared_ptr<RdnsProviderFactory> factory);
    /// True while a load or a command is still under way on the worker pool.
    bool isBusy() const { return m_busy > 0; }
    /// True while the pool or the listener reports the connection lost.
    bool isConnectionLost() const { return !m_poolConnected || !m_listenerConnected; }
    QString connectionText() const;
    /// The last error or notice shown in the status bar (kept after it times out there).
    QString lastMessage() const { return m_lastMessage; }

    // --- Network page ---
    /// The Network page (Ctrl+3): network devices, switch ports, patch panels, traffic.
    NetworkView *networkView() const { return m_network; }
    /// Opens the Network page; coming from the Racks page with a device selected, shows that device.
    void showNetworkPage();
    /// The poller the Network page sets ports' ifAdminStatus through (app/ passes makeSnmpPoller()).
    void setSnmpPoller(std::shared_ptr<SnmpPoller> poller);
    // --- end network page ---

    // --- Out-of-band (BMC) ---
    /// Drivers for the "Out-of-band" dock and the bulk power dialog (app/ passes makeBmcFactory()).
    void setBmcFactory(std::shared_ptr<BmcFactory> factory);
    /// The "Out-of-band" dock's panel: the BMC of the device selected in the rack view.
    BmcPanel *bmcPanel() const { return m_bmcPanel; }
    /// "Power…" (menu, Ctrl+Shift+P, rack view context menu).
    QAction *bulkPowerAction() const { return m_bulkPowerAction; }
    /// Opens the bulk power dialog for the racks shown, the selected device pre-checked;
    /// null (with a message) when no rack is shown.
    BulkPowerDialog *openBulkPower();
    // --- end out-of-band ---

signals:
    /// The rack view got new data from the database (after every load).
    void rackDataLoaded();
    /// Emitted once, after the first paint of the rack view that showed racks.
    void firstRackDataPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode
    {
        None,
        Location,
        Rack
    };

    void createActions();
    void createDocks();
    void loadTree();
    void loadTypesAndCustomers();
    void loadContents();
    void applyContents(const QList<RackContents> &racks, int generation);
    void scheduleRefresh(bool tree);
    void onChange(const Change &change);
    void onTreeCurrentChanged();
    void selectInTree(int kind, qint64 id);
    void onSearchResults(const QString &text, const QList<DeviceHit> &hits);
    void jumpTo(const DeviceHit &hit);
    void focusDevice(qint64 deviceId);
    void onSelectedDeviceChanged(qint64 deviceId);
    void onMoveRequested(const Device &device, const Placement &to);
    void onCreateRequested(const DeviceType &type, const Placement &at);
    void createDevice(const DeviceType &type, const Placement &at, const QString &name);
    void onApplyRequested(qint64 deviceId, const DeviceProperties &properties, const Device &before);
    void commandFinished(const Status &status, const QString &what);
    void setConnectionState(bool pool, bool connected, const QString &message);
    void showMessage(const QString &text, bool error = false);
    void beginBusy(const QString &what);
    void endBusy();
    void openSettings();
    void showAbout();

    WorkerPool *m_pool;
    ChangeListener *m_listener;
    DcimFront m_front;
    /// BMC (and later SNMP and HTTP) work: threads without a database connection. Destroyed
    /// with the window, before the WorkerPool its jobs use.
    PeerPool m_peers;
    QString m_databaseDescription;
    QUndoStack *m_undo;

    LocationTreeModel *m_locations;
    QTreeView *m_tree;
    RackElevationScene *m_scene;
    QGraphicsView *m_view;
    QTabWidget *m_tabs;
    IpamView *m_ipam;
    QList<QDockWidget *> m_docksShown; ///< docks to show again with the rack pages
    DevicePanel *m_panel;
    DeviceTypePaletteModel *m_palette;
    QListView *m_paletteView;
    QLineEdit *m_search;
    QLabel *m_databaseLabel;
    QLabel *m_connectionLabel;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;

    QTimer m_refreshTimer;
    bool m_refreshTree = false;
    Mode m_mode = Mode::None;
    qint64 m_currentId = 0;
    Mode m_shownMode = Mode::None;
    qint64 m_shownId = 0;
    int m_generation = 0;
    int m_busy = 0;
    qint64 m_focusDevice = 0;
    bool m_syncingTree = false;
    bool m_treeLoadedOnce = false;
    bool m_poolConnected = true;
    bool m_listenerConnected = true;
    QString m_connectionMessage;
    QString m_lastMessage;
    bool m_hasRackData = false;
    bool m_reportedFirstPaint = false;

    // Network page
    void createNetworkPage();
    NetworkView *m_network = nullptr;
    bool m_docksHidden = false; ///< the docks are hidden for a page other than Racks

    // Out-of-band (BMC)
    void createOutOfBand();
    BmcPanel *m_bmcPanel = nullptr;
    QAction *m_bulkPowerAction = nullptr;
    std::shared_ptr<BmcFactory> m_bmcFactory;
};

} // namespace hostdeck
