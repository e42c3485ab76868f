// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "bmcfactory.h"
#include "core/changelistener.h"
#include "core/workerpool.h"
#include "demo/demodata.h"
#include "i18n.h"
#include "rdnsfactory.h"
#include "screenshottour.h"
#include "shell/mainwindow.h"
#include "snmppoller.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace hostdeck {

namespace {
// Static initialisation runs before main(): close enough to the process start.
const auto g_processStart = std::chrono::steady_clock::now();

// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

/// Waits for `future` while the event loop keeps running (the GUI stays live),
/// showing `progress` after a short delay.
template <typename T> T await(QFuture<T> future, const QString &label, bool showProgress)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    std::unique_ptr<QProgressDialog> progress;
    if (showProgress) {
        progress = std::make_unique<QProgressDialog>(label, QString(), 0, 0);
        progress->setWindowTitle(Text::tr("HostDeck"));
        progress->setCancelButton(nullptr);
        progress->setMinimumDuration(300);
        progress->setWindowModality(Qt::ApplicationModal);
    }
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

int g_signalPipe[2] = {-1, -1};

void forwardSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

/// SIGTERM, SIGINT and SIGHUP quit the event loop like the Quit action, so the
/// embedded cluster is still stopped on the way out (a handler may only write
/// to a pipe; the notifier does the rest on the GUI thread).
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        QCoreApplication::quit();
    });
    struct sigaction action
    {
    };
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(sig, &action, nullptr);
}

void reportError(bool probe, const QString &title, const Error &error)
{
    if (probe) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(title), qPrintable(error.fullText()));
        return;
    }
    QMessageBox box(QMessageBox::Critical, Text::tr("HostDeck"), title);
    box.setInformativeText(error.message);
    if (!error.detail.isEmpty() && error.detail != error.message)
        box.setDetailedText(error.detail);
    box.exec();
}
} // namespace

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(kSettingsOrganization));
    QApplication::setApplicationName(QString::fromLatin1(kSettingsApplication));
    QApplication::setApplicationVersion(QStringLiteral(HOSTDECK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("HostDeck"));
    {
        const QSettings settings;
        installTranslators(app, settings.value(QStringLiteral("ui/language")).toString());
    }

    quitOnTerminationSignals(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("HostDeck, the data centre operator console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        Text::tr("Use the PostgreSQL server at <url> (postgresql://user@host/db) instead of "
                 "the embedded database."),
        Text::tr("url"));
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        Text::tr("Print \"ready <ms>\" once the first racks are shown, then quit."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        Text::tr("Save the documentation's screenshots into <directory>, then quit."), Text::tr("directory"));
    parser.addOption(dbOption);
    parser.addOption(probeOption);
    parser.addOption(screenshotsOption);
    parser.process(app);
    const QString screenshotDir = parser.value(screenshotsOption);
    const bool probe = parser.isSet(probeOption) || !screenshotDir.isEmpty();
    const QString dbUrl = parser.value(dbOption);
    const bool embedded =
        dbUrl.isEmpty() && QSettings().value(QStringLiteral("database/url")).toString().isEmpty();

    // Start-up work (starting PostgreSQL, connecting) runs on a worker thread.
    const QString startLabel =
        embedded ? Text::tr("Starting the embedded database…") : Text::tr("Connecting to the database…");
    Result<StartupResult> startup =
        await(QtConcurrent::run([dbUrl] { return resolveDatabase(dbUrl); }), startLabel, !probe);
    if (!startup) {
        reportError(probe, Text::tr("HostDeck cannot open its database."), startup.error());
        return 1;
    }

    auto pool = std::make_unique<WorkerPool>(startup->settings);

    if (startup->cluster) {
        Result<bool> empty =
            await(pool->read<bool>([](QSqlDatabase &db) { return DemoData::isEmpty(db); }), {}, false);
        if (empty && *empty) {
            const bool automatic = qEnvironmentVariable("HOSTDECK_DEMO") == QLatin1String("1");
            bool load = automatic;
            if (!automatic && !probe) {
                load = QMessageBox::question(
                           nullptr, Text::tr("HostDeck"),
                           Text::tr("The embedded database has no racks yet. Load the demo data centre "
                                    "(site EU-FRA with two rooms, 24 racks and about 400 devices)?"),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
            }
            if (load) {
                Result<DemoSummary> loaded =
                    await(pool->run<DemoSummary>([](QSqlDatabase &db) { return DemoData::load(db, true); }),
                          Text::tr("Loading the demo data…"), !probe);
                if (!loaded)
                    reportError(probe, Text::tr("The demo data could not be loaded."), loaded.error());
            }
        }
    }

    auto listener = std::make_unique<ChangeListener>(startup->settings);
    listener->start();
    auto window = std::make_unique<MainWindow>(pool.get(), listener.get(), startup->settings.describe());
    window->setRdnsProviderFactory(makeRdnsProviderFactory());
    window->setBmcFactory(makeBmcFactory());
    window->setSnmpPoller(makeSnmpPoller());

    if (!screenshotDir.isEmpty()) {
        window->resize(1600, 1000);
        QObject::connect(
            window.get(), &MainWindow::firstRackDataPainted, &app,
            [&window, screenshotDir] {
                QString error;
                const bool ok = takeScreenshots(*window, screenshotDir, &error);
                if (!ok)
                    std::fprintf(stderr, "screenshots: %s\n", qPrintable(error));
                QCoreApplication::exit(ok ? 0 : 1);
            },
            Qt::QueuedConnection);
    } else if (probe) {
        QObject::connect(window.get(), &MainWindow::firstRackDataPainted, &app, [] {
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - g_processStart)
                                .count();
            std::printf("ready %lld\n", static_cast<long long>(ms));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        QTimer::singleShot(120000, &app, [] {
            std::fprintf(stderr, "startup-probe: no rack data was shown within 120 s\n");
            QCoreApplication::exit(2);
        });
    }
    window->show();
    const int rc = app.exec();

    window.reset();
    listener.reset();
    pool.reset();
    if (Status stopped = stopEmbeddedIfIdle(*startup); !stopped && !probe)
        std::fprintf(stderr, "%s\n", qPrintable(stopped.error().fullText()));
    return rc;
}

} // namespace hostdeck
