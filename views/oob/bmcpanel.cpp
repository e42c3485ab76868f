// SPDX-License-Identifier: GPL-3.0-or-later
#include "oob/bmcpanel.h"

#include "core/deliver.h"
#include "oob/certificatedialog.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hostdeck {

namespace {
const QString kUnpinned = QStringLiteral("certificate-unpinned");
const QString kChanged = QStringLiteral("certificate-changed");
const QString kSystemAmbiguous = QStringLiteral("redfish-system-ambiguous");
const QString kSystemUnknown = QStringLiteral("redfish-system-unknown");

/// What the confirmation of `action` tells the operator will happen.
QString consequence(PowerAction action, const QString &address)
{
    switch (action) {
    case PowerAction::On:
        return BmcPanel::tr("The BMC at %1 powers the machine on at once.").arg(address);
    case PowerAction::SoftOff:
        return BmcPanel::tr("The BMC at %1 asks the operating system to shut down (ACPI); a system that "
                            "ignores the request keeps running.")
            .arg(address);
    case PowerAction::Off:
    case PowerAction::Cycle:
    case PowerAction::Reset:
        break;
    }
    return BmcPanel::tr("The BMC at %1 carries this out at once: the running system is not asked first "
                        "(Soft off in the menu shuts it down cleanly).")
        .arg(address);
}

/// A label for messages: wraps, and its text can be selected and copied.
QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString actionText(PowerAction action)
{
    switch (action) {
    case PowerAction::On:
        return BmcPanel::tr("power on");
    case PowerAction::Off:
        return BmcPanel::tr("power off");
    case PowerAction::Cycle:
        return BmcPanel::tr("power cycle");
    case PowerAction::Reset:
        return BmcPanel::tr("reset");
    case PowerAction::SoftOff:
        return BmcPanel::tr("shut down (soft off)");
    }
    return {};
}

QString stateName(PowerState state)
{
    switch (state) {
    case PowerState::On:
        return BmcPanel::tr("On");
    case PowerState::Off:
        return BmcPanel::tr("Off");
    case PowerState::PoweringOn:
        return BmcPanel::tr("Powering on");
    case PowerState::PoweringOff:
        return BmcPanel::tr("Powering off");
    case PowerState::Unknown:
        break;
    }
    return BmcPanel::tr("Unknown");
}

QString bytesText(qint64 bytes)
{
    return bytes > 0 ? QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat) : QString();
}

QList<QStandardItem *> row(const QString &name, const QString &value = {})
{
    auto *n = new QStandardItem(name);
    auto *v = new QStandardItem(value);
    n->setEditable(false);
    v->setEditable(false);
    return {n, v};
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            kept << p;
    }
    return kept.join(QStringLiteral(" · "));
}
} // namespace

BmcPanel::BmcPanel(WorkerPool *pool, PeerPool *peers, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
    , m_bmc(pool, peers)
{
    setObjectName(QStringLiteral("bmcPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("No device selected."), this);
    m_title->setObjectName(QStringLiteral("bmcTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_pages = new QStackedWidget(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("bmcNote"));
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_note);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_kind = new QLabel(content);
    m_address = new QLabel(content);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new QLabel(content);
    m_fingerprint->setObjectName(QStringLiteral("bmcFingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinnedAt = new QLabel(content);
    form->addRow(tr("BMC:"), m_kind);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Certificate:"), m_fingerprint);
    form->addRow(tr("Pinned at:"), m_pinnedAt);
    auto *systemRow = new QWidget(content);
    auto *systemRowLayout = new QHBoxLayout(systemRow);
    systemRowLayout->setContentsMargins(0, 0, 0, 0);
    m_system = new QLabel(systemRow);
    m_system->setObjectName(QStringLiteral("bmcSystem"));
    m_chooseSystem = new QPushButton(tr("C&hoose…"), systemRow);
    m_chooseSystem->setObjectName(QStringLiteral("bmcChooseSystem"));
    m_chooseSystem->setToolTip(tr("Say which of the systems this Redfish service serves is this device"));
    connect(m_chooseSystem, &QPushButton::clicked, this, &BmcPanel::chooseSystem);
    systemRowLayout->addWidget(m_system, 1);
    systemRowLayout->addWidget(m_chooseSystem);
    form->addRow(tr("System:"), systemRow);
    m_form = form;
    contentLayout->addLayout(form);

    // One Redfish service, several machines: the operator names the one this device is.
    m_systemBox = new QWidget(content);
    auto *systemLayout = new QVBoxLayout(m_systemBox);
    systemLayout->setContentsMargins(0, 0, 0, 0);
    m_systemText = wrappedLabel(m_systemBox, QStringLiteral("bmcSystemProblem"));
    auto *choiceRow = new QHBoxLayout;
    m_systemChoice = new QComboBox(m_systemBox);
    m_systemChoice->setObjectName(QStringLiteral("bmcSystemChoice"));
    m_systemChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_useSystem = new QPushButton(tr("&Use for this device"), m_systemBox);
    m_useSystem->setObjectName(QStringLiteral("bmcUseSystem"));
    connect(m_useSystem, &QPushButton::clicked, this, &BmcPanel::useChosenSystem);
    choiceRow->addWidget(m_systemChoice, 1);
    choiceRow->addWidget(m_useSystem);
    systemLayout->addWidget(m_systemText);
    systemLayout->addLayout(choiceRow);
    m_systemBox->setVisible(false);
    contentLayout->addWidget(m_systemBox);

    m_certBox = new QWidget(content);
    auto *certLayout = new QVBoxLayout(m_certBox);
    certLayout->setContentsMargins(0, 0, 0, 0);
    m_certText = wrappedLabel(m_certBox, QStringLiteral("bmcCertificateProblem"));
    m_certText->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_acceptCert = new QPushButton(tr("Accept certificate…"), m_certBox);
    m_acceptCert->setObjectName(QStringLiteral("bmcAcceptCertificate"));
    connect(m_acceptCert, &QPushButton::clicked, this, &BmcPanel::openCertificateDialog);
    certLayout->addWidget(m_certText);
    certLayout->addWidget(m_acceptCert, 0, Qt::AlignLeft);
    m_certBox->setVisible(false);
    contentLayout->addWidget(m_certBox);

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(new QLabel(tr("Power:"), content));
    m_stateLabel = new QLabel(content);
    m_stateLabel->setObjectName(QStringLiteral("bmcPowerState"));
    m_stateLabel->setFont(bold);
    stateRow->addWidget(m_stateLabel, 1);
    m_refresh = new QPushButton(tr("&Refresh"), content);
    m_refresh->setObjectName(QStringLiteral("bmcRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &BmcPanel::refreshState);
    stateRow->addWidget(m_refresh);
    contentLayout->addLayout(stateRow);

    auto *buttons = new QHBoxLayout;
    auto makeButton = [&](const QString &text, const QString &name, PowerAction action) {
        auto *b = new QPushButton(text, content);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, action] { requestPower(action); });
        return b;
    };
    m_on = makeButton(tr("O&n"), QStringLiteral("bmcPowerOn"), PowerAction::On);
    m_off = makeButton(tr("O&ff"), QStringLiteral("bmcPowerOff"), PowerAction::Off);
    m_cycle = makeButton(tr("&Cycle"), QStringLiteral("bmcPowerCycle"), PowerAction::Cycle);
    // Reset and Soft off live in the menu; the hidden buttons give them names and shortcuts to click.
    m_reset = makeButton(tr("Reset"), QStringLiteral("bmcPowerReset"), PowerAction::Reset);
    m_softOff = makeButton(tr("Soft off"), QStringLiteral("bmcPowerSoftOff"), PowerAction::SoftOff);
    m_reset->setVisible(false);
    m_softOff->setVisible(false);
    m_more = new QToolButton(content);
    m_more->setObjectName(QStringLiteral("bmcMore"));
    m_more->setText(tr("More"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    menu->addAction(tr("&Reset (hard)"), m_reset, &QPushButton::click);
    menu->addAction(tr("&Soft off (ACPI shutdown)"), m_softOff, &QPushButton::click);
    m_more->setMenu(menu);
    for (QWidget *w : {static_cast<QWidget *>(m_on), static_cast<QWidget *>(m_off),
                       static_cast<QWidget *>(m_cycle), static_cast<QWidget *>(m_more)})
        buttons->addWidget(w);
    buttons->addStretch(1);
    contentLayout->addLayout(buttons);

    auto *busyRow = new QHBoxLayout;
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("bmcProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setVisible(false);
    m_busyLabel = new QLabel(content);
    busyRow->addWidget(m_progress);
    busyRow->addWidget(m_busyLabel, 1);
    contentLayout->addLayout(busyRow);
    m_resultLabel = new QLabel(content);
    m_resultLabel->setObjectName(QStringLiteral("bmcResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout->addWidget(m_resultLabel);

    m_details = new QTabWidget(content);
    m_details->setDocumentMode(true);
    auto *inventoryPage = new QWidget(m_details);
    auto *inventoryLayout = new QVBoxLayout(inventoryPage);
    m_loadInventory = new QPushButton(tr("Load &inventory"), inventoryPage);
    m_loadInventory->setObjectName(QStringLiteral("bmcLoadInventory"));
    connect(m_loadInventory, &QPushButton::clicked, this, &BmcPanel::loadInventory);
    m_inventoryNote = new QLabel(inventoryPage);
    m_inventoryNote->setObjectName(QStringLiteral("bmcInventoryNote"));
    m_inventoryNote->setWordWrap(true);
    m_inventoryNote->setVisible(false);
    m_inventory = new QStandardItemModel(0, 2, this);
    m_inventory->setHorizontalHeaderLabels({tr("Item"), tr("Value")});
    m_inventoryView = new QTreeView(inventoryPage);
    m_inventoryView->setObjectName(QStringLiteral("bmcInventory"));
    m_inventoryView->setModel(m_inventory);
    m_inventoryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inventoryView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    inventoryLayout->addWidget(m_loadInventory, 0, Qt::AlignLeft);
    inventoryLayout->addWidget(m_inventoryNote);
    inventoryLayout->addWidget(m_inventoryView, 1);
    m_details->addTab(inventoryPage, tr("Inventory"));

    auto *sensorPage = new QWidget(m_details);
    auto *sensorLayout = new QVBoxLayout(sensorPage);
    m_loadSensors = new QPushButton(tr("Load &sensors"), sensorPage);
    m_loadSensors->setObjectName(QStringLiteral("bmcLoadSensors"));
    connect(m_loadSensors, &QPushButton::clicked, this, &BmcPanel::loadSensors);
    m_sensors = new QStandardItemModel(0, 4, this);
    m_sensors->setHorizontalHeaderLabels({tr("Sensor"), tr("Type"), tr("Reading"), tr("Status")});
    m_sensorView = new QTreeView(sensorPage);
    m_sensorView->setObjectName(QStringLiteral("bmcSensors"));
    m_sensorView->setRootIsDecorated(false);
    m_sensorView->setModel(m_sensors);
    m_sensorView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sensorView->setSortingEnabled(true);
    sensorLayout->addWidget(m_loadSensors, 0, Qt::AlignLeft);
    sensorLayout->addWidget(m_sensorView, 1);
    m_details->addTab(sensorPage, tr("Sensors"));
    contentLayout->addWidget(m_details, 1);

    m_pages->addWidget(content);
    layout->addWidget(m_pages, 1);
    clearDevice();
}

BmcPanel::~BmcPanel() = default;

void BmcPanel::setFactory(std::shared_ptr<BmcFactory> factory)
{
    m_bmc.setFactory(std::move(factory));
    if (m_deviceId != 0)
        applyInfo(m_info);
}

QPushButton *BmcPanel::powerButton(PowerAction action) const
{
    switch (action) {
    case PowerAction::On:
        return m_on;
    case PowerAction::Off:
        return m_off;
    case PowerAction::Cycle:
        return m_cycle;
    case PowerAction::Reset:
        return m_reset;
    case PowerAction::SoftOff:
        return m_softOff;
    }
    return nullptr;
}

QString BmcPanel::stateText() const
{
    return m_stateLabel->text();
}

QString BmcPanel::resultText() const
{
    return m_resultLabel->text();
}

QString BmcPanel::noteText() const
{
    return m_pages->currentWidget() == m_note ? m_note->text() : QString();
}

QString BmcPanel::systemText() const
{
    return m_system->text();
}

QString BmcPanel::fingerprintText() const
{
    return m_fingerprint->text();
}

// ---------------------------------------------------------------------------
// Device and settings

void BmcPanel::clearDevice()
{
    // What is still running for the previous device is answered into nothing (its handlers
    // see the old generation), so it no longer counts as busy here.
    ++m_generation;
    m_busy = 0;
    m_busyLabel->clear();
    m_progress->setVisible(false);
    m_deviceId = 0;
    m_deviceName.clear();
    m_info = {};
    m_infoLoaded = false;
    m_title->setText(tr("No device selected."));
    m_note->setText(tr("Select a device in a rack to see its BMC."));
    m_pages->setCurrentWidget(m_note);
    if (m_confirm)
        m_confirm->reject();
    if (m_certDialog)
        m_certDialog->reject();
    updateEnabled();
}

void BmcPanel::showDevice(qint64 deviceId, const QString &name)
{
    if (deviceId == 0) {
        clearDevice();
        return;
    }
    if (deviceId == m_deviceId) {
        m_deviceName = name;
        m_title->setText(tr("%1 — out-of-band").arg(name));
        return;
    }
    clearDevice();
    m_deviceId = deviceId;
    m_deviceName = name;
    m_title->setText(tr("%1 — out-of-band").arg(name));
    m_note->setText(tr("Loading the BMC settings of %1…").arg(name));
    m_state = PowerState::Unknown;
    m_stateError.clear();
    m_stateLabel->clear();
    m_certCode.clear();
    m_presented.clear();
    m_systemCode.clear();
    m_systemsShown = false;
    m_systemChoice->clear();
    showResult({}, false);
    m_inventory->removeRows(0, m_inventory->rowCount());
    m_inventoryNote->setVisible(false);
    m_sensors->removeRows(0, m_sensors->rowCount());
    m_stateStale = true;
    reloadSettings();
}

void BmcPanel::reloadSettings()
{
    if (m_deviceId == 0 || !m_pool)
        return;
    const int generation = m_generation;
    const qint64 id = m_deviceId;
    m_pool->read<BmcInfo>(
        [id](QSqlDatabase &db) { return BmcRepository(db).info(id); }, this,
        [this, generation](const Result<BmcInfo> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_pages->setCurrentWidget(m_note);
                m_note->setText(
                    tr("Could not read the BMC settings of %1: %2").arg(m_deviceName, r.error().message));
                return;
            }
            const bool first = !m_infoLoaded;
            m_infoLoaded = true;
            applyInfo(*r);
            if (first && contactable() && m_stateStale && isVisible() && m_shownToUser)
                refreshState();
        });
}

void BmcPanel::applyInfo(const BmcInfo &info)
{
    m_info = info;
    if (!m_infoLoaded)
        return;
    if (!info.configured()) {
        m_pages->setCurrentWidget(m_note);
        m_note->setText(tr("%1 has no BMC settings, so it cannot be powered or inspected out of band here. "
                           "Its BMC (Redfish or IPMI) can be recorded by the NOC.")
                            .arg(m_deviceName));
        return;
    }
    m_pages->setCurrentWidget(m_pages->widget(1));
    m_kind->setText(*info.kind == BmcTarget::Kind::Redfish ? tr("Redfish") : tr("IPMI 2.0 (lanplus)"));
    m_address->setText(info.port > 0 ? tr("%1 (port %2)").arg(info.address).arg(info.port) : info.address);
    if (*info.kind == BmcTarget::Kind::Ipmi) {
        m_fingerprint->setText(tr("— (IPMI has no certificate)"));
        m_pinnedAt->setText(tr("—"));
    } else if (info.certSha256.isEmpty()) {
        m_fingerprint->setText(tr("none pinned yet"));
        m_pinnedAt->setText(tr("—"));
    } else {
        m_fingerprint->setText(formatFingerprint(info.certSha256));
        m_pinnedAt->setText(QLocale().toString(info.certPinnedAt.toLocalTime(), QLocale::ShortFormat));
    }
    const bool redfish = *info.kind == BmcTarget::Kind::Redfish;
    m_form->setRowVisible(m_system->parentWidget(), redfish);
    m_system->setText(info.system.isEmpty() ? tr("the service's only one") : info.system);
    if (info.demo)
        showResult(tr("Demo device: there is no BMC to talk to. Its address belongs to the demo's made-up "
                      "site, so nothing is sent to it."),
                   false);
    else if (!m_bmc.factory())
        showResult(tr("No BMC drivers are available in this console."), true);
    updateEnabled();
}

bool BmcPanel::contactable() const
{
    return m_info.configured() && !m_info.demo;
}

void BmcPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownToUser && m_stateStale && m_infoLoaded && contactable() && m_busy == 0)
        refreshState();
}

void BmcPanel::setShownToUser(bool shown)
{
    m_shownToUser = shown;
    if (shown && isVisible() && m_stateStale && m_infoLoaded && contactable() && m_busy == 0)
        refreshState();
}

// ---------------------------------------------------------------------------
// Busy state and results

void BmcPanel::updateEnabled()
{
    const bool ready = m_deviceId != 0 && contactable() && m_bmc.factory() && m_busy == 0;
    // While the certificate is refused nothing else can reach the BMC: only accepting it, or
    // Refresh (it may have been accepted at another console meanwhile), stays available.
    const bool reachable = ready && m_certCode.isEmpty();
    for (QWidget *w :
         {static_cast<QWidget *>(m_on), static_cast<QWidget *>(m_off), static_cast<QWidget *>(m_cycle),
          static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_softOff), static_cast<QWidget *>(m_more),
          static_cast<QWidget *>(m_loadInventory), static_cast<QWidget *>(m_loadSensors)})
        w->setEnabled(reachable);
    m_refresh->setEnabled(ready);
    m_acceptCert->setEnabled(ready && !m_presented.isEmpty());
    m_certBox->setVisible(!m_certCode.isEmpty());
    const bool redfish = m_info.kind == BmcTarget::Kind::Redfish;
    m_chooseSystem->setEnabled(ready && redfish && m_certCode.isEmpty());
    m_systemBox->setVisible(redfish && m_systemsShown);
    m_useSystem->setEnabled(ready && m_systemChoice->currentIndex() >= 0);
}

void BmcPanel::beginBusy(const QString &what)
{
    ++m_busy;
    m_busyLabel->setText(what);
    m_progress->setVisible(true);
    updateEnabled();
}

void BmcPanel::endBusy()
{
    m_busy = std::max(0, m_busy - 1);
    if (m_busy == 0) {
        m_busyLabel->clear();
        m_progress->setVisible(false);
    }
    updateEnabled();
}

void BmcPanel::showResult(const QString &text, bool error)
{
    m_result = text;
    m_resultError = error;
    m_resultLabel->setText(text);
    m_resultLabel->setStyleSheet(text.isEmpty() ? QString()
                                 : error        ? QStringLiteral("color: #b71c1c;")
                                                : QStringLiteral("color: #1b5e20;"));
    if (!text.isEmpty())
        emit message(text, error);
}

bool BmcPanel::handleError(const Error &error, Op op, std::optional<PowerAction> action)
{
    if (error.code == kSystemAmbiguous || error.code == kSystemUnknown) {
        m_systemCode = error.code;
        m_failedOp = op;
        m_failedAction = action;
        m_systemText->setText(error.code == kSystemAmbiguous
                                  ? tr("This Redfish service serves several systems; say which one %1 is. %2")
                                        .arg(m_deviceName, error.message)
                                  : tr("The system named for %1 is not among those the service serves. %2")
                                        .arg(m_deviceName, error.message));
        m_systemText->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        chooseSystem();
        return true;
    }
    if (error.code != kUnpinned && error.code != kChanged)
        return false;
    if (m_certCode == error.code) // a retry that met the same refusal: say so, or nothing seems to happen
        showResult(
            error.code == kUnpinned
                ? tr("Still refused: the BMC's certificate has not been accepted yet.")
                : tr("Still refused: the BMC still presents a certificate other than the accepted one."),
            true);
    m_certCode = error.code;
    m_failedOp = op;
    m_failedAction = action;
    m_presented.clear();
    // Said once, plainly: what is wrong and what to do. The fingerprint follows when it is read.
    m_certText->setText(error.code == kUnpinned
                            ? tr("Nothing is sent to this BMC until its certificate is accepted. Compare "
                                 "the fingerprint below with the one the BMC shows (its web interface or "
                                 "front panel), then accept it.")
                            : tr("This BMC presents a different certificate than the accepted one, so "
                                 "nothing is sent to it. Accept the new one only if the change is expected "
                                 "(a replaced board, a renewed certificate)."));
    m_certText->setToolTip(error.fullText());
    updateEnabled();
    fetchPresentedCertificate();
    return true;
}

void BmcPanel::chooseSystem()
{
    if (m_deviceId == 0 || !contactable() || !m_bmc.factory() || m_busy > 0)
        return;
    if (m_systemCode.isEmpty()) {
        // Opened by the operator, not after a refusal: afterwards the state is read again.
        m_failedOp = Op::State;
        m_failedAction.reset();
        m_systemText->setText(tr("The systems this Redfish service serves:"));
        m_systemText->setStyleSheet({});
    }
    m_systemsShown = true;
    const int generation = m_generation;
    beginBusy(tr("Reading the systems the BMC serves…"));
    deliver(m_bmc.run<QList<BmcSystem>>(m_deviceId, [](BmcSession &s) { return s.systems(); }), this,
            [this, generation](const Result<QList<BmcSystem>> &r) {
                if (generation != m_generation)
                    return;
                m_systemChoice->clear();
                if (!r) {
                    endBusy();
                    showResult(tr("Could not list the BMC's systems: %1").arg(r.error().message), true);
                    emit operationFinished();
                    return;
                }
                for (const BmcSystem &system : *r) {
                    const QString text = system.model.isEmpty()
                                             ? system.label()
                                             : tr("%1, %2").arg(system.label(), system.model);
                    m_systemChoice->addItem(text, system.id);
                }
                const int current = m_systemChoice->findData(m_info.system);
                m_systemChoice->setCurrentIndex(current >= 0 ? current : 0);
                endBusy();
                emit operationFinished();
            });
}

void BmcPanel::useChosenSystem()
{
    const QString system = m_systemChoice->currentData().toString();
    if (m_deviceId == 0 || system.isEmpty() || m_busy > 0)
        return;
    const int generation = m_generation;
    const qint64 id = m_deviceId;
    const QString label = m_systemChoice->currentText();
    beginBusy(tr("Saving the system of %1…").arg(m_deviceName));
    m_pool->run<BmcInfo>(
        [id, system](QSqlDatabase &db) -> Result<BmcInfo> {
            BmcRepository repo(db);
            if (Status s = repo.setRedfishSystem(id, system); !s)
                return s.error();
            return repo.info(id);
        },
        this,
        [this, generation, label](const Result<BmcInfo> &r) {
            if (generation != m_generation)
                return;
            endBusy();
            if (!r) {
                showResult(tr("Could not save the system: %1").arg(r.error().message), true);
                emit operationFinished();
                return;
            }
            m_systemCode.clear();
            m_systemsShown = false;
            applyInfo(*r);
            showResult(tr("%1 is system %2 of its BMC.").arg(m_deviceName, label), false);
            emit operationFinished();
            // What failed for want of a system runs again, except a power action: that one is
            // confirmed again for the machine now named, never sent on an earlier confirmation.
            if (m_failedOp == Op::Power)
                m_failedOp = Op::State;
            retry();
        });
}

// ---------------------------------------------------------------------------
// Operations

void BmcPanel::refreshState()
{
    if (m_deviceId == 0 || !contactable() || !m_bmc.factory() || !m_pool)
        return;
    m_stateStale = false;
    const int generation = m_generation;
    beginBusy(tr("Querying the power state…"));
    deliver(
        m_bmc.run<PowerState>(m_deviceId, [](BmcSession &s) { return s.powerState(); }), this,
        [this, generation](const Result<PowerState> &r) {
            if (generation != m_generation)
                return;
            endBusy();
            if (r) {
                m_state = *r;
                m_stateError.clear();
                m_stateLabel->setText(stateName(*r));
                m_stateLabel->setToolTip({});
                if (!m_certCode.isEmpty()) {
                    m_certCode.clear();
                    m_presented.clear();
                    updateEnabled();
                }
            } else {
                m_state = PowerState::Unknown;
                m_stateError = r.error().message;
                m_stateLabel->setText(tr("Unknown"));
                m_stateLabel->setToolTip(r.error().fullText());
                if (!handleError(r.error(), Op::State, std::nullopt))
                    showResult(
                        tr("Could not read the power state of %1: %2").arg(m_deviceName, r.error().message),
                        true);
            }
            emit operationFinished();
        });
}

void BmcPanel::requestPower(PowerAction action)
{
    if (m_deviceId == 0 || !contactable() || !m_bmc.factory() || m_busy > 0 || m_confirm ||
        !m_certCode.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Power %1").arg(m_deviceName),
                                tr("Really %1 %2?").arg(actionText(action), m_deviceName),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("bmcPowerConfirmation"));
    box->setInformativeText(consequence(action, m_info.address));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("%1 %2").arg(actionText(action), m_deviceName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    const int generation = m_generation;
    connect(box, &QMessageBox::finished, this, [this, box, action, generation](int) {
        const bool yes = box->clickedButton() == box->button(QMessageBox::Yes);
        if (yes && generation == m_generation)
            runPower(action);
        else if (generation == m_generation)
            showResult(tr("Cancelled: %1 was not changed.").arg(m_deviceName), false);
    });
    box->open();
}

void BmcPanel::runPower(PowerAction action)
{
    const int generation = m_generation;
    const QString name = m_deviceName;
    showResult({}, false);
    beginBusy(tr("%1: %2…").arg(name, actionText(action)));
    deliver(m_bmc.power(m_deviceId, action), this, [this, generation, name, action](const Status &s) {
        if (generation != m_generation) {
            // The operator moved on to another device: the outcome still reaches the
            // status bar, since it was a change to a machine, not a query.
            emit message(s ? tr("%1: %2 done.").arg(name, actionText(action))
                           : tr("%1: %2 failed: %3").arg(name, actionText(action), s.error().message),
                         !s.ok());
            return;
        }
        endBusy();
        if (s) {
            showResult(tr("%1: %2 done.").arg(name, actionText(action)), false);
        } else if (!handleError(s.error(), Op::Power, action)) {
            showResult(tr("%1: %2 failed: %3").arg(name, actionText(action), s.error().message), true);
        }
        emit operationFinished();
        if (s)
            refreshState();
    });
}

void BmcPanel::loadInventory()
{
    if (m_deviceId == 0 || !contactable() || !m_bmc.factory())
        return;
    const int generation = m_generation;
    beginBusy(tr("Reading the inventory…"));
    deliver(m_bmc.run<BmcInventory>(m_deviceId, [](BmcSession &s) { return s.inventory(); }), this,
            [this, generation](const Result<BmcInventory> &r) {
                if (generation != m_generation)
                    return;
                endBusy();
                if (r)
                    fillInventory(*r);
                else if (!handleError(r.error(), Op::Inventory, std::nullopt))
                    showResult(
                        tr("Could not read the inventory of %1: %2").arg(m_deviceName, r.error().message),
                        true);
                emit operationFinished();
            });
}

void BmcPanel::loadSensors()
{
    if (m_deviceId == 0 || !contactable() || !m_bmc.factory())
        return;
    const int generation = m_generation;
    beginBusy(tr("Reading the sensors…"));
    deliver(m_bmc.run<QList<SensorReading>>(m_deviceId, [](BmcSession &s) { return s.sensors(); }), this,
            [this, generation](const Result<QList<SensorReading>> &r) {
                if (generation != m_generation)
                    return;
                endBusy();
                if (r)
                    fillSensors(*r);
                else if (!handleError(r.error(), Op::Sensors, std::nullopt))
                    showResult(
                        tr("Could not read the sensors of %1: %2").arg(m_deviceName, r.error().message),
                        true);
                emit operationFinished();
            });
}

void BmcPanel::fillInventory(const BmcInventory &inv)
{
    m_inventory->removeRows(0, m_inventory->rowCount());
    QStandardItem *root = m_inventory->invisibleRootItem();

    auto system = row(tr("System"), joined({inv.manufacturer, inv.model}));
    const QList<std::pair<QString, QString>> fields = {{tr("Manufacturer"), inv.manufacturer},
                                                       {tr("Model"), inv.model},
                                                       {tr("Serial"), inv.serial},
                                                       {tr("Product (FRU)"), inv.productName},
                                                       {tr("BIOS"), inv.biosVersion},
                                                       {tr("BMC firmware"), inv.bmcFirmware}};
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            system.first()->appendRow(row(label, value));
    }
    root->appendRow(system);

    auto cpus = row(tr("CPUs"), QString::number(inv.cpus.size()));
    for (const BmcInventory::Cpu &c : inv.cpus)
        cpus.first()->appendRow(
            row(c.socket, joined({c.model, c.cores > 0 ? tr("%n cores", nullptr, c.cores) : QString(),
                                  c.threads > 0 ? tr("%n threads", nullptr, c.threads) : QString(),
                                  c.maxSpeedMhz > 0 ? tr("%1 MHz").arg(c.maxSpeedMhz) : QString()})));
    root->appendRow(cpus);

    qint64 totalMiB = 0;
    for (const BmcInventory::Dimm &d : inv.memory)
        totalMiB += d.capacityMiB;
    auto memory = row(
        tr("Memory"),
        inv.memory.isEmpty()
            ? QStringLiteral("0")
            : tr("%n modules, %1", nullptr, int(inv.memory.size())).arg(bytesText(totalMiB * 1024 * 1024)));
    for (const BmcInventory::Dimm &d : inv.memory)
        memory.first()->appendRow(
            row(d.slot, joined({bytesText(d.capacityMiB * 1024 * 1024), d.type,
                                d.speedMhz > 0 ? tr("%1 MT/s").arg(d.speedMhz) : QString()})));
    root->appendRow(memory);

    auto nics = row(tr("Network interfaces"), QString::number(inv.nics.size()));
    for (const BmcInventory::Nic &n : inv.nics)
        nics.first()->appendRow(row(
            n.name,
            joined({n.mac, n.speedMbps > 0 ? tr("%1 Mbit/s").arg(n.speedMbps) : QString(), n.linkStatus})));
    root->appendRow(nics);

    auto storage =
        row(tr("Storage"), inv.fromSimpleStorage
                               ? tr("%n drives (from SimpleStorage)", nullptr, int(inv.drives.size()))
                               : tr("%n drives", nullptr, int(inv.drives.size())));
    for (const BmcInventory::Controller &c : inv.controllers)
        storage.first()->appendRow(row(tr("Controller %1").arg(c.name), c.model));
    for (const BmcInventory::Drive &d : inv.drives)
        storage.first()->appendRow(
            row(d.name, joined({d.model, d.serial, bytesText(d.capacityBytes), d.media, d.controller})));
    root->appendRow(storage);

    if (!inv.unavailable.isEmpty()) {
        // What the BMC advertises but would not give: named, with its answer, beside what it gave.
        auto missing = row(tr("Not available"),
                           tr("%n part(s) the BMC could not give", nullptr, int(inv.unavailable.size())));
        for (const BmcInventory::Unavailable &u : inv.unavailable)
            missing.first()->appendRow(row(
                u.part,
                joined({u.httpStatus > 0 ? tr("HTTP %1").arg(u.httpStatus) : QString(), u.message, u.path})));
        root->appendRow(missing);
    }

    m_inventoryNote->setText(tr("This BMC has no Storage collection; the drives come from the older "
                                "SimpleStorage collection, which lists fewer details."));
    m_inventoryNote->setVisible(inv.fromSimpleStorage);
    m_inventoryView->expandAll();
}

void BmcPanel::fillSensors(const QList<SensorReading> &sensors)
{
    m_sensors->removeRows(0, m_sensors->rowCount());
    for (const SensorReading &s : sensors) {
        QList<QStandardItem *> items;
        items << new QStandardItem(s.name) << new QStandardItem(s.type);
        auto *value = new QStandardItem(
            s.value ? QStringLiteral("%1 %2").arg(QLocale().toString(*s.value, 'f', 2), s.unit).trimmed()
                    : tr("no reading"));
        if (s.value)
            value->setData(*s.value, Qt::UserRole);
        items << value << new QStandardItem(s.status);
        if (s.status == QLatin1String("critical") || s.status == QLatin1String("warning"))
            items.last()->setForeground(s.status == QLatin1String("critical") ? QColor(0xb7, 0x1c, 0x1c)
                                                                              : QColor(0xe6, 0x51, 0x00));
        for (QStandardItem *item : items)
            item->setEditable(false);
        m_sensors->appendRow(items);
    }
}

// ---------------------------------------------------------------------------
// Certificates

void BmcPanel::fetchPresentedCertificate()
{
    const int generation = m_generation;
    const qint64 id = m_deviceId;
    beginBusy(tr("Reading the BMC's certificate…"));
    deliver(m_bmc.presentedCertificate(id), this, [this, generation](const Result<QString> &r) {
        if (generation != m_generation)
            return;
        endBusy();
        if (!r) {
            m_certText->setText(m_certText->text() + QLatin1Char('\n') +
                                tr("The certificate could not be read: %1").arg(r.error().message));
            updateEnabled();
            emit operationFinished();
            return;
        }
        m_presented = r->toLower();
        m_certText->setText(m_certText->text() + QLatin1Char('\n') +
                            tr("Presented: SHA-256 %1").arg(formatFingerprint(m_presented)));
        updateEnabled();
        emit operationFinished();
    });
}

void BmcPanel::openCertificateDialog()
{
    if (m_presented.isEmpty() || m_certDialog)
        return;
    auto *dialog =
        new CertificateDialog(m_deviceName, m_info.address,
                              m_certCode == kUnpinned ? QString() : m_info.certSha256, m_presented, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certDialog = dialog;
    const int generation = m_generation;
    connect(dialog, &QDialog::accepted, this, [this, generation] {
        if (generation == m_generation)
            pinPresented();
    });
    dialog->open();
}

void BmcPanel::pinPresented()
{
    const int generation = m_generation;
    const qint64 id = m_deviceId;
    const QString fingerprint = m_presented;
    // Pin only over what the operator compared against; a pin someone accepted meanwhile wins.
    const QString seen = m_certCode == kUnpinned ? QString() : m_info.certSha256;
    beginBusy(tr("Pinning the certificate…"));
    m_pool->run<BmcInfo>(
        [id, fingerprint, seen](QSqlDatabase &db) -> Result<BmcInfo> {
            BmcRepository repo(db);
            if (Status s = repo.pinCertificate(id, fingerprint, seen); !s)
                return s.error();
            return repo.info(id);
        },
        this,
        [this, generation](const Result<BmcInfo> &r) {
            if (generation != m_generation)
                return;
            endBusy();
            if (!r) {
                showResult(tr("The certificate was not pinned: %1").arg(r.error().message), true);
                emit operationFinished();
                reloadSettings();
                return;
            }
            applyInfo(*r);
            m_certCode.clear();
            m_presented.clear();
            updateEnabled();
            showResult(tr("Pinned the certificate of %1's BMC: %2")
                           .arg(m_deviceName, formatFingerprint(r->certSha256)),
                       false);
            emit operationFinished();
            retry();
        });
}

void BmcPanel::retry()
{
    switch (m_failedOp) {
    case Op::State:
        refreshState();
        break;
    case Op::Power:
        // The operator confirmed it; it never reached the BMC because the certificate was refused.
        if (m_failedAction)
            runPower(*m_failedAction);
        break;
    case Op::Inventory:
        loadInventory();
        break;
    case Op::Sensors:
        loadSensors();
        break;
    }
    m_failedAction.reset();
}

} // namespace hostdeck
