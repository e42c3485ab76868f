// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace hostdeck {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");

// The translators currently installed by installTranslators(), owned by the application.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}
} // namespace

QLocale localeForLanguage(const QString &language)
{
    return language.trimmed().isEmpty() ? QLocale::system() : QLocale(language.trimmed());
}

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("hostdeck_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3);
        if (!languages.contains(code))
            languages << code;
    }
    return languages;
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();

    const QLocale locale = localeForLanguage(language);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }

    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("hostdeck"), QStringLiteral("_"), kResourceDir)) {
        QCoreApplication::installTranslator(ours);
        installed() << ours;
    } else {
        delete ours;
    }
}

} // namespace hostdeck
