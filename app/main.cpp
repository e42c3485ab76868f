// SPDX-License-Identifier: GPL-3.0-or-later
// hostdeck: the operator console, or one command-line verb when given one
// (`hostdeck rack list`, `hostdeck --version`, ...; see docs/cli.md).
#include "cli.h"
#include "gui.h"
#include "i18n.h"
#include "startup.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <csignal>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!hostdeck::isCliInvocation(arguments))
        return hostdeck::runGui(argc, argv);

    // `hostdeck ipam tree | head`: a closed pipe makes writes fail instead of
    // killing the process, so the verb still stops an embedded cluster it started.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(hostdeck::kSettingsOrganization));
    QCoreApplication::setApplicationName(QString::fromLatin1(hostdeck::kSettingsApplication));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOSTDECK_VERSION));
    const QSettings settings;
    hostdeck::installTranslators(app, settings.value(QStringLiteral("ui/language")).toString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    return hostdeck::runCli(QCoreApplication::arguments().mid(1), out, err);
}
