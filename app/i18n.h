// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace hostdeck {

/// Installs Qt's own translations (qtbase) and HostDeck's (":/i18n/hostdeck_<lang>.qm")
/// on `app` for `language`: "" follows the system locale, otherwise a language code
/// such as "en" or "de". Translators installed by an earlier call are replaced, so
/// the language can change at run time. Missing translation files leave English.
void installTranslators(QCoreApplication &app, const QString &language);

/// The locale installTranslators uses for `language` ("" = system locale).
QLocale localeForLanguage(const QString &language);

/// The languages HostDeck ships translations for, as codes ("en", "de").
QStringList availableLanguages();

} // namespace hostdeck
