// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/portsview.h"

#include "core/changelistener.h"
#include "core/deliver.h"
#include "network/portsmodel.h"
#include "network/sparklinedelegate.h"
#include "network/trafficchart.h"
#include "telemetry/pollsweeper.h"
#include "telemetry/portadmin.h"
#include "telemetry/snmpsettings.h"
#include "telemetry/trafficrepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hostdeck {

namespace {
// Changes are gathered this long before reading the ports again.
constexpr int kChangeDebounceMs = 250;
} // namespace

PortsView::PortsView(WorkerPool *pool, PeerPool *peers, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
    , m_peers(peers)
{
    m_model = new PortsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PortsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("portFilter"));
    m_filter->setPlaceholderText(tr("Filter ports: name, alias, status, far end"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_adminAction = new QAction(tr("Shut down port"), this);
    m_adminAction->setObjectName(QStringLiteral("toggleAdminStatusAction"));
    connect(m_adminAction, &QAction::triggered, this, &PortsView::toggleAdminStatus);
    m_traceAction = new QAction(tr("Trace cable…"), this);
    m_traceAction->setObjectName(QStringLiteral("traceCableAction"));
    connect(m_traceAction, &QAction::triggered, this, [this] {
        if (const PortRow *p = currentPort())
            emit traceRequested(p->id);
    });
    m_adminButton = new QToolButton(this);
    m_adminButton->setObjectName(QStringLiteral("toggleAdminStatusButton"));
    m_adminButton->setDefaultAction(m_adminAction);
    m_adminButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_traceButton = new QToolButton(this);
    m_traceButton->setDefaultAction(m_traceAction);
    m_traceButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("portsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortsModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(PortsModel::TrafficColumn,
                                      new SparklineDelegate(PortsModel::SparklineRole, this));
    m_table->setColumnWidth(PortsModel::TrafficColumn, 140);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PortsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortsView::onCurrentChanged);

    m_chart = new TrafficChart(pool, this);
    connect(m_chart, &TrafficChart::message, this, &PortsView::message);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("portsMessage"));
    m_message->setWordWrap(true);
    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(100);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_adminButton);
    top->addWidget(m_traceButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_busyLabel);
    bottom->addWidget(m_busyBar);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeDebounceMs);
    connect(&m_changeTimer, &QTimer::timeout, this, [this] {
        reload();
        if (m_samplesChanged)
            m_chart->reload();
        m_samplesChanged = false;
    });
    updateActions();
}

PortsView::~PortsView() = default;

void PortsView::setSnmpPoller(std::shared_ptr<SnmpPoller> poller)
{
    m_poller = std::move(poller);
    updateActions();
}

void PortsView::showDevice(qint64 deviceId)
{
    if (deviceId == m_deviceId)
        return;
    m_deviceId = deviceId;
    m_model->clear();
    m_chartPort = 0;
    m_chart->setPort(0, {});
    m_message->clear();
    updateActions();
    if (deviceId != 0)
        reload();
}

void PortsView::reload()
{
    if (m_deviceId == 0 || !m_pool)
        return;
    const int generation = ++m_generation;
    const qint64 deviceId = m_deviceId;
    beginBusy(tr("Loading ports…"));
    m_pool->read<QList<PortRow>>(
        [deviceId](QSqlDatabase &db) -> Result<QList<PortRow>> {
            TrafficRepository repository(db);
            return repository.ports(deviceId);
        },
        this,
        [this, generation](const Result<QList<PortRow>> &r) {
            endBusy();
            if (generation != m_generation)
                return; // another device, or a newer load
            if (!r) {
                showMessage(tr("Could not load the ports: %1").arg(r.error().message), true);
                return;
            }
            applyPorts(*r);
            emit loaded();
        });
}

void PortsView::applyPorts(const QList<PortRow> &ports)
{
    const PortRow *current = currentPort();
    const qint64 keep = current ? current->id : 0;
    m_model->setPorts(ports);
    if (keep != 0 && !currentPort())
        selectPort(keep);
    if (m_table->horizontalHeader()->sectionSize(PortsModel::NameColumn) < 60)
        m_table->resizeColumnsToContents();
    updateActions();
}

void PortsView::onChange(const Change &change)
{
    if (m_deviceId == 0)
        return;
    if (change.topic() == Topic::TrafficSamples)
        m_samplesChanged = true;
    else if (change.topic() != Topic::Ports && change.topic() != Topic::Cables &&
             change.topic() != Topic::DeviceSnmp && change.topic() != Topic::Devices)
        return;
    m_changeTimer.start();
}

const PortRow *PortsView::currentPort() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->port(m_proxy->mapToSource(index).row());
}

bool PortsView::selectPort(qint64 portId)
{
    const int row = m_model->rowOf(portId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PortsModel::NameColumn));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void PortsView::onCurrentChanged()
{
    updateActions();
    const PortRow *p = currentPort();
    const qint64 id = p ? p->id : 0;
    if (id == m_chartPort)
        return;
    m_chartPort = id;
    m_chart->setPort(id, p ? tr("%1 %2").arg(p->deviceName, p->name) : QString());
}

void PortsView::updateActions()
{
    const PortRow *p = currentPort();
    const bool up = p && p->adminStatus == QLatin1String("up");
    m_adminAction->setText(up || !p ? tr("Shut down port") : tr("Enable port"));
    QString reason;
    if (!p)
        reason = tr("Select a port.");
    else if (!p->deviceHasSnmp)
        reason = tr("%1 has no SNMP settings, so its ports cannot be switched from here.").arg(p->deviceName);
    else if (!p->ifIndex)
        reason = tr("%1 has no ifIndex: it is not known to the switch's SNMP agent.").arg(p->name);
    else if (!m_poller)
        reason = tr("This console has no SNMP poller.");
    else if (m_changing)
        reason = tr("Wait for the port change under way to finish.");
    m_adminAction->setEnabled(reason.isEmpty());
    m_adminAction->setToolTip(reason.isEmpty() ? (up ? tr("Set %1 administratively down").arg(p->name)
                                                     : tr("Set %1 administratively up").arg(p->name))
                                               : reason);
    m_adminButton->setToolTip(m_adminAction->toolTip());
    m_traceAction->setEnabled(p != nullptr);
    m_traceAction->setToolTip(
        p ? tr("Follow the cable of %1 through patch panels to its far end").arg(p->name)
          : tr("Select a port."));
}

void PortsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("portsContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_adminAction);
    menu->addAction(m_traceAction);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void PortsView::toggleAdminStatus()
{
    updateActions();
    const PortRow *p = currentPort();
    if (!p || !m_adminAction->isEnabled())
        return;
    const PortRow port = *p;
    const bool up = port.adminStatus != QLatin1String("up");
    const QString far = port.farPortId != 0 ? tr(" (%1 %2)").arg(port.farDevice, port.farPort) : QString();
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("confirmAdminStatus"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(up ? QMessageBox::Question : QMessageBox::Warning);
    if (up) {
        box->setWindowTitle(tr("Enable %1?").arg(port.name));
        box->setText(tr("Enabling %1 on %2 brings the port up again: whatever is connected%3 starts "
                        "passing traffic.")
                         .arg(port.name, port.deviceName, far));
    } else {
        box->setWindowTitle(tr("Shut down %1?").arg(port.name));
        box->setText(tr("Shutting down %1 on %2 cuts off whatever is connected%3.")
                         .arg(port.name, port.deviceName, far));
    }
    box->setInformativeText(
        tr("The switch is told over SNMP (ifAdminStatus of ifIndex %1).").arg(port.ifIndex.value_or(0)));
    box->setStandardButtons(QMessageBox::Yes | QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(up ? tr("Enable port") : tr("Shut down port"));
    connect(box, &QMessageBox::finished, this, [this, box, port, up](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            setAdminStatus(port, up);
    });
    box->open();
}

void PortsView::setAdminStatus(const PortRow &port, bool up)
{
    std::shared_ptr<SnmpPoller> poller = m_poller;
    if (!poller || !port.ifIndex)
        return;
    const int ifIndex = *port.ifIndex;
    m_changing = true;
    beginBusy(up ? tr("Enabling %1 on %2…").arg(port.name, port.deviceName)
                 : tr("Shutting down %1 on %2…").arg(port.name, port.deviceName));
    updateActions();
    // Sent once: a SET that timed out may still have reached the switch.
    deliver(PortAdmin::setAsync(m_pool, m_peers, poller, port.deviceId,
                                AdminPort{port.id, port.deviceName, port.name, ifIndex}, up),
            this, [this, port, up](const Status &s) {
                endBusy();
                m_changing = false;
                if (!s) {
                    showMessage(up ? tr("Could not enable %1 on %2: %3")
                                         .arg(port.name, port.deviceName, s.error().message)
                                   : tr("Could not shut down %1 on %2: %3")
                                         .arg(port.name, port.deviceName, s.error().message),
                                true);
                } else {
                    showMessage(
                        up ? tr("%1 on %2 is enabled (admin up).").arg(port.name, port.deviceName)
                           : tr("%1 on %2 is shut down (admin down).").arg(port.name, port.deviceName),
                        false);
                }
                updateActions();
                reload();
                emit adminStatusFinished(s.ok());
            });
}

void PortsView::showMessage(const QString &text, bool error)
{
    m_lastMessage = text;
    m_lastError = error;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    emit message(text, error);
}

void PortsView::beginBusy(const QString &what)
{
    ++m_busy;
    m_busyLabel->setText(what);
    m_busyBar->setVisible(true);
}

void PortsView::endBusy()
{
    m_busy = std::max(0, m_busy - 1);
    if (m_busy == 0) {
        m_busyLabel->clear();
        m_busyBar->setVisible(false);
    }
}

} // namespace hostdeck
