// SPDX-License-Identifier: GPL-3.0-or-later
// bench_rackrow: renders the row view of a generated 500-rack site (value
// structs, no database) offscreen and pans across it frame by frame, against
// a baseline of the same pan over 500 plain rectangles of the same size.
// Prints ms per frame and the ratio. Usage: bench_rackrow [racks] [width height]
#include "dcim/powerbudget.h"
#include "dcim/rackelevationitems.h"
#include "dcim/rackelevationscene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QScrollBar>

#include <cstdio>

using namespace hostdeck;

namespace {

Device makeDevice(qint64 &nextId, qint64 rackId, int uStart, int height, bool fullDepth, Face face,
                  Mount mount, WidthSlot width, int seed)
{
    Device d;
    d.id = nextId++;
    d.name = QStringLiteral("dev-%1").arg(d.id, 5, 10, QLatin1Char('0'));
    d.manufacturer = QStringLiteral("Vendor");
    d.model = height == 0 ? QStringLiteral("PDU-0U") : QStringLiteral("Model-%1U").arg(height);
    d.serial = QStringLiteral("SN%1").arg(d.id);
    d.assetTag = QStringLiteral("AT%1").arg(d.id);
    d.customerName = seed % 3 == 0 ? QStringLiteral("Acme Hosting") : QString();
    d.disposition = allDispositions().at(seed % 6);
    d.watts = height * 250;
    d.typeUHeight = height;
    d.fullDepth = fullDepth;
    d.halfWidthType = width != WidthSlot::Full;
    d.placement = {rackId, mount, face, width, uStart, uStart + std::max(height, 1) - 1};
    if (height == 0)
        d.placement.uEnd = uStart + 19;
    return d;
}

/// A realistic rack: PDUs in the rear channels, a switch and a patch panel at
/// the top, a pair of half-width nodes, then 1U/2U servers with some gaps.
QList<RackContents> generateSite(int rackCount, int *deviceCount)
{
    QList<RackContents> racks;
    qint64 nextId = 1;
    for (int r = 0; r < rackCount; ++r) {
        RackContents rc;
        rc.rack.id = r + 1;
        rc.rack.locationId = 1;
        rc.rack.name = QStringLiteral("FRA-%1").arg(r + 1, 3, 10, QLatin1Char('0'));
        rc.rack.position = r;
        rc.rack.uHeight = 42;
        rc.rack.powerBudgetKw = 5 + (r % 4);
        const qint64 id = rc.rack.id;
        rc.devices << makeDevice(nextId, id, 1, 0, false, Face::Rear, Mount::SideLeft, WidthSlot::Full, r)
                   << makeDevice(nextId, id, 21, 0, false, Face::Rear, Mount::SideRight, WidthSlot::Full,
                                 r + 1)
                   << makeDevice(nextId, id, 42, 1, false, Face::Rear, Mount::Rack, WidthSlot::Full, r + 2)
                   << makeDevice(nextId, id, 42, 1, false, Face::Front, Mount::Rack, WidthSlot::Full, r + 3)
                   << makeDevice(nextId, id, 40, 1, true, Face::Front, Mount::Rack, WidthSlot::Left, r + 4)
                   << makeDevice(nextId, id, 40, 1, true, Face::Front, Mount::Rack, WidthSlot::Right, r + 5);
        int u = 2;
        int i = 0;
        while (u < 38) {
            const int height = (i + r) % 3 == 0 ? 2 : 1;
            if (u + height - 1 >= 39)
                break;
            rc.devices << makeDevice(nextId, id, u, height, true, Face::Front, Mount::Rack, WidthSlot::Full,
                                     r + i);
            u += height + ((i + r) % 5 == 0 ? 1 : 0); // some empty U
            ++i;
        }
        rc.rack.allocatedWatts = PowerBudget::allocatedWatts(rc.devices);
        *deviceCount += int(rc.devices.size());
        racks.append(rc);
    }
    return racks;
}

/// Pans `view` from left to right in steps of a quarter of its width,
/// rendering every frame into `image`; returns ms per frame.
double pan(QGraphicsView &view, QImage &image, int *frames)
{
    QScrollBar *bar = view.horizontalScrollBar();
    const int step = std::max(1, view.viewport()->width() / 4);
    bar->setValue(0);
    view.viewport()->render(&image); // warm-up
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    for (int x = 0; x <= bar->maximum(); x += step) {
        bar->setValue(x);
        view.viewport()->render(&image);
        ++n;
    }
    *frames = n;
    return double(timer.nsecsElapsed()) / 1e6 / std::max(1, n);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int rackCount = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 500;
    const int width = args.size() > 3 ? args.at(2).toInt() : 1600;
    const int height = args.size() > 3 ? args.at(3).toInt() : 900;

    int devices = 0;
    const QList<RackContents> site = generateSite(rackCount, &devices);

    QElapsedTimer build;
    build.start();
    RackElevationScene scene;
    scene.setRacks(site);
    const double buildMs = double(build.nsecsElapsed()) / 1e6;

    QGraphicsView view(&scene);
    view.setAlignment(Qt::AlignLeft | Qt::AlignTop);
    view.setRenderHint(QPainter::TextAntialiasing);
    view.resize(width, height);
    view.show();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    int frames = 0;
    const double rowMs = pan(view, image, &frames);

    // Baseline: the same pan over one plain rectangle per rack block.
    QGraphicsScene plain;
    plain.setBackgroundBrush(Qt::white);
    for (int i = 0; i < rackCount; ++i) {
        const RackGeometry g(i, 42);
        plain.addRect(g.bounds(), QPen(Qt::black), QBrush(QColor(0xf2, 0xf2, 0xf2)));
    }
    plain.setSceneRect(scene.sceneRect());
    QGraphicsView baselineView(&plain);
    baselineView.setAlignment(Qt::AlignLeft | Qt::AlignTop);
    baselineView.resize(width, height);
    baselineView.show();
    int baselineFrames = 0;
    const double baseMs = pan(baselineView, image, &baselineFrames);

    std::printf(
        "bench_rackrow: %d racks, %d devices (%d items), scene built in %.1f ms, viewport %dx%d, %d frames\n",
        rackCount, devices, scene.deviceItemCount(), buildMs, view.viewport()->width(),
        view.viewport()->height(), frames);
    std::printf("bench_rackrow: pan %.2f ms/frame, baseline %.2f ms/frame, ratio %.1f\n", rowMs, baseMs,
                baseMs > 0 ? rowMs / baseMs : 0.0);
    return 0;
}
