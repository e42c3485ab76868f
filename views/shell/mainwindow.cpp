// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "core/changelistener.h"
#include "core/deliver.h"
#include "dcim/dcimcommands.h"
#include "dcim/devicepanel.h"
#include "dcim/devicetypepalettemodel.h"
#include "dcim/dispositionlegend.h"
#include "dcim/locationtreemodel.h"
#include "dcim/newdevicedialog.h"
#include "dcim/rackelevationitems.h"
#include "dcim/rackelevationscene.h"
#include "ipam/ipamview.h"
#include "network/networkview.h"
#include "oob/bmcpanel.h"
#include "oob/bulkpowerdialog.h"
#include "shell/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

namespace hostdeck {

namespace {
// Changes from the database are gathered this long before reloading.
constexpr int kRefreshDebounceMs = 150;

QString describePlacement(const Placement &p, const QString &rackName)
{
    const QString u = p.uStart == p.uEnd ? MainWindow::tr("U %1").arg(p.uStart)
                                         : MainWindow::tr("U %1–%2").arg(p.uStart).arg(p.uEnd);
    QString where = p.face == Face::Front ? MainWindow::tr("front") : MainWindow::tr("rear");
    if (p.mount == Mount::SideLeft)
        where = MainWindow::tr("left side channel");
    else if (p.mount == Mount::SideRight)
        where = MainWindow::tr("right side channel");
    else if (p.width == WidthSlot::Left)
        where += MainWindow::tr(", left half");
    else if (p.width == WidthSlot::Right)
        where += MainWindow::tr(", right half");
    return MainWindow::tr("%1 %2 (%3)").arg(rackName, u, where);
}
} // namespace

MainWindow::MainWindow(WorkerPool *pool, ChangeListener *listener, const QString &databaseDescription,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_pool(pool)
    , m_listener(listener)
    , m_front(pool)
    , m_databaseDescription(databaseDescription)
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("HostDeck — %1").arg(databaseDescription));
    resize(1400, 900);

    m_scene = new RackElevationScene(this);
    m_view = new QGraphicsView(m_scene, this);
    m_view->setObjectName(QStringLiteral("rackView"));
    m_view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_view->setDragMode(QGraphicsView::NoDrag);
    m_view->setAcceptDrops(true);
    m_view->setRenderHint(QPainter::TextAntialiasing);
    m_view->viewport()->installEventFilter(this);
    m_ipam = new IpamView(pool, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("&Racks"));
    m_tabs->addTab(m_ipam, tr("&Address space"));
    setCentralWidget(m_tabs);
    // The docks serve the rack pages; the address-space page gets the room. Those the
    // user had open come back with the racks.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
        if (m_tabs->widget(index) != m_view) {
            if (m_docksHidden)
                return; // from one other page to another: the docks stay hidden
            m_docksHidden = true;
            m_docksShown.clear();
            for (QDockWidget *dock : docks) {
                if (dock->isVisible())
                    m_docksShown << dock;
                dock->hide();
            }
        } else {
            m_docksHidden = false;
            for (QDockWidget *dock : docks) {
                if (m_docksShown.contains(dock))
                    dock->show();
            }
        }
    });
    connect(m_ipam, &IpamView::message, this,
            [this](const QString &text, bool error) { showMessage(text, error); });

    createDocks();
    createActions();
    createNetworkPage();
    createOutOfBand();

    m_databaseLabel = new QLabel(tr("Database: %1").arg(databaseDescription), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(100);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setVisible(false);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    setConnectionState(true, true, {});

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDebounceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_refreshTree)
            loadTree();
        m_refreshTree = false;
        loadContents();
    });

    connect(m_scene, &RackElevationScene::moveRequested, this, &MainWindow::onMoveRequested);
    connect(m_scene, &RackElevationScene::createRequested, this, &MainWindow::onCreateRequested);
    connect(m_scene, &RackElevationScene::selectedDeviceChanged, this, &MainWindow::onSelectedDeviceChanged);
    connect(m_scene, &RackElevationScene::dropHintChanged, this, [this](const QString &hint, bool valid) {
        if (hint.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(valid ? hint : tr("Cannot drop here: %1").arg(hint));
    });
    connect(m_scene, &RackElevationScene::dropRefused, this,
            [this](const QString &reason) { showMessage(tr("Not placed: %1").arg(reason), true); });
    connect(m_panel, &DevicePanel::applyRequested, this, &MainWindow::onApplyRequested);

    if (m_pool)
        connect(
            m_pool, &WorkerPool::connectionStateChanged, this,
            [this](bool connected, const QString &message) { setConnectionState(true, connected, message); });
    if (m_listener) {
        connect(m_listener, &ChangeListener::changed, this, &MainWindow::onChange);
        connect(m_listener, &ChangeListener::connectionStateChanged, this,
                [this](bool connected, const QString &message) {
                    setConnectionState(false, connected, message);
                });
    }

    refresh();
}

MainWindow::~MainWindow()
{
    m_view->viewport()->removeEventFilter(this);
}

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_locations = new LocationTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("locationTree"));
    m_tree->setModel(m_locations);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeCurrentChanged);
    auto *navigation = new QDockWidget(tr("Navigation"), this);
    navigation->setObjectName(QStringLiteral("navigationDock"));
    navigation->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, navigation);

    m_palette = new DeviceTypePaletteModel(this);
    m_paletteView = new QListView(this);
    m_paletteView->setObjectName(QStringLiteral("paletteView"));
    m_paletteView->setModel(m_palette);
    m_paletteView->setDragEnabled(true);
    m_paletteView->setDragDropMode(QAbstractItemView::DragOnly);
    m_paletteView->setDefaultDropAction(Qt::CopyAction);
    m_paletteView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_paletteView->setToolTip(tr("Drag a device type onto free U in a rack to add a device."));
    auto *palette = new QDockWidget(tr("Device types"), this);
    palette->setObjectName(QStringLiteral("paletteDock"));
    palette->setWidget(m_paletteView);
    addDockWidget(Qt::LeftDockWidgetArea, palette);

    m_panel = new DevicePanel(this);
    auto *device = new QDockWidget(tr("Device"), this);
    device->setObjectName(QStringLiteral("deviceDock"));
    device->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, device);

    auto *legend = new QDockWidget(tr("Legend"), this);
    legend->setObjectName(QStringLiteral("legendDock"));
    legend->setWidget(new DispositionLegend(this));
    addDockWidget(Qt::RightDockWidgetArea, legend);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find device…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] { m_view->scale(1.2, 1.2); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] { m_view->scale(1 / 1.2, 1 / 1.2); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Actual size"), this, [this] { m_view->setTransform({}); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    QAction *racks = view->addAction(tr("R&acks"), this, &MainWindow::showRacksPage);
    racks->setObjectName(QStringLiteral("showRacksAction"));
    racks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *addressSpace = view->addAction(tr("Address &space"), this, &MainWindow::showAddressSpacePage);
    addressSpace->setObjectName(QStringLiteral("showAddressSpaceAction"));
    addressSpace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About HostDeck"), this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addAction(reload);
    bar->addSeparator();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Find device: name, serial or asset tag (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
}

// ---------------------------------------------------------------------------
// Loading

void MainWindow::refresh()
{
    if (m_ipam->isVisible())
        m_ipam->reload();
    if (m_network->isVisible())
        m_network->reload();
    loadTree();
    loadTypesAndCustomers();
    loadContents();
}

void MainWindow::beginBusy(const QString &what)
{
    ++m_busy;
    m_busyLabel->setText(what);
    m_busyBar->setVisible(true);
}

void MainWindow::endBusy()
{
    m_busy = std::max(0, m_busy - 1);
    if (m_busy == 0) {
        m_busyLabel->clear();
        m_busyBar->setVisible(false);
    }
}

void MainWindow::loadTree()
{
    beginBusy(tr("Loading…"));
    deliver(m_front.navigation(), this, [this](const Result<DcimFront::Navigation> &r) {
        endBusy();
        if (!r) {
            showMessage(tr("Could not load the locations: %1").arg(r.error().message), true);
            return;
        }
        m_syncingTree = true;
        m_locations->setContents(r->locations, r->racks);
        m_tree->expandAll();
        m_syncingTree = false;
        if (m_mode != Mode::None) {
            selectInTree(
                int(m_mode == Mode::Rack ? LocationTreeItem::Kind::Rack : LocationTreeItem::Kind::Room),
                m_currentId);
        } else if (!m_treeLoadedOnce) {
            // Open on the first room (in tree order) that has racks, so the window shows racks at once.
            const std::function<qint64(const QModelIndex &)> firstRackParent =
                [&](const QModelIndex &parent) {
                    for (int row = 0; row < m_locations->rowCount(parent); ++row) {
                        const QModelIndex child = m_locations->index(row, 0, parent);
                        if (child.data(LocationTreeModel::KindRole).toInt() ==
                            int(LocationTreeItem::Kind::Rack))
                            return parent.data(LocationTreeModel::IdRole).toLongLong();
                        if (const qint64 found = firstRackParent(child))
                            return found;
                    }
                    return qint64(0);
                };
            if (const qint64 room = firstRackParent({}))
                showLocation(room);
        }
        m_treeLoadedOnce = true;
    });
}

void MainWindow::loadTypesAndCustomers()
{
    deliver(m_front.deviceTypes(), this, [this](const Result<QList<DeviceType>> &r) {
        if (r)
            m_palette->setTypes(*r);
        else
            showMessage(tr("Could not load the device types: %1").arg(r.error().message), true);
    });
    deliver(m_front.customers(), this, [this](const Result<QList<Customer>> &r) {
        if (r)
            m_panel->setCustomers(*r);
    });
}

void MainWindow::showLocation(qint64 locationId)
{
    m_mode = Mode::Location;
    m_currentId = locationId;
    selectInTree(int(LocationTreeItem::Kind::Room), locationId);
    loadContents();
}

void MainWindow::showRack(qint64 rackId)
{
    m_mode = Mode::Rack;
    m_currentId = rackId;
    selectInTree(int(LocationTreeItem::Kind::Rack), rackId);
    loadContents();
}

void MainWindow::selectInTree(int kind, qint64 id)
{
    const QModelIndex index = m_locations->indexFor(LocationTreeItem::Kind(kind), id);
    if (!index.isValid() || m_tree->currentIndex() == index)
        return;
    m_syncingTree = true;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_syncingTree = false;
}

void MainWindow::onTreeCurrentChanged()
{
    if (m_syncingTree)
        return;
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    const auto kind = LocationTreeItem::Kind(index.data(LocationTreeModel::KindRole).toInt());
    const qint64 id = index.data(LocationTreeModel::IdRole).toLongLong();
    if (kind == LocationTreeItem::Kind::Rack)
        showRack(id);
    else
        showLocation(id);
}

void MainWindow::loadContents()
{
    if (m_mode == Mode::None)
        return;
    const int generation = ++m_generation;
    beginBusy(tr("Loading racks…"));
    if (m_mode == Mode::Rack) {
        deliver(m_front.rackContents(m_currentId), this, [this, generation](const Result<RackContents> &r) {
            endBusy();
            if (!r) {
                showMessage(tr("Could not load the rack: %1").arg(r.error().message), true);
                return;
            }
            applyContents({*r}, generation);
        });
    } else {
        deliver(m_front.locationContents(m_currentId), this,
                [this, generation](const Result<QList<RackContents>> &r) {
                    endBusy();
                    if (!r) {
                        showMessage(tr("Could not load the racks: %1").arg(r.error().message), true);
                        return;
                    }
                    applyContents(*r, generation);
                });
    }
}

void MainWindow::applyContents(const QList<RackContents> &racks, int generation)
{
    if (generation != m_generation)
        return; // a newer load is on its way
    const bool sameView = m_shownMode == m_mode && m_shownId == m_currentId;
    const int h = m_view->horizontalScrollBar()->value();
    const int v = m_view->verticalScrollBar()->value();
    m_scene->setRacks(racks);
    m_shownMode = m_mode;
    m_shownId = m_currentId;
    if (sameView) {
        m_view->horizontalScrollBar()->setValue(h);
        m_view->verticalScrollBar()->setValue(v);
    } else {
        m_view->horizontalScrollBar()->setValue(0);
        m_view->verticalScrollBar()->setValue(0);
    }
    m_hasRackData = !racks.isEmpty();
    if (m_focusDevice != 0 && m_scene->device(m_focusDevice)) {
        focusDevice(m_focusDevice);
    } else if (m_panel->deviceId() != 0) {
        if (auto d = m_scene->device(m_panel->deviceId()))
            m_panel->showDevice(*d);
    }
    m_view->viewport()->update();
    emit rackDataLoaded();
}

void MainWindow::scheduleRefresh(bool tree)
{
    m_refreshTree = m_refreshTree || tree;
    m_refreshTimer.start();
}

void MainWindow::showRacksPage()
{
    m_tabs->setCurrentWidget(m_view);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showAddressSpacePage()
{
    m_tabs->setCurrentWidget(m_ipam);
    m_ipam->treeView()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setRdnsProviderFactory(std::shared_ptr<RdnsProviderFactory> factory)
{
    m_ipam->setRdnsProviderFactory(std::move(factory));
}

void MainWindow::onChange(const Change &change)
{
    m_network->onChange(change); // the Network page picks what it shows
    if (change.topic() == Topic::Subnets || change.topic() == Topic::IpAddresses ||
        change.topic() == Topic::Vlans || change.topic() == Topic::Customers ||
        change.topic() == Topic::Locations)
        m_ipam->onChange(change);
    if (change.topic() == Topic::Devices) {
        scheduleRefresh(false);
    } else if (change.topic() == Topic::Racks || change.topic() == Topic::Locations) {
        scheduleRefresh(true);
    } else if (change.topic() == Topic::DeviceTypes || change.topic() == Topic::Customers) {
        loadTypesAndCustomers();
        scheduleRefresh(false);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_hasRackData &&
        !m_reportedFirstPaint) {
        m_reportedFirstPaint = true;
        // Queued: the paint this event starts completes first.
        QMetaObject::invokeMethod(this, &MainWindow::firstRackDataPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------
// Search

void MainWindow::search(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return;
    beginBusy(tr("Searching…"));
    deliver(m_front.search(needle), this, [this, needle](const Result<QList<DeviceHit>> &r) {
        endBusy();
        if (!r) {
            showMessage(tr("Search failed: %1").arg(r.error().message), true);
            return;
        }
        onSearchResults(needle, *r);
    });
}

void MainWindow::onSearchResults(const QString &text, const QList<DeviceHit> &hits)
{
    if (hits.isEmpty()) {
        showMessage(tr("No device matches “%1”.").arg(text), true);
        return;
    }
    QList<DeviceHit> exact;
    for (const DeviceHit &h : hits) {
        if (h.exact)
            exact.append(h);
    }
    if (exact.size() == 1 || hits.size() == 1) {
        jumpTo(exact.size() == 1 ? exact.first() : hits.first());
        m_search->selectAll(); // the next scan replaces the text
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("searchHits"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const DeviceHit &h : hits) {
        QString label = h.name;
        if (!h.rackName.isEmpty())
            label += QStringLiteral(" — %1 U%2").arg(h.rackName).arg(h.uStart);
        if (!h.assetTag.isEmpty())
            label += QStringLiteral(" · ") + h.assetTag;
        if (!h.serial.isEmpty())
            label += QStringLiteral(" · ") + h.serial;
        menu->addAction(label, this, [this, h] { jumpTo(h); });
    }
    showMessage(tr("%n devices match “%1”; choose one.", nullptr, int(hits.size())).arg(text));
    menu->popup(m_search->mapToGlobal(QPoint(0, m_search->height())));
}

void MainWindow::jumpTo(const DeviceHit &hit)
{
    if (hit.rackId == 0) {
        showMessage(tr("%1 is not in a rack.").arg(hit.name));
        deliver(m_front.device(hit.deviceId), this, [this](const Result<Device> &r) {
            if (r)
                m_panel->showDevice(*r, true);
        });
        return;
    }
    showMessage(tr("%1: %2 U%3").arg(hit.name, hit.rackName).arg(hit.uStart));
    if (m_scene->device(hit.deviceId) && m_shownMode == m_mode && m_shownId == m_currentId) {
        focusDevice(hit.deviceId);
        return;
    }
    m_focusDevice = hit.deviceId;
    if (m_mode == Mode::Location && m_currentId == hit.roomId)
        loadContents();
    else
        showLocation(hit.roomId);
}

void MainWindow::focusDevice(qint64 deviceId)
{
    m_focusDevice = 0;
    m_scene->selectDevice(deviceId);
    if (DeviceItem *item = m_scene->deviceItem(deviceId)) {
        m_view->centerOn(item);
        m_panel->showDevice(item->device(), true);
    }
}

void MainWindow::onSelectedDeviceChanged(qint64 deviceId)
{
    if (deviceId == 0) {
        if (!m_panel->hasUnsavedChanges())
            m_panel->clearDevice();
        return;
    }
    if (auto d = m_scene->device(deviceId))
        m_panel->showDevice(*d, deviceId != m_panel->deviceId());
}

// ---------------------------------------------------------------------------
// Edits

void MainWindow::commandFinished(const Status &status, const QString &what)
{
    if (!status)
        showMessage(tr("%1 failed: %2").arg(what, status.error().message), true);
    loadContents();
}

void MainWindow::onMoveRequested(const Device &device, const Placement &to)
{
    const RackContents *target = m_scene->rackContents(to.rackId);
    const QString where = describePlacement(to, target ? target->rack.name : QString());
    beginBusy(tr("Moving %1…").arg(device.name));
    deliver(m_front.moveDevice(device.id, to), this, [this, device, to, where](const Status &s) {
        endBusy();
        if (!s) {
            // Another console may have got there first: the database is the judge.
            showMessage(tr("%1 was not moved: %2").arg(device.name, s.error().message), true);
        } else {
            m_undo->push(new MoveDeviceCommand(
                &m_front, this, [this](const Status &st, const QString &what) { commandFinished(st, what); },
                device, device.placement, to, true));
            showMessage(tr("Moved %1 to %2.").arg(device.name, where));
        }
        loadContents();
    });
}

void MainWindow::onCreateRequested(const DeviceType &type, const Placement &at)
{
    QSet<QString> taken;
    for (const RackContents &rc : m_scene->racks()) {
        for (const Device &d : rc.devices)
            taken.insert(d.name);
    }
    const RackContents *rack = m_scene->rackContents(at.rackId);
    const QString rackName = rack ? rack->rack.name : QString();
    auto *dialog =
        new NewDeviceDialog(type, describePlacement(at, rackName),
                            NewDeviceDialog::suggestName(type, rackName, at.uStart, taken), taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, type, at] { createDevice(type, at, dialog->name()); });
    dialog->open();
}

void MainWindow::createDevice(const DeviceType &type, const Placement &at, const QString &name)
{
    DeviceProperties properties;
    properties.name = name;
    properties.manufacturer = type.manufacturer;
    properties.model = type.model;
    properties.watts = type.watts;
    properties.disposition = Disposition::Available;
    beginBusy(tr("Adding %1…").arg(name));
    deliver(m_front.createDevice(type.id, properties, at), this,
            [this, type, at, properties](const Result<qint64> &r) {
                endBusy();
                if (!r) {
                    showMessage(tr("%1 was not added: %2").arg(properties.name, r.error().message), true);
                } else {
                    m_undo->push(new CreateDeviceCommand(
                        &m_front, this,
                        [this](const Status &st, const QString &what) { commandFinished(st, what); }, type.id,
                        properties, at, *r));
                    m_focusDevice = *r;
                    showMessage(tr("Added %1.").arg(properties.name));
                }
                loadContents();
            });
}

void MainWindow::onApplyRequested(qint64 deviceId, const DeviceProperties &properties, const Device &before)
{
    beginBusy(tr("Saving %1…").arg(properties.name));
    deliver(m_front.updateDevice(deviceId, properties), this,
            [this, deviceId, properties, before](const Status &s) {
                endBusy();
                if (!s) {
                    if (m_panel->deviceId() == deviceId)
                        m_panel->showError(s.error().message);
                    showMessage(tr("%1 was not saved: %2").arg(before.name, s.error().message), true);
                    return;
                }
                if (m_panel->deviceId() == deviceId)
                    m_panel->saved();
                if (properties.disposition != before.disposition)
                    m_undo->push(new SetDispositionCommand(
                        &m_front, this,
                        [this](const Status &st, const QString &what) { commandFinished(st, what); },
                        deviceId, properties.name, before.disposition, properties.disposition, true));
                showMessage(tr("Saved %1.").arg(properties.name));
                loadContents();
            });
}

// ---------------------------------------------------------------------------
// Status

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::setConnectionState(bool pool, bool connected, const QString &message)
{
    const bool wasLost = isConnectionLost();
    (pool ? m_poolConnected : m_listenerConnected) = connected;
    if (!connected)
        m_connectionMessage = message;
    if (isConnectionLost()) {
        m_connectionLabel->setText(tr("Connection to the database lost — retrying"));
        m_connectionLabel->setToolTip(m_connectionMessage);
        m_connectionLabel->setStyleSheet(
            QStringLiteral("color: white; background-color: #c62828; font-weight: bold; "
                           "padding: 1px 6px;"));
    } else {
        m_connectionLabel->setText(tr("Connected"));
        m_connectionLabel->setToolTip({});
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        if (wasLost) {
            // Changes may have been missed while the connection was down.
            showMessage(tr("Connection to the database restored."));
            scheduleRefresh(true);
        }
    }
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_lastMessage = text;
    statusBar()->showMessage(text, error ? 15000 : 6000);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { showMessage(tr("Settings saved. They take effect when HostDeck is started again.")); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("About HostDeck"),
                        tr("<b>HostDeck %1</b><br>An operator console for a hosting provider's data centre."
                           "<br>Database: %2<br>Licensed under the GNU GPL, version 3 or later.")
                            .arg(QStringLiteral(HOSTDECK_VERSION), m_databaseDescription.toHtmlEscaped()),
                        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---------------------------------------------------------------------------
// Out-of-band (BMC): the "Out-of-band" dock and bulk power actions

void MainWindow::createOutOfBand()
{
    m_bmcPanel = new BmcPanel(m_pool, &m_peers, this);
    auto *dock = new QDockWidget(tr("Out-of-band"), this);
    dock->setObjectName(QStringLiteral("bmcDock"));
    dock->setWidget(m_bmcPanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *device = findChild<QDockWidget *>(QStringLiteral("deviceDock"), Qt::FindDirectChildrenOnly)) {
        tabifyDockWidget(device, dock);
        // The properties stay in front (raised once the window is laid out); the BMC is queried when
        // its tab is opened.
        QTimer::singleShot(0, device, &QDockWidget::raise);
    }
    connect(m_scene, &RackElevationScene::selectedDeviceChanged, m_bmcPanel, [this](qint64 deviceId) {
        const auto d = deviceId != 0 ? m_scene->device(deviceId) : std::nullopt;
        if (d)
            m_bmcPanel->showDevice(d->id, d->name);
        else
            m_bmcPanel->clearDevice();
    });
    // A tabbed dock behind another stays "visible" to Qt; its tab being current is what counts.
    connect(dock, &QDockWidget::visibilityChanged, m_bmcPanel, &BmcPanel::setShownToUser);
    connect(m_bmcPanel, &BmcPanel::message, this,
            [this](const QString &text, bool error) { showMessage(text, error); });
    if (m_listener)
        connect(m_listener, &ChangeListener::changed, m_bmcPanel, [this](const Change &change) {
            if (change.topic() == Topic::DeviceBmc)
                m_bmcPanel->reloadSettings();
        });

    m_bulkPowerAction = new QAction(tr("&Power…"), this);
    m_bulkPowerAction->setObjectName(QStringLiteral("bulkPowerAction"));
    m_bulkPowerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_bulkPowerAction->setToolTip(
        tr("Power on, off, cycle or reset devices of the racks shown through their BMCs"));
    connect(m_bulkPowerAction, &QAction::triggered, this, [this] { openBulkPower(); });
    auto *menu = new QMenu(tr("&Out-of-band"), this);
    menu->setObjectName(QStringLiteral("outOfBandMenu"));
    menu->addAction(m_bulkPowerAction);
    menu->addAction(tr("Refresh power &state"), m_bmcPanel, &BmcPanel::refreshState);
    QAction *before = nullptr;
    for (QAction *a : menuBar()->actions()) {
        if (a->menu() && a->text() == tr("&Help"))
            before = a;
    }
    menuBar()->insertMenu(before, menu);
    m_view->addAction(m_bulkPowerAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::setBmcFactory(std::shared_ptr<BmcFactory> factory)
{
    m_bmcFactory = factory;
    m_bmcPanel->setFactory(std::move(factory));
}

BulkPowerDialog *MainWindow::openBulkPower()
{
    QList<qint64> rackIds;
    for (const RackContents &rc : m_scene->racks())
        rackIds << rc.rack.id;
    if (rackIds.isEmpty()) {
        showMessage(tr("Open a room or a rack first: power actions apply to the devices of the racks shown."),
                    true);
        return nullptr;
    }
    auto *dialog = new BulkPowerDialog(m_pool, BmcFront(m_pool, &m_peers, m_bmcFactory), rackIds,
                                       m_scene->selectedDeviceId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Leave peer threads for the Out-of-band panel's own queries.
    dialog->setMaxConcurrent(std::max(1, m_peers.maxThreads() - 2));
    dialog->open();
    return dialog;
}
// --- end out-of-band ---

// ---------------------------------------------------------------------------
// Network page: the third central tab

void MainWindow::createNetworkPage()
{
    m_network = new NetworkView(m_pool, &m_peers, this);
    m_network->setObjectName(QStringLiteral("networkView"));
    m_tabs->insertTab(m_tabs->indexOf(m_ipam) + 1, m_network, tr("&Network"));
    connect(m_network, &NetworkView::message, this,
            [this](const QString &text, bool error) { showMessage(text, error); });

    auto *action = new QAction(tr("&Network"), this);
    action->setObjectName(QStringLiteral("showNetworkAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(action, &QAction::triggered, this, &MainWindow::showNetworkPage);
    QMenu *viewMenu = nullptr;
    for (QAction *a : menuBar()->actions()) {
        if (a->menu() && a->text() == tr("&View"))
            viewMenu = a->menu();
    }
    if (viewMenu)
        viewMenu->addAction(action);
    else
        addAction(action);
}

void MainWindow::showNetworkPage()
{
    if (m_tabs->currentWidget() == m_view) {
        const qint64 selected =
            m_scene->selectedDeviceId() != 0 ? m_scene->selectedDeviceId() : m_panel->deviceId();
        if (selected != 0)
            m_network->showDevice(selected);
    }
    m_tabs->setCurrentWidget(m_network);
    m_network->deviceTree()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setSnmpPoller(std::shared_ptr<SnmpPoller> poller)
{
    m_network->setSnmpPoller(std::move(poller));
}
// --- end network page ---

} // namespace hostdeck
