// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/newdevicedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hostdeck {

NewDeviceDialog::NewDeviceDialog(const DeviceType &type, const QString &where, const QString &suggestion,
                                 const QSet<QString> &takenNames, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New device"));
    for (const QString &n : takenNames)
        m_taken.insert(n.toLower());
    m_name = new QLineEdit(suggestion, this);
    m_name->setObjectName(QStringLiteral("deviceNameEdit"));
    m_name->selectAll();
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"),
                 new QLabel(tr("%1 %2 (%3 U)").arg(type.manufacturer, type.model).arg(type.uHeight), this));
    form->addRow(tr("Position:"), new QLabel(where, this));
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewDeviceDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

QString NewDeviceDialog::name() const
{
    return m_name->text().trimmed();
}

void NewDeviceDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void NewDeviceDialog::revalidate()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("A device needs a name.");
    else if (m_taken.contains(name().toLower()))
        problem = tr("A device named %1 exists already.").arg(name());
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString NewDeviceDialog::suggestName(const DeviceType &type, const QString &rackName, int u,
                                     const QSet<QString> &taken)
{
    QSet<QString> lower;
    for (const QString &n : taken)
        lower.insert(n.toLower());
    const QString kind = type.kind.isEmpty() ? QStringLiteral("device") : type.kind;
    const QString base =
        QStringLiteral("%1-%2-u%3").arg(rackName.toLower(), kind).arg(u, 2, 10, QLatin1Char('0'));
    QString candidate = base;
    for (int n = 2; lower.contains(candidate.toLower()); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

} // namespace hostdeck
