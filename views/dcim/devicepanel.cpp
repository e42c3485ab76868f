// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/devicepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hostdeck {

namespace {
const QString kInvalidStyle = QStringLiteral("background-color: #ffd6d6; border: 1px solid #c00000;");

void markInvalid(QWidget *w, bool invalid)
{
    w->setStyleSheet(invalid ? kInvalidStyle : QString());
    w->setProperty("invalid", invalid);
}
} // namespace

DevicePanel::DevicePanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("serialEdit"));
    m_assetTag = new QLineEdit(this);
    m_assetTag->setObjectName(QStringLiteral("assetTagEdit"));
    m_manufacturer = new QLineEdit(this);
    m_model = new QLineEdit(this);
    m_hasWarranty = new QCheckBox(tr("Until"), this);
    m_warranty = new QDateEdit(this);
    m_warranty->setCalendarPopup(true);
    m_warranty->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_disposition = new QComboBox(this);
    m_disposition->setObjectName(QStringLiteral("dispositionCombo"));
    for (Disposition d : allDispositions())
        m_disposition->addItem(displayName(d), int(d));
    m_watts = new QLineEdit(this);
    m_watts->setObjectName(QStringLiteral("wattsEdit"));
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(90);
    m_location = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_revert = new QPushButton(tr("Revert"), this);

    auto *warranty = new QHBoxLayout;
    warranty->addWidget(m_hasWarranty);
    warranty->addWidget(m_warranty, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Serial:"), m_serial);
    form->addRow(tr("&Asset tag:"), m_assetTag);
    form->addRow(tr("Manufacturer:"), m_manufacturer);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Warranty:"), warranty);
    form->addRow(tr("&Disposition:"), m_disposition);
    form->addRow(tr("&Watts:"), m_watts);
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(tr("Position:"), m_location);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch(1);

    for (QLineEdit *e : {m_name, m_serial, m_assetTag, m_manufacturer, m_model, m_watts})
        connect(e, &QLineEdit::textEdited, this, &DevicePanel::edited);
    connect(m_hasWarranty, &QCheckBox::toggled, this, [this](bool on) {
        m_warranty->setEnabled(on);
        edited();
    });
    connect(m_warranty, &QDateEdit::dateChanged, this, &DevicePanel::edited);
    connect(m_disposition, &QComboBox::currentIndexChanged, this, &DevicePanel::edited);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &DevicePanel::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &DevicePanel::edited);
    connect(m_apply, &QPushButton::clicked, this, &DevicePanel::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] { showDevice(m_device, true); });
    connect(m_name, &QLineEdit::returnPressed, this, &DevicePanel::apply);

    setCustomers({});
    clearDevice();
}

void DevicePanel::setCustomers(const QList<Customer> &customers)
{
    m_customers = customers;
    m_filling = true;
    const qint64 current = m_customer->currentData().toLongLong();
    m_customer->clear();
    m_customer->addItem(tr("(none)"), qint64(0));
    for (const Customer &c : customers)
        m_customer->addItem(c.name, c.id);
    const int i = m_customer->findData(current);
    m_customer->setCurrentIndex(i < 0 ? 0 : i);
    m_filling = false;
}

void DevicePanel::clearDevice()
{
    m_device = {};
    m_dirty = false;
    m_error.clear();
    fill(m_device);
    m_title->setText(tr("Select a device in the rack view to see its properties."));
    setEnabled(true);
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_title)
            w->setEnabled(false);
    }
    m_message->clear();
}

void DevicePanel::showDevice(const Device &device, bool force)
{
    if (!force && m_dirty && device.id == m_device.id)
        return;
    const bool same = device.id == m_device.id;
    m_device = device;
    m_dirty = false;
    if (!same)
        m_error.clear();
    for (QWidget *w : findChildren<QWidget *>())
        w->setEnabled(true);
    fill(device);
    m_title->setText(tr("<b>%1</b> — %2 %3")
                         .arg(device.name.toHtmlEscaped(), device.manufacturer.toHtmlEscaped(),
                              device.model.toHtmlEscaped()));
    revalidate();
}

void DevicePanel::fill(const Device &d)
{
    m_filling = true;
    m_name->setText(d.name);
    m_serial->setText(d.serial);
    m_assetTag->setText(d.assetTag);
    m_manufacturer->setText(d.manufacturer);
    m_model->setText(d.model);
    m_hasWarranty->setChecked(d.warrantyExpires.isValid());
    m_warranty->setEnabled(d.warrantyExpires.isValid());
    m_warranty->setDate(d.warrantyExpires.isValid() ? d.warrantyExpires : QDate::currentDate().addYears(3));
    m_disposition->setCurrentIndex(std::max(0, m_disposition->findData(int(d.disposition))));
    m_watts->setText(QString::number(d.watts));
    const int c = m_customer->findData(d.customerId);
    m_customer->setCurrentIndex(c < 0 ? 0 : c);
    m_notes->setPlainText(d.notes);
    if (d.isRacked()) {
        const Placement &p = d.placement;
        const QString u =
            p.uStart == p.uEnd ? tr("U %1").arg(p.uStart) : tr("U %1–%2").arg(p.uStart).arg(p.uEnd);
        m_location->setText(
            tr("%1, %2, %3").arg(d.rackName, u, p.face == Face::Front ? tr("front") : tr("rear")));
    } else {
        m_location->setText(d.id == 0 ? QString() : tr("not in a rack"));
    }
    m_filling = false;
}

DeviceProperties DevicePanel::properties() const
{
    DeviceProperties p;
    p.name = m_name->text().trimmed();
    p.serial = m_serial->text().trimmed();
    p.assetTag = m_assetTag->text().trimmed();
    p.manufacturer = m_manufacturer->text().trimmed();
    p.model = m_model->text().trimmed();
    p.warrantyExpires = m_hasWarranty->isChecked() ? m_warranty->date() : QDate();
    p.disposition = Disposition(m_disposition->currentData().toInt());
    p.watts = m_watts->text().trimmed().toInt();
    p.customerId = m_customer->currentData().toLongLong();
    p.notes = m_notes->toPlainText();
    return p;
}

QString DevicePanel::validationError() const
{
    QStringList problems;
    if (m_name->text().trimmed().isEmpty())
        problems << tr("A device needs a name.");
    bool ok = false;
    const int watts = m_watts->text().trimmed().toInt(&ok);
    if (!ok || watts < 0)
        problems << tr("Watts must be a whole number of 0 or more.");
    return problems.join(u' ');
}

void DevicePanel::edited()
{
    if (m_filling || m_device.id == 0)
        return;
    m_dirty = true;
    m_error.clear();
    revalidate();
}

void DevicePanel::revalidate()
{
    markInvalid(m_name, m_name->text().trimmed().isEmpty());
    bool ok = false;
    const int watts = m_watts->text().trimmed().toInt(&ok);
    markInvalid(m_watts, !ok || watts < 0);
    const QString problem = validationError();
    m_message->setText(!problem.isEmpty() ? problem : m_error);
    m_apply->setEnabled(m_device.id != 0 && m_dirty && problem.isEmpty() && !m_saving);
    m_revert->setEnabled(m_dirty);
    m_apply->setToolTip(problem);
}

void DevicePanel::apply()
{
    if (m_device.id == 0 || !m_dirty || !validationError().isEmpty() || m_saving)
        return;
    m_saving = true;
    revalidate();
    emit applyRequested(m_device.id, properties(), m_device);
}

void DevicePanel::showError(const QString &message)
{
    m_saving = false;
    m_error = message;
    revalidate();
}

void DevicePanel::saved()
{
    m_saving = false;
    m_dirty = false;
    m_error.clear();
    revalidate();
}

} // namespace hostdeck
