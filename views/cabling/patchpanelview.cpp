// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabling/patchpanelview.h"

#include "cabling/cableeditor.h"
#include "core/deliver.h"
#include "core/workerpool.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hostdeck {

namespace {

QColor swatchColour(const QString &colour)
{
    const QString hex = cableColourHex(colour);
    return hex.isEmpty() ? QColor(Qt::gray) : QColor(hex);
}

QString lengthText(const CableInfo &cable)
{
    return cable.lengthM ? PatchPanelModel::tr("%1 m").arg(QLocale().toString(*cable.lengthM, 'f', 2))
                         : QString();
}

} // namespace

// ---------------------------------------------------------------------------
// PatchPanelModel
// ---------------------------------------------------------------------------

PatchPanelModel::PatchPanelModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PatchPanelModel::setPanel(const PanelPorts &panel)
{
    beginResetModel();
    m_panel = panel;
    endResetModel();
}

PatchPanelModel::Side PatchPanelModel::sideOf(int column)
{
    if (column >= FrontPortColumn && column <= FrontFarEndColumn)
        return Side::Front;
    if (column >= RearPortColumn && column <= RearFarEndColumn)
        return Side::Rear;
    return Side::None;
}

const PortConnection *PatchPanelModel::connection(int row, Side side) const
{
    if (row < 0 || row >= m_panel.positions.size())
        return nullptr;
    const PanelPosition &p = m_panel.positions.at(row);
    if (side == Side::Front && p.front)
        return &*p.front;
    if (side == Side::Rear && p.rear)
        return &*p.rear;
    return nullptr;
}

int PatchPanelModel::rowOf(qint64 portId) const
{
    for (int row = 0; row < m_panel.positions.size(); ++row) {
        const PanelPosition &p = m_panel.positions.at(row);
        if ((p.front && p.front->portId == portId) || (p.rear && p.rear->portId == portId))
            return row;
    }
    return -1;
}

int PatchPanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_panel.positions.size());
}

int PatchPanelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatchPanelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    if (column == PositionColumn) {
        if (role == Qt::DisplayRole)
            return index.row() + 1;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const Side side = sideOf(column);
    const PortConnection *c = connection(index.row(), side);
    if (!c)
        return role == PortIdRole ? QVariant(qint64(0)) : QVariant();
    const int part = side == Side::Front ? column - FrontPortColumn : column - RearPortColumn;

    switch (role) {
    case PortIdRole:
        return c->portId;
    case CableIdRole:
        return c->cable ? QVariant(c->cable->id) : QVariant();
    case CableColourRole:
        return c->cable ? QVariant(c->cable->colour) : QVariant();
    case FarEndRole:
        return c->farEnd ? QVariant(c->farEnd->display()) : QVariant();
    default:
        break;
    }

    switch (part) {
    case 0: // port
        if (role == Qt::DisplayRole)
            return c->label.isEmpty() || c->label == c->portName
                       ? c->portName
                       : tr("%1 (%2)", "port name (label)").arg(c->portName, c->label);
        if (role == Qt::ToolTipRole)
            return tr("Port %1, %2").arg(c->portName, c->portKind);
        return {};
    case 1: // connector
        return role == Qt::DisplayRole ? QVariant(c->connector) : QVariant();
    case 2: // cable
        if (!c->cable)
            return role == Qt::DisplayRole ? QVariant(tr("—", "no cable")) : QVariant();
        if (role == Qt::DisplayRole)
            return c->cable->label.isEmpty()
                       ? c->cable->type
                       : tr("%1 “%2”", "cable type, label").arg(c->cable->type, c->cable->label);
        if (role == Qt::DecorationRole)
            return swatchColour(c->cable->colour);
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1 cable, %2").arg(c->cable->type, c->cable->colour);
            if (!c->cable->label.isEmpty())
                tip += tr(", label “%1”").arg(c->cable->label);
            if (c->cable->lengthM)
                tip += tr(", %1").arg(lengthText(*c->cable));
            return tip;
        }
        return {};
    case 3: // far end
        if (!c->cable || !c->farEnd)
            return {};
        if (role == Qt::DisplayRole) {
            QString text = c->farEnd->display();
            if (c->farLoop)
                text = tr("loop at %1").arg(text);
            else if (c->farTruncated)
                text = tr("%1 … (path truncated)").arg(text);
            if (c->peer && c->peer->portId != c->farEnd->portId)
                text += tr(" via %1").arg(c->peer->display());
            return text;
        }
        if (role == Qt::ToolTipRole)
            return c->peer ? tr("Cable goes to %1; the path ends at %2.")
                                 .arg(c->peer->display(), c->farEnd->display())
                           : QVariant();
        if (role == Qt::ForegroundRole && (c->farLoop || c->farTruncated))
            return QColor(Qt::darkRed);
        return {};
    default:
        return {};
    }
}

QVariant PatchPanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case FrontPortColumn:
        return tr("Front port");
    case FrontConnectorColumn:
    case RearConnectorColumn:
        return tr("Connector");
    case FrontCableColumn:
    case RearCableColumn:
        return tr("Cable");
    case FrontFarEndColumn:
    case RearFarEndColumn:
        return tr("Connects to");
    case RearPortColumn:
        return tr("Rear port");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------
// Undo
// ---------------------------------------------------------------------------

/// Removing a cable; undo re-creates it with the same ends and attributes (a
/// new id). The cable's state is shared with the queued work, so the command
/// may be dropped from the stack while that work still runs.
class RemoveCableCommand : public QUndoCommand
{
public:
    RemoveCableCommand(PatchPanelView *view, const CableInfo &cable, const QString &text)
        : QUndoCommand(text)
        , m_view(view)
        , m_cable(std::make_shared<CableInfo>(cable))
    {}

    void redo() override { m_view->runRemove(m_cable); }
    void undo() override { m_view->runRestore(m_cable); }

private:
    PatchPanelView *m_view;
    std::shared_ptr<CableInfo> m_cable;
};

// ---------------------------------------------------------------------------
// PatchPanelView
// ---------------------------------------------------------------------------

PatchPanelView::PatchPanelView(WorkerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
    , m_model(new PatchPanelModel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_connect(new QAction(tr("Connect…"), this))
    , m_remove(new QAction(tr("Remove cable"), this))
    , m_trace(new QAction(tr("Trace"), this))
    , m_undoAction(new QAction(tr("Undo"), this))
    , m_refresh(new QTimer(this))
{
    m_table->setObjectName(QStringLiteral("patchPanelTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);

    m_title->setObjectName(QStringLiteral("patchPanelTitle"));
    m_connect->setObjectName(QStringLiteral("connectCable"));
    m_remove->setObjectName(QStringLiteral("removeCable"));
    m_trace->setObjectName(QStringLiteral("traceCable"));
    m_undoAction->setObjectName(QStringLiteral("undoCable"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_remove);
    m_undoAction->setToolTip(tr("Undo the last cable removal (Ctrl+Z)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    for (QAction *action : {m_connect, m_remove, m_trace, m_undoAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &PatchPanelView::reload);

    connect(m_connect, &QAction::triggered, this, [this] {
        if (const qint64 port = currentPortId())
            editCable(port);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (const qint64 port = currentPortId())
            removeCable(port);
    });
    connect(m_trace, &QAction::triggered, this, [this] {
        if (const qint64 port = currentPortId())
            emit traceRequested(port);
    });
    connect(m_undoAction, &QAction::triggered, this, &PatchPanelView::undoLast);
    connect(m_undo, &QUndoStack::indexChanged, this, &PatchPanelView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PatchPanelView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 port = index.data(PatchPanelModel::PortIdRole).toLongLong();
        if (port)
            editCable(port);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &PatchPanelView::contextMenu);
    showDevice(0);
}

PatchPanelView::~PatchPanelView()
{
    // The children outlive this part of the object: the undo stack clears
    // itself in its own destructor and emits indexChanged, which must not
    // reach updateActions() of a PatchPanelView that is already gone.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
}

void PatchPanelView::showDevice(qint64 deviceId)
{
    m_deviceId = deviceId;
    if (deviceId == 0) {
        ++m_generation;
        m_loading = false;
        m_model->setPanel({});
        m_title->setText(tr("Choose a patch panel or device to see its ports."));
        updateActions();
        return;
    }
    m_title->setText(tr("Loading ports…"));
    reload();
}

void PatchPanelView::onChange(const Change &change)
{
    if (m_deviceId == 0)
        return;
    if (change.topic() == Topic::Cables || change.topic() == Topic::Ports || change.topic() == Topic::Devices)
        m_refresh->start();
}

void PatchPanelView::reload()
{
    const qint64 deviceId = m_deviceId;
    if (deviceId == 0)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    updateActions();
    m_pool->read<PanelPorts>(
        [deviceId](QSqlDatabase &db) { return CableRepository(db).panelPorts(deviceId); }, this,
        [this, generation](const Result<PanelPorts> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r) {
                m_title->setText(tr("Cannot load the ports: %1").arg(r.error().message));
                emit message(r.error().message, true);
                updateActions();
                return;
            }
            // Keep the current cell across the reload.
            const QModelIndex current = m_table->currentIndex();
            const qint64 keepPort = current.data(PatchPanelModel::PortIdRole).toLongLong();
            const int keepColumn = current.column();
            m_model->setPanel(*r);
            int cabled = 0;
            int ports = 0;
            for (const PanelPosition &p : r->positions) {
                for (const auto *side : {&p.front, &p.rear}) {
                    if (side->has_value()) {
                        ++ports;
                        cabled += (*side)->cable ? 1 : 0;
                    }
                }
            }
            m_title->setText(
                r->positions.isEmpty()
                    ? tr("%1 has no ports.").arg(r->deviceName)
                    : tr("%1: %n position(s), ", nullptr, int(r->positions.size())).arg(r->deviceName) +
                          tr("%1 of %n port(s) cabled", nullptr, ports).arg(cabled));
            const int row = keepPort ? m_model->rowOf(keepPort) : -1;
            if (row >= 0)
                m_table->setCurrentIndex(m_model->index(row, keepColumn));
            updateActions();
            emit loaded();
        });
}

qint64 PatchPanelView::currentPortId() const
{
    return m_table->currentIndex().data(PatchPanelModel::PortIdRole).toLongLong();
}

void PatchPanelView::selectPort(qint64 portId)
{
    const int row = m_model->rowOf(portId);
    if (row < 0)
        return;
    const PortConnection *rear = m_model->connection(row, PatchPanelModel::Side::Rear);
    const int column = rear && rear->portId == portId ? int(PatchPanelModel::RearPortColumn)
                                                      : int(PatchPanelModel::FrontPortColumn);
    m_table->setCurrentIndex(m_model->index(row, column));
}

void PatchPanelView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool hasPort = current.data(PatchPanelModel::PortIdRole).toLongLong() != 0;
    const bool hasCable = current.data(PatchPanelModel::CableIdRole).isValid();
    m_connect->setText(hasCable ? tr("Edit cable…") : tr("Connect…"));
    m_connect->setEnabled(hasPort && m_pending == 0);
    m_remove->setEnabled(hasCable && m_pending == 0);
    m_trace->setEnabled(hasPort);
    m_undoAction->setEnabled(m_undo->canUndo() && m_pending == 0);
    m_undoAction->setText(m_undo->canUndo() ? tr("Undo %1").arg(m_undo->undoText()) : tr("Undo"));
}

void PatchPanelView::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_connect);
    menu.addAction(m_remove);
    menu.addAction(m_trace);
    menu.addSeparator();
    menu.addAction(m_undoAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool PatchPanelView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in the table undoes a cable removal here, ahead of the main window's undo.
    if (watched == m_table &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) && m_undo->canUndo()) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undoLast();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatchPanelView::undoLast()
{
    if (m_pending > 0) {
        emit message(tr("Please wait: the last cable change is still being saved."), false);
        return;
    }
    if (m_undo->canUndo())
        m_undo->undo();
}

CableEditorDialog *PatchPanelView::editCable(qint64 portId)
{
    auto *dialog = new CableEditorDialog(m_pool, portId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CableEditorDialog::saved, this, [this](qint64, const QString &summary) {
        emit message(summary, false);
        reload();
    });
    dialog->open();
    return dialog;
}

void PatchPanelView::removeCable(qint64 portId)
{
    const int row = m_model->rowOf(portId);
    const PortConnection *c = nullptr;
    for (auto side : {PatchPanelModel::Side::Front, PatchPanelModel::Side::Rear}) {
        const PortConnection *candidate = m_model->connection(row, side);
        if (candidate && candidate->portId == portId)
            c = candidate;
    }
    if (!c || !c->cable)
        return;
    const CableInfo cable = *c->cable;
    const QString from = m_model->panel().deviceName + QStringLiteral(" / ") + c->portName;
    const QString to = c->peer ? c->peer->display() : QString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove cable"),
                                tr("Remove the %1 cable between %2 and %3?").arg(cable.type, from, to),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeCableConfirmation"));
    box->setInformativeText(tr("You can undo this with Ctrl+Z."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, cable, from, to](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_undo->push(new RemoveCableCommand(this, cable, tr("remove cable %1 – %2").arg(from, to)));
    });
    box->open();
}

void PatchPanelView::runRemove(std::shared_ptr<CableInfo> cable)
{
    ++m_pending;
    updateActions();
    const qint64 id = cable->id;
    m_pool->run<CableInfo>([id](QSqlDatabase &db) { return CableRepository(db).deleteCable(id); }, this,
                           [this, cable](const Result<CableInfo> &r) {
                               --m_pending;
                               if (r) {
                                   *cable = *r;
                                   emit message(tr("Cable removed. Undo with Ctrl+Z."), false);
                               } else {
                                   emit message(tr("The cable was not removed: %1").arg(r.error().message),
                                                true);
                               }
                               reload();
                           });
}

void PatchPanelView::runRestore(std::shared_ptr<CableInfo> cable)
{
    ++m_pending;
    updateActions();
    CableSpec spec;
    spec.portA = cable->portA;
    spec.portB = cable->portB;
    spec.type = cable->type;
    spec.colour = cable->colour;
    spec.label = cable->label;
    spec.lengthM = cable->lengthM;
    m_pool->run<qint64>([spec](QSqlDatabase &db) { return CableRepository(db).createCable(spec); }, this,
                        [this, cable](const Result<qint64> &r) {
                            --m_pending;
                            if (r) {
                                cable->id = *r;
                                emit message(tr("Cable restored."), false);
                            } else {
                                emit message(tr("The cable could not be restored: %1").arg(r.error().message),
                                             true);
                            }
                            reload();
                        });
}

} // namespace hostdeck
