// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hostdeck {

/// The console's settings: the database URL (empty = the embedded database)
/// and the language. Validates the URL as it is typed and refuses one that
/// carries a password. Saves to QSettings ("database/url", "ui/language") on
/// OK; both take effect at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    static const QString kDatabaseUrlKey; ///< "database/url"
    static const QString kLanguageKey;    ///< "ui/language": "", "en" or "de"

    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Why `url` cannot be used; empty when it can (an empty URL means embedded).
    static QString validateUrl(const QString &url);

    QString databaseUrl() const;
    QString language() const;

    void accept() override;

private:
    void revalidate();

    QLineEdit *m_url;
    QComboBox *m_language;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace hostdeck
