// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cabling/cablerepository.h"

#include <QGraphicsView>

namespace hostdeck {

class WorkerPool;

/// Draws the path of a port through cables and patch panels (cable_trace):
/// each port a box (device, port, and its kind as a coloured strip: NIC,
/// patch front, patch rear, switch, …), each cable a thick line in the
/// cable's own colour with its type and label, a panel's front-to-rear pass
/// through as a dashed link inside a frame for the panel. A loop or a path cut
/// at the hop bound is marked in red at its end. Ctrl+wheel zooms; the path is
/// fitted into view when it loads. Loads on the worker pool.
class CableTraceView : public QGraphicsView
{
    Q_OBJECT
public:
    /// QGraphicsItem::data() key naming what an item draws: "hop", "cable",
    /// "cable-outline", "cable-label", "panel", "panel-link", "loop" or "truncated".
    static constexpr int ItemKindKey = 0;
    /// QGraphicsItem::data() key: the port id of a "hop", the cable id of a "cable".
    static constexpr int ItemIdKey = 1;

    explicit CableTraceView(WorkerPool *pool, QWidget *parent = nullptr);

    /// Loads and draws the path starting at `portId`.
    void tracePort(qint64 portId);
    /// The last path loaded.
    const TracedPath &path() const { return m_path; }
    /// The path as lines of text (for the clipboard and the command line look).
    QString asText() const;
    /// The current zoom factor (1 = 100 %).
    qreal zoom() const { return transform().m11(); }
    /// Scales the drawing by `factor`, within 5 % and 800 %.
    void zoomBy(qreal factor);
    /// Fits the whole path into the view.
    void fitPath();

    /// Shows the trace of `portId` in a resizable, non-modal dialog with a
    /// "Copy as text" button; the dialog deletes itself when closed.
    static void openDialog(WorkerPool *pool, qint64 portId, QWidget *parent);

signals:
    /// A load finished: `ok` false with the reason when it failed.
    void traceLoaded(bool ok, const QString &message);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void showMessage(const QString &text);

    WorkerPool *m_pool;
    QGraphicsScene *m_scene;
    TracedPath m_path;
    quint64 m_generation = 0;
    bool m_fitPending = false;
};

} // namespace hostdeck
