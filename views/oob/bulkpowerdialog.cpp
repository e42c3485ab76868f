// SPDX-License-Identifier: GPL-3.0-or-later
#include "oob/bulkpowerdialog.h"

#include "core/deliver.h"
#include "core/workerpool.h"
#include "oob/bmcpanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hostdeck {

namespace {
constexpr int kDeviceIdRole = Qt::UserRole + 1;
constexpr int kOkRole = Qt::UserRole + 2; ///< on the result cell: true / false once finished

QString actionLabel(PowerAction action)
{
    switch (action) {
    case PowerAction::On:
        return BulkPowerDialog::tr("Power on");
    case PowerAction::Off:
        return BulkPowerDialog::tr("Power off (hard)");
    case PowerAction::Cycle:
        return BulkPowerDialog::tr("Power cycle");
    case PowerAction::Reset:
        return BulkPowerDialog::tr("Reset (hard)");
    case PowerAction::SoftOff:
        return BulkPowerDialog::tr("Soft off (ACPI shutdown)");
    }
    return {};
}
} // namespace

BulkPowerDialog::BulkPowerDialog(WorkerPool *pool, BmcFront bmc, const QList<qint64> &rackIds,
                                 qint64 preselected, QWidget *parent)
    : QDialog(parent)
    , m_pool(pool)
    , m_bmc(std::move(bmc))
    , m_preselected(preselected)
{
    setObjectName(QStringLiteral("bulkPowerDialog"));
    setWindowTitle(tr("Power actions"));
    resize(960, 520);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Loading the devices with a BMC…"), this);
    m_intro->setObjectName(QStringLiteral("bulkPowerIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Device"), tr("Rack / U"), tr("BMC"), tr("Result")});
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("bulkPowerDevices"));
    m_view->setRootIsDecorated(false);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Device, place and BMC are short and must be read whole; the result takes what is left.
    for (int column : {int(DeviceColumn), int(PlaceColumn), int(BmcColumn)})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] { updateRunEnabled(); });

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(new QLabel(tr("&Action:"), this));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("bulkPowerAction"));
    for (PowerAction a :
         {PowerAction::On, PowerAction::Off, PowerAction::Cycle, PowerAction::Reset, PowerAction::SoftOff})
        m_action->addItem(actionLabel(a), int(a));
    m_action->setCurrentIndex(2); // cycle: the everyday request, and never leaves a machine off
    static_cast<QLabel *>(actionRow->itemAt(0)->widget())->setBuddy(m_action);
    actionRow->addWidget(m_action);
    actionRow->addStretch(1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkPowerProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(false); // a count means something only once a run has started
    actionRow->addWidget(m_progress);
    layout->addLayout(actionRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkPowerSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = m_buttons->addButton(tr("&Run…"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("bulkPowerRun"));
    m_cancel = m_buttons->addButton(tr("&Cancel remaining"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("bulkPowerCancel"));
    m_cancel->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &BulkPowerDialog::confirmAndRun);
    connect(m_cancel, &QPushButton::clicked, this, &BulkPowerDialog::cancelPending);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkPowerDialog::reject);
    layout->addWidget(m_buttons);
    updateRunEnabled();

    if (!m_bmc.factory()) {
        m_intro->setText(tr("No BMC drivers are available in this console."));
        m_loaded = true;
        QMetaObject::invokeMethod(this, &BulkPowerDialog::loaded, Qt::QueuedConnection);
        return;
    }
    m_pool->read<QList<BmcRackDevice>>(
        [rackIds](QSqlDatabase &db) { return BmcRepository(db).rackDevices(rackIds); }, this,
        [this](const Result<QList<BmcRackDevice>> &r) {
            m_loaded = true;
            if (!r)
                m_intro->setText(tr("Could not read the devices: %1").arg(r.error().message));
            else
                fill(*r);
            updateRunEnabled();
            emit loaded();
        });
}

BulkPowerDialog::~BulkPowerDialog() = default;

QString BulkPowerDialog::introText() const
{
    return m_intro->text();
}

void BulkPowerDialog::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
}

void BulkPowerDialog::fill(const QList<BmcRackDevice> &devices)
{
    m_model->removeRows(0, m_model->rowCount());
    if (devices.isEmpty()) {
        m_intro->setText(tr("No device in the racks shown has BMC settings."));
        return;
    }
    QStringList racks;
    for (const BmcRackDevice &d : devices)
        if (!racks.contains(d.rackName))
            racks << d.rackName;
    setWindowTitle(tr("Power actions: %1").arg(racks.join(QStringLiteral(", "))));
    m_intro->setText(tr("Devices with a BMC in %n rack(s) (%1). Check those to act on: the action runs "
                        "through each device's BMC, several at a time, and each row shows its result.",
                        nullptr, int(racks.size()))
                         .arg(racks.join(QStringLiteral(", "))));
    for (const BmcRackDevice &d : devices) {
        auto *name = new QStandardItem(d.bmc.deviceName);
        name->setCheckable(true);
        name->setCheckState(d.bmc.deviceId == m_preselected ? Qt::Checked : Qt::Unchecked);
        name->setData(d.bmc.deviceId, kDeviceIdRole);
        auto *place = new QStandardItem(tr("%1 U%2 (%3)")
                                            .arg(d.rackName)
                                            .arg(d.uStart)
                                            .arg(d.face == QLatin1String("rear") ? tr("rear") : tr("front")));
        auto *bmc = new QStandardItem(QStringLiteral("%1 %2").arg(
            d.bmc.kind == BmcTarget::Kind::Ipmi ? tr("IPMI") : tr("Redfish"), d.bmc.address));
        auto *result = new QStandardItem;
        if (d.bmc.demo) {
            // Demo data: nothing may be sent to its made-up address, so it cannot be chosen.
            name->setCheckable(false);
            name->setData(QVariant(), Qt::CheckStateRole); // no box, never checked
            name->setEnabled(false);
            result->setText(tr("Demo device: there is no BMC to talk to."));
        }
        for (QStandardItem *item : {name, place, bmc, result})
            item->setEditable(false);
        m_model->appendRow({name, place, bmc, result});
    }
}

int BulkPowerDialog::rowOf(qint64 deviceId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, DeviceColumn)->data(kDeviceIdRole).toLongLong() == deviceId)
            return row;
    }
    return -1;
}

void BulkPowerDialog::setChecked(qint64 deviceId, bool checked)
{
    if (const int row = rowOf(deviceId); row >= 0 && m_model->item(row, DeviceColumn)->isCheckable())
        m_model->item(row, DeviceColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<qint64> BulkPowerDialog::checkedDevices() const
{
    QList<qint64> out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, DeviceColumn);
        if (item->checkState() == Qt::Checked)
            out << item->data(kDeviceIdRole).toLongLong();
    }
    return out;
}

void BulkPowerDialog::setAction(PowerAction action)
{
    m_action->setCurrentIndex(m_action->findData(int(action)));
}

PowerAction BulkPowerDialog::action() const
{
    return PowerAction(m_action->currentData().toInt());
}

QString BulkPowerDialog::summaryText() const
{
    return m_summary->text();
}

QString BulkPowerDialog::resultFor(qint64 deviceId) const
{
    const int row = rowOf(deviceId);
    return row < 0 ? QString() : m_model->item(row, ResultColumn)->text();
}

void BulkPowerDialog::updateRunEnabled()
{
    m_run->setEnabled(m_loaded && !m_running && m_bmc.factory() && !checkedDevices().isEmpty());
    m_action->setEnabled(!m_running);
    m_cancel->setEnabled(m_running && !m_queue.isEmpty());
}

void BulkPowerDialog::confirmAndRun()
{
    const QList<qint64> ids = checkedDevices();
    if (ids.isEmpty() || m_running || m_confirm)
        return;
    QStringList names;
    for (qint64 id : ids)
        names << m_model->item(rowOf(id), DeviceColumn)->text();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Power actions"),
                                tr("%1: %n device(s)?", nullptr, int(ids.size())).arg(actionLabel(action())),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("bulkPowerConfirmation"));
    box->setInformativeText(names.join(QStringLiteral(", ")));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)
        ->setText(tr("%1 (%n device(s))", nullptr, int(ids.size())).arg(actionLabel(action())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            start();
    });
    box->open();
}

void BulkPowerDialog::start()
{
    m_queue.clear();
    m_runningAction = action();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row, DeviceColumn);
        QStandardItem *result = m_model->item(row, ResultColumn);
        result->setData({}, kOkRole);
        result->setForeground(QBrush());
        if (item->checkState() != Qt::Checked) {
            result->setText({});
            continue;
        }
        result->setText(tr("waiting"));
        m_queue.append({item->data(kDeviceIdRole).toLongLong(), item->text(), row});
    }
    m_total = int(m_queue.size());
    m_done = m_ok = m_failed = m_skipped = 0;
    m_cancelled = false;
    m_running = true;
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setText(tr("%1: %n device(s)…", nullptr, m_total).arg(actionLabel(m_runningAction)));
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->item(row, DeviceColumn)->setCheckable(false);
    updateRunEnabled();
    startNext();
}

void BulkPowerDialog::startNext()
{
    while (!m_cancelled && !m_queue.isEmpty() && m_inFlight < m_maxConcurrent) {
        const Job job = m_queue.takeFirst();
        ++m_inFlight;
        m_model->item(job.row, ResultColumn)->setText(tr("running…"));
        deliver(m_bmc.power(job.deviceId, m_runningAction), this, [this, job](const Status &s) {
            --m_inFlight;
            ++m_done;
            QStandardItem *result = m_model->item(job.row, ResultColumn);
            result->setData(s.ok(), kOkRole);
            if (s) {
                ++m_ok;
                result->setText(tr("ok"));
                result->setForeground(QColor(0x1b, 0x5e, 0x20));
            } else {
                ++m_failed;
                result->setText(s.error().message);
                result->setToolTip(s.error().fullText());
                result->setForeground(QColor(0xb7, 0x1c, 0x1c));
            }
            m_progress->setValue(m_done + m_skipped);
            emit deviceFinished(job.deviceId, s.ok());
            startNext();
            finishIfDone();
        });
    }
    updateRunEnabled();
}

void BulkPowerDialog::cancelPending()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (const Job &job : std::as_const(m_queue)) {
        m_model->item(job.row, ResultColumn)->setText(tr("cancelled (not started)"));
        ++m_skipped;
    }
    m_queue.clear();
    m_progress->setValue(m_done + m_skipped);
    updateRunEnabled();
    finishIfDone();
}

void BulkPowerDialog::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    QString text =
        tr("%1: %2 succeeded, %3 failed").arg(actionLabel(m_runningAction)).arg(m_ok).arg(m_failed);
    if (m_skipped > 0)
        text += tr(", %n cancelled before starting", nullptr, m_skipped);
    m_summary->setText(text + QLatin1Char('.'));
    m_summary->setStyleSheet(m_failed > 0 ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                          : QStringLiteral("color: #1b5e20; font-weight: bold;"));
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->item(row, DeviceColumn)->setCheckable(true);
    updateRunEnabled();
    emit finishedAll();
}

void BulkPowerDialog::reject()
{
    // Closing while actions run cancels those not started; the running ones report first.
    if (m_running) {
        cancelPending();
        return;
    }
    if (m_confirm)
        m_confirm->reject();
    QDialog::reject();
}

} // namespace hostdeck
