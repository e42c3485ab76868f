// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "cabling/cabletraceview.h"
#include "cabling/patchpanelview.h"
#include "dcim/powerbudget.h"
#include "dcim/rackelevationitems.h"
#include "dcim/rackelevationscene.h"
#include "ipam/ipamview.h"
#include "ipam/prefixtreemodel.h"
#include "network/networkview.h"
#include "network/portsmodel.h"
#include "network/portsview.h"
#include "network/trafficchart.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QGraphicsView>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <functional>

namespace hostdeck {

namespace {
// Runs the event loop until `signal` fires or `ms` pass; true when it fired.
template <typename Signal> bool waitFor(MainWindow &window, Signal signal, int ms)
{
    QEventLoop loop;
    bool fired = false;
    const auto c = QObject::connect(&window, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return fired;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` holds (checked every 50 ms) or `ms` pass.
bool waitUntil(const std::function<bool()> &done, int ms)
{
    for (int waited = 0; waited < ms; waited += 50) {
        if (done())
            return true;
        settle(50);
    }
    return done();
}

// The row of `cidr` among the proxy's children of `parent`.
QModelIndex findCidr(QAbstractItemModel *model, const QModelIndex &parent, const QString &cidr)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(PrefixTreeModel::CidrRole).toString() == cidr)
            return index;
    }
    return {};
}

void mouse(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
           Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

bool save(MainWindow &window, const QString &path, QString *error)
{
    window.repaint();
    if (window.grab().save(path))
        return true;
    *error = QStringLiteral("cannot write %1").arg(path);
    return false;
}
// The id of the network page's device called `name`, or 0.
qint64 networkDevice(NetworkView *network, const QString &name)
{
    const QList<QStandardItem *> items =
        network->deviceModel()->findItems(name, Qt::MatchFixedString | Qt::MatchRecursive);
    return items.isEmpty() ? 0 : items.constFirst()->data(NetworkView::DeviceIdRole).toLongLong();
}

// The Network page: a cabled top-of-rack switch (rates, sparklines, a port's
// chart with its 95th percentile), a patch panel, and a drawn cable trace.
template <typename FileName> bool networkShots(MainWindow &window, const FileName &file, QString *error)
{
    window.showNetworkPage();
    NetworkView *network = window.networkView();
    const QString switchName = QStringLiteral("fra1-a01-tor1");
    if (!waitUntil([&] { return networkDevice(network, switchName) != 0; }, 15000)) {
        *error = QStringLiteral("the network page did not list %1").arg(switchName);
        return false;
    }
    network->showDevice(networkDevice(network, switchName));
    PortsView *ports = network->portsView();
    PortsModel *model = ports->model();
    if (!waitUntil([&] { return !ports->isBusy() && model->rowCount() > 0; }, 15000)) {
        *error = QStringLiteral("the ports of %1 did not load").arg(switchName);
        return false;
    }
    // The busiest cabled port, so the chart has something to say.
    QTableView *table = ports->tableView();
    int best = -1;
    double bestRate = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex far = table->model()->index(row, PortsModel::FarEndColumn);
        const double rate =
            table->model()->index(row, PortsModel::InColumn).data(PortsModel::SortRole).toDouble();
        if (!far.data().toString().isEmpty() && rate > bestRate) {
            best = row;
            bestRate = rate;
        }
    }
    if (best >= 0)
        table->selectRow(best);
    settle(300);
    waitUntil([&] { return !ports->chart()->isLoading(); }, 10000);
    settle(600);
    if (!save(window, file("network"), error))
        return false;

    // The cable trace of that port, drawn in its own window.
    if (best >= 0 && ports->traceAction()->isEnabled()) {
        ports->traceAction()->trigger();
        QDialog *dialog = nullptr;
        waitUntil(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *d = qobject_cast<QDialog *>(w);
                        d && d->isVisible() && d->findChild<CableTraceView *>())
                        dialog = d;
                }
                return dialog != nullptr;
            },
            5000);
        if (dialog) {
            dialog->resize(1100, 420);
            settle(1200);
            auto *view = dialog->findChild<CableTraceView *>();
            view->fitPath();
            settle(300);
            const bool saved = dialog->grab().save(file("cabletrace"));
            dialog->close();
            if (!saved) {
                *error = QStringLiteral("cannot write %1").arg(file("cabletrace"));
                return false;
            }
        }
    }

    const QString panelName = QStringLiteral("fra1-a01-pp42");
    if (const qint64 panel = networkDevice(network, panelName)) {
        network->showDevice(panel);
        settle(1500);
        if (!save(window, file("patchpanel"), error))
            return false;
    }
    return true;
}

} // namespace

bool takeScreenshots(MainWindow &window, const QString &directory, QString *error)
{
    QDir().mkpath(directory);
    const QString suffix = QLocale().language() == QLocale::German ? QStringLiteral("_de") : QString();
    const auto file = [&](const char *name) {
        return directory + u'/' + QLatin1String(name) + suffix + QStringLiteral(".png");
    };

    RackElevationScene *scene = window.scene();
    if (scene->racks().isEmpty() && !waitFor(window, &MainWindow::rackDataLoaded, 30000)) {
        *error = QStringLiteral("no rack data was shown");
        return false;
    }
    settle(500);
    if (!save(window, file("mainwindow"), error))
        return false;
    if (!suffix.isEmpty())
        return true; // the translated build shows one view; the rest is the same

    // One rack on its own: prefer one over budget, so the red headroom bar shows.
    qint64 rackId = scene->racks().constFirst().rack.id;
    for (const RackContents &c : scene->racks()) {
        if (PowerBudget(c.rack).isOver()) {
            rackId = c.rack.id;
            break;
        }
    }
    window.showRack(rackId);
    waitFor(window, &MainWindow::rackDataLoaded, 10000);
    settle(400);
    if (!save(window, file("rack"), error))
        return false;

    // Drag a 1U device onto an occupied U and hold it there: the refusal shows while dragging.
    const RackContents *contents = scene->rackContents(rackId);
    const Device *moving = nullptr;
    const Device *blocker = nullptr;
    for (const Device &d : contents->devices) {
        if (d.placement.mount != Mount::Rack || !d.fullDepth)
            continue;
        if (!moving && d.typeUHeight == 1)
            moving = &d;
        else if (!blocker && moving && d.placement.uStart != moving->placement.uStart)
            blocker = &d;
    }
    QGraphicsView *view = window.rackView();
    if (moving && blocker) {
        DeviceItem *item = scene->deviceItem(moving->id, Face::Front);
        view->centerOn(scene->slotCenter(rackId, Face::Front, blocker->placement.uStart));
        settle(100);
        const QPoint from = view->mapFromScene(item->sceneBoundingRect().center());
        const QPoint to =
            view->mapFromScene(scene->slotCenter(rackId, Face::Front, blocker->placement.uStart));
        QWidget *viewport = view->viewport();
        mouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int step = 1; step <= 10; ++step)
            mouse(viewport, QEvent::MouseMove, from + (to - from) * step / 10, Qt::NoButton, Qt::LeftButton);
        settle(300);
        const bool saved = save(window, file("drag"), error);
        // Releasing on a refused target leaves everything as it was.
        mouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        if (!saved)
            return false;
    }

    // A barcode scan: the asset tag typed into the search field, then Enter.
    for (const Device &d : contents->devices) {
        if (!d.assetTag.isEmpty() && d.placement.mount == Mount::Rack) {
            window.searchField()->setText(d.assetTag);
            window.search(d.assetTag);
            waitFor(window, &MainWindow::rackDataLoaded, 5000);
            settle(600);
            if (!save(window, file("search"), error))
                return false;
            break;
        }
    }

    // The address space: the prefix tree with the demo pools, one expanded, and its IP map.
    window.showAddressSpacePage();
    IpamView *ipam = window.ipamView();
    QTreeView *tree = ipam->treeView();
    QAbstractItemModel *model = tree->model();
    const QString pool = QStringLiteral("198.51.100.0/24");
    if (!waitUntil([&] { return !ipam->isBusy() && findCidr(model, {}, pool).isValid(); }, 15000)) {
        *error = QStringLiteral("the address space did not show %1").arg(pool);
        return false;
    }
    for (const char *expand : {"203.0.113.0/24", "2001:db8:1::/48"}) {
        const QModelIndex index = findCidr(model, {}, QLatin1String(expand));
        if (index.isValid())
            tree->expand(index);
    }
    const QModelIndex poolIndex = findCidr(model, {}, pool);
    tree->setCurrentIndex(poolIndex);
    ipam->showMap(poolIndex);
    waitUntil([&] { return !ipam->isBusy(); }, 10000);
    settle(600);
    if (!save(window, file("addressspace"), error))
        return false;
    return networkShots(window, file, error);
}

} // namespace hostdeck
