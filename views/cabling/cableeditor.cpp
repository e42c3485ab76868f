// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabling/cableeditor.h"

#include "core/deliver.h"
#include "core/workerpool.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <cmath>

namespace hostdeck {

namespace {

// What the dialog needs before the user can start: end A, its cable, the devices.
struct EditorData
{
    PortRef portA;
    std::optional<CableInfo> cable;
    std::optional<PortRef> portB;
    QList<CandidateDevice> devices;
};

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 120));
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

constexpr double kMaxLength = 99999.99; // numeric(7, 2)

} // namespace

CableEditorDialog::CableEditorDialog(WorkerPool *pool, qint64 portA, QWidget *parent)
    : QDialog(parent)
    , m_pool(pool)
    , m_portAId(portA)
    , m_endA(new QLabel(tr("Loading…"), this))
    , m_device(new QComboBox(this))
    , m_port(new QComboBox(this))
    , m_ports(new QStandardItemModel(this))
    , m_type(new QComboBox(this))
    , m_colour(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_length(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(QStringLiteral("cableEditor"));
    setWindowTitle(tr("Cable"));
    m_device->setObjectName(QStringLiteral("cableDevice"));
    m_port->setObjectName(QStringLiteral("cablePort"));
    m_type->setObjectName(QStringLiteral("cableType"));
    m_colour->setObjectName(QStringLiteral("cableColour"));
    m_label->setObjectName(QStringLiteral("cableLabel"));
    m_length->setObjectName(QStringLiteral("cableLength"));
    m_problem->setObjectName(QStringLiteral("cableProblem"));
    m_error->setObjectName(QStringLiteral("cableError"));

    m_port->setModel(m_ports);
    m_device->setMinimumContentsLength(20);
    m_port->setMinimumContentsLength(28);
    m_type->addItems(cableTypes());
    m_type->setCurrentText(QStringLiteral("Cat6"));
    for (const NamedCableColour &c : namedCableColours())
        addColourItem(c.name, c.hex);
    m_colour->addItem(tr("Custom…"));
    m_colour->setCurrentIndex(0);
    m_label->setPlaceholderText(tr("printed on the cable, e.g. R12-34"));
    m_length->setPlaceholderText(tr("unknown"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("End A:"), m_endA);
    form->addRow(tr("End B device:"), m_device);
    form->addRow(tr("End B port:"), m_port);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Colour:"), m_colour);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Length (m):"), m_length);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CableEditorDialog::save);
    connect(m_device, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 id = m_device->itemData(index, IdRole).toLongLong();
        loadPorts(id, std::nullopt);
    });
    connect(m_port, &QComboBox::currentIndexChanged, this, &CableEditorDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CableEditorDialog::validate);
    connect(m_colour, &QComboBox::currentIndexChanged, this, &CableEditorDialog::validate);
    connect(m_colour, &QComboBox::activated, this, &CableEditorDialog::colourActivated);
    connect(m_label, &QLineEdit::textChanged, this, &CableEditorDialog::validate);
    connect(m_length, &QLineEdit::textChanged, this, &CableEditorDialog::validate);

    setInputsEnabled(false);
    validate();
    load();
}

CableEditorDialog::~CableEditorDialog() = default;

int CableEditorDialog::addColourItem(const QString &colour, const QString &hex, int at)
{
    if (at < 0)
        at = m_colour->count();
    const QColor drawn = hex.isEmpty() ? QColor(Qt::gray) : QColor(hex);
    m_colour->insertItem(at, swatch(drawn), colour);
    m_colour->setItemData(at, colour, ColourRole);
    return at;
}

void CableEditorDialog::load()
{
    const qint64 portA = m_portAId;
    m_pool->read<EditorData>(
        [portA](QSqlDatabase &db) -> Result<EditorData> {
            CableRepository repo(db);
            EditorData data;
            auto a = repo.port(portA);
            if (!a)
                return a.error();
            data.portA = *a;
            auto cable = repo.cableAt(portA);
            if (!cable)
                return cable.error();
            data.cable = *cable;
            if (data.cable) {
                auto b = repo.port(data.cable->portA == portA ? data.cable->portB : data.cable->portA);
                if (!b)
                    return b.error();
                data.portB = *b;
            }
            auto devices = repo.candidateDevices();
            if (!devices)
                return devices.error();
            data.devices = *devices;
            return data;
        },
        this,
        [this](const Result<EditorData> &r) {
            if (!r) {
                m_endA->setText(tr("—"));
                m_error->setText(tr("Cannot load the port: %1").arg(r.error().message));
                m_error->show();
                return;
            }
            m_portA = r->portA;
            m_cable = r->cable;
            m_endA->setText(r->portA.display());
            setWindowTitle(m_cable ? tr("Edit cable on %1").arg(r->portA.display())
                                   : tr("Connect %1").arg(r->portA.display()));
            const QSignalBlocker blocker(m_device);
            m_device->clear();
            m_device->addItem(tr("Choose a device…"));
            m_device->setItemData(0, qint64(0), IdRole);
            for (const CandidateDevice &d : r->devices) {
                m_device->addItem(tr("%1 (%n free port(s))", nullptr, d.freeCount).arg(d.name));
                m_device->setItemData(m_device->count() - 1, d.id, IdRole);
                m_device->setItemData(m_device->count() - 1, d.name, NameRole);
            }
            if (m_cable) {
                m_type->setCurrentText(m_cable->type);
                selectColour(m_cable->colour);
                m_label->setText(m_cable->label);
                m_length->setText(m_cable->lengthM ? QLocale().toString(*m_cable->lengthM, 'f', 2)
                                                   : QString());
                const int deviceIndex = m_device->findData(r->portB->deviceId, IdRole);
                m_device->setCurrentIndex(deviceIndex);
                loadPorts(r->portB->deviceId, r->portB->portId);
            }
            m_ready = true;
            setInputsEnabled(true);
            validate();
            emit ready();
        });
}

void CableEditorDialog::loadPorts(qint64 deviceId, std::optional<qint64> selectPortId)
{
    const quint64 generation = ++m_portsGeneration;
    m_ports->clear();
    auto *placeholder = new QStandardItem(deviceId ? tr("Loading ports…") : tr("Choose a device first"));
    placeholder->setData(qint64(0), IdRole);
    m_ports->appendRow(placeholder);
    m_port->setCurrentIndex(0);
    if (deviceId == 0) {
        m_portsLoading = false;
        validate();
        return;
    }
    m_portsLoading = true;
    validate();
    const std::optional<qint64> editing = m_cable ? std::optional<qint64>(m_cable->id) : std::nullopt;
    m_pool->read<QList<CandidatePort>>(
        [deviceId, editing](QSqlDatabase &db) {
            return CableRepository(db).candidatePorts(deviceId, editing);
        },
        this,
        [this, generation, selectPortId](const Result<QList<CandidatePort>> &r) {
            if (generation != m_portsGeneration)
                return;
            m_portsLoading = false;
            const QSignalBlocker blocker(m_port);
            m_ports->clear();
            if (!r) {
                auto *item = new QStandardItem(tr("Cannot load the ports"));
                item->setData(qint64(0), IdRole);
                m_ports->appendRow(item);
                m_error->setText(r.error().message);
                m_error->show();
                validate();
                return;
            }
            auto *choose =
                new QStandardItem(r->isEmpty() ? tr("This device has no ports") : tr("Choose a port…"));
            choose->setData(qint64(0), IdRole);
            m_ports->appendRow(choose);
            int select = 0;
            for (const CandidatePort &p : *r) {
                QString text =
                    p.label.isEmpty() || p.label == p.name ? p.name : tr("%1 (%2)").arg(p.name, p.label);
                auto *item = new QStandardItem;
                item->setData(p.id, IdRole);
                item->setData(p.busy, IdRole + 1);
                item->setData(p.busyWith, IdRole + 2);
                item->setData(p.name, NameRole);
                if (m_portA && p.id == m_portA->portId) {
                    text = tr("%1 — this is end A").arg(text);
                    item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                } else if (p.busy) {
                    text = tr("%1 — in use, cabled to %2").arg(text, p.busyWith);
                    item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                    item->setToolTip(tr("This port already has a cable to %1.").arg(p.busyWith));
                }
                item->setText(text);
                m_ports->appendRow(item);
                if (selectPortId && p.id == *selectPortId)
                    select = m_ports->rowCount() - 1;
            }
            m_port->setCurrentIndex(select);
            validate();
            emit portsLoaded();
        });
}

void CableEditorDialog::selectDevice(qint64 deviceId)
{
    const int index = m_device->findData(deviceId, IdRole);
    if (index >= 0)
        m_device->setCurrentIndex(index);
}

void CableEditorDialog::selectPort(qint64 portId)
{
    const int index = m_port->findData(portId, IdRole);
    if (index >= 0)
        m_port->setCurrentIndex(index);
}

void CableEditorDialog::selectColour(const QString &colour)
{
    int index = m_colour->findData(colour, ColourRole);
    if (index < 0)
        index = addColourItem(colour, cableColourHex(colour), m_colour->count() - 1); // before "Custom…"
    m_colour->setCurrentIndex(index);
    m_lastColourIndex = index;
}

void CableEditorDialog::colourActivated(int index)
{
    if (index != m_colour->count() - 1) { // not "Custom…"
        m_lastColourIndex = index;
        return;
    }
    const QString previous = m_colour->itemData(m_lastColourIndex, ColourRole).toString();
    m_colour->setCurrentIndex(m_lastColourIndex);
    auto *dialog = new QColorDialog(
        QColor(cableColourHex(previous).isEmpty() ? QStringLiteral("#808080") : cableColourHex(previous)),
        this);
    dialog->setObjectName(QStringLiteral("customColourDialog"));
    dialog->setWindowTitle(tr("Cable colour"));
    dialog->setOption(QColorDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &colour) {
        if (colour.isValid())
            selectColour(colour.name(QColor::HexRgb)); // "#rrggbb", lower case
    });
    dialog->open();
}

QString CableEditorDialog::validationProblem() const
{
    if (!m_ready)
        return tr("Loading…");
    if (m_saving)
        return tr("Saving…");
    if (m_device->currentData(IdRole).toLongLong() == 0)
        return tr("Choose the device at end B.");
    if (m_portsLoading)
        return tr("Loading the ports of %1…").arg(m_device->currentData(NameRole).toString());
    const int row = m_port->currentIndex();
    const qint64 portB = m_port->currentData(IdRole).toLongLong();
    if (portB == 0)
        return tr("Choose the port at end B.");
    if (m_portA && portB == m_portA->portId)
        return tr("End B is the same port as end A: a cable connects two different ports.");
    if (m_ports->item(row) && m_ports->item(row)->data(IdRole + 1).toBool())
        return tr("Port %1 already has a cable (to %2). Choose a free port.")
            .arg(m_ports->item(row)->data(NameRole).toString(),
                 m_ports->item(row)->data(IdRole + 2).toString());
    if (!cableTypes().contains(m_type->currentText()))
        return tr("Choose a cable type.");
    const QString colour = m_colour->currentData(ColourRole).toString();
    if (!isValidCableColour(colour))
        return tr("\"%1\" is not a cable colour: use a colour name or #rrggbb.").arg(colour);
    const QString length = m_length->text().trimmed();
    if (!length.isEmpty()) {
        bool ok = false;
        double metres = QLocale().toDouble(length, &ok);
        if (!ok)
            metres = QLocale::c().toDouble(length, &ok);
        if (!ok)
            return tr("The length is a number of metres, such as 2.5.");
        if (metres <= 0)
            return tr("The length must be more than 0 m.");
        if (metres > kMaxLength)
            return tr("The length is at most 99999.99 m.");
    }
    return {};
}

CableSpec CableEditorDialog::spec() const
{
    CableSpec s;
    s.portA = m_portA ? m_portA->portId : m_portAId;
    s.portB = m_port->currentData(IdRole).toLongLong();
    s.type = m_type->currentText();
    s.colour = m_colour->currentData(ColourRole).toString();
    s.label = m_label->text().trimmed();
    const QString length = m_length->text().trimmed();
    if (!length.isEmpty()) {
        bool ok = false;
        double metres = QLocale().toDouble(length, &ok);
        if (!ok)
            metres = QLocale::c().toDouble(length, &ok);
        if (ok)
            s.lengthM = std::round(metres * 100.0) / 100.0;
    }
    return s;
}

void CableEditorDialog::validate()
{
    const QString problem = validationProblem();
    m_save->setEnabled(problem.isEmpty());
    m_save->setToolTip(problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void CableEditorDialog::setInputsEnabled(bool enabled)
{
    for (QWidget *w : {static_cast<QWidget *>(m_device), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_colour),
                       static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_length)})
        w->setEnabled(enabled);
}

void CableEditorDialog::save()
{
    if (!validationProblem().isEmpty())
        return;
    const CableSpec s = spec();
    const std::optional<qint64> editing = cableId();
    const QString target = m_device->currentData(NameRole).toString() + QStringLiteral(" / ") +
                           m_port->currentData(NameRole).toString();
    const QString summary = editing ? tr("Cable from %1 to %2 saved.").arg(m_portA->display(), target)
                                    : tr("Connected %1 to %2.").arg(m_portA->display(), target);
    m_saving = true;
    m_error->hide();
    setInputsEnabled(false);
    validate();
    m_pool->run<qint64>(
        [s, editing](QSqlDatabase &db) -> Result<qint64> {
            CableRepository repo(db);
            if (!editing)
                return repo.createCable(s);
            if (Status st = repo.updateCable(*editing, s); !st)
                return st.error();
            return *editing;
        },
        this,
        [this, summary](const Result<qint64> &r) {
            m_saving = false;
            setInputsEnabled(true);
            if (!r) {
                // Keep everything entered; refresh the ports so a port taken meanwhile shows as busy.
                m_error->setText(r.error().message);
                m_error->setToolTip(r.error().detail);
                m_error->show();
                const qint64 device = m_device->currentData(IdRole).toLongLong();
                const qint64 port = m_port->currentData(IdRole).toLongLong();
                if (device)
                    loadPorts(device, port);
                validate();
                return;
            }
            emit saved(*r, summary);
            accept();
        });
}

} // namespace hostdeck
