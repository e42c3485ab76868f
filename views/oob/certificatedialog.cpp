// SPDX-License-Identifier: GPL-3.0-or-later
#include "oob/certificatedialog.h"

#include "oob/bmc.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hostdeck {

CertificateDialog::CertificateDialog(const QString &deviceName, const QString &address, const QString &pinned,
                                     const QString &presented, QWidget *parent)
    : QDialog(parent)
    , m_pinned(pinned)
    , m_presented(presented)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("BMC certificate of %1").arg(deviceName));
    auto *layout = new QVBoxLayout(this);

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    if (pinned.isEmpty()) {
        m_warning->setText(tr("No certificate is pinned for the BMC of %1 (%2) yet. Compare the fingerprint "
                              "below with the one the BMC itself shows before accepting it.")
                               .arg(deviceName, address));
    } else {
        m_warning->setText(
            tr("The BMC of %1 (%2) presents a different certificate than the one pinned. "
               "This happens after a certificate renewal or a board replacement, but it is "
               "also what an impostor looks like. Accept it only when you know why it changed.")
                .arg(deviceName, address));
        m_warning->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    layout->addWidget(m_warning);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *form = new QFormLayout;
    m_pinnedLabel = new QLabel(pinned.isEmpty() ? tr("(none)") : formatFingerprint(pinned), this);
    m_pinnedLabel->setObjectName(QStringLiteral("pinnedFingerprint"));
    m_presentedLabel = new QLabel(formatFingerprint(presented), this);
    m_presentedLabel->setObjectName(QStringLiteral("presentedFingerprint"));
    for (QLabel *label : {m_pinnedLabel, m_presentedLabel}) {
        label->setFont(mono);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    form->addRow(tr("Pinned (SHA-256):"), m_pinnedLabel);
    form->addRow(tr("Presented now (SHA-256):"), m_presentedLabel);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(pinned.isEmpty() ? tr("Accept and pin") : tr("Accept the new certificate"),
                                  QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptCertificate"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString CertificateDialog::pinnedText() const
{
    return m_pinnedLabel->text();
}

QString CertificateDialog::presentedText() const
{
    return m_presentedLabel->text();
}

QString CertificateDialog::warningText() const
{
    return m_warning->text();
}

} // namespace hostdeck
