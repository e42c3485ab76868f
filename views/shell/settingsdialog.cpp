// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/settingsdialog.h"

#include "core/connectionsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hostdeck {

const QString SettingsDialog::kDatabaseUrlKey = QStringLiteral("database/url");
const QString SettingsDialog::kLanguageKey = QStringLiteral("ui/language");

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    QSettings settings;
    m_url = new QLineEdit(settings.value(kDatabaseUrlKey).toString(), this);
    m_url->setObjectName(QStringLiteral("databaseUrlEdit"));
    m_url->setPlaceholderText(tr("empty: the embedded database"));
    m_url->setMinimumWidth(380);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int lang = m_language->findData(settings.value(kLanguageKey).toString());
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    auto *restart = new QLabel(tr("Changes take effect when HostDeck is started again."), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Database URL:"), m_url);
    form->addRow(QString(), m_message);
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(restart);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

QString SettingsDialog::validateUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    auto parsed = ConnectionSettings::fromUrl(trimmed);
    if (!parsed)
        return parsed.error().message;
    if (!parsed->password.isEmpty())
        return tr(
            "The URL contains a password. HostDeck does not store passwords: set PGPASSWORD or put it in "
            "~/.pgpass instead.");
    return {};
}

QString SettingsDialog::databaseUrl() const
{
    return m_url->text().trimmed();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::revalidate()
{
    const QString problem = validateUrl(m_url->text());
    if (!problem.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #b00000;"));
        m_message->setText(problem);
    } else {
        m_message->setStyleSheet(QString());
        m_message->setText(databaseUrl().isEmpty()
                               ? tr("The embedded database (a private PostgreSQL under your data "
                                    "directory).")
                               : tr("A shared PostgreSQL server."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::accept()
{
    if (!validateUrl(m_url->text()).isEmpty())
        return;
    QSettings settings;
    settings.setValue(kDatabaseUrlKey, databaseUrl());
    settings.setValue(kLanguageKey, language());
    QDialog::accept();
}

} // namespace hostdeck
