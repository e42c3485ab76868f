// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cabling/cablerepository.h"
#include "core/changelistener.h"

#include <QAbstractTableModel>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace hostdeck {

class CableEditorDialog;
class WorkerPool;

/// The ports of a patch panel as a two-sided table: one row per position
/// (a front port and the rear port it maps to), and for each side the port,
/// its connector, the cable (type, with its colour as the decoration) and the
/// far end of the path through that cable. Ports of other devices show on
/// the front side only.
class PatchPanelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PositionColumn,
        FrontPortColumn,
        FrontConnectorColumn,
        FrontCableColumn,
        FrontFarEndColumn,
        RearPortColumn,
        RearConnectorColumn,
        RearCableColumn,
        RearFarEndColumn,
        ColumnCount
    };
    enum class Side
    {
        None,
        Front,
        Rear
    };
    enum Role
    {
        PortIdRole = Qt::UserRole + 1, ///< qint64 id of the cell's port (0 when the side is empty)
        CableIdRole,                   ///< qint64 id of the cell's cable, or invalid
        CableColourRole,               ///< the cable's stored colour text
        FarEndRole                     ///< "device / port" of the path's far end
    };

    explicit PatchPanelModel(QObject *parent = nullptr);

    /// Replaces the content (a reset).
    void setPanel(const PanelPorts &panel);
    const PanelPorts &panel() const { return m_panel; }
    /// Which side of the panel a column shows.
    static Side sideOf(int column);
    /// The side `side` of row `row`, or nullptr when that side is empty.
    const PortConnection *connection(int row, Side side) const;
    /// The row holding `portId` (on either side) or -1.
    int rowOf(qint64 portId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PanelPorts m_panel;
};

/// A patch panel (or any device's ports) with what each side connects to, and
/// the cabling actions: connect or edit (CableEditorDialog), remove with
/// confirmation and undo (Ctrl+Z in the table, or the Undo button), trace.
/// Loads on the worker pool and refreshes on 'cables'/'ports' changes.
class PatchPanelView : public QWidget
{
    Q_OBJECT
public:
    explicit PatchPanelView(WorkerPool *pool, QWidget *parent = nullptr);
    ~PatchPanelView() override;

    /// Shows the ports of `deviceId` (0 clears the view).
    void showDevice(qint64 deviceId);
    /// Feed of the ChangeListener: reloads when cables, ports or devices changed.
    void onChange(const Change &change);

    qint64 deviceId() const { return m_deviceId; }
    PatchPanelModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *connectAction() const { return m_connect; }
    QAction *removeAction() const { return m_remove; }
    QAction *traceAction() const { return m_trace; }
    QAction *undoAction() const { return m_undoAction; }
    /// True while a load, removal or undo runs on the pool.
    bool isBusy() const { return m_pending > 0 || m_loading; }

    /// The port of the current cell's side, or 0.
    qint64 currentPortId() const;
    /// Makes the cell of `portId`'s side current.
    void selectPort(qint64 portId);
    /// Opens the cable editor for `portId` (window-modal, not blocking) and returns it.
    CableEditorDialog *editCable(qint64 portId);
    /// Asks for confirmation, then removes the cable on `portId` (undoable).
    void removeCable(qint64 portId);

signals:
    /// The user asked for the cable trace of a port.
    void traceRequested(qint64 portId);
    /// A result for the status bar.
    void message(const QString &text, bool error);
    /// A load finished and the table shows its result.
    void loaded();

private:
    friend class RemoveCableCommand;

    void reload();
    void updateActions();
    void contextMenu(const QPoint &pos);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void undoLast();
    // Work queued by RemoveCableCommand; the command's state lives in `cable`.
    void runRemove(std::shared_ptr<CableInfo> cable);
    void runRestore(std::shared_ptr<CableInfo> cable);

    WorkerPool *m_pool;
    PatchPanelModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QUndoStack *m_undo;
    QAction *m_connect;
    QAction *m_remove;
    QAction *m_trace;
    QAction *m_undoAction;
    QTimer *m_refresh;
    qint64 m_deviceId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    int m_pending = 0;
};

} // namespace hostdeck
