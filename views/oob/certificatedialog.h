// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace hostdeck {

/// Shows a BMC's pinned certificate fingerprint next to the one it presents
/// now, so the operator can compare them (with the BMC's own display or the
/// vendor's label) before accepting. Accepting pins the presented one; the
/// caller does the pinning.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    /// `pinned` and `presented` are 64 hex digits; `pinned` is empty on first use.
    CertificateDialog(const QString &deviceName, const QString &address, const QString &pinned,
                      const QString &presented, QWidget *parent = nullptr);

    QString pinned() const { return m_pinned; }
    QString presented() const { return m_presented; }
    /// The texts shown, for tests.
    QString pinnedText() const;
    QString presentedText() const;
    QString warningText() const;
    QPushButton *acceptButton() const { return m_accept; }

private:
    QString m_pinned;
    QString m_presented;
    QLabel *m_pinnedLabel;
    QLabel *m_presentedLabel;
    QLabel *m_warning;
    QPushButton *m_accept;
};

} // namespace hostdeck
